/* test-xlsx-reader.c: the cells of Excel workbooks, the files that are
 * not workbooks, and what a spreadsheet file is
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real workbooks are read in place from ../shared/fixtures (skipped
 * when they are not there); the values asserted were read from their
 * XML. The small workbooks of each feature and each fault are written
 * here with libgsf, so the repository holds no opaque files.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gsf/gsf-outfile-zip.h>
#include <gsf/gsf-output-stdio.h>
#include <math.h>
#include <string.h>
#include <sys/resource.h>

#include "dd-test-util.h"
#include "import/dd-import-error.h"
#include "import/dd-sheet-reader.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutfile, g_object_unref)

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_MAIN_STRICT "http://purl.oclc.org/ooxml/spreadsheetml/main"
#define NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_R_STRICT "http://purl.oclc.org/ooxml/officeDocument/relationships"
#define NS_PACKAGE "http://schemas.openxmlformats.org/package/2006/relationships"
#define XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

#define WORKSHEET_OPEN XML_HEAD "<worksheet xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_R "\">"
#define WORKSHEET(body) WORKSHEET_OPEN body "</worksheet>"
#define SHEET_DATA(rows) WORKSHEET ("<sheetData>" rows "</sheetData>")
#define SST_OPEN XML_HEAD "<sst xmlns=\"" NS_MAIN "\">"
#define SST(items) SST_OPEN items "</sst>"
#define RELATIONSHIPS(items) XML_HEAD "<Relationships xmlns=\"" NS_PACKAGE "\">" items "</Relationships>"
#define RELATIONSHIP(id, type, target) \
  "<Relationship Id=\"" id "\" Type=\"" NS_R "/" type "\" Target=\"" target "\"/>"

/* A part of a package: @content, then @repeat @n_repeats times, then
 * @suffix; so a part of many megabytes is written without holding it.
 * @stored: not compressed (else deflated). */
typedef struct
{
  const char *path;
  const char *content;
  const char *repeat;
  gsize       n_repeats;
  const char *suffix;
  gboolean    stored;
} Part;

typedef struct
{
  DdCellType  type;
  char       *text;
  double      number;
} Cell;

/* What the reader reported: sheets, cells by "Sheet!B7", merges and
 * tables as text, and the order of the events. */
typedef struct
{
  GPtrArray  *sheets;
  GArray     *counts;       /* of guint, cells a sheet */
  GArray     *rows;         /* of guint, the last row + 1 a sheet */
  GHashTable *cells;
  GPtrArray  *merges;       /* "Sheet!A1:C1" */
  GPtrArray  *tables;       /* "Sheet!Name A1:C4 1" */
  GPtrArray  *events;
  gboolean  (*keep) (guint32 row);
  gboolean    skip_all;
  const char *skip;         /* a sheet not to read */
  guint       fail_after;   /* cells, then fail; 0: never */
  gboolean    in_sheet;
  guint32     last_row;
  guint32     last_column;
  gboolean    any_cell;
  gboolean    merges_begun;
} Recorder;

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
  g_free (cell);
}

static void
recorder_init (Recorder *recorder)
{
  memset (recorder, 0, sizeof *recorder);
  recorder->sheets = g_ptr_array_new_with_free_func (g_free);
  recorder->counts = g_array_new (FALSE, TRUE, sizeof (guint));
  recorder->rows = g_array_new (FALSE, TRUE, sizeof (guint));
  recorder->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cell_free);
  recorder->merges = g_ptr_array_new_with_free_func (g_free);
  recorder->tables = g_ptr_array_new_with_free_func (g_free);
  recorder->events = g_ptr_array_new_with_free_func (g_free);
}

static void
recorder_clear (Recorder *recorder)
{
  g_clear_pointer (&recorder->sheets, g_ptr_array_unref);
  g_clear_pointer (&recorder->counts, g_array_unref);
  g_clear_pointer (&recorder->rows, g_array_unref);
  g_clear_pointer (&recorder->cells, g_hash_table_unref);
  g_clear_pointer (&recorder->merges, g_ptr_array_unref);
  g_clear_pointer (&recorder->tables, g_ptr_array_unref);
  g_clear_pointer (&recorder->events, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Recorder, recorder_clear)

/* "B7" */
static char *
reference (guint32 row,
           guint32 column)
{
  char letters[8];
  guint n = 0;
  guint32 rest = column + 1;
  GString *text = g_string_new (NULL);

  while (rest > 0)
    {
      letters[n++] = 'A' + (rest - 1) % 26;
      rest = (rest - 1) / 26;
    }
  while (n > 0)
    g_string_append_c (text, letters[--n]);
  g_string_append_printf (text, "%u", row + 1);

  return g_string_free (text, FALSE);
}

static char *
range (guint32 first_row,
       guint32 first_column,
       guint32 last_row,
       guint32 last_column)
{
  g_autofree char *first = reference (first_row, first_column);
  g_autofree char *last = reference (last_row, last_column);

  return g_strconcat (first, ":", last, NULL);
}

static const char *
current_sheet (Recorder *recorder)
{
  g_assert_cmpuint (recorder->sheets->len, >, 0);

  return g_ptr_array_index (recorder->sheets, recorder->sheets->len - 1);
}

static gboolean
on_begin_sheet (const char  *name,
                guint        index,
                gpointer     user_data,
                GError     **error G_GNUC_UNUSED)
{
  Recorder *recorder = user_data;
  guint zero = 0;

  g_assert_false (recorder->in_sheet);
  g_assert_cmpuint (index, ==, recorder->sheets->len);

  g_ptr_array_add (recorder->sheets, g_strdup (name));
  g_array_append_val (recorder->counts, zero);
  g_array_append_val (recorder->rows, zero);
  g_ptr_array_add (recorder->events, g_strdup_printf ("begin %s", name));

  if (recorder->skip_all || g_strcmp0 (recorder->skip, name) == 0)
    return FALSE;

  recorder->in_sheet = TRUE;
  recorder->any_cell = FALSE;
  recorder->merges_begun = FALSE;

  return TRUE;
}

static gboolean
on_cell (const DdCell  *cell,
         gpointer       user_data,
         GError       **error)
{
  Recorder *recorder = user_data;
  guint *count = &g_array_index (recorder->counts, guint, recorder->counts->len - 1);
  guint *rows = &g_array_index (recorder->rows, guint, recorder->rows->len - 1);

  g_assert_true (recorder->in_sheet);
  /* Merges come after the cells in .xlsx. */
  g_assert_false (recorder->merges_begun);

  /* Row by row, left to right. */
  if (recorder->any_cell)
    g_assert_true (cell->row > recorder->last_row
                   || (cell->row == recorder->last_row && cell->column > recorder->last_column));
  recorder->any_cell = TRUE;
  recorder->last_row = cell->row;
  recorder->last_column = cell->column;

  /* No empty cells, and text for strings and errors only. */
  if (cell->type == DD_CELL_STRING || cell->type == DD_CELL_ERROR)
    {
      g_assert_nonnull (cell->text);
      g_assert_cmpstr (cell->text, !=, "");
      g_assert_true (g_utf8_validate (cell->text, -1, NULL));
    }
  else
    g_assert_null (cell->text);

  (*count)++;
  *rows = MAX (*rows, cell->row + 1);

  if (recorder->keep == NULL || recorder->keep (cell->row))
    {
      g_autofree char *ref = reference (cell->row, cell->column);
      Cell *copy = g_new0 (Cell, 1);

      copy->type = cell->type;
      copy->text = g_strdup (cell->text);
      copy->number = cell->number;
      g_hash_table_insert (recorder->cells, g_strdup_printf ("%s!%s", current_sheet (recorder), ref), copy);
    }

  if (recorder->fail_after != 0 && *count >= recorder->fail_after)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "stopped by the handler");
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
  g_autofree char *text = range (first_row, first_column, last_row, last_column);

  g_assert_true (recorder->in_sheet);
  recorder->merges_begun = TRUE;
  g_ptr_array_add (recorder->merges, g_strdup_printf ("%s!%s", current_sheet (recorder), text));
  g_ptr_array_add (recorder->events, g_strdup_printf ("merge %s", text));

  return TRUE;
}

static gboolean
on_named_table (const char  *name,
                guint32      first_row,
                guint32      first_column,
                guint32      last_row,
                guint32      last_column,
                guint        header_rows,
                gpointer     user_data,
                GError     **error G_GNUC_UNUSED)
{
  Recorder *recorder = user_data;
  g_autofree char *text = range (first_row, first_column, last_row, last_column);

  g_assert_true (recorder->in_sheet);
  g_ptr_array_add (recorder->tables, g_strdup_printf ("%s!%s %s %u", current_sheet (recorder),
                                                      name, text, header_rows));
  g_ptr_array_add (recorder->events, g_strdup_printf ("table %s", name));

  return TRUE;
}

static gboolean
on_end_sheet (gpointer   user_data,
              GError   **error G_GNUC_UNUSED)
{
  Recorder *recorder = user_data;

  g_assert_true (recorder->in_sheet);
  recorder->in_sheet = FALSE;
  g_ptr_array_add (recorder->events, g_strdup_printf ("end %s", current_sheet (recorder)));

  return TRUE;
}

static const DdSheetHandler recorder_handler = {
  .begin_sheet = on_begin_sheet,
  .cell = on_cell,
  .merge = on_merge,
  .named_table = on_named_table,
  .end_sheet = on_end_sheet,
};

static void
read_xlsx (const char *path,
           Recorder   *recorder)
{
  g_autoptr(GError) error = NULL;

  gboolean ok = dd_xlsx_read (path, &recorder_handler, recorder, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_false (recorder->in_sheet);
}

static const Cell *
find_cell (Recorder   *recorder,
           const char *key)
{
  const Cell *cell = g_hash_table_lookup (recorder->cells, key);

  if (cell == NULL)
    g_error ("no cell %s", key);

  return cell;
}

static void
assert_string (Recorder   *recorder,
               const char *key,
               const char *text)
{
  const Cell *cell = find_cell (recorder, key);

  g_test_message ("%s", key);
  g_assert_cmpint (cell->type, ==, DD_CELL_STRING);
  g_assert_cmpstr (cell->text, ==, text);
}

static void
assert_value (Recorder   *recorder,
              const char *key,
              DdCellType  type,
              double      number)
{
  const Cell *cell = find_cell (recorder, key);

  g_test_message ("%s", key);
  g_assert_cmpint (cell->type, ==, type);
  g_assert_cmpfloat_with_epsilon (cell->number, number, 1e-9);
}

static void
assert_no_cell (Recorder   *recorder,
                const char *key)
{
  g_assert_null (g_hash_table_lookup (recorder->cells, key));
}

static void
assert_strv (GPtrArray          *array,
             const char * const *expected)
{
  guint n_expected = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (array->len, n_expected); i++)
    g_assert_cmpstr (g_ptr_array_index (array, i), ==, expected[i]);
  g_assert_cmpuint (array->len, ==, n_expected);
}

static void
assert_counts (Recorder    *recorder,
               const guint *expected,
               guint        n_expected)
{
  g_assert_cmpuint (recorder->counts->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      g_test_message ("sheet %u", i);
      g_assert_cmpuint (g_array_index (recorder->counts, guint, i), ==, expected[i]);
    }
}

static void
assert_error (const char *path,
              GError     *error,
              GQuark      domain,
              int         code,
              const char *message_part)
{
  g_autofree char *name = g_path_get_basename (path);

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, domain, code);
  if (domain == DD_IMPORT_ERROR)
    g_assert_nonnull (strstr (error->message, name));
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message_part);
}

static void
assert_xlsx_fails (const char *path,
                   int         code,
                   const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_auto(Recorder) recorder = { 0, };

  recorder_init (&recorder);
  g_assert_false (dd_xlsx_read (path, &recorder_handler, &recorder, NULL, &error));
  assert_error (path, error, DD_IMPORT_ERROR, code, message_part);
}

/* Writing packages ------------------------------------------------------- */

static GsfOutfile *
ensure_folder (GsfOutfile *zip,
               GHashTable *folders,
               GPtrArray  *order,
               const char *path)
{
  GsfOutfile *folder = g_hash_table_lookup (folders, path);
  const char *slash = strrchr (path, '/');
  GsfOutfile *parent;

  if (folder != NULL)
    return folder;

  if (slash == NULL)
    parent = zip;
  else
    {
      g_autofree char *parent_path = g_strndup (path, slash - path);

      parent = ensure_folder (zip, folders, order, parent_path);
    }

  folder = GSF_OUTFILE (gsf_outfile_new_child (parent, slash != NULL ? slash + 1 : path, TRUE));
  g_hash_table_insert (folders, g_strdup (path), folder);
  g_ptr_array_add (order, folder);

  return folder;
}

static void
write_zip (const char *path,
           const Part *parts,
           guint       n_parts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsfOutput) sink = gsf_output_stdio_new (path, &error);
  g_autoptr(GsfOutfile) zip = NULL;
  g_autoptr(GHashTable) folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  zip = gsf_outfile_zip_new (sink, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < n_parts; i++)
    {
      const char *slash = strrchr (parts[i].path, '/');
      GsfOutfile *folder = zip;
      g_autoptr(GsfOutput) part = NULL;

      if (slash != NULL)
        {
          g_autofree char *folder_path = g_strndup (parts[i].path, slash - parts[i].path);

          folder = ensure_folder (zip, folders, order, folder_path);
        }

      part = gsf_outfile_new_child_full (folder, slash != NULL ? slash + 1 : parts[i].path, FALSE,
                                         "compression-level",
                                         parts[i].stored ? GSF_ZIP_STORED : GSF_ZIP_DEFLATED,
                                         NULL);
      if (parts[i].content != NULL)
        g_assert_true (gsf_output_puts (part, parts[i].content));
      for (gsize n = 0; n < parts[i].n_repeats; n++)
        g_assert_true (gsf_output_puts (part, parts[i].repeat));
      if (parts[i].suffix != NULL)
        g_assert_true (gsf_output_puts (part, parts[i].suffix));
      g_assert_true (gsf_output_close (part));
    }

  /* Folders close after what is in them. */
  for (guint i = order->len; i > 0; i--)
    g_assert_true (gsf_output_close (GSF_OUTPUT (g_ptr_array_index (order, i - 1))));
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));
}

typedef struct
{
  const char         *workbook_properties;  /* inside <workbookPr .../> */
  const char * const *sheet_names;
  const char * const *sheets;               /* worksheet XML; NULL: in @extra */
  const char         *shared_strings;
  const char         *styles;
  const Part         *extra;
  guint               n_extra;
} Workbook;

static char *
write_workbook (const char     *folder,
                const char     *file_name,
                const Workbook *workbook)
{
  char *path = g_build_filename (folder, file_name, NULL);
  g_autoptr(GString) workbook_xml = g_string_new (XML_HEAD "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_R "\">");
  g_autoptr(GString) relationships = g_string_new (XML_HEAD "<Relationships xmlns=\"" NS_PACKAGE "\">");
  g_autoptr(GArray) parts = g_array_new (FALSE, TRUE, sizeof (Part));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n_sheets = g_strv_length ((char **) workbook->sheet_names);
  Part part = { 0, };

  part.path = "[Content_Types].xml";
  part.content = XML_HEAD "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  g_array_append_val (parts, part);

  part.path = "_rels/.rels";
  part.content = RELATIONSHIPS (RELATIONSHIP ("rId1", "officeDocument", "xl/workbook.xml"));
  g_array_append_val (parts, part);

  g_string_append_printf (workbook_xml, "<workbookPr %s/><sheets>",
                          workbook->workbook_properties != NULL ? workbook->workbook_properties : "");
  for (guint i = 0; i < n_sheets; i++)
    {
      g_autofree char *name = g_markup_escape_text (workbook->sheet_names[i], -1);
      char *sheet_path = g_strdup_printf ("xl/worksheets/sheet%u.xml", i + 1);

      g_string_append_printf (workbook_xml, "<sheet name=\"%s\" sheetId=\"%u\" r:id=\"rId%u\"/>",
                              name, i + 1, i + 1);
      g_string_append_printf (relationships,
                              RELATIONSHIP ("rId%u", "worksheet", "worksheets/sheet%u.xml"),
                              i + 1, i + 1);
      g_ptr_array_add (names, sheet_path);
      if (workbook->sheets[i] != NULL)
        {
          part.path = sheet_path;
          part.content = workbook->sheets[i];
          g_array_append_val (parts, part);
        }
    }
  g_string_append (workbook_xml, "</sheets></workbook>");

  if (workbook->shared_strings != NULL)
    {
      g_string_append (relationships, RELATIONSHIP ("rId100", "sharedStrings", "sharedStrings.xml"));
      part.path = "xl/sharedStrings.xml";
      part.content = workbook->shared_strings;
      g_array_append_val (parts, part);
    }
  if (workbook->styles != NULL)
    {
      g_string_append (relationships, RELATIONSHIP ("rId101", "styles", "styles.xml"));
      part.path = "xl/styles.xml";
      part.content = workbook->styles;
      g_array_append_val (parts, part);
    }
  g_string_append (relationships, "</Relationships>");

  part.path = "xl/workbook.xml";
  part.content = workbook_xml->str;
  g_array_append_val (parts, part);
  part.path = "xl/_rels/workbook.xml.rels";
  part.content = relationships->str;
  g_array_append_val (parts, part);

  g_array_append_vals (parts, workbook->extra, workbook->n_extra);

  write_zip (path, (const Part *) parts->data, parts->len);

  return path;
}

/* One sheet, "Sheet1", and nothing else. */
static char *
write_one_sheet (const char *folder,
                 const char *file_name,
                 const char *sheet)
{
  static const char * const names[] = { "Sheet1", NULL };
  const char *sheets[] = { sheet, NULL };
  Workbook workbook = { .sheet_names = names, .sheets = sheets };

  return write_workbook (folder, file_name, &workbook);
}

/* The shared fixtures ---------------------------------------------------- */

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
test_fixture_police_force_areas (void)
{
  static const char * const sheets[] = {
    "Notes", "Table P1", "Table P2", "Table P3", "Table P4 ", "Table P5", "Table P6", NULL,
  };
  static const guint counts[] = { 16, 1439, 1438, 1588, 931, 1557, 239 };
  g_auto(Recorder) recorder = { 0, };
  g_autofree char *path = shared_fixture ("policeforceareatablesyearendingseptember2019.xlsx");
  guint n_merges = 0;

  if (path == NULL)
    return;

  recorder_init (&recorder);
  read_xlsx (path, &recorder);

  /* The sheet name keeps its trailing space. */
  assert_strv (recorder.sheets, sheets);
  assert_counts (&recorder, counts, G_N_ELEMENTS (counts));

  assert_string (&recorder, "Notes!A1", "Crime in England and Wales, year ending September 2019 - PFA tables");
  assert_string (&recorder, "Table P1!A1",
                 "Table P1: Police recorded crime by offence group and police force area, "
                 "English regions and Wales, number of offences, year ending September 20191,2");
  /* Rich text runs joined: the footnote "3" is a superscript run. */
  assert_string (&recorder, "Table P1!C4", "Total recorded crime (excluding fraud3)");
  assert_string (&recorder, "Table P1!A5", "Area Code");
  assert_string (&recorder, "Table P1!I5", "Stalking and harassment4");
  assert_string (&recorder, "Table P1!B7", "ENGLAND AND WALES6,7");
  assert_value (&recorder, "Table P1!C7", DD_CELL_NUMBER, 5000036);
  assert_value (&recorder, "Table P1!AA7", DD_CELL_NUMBER, 98361);
  assert_string (&recorder, "Table P1!B16", "Greater Manchester7,8");
  assert_string (&recorder, "Table P1!C16", "..");
  assert_string (&recorder, "Table P2!F9", "-");
  /* The spacer column is empty. */
  assert_no_cell (&recorder, "Table P1!D7");

  for (guint i = 0; i < recorder.merges->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (recorder.merges, i), "Table P1!"))
      n_merges++;
  g_assert_cmpuint (n_merges, ==, 12);
  g_assert_true (g_ptr_array_find_with_equal_func (recorder.merges, "Table P1!A1:AA1", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (recorder.merges, "Table P1!C4:C5", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (recorder.merges, "Table P1!E4:V4", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (recorder.merges, "Notes!A16:H16", g_str_equal, NULL));
  g_assert_cmpuint (recorder.tables->len, ==, 0);
}

static void
test_fixture_homeworking (void)
{
  static const char * const sheets[] = {
    "Cover_sheet", "Table_of_contents", "Notes", "1", "2", "3", "4", "5", "6", NULL,
  };
  static const guint counts[] = { 35, 29, 17, 619, 88, 250, 1094, 593, 250 };
  /* In the order of each sheet's relationships. */
  static const char * const tables[] = {
    "Table_of_contents!Household_finances_table_of_contents A3:C11 1",
    "Notes!Household_finances_notes_table A4:B10 1",
    "1!Table21 M10:V25 1", "1!Table20 A10:K25 1", "1!Table22 A28:Q43 1",
    "2!Table23 A9:E24 1",
    "3!Table24 J10:P25 1", "3!Table3 A10:H25 1",
    "4!Table17 BB10:BI25 1", "4!Table12 K10:Q25 1", "4!Table16 AS10:AZ25 1",
    "4!Table11 A10:I25 1", "4!Table15 AK10:AQ25 1", "4!Table14 AB10:AI25 1",
    "4!Table19 BT10:CA25 1", "4!Table13 S10:Z25 1", "4!Table18 BK10:BR25 1",
    "5!Table7 K10:Q25 1", "5!Table6 A10:I25 1", "5!Table10 AI10:AO25 1",
    "5!Table9 AA10:AG25 1", "5!Table8 S10:Y25 1",
    "6!Table5 J10:P25 1", "6!Table4 A10:H25 1",
    NULL,
  };
  g_auto(Recorder) recorder = { 0, };
  g_autofree char *path = shared_fixture ("regionalpatternsinhomeworkingv3.xlsx");

  if (path == NULL)
    return;

  recorder_init (&recorder);
  read_xlsx (path, &recorder);

  assert_strv (recorder.sheets, sheets);
  assert_counts (&recorder, counts, G_N_ELEMENTS (counts));
  assert_strv (recorder.tables, tables);
  g_assert_cmpuint (recorder.merges->len, ==, 0);

  assert_string (&recorder, "Cover_sheet!A1", "Homeworking in the UK - regional patterns: 2019 to 2022");
  assert_string (&recorder, "1!A1", "Worksheet 1: Homeworking and non-homeworking");
  assert_string (&recorder, "1!A9", "Table 1a: Estimates October to December 2019");
  assert_string (&recorder, "1!M9", "Table 1b: Estimates January to March 2022");
  assert_string (&recorder, "1!A10", "Region");
  assert_string (&recorder, "1!H10", "Homeworking [note 2] %");
  assert_string (&recorder, "1!A11", "United Kingdom [note 1]");
  assert_value (&recorder, "1!B11", DD_CELL_NUMBER, 4734000);
  assert_value (&recorder, "1!H11", DD_CELL_NUMBER, 14.5);
  assert_string (&recorder, "1!G11", "[x]");
  assert_string (&recorder, "1!D25", "[w]");
  assert_no_cell (&recorder, "1!L11");
}

static gboolean
keep_imd_row (guint32 row)
{
  return row < 2 || row == 32844;
}

static void
test_fixture_deprivation (void)
{
  static const char * const sheets[] = { "Notes", "IMD2019", NULL };
  static const guint counts[] = { 0, 197070 };
  g_auto(Recorder) recorder = { 0, };
  g_autofree char *path = shared_fixture ("File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx");

  if (path == NULL)
    return;

  recorder_init (&recorder);
  recorder.keep = keep_imd_row;
  read_xlsx (path, &recorder);

  assert_strv (recorder.sheets, sheets);
  assert_counts (&recorder, counts, G_N_ELEMENTS (counts));
  /* A header and 32,844 areas, six columns each. */
  g_assert_cmpuint (g_array_index (recorder.rows, guint, 1), ==, 32845);

  assert_string (&recorder, "IMD2019!A1", "LSOA code (2011)");
  assert_string (&recorder, "IMD2019!F1", "Index of Multiple Deprivation (IMD) Decile");
  assert_string (&recorder, "IMD2019!A2", "E01000001");
  assert_string (&recorder, "IMD2019!B2", "City of London 001A");
  assert_value (&recorder, "IMD2019!E2", DD_CELL_NUMBER, 29199);
  assert_value (&recorder, "IMD2019!F2", DD_CELL_NUMBER, 9);
  assert_string (&recorder, "IMD2019!A32845", "E01033768");
  assert_string (&recorder, "IMD2019!B32845", "Liverpool 037F");
  assert_value (&recorder, "IMD2019!E32845", DD_CELL_NUMBER, 1833);
}

static void
test_fixture_formats (void)
{
  static const struct {
    const char    *name;
    DdSheetFormat  format;
  } files[] = {
    { "policeforceareatablesyearendingseptember2019.xlsx", DD_SHEET_FORMAT_XLSX },
    { "regionalpatternsinhomeworkingv3.xlsx", DD_SHEET_FORMAT_XLSX },
    { "File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx", DD_SHEET_FORMAT_XLSX },
    { "police-workforce-sep19-tables.ods", DD_SHEET_FORMAT_ODS },
    { "policeforceareatablesyejune25final.csv", DD_SHEET_FORMAT_CSV },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = shared_fixture (files[i].name);

      if (path == NULL)
        return;

      g_test_message ("%s", files[i].name);
      g_assert_cmpint (dd_sheet_format_detect (path, &error), ==, files[i].format);
      g_assert_no_error (error);
    }
}

static void
test_fixture_sheet_names (void)
{
  static const char * const police[] = {
    "Notes", "Table P1", "Table P2", "Table P3", "Table P4 ", "Table P5", "Table P6", NULL,
  };
  static const char * const csv[] = { "policeforceareatablesyejune25final", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = shared_fixture ("policeforceareatablesyearendingseptember2019.xlsx");
  g_autofree char *csv_path = shared_fixture ("policeforceareatablesyejune25final.csv");
  g_auto(GStrv) names = NULL;

  if (path == NULL || csv_path == NULL)
    return;

  names = dd_sheet_list_names (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (names, police);
  g_clear_pointer (&names, g_strfreev);

  names = dd_sheet_list_names (csv_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (names, csv);
}

/* Authored workbooks ----------------------------------------------------- */

#define STYLES \
  XML_HEAD "<styleSheet xmlns=\"" NS_MAIN "\">" \
  "<numFmts count=\"6\">" \
  "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>" \
  "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>" \
  "<numFmt numFmtId=\"166\" formatCode=\"[h]:mm\"/>" \
  "<numFmt numFmtId=\"167\" formatCode=\"#,##0 &quot;days&quot;\"/>" \
  "<numFmt numFmtId=\"168\" formatCode=\"[$-809]d mmmm yyyy;@\"/>" \
  "<numFmt numFmtId=\"169\" formatCode=\"_-* #,##0_-;\\-* #,##0_-;_-* &quot;-&quot;??_-;_-@_-\"/>" \
  "</numFmts>" \
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>" \
  "<cellXfs count=\"11\">" \
  "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\"/>" \
  "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"9\"/>" \
  "<xf numFmtId=\"168\"/><xf numFmtId=\"22\"/><xf numFmtId=\"10\"/><xf numFmtId=\"169\"/>" \
  "</cellXfs></styleSheet>"

static const char *authored_strings =
  SST ("<si><t>Plain</t></si>"
       "<si><r><t>Total (excluding fraud</t></r><r><rPr><vertAlign val=\"superscript\"/></rPr>"
       "<t>3</t></r><r><t xml:space=\"preserve\">) </t></r></si>"
       "<si><t xml:space=\"preserve\">  padded  </t></si>"
       "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>"
       "<si><t>line_x000D_\nbreak _x005F_x0041_</t></si>"
       "<si><t/></si>"
       "<si><t>[x]</t></si>");

static const char *authored_sheet =
  WORKSHEET ("<dimension ref=\"A1:J10\"/><sheetData>"
             "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
             "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
             "<c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c>"
             "<c r=\"G1\" t=\"s\"><v>6</v></c></row>"
             "<row r=\"2\"><c r=\"A2\"><v>42.5</v></c><c r=\"B2\" s=\"1\"><v>45000</v></c>"
             "<c r=\"C2\" s=\"2\"><v>45382.5</v></c><c r=\"D2\" s=\"3\"><v>0.25</v></c>"
             "<c r=\"E2\" s=\"4\"><v>1.5</v></c><c r=\"F2\" s=\"5\"><v>3</v></c>"
             "<c r=\"G2\" s=\"6\"><v>0.5</v></c><c r=\"H2\" s=\"7\"><v>45000</v></c>"
             "<c r=\"I2\" s=\"8\"><v>45000.75</v></c><c r=\"J2\" s=\"9\" t=\"n\"><v>-1E-3</v></c>"
             "<c r=\"K2\" s=\"10\"><v>170002</v></c><c r=\"L2\" s=\"99\"><v>7</v></c></row>"
             "<row r=\"3\"><c r=\"A3\" t=\"b\"><v>1</v></c><c r=\"B3\" t=\"b\"><v>0</v></c>"
             "<c r=\"C3\" t=\"e\"><v>#DIV/0!</v></c>"
             "<c r=\"D3\" t=\"e\"><f>NA()</f><v>#N/A</v></c>"
             "<c r=\"E3\"><f>SUM(A2:A2)</f><v>42.5</v></c>"
             "<c r=\"F3\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
             "<c r=\"G3\" t=\"inlineStr\"><is><t>inline</t></is></c>"
             "<c r=\"H3\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">in </t></r>"
             "<r><rPr><b/></rPr><t>line</t></r></is></c>"
             "<c r=\"I3\" t=\"d\"><v>2024-03-31</v></c>"
             "<c r=\"J3\" t=\"d\"><v>2024-03-31T06:00:00</v></c>"
             "<c r=\"K3\"><f>A2</f></c></row>"
             "<row r=\"5\"><c t=\"inlineStr\"><is><t>first</t></is></c><c><v>2</v></c>"
             "<c r=\"E5\"><v>5</v></c><c><v>6</v></c></row>"
             "<row><c><v>7</v></c><c r=\"C6\" s=\"1\"/><c><v>8</v></c></row>"
             "<row r=\"8\"><c r=\"A8\" s=\"1\"/><c r=\"B8\" t=\"s\"/><c r=\"C8\" t=\"inlineStr\"><is><t></t></is></c></row>"
             "</sheetData>"
             "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"D4:E5\"/></mergeCells>"
             "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");

static const char *tables_sheet =
  WORKSHEET ("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Region</t></is></c></row></sheetData>"
             "<tableParts count=\"2\"><tablePart r:id=\"rId1\"/><tablePart r:id=\"rId2\"/></tableParts>");

static const Part authored_extra[] = {
  { "xl/worksheets/_rels/sheet2.xml.rels",
    RELATIONSHIPS (RELATIONSHIP ("rId1", "table", "../tables/table1.xml")
                   RELATIONSHIP ("rId2", "table", "/xl/tables/table2.xml")
                   RELATIONSHIP ("rId3", "hyperlink", "https://www.gov.uk/") "") },
  { "xl/tables/table1.xml",
    XML_HEAD "<table xmlns=\"" NS_MAIN "\" id=\"1\" name=\"Table1\" displayName=\"Hub_data\" "
    "ref=\"A1:C4\" headerRowCount=\"0\" totalsRowShown=\"0\"><tableColumns count=\"3\"/></table>" },
  { "xl/tables/table2.xml",
    XML_HEAD "<table xmlns=\"" NS_MAIN "\" id=\"2\" name=\"Second_table\" ref=\"E2:$F$9\"/>" },
};

static char *
write_authored (const char *folder,
                const char *file_name,
                const char *properties)
{
  static const char * const names[] = { "Data ", "Tables", NULL };
  const char *sheets[] = { authored_sheet, tables_sheet, NULL };
  Workbook workbook = {
    .workbook_properties = properties,
    .sheet_names = names,
    .sheets = sheets,
    .shared_strings = authored_strings,
    .styles = STYLES,
    .extra = authored_extra,
    .n_extra = G_N_ELEMENTS (authored_extra),
  };

  return write_workbook (folder, file_name, &workbook);
}

static void
test_authored_strings (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_authored (folder, "strings.xlsx", NULL);
  g_auto(Recorder) recorder = { 0, };

  recorder_init (&recorder);
  read_xlsx (path, &recorder);

  assert_string (&recorder, "Data !A1", "Plain");
  assert_string (&recorder, "Data !B1", "Total (excluding fraud3) ");
  assert_string (&recorder, "Data !C1", "  padded  ");
  /* The phonetic guide is not text of the cell. */
  assert_string (&recorder, "Data !D1", "漢字");
  /* _xHHHH_ escapes, and the escaped escape. */
  assert_string (&recorder, "Data !E1", "line\r\nbreak _x0041_");
  /* An empty string is no cell. */
  assert_no_cell (&recorder, "Data !F1");
  assert_string (&recorder, "Data !G1", "[x]");

  assert_string (&recorder, "Data !F3", "ab");
  assert_string (&recorder, "Data !G3", "inline");
  assert_string (&recorder, "Data !H3", "in line");
  assert_no_cell (&recorder, "Data !C8");
  assert_no_cell (&recorder, "Data !B8");
}

static void
test_authored_values (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_authored (folder, "values.xlsx", NULL);
  g_auto(Recorder) recorder = { 0, };
  const Cell *cell;

  recorder_init (&recorder);
  read_xlsx (path, &recorder);

  assert_value (&recorder, "Data !A2", DD_CELL_NUMBER, 42.5);
  assert_value (&recorder, "Data !B2", DD_CELL_DATE, 45000);       /* built-in 14 */
  assert_value (&recorder, "Data !C2", DD_CELL_DATE, 45382.5);     /* dd/mm/yyyy */
  assert_value (&recorder, "Data !D2", DD_CELL_PERCENT, 0.25);     /* 0.0% */
  assert_value (&recorder, "Data !E2", DD_CELL_NUMBER, 1.5);       /* [h]:mm, a duration */
  assert_value (&recorder, "Data !F2", DD_CELL_NUMBER, 3);         /* "days" quoted */
  assert_value (&recorder, "Data !G2", DD_CELL_PERCENT, 0.5);      /* built-in 9 */
  assert_value (&recorder, "Data !H2", DD_CELL_DATE, 45000);       /* [$-809]d mmmm yyyy */
  assert_value (&recorder, "Data !I2", DD_CELL_DATE, 45000.75);    /* built-in 22 */
  assert_value (&recorder, "Data !J2", DD_CELL_PERCENT, -0.001);   /* built-in 10 */
  assert_value (&recorder, "Data !K2", DD_CELL_NUMBER, 170002);    /* accounting */
  assert_value (&recorder, "Data !L2", DD_CELL_NUMBER, 7);         /* a style not there */

  assert_value (&recorder, "Data !A3", DD_CELL_BOOLEAN, 1);
  assert_value (&recorder, "Data !B3", DD_CELL_BOOLEAN, 0);
  cell = find_cell (&recorder, "Data !C3");
  g_assert_cmpint (cell->type, ==, DD_CELL_ERROR);
  g_assert_cmpstr (cell->text, ==, "#DIV/0!");
  cell = find_cell (&recorder, "Data !D3");
  g_assert_cmpint (cell->type, ==, DD_CELL_ERROR);
  g_assert_cmpstr (cell->text, ==, "#N/A");
  /* A formula's cached value, never the formula. */
  assert_value (&recorder, "Data !E3", DD_CELL_NUMBER, 42.5);
  assert_no_cell (&recorder, "Data !K3");
  /* ISO dates in t="d" cells. */
  assert_value (&recorder, "Data !I3", DD_CELL_DATE, 45382);
  assert_value (&recorder, "Data !J3", DD_CELL_DATE, 45382.25);

  /* Cells without r follow the one before; a row without r the row before. */
  assert_string (&recorder, "Data !A5", "first");
  assert_value (&recorder, "Data !B5", DD_CELL_NUMBER, 2);
  assert_value (&recorder, "Data !E5", DD_CELL_NUMBER, 5);
  assert_value (&recorder, "Data !F5", DD_CELL_NUMBER, 6);
  assert_value (&recorder, "Data !A6", DD_CELL_NUMBER, 7);
  assert_value (&recorder, "Data !D6", DD_CELL_NUMBER, 8);
  assert_no_cell (&recorder, "Data !C6");
  assert_no_cell (&recorder, "Data !A8");

  g_assert_cmpuint (g_array_index (recorder.counts, guint, 0), ==, 6 + 12 + 10 + 4 + 2);
}

static void
test_authored_merges_and_tables (void)
{
  static const char * const sheets[] = { "Data ", "Tables", NULL };
  static const char * const merges[] = { "Data !A1:C1", "Data !D4:E5", NULL };
  static const char * const tables[] = { "Tables!Hub_data A1:C4 0", "Tables!Second_table E2:F9 1", NULL };
  static const char * const events[] = {
    "begin Data ", "merge A1:C1", "merge D4:E5", "end Data ",
    "begin Tables", "table Hub_data", "table Second_table", "end Tables", NULL,
  };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_authored (folder, "tables.xlsx", NULL);
  g_auto(Recorder) recorder = { 0, };

  recorder_init (&recorder);
  read_xlsx (path, &recorder);

  assert_strv (recorder.sheets, sheets);
  assert_strv (recorder.merges, merges);
  assert_strv (recorder.tables, tables);
  assert_strv (recorder.events, events);
}

static void
test_date_system_1904 (void)
{
  static const char * const names[] = { "Sheet1", NULL };
  const char *sheets[] = {
    SHEET_DATA ("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>43920</v></c>"
                "<c r=\"C1\"><v>43920</v></c><c r=\"D1\" s=\"8\"><v>43920.5</v></c></row>"),
    NULL,
  };
  Workbook workbook = { .sheet_names = names, .sheets = sheets, .styles = STYLES };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  g_auto(Recorder) recorder = { 0, };
  g_autofree char *iso = NULL;

  workbook.workbook_properties = "date1904=\"1\"";
  path = write_workbook (folder, "mac.xlsx", &workbook);

  recorder_init (&recorder);
  read_xlsx (path, &recorder);

  /* 1904-01-01 and 2024-03-31, as serials of the 1900 system. */
  assert_value (&recorder, "Sheet1!A1", DD_CELL_DATE, 1462);
  assert_value (&recorder, "Sheet1!B1", DD_CELL_DATE, 45382);
  /* A number is not a date: it stays as it is. */
  assert_value (&recorder, "Sheet1!C1", DD_CELL_NUMBER, 43920);
  assert_value (&recorder, "Sheet1!D1", DD_CELL_DATE, 45382.5);

  iso = dd_cell_date_to_iso (find_cell (&recorder, "Sheet1!A1")->number);
  g_assert_cmpstr (iso, ==, "1904-01-01");
  g_clear_pointer (&iso, g_free);
  iso = dd_cell_date_to_iso (find_cell (&recorder, "Sheet1!D1")->number);
  g_assert_cmpstr (iso, ==, "2024-03-31T12:00:00");
}

static void
test_strict_namespaces (void)
{
  const Part parts[] = {
    { "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
    { "_rels/.rels",
      RELATIONSHIPS ("<Relationship Id=\"rId1\" Type=\"" NS_R_STRICT "/officeDocument\" Target=\"xl/workbook.xml\"/>") },
    { "xl/workbook.xml",
      XML_HEAD "<workbook xmlns=\"" NS_MAIN_STRICT "\" xmlns:r=\"" NS_R_STRICT "\">"
      "<workbookPr dateCompatibility=\"false\"/><sheets><sheet name=\"Strict\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
    { "xl/_rels/workbook.xml.rels",
      RELATIONSHIPS ("<Relationship Id=\"rId1\" Type=\"" NS_R_STRICT "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                     "<Relationship Id=\"rId2\" Type=\"" NS_R_STRICT "/sharedStrings\" Target=\"sharedStrings.xml\"/>") },
    { "xl/sharedStrings.xml", XML_HEAD "<sst xmlns=\"" NS_MAIN_STRICT "\"><si><t>Strict text</t></si></sst>" },
    { "xl/worksheets/sheet1.xml",
      XML_HEAD "<worksheet xmlns=\"" NS_MAIN_STRICT "\"><sheetData><row r=\"1\">"
      "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>12</v></c></row></sheetData></worksheet>" },
  };
  static const char * const sheets[] = { "Strict", NULL };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (folder, "strict.xlsx", NULL);
  g_auto(Recorder) recorder = { 0, };

  write_zip (path, parts, G_N_ELEMENTS (parts));

  recorder_init (&recorder);
  read_xlsx (path, &recorder);

  assert_strv (recorder.sheets, sheets);
  assert_string (&recorder, "Strict!A1", "Strict text");
  assert_value (&recorder, "Strict!B1", DD_CELL_NUMBER, 12);
}

static void
test_chart_sheets_are_not_sheets (void)
{
  static const char * const expected[] = { "Data", "After", NULL };
  const Part parts[] = {
    { "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
    { "_rels/.rels", RELATIONSHIPS (RELATIONSHIP ("rId1", "officeDocument", "xl/workbook.xml")) },
    { "xl/workbook.xml",
      XML_HEAD "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_R "\"><sheets>"
      "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Chart1\" sheetId=\"2\" r:id=\"rId2\"/>"
      "<sheet name=\"After\" sheetId=\"3\" r:id=\"rId3\"/></sheets></workbook>" },
    { "xl/_rels/workbook.xml.rels",
      RELATIONSHIPS (RELATIONSHIP ("rId1", "worksheet", "worksheets/sheet1.xml")
                     RELATIONSHIP ("rId2", "chartsheet", "chartsheets/sheet1.xml")
                     RELATIONSHIP ("rId3", "worksheet", "worksheets/sheet2.xml")) },
    { "xl/worksheets/sheet1.xml", SHEET_DATA ("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") },
    { "xl/worksheets/sheet2.xml", SHEET_DATA ("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>") },
  };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (folder, "chart.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(Recorder) recorder = { 0, };

  write_zip (path, parts, G_N_ELEMENTS (parts));

  recorder_init (&recorder);
  read_xlsx (path, &recorder);
  assert_strv (recorder.sheets, expected);
  assert_value (&recorder, "After!A1", DD_CELL_NUMBER, 2);

  names = dd_sheet_list_names (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (names, expected);
}

static void
test_skipped_sheets_are_not_read (void)
{
  static const char * const names[] = { "Good", "Broken", NULL };
  const char *sheets[] = {
    SHEET_DATA ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
    WORKSHEET ("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"),
    NULL,
  };
  Workbook workbook = { .sheet_names = names, .sheets = sheets };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Recorder) recorder = { 0, };

  workbook.shared_strings = SST ("<si><t>Good text</t></si>");
  path = write_workbook (folder, "skip.xlsx", &workbook);

  /* The broken sheet fails when read... */
  assert_xlsx_fails (path, DD_IMPORT_ERROR_CORRUPT, "xl/worksheets/sheet2.xml");

  /* ...and is never parsed when skipped. */
  recorder_init (&recorder);
  recorder.skip = "Broken";
  read_xlsx (path, &recorder);
  assert_strv (recorder.sheets, names);
  assert_string (&recorder, "Good!A1", "Good text");
  g_assert_cmpuint (g_array_index (recorder.counts, guint, 1), ==, 0);
  recorder_clear (&recorder);

  /* Skipping every sheet reads no shared strings either: broken ones
   * do not stop the names being listed. */
  workbook.shared_strings = SST ("<si><t>broken</si>");
  g_free (path);
  path = write_workbook (folder, "names.xlsx", &workbook);

  recorder_init (&recorder);
  recorder.skip_all = TRUE;
  read_xlsx (path, &recorder);
  assert_strv (recorder.sheets, names);
  g_assert_cmpuint (g_hash_table_size (recorder.cells), ==, 0);
}

static void
test_handler_stops_reading (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_authored (folder, "stop.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Recorder) recorder = { 0, };

  recorder_init (&recorder);
  recorder.fail_after = 3;
  g_assert_false (dd_xlsx_read (path, &recorder_handler, &recorder, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "stopped by the handler");
  /* Not one cell more, and no merges, no end. */
  g_assert_cmpuint (g_hash_table_size (recorder.cells), ==, 3);
  g_assert_cmpuint (recorder.merges->len, ==, 0);
  g_assert_cmpuint (recorder.events->len, ==, 1);
}

static void
test_cancelled (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_authored (folder, "cancel.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Recorder) recorder = { 0, };

  recorder_init (&recorder);
  g_cancellable_cancel (cancellable);
  g_assert_false (dd_xlsx_read (path, &recorder_handler, &recorder, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_dates_to_iso (void)
{
  static const struct {
    double      serial;
    const char *iso;
  } dates[] = {
    { 1, "1900-01-01" },
    { 59, "1900-02-28" },
    { 60, "1900-02-29" },     /* Excel's day that never was */
    { 61, "1900-03-01" },
    { 25569, "1970-01-01" },
    { 36526, "2000-01-01" },
    { 43890, "2020-02-29" },
    { 45382, "2024-03-31" },
    { 45382.5, "2024-03-31T12:00:00" },
    { 45382.25 + 30.0 / 86400, "2024-03-31T06:00:30" },
    { 45382.9999999, "2024-04-01" },  /* rounds to the next midnight */
    { 2958465, "9999-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *iso = dd_cell_date_to_iso (dates[i].serial);

      g_assert_cmpstr (iso, ==, dates[i].iso);
    }

  g_assert_null (dd_cell_date_to_iso (NAN));
  g_assert_null (dd_cell_date_to_iso (1e12));
}

/* Files that are not workbooks ------------------------------------------- */

static void
test_not_workbooks (void)
{
  static const struct {
    const char *name;
    const char *content;
    gssize      length;
    const char *says;
  } files[] = {
    { "page.xlsx", "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body></body></html>", -1, "web page" },
    { "notes.xlsx", "Period end,Region\n2024-03-31,London\n", -1, "plain text" },
    { "report.xlsx", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", -1, "PDF" },
    { "old.xlsx", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12, ".xls" },
    { "empty.xlsx", "", 0, "empty" },
  };
  g_autofree char *folder = dd_test_make_tmp_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (folder, files[i].name, NULL);
      gsize length = files[i].length < 0 ? strlen (files[i].content) : (gsize) files[i].length;

      dd_test_write_file (path, files[i].content, length);
      assert_xlsx_fails (path, DD_IMPORT_ERROR_UNSUPPORTED, files[i].says);
    }
}

static void
test_damaged_workbooks (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *source = NULL;
  gsize length;

  /* The first half of a real workbook: its zip directory is missing. */
  source = write_authored (folder, "whole.xlsx", NULL);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  path = g_build_filename (folder, "truncated.xlsx", NULL);
  dd_test_write_file (path, contents, length / 2);
  assert_xlsx_fails (path, DD_IMPORT_ERROR_CORRUPT, "incomplete");
  g_free (path);

  /* XML that is not well-formed, named with its part and line. */
  path = write_one_sheet (folder, "bad-xml.xlsx",
                          XML_HEAD "<worksheet xmlns=\"" NS_MAIN "\">\n<sheetData>\n"
                          "<row r=\"1\"><c r=\"A1\"><v>1</v></row>\n</sheetData></worksheet>");
  assert_xlsx_fails (path, DD_IMPORT_ERROR_CORRUPT, "“xl/worksheets/sheet1.xml” is not well-formed XML (line 4)");
  g_free (path);

  /* A zip with no workbook in it. */
  {
    const Part parts[] = { { "[Content_Types].xml", "<Types/>" }, { "docProps/app.xml", "<Properties/>" } };

    path = g_build_filename (folder, "no-workbook.xlsx", NULL);
    write_zip (path, parts, G_N_ELEMENTS (parts));
    assert_xlsx_fails (path, DD_IMPORT_ERROR_UNSUPPORTED, "no workbook part");
    g_free (path);
  }

  /* A Word document renamed. */
  {
    const Part parts[] = {
      { "_rels/.rels", RELATIONSHIPS (RELATIONSHIP ("rId1", "officeDocument", "word/document.xml")) },
      { "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>" },
    };

    path = g_build_filename (folder, "letter.xlsx", NULL);
    write_zip (path, parts, G_N_ELEMENTS (parts));
    assert_xlsx_fails (path, DD_IMPORT_ERROR_UNSUPPORTED, "Word document");
    g_free (path);
  }

  /* The relationships point at a workbook that is not there. */
  {
    const Part parts[] = {
      { "_rels/.rels", RELATIONSHIPS (RELATIONSHIP ("rId1", "officeDocument", "xl/workbook.xml")) },
    };

    path = g_build_filename (folder, "missing.xlsx", NULL);
    write_zip (path, parts, G_N_ELEMENTS (parts));
    assert_xlsx_fails (path, DD_IMPORT_ERROR_CORRUPT, "workbook part is missing");
    g_free (path);
  }

  /* A sheet the workbook lists, not in the zip. */
  {
    static const char * const names[] = { "Gone", NULL };
    const char *sheets[] = { NULL };
    Workbook workbook = { .sheet_names = names, .sheets = sheets };

    path = write_workbook (folder, "no-sheet.xlsx", &workbook);
    assert_xlsx_fails (path, DD_IMPORT_ERROR_CORRUPT, "“Gone”");
    g_free (path);
  }

  /* A document type could declare entities ("billion laughs"): refused. */
  path = write_one_sheet (folder, "entities.xlsx",
                          XML_HEAD "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                          "<worksheet xmlns=\"" NS_MAIN "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                          "<is><t>&b;</t></is></c></row></sheetData></worksheet>");
  assert_xlsx_fails (path, DD_IMPORT_ERROR_UNSUPPORTED, "document type");
  g_free (path);

  /* A cell reference that is no reference, and a shared string that is
   * not there. */
  path = write_one_sheet (folder, "bad-ref.xlsx", SHEET_DATA ("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"));
  assert_xlsx_fails (path, DD_IMPORT_ERROR_CORRUPT, "“1A”");
  g_free (path);
  path = write_one_sheet (folder, "bad-index.xlsx", SHEET_DATA ("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>4</v></c></row>"));
  assert_xlsx_fails (path, DD_IMPORT_ERROR_CORRUPT, "cell B2 of sheet “Sheet1”");
  g_free (path);

  /* Missing and unreadable files. */
  path = g_build_filename (folder, "nothing-here.xlsx", NULL);
  assert_xlsx_fails (path, DD_IMPORT_ERROR_READ, NULL);
  g_free (path);
  path = g_build_filename (folder, "folder.xlsx", NULL);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  assert_xlsx_fails (path, DD_IMPORT_ERROR_READ, NULL);
}

static glong
peak_rss_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);

  return usage.ru_maxrss;
}

static void
test_zip_bomb (void)
{
  /* 40 MB of XML that packs into a few tens of kilobytes. */
  static const char * const names[] = { "Sheet1", NULL };
  const char *sheets[] = { NULL };
  const Part bomb[] = {
    { "xl/worksheets/sheet1.xml", WORKSHEET_OPEN "<sheetData><!--",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      400 * 1024, "--></sheetData></worksheet>" },
  };
  Workbook workbook = { .sheet_names = names, .sheets = sheets, .extra = bomb, .n_extra = 1 };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_workbook (folder, "bomb.xlsx", &workbook);
  gint64 start = g_get_monotonic_time ();
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_size, <, 200 * 1024);

  assert_xlsx_fails (path, DD_IMPORT_ERROR_TOO_LARGE, "zip bomb");
  /* Refused by its declared size, before unpacking any of it. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
}

/* The central directory says how large a part unpacks: make it say 3 GiB. */
static void
declare_size (const char *path,
              const char *part_name,
              guint32     size)
{
  g_autofree char *contents = NULL;
  gsize length;
  gsize name_length = strlen (part_name);
  gboolean found = FALSE;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  for (gsize i = 0; i + 46 + name_length <= length; i++)
    {
      guint8 *entry = (guint8 *) contents + i;

      /* A central directory entry: its name at 46, sizes at 20 and 24. */
      if (memcmp (entry, "PK\1\2", 4) == 0 && entry[28] == name_length && entry[29] == 0
          && memcmp (entry + 46, part_name, name_length) == 0)
        {
          for (guint b = 0; b < 4; b++)
            entry[24 + b] = (size >> (8 * b)) & 0xFF;
          found = TRUE;
        }
    }

  g_assert_true (found);
  dd_test_write_file (path, contents, length);
}

static void
test_declared_size_too_large (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_one_sheet (folder, "liar.xlsx",
                                           SHEET_DATA ("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));

  declare_size (path, "xl/worksheets/sheet1.xml", 3u << 30);
  assert_xlsx_fails (path, DD_IMPORT_ERROR_TOO_LARGE, "“xl/worksheets/sheet1.xml”");
}

static void
test_huge_cell (void)
{
  static const char * const names[] = { "Table 1", NULL };
  const char *sheets[] = { NULL };
  /* 50 MB of text in cell B7, streamed into the package; stored, as
   * text this repetitive packs like a zip bomb. */
  const Part huge[] = {
    { "xl/worksheets/sheet1.xml",
      WORKSHEET_OPEN "<sheetData><row r=\"7\"><c r=\"A7\"><v>1</v></c><c r=\"B7\" t=\"inlineStr\"><is><t>",
      "The quick brown fox jumps over the lazy dog, again and again and again and again.\n",
      50 * 1024 * 1024 / 82, "</t></is></c></row></sheetData></worksheet>", TRUE },
  };
  Workbook workbook = { .sheet_names = names, .sheets = sheets, .extra = huge, .n_extra = 1 };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = write_workbook (folder, "huge-cell.xlsx", &workbook);
  glong before = peak_rss_kib ();

  assert_xlsx_fails (path, DD_IMPORT_ERROR_TOO_LARGE, "cell B7 of sheet “Table 1” holds more than");

  /* The cell was never held whole. */
  g_assert_cmpint (peak_rss_kib () - before, <, 24 * 1024);
}

static void
test_huge_shared_string (void)
{
  const char *sheets[] = {
    SHEET_DATA ("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                "<row r=\"7\"><c r=\"B7\" t=\"s\"><v>1</v></c></row>"),
    NULL,
  };
  const Part strings[] = {
    { "xl/sharedStrings.xml", SST_OPEN "<si><t>short</t></si><si><t>", "0123456789abcdef", 2 * 1024 * 1024 / 16,
      "</t></si>" "</sst>", TRUE },
  };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  g_auto(Recorder) recorder = { 0, };
  g_autoptr(GError) error = NULL;

  /* Written part by part: the shared strings are streamed. */
  {
    const Part parts[] = {
      strings[0],
      { "xl/_rels/workbook.xml.rels",
        RELATIONSHIPS (RELATIONSHIP ("rId1", "worksheet", "worksheets/sheet1.xml")
                       RELATIONSHIP ("rId2", "sharedStrings", "sharedStrings.xml")) },
      { "_rels/.rels", RELATIONSHIPS (RELATIONSHIP ("rId1", "officeDocument", "xl/workbook.xml")) },
      { "xl/workbook.xml",
        XML_HEAD "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_R "\"><sheets>"
        "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
      { "xl/worksheets/sheet1.xml", sheets[0] },
    };

    path = g_build_filename (folder, "huge-string.xlsx", NULL);
    write_zip (path, parts, G_N_ELEMENTS (parts));
  }

  /* The cell that uses the string fails, naming itself, after the cells
   * before it. */
  recorder_init (&recorder);
  g_assert_false (dd_xlsx_read (path, &recorder_handler, &recorder, NULL, &error));
  assert_error (path, error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE, "cell B7 of sheet “Sheet1”");
  assert_string (&recorder, "Sheet1!A1", "short");
}

static void
test_too_many_rows_and_columns (void)
{
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = NULL;

  path = write_one_sheet (folder, "rows.xlsx", SHEET_DATA ("<row r=\"16777217\"><c><v>1</v></c></row>"));
  assert_xlsx_fails (path, DD_IMPORT_ERROR_TOO_LARGE, "rows");
  g_free (path);

  path = write_one_sheet (folder, "cell-rows.xlsx", SHEET_DATA ("<row><c r=\"A16777217\"><v>1</v></c></row>"));
  assert_xlsx_fails (path, DD_IMPORT_ERROR_TOO_LARGE, "rows");
  g_free (path);

  /* XFD is the last column Excel has. */
  path = write_one_sheet (folder, "columns.xlsx",
                          SHEET_DATA ("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c r=\"XFE1\"><v>1</v></c></row>"));
  assert_xlsx_fails (path, DD_IMPORT_ERROR_TOO_LARGE, "columns");
  g_free (path);

  path = write_one_sheet (folder, "merge.xlsx",
                          WORKSHEET ("<sheetData/><mergeCells><mergeCell ref=\"A1:XFE2\"/></mergeCells>"));
  assert_xlsx_fails (path, DD_IMPORT_ERROR_TOO_LARGE, "columns");
}

/* What a file is ---------------------------------------------------------- */

static void
test_format_detect (void)
{
  static const struct {
    const char    *name;
    const char    *content;
    gssize         length;
    DdSheetFormat  format;
    int            code;
    const char    *says;
  } files[] = {
    { "data.xlsx", "a,b\n1,2\n", -1, DD_SHEET_FORMAT_CSV, 0, NULL },
    { "data.txt", "a;b\r\n1;2\r\n", -1, DD_SHEET_FORMAT_CSV, 0, NULL },
    { "tabs.csv", "a\tb\n", -1, DD_SHEET_FORMAT_CSV, 0, NULL },
    { "latin1.csv", "Caf\xE9,Price\n\xA3" "3,2\n", -1, DD_SHEET_FORMAT_CSV, 0, NULL },
    { "unicode.csv", "\xFF\xFE" "a\0,\0b\0", 8, DD_SHEET_FORMAT_CSV, 0, NULL },
    { "page.csv", "\xEF\xBB\xBF  <html lang=\"en\"><body>a,b</body></html>", -1,
      DD_SHEET_FORMAT_UNKNOWN, DD_IMPORT_ERROR_UNSUPPORTED, "web page" },
    { "report.xlsx", "%PDF-1.4\n", -1, DD_SHEET_FORMAT_UNKNOWN, DD_IMPORT_ERROR_UNSUPPORTED, "PDF" },
    { "words.csv", "Just a note\nwith no columns\n", -1,
      DD_SHEET_FORMAT_UNKNOWN, DD_IMPORT_ERROR_UNSUPPORTED, "plain text" },
    { "image.csv", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16,
      DD_SHEET_FORMAT_UNKNOWN, DD_IMPORT_ERROR_UNSUPPORTED, "binary" },
    { "old.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
      DD_SHEET_FORMAT_UNKNOWN, DD_IMPORT_ERROR_UNSUPPORTED, ".xls" },
    { "empty.csv", "", 0, DD_SHEET_FORMAT_UNKNOWN, DD_IMPORT_ERROR_EMPTY, "empty" },
  };
  g_autofree char *folder = dd_test_make_tmp_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (folder, files[i].name, NULL);
      g_autoptr(GError) error = NULL;
      gsize length = files[i].length < 0 ? strlen (files[i].content) : (gsize) files[i].length;

      g_test_message ("%s", files[i].name);
      dd_test_write_file (path, files[i].content, length);
      g_assert_cmpint (dd_sheet_format_detect (path, &error), ==, files[i].format);
      if (files[i].format == DD_SHEET_FORMAT_UNKNOWN)
        assert_error (path, error, DD_IMPORT_ERROR, files[i].code, files[i].says);
      else
        g_assert_no_error (error);
    }
}

static void
test_format_detect_packages (void)
{
  const Part ods[] = {
    { "mimetype", "application/vnd.oasis.opendocument.spreadsheet" },
    { "content.xml", "<office:document-content/>" },
  };
  const Part odt[] = {
    { "mimetype", "application/vnd.oasis.opendocument.text" },
    { "content.xml", "<office:document-content/>" },
  };
  const Part docx[] = {
    { "_rels/.rels", RELATIONSHIPS (RELATIONSHIP ("rId1", "officeDocument", "word/document.xml")) },
    { "word/document.xml", "<w:document/>" },
  };
  const Part other[] = { { "readme.txt", "hello" } };
  /* A workbook found only through its relationships. */
  const Part moved[] = {
    { "_rels/.rels", RELATIONSHIPS (RELATIONSHIP ("rId1", "officeDocument", "/book/workbook.xml")) },
    { "book/workbook.xml", "<workbook/>" },
  };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *path = NULL;
  g_autofree char *authored = write_authored (folder, "book.ods", NULL);
  g_autoptr(GError) error = NULL;

  /* By content, not by name. */
  g_assert_cmpint (dd_sheet_format_detect (authored, &error), ==, DD_SHEET_FORMAT_XLSX);
  g_assert_no_error (error);

  path = g_build_filename (folder, "sheet.xlsx", NULL);
  write_zip (path, ods, G_N_ELEMENTS (ods));
  g_assert_cmpint (dd_sheet_format_detect (path, &error), ==, DD_SHEET_FORMAT_ODS);
  g_assert_no_error (error);

  write_zip (path, moved, G_N_ELEMENTS (moved));
  g_assert_cmpint (dd_sheet_format_detect (path, &error), ==, DD_SHEET_FORMAT_XLSX);
  g_assert_no_error (error);

  write_zip (path, odt, G_N_ELEMENTS (odt));
  g_assert_cmpint (dd_sheet_format_detect (path, &error), ==, DD_SHEET_FORMAT_UNKNOWN);
  assert_error (path, error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED, "OpenDocument");
  g_clear_error (&error);

  write_zip (path, docx, G_N_ELEMENTS (docx));
  g_assert_cmpint (dd_sheet_format_detect (path, &error), ==, DD_SHEET_FORMAT_UNKNOWN);
  assert_error (path, error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED, "Word document");
  g_clear_error (&error);

  write_zip (path, other, G_N_ELEMENTS (other));
  g_assert_cmpint (dd_sheet_format_detect (path, &error), ==, DD_SHEET_FORMAT_UNKNOWN);
  assert_error (path, error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED, "zip archive");
  g_clear_error (&error);

  /* A zip cut short. */
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (authored, &contents, &length, NULL));
    dd_test_write_file (path, contents, length / 2);
    g_assert_cmpint (dd_sheet_format_detect (path, &error), ==, DD_SHEET_FORMAT_UNKNOWN);
    assert_error (path, error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT, "incomplete");
    g_clear_error (&error);
  }

  g_free (path);
  path = g_build_filename (folder, "missing.csv", NULL);
  g_assert_cmpint (dd_sheet_format_detect (path, &error), ==, DD_SHEET_FORMAT_UNKNOWN);
  assert_error (path, error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ, NULL);
}

static gboolean
count_cell (const DdCell  *cell G_GNUC_UNUSED,
            gpointer       user_data,
            GError       **error G_GNUC_UNUSED)
{
  (*(guint *) user_data)++;

  return TRUE;
}

static void
test_sheet_read_dispatches (void)
{
  static const DdSheetHandler counter = { .cell = count_cell };
  g_autofree char *folder = dd_test_make_tmp_dir ();
  g_autofree char *xlsx = write_authored (folder, "named-wrongly.csv", NULL);
  g_autofree char *csv = g_build_filename (folder, "named-wrongly.xlsx", NULL);
  g_autofree char *html = g_build_filename (folder, "page.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  guint n_cells = 0;

  g_assert_true (dd_sheet_read (xlsx, &counter, &n_cells, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_cells, ==, 35);

  n_cells = 0;
  dd_test_write_file (csv, "a,b\n1,2\n", -1);
  g_assert_true (dd_sheet_read (csv, &counter, &n_cells, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_cells, ==, 4);

  dd_test_write_file (html, "<!doctype html><html></html>", -1);
  g_assert_false (dd_sheet_read (html, &counter, &n_cells, NULL, &error));
  assert_error (html, error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED, "web page");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx/fixture/police-force-areas", test_fixture_police_force_areas);
  g_test_add_func ("/xlsx/fixture/homeworking", test_fixture_homeworking);
  g_test_add_func ("/xlsx/fixture/deprivation", test_fixture_deprivation);
  g_test_add_func ("/xlsx/fixture/formats", test_fixture_formats);
  g_test_add_func ("/xlsx/fixture/sheet-names", test_fixture_sheet_names);
  g_test_add_func ("/xlsx/strings", test_authored_strings);
  g_test_add_func ("/xlsx/values", test_authored_values);
  g_test_add_func ("/xlsx/merges-and-tables", test_authored_merges_and_tables);
  g_test_add_func ("/xlsx/date-system-1904", test_date_system_1904);
  g_test_add_func ("/xlsx/strict-namespaces", test_strict_namespaces);
  g_test_add_func ("/xlsx/chart-sheets", test_chart_sheets_are_not_sheets);
  g_test_add_func ("/xlsx/skipped-sheets-are-not-read", test_skipped_sheets_are_not_read);
  g_test_add_func ("/xlsx/handler-stops-reading", test_handler_stops_reading);
  g_test_add_func ("/xlsx/cancelled", test_cancelled);
  g_test_add_func ("/xlsx/dates-to-iso", test_dates_to_iso);
  g_test_add_func ("/xlsx/not-workbooks", test_not_workbooks);
  g_test_add_func ("/xlsx/damaged", test_damaged_workbooks);
  g_test_add_func ("/xlsx/zip-bomb", test_zip_bomb);
  g_test_add_func ("/xlsx/declared-size-too-large", test_declared_size_too_large);
  g_test_add_func ("/xlsx/huge-cell", test_huge_cell);
  g_test_add_func ("/xlsx/huge-shared-string", test_huge_shared_string);
  g_test_add_func ("/xlsx/too-many-rows-and-columns", test_too_many_rows_and_columns);
  g_test_add_func ("/sheet/format-detect", test_format_detect);
  g_test_add_func ("/sheet/format-detect-packages", test_format_detect_packages);
  g_test_add_func ("/sheet/read-dispatches", test_sheet_read_dispatches);

  return g_test_run ();
}
