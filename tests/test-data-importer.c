/* test-data-importer.c: tables of spreadsheets imported as datasets
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main table of each real workbook of ../shared/fixtures/spreadsheets
 * (read in place, skipped when absent; what each detects as is in
 * test-table-detector.c), imported into a temporary database: rows,
 * columns, kinds and exact values; then re-imports, failures that store
 * nothing, cancellation and a corrected header row on files written here.
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <glib/gstdio.h>

#include "dd-core.h"
#include "dd-test-util.h"
#include "import/dd-data-importer.h"
#include "import/dd-import-error.h"

typedef struct
{
  char           *dir;
  char           *db_path;
  DdContext      *context;
  DdDatasetStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = dd_test_make_tmp_dir ();
  fixture->db_path = g_build_filename (fixture->dir, "office.db", NULL);
  fixture->context = dd_context_new (fixture->db_path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->store = dd_context_get_dataset_store (fixture->context);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->context);
  dd_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->db_path, g_free);
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

/* Detects the file's tables (of one sheet) and gives the table asked for. */
static DdDetectedTable *
detect_table (const char  *path,
              const char  *sheet,
              guint        index,
              GPtrArray  **grids_out)
{
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GError) error = NULL;

  tables = dd_data_importer_detect (path, sheet, grids_out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (index, <, tables->len);
  return dd_detected_table_ref (g_ptr_array_index (tables, index));
}

static DdDataset *
import_table (Fixture         *fixture,
              const char      *path,
              DdDetectedTable *table)
{
  DdDataImportOptions options = { DD_DATA_PLATFORM_HUB, "2026-11-20", NULL, FALSE };
  g_autoptr(GError) error = NULL;
  DdDataset *dataset;

  dataset = dd_data_importer_import (fixture->store, path, table, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpint (dd_dataset_get_id (dataset), >, 0);
  return dataset;
}

static DdDatasetRows *
read_rows (Fixture   *fixture,
           DdDataset *dataset)
{
  DdDatasetQuery query = { NULL, 0, -1, FALSE, 0, 0 };
  g_autoptr(GError) error = NULL;
  DdDatasetRows *rows = dd_dataset_store_query (fixture->store, dataset, &query, &error);

  g_assert_no_error (error);
  return rows;
}

static char *
dup_kinds (DdDataset *dataset)
{
  GString *kinds = g_string_new (NULL);

  for (guint i = 0; i < dd_dataset_get_n_columns (dataset); i++)
    g_string_append_c (kinds, dd_column_kind_to_string (dd_dataset_get_column_kind (dataset, i))[0]);
  return g_string_free (kinds, FALSE);
}

static void
assert_text (const DdDatasetRows *rows,
             guint                row,
             guint                column,
             const char          *text)
{
  const DdValue *value = dd_dataset_rows_get (rows, row, column);

  g_assert_cmpint (value->kind, ==, DD_VALUE_TEXT);
  g_assert_cmpstr (value->text, ==, text);
}

static void
assert_number (const DdDatasetRows *rows,
               guint                row,
               guint                column,
               double               number)
{
  const DdValue *value = dd_dataset_rows_get (rows, row, column);

  g_assert_cmpint (value->kind, ==, DD_VALUE_NUMBER);
  g_assert_cmpfloat_with_epsilon (value->number, number, 1e-9);
}

static void
assert_marker (const DdDatasetRows *rows,
               guint                row,
               guint                column,
               const char          *marker)
{
  const DdValue *value = dd_dataset_rows_get (rows, row, column);

  g_assert_cmpint (value->kind, ==, DD_VALUE_MARKER);
  g_assert_cmpstr (value->text, ==, marker);
}

/* How many datasets, and how many dataset_rows_N tables, the database
 * holds, read through a connection of its own. */
static void
count_stored (Fixture *fixture,
              int     *n_datasets,
              int     *n_row_tables)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM dataset", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  *n_datasets = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'dataset_rows_%'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  *n_row_tables = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* The CSV (Table C2): 399 rows to the end of the file, numbers written
 * "170,002 " read as numbers. */
static void
test_csv (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = shared_fixture ("policeforceareatablesyejune25final.csv");
  g_autoptr(DdDetectedTable) table = NULL;
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autoptr(DdDataset) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kinds = NULL;
  g_autofree char *sha256 = NULL;

  if (path == NULL)
    return;

  table = detect_table (path, NULL, 0, NULL);
  dataset = import_table (fixture, path, table);
  g_assert_cmpuint (dd_dataset_get_n_rows (dataset), ==, 399);
  g_assert_cmpuint (dd_dataset_get_n_columns (dataset), ==, 29);
  kinds = dup_kinds (dataset);
  g_assert_cmpstr (kinds, ==, "ccccccmmmmmmmmmmmmmmmmmmmmmmm");
  g_assert_cmpstr (dd_dataset_get_column_name (dataset, 6), ==, "Total recorded crime (excluding fraud)");

  /* The provenance. */
  stored = dd_dataset_store_get (fixture->store, dd_dataset_get_id (dataset), &error);
  g_assert_no_error (error);
  sha256 = dd_test_checksum_file (path);
  g_assert_cmpstr (dd_dataset_get_sha256 (stored), ==, sha256);
  g_assert_cmpstr (dd_dataset_get_file_name (stored), ==, "policeforceareatablesyejune25final.csv");
  g_assert_cmpstr (dd_dataset_get_sheet (stored), ==, "policeforceareatablesyejune25final");
  g_assert_cmpstr (dd_dataset_get_range (stored), ==, "A8:AC407");
  g_assert_cmpstr (dd_dataset_get_downloaded (stored), ==, "2026-11-20");
  g_assert_cmpint (dd_dataset_get_platform (stored), ==, DD_DATA_PLATFORM_HUB);
  g_assert_cmpstr (dd_dataset_get_classification (stored), ==, DD_DATASET_DEFAULT_CLASSIFICATION);
  g_assert_cmpuint (dd_dataset_get_n_rows (stored), ==, 399);

  rows = read_rows (fixture, dataset);
  g_assert_cmpuint (dd_dataset_rows_get_n_rows (rows), ==, 399);
  assert_text (rows, 0, 0, "E23000036");
  assert_text (rows, 0, 1, "Avon and Somerset");
  g_assert_cmpint (dd_dataset_rows_get (rows, 0, 2)->kind, ==, DD_VALUE_NONE);
  assert_number (rows, 0, 6, 170002);
  assert_number (rows, 0, 8, 8);
  assert_text (rows, 2, 3, "Bristol, City of");
  assert_number (rows, 2, 6, 64114);
}

/* Table P1 of the police force area workbook: ".." markers kept as
 * markers, category values without their footnote digits. */
static void
test_xlsx_markers (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = shared_fixture ("policeforceareatablesyearendingseptember2019.xlsx");
  g_autoptr(DdDetectedTable) table = NULL;
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autofree char *kinds = NULL;

  if (path == NULL)
    return;

  table = detect_table (path, "Table P1", 0, NULL);
  dataset = import_table (fixture, path, table);
  g_assert_cmpuint (dd_dataset_get_n_rows (dataset), ==, 56);
  g_assert_cmpuint (dd_dataset_get_n_columns (dataset), ==, 25);
  kinds = dup_kinds (dataset);
  g_assert_cmpstr (kinds, ==, "ccmmmmmmmmmmmmmmmmmmmmmmm");
  g_assert_cmpstr (dd_dataset_get_range (dataset), ==, "A4:AA62");

  rows = read_rows (fixture, dataset);
  assert_text (rows, 0, 0, "K04000001");
  assert_text (rows, 0, 1, "ENGLAND AND WALES");
  assert_number (rows, 0, 2, 5000036);
  assert_number (rows, 0, 4, 617);
  assert_text (rows, 9, 1, "Greater Manchester");
  assert_marker (rows, 9, 2, "..");
  assert_marker (rows, 9, 11, "..");
}

/* An ODS table: the date-typed header labels as names, fractional numbers. */
static void
test_ods (Fixture       *fixture,
          gconstpointer  data)
{
  static const char * const names[] = {
    "Column A", "As at > Sep-18", "As at > Mar-19", "As at > Sep-19",
    "Change in 12 months Sep-18 to Sep-19 > number", "Change in 12 months Sep-18 to Sep-19 > %",
    "Change in 6 months Mar-19 to Sep-19 > number", "Change in 6 months Mar-19 to Sep-19 > %",
  };
  g_autofree char *path = shared_fixture ("police-workforce-sep19-tables.ods");
  g_autoptr(DdDetectedTable) table = NULL;
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(DdDatasetRows) rows = NULL;

  if (path == NULL)
    return;

  table = detect_table (path, "Table_1", 0, NULL);
  dataset = import_table (fixture, path, table);
  g_assert_cmpuint (dd_dataset_get_n_rows (dataset), ==, 57);
  g_assert_cmpuint (dd_dataset_get_n_columns (dataset), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_cmpstr (dd_dataset_get_column_name (dataset, i), ==, names[i]);
  g_assert_cmpstr (dd_dataset_get_range (dataset), ==, "A4:H63");

  rows = read_rows (fixture, dataset);
  assert_text (rows, 0, 0, "North East");
  assert_number (rows, 0, 2, 5397.6694);
  assert_text (rows, 1, 0, "Cleveland");
  assert_number (rows, 1, 1, 1223.92);
}

/* An Excel table side by side with another: only its own columns. */
static void
test_named_table (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = shared_fixture ("regionalpatternsinhomeworkingv3.xlsx");
  g_autoptr(DdDetectedTable) table = NULL;
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autofree char *kinds = NULL;

  if (path == NULL)
    return;

  table = detect_table (path, "1", 1, NULL);
  g_assert_cmpstr (dd_detected_table_get_name (table), ==, "Table21");
  dataset = import_table (fixture, path, table);
  g_assert_cmpstr (dd_dataset_get_name (dataset), ==, "Table21");
  g_assert_cmpuint (dd_dataset_get_n_rows (dataset), ==, 15);
  kinds = dup_kinds (dataset);
  g_assert_cmpstr (kinds, ==, "mmmmmmmmmm");
  g_assert_cmpstr (dd_dataset_get_range (dataset), ==, "M10:V25");
  rows = read_rows (fixture, dataset);
  for (guint r = 0; r < dd_dataset_rows_get_n_rows (rows); r++)
    g_assert_cmpint (dd_dataset_rows_get (rows, r, 0)->kind, !=, DD_VALUE_TEXT);
}

/* A table running past the grid, to the end of the sheet. */
static void
test_to_the_end (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = shared_fixture ("File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx");
  g_autoptr(DdDetectedTable) table = NULL;
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autofree char *kinds = NULL;

  if (path == NULL)
    return;

  table = detect_table (path, NULL, 0, NULL);
  g_assert_cmpuint (dd_detected_table_get_data_last_row (table), ==, DD_DETECTED_TABLE_TO_END);
  dataset = import_table (fixture, path, table);
  g_assert_cmpuint (dd_dataset_get_n_rows (dataset), ==, 32844);
  kinds = dup_kinds (dataset);
  g_assert_cmpstr (kinds, ==, "ccccmm");
  g_assert_cmpstr (dd_dataset_get_range (dataset), ==, "A1:F32845");
  rows = read_rows (fixture, dataset);
  g_assert_cmpuint (dd_dataset_rows_get_n_rows (rows), ==, 32844);
  for (guint r = 0; r < 32844; r += 4000)
    g_assert_cmpint (dd_dataset_rows_get (rows, r, 4)->kind, ==, DD_VALUE_NUMBER);
}

static char *
write_csv (Fixture    *fixture,
           const char *name,
           const char *contents)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  dd_test_write_file (path, contents, -1);
  return path;
}

static const char small_csv[] =
  "Offenders by region\n"
  "\n"
  "Year,Region,Offenders,Rate\n"
  "2019,London,120,0.5\n"
  "2020,Wales,[x],0.25\n"
  "2021,North West [note 2],..,\n"
  "\n"
  "Source: made up\n";

/* Kinds: periods as written, categories without notes, markers kept;
 * the table ends before its source line. */
static void
test_values (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *path = write_csv (fixture, "small.csv", small_csv);
  g_autoptr(DdDetectedTable) table = detect_table (path, NULL, 0, NULL);
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autofree char *kinds = NULL;

  dataset = import_table (fixture, path, table);
  g_assert_cmpstr (dd_dataset_get_name (dataset), ==, "Offenders by region");
  kinds = dup_kinds (dataset);
  g_assert_cmpstr (kinds, ==, "pcmm");
  g_assert_cmpuint (dd_dataset_get_n_rows (dataset), ==, 3);
  g_assert_cmpstr (dd_dataset_get_range (dataset), ==, "A3:D6");

  rows = read_rows (fixture, dataset);
  assert_text (rows, 0, 0, "2019");
  assert_text (rows, 2, 1, "North West");
  assert_number (rows, 0, 2, 120);
  assert_number (rows, 1, 3, 0.25);
  assert_marker (rows, 1, 2, "[x]");
  assert_marker (rows, 2, 2, "..");
  g_assert_cmpint (dd_dataset_rows_get (rows, 2, 3)->kind, ==, DD_VALUE_NONE);
}

/* The same file twice is refused, naming the dataset; asked, it imports. */
static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = write_csv (fixture, "small.csv", small_csv);
  g_autoptr(DdDetectedTable) table = detect_table (path, NULL, 0, NULL);
  DdDataImportOptions options = { DD_DATA_PLATFORM_SEGMENTATION, NULL, "Offenders", FALSE };
  g_autoptr(DdDataset) first = NULL;
  g_autoptr(DdDataset) refused = NULL;
  g_autoptr(DdDataset) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  int n_datasets, n_tables;

  first = dd_data_importer_import (fixture->store, path, table, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dd_dataset_get_name (first), ==, "Offenders");
  g_assert_cmpint (dd_dataset_get_platform (first), ==, DD_DATA_PLATFORM_SEGMENTATION);
  /* Written just now: the file's day is today. */
  g_assert_cmpstr (dd_dataset_get_downloaded (first), ==, today);

  refused = dd_data_importer_import (fixture->store, path, table, &options, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_null (refused);
  g_assert_nonnull (strstr (error->message, "small.csv"));
  g_assert_nonnull (strstr (error->message, "dataset 1 “Offenders”"));
  g_assert_nonnull (strstr (error->message, "--again"));
  g_clear_error (&error);
  count_stored (fixture, &n_datasets, &n_tables);
  g_assert_cmpint (n_datasets, ==, 1);

  options.allow_duplicate = TRUE;
  second = dd_data_importer_import (fixture->store, path, table, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dd_dataset_get_id (second), ==, 2);
  g_assert_cmpuint (dd_dataset_get_n_rows (second), ==, 3);
  count_stored (fixture, &n_datasets, &n_tables);
  g_assert_cmpint (n_datasets, ==, 2);
  g_assert_cmpint (n_tables, ==, 2);
}

/* A file that breaks after some rows were written leaves nothing. */
static void
test_failure_stores_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = write_csv (fixture, "broken.csv", small_csv);
  g_autoptr(DdDetectedTable) table = detect_table (path, NULL, 0, NULL);
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) contents = g_string_new ("Offenders by region\n\nYear,Region,Offenders,Rate\n"
                                              "2019,London,120,0.5\n2020,Wales,3,0.25\n2021,\"");
  int n_datasets, n_tables;

  /* Now its third row has a cell over the limit. */
  for (gsize i = 0; i <= DD_SHEET_MAX_CELL_BYTES; i += 64)
    g_string_append (contents, "0123456789012345678901234567890123456789012345678901234567890123");
  g_string_append (contents, "\",1,2\n");
  dd_test_write_file (path, contents->str, contents->len);

  dataset = dd_data_importer_import (fixture->store, path, table, NULL, NULL, &error);
  g_assert_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE);
  g_assert_null (dataset);
  count_stored (fixture, &n_datasets, &n_tables);
  g_assert_cmpint (n_datasets, ==, 0);
  g_assert_cmpint (n_tables, ==, 0);

  /* Nor does a file gone missing. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_clear_error (&error);
  dataset = dd_data_importer_import (fixture->store, path, table, NULL, NULL, &error);
  g_assert_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ);
  g_assert_null (dataset);
  count_stored (fixture, &n_datasets, &n_tables);
  g_assert_cmpint (n_datasets, ==, 0);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = write_csv (fixture, "small.csv", small_csv);
  g_autoptr(DdDetectedTable) table = detect_table (path, NULL, 0, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  int n_datasets, n_tables;

  g_cancellable_cancel (cancellable);
  dataset = dd_data_importer_import (fixture->store, path, table, NULL, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (dataset);
  count_stored (fixture, &n_datasets, &n_tables);
  g_assert_cmpint (n_datasets, ==, 0);
  g_assert_cmpint (n_tables, ==, 0);
}

/* A header row set by hand: the columns and data follow it. */
static void
test_header_row (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = write_csv (fixture, "two-headers.csv",
                                     "Region,Offenders,Rate\n"
                                     "Area,Count,Per 1000\n"
                                     "London,120,0.5\n"
                                     "Wales,3,0.25\n");
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(DdDetectedTable) table = detect_table (path, NULL, 0, &grids);
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autoptr(GError) error = NULL;
  DdSheetGrid *grid = dd_data_importer_find_grid (grids, table);

  g_assert_nonnull (grid);
  g_assert_true (dd_detected_table_set_header_rows (table, grid, 1, 1, &error));
  g_assert_no_error (error);

  dataset = import_table (fixture, path, table);
  g_assert_cmpuint (dd_dataset_get_n_columns (dataset), ==, 3);
  g_assert_cmpstr (dd_dataset_get_column_name (dataset, 0), ==, "Area");
  g_assert_cmpstr (dd_dataset_get_column_name (dataset, 2), ==, "Per 1000");
  g_assert_cmpuint (dd_dataset_get_n_rows (dataset), ==, 2);
  g_assert_cmpstr (dd_dataset_get_range (dataset), ==, "A2:C4");
  rows = read_rows (fixture, dataset);
  assert_text (rows, 0, 0, "London");
  assert_number (rows, 1, 1, 3);
}

static void
test_range (void)
{
  /* Columns past Z. */
  g_autoptr(DdSheetGrid) grid = dd_sheet_grid_new ("Sheet1", 0, 0);
  g_autoptr(GPtrArray) tables = NULL;
  g_autofree char *range = NULL;
  g_autofree char *open_range = NULL;
  static const char * const labels[] = { "Region", "Count" };

  for (guint32 c = 0; c < 2; c++)
    {
      DdCell header = { 2, 26 + c * 700, DD_CELL_STRING, labels[c], 0 };
      DdCell region = { 3, 26, DD_CELL_STRING, "London", 0 };
      DdCell count = { 3, 726, DD_CELL_NUMBER, NULL, 5 };

      dd_sheet_grid_add_cell (grid, &header);
      if (c == 1)
        {
          dd_sheet_grid_add_cell (grid, &region);
          dd_sheet_grid_add_cell (grid, &count);
        }
    }
  tables = dd_table_detector_detect (grid);
  g_assert_cmpuint (tables->len, >=, 1);
  range = dd_data_importer_dup_range (g_ptr_array_index (tables, 0), 41);
  open_range = dd_data_importer_dup_range (g_ptr_array_index (tables, 0), DD_DETECTED_TABLE_TO_END);
  g_assert_cmpstr (range, ==, "AA3:AAY42");
  g_assert_cmpstr (open_range, ==, "AA3:AAY4");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data-importer/range", test_range);
#define ADD(name, func) g_test_add ("/data-importer/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("fixtures/csv", test_csv);
  ADD ("fixtures/xlsx-markers", test_xlsx_markers);
  ADD ("fixtures/ods", test_ods);
  ADD ("fixtures/named-table", test_named_table);
  ADD ("fixtures/to-the-end", test_to_the_end);
  ADD ("values", test_values);
  ADD ("duplicate", test_duplicate);
  ADD ("failure-stores-nothing", test_failure_stores_nothing);
  ADD ("cancelled", test_cancelled);
  ADD ("header-row", test_header_row);
#undef ADD

  return g_test_run ();
}
