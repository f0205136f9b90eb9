/* dd-compat.h: the one place that knows about GTK and libadwaita newer
 * than Debian 12's (GTK 4.8, libadwaita 1.2)
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * meson.build pins GDK_VERSION_MAX_ALLOWED and ADW_VERSION_MAX_ALLOWED to
 * Debian 12, so calling newer API anywhere else is a compiler warning.
 * Here alone, behind version checks, a build against a newer SDK (the
 * Flatpak) uses what it has.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Tells screen reader users what a toast tells everyone else.
 * gtk_accessible_announce() arrived in GTK 4.14; before it, assistive
 * technologies are not told of toasts at all. */
static inline void
dd_accessible_announce (GtkWidget  *widget,
                        const char *message)
{
#if GTK_CHECK_VERSION (4, 14, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_accessible_announce (GTK_ACCESSIBLE (widget), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  (void) widget;
  (void) message;
#endif
}

/* Scrolls @view so the row at @position is shown.
 * gtk_column_view_scroll_to() arrived in GTK 4.12; before it, the list
 * inside the column view offers the same as its "list.scroll-to-item"
 * action. */
static inline void
dd_column_view_scroll_to (GtkColumnView *view,
                          guint          position)
{
#if GTK_CHECK_VERSION (4, 12, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_column_view_scroll_to (view, position, NULL, GTK_LIST_SCROLL_NONE, NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_activate_action (child, "list.scroll-to-item", "u", position))
      break;
#endif
}

/* Opens @file in the application the desktop chooses for it (through
 * the OpenURI portal in a Flatpak); finish with dd_launch_file_finish().
 * GtkFileLauncher arrived in GTK 4.10, which deprecated gtk_show_uri_full(). */
static inline void
dd_launch_file_async (GtkWindow           *parent,
                      GFile               *file,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkFileLauncher *launcher = gtk_file_launcher_new (file);

  gtk_file_launcher_launch (launcher, parent, NULL, callback, user_data);
  g_object_unref (launcher);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  char *uri = g_file_get_uri (file);

  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, callback, user_data);
  g_free (uri);
#endif
}

static inline gboolean
dd_launch_file_finish (GAsyncResult  *result,
                       GError       **error)
{
  GObject *source = g_async_result_get_source_object (result);
  gboolean launched;

#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  launched = gtk_file_launcher_launch_finish (GTK_FILE_LAUNCHER (source), result, error);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  launched = gtk_show_uri_full_finish (GTK_WINDOW (source), result, error);
#endif

  g_clear_object (&source);
  return launched;
}

G_END_DECLS
