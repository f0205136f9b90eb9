/* dd-test-ui.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UI tests run the application through g_application_run(), as a user
 * starts it, with the test's steps in an idle callback, and leave
 * through the Quit action; then check the application was finalised.
 * Without a display every test is skipped, not failed.
 */

#include "config.h"

#include "dd-test-ui.h"
#include "dd-test-util.h"

static gboolean have_display;
static char *home;

typedef struct
{
  DdAppTestFunc test;
  gboolean      ran;
} AppRun;

/**
 * dd_test_ui_init:
 *
 * Call after g_test_init(). Sets up a private home and no session bus.
 *
 * Returns: whether there is a display
 */
gboolean
dd_test_ui_init (int    *argc,
                 char ***argv)
{
  /* Keep the user's own settings and data out of it, but not the
   * system's data folders: icons and MIME types come from there. */
  home = g_dir_make_tmp ("decision-desk-test-home-XXXXXX", NULL);
  g_assert_nonnull (home);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);

  /* A display (xvfb-run gives one) but no session bus: pointing at none
   * makes GApplication and the portals give up at once, rather than
   * start a bus of their own and wait on it. */
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);

  have_display = gtk_init_check ();
  return have_display;
}

void
dd_test_ui_finish (void)
{
  dd_test_remove_tree (home);
  g_clear_pointer (&home, g_free);
}

gboolean
dd_test_ui_skip (void)
{
  if (!have_display)
    g_test_skip ("no display; run under xvfb-run");

  return !have_display;
}

void
dd_test_spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

DdWindow *
dd_test_find_window (DdApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (DD_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
run_test_when_idle (gpointer user_data)
{
  DdApplication *app = user_data;
  AppRun *run = g_object_get_data (G_OBJECT (app), "test-run");

  dd_test_spin (100);
  run->test (app);
  run->ran = TRUE;

  /* Leave as a user would: through the Quit action. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_activated (DdApplication *app)
{
  if (g_object_get_data (G_OBJECT (app), "test-started"))
    return;

  g_object_set_data (G_OBJECT (app), "test-started", GINT_TO_POINTER (TRUE));
  g_idle_add (run_test_when_idle, app);
}

/**
 * dd_test_run_app:
 *
 * Runs the application for real, on @database, with @test called once
 * it is up; checks it shuts down cleanly and leaves nothing behind.
 */
void
dd_test_run_app (const char    *database,
                 DdAppTestFunc  test)
{
  DdApplication *app = dd_application_new ();
  AppRun run = { test, FALSE };
  int status;

  g_object_set (app, "database-path", database, NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_object_set_data (G_OBJECT (app), "test-run", &run);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activated), NULL);

  status = g_application_run (G_APPLICATION (app), 0, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.ran);

  g_object_add_weak_pointer (G_OBJECT (app), (gpointer *) &app);
  g_object_unref (app);
  g_assert_null (app);
}

char *
dd_test_make_database_path (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();

  return g_build_filename (dir, "office.db", NULL);
}

GtkWidget *
dd_test_find_descendant (GtkWidget *widget,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = dd_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The AdwPreferencesRow under @widget titled @title. */
GtkWidget *
dd_test_find_row (GtkWidget  *widget,
                  const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = dd_test_find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A visible toplevel window of @type, such as a dialog just opened. */
GtkWidget *
dd_test_find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}
