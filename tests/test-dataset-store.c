/* test-dataset-store.c: datasets of Hub data, stored and read a page at
 * a time
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "dd-core.h"
#include "dd-test-util.h"

typedef struct
{
  char           *dir;
  DdContext      *context;
  DdDatasetStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = dd_test_make_tmp_dir ();
  path = g_build_filename (fixture->dir, "office.db", NULL);
  fixture->context = dd_context_new (path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->store = dd_context_get_dataset_store (fixture->context);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->context);
  dd_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static const char *regions[] = { "London", "Wales", "North West" };

static DdDataset *
import_rows (Fixture *fixture,
             guint    n_rows)
{
  g_autoptr(DdDataset) dataset = dd_dataset_new ("Unpaid work completions");
  g_autoptr(DdDatasetWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  dd_dataset_set_source (dataset, "hub-export.xlsx", "ab12", "Data", "A4:D104");
  dd_dataset_set_downloaded (dataset, "2026-11-20");
  dd_dataset_add_column (dataset, "Period end", DD_COLUMN_KIND_PERIOD);
  dd_dataset_add_column (dataset, "Region", DD_COLUMN_KIND_CATEGORY);
  dd_dataset_add_column (dataset, "Rate", DD_COLUMN_KIND_MEASURE);

  writer = dd_dataset_store_begin (fixture->store, dataset, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *period = g_strdup_printf ("2025-%02u-28", 1 + i % 12);
      DdValue values[3] = {
        { DD_VALUE_TEXT, 0, period },
        { DD_VALUE_TEXT, 0, regions[i % 3] },
        { DD_VALUE_NUMBER, i * 0.5, NULL },
      };

      /* Every tenth rate is suppressed, every seventh blank. */
      if (i % 10 == 3)
        values[2] = (DdValue) { DD_VALUE_MARKER, 0, "[x]" };
      else if (i % 7 == 6)
        values[2] = (DdValue) { DD_VALUE_NONE, 0, NULL };
      g_assert_true (dd_dataset_writer_add_row (writer, values, &error));
    }
  g_assert_true (dd_dataset_writer_commit (writer, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&dataset);
}

static void
test_import_and_read (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DdDataset) dataset = import_rows (fixture, 100);
  g_autoptr(DdDataset) again = NULL;
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  const DdValue *value;

  g_assert_cmpint (dd_dataset_get_id (dataset), >, 0);
  g_assert_cmpuint (dd_dataset_get_n_rows (dataset), ==, 100);

  again = dd_dataset_store_get (fixture->store, dd_dataset_get_id (dataset), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dd_dataset_get_name (again), ==, "Unpaid work completions");
  g_assert_cmpstr (dd_dataset_get_file_name (again), ==, "hub-export.xlsx");
  g_assert_cmpstr (dd_dataset_get_sheet (again), ==, "Data");
  g_assert_cmpstr (dd_dataset_get_range (again), ==, "A4:D104");
  g_assert_cmpstr (dd_dataset_get_downloaded (again), ==, "2026-11-20");
  g_assert_cmpstr (dd_dataset_get_classification (again), ==, "OFFICIAL-SENSITIVE");
  g_assert_nonnull (strstr (dd_dataset_get_handling (again), "not for publication"));
  g_assert_cmpint (dd_dataset_get_platform (again), ==, DD_DATA_PLATFORM_HUB);
  g_assert_cmpuint (dd_dataset_get_n_rows (again), ==, 100);
  g_assert_cmpuint (dd_dataset_get_n_columns (again), ==, 3);
  g_assert_cmpstr (dd_dataset_get_column_name (again, 2), ==, "Rate");
  g_assert_cmpint (dd_dataset_get_column_kind (again, 0), ==, DD_COLUMN_KIND_PERIOD);
  g_assert_cmpint (dd_dataset_get_column_kind (again, 2), ==, DD_COLUMN_KIND_MEASURE);
  g_assert_cmpstr (dd_dataset_get_imported_by (again), !=, "");

  all = dd_dataset_store_list (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);

  /* All rows, in the file's order; a marker is kept, never zero. */
  rows = dd_dataset_store_query (fixture->store, again, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dd_dataset_rows_get_n_rows (rows), ==, 100);
  value = dd_dataset_rows_get (rows, 3, 2);
  g_assert_cmpint (value->kind, ==, DD_VALUE_MARKER);
  g_assert_cmpstr (value->text, ==, "[x]");
  value = dd_dataset_rows_get (rows, 6, 2);
  g_assert_cmpint (value->kind, ==, DD_VALUE_NONE);
  value = dd_dataset_rows_get (rows, 4, 2);
  g_assert_cmpint (value->kind, ==, DD_VALUE_NUMBER);
  g_assert_cmpfloat (value->number, ==, 2.0);
  value = dd_dataset_rows_get (rows, 4, 1);
  g_assert_cmpstr (value->text, ==, "Wales");
}

static void
test_filter_sort_page (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(DdDataset) dataset = import_rows (fixture, 100);
  DdDatasetFilter wales = { 1, "Wales" };
  DdDatasetQuery query = { &wales, 1, 2, TRUE, 0, 5 };
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autoptr(GError) error = NULL;
  double previous = G_MAXDOUBLE;

  g_assert_cmpuint (dd_dataset_store_count (fixture->store, dataset, &query, &error), ==, 33);
  rows = dd_dataset_store_query (fixture->store, dataset, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dd_dataset_rows_get_n_rows (rows), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      const DdValue *rate = dd_dataset_rows_get (rows, i, 2);

      g_assert_cmpstr (dd_dataset_rows_get (rows, i, 1)->text, ==, "Wales");
      g_assert_cmpint (rate->kind, ==, DD_VALUE_NUMBER);
      g_assert_cmpfloat (rate->number, <=, previous);
      previous = rate->number;
    }
  /* Highest Welsh rate: row 94 (i % 3 == 1; row 97 is blank), 47. */
  g_assert_cmpfloat (dd_dataset_rows_get (rows, 0, 2)->number, ==, 47.0);

  /* The next page starts where this one ended; the empty and marked
   * cells come last whichever the order. */
  g_clear_pointer (&rows, dd_dataset_rows_free);
  query.offset = 30;
  rows = dd_dataset_store_query (fixture->store, dataset, &query, &error);
  g_assert_cmpuint (dd_dataset_rows_get_n_rows (rows), ==, 3);
  g_assert_cmpint (dd_dataset_rows_get (rows, 2, 2)->kind, !=, DD_VALUE_NUMBER);

  /* A number is matched by its value. */
  {
    DdDatasetFilter rate = { 2, "2" };
    DdDatasetQuery by_rate = { &rate, 1, -1, FALSE, 0, 0 };

    g_assert_cmpuint (dd_dataset_store_count (fixture->store, dataset, &by_rate, &error), ==, 1);
  }
}

static guint
count_tables (Fixture *fixture)
{
  g_autofree char *path = g_strdup (dd_database_get_path (dd_context_get_database (fixture->context)));
  sqlite3 *db;
  sqlite3_stmt *stmt;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'dataset_rows_%'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_abandoned_import_leaves_nothing (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(DdDataset) kept = import_rows (fixture, 10);
  g_autoptr(DdDataset) dataset = dd_dataset_new ("Half done");
  g_autoptr(DdDatasetWriter) writer = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  DdValue value = { DD_VALUE_NUMBER, 1, NULL };

  dd_dataset_add_column (dataset, "Count", DD_COLUMN_KIND_MEASURE);
  writer = dd_dataset_store_begin (fixture->store, dataset, &error);
  g_assert_no_error (error);
  g_assert_true (dd_dataset_writer_add_row (writer, &value, &error));
  /* The reader failed half-way: the writer goes without a commit. */
  g_clear_pointer (&writer, dd_dataset_writer_free);

  all = dd_dataset_store_list (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
  g_assert_cmpuint (count_tables (fixture), ==, 1);
  g_assert_cmpint (dd_dataset_get_id (dataset), ==, 0);

  /* No columns, no dataset. */
  {
    g_autoptr(DdDataset) empty = dd_dataset_new ("Nothing");
    g_autoptr(DdDatasetWriter) refused = dd_dataset_store_begin (fixture->store, empty, &error);

    g_assert_null (refused);
    g_assert_nonnull (error);
  }
}

static void
test_reimport_and_delete (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DdDataset) dataset = import_rows (fixture, 10);
  g_autoptr(DdDataset) found = NULL;
  g_autoptr(DdDataset) other_sheet = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;

  found = dd_dataset_store_find_by_sha256 (fixture->store, "ab12", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (dd_dataset_get_id (found), ==, dd_dataset_get_id (dataset));
  other_sheet = dd_dataset_store_find_by_sha256 (fixture->store, "ab12", "Notes", &error);
  g_assert_no_error (error);
  g_assert_null (other_sheet);

  g_assert_true (dd_dataset_store_delete (fixture->store, dataset, &error));
  g_assert_no_error (error);
  all = dd_dataset_store_list (fixture->store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 0);
  g_assert_cmpuint (count_tables (fixture), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/dataset-store/import-and-read", test_import_and_read);
  ADD ("/dataset-store/filter-sort-page", test_filter_sort_page);
  ADD ("/dataset-store/abandoned-import-leaves-nothing", test_abandoned_import_leaves_nothing);
  ADD ("/dataset-store/reimport-and-delete", test_reimport_and_delete);
#undef ADD

  return g_test_run ();
}
