/* dd-table-detector.h: the tables of a sheet, found
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-sheet-grid.h"

G_BEGIN_DECLS

/**
 * DdColumnKind:
 * @DD_COLUMN_KIND_CATEGORY: labels: regions, names, codes
 * @DD_COLUMN_KIND_MEASURE: numbers; markers ("[x]", "..") in it are "no
 *   value", with the marker kept
 * @DD_COLUMN_KIND_PERIOD: dates or periods: "2019", "2019/20",
 *   "Jan to Mar 2020", "Year ending Sep 2019", date cells
 *
 * What a column holds.
 */
typedef enum
{
  DD_COLUMN_KIND_CATEGORY,
  DD_COLUMN_KIND_MEASURE,
  DD_COLUMN_KIND_PERIOD,
} DdColumnKind;

/**
 * DdDetectedColumn:
 * @source_column: its column in the sheet, from 0
 * @name: its label: the header rows joined with " > ", footnote markers
 *   taken off; "Column C" when the header has none
 * @kind: what it holds
 *
 * One column of a detected table (spacer columns are not columns).
 */
typedef struct
{
  guint32       source_column;
  char         *name;
  DdColumnKind  kind;
} DdDetectedColumn;

/* A data range's last row when the table runs on past the rows the grid
 * holds, to the end of the sheet's data. */
#define DD_DETECTED_TABLE_TO_END G_MAXUINT32

/* When a table has no header row (an Excel table without one). */
#define DD_DETECTED_TABLE_NO_HEADER G_MAXUINT32

typedef struct _DdDetectedTable DdDetectedTable;

#define DD_TYPE_DETECTED_TABLE (dd_detected_table_get_type ())

GType                   dd_detected_table_get_type            (void) G_GNUC_CONST;
DdDetectedTable        *dd_detected_table_ref                 (DdDetectedTable   *self);
void                    dd_detected_table_unref               (DdDetectedTable   *self);

GPtrArray              *dd_table_detector_detect              (DdSheetGrid       *grid);
gboolean                dd_cell_is_marker                     (const char        *text);
const char             *dd_column_kind_to_string              (DdColumnKind       kind);
gboolean                dd_column_kind_from_string            (const char        *text,
                                                               DdColumnKind      *kind);

const char             *dd_detected_table_get_sheet_name      (DdDetectedTable   *self);
guint                   dd_detected_table_get_sheet_index     (DdDetectedTable   *self);
const char             *dd_detected_table_get_name            (DdDetectedTable   *self);
const char             *dd_detected_table_get_title           (DdDetectedTable   *self);
gboolean                dd_detected_table_is_named            (DdDetectedTable   *self);
guint32                 dd_detected_table_get_header_first_row (DdDetectedTable  *self);
guint32                 dd_detected_table_get_header_last_row (DdDetectedTable   *self);
guint32                 dd_detected_table_get_data_first_row  (DdDetectedTable   *self);
guint32                 dd_detected_table_get_data_last_row   (DdDetectedTable   *self);
guint32                 dd_detected_table_get_first_column    (DdDetectedTable   *self);
guint32                 dd_detected_table_get_last_column     (DdDetectedTable   *self);
guint                   dd_detected_table_get_n_columns       (DdDetectedTable   *self);
const DdDetectedColumn *dd_detected_table_get_column          (DdDetectedTable   *self,
                                                               guint              index);
int                     dd_detected_table_find_column         (DdDetectedTable   *self,
                                                               const char        *name);
guint32                 dd_detected_table_count_rows          (DdDetectedTable   *self,
                                                               DdSheetGrid       *grid);
char                   *dd_detected_table_dup_clean_text      (DdDetectedTable   *self,
                                                               const char        *text);

gboolean                dd_detected_table_set_header_row      (DdDetectedTable   *self,
                                                               DdSheetGrid       *grid,
                                                               guint32            row,
                                                               GError           **error);
gboolean                dd_detected_table_set_header_rows     (DdDetectedTable   *self,
                                                               DdSheetGrid       *grid,
                                                               guint32            first_row,
                                                               guint32            last_row,
                                                               GError           **error);
gboolean                dd_detected_table_set_data_range      (DdDetectedTable   *self,
                                                               DdSheetGrid       *grid,
                                                               guint32            first_row,
                                                               guint32            last_row,
                                                               GError           **error);
gboolean                dd_detected_table_set_column_kind     (DdDetectedTable   *self,
                                                               DdSheetGrid       *grid,
                                                               guint              index,
                                                               DdColumnKind       kind,
                                                               GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DdDetectedTable, dd_detected_table_unref)

G_END_DECLS
