/* test-report-model.c: reference patterns, the section markup and dates
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dd-core.h"
#include "dd-report-private.h"

static void
check_format (const char *pattern_text,
              guint       sequence,
              const char *iso,
              const char *expected_reference,
              const char *expected_period)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdReferencePattern) pattern = dd_reference_pattern_new (pattern_text, &error);
  g_autofree char *reference = NULL;
  g_autofree char *period = NULL;
  g_autofree char *matched_period = NULL;
  guint matched_sequence = 0;
  GDate date;

  g_assert_no_error (error);
  g_assert_true (dd_date_from_iso (iso, &date));

  reference = dd_reference_pattern_format (pattern, sequence, &date);
  period = dd_reference_pattern_dup_period (pattern, &date);
  g_assert_cmpstr (reference, ==, expected_reference);
  g_assert_cmpstr (period, ==, expected_period);

  /* And it reads back. */
  g_assert_true (dd_reference_pattern_match (pattern, reference, &matched_sequence, &matched_period));
  g_assert_cmpuint (matched_sequence, ==, sequence);
  g_assert_cmpstr (matched_period, ==, expected_period);
}

static void
test_reference_formats (void)
{
  check_format ("{seq:000}-{yy}", 39, "2023-02-23", "039-23", "2023");
  check_format ("{seq:000}-{yy}", 1234, "2023-12-31", "1234-23", "2023");
  check_format ("PFCC/{seq}/{yy}", 7, "2024-01-05", "PFCC/7/24", "2024");
  check_format ("PCC-{yyyy}-{seq:0000}", 12, "2025-06-30", "PCC-2025-0012", "2025");
  check_format ("{seq:000}/{fy}", 5, "2024-03-31", "005/2023/24", "2023/24");
  check_format ("{seq:000}/{fy}", 5, "2024-04-01", "005/2024/25", "2024/25");
  check_format ("{seq:000}/{fy}", 1, "1999-04-01", "001/1999/00", "1999/00");
  check_format ("DEC {seq}", 250, "2030-07-07", "DEC 250", "");
}

static void
test_reference_default (void)
{
  g_autoptr(DdReferencePattern) pattern = dd_reference_pattern_new (DD_REFERENCE_PATTERN_DEFAULT, NULL);

  g_assert_cmpstr (dd_reference_pattern_get_pattern (pattern), ==, "{seq:000}-{yy}");
}

static void
test_reference_invalid (void)
{
  const char *invalid[] = { "{seq}-{seq}", "{seq}-{month}", "{seq", "report-{yy}", "{seq:00x}", "" };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DdReferencePattern) pattern = dd_reference_pattern_new (invalid[i], &error);

      g_assert_null (pattern);
      g_assert_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, invalid[i]));
    }
}

static void
test_reference_match (void)
{
  g_autoptr(DdReferencePattern) pattern = dd_reference_pattern_new ("{seq:000}/{fy}", NULL);
  g_autoptr(DdReferencePattern) plain = dd_reference_pattern_new ("{seq:000}-{yy}", NULL);
  g_autofree char *period = NULL;
  guint sequence;

  g_assert_false (dd_reference_pattern_match (pattern, "039-23", NULL, NULL));
  g_assert_false (dd_reference_pattern_match (pattern, "001/2023/25", NULL, NULL));
  g_assert_false (dd_reference_pattern_match (plain, "Access to HMPPS Data", NULL, NULL));
  g_assert_false (dd_reference_pattern_match (plain, "000-23", NULL, NULL));
  g_assert_true (dd_reference_pattern_match (plain, "39-23", &sequence, &period));
  g_assert_cmpuint (sequence, ==, 39);
  g_assert_cmpstr (period, ==, "2023");
}

static GPtrArray *
parse (const char *markup)
{
  return dd_report_text_parse (markup);
}

static void
assert_block (GPtrArray       *blocks,
              guint            index,
              DdTextBlockKind  kind,
              const char      *expected)
{
  DdTextBlock *block = g_ptr_array_index (blocks, index);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_cmpint (block->kind, ==, kind);
  for (guint i = 0; i < block->runs->len; i++)
    {
      DdTextRun *run = g_ptr_array_index (block->runs, i);

      g_string_append_printf (text, run->redacted ? "[%s]" : "%s", run->text);
    }
  g_assert_cmpstr (text->str, ==, expected);
}

static void
test_text_paragraphs_and_bullets (void)
{
  g_autoptr(GPtrArray) blocks =
    parse ("The MoU sets out how data\nis shared.\n\n"
           "- Performance Hub\n"
           "- Segmentation Tool\n"
           "\r\n\n"
           "Accuracy is not guaranteed.");

  g_assert_cmpuint (blocks->len, ==, 4);
  assert_block (blocks, 0, DD_TEXT_BLOCK_PARAGRAPH, "The MoU sets out how data is shared.");
  assert_block (blocks, 1, DD_TEXT_BLOCK_BULLET, "Performance Hub");
  assert_block (blocks, 2, DD_TEXT_BLOCK_BULLET, "Segmentation Tool");
  assert_block (blocks, 3, DD_TEXT_BLOCK_PARAGRAPH, "Accuracy is not guaranteed.");
}

static void
test_text_redaction_runs (void)
{
  g_autoptr(GPtrArray) blocks =
    parse ("The cost is " DD_REDACTION_OPEN "£12,000" DD_REDACTION_CLOSE " a year.\n\n"
           DD_REDACTION_OPEN "- Jane Doe, analyst\n"
           "- John Doe" DD_REDACTION_CLOSE ", analyst\n"
           "\n"
           "Spans " DD_REDACTION_OPEN "a paragraph\n\nbreak" DD_REDACTION_CLOSE " here.");

  g_assert_cmpuint (blocks->len, ==, 5);
  assert_block (blocks, 0, DD_TEXT_BLOCK_PARAGRAPH, "The cost is [£12,000] a year.");
  assert_block (blocks, 1, DD_TEXT_BLOCK_BULLET, "[Jane Doe, analyst]");
  assert_block (blocks, 2, DD_TEXT_BLOCK_BULLET, "[John Doe], analyst");
  assert_block (blocks, 3, DD_TEXT_BLOCK_PARAGRAPH, "Spans [a paragraph]");
  assert_block (blocks, 4, DD_TEXT_BLOCK_PARAGRAPH, "[break] here.");
}

static void
test_text_strip_and_same_words (void)
{
  const char *marked = "Costs " DD_REDACTION_OPEN "£1m" DD_REDACTION_CLOSE ".";
  g_autofree char *plain = dd_report_text_strip (marked);

  g_assert_cmpstr (plain, ==, "Costs £1m.");
  g_assert_true (dd_report_text_same_words (marked, "Costs £1m."));
  g_assert_false (dd_report_text_same_words (marked, "Costs £2m."));
}

static void
test_text_mark_and_unmark (void)
{
  const char *text = "Names: Jane Doe.\n- Jane Doe leads.\nNot Jane.";
  g_autofree char *marked = NULL;
  g_autofree char *again = NULL;
  g_autofree char *unmarked = NULL;
  g_autofree char *none = NULL;
  guint n;

  marked = dd_report_text_mark_redacted (text, "Jane Doe", &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (marked, ==,
                   "Names: " DD_REDACTION_OPEN "Jane Doe" DD_REDACTION_CLOSE ".\n"
                   "- " DD_REDACTION_OPEN "Jane Doe" DD_REDACTION_CLOSE " leads.\nNot Jane.");
  g_assert_true (dd_report_text_same_words (marked, text));

  again = dd_report_text_mark_redacted (marked, "Jane Doe", &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (again, ==, marked);

  unmarked = dd_report_text_unmark_redacted (marked, "Jane Doe", &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (unmarked, ==, text);

  none = dd_report_text_mark_redacted (text, "Nobody", &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (none, ==, text);
}

static void
test_text_mark_across_lines (void)
{
  const char *text = "The first line\nthe second line";
  g_autofree char *marked = dd_report_text_mark_redacted (text, "line\nthe", NULL);
  g_autoptr(GPtrArray) blocks = parse (marked);

  /* Marks close at the end of a line and open again on the next. */
  g_assert_cmpstr (marked, ==,
                   "The first " DD_REDACTION_OPEN "line" DD_REDACTION_CLOSE "\n"
                   DD_REDACTION_OPEN "the" DD_REDACTION_CLOSE " second line");
  assert_block (blocks, 0, DD_TEXT_BLOCK_PARAGRAPH, "The first [line] [the] second line");
}

static void
check_date (const char *text,
            const char *expected)
{
  GDate date;

  if (expected == NULL)
    {
      g_assert_false (dd_date_parse (text, &date));
      return;
    }

  g_assert_true (dd_date_parse (text, &date));
  {
    g_autofree char *iso = dd_date_to_iso (&date);

    g_assert_cmpstr (iso, ==, expected);
  }
}

static void
test_dates (void)
{
  check_date ("2023-02-23", "2023-02-23");
  check_date ("23 February 2023", "2023-02-23");
  check_date ("23rd Feb 2023", "2023-02-23");
  check_date ("Thursday, 23 February 2023", "2023-02-23");
  check_date ("February 23, 2023", "2023-02-23");
  check_date ("23/02/2023", "2023-02-23");
  check_date ("1/4/24", "2024-04-01");
  check_date ("23.02.2023", "2023-02-23");
  check_date (" 5 Sept 2024 ", "2024-09-05");
  check_date ("31 February 2023", NULL);
  check_date ("2023-02-30", NULL);
  check_date ("23/13/2023", NULL);
  check_date ("next Tuesday", NULL);
  check_date ("", NULL);
  check_date ("23 February", NULL);
}

static void
test_iso_dates_are_strict (void)
{
  GDate date;

  g_assert_true (dd_date_from_iso ("2024-02-29", &date));
  g_assert_false (dd_date_from_iso ("2023-02-29", &date));
  g_assert_false (dd_date_from_iso ("2023-2-3", &date));
  g_assert_false (dd_date_from_iso ("23/02/2023", &date));
  g_assert_false (dd_date_from_iso (NULL, &date));
}

static void
test_dates_format (void)
{
  g_autofree char *long_date = dd_date_format_long ("2023-02-23");
  g_autofree char *short_date = dd_date_format_short ("2023-02-03");
  g_autofree char *not_a_date = dd_date_format_short ("23/02/2023");
  g_autofree char *nothing = dd_date_format_long (NULL);

  /* The test runs in the C locale: English names, untranslated formats. */
  g_assert_cmpstr (long_date, ==, "23 February 2023");
  g_assert_cmpstr (short_date, ==, "3 Feb 2023");
  g_assert_cmpstr (not_a_date, ==, "");
  g_assert_cmpstr (nothing, ==, "");
}

static void
test_report_defaults (void)
{
  g_autoptr(DdReport) report = dd_report_new ();

  g_assert_cmpint (dd_report_get_status (report), ==, DD_REPORT_STATUS_DRAFT);
  g_assert_false (dd_report_get_locked (report));
  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    g_assert_cmpuint (dd_report_section_get_number (dd_report_get_section (report, n)), ==, n);
  g_assert_cmpstr (dd_report_section_get_heading (dd_report_get_section (report, 1)), ==, "Executive Summary");
  g_assert_cmpstr (dd_report_section_get_heading (dd_report_get_section (report, 12)), ==,
                   "Equality, Diversity and Inclusion implications");
  g_assert_cmpstr (dd_report_section_get_heading (dd_report_get_section (report, 16)), ==,
                   "Background Papers and Appendices");
  g_assert_cmpuint (g_strv_length ((char **) dd_report_get_recommendations (report)), ==, 0);
}

static void
on_changed (DdReport *report,
            guint    *count)
{
  (*count)++;
}

static void
test_report_properties_notify (void)
{
  g_autoptr(DdReport) report = dd_report_new ();
  const char *recommendations[] = { "Approve the MoU", "Nominate the Designated Users", NULL };
  guint changed = 0;
  g_autofree char *title = NULL;

  g_signal_connect (report, "changed", G_CALLBACK (on_changed), &changed);

  g_object_set (report, "title", "Access to HMPPS Data", NULL);
  g_object_get (report, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Access to HMPPS Data");
  g_assert_cmpuint (changed, ==, 1);

  /* The same value is not a change. */
  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data");
  g_assert_cmpuint (changed, ==, 1);

  dd_report_section_set_text (dd_report_get_section (report, 3), "Background.");
  g_assert_cmpuint (changed, ==, 2);

  dd_report_set_recommendations (report, recommendations);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (g_strv_equal (dd_report_get_recommendations (report), recommendations));
}

static DdReportAppendix *
make_appendix (gint64          id,
               const char     *title,
               DdAppendixKind  kind,
               gint64          agreement_id)
{
  return g_object_new (DD_TYPE_REPORT_APPENDIX,
                       "id", id,
                       "title", title,
                       "kind", (guint) kind,
                       "file-name", kind == DD_APPENDIX_KIND_FILE ? "mou.pdf" : NULL,
                       "content-type", kind == DD_APPENDIX_KIND_FILE ? "application/pdf" : NULL,
                       "size", (gint64) (kind == DD_APPENDIX_KIND_FILE ? 52431 : 0),
                       "agreement-id", agreement_id,
                       NULL);
}

/* A copy for a worker thread: every field survives, and nothing is
 * shared with the original, so editing one leaves the other alone. */
static void
test_report_copy (void)
{
  g_autoptr(DdReport) report = dd_report_new ();
  g_autoptr(DdReport) copy = NULL;
  g_autoptr(DdReportAppendix) file = make_appendix (7, "Appendix A: Memorandum of Understanding",
                                                    DD_APPENDIX_KIND_FILE, 0);
  g_autoptr(DdReportAppendix) agreement = make_appendix (8, "Appendix B: Data-sharing agreement",
                                                         DD_APPENDIX_KIND_AGREEMENT, 3);
  const char *recommendations[] = { "Approve the MoU", "Nominate the Designated Users", NULL };
  GListModel *appendices;
  guint changed = 0;

  dd_report_set_id (report, 42);
  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    {
      g_autofree char *value = g_strdup_printf ("value of %s", dd_report_field_get_name (i));

      if (dd_report_field_get_kind (i) == DD_REPORT_FIELD_KIND_SIGNATURE)
        dd_report_set_signature_field (report, i, value);
      else
        dd_report_set_field (report, i, value);
    }
  dd_report_set_status (report, DD_REPORT_STATUS_NOT_AGREED);
  dd_report_set_decision (report, DD_DECISION_NOT_AGREED);
  dd_report_set_publication (report, DD_PUBLICATION_YES);
  dd_report_set_redact_decision_sheet (report, TRUE);
  dd_report_set_redact_appendix (report, TRUE);
  dd_report_set_recommendations (report, recommendations);
  dd_report_set_content_loaded (report, TRUE);
  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading %u", n);
      g_autofree char *text = g_strdup_printf ("Text of section %u with \u27e6a redaction\u27e7.", n);

      dd_report_section_set_heading (dd_report_get_section (report, n), heading);
      dd_report_section_set_text (dd_report_get_section (report, n), text);
    }
  g_list_store_append (dd_report_get_appendix_store (report), file);
  g_list_store_append (dd_report_get_appendix_store (report), agreement);

  copy = dd_report_copy (report);
  g_assert_true (copy != report);
  g_signal_connect (report, "changed", G_CALLBACK (on_changed), &changed);

  g_assert_cmpint (dd_report_get_id (copy), ==, 42);
  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    {
      g_assert_cmpstr (dd_report_get_field (copy, i), ==, dd_report_get_field (report, i));
      g_assert_true (dd_report_get_field (copy, i) != dd_report_get_field (report, i));
    }
  g_assert_cmpint (dd_report_get_status (copy), ==, DD_REPORT_STATUS_NOT_AGREED);
  g_assert_cmpint (dd_report_get_decision (copy), ==, DD_DECISION_NOT_AGREED);
  g_assert_cmpint (dd_report_get_publication (copy), ==, DD_PUBLICATION_YES);
  g_assert_true (dd_report_get_redact_decision_sheet (copy));
  g_assert_true (dd_report_get_redact_appendix (copy));
  g_assert_true (dd_report_get_content_loaded (copy));
  g_assert_true (dd_report_get_locked (copy));
  g_assert_true (dd_report_is_signed_by (copy, DD_SIGNATORY_REDACTION));
  g_assert_true (g_strv_equal (dd_report_get_recommendations (copy), recommendations));

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      DdReportSection *original = dd_report_get_section (report, n);
      DdReportSection *copied = dd_report_get_section (copy, n);

      g_assert_true (copied != original);
      g_assert_cmpuint (dd_report_section_get_number (copied), ==, n);
      g_assert_cmpstr (dd_report_section_get_heading (copied), ==, dd_report_section_get_heading (original));
      g_assert_cmpstr (dd_report_section_get_text (copied), ==, dd_report_section_get_text (original));
    }

  appendices = dd_report_get_appendices (copy);
  g_assert_cmpuint (g_list_model_get_n_items (appendices), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(DdReportAppendix) original = g_list_model_get_item (dd_report_get_appendices (report), i);
      g_autoptr(DdReportAppendix) copied = g_list_model_get_item (appendices, i);

      g_assert_true (copied != original);
      g_assert_cmpint (dd_report_appendix_get_id (copied), ==, dd_report_appendix_get_id (original));
      g_assert_cmpstr (dd_report_appendix_get_title (copied), ==, dd_report_appendix_get_title (original));
      g_assert_cmpint (dd_report_appendix_get_kind (copied), ==,
                       i == 0 ? DD_APPENDIX_KIND_FILE : DD_APPENDIX_KIND_AGREEMENT);
      g_assert_cmpstr (dd_report_appendix_get_file_name (copied), ==, dd_report_appendix_get_file_name (original));
      g_assert_cmpstr (dd_report_appendix_get_content_type (copied), ==,
                       dd_report_appendix_get_content_type (original));
      g_assert_cmpint (dd_report_appendix_get_size (copied), ==, dd_report_appendix_get_size (original));
      g_assert_cmpint (dd_report_appendix_get_agreement_id (copied), ==,
                       dd_report_appendix_get_agreement_id (original));
    }

  /* Editing the copy is not an edit of the report, nor the other way. */
  dd_report_set_field (copy, DD_REPORT_FIELD_TITLE, "Changed in the copy");
  dd_report_section_set_text (dd_report_get_section (copy, 1), "Changed in the copy");
  g_list_store_remove_all (dd_report_get_appendix_store (copy));
  g_assert_cmpstr (dd_report_get_title (report), ==, "value of title");
  g_assert_cmpstr (dd_report_section_get_text (dd_report_get_section (report, 1)), !=, "Changed in the copy");
  g_assert_cmpuint (g_list_model_get_n_items (dd_report_get_appendices (report)), ==, 2);
  g_assert_cmpuint (changed, ==, 0);

  dd_report_set_field (report, DD_REPORT_FIELD_AREA, "Changed in the report");
  g_assert_cmpstr (dd_report_get_field (copy, DD_REPORT_FIELD_AREA), ==, "value of area");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/reference/formats", test_reference_formats);
  g_test_add_func ("/reference/default", test_reference_default);
  g_test_add_func ("/reference/invalid", test_reference_invalid);
  g_test_add_func ("/reference/match", test_reference_match);
  g_test_add_func ("/text/paragraphs-and-bullets", test_text_paragraphs_and_bullets);
  g_test_add_func ("/text/redaction-runs", test_text_redaction_runs);
  g_test_add_func ("/text/strip-and-same-words", test_text_strip_and_same_words);
  g_test_add_func ("/text/mark-and-unmark", test_text_mark_and_unmark);
  g_test_add_func ("/text/mark-across-lines", test_text_mark_across_lines);
  g_test_add_func ("/dates/parse", test_dates);
  g_test_add_func ("/dates/iso-is-strict", test_iso_dates_are_strict);
  g_test_add_func ("/dates/format", test_dates_format);
  g_test_add_func ("/report/defaults", test_report_defaults);
  g_test_add_func ("/report/properties-notify", test_report_properties_notify);
  g_test_add_func ("/report/copy", test_report_copy);

  return g_test_run ();
}
