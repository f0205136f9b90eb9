/* test-agreement.c: DdAgreement, its versions, signing and comparison
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pango.h>
#include <sqlite3.h>

#include "dd-core.h"
#include "dd-test-util.h"

typedef struct
{
  char             *dir;
  DdContext        *context;
  DdAgreementStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  dd_date_set_today_for_testing ("2023-03-01");
  fixture->dir = dd_test_make_tmp_dir ();
  path = g_build_filename (fixture->dir, "office.db", NULL);
  fixture->context = dd_context_new (path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->store = dd_context_get_agreement_store (fixture->context);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->context);
  dd_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  dd_date_set_today_for_testing (NULL);
}

/* A small agreement with everything signing needs. */
static DdAgreement *
make_draft (void)
{
  DdAgreement *draft = dd_agreement_new ();

  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_TITLE, "Access to HMPPS Data");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_OFFICE_PARTY, "Office of the Police, Fire and Crime Commissioner");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_MOJ_PARTY, "Ministry of Justice / HM Prison and Probation Service");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_PURPOSE, "Preventing and reducing crime and disorder, and reducing reoffending.");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_LEGAL_BASIS, "Section 115 of the Crime and Disorder Act 1998.");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_TERMS_OF_USE, "- No release of unpublished data\n- Accuracy is not guaranteed");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_STATEMENT, "I will not share unpublished data.");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_REPORT_REFERENCE, "039-23");
  dd_agreement_set_platforms (draft, DD_PLATFORMS_ALL);
  dd_agreement_add_section (draft, "Purpose", "Why the data is shared.");
  dd_agreement_add_section (draft, "Security", "Kept on office systems only.");
  return draft;
}

static void
test_template (void)
{
  g_autoptr(DdAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;

  agreement = dd_agreement_new_from_template (&error);
  g_assert_no_error (error);
  for (DdAgreementField f = 0; f < DD_AGREEMENT_N_FIELDS; f++)
    if (!dd_agreement_field_is_date (f) && f != DD_AGREEMENT_FIELD_REPORT_REFERENCE)
      g_assert_cmpstr (dd_agreement_get_field (agreement, f), !=, "");
  g_assert_cmpuint (dd_agreement_get_platforms (agreement), ==, DD_PLATFORMS_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (dd_agreement_get_sections (agreement)), >=, 10);
  g_assert_nonnull (strstr (dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_LEGAL_BASIS), "115"));
  g_assert_false (dd_agreement_get_frozen (agreement));
}

static void
test_create_and_save (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DdAgreement) draft = make_draft ();
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(DdAgreement) again = NULL;
  g_autoptr(DdAgreement) current = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DdAgreementSection) section = NULL;

  current = dd_agreement_store_get_current (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_null (current);

  stored = dd_agreement_store_create (fixture->store, draft, &error);
  g_assert_no_error (error);
  g_assert_true (stored == draft);
  g_assert_cmpuint (dd_agreement_get_version (stored), ==, 1);
  g_assert_cmpint (dd_agreement_get_status (stored), ==, DD_AGREEMENT_STATUS_DRAFT);

  /* Only one agreement at a time. */
  {
    g_autoptr(DdAgreement) second = make_draft ();
    g_autoptr(DdAgreement) refused = dd_agreement_store_create (fixture->store, second, &error);

    g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_EXISTS);
    g_assert_null (refused);
    g_clear_error (&error);
  }

  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_BAU_CONTACT, "Head of Performance and Scrutiny");
  dd_agreement_remove_section (draft, 1);
  dd_agreement_add_section (draft, "Retention", "Deleted after two years.");
  g_assert_true (dd_agreement_store_save (fixture->store, draft, &error));
  g_assert_no_error (error);

  again = dd_agreement_store_get_current (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dd_agreement_get_field (again, DD_AGREEMENT_FIELD_BAU_CONTACT), ==,
                   "Head of Performance and Scrutiny");
  g_assert_cmpuint (g_list_model_get_n_items (dd_agreement_get_sections (again)), ==, 2);
  section = g_list_model_get_item (dd_agreement_get_sections (again), 1);
  g_assert_cmpstr (dd_agreement_section_get_heading (section), ==, "Retention");

  /* Each field changed is in the audit log. */
  history = dd_audit_log_list (dd_context_get_audit_log (fixture->context), "agreement", NULL, &error);
  g_assert_no_error (error);
  {
    gboolean found_bau = FALSE, found_section = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (history); i++)
      {
        g_autoptr(DdAuditEntry) entry = g_list_model_get_item (history, i);

        found_bau |= g_strcmp0 (dd_audit_entry_get_field (entry), "bau-contact") == 0;
        found_section |= g_strcmp0 (dd_audit_entry_get_field (entry), "section 2") == 0;
      }
    g_assert_true (found_bau);
    g_assert_true (found_section);
  }

  /* Dates in the wrong order are refused, and nothing is stored. */
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_START_DATE, "2023-04-01");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_END_DATE, "2023-03-01");
  g_assert_false (dd_agreement_store_save (fixture->store, draft, &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_DATES);
  g_clear_error (&error);
  g_clear_object (&again);
  again = dd_agreement_store_get_current (fixture->store, &error);
  g_assert_cmpstr (dd_agreement_get_field (again, DD_AGREEMENT_FIELD_START_DATE), ==, "");
}

static void
test_sign_freezes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DdAgreement) draft = make_draft ();
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(DdAgreement) in_force = NULL;
  g_autoptr(DdAgreement) copy = NULL;
  g_autoptr(GError) error = NULL;

  stored = dd_agreement_store_create (fixture->store, draft, &error);
  g_assert_no_error (error);

  /* Not in the future, and not incomplete. */
  g_assert_false (dd_agreement_store_sign (fixture->store, draft, "2023-03-02", &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_DATES);
  g_clear_error (&error);
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_STATEMENT, "  ");
  g_assert_false (dd_agreement_store_sign (fixture->store, draft, "2023-02-23", &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "User Access Statement"));
  g_clear_error (&error);
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_STATEMENT, "I will not share unpublished data.");

  g_assert_true (dd_agreement_store_sign (fixture->store, draft, "2023-02-23", &error));
  g_assert_no_error (error);
  g_assert_true (dd_agreement_get_frozen (draft));
  g_assert_true (dd_agreement_get_in_force (draft));
  g_assert_cmpint (dd_agreement_get_status (draft), ==, DD_AGREEMENT_STATUS_IN_FORCE);
  g_assert_cmpstr (dd_agreement_get_field (draft, DD_AGREEMENT_FIELD_START_DATE), ==, "2023-02-23");
  g_assert_cmpstr (dd_agreement_get_field (draft, DD_AGREEMENT_FIELD_REVIEW_DATE), ==, "2024-02-23");

  in_force = dd_agreement_store_get_in_force (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dd_agreement_get_version_id (in_force), ==, dd_agreement_get_version_id (draft));
  g_assert_true (dd_agreement_get_frozen (in_force));

  /* A frozen version refuses to be saved, even behind the model's back. */
  copy = dd_agreement_new ();
  g_assert_false (dd_agreement_store_save (fixture->store, in_force, &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (dd_agreement_store_sign (fixture->store, in_force, "2023-03-01", &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (dd_agreement_store_discard_draft (fixture->store, in_force, &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_FROZEN);
}

static void
test_versions_and_compare (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DdAgreement) draft = make_draft ();
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(DdAgreement) v2 = NULL;
  g_autoptr(DdAgreement) same = NULL;
  g_autoptr(DdAgreement) old = NULL;
  g_autoptr(DdAgreement) in_force = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saw_statement = FALSE, saw_section = FALSE;

  stored = dd_agreement_store_create (fixture->store, draft, &error);
  g_assert_true (dd_agreement_store_sign (fixture->store, draft, "2023-02-23", &error));
  g_assert_no_error (error);

  v2 = dd_agreement_store_new_version (fixture->store, draft, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dd_agreement_get_version (v2), ==, 2);
  g_assert_false (dd_agreement_get_frozen (v2));
  g_assert_cmpstr (dd_agreement_get_field (v2, DD_AGREEMENT_FIELD_DATE_SIGNED), ==, "");
  /* Asking again gives the same draft, not a third version. */
  same = dd_agreement_store_new_version (fixture->store, draft, &error);
  g_assert_cmpint (dd_agreement_get_version_id (same), ==, dd_agreement_get_version_id (v2));

  dd_agreement_set_field (v2, DD_AGREEMENT_FIELD_STATEMENT,
                          "I will not share unpublished data, and will report any loss at once.");
  {
    g_autoptr(DdAgreementSection) section = g_list_model_get_item (dd_agreement_get_sections (v2), 1);
    dd_agreement_section_set_text (section, "Kept on encrypted office systems only.");
  }
  g_assert_true (dd_agreement_store_save (fixture->store, v2, &error));
  g_assert_no_error (error);

  /* Version 1 is untouched, side by side with version 2. */
  versions = dd_agreement_store_list_versions (fixture->store, dd_agreement_get_id (v2), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
  old = g_list_model_get_item (versions, 0);
  g_assert_cmpstr (dd_agreement_get_field (old, DD_AGREEMENT_FIELD_STATEMENT), ==,
                   "I will not share unpublished data.");
  g_assert_true (dd_agreement_get_frozen (old));
  g_assert_true (dd_agreement_get_in_force (old));

  changes = dd_agreement_compare (old, v2);
  for (guint i = 0; i < changes->len; i++)
    {
      DdAgreementChange *change = changes->pdata[i];
      g_autofree char *markup = dd_agreement_change_to_markup (change);

      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
      if (g_str_equal (change->label, "User Access Statement"))
        {
          DdDiffSpan *last = &g_array_index (change->spans, DdDiffSpan, change->spans->len - 1);

          saw_statement = TRUE;
          g_assert_cmpint (last->kind, ==, DD_DIFF_ADDED);
          g_assert_nonnull (strstr (last->text, "report any loss"));
          g_assert_nonnull (strstr (markup, "strikethrough"));   /* "data." became "data," */
        }
      if (g_str_equal (change->label, "Section 2"))
        {
          saw_section = TRUE;
          g_assert_nonnull (strstr (markup, "encrypted"));
        }
    }
  g_assert_true (saw_statement);
  g_assert_true (saw_section);
  /* Dates signed differ too: v2 has none yet. */
  g_assert_cmpuint (changes->len, ==, 5);

  /* Signing version 2 makes it the one in force; version 1 stays. */
  g_assert_true (dd_agreement_store_sign (fixture->store, v2, "2023-03-01", &error));
  g_assert_no_error (error);
  in_force = dd_agreement_store_get_in_force (fixture->store, &error);
  g_assert_cmpuint (dd_agreement_get_version (in_force), ==, 2);

  /* Discarding a later draft leaves the agreement as signed. */
  {
    g_autoptr(DdAgreement) v3 = dd_agreement_store_new_version (fixture->store, v2, &error);
    g_autoptr(DdAgreement) current = NULL;

    g_assert_cmpuint (dd_agreement_get_version (v3), ==, 3);
    g_assert_true (dd_agreement_store_discard_draft (fixture->store, v3, &error));
    g_assert_no_error (error);
    current = dd_agreement_store_get_current (fixture->store, &error);
    g_assert_cmpuint (dd_agreement_get_version (current), ==, 2);
  }
}

static void
test_diff_words (void)
{
  g_autoptr(GArray) spans = dd_diff_words ("the quick brown fox", "the slow brown fox jumps");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      DdDiffSpan *span = &g_array_index (spans, DdDiffSpan, i);
      g_string_append_printf (text, "%c[%s]", "=-+"[span->kind], span->text);
    }
  g_assert_cmpstr (text->str, ==, "=[the ]-[quick ]+[slow ]=[brown fox ]+[jumps]");

  g_clear_pointer (&spans, g_array_unref);
  spans = dd_diff_words (NULL, "new");
  g_assert_cmpuint (spans->len, ==, 1);
  g_assert_cmpint (g_array_index (spans, DdDiffSpan, 0).kind, ==, DD_DIFF_ADDED);
}

static void
test_status_follows_the_clock (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(DdAgreement) draft = make_draft ();
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(DdAgreement) later = NULL;
  g_autoptr(GError) error = NULL;

  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_START_DATE, "2023-04-01");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_END_DATE, "2025-03-31");
  stored = dd_agreement_store_create (fixture->store, draft, &error);
  g_assert_true (dd_agreement_store_sign (fixture->store, draft, "2023-02-23", &error));
  g_assert_no_error (error);
  g_assert_cmpint (dd_agreement_get_status (draft), ==, DD_AGREEMENT_STATUS_SIGNED);
  g_assert_null (dd_agreement_store_get_in_force (fixture->store, &error));
  g_assert_no_error (error);

  dd_date_set_today_for_testing ("2024-02-01");
  later = dd_agreement_store_get_current (fixture->store, &error);
  g_assert_cmpint (dd_agreement_get_status (later), ==, DD_AGREEMENT_STATUS_IN_FORCE);
  /* Review a year after the start: 60 days away. */
  g_assert_cmpint (dd_agreement_get_days_to_review (later, "2024-02-01"), ==, 60);
  g_assert_cmpint (dd_agreement_get_days_to_review (later, "2024-04-03"), ==, -2);

  g_assert_true (dd_agreement_store_set_under_review (fixture->store, later, TRUE, &error));
  g_assert_cmpint (dd_agreement_get_status (later), ==, DD_AGREEMENT_STATUS_UNDER_REVIEW);
  g_assert_false (dd_agreement_store_set_under_review (fixture->store, later, TRUE, &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_WORKFLOW);
  g_clear_error (&error);

  dd_date_set_today_for_testing ("2025-04-01");
  g_clear_object (&later);
  later = dd_agreement_store_get_current (fixture->store, &error);
  g_assert_cmpint (dd_agreement_get_status (later), ==, DD_AGREEMENT_STATUS_EXPIRED);
  g_assert_false (dd_agreement_get_in_force (later));

  /* An ended agreement makes way for a new one. */
  {
    g_autoptr(DdAgreement) next = make_draft ();
    g_autoptr(DdAgreement) created = dd_agreement_store_create (fixture->store, next, &error);

    g_assert_no_error (error);
    g_assert_nonnull (created);
  }
}

static void
test_terminate (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DdAgreement) draft = make_draft ();
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = dd_agreement_store_create (fixture->store, draft, &error);
  g_assert_false (dd_agreement_store_terminate (fixture->store, draft, "2023-03-01", "No longer needed", &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_WORKFLOW);
  g_clear_error (&error);

  g_assert_true (dd_agreement_store_sign (fixture->store, draft, "2023-02-23", &error));
  g_assert_false (dd_agreement_store_terminate (fixture->store, draft, "2023-03-01", " ", &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dd_agreement_store_terminate (fixture->store, draft, "2023-01-01", "Too early", &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_DATES);
  g_clear_error (&error);

  g_assert_true (dd_agreement_store_terminate (fixture->store, draft, "2023-03-01", "No longer needed", &error));
  g_assert_no_error (error);
  g_assert_cmpint (dd_agreement_get_status (draft), ==, DD_AGREEMENT_STATUS_TERMINATED);
  g_assert_null (dd_agreement_store_get_in_force (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_null (dd_agreement_store_new_version (fixture->store, draft, &error));
  g_assert_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_WORKFLOW);
}

static void
test_frozen_in_the_schema (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DdAgreement) draft = make_draft ();
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (dd_database_get_path (dd_context_get_database (fixture->context)));
  sqlite3 *db;
  char *message = NULL;

  stored = dd_agreement_store_create (fixture->store, draft, &error);
  g_assert_true (dd_agreement_store_sign (fixture->store, draft, "2023-02-23", &error));
  g_clear_object (&fixture->context);

  /* Even another program cannot rewrite a signed version. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE agreement_version SET statement = 'changed'", NULL, NULL, &message),
                   !=, SQLITE_OK);
  g_assert_nonnull (strstr (message, "signed"));
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM agreement_section", NULL, NULL, &message), !=, SQLITE_OK);
  sqlite3_free (message);
  sqlite3_close (db);
}

static void
test_attach_to_report (Fixture       *fixture,
                       gconstpointer  data)
{
  DdReportStore *reports = dd_context_get_report_store (fixture->context);
  g_autoptr(DdAgreement) draft = make_draft ();
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(DdReport) report = NULL;
  g_autoptr(DdReport) copy = NULL;
  g_autoptr(DdReportAppendix) appendix = NULL;
  g_autoptr(DdReportAppendix) copied = NULL;
  g_autoptr(GError) error = NULL;

  stored = dd_agreement_store_create (fixture->store, draft, &error);
  report = dd_report_store_create (reports, "2023-02-23", &error);
  g_assert_no_error (error);

  g_assert_true (dd_report_store_attach_agreement (reports, report, draft, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dd_report_get_appendices (report)), ==, 1);
  appendix = g_list_model_get_item (dd_report_get_appendices (report), 0);
  g_assert_cmpint (dd_report_appendix_get_kind (appendix), ==, DD_APPENDIX_KIND_AGREEMENT);
  g_assert_cmpstr (dd_report_appendix_get_title (appendix), ==, "Access to HMPPS Data");
  g_assert_nonnull (dd_report_appendix_get_agreement (appendix));
  g_assert_false (dd_agreement_get_frozen (dd_report_appendix_get_agreement (appendix)));

  /* Once only. */
  g_assert_false (dd_report_store_attach_agreement (reports, report, draft, NULL, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID);
  g_clear_error (&error);

  /* After signing, the appendix shows the version in force, and a copy
   * for a worker thread carries it. */
  g_assert_true (dd_agreement_store_sign (fixture->store, draft, "2023-02-23", &error));
  g_assert_true (dd_report_store_revert (reports, report, &error));
  g_assert_no_error (error);
  g_clear_object (&appendix);
  appendix = g_list_model_get_item (dd_report_get_appendices (report), 0);
  g_assert_true (dd_agreement_get_frozen (dd_report_appendix_get_agreement (appendix)));
  copy = dd_report_copy (report);
  copied = g_list_model_get_item (dd_report_get_appendices (copy), 0);
  g_assert_true (dd_report_appendix_get_agreement (copied) != dd_report_appendix_get_agreement (appendix));
  g_assert_cmpstr (dd_agreement_get_field (dd_report_appendix_get_agreement (copied), DD_AGREEMENT_FIELD_DATE_SIGNED),
                   ==, "2023-02-23");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agreement/template", test_template);
  g_test_add_func ("/agreement/diff-words", test_diff_words);
  g_test_add ("/agreement/create-and-save", Fixture, NULL, fixture_set_up, test_create_and_save, fixture_tear_down);
  g_test_add ("/agreement/sign-freezes", Fixture, NULL, fixture_set_up, test_sign_freezes, fixture_tear_down);
  g_test_add ("/agreement/versions-and-compare", Fixture, NULL, fixture_set_up, test_versions_and_compare, fixture_tear_down);
  g_test_add ("/agreement/status-follows-the-clock", Fixture, NULL, fixture_set_up, test_status_follows_the_clock, fixture_tear_down);
  g_test_add ("/agreement/terminate", Fixture, NULL, fixture_set_up, test_terminate, fixture_tear_down);
  g_test_add ("/agreement/attach-to-report", Fixture, NULL, fixture_set_up, test_attach_to_report, fixture_tear_down);
  g_test_add ("/agreement/frozen-in-the-schema", Fixture, NULL, fixture_set_up, test_frozen_in_the_schema, fixture_tear_down);

  return g_test_run ();
}
