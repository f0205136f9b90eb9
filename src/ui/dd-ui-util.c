/* dd-ui-util.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a page says what happened: an error in a dialog over its window, a
 * toast in the window (also said to screen readers), and the toast of a
 * file written, whose Open shows it in the usual application.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-compat.h"
#include "dd-ui-util.h"
#include "dd-window.h"

/**
 * dd_ui_show_error:
 * @widget: a widget in the window the dialog belongs to
 *
 * Shows @heading and @message in a dialog with a Close button.
 */
void
dd_ui_show_error (GtkWidget  *widget,
                  const char *heading,
                  const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * dd_ui_announce_toast:
 * @toast: (transfer full): what to say
 *
 * Shows @toast in the window of @widget and says its title to screen
 * readers.
 */
void
dd_ui_announce_toast (GtkWidget *widget,
                      AdwToast  *toast)
{
  GtkWidget *window;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  window = gtk_widget_get_ancestor (widget, DD_TYPE_WINDOW);
  dd_accessible_announce (widget, adw_toast_get_title (toast));

  if (window != NULL)
    dd_window_add_toast (DD_WINDOW (window), toast);
  else
    g_object_unref (toast);
}

/* What the Open button of an export's toast needs, shared by the
 * toast's handler and the launch it starts (a GRcBox). */
typedef struct
{
  GtkWidget *widget;
  GFile     *file;
  char      *heading;
} OpenData;

static void
open_data_clear (gpointer data)
{
  OpenData *open = data;

  g_clear_object (&open->widget);
  g_clear_object (&open->file);
  g_clear_pointer (&open->heading, g_free);
}

static void
open_data_release (gpointer  data,
                   GClosure *closure)
{
  g_rc_box_release_full (data, open_data_clear);
}

static void
on_open_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  OpenData *open = user_data;
  g_autoptr(GError) error = NULL;

  if (!dd_launch_file_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      gtk_widget_get_root (open->widget) != NULL)
    dd_ui_show_error (open->widget, open->heading, error->message);

  g_rc_box_release_full (open, open_data_clear);
}

static void
on_open_clicked (AdwToast *toast,
                 OpenData *open)
{
  GtkRoot *root = gtk_widget_get_root (open->widget);

  if (root != NULL)
    dd_launch_file_async (GTK_WINDOW (root), open->file, on_open_done, g_rc_box_acquire (open));
}

/**
 * dd_ui_announce_export:
 * @path: the file written
 * @open_failed_heading: what to say if the file cannot be opened
 *
 * Says "Exported “name”" in a toast whose Open button opens @path.
 */
void
dd_ui_announce_export (GtkWidget  *widget,
                       const char *path,
                       const char *open_failed_heading)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *title = NULL;
  OpenData *open;
  AdwToast *done;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (path != NULL);

  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Exported “%s”"), name);
  done = adw_toast_new (title);
  adw_toast_set_button_label (done, _("_Open"));

  open = g_rc_box_new0 (OpenData);
  open->widget = g_object_ref (widget);
  open->file = g_file_new_for_path (path);
  open->heading = g_strdup (open_failed_heading);
  g_signal_connect_data (done, "button-clicked", G_CALLBACK (on_open_clicked), open, open_data_release, 0);

  dd_ui_announce_toast (widget, done);
}
