/* test-reports-ui.c: a member of staff writes a report, has it approved
 * and decided, and finds it again, all through the Reports page
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "dd-core.h"
#include "dd-decision-sheet.h"
#include "dd-history-window.h"
#include "dd-print-operation.h"
#include "dd-reports-page.h"
#include "dd-report-editor.h"
#include "dd-section-editor.h"
#include "dd-sheet-dialog.h"
#include "dd-sheet-preview.h"
#include "dd-signature-form.h"
#include "dd-test-ui.h"
#include "dd-test-util.h"

static DdReportsPage *
find_page (DdApplication *app)
{
  return DD_REPORTS_PAGE (dd_test_find_descendant (GTK_WIDGET (dd_test_find_window (app)),
                                                   DD_TYPE_REPORTS_PAGE));
}

static void
type_into_row (GtkWidget  *editor,
               const char *title,
               const char *text)
{
  GtkWidget *row = dd_test_find_row (editor, title);

  g_assert_nonnull (row);
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (row)));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
type_into_view (GtkTextView *view,
                const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, text, -1);
}

/* Opens the signature dialog with the editor's action, fills it in as a
 * user would, and presses Record. */
static void
sign_through_dialog (DdReportEditor *editor,
                     const char     *signatory,
                     const char     *name,
                     const char     *date)
{
  AdwMessageDialog *dialog;
  DdSignatureForm *form;
  GtkWidget *name_row;
  GtkWidget *date_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.sign", "s", signatory));
  dd_test_spin (100);

  dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  form = DD_SIGNATURE_FORM (dd_test_find_descendant (GTK_WIDGET (dialog), DD_TYPE_SIGNATURE_FORM));
  g_assert_nonnull (form);

  /* Not until a name is given. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "record"));

  name_row = dd_test_find_row (GTK_WIDGET (form), "Printed name");
  date_row = dd_test_find_row (GTK_WIDGET (form), "Date signed");
  gtk_editable_set_text (GTK_EDITABLE (name_row), name);
  gtk_editable_set_text (GTK_EDITABLE (date_row), date);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "record"));

  adw_message_dialog_response (dialog, "record");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (100);
}

static GtkWidget *
find_visible_button (GtkWidget  *widget,
                     const char *action_name)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_visible_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
press (GtkWidget  *root,
       const char *action_name)
{
  GtkWidget *button = find_visible_button (root, action_name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  dd_test_spin (100);
}

/* The search entry waits for typing to pause; so do we, for at most 10 s. */
static void
wait_for_items (GListModel *model,
                guint       n_items)
{
  for (guint i = 0; i < 200 && g_list_model_get_n_items (model) != n_items; i++)
    dd_test_spin (50);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items);
}

static void
check_workflow (DdApplication *app)
{
  DdWindow *window = dd_test_find_window (app);
  DdReportsPage *page = find_page (app);
  DdReportStore *store = dd_context_get_report_store (dd_application_get_context (app));
  GListModel *register_model = dd_reports_page_get_register (page);
  DdReportEditor *editor = dd_reports_page_get_editor (page);
  GtkStack *register_stack;
  DdReport *report;
  DdSectionEditor *summary;
  GtkTextView *recommendations;
  gint64 id;

  /* An empty register says how to start. */
  register_stack = GTK_STACK (gtk_widget_get_parent (gtk_widget_get_parent (
                     dd_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW))));
  g_assert_cmpuint (g_list_model_get_n_items (register_model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (register_stack), ==, "empty");

  /* Ctrl+N's action makes a draft and opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dd_test_spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (register_model), ==, 1);
  report = dd_report_editor_get_report (editor);
  g_assert_nonnull (report);
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_DRAFT);
  g_assert_true (g_regex_match_simple ("^001-[0-9]{2}$", dd_report_get_reference (report), 0, 0));
  id = dd_report_get_id (report);

  /* Fill it in. */
  type_into_row (GTK_WIDGET (editor), "Title of report", "Access to HMPPS Data");
  type_into_row (GTK_WIDGET (editor), "Report by", "Alex Morgan");
  type_into_row (GTK_WIDGET (editor), "Role of the author", "Head of Performance and Scrutiny");
  type_into_row (GTK_WIDGET (editor), "Date of report", "23/02/2023");
  summary = DD_SECTION_EDITOR (dd_test_find_descendant (GTK_WIDGET (editor), DD_TYPE_SECTION_EDITOR));
  g_assert_cmpuint (dd_report_section_get_number (dd_section_editor_get_section (summary)), ==, 1);
  type_into_view (dd_section_editor_get_text_view (summary),
                  "Access to the HMPPS Performance Hub for two Designated Users.");
  recommendations = GTK_TEXT_VIEW (g_object_get_data (G_OBJECT (editor), "dd-recommendations-view"));
  g_assert_nonnull (recommendations);
  type_into_view (recommendations, "Approve the Memorandum of Understanding.\nNominate two Designated Users.");

  /* Saved as typed, once typing pauses: wait for the save to land in
   * the history, then read the report back from the database. */
  {
    g_autofree char *entity = g_strdup_printf ("%" G_GINT64_FORMAT, id);
    DdAuditLog *log = dd_context_get_audit_log (dd_application_get_context (app));
    gboolean saved = FALSE;

    for (guint i = 0; i < 200 && !saved; i++)
      {
        g_autoptr(GListModel) history = NULL;

        dd_test_spin (50);
        history = dd_audit_log_list (log, "report", entity, NULL);
        for (guint j = 0; j < g_list_model_get_n_items (history) && !saved; j++)
          {
            g_autoptr(DdAuditEntry) entry = g_list_model_get_item (history, j);

            saved = g_strcmp0 (dd_audit_entry_get_field (entry), "recommendations") == 0;
          }
      }
    g_assert_true (saved);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (dd_report_store_revert (store, report, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpstr (dd_report_get_title (report), ==, "Access to HMPPS Data");
  g_assert_cmpstr (dd_report_get_date (report), ==, "2023-02-23");
  g_assert_cmpstr (dd_report_section_get_text (dd_report_get_section (report, 1)), ==,
                   "Access to the HMPPS Performance Hub for two Designated Users.");
  g_assert_cmpuint (g_strv_length ((char **) dd_report_get_recommendations (report)), ==, 2);

  /* Submit, approve twice, send, decide: every step through the UI. */
  press (GTK_WIDGET (editor), "editor.submit");
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AWAITING_APPROVAL);

  /* Signed content is locked once signed. */
  sign_through_dialog (editor, "chief_executive", "Sam Taylor", "20 February 2023");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME), ==, "Sam Taylor");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE), ==, "2023-02-20");
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (dd_test_find_row (GTK_WIDGET (editor), "Title of report"))));

  sign_through_dialog (editor, "chief_finance_officer", "Ceri Jones", "21/02/2023");
  press (GTK_WIDGET (editor), "editor.send");
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AWAITING_DECISION);

  sign_through_dialog (editor, "decision", "Pat Williams", "23 February 2023");
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AGREED);
  g_assert_cmpint (dd_report_get_decision (report), ==, DD_DECISION_AGREED);
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_ROLE), ==,
                   "Police, Fire and Crime Commissioner");

  /* The register shows it decided. */
  {
    g_autoptr(DdReport) listed = g_list_model_get_item (register_model, 0);

    g_assert_true (listed == report);
  }

  /* And search finds it again, by any word of it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  dd_test_spin (50);
  {
    GtkSearchEntry *entry = GTK_SEARCH_ENTRY (dd_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY));

    gtk_editable_set_text (GTK_EDITABLE (entry), "performance hub");
    wait_for_items (register_model, 1);

    gtk_editable_set_text (GTK_EDITABLE (entry), "submarine");
    wait_for_items (register_model, 0);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (register_stack), ==, "no-results");

    gtk_editable_set_text (GTK_EDITABLE (entry), "Pat Williams");
    wait_for_items (register_model, 1);
  }

  /* Every step is in the history: the editor names the latest change,
   * and "Show History" lists them all. */
  {
    g_autofree char *entity = g_strdup_printf ("%" G_GINT64_FORMAT, id);
    g_autoptr(GListModel) history = dd_audit_log_list (dd_context_get_audit_log (dd_application_get_context (app)),
                                                       "report", entity, NULL);
    g_autoptr(DdAuditEntry) latest = g_list_model_get_item (history, 0);
    g_autofree char *latest_change = dd_report_store_describe_change (latest);
    GtkWidget *history_row = g_object_get_data (G_OBJECT (editor), "dd-history-row");
    GtkWidget *history_window;
    GtkListBox *history_list;
    guint rows = 0;

    g_assert_cmpuint (g_list_model_get_n_items (history), >=, 10);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (history_row)), ==, latest_change);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.show-history", NULL));
    dd_test_spin (100);
    history_window = dd_test_find_toplevel (DD_TYPE_HISTORY_WINDOW);
    g_assert_nonnull (history_window);
    history_list = g_object_get_data (G_OBJECT (history_window), "dd-history-list");
    g_assert_nonnull (history_list);

    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (history_list)); row;
         row = gtk_widget_get_next_sibling (row))
      rows++;
    g_assert_cmpuint (rows, ==, g_list_model_get_n_items (history));
    gtk_window_close (GTK_WINDOW (history_window));
  }
}

static void
test_workflow (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_workflow);
}

static void
check_refusal_is_explained (DdApplication *app)
{
  DdWindow *window = dd_test_find_window (app);
  DdReportEditor *editor = dd_reports_page_get_editor (find_page (app));
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dd_test_spin (100);

  /* An empty draft cannot be submitted; the message says what is missing. */
  press (GTK_WIDGET (editor), "editor.submit");
  dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Submit for Approval");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Title of report"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "recommendation"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (dd_report_get_status (dd_report_editor_get_report (editor)), ==, DD_REPORT_STATUS_DRAFT);
}

static void
test_refusal_is_explained (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_refusal_is_explained);
}

/* Every drop-down under @widget has a choice shown (none says "(None)"). */
static void
assert_drop_downs_chosen (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_DROP_DOWN (child))
        {
          g_assert_nonnull (gtk_drop_down_get_model (GTK_DROP_DOWN (child)));
          g_assert_nonnull (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (child)));
        }
      assert_drop_downs_chosen (child);
    }
}

static void
check_delete_and_undo (DdApplication *app)
{
  DdWindow *window = dd_test_find_window (app);
  DdReportsPage *page = find_page (app);
  GListModel *register_model = dd_reports_page_get_register (page);
  AdwMessageDialog *dialog;

  /* An empty register still offers "All Years". */
  assert_drop_downs_chosen (GTK_WIDGET (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dd_test_spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (register_model), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.delete", NULL));
  dd_test_spin (100);
  dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (register_model), ==, 0);
  g_assert_null (dd_report_editor_get_report (dd_reports_page_get_editor (page)));

  /* The toast's Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "reports.undo-delete", NULL));
  dd_test_spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (register_model), ==, 1);
  g_assert_nonnull (dd_report_editor_get_report (dd_reports_page_get_editor (page)));
}

static void
test_delete_and_undo (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_delete_and_undo);
}

/* A register longer than a screen: first what fits, then all of it; the
 * title takes the room the other columns leave; columns can be hidden
 * and shown, and that is remembered. */
#define LONG_REGISTER 150

static GtkColumnViewColumn *
find_column (GtkColumnView *view,
             const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }

  g_assert_not_reached ();
}

static void
check_register_columns (DdApplication *app)
{
  DdReportsPage *page = find_page (app);
  GListModel *register_model = dd_reports_page_get_register (page);
  GtkColumnView *view = GTK_COLUMN_VIEW (dd_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  GSettings *settings = dd_context_get_settings (dd_application_get_context (app));
  const char *titles[] = { "Reference", "Title", "Date", "Status", "Classification", "Decision" };
  GtkColumnViewColumn *classification = find_column (view, "Classification");
  g_auto(GStrv) shown = NULL;
  int width = 0;

  wait_for_items (register_model, LONG_REGISTER);
  dd_test_spin (100);

  /* Reference, title, date and status, filling the register's width. */
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkColumnViewColumn *column = find_column (view, titles[i]);

      g_assert_cmpint (gtk_column_view_column_get_visible (column), ==, i < 4);
      if (gtk_column_view_column_get_visible (column))
        width += gtk_column_view_column_get_fixed_width (column);
    }
  g_assert_cmpint (width, ==, gtk_widget_get_width (scroller));

  /* Shown from the header menu's action, and remembered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "columns.classification", NULL));
  g_assert_true (gtk_column_view_column_get_visible (classification));
  shown = g_settings_get_strv (settings, "register-columns");
  g_assert_true (g_strv_contains ((const char * const *) shown, "classification"));
  g_assert_true (g_strv_contains ((const char * const *) shown, "date"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "columns.classification", NULL));
  g_assert_false (gtk_column_view_column_get_visible (classification));
  g_clear_pointer (&shown, g_strfreev);
  shown = g_settings_get_strv (settings, "register-columns");
  g_assert_false (g_strv_contains ((const char * const *) shown, "classification"));
}

static void
test_register_columns (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DdContext) context = dd_context_new (database, DD_DATABASE_FLAGS_NONE, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < LONG_REGISTER; i++)
      {
        g_autoptr(DdReport) report = dd_report_store_create (dd_context_get_report_store (context), NULL, &error);

        g_assert_no_error (error);
        g_assert_nonnull (report);
      }
  }
  dd_test_run_app (database, check_register_columns);
}

/* Building a sheet takes seconds under the sanitizers: wait up to a minute. */
#define SHEET_WAIT_MS 60000

static gboolean
file_starts_with (const char *path,
                  const char *start)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  return length >= strlen (start) && memcmp (contents, start, strlen (start)) == 0;
}

/* Asks for the sheet with @action (from the window, as Ctrl+E and Ctrl+P
 * do) and returns the dialog that asks which copy. */
static DdSheetDialog *
open_sheet_dialog (DdWindow   *window,
                   const char *action)
{
  DdSheetDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  dd_test_spin (100);
  dialog = DD_SHEET_DIALOG (dd_test_find_toplevel (DD_TYPE_SHEET_DIALOG));
  g_assert_nonnull (dialog);

  return dialog;
}

/* Nothing half-written is left beside @path: only finished PDFs. */
static void
assert_only_pdfs_beside (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_has_suffix (name, ".pdf"));
}

/* Exports through the action and the dialog (choosing the publication
 * copy if asked) to @path, by way of the editor's test hook in place of
 * the file chooser; waits for the worker thread to write it. */
static void
export_through_dialog (DdWindow       *window,
                       DdReportEditor *editor,
                       gboolean        publication,
                       const char     *path)
{
  DdSheetDialog *dialog = open_sheet_dialog (window, "win.export-sheet");
  GtkWidget *export_button;

  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Export Decision Sheet");
  g_assert_cmpstr (dd_sheet_dialog_get_language (dialog), ==, "en");
  g_assert_cmpint (dd_sheet_dialog_get_copy (dialog), ==, DD_SHEET_COPY_INTERNAL);
  if (publication)
    {
      GtkWidget *row = dd_test_find_row (GTK_WIDGET (dialog), "Publication copy");

      g_assert_true (gtk_widget_is_sensitive (row));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (dd_test_find_descendant (row, GTK_TYPE_CHECK_BUTTON)), TRUE);
      g_assert_cmpint (dd_sheet_dialog_get_copy (dialog), ==, DD_SHEET_COPY_PUBLICATION);
    }

  g_object_set_data_full (G_OBJECT (editor), "dd-test-export-path", g_strdup (path), g_free);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (50);

  /* While it is written, another export waits for this one. */
  export_button = find_visible_button (GTK_WIDGET (editor), "editor.export-sheet");
  g_assert_nonnull (export_button);
  for (guint waited = 0; waited < SHEET_WAIT_MS && !gtk_widget_is_sensitive (export_button); waited += 50)
    dd_test_spin (50);
  g_assert_true (gtk_widget_is_sensitive (export_button));

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (file_starts_with (path, "%PDF"));
  assert_only_pdfs_beside (path);
}

static void
check_decision_sheet (DdApplication *app)
{
  DdWindow *window = dd_test_find_window (app);
  DdReportEditor *editor = dd_reports_page_get_editor (find_page (app));
  DdSheetPreview *preview = g_object_get_data (G_OBJECT (editor), "dd-sheet-preview");
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *internal_path = g_build_filename (folder, "decision-internal.pdf", NULL);
  g_autofree char *publication_path = g_build_filename (folder, "decision.pdf", NULL);
  GtkPicture *picture;
  DdSheetDialog *dialog;
  GtkWidget *publication_row;
  DdReport *report;

  /* Nothing to export or print before a report is open. */
  g_assert_nonnull (preview);
  g_assert_null (dd_test_find_toplevel (DD_TYPE_SHEET_DIALOG));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-sheet", NULL);
  dd_test_spin (50);
  g_assert_null (dd_test_find_toplevel (DD_TYPE_SHEET_DIALOG));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dd_test_spin (100);
  report = dd_report_editor_get_report (editor);
  g_assert_nonnull (report);
  type_into_row (GTK_WIDGET (editor), "Title of report", "Access to HMPPS Data");

  /* The preview shows page 1 of the internal copy, drawn in a thread. */
  picture = GTK_PICTURE (dd_test_find_descendant (GTK_WIDGET (preview), GTK_TYPE_PICTURE));
  g_assert_nonnull (picture);
  for (guint waited = 0; waited < SHEET_WAIT_MS && gtk_picture_get_paintable (picture) == NULL; waited += 50)
    dd_test_spin (50);
  g_assert_nonnull (gtk_picture_get_paintable (picture));
  g_assert_true (GDK_IS_TEXTURE (gtk_picture_get_paintable (picture)));
  g_assert_cmpuint (dd_sheet_preview_get_n_pages (preview), >=, 1);
  g_assert_true (dd_sheet_preview_get_report (preview) == report);

  /* Edits show in it once typing pauses. */
  {
    GdkPaintable *before = g_object_ref (gtk_picture_get_paintable (picture));

    type_into_row (GTK_WIDGET (editor), "Report by", "Alex Morgan");
    for (guint waited = 0; waited < SHEET_WAIT_MS && gtk_picture_get_paintable (picture) == before; waited += 50)
      dd_test_spin (50);
    g_assert_true (gtk_picture_get_paintable (picture) != before);
    g_assert_nonnull (gtk_picture_get_paintable (picture));
    g_object_unref (before);
  }

  /* A draft is not for publication: that copy is offered, greyed out,
   * with the reason. Cancelling does nothing. */
  dialog = open_sheet_dialog (window, "win.export-sheet");
  publication_row = dd_test_find_row (GTK_WIDGET (dialog), "Publication copy");
  g_assert_nonnull (publication_row);
  g_assert_false (gtk_widget_is_sensitive (publication_row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (publication_row)), "for publication"));
  g_assert_cmpint (dd_sheet_dialog_get_copy (dialog), ==, DD_SHEET_COPY_INTERNAL);
  {
    g_autofree char *body = g_strdup_printf ("%s: Access to HMPPS Data", dd_report_get_reference (report));

    g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, body);
  }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (50);

  /* The internal copy, written in a thread. */
  export_through_dialog (window, editor, FALSE, internal_path);

  /* Cancelled at once: nothing written, or all of it if the thread was
   * quicker; never part of a file. */
  {
    g_autofree char *cancelled_path = g_build_filename (folder, "cancelled.pdf", NULL);
    GtkWidget *export_button;

    dialog = open_sheet_dialog (window, "win.export-sheet");
    g_object_set_data_full (G_OBJECT (editor), "dd-test-export-path", g_strdup (cancelled_path), g_free);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "continue");
    gtk_window_destroy (GTK_WINDOW (dialog));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel-sheet", NULL));

    export_button = find_visible_button (GTK_WIDGET (editor), "editor.export-sheet");
    for (guint waited = 0; waited < SHEET_WAIT_MS && !gtk_widget_is_sensitive (export_button); waited += 50)
      dd_test_spin (50);
    g_assert_true (gtk_widget_is_sensitive (export_button));
    assert_only_pdfs_beside (cancelled_path);
    g_assert_true (!g_file_test (cancelled_path, G_FILE_TEST_EXISTS) || file_starts_with (cancelled_path, "%PDF"));
  }

  /* Once it is for publication, so is that copy. */
  dd_report_set_publication (report, DD_PUBLICATION_YES);
  export_through_dialog (window, editor, TRUE, publication_path);

  /* The print dialog gets the same pages: Ctrl+P, the copy, then GTK's
   * print dialog, which is cancelled here. */
  dialog = open_sheet_dialog (window, "win.print-sheet");
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Print Decision Sheet");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    GType print_dialog_type = g_type_from_name ("GtkPrintUnixDialog");
    GtkWidget *print_dialog = NULL;

    for (guint waited = 0; waited < SHEET_WAIT_MS && print_dialog == NULL; waited += 50)
      {
        dd_test_spin (50);
        if (print_dialog_type == 0)
          print_dialog_type = g_type_from_name ("GtkPrintUnixDialog");
        if (print_dialog_type != 0)
          print_dialog = dd_test_find_toplevel (print_dialog_type);
      }
    g_assert_nonnull (print_dialog);
    gtk_window_close (GTK_WINDOW (print_dialog));
    dd_test_spin (100);
  }
  g_assert_true (gtk_widget_is_sensitive (find_visible_button (GTK_WIDGET (editor), "editor.print-sheet")));
}

static void
test_decision_sheet (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_decision_sheet);
}

/* How often @needle occurs in @contents, which may hold NULs. */
static guint
count_bytes (const char *contents,
             gsize       length,
             const char *needle,
             char        not_followed_by)
{
  gsize n = strlen (needle);
  guint count = 0;

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (contents + i, needle, n) == 0 && (i + n == length || contents[i + n] != not_followed_by))
      count++;

  return count;
}

/* The pages of a PDF from cairo, which writes each page's dictionary
 * uncompressed: all of them @media_box. */
static guint
count_pdf_pages (const char *path,
                 const char *media_box)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint pages;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (length > 4 && memcmp (contents, "%PDF", 4) == 0);

  pages = count_bytes (contents, length, "/Type /Page", 's');
  g_assert_cmpuint (count_bytes (contents, length, media_box, '\0'), ==, pages);

  return pages;
}

/* The print dialog's pages are the PDF's: one printed page for each, on
 * A4 as it is, on US Letter scaled to fit. */
static void
test_print_operation (void)
{
  g_autoptr(DdReport) report = NULL;
  g_autoptr(DdCatalog) catalog = NULL;
  g_autoptr(DdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  const char *papers[][2] = {
    { GTK_PAPER_NAME_A4, "/MediaBox [ 0 0 595.275591 841.889764 ]" },
    { GTK_PAPER_NAME_LETTER, "/MediaBox [ 0 0 611.99" },
  };
  guint n_pages;

  if (dd_test_ui_skip ())
    return;

  report = dd_report_new ();
  dd_report_set_field (report, DD_REPORT_FIELD_REFERENCE, "039-23");
  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data");
  catalog = dd_catalog_new ("en", &error);
  g_assert_no_error (error);
  document = dd_decision_sheet_build (report, DD_SHEET_COPY_INTERNAL, catalog, &error);
  g_assert_no_error (error);
  n_pages = dd_document_get_n_pages (document);
  g_assert_cmpuint (n_pages, >=, 2);

  folder = dd_test_make_tmp_dir ();
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autoptr(DdPrintOperation) operation = dd_print_operation_new (document);
      g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
      g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (papers[i][0]);
      g_autofree char *path = g_strdup_printf ("%s/printed-%u.pdf", folder, i);
      GtkPrintOperationResult result;

      g_assert_true (dd_print_operation_get_document (operation) == document);
      gtk_page_setup_set_paper_size (setup, paper);
      gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
      result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                        NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
      g_assert_cmpuint (count_pdf_pages (path, papers[i][1]), ==, n_pages);
    }
}

static void
check_attach_agreement (DdApplication *app)
{
  DdWindow *window = dd_test_find_window (app);
  DdReportEditor *editor = dd_reports_page_get_editor (find_page (app));
  DdContext *context = dd_report_editor_get_context (editor);
  g_autoptr(DdAgreement) draft = NULL;
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GListModel *appendices;
  GtkWidget *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dd_test_spin (100);

  /* Without an agreement, the editor says where to make one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.attach-agreement", NULL));
  dd_test_spin (50);
  dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Attach the Agreement");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Agreement page"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  draft = dd_agreement_new_from_template (&error);
  g_assert_no_error (error);
  stored = dd_agreement_store_create (dd_context_get_agreement_store (context), draft, &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.attach-agreement", NULL));
  dd_test_spin (50);
  appendices = dd_report_get_appendices (dd_report_editor_get_report (editor));
  g_assert_cmpuint (g_list_model_get_n_items (appendices), ==, 1);
  row = dd_test_find_row (GTK_WIDGET (editor), "Memorandum of Understanding: Access to HMPPS Performance Data");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Data-sharing agreement · version 1 · Draft");
}

static void
test_attach_agreement (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_attach_agreement);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* Printing goes to a file, never to a printer this machine may have. */
  g_setenv ("GTK_PRINT_BACKENDS", "file", TRUE);
  dd_test_ui_init (&argc, &argv);

  g_test_add_func ("/reports-ui/workflow", test_workflow);
  g_test_add_func ("/reports-ui/refusal-is-explained", test_refusal_is_explained);
  g_test_add_func ("/reports-ui/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/reports-ui/register-columns", test_register_columns);
  g_test_add_func ("/reports-ui/decision-sheet", test_decision_sheet);
  g_test_add_func ("/reports-ui/print-operation", test_print_operation);
  g_test_add_func ("/reports-ui/attach-agreement", test_attach_agreement);

  status = g_test_run ();
  dd_test_ui_finish ();

  return status;
}
