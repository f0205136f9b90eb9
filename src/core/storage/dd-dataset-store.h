/* dd-dataset-store.h: imported Hub data, kept as datasets
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"
#include "dd-dataset.h"

G_BEGIN_DECLS

typedef struct _DdDatasetWriter DdDatasetWriter;
typedef struct _DdDatasetRows   DdDatasetRows;

/**
 * DdDatasetFilter:
 * @column: the column
 * @equals: the value its cells must hold, as text (a number is matched
 *   by its value)
 */
typedef struct
{
  guint       column;
  const char *equals;
} DdDatasetFilter;

/**
 * DdDatasetQuery:
 * @filters: (array length=n_filters) (nullable): rows must match all
 * @n_filters: how many
 * @sort_column: the column to sort by, or -1 for the order of the file
 * @descending: whether the order is reversed
 * @offset: rows to skip
 * @limit: rows at most (0 for all)
 */
typedef struct
{
  const DdDatasetFilter *filters;
  guint                  n_filters;
  int                    sort_column;
  gboolean               descending;
  guint64                offset;
  guint                  limit;
} DdDatasetQuery;

#define DD_TYPE_DATASET_STORE (dd_dataset_store_get_type ())

G_DECLARE_FINAL_TYPE (DdDatasetStore, dd_dataset_store, DD, DATASET_STORE, GObject)

DdDatasetStore  *dd_dataset_store_new             (DdDatabase           *database,
                                                   DdAuditLog           *audit_log);

DdDatasetWriter *dd_dataset_store_begin           (DdDatasetStore       *self,
                                                   DdDataset            *dataset,
                                                   GError              **error);
gboolean         dd_dataset_writer_add_row        (DdDatasetWriter      *writer,
                                                   const DdValue        *values,
                                                   GError              **error);
gboolean         dd_dataset_writer_commit         (DdDatasetWriter      *writer,
                                                   GError              **error);
void             dd_dataset_writer_free           (DdDatasetWriter      *writer);

GListModel      *dd_dataset_store_list            (DdDatasetStore       *self,
                                                   GError              **error);
DdDataset       *dd_dataset_store_get             (DdDatasetStore       *self,
                                                   gint64                id,
                                                   GError              **error);
DdDataset       *dd_dataset_store_find_by_sha256  (DdDatasetStore       *self,
                                                   const char           *sha256,
                                                   const char           *sheet,
                                                   GError              **error);
gboolean         dd_dataset_store_delete          (DdDatasetStore       *self,
                                                   DdDataset            *dataset,
                                                   GError              **error);

DdDatasetRows   *dd_dataset_store_query           (DdDatasetStore       *self,
                                                   DdDataset            *dataset,
                                                   const DdDatasetQuery *query,
                                                   GError              **error);
guint64          dd_dataset_store_count           (DdDatasetStore       *self,
                                                   DdDataset            *dataset,
                                                   const DdDatasetQuery *query,
                                                   GError              **error);

guint            dd_dataset_rows_get_n_rows       (const DdDatasetRows  *rows);
guint            dd_dataset_rows_get_n_columns    (const DdDatasetRows  *rows);
const DdValue   *dd_dataset_rows_get              (const DdDatasetRows  *rows,
                                                   guint                 row,
                                                   guint                 column);
void             dd_dataset_rows_free             (DdDatasetRows        *rows);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DdDatasetWriter, dd_dataset_writer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DdDatasetRows, dd_dataset_rows_free)

G_END_DECLS
