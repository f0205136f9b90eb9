/* test-agreement-ui.c: the office starts its data-sharing agreement from
 * the template, edits it, signs it, changes it into a second version and
 * compares the two, all through the Agreement page
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "dd-core.h"
#include "dd-agreement-compare-window.h"
#include "dd-agreement-date-dialog.h"
#include "dd-agreement-page.h"
#include "dd-agreement-section-editor.h"
#include "dd-agreement-text-editor.h"
#include "dd-agreement-view.h"
#include "dd-report-editor.h"
#include "dd-reports-page.h"
#include "dd-test-ui.h"
#include "dd-test-util.h"

/* The tests fix today, so the review countdown has one answer. */
#define TODAY "2024-01-15"

static DdAgreementPage *
show_page (DdApplication *app)
{
  DdWindow *window = dd_test_find_window (app);
  GtkWidget *page = dd_test_find_descendant (GTK_WIDGET (window), DD_TYPE_AGREEMENT_PAGE);

  g_assert_nonnull (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "agreement"));
  dd_test_spin (100);

  return DD_AGREEMENT_PAGE (page);
}

/* Another page, then this one again, as a user coming back to it. */
static DdAgreementPage *
show_page_again (DdApplication *app)
{
  DdWindow *window = dd_test_find_window (app);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "reports"));
  dd_test_spin (50);
  return show_page (app);
}

static DdAgreementStore *
get_store (DdApplication *app)
{
  return dd_context_get_agreement_store (dd_application_get_context (app));
}

static DdAgreementView *
get_view (DdAgreementPage *page)
{
  return DD_AGREEMENT_VIEW (dd_agreement_page_get_view (page));
}

static const char *
get_label (DdAgreementPage *page,
           const char      *name)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (page), name);

  g_assert_nonnull (label);
  return gtk_label_get_label (label);
}

/* Types into the entry row of @field, as a user would. */
static void
type_into_field (DdAgreementPage  *page,
                 DdAgreementField  field,
                 const char       *text)
{
  GtkWidget *row = dd_agreement_view_get_field_widget (get_view (page), field);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  g_assert_true (gtk_widget_get_visible (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The autosave waits for typing to pause; so do we, for at most 10 s,
 * then read the version back from the database. */
static void
wait_for_saved_field (DdApplication    *app,
                      DdAgreementField  field,
                      const char       *expected)
{
  g_autoptr(DdAgreement) stored = NULL;

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GError) error = NULL;

      dd_test_spin (50);
      g_clear_object (&stored);
      stored = dd_agreement_store_get_current (get_store (app), &error);
      g_assert_no_error (error);
      if (g_strcmp0 (dd_agreement_get_field (stored, field), expected) == 0)
        break;
    }

  g_assert_cmpstr (dd_agreement_get_field (stored, field), ==, expected);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action_name)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_label_containing (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_containing (child, text))
      return TRUE;

  return FALSE;
}

/* Signs the version shown through the page's dialog, on @date. */
static void
sign_through_dialog (DdAgreementPage *page,
                     const char      *date)
{
  AdwMessageDialog *dialog;
  GtkWidget *date_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.sign", NULL));
  dd_test_spin (100);

  dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (DD_TYPE_AGREEMENT_DATE_DIALOG));
  g_assert_nonnull (dialog);

  /* Today, unless said otherwise; something that is not a date cannot
   * be signed. */
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "sign"));
  g_assert_cmpstr (dd_agreement_date_dialog_get_date (DD_AGREEMENT_DATE_DIALOG (dialog)), ==, TODAY);
  date_row = dd_test_find_row (GTK_WIDGET (dialog), "Date signed");
  g_assert_nonnull (date_row);
  gtk_editable_set_text (GTK_EDITABLE (date_row), "the thirty-second of Smarch");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "sign"));
  gtk_editable_set_text (GTK_EDITABLE (date_row), date);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "sign"));

  adw_message_dialog_response (dialog, "sign");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (100);
}

static void
check_template_and_autosave (DdApplication *app)
{
  DdAgreementPage *page = show_page (app);
  GtkStack *stack = g_object_get_data (G_OBJECT (page), "dd-stack");
  DdAgreement *agreement;
  GtkWidget *hub;

  /* No agreement yet: the page offers the template. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (dd_agreement_page_get_agreement (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.create", NULL));
  dd_test_spin (100);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "agreement");
  agreement = dd_agreement_page_get_agreement (page);
  g_assert_nonnull (agreement);
  g_assert_cmpuint (dd_agreement_get_version (agreement), ==, 1);
  g_assert_false (dd_agreement_get_frozen (agreement));
  g_assert_true (dd_agreement_view_get_editable (get_view (page)));
  g_assert_cmpstr (get_label (page, "dd-status-label"), ==, "Draft");
  g_assert_cmpstr (get_label (page, "dd-countdown-label"), ==, "Not signed yet");

  /* The template is filled in: its sections are shown, numbered. */
  g_assert_cmpuint (g_list_model_get_n_items (dd_agreement_get_sections (agreement)), >, 0);
  {
    GtkWidget *first = gtk_widget_get_first_child (dd_agreement_view_get_sections_box (get_view (page)));

    g_assert_true (DD_IS_AGREEMENT_SECTION_EDITOR (first));
    g_assert_cmpuint (dd_agreement_section_editor_get_number (DD_AGREEMENT_SECTION_EDITOR (first)), ==, 1);
  }

  /* Typed, then saved once typing pauses. */
  type_into_field (page, DD_AGREEMENT_FIELD_REPORT_REFERENCE, "039-23");
  wait_for_saved_field (app, DD_AGREEMENT_FIELD_REPORT_REFERENCE, "039-23");

  /* Dates are written as people write them and kept as ISO. */
  type_into_field (page, DD_AGREEMENT_FIELD_END_DATE, "28/02/2026");
  wait_for_saved_field (app, DD_AGREEMENT_FIELD_END_DATE, "2026-02-28");

  /* Text areas too: the purpose, a section. */
  {
    DdAgreementTextEditor *purpose =
      DD_AGREEMENT_TEXT_EDITOR (dd_agreement_view_get_field_widget (get_view (page), DD_AGREEMENT_FIELD_PURPOSE));
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (dd_agreement_text_editor_get_text_view (purpose));

    g_assert_true (dd_agreement_text_editor_get_editable (purpose));
    gtk_text_buffer_set_text (buffer, "Reducing reoffending.", -1);
    wait_for_saved_field (app, DD_AGREEMENT_FIELD_PURPOSE, "Reducing reoffending.");
  }

  /* Platforms are check buttons. */
  hub = dd_agreement_view_get_platform_check (get_view (page), DD_PLATFORMS_HUB);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (hub), FALSE);
  dd_test_spin (600);
  {
    g_autoptr(DdAgreement) stored = dd_agreement_store_get_current (get_store (app), NULL);

    g_assert_false (dd_agreement_get_platforms (stored) & DD_PLATFORMS_HUB);
  }

  /* A section added is numbered after the others, and saved. */
  {
    guint n = g_list_model_get_n_items (dd_agreement_get_sections (agreement));
    GtkWidget *last;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_view (page)), "view.add-section", NULL));
    dd_test_spin (50);
    g_assert_cmpuint (g_list_model_get_n_items (dd_agreement_get_sections (agreement)), ==, n + 1);
    last = gtk_widget_get_last_child (dd_agreement_view_get_sections_box (get_view (page)));
    g_assert_cmpuint (dd_agreement_section_editor_get_number (DD_AGREEMENT_SECTION_EDITOR (last)), ==, n + 1);
    gtk_editable_set_text (dd_agreement_section_editor_get_heading_entry (DD_AGREEMENT_SECTION_EDITOR (last)),
                           "Costs");
    dd_test_spin (600);
    {
      g_autoptr(DdAgreement) stored = dd_agreement_store_get_current (get_store (app), NULL);
      g_autoptr(DdAgreementSection) section =
        g_list_model_get_item (dd_agreement_get_sections (stored), n);

      g_assert_cmpstr (dd_agreement_section_get_heading (section), ==, "Costs");
    }

    /* Removing an empty-texted section asks first, as it has a heading. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_view (page)), "view.remove-section", "u", n));
    dd_test_spin (100);
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

      g_assert_nonnull (dialog);
      adw_message_dialog_response (dialog, "remove");
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
    dd_test_spin (50);
    g_assert_cmpuint (g_list_model_get_n_items (dd_agreement_get_sections (agreement)), ==, n);
  }
}

/* The decision report that approved the agreement opens from it. */
static void
check_open_report (DdApplication *app)
{
  DdWindow *window = dd_test_find_window (app);
  DdAgreementPage *page;
  DdReportsPage *reports;
  DdReport *report;
  g_autofree char *reference = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dd_test_spin (100);
  reports = DD_REPORTS_PAGE (dd_test_find_descendant (GTK_WIDGET (window), DD_TYPE_REPORTS_PAGE));
  reference = g_strdup (dd_report_get_reference (dd_report_editor_get_report (dd_reports_page_get_editor (reports))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-report", NULL));
  dd_test_spin (100);

  page = show_page (app);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.create", NULL));
  dd_test_spin (100);
  type_into_field (page, DD_AGREEMENT_FIELD_REPORT_REFERENCE, reference);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (get_view (page)), "view.open-report", NULL));
  dd_test_spin (100);

  g_assert_cmpstr (dd_window_get_visible_page (window), ==, "reports");
  report = dd_report_editor_get_report (dd_reports_page_get_editor (reports));
  g_assert_nonnull (report);
  g_assert_cmpstr (dd_report_get_reference (report), ==, reference);
}

static void
test_open_report (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_open_report);
}

static void
test_template_and_autosave (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_template_and_autosave);
}

static void
check_sign_and_new_version (DdApplication *app)
{
  DdAgreementPage *page = show_page (app);
  DdAgreement *agreement;
  AdwMessageDialog *dialog;
  GtkWidget *title_widget;
  DdAgreementCompareWindow *compare;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.create", NULL));
  dd_test_spin (100);

  /* Refused while a required field is empty: the message says which. */
  type_into_field (page, DD_AGREEMENT_FIELD_TITLE, "");
  sign_through_dialog (page, "2024-01-10");
  dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Sign Version 1");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Title"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (50);
  g_assert_false (dd_agreement_get_frozen (dd_agreement_page_get_agreement (page)));

  /* Signed: frozen, read-only, in force. */
  type_into_field (page, DD_AGREEMENT_FIELD_TITLE, "Data-Sharing Agreement with HMPPS");
  sign_through_dialog (page, "2024-01-10");
  agreement = dd_agreement_page_get_agreement (page);
  g_assert_true (dd_agreement_get_frozen (agreement));
  g_assert_cmpstr (dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_DATE_SIGNED), ==, "2024-01-10");
  g_assert_false (dd_agreement_view_get_editable (get_view (page)));
  title_widget = dd_agreement_view_get_field_widget (get_view (page), DD_AGREEMENT_FIELD_TITLE);
  g_assert_false (ADW_IS_ENTRY_ROW (title_widget));
  g_assert_true (gtk_widget_get_visible (title_widget));
  g_assert_true (has_label (title_widget, "Data-Sharing Agreement with HMPPS"));
  g_assert_false (dd_agreement_text_editor_get_editable (
    DD_AGREEMENT_TEXT_EDITOR (dd_agreement_view_get_field_widget (get_view (page), DD_AGREEMENT_FIELD_PURPOSE))));
  g_assert_cmpstr (get_label (page, "dd-status-label"), ==, "In force");
  g_assert_cmpstr (get_label (page, "dd-version-label"), ==, "Version 1");
  g_assert_cmpstr (get_label (page, "dd-signed-label"), ==, "Signed 10 January 2024");
  /* Reviewed a year after it starts. */
  g_assert_cmpstr (get_label (page, "dd-countdown-label"), ==, "Review due in 361 days");
  g_assert_false (gtk_widget_is_sensitive (find_button (GTK_WIDGET (page), "agreement.sign")));
  g_assert_false (gtk_widget_is_drawable (find_button (GTK_WIDGET (page), "agreement.sign")));

  /* Edit asks, then makes version 2, a draft to type into. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.edit", NULL));
  dd_test_spin (100);
  dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Make Version 2?");
  adw_message_dialog_response (dialog, "edit");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (100);

  agreement = dd_agreement_page_get_agreement (page);
  g_assert_cmpuint (dd_agreement_get_version (agreement), ==, 2);
  g_assert_false (dd_agreement_get_frozen (agreement));
  g_assert_true (dd_agreement_view_get_editable (get_view (page)));
  g_assert_cmpuint (g_list_model_get_n_items (dd_agreement_page_get_versions (page)), ==, 2);
  /* The agreement stays in force meanwhile. */
  g_assert_cmpstr (get_label (page, "dd-status-label"), ==, "In force");
  g_assert_cmpstr (get_label (page, "dd-version-label"), ==, "Version 2 · Draft");

  type_into_field (page, DD_AGREEMENT_FIELD_SRO, "Alex Morgan, Chief Executive");
  wait_for_saved_field (app, DD_AGREEMENT_FIELD_SRO, "Alex Morgan, Chief Executive");

  /* Version 1 can still be read, and is read-only. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.show-version", "u", 1));
  dd_test_spin (50);
  g_assert_cmpuint (dd_agreement_get_version (dd_agreement_page_get_agreement (page)), ==, 1);
  g_assert_false (dd_agreement_view_get_editable (get_view (page)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.show-newest", NULL));
  dd_test_spin (50);
  g_assert_cmpuint (dd_agreement_get_version (dd_agreement_page_get_agreement (page)), ==, 2);

  /* Compare: version 1 against 2, and the field that changed is listed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.compare", NULL));
  dd_test_spin (100);
  compare = DD_AGREEMENT_COMPARE_WINDOW (dd_test_find_toplevel (DD_TYPE_AGREEMENT_COMPARE_WINDOW));
  g_assert_nonnull (compare);
  g_assert_cmpuint (dd_agreement_compare_window_get_n_changes (compare), >=, 1);
  g_assert_true (has_label (dd_agreement_compare_window_get_changes_box (compare),
                            dd_agreement_field_get_label (DD_AGREEMENT_FIELD_SRO)));
  g_assert_true (has_label_containing (dd_agreement_compare_window_get_changes_box (compare),
                                       "Alex Morgan, Chief Executive"));

  /* The same version twice has nothing to show. */
  dd_agreement_compare_window_select (compare, 1, 1);
  g_assert_cmpuint (dd_agreement_compare_window_get_n_changes (compare), ==, 0);
  gtk_window_destroy (GTK_WINDOW (compare));

  /* Discarding the draft goes back to version 1. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.discard", NULL));
  dd_test_spin (100);
  dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (100);
  g_assert_cmpuint (dd_agreement_get_version (dd_agreement_page_get_agreement (page)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dd_agreement_page_get_versions (page)), ==, 1);
}

static void
test_sign_and_new_version (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_sign_and_new_version);
}

/* Signs a draft from the template through the store, with dates given. */
static void
sign_agreement (DdApplication *app,
                const char    *signed_on,
                const char    *review_date)
{
  g_autoptr(DdAgreement) draft = dd_agreement_new_from_template (NULL);
  g_autoptr(DdAgreement) created = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (draft);
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_REVIEW_DATE, review_date);
  created = dd_agreement_store_create (get_store (app), draft, &error);
  g_assert_no_error (error);
  g_assert_true (dd_agreement_store_sign (get_store (app), created, signed_on, &error));
  g_assert_no_error (error);
}

static void
check_review_banner (DdApplication *app)
{
  DdAgreementPage *page = show_page (app);
  GtkRevealer *banner = g_object_get_data (G_OBJECT (page), "dd-review-revealer");

  /* Due in more than 60 days: no banner. */
  sign_agreement (app, "2023-06-01", "2024-06-01");
  dd_test_spin (50);
  g_assert_cmpstr (get_label (page, "dd-status-label"), ==, "In force");
  g_assert_false (gtk_revealer_get_reveal_child (banner));

  /* 45 days to go: seen when the page is next shown. */
  dd_date_set_today_for_testing ("2024-04-17");
  page = show_page_again (app);
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  g_assert_cmpstr (get_label (page, "dd-countdown-label"), ==, "Review due in 45 days");
  g_assert_cmpstr (get_label (page, "dd-review-label"), ==, "The agreement’s review is due in 45 days, on 1 June 2024.");

  /* Three days late. */
  dd_date_set_today_for_testing ("2024-06-04");
  page = show_page_again (app);
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  g_assert_cmpstr (get_label (page, "dd-countdown-label"), ==, "Review overdue by 3 days");

  /* Begin Review: under review, and the banner goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.begin-review", NULL));
  dd_test_spin (50);
  g_assert_cmpstr (get_label (page, "dd-status-label"), ==, "Under review");
  g_assert_false (gtk_revealer_get_reveal_child (banner));

  /* Terminated, with the date and a reason, which is required. */
  {
    AdwMessageDialog *dialog;
    GtkWidget *reason;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.terminate", NULL));
    dd_test_spin (100);
    dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (DD_TYPE_AGREEMENT_DATE_DIALOG));
    g_assert_nonnull (dialog);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "terminate"));
    reason = dd_test_find_row (GTK_WIDGET (dialog), "Reason");
    g_assert_nonnull (reason);
    gtk_editable_set_text (GTK_EDITABLE (reason), "The office no longer needs the data.");
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "terminate"));
    adw_message_dialog_response (dialog, "terminate");
    gtk_window_destroy (GTK_WINDOW (dialog));
    dd_test_spin (100);
  }
  g_assert_cmpstr (get_label (page, "dd-status-label"), ==, "Terminated");
  g_assert_cmpstr (get_label (page, "dd-countdown-label"), ==,
                   "Terminated on 4 June 2024: The office no longer needs the data.");
  g_assert_false (gtk_widget_is_drawable (find_button (GTK_WIDGET (page), "agreement.edit")));

  dd_date_set_today_for_testing (TODAY);
}

static void
test_review_banner (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_review_banner);
}

static void
check_export (DdApplication *app)
{
  DdAgreementPage *page = show_page (app);
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "agreement.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.create", NULL));
  dd_test_spin (100);

  g_object_set_data_full (G_OBJECT (page), "dd-test-export-path", g_strdup (path), g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "agreement.export", NULL));

  for (guint i = 0; i < 400 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    dd_test_spin (50);
  dd_test_spin (100);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  dd_test_remove_tree (dir);
}

static void
test_export (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_export);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dd_test_ui_init (&argc, &argv);
  dd_date_set_today_for_testing (TODAY);

  g_test_add_func ("/agreement-ui/template-and-autosave", test_template_and_autosave);
  g_test_add_func ("/agreement-ui/sign-and-new-version", test_sign_and_new_version);
  g_test_add_func ("/agreement-ui/review-banner", test_review_banner);
  g_test_add_func ("/agreement-ui/export", test_export);
  g_test_add_func ("/agreement-ui/open-report", test_open_report);

  status = g_test_run ();
  dd_test_ui_finish ();
  return status;
}
