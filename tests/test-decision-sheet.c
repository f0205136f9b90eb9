/* test-decision-sheet.c: PDF decision sheets, checked with poppler and qpdf
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every PDF is written to a temporary folder and read back with the
 * tools an office (or a journalist) would use: pdftotext, pdfinfo,
 * pdffonts, and qpdf to check the file and decompress every stream.
 * DD_TEST_KEEP=1 keeps the folder and prints where it is, to look at
 * the pages.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dd-core.h"
#include "dd-report-private.h"
#include "export/dd-decision-sheet.h"
#include "import/dd-report-importer.h"
#include "dd-test-util.h"

static char *tmp_dir;
static gboolean keep;

/* Each test writes into a folder of its own, removed after it unless
 * DD_TEST_KEEP is set. */
static void
use_tmp_dir (void)
{
  if (keep && tmp_dir != NULL)
    return;

  g_free (tmp_dir);
  if (keep)
    {
      tmp_dir = g_dir_make_tmp ("decision-sheet-XXXXXX", NULL);
      g_printerr ("# PDFs kept in %s\n", tmp_dir);
    }
  else
    tmp_dir = dd_test_make_tmp_dir ();
}

/* Runs a tool; its standard output, or a failed test. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return out;
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return run (argv);
}

static char *
pdf_page_text (const char *pdf,
               guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, pdf, "-", NULL };

  return run (argv);
}

static char *
pdf_info (const char *pdf)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", pdf, NULL };

  return run (argv);
}

/* Everything in the file, every stream decompressed. */
static char *
pdf_raw (const char *pdf,
         gsize      *length)
{
  g_autofree char *qdf = g_strconcat (pdf, ".qdf", NULL);
  const char *argv[] = { "qpdf", "--qdf", "--object-streams=disable", pdf, qdf, NULL };
  g_autofree char *out = run (argv);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (qdf, &contents, length, NULL));
  g_unlink (qdf);

  return contents;
}

/* A line of pdfinfo, such as "Title": what follows the colon. */
static char *
info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));

  return NULL;
}

static guint
pdf_n_pages (const char *pdf)
{
  g_autofree char *info = pdf_info (pdf);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);

  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static gboolean
contains_bytes (const char *haystack,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; n <= length && i <= length - n; i++)
    if (haystack[i] == needle[0] && memcmp (haystack + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

static DdReport *
import_fixture (const char *name)
{
  g_autoptr(DdReportImporter) importer = dd_report_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "reports", name, NULL);
  DdReport *report = dd_report_importer_import_file (importer, path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

static char *
write_sheet (DdReport    *report,
             DdSheetCopy  copy,
             const char  *language,
             const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdCatalog) catalog = dd_catalog_new (language, &error);
  g_autoptr(DdDocument) document = NULL;
  char *path;

  use_tmp_dir ();
  path = g_build_filename (tmp_dir, name, NULL);

  g_assert_no_error (error);
  document = dd_decision_sheet_build (report, copy, catalog, &error);
  g_assert_no_error (error);
  dd_document_write_pdf (document, path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  return path;
}

static void
assert_valid_pdf (const char *pdf)
{
  const char *check[] = { "qpdf", "--check", pdf, NULL };
  const char *fonts[] = { "pdffonts", pdf, NULL };
  g_autofree char *checked = run (check);
  g_autofree char *font_list = run (fonts);
  g_auto(GStrv) lines = g_strsplit (font_list, "\n", -1);
  g_autofree char *info = pdf_info (pdf);
  g_autofree char *size = info_value (info, "Page size");

  g_assert_nonnull (strstr (checked, "No syntax or stream encoding errors found"));
  g_assert_cmpstr (size, ==, "595.276 x 841.89 pts (A4)");

  /* Every font embedded: the "emb" column of pdffonts says yes. */
  {
    const char *emb = strstr (lines[0], " emb ");
    gsize column;

    g_assert_nonnull (emb);
    column = emb - lines[0] + 1;
    g_assert_cmpuint (g_strv_length (lines), >, 3);
    for (guint i = 2; lines[i] != NULL && *lines[i] != '\0'; i++)
      {
        g_assert_cmpuint (strlen (lines[i]), >, column + 3);
        g_assert_true (strncmp (lines[i] + column, "yes", 3) == 0);
      }
  }
}

static void
test_internal_copy (void)
{
  g_autoptr(DdReport) report = import_fixture ("039-23-access-to-hmpps-data.docx");
  g_autofree char *pdf = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", "internal.pdf");
  g_autofree char *text = pdf_text (pdf);
  g_autofree char *info = pdf_info (pdf);
  guint n_pages = pdf_n_pages (pdf);
  const char *last = text;

  assert_valid_pdf (pdf);

  /* What the PDF says about itself. */
  {
    const char *expected[][2] = {
      { "Title", "Access to HMPPS Data" },
      { "Author", "Alex Morgan" },
      { "Subject", "039-23" },
      { "Keywords", "decision report, 039-23, Not protectively marked" },
      { "Creator", "Decision Desk " PACKAGE_VERSION },
      { "Tagged", "yes" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autofree char *value = info_value (info, expected[i][0]);

        g_assert_cmpstr (value, ==, expected[i][1]);
      }
    g_assert_nonnull (strstr (info, "CreationDate:"));
  }

  /* The sections in order, then the sign-off blocks. */
  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      g_autofree char *heading = g_strdup_printf ("%u. %s", n, dd_report_section_get_english_heading (n));
      const char *found = strstr (last, heading);

      g_assert_nonnull (found);
      last = found;
    }
  g_assert_nonnull (strstr (last, "Report Approval"));
  g_assert_nonnull (strstr (last, "Decision and Final Sign Off"));
  g_assert_nonnull (strstr (text, "I agree the recommendations to this report."));

  /* The marking at the top and the bottom of every page, and the footer. */
  g_assert_cmpuint (n_pages, >=, 3);
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *page_text = pdf_page_text (pdf, page);
      g_autofree char *footer = g_strdup_printf ("Decision 039-23 · Page %u of %u", page, n_pages);

      g_assert_cmpuint (count (page_text, "NOT PROTECTIVELY MARKED"), ==, 2);
      g_assert_nonnull (strstr (page_text, footer));
    }
}


static void
set_section (DdReport   *report,
             guint       number,
             const char *text)
{
  dd_report_section_set_text (dd_report_get_section (report, number), text);
}

static void
make_publishable (DdReport *report)
{
  dd_report_set_publication (report, DD_PUBLICATION_YES);
  dd_report_set_redact_decision_sheet (report, TRUE);
  dd_report_set_field (report, DD_REPORT_FIELD_PUBLICATION_MARKING, "OFFICIAL");
  dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DETAILS,
                       "Names of officers and of a supplier; the appendix lists Designated Users.");
}

/* Long enough to run over a page: sentences about the proposal. */
static char *
long_paragraph (guint       n_sentences,
                guint       secret_at,
                guint       n_fillers,
                const char *secret)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < n_sentences; i++)
    {
      if (i == secret_at)
        {
          for (guint j = 0; j < n_fillers; j++)
            g_string_append (text, "indeed ");
          g_string_append_printf (text, DD_REDACTION_OPEN "%s" DD_REDACTION_CLOSE " ", secret);
        }
      g_string_append_printf (text, "Paragraph sentence %u sets out how the office will use the data. ", i + 1);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  const char *secret;
  const char *still_there;
} Redaction;

static void
assert_redacted (const char      *pdf,
                 const Redaction *redactions,
                 guint            n_redactions)
{
  g_autofree char *text = pdf_text (pdf);
  gsize raw_length = 0;
  g_autofree char *raw = pdf_raw (pdf, &raw_length);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *flat = g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);

  assert_valid_pdf (pdf);
  g_assert_nonnull (strstr (text, "Redacted"));

  for (guint i = 0; i < n_redactions; i++)
    {
      g_auto(GStrv) words = g_strsplit (redactions[i].secret, " ", -1);

      /* Not in the text, not even one of its longer words, nor anywhere
       * in the file. */
      for (guint j = 0; words[j] != NULL; j++)
        if (strlen (words[j]) > 6)
          {
            g_assert_null (strstr (text, words[j]));
            g_assert_false (contains_bytes (raw, raw_length, words[j]));
          }

      /* While what is around it is still there. */
      if (redactions[i].still_there != NULL)
        g_assert_nonnull (strstr (flat, redactions[i].still_there));
    }
}

static const Redaction redactions[] = {
  { "Quillfeather", "The officers Zanzibar Redacted and Ophelia Xerxes are named" },
  { "Risk register entry: the Bramblewick informant and the Żabiński account.", NULL },
  { "Option C: pay Glimmerstone Limited outright", "Option A: do nothing. • Redacted • Option B: fund the scheme" },
  { "The confidential clause names Vexmoor Grange and its gatehouse keys.",
    "Paragraph sentence 48 sets out how the office will use the data. indeed" },
};

static DdReport *
redacted_report (guint n_fillers)
{
  DdReport *report = import_fixture ("039-23-access-to-hmpps-data.txt");
  g_autofree char *long_text = long_paragraph (90, 48, n_fillers, redactions[3].secret);
  g_autoptr(DdReportAppendix) appendix = g_object_new (DD_TYPE_REPORT_APPENDIX,
                                                        "id", (gint64) 1,
                                                        "title", "Designated Users",
                                                        "kind", DD_APPENDIX_KIND_FILE,
                                                        "file-name", "Designated-Users-Thistlewood.xlsx",
                                                        "content-type", "application/vnd.ms-excel",
                                                        "size", (gint64) 2048,
                                                        NULL);

  make_publishable (report);
  dd_report_set_redact_appendix (report, TRUE);
  g_list_store_append (dd_report_get_appendix_store (report), appendix);

  /* A word; a whole section; a bullet; a sentence in a long paragraph. */
  set_section (report, 4, "The officers Zanzibar " DD_REDACTION_OPEN "Quillfeather" DD_REDACTION_CLOSE
               " and Ophelia Xerxes are named in the proposal.");
  set_section (report, 13, DD_REDACTION_OPEN "Risk register entry: the Bramblewick informant and the "
               "Żabiński account." DD_REDACTION_CLOSE);
  set_section (report, 5, "The options:\n\n"
               "- Option A: do nothing.\n"
               "- " DD_REDACTION_OPEN "Option C: pay Glimmerstone Limited outright" DD_REDACTION_CLOSE "\n"
               "- Option B: fund the scheme through the partnership.");
  set_section (report, 3, long_text);

  return report;
}

/* Whether the sentence at @secret_at runs from one page onto the next in
 * the internal copy. */
static gboolean
secret_spans_pages (const char *pdf)
{
  /* pdftotext ends each page with a form feed. */
  g_autofree char *text = pdf_text (pdf);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  for (guint page = 0; pages[page] != NULL && pages[page + 1] != NULL; page++)
    if (strstr (pages[page], "confidential") != NULL && strstr (pages[page], "keys.") == NULL &&
        strstr (pages[page + 1], "keys.") != NULL)
      return TRUE;

  return FALSE;
}

static void
test_publication_copy_leaves_nothing_redacted (void)
{
  gboolean spanned = FALSE;

  /* The same report with the long sentence moved along a word at a
   * time, until it runs across a page break in the internal copy. */
  for (guint at = 0; at < 60 && !spanned; at++)
    {
      g_autoptr(DdReport) report = redacted_report (at);
      g_autofree char *name = g_strdup_printf ("internal-%u.pdf", at);
      g_autofree char *internal = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", name);
      g_autofree char *public_name = NULL;
      g_autofree char *published = NULL;
      g_autofree char *internal_text = NULL;
      g_autofree char *published_text = NULL;

      if (!secret_spans_pages (internal))
        continue;
      spanned = TRUE;

      /* The internal copy has it all, shaded. */
      internal_text = pdf_text (internal);
      g_assert_nonnull (strstr (internal_text, "Quillfeather"));
      g_assert_nonnull (strstr (internal_text, "Bramblewick"));
      g_assert_nonnull (strstr (internal_text, "Glimmerstone"));
      g_assert_nonnull (strstr (internal_text, "Designated-Users-Thistlewood.xlsx"));

      public_name = g_strdup_printf ("publication-%u.pdf", at);
      published = write_sheet (report, DD_SHEET_COPY_PUBLICATION, "en", public_name);
      assert_redacted (published, redactions, G_N_ELEMENTS (redactions));

      /* The withheld appendix says why, and nothing of what it was. */
      published_text = pdf_text (published);
      g_assert_nonnull (strstr (published_text, "This appendix is withheld from the published decision sheet."));
      g_assert_null (strstr (published_text, "Thistlewood"));
      g_assert_null (strstr (published_text, "NOT PROTECTIVELY MARKED"));
      g_assert_nonnull (strstr (published_text, "OFFICIAL"));
    }

  g_assert_true (spanned);
}

/* Ż and ń appear only in a redacted passage: the fonts embedded in the
 * publication copy must not have them, nor map them to text. */
static void
test_publication_copy_font_subsets (void)
{
  g_autoptr(DdReport) report = redacted_report (0);
  g_autofree char *internal = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", "subsets-internal.pdf");
  g_autofree char *published = write_sheet (report, DD_SHEET_COPY_PUBLICATION, "en", "subsets-published.pdf");
  gsize internal_length = 0, published_length = 0;
  g_autofree char *internal_raw = pdf_raw (internal, &internal_length);
  g_autofree char *published_raw = pdf_raw (published, &published_length);

  /* ToUnicode maps give each glyph's characters as UTF-16 in hex. */
  g_assert_true (contains_bytes (internal_raw, internal_length, "<017b>") ||
                 contains_bytes (internal_raw, internal_length, "<017B>"));
  g_assert_false (contains_bytes (published_raw, published_length, "<017b>") ||
                  contains_bytes (published_raw, published_length, "<017B>"));
  g_assert_false (contains_bytes (published_raw, published_length, "<0144>") ||
                  contains_bytes (published_raw, published_length, "<0144>"));
}

static void
test_publication_copy_refused (void)
{
  g_autoptr(DdReport) report = import_fixture ("039-23-access-to-hmpps-data.txt");
  g_autoptr(DdCatalog) catalog = dd_catalog_new ("en", NULL);
  g_autoptr(DdDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  dd_report_set_publication (report, DD_PUBLICATION_NO);
  document = dd_decision_sheet_build (report, DD_SHEET_COPY_PUBLICATION, catalog, &error);
  g_assert_error (error, DD_EXPORT_ERROR, DD_EXPORT_ERROR_NOT_ALLOWED);
  g_assert_null (document);
  g_assert_nonnull (strstr (error->message, "039-23"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dd_i18n_init ();

  keep = g_getenv ("DD_TEST_KEEP") != NULL;

  g_test_add_func ("/decision-sheet/internal-copy", test_internal_copy);
  g_test_add_func ("/decision-sheet/publication-copy-leaves-nothing-redacted",
                   test_publication_copy_leaves_nothing_redacted);
  g_test_add_func ("/decision-sheet/publication-copy-font-subsets", test_publication_copy_font_subsets);
  g_test_add_func ("/decision-sheet/publication-copy-refused", test_publication_copy_refused);

  status = g_test_run ();

  g_free (tmp_dir);

  return status;
}
