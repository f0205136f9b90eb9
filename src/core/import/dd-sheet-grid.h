/* dd-sheet-grid.h: the head of a sheet, held in memory for table detection
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-sheet-reader.h"

G_BEGIN_DECLS

/* How many rows of each sheet dd_sheet_grid_collect() keeps when asked
 * for 0: enough to find tables, preview them and classify their columns. */
#define DD_SHEET_GRID_DEFAULT_MAX_ROWS 2000

/**
 * DdSheetMerge:
 * @first_row: the top row (from 0)
 * @first_column: the left column (from 0)
 * @last_row: the bottom row (inclusive)
 * @last_column: the right column (inclusive)
 *
 * A merged range. Its value, if any, is the cell at its top left.
 */
typedef struct
{
  guint32 first_row;
  guint32 first_column;
  guint32 last_row;
  guint32 last_column;
} DdSheetMerge;

/**
 * DdSheetNamedTable:
 * @name: its name in the workbook ("Table1")
 * @first_row: the top row (its header row, when it has one)
 * @first_column: the left column
 * @last_row: the bottom row (inclusive), which may be past the rows a
 *   grid holds
 * @last_column: the right column (inclusive)
 * @header_rows: 0 or 1
 *
 * An Excel table (xl/tables/tableN.xml) on the sheet.
 */
typedef struct
{
  char    *name;
  guint32  first_row;
  guint32  first_column;
  guint32  last_row;
  guint32  last_column;
  guint    header_rows;
} DdSheetNamedTable;

#define DD_TYPE_SHEET_GRID (dd_sheet_grid_get_type ())

G_DECLARE_FINAL_TYPE (DdSheetGrid, dd_sheet_grid, DD, SHEET_GRID, GObject)

GPtrArray               *dd_sheet_grid_collect             (const char      *path,
                                                            const char      *only_sheet,
                                                            guint            max_rows,
                                                            GCancellable    *cancellable,
                                                            GError         **error);

DdSheetGrid             *dd_sheet_grid_new                 (const char      *sheet_name,
                                                            guint            sheet_index,
                                                            guint            max_rows);
void                     dd_sheet_grid_add_cell            (DdSheetGrid     *self,
                                                            const DdCell    *cell);
void                     dd_sheet_grid_add_merge           (DdSheetGrid     *self,
                                                            guint32          first_row,
                                                            guint32          first_column,
                                                            guint32          last_row,
                                                            guint32          last_column);
void                     dd_sheet_grid_add_named_table     (DdSheetGrid     *self,
                                                            const char      *name,
                                                            guint32          first_row,
                                                            guint32          first_column,
                                                            guint32          last_row,
                                                            guint32          last_column,
                                                            guint            header_rows);

const char              *dd_sheet_grid_get_sheet_name      (DdSheetGrid     *self);
guint                    dd_sheet_grid_get_sheet_index     (DdSheetGrid     *self);
guint                    dd_sheet_grid_get_max_rows        (DdSheetGrid     *self);
guint32                  dd_sheet_grid_get_n_rows          (DdSheetGrid     *self);
guint32                  dd_sheet_grid_get_n_columns       (DdSheetGrid     *self);
guint32                  dd_sheet_grid_get_sheet_n_rows    (DdSheetGrid     *self);
gboolean                 dd_sheet_grid_is_truncated        (DdSheetGrid     *self);

const DdCell            *dd_sheet_grid_get_row             (DdSheetGrid     *self,
                                                            guint32          row,
                                                            guint           *n_cells);
const DdCell            *dd_sheet_grid_get_cell            (DdSheetGrid     *self,
                                                            guint32          row,
                                                            guint32          column);

guint                    dd_sheet_grid_get_n_merges        (DdSheetGrid     *self);
const DdSheetMerge      *dd_sheet_grid_get_merge           (DdSheetGrid     *self,
                                                            guint            index);
const DdSheetMerge      *dd_sheet_grid_find_merge          (DdSheetGrid     *self,
                                                            guint32          row,
                                                            guint32          column);
const DdSheetMerge      *dd_sheet_grid_find_merge_across   (DdSheetGrid     *self,
                                                            guint32          row,
                                                            guint32          first_column,
                                                            guint32          last_column,
                                                            gboolean         started_above);

guint                    dd_sheet_grid_get_n_named_tables  (DdSheetGrid     *self);
const DdSheetNamedTable *dd_sheet_grid_get_named_table     (DdSheetGrid     *self,
                                                            guint            index);

G_END_DECLS
