/* test-window.c: the application and its main window, under a display
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb (the README's test command uses xvfb-run); without a
 * display every test is skipped, not failed.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "dd-core.h"
#include "dd-application.h"
#include "dd-error-window.h"
#include "dd-page.h"
#include "dd-preferences-window.h"
#include "dd-window.h"
#include "dd-test-util.h"
#include "dd-test-ui.h"

static void
check_four_pages (DdApplication *app)
{
  const char *titles[] = { "Reports", "Agreement", "Users", "Hub Data" };
  const char *names[] = { "reports", "agreement", "users", "hub-data" };
  const char *types[] = { "DdReportsPage", "DdAgreementPage", "DdUsersPage", "DdHubDataPage" };
  g_autoptr(GtkSelectionModel) pages = NULL;
  DdWindow *window = dd_test_find_window (app);
  AdwViewStack *stack;
  DdContext *context;

  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  context = dd_application_get_context (app);
  g_assert_true (dd_window_get_context (window) == context);

  stack = ADW_VIEW_STACK (dd_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);

  pages = adw_view_stack_get_pages (stack);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 4);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkWidget *child = adw_view_stack_page_get_child (page);
      AdwStatusPage *status;

      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, titles[i]);
      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, names[i]);
      g_assert_cmpstr (G_OBJECT_TYPE_NAME (child), ==, types[i]);

      /* Each page is handed the context; none reaches for a global. */
      g_assert_true (dd_page_get_context (DD_PAGE (child)) == context);

      /* Until later work fills them, each page says what it is for. */
      status = ADW_STATUS_PAGE (dd_test_find_descendant (child, ADW_TYPE_STATUS_PAGE));
      g_assert_nonnull (status);
      g_assert_cmpuint (strlen (adw_status_page_get_title (status)), >, 0);
      g_assert_cmpuint (strlen (adw_status_page_get_description (status)), >, 40);
    }

  g_assert_cmpstr (dd_window_get_visible_page (window), ==, "reports");
}

static void
test_four_pages (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_four_pages);
}

static void
check_switch_pages (DdApplication *app)
{
  const struct {
    const char *name;
    const char *accel;
  } pages[] = {
    { "agreement", "<Alt>2" },
    { "users", "<Alt>3" },
    { "hub-data", "<Alt>4" },
    { "reports", "<Alt>1" },
  };
  DdWindow *window = dd_test_find_window (app);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_auto(GStrv) actions = NULL;
      g_autofree char *expected = g_strdup_printf ("win.show-page::%s", pages[i].name);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window),
                                                 "win.show-page", "s", pages[i].name));
      dd_test_spin (20);
      g_assert_cmpstr (dd_window_get_visible_page (window), ==, pages[i].name);

      /* And the keyboard shortcut for it leads to the same action. */
      actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), pages[i].accel);
      g_assert_cmpuint (g_strv_length (actions), ==, 1);
      g_assert_cmpstr (actions[0], ==, expected);
    }
}

static void
test_switch_pages (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_switch_pages);
}

static void
check_shortcuts (DdApplication *app)
{
  const char *expected[][2] = {
    { "<Control>q", "app.quit" },
    { "<Control>question", "win.show-help-overlay" },
    { "<Control>comma", "app.preferences" },
    { "<Control>w", "window.close" },
    { "<Control>e", "win.export-sheet" },
    { "<Control>p", "win.print-sheet" },
  };
  DdWindow *window = dd_test_find_window (app);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app),
                                                                     expected[i][0]);

      g_assert_cmpuint (g_strv_length (actions), ==, 1);
      g_assert_cmpstr (actions[0], ==, expected[i][1]);
    }

  /* The shortcuts window is there, and opens. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  dd_test_spin (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)))));
}

static void
test_shortcuts (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_shortcuts);
}

static void
resize_window (DdApplication *app)
{
  gtk_window_set_default_size (GTK_WINDOW (dd_test_find_window (app)), 900, 640);
  dd_test_spin (50);
}

static void
check_window_size (DdApplication *app)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (dd_test_find_window (app)), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
}

static void
test_window_size_is_kept (void)
{
  g_autofree char *database = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, resize_window);

  settings = g_settings_new (APP_ID);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next start opens at the size kept. */
  dd_test_run_app (database, check_window_size);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
check_preferences_display_name (DdApplication *app)
{
  DdContext *context = dd_application_get_context (app);
  GtkWindow *preferences = NULL;
  GtkWidget *row;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  dd_test_spin (100);

  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l; l = l->next)
      if (DD_IS_PREFERENCES_WINDOW (l->data))
        preferences = l->data;
  }
  g_assert_nonnull (preferences);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (preferences)));
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (dd_test_find_window (app)));

  row = dd_test_find_descendant (GTK_WIDGET (preferences), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Display name");

  /* Typing a name makes it the "who" of every change from now on. */
  gtk_editable_set_text (GTK_EDITABLE (row), "Deputy Police and Crime Commissioner");
  dd_test_spin (50);
  g_assert_cmpstr (dd_audit_log_get_actor (dd_context_get_audit_log (context)), ==,
                   "Deputy Police and Crime Commissioner");

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  dd_test_spin (50);
  g_assert_cmpstr (dd_audit_log_get_actor (dd_context_get_audit_log (context)), !=,
                   "Deputy Police and Crime Commissioner");
}

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
check_preferences_office (DdApplication *app)
{
  DdContext *context = dd_application_get_context (app);
  DdOfficeSettings *settings = dd_context_get_office_settings (context);
  const char *expected[] = { "OFFICIAL", "Not protectively marked", "OFFICIAL (legacy)", NULL };
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autofree char *reference = NULL;
  GtkWidget *preferences;
  GtkWidget *pattern_row;
  GtkWidget *example_row;
  GtkWidget *add_row;
  GtkWidget *language_row;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  dd_test_spin (100);
  preferences = dd_test_find_toplevel (DD_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);

  /* The pattern: an example while typing, a refusal that says why, and
   * new reports numbered the new way once applied. */
  pattern_row = dd_test_find_row (preferences, "Pattern");
  example_row = dd_test_find_row (preferences, "Example");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pattern_row)), ==, "{seq:000}-{yy}");

  gtk_editable_set_text (GTK_EDITABLE (pattern_row), "{seq}-{nonsense}");
  g_assert_true (gtk_widget_has_css_class (pattern_row, "error"));
  g_assert_true (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (example_row)), "nonsense") != NULL);
  g_signal_emit_by_name (pattern_row, "apply");
  g_assert_cmpstr (dd_reference_pattern_get_pattern (dd_office_settings_get_reference_pattern (settings)), ==,
                   "{seq:000}-{yy}");

  gtk_editable_set_text (GTK_EDITABLE (pattern_row), "PFCC/{seq}/{yy}");
  g_assert_false (gtk_widget_has_css_class (pattern_row, "error"));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (example_row)), "PFCC/39/23"));
  g_signal_emit_by_name (pattern_row, "apply");
  g_assert_cmpstr (dd_reference_pattern_get_pattern (dd_office_settings_get_reference_pattern (settings)), ==,
                   "PFCC/{seq}/{yy}");

  report = dd_report_store_create (dd_context_get_report_store (context), "2025-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dd_report_get_reference (report), ==, "PFCC/1/25");

  /* Classifications: add one, remove one, move one up. */
  add_row = dd_test_find_row (preferences, "Add a classification");
  gtk_editable_set_text (GTK_EDITABLE (add_row), "  OFFICIAL (legacy) ");
  g_signal_emit_by_name (add_row, "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  g_assert_nonnull (dd_test_find_row (preferences, "OFFICIAL (legacy)"));

  g_signal_emit_by_name (find_button_labelled (preferences, "Remove “OFFICIAL-SENSITIVE”"), "clicked");
  g_assert_null (dd_test_find_row (preferences, "OFFICIAL-SENSITIVE"));

  g_signal_emit_by_name (find_button_labelled (preferences, "Move “Not protectively marked” Up"), "clicked");
  g_signal_emit_by_name (find_button_labelled (preferences, "Move “OFFICIAL” Up"), "clicked");
  g_assert_true (g_strv_equal (dd_office_settings_get_classifications (settings), expected));

  /* A list is never emptied: the last title left cannot be removed. */
  g_signal_emit_by_name (find_button_labelled (preferences, "Remove “Deputy Police, Fire and Crime Commissioner”"),
                         "clicked");
  g_assert_cmpuint (g_strv_length ((char **) dd_office_settings_get_decision_maker_roles (settings)), ==, 1);
  g_assert_false (gtk_widget_get_sensitive (find_button_labelled (preferences,
                                                                  "Remove “Police, Fire and Crime Commissioner”")));

  /* The language of decision sheets: the office's English until chosen. */
  language_row = dd_test_find_row (preferences, "Language");
  g_assert_nonnull (language_row);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (language_row)), ==, 0);
  g_assert_cmpstr (dd_office_settings_get_document_language (settings), ==, "en");
  adw_combo_row_set_selected (ADW_COMBO_ROW (language_row), 1);
  g_assert_cmpstr (dd_office_settings_get_document_language (settings), ==, "cy");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (language_row))),
                   ==, "Cymraeg");

  /* Changed elsewhere (by ddesk, say), the row follows. */
  g_assert_true (dd_office_settings_set_document_language (settings, "en", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (language_row)), ==, 0);

  /* Everyone sharing the database sees the change, and who made it. */
  history = dd_audit_log_list (dd_context_get_audit_log (context), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), >=, 7);

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static void
test_preferences_office (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_preferences_office);
}

static void
test_preferences_display_name (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_preferences_display_name);
}

static void
check_menu_button (DdApplication *app)
{
  GtkWidget *menu_button = dd_test_find_descendant (GTK_WIDGET (dd_test_find_window (app)), GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu;
  gboolean has_backup = FALSE;

  g_assert_nonnull (menu_button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==, "Main Menu");
  /* An icon-only button needs a name for screen readers. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (menu_button),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");

  /* "Back Up Database…" is in the primary menu. */
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (menu);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
              g_str_equal (action, "win.backup"))
            has_backup = TRUE;
        }
    }
  g_assert_true (has_backup);
}

static void
test_menu_button (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_menu_button);
}

static GtkFileChooser *
find_file_chooser (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static void
check_backup_from_the_menu (DdApplication *app)
{
  DdContext *context = dd_application_get_context (app);
  DdWindow *window = dd_test_find_window (app);
  const char *database = dd_database_get_path (dd_context_get_database (context));
  g_autofree char *folder = g_path_get_dirname (database);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autofree char *destination = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkFileChooser *chooser;
  g_autofree char *suggested = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.backup", NULL));
  dd_test_spin (300);

  /* Without a portal, the native chooser is GTK's own dialog. */
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  suggested = gtk_file_chooser_get_current_name (chooser);
  g_assert_true (g_str_has_prefix (suggested, "decision-desk-backup-"));
  g_assert_true (g_str_has_suffix (suggested, ".db"));

  /* The user picks a folder and keeps the suggested name. */
  gtk_file_chooser_set_current_folder (chooser, folder_file, &error);
  g_assert_no_error (error);
  destination = g_build_filename (folder, suggested, NULL);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  /* The copy runs in a thread, and is recorded when it is done. */
  for (guint i = 0; i < 500; i++)
    {
      g_clear_object (&entries);
      entries = dd_audit_log_list (dd_context_get_audit_log (context), "database", NULL, &error);
      g_assert_no_error (error);
      if (g_list_model_get_n_items (entries) > 0)
        break;
      dd_test_spin (10);
    }

  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  g_assert_true (g_file_test (destination, G_FILE_TEST_IS_REGULAR));

  {
    g_autoptr(DdDatabase) copy = dd_database_new (destination,
                                                  DD_DATABASE_FLAGS_MUST_EXIST | DD_DATABASE_FLAGS_READ_ONLY,
                                                  NULL, &error);
    g_auto(GStrv) problems = NULL;

    g_assert_no_error (error);
    problems = dd_database_check_integrity (copy, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (problems), ==, 0);
  }
}

static void
test_backup_from_the_menu (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_backup_from_the_menu);
}

static void
check_open_error (DdApplication *app)
{
  DdErrorWindow *window = NULL;

  g_assert_null (dd_test_find_window (app));
  g_assert_null (dd_application_get_context (app));
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (DD_IS_ERROR_WINDOW (l->data))
      window = l->data;

  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (dd_error_window_get_heading (window), ==, "Could Not Open the Database");
  g_assert_nonnull (strstr (dd_error_window_get_message (window), "budget.xlsx"));
  g_assert_nonnull (strstr (dd_error_window_get_message (window), "not a Decision Desk database"));

  /* There is nothing to set preferences for. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "preferences"));
}

static void
test_open_error_names_the_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (dd_test_ui_skip ())
    return;

  dir = dd_test_make_tmp_dir ();
  path = g_build_filename (dir, "budget.xlsx", NULL);
  dd_test_write_file (path, "PK\003\004 a spreadsheet, not a database", -1);
  before = dd_test_checksum_file (path);

  dd_test_run_app (path, check_open_error);

  after = dd_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dd_test_ui_init (&argc, &argv);

  g_test_add_func ("/window/four-pages", test_four_pages);
  g_test_add_func ("/window/switch-pages", test_switch_pages);
  g_test_add_func ("/window/shortcuts", test_shortcuts);
  g_test_add_func ("/window/size-is-kept", test_window_size_is_kept);
  g_test_add_func ("/window/preferences-display-name", test_preferences_display_name);
  g_test_add_func ("/window/preferences-office", test_preferences_office);
  g_test_add_func ("/window/menu-button", test_menu_button);
  g_test_add_func ("/window/backup-from-the-menu", test_backup_from_the_menu);
  g_test_add_func ("/window/open-error-names-the-file", test_open_error_names_the_file);

  status = g_test_run ();
  dd_test_ui_finish ();

  return status;
}
