/* test-docx-reader.c: the paragraphs of Word documents, and the files
 * that are not Word documents
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixtures come from tests/fixtures/reports/make-docx.py; the small
 * packages of the edge cases are written here, with libgsf.
 */

#include "config.h"

#include <gsf/gsf-outfile-zip.h>
#include <glib/gstdio.h>
#include <gsf/gsf-output-stdio.h>
#include <string.h>

#include "dd-test-util.h"
#include "import/dd-docx-reader.h"
#include "import/dd-import-error.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutfile, g_object_unref)

#define NS_WORD "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define DOCUMENT(body) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" \
  "<w:document xmlns:w=\"" NS_WORD "\"><w:body>" body "</w:body></w:document>"
#define P(text) "<w:p><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"
#define CELL(content) "<w:tc>" content "</w:tc>"
#define ROW(cells) "<w:tr>" cells "</w:tr>"
#define TABLE(rows) "<w:tbl><w:tblPr/>" rows "</w:tbl>"
#define MAIN_RELATIONSHIP \
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "reports", name, NULL);
}

static GPtrArray *
read_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture (name);
  GPtrArray *paragraphs = dd_docx_read_paragraphs (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (paragraphs);

  return paragraphs;
}

/* The paragraphs as the text of a .txt fixture: a line each, a tab between
 * table cells read as the space the text has. */
static char *
join_as_text (GPtrArray *paragraphs)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      g_string_append (text, g_ptr_array_index (paragraphs, i));
      g_string_append_c (text, '\n');
    }
  g_strdelimit (text->str, "\t", ' ');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
read_text_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture (name);
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static int
find (GPtrArray  *paragraphs,
      const char *text)
{
  for (guint i = 0; i < paragraphs->len; i++)
    if (g_strcmp0 (g_ptr_array_index (paragraphs, i), text) == 0)
      return i;

  return -1;
}

static guint
count_containing (GPtrArray  *paragraphs,
                  const char *text)
{
  guint count = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    if (strstr (g_ptr_array_index (paragraphs, i), text) != NULL)
      count++;

  return count;
}

static guint
count_starting (GPtrArray  *paragraphs,
                const char *prefix)
{
  guint count = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (paragraphs, i), prefix))
      count++;

  return count;
}

static void
write_part (GsfOutfile *folder,
            const char *name,
            const char *contents,
            gsize       length)
{
  g_autoptr(GsfOutput) part = gsf_outfile_new_child_full (folder, name, FALSE,
                                                          "compression-level", GSF_ZIP_DEFLATED,
                                                          NULL);

  g_assert_true (gsf_output_write (part, length, (const guint8 *) contents));
  g_assert_true (gsf_output_close (part));
}

/* Writes a package with @document as word/document.xml; @target is where
 * its relationship points, or %NULL for a package without relationships. */
static char *
write_package (const char *folder,
               const char *target,
               const char *document)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (folder, "test.docx", NULL);
  g_autoptr(GsfOutput) sink = gsf_output_stdio_new (path, &error);
  g_autoptr(GsfOutfile) zip = NULL;
  g_autoptr(GsfOutfile) word = NULL;

  g_assert_no_error (error);
  zip = gsf_outfile_zip_new (sink, &error);
  g_assert_no_error (error);

  write_part (zip, "[Content_Types].xml", "<Types/>", strlen ("<Types/>"));
  if (target != NULL)
    {
      g_autoptr(GsfOutfile) rels = GSF_OUTFILE (gsf_outfile_new_child (zip, "_rels", TRUE));
      g_autofree char *relationships =
        g_strdup_printf ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                         "<Relationship Id=\"rId1\" Type=\"" MAIN_RELATIONSHIP "\" Target=\"%s\"/>"
                         "</Relationships>", target);

      write_part (rels, ".rels", relationships, strlen (relationships));
      g_assert_true (gsf_output_close (GSF_OUTPUT (rels)));
    }

  word = GSF_OUTFILE (gsf_outfile_new_child (zip, "word", TRUE));
  write_part (word, "document.xml", document, strlen (document));
  g_assert_true (gsf_output_close (GSF_OUTPUT (word)));
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));

  return g_steal_pointer (&path);
}

static GPtrArray *
read_body (const char *document)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_package (folder, "word/document.xml", document);
  GPtrArray *paragraphs = dd_docx_read_paragraphs (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (paragraphs);

  return paragraphs;
}

static void
assert_paragraphs (GPtrArray         *paragraphs,
                   const char * const *expected)
{
  guint n_expected = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (paragraphs->len, n_expected); i++)
    g_assert_cmpstr (g_ptr_array_index (paragraphs, i), ==, expected[i]);
  g_assert_cmpuint (paragraphs->len, ==, n_expected);
}

static void
assert_fails (const char *path,
              int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paragraphs = dd_docx_read_paragraphs (path, NULL, &error);
  g_autofree char *name = g_path_get_basename (path);

  g_assert_null (paragraphs);
  g_assert_error (error, DD_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, name));
}

static void
test_report_reads_as_its_text (void)
{
  g_autoptr(GPtrArray) paragraphs = read_fixture ("039-23-access-to-hmpps-data.docx");
  g_autofree char *text = read_text_fixture ("039-23-access-to-hmpps-data.txt");
  g_autofree char *read = join_as_text (paragraphs);

  g_assert_cmpstr (read, ==, text);
}

static void
test_report_layout (void)
{
  g_autoptr(GPtrArray) paragraphs = read_fixture ("039-23-access-to-hmpps-data.docx");
  int reference = find (paragraphs, "Report reference number:\t039-23");
  int heading = find (paragraphs, "1. Executive Summary");
  int bullet = find (paragraphs, "- unpaid work;");
  int signature = find (paragraphs, "Print:\tSam Taylor");

  /* The title block is a table, the headings paragraphs, the bullets a
   * numbered list, the approval block a table again. */
  g_assert_cmpint (reference, >=, 0);
  g_assert_cmpint (heading, >, reference);
  g_assert_cmpint (bullet, >, heading);
  g_assert_cmpint (signature, >, bullet);
  g_assert_cmpuint (count_starting (paragraphs, "- "), ==, 5);
  g_assert_cmpint (find (paragraphs, "Police, Fire and Crime Commissioner"), >, signature);
  g_assert_cmpint (find (paragraphs, "Date signed:"), >, signature);

  /* Runs split inside words read whole; w:ins counts, w:del does not;
   * a field's code is not text but its result is. */
  g_assert_cmpuint (count_containing (paragraphs, "the Performance Hub and the Segmentation Tool."), ==, 1);
  g_assert_cmpint (find (paragraphs, "Option 2: enter the MoU with two Designated Users. Recommended."), >, 0);
  g_assert_cmpuint (count_containing (paragraphs, "OLD TEXT"), ==, 0);
  g_assert_cmpint (find (paragraphs, "There is no charge for access. Staff time is met from existing budgets."), >, 0);
  g_assert_cmpuint (count_containing (paragraphs, "HYPERLINK"), ==, 0);
  g_assert_cmpint (find (paragraphs, "Enquiries to:\tperformance@pfcc.example.gov.uk"), >, 0);
  g_assert_cmpint (find (paragraphs, "Date redaction carried out:\t1 March 2023"), >, 0);
}

static void
test_label_variants (void)
{
  g_autoptr(GPtrArray) paragraphs = read_fixture ("label-variants.docx");
  g_autofree char *text = read_text_fixture ("label-variants.txt");
  g_autofree char *read = join_as_text (paragraphs);

  g_assert_cmpstr (read, ==, text);

  /* The text box reads once, not again from its VML fallback. */
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 0), ==, "OFFICIAL-SENSITIVE");
  g_assert_cmpuint (count_containing (paragraphs, "OFFICIAL-SENSITIVE"), ==, 3);
  g_assert_cmpint (find (paragraphs, "Ref No.\tPFCC/012/2024"), >, 0);
  g_assert_cmpint (find (paragraphs, "Report title:\tFunding for a Youth Diversion Scheme"), >, 0);
  g_assert_cmpint (find (paragraphs, "Contact\tcommissioning@opcc.example.gov.uk"), >, 0);
  g_assert_cmpint (find (paragraphs, "- a named key worker for up to twelve weeks;"), >, 0);
  g_assert_cmpint (find (paragraphs, "Date\t10/04/2024"), >, 0);
  g_assert_cmpuint (count_containing (paragraphs, "\n2.2 Payments"), ==, 1);
  g_assert_cmpuint (count_containing (paragraphs, "Not recommended.\nOption B"), ==, 1);
}

static void
test_bad_files (void)
{
  const struct {
    const char *name;
    int         code;
  } files[] = {
    { "not-a-docx.docx", DD_IMPORT_ERROR_UNSUPPORTED },
    { "no-document.docx", DD_IMPORT_ERROR_UNSUPPORTED },
    { "truncated.docx", DD_IMPORT_ERROR_CORRUPT },
    { "bad-xml.docx", DD_IMPORT_ERROR_CORRUPT },
    { "zip-bomb.docx", DD_IMPORT_ERROR_TOO_LARGE },
    { "039-23-access-to-hmpps-data.txt", DD_IMPORT_ERROR_UNSUPPORTED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = fixture (files[i].name);

      g_test_message ("%s", files[i].name);
      assert_fails (path, files[i].code);
    }
}

static void
test_bad_xml_names_the_line (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture ("bad-xml.docx");
  g_autoptr(GPtrArray) paragraphs = dd_docx_read_paragraphs (path, NULL, &error);

  g_assert_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "(line 5)"));
}

static void
test_zip_bomb_fails_fast (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture ("zip-bomb.docx");
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GPtrArray) paragraphs = dd_docx_read_paragraphs (path, NULL, &error);

  g_assert_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_unreadable_files (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *missing = g_build_filename (folder, "missing.docx", NULL);
  g_autofree char *empty = g_build_filename (folder, "empty.docx", NULL);
  g_autofree char *directory = g_build_filename (folder, "folder.docx", NULL);

  assert_fails (missing, DD_IMPORT_ERROR_READ);

  g_assert_cmpint (g_mkdir (directory, 0700), ==, 0);
  assert_fails (directory, DD_IMPORT_ERROR_READ);

  dd_test_write_file (empty, "", 0);
  assert_fails (empty, DD_IMPORT_ERROR_UNSUPPORTED);
}

static void
test_cancelled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = fixture ("039-23-access-to-hmpps-data.docx");
  g_autoptr(GPtrArray) paragraphs = NULL;

  g_cancellable_cancel (cancellable);
  paragraphs = dd_docx_read_paragraphs (path, cancellable, &error);

  g_assert_null (paragraphs);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_runs_and_blank_paragraphs (void)
{
  const char * const expected[] = {
    "Tab\there, a line\nbreak, non-breaking-hyphen, soft hyphen gone",
    "",
    "After one blank: the page break is not text",
    "",
    "Ends with CR",
    NULL
  };
  g_autoptr(GPtrArray) paragraphs =
    read_body (DOCUMENT ("<w:p/>" "<w:p><w:r><w:t> </w:t></w:r></w:p>"
                         "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
                         "<w:r><w:t>Tab</w:t><w:tab/><w:t>here, a line</w:t><w:br/><w:t>break, non</w:t>"
                         "<w:noBreakHyphen/><w:t>breaking-hyphen, soft hy</w:t><w:softHyphen/>"
                         "<w:t>phen gone</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0E0\"/></w:r></w:p>"
                         "<w:p/><w:p></w:p><w:p><w:r><w:t>  </w:t></w:r></w:p>"
                         "<w:p><w:r><w:t>After one blank: </w:t><w:br w:type=\"page\"/>"
                         "<w:t>the page break is not text</w:t></w:r></w:p>"
                         "<w:p/>"
                         "<w:p><w:r><w:t>Ends with CR&#13;</w:t></w:r></w:p>"
                         "<w:p/><w:p/>"));

  assert_paragraphs (paragraphs, expected);
}

static void
test_list_items (void)
{
  const char * const expected[] = {
    "- numbered",
    "- in a List style",
    "• already has a bullet",
    "numbering taken away",
    "Body Text is no list",
    NULL
  };
  g_autoptr(GPtrArray) paragraphs =
    read_body (DOCUMENT ("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>"
                         "<w:r><w:t>numbered</w:t></w:r></w:p>"
                         "<w:p><w:pPr><w:pStyle w:val=\"ListNumber\"/></w:pPr><w:r><w:t>in a List style</w:t></w:r></w:p>"
                         "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr><w:r><w:t>• already has a bullet</w:t></w:r></w:p>"
                         "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"
                         "<w:pPrChange w:id=\"1\" w:author=\"A\"><w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:pPrChange>"
                         "</w:pPr><w:r><w:t>numbering taken away</w:t></w:r></w:p>"
                         "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t>Body Text is no list</w:t></w:r></w:p>"));

  assert_paragraphs (paragraphs, expected);
}

static void
test_tables (void)
{
  const char * const expected[] = {
    "Before",
    "Label:\tfirst paragraph second paragraph",
    "Outer label",
    "Inner A\tInner B",
    "Inner C",
    "after the inner table\tLast cell",
    "After",
    NULL
  };
  g_autoptr(GPtrArray) paragraphs =
    read_body (DOCUMENT (P ("Before")
                         TABLE (ROW (CELL (P ("Label:")) CELL (P ("first paragraph") "<w:p/>" P ("second paragraph ")))
                                ROW (CELL ("<w:p/>") CELL ("<w:p/>"))
                                ROW (CELL (P ("Outer label")
                                           TABLE (ROW (CELL (P ("Inner A")) CELL (P ("Inner B")))
                                                  ROW (CELL ("<w:p/>") CELL (P ("Inner C"))))
                                           P ("after the inner table"))
                                     CELL (P ("Last cell"))))
                         "<w:p/>" P ("After")));

  /* The empty paragraph after a table is kept as the separator it is. */
  g_assert_cmpstr (g_ptr_array_index (paragraphs, 6), ==, "");
  g_ptr_array_remove_index (paragraphs, 6);
  assert_paragraphs (paragraphs, expected);
}

static void
test_not_word_documents (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = NULL;

  /* A workbook renamed .docx: its main part is no w:document. */
  path = write_package (folder, "word/document.xml",
                        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
  assert_fails (path, DD_IMPORT_ERROR_UNSUPPORTED);
  g_free (path);

  /* A document type could declare entities: refused. */
  path = write_package (folder, "word/document.xml",
                        "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaa\">]>"
                        "<w:document xmlns:w=\"" NS_WORD "\"><w:body>" P ("&a;") "</w:body></w:document>");
  assert_fails (path, DD_IMPORT_ERROR_UNSUPPORTED);
  g_free (path);

  /* The relationship points into a folder that is not there. */
  path = write_package (folder, "missing/document.xml", DOCUMENT (P ("Text")));
  assert_fails (path, DD_IMPORT_ERROR_CORRUPT);
  g_free (path);

  /* No relationships: word/document.xml is read all the same. */
  path = write_package (folder, NULL, DOCUMENT (P ("Found without relationships")));
  {
    g_autoptr(GPtrArray) paragraphs = dd_docx_read_paragraphs (path, NULL, NULL);

    g_assert_nonnull (paragraphs);
    g_assert_cmpstr (g_ptr_array_index (paragraphs, 0), ==, "Found without relationships");
  }
  g_free (path);

  /* Nothing but blank paragraphs and deleted text. */
  path = write_package (folder, "/word/./document.xml",
                        DOCUMENT ("<w:p/><w:p><w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>gone</w:delText>"
                                  "</w:r></w:del></w:p>" "<w:sectPr/>"));
  assert_fails (path, DD_IMPORT_ERROR_EMPTY);
}

static void
assert_too_large (guint paragraph_size,
                  guint n_paragraphs)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autoptr(GString) document = g_string_new ("<w:document xmlns:w=\"" NS_WORD "\"><w:body>");
  g_autofree char *text = g_strnfill (paragraph_size, 'a');
  g_autofree char *path = NULL;

  for (guint i = 0; i < n_paragraphs; i++)
    g_string_append_printf (document, "<w:p><w:r><w:t>%s</w:t></w:r></w:p>", text);
  g_string_append (document, "</w:body></w:document>");

  path = write_package (folder, "word/document.xml", document->str);
  assert_fails (path, DD_IMPORT_ERROR_TOO_LARGE);
}

static void
test_limits (void)
{
  /* A paragraph over 4 MiB; text over 16 MiB in all. */
  assert_too_large (4 * 1024 * 1024 + 1, 1);
  assert_too_large (3 * 1024 * 1024, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/docx/report-reads-as-its-text", test_report_reads_as_its_text);
  g_test_add_func ("/docx/report-layout", test_report_layout);
  g_test_add_func ("/docx/label-variants", test_label_variants);
  g_test_add_func ("/docx/bad-files", test_bad_files);
  g_test_add_func ("/docx/bad-xml-names-the-line", test_bad_xml_names_the_line);
  g_test_add_func ("/docx/zip-bomb-fails-fast", test_zip_bomb_fails_fast);
  g_test_add_func ("/docx/unreadable-files", test_unreadable_files);
  g_test_add_func ("/docx/cancelled", test_cancelled);
  g_test_add_func ("/docx/runs-and-blank-paragraphs", test_runs_and_blank_paragraphs);
  g_test_add_func ("/docx/list-items", test_list_items);
  g_test_add_func ("/docx/tables", test_tables);
  g_test_add_func ("/docx/not-word-documents", test_not_word_documents);
  g_test_add_func ("/docx/limits", test_limits);

  return g_test_run ();
}
