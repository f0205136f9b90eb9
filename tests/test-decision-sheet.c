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
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "dd-core.h"
#include "dd-report-private.h"
#include "export/dd-decision-sheet.h"
#include "import/dd-report-importer.h"
#include "dd-test-pdf.h"
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
test_internal_copy (void)
{
  g_autoptr(DdReport) report = import_fixture ("039-23-access-to-hmpps-data.docx");
  g_autofree char *pdf = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", "internal.pdf");
  g_autofree char *text = dd_test_pdf_text (pdf);
  g_autofree char *info = dd_test_pdf_info (pdf);
  guint n_pages = dd_test_pdf_n_pages (pdf);
  const char *last = text;

  dd_test_assert_valid_pdf (pdf);

  /* What the PDF says about itself, its language included. */
  {
    gsize raw_length = 0;
    g_autofree char *raw = dd_test_pdf_raw (pdf, &raw_length);

    g_assert_true (dd_test_contains_bytes (raw, raw_length, "/Lang (en)"));
  }
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
        g_autofree char *value = dd_test_pdf_info_value (info, expected[i][0]);

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
      g_autofree char *page_text = dd_test_pdf_page_text (pdf, page);
      g_autofree char *footer = g_strdup_printf ("Decision 039-23 · Page %u of %u", page, n_pages);

      g_assert_cmpuint (dd_test_count (page_text, "NOT PROTECTIVELY MARKED"), ==, 2);
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
  g_autofree char *text = dd_test_pdf_text (pdf);
  gsize raw_length = 0;
  g_autofree char *raw = dd_test_pdf_raw (pdf, &raw_length);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *flat = g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);

  dd_test_assert_valid_pdf (pdf);
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
            g_assert_false (dd_test_contains_bytes (raw, raw_length, words[j]));
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
  g_autofree char *text = dd_test_pdf_text (pdf);
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
      internal_text = dd_test_pdf_text (internal);
      g_assert_nonnull (strstr (internal_text, "Quillfeather"));
      g_assert_nonnull (strstr (internal_text, "Bramblewick"));
      g_assert_nonnull (strstr (internal_text, "Glimmerstone"));
      g_assert_nonnull (strstr (internal_text, "Designated-Users-Thistlewood.xlsx"));

      public_name = g_strdup_printf ("publication-%u.pdf", at);
      published = write_sheet (report, DD_SHEET_COPY_PUBLICATION, "en", public_name);
      assert_redacted (published, redactions, G_N_ELEMENTS (redactions));

      /* The withheld appendix says why, and nothing of what it was. */
      published_text = dd_test_pdf_text (published);
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
  g_autofree char *internal_raw = dd_test_pdf_raw (internal, &internal_length);
  g_autofree char *published_raw = dd_test_pdf_raw (published, &published_length);

  /* ToUnicode maps give each glyph's characters as UTF-16 in hex. */
  g_assert_true (dd_test_contains_bytes (internal_raw, internal_length, "<017b>") ||
                 dd_test_contains_bytes (internal_raw, internal_length, "<017B>"));
  g_assert_false (dd_test_contains_bytes (published_raw, published_length, "<017b>") ||
                  dd_test_contains_bytes (published_raw, published_length, "<017B>"));
  g_assert_false (dd_test_contains_bytes (published_raw, published_length, "<0144>") ||
                  dd_test_contains_bytes (published_raw, published_length, "<0144>"));
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

/* Reading pages back */

/* Without whitespace: words broken across lines (WORD_CHAR wrapping)
 * and line ends then compare equal to the source. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* One page of `pdftotext -layout`, with the marking and the footer taken
 * out and checked: the marking at the top and the bottom, the footer
 * once. The footer's format has "{page}" and "{pages}" in it. */
typedef struct
{
  GPtrArray *lines; /* of char *, stripped, not empty */
} Page;

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->lines);
  g_free (page);
}

static GPtrArray *
read_pages (const char *pdf,
            const char *marking,
            const char *footer_format)
{
  g_autofree char *flat_marking = marking != NULL ? squeeze (marking) : NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", pdf, "-", NULL };
  g_autofree char *text = dd_test_run (argv);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  guint n_pages = dd_test_pdf_n_pages (pdf);
  GPtrArray *result = g_ptr_array_new_with_free_func (page_free);

  /* pdftotext ends every page with a form feed. */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);

  for (guint p = 0; p < n_pages; p++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);
      g_autofree char *footer = NULL;
      Page *page = g_new0 (Page, 1);
      guint n_markings = 0, n_footers = 0;

      if (footer_format != NULL)
        {
          g_autoptr(GString) footer_text = g_string_new (footer_format);
          g_autofree char *page_number = g_strdup_printf ("%u", p + 1);
          g_autofree char *page_count = g_strdup_printf ("%u", n_pages);

          g_string_replace (footer_text, "{page}", page_number, 0);
          g_string_replace (footer_text, "{pages}", page_count, 0);
          footer = squeeze (footer_text->str);
        }

      page->lines = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          char *line = g_strstrip (lines[i]);
          g_autofree char *flat = squeeze (line);

          if (*line == '\0')
            continue;
          if (flat_marking != NULL && g_str_equal (flat, flat_marking))
            n_markings++;
          else if (footer != NULL && g_str_equal (flat, footer))
            n_footers++;
          else
            g_ptr_array_add (page->lines, g_strdup (line));
        }

      g_assert_cmpuint (n_markings, ==, marking != NULL ? 2 : 0);
      g_assert_cmpuint (n_footers, ==, footer != NULL ? 1 : 0);
      g_ptr_array_add (result, page);
    }

  return result;
}

/* The number after ` name="` in @line, or NAN. */
static double
attribute (const char *line,
           const char *name)
{
  const char *at = strstr (line, name);

  if (at == NULL || at[strlen (name)] != '=' || at[strlen (name) + 1] != '"')
    return NAN;

  return g_ascii_strtod (at + strlen (name) + 2, NULL);
}

/* Every word of every page inside the margins: nothing cut off at the
 * edges, nothing drawn off the page. Read from `pdftotext -bbox`, where
 * each word is a line `<word xMin="" yMin="" xMax="" yMax="">text</word>`
 * (without regular expressions, which are slow under the sanitizers). */
static void
assert_within_margins (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-bbox", pdf, "-", NULL };
  g_autofree char *html = dd_test_run (argv);
  double width = 0, height = 0;
  guint page = 0, n_words = 0;

  for (char *line = html, *end; line != NULL && *line != '\0'; line = end != NULL ? end + 1 : NULL)
    {
      double x0, y0, x1, y1;

      end = strchr (line, '\n');
      if (end != NULL)
        *end = '\0';
      line += strspn (line, " ");

      if (g_str_has_prefix (line, "<page "))
        {
          width = attribute (line, "width");
          height = attribute (line, "height");
          g_assert_cmpfloat (width, >, 0);
          g_assert_cmpfloat (height, >, 0);
          page++;
          continue;
        }
      if (!g_str_has_prefix (line, "<word "))
        continue;

      x0 = attribute (line, "xMin");
      y0 = attribute (line, "yMin");
      x1 = attribute (line, "xMax");
      y1 = attribute (line, "yMax");
      n_words++;
      if (!(x0 >= 50 && x1 <= width - 50 && y0 >= 20 && y1 <= height - 20))
        {
          const char *word = strchr (line, '>') + 1;
          g_autofree char *text = g_strndup (word, strcspn (word, "<"));

          g_test_fail_printf ("“%s” on page %u lies at x %.1f–%.1f, y %.1f–%.1f: outside the margins",
                              text, page, x0, x1, y0, y1);
          return;
        }
    }

  g_assert_cmpuint (page, ==, dd_test_pdf_n_pages (pdf));
  g_assert_cmpuint (n_words, >, 0);
}

/* A JSON member, or NULL. */
static JsonNode *
json_member (JsonNode   *node,
             const char *name)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_object_get_member (json_node_get_object (node), name);
}

static const char *
json_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
           ? json_node_get_string (node) : NULL;
}

/* "u:section-1" → "section-1"; "12 0 R" stays as it is. */
static const char *
json_text (JsonNode *node)
{
  const char *text = json_string (node);

  return text != NULL && g_str_has_prefix (text, "u:") ? text + 2 : text;
}

/* The entries of a document's contents and outline, checked against
 * where each heading really is:
 *
 * - the contents list gives each heading's page, the page where the
 *   heading is printed on a line of its own;
 * - no heading is the last line of its page;
 * - the outline has one entry per heading, in order, each pointing at
 *   that page;
 * - the contents list has one link per entry, on the contents page,
 *   each to its heading's page.
 *
 * Returns: the page of each heading, from 1. */
static GArray *
check_headings (const char         *pdf,
                GPtrArray          *pages,
                const char * const *headings,
                const char * const *anchors)
{
  guint n_headings = g_strv_length ((char **) headings);
  g_autoptr(GRegex) entry_re = g_regex_new ("^(.*\\S)\\s{2,}([0-9]+)$", 0, 0, NULL);
  g_autoptr(GHashTable) page_of_anchor = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *heading_pages = g_array_new (FALSE, TRUE, sizeof (guint));
  guint contents_page = 0;

  g_array_set_size (heading_pages, n_headings);

  for (guint h = 0; h < n_headings; h++)
    {
      guint listed = 0, found = 0;

      for (guint p = 0; p < pages->len && found == 0; p++)
        {
          Page *page = g_ptr_array_index (pages, p);

          for (guint i = 0; i < page->lines->len && found == 0; i++)
            {
              const char *line = g_ptr_array_index (page->lines, i);
              g_autoptr(GMatchInfo) match = NULL;

              if (listed == 0 && g_regex_match (entry_re, line, 0, &match))
                {
                  g_autofree char *name = g_match_info_fetch (match, 1);
                  g_autofree char *number = g_match_info_fetch (match, 2);

                  if (g_str_equal (name, headings[h]))
                    {
                      listed = (guint) g_ascii_strtoull (number, NULL, 10);
                      if (contents_page == 0)
                        contents_page = p + 1;
                      g_assert_cmpuint (contents_page, ==, p + 1);
                      continue;
                    }
                }

              if (listed != 0 && g_str_equal (line, headings[h]))
                {
                  found = p + 1;
                  /* Kept with what follows it. */
                  if (i + 1 == page->lines->len)
                    g_test_message ("“%s” is the last line of page %u", headings[h], found);
                  g_assert_cmpuint (i + 1, <, page->lines->len);
                }
            }
        }

      if (listed != found)
        g_test_message ("“%s” is listed on page %u of the contents, and is on page %u", headings[h], listed, found);
      g_assert_cmpuint (found, >, 0);
      g_assert_cmpuint (listed, ==, found);
      g_array_index (heading_pages, guint, h) = found;
      g_hash_table_insert (page_of_anchor, (gpointer) anchors[h], GUINT_TO_POINTER (found));
    }

  /* The outline and the links, as qpdf reads them. */
  {
    const char *argv[] = { "qpdf", "--json=2", "--json-key=outlines", "--json-key=pages", "--json-key=qpdf",
                           pdf, NULL };
    g_autofree char *json = dd_test_run (argv);
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(GHashTable) page_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) dest_pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) annotation_pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
    JsonNode *root, *outlines, *objects;
    JsonArray *page_array;
    JsonObjectIter iter;
    const char *name;
    JsonNode *object;

    json_parser_load_from_data (parser, json, -1, &error);
    g_assert_no_error (error);
    root = json_parser_get_root (parser);

    page_array = json_node_get_array (json_member (root, "pages"));
    for (guint p = 0; p < json_array_get_length (page_array); p++)
      {
        JsonNode *page = json_array_get_element (page_array, p);

        g_hash_table_insert (page_numbers, g_strdup (json_text (json_member (page, "object"))),
                             GUINT_TO_POINTER ((guint) json_node_get_int (json_member (page, "pageposfrom1"))));
      }

    outlines = json_member (root, "outlines");
    g_assert_cmpuint (json_array_get_length (json_node_get_array (outlines)), ==, n_headings);
    for (guint h = 0; h < n_headings; h++)
      {
        JsonNode *item = json_array_get_element (json_node_get_array (outlines), h);

        g_assert_cmpstr (json_text (json_member (item, "title")), ==, headings[h]);
        g_assert_cmpint (json_node_get_int (json_member (item, "destpageposfrom1")), ==,
                         g_array_index (heading_pages, guint, h));
        g_assert_cmpuint (json_array_get_length (json_node_get_array (json_member (item, "kids"))), ==, 0);
      }

    objects = json_array_get_element (json_node_get_array (json_member (root, "qpdf")), 1);

    /* Named destinations (a names tree's leaf), and each page's
     * annotations. */
    json_object_iter_init (&iter, json_node_get_object (objects));
    while (json_object_iter_next (&iter, &name, &object))
      {
        JsonNode *value = json_member (object, "value");
        JsonNode *names = json_member (value, "/Names");
        JsonNode *annots = json_member (value, "/Annots");
        guint page;

        if (names != NULL && JSON_NODE_HOLDS_ARRAY (names))
          {
            JsonArray *array = json_node_get_array (names);

            for (guint i = 0; i + 1 < json_array_get_length (array); i += 2)
              {
                JsonNode *dest = json_array_get_element (array, i + 1);
                const char *target = JSON_NODE_HOLDS_ARRAY (dest)
                                       ? json_text (json_array_get_element (json_node_get_array (dest), 0)) : NULL;

                g_assert_nonnull (target);
                page = GPOINTER_TO_UINT (g_hash_table_lookup (page_numbers, target));
                g_assert_cmpuint (page, >, 0);
                g_hash_table_insert (dest_pages, g_strdup (json_text (json_array_get_element (array, i))),
                                     GUINT_TO_POINTER (page));
              }
          }

        page = g_str_has_prefix (name, "obj:") ? GPOINTER_TO_UINT (g_hash_table_lookup (page_numbers, name + 4)) : 0;
        if (page > 0 && annots != NULL && JSON_NODE_HOLDS_ARRAY (annots))
          for (guint i = 0; i < json_array_get_length (json_node_get_array (annots)); i++)
            g_hash_table_insert (annotation_pages,
                                 g_strconcat ("obj:",
                                              json_text (json_array_get_element (json_node_get_array (annots), i)),
                                              NULL),
                                 GUINT_TO_POINTER (page));
      }

    /* One link per entry, on the contents page, to its heading. */
    json_object_iter_init (&iter, json_node_get_object (objects));
    while (json_object_iter_next (&iter, &name, &object))
      {
        JsonNode *value = json_member (object, "value");
        const char *dest;

        if (g_strcmp0 (json_text (json_member (value, "/Subtype")), "/Link") != 0)
          continue;

        dest = json_text (json_member (value, "/Dest"));
        g_assert_nonnull (dest);
        g_assert_true (g_hash_table_contains (page_of_anchor, dest));
        g_assert_false (g_hash_table_contains (linked, dest));
        g_hash_table_add (linked, (gpointer) dest);
        g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (annotation_pages, name)), ==, contents_page);
        g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (dest_pages, dest)), ==,
                          GPOINTER_TO_UINT (g_hash_table_lookup (page_of_anchor, dest)));
      }
    g_assert_cmpuint (g_hash_table_size (linked), ==, n_headings);
  }

  return heading_pages;
}

/* The headings of a decision sheet, in order, with their anchors. */
static void
sheet_headings (DdReport   *report,
                DdCatalog  *catalog,
                GPtrArray **headings,
                GPtrArray **anchors)
{
  const char *ends[][2] = {
    { "Report Approval", "approval" },
    { "Publication", "publication" },
    { "Redaction", "redaction" },
    { "Decision and Final Sign Off", "decision" },
  };
  GListModel *appendices = dd_report_get_appendices (report);

  *headings = g_ptr_array_new_with_free_func (g_free);
  *anchors = g_ptr_array_new_with_free_func (g_free);

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      g_ptr_array_add (*headings, g_strdup_printf ("%u. %s", n,
                                                   dd_catalog_gettext (catalog,
                                                                       dd_report_section_get_english_heading (n))));
      g_ptr_array_add (*anchors, g_strdup_printf ("section-%u", n));
    }
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      g_ptr_array_add (*headings, g_strdup (dd_catalog_gettext (catalog, ends[i][0])));
      g_ptr_array_add (*anchors, g_strdup (ends[i][1]));
    }
  for (guint i = 0; i < g_list_model_get_n_items (appendices); i++)
    {
      g_autoptr(DdReportAppendix) appendix = g_list_model_get_item (appendices, i);
      g_autofree char *letter = g_strdup_printf ("%c", 'A' + i);
      GString *heading = g_string_new (dd_catalog_gettext (catalog, "Appendix {letter}: {title}"));

      g_string_replace (heading, "{letter}", letter, 0);
      g_string_replace (heading, "{title}", dd_report_appendix_get_title (appendix), 0);
      g_ptr_array_add (*headings, g_string_free (heading, FALSE));
      g_ptr_array_add (*anchors, g_strdup_printf ("appendix-%u", i + 1));
    }

  g_ptr_array_add (*headings, NULL);
  g_ptr_array_add (*anchors, NULL);
}

/* Generated reports */

static const char *prose[] = {
  "the", "office", "will", "review", "quarterly", "performance", "figures", "for", "each", "district", "and",
  "report", "to", "the", "board", "on", "reoffending", "rates", "among", "adults", "released", "from",
  "custody", "commissioning", "partnership", "victims", "of", "domestic", "abuse", "scrutiny", "budget",
  "contingency", "memorandum", "understanding", "Ministry", "of", "Justice", "Probation", "Service",
  "two-year", "grant", "£1,250,000", "2023–2027", "(Appendix A)", "counter-terrorism", "data-sharing",
  "accommodation", "interdisciplinary", "outcomes", "equality", "monitoring", "protected", "characteristics",
  "evaluation", "neighbourhood", "policing", "priorities", "unpaid", "work", "sentence", "risk", "register",
  "mitigations", "Commissioner's", "Chief", "Constable", "stakeholders", "consultation", "is", "a", "in",
};

/* A sentence of 6 to 24 words, sometimes with a passage marked as
 * redacted. */
static void
append_prose_sentence (GString *text,
                       GRand   *rand)
{
  guint n_words = g_rand_int_range (rand, 6, 25);
  gint marked = g_rand_int_range (rand, 0, 12) == 0 ? g_rand_int_range (rand, 1, (int) n_words - 3) : -1;

  for (guint w = 0; w < n_words; w++)
    {
      const char *word = prose[g_rand_int_range (rand, 0, G_N_ELEMENTS (prose))];

      if (w > 0)
        g_string_append_c (text, ' ');
      if ((gint) w == marked)
        g_string_append (text, DD_REDACTION_OPEN);
      if (w == 0)
        {
          g_string_append_unichar (text, g_unichar_toupper (g_utf8_get_char (word)));
          g_string_append (text, g_utf8_next_char (word));
        }
      else
        g_string_append (text, word);
      if ((gint) w == marked + 2)
        g_string_append (text, DD_REDACTION_CLOSE);
      if (w + 1 < n_words && g_rand_int_range (rand, 0, 9) == 0)
        g_string_append_c (text, ',');
    }
  g_string_append_c (text, '.');
}

/* Sections of paragraphs (two to seven sentences) and lists (two to six
 * bullets), about @n_words long. */
static char *
make_prose (GRand *rand,
            guint  n_words)
{
  GString *text = g_string_new (NULL);

  while (text->len < n_words * 8)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");

      if (g_rand_int_range (rand, 0, 5) == 0)
        for (guint i = 0, n = g_rand_int_range (rand, 2, 7); i < n; i++)
          {
            g_string_append (text, i > 0 ? "\n- " : "- ");
            append_prose_sentence (text, rand);
          }
      else
        for (guint i = 0, n = g_rand_int_range (rand, 2, 8); i < n; i++)
          {
            if (i > 0)
              g_string_append_c (text, ' ');
            append_prose_sentence (text, rand);
          }
    }

  return g_string_free (text, FALSE);
}

static void
add_appendix (DdReport       *report,
              const char     *title,
              DdAppendixKind  kind)
{
  GListStore *store = dd_report_get_appendix_store (report);
  g_autoptr(DdReportAppendix) appendix = g_object_new (DD_TYPE_REPORT_APPENDIX,
                                                        "id", (gint64) g_list_model_get_n_items (G_LIST_MODEL (store)) + 1,
                                                        "title", title,
                                                        "kind", kind,
                                                        "file-name", "appendix.xlsx",
                                                        "content-type", "application/vnd.ms-excel",
                                                        "size", (gint64) 20480,
                                                        NULL);

  g_list_store_append (store, appendix);
}

/* A report with every field and signature, and sections of generated
 * prose of about @n_words in all. */
static DdReport *
make_long_report (guint n_words)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3923);
  DdReport *report = dd_report_new ();
  const char *recommendations[] = {
    "The Commissioner approves the memorandum of understanding set out at Appendix A.",
    "The Commissioner nominates two Designated Users.",
    NULL,
  };

  dd_report_set_field (report, DD_REPORT_FIELD_REFERENCE, "039-23");
  dd_report_set_field (report, DD_REPORT_FIELD_CLASSIFICATION, "Official – Sensitive");
  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data");
  dd_report_set_field (report, DD_REPORT_FIELD_AREA,
                       "Force-wide; Probation Delivery Units in the county; Community Safety Partnerships");
  dd_report_set_field (report, DD_REPORT_FIELD_REPORT_BY_NAME, "Alex Morgan");
  dd_report_set_field (report, DD_REPORT_FIELD_REPORT_BY_ROLE, "Head of Performance and Scrutiny");
  dd_report_set_field (report, DD_REPORT_FIELD_CHIEF_OFFICER, "Chief Executive and Monitoring Officer");
  dd_report_set_field (report, DD_REPORT_FIELD_DATE, "2023-02-23");
  dd_report_set_field (report, DD_REPORT_FIELD_ENQUIRIES_TO, "performance@pfcc.example.gov.uk");
  dd_report_set_recommendations (report, recommendations);

  /* Section 2 is left empty: its recommendations are listed instead. */
  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    if (n != 2)
      {
        g_autofree char *text = make_prose (rand, n_words / (DD_REPORT_N_SECTIONS - 1));

        set_section (report, n, text);
      }

  dd_report_set_signature_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME, "Sam Taylor");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE, "2023-02-20");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME, "Ceri Jones");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE, "2023-02-21");
  make_publishable (report);
  dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DATE, "2023-03-01");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_NAME, "Robin Hughes");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_ROLE, "Information Governance Officer");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_DATE, "2023-03-01");
  dd_report_set_decision (report, DD_DECISION_AGREED);
  dd_report_set_signature_field (report, DD_REPORT_FIELD_DECISION_NAME, "Pat Williams");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_DECISION_ROLE, "Police, Fire and Crime Commissioner");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_DECISION_DATE, "2023-02-23");
  add_appendix (report, "Memorandum of Understanding", DD_APPENDIX_KIND_FILE);
  add_appendix (report, "Data-sharing agreement", DD_APPENDIX_KIND_AGREEMENT);

  return report;
}

/* The text of a section as the internal copy prints it, block by block. */
static GPtrArray *
section_blocks (DdReport *report,
                guint     number)
{
  const char *text = dd_report_section_get_text (dd_report_get_section (report, number));
  g_autoptr(GPtrArray) blocks = dd_report_text_parse (text);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  if (number == 2 && (text == NULL || *text == '\0'))
    {
      const char * const *recommendations = dd_report_get_recommendations (report);

      for (guint i = 0; recommendations[i] != NULL; i++)
        g_ptr_array_add (result, g_strdup_printf ("2.%u %s", i + 1, recommendations[i]));
      return result;
    }

  for (guint i = 0; i < blocks->len; i++)
    {
      DdTextBlock *block = g_ptr_array_index (blocks, i);
      GString *joined = g_string_new (NULL);

      for (guint j = 0; j < block->runs->len; j++)
        g_string_append (joined, ((DdTextRun *) g_ptr_array_index (block->runs, j))->text);
      g_ptr_array_add (result, g_string_free (joined, FALSE));
    }

  return result;
}

/* About forty pages of a realistic report: every page's text inside the
 * margins, every word of it in the file in order, the marking and the
 * footer on every page, the contents' page numbers where the headings
 * are, an outline and links to match. */
static void
test_long_report (void)
{
  g_autoptr(DdReport) report = make_long_report (16500);
  g_autoptr(DdCatalog) catalog = dd_catalog_new ("en", NULL);
  g_autofree char *pdf = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", "long.pdf");
  g_autoptr(GPtrArray) pages = read_pages (pdf, "OFFICIAL – SENSITIVE", "Decision 039-23 · Page {page} of {pages}");
  g_autoptr(GPtrArray) headings = NULL;
  g_autoptr(GPtrArray) anchors = NULL;
  g_autoptr(GArray) heading_pages = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *last_entry = NULL;
  const char *at;

  dd_test_assert_valid_pdf (pdf);
  assert_within_margins (pdf);
  g_assert_cmpuint (pages->len, >=, 37);
  g_assert_cmpuint (pages->len, <=, 43);

  sheet_headings (report, catalog, &headings, &anchors);
  heading_pages = check_headings (pdf, pages, (const char * const *) headings->pdata,
                                  (const char * const *) anchors->pdata);
  g_assert_cmpuint (g_array_index (heading_pages, guint, headings->len - 2), ==, pages->len);

  /* Every section's text, a paragraph or a bullet at a time, in order
   * after the contents list. */
  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = g_ptr_array_index (pages, p);

      for (guint i = 0; i < page->lines->len; i++)
        {
          g_autofree char *line = squeeze (g_ptr_array_index (page->lines, i));

          g_string_append (body, line);
        }
    }

  last_entry = g_strdup_printf ("%s%u", (char *) g_ptr_array_index (headings, headings->len - 2),
                                g_array_index (heading_pages, guint, headings->len - 2));
  {
    g_autofree char *squeezed = squeeze (last_entry);

    at = strstr (body->str, squeezed);
    g_assert_nonnull (at);
    at += strlen (squeezed);
  }

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      g_autoptr(GPtrArray) blocks = section_blocks (report, n);
      g_autofree char *heading = squeeze (g_ptr_array_index (headings, n - 1));

      at = strstr (at, heading);
      g_assert_nonnull (at);
      at += strlen (heading);
      g_assert_cmpuint (blocks->len, >, 0);

      for (guint i = 0; i < blocks->len; i++)
        {
          g_autofree char *expected = squeeze (g_ptr_array_index (blocks, i));
          const char *found = strstr (at, expected);

          if (found == NULL)
            g_test_message ("Section %u, block %u is not in the text, or not in order: “%s”", n, i,
                            (char *) g_ptr_array_index (blocks, i));
          g_assert_nonnull (found);
          at = found + strlen (expected);
        }
    }
}

/* A paragraph of exactly @n_lines lines. */
static void
add_lines (DdDocument *document,
           guint       n_lines,
           const char *line)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(DdDocumentText) paragraph = NULL;

  for (guint i = 0; i < n_lines; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
  paragraph = dd_document_text_new_plain (text->str);
  dd_document_add_paragraph (document, paragraph);
}

/* A heading is never the last thing on a page, wherever it falls: a
 * page each, where lines, bullets and short paragraphs above a heading
 * move it down the page a point or two at a time, to the foot and past
 * it, with a paragraph after it short enough to be kept whole or long
 * enough to be parted. */
static void
test_headings_kept_with_text (void)
{
  g_autoptr(DdDocument) document = dd_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *path = NULL;
  guint n_headings = 0, n_pages_with_heading_last = 0;

  use_tmp_dir ();
  path = g_build_filename (tmp_dir, "headings.pdf", NULL);

  for (guint n_lines = 34; n_lines <= 35; n_lines++)
    for (guint n_bullets = 0; n_bullets < 4; n_bullets++)
      for (guint n_short = 0; n_short < 3; n_short++)
        for (guint after = 3; after <= 6; after += 3)
          {
            g_autofree char *heading = g_strdup_printf ("Heading %u", ++n_headings);

            if (n_headings > 1)
              dd_document_add_page_break (document);
            add_lines (document, n_lines, "A line above the heading.");
            for (guint i = 0; i < n_bullets; i++)
              {
                g_autoptr(DdDocumentText) bullet = dd_document_text_new_plain ("A bullet of one line.");

                dd_document_add_bullet (document, bullet);
              }
            for (guint i = 0; i < n_short; i++)
              add_lines (document, 1, "A paragraph of one line.");
            dd_document_add_heading (document, heading, NULL, FALSE);
            add_lines (document, after, "A line of the heading's own text.");
          }

  dd_document_write_pdf (document, path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  pages = read_pages (path, NULL, NULL);
  g_assert_cmpuint (pages->len, >=, n_headings);
  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = g_ptr_array_index (pages, p);
      const char *last = g_ptr_array_index (page->lines, page->lines->len - 1);

      if (g_str_has_prefix (last, "Heading "))
        {
          g_test_message ("“%s” is the last line of page %u", last, p + 1);
          n_pages_with_heading_last++;
        }
    }
  g_assert_cmpuint (n_pages_with_heading_last, ==, 0);
}

/* Bad data */

/* Nothing set at all: still a whole decision sheet. */
static void
test_empty_report (void)
{
  g_autoptr(DdReport) report = dd_report_new ();
  g_autofree char *pdf = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", "empty.pdf");
  g_autoptr(GPtrArray) pages = read_pages (pdf, NULL, "Page {page} of {pages}");
  g_autofree char *text = dd_test_pdf_text (pdf);

  dd_test_assert_valid_pdf (pdf);
  assert_within_margins (pdf);
  g_assert_cmpuint (pages->len, >=, 2);
  g_assert_cmpuint (pages->len, <=, 4);

  g_assert_nonnull (strstr (text, "Contents"));
  g_assert_nonnull (strstr (text, "16. Background Papers and Appendices"));
  g_assert_cmpuint (dd_test_count (text, "None."), ==, DD_REPORT_N_SECTIONS);
  g_assert_nonnull (strstr (text, "No decision has been recorded."));
  g_assert_cmpuint (dd_test_count (text, "Not signed"), ==, 3);
  g_assert_nonnull (strstr (text, "Not decided"));
}

/* A word longer than a line, and a URL: broken across lines, never cut
 * off at the margin, every character kept. */
static char *
long_word (guint length)
{
  GString *word = g_string_new (NULL);

  /* Letters and numbers that never repeat, so a lost piece shows. */
  for (guint i = 0; word->len < length; i++)
    g_string_append_printf (word, "%c%03u", 'a' + i % 26, i);
  g_string_truncate (word, length);

  return g_string_free (word, FALSE);
}

static char *
long_url (guint length)
{
  GString *url = g_string_new ("https://data.example.gov.uk/decisions/2023/039-23/appendix-a?");

  for (guint i = 0; url->len < length; i++)
    g_string_append_printf (url, "field%02u=value-%03u&", i, i * 7);
  g_string_truncate (url, length);

  return g_string_free (url, FALSE);
}

static void
test_long_words (void)
{
  g_autoptr(DdReport) report = import_fixture ("039-23-access-to-hmpps-data.txt");
  g_autofree char *word = long_word (300);
  g_autofree char *url = long_url (400);
  g_autofree char *paragraph = g_strdup_printf ("The word %s is long, and so is %s in this paragraph.", word, url);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  set_section (report, 3, paragraph);
  dd_report_set_field (report, DD_REPORT_FIELD_AREA, word);
  dd_report_set_field (report, DD_REPORT_FIELD_ENQUIRIES_TO, url);

  pdf = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", "long-words.pdf");
  dd_test_assert_valid_pdf (pdf);
  assert_within_margins (pdf);

  /* Once the lines are joined, each is there whole: in the title block
   * and in the paragraph. */
  text = dd_test_pdf_drawn_text (pdf);
  flat = squeeze (text);
  g_assert_cmpuint (dd_test_count (flat, word), ==, 2);
  g_assert_cmpuint (dd_test_count (flat, url), ==, 2);
}

/* Right-to-left scripts and emoji: a valid file, the words extractable. */
static void
test_right_to_left_and_emoji (void)
{
  g_autoptr(DdReport) report = import_fixture ("039-23-access-to-hmpps-data.txt");
  const char *hebrew[] = { "שלום", "עולם", "החלטה" };
  const char *arabic[] = { "مرحبا", "بالعالم", "القرار" };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  set_section (report, 3,
               "שלום עולם: זהו דוח החלטה של המשרד.\n\n"
               "مرحبا بالعالم: هذا هو القرار الذي اتخذه المكتب.\n\n"
               "- The office (המשרד) agreed 👍🏽 ✅ 😀 with the board (المجلس).\n"
               "- 🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉");
  dd_report_set_field (report, DD_REPORT_FIELD_AREA, "החלטה · القرار");

  pdf = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", "right-to-left.pdf");
  dd_test_assert_valid_pdf (pdf);
  assert_within_margins (pdf);

  text = dd_test_pdf_text (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (hebrew); i++)
    g_assert_nonnull (strstr (text, hebrew[i]));
  for (guint i = 0; i < G_N_ELEMENTS (arabic); i++)
    g_assert_nonnull (strstr (text, arabic[i]));
  g_assert_nonnull (strstr (text, "😀"));
  g_assert_nonnull (strstr (text, "4. Proposal and Associated Benefits"));
}

/* Five thousand bullets: a few pages per hundred, none lost. */
static void
test_many_bullets (void)
{
  g_autoptr(DdReport) report = import_fixture ("039-23-access-to-hmpps-data.txt");
  g_autoptr(GString) bullets = g_string_new (NULL);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *first, *last;
  guint n_pages;

  for (guint i = 1; i <= 5000; i++)
    g_string_append_printf (bullets, "- Bullet %u of 5000.\n", i);
  set_section (report, 3, bullets->str);

  pdf = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", "bullets.pdf");
  dd_test_assert_valid_pdf (pdf);

  n_pages = dd_test_pdf_n_pages (pdf);
  g_assert_cmpuint (n_pages, >=, 5000 / 60);
  g_assert_cmpuint (n_pages, <=, 5000 / 25);

  text = dd_test_pdf_text (pdf);
  first = strstr (text, "Bullet 1 of 5000.");
  last = strstr (text, "Bullet 5000 of 5000.");
  g_assert_nonnull (first);
  g_assert_nonnull (last);
  g_assert_true (first < last);
  g_assert_cmpuint (dd_test_count (text, " of 5000."), ==, 5000);
  g_assert_cmpuint (dd_test_count (text, "•"), >=, 5000);
  g_assert_nonnull (strstr (last, "4. Proposal and Associated Benefits"));
}

/* Languages */

/* A Welsh office's decision sheet: Welsh words, Welsh dates, a Welsh
 * footer and outline, whatever language the program runs in. */
static void
test_welsh (void)
{
  g_autoptr(DdReport) report = import_fixture ("039-23-access-to-hmpps-data.txt");
  g_autoptr(GError) error = NULL;
  g_autoptr(DdCatalog) catalog = dd_catalog_new ("cy", &error);
  g_autofree char *pdf = write_sheet (report, DD_SHEET_COPY_INTERNAL, "cy", "welsh.pdf");
  g_autoptr(GPtrArray) pages = read_pages (pdf, "NOT PROTECTIVELY MARKED", "Penderfyniad 039-23 · Tudalen {page} o {pages}");
  gsize raw_length = 0;
  g_autofree char *raw = dd_test_pdf_raw (pdf, &raw_length);
  g_autofree char *text = dd_test_pdf_text (pdf);
  g_autoptr(GPtrArray) headings = NULL;
  g_autoptr(GPtrArray) anchors = NULL;
  g_autoptr(GArray) heading_pages = NULL;
  const char *welsh[] = {
    "Adroddiad Penderfyniad 039-23",
    "Copi mewnol: nid i’w gyhoeddi fel y mae.",
    "Cyfeirnod yr adroddiad",
    "Dosbarthiad",
    "Teitl yr adroddiad",
    "Dyddiad yr adroddiad",
    "23 Chwefror 2023",
    "Cynnwys",
    "1. Crynodeb Gweithredol",
    "Cymeradwyo’r Adroddiad",
  };
  const char *english[] = {
    "Report reference number", "Title of report", "Date of report", "23 February", "20 February", "Contents",
    "Executive Summary", "Report Approval", "Internal copy", "Decision Report", " Page ", "Date signed",
  };

  /* Screen readers read it as Welsh. */
  g_assert_true (dd_test_contains_bytes (raw, raw_length, "/Lang (cy)"));

  g_assert_no_error (error);
  dd_test_assert_valid_pdf (pdf);
  assert_within_margins (pdf);

  for (guint i = 0; i < G_N_ELEMENTS (welsh); i++)
    g_assert_nonnull (strstr (text, welsh[i]));
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    g_assert_null (strstr (text, english[i]));

  /* Every label of the title block as the catalogue has it. */
  for (DdReportField which = DD_REPORT_FIELD_REFERENCE; which <= DD_REPORT_FIELD_ENQUIRIES_TO; which++)
    if (which != DD_REPORT_FIELD_REPORT_BY_ROLE)
      {
        const char *label = dd_catalog_gettext (catalog, dd_report_field_get_label_msgid (which));
        g_autofree char *flat_label = squeeze (label);
        g_autofree char *flat_text = squeeze (text);

        g_assert_cmpstr (label, !=, dd_report_field_get_label (which));
        g_assert_nonnull (strstr (flat_text, flat_label));
      }

  /* The contents, the outline and the links, in Welsh. */
  sheet_headings (report, catalog, &headings, &anchors);
  heading_pages = check_headings (pdf, pages, (const char * const *) headings->pdata,
                                  (const char * const *) anchors->pdata);
  g_assert_cmpuint (heading_pages->len, ==, DD_REPORT_N_SECTIONS + 4);
}

/* The outline names every section and appendix, and each entry of the
 * contents list links to its heading. */
static void
test_outline_and_links (void)
{
  g_autoptr(DdReport) report = import_fixture ("039-23-access-to-hmpps-data.txt");
  g_autoptr(DdCatalog) catalog = dd_catalog_new ("en", NULL);
  g_autofree char *pdf = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) headings = NULL;
  g_autoptr(GPtrArray) anchors = NULL;
  g_autoptr(GArray) heading_pages = NULL;

  add_appendix (report, "Memorandum of Understanding", DD_APPENDIX_KIND_FILE);
  add_appendix (report, "Designated Users", DD_APPENDIX_KIND_FILE);
  add_appendix (report, "Data-sharing agreement", DD_APPENDIX_KIND_AGREEMENT);
  pdf = write_sheet (report, DD_SHEET_COPY_INTERNAL, "en", "outline.pdf");
  pages = read_pages (pdf, "NOT PROTECTIVELY MARKED", "Decision 039-23 · Page {page} of {pages}");

  sheet_headings (report, catalog, &headings, &anchors);
  g_assert_cmpuint (headings->len - 1, ==, DD_REPORT_N_SECTIONS + 4 + 3);
  heading_pages = check_headings (pdf, pages, (const char * const *) headings->pdata,
                                  (const char * const *) anchors->pdata);

  /* Each appendix on a page of its own, the last on the last page. */
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (g_array_index (heading_pages, guint, DD_REPORT_N_SECTIONS + 4 + i), ==,
                      pages->len - 2 + i);
}

/* A folder that lets nothing be created in it but holds the chosen file,
 * as the document portal gives a Flatpak: the sheet still lands in the
 * chosen file, and nothing else is left there. Runs as a user the
 * folder's permissions bind (dropping root in a subprocess). */
static void
test_export_into_a_locked_folder (void)
{
  g_autoptr(DdReport) report = NULL;
  g_autoptr(DdCatalog) catalog = NULL;
  g_autoptr(DdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *portal = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *contents = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  /* Read while the fixtures can be: a checkout in root's home is not
   * readable once root is dropped. */
  report = import_fixture ("039-23-access-to-hmpps-data.txt");
  catalog = dd_catalog_new ("en", &error);
  g_assert_no_error (error);
  document = dd_decision_sheet_build (report, DD_SHEET_COPY_INTERNAL, catalog, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dd_document_get_n_pages (document), >, 0);

  if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    {
      g_test_skip ("cannot drop root privileges");
      return;
    }

  dir = dd_test_make_tmp_dir ();
  portal = g_build_filename (dir, "portal", NULL);
  chosen = g_build_filename (portal, "decision-039-23.pdf", NULL);
  g_assert_cmpint (g_mkdir (portal, 0755), ==, 0);
  dd_test_write_file (chosen, "an older copy", -1);
  g_assert_cmpint (g_chmod (portal, 0555), ==, 0);

  g_assert_true (dd_document_write_pdf (document, chosen, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_chmod (portal, 0755), ==, 0);
  g_assert_cmpuint (dd_test_count_files (portal), ==, 1);
  g_assert_true (g_file_get_contents (chosen, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-1.5"));
  dd_test_assert_valid_pdf (chosen);

  /* Done. Leave without the exit handlers: under AddressSanitizer the
   * leak check would read its suppressions from the checkout, which
   * this user may not be allowed to read. */
  _exit (0);
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
  g_test_add_func ("/decision-sheet/export-into-a-locked-folder", test_export_into_a_locked_folder);
  g_test_add_func ("/decision-sheet/publication-copy-leaves-nothing-redacted",
                   test_publication_copy_leaves_nothing_redacted);
  g_test_add_func ("/decision-sheet/publication-copy-font-subsets", test_publication_copy_font_subsets);
  g_test_add_func ("/decision-sheet/publication-copy-refused", test_publication_copy_refused);
  g_test_add_func ("/decision-sheet/long-report", test_long_report);
  g_test_add_func ("/decision-sheet/headings-kept-with-text", test_headings_kept_with_text);
  g_test_add_func ("/decision-sheet/outline-and-links", test_outline_and_links);
  g_test_add_func ("/decision-sheet/welsh", test_welsh);
  g_test_add_func ("/decision-sheet/bad-data/empty-report", test_empty_report);
  g_test_add_func ("/decision-sheet/bad-data/long-words", test_long_words);
  g_test_add_func ("/decision-sheet/bad-data/right-to-left-and-emoji", test_right_to_left_and_emoji);
  g_test_add_func ("/decision-sheet/bad-data/many-bullets", test_many_bullets);

  status = g_test_run ();

  g_free (tmp_dir);

  return status;
}
