/* dd-dataset-store.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Datasets of imported Hub data. A dataset's description and columns are
 * rows of `dataset` and `dataset_column`; its rows are a table of its own,
 * `dataset_rows_<id>`, one SQLite column per column of the data (`cN`:
 * a number, text or NULL) and beside each a marker column (`mN`: "[x]",
 * "..", set when the cell holds a marker instead of a value, which is
 * never read as zero). An import is one transaction, from the dataset's
 * row to its last data row and its audit line: a failure leaves nothing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-audit-log.h"
#include "dd-database-private.h"
#include "dd-dataset-private.h"
#include "dd-dataset-store.h"

struct _DdDatasetStore
{
  GObject     parent_instance;

  DdDatabase *database;
  DdAuditLog *audit_log;
};

G_DEFINE_FINAL_TYPE (DdDatasetStore, dd_dataset_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

struct _DdDatasetWriter
{
  DdDatasetStore *store;
  DdDataset      *dataset;
  DdTransaction  *transaction;
  sqlite3_stmt   *insert;
  gint64          id;
  guint           n_columns;
  guint64         n_rows;
};

struct _DdDatasetRows
{
  guint         n_rows;
  guint         n_columns;
  DdValue      *values;
  GStringChunk *strings;
};

static void
dd_dataset_store_dispose (GObject *object)
{
  DdDatasetStore *self = (DdDatasetStore *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->audit_log);

  G_OBJECT_CLASS (dd_dataset_store_parent_class)->dispose (object);
}

static void
dd_dataset_store_class_init (DdDatasetStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dd_dataset_store_dispose;

  /**
   * DdDatasetStore::changed:
   *
   * After a dataset is imported or deleted.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dd_dataset_store_init (DdDatasetStore *self)
{
}

DdDatasetStore *
dd_dataset_store_new (DdDatabase *database,
                      DdAuditLog *audit_log)
{
  DdDatasetStore *self;

  g_return_val_if_fail (DD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (DD_IS_AUDIT_LOG (audit_log), NULL);

  self = g_object_new (DD_TYPE_DATASET_STORE, NULL);
  self->database = g_object_ref (database);
  self->audit_log = g_object_ref (audit_log);
  return self;
}

static gboolean
audit (DdDatasetStore  *self,
       gint64           id,
       const char      *action,
       const char      *value,
       GError         **error)
{
  g_autofree char *entity_id = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  return dd_audit_log_append (self->audit_log,
                              &(DdAuditRecord) {
                                .action = action,
                                .entity = "dataset",
                                .entity_id = entity_id,
                                .new_value = value,
                              },
                              error);
}

/**
 * dd_dataset_store_begin:
 * @dataset: a dataset described (name, source, platform, columns...) but
 *   not stored
 *
 * Begins the import of @dataset: add its rows with
 * dd_dataset_writer_add_row(), then dd_dataset_writer_commit(). Until
 * then nothing is stored; dd_dataset_writer_free() without a commit
 * leaves the database as it was.
 *
 * Returns: (transfer full): the writer
 */
DdDatasetWriter *
dd_dataset_store_begin (DdDatasetStore  *self,
                        DdDataset       *dataset,
                        GError         **error)
{
  g_autoptr(DdDatasetWriter) writer = NULL;
  g_autoptr(GString) create = NULL;
  g_autoptr(GString) insert = NULL;
  g_autofree char *now = dd_database_dup_now_utc ();
  sqlite3_stmt *stmt;
  guint n_columns;

  g_return_val_if_fail (DD_IS_DATASET_STORE (self), NULL);
  g_return_val_if_fail (DD_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (dd_dataset_get_id (dataset) == 0, NULL);

  n_columns = dd_dataset_get_n_columns (dataset);
  if (n_columns == 0)
    {
      g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_CONSTRAINT,
                   _("The dataset “%s” has no columns."), dd_dataset_get_name (dataset));
      return NULL;
    }

  writer = g_new0 (DdDatasetWriter, 1);
  writer->store = g_object_ref (self);
  writer->dataset = g_object_ref (dataset);
  writer->n_columns = n_columns;

  if (!(writer->transaction = dd_database_begin (self->database, error)))
    return NULL;

  if (!(stmt = dd_database_prepare (self->database,
                                    "INSERT INTO dataset (name, file_name, sha256, sheet, range, platform,"
                                    " downloaded, classification, handling, imported_by, imported_at,"
                                    " n_rows, n_columns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, dd_dataset_get_name (dataset), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, dd_dataset_get_file_name (dataset), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, dd_dataset_get_sha256 (dataset), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, dd_dataset_get_sheet (dataset), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, dd_dataset_get_range (dataset), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, dd_data_platform_get_nick (dd_dataset_get_platform (dataset)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, dd_dataset_get_downloaded (dataset), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, dd_dataset_get_classification (dataset), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, dd_dataset_get_handling (dataset), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, dd_audit_log_get_actor (self->audit_log), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 12, n_columns);
  if (!dd_database_execute (self->database, stmt, error))
    return NULL;
  writer->id = dd_database_last_insert_rowid (self->database);

  for (guint i = 0; i < n_columns; i++)
    {
      if (!(stmt = dd_database_prepare (self->database,
                                        "INSERT INTO dataset_column (dataset_id, position, name, kind)"
                                        " VALUES (?, ?, ?, ?)", error)))
        return NULL;
      sqlite3_bind_int64 (stmt, 1, writer->id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, dd_dataset_get_column_name (dataset, i), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, dd_column_kind_to_string (dd_dataset_get_column_kind (dataset, i)), -1,
                         SQLITE_STATIC);
      if (!dd_database_execute (self->database, stmt, error))
        return NULL;
    }

  /* The rows' own table; the id is ours, so the name is safe. */
  create = g_string_new (NULL);
  g_string_printf (create, "CREATE TABLE dataset_rows_%" G_GINT64_FORMAT " (row INTEGER PRIMARY KEY", writer->id);
  insert = g_string_new (NULL);
  g_string_printf (insert, "INSERT INTO dataset_rows_%" G_GINT64_FORMAT " VALUES (NULL", writer->id);
  for (guint i = 0; i < n_columns; i++)
    {
      g_string_append_printf (create, ", c%u ANY, m%u TEXT", i, i);
      g_string_append (insert, ", ?, ?");
    }
  g_string_append (create, ") STRICT");
  g_string_append_c (insert, ')');

  if (!dd_database_exec (self->database, create->str, error))
    return NULL;
  if (sqlite3_prepare_v3 (dd_database_get_handle (self->database), insert->str, -1,
                          SQLITE_PREPARE_PERSISTENT, &writer->insert, NULL) != SQLITE_OK)
    {
      dd_database_set_error (self->database, error, sqlite3_errcode (dd_database_get_handle (self->database)));
      return NULL;
    }

  return g_steal_pointer (&writer);
}

/**
 * dd_dataset_writer_add_row:
 * @values: (array): one value for each column of the dataset
 */
gboolean
dd_dataset_writer_add_row (DdDatasetWriter  *writer,
                           const DdValue    *values,
                           GError          **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (writer != NULL && writer->insert != NULL, FALSE);

  stmt = writer->insert;
  sqlite3_reset (stmt);
  for (guint i = 0; i < writer->n_columns; i++)
    {
      int value_index = 2 * i + 1, marker_index = 2 * i + 2;

      switch (values[i].kind)
        {
        case DD_VALUE_NUMBER:
          sqlite3_bind_double (stmt, value_index, values[i].number);
          sqlite3_bind_null (stmt, marker_index);
          break;
        case DD_VALUE_TEXT:
          sqlite3_bind_text (stmt, value_index, values[i].text, -1, SQLITE_STATIC);
          sqlite3_bind_null (stmt, marker_index);
          break;
        case DD_VALUE_MARKER:
          sqlite3_bind_null (stmt, value_index);
          sqlite3_bind_text (stmt, marker_index, values[i].text, -1, SQLITE_STATIC);
          break;
        case DD_VALUE_NONE:
        default:
          sqlite3_bind_null (stmt, value_index);
          sqlite3_bind_null (stmt, marker_index);
          break;
        }
    }

  if (!dd_database_execute (writer->store->database, stmt, error))
    return FALSE;
  writer->n_rows++;
  return TRUE;
}

/**
 * dd_dataset_writer_commit:
 *
 * Stores the dataset and its rows, and records the import in the audit
 * log. On success the dataset has its id and its count of rows. The
 * dataset's range is stored as it is now (an importer may learn its last
 * row only after the rows).
 */
gboolean
dd_dataset_writer_commit (DdDatasetWriter  *writer,
                          GError          **error)
{
  DdDatasetStore *self;
  g_autofree char *now = dd_database_dup_now_utc ();
  g_autofree char *summary = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (writer != NULL && writer->transaction != NULL, FALSE);

  self = writer->store;
  g_clear_pointer (&writer->insert, sqlite3_finalize);

  if (!(stmt = dd_database_prepare (self->database,
                                    "UPDATE dataset SET n_rows = ?, imported_at = ?, range = ? WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, writer->n_rows);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  /* The range may be known only once the rows are read. */
  sqlite3_bind_text (stmt, 3, dd_dataset_get_range (writer->dataset), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, writer->id);
  summary = g_strdup_printf ("%s (%s, %s): %" G_GUINT64_FORMAT " rows",
                             dd_dataset_get_name (writer->dataset), dd_dataset_get_file_name (writer->dataset),
                             dd_dataset_get_sheet (writer->dataset), writer->n_rows);
  if (!dd_database_execute (self->database, stmt, error) ||
      !audit (self, writer->id, "import", summary, error) ||
      !dd_transaction_commit (writer->transaction, error))
    return FALSE;

  g_clear_pointer (&writer->transaction, dd_transaction_free);
  dd_dataset_set_stored (writer->dataset, writer->id, dd_audit_log_get_actor (self->audit_log), now,
                         writer->n_rows);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * dd_dataset_writer_free:
 *
 * Ends the import: anything not committed is undone.
 */
void
dd_dataset_writer_free (DdDatasetWriter *writer)
{
  if (writer == NULL)
    return;

  g_clear_pointer (&writer->insert, sqlite3_finalize);
  g_clear_pointer (&writer->transaction, dd_transaction_free);
  g_clear_object (&writer->dataset);
  g_clear_object (&writer->store);
  g_free (writer);
}

#define SELECT_DATASET \
  "SELECT id, name, file_name, sha256, sheet, range, platform, downloaded, classification," \
  " handling, imported_by, imported_at, n_rows FROM dataset "

static DdDataset *
dataset_from_row (DdDatasetStore  *self,
                  sqlite3_stmt    *stmt,
                  GError         **error)
{
  g_autoptr(DdDataset) dataset = dd_dataset_new (dd_database_column_text (stmt, 1));
  DdDataPlatform platform = DD_DATA_PLATFORM_OTHER;
  sqlite3_stmt *columns;
  gint64 id = sqlite3_column_int64 (stmt, 0);
  int rc;

  dd_dataset_set_source (dataset, dd_database_column_text (stmt, 2), dd_database_column_text (stmt, 3),
                         dd_database_column_text (stmt, 4), dd_database_column_text (stmt, 5));
  dd_data_platform_from_nick (dd_database_column_text (stmt, 6), &platform);
  dd_dataset_set_platform (dataset, platform);
  dd_dataset_set_downloaded (dataset, dd_database_column_text (stmt, 7));
  dd_dataset_set_classification (dataset, dd_database_column_text (stmt, 8));
  dd_dataset_set_handling (dataset, dd_database_column_text (stmt, 9));
  dd_dataset_set_stored (dataset, id, dd_database_column_text (stmt, 10), dd_database_column_text (stmt, 11),
                         sqlite3_column_int64 (stmt, 12));

  if (!(columns = dd_database_prepare (self->database,
                                       "SELECT name, kind FROM dataset_column WHERE dataset_id = ? ORDER BY position",
                                       error)))
    return NULL;
  sqlite3_bind_int64 (columns, 1, id);
  while ((rc = dd_database_step (self->database, columns, error)) == SQLITE_ROW)
    {
      DdColumnKind kind = DD_COLUMN_KIND_CATEGORY;

      dd_column_kind_from_string (dd_database_column_text (columns, 1), &kind);
      dd_dataset_add_column (dataset, dd_database_column_text (columns, 0), kind);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&dataset);
}

/* The datasets the statement @sql (with @key bound, if not 0) gives. */
static GListStore *
read_datasets (DdDatasetStore  *self,
               const char      *sql,
               gint64           key,
               const char      *text_key,
               const char      *text_key2,
               GError         **error)
{
  g_autoptr(GListStore) datasets = g_list_store_new (DD_TYPE_DATASET);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  /* Ids first: reading each one's columns uses another statement. */
  if (!(stmt = dd_database_prepare (self->database, sql, error)))
    return NULL;
  if (key != 0)
    sqlite3_bind_int64 (stmt, 1, key);
  if (text_key != NULL)
    sqlite3_bind_text (stmt, 1, text_key, -1, SQLITE_TRANSIENT);
  if (text_key2 != NULL)
    sqlite3_bind_text (stmt, 2, text_key2, -1, SQLITE_TRANSIENT);
  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (rows, id);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(DdDataset) dataset = NULL;

      if (!(stmt = dd_database_prepare (self->database, SELECT_DATASET "WHERE id = ?", error)))
        return NULL;
      sqlite3_bind_int64 (stmt, 1, g_array_index (rows, gint64, i));
      if ((rc = dd_database_step (self->database, stmt, error)) != SQLITE_ROW)
        return NULL;
      dataset = dataset_from_row (self, stmt, error);
      sqlite3_reset (stmt);
      if (dataset == NULL)
        return NULL;
      g_list_store_append (datasets, dataset);
    }

  return g_steal_pointer (&datasets);
}

/**
 * dd_dataset_store_list:
 *
 * Returns: (transfer full): every dataset, as #DdDataset items, newest first
 */
GListModel *
dd_dataset_store_list (DdDatasetStore  *self,
                       GError         **error)
{
  g_return_val_if_fail (DD_IS_DATASET_STORE (self), NULL);

  return G_LIST_MODEL (read_datasets (self, "SELECT id FROM dataset ORDER BY id DESC", 0, NULL, NULL, error));
}

/**
 * dd_dataset_store_get:
 *
 * Returns: (transfer full): the dataset with id @id, or %NULL with
 *   %DD_DATABASE_ERROR_FAILED
 */
DdDataset *
dd_dataset_store_get (DdDatasetStore  *self,
                      gint64           id,
                      GError         **error)
{
  g_autoptr(GListStore) found = NULL;

  g_return_val_if_fail (DD_IS_DATASET_STORE (self), NULL);

  if (!(found = read_datasets (self, "SELECT id FROM dataset WHERE id = ?", id, NULL, NULL, error)))
    return NULL;
  if (g_list_model_get_n_items (G_LIST_MODEL (found)) == 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_FAILED,
                   _("There is no dataset %s."), number);
      return NULL;
    }
  return g_list_model_get_item (G_LIST_MODEL (found), 0);
}

/**
 * dd_dataset_store_find_by_sha256:
 * @sheet: (nullable): only a dataset from this sheet of the file
 *
 * Finds an earlier import of the same file (by the SHA-256 of its bytes).
 *
 * Returns: (transfer full) (nullable): the newest such dataset, or %NULL
 *   without an error when there is none
 */
DdDataset *
dd_dataset_store_find_by_sha256 (DdDatasetStore  *self,
                                 const char      *sha256,
                                 const char      *sheet,
                                 GError         **error)
{
  g_autoptr(GListStore) found = NULL;

  g_return_val_if_fail (DD_IS_DATASET_STORE (self), NULL);
  g_return_val_if_fail (sha256 != NULL, NULL);

  found = read_datasets (self, "SELECT id FROM dataset WHERE sha256 = ?1 AND (?2 IS NULL OR sheet = ?2) "
                               "ORDER BY id DESC LIMIT 1", 0, sha256, sheet, error);
  if (found == NULL || g_list_model_get_n_items (G_LIST_MODEL (found)) == 0)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (found), 0);
}

/**
 * dd_dataset_store_delete:
 *
 * Deletes a dataset and its rows, in one transaction, audited.
 */
gboolean
dd_dataset_store_delete (DdDatasetStore  *self,
                         DdDataset       *dataset,
                         GError         **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autofree char *drop = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (DD_IS_DATASET_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_DATASET (dataset), FALSE);

  id = dd_dataset_get_id (dataset);
  drop = g_strdup_printf ("DROP TABLE IF EXISTS dataset_rows_%" G_GINT64_FORMAT, id);
  if (!(transaction = dd_database_begin (self->database, error)) ||
      !(stmt = dd_database_prepare (self->database, "DELETE FROM dataset WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!dd_database_execute (self->database, stmt, error) ||
      !dd_database_exec (self->database, drop, error) ||
      !audit (self, id, "delete", dd_dataset_get_name (dataset), error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* The WHERE (and ORDER BY, LIMIT) of @query over @dataset's rows. */
static char *
query_sql (DdDataset            *dataset,
           const DdDatasetQuery *query,
           const char           *what,
           gboolean              paged)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n_columns = dd_dataset_get_n_columns (dataset);

  g_string_printf (sql, "SELECT %s FROM dataset_rows_%" G_GINT64_FORMAT, what, dd_dataset_get_id (dataset));
  for (guint i = 0; query != NULL && i < query->n_filters; i++)
    {
      g_return_val_if_fail (query->filters[i].column < n_columns, NULL);
      g_string_append (sql, i == 0 ? " WHERE " : " AND ");
      /* A number matches by value, text by its words; ?N is bound later. */
      g_string_append_printf (sql, "(c%u = ?%u OR (typeof (c%u) = 'real' AND c%u = CAST (?%u AS REAL)))",
                              query->filters[i].column, i + 1, query->filters[i].column,
                              query->filters[i].column, i + 1);
    }
  if (paged)
    {
      if (query != NULL && query->sort_column >= 0)
        {
          g_return_val_if_fail ((guint) query->sort_column < n_columns, NULL);
          /* Empty cells and markers last, whichever the order. */
          g_string_append_printf (sql, " ORDER BY c%d IS NULL, c%d %s, row", query->sort_column,
                                  query->sort_column, query->descending ? "DESC" : "ASC");
        }
      else
        g_string_append_printf (sql, " ORDER BY row %s", query != NULL && query->descending ? "DESC" : "ASC");
      if (query != NULL && (query->limit > 0 || query->offset > 0))
        g_string_append_printf (sql, " LIMIT %d OFFSET %" G_GUINT64_FORMAT,
                                query->limit > 0 ? (int) query->limit : -1, query->offset);
    }
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static gboolean
bind_filters (sqlite3_stmt         *stmt,
              const DdDatasetQuery *query)
{
  for (guint i = 0; query != NULL && i < query->n_filters; i++)
    sqlite3_bind_text (stmt, i + 1, query->filters[i].equals, -1, SQLITE_TRANSIENT);
  return TRUE;
}

/**
 * dd_dataset_store_query:
 * @query: (nullable): which rows, in what order; %NULL for all of them
 *
 * Returns: (transfer full): a page of @dataset's rows
 */
DdDatasetRows *
dd_dataset_store_query (DdDatasetStore        *self,
                        DdDataset             *dataset,
                        const DdDatasetQuery  *query,
                        GError               **error)
{
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autoptr(GArray) values = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n_columns;
  int rc;

  g_return_val_if_fail (DD_IS_DATASET_STORE (self), NULL);
  g_return_val_if_fail (DD_IS_DATASET (dataset), NULL);

  n_columns = dd_dataset_get_n_columns (dataset);
  if (!(sql = query_sql (dataset, query, "*", TRUE)))
    return NULL;
  if (sqlite3_prepare_v2 (dd_database_get_handle (self->database), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      dd_database_set_error (self->database, error, sqlite3_errcode (dd_database_get_handle (self->database)));
      return NULL;
    }
  bind_filters (stmt, query);

  rows = g_new0 (DdDatasetRows, 1);
  rows->n_columns = n_columns;
  rows->strings = g_string_chunk_new (4096);
  values = g_array_new (FALSE, TRUE, sizeof (DdValue));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (guint i = 0; i < n_columns; i++)
        {
          DdValue value = { DD_VALUE_NONE, 0, NULL };
          int value_column = 1 + 2 * i, marker_column = 2 + 2 * i;

          switch (sqlite3_column_type (stmt, value_column))
            {
            case SQLITE_INTEGER:
            case SQLITE_FLOAT:
              value.kind = DD_VALUE_NUMBER;
              value.number = sqlite3_column_double (stmt, value_column);
              break;
            case SQLITE_TEXT:
              value.kind = DD_VALUE_TEXT;
              value.text = g_string_chunk_insert_const (rows->strings, dd_database_column_text (stmt, value_column));
              break;
            default:
              if (sqlite3_column_type (stmt, marker_column) == SQLITE_TEXT)
                {
                  value.kind = DD_VALUE_MARKER;
                  value.text = g_string_chunk_insert_const (rows->strings, dd_database_column_text (stmt, marker_column));
                }
              break;
            }
          g_array_append_val (values, value);
        }
      rows->n_rows++;
    }
  if (rc != SQLITE_DONE)
    {
      dd_database_set_error (self->database, error, rc);
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_finalize (stmt);

  rows->values = (DdValue *) g_array_free (g_steal_pointer (&values), FALSE);
  return g_steal_pointer (&rows);
}

/**
 * dd_dataset_store_count:
 * @query: (nullable): its filters are counted (order and page are not)
 *
 * Returns: how many of @dataset's rows match, or 0 with @error set
 */
guint64
dd_dataset_store_count (DdDatasetStore        *self,
                        DdDataset             *dataset,
                        const DdDatasetQuery  *query,
                        GError               **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  guint64 count = 0;

  g_return_val_if_fail (DD_IS_DATASET_STORE (self), 0);
  g_return_val_if_fail (DD_IS_DATASET (dataset), 0);

  if (!(sql = query_sql (dataset, query, "count (*)", FALSE)))
    return 0;
  if (sqlite3_prepare_v2 (dd_database_get_handle (self->database), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      dd_database_set_error (self->database, error, sqlite3_errcode (dd_database_get_handle (self->database)));
      return 0;
    }
  bind_filters (stmt, query);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    dd_database_set_error (self->database, error, sqlite3_errcode (dd_database_get_handle (self->database)));
  sqlite3_finalize (stmt);
  return count;
}

guint
dd_dataset_rows_get_n_rows (const DdDatasetRows *rows)
{
  g_return_val_if_fail (rows != NULL, 0);
  return rows->n_rows;
}

guint
dd_dataset_rows_get_n_columns (const DdDatasetRows *rows)
{
  g_return_val_if_fail (rows != NULL, 0);
  return rows->n_columns;
}

/**
 * dd_dataset_rows_get:
 *
 * Returns: (transfer none): the value at @row, @column of the page
 */
const DdValue *
dd_dataset_rows_get (const DdDatasetRows *rows,
                     guint                row,
                     guint                column)
{
  g_return_val_if_fail (rows != NULL, NULL);
  g_return_val_if_fail (row < rows->n_rows && column < rows->n_columns, NULL);
  return &rows->values[(gsize) row * rows->n_columns + column];
}

void
dd_dataset_rows_free (DdDatasetRows *rows)
{
  if (rows == NULL)
    return;
  g_free (rows->values);
  g_clear_pointer (&rows->strings, g_string_chunk_free);
  g_free (rows);
}
