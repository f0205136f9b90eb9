/* test-report-import.c: importing past reports from Word and text files
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dd-core.h"
#include "import/dd-import-error.h"
#include "import/dd-report-importer.h"
#include "dd-test-util.h"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "reports", name, NULL);
}

static DdReport *
import (const char *name)
{
  g_autoptr(DdReportImporter) importer = dd_report_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture (name);
  DdReport *report = dd_report_importer_import_file (importer, path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  /* Everything in the fixtures is placed somewhere it belongs. */
  g_assert_cmpuint (g_strv_length ((char **) dd_report_importer_get_unplaced (importer)), ==, 0);

  return report;
}

static const char *
section_text (DdReport *report,
              guint     number)
{
  return dd_report_section_get_text (dd_report_get_section (report, number));
}

static void
check_039_23 (DdReport *report)
{
  const char * const *recommendations = dd_report_get_recommendations (report);

  g_assert_cmpstr (dd_report_get_reference (report), ==, "039-23");
  g_assert_cmpstr (dd_report_get_title (report), ==, "Access to HMPPS Data");
  g_assert_cmpstr (dd_report_get_classification (report), ==, "Not protectively marked");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_AREA), ==,
                   "Force-wide; Probation Delivery Units in the county; Community Safety Partnerships");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_REPORT_BY_NAME), ==, "Alex Morgan");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_REPORT_BY_ROLE), ==,
                   "Head of Performance and Scrutiny");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_OFFICER), ==,
                   "Chief Executive and Monitoring Officer");
  g_assert_cmpstr (dd_report_get_date (report), ==, "2023-02-23");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_ENQUIRIES_TO), ==,
                   "performance@pfcc.example.gov.uk");

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      g_assert_cmpstr (dd_report_section_get_heading (dd_report_get_section (report, n)), ==,
                       dd_report_section_get_default_heading (n));
      g_assert_cmpuint (strlen (section_text (report, n)), >, 3);
    }

  g_assert_true (g_str_has_prefix (section_text (report, 1), "1.1 His Majesty's Prison and Probation Service"));
  g_assert_nonnull (strstr (section_text (report, 3), "\n- unpaid work;\n"));
  g_assert_nonnull (strstr (section_text (report, 3), "including:\n- population and sentence management;"));
  g_assert_nonnull (strstr (section_text (report, 5), "local scrutiny.\n\nOption 2"));
  g_assert_cmpstr (section_text (report, 8), ==, "None.");

  g_assert_cmpuint (g_strv_length ((char **) recommendations), ==, 3);
  g_assert_cmpstr (recommendations[0], ==,
                   "The Commissioner approves the Memorandum of Understanding with the Ministry of Justice "
                   "set out at Appendix A.");

  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME), ==, "Sam Taylor");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE), ==, "2023-02-20");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME), ==, "Ceri Jones");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE), ==, "2023-02-21");

  g_assert_cmpint (dd_report_get_publication (report), ==, DD_PUBLICATION_YES);
  g_assert_false (dd_report_get_redact_decision_sheet (report));
  g_assert_true (dd_report_get_redact_appendix (report));
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_REDACTION_DETAILS), ==,
                   "Names and contact details of the Designated Users in Appendix A.");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_REDACTION_DATE), ==, "2023-03-01");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_NAME), ==, "Robin Hughes");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_ROLE), ==,
                   "Information Governance Officer");

  g_assert_cmpint (dd_report_get_decision (report), ==, DD_DECISION_AGREED);
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_NAME), ==, "Pat Williams");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_ROLE), ==,
                   "Police, Fire and Crime Commissioner");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_DATE), ==, "2023-02-23");

  /* Its signatures say it was decided. */
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AGREED);
}

static void
test_text (void)
{
  g_autoptr(DdReport) report = import ("039-23-access-to-hmpps-data.txt");

  check_039_23 (report);
}

static void
test_text_with_crlf_and_bom (void)
{
  g_autoptr(DdReport) report = import ("039-23-crlf.txt");

  check_039_23 (report);
}

static void
test_docx (void)
{
  g_autoptr(DdReport) report = import ("039-23-access-to-hmpps-data.docx");

  check_039_23 (report);
}

static void
test_text_and_docx_agree (void)
{
  g_autoptr(DdReport) text = import ("039-23-access-to-hmpps-data.txt");
  g_autoptr(DdReport) word = import ("039-23-access-to-hmpps-data.docx");

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    g_assert_cmpstr (dd_report_get_field (text, i), ==, dd_report_get_field (word, i));
  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    g_assert_cmpstr (section_text (text, n), ==, section_text (word, n));
  g_assert_true (g_strv_equal (dd_report_get_recommendations (text), dd_report_get_recommendations (word)));
}

static void
check_label_variants (DdReport *report)
{
  g_assert_cmpstr (dd_report_get_reference (report), ==, "PFCC/012/2024");
  g_assert_cmpstr (dd_report_get_title (report), ==, "Funding for a Youth Diversion Scheme");
  g_assert_cmpstr (dd_report_get_classification (report), ==, "OFFICIAL-SENSITIVE");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_AREA), ==, "All districts; Youth Justice Service");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_REPORT_BY_NAME), ==, "Dr Priya Shah");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_OFFICER), ==, "Chief Executive");
  g_assert_cmpstr (dd_report_get_date (report), ==, "2024-04-04");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_ENQUIRIES_TO), ==,
                   "commissioning@opcc.example.gov.uk");

  /* The office's own headings are kept, except when shouted. */
  g_assert_cmpstr (dd_report_section_get_heading (dd_report_get_section (report, 1)), ==, "Executive summary");
  g_assert_cmpstr (dd_report_section_get_heading (dd_report_get_section (report, 2)), ==, "Recommendations");
  g_assert_cmpstr (dd_report_section_get_heading (dd_report_get_section (report, 13)), ==, "Risk and Mitigation");
  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    g_assert_cmpuint (strlen (section_text (report, n)), >, 3);

  g_assert_cmpuint (g_strv_length ((char **) dd_report_get_recommendations (report)), ==, 2);
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME), ==, "Jordan Okafor");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME), ==, "Morgan Evans");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE), ==, "2024-04-05");
  g_assert_cmpint (dd_report_get_publication (report), ==, DD_PUBLICATION_NO);
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_PUBLICATION_REASONS), ==,
                   "contains OFFICIAL-SENSITIVE information about named young people");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_NAME), ==, "Dana Clarke");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_ROLE), ==, "Police and Crime Commissioner");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_DATE), ==, "2024-04-10");
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AGREED);
}

static void
test_label_variants (void)
{
  g_autoptr(DdReport) text = import ("label-variants.txt");
  g_autoptr(DdReport) word = import ("label-variants.docx");

  check_label_variants (text);
  check_label_variants (word);
}

static void
test_status_from_signatures (void)
{
  const char *lines[] = {
    "Report reference number: 101-24",
    "Title of report: Approved but not decided",
    "1. Executive Summary",
    "A summary.",
    "2. Recommendations",
    "- Approve it.",
    "Report Approval",
    "Chief Executive / M.O. Sign: A. Person",
    "Date: 1 May 2024",
    "Chief Financial Officer Sign: B. Person",
    "Print: Bee Person",
    "Date: 2 May 2024",
    "Decision and Final Sign Off",
    "I agree the recommendations to this report:",
    "Sign:",
    "Print:",
    "Date signed:",
    "I do not agree the recommendations to this report because:",
    "Sign:",
    "Print:",
    "Date signed:",
    NULL
  };
  g_autoptr(DdReportImporter) importer = dd_report_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DdReport) report = dd_report_importer_import_lines (importer, lines, FALSE, "test", &error);

  g_assert_no_error (error);
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_AWAITING_DECISION);
  /* A signature without a printed name keeps what was signed. */
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME), ==, "A. Person");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME), ==, "Bee Person");
  g_assert_cmpint (dd_report_get_decision (report), ==, DD_DECISION_NONE);
}

static void
test_not_agreed (void)
{
  const char *lines[] = {
    "Report reference number: 102-24",
    "Title of report: Refused",
    "1 Executive Summary",
    "A summary.",
    "I do not agree the recommendations to this report because:",
    "the costs are not justified,",
    "and the evidence is weak.",
    "Sign: X",
    "Print: Pat Williams",
    "Police, Fire and Crime Commissioner",
    "Date signed: 3 June 2024",
    NULL
  };
  g_autoptr(DdReportImporter) importer = dd_report_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DdReport) report = dd_report_importer_import_lines (importer, lines, FALSE, "test", &error);

  g_assert_no_error (error);
  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_NOT_AGREED);
  g_assert_cmpint (dd_report_get_decision (report), ==, DD_DECISION_NOT_AGREED);
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_REASONS), ==,
                   "the costs are not justified, and the evidence is weak.");
  g_assert_cmpstr (dd_report_get_field (report, DD_REPORT_FIELD_DECISION_DATE), ==, "2024-06-03");
}

static void
test_unplaced_text_is_kept (void)
{
  const char *lines[] = {
    "A note from the printer",
    "Report reference number: 103-24",
    "Title of report: Odd layout",
    "1. Executive Summary",
    "Summary.",
    "16. Background Papers and Appendices",
    "None.",
    "Report Approval",
    "A handwritten note in the margin",
    NULL
  };
  g_autoptr(DdReportImporter) importer = dd_report_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DdReport) report = dd_report_importer_import_lines (importer, lines, FALSE, "test", &error);
  const char * const *unplaced;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (section_text (report, 1), "A note from the printer"));
  g_assert_nonnull (strstr (section_text (report, 16), "A handwritten note in the margin"));

  unplaced = dd_report_importer_get_unplaced (importer);
  g_assert_cmpuint (g_strv_length ((char **) unplaced), ==, 2);
  g_assert_nonnull (strstr (unplaced[0], "section 1"));
  g_assert_nonnull (strstr (unplaced[1], "section 16"));
}

static void
check_refused (const char    *name,
               const char    *contents,
               gssize         length,
               GQuark         domain,
               int            code)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  g_autoptr(DdReportImporter) importer = dd_report_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DdReport) report = NULL;

  if (contents != NULL)
    {
      path = g_build_filename (dir, name, NULL);
      dd_test_write_file (path, contents, length);
    }
  else
    path = fixture (name);

  report = dd_report_importer_import_file (importer, path, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, domain, code);
  g_assert_nonnull (strstr (error->message, name));
}

static void
test_refusals (void)
{
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";

  check_refused ("empty.txt", "", 0, DD_IMPORT_ERROR, DD_IMPORT_ERROR_EMPTY);
  check_refused ("blank.txt", "\n   \n\t\n", -1, DD_IMPORT_ERROR, DD_IMPORT_ERROR_EMPTY);
  check_refused ("picture.png", binary, sizeof binary - 1, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED);
  check_refused ("old.doc", "\320\317\021\340\241\261\032\341 an old Word file", -1,
                 DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED);
  check_refused ("shopping.txt", "Milk\nBread\nA long walk on a sunny day.\n", -1,
                 DD_IMPORT_ERROR, DD_IMPORT_ERROR_NOT_A_REPORT);
  check_refused ("no-reference.txt",
                 "Title of report: Something\nDate of report: 1 May 2024\n1. Executive Summary\nText.\n", -1,
                 DD_IMPORT_ERROR, DD_IMPORT_ERROR_NOT_A_REPORT);
  check_refused ("not-a-docx.docx", NULL, 0, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED);
  check_refused ("truncated.docx", NULL, 0, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT);
  check_refused ("zip-bomb.docx", NULL, 0, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE);
  check_refused ("missing.docx", NULL, 0, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ);
}

static void
test_windows_1252_text (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "old-export.txt", NULL);
  g_autoptr(DdReportImporter) importer = dd_report_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DdReport) report = NULL;

  /* "Commissioner’s" with a Windows-1252 apostrophe, "£5,000". */
  dd_test_write_file (path,
                      "Report reference number: 104-24\n"
                      "Title of report: The Commissioner\x92s grant of \xa3" "5,000\n"
                      "1. Executive Summary\nText.\n", -1);
  report = dd_report_importer_import_file (importer, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dd_report_get_title (report), ==, "The Commissioner’s grant of £5,000");
}

static void
test_nothing_stored_on_failure (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *database = g_build_filename (dir, "office.db", NULL);
  g_autoptr(DdContext) context = dd_context_new (database, DD_DATABASE_FLAGS_NONE, NULL);
  DdReportStore *store = dd_context_get_report_store (context);
  g_autoptr(DdReport) first = import ("039-23-access-to-hmpps-data.txt");
  g_autoptr(DdReport) again = import ("039-23-access-to-hmpps-data.docx");
  g_autoptr(GError) error = NULL;

  g_assert_true (dd_report_store_add (store, first, FALSE, &error));
  g_assert_no_error (error);

  /* The same reference twice: refused, nothing changed. */
  dd_report_set_field (again, DD_REPORT_FIELD_TITLE, "A second copy");
  g_assert_false (dd_report_store_add (store, again, FALSE, &error));
  g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_DUPLICATE);
  g_assert_cmpuint (dd_report_store_count (store, NULL), ==, 1);
  g_assert_cmpstr (dd_report_get_title (first), ==, "Access to HMPPS Data");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/text", test_text);
  g_test_add_func ("/import/text-crlf-bom", test_text_with_crlf_and_bom);
  g_test_add_func ("/import/docx", test_docx);
  g_test_add_func ("/import/text-and-docx-agree", test_text_and_docx_agree);
  g_test_add_func ("/import/label-variants", test_label_variants);
  g_test_add_func ("/import/status-from-signatures", test_status_from_signatures);
  g_test_add_func ("/import/not-agreed", test_not_agreed);
  g_test_add_func ("/import/unplaced-text-is-kept", test_unplaced_text_is_kept);
  g_test_add_func ("/import/refusals", test_refusals);
  g_test_add_func ("/import/windows-1252", test_windows_1252_text);
  g_test_add_func ("/import/nothing-stored-on-failure", test_nothing_stored_on_failure);

  return g_test_run ();
}
