/* test-ods-reader.c: the cells of OpenDocument spreadsheets, and the
 * files that are not
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real workbook is read in place from ../shared/fixtures (skipped when
 * absent); the small packages are written here with libgsf, "mimetype"
 * stored first as ODF asks.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gsf/gsf-outfile-zip.h>
#include <gsf/gsf-output-stdio.h>
#include <string.h>

#include "dd-test-util.h"
#include "import/dd-import-error.h"
#include "import/dd-sheet-reader.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutfile, g_object_unref)

#define MIMETYPE_ODS "application/vnd.oasis.opendocument.spreadsheet"
#define MIMETYPE_ODT "application/vnd.oasis.opendocument.text"

#define CONTENT(body) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<office:document-content" \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"" \
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" \
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" \
  " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\"" \
  " office:version=\"1.2\">\n" \
  "<office:body>" body "</office:body></office:document-content>\n"
#define SPREADSHEET(tables) CONTENT ("<office:spreadsheet>" tables "</office:spreadsheet>")
#define TABLE(name, rows) "<table:table table:name=\"" name "\">" rows "</table:table>"
#define ROW(cells) "<table:table-row>" cells "</table:table-row>"
#define STRING(text) "<table:table-cell office:value-type=\"string\"><text:p>" text "</text:p></table:table-cell>"
#define FLOAT(value) \
  "<table:table-cell office:value-type=\"float\" office:value=\"" value "\"><text:p>" value "</text:p></table:table-cell>"
#define EMPTY "<table:table-cell/>"
/* What LibreOffice writes after the last column and the last row. */
#define EMPTY_REST "<table:table-cell table:number-columns-repeated=\"16000\"/>"
#define EMPTY_ROWS \
  "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell " \
  "table:number-columns-repeated=\"16384\"/></table:table-row>"

typedef struct
{
  guint       sheet;
  guint32     row;
  guint32     column;
  DdCellType  type;
  char       *text;
  double      number;
} Cell;

typedef struct
{
  guint   sheet;
  guint32 first_row;
  guint32 first_column;
  guint32 last_row;
  guint32 last_column;
} Merge;

typedef struct
{
  GPtrArray *sheets;     /* of char *: the names of the sheets begun */
  GArray    *cells;      /* of Cell */
  GArray    *merges;     /* of Merge */
  guint      n_ended;
  guint      current;    /* the sheet being read */
  gboolean   reading;
  int        skip;       /* the index of a sheet to skip, or -1 */
  guint      fail_at;    /* the cell (from 1) at which to fail, or 0 */
} Recorder;

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
}

static void
recorder_init (Recorder *recorder)
{
  memset (recorder, 0, sizeof *recorder);
  recorder->sheets = g_ptr_array_new_with_free_func (g_free);
  recorder->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (recorder->cells, cell_clear);
  recorder->merges = g_array_new (FALSE, TRUE, sizeof (Merge));
  recorder->skip = -1;
}

static void
recorder_clear (Recorder *recorder)
{
  g_clear_pointer (&recorder->sheets, g_ptr_array_unref);
  g_clear_pointer (&recorder->cells, g_array_unref);
  g_clear_pointer (&recorder->merges, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Recorder, recorder_clear)

static gboolean
on_begin_sheet (const char  *name,
                guint        index,
                gpointer     user_data,
                GError     **error G_GNUC_UNUSED)
{
  Recorder *recorder = user_data;

  g_assert_false (recorder->reading);
  g_assert_cmpuint (index, ==, recorder->sheets->len);
  g_ptr_array_add (recorder->sheets, g_strdup (name));
  recorder->current = index;
  recorder->reading = (int) index != recorder->skip;

  return recorder->reading;
}

static gboolean
on_cell (const DdCell  *cell,
         gpointer       user_data,
         GError       **error)
{
  Recorder *recorder = user_data;
  Cell copy = {
    .sheet = recorder->current,
    .row = cell->row,
    .column = cell->column,
    .type = cell->type,
    .text = g_strdup (cell->text),
    .number = cell->number,
  };

  g_assert_true (recorder->reading);

  /* Row by row, left to right. */
  if (recorder->cells->len > 0)
    {
      const Cell *last = &g_array_index (recorder->cells, Cell, recorder->cells->len - 1);

      if (last->sheet == copy.sheet)
        g_assert_true (copy.row > last->row || (copy.row == last->row && copy.column > last->column));
    }

  g_array_append_val (recorder->cells, copy);

  if (recorder->fail_at != 0 && recorder->cells->len == recorder->fail_at)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "stopped at %u", recorder->fail_at);
      return FALSE;
    }

  return TRUE;
}

static gboolean
on_merge (guint32    first_row,
          guint32    first_column,
          guint32    last_row,
          guint32    last_column,
          gpointer   user_data,
          GError   **error G_GNUC_UNUSED)
{
  Recorder *recorder = user_data;
  Merge merge = { recorder->current, first_row, first_column, last_row, last_column };

  g_assert_true (recorder->reading);
  g_assert_cmpuint (first_row, <=, last_row);
  g_assert_cmpuint (first_column, <=, last_column);
  g_array_append_val (recorder->merges, merge);

  return TRUE;
}

static gboolean
on_end_sheet (gpointer   user_data,
              GError   **error G_GNUC_UNUSED)
{
  Recorder *recorder = user_data;

  g_assert_true (recorder->reading);
  recorder->reading = FALSE;
  recorder->n_ended++;

  return TRUE;
}

static const DdSheetHandler recorder_handler = {
  .begin_sheet = on_begin_sheet,
  .cell = on_cell,
  .merge = on_merge,
  .end_sheet = on_end_sheet,
};

static const Cell *
find_cell (Recorder *recorder,
           guint     sheet,
           guint32   row,
           guint32   column)
{
  for (guint i = 0; i < recorder->cells->len; i++)
    {
      const Cell *cell = &g_array_index (recorder->cells, Cell, i);

      if (cell->sheet == sheet && cell->row == row && cell->column == column)
        return cell;
    }

  return NULL;
}

static void
assert_cell (Recorder   *recorder,
             guint       sheet,
             guint32     row,
             guint32     column,
             DdCellType  type,
             double      number,
             const char *text)
{
  const Cell *cell = find_cell (recorder, sheet, row, column);

  if (cell == NULL)
    g_error ("no cell at sheet %u, row %u, column %u", sheet, row, column);
  g_assert_cmpint (cell->type, ==, type);
  g_assert_cmpfloat_with_epsilon (cell->number, number, 1e-9);
  g_assert_cmpstr (cell->text, ==, text);
}

static void
assert_string (Recorder   *recorder,
               guint       sheet,
               guint32     row,
               guint32     column,
               const char *text)
{
  assert_cell (recorder, sheet, row, column, DD_CELL_STRING, 0, text);
}

static gboolean
has_merge (Recorder *recorder,
           guint     sheet,
           guint32   first_row,
           guint32   first_column,
           guint32   last_row,
           guint32   last_column)
{
  for (guint i = 0; i < recorder->merges->len; i++)
    {
      const Merge *merge = &g_array_index (recorder->merges, Merge, i);

      if (merge->sheet == sheet && merge->first_row == first_row && merge->first_column == first_column
          && merge->last_row == last_row && merge->last_column == last_column)
        return TRUE;
    }

  return FALSE;
}

static guint
count_in_sheet (Recorder *recorder,
                guint     sheet)
{
  guint count = 0;

  for (guint i = 0; i < recorder->cells->len; i++)
    if (g_array_index (recorder->cells, Cell, i).sheet == sheet)
      count++;

  return count;
}

static void
write_part (GsfOutfile *zip,
            const char *name,
            const char *contents,
            gsize       length,
            gboolean    stored)
{
  g_autoptr(GsfOutput) part =
    gsf_outfile_new_child_full (zip, name, FALSE,
                                "compression-level", stored ? GSF_ZIP_STORED : GSF_ZIP_DEFLATED,
                                NULL);

  g_assert_true (gsf_output_write (part, length, (const guint8 *) contents));
  g_assert_true (gsf_output_close (part));
}

/* A package with "mimetype" (stored, first) and content.xml, each left
 * out when %NULL. */
static char *
write_ods (const char *folder,
           const char *name,
           const char *mimetype,
           const char *content)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autoptr(GsfOutput) sink = gsf_output_stdio_new (path, &error);
  g_autoptr(GsfOutfile) zip = NULL;
  const char *manifest =
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>";

  g_assert_no_error (error);
  zip = gsf_outfile_zip_new (sink, &error);
  g_assert_no_error (error);

  if (mimetype != NULL)
    write_part (zip, "mimetype", mimetype, strlen (mimetype), TRUE);
  if (content != NULL)
    write_part (zip, "content.xml", content, strlen (content), FALSE);
  {
    g_autoptr(GsfOutfile) meta_inf = GSF_OUTFILE (gsf_outfile_new_child (zip, "META-INF", TRUE));

    write_part (meta_inf, "manifest.xml", manifest, strlen (manifest), FALSE);
    g_assert_true (gsf_output_close (GSF_OUTPUT (meta_inf)));
  }
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));

  return g_steal_pointer (&path);
}

static void
read_ods (const char *path,
          Recorder   *recorder)
{
  g_autoptr(GError) error = NULL;

  dd_ods_read (path, &recorder_handler, recorder, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (recorder->reading);
}

/* Reads @content as the content.xml of "test.ods". */
static void
read_content (Recorder   *recorder,
              const char *content)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_ods (folder, "test.ods", MIMETYPE_ODS, content);

  read_ods (path, recorder);
}

static GError *
read_fails (const char *path,
            int         code)
{
  g_auto(Recorder) recorder = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);

  recorder_init (&recorder);
  g_assert_false (dd_ods_read (path, &recorder_handler, &recorder, NULL, &error));
  g_assert_error (error, DD_IMPORT_ERROR, code);
  g_assert_nonnull (strstr (error->message, name));

  return g_steal_pointer (&error);
}

static GError *
content_fails (const char *content,
               int         code)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_ods (folder, "bad.ods", MIMETYPE_ODS, content);

  return read_fails (path, code);
}

static char *
shared_fixture (const char *name)
{
  char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "fixtures",
                                      "spreadsheets", name, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the shared fixtures are not there");
      g_clear_pointer (&path, g_free);
    }

  return path;
}

static void
test_fixture_police_workforce (void)
{
  static const guint cells_per_sheet[] = {
    71, 470, 463, 466, 465, 461, 96, 296, 292, 294, 293, 291, 463, 466,
  };
  g_auto(Recorder) recorder = { 0, };
  g_autofree char *path = shared_fixture ("police-workforce-sep19-tables.ods");
  guint n_markers = 0;
  gint64 start;

  if (path == NULL)
    return;

  recorder_init (&recorder);
  start = g_get_monotonic_time ();
  read_ods (path, &recorder);
  g_test_message ("read in %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);

  /* Every sheet ends with an empty row repeated about a million times
   * and rows of empty cells repeated some 16,000 times: read in a flash. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  g_assert_cmpuint (recorder.sheets->len, ==, 14);
  g_assert_cmpuint (recorder.n_ended, ==, 14);
  g_assert_cmpstr (g_ptr_array_index (recorder.sheets, 0), ==, "Index");
  g_assert_cmpstr (g_ptr_array_index (recorder.sheets, 1), ==, "Table_1");
  g_assert_cmpstr (g_ptr_array_index (recorder.sheets, 13), ==, "Table_13");
  for (guint i = 0; i < G_N_ELEMENTS (cells_per_sheet); i++)
    g_assert_cmpuint (count_in_sheet (&recorder, i), ==, cells_per_sheet[i]);
  g_assert_cmpuint (recorder.cells->len, ==, 4887);
  g_assert_cmpuint (recorder.merges->len, ==, 59);

  /* The index: a title merged over five columns, links read as text. */
  assert_string (&recorder, 0, 0, 0, "Police Workforce, England and Wales, 30 September 2019");
  g_assert_true (has_merge (&recorder, 0, 0, 0, 0, 4));
  assert_string (&recorder, 0, 3, 0, "Table 1");
  assert_string (&recorder, 0, 3, 4, "30 January 2020");

  /* Table 1: title, merged bands over the header, date-typed headers. */
  assert_string (&recorder, 1, 0, 0,
                 "Table 1: Police officers by police force area, England and Wales, "
                 "30 September 2018, 31 March 2019 and 30 September 2019 (FTE)");
  assert_string (&recorder, 1, 3, 1, "As at:");
  assert_string (&recorder, 1, 3, 4, "Change in 12 months\nSep-18 to Sep-19");
  assert_string (&recorder, 1, 3, 6, "Change in 6 months \nMar-19 to Sep-19");
  g_assert_true (has_merge (&recorder, 1, 3, 0, 5, 0));
  g_assert_true (has_merge (&recorder, 1, 3, 1, 4, 3));
  g_assert_true (has_merge (&recorder, 1, 3, 4, 4, 5));
  g_assert_true (has_merge (&recorder, 1, 3, 6, 4, 7));
  assert_cell (&recorder, 1, 5, 1, DD_CELL_DATE, 43373, "Sep-18");
  assert_cell (&recorder, 1, 5, 2, DD_CELL_DATE, 43555, "Mar-19");
  assert_cell (&recorder, 1, 5, 3, DD_CELL_DATE, 43738, "Sep-19");
  assert_string (&recorder, 1, 5, 5, "%");

  /* Regions (with the trailing space of a text:s) mixed with forces. */
  assert_string (&recorder, 1, 6, 0, "North East ");
  assert_cell (&recorder, 1, 6, 1, DD_CELL_NUMBER, 5516.6500000000015, "5,517");
  assert_cell (&recorder, 1, 6, 4, DD_CELL_NUMBER, -81.955700000000434, "-82");
  assert_string (&recorder, 1, 7, 0, "Cleveland");
  assert_string (&recorder, 1, 59, 0, "Total 43 forces");
  assert_cell (&recorder, 1, 59, 3, DD_CELL_NUMBER, 124783.972765, "124,784");
  assert_string (&recorder, 1, 62, 0, "Total");
  assert_cell (&recorder, 1, 62, 3, DD_CELL_NUMBER, 128149.034855, "128,149");

  /* ".." where Cleveland has no designated officers. */
  assert_string (&recorder, 3, 7, 0, "Cleveland");
  for (guint column = 1; column <= 7; column++)
    assert_string (&recorder, 3, 7, column, "..");
  for (guint i = 0; i < recorder.cells->len; i++)
    if (g_strcmp0 (g_array_index (recorder.cells, Cell, i).text, "..") == 0)
      n_markers++;
  g_assert_cmpuint (n_markers, ==, 156);
  assert_string (&recorder, 13, 9, 5, "*");
}

static void
test_repeats (void)
{
  g_auto(Recorder) recorder = { 0, };
  gint64 start = g_get_monotonic_time ();

  recorder_init (&recorder);
  read_content (&recorder,
                SPREADSHEET (TABLE ("Repeats",
                                    ROW (STRING ("Head") EMPTY_REST)
                                    "<table:table-row table:number-rows-repeated=\"3\">"
                                    EMPTY
                                    "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\""
                                    " office:value=\"7\"><text:p>7</text:p></table:table-cell>"
                                    EMPTY STRING ("x") EMPTY_REST
                                    "</table:table-row>"
                                    EMPTY_ROWS
                                    ROW ("<table:table-cell table:number-columns-repeated=\"16000\"/>" STRING ("far"))
                                    EMPTY_ROWS)
                             TABLE ("Second", ROW (STRING ("after")) EMPTY_ROWS)));

  /* Empty repeats only move on: quick, and nothing reported. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_cmpuint (recorder.sheets->len, ==, 2);

  assert_string (&recorder, 0, 0, 0, "Head");
  for (guint32 row = 1; row <= 3; row++)
    {
      g_assert_null (find_cell (&recorder, 0, row, 0));
      assert_cell (&recorder, 0, row, 1, DD_CELL_NUMBER, 7, "7");
      assert_cell (&recorder, 0, row, 2, DD_CELL_NUMBER, 7, "7");
      g_assert_null (find_cell (&recorder, 0, row, 3));
      assert_string (&recorder, 0, row, 4, "x");
    }
  assert_string (&recorder, 0, 4 + 1048000, 16000, "far");
  g_assert_cmpuint (count_in_sheet (&recorder, 0), ==, 1 + 3 * 3 + 1);

  assert_string (&recorder, 1, 0, 0, "after");
  g_assert_cmpuint (recorder.cells->len, ==, 12);
}

static void
test_value_types (void)
{
  g_auto(Recorder) recorder = { 0, };

  recorder_init (&recorder);
  read_content (&recorder,
                SPREADSHEET (TABLE ("Types", ROW (
                  FLOAT ("-1234.5")
                  "<table:table-cell office:value-type=\"percentage\" office:value=\"0.125\"><text:p>12.5%</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"currency\" office:currency=\"GBP\" office:value=\"9.99\"><text:p>£9.99</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"date\" office:date-value=\"2025-06-30\"><text:p>30/06/2025</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"date\" office:date-value=\"2025-06-30T18:00:00\"><text:p>30/06/2025 18:00</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"time\" office:time-value=\"PT12H30M00S\"><text:p>12:30</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\"><text:p>FALSE</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"string\" office:string-value=\"from the attribute\"><text:p>shown</text:p></table:table-cell>"
                  "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\""
                  " calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"
                  "<table:table-cell><text:p>no value type</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"float\" office:value=\"42\"/>"
                  "<table:table-cell office:value-type=\"date\" office:date-value=\"1850-01-01\"><text:p>1850</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"float\" office:value=\"oops\"><text:p>n/a</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"string\"><text:p/></table:table-cell>"
                  "<table:table-cell office:value-type=\"time\" office:time-value=\"P1DT6H\"><text:p>30:00</text:p></table:table-cell>"
                  ))));

  assert_cell (&recorder, 0, 0, 0, DD_CELL_NUMBER, -1234.5, "-1234.5");
  assert_cell (&recorder, 0, 0, 1, DD_CELL_PERCENT, 0.125, "12.5%");
  assert_cell (&recorder, 0, 0, 2, DD_CELL_NUMBER, 9.99, "£9.99");
  assert_cell (&recorder, 0, 0, 3, DD_CELL_DATE, 45838, "30/06/2025");
  assert_cell (&recorder, 0, 0, 4, DD_CELL_DATE, 45838.75, "30/06/2025 18:00");
  assert_cell (&recorder, 0, 0, 5, DD_CELL_DATE, 12.5 / 24, "12:30");
  assert_cell (&recorder, 0, 0, 6, DD_CELL_BOOLEAN, 1, "TRUE");
  assert_cell (&recorder, 0, 0, 7, DD_CELL_BOOLEAN, 0, "FALSE");
  assert_string (&recorder, 0, 0, 8, "from the attribute");
  assert_cell (&recorder, 0, 0, 9, DD_CELL_ERROR, 0, "#DIV/0!");
  assert_string (&recorder, 0, 0, 10, "no value type");
  assert_cell (&recorder, 0, 0, 11, DD_CELL_NUMBER, 42, NULL);
  /* Days before 1900 count down, as dd_cell_date_to_iso () reads them. */
  assert_cell (&recorder, 0, 0, 12, DD_CELL_DATE, -18261, "1850");
  {
    g_autofree char *iso = dd_cell_date_to_iso (find_cell (&recorder, 0, 0, 12)->number);

    g_assert_cmpstr (iso, ==, "1850-01-01");
  }
  assert_string (&recorder, 0, 0, 13, "n/a");
  g_assert_null (find_cell (&recorder, 0, 0, 14));
  assert_cell (&recorder, 0, 0, 15, DD_CELL_DATE, 1.25, "30:00");
  g_assert_cmpuint (recorder.cells->len, ==, 15);
}

static void
test_text (void)
{
  g_auto(Recorder) recorder = { 0, };

  recorder_init (&recorder);
  read_content (&recorder,
                SPREADSHEET (TABLE ("Text", ROW (
                  "<table:table-cell office:value-type=\"string\"><text:p>first</text:p><text:p>second</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d<text:s/></text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"string\"><text:p><text:span text:style-name=\"T1\">bold</text:span> and "
                  "<text:a xlink:href=\"https://example.org/\">a link</text:a></text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>A</dc:creator><text:p>a comment</text:p></office:annotation>"
                  "<text:p>noted</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"string\"><text:p>\n   spaced\t\tout  \n</text:p></table:table-cell>"
                  "<table:table-cell><draw:frame><draw:text-box><text:p>in a shape</text:p></draw:text-box></draw:frame></table:table-cell>"
                  "<table:table-cell office:value-type=\"string\"><text:p/><text:p>after an empty paragraph</text:p></table:table-cell>"
                  "<table:table-cell office:value-type=\"string\"><text:p>Wales &amp; England &#x2013; 2019</text:p></table:table-cell>"
                  ))));

  assert_string (&recorder, 0, 0, 0, "first\nsecond");
  assert_string (&recorder, 0, 0, 1, "a   b\tc\nd ");
  assert_string (&recorder, 0, 0, 2, "bold and a link");
  assert_string (&recorder, 0, 0, 3, "noted");
  assert_string (&recorder, 0, 0, 4, "spaced out ");
  g_assert_null (find_cell (&recorder, 0, 0, 5));
  assert_string (&recorder, 0, 0, 6, "\nafter an empty paragraph");
  assert_string (&recorder, 0, 0, 7, "Wales & England \xe2\x80\x93 2019");
  g_assert_cmpuint (recorder.cells->len, ==, 7);
}

static void
test_merges_and_covered_cells (void)
{
  g_auto(Recorder) recorder = { 0, };

  recorder_init (&recorder);
  read_content (&recorder,
                SPREADSHEET (TABLE ("Merges",
                  ROW ("<table:table-cell table:number-columns-spanned=\"3\" table:number-rows-spanned=\"2\""
                       " office:value-type=\"string\"><text:p>Band</text:p></table:table-cell>"
                       "<table:covered-table-cell table:number-columns-repeated=\"2\"/>"
                       STRING ("right"))
                  ROW ("<table:covered-table-cell table:number-columns-repeated=\"3\"/>" FLOAT ("5"))
                  ROW ("<table:table-cell table:number-rows-spanned=\"2\"/>"
                       "<table:covered-table-cell office:value-type=\"string\"><text:p>hidden</text:p></table:covered-table-cell>"
                       STRING ("c"))
                  ROW ("<table:covered-table-cell/>" STRING ("d")))));

  g_assert_cmpuint (recorder.merges->len, ==, 2);
  g_assert_true (has_merge (&recorder, 0, 0, 0, 1, 2));
  /* A merge over empty cells is a merge all the same. */
  g_assert_true (has_merge (&recorder, 0, 2, 0, 3, 0));

  assert_string (&recorder, 0, 0, 0, "Band");
  assert_string (&recorder, 0, 0, 3, "right");
  assert_cell (&recorder, 0, 1, 3, DD_CELL_NUMBER, 5, "5");
  /* What a covered cell hides is not shown, so not read. */
  g_assert_null (find_cell (&recorder, 0, 2, 1));
  assert_string (&recorder, 0, 2, 2, "c");
  assert_string (&recorder, 0, 3, 1, "d");
  g_assert_cmpuint (recorder.cells->len, ==, 5);
}

static void
test_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *big_text = g_malloc (DD_SHEET_MAX_CELL_BYTES + 2);
  gint64 start;

  /* Letters at random, which do not pack like a zip bomb. */
  for (gsize i = 0; i <= DD_SHEET_MAX_CELL_BYTES; i++)
    big_text[i] = 'a' + g_test_rand_int_range (0, 26);
  big_text[DD_SHEET_MAX_CELL_BYTES + 1] = '\0';

  /* A value past the last column; an empty cell there is nothing. */
  error = content_fails (SPREADSHEET (TABLE ("Wide",
                           ROW ("<table:table-cell table:number-columns-repeated=\"16384\"/>" STRING ("x")))),
                         DD_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Wide"));
  g_clear_error (&error);

  error = content_fails (SPREADSHEET (TABLE ("Wide",
                           ROW ("<table:table-cell table:number-columns-repeated=\"16380\""
                                " office:value-type=\"float\" office:value=\"1\"/>"
                                "<table:table-cell table:number-columns-repeated=\"5\""
                                " office:value-type=\"float\" office:value=\"1\"/>"))),
                         DD_IMPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* A row with a value repeated past the last row. */
  error = content_fails (SPREADSHEET (TABLE ("Long",
                           "<table:table-row table:number-rows-repeated=\"16000000\">" EMPTY "</table:table-row>"
                           "<table:table-row table:number-rows-repeated=\"1000000\">" STRING ("x") "</table:table-row>")),
                         DD_IMPORT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "Long"));
  g_clear_error (&error);

  /* A few bytes asking for a billion cells fail before the first. */
  start = g_get_monotonic_time ();
  error = content_fails (SPREADSHEET (TABLE ("Bomb",
                           "<table:table-row table:number-rows-repeated=\"1000000\">"
                           "<table:table-cell table:number-columns-repeated=\"1000\""
                           " office:value-type=\"float\" office:value=\"1\"/></table:table-row>")),
                         DD_IMPORT_ERROR_TOO_LARGE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_nonnull (strstr (error->message, "Bomb"));
  g_clear_error (&error);

  error = content_fails (SPREADSHEET (TABLE ("Bomb",
                           ROW ("<table:table-cell table:number-columns-repeated=\"16384\""
                                " office:value-type=\"float\" office:value=\"1\"/>")
                           "<table:table-row table:number-rows-repeated=\"1100\">"
                           "<table:table-cell table:number-columns-repeated=\"16384\""
                           " office:value-type=\"float\" office:value=\"1\"/></table:table-row>")),
                         DD_IMPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* A cell's text over the limit, written out or as spaces. */
  {
    g_autofree char *content =
      g_strconcat ("<?xml version=\"1.0\"?><office:document-content"
                   " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                   " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                   " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                   "<office:body><office:spreadsheet><table:table table:name=\"Big\"><table:table-row>"
                   "<table:table-cell><text:p>", big_text, "</text:p></table:table-cell>"
                   "</table:table-row></table:table></office:spreadsheet></office:body>"
                   "</office:document-content>", NULL);

    error = content_fails (content, DD_IMPORT_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "Big"));
    g_clear_error (&error);
  }

  error = content_fails (SPREADSHEET (TABLE ("Spaces",
                           ROW ("<table:table-cell><text:p>a<text:s text:c=\"2000000\"/></text:p></table:table-cell>"))),
                         DD_IMPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);
}

static void
test_skip_and_stop (void)
{
  const char *content =
    SPREADSHEET (TABLE ("One", ROW (STRING ("1")))
                 TABLE ("Two", ROW (STRING ("2") "<table:table-cell table:number-columns-spanned=\"2\"/>")
                                   "<table:table-row table:number-rows-repeated=\"2\">" STRING ("r") "</table:table-row>")
                 TABLE ("Three", ROW (STRING ("3") STRING ("4") STRING ("5"))));
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_ods (folder, "sheets.ods", MIMETYPE_ODS, content);

  /* A sheet skipped is read through, but nothing of it reported. */
  {
    g_auto(Recorder) recorder = { 0, };

    recorder_init (&recorder);
    recorder.skip = 1;
    read_ods (path, &recorder);
    g_assert_cmpuint (recorder.sheets->len, ==, 3);
    g_assert_cmpstr (g_ptr_array_index (recorder.sheets, 2), ==, "Three");
    g_assert_cmpuint (recorder.n_ended, ==, 2);
    g_assert_cmpuint (recorder.cells->len, ==, 4);
    g_assert_cmpuint (recorder.merges->len, ==, 0);
    assert_string (&recorder, 2, 0, 2, "5");
  }

  /* The handler's error comes back as it is. */
  {
    g_auto(Recorder) recorder = { 0, };
    g_autoptr(GError) error = NULL;

    recorder_init (&recorder);
    recorder.fail_at = 3;
    g_assert_false (dd_ods_read (path, &recorder_handler, &recorder, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
    g_assert_cmpuint (recorder.cells->len, ==, 3);
  }

  /* Cancelled. */
  {
    g_auto(Recorder) recorder = { 0, };
    g_autoptr(GError) error = NULL;
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    recorder_init (&recorder);
    g_cancellable_cancel (cancellable);
    g_assert_false (dd_ods_read (path, &recorder_handler, &recorder, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpuint (recorder.sheets->len, ==, 0);
  }
}

static void
test_not_ods (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* Text named .ods. */
  path = g_build_filename (folder, "notes.ods", NULL);
  dd_test_write_file (path, "Region,Count\nNorth East,12\n", -1);
  error = read_fails (path, DD_IMPORT_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "plain text"));
  g_clear_error (&error);
  g_free (path);

  /* A text document renamed .ods. */
  path = write_ods (folder, "letter.ods", MIMETYPE_ODT,
                    CONTENT ("<office:text><text:p>Dear all</text:p></office:text>"));
  error = read_fails (path, DD_IMPORT_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "OpenDocument"));
  g_clear_error (&error);
  g_free (path);

  /* ... and without its mimetype: content.xml tells. */
  path = write_ods (folder, "letter-no-mimetype.ods", NULL,
                    CONTENT ("<office:text><text:p>Dear all</text:p></office:text>"));
  g_clear_error (&error);
  error = read_fails (path, DD_IMPORT_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  g_free (path);

  /* Another kind of zip. */
  path = write_ods (folder, "archive.ods", NULL, NULL);
  error = read_fails (path, DD_IMPORT_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  g_free (path);

  /* A spreadsheet's mimetype, but no content.xml. */
  path = write_ods (folder, "no-content.ods", MIMETYPE_ODS, NULL);
  error = read_fails (path, DD_IMPORT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "content.xml"));
  g_clear_error (&error);
  g_free (path);

  /* Invalid XML, named with its part and line. */
  path = write_ods (folder, "invalid.ods", MIMETYPE_ODS,
                    "<?xml version=\"1.0\"?>\n<office:document-content"
                    " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">\n"
                    "<office:body>\n<office:spreadsheet>\n</office:body>\n");
  error = read_fails (path, DD_IMPORT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "content.xml"));
  g_assert_nonnull (strstr (error->message, "(line 5)"));
  g_clear_error (&error);
  g_free (path);

  /* Entities could be declared: refused. */
  path = write_ods (folder, "entities.ods", MIMETYPE_ODS,
                    "<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY a \"aaaa\">]>"
                    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
  error = read_fails (path, DD_IMPORT_ERROR_UNSUPPORTED);
  g_clear_error (&error);
  g_free (path);

  /* A spreadsheet cut short. */
  path = write_ods (folder, "whole.ods", MIMETYPE_ODS, SPREADSHEET (TABLE ("A", ROW (STRING ("x")))));
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_free (path);
  path = g_build_filename (folder, "truncated.ods", NULL);
  dd_test_write_file (path, contents, length / 2);
  error = read_fails (path, DD_IMPORT_ERROR_CORRUPT);
  g_clear_error (&error);
  g_free (path);

  /* Not there at all. */
  path = g_build_filename (folder, "missing.ods", NULL);
  error = read_fails (path, DD_IMPORT_ERROR_READ);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ods/fixture-police-workforce", test_fixture_police_workforce);
  g_test_add_func ("/ods/repeats", test_repeats);
  g_test_add_func ("/ods/value-types", test_value_types);
  g_test_add_func ("/ods/text", test_text);
  g_test_add_func ("/ods/merges-and-covered-cells", test_merges_and_covered_cells);
  g_test_add_func ("/ods/limits", test_limits);
  g_test_add_func ("/ods/skip-and-stop", test_skip_and_stop);
  g_test_add_func ("/ods/not-ods", test_not_ods);

  return g_test_run ();
}
