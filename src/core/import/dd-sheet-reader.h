/* dd-sheet-reader.h: the cells of a spreadsheet, read as a stream
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The readers of .xlsx (dd-xlsx-reader.c), .ods (dd-ods-reader.c) and
 * .csv (dd-csv-reader.c) all hand their cells to a DdSheetHandler, one at
 * a time, without ever holding a whole sheet in memory: table detection
 * and datasets are built on top of this, whatever the file's format.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * DdCellType:
 * @DD_CELL_STRING: text (shared, inline, or rich text runs joined)
 * @DD_CELL_NUMBER: a number
 * @DD_CELL_PERCENT: a percentage: @number is the fraction (0.25 for 25%)
 * @DD_CELL_DATE: a date (and time): @number is the serial day in Excel's
 *   1900 system (1 = 1900-01-01, 25569 = 1970-01-01; a file in the 1904
 *   system is converted), the fraction the time of day
 * @DD_CELL_BOOLEAN: TRUE or FALSE: @number is 1 or 0
 * @DD_CELL_ERROR: an error value: @text is "#DIV/0!", "#N/A"...
 */
typedef enum
{
  DD_CELL_STRING,
  DD_CELL_NUMBER,
  DD_CELL_PERCENT,
  DD_CELL_DATE,
  DD_CELL_BOOLEAN,
  DD_CELL_ERROR,
} DdCellType;

/**
 * DdCell:
 * @row: from 0, as in the file (a row the file skips is simply absent)
 * @column: from 0
 * @type: what the cell holds
 * @text: (nullable): for a string or an error, the text; for other types
 *   the text as the file shows it when the file has it (a CSV's field as
 *   written, an ODS cell's text), else %NULL
 * @number: the value of a number, percentage, date or boolean
 *
 * One non-empty cell. Empty cells (and empty strings) are not reported.
 * The strings belong to the reader: copy what you keep.
 */
typedef struct
{
  guint32     row;
  guint32     column;
  DdCellType  type;
  const char *text;
  double      number;
} DdCell;

/**
 * DdSheetHandler:
 * @begin_sheet: a sheet begins (sheets come in workbook order, @index from
 *   0); return %TRUE to read it, %FALSE to skip it, or %FALSE with @error
 *   set to stop
 * @cell: one cell; cells come row by row, left to right
 * @merge: a merged range (inclusive bounds); merges come at any point
 *   between the sheet's begin and end (after its cells in .xlsx)
 * @named_table: an Excel table ("Table1", from xl/tables/tableN.xml) on the
 *   sheet, with its range (inclusive) and how many header rows it has
 *   (0 or 1)
 * @end_sheet: the sheet is over
 *
 * What a reader calls. Every member may be %NULL. A callback that
 * returns %FALSE with @error set stops the reading, and the reader
 * returns that error.
 */
typedef struct
{
  gboolean (*begin_sheet) (const char    *name,
                           guint          index,
                           gpointer       user_data,
                           GError       **error);
  gboolean (*cell)        (const DdCell  *cell,
                           gpointer       user_data,
                           GError       **error);
  gboolean (*merge)       (guint32        first_row,
                           guint32        first_column,
                           guint32        last_row,
                           guint32        last_column,
                           gpointer       user_data,
                           GError       **error);
  gboolean (*named_table) (const char    *name,
                           guint32        first_row,
                           guint32        first_column,
                           guint32        last_row,
                           guint32        last_column,
                           guint          header_rows,
                           gpointer       user_data,
                           GError       **error);
  gboolean (*end_sheet)   (gpointer       user_data,
                           GError       **error);
} DdSheetHandler;

/**
 * DdSheetFormat:
 *
 * What a file is, by its content (not its name).
 */
typedef enum
{
  DD_SHEET_FORMAT_UNKNOWN,
  DD_SHEET_FORMAT_XLSX,
  DD_SHEET_FORMAT_ODS,
  DD_SHEET_FORMAT_CSV,
} DdSheetFormat;

/* Limits that keep a hostile or broken file in bounded memory and time;
 * going past one fails with DD_IMPORT_ERROR_TOO_LARGE naming the file. */
#define DD_SHEET_MAX_CELL_BYTES   (1024 * 1024)             /* one cell's text */
#define DD_SHEET_MAX_PART_BYTES   (G_GUINT64_CONSTANT (2) << 30) /* one part, uncompressed */
#define DD_SHEET_MAX_RATIO        200                       /* uncompressed / compressed */
#define DD_SHEET_MAX_ROWS         (16 * 1024 * 1024)
#define DD_SHEET_MAX_COLUMNS      16384

DdSheetFormat dd_sheet_format_detect (const char            *path,
                                      GError               **error);
gboolean      dd_sheet_read          (const char            *path,
                                      const DdSheetHandler  *handler,
                                      gpointer               user_data,
                                      GCancellable          *cancellable,
                                      GError               **error);
char        **dd_sheet_list_names    (const char            *path,
                                      GError               **error);

gboolean      dd_xlsx_read           (const char            *path,
                                      const DdSheetHandler  *handler,
                                      gpointer               user_data,
                                      GCancellable          *cancellable,
                                      GError               **error);
gboolean      dd_ods_read            (const char            *path,
                                      const DdSheetHandler  *handler,
                                      gpointer               user_data,
                                      GCancellable          *cancellable,
                                      GError               **error);
gboolean      dd_csv_read            (const char            *path,
                                      const DdSheetHandler  *handler,
                                      gpointer               user_data,
                                      GCancellable          *cancellable,
                                      GError               **error);

char         *dd_cell_date_to_iso    (double                 serial);

G_END_DECLS
