/* test-report-store.c: storing decision reports, numbering them, the
 * workflow and its rules, locking, the audit trail and search
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dd-core.h"
#include "dd-test-util.h"

typedef struct
{
  char          *path;
  DdContext     *context;
  DdReportStore *store;
} Fixture;

static void
fixture_open (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->context = dd_context_new (fixture->path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->store = dd_context_get_report_store (fixture->context);
  g_assert_nonnull (fixture->store);
  dd_audit_log_set_actor (dd_context_get_audit_log (fixture->context), "Head of Performance and Scrutiny");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();

  fixture->path = g_build_filename (dir, "office.db", NULL);
  fixture_open (fixture);
}

static void
fixture_reopen (Fixture *fixture)
{
  g_clear_object (&fixture->context);
  fixture->store = NULL;
  fixture_open (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->context);
  g_clear_pointer (&fixture->path, g_free);
}

static DdReport *
create (Fixture    *fixture,
        const char *date)
{
  g_autoptr(GError) error = NULL;
  DdReport *report = dd_report_store_create (fixture->store, date, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

static void
save (Fixture  *fixture,
      DdReport *report)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dd_report_store_save (fixture->store, report, &error));
  g_assert_no_error (error);
}

/* A report with everything the template asks for, ready to submit. */
static DdReport *
create_complete (Fixture    *fixture,
                 const char *date,
                 const char *title)
{
  const char *recommendations[] = {
    "The Commissioner approves the Memorandum of Understanding with the Ministry of Justice.",
    "The Commissioner nominates the Designated Users listed in section 4.",
    NULL
  };
  DdReport *report = create (fixture, date);

  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, title);
  dd_report_set_field (report, DD_REPORT_FIELD_AREA, "Force-wide");
  dd_report_set_field (report, DD_REPORT_FIELD_REPORT_BY_NAME, "Alex Morgan");
  dd_report_set_field (report, DD_REPORT_FIELD_REPORT_BY_ROLE, "Head of Performance and Scrutiny");
  dd_report_set_field (report, DD_REPORT_FIELD_CHIEF_OFFICER, "Chief Executive");
  dd_report_set_field (report, DD_REPORT_FIELD_ENQUIRIES_TO, "performance@example.police.uk");
  dd_report_section_set_text (dd_report_get_section (report, 1),
                              "This report seeks approval to access HMPPS performance data.");
  dd_report_section_set_text (dd_report_get_section (report, 3),
                              "HMPPS publishes probation performance on the Performance Hub.\n\n"
                              "- Performance Hub\n- Segmentation Tool");
  dd_report_set_recommendations (report, recommendations);
  save (fixture, report);

  return report;
}

static void
sign (Fixture     *fixture,
      DdReport    *report,
      DdSignatory  signatory,
      const char  *name,
      const char  *date)
{
  g_autoptr(GError) error = NULL;
  DdSignature signature = {
    .name = name,
    .date = date,
    .role = signatory == DD_SIGNATORY_DECISION_MAKER ? "Police, Fire and Crime Commissioner" : "Redaction officer",
    .decision = DD_DECISION_AGREED,
  };

  g_assert_true (dd_report_store_sign (fixture->store, report, signatory, &signature, &error));
  g_assert_no_error (error);
}

static void
move_to (Fixture        *fixture,
         DdReport       *report,
         DdReportStatus  status)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dd_report_store_move_to (fixture->store, report, status, "Test", &error));
  g_assert_no_error (error);
  g_assert_cmpint (dd_report_get_status (report), ==, status);
}

/* Takes @report from draft to awaiting decision. */
static void
approve (Fixture  *fixture,
         DdReport *report)
{
  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_APPROVAL);
  sign (fixture, report, DD_SIGNATORY_CHIEF_EXECUTIVE, "Sam Taylor", "2023-02-20");
  sign (fixture, report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER, "Ceri Jones", "2023-02-21");
  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_DECISION);
}

static void
test_numbering_by_calendar_year (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(DdReport) first = create (fixture, "2023-02-23");
  g_autoptr(DdReport) second = create (fixture, "2023-12-31");
  g_autoptr(DdReport) next_year = create (fixture, "2024-01-01");
  g_autoptr(DdReport) back = create (fixture, "2023-06-01");

  g_assert_cmpstr (dd_report_get_reference (first), ==, "001-23");
  g_assert_cmpstr (dd_report_get_reference (second), ==, "002-23");
  g_assert_cmpstr (dd_report_get_reference (next_year), ==, "001-24");
  g_assert_cmpstr (dd_report_get_reference (back), ==, "003-23");
  g_assert_cmpstr (dd_report_get_date (first), ==, "2023-02-23");
  g_assert_cmpstr (dd_report_get_classification (first), ==, "OFFICIAL");
}

static void
test_numbering_by_financial_year (Fixture       *fixture,
                                  gconstpointer  data)
{
  DdOfficeSettings *settings = dd_context_get_office_settings (fixture->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdReport) march = NULL;
  g_autoptr(DdReport) april = NULL;
  g_autoptr(DdReport) may = NULL;
  g_autoptr(DdReport) next_march = NULL;

  g_assert_true (dd_office_settings_set_reference_pattern (settings, "PFCC/{seq:00}/{fy}", &error));
  g_assert_no_error (error);

  march = create (fixture, "2024-03-31");
  april = create (fixture, "2024-04-01");
  may = create (fixture, "2024-05-01");
  next_march = create (fixture, "2025-03-01");

  g_assert_cmpstr (dd_report_get_reference (march), ==, "PFCC/01/2023/24");
  g_assert_cmpstr (dd_report_get_reference (april), ==, "PFCC/01/2024/25");
  g_assert_cmpstr (dd_report_get_reference (may), ==, "PFCC/02/2024/25");
  g_assert_cmpstr (dd_report_get_reference (next_march), ==, "PFCC/03/2024/25");

  /* The pattern is the office's: it survives reopening. */
  fixture_reopen (fixture);
  g_assert_cmpstr (dd_reference_pattern_get_pattern (
                     dd_office_settings_get_reference_pattern (dd_context_get_office_settings (fixture->context))),
                   ==, "PFCC/{seq:00}/{fy}");

  g_assert_false (dd_office_settings_set_reference_pattern (dd_context_get_office_settings (fixture->context),
                                                            "{yy}", &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID);
}

/* The language of decision sheets is the office's, apart from the
 * interface's: kept in the database, only one there is a translation for. */
static void
test_document_language (Fixture       *fixture,
                        gconstpointer  data)
{
  DdOfficeSettings *settings = dd_context_get_office_settings (fixture->context);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (dd_office_settings_get_document_language (settings), ==, "en");
  g_assert_true (dd_office_settings_set_document_language (settings, "cy", &error));
  g_assert_no_error (error);

  fixture_reopen (fixture);
  settings = dd_context_get_office_settings (fixture->context);
  g_assert_cmpstr (dd_office_settings_get_document_language (settings), ==, "cy");

  g_assert_false (dd_office_settings_set_document_language (settings, "xx", &error));
  g_assert_error (error, DD_CATALOG_ERROR, DD_CATALOG_ERROR_NO_TRANSLATION);
  g_assert_cmpstr (dd_office_settings_get_document_language (settings), ==, "cy");
}

static void
test_numbers_never_reused (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DdReport) one = create (fixture, "2023-03-01");
  g_autoptr(DdReport) two = create (fixture, "2023-03-02");
  g_autoptr(DdReport) three = NULL;
  g_autoptr(DdReport) four = NULL;
  g_autoptr(GError) error = NULL;

  /* Withdrawn: keeps its number. */
  g_assert_true (dd_report_store_move_to (fixture->store, two, DD_REPORT_STATUS_WITHDRAWN,
                                          "Superseded by a joint report", &error));
  g_assert_no_error (error);
  three = create (fixture, "2023-03-03");
  g_assert_cmpstr (dd_report_get_reference (three), ==, "003-23");

  /* Deleted draft: its number is not given again either. */
  g_assert_true (dd_report_store_delete (fixture->store, three, &error));
  g_assert_no_error (error);
  four = create (fixture, "2023-03-04");
  g_assert_cmpstr (dd_report_get_reference (four), ==, "004-23");
}

static void
test_imported_reference_counts (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(DdReport) imported = dd_report_new ();
  g_autoptr(DdReport) duplicate = dd_report_new ();
  g_autoptr(DdReport) next = NULL;
  g_autoptr(GError) error = NULL;

  dd_report_set_field (imported, DD_REPORT_FIELD_REFERENCE, "039-23");
  dd_report_set_field (imported, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data");
  dd_report_set_field (imported, DD_REPORT_FIELD_DATE, "2023-02-23");
  g_assert_true (dd_report_store_add (fixture->store, imported, FALSE, &error));
  g_assert_no_error (error);

  next = create (fixture, "2023-04-01");
  g_assert_cmpstr (dd_report_get_reference (next), ==, "040-23");

  dd_report_set_field (duplicate, DD_REPORT_FIELD_REFERENCE, "039-23");
  g_assert_false (dd_report_store_add (fixture->store, duplicate, FALSE, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "039-23"));
  g_clear_error (&error);

  /* With replace, the new one takes its place. */
  dd_report_set_field (duplicate, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data (revised)");
  g_assert_true (dd_report_store_add (fixture->store, duplicate, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dd_report_store_count (fixture->store, NULL), ==, 2);
  {
    g_autoptr(DdReport) found = dd_report_store_find_by_reference (fixture->store, "039-23", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (dd_report_get_title (found), ==, "Access to HMPPS Data (revised)");
  }
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(DdReport) report = create_complete (fixture, "2023-02-23", "Access to HMPPS Data");
  const char *values[DD_REPORT_N_FIELDS] = { NULL };
  gint64 id = dd_report_get_id (report);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    if (dd_report_field_get_kind (i) != DD_REPORT_FIELD_KIND_SIGNATURE)
      {
        values[i] = dd_report_field_is_date (i) ? "2023-02-23" :
                    i == DD_REPORT_FIELD_REFERENCE ? "039-23" :
                    dd_report_field_get_name (i);
        dd_report_set_field (report, i, values[i]);
      }

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading %u", n);
      g_autofree char *text = g_strdup_printf ("Section %u says ✓ in Cymraeg: Comisiynydd.\n\n- bullet %u", n, n);

      dd_report_section_set_heading (dd_report_get_section (report, n), heading);
      dd_report_section_set_text (dd_report_get_section (report, n), text);
    }

  dd_report_set_publication (report, DD_PUBLICATION_NO);
  dd_report_set_redact_decision_sheet (report, TRUE);
  save (fixture, report);

  g_clear_object (&report);
  fixture_reopen (fixture);

  report = dd_report_store_get (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (dd_report_store_load_content (fixture->store, report, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    if (values[i] != NULL)
      g_assert_cmpstr (dd_report_get_field (report, i), ==, values[i]);

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading %u", n);
      g_autofree char *text = g_strdup_printf ("Section %u says ✓ in Cymraeg: Comisiynydd.\n\n- bullet %u", n, n);

      g_assert_cmpstr (dd_report_section_get_heading (dd_report_get_section (report, n)), ==, heading);
      g_assert_cmpstr (dd_report_section_get_text (dd_report_get_section (report, n)), ==, text);
    }

  g_assert_cmpuint (g_strv_length ((char **) dd_report_get_recommendations (report)), ==, 2);
  g_assert_cmpint (dd_report_get_publication (report), ==, DD_PUBLICATION_NO);
  g_assert_true (dd_report_get_redact_decision_sheet (report));
  g_assert_false (dd_report_get_redact_appendix (report));
}

static void
test_one_object_per_report (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(DdReport) created = create (fixture, "2023-02-23");
  g_autoptr(DdReport) again = dd_report_store_get (fixture->store, dd_report_get_id (created), NULL);
  g_autoptr(DdReport) by_reference = dd_report_store_find_by_reference (fixture->store, "001-23", NULL);
  g_autoptr(DdReportList) list = dd_report_list_new (fixture->store);
  g_autoptr(DdReport) listed = g_list_model_get_item (G_LIST_MODEL (list), 0);

  g_assert_true (again == created);
  g_assert_true (by_reference == created);
  g_assert_true (listed == created);
}

static void
test_invalid_values_refused (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DdReport) report = create (fixture, "2023-02-23");
  g_autoptr(DdReport) other = create (fixture, "2023-02-24");
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;

  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Changed with a bad date");
  dd_report_set_field (report, DD_REPORT_FIELD_DATE, "23/02/2023");
  g_assert_false (dd_report_store_save (fixture->store, report, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "23/02/2023"));
  g_clear_error (&error);

  /* Nothing of it was stored. */
  g_assert_true (dd_report_store_revert (fixture->store, report, &error));
  g_assert_cmpstr (dd_report_get_title (report), ==, "");
  g_assert_cmpstr (dd_report_get_date (report), ==, "2023-02-23");

  dd_report_set_field (other, DD_REPORT_FIELD_REFERENCE, "001-23");
  g_assert_false (dd_report_store_save (fixture->store, other, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_DUPLICATE);
  g_clear_error (&error);

  history = dd_audit_log_list (dd_context_get_audit_log (fixture->context), "report", NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(DdAuditEntry) entry = g_list_model_get_item (history, i);

      g_assert_cmpstr (dd_audit_entry_get_action (entry), ==, "create");
    }
}

static DdAuditEntry *
find_entry (Fixture    *fixture,
            DdReport   *report,
            const char *action,
            const char *field)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, dd_report_get_id (report));
  g_autoptr(GListModel) entries = dd_audit_log_list (dd_context_get_audit_log (fixture->context),
                                                     "report", id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(DdAuditEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (dd_audit_entry_get_action (entry), action) == 0 &&
          g_strcmp0 (dd_audit_entry_get_field (entry), field) == 0)
        return g_steal_pointer (&entry);
    }

  return NULL;
}

static void
test_every_change_audited (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DdReport) report = create_complete (fixture, "2023-02-23", "Access to HMPPS data");
  g_autoptr(DdAuditEntry) title = NULL;
  g_autoptr(DdAuditEntry) section = NULL;
  g_autoptr(DdAuditEntry) recommendations = NULL;
  g_autoptr(DdAuditEntry) status = NULL;

  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data");
  dd_report_section_set_text (dd_report_get_section (report, 5), "Option 1: do nothing.");
  save (fixture, report);
  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_APPROVAL);

  title = find_entry (fixture, report, "update", "title");
  g_assert_nonnull (title);
  g_assert_cmpstr (dd_audit_entry_get_old_value (title), ==, "Access to HMPPS data");
  g_assert_cmpstr (dd_audit_entry_get_new_value (title), ==, "Access to HMPPS Data");
  g_assert_cmpstr (dd_audit_entry_get_actor (title), ==, "Head of Performance and Scrutiny");

  section = find_entry (fixture, report, "update", "section 5");
  g_assert_nonnull (section);
  g_assert_cmpstr (dd_audit_entry_get_old_value (section), ==, "");
  g_assert_cmpstr (dd_audit_entry_get_new_value (section), ==, "Option 1: do nothing.");

  recommendations = find_entry (fixture, report, "update", "recommendations");
  g_assert_nonnull (recommendations);

  status = find_entry (fixture, report, "status", "status");
  g_assert_nonnull (status);
  g_assert_cmpstr (dd_audit_entry_get_old_value (status), ==, "draft");
  g_assert_cmpstr (dd_audit_entry_get_new_value (status), ==, "awaiting_approval");
}

static void
test_submit_needs_content (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DdReport) report = create (fixture, "2023-02-23");
  g_autoptr(GError) error = NULL;

  g_assert_false (dd_report_store_move_to (fixture->store, report, DD_REPORT_STATUS_AWAITING_APPROVAL,
                                           NULL, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "001-23"));
  g_assert_nonnull (strstr (error->message, "Title of report"));
  g_assert_nonnull (strstr (error->message, "Report by"));
  g_assert_nonnull (strstr (error->message, "Executive Summary"));
  g_assert_nonnull (strstr (error->message, "recommendation"));
  g_assert_null (strstr (error->message, "Date of report"));
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_DRAFT);
}

static void
test_full_workflow (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(DdReport) report = create_complete (fixture, "2023-02-23", "Access to HMPPS Data");
  g_autoptr(GError) error = NULL;

  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_APPROVAL);

  /* Not without both approvals. */
  g_assert_false (dd_report_store_move_to (fixture->store, report, DD_REPORT_STATUS_AWAITING_DECISION,
                                           NULL, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "Chief Executive"));
  g_assert_nonnull (strstr (error->message, "Chief Finance Officer"));
  g_clear_error (&error);

  sign (fixture, report, DD_SIGNATORY_CHIEF_EXECUTIVE, "Sam Taylor", "2023-02-20");
  g_assert_false (dd_report_store_move_to (fixture->store, report, DD_REPORT_STATUS_AWAITING_DECISION,
                                           NULL, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
  g_assert_null (strstr (error->message, "Chief Executive"));
  g_assert_nonnull (strstr (error->message, "Chief Finance Officer"));
  g_clear_error (&error);

  /* The decision cannot come before. */
  {
    DdSignature decision = { "P. Commissioner", "Police, Fire and Crime Commissioner", "2023-02-23",
                             DD_DECISION_AGREED, NULL };

    g_assert_false (dd_report_store_sign (fixture->store, report, DD_SIGNATORY_DECISION_MAKER,
                                          &decision, &error));
    g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW);
    g_clear_error (&error);
  }

  sign (fixture, report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER, "Ceri Jones", "2023-02-21");
  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_DECISION);

  /* Not agreed needs reasons. */
  {
    DdSignature decision = { "P. Commissioner", "Police, Fire and Crime Commissioner", "2023-02-23",
                             DD_DECISION_NOT_AGREED, "  " };

    g_assert_false (dd_report_store_sign (fixture->store, report, DD_SIGNATORY_DECISION_MAKER,
                                          &decision, &error));
    g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
    g_assert_nonnull (strstr (error->message, "reasons"));
    g_clear_error (&error);
    g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AWAITING_DECISION);
    g_assert_false (dd_report_is_signed_by (report, DD_SIGNATORY_DECISION_MAKER));
  }

  sign (fixture, report, DD_SIGNATORY_DECISION_MAKER, "P. Commissioner", "2023-02-23");
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AGREED);
  g_assert_cmpint (dd_report_get_decision (report), ==, DD_DECISION_AGREED);
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_ROLE), ==,
                   "Police, Fire and Crime Commissioner");

  /* Publication: undecided, then no, then yes with redaction. */
  g_assert_false (dd_report_store_move_to (fixture->store, report, DD_REPORT_STATUS_PUBLISHED, NULL, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "not decided"));
  g_clear_error (&error);

  dd_report_set_publication (report, DD_PUBLICATION_NO);
  dd_report_set_field (report, DD_REPORT_FIELD_PUBLICATION_REASONS, "OFFICIAL-SENSITIVE: names of staff");
  g_assert_false (dd_report_store_move_to (fixture->store, report, DD_REPORT_STATUS_PUBLISHED, NULL, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "not for publication"));
  g_clear_error (&error);

  dd_report_set_publication (report, DD_PUBLICATION_YES);
  dd_report_set_redact_appendix (report, TRUE);
  g_assert_false (dd_report_store_move_to (fixture->store, report, DD_REPORT_STATUS_PUBLISHED, NULL, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "redaction"));
  g_clear_error (&error);

  /* The redaction sign-off needs its details and date. */
  {
    DdSignature redaction = { "Robin Hughes", "Information Governance Officer", "2023-03-01",
                              DD_DECISION_NONE, NULL };

    g_assert_false (dd_report_store_sign (fixture->store, report, DD_SIGNATORY_REDACTION, &redaction, &error));
    g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
    g_assert_nonnull (strstr (error->message, "Details of the redaction"));
    g_assert_nonnull (strstr (error->message, "Date redaction carried out"));
    g_clear_error (&error);

    dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DETAILS, "Names of Designated Users in the appendix");
    dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DATE, "2023-03-01");
    g_assert_true (dd_report_store_sign (fixture->store, report, DD_SIGNATORY_REDACTION, &redaction, &error));
    g_assert_no_error (error);
  }

  move_to (fixture, report, DD_REPORT_STATUS_PUBLISHED);

  /* Published is final. */
  dd_report_set_publication (report, DD_PUBLICATION_NO);
  g_assert_false (dd_report_store_save (fixture->store, report, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_LOCKED);
  g_clear_error (&error);

  /* And it all survives reopening. */
  {
    gint64 id = dd_report_get_id (report);

    g_clear_object (&report);
    fixture_reopen (fixture);
    report = dd_report_store_get (fixture->store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_PUBLISHED);
    g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME), ==, "Sam Taylor");
    g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE), ==, "2023-02-21");
    g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_NAME), ==, "Robin Hughes");
    g_assert_cmpint (dd_report_get_publication (report), ==, DD_PUBLICATION_YES);
  }
}

static void
test_transitions_refused (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DdReport) report = create_complete (fixture, "2023-02-23", "Access to HMPPS Data");
  const DdReportStatus impossible[] = {
    DD_REPORT_STATUS_DRAFT, DD_REPORT_STATUS_AWAITING_DECISION, DD_REPORT_STATUS_PUBLISHED,
    DD_REPORT_STATUS_AGREED, DD_REPORT_STATUS_NOT_AGREED,
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (impossible); i++)
    {
      g_assert_false (dd_report_store_move_to (fixture->store, report, impossible[i], NULL, &error));
      g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW);
      g_clear_error (&error);
      g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_DRAFT);
    }

  /* Withdrawing needs a reason. */
  g_assert_false (dd_report_store_move_to (fixture->store, report, DD_REPORT_STATUS_WITHDRAWN, " ", &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
  g_clear_error (&error);

  /* Back to draft, before any approval. */
  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_APPROVAL);
  move_to (fixture, report, DD_REPORT_STATUS_DRAFT);
  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_APPROVAL);
  sign (fixture, report, DD_SIGNATORY_CHIEF_EXECUTIVE, "Sam Taylor", "2023-02-20");
  g_assert_false (dd_report_store_move_to (fixture->store, report, DD_REPORT_STATUS_DRAFT, NULL, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW);
  g_clear_error (&error);

  /* Signing twice is refused. */
  {
    DdSignature again = { "Someone Else", NULL, "2023-02-21", DD_DECISION_NONE, NULL };

    g_assert_false (dd_report_store_sign (fixture->store, report, DD_SIGNATORY_CHIEF_EXECUTIVE, &again, &error));
    g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW);
    g_clear_error (&error);
    g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME), ==, "Sam Taylor");
  }

  /* Bad signatures. */
  {
    DdSignature nameless = { "", NULL, "2023-02-21", DD_DECISION_NONE, NULL };
    DdSignature undated = { "Ceri Jones", NULL, "21 Feb", DD_DECISION_NONE, NULL };

    g_assert_false (dd_report_store_sign (fixture->store, report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER,
                                          &nameless, &error));
    g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
    g_clear_error (&error);
    g_assert_false (dd_report_store_sign (fixture->store, report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER,
                                          &undated, &error));
    g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* Withdrawn from awaiting approval is allowed; after a decision not. */
  move_to (fixture, report, DD_REPORT_STATUS_WITHDRAWN);
  g_assert_true (dd_report_get_locked (report));
  {
    g_autoptr(DdReport) decided = create_complete (fixture, "2023-02-24", "Decided report");

    approve (fixture, decided);
    sign (fixture, decided, DD_SIGNATORY_DECISION_MAKER, "P. Commissioner", "2023-02-25");
    g_assert_false (dd_report_store_move_to (fixture->store, decided, DD_REPORT_STATUS_WITHDRAWN,
                                             "Too late", &error));
    g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW);
  }
}

static void
test_locked_after_signature (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DdReport) report = create_complete (fixture, "2023-02-23", "Access to HMPPS Data");
  g_autoptr(DdAuditEntry) withdrawal = NULL;
  g_autoptr(GError) error = NULL;

  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_APPROVAL);
  g_assert_false (dd_report_get_locked (report));
  sign (fixture, report, DD_SIGNATORY_CHIEF_EXECUTIVE, "Sam Taylor", "2023-02-20");
  g_assert_true (dd_report_get_locked (report));
  g_assert_false (dd_report_is_field_editable (report, DD_REPORT_FIELD_TITLE));
  g_assert_true (dd_report_is_field_editable (report, DD_REPORT_FIELD_PUBLICATION_REASONS));

  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Access to all HMPPS Data");
  g_assert_false (dd_report_store_save (fixture->store, report, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "Title of report"));
  g_assert_nonnull (strstr (error->message, "withdraw"));
  g_clear_error (&error);

  dd_report_section_set_text (dd_report_get_section (report, 1), "A different summary.");
  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data");
  g_assert_false (dd_report_store_save (fixture->store, report, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "Executive Summary"));
  g_clear_error (&error);
  g_assert_true (dd_report_store_revert (fixture->store, report, &error));
  g_assert_cmpstr (dd_report_section_get_text (dd_report_get_section (report, 1)), ==,
                   "This report seeks approval to access HMPPS performance data.");

  /* Withdrawing the signature needs a reason, is audited, and unlocks. */
  g_assert_false (dd_report_store_withdraw_signature (fixture->store, report, DD_SIGNATORY_CHIEF_EXECUTIVE,
                                                      "", &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING);
  g_clear_error (&error);
  g_assert_true (dd_report_store_withdraw_signature (fixture->store, report, DD_SIGNATORY_CHIEF_EXECUTIVE,
                                                     "The title must name the Segmentation Tool", &error));
  g_assert_no_error (error);
  g_assert_false (dd_report_get_locked (report));

  withdrawal = find_entry (fixture, report, "withdraw-signature", "chief_executive");
  g_assert_nonnull (withdrawal);
  g_assert_cmpstr (dd_audit_entry_get_old_value (withdrawal), ==, "Sam Taylor, 2023-02-20");
  g_assert_cmpstr (dd_audit_entry_get_reason (withdrawal), ==, "The title must name the Segmentation Tool");

  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data and the Segmentation Tool");
  save (fixture, report);
}

static void
test_withdraw_approval_after_sending (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(DdReport) report = create_complete (fixture, "2023-02-23", "Access to HMPPS Data");
  g_autoptr(GError) error = NULL;

  approve (fixture, report);
  g_assert_true (dd_report_store_withdraw_signature (fixture->store, report,
                                                     DD_SIGNATORY_CHIEF_FINANCE_OFFICER,
                                                     "The costs changed", &error));
  g_assert_no_error (error);
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AWAITING_APPROVAL);
  /* Still signed by the Chief Executive: still locked. */
  g_assert_true (dd_report_get_locked (report));

  sign (fixture, report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER, "Ceri Jones", "2023-02-22");
  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_DECISION);
  sign (fixture, report, DD_SIGNATORY_DECISION_MAKER, "P. Commissioner", "2023-02-23");

  /* An approval cannot be withdrawn after the decision; the decision can. */
  g_assert_false (dd_report_store_withdraw_signature (fixture->store, report,
                                                      DD_SIGNATORY_CHIEF_EXECUTIVE, "Late", &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW);
  g_clear_error (&error);
  g_assert_true (dd_report_store_withdraw_signature (fixture->store, report,
                                                     DD_SIGNATORY_DECISION_MAKER,
                                                     "Signed on the wrong date", &error));
  g_assert_no_error (error);
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AWAITING_DECISION);
  g_assert_cmpint (dd_report_get_decision (report), ==, DD_DECISION_NONE);
}

static void
test_redaction_marks_after_decision (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(DdReport) report = create_complete (fixture, "2023-02-23", "Access to HMPPS Data");
  DdReportSection *background = dd_report_get_section (report, 3);
  g_autoptr(DdAuditEntry) redaction = NULL;
  g_autofree char *marked = NULL;
  g_autoptr(GError) error = NULL;

  approve (fixture, report);
  sign (fixture, report, DD_SIGNATORY_DECISION_MAKER, "P. Commissioner", "2023-02-23");

  /* Marking a passage does not change the words: allowed. */
  marked = dd_report_text_mark_redacted (dd_report_section_get_text (background), "Segmentation Tool", NULL);
  dd_report_section_set_text (background, marked);
  dd_report_set_redact_decision_sheet (report, TRUE);
  dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DETAILS, "The Segmentation Tool's name");
  save (fixture, report);

  redaction = find_entry (fixture, report, "redact", "section 3");
  g_assert_nonnull (redaction);

  /* Changing the words is not. */
  dd_report_section_set_text (background, "Something else entirely.");
  g_assert_false (dd_report_store_save (fixture->store, report, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_true (dd_report_store_revert (fixture->store, report, NULL));
  g_assert_cmpstr (dd_report_section_get_text (background), ==, marked);

  /* Once the redaction is signed off, the marks are fixed too. */
  dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DATE, "2023-03-01");
  sign (fixture, report, DD_SIGNATORY_REDACTION, "Robin Hughes", "2023-03-01");
  {
    g_autofree char *more = dd_report_text_mark_redacted (marked, "Performance Hub", NULL);

    dd_report_section_set_text (background, more);
  }
  g_assert_false (dd_report_store_save (fixture->store, report, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_LOCKED);
}

static void
test_delete_only_drafts (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(DdReport) draft = create_complete (fixture, "2023-02-23", "A draft to delete");
  g_autoptr(DdReport) submitted = create_complete (fixture, "2023-02-24", "Submitted");
  g_autoptr(DdReport) back = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = dd_report_get_id (draft);

  move_to (fixture, submitted, DD_REPORT_STATUS_AWAITING_APPROVAL);
  g_assert_false (dd_report_store_delete (fixture->store, submitted, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW);
  g_clear_error (&error);

  g_assert_true (dd_report_store_delete (fixture->store, draft, &error));
  g_assert_no_error (error);
  g_assert_null (dd_report_store_find_by_reference (fixture->store, "001-23", &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo puts it back whole. */
  g_assert_true (dd_report_store_undelete (fixture->store, draft, &error));
  g_assert_no_error (error);
  back = dd_report_store_get (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (back == draft);
  g_clear_object (&back);

  fixture_reopen (fixture);
  back = dd_report_store_find_by_reference (fixture->store, "001-23", &error);
  g_assert_no_error (error);
  g_assert_true (dd_report_store_load_content (fixture->store, back, NULL));
  g_assert_cmpstr (dd_report_get_title (back), ==, "A draft to delete");
  g_assert_cmpuint (g_strv_length ((char **) dd_report_get_recommendations (back)), ==, 2);
}

static GArray *
search (Fixture    *fixture,
        const char *words)
{
  DdReportFilter filter = { .search = words, .status = -1, .rank_search = TRUE };
  g_autoptr(GError) error = NULL;
  GArray *ids = dd_report_store_query (fixture->store, &filter, &error);

  g_assert_no_error (error);

  return ids;
}

static void
test_search_ranking (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(DdReport) body_only = create_complete (fixture, "2023-01-10", "Estates strategy");
  g_autoptr(DdReport) in_title = create_complete (fixture, "2023-02-23", "Access to HMPPS Data");
  g_autoptr(DdReport) unrelated = create_complete (fixture, "2023-03-01", "Fleet replacement");
  g_autoptr(GArray) hits = NULL;
  g_autoptr(GArray) prefix = NULL;
  g_autoptr(GArray) reference = NULL;
  g_autoptr(GArray) person = NULL;
  g_autoptr(GArray) nothing = NULL;
  g_autoptr(GArray) quotes = NULL;

  dd_report_section_set_text (dd_report_get_section (unrelated, 1), "Vehicles.");
  dd_report_section_set_text (dd_report_get_section (unrelated, 3), "Vehicles.");
  save (fixture, unrelated);
  dd_report_section_set_text (dd_report_get_section (body_only, 1), "Buildings.");
  dd_report_section_set_text (dd_report_get_section (body_only, 3), "Buildings.");
  dd_report_section_set_text (dd_report_get_section (body_only, 9), "Shared with HMPPS colleagues.");
  save (fixture, body_only);

  hits = search (fixture, "hmpps");
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpint (g_array_index (hits, gint64, 0), ==, dd_report_get_id (in_title));
  g_assert_cmpint (g_array_index (hits, gint64, 1), ==, dd_report_get_id (body_only));

  /* Words are prefixes, all required. */
  prefix = search (fixture, "HMPP acc");
  g_assert_cmpuint (prefix->len, ==, 1);
  g_assert_cmpint (g_array_index (prefix, gint64, 0), ==, dd_report_get_id (in_title));

  reference = search (fixture, "002-23");
  g_assert_cmpuint (reference->len, ==, 1);
  g_assert_cmpint (g_array_index (reference, gint64, 0), ==, dd_report_get_id (in_title));

  person = search (fixture, "Alex Morgan");
  g_assert_cmpuint (person->len, ==, 3);

  nothing = search (fixture, "submarine");
  g_assert_cmpuint (nothing->len, ==, 0);

  /* What the user types never breaks the query. */
  quotes = search (fixture, "\"HMPPS OR * NEAR(");
  g_assert_cmpuint (quotes->len, ==, 0);
}

/* A word in more reports than are worth ranking lists them newest first,
 * from the index alone or, with a filter, through the register. */
static void
test_search_common_word (Fixture       *fixture,
                         gconstpointer  data)
{
  const guint n_reports = 1005;
  g_autoptr(GArray) created = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) withdrawn = NULL;
  g_autoptr(GError) error = NULL;
  DdReportFilter filter = { .search = "23", .status = DD_REPORT_STATUS_WITHDRAWN, .rank_search = TRUE };

  for (guint i = 0; i < n_reports; i++)
    {
      g_autoptr(DdReport) report = create (fixture, i % 2 == 0 ? "2023-05-01" : "2023-04-01");
      gint64 id = dd_report_get_id (report);

      g_array_append_val (created, id);
      if (i == 10 || i == 700)
        g_assert_true (dd_report_store_move_to (fixture->store, report, DD_REPORT_STATUS_WITHDRAWN,
                                                "Not needed", &error));
      g_assert_no_error (error);
    }

  /* Every reference ends in -23. */
  all = search (fixture, "23");
  g_assert_cmpuint (all->len, ==, n_reports);
  for (guint i = 0; i < n_reports; i++)
    g_assert_cmpint (g_array_index (all, gint64, i), ==, g_array_index (created, gint64, n_reports - 1 - i));

  withdrawn = dd_report_store_query (fixture->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (withdrawn->len, ==, 2);
  g_assert_cmpint (g_array_index (withdrawn, gint64, 0), ==, g_array_index (created, gint64, 700));
  g_assert_cmpint (g_array_index (withdrawn, gint64, 1), ==, g_array_index (created, gint64, 10));
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  guint change[3] = { position, removed, added };

  g_array_append_vals (log, change, 3);
}

static void
assert_change (GArray *log,
               guint   position,
               guint   removed,
               guint   added)
{
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpuint (g_array_index (log, guint, 0), ==, position);
  g_assert_cmpuint (g_array_index (log, guint, 1), ==, removed);
  g_assert_cmpuint (g_array_index (log, guint, 2), ==, added);
  g_array_set_size (log, 0);
}

static void
test_list_items_changed (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(DdReport) a = create_complete (fixture, "2023-01-01", "January");
  g_autoptr(DdReport) b = create_complete (fixture, "2023-03-01", "March");
  g_autoptr(DdReport) c = create_complete (fixture, "2024-05-01", "May");
  g_autoptr(DdReportList) list = dd_report_list_new (fixture->store);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(DdReport) d = NULL;
  g_autoptr(GArray) years = NULL;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), log);

  /* Newest first. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpint (dd_report_list_get_id (list, 0), ==, dd_report_get_id (c));
  g_assert_cmpint (dd_report_list_get_id (list, 2), ==, dd_report_get_id (a));

  /* A new report between two others: one row added there. */
  d = create (fixture, "2023-06-01");
  assert_change (log, 1, 0, 1);

  /* An edit that does not move the report: no change to the list. */
  dd_report_set_field (d, DD_REPORT_FIELD_TITLE, "June");
  save (fixture, d);
  g_assert_cmpuint (log->len, ==, 0);

  /* Re-dated to the oldest: it moves from row 1 to the end. */
  dd_report_set_field (d, DD_REPORT_FIELD_DATE, "2022-12-01");
  save (fixture, d);
  assert_change (log, 1, 3, 3);
  g_assert_cmpint (dd_report_list_get_id (list, 3), ==, dd_report_get_id (d));

  /* Filters. */
  dd_report_list_set_year (list, 2023);
  assert_change (log, 0, 4, 2);
  move_to (fixture, a, DD_REPORT_STATUS_AWAITING_APPROVAL);
  g_assert_cmpuint (log->len, ==, 0);
  dd_report_list_set_status (list, DD_REPORT_STATUS_AWAITING_APPROVAL);
  assert_change (log, 0, 1, 0);
  g_assert_cmpint (dd_report_list_get_id (list, 0), ==, dd_report_get_id (a));

  dd_report_list_set_status (list, -1);
  dd_report_list_set_year (list, 0);
  g_array_set_size (log, 0);
  dd_report_list_set_search (list, "March");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpint (dd_report_list_get_id (list, 0), ==, dd_report_get_id (b));

  dd_report_list_set_search (list, NULL);
  dd_report_list_set_sort (list, DD_REPORT_SORT_TITLE, FALSE);
  {
    g_autoptr(DdReport) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_cmpstr (dd_report_get_title (first), ==, "January");
  }

  years = dd_report_store_list_years (fixture->store, NULL);
  g_assert_cmpuint (years->len, ==, 3);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2024);
  g_assert_cmpint (g_array_index (years, int, 2), ==, 2022);
}

static void
test_appendices (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(DdReport) report = create_complete (fixture, "2023-02-23", "Access to HMPPS Data");
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.4 not really", 19);
  g_autoptr(GBytes) back = NULL;
  g_autoptr(DdReportAppendix) appendix = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dd_report_store_attach_file (fixture->store, report, "Appendix A: MoU", "mou.pdf",
                                              "application/pdf", pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dd_report_get_appendices (report)), ==, 1);

  appendix = g_list_model_get_item (dd_report_get_appendices (report), 0);
  g_assert_cmpstr (dd_report_appendix_get_title (appendix), ==, "Appendix A: MoU");
  g_assert_cmpstr (dd_report_appendix_get_file_name (appendix), ==, "mou.pdf");
  g_assert_cmpint (dd_report_appendix_get_size (appendix), ==, 19);

  back = dd_report_store_dup_appendix_data (fixture->store, appendix, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (back, pdf));

  /* Signed content: no new appendices after approval. */
  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_APPROVAL);
  sign (fixture, report, DD_SIGNATORY_CHIEF_EXECUTIVE, "Sam Taylor", "2023-02-20");
  g_assert_false (dd_report_store_attach_file (fixture->store, report, "Appendix B", "b.pdf",
                                               "application/pdf", pdf, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (dd_report_store_remove_appendix (fixture->store, report, appendix, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_LOCKED);
}

static void
test_next_step (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DdReport) report = create_complete (fixture, "2023-02-23", "Access to HMPPS Data");
  g_autofree char *draft = dd_report_dup_next_step (report);
  g_autofree char *half = NULL;

  g_assert_nonnull (strstr (draft, "submit it for approval"));

  move_to (fixture, report, DD_REPORT_STATUS_AWAITING_APPROVAL);
  sign (fixture, report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER, "Ceri Jones", "2023-02-21");
  half = dd_report_dup_next_step (report);
  g_assert_nonnull (strstr (half, "awaiting the approval of the Chief Executive"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/reports/numbering/calendar-year", test_numbering_by_calendar_year);
  ADD ("/reports/numbering/financial-year", test_numbering_by_financial_year);
  ADD ("/reports/numbering/never-reused", test_numbers_never_reused);
  ADD ("/reports/numbering/imported-reference", test_imported_reference_counts);
  ADD ("/reports/round-trip", test_round_trip);
  ADD ("/reports/one-object-per-report", test_one_object_per_report);
  ADD ("/reports/invalid-values-refused", test_invalid_values_refused);
  ADD ("/reports/every-change-audited", test_every_change_audited);
  ADD ("/reports/workflow/submit-needs-content", test_submit_needs_content);
  ADD ("/reports/workflow/full", test_full_workflow);
  ADD ("/reports/workflow/refused", test_transitions_refused);
  ADD ("/reports/workflow/locked-after-signature", test_locked_after_signature);
  ADD ("/reports/workflow/withdraw-approval", test_withdraw_approval_after_sending);
  ADD ("/reports/workflow/redaction-after-decision", test_redaction_marks_after_decision);
  ADD ("/reports/workflow/next-step", test_next_step);
  ADD ("/reports/delete-only-drafts", test_delete_only_drafts);
  ADD ("/reports/search-ranking", test_search_ranking);
  ADD ("/reports/document-language", test_document_language);
  ADD ("/reports/search-common-word", test_search_common_word);
  ADD ("/reports/list-items-changed", test_list_items_changed);
  ADD ("/reports/appendices", test_appendices);

#undef ADD

  return g_test_run ();
}
