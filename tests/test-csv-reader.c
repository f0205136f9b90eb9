/* test-csv-reader.c: the cells of CSV files, and the files that are not
 * CSV files
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real file is read in place from ../shared/fixtures (skipped when
 * absent); the small cases are written here, at run time.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>

#include "dd-test-util.h"
#include "import/dd-import-error.h"
#include "import/dd-sheet-reader.h"

#define CHUNK_SIZE (64 * 1024)

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
  GPtrArray    *sheets;     /* of char *: the names of the sheets begun */
  GArray       *cells;      /* of Cell */
  guint         n_ended;
  gboolean      skip;       /* begin_sheet says no */
  guint         fail_at;    /* the cell (from 1) at which to fail, or 0 */
  GCancellable *cancel_at_first;
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
}

static void
recorder_clear (Recorder *recorder)
{
  g_clear_pointer (&recorder->sheets, g_ptr_array_unref);
  g_clear_pointer (&recorder->cells, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Recorder, recorder_clear)

static gboolean
on_begin_sheet (const char  *name,
                guint        index,
                gpointer     user_data,
                GError     **error G_GNUC_UNUSED)
{
  Recorder *recorder = user_data;

  g_assert_cmpuint (index, ==, recorder->sheets->len);
  g_ptr_array_add (recorder->sheets, g_strdup (name));

  return !recorder->skip;
}

static gboolean
on_cell (const DdCell  *cell,
         gpointer       user_data,
         GError       **error)
{
  Recorder *recorder = user_data;
  Cell copy = {
    .sheet = recorder->sheets->len - 1,
    .row = cell->row,
    .column = cell->column,
    .type = cell->type,
    .text = g_strdup (cell->text),
    .number = cell->number,
  };

  g_assert_cmpuint (recorder->sheets->len, >, 0);
  g_assert_cmpuint (recorder->n_ended, ==, recorder->sheets->len - 1);

  /* Row by row, left to right. */
  if (recorder->cells->len > 0)
    {
      const Cell *last = &g_array_index (recorder->cells, Cell, recorder->cells->len - 1);

      if (last->sheet == copy.sheet)
        g_assert_true (copy.row > last->row || (copy.row == last->row && copy.column > last->column));
    }

  g_array_append_val (recorder->cells, copy);

  if (recorder->cancel_at_first != NULL)
    g_cancellable_cancel (recorder->cancel_at_first);

  if (recorder->fail_at != 0 && recorder->cells->len == recorder->fail_at)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "stopped at %u", recorder->fail_at);
      return FALSE;
    }

  return TRUE;
}

static gboolean
on_end_sheet (gpointer   user_data,
              GError   **error G_GNUC_UNUSED)
{
  Recorder *recorder = user_data;

  recorder->n_ended++;
  g_assert_cmpuint (recorder->n_ended, ==, recorder->sheets->len);

  return TRUE;
}

static const DdSheetHandler recorder_handler = {
  .begin_sheet = on_begin_sheet,
  .cell = on_cell,
  .end_sheet = on_end_sheet,
};

static const Cell *
find_cell (Recorder *recorder,
           guint32   row,
           guint32   column)
{
  for (guint i = 0; i < recorder->cells->len; i++)
    {
      const Cell *cell = &g_array_index (recorder->cells, Cell, i);

      if (cell->row == row && cell->column == column)
        return cell;
    }

  return NULL;
}

static void
assert_string (Recorder   *recorder,
               guint32     row,
               guint32     column,
               const char *text)
{
  const Cell *cell = find_cell (recorder, row, column);

  g_assert_nonnull (cell);
  g_assert_cmpint (cell->type, ==, DD_CELL_STRING);
  g_assert_cmpstr (cell->text, ==, text);
}

static void
assert_typed (Recorder   *recorder,
              guint32     row,
              guint32     column,
              DdCellType  type,
              double      number,
              const char *text)
{
  const Cell *cell = find_cell (recorder, row, column);

  g_assert_nonnull (cell);
  g_assert_cmpint (cell->type, ==, type);
  g_assert_cmpfloat_with_epsilon (cell->number, number, 1e-9);
  g_assert_cmpstr (cell->text, ==, text);
}

static guint
count_cells (Recorder   *recorder,
             DdCellType  type)
{
  guint count = 0;

  for (guint i = 0; i < recorder->cells->len; i++)
    if (g_array_index (recorder->cells, Cell, i).type == type)
      count++;

  return count;
}

static char *
write_csv (const char *folder,
           const char *name,
           const char *contents,
           gssize      length)
{
  char *path = g_build_filename (folder, name, NULL);

  dd_test_write_file (path, contents, length < 0 ? (gssize) strlen (contents) : length);

  return path;
}

static void
read_csv (const char *path,
          Recorder   *recorder)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dd_csv_read (path, &recorder_handler, recorder, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (recorder->sheets->len, ==, 1);
  g_assert_cmpuint (recorder->n_ended, ==, 1);
}

/* Reads @contents as "test.csv" into @recorder. */
static void
read_text (Recorder   *recorder,
           const char *contents,
           gssize      length)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_csv (folder, "test.csv", contents, length);

  read_csv (path, recorder);
}

static void
assert_fails (const char *path,
              GQuark      domain,
              int         code,
              const char *message_part)
{
  g_auto(Recorder) recorder = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);

  recorder_init (&recorder);
  g_assert_false (dd_csv_read (path, &recorder_handler, &recorder, NULL, &error));
  g_assert_error (error, domain, code);
  if (domain == DD_IMPORT_ERROR)
    g_assert_nonnull (strstr (error->message, name));
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message_part);
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
test_fixture_crime_tables (void)
{
  static const char * const header[] = {
    "Police Force\nArea code", "Police Force\nArea name", "Community Safety\nPartnership code",
    "Community Safety\nPartnership name", "Local Authority code", "Local Authority name",
    "Total recorded crime\n (excluding fraud)", "Violence against the person", "Homicide",
    "Death or serious injury caused by illegal driving", "Violence with injury",
    "Violence without injury", "Stalking and harassment", "Sexual offences", "Robbery",
    "Theft offences", "Burglary", "Residential burglary", "Non-residential burglary",
    "Vehicle offences", "Theft from the person", "Bicycle theft", "Shoplifting",
    "All other theft offences", "Criminal damage and arson", "Drug offences",
    "Possession of weapons offences", "Public order offences",
    "Miscellaneous crimes against society",
  };
  g_auto(Recorder) recorder = { 0, };
  g_autofree char *path = shared_fixture ("policeforceareatablesyejune25final.csv");
  const Cell *last;
  double total = 0;
  guint n_totals = 0;

  if (path == NULL)
    return;

  recorder_init (&recorder);
  read_csv (path, &recorder);

  g_assert_cmpstr (g_ptr_array_index (recorder.sheets, 0), ==, "policeforceareatablesyejune25final");

  /* Seven rows of preamble, the title padded with empty fields. */
  assert_string (&recorder, 0, 0,
                 "Table C2: Number of police recorded crimes for headline offences by Community "
                 "Safety Partnership area, England and Wales, year ending June 2025 "
                 "[note 1][note 2][note 3]");
  g_assert_null (find_cell (&recorder, 0, 1));
  assert_string (&recorder, 3, 0,
                 "Some shorthand is used in this table.  [x] indicates data are unavailable.");
  assert_string (&recorder, 6, 0, "Source: Police recorded crime from the Home Office");

  /* The header row's cells hold the line breaks of their quoted fields. */
  for (guint column = 0; column < G_N_ELEMENTS (header); column++)
    assert_string (&recorder, 7, column, header[column]);
  g_assert_null (find_cell (&recorder, 7, G_N_ELEMENTS (header)));

  /* Numbers written with thousands separators and a trailing space. */
  assert_string (&recorder, 8, 0, "E23000036");
  assert_string (&recorder, 8, 1, "Avon and Somerset");
  g_assert_null (find_cell (&recorder, 8, 2));
  assert_typed (&recorder, 8, 6, DD_CELL_NUMBER, 170002, "170,002 ");
  assert_typed (&recorder, 8, 8, DD_CELL_NUMBER, 8, "8 ");
  assert_typed (&recorder, 9, 9, DD_CELL_NUMBER, 0, "0 ");
  assert_string (&recorder, 10, 5, "Bristol, City of ");
  assert_string (&recorder, 155, 1, "Humberside [note 4]");

  /* Surrey's unassigned row has no figures at all. */
  assert_string (&recorder, 338, 3, "unassigned Surrey");
  g_assert_null (find_cell (&recorder, 338, 6));

  last = &g_array_index (recorder.cells, Cell, recorder.cells->len - 1);
  g_assert_cmpuint (last->row, ==, 406);
  g_assert_cmpuint (last->column, ==, 28);
  assert_typed (&recorder, 406, 28, DD_CELL_NUMBER, 688, "688 ");

  g_assert_cmpuint (recorder.cells->len, ==, 11277);
  g_assert_cmpuint (count_cells (&recorder, DD_CELL_NUMBER), ==, 9154);
  g_assert_cmpuint (count_cells (&recorder, DD_CELL_STRING), ==, 2123);

  for (guint i = 0; i < recorder.cells->len; i++)
    {
      const Cell *cell = &g_array_index (recorder.cells, Cell, i);

      if (cell->column == 6 && cell->row > 7)
        {
          g_assert_cmpint (cell->type, ==, DD_CELL_NUMBER);
          total += cell->number;
          n_totals++;
        }
    }
  g_assert_cmpuint (n_totals, ==, 398);
  g_assert_cmpfloat (total, ==, 10399497);
}

static void
test_quoting (void)
{
  g_auto(Recorder) recorder = { 0, };

  recorder_init (&recorder);
  read_text (&recorder,
             "plain,\"quoted, with comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\n"
             "\"a\r\nb\",x\"y,\"after\" quote,\"\"\"\"\n"
             "\"\",,\"   \",last\n", -1);

  assert_string (&recorder, 0, 0, "plain");
  assert_string (&recorder, 0, 1, "quoted, with comma");
  assert_string (&recorder, 0, 2, "say \"hi\"");
  assert_string (&recorder, 0, 3, "two\nlines");
  g_assert_null (find_cell (&recorder, 0, 4));

  /* A CRLF inside quotes is text as written; a stray quote in an unquoted
   * field is kept, and so is text after a closing quote. */
  assert_string (&recorder, 1, 0, "a\r\nb");
  assert_string (&recorder, 1, 1, "x\"y");
  assert_string (&recorder, 1, 2, "after quote");
  assert_string (&recorder, 1, 3, "\"");

  g_assert_null (find_cell (&recorder, 2, 0));
  g_assert_null (find_cell (&recorder, 2, 1));
  assert_string (&recorder, 2, 2, "   ");
  assert_string (&recorder, 2, 3, "last");
  g_assert_cmpuint (recorder.cells->len, ==, 10);
}

static void
test_line_endings_and_blank_lines (void)
{
  static const char * const files[] = {
    "a,b\n\nc,d\n,e",
    "a,b\r\n\r\nc,d\r\n,e\r\n",
    "a,b\r\rc,d\r,e\r",
    "\xef\xbb\xbf" "a,b\r\n\r\nc,d\r\n,e",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_auto(Recorder) recorder = { 0, };

      g_test_message ("file %u", i);
      recorder_init (&recorder);
      read_text (&recorder, files[i], -1);

      /* A blank line is a row without cells; a BOM is not text. */
      assert_string (&recorder, 0, 0, "a");
      assert_string (&recorder, 0, 1, "b");
      assert_string (&recorder, 2, 0, "c");
      assert_string (&recorder, 2, 1, "d");
      assert_string (&recorder, 3, 1, "e");
      g_assert_cmpuint (recorder.cells->len, ==, 5);
    }
}

static void
test_delimiters (void)
{
  g_auto(Recorder) semicolons = { 0, };
  g_auto(Recorder) tabs = { 0, };
  g_auto(Recorder) single = { 0, };

  /* Decimal commas do not make a comma-separated file: the semicolons
   * are on every line, as often. */
  recorder_init (&semicolons);
  read_text (&semicolons,
             "Title of the table\n"
             "Region;Rate;Count\n"
             "North East;1,5;1.234\n"
             "\"South; West\";2,25;7\n", -1);
  assert_string (&semicolons, 0, 0, "Title of the table");
  assert_string (&semicolons, 1, 2, "Count");
  assert_string (&semicolons, 2, 1, "1,5");
  assert_typed (&semicolons, 2, 2, DD_CELL_NUMBER, 1.234, "1.234");
  assert_string (&semicolons, 3, 0, "South; West");
  assert_typed (&semicolons, 3, 2, DD_CELL_NUMBER, 7, "7");

  recorder_init (&tabs);
  read_text (&tabs, "Name\tNote\tValue\r\nA\tone, two; three\t1,000\r\nB\t\"x\ty\"\t-2\r\n", -1);
  assert_string (&tabs, 1, 1, "one, two; three");
  assert_typed (&tabs, 1, 2, DD_CELL_NUMBER, 1000, "1,000");
  assert_string (&tabs, 2, 1, "x\ty");
  assert_typed (&tabs, 2, 2, DD_CELL_NUMBER, -2, "-2");
  g_assert_cmpuint (tabs.cells->len, ==, 9);

  /* One column: nothing to separate. */
  recorder_init (&single);
  read_text (&single, "Only\n1\n2", -1);
  assert_string (&single, 0, 0, "Only");
  assert_typed (&single, 2, 0, DD_CELL_NUMBER, 2, "2");
}

static void
test_typing (void)
{
  static const struct {
    const char *field;
    DdCellType  type;
    double      number;
  } cases[] = {
    { "170,002 ", DD_CELL_NUMBER, 170002 },
    { " 42", DD_CELL_NUMBER, 42 },
    { "-1,234.5", DD_CELL_NUMBER, -1234.5 },
    { "+7", DD_CELL_NUMBER, 7 },
    { "\xe2\x88\x92" "3", DD_CELL_NUMBER, -3 },
    { "0.25", DD_CELL_NUMBER, 0.25 },
    { ".5", DD_CELL_NUMBER, 0.5 },
    { "1.5e3", DD_CELL_NUMBER, 1500 },
    { "1,234,567", DD_CELL_NUMBER, 1234567 },
    { "\xc2\xa0" "12\xc2\xa0", DD_CELL_NUMBER, 12 },
    { "12.5%", DD_CELL_PERCENT, 0.125 },
    { "-3 %", DD_CELL_PERCENT, -0.03 },
    { "100%", DD_CELL_PERCENT, 1 },
    { "2025-06-30", DD_CELL_DATE, 45838 },
    { "30/06/2025", DD_CELL_DATE, 45838 },
    { "1/2/2024", DD_CELL_DATE, 45323 },
    { "2025-06-30 12:00", DD_CELL_DATE, 45838.5 },
    { "2025-06-30T18:00:00", DD_CELL_DATE, 45838.75 },
    { "1900-03-01", DD_CELL_DATE, 61 },
    { "1900-01-01", DD_CELL_DATE, 1 },
    { "1970-01-01", DD_CELL_DATE, 25569 },
    { "-", DD_CELL_STRING, 0 },
    { "..", DD_CELL_STRING, 0 },
    { "[x]", DD_CELL_STRING, 0 },
    { "[c]", DD_CELL_STRING, 0 },
    { "*", DD_CELL_STRING, 0 },
    { "1,2,3", DD_CELL_STRING, 0 },
    { "12,34", DD_CELL_STRING, 0 },
    { "1234,567", DD_CELL_STRING, 0 },
    { "1.2.3", DD_CELL_STRING, 0 },
    { "2019/20", DD_CELL_STRING, 0 },
    { "1e", DD_CELL_STRING, 0 },
    { "%", DD_CELL_STRING, 0 },
    { "12 34", DD_CELL_STRING, 0 },
    { "inf", DD_CELL_STRING, 0 },
    { "nan", DD_CELL_STRING, 0 },
    { "0x1A", DD_CELL_STRING, 0 },
    { "31/02/2025", DD_CELL_STRING, 0 },
    { "1899-12-31", DD_CELL_DATE, 0 },
    { "2025-6-30", DD_CELL_STRING, 0 },
    { "2025-06-30 25:00", DD_CELL_STRING, 0 },
    { "E06000022", DD_CELL_STRING, 0 },
    { "1e999", DD_CELL_STRING, 0 },
  };
  g_autoptr(GString) contents = g_string_new (NULL);
  g_auto(Recorder) recorder = { 0, };

  /* One field a line, quoted when it holds a comma. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_string_append_printf (contents, "\"%s\"\n", cases[i].field);

  recorder_init (&recorder);
  read_text (&recorder, contents->str, contents->len);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].field);
      assert_typed (&recorder, i, 0, cases[i].type, cases[i].number, cases[i].field);
    }
}

static void
test_windows_1252 (void)
{
  g_auto(Recorder) recorder = { 0, };
  g_auto(Recorder) mixed = { 0, };
  g_auto(Recorder) cut = { 0, };
  g_autoptr(GString) contents = g_string_new ("caf\xc3\xa9,x\n");

  /* £, an en dash and curly quotes as Excel writes them on Windows. */
  recorder_init (&recorder);
  read_text (&recorder, "Cost,Years\n\xa3" "5,2019\x96" "20\n\x93quoted\x94,\x80\x81\n", -1);
  assert_string (&recorder, 1, 0, "\xc2\xa3" "5");
  assert_string (&recorder, 1, 1, "2019\xe2\x80\x93" "20");
  assert_string (&recorder, 2, 0, "\xe2\x80\x9c" "quoted\xe2\x80\x9d");
  assert_string (&recorder, 2, 1, "\xe2\x82\xac\xc2\x81");

  /* UTF-8 at the start; a field of Windows-1252 far on is read as such. */
  while (contents->len < 3 * CHUNK_SIZE)
    g_string_append (contents, "row,of padding\n");
  g_string_append (contents, "\xa3" "9.99,caf\xc3\xa9\n");

  recorder_init (&mixed);
  read_text (&mixed, contents->str, contents->len);
  assert_string (&mixed, 0, 0, "caf\xc3\xa9");
  assert_string (&mixed, 0, 1, "x");
  {
    const Cell *last = &g_array_index (mixed.cells, Cell, mixed.cells->len - 1);
    const Cell *before = &g_array_index (mixed.cells, Cell, mixed.cells->len - 2);

    g_assert_cmpstr (before->text, ==, "\xc2\xa3" "9.99");
    g_assert_cmpstr (last->text, ==, "caf\xc3\xa9");
  }

  /* A UTF-8 character cut by the end of the first chunk is no sign of
   * Windows-1252. */
  g_string_truncate (contents, 0);
  while (contents->len < CHUNK_SIZE - 1)
    g_string_append_c (contents, 'a');
  g_string_append (contents, "\xc3\xa9\ncaf\xc3\xa9\n");
  recorder_init (&cut);
  read_text (&cut, contents->str, contents->len);
  g_assert_true (g_str_has_suffix (find_cell (&cut, 0, 0)->text, "a\xc3\xa9"));
  assert_string (&cut, 1, 0, "caf\xc3\xa9");
}

static void
test_utf16 (void)
{
  const char *text = "Name\tValue\r\nCaf\xc3\xa9\t1,5%\r\n";
  g_autofree gunichar2 *utf16 = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  glong n_units = 0;
  g_auto(Recorder) recorder = { 0, };

  utf16 = g_utf8_to_utf16 (text, -1, NULL, &n_units, NULL);
  g_byte_array_append (bytes, (const guint8 *) "\xff\xfe", 2);
  for (glong i = 0; i < n_units; i++)
    {
      guint8 pair[2] = { utf16[i] & 0xFF, utf16[i] >> 8 };

      g_byte_array_append (bytes, pair, 2);
    }

  recorder_init (&recorder);
  read_text (&recorder, (const char *) bytes->data, bytes->len);
  assert_string (&recorder, 0, 0, "Name");
  assert_string (&recorder, 1, 0, "Caf\xc3\xa9");
  assert_string (&recorder, 1, 1, "1,5%");
  g_assert_cmpuint (recorder.cells->len, ==, 4);
}

/* Line ends, doubled quotes and characters split between two chunks. */
static void
test_chunk_boundaries (void)
{
  g_autoptr(GString) contents = g_string_new (NULL);
  g_auto(Recorder) recorder = { 0, };
  guint32 row;

  /* A CRLF across the first boundary. */
  g_string_append (contents, "first,");
  while (contents->len < CHUNK_SIZE - 1)
    g_string_append_c (contents, 'a');
  g_string_append (contents, "\r\nsecond,\"quoted ");
  /* A doubled quote across the second. */
  while (contents->len < 2 * CHUNK_SIZE - 1)
    g_string_append_c (contents, 'b');
  g_string_append (contents, "\"\" end\"\n");
  /* A UTF-8 character across the third. */
  while (contents->len < 3 * CHUNK_SIZE - 1)
    g_string_append_c (contents, 'c');
  g_string_append (contents, "\xc3\xa9,last\n");

  recorder_init (&recorder);
  read_text (&recorder, contents->str, contents->len);

  g_assert_cmpuint (recorder.cells->len, ==, 6);
  assert_string (&recorder, 0, 0, "first");
  g_assert_cmpuint (strlen (find_cell (&recorder, 0, 1)->text), ==, CHUNK_SIZE - 1 - 6);
  assert_string (&recorder, 1, 0, "second");
  g_assert_true (g_str_has_suffix (find_cell (&recorder, 1, 1)->text, "bb\" end"));
  row = g_array_index (recorder.cells, Cell, 4).row;
  g_assert_cmpuint (row, ==, 2);
  g_assert_true (g_str_has_suffix (g_array_index (recorder.cells, Cell, 4).text, "cc\xc3\xa9"));
  assert_string (&recorder, 2, 1, "last");
}

static void
test_unterminated_quote (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_csv (folder, "open-quote.csv",
                                     "a,b\nc,d\n\"e\",\"never closed\nf,g\nh\n", -1);

  assert_fails (path, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT, "row 3");
}

static gsize
peak_memory_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);

  return usage.ru_maxrss;
}

static void
test_huge_field (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (folder, "huge-field.csv", NULL);
  g_autofree char *block = g_strnfill (1024 * 1024, 'x');
  FILE *file = g_fopen (path, "wb");
  gsize peak_before;
  gint64 start;

  /* 50 MB in one quoted field on the second row. */
  g_assert_nonnull (file);
  fputs ("Name,Text\r\nA,\"", file);
  for (guint i = 0; i < 50; i++)
    g_assert_cmpuint (fwrite (block, 1, 1024 * 1024, file), ==, 1024 * 1024);
  fputs ("\"\r\n", file);
  g_assert_cmpint (fclose (file), ==, 0);

  peak_before = peak_memory_kib ();
  start = g_get_monotonic_time ();
  assert_fails (path, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE, "row 2");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpuint (peak_memory_kib () - peak_before, <, 16 * 1024);

  g_test_message ("failed after %" G_GINT64_FORMAT " ms, peak memory up by %" G_GSIZE_FORMAT " KiB",
                  (g_get_monotonic_time () - start) / 1000, peak_memory_kib () - peak_before);
}

static void
test_limits (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *commas = g_strnfill (DD_SHEET_MAX_COLUMNS - 1, ',');
  g_autofree char *at_limit = g_strconcat ("a\n", commas, "x\n", NULL);
  g_autofree char *over_limit = g_strconcat ("a\n", commas, ",x\n", NULL);
  g_autofree char *trailing = g_strconcat ("a\n", commas, ",,,\n", NULL);
  g_autofree char *path = NULL;
  g_autofree char *field = g_strnfill (DD_SHEET_MAX_CELL_BYTES, 'y');
  g_autofree char *largest = g_strconcat ("\"", field, "\"", NULL);
  g_auto(Recorder) recorder = { 0, };
  g_auto(Recorder) largest_recorder = { 0, };

  /* The last column there is holds a cell; one more does not fit;
   * empty fields past it are nothing. */
  recorder_init (&recorder);
  read_text (&recorder, at_limit, -1);
  assert_string (&recorder, 1, DD_SHEET_MAX_COLUMNS - 1, "x");

  path = write_csv (folder, "wide.csv", over_limit, -1);
  assert_fails (path, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE, "row 2");

  recorder_clear (&recorder);
  recorder_init (&recorder);
  read_text (&recorder, trailing, -1);
  g_assert_cmpuint (recorder.cells->len, ==, 1);

  /* A field of exactly the limit is read. */
  recorder_init (&largest_recorder);
  read_text (&largest_recorder, largest, -1);
  g_assert_cmpuint (strlen (find_cell (&largest_recorder, 0, 0)->text), ==, DD_SHEET_MAX_CELL_BYTES);
}

static void
test_not_csv (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autoptr(GByteArray) random = g_byte_array_new ();
  g_autoptr(GString) late_nul = g_string_new (NULL);
  g_autofree char *path = NULL;

  /* Binary data. */
  for (guint i = 0; i < 4096; i++)
    {
      guint8 byte = g_test_rand_int_range (0, 256);

      g_byte_array_append (random, &byte, 1);
    }
  random->data[0] = 0x01;
  random->data[100] = 0;
  path = write_csv (folder, "random.csv", (const char *) random->data, random->len);
  assert_fails (path, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED, "not a CSV file");
  g_free (path);

  /* A workbook renamed .csv. */
  path = write_csv (folder, "workbook.csv", "PK\x03\x04\x14\0\0\0\x08\0rest", 14);
  assert_fails (path, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED, "zip");
  g_free (path);

  /* A web page saved as .csv: the portal's sign-in page. */
  path = write_csv (folder, "page.csv",
                    "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>a,b</body></html>\n", -1);
  assert_fails (path, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED, "web page");
  g_free (path);

  /* A NUL far into a text file. */
  while (late_nul->len < 2 * CHUNK_SIZE)
    g_string_append (late_nul, "a,b,c\n");
  g_string_append_len (late_nul, "d,\0,f\n", 6);
  path = write_csv (folder, "late-nul.csv", late_nul->str, late_nul->len);
  assert_fails (path, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED, "binary");
}

static void
test_unreadable (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *missing = g_build_filename (folder, "missing.csv", NULL);
  g_autofree char *directory = g_build_filename (folder, "folder.csv", NULL);
  g_autofree char *empty = NULL;
  g_auto(Recorder) recorder = { 0, };

  assert_fails (missing, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ, NULL);

  g_assert_cmpint (g_mkdir (directory, 0700), ==, 0);
  assert_fails (directory, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ, NULL);

  /* An empty file is one sheet without cells. */
  empty = write_csv (folder, "empty.csv", "", 0);
  recorder_init (&recorder);
  read_csv (empty, &recorder);
  g_assert_cmpstr (g_ptr_array_index (recorder.sheets, 0), ==, "empty");
  g_assert_cmpuint (recorder.cells->len, ==, 0);
}

static void
test_cancel_and_stop (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autoptr(GString) contents = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  while (contents->len < 4 * CHUNK_SIZE)
    g_string_append (contents, "a,b,c\n");
  path = write_csv (folder, "big.csv", contents->str, contents->len);

  /* Cancelled before: nothing read. */
  {
    g_auto(Recorder) recorder = { 0, };
    g_autoptr(GError) error = NULL;

    recorder_init (&recorder);
    g_cancellable_cancel (cancellable);
    g_assert_false (dd_csv_read (path, &recorder_handler, &recorder, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpuint (recorder.sheets->len, ==, 0);
  }

  /* Cancelled while reading: it stops at the end of the chunk. */
  {
    g_auto(Recorder) recorder = { 0, };
    g_autoptr(GError) error = NULL;

    g_cancellable_reset (cancellable);
    recorder_init (&recorder);
    recorder.cancel_at_first = cancellable;
    g_assert_false (dd_csv_read (path, &recorder_handler, &recorder, cancellable, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpuint (recorder.cells->len, <=, CHUNK_SIZE / 6 * 3 + 3);
    g_assert_cmpuint (recorder.n_ended, ==, 0);
  }

  /* The handler's error stops the reading and comes back as it is. */
  {
    g_auto(Recorder) recorder = { 0, };
    g_autoptr(GError) error = NULL;

    recorder_init (&recorder);
    recorder.fail_at = 3;
    g_assert_false (dd_csv_read (path, &recorder_handler, &recorder, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
    g_assert_cmpuint (recorder.cells->len, ==, 3);
  }

  /* A sheet skipped: no cells, and no end. */
  {
    g_auto(Recorder) recorder = { 0, };
    g_autoptr(GError) error = NULL;

    recorder_init (&recorder);
    recorder.skip = TRUE;
    g_assert_true (dd_csv_read (path, &recorder_handler, &recorder, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (recorder.sheets->len, ==, 1);
    g_assert_cmpuint (recorder.cells->len, ==, 0);
    g_assert_cmpuint (recorder.n_ended, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv/huge-field-fails-fast", test_huge_field);
  g_test_add_func ("/csv/fixture-crime-tables", test_fixture_crime_tables);
  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/line-endings-and-blank-lines", test_line_endings_and_blank_lines);
  g_test_add_func ("/csv/delimiters", test_delimiters);
  g_test_add_func ("/csv/typing", test_typing);
  g_test_add_func ("/csv/windows-1252", test_windows_1252);
  g_test_add_func ("/csv/utf-16", test_utf16);
  g_test_add_func ("/csv/chunk-boundaries", test_chunk_boundaries);
  g_test_add_func ("/csv/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv/limits", test_limits);
  g_test_add_func ("/csv/not-csv", test_not_csv);
  g_test_add_func ("/csv/unreadable", test_unreadable);
  g_test_add_func ("/csv/cancel-and-stop", test_cancel_and_stop);

  return g_test_run ();
}
