/* test-users-ui.c: the office adds a Designated User, who signs the User
 * Access Statement and is granted access, all through the Users page;
 * refusals are shown, and the "Needs attention" filter finds the right
 * people
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "dd-core.h"
#include "dd-statement-dialog.h"
#include "dd-test-ui.h"
#include "dd-test-util.h"
#include "dd-user-detail.h"
#include "dd-user-dialog.h"
#include "dd-user-row.h"
#include "dd-user-step-dialog.h"
#include "dd-users-page.h"

#define STATEMENT \
  "I will use the HMPPS Performance Hub and the Segmentation Tool only for the purposes of the agreement.\n" \
  "\n" \
  "In particular:\n" \
  "- I will not release unpublished data to anyone.\n" \
  "- I will report any breach to the business-as-usual contact at once.\n" \
  "\n" \
  "I understand the data are not guaranteed to be accurate."

#define STATEMENT_V2 STATEMENT "\n\nI will attend the annual refresher."

/* Every test's office: today is fixed, so the dates are known. */
#define TODAY "2024-03-01"

static DdUsersPage *
find_page (DdApplication *app)
{
  return DD_USERS_PAGE (dd_test_find_descendant (GTK_WIDGET (dd_test_find_window (app)),
                                                 DD_TYPE_USERS_PAGE));
}

static DdUserRegister *
get_register (DdApplication *app)
{
  return dd_context_get_user_register (dd_application_get_context (app));
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

static GtkWidget *
find_button_labelled (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_labelled (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A mapped label under @widget whose text contains @text. */
static GtkLabel *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Waits (two seconds at most) for a label with @text under @widget to
 * show, such as a refusal sliding into view. */
static GtkLabel *
wait_for_label (GtkWidget  *widget,
                const char *text)
{
  GtkLabel *label = NULL;

  for (guint i = 0; i < 100 && (label = find_label_containing (widget, text)) == NULL; i++)
    dd_test_spin (20);

  return label;
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  dd_test_spin (100);
}

static void
press (GtkWidget  *root,
       const char *action_name)
{
  click (find_visible_button (root, action_name));
}

static void
type_into_row (GtkWidget  *root,
               const char *title,
               const char *text)
{
  GtkWidget *row = dd_test_find_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The list of users: the list box styled as a sidebar. */
static GtkWidget *
find_list_box (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar"))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_box (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The rows the list shows, from the widgets themselves. */
static GPtrArray *
list_shown_names (DdUsersPage *page)
{
  GtkWidget *list_box = find_list_box (GTK_WIDGET (page));
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  if (list_box == NULL || !gtk_widget_get_mapped (list_box))
    return names;

  for (GtkWidget *child = gtk_widget_get_first_child (list_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (DD_IS_USER_ROW (child))
      g_ptr_array_add (names, g_strdup (dd_designated_user_get_full_name (dd_user_row_get_user (DD_USER_ROW (child)))));

  return names;
}

static GtkWidget *
find_user_row (DdUsersPage *page,
               const char  *name)
{
  GtkWidget *list_box = find_list_box (GTK_WIDGET (page));

  g_assert_nonnull (list_box);
  for (GtkWidget *child = gtk_widget_get_first_child (list_box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (DD_IS_USER_ROW (child) &&
        g_strcmp0 (dd_designated_user_get_full_name (dd_user_row_get_user (DD_USER_ROW (child))), name) == 0)
      return child;

  return NULL;
}

/* Chooses @name in the list, as a click does. */
static DdUserDetail *
select_user (DdUsersPage *page,
             const char  *name)
{
  GtkWidget *row = find_user_row (page, name);
  DdUserDetail *detail = dd_users_page_get_detail (page);

  g_assert_nonnull (row);
  gtk_widget_activate (row);
  dd_test_spin (50);
  g_assert_true (gtk_list_box_get_selected_row (GTK_LIST_BOX (find_list_box (GTK_WIDGET (page)))) ==
                 GTK_LIST_BOX_ROW (row));
  g_assert_nonnull (dd_user_detail_get_user (detail));
  g_assert_cmpstr (dd_designated_user_get_full_name (dd_user_detail_get_user (detail)), ==, name);

  return detail;
}

/* Shows the list, or why it is empty. */
static GtkStack *
get_list_stack (DdUsersPage *page)
{
  return GTK_STACK (gtk_widget_get_ancestor (find_list_box (GTK_WIDGET (page)), GTK_TYPE_STACK));
}

/* The first of the detail pane's action buttons: the next step. */
static GtkWidget *
first_action (DdUserDetail *detail)
{
  GtkWidget *box = dd_test_find_descendant (GTK_WIDGET (detail), GTK_TYPE_FLOW_BOX);

  g_assert_nonnull (box);
  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      return gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

  return NULL;
}

static DdUserStepDialog *
open_step (DdUserDetail *detail,
           const char   *action)
{
  DdUserStepDialog *dialog;

  press (GTK_WIDGET (detail), action);
  dialog = DD_USER_STEP_DIALOG (dd_test_find_toplevel (DD_TYPE_USER_STEP_DIALOG));
  g_assert_nonnull (dialog);

  return dialog;
}

static DdAgreement *
make_agreement (DdContext  *context,
                const char *statement,
                const char *date)
{
  DdAgreementStore *store = dd_context_get_agreement_store (context);
  g_autoptr(DdAgreement) draft = dd_agreement_new ();
  g_autoptr(GError) error = NULL;
  DdAgreement *stored;

  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_TITLE, "Access to HMPPS Data");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_OFFICE_PARTY, "Office of the Police, Fire and Crime Commissioner");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_MOJ_PARTY, "Ministry of Justice / HM Prison and Probation Service");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_PURPOSE, "Reducing reoffending.");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_LEGAL_BASIS, "Section 115 of the Crime and Disorder Act 1998.");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_TERMS_OF_USE, "- No release of unpublished data");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_STATEMENT, statement);
  dd_agreement_set_platforms (draft, DD_PLATFORMS_ALL);

  stored = dd_agreement_store_create (store, draft, &error);
  g_assert_no_error (error);
  g_assert_true (dd_agreement_store_sign (store, stored, date, &error));
  g_assert_no_error (error);

  return stored;
}

/* The whole path: add, sign, grant. */
static void
check_add_sign_grant (DdApplication *app)
{
  DdContext *context = dd_application_get_context (app);
  DdUsersPage *page = find_page (app);
  DdUserDetail *detail = dd_users_page_get_detail (page);
  DdUserRegister *users = get_register (app);
  g_autoptr(DdAgreement) agreement = make_agreement (context, STATEMENT, TODAY);
  g_autofree char *expected_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, STATEMENT, -1);
  g_autoptr(DdDesignatedUser) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  GtkWidget *dialog;
  GtkWidget *sign_button;
  GtkCheckButton *read_check;
  DdDesignatedUser *user;
  GtkLabel *error_label;

  gtk_widget_activate_action (GTK_WIDGET (dd_test_find_window (app)), "win.show-page", "s", "users");
  dd_test_spin (100);

  /* An empty register says how to start. */
  g_assert_cmpuint (g_list_model_get_n_items (dd_users_page_get_users (page)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_list_stack (page)), ==, "empty");

  /* Add User…: the register's refusals show in the dialog, nothing is stored. */
  press (GTK_WIDGET (page), "users.add");
  dialog = dd_test_find_toplevel (DD_TYPE_USER_DIALOG);
  g_assert_nonnull (dialog);
  type_into_row (dialog, "Full name", "Jane Doe");
  type_into_row (dialog, "Email address", "jane.doe at pfcc");
  type_into_row (dialog, "Job title", "Performance Analyst");
  type_into_row (dialog, "Organisation", "Office of the PFCC");
  type_into_row (dialog, "Nominating decision (reference)", "039-23");
  click (find_button_labelled (dialog, "_Add"));
  g_assert_true (dd_test_find_toplevel (DD_TYPE_USER_DIALOG) == dialog);
  error_label = wait_for_label (dialog, "is not an email address");
  g_assert_nonnull (error_label);
  g_assert_true (gtk_widget_has_css_class (dd_test_find_row (dialog, "Email address"), "error"));
  g_assert_cmpuint (g_list_model_get_n_items (dd_users_page_get_users (page)), ==, 0);

  type_into_row (dialog, "Email address", "jane.doe@pfcc.example.gov.uk");
  click (find_button_labelled (dialog, "_Add"));
  g_assert_null (dd_test_find_toplevel (DD_TYPE_USER_DIALOG));

  /* In the list, and shown. */
  g_assert_cmpuint (g_list_model_get_n_items (dd_users_page_get_users (page)), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_list_stack (page)), ==, "list");
  shown = list_shown_names (page);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (shown, 0), ==, "Jane Doe");
  user = dd_user_detail_get_user (detail);
  g_assert_nonnull (user);
  g_assert_cmpstr (dd_designated_user_get_full_name (user), ==, "Jane Doe");
  g_assert_cmpint (dd_designated_user_get_status (user), ==, DD_USER_STATUS_NOMINATED);
  g_assert_cmpstr (dd_designated_user_get_field (user, DD_USER_FIELD_NOMINATED_BY), ==, "039-23");
  g_assert_cmpuint (dd_users_page_get_attention_count (page), ==, 1);

  /* Another with the same address is refused. */
  press (GTK_WIDGET (page), "users.add");
  dialog = dd_test_find_toplevel (DD_TYPE_USER_DIALOG);
  type_into_row (dialog, "Full name", "Janet Doe");
  type_into_row (dialog, "Email address", "Jane.Doe@pfcc.example.gov.uk");
  click (find_button_labelled (dialog, "_Add"));
  g_assert_nonnull (wait_for_label (dialog, "already has the email address"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (dd_users_page_get_users (page)), ==, 1);

  /* Nominated: signing is the next step, granting is not offered. */
  select_user (page, "Jane Doe");
  user = dd_user_detail_get_user (detail);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (detail), "Has not signed the User Access Statement"));
  sign_button = find_visible_button (GTK_WIDGET (detail), "user.sign");
  g_assert_nonnull (sign_button);
  g_assert_true (gtk_widget_has_css_class (sign_button, "suggested-action"));
  g_assert_true (first_action (detail) == sign_button);
  g_assert_null (find_visible_button (GTK_WIDGET (detail), "user.grant"));

  /* The statement in full; Sign only once it is read and signed. */
  click (sign_button);
  dialog = dd_test_find_toplevel (DD_TYPE_STATEMENT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (find_label_containing (dialog, "only for the purposes of the agreement"));
  g_assert_nonnull (find_label_containing (dialog, "I will not release unpublished data to anyone."));
  g_assert_nonnull (find_label_containing (dialog, "not guaranteed to be accurate"));
  sign_button = find_button_labelled (dialog, "_Sign");
  g_assert_false (gtk_widget_is_sensitive (sign_button));
  read_check = GTK_CHECK_BUTTON (dd_test_find_descendant (dialog, GTK_TYPE_CHECK_BUTTON));
  gtk_check_button_set_active (read_check, TRUE);
  g_assert_false (gtk_widget_is_sensitive (sign_button));

  /* Someone else's name is not a signature. */
  type_into_row (dialog, "Type your full name as your signature", "John Smith");
  g_assert_true (gtk_widget_is_sensitive (sign_button));
  click (sign_button);
  g_assert_true (dd_test_find_toplevel (DD_TYPE_STATEMENT_DIALOG) == dialog);
  g_assert_nonnull (wait_for_label (dialog, "is not the name in the register"));
  g_assert_cmpint (dd_designated_user_get_status (user), ==, DD_USER_STATUS_NOMINATED);

  type_into_row (dialog, "Type your full name as your signature", "Jane Doe");
  click (sign_button);
  g_assert_null (dd_test_find_toplevel (DD_TYPE_STATEMENT_DIALOG));

  /* Signed: the register kept the version and the hash of the text signed. */
  stored = dd_user_register_find_by_email (users, "jane.doe@pfcc.example.gov.uk", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dd_designated_user_get_status (stored), ==, DD_USER_STATUS_STATEMENT_SIGNED);
  g_assert_cmpuint (dd_designated_user_get_statement_version (stored), ==, 1);
  g_assert_cmpstr (dd_designated_user_get_statement_sha256 (stored), ==, expected_hash);
  g_assert_cmpstr (dd_designated_user_get_statement_signature (stored), ==, "Jane Doe");
  g_assert_cmpuint (dd_users_page_get_attention_count (page), ==, 0);

  /* The pane shows it: the shortened hash, no more attention. */
  user = dd_user_detail_get_user (detail);
  g_assert_cmpint (dd_designated_user_get_status (user), ==, DD_USER_STATUS_STATEMENT_SIGNED);
  {
    g_autofree char *start = g_strndup (expected_hash, 12);

    g_assert_nonnull (find_label_containing (GTK_WIDGET (detail), start));
  }
  g_assert_null (find_label_containing (GTK_WIDGET (detail), "Has not signed"));

  /* Grant Access… is now the next step. */
  g_assert_true (gtk_widget_has_css_class (find_visible_button (GTK_WIDGET (detail), "user.grant"),
                                           "suggested-action"));
  g_assert_true (first_action (detail) == find_visible_button (GTK_WIDGET (detail), "user.grant"));
  g_assert_nonnull (find_visible_button (GTK_WIDGET (detail), "user.request-access"));
  {
    DdUserStepDialog *step = open_step (detail, "user.grant");
    GtkWidget *date_row = dd_test_find_row (GTK_WIDGET (step), "Date granted");

    g_assert_cmpint (dd_user_step_dialog_get_step (step), ==, DD_USER_STEP_GRANT);
    /* Today unless changed. */
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "1 March 2024");
    click (find_button_labelled (GTK_WIDGET (step), "_Grant Access"));
    g_assert_null (dd_test_find_toplevel (DD_TYPE_USER_STEP_DIALOG));
  }

  g_clear_object (&stored);
  stored = dd_user_register_find_by_email (users, "jane.doe@pfcc.example.gov.uk", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dd_designated_user_get_status (stored), ==, DD_USER_STATUS_ACCESS_GRANTED);
  g_assert_cmpstr (dd_designated_user_get_access_granted_date (stored), ==, TODAY);
  g_assert_cmpstr (dd_designated_user_get_statement_sha256 (stored), ==, expected_hash);

  /* The badge and the timeline follow. */
  {
    GtkWidget *row = find_user_row (page, "Jane Doe");
    GtkLabel *badge = find_label_containing (row, "Access granted");

    g_assert_nonnull (badge);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (badge), "access_granted"));
  }
  {
    GtkListBox *timeline = GTK_LIST_BOX (gtk_widget_get_ancestor (
                             GTK_WIDGET (find_label_containing (GTK_WIDGET (detail), "Signed the User Access Statement")),
                             GTK_TYPE_LIST_BOX));
    guint rows = 0;

    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (timeline));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      rows++;
    g_assert_cmpuint (rows, ==, 3);
    g_assert_nonnull (find_label_containing (GTK_WIDGET (timeline), "Access granted"));
  }

  /* Granted: review, suspend, revoke, leaving; no more signing or granting. */
  g_assert_nonnull (find_visible_button (GTK_WIDGET (detail), "user.review"));
  g_assert_nonnull (find_visible_button (GTK_WIDGET (detail), "user.suspend"));
  g_assert_nonnull (find_visible_button (GTK_WIDGET (detail), "user.revoke"));
  g_assert_nonnull (find_visible_button (GTK_WIDGET (detail), "user.leave"));
  g_assert_null (find_visible_button (GTK_WIDGET (detail), "user.sign"));
  g_assert_null (find_visible_button (GTK_WIDGET (detail), "user.grant"));

  /* Edit details…: an empty name is refused and changes nothing. */
  press (GTK_WIDGET (detail), "user.edit");
  dialog = dd_test_find_toplevel (DD_TYPE_USER_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dd_test_find_row (dialog, "Full name"))), ==, "Jane Doe");
  type_into_row (dialog, "Full name", "  ");
  type_into_row (dialog, "Job title", "Senior Performance Analyst");
  click (find_button_labelled (dialog, "_Save"));
  g_assert_nonnull (wait_for_label (dialog, "Give the user’s full name"));
  g_assert_true (gtk_widget_has_css_class (dd_test_find_row (dialog, "Full name"), "error"));
  g_clear_object (&stored);
  stored = dd_user_register_find_by_email (users, "jane.doe@pfcc.example.gov.uk", &error);
  g_assert_cmpstr (dd_designated_user_get_field (stored, DD_USER_FIELD_JOB_TITLE), ==, "Performance Analyst");
  g_assert_cmpstr (dd_designated_user_get_field (dd_user_detail_get_user (detail), DD_USER_FIELD_JOB_TITLE),
                   ==, "Performance Analyst");

  type_into_row (dialog, "Full name", "Jane Doe");
  click (find_button_labelled (dialog, "_Save"));
  g_assert_null (dd_test_find_toplevel (DD_TYPE_USER_DIALOG));
  g_clear_object (&stored);
  stored = dd_user_register_find_by_email (users, "jane.doe@pfcc.example.gov.uk", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dd_designated_user_get_field (stored, DD_USER_FIELD_JOB_TITLE), ==, "Senior Performance Analyst");
  g_assert_nonnull (find_label_containing (find_user_row (page, "Jane Doe"), "Senior Performance Analyst"));
}

static void
test_add_sign_grant (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  dd_test_run_app (database, check_add_sign_grant);
}

static DdDesignatedUser *
add_user (DdUserRegister *users,
          const char     *name,
          const char     *email)
{
  g_autoptr(DdDesignatedUser) user = dd_designated_user_new (name, email);
  g_autoptr(GError) error = NULL;

  dd_designated_user_set_field (user, DD_USER_FIELD_JOB_TITLE, "Performance Analyst");
  dd_designated_user_set_platforms (user, DD_PLATFORMS_HUB);
  g_assert_true (dd_user_register_add (users, user, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&user);
}

/* Sam signed version 1; version 2 is now in force. Granting is refused,
 * and the dialog says why. */
static void
check_refusals (DdApplication *app)
{
  DdUsersPage *page = find_page (app);
  DdUserDetail *detail;
  DdUserStepDialog *dialog;
  GtkWidget *confirm;
  g_autoptr(DdDesignatedUser) sam = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_activate_action (GTK_WIDGET (dd_test_find_window (app)), "win.show-page", "s", "users");
  dd_test_spin (100);

  detail = select_user (page, "Sam Smith");
  g_assert_nonnull (find_label_containing (GTK_WIDGET (detail), "Must re-sign the User Access Statement (version 2 is in force)"));
  /* Signing again is the next step; granting is offered, and refused. */
  g_assert_true (gtk_widget_has_css_class (find_visible_button (GTK_WIDGET (detail), "user.sign"),
                                           "suggested-action"));

  dialog = open_step (detail, "user.grant");
  click (find_button_labelled (GTK_WIDGET (dialog), "_Grant Access"));
  g_assert_true (dd_test_find_toplevel (DD_TYPE_USER_STEP_DIALOG) == GTK_WIDGET (dialog));
  g_assert_nonnull (wait_for_label (GTK_WIDGET (dialog),
                                    "Access cannot be granted: Sam Smith has not signed the User "
                                    "Access Statement for version 2"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (50);

  sam = dd_user_register_find_by_email (get_register (app), "sam@pfcc.example.gov.uk", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dd_designated_user_get_status (sam), ==, DD_USER_STATUS_STATEMENT_SIGNED);

  /* Kim has access: suspending needs a reason first. */
  detail = select_user (page, "Kim Lee");
  dialog = open_step (detail, "user.suspend");
  confirm = find_button_labelled (GTK_WIDGET (dialog), "_Suspend");
  g_assert_false (gtk_widget_is_sensitive (confirm));
  type_into_row (GTK_WIDGET (dialog), "Reason (required)", "   ");
  g_assert_false (gtk_widget_is_sensitive (confirm));
  /* A date that is not one is marked, and blocks the step. */
  type_into_row (GTK_WIDGET (dialog), "Reason (required)", "On long-term leave");
  g_assert_true (gtk_widget_is_sensitive (confirm));
  type_into_row (GTK_WIDGET (dialog), "Date suspended", "the thirty-second of May");
  g_assert_false (gtk_widget_is_sensitive (confirm));
  g_assert_true (gtk_widget_has_css_class (dd_test_find_row (GTK_WIDGET (dialog), "Date suspended"), "error"));
  /* A date in the future is the register's to refuse. */
  type_into_row (GTK_WIDGET (dialog), "Date suspended", "2 March 2024");
  click (confirm);
  g_assert_nonnull (wait_for_label (GTK_WIDGET (dialog), "is in the future"));
  type_into_row (GTK_WIDGET (dialog), "Date suspended", "01/03/2024");
  click (confirm);
  g_assert_null (dd_test_find_toplevel (DD_TYPE_USER_STEP_DIALOG));
  g_assert_cmpint (dd_designated_user_get_status (dd_user_detail_get_user (detail)), ==, DD_USER_STATUS_SUSPENDED);
  g_assert_cmpstr (dd_designated_user_get_status_reason (dd_user_detail_get_user (detail)), ==, "On long-term leave");
  g_assert_nonnull (find_label_containing (GTK_WIDGET (detail), "Reason: On long-term leave"));
  g_assert_true (gtk_widget_has_css_class (find_visible_button (GTK_WIDGET (detail), "user.reinstate"),
                                           "suggested-action"));
}

static void
test_refusals (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DdContext) context = dd_context_new (database, DD_DATABASE_FLAGS_NONE, &error);
    DdUserRegister *users = dd_context_get_user_register (context);
    DdAgreementStore *store = dd_context_get_agreement_store (context);
    g_autoptr(DdAgreement) v1 = NULL;
    g_autoptr(DdAgreement) v2 = NULL;
    g_autoptr(DdDesignatedUser) sam = NULL;
    g_autoptr(DdDesignatedUser) kim = NULL;

    g_assert_no_error (error);
    dd_date_set_today_for_testing ("2023-03-01");
    v1 = make_agreement (context, STATEMENT, "2023-03-01");
    sam = add_user (users, "Sam Smith", "sam@pfcc.example.gov.uk");
    g_assert_true (dd_user_register_sign_statement (users, sam, "Sam Smith", TRUE, &error));
    g_assert_no_error (error);

    dd_date_set_today_for_testing ("2024-02-01");
    v2 = dd_agreement_store_new_version (store, v1, &error);
    g_assert_no_error (error);
    dd_agreement_set_field (v2, DD_AGREEMENT_FIELD_STATEMENT, STATEMENT_V2);
    g_assert_true (dd_agreement_store_save (store, v2, &error));
    g_assert_true (dd_agreement_store_sign (store, v2, "2024-02-01", &error));
    g_assert_no_error (error);

    kim = add_user (users, "Kim Lee", "kim@pfcc.example.gov.uk");
    g_assert_true (dd_user_register_sign_statement (users, kim, "Kim Lee", TRUE, &error));
    g_assert_true (dd_user_register_grant (users, kim, "2024-02-01", &error));
    g_assert_no_error (error);
    dd_date_set_today_for_testing (TODAY);
  }
  dd_test_run_app (database, check_refusals);
}

/* Four people, three of whom need attention for different reasons. */
static void
check_needs_attention (DdApplication *app)
{
  DdUsersPage *page = find_page (app);
  GtkToggleButton *filter;
  GtkSearchEntry *search;
  g_autoptr(GPtrArray) shown = NULL;

  gtk_widget_activate_action (GTK_WIDGET (dd_test_find_window (app)), "win.show-page", "s", "users");
  dd_test_spin (100);

  filter = GTK_TOGGLE_BUTTON (gtk_widget_get_ancestor (
             GTK_WIDGET (find_label_containing (GTK_WIDGET (page), "Needs _Attention")), GTK_TYPE_TOGGLE_BUTTON));
  g_assert_nonnull (filter);
  g_assert_cmpuint (dd_users_page_get_attention_count (page), ==, 3);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (filter), "3"));

  shown = list_shown_names (page);
  g_assert_cmpuint (shown->len, ==, 4);

  /* Each one's warning says why. */
  {
    GtkWidget *row = find_user_row (page, "Ola Okafor");
    GtkWidget *warning = dd_test_find_descendant (row, GTK_TYPE_IMAGE);

    g_assert_true (gtk_widget_get_visible (warning));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (warning), ==, "Review of access overdue");
    row = find_user_row (page, "Bea Brown");
    g_assert_false (gtk_widget_get_visible (dd_test_find_descendant (row, GTK_TYPE_IMAGE)));
  }

  gtk_toggle_button_set_active (filter, TRUE);
  dd_test_spin (50);
  g_clear_pointer (&shown, g_ptr_array_unref);
  shown = list_shown_names (page);
  g_assert_cmpuint (shown->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (shown, 0), ==, "Ann Archer");    /* unsigned */
  g_assert_cmpstr (g_ptr_array_index (shown, 1), ==, "Lou Leaver");    /* granted after leaving */
  g_assert_cmpstr (g_ptr_array_index (shown, 2), ==, "Ola Okafor");    /* review overdue */

  /* Record leaving's next step is revoking. */
  {
    DdUserDetail *detail = select_user (page, "Lou Leaver");

    g_assert_nonnull (find_label_containing (GTK_WIDGET (detail), "Has left the organisation but still has access"));
    GtkWidget *revoke = first_action (detail);

    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (revoke)), ==, "user.revoke");
    g_assert_true (gtk_widget_has_css_class (revoke, "destructive-action"));
  }

  /* Searching within the filter. */
  search = GTK_SEARCH_ENTRY (dd_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY));
  gtk_editable_set_text (GTK_EDITABLE (search), "okafor");
  for (guint i = 0; i < 100; i++)
    {
      dd_test_spin (20);
      g_clear_pointer (&shown, g_ptr_array_unref);
      shown = list_shown_names (page);
      if (shown->len == 1)
        break;
    }
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (shown, 0), ==, "Ola Okafor");

  /* Nobody who needs attention matches: said so. */
  gtk_editable_set_text (GTK_EDITABLE (search), "brown");
  for (guint i = 0; i < 100 && g_strcmp0 (gtk_stack_get_visible_child_name (get_list_stack (page)), "no-results") != 0; i++)
    dd_test_spin (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_list_stack (page)), ==, "no-results");

  /* Everyone again, Bea included, with the count unchanged. */
  gtk_toggle_button_set_active (filter, FALSE);
  dd_test_spin (50);
  g_clear_pointer (&shown, g_ptr_array_unref);
  shown = list_shown_names (page);
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (shown, 0), ==, "Bea Brown");
  g_assert_cmpuint (dd_users_page_get_attention_count (page), ==, 3);
}

static void
test_needs_attention (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DdContext) context = dd_context_new (database, DD_DATABASE_FLAGS_NONE, &error);
    DdUserRegister *users = dd_context_get_user_register (context);
    g_autoptr(DdAgreement) agreement = NULL;
    g_autoptr(DdDesignatedUser) ann = NULL;
    g_autoptr(DdDesignatedUser) bea = NULL;
    g_autoptr(DdDesignatedUser) ola = NULL;
    g_autoptr(DdDesignatedUser) lou = NULL;

    g_assert_no_error (error);
    dd_date_set_today_for_testing ("2022-01-10");
    agreement = make_agreement (context, STATEMENT, "2022-01-10");

    /* Granted over a year before today, never reviewed. */
    ola = add_user (users, "Ola Okafor", "ola@pfcc.example.gov.uk");
    g_assert_true (dd_user_register_sign_statement (users, ola, "Ola Okafor", TRUE, &error));
    g_assert_true (dd_user_register_grant (users, ola, "2022-01-10", &error));
    g_assert_no_error (error);

    dd_date_set_today_for_testing ("2024-02-01");
    /* Granted this year: nothing to do. */
    bea = add_user (users, "Bea Brown", "bea@pfcc.example.gov.uk");
    g_assert_true (dd_user_register_sign_statement (users, bea, "Bea Brown", TRUE, &error));
    g_assert_true (dd_user_register_grant (users, bea, "2024-02-01", &error));
    /* Left, with access still granted. */
    lou = add_user (users, "Lou Leaver", "lou@pfcc.example.gov.uk");
    g_assert_true (dd_user_register_sign_statement (users, lou, "Lou Leaver", TRUE, &error));
    g_assert_true (dd_user_register_grant (users, lou, "2024-02-01", &error));
    g_assert_true (dd_user_register_record_leaving (users, lou, "2024-02-01", &error));
    /* Nominated only. */
    ann = add_user (users, "Ann Archer", "ann@pfcc.example.gov.uk");
    g_assert_no_error (error);
    dd_date_set_today_for_testing (TODAY);
  }
  dd_test_run_app (database, check_needs_attention);
}

/* Without an agreement in force there is nothing to sign: said so. */
static void
check_no_agreement (DdApplication *app)
{
  DdUsersPage *page = find_page (app);
  DdUserDetail *detail;
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (dd_test_find_window (app)), "win.show-page", "s", "users");
  dd_test_spin (100);

  detail = select_user (page, "Ann Archer");
  press (GTK_WIDGET (detail), "user.sign");
  g_assert_null (dd_test_find_toplevel (DD_TYPE_STATEMENT_DIALOG));
  dialog = ADW_MESSAGE_DIALOG (dd_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No Agreement in Force");

  /* It offers the Agreement page. */
  adw_message_dialog_response (dialog, "agreement");
  gtk_window_destroy (GTK_WINDOW (dialog));
  dd_test_spin (50);
  g_assert_cmpstr (dd_window_get_visible_page (dd_test_find_window (app)), ==, "agreement");
}

static void
test_no_agreement (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DdContext) context = dd_context_new (database, DD_DATABASE_FLAGS_NONE, &error);
    g_autoptr(DdDesignatedUser) ann = NULL;

    g_assert_no_error (error);
    ann = add_user (dd_context_get_user_register (context), "Ann Archer", "ann@pfcc.example.gov.uk");
  }
  dd_test_run_app (database, check_no_agreement);
}

/* Exports under a minute, even under the sanitizers. */
#define EXPORT_WAIT_MS 60000

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

/* The register as a PDF and a workbook, through the menu's actions and
 * the page's test hook in place of the file chooser. */
static void
check_export (DdApplication *app)
{
  DdUsersPage *page = find_page (app);
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (folder, "register.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (folder, "register.xlsx", NULL);

  gtk_widget_activate_action (GTK_WIDGET (dd_test_find_window (app)), "win.show-page", "s", "users");
  dd_test_spin (100);

  g_object_set_data_full (G_OBJECT (page), "dd-test-export-path", g_strdup (pdf), g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "users.export-pdf", NULL));
  for (guint waited = 0; waited < EXPORT_WAIT_MS && !g_file_test (pdf, G_FILE_TEST_EXISTS); waited += 50)
    dd_test_spin (50);
  g_assert_true (file_starts_with (pdf, "%PDF"));

  /* Once the PDF's thread has finished, the workbook (written at once). */
  g_object_set_data_full (G_OBJECT (page), "dd-test-export-path", g_strdup (xlsx), g_free);
  for (guint waited = 0; waited < EXPORT_WAIT_MS && !g_file_test (xlsx, G_FILE_TEST_EXISTS); waited += 50)
    {
      gtk_widget_activate_action (GTK_WIDGET (page), "users.export-xlsx", NULL);
      dd_test_spin (50);
    }
  /* An .xlsx is a zip. */
  g_assert_true (file_starts_with (xlsx, "PK"));

  dd_test_remove_tree (folder);
}

static void
test_export (void)
{
  g_autofree char *database = NULL;

  if (dd_test_ui_skip ())
    return;

  database = dd_test_make_database_path ();
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DdContext) context = dd_context_new (database, DD_DATABASE_FLAGS_NONE, &error);
    g_autoptr(DdAgreement) agreement = NULL;
    g_autoptr(DdDesignatedUser) ann = NULL;

    g_assert_no_error (error);
    agreement = make_agreement (context, STATEMENT, TODAY);
    ann = add_user (dd_context_get_user_register (context), "Ann Archer", "ann@pfcc.example.gov.uk");
  }
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

  g_test_add_func ("/users-ui/add-sign-grant", test_add_sign_grant);
  g_test_add_func ("/users-ui/refusals", test_refusals);
  g_test_add_func ("/users-ui/needs-attention", test_needs_attention);
  g_test_add_func ("/users-ui/no-agreement", test_no_agreement);
  g_test_add_func ("/users-ui/export", test_export);

  status = g_test_run ();
  dd_test_ui_finish ();

  return status;
}
