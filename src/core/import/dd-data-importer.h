/* dd-data-importer.h: a table of a spreadsheet, imported as a dataset
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-dataset.h"
#include "dd-sheet-grid.h"
#include "dd-table-detector.h"
#include "storage/dd-dataset-store.h"

G_BEGIN_DECLS

/**
 * DdDataImportOptions:
 * @platform: where the file came from
 * @downloaded: (nullable): the day it was downloaded, "YYYY-MM-DD"; %NULL
 *   for the file's modification day (local time)
 * @name: (nullable): the dataset's name; %NULL for the table's
 * @allow_duplicate: import a file (and sheet) already imported, as
 *   another dataset, instead of refusing it
 *
 * How dd_data_importer_import() describes the dataset it makes.
 */
typedef struct
{
  DdDataPlatform  platform;
  const char     *downloaded;
  const char     *name;
  gboolean        allow_duplicate;
} DdDataImportOptions;

GPtrArray   *dd_data_importer_detect       (const char                 *path,
                                            const char                 *sheet,
                                            GPtrArray                 **grids_out,
                                            GCancellable               *cancellable,
                                            GError                    **error);
DdSheetGrid *dd_data_importer_find_grid    (GPtrArray                  *grids,
                                            DdDetectedTable            *table);
char        *dd_data_importer_dup_range    (DdDetectedTable            *table,
                                            guint32                     last_row);
char        *dd_data_importer_hash_file    (const char                 *path,
                                            GCancellable               *cancellable,
                                            GError                    **error);
DdDataset   *dd_data_importer_import       (DdDatasetStore             *store,
                                            const char                 *path,
                                            DdDetectedTable            *table,
                                            const DdDataImportOptions  *options,
                                            GCancellable               *cancellable,
                                            GError                    **error);

G_END_DECLS
