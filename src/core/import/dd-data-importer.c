/* dd-data-importer.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table of a spreadsheet, imported as a dataset. First the file's
 * tables are found (dd_data_importer_detect(): the head of each sheet
 * held as a DdSheetGrid, and dd_table_detector_detect() on it); the
 * caller may correct one (its header row, range, kinds) against its
 * grid, then dd_data_importer_import() stores it: the file's SHA-256
 * (streamed) refuses a file and sheet already imported unless asked, the
 * sheet is read once more as a stream, and each row of the table's data
 * range becomes a row of the dataset as soon as its last cell is read,
 * so memory stays flat whatever the number of rows. A table that runs to
 * the end (DD_DETECTED_TABLE_TO_END) ends at the sheet's first row with
 * nothing in the table's columns; the reader is then stopped early.
 *
 * Values follow the columns' kinds: in a measure, numbers and
 * percentages (as fractions) are numbers, markers ("[x]", "..") are
 * markers with their text kept, never zero, and other text stays text;
 * in a category, text loses its footnote markers and a number is written
 * as text (whole numbers without ".0"); in a period, a date is an ISO
 * date, a year a number written as text ("2019"), other text as written.
 *
 * Everything goes through one DdDatasetWriter, one transaction: any
 * failure or cancellation frees it uncommitted, and nothing is stored.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>  /* isfinite(), a macro: no libm */
#include <string.h>

#include "dd-data-importer.h"
#include "dd-import-error.h"

#define HASH_BUFFER_BYTES  (64 * 1024)
#define NO_COLUMN          (-1)

typedef struct
{
  DdDetectedTable *table;
  DdDatasetWriter *writer;
  const char      *path;
  guint            sheet_index;
  const char      *sheet_name;
  gboolean         in_sheet;
  gboolean         sheet_done;
  gboolean         stopped;    /* we stopped the reader: not a failure */

  guint32          first_column;
  guint32          n_map;
  int             *column_map; /* sheet column - first_column → dataset column */
  guint            n_columns;
  DdValue         *values;
  char           **texts;      /* what values[i].text points to */

  guint32          data_first;
  guint32          data_last;
  gboolean         to_end;

  guint32          row;        /* the row being gathered, or G_MAXUINT32 */
  gboolean         row_has_cells;
  guint32          next_row;   /* to the end: the row that must come next */
  guint32          last_written;
  guint64          n_written;
} ImportState;

/* "A", "Z", "AA", "AC"... for a column from 0. */
static void
append_column_letters (GString *out,
                       guint32  column)
{
  char letters[8];
  guint n = 0;
  guint64 c = (guint64) column + 1;

  while (c > 0 && n < sizeof letters)
    {
      c--;
      letters[n++] = (char) ('A' + c % 26);
      c /= 26;
    }
  while (n > 0)
    g_string_append_c (out, letters[--n]);
}

/* A whole number without ".0", anything else as briefly as it is exact. */
static char *
dup_number_text (double number)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isfinite (number) && number == (double) (gint64) number && number > -1e15 && number < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) number);

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", number));
}

static char *
dup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* A text cell of a measure column that is a plain number ("12", "3.5"). */
static gboolean
parse_number_text (const char *text,
                   double     *number)
{
  g_autofree char *stripped = dup_stripped (text);
  char *end = NULL;

  if (*stripped == '\0')
    return FALSE;
  for (const char *p = stripped; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != '-' && *p != '+')
      return FALSE;

  *number = g_ascii_strtod (stripped, &end);
  return end != NULL && *end == '\0' && isfinite (*number);
}

static void
set_text (ImportState *state,
          guint        index,
          DdValueKind  kind,
          char        *text)
{
  g_free (state->texts[index]);
  state->texts[index] = text;
  state->values[index] = (DdValue) { kind, 0, text };
}

static void
set_number (ImportState *state,
            guint        index,
            double       number)
{
  g_clear_pointer (&state->texts[index], g_free);
  state->values[index] = (DdValue) { DD_VALUE_NUMBER, number, NULL };
}

static void
convert_measure (ImportState  *state,
                 guint         index,
                 const DdCell *cell)
{
  double number;

  switch (cell->type)
    {
    case DD_CELL_NUMBER:
    case DD_CELL_PERCENT:
    case DD_CELL_BOOLEAN:
      set_number (state, index, cell->number);
      break;
    case DD_CELL_DATE:
      {
        char *iso = dd_cell_date_to_iso (cell->number);

        if (iso != NULL)
          set_text (state, index, DD_VALUE_TEXT, iso);
        else
          set_number (state, index, cell->number);
      }
      break;
    case DD_CELL_ERROR:
      /* "#DIV/0!": no value, and why. */
      set_text (state, index, DD_VALUE_MARKER, dup_stripped (cell->text));
      break;
    case DD_CELL_STRING:
    default:
      if (dd_cell_is_marker (cell->text))
        set_text (state, index, DD_VALUE_MARKER, dup_stripped (cell->text));
      else if (parse_number_text (cell->text, &number))
        set_number (state, index, number);
      else
        set_text (state, index, DD_VALUE_TEXT, dup_stripped (cell->text));
      break;
    }
}

static void
convert_category (ImportState  *state,
                  guint         index,
                  const DdCell *cell)
{
  switch (cell->type)
    {
    case DD_CELL_STRING:
    case DD_CELL_ERROR:
      set_text (state, index, DD_VALUE_TEXT,
                dd_detected_table_dup_clean_text (state->table, cell->text != NULL ? cell->text : ""));
      break;
    case DD_CELL_DATE:
      {
        char *iso = dd_cell_date_to_iso (cell->number);

        set_text (state, index, DD_VALUE_TEXT, iso != NULL ? iso : dup_number_text (cell->number));
      }
      break;
    case DD_CELL_BOOLEAN:
      set_text (state, index, DD_VALUE_TEXT, g_strdup (cell->number != 0 ? "TRUE" : "FALSE"));
      break;
    case DD_CELL_NUMBER:
    case DD_CELL_PERCENT:
    default:
      /* A code written as a number keeps what the file shows ("007"). */
      if (cell->text != NULL && *cell->text != '\0')
        set_text (state, index, DD_VALUE_TEXT, dup_stripped (cell->text));
      else
        set_text (state, index, DD_VALUE_TEXT, dup_number_text (cell->number));
      break;
    }

  if (state->values[index].text[0] == '\0')
    {
      g_clear_pointer (&state->texts[index], g_free);
      state->values[index] = (DdValue) { DD_VALUE_NONE, 0, NULL };
    }
}

static void
convert_period (ImportState  *state,
                guint         index,
                const DdCell *cell)
{
  switch (cell->type)
    {
    case DD_CELL_DATE:
      {
        char *iso = dd_cell_date_to_iso (cell->number);

        set_text (state, index, DD_VALUE_TEXT, iso != NULL ? iso : dup_number_text (cell->number));
      }
      break;
    case DD_CELL_NUMBER:
    case DD_CELL_PERCENT:
    case DD_CELL_BOOLEAN:
      set_text (state, index, DD_VALUE_TEXT, dup_number_text (cell->number));
      break;
    case DD_CELL_STRING:
    case DD_CELL_ERROR:
    default:
      set_text (state, index, DD_VALUE_TEXT, dup_stripped (cell->text));
      break;
    }

  if (state->values[index].text[0] == '\0')
    {
      g_clear_pointer (&state->texts[index], g_free);
      state->values[index] = (DdValue) { DD_VALUE_NONE, 0, NULL };
    }
}

static void
clear_row (ImportState *state)
{
  for (guint i = 0; i < state->n_columns; i++)
    {
      g_clear_pointer (&state->texts[i], g_free);
      state->values[i] = (DdValue) { DD_VALUE_NONE, 0, NULL };
    }
  state->row_has_cells = FALSE;
}

/* Writes the row gathered so far, if it has anything in the table. */
static gboolean
flush_row (ImportState  *state,
           GError      **error)
{
  gboolean had_cells = state->row_has_cells;

  if (state->row == G_MAXUINT32)
    return TRUE;

  if (had_cells)
    {
      if (!dd_dataset_writer_add_row (state->writer, state->values, error))
        return FALSE;
      state->last_written = state->row;
      state->n_written++;
      state->next_row = state->row + 1;
    }

  clear_row (state);
  state->row = G_MAXUINT32;
  return TRUE;
}

static gboolean
on_begin_sheet (const char  *name,
                guint        index,
                gpointer     user_data,
                GError     **error)
{
  ImportState *state = user_data;

  if (state->sheet_done || index != state->sheet_index || g_strcmp0 (name, state->sheet_name) != 0)
    return FALSE;  /* skipped */

  state->in_sheet = TRUE;
  return TRUE;
}

static gboolean
on_cell (const DdCell  *cell,
         gpointer       user_data,
         GError       **error)
{
  ImportState *state = user_data;
  int index;

  if (!state->in_sheet || cell->row < state->data_first)
    return TRUE;

  if (cell->row != state->row)
    {
      if (!flush_row (state, error))
        return FALSE;

      /* Past the range, or, for a table that runs to the end, past a
       * blank row: the table is over. */
      if ((!state->to_end && cell->row > state->data_last) ||
          (state->to_end && cell->row > state->next_row))
        {
          state->stopped = TRUE;
          return FALSE;
        }
      state->row = cell->row;
    }

  if (cell->column < state->first_column || cell->column - state->first_column >= state->n_map)
    return TRUE;
  index = state->column_map[cell->column - state->first_column];
  if (index == NO_COLUMN)
    return TRUE;

  switch (dd_detected_table_get_column (state->table, index)->kind)
    {
    case DD_COLUMN_KIND_MEASURE:
      convert_measure (state, index, cell);
      break;
    case DD_COLUMN_KIND_PERIOD:
      convert_period (state, index, cell);
      break;
    case DD_COLUMN_KIND_CATEGORY:
    default:
      convert_category (state, index, cell);
      break;
    }
  if (state->values[index].kind != DD_VALUE_NONE)
    state->row_has_cells = TRUE;

  return TRUE;
}

static gboolean
on_end_sheet (gpointer   user_data,
              GError   **error)
{
  ImportState *state = user_data;

  if (!state->in_sheet)
    return TRUE;

  if (!flush_row (state, error))
    return FALSE;

  /* The other sheets are of no interest. */
  state->in_sheet = FALSE;
  state->sheet_done = TRUE;
  state->stopped = TRUE;
  return FALSE;
}

static void
import_state_clear (ImportState *state)
{
  if (state->texts != NULL)
    for (guint i = 0; i < state->n_columns; i++)
      g_free (state->texts[i]);
  g_clear_pointer (&state->texts, g_free);
  g_clear_pointer (&state->values, g_free);
  g_clear_pointer (&state->column_map, g_free);
}

/* The day the file was last changed, local time, or today. */
static char *
dup_modification_day (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GDateTime) local = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    modified = g_file_info_get_modification_date_time (info);
  if (modified == NULL)
    modified = g_date_time_new_now_local ();
  local = g_date_time_to_local (modified);

  return g_date_time_format (local, "%Y-%m-%d");
}

/**
 * dd_data_importer_detect:
 * @path: a .xlsx, .ods or .csv file
 * @sheet: (nullable): only this sheet (by name, as
 *   dd_sheet_grid_collect() matches it), or %NULL for all
 * @grids_out: (out) (optional) (element-type DdSheetGrid): the sheets'
 *   grids, in workbook order, for corrections
 *   (dd_detected_table_set_header_row()...) and previews
 * @cancellable: (nullable): stops a long read
 * @error: return location for a #GError: %DD_IMPORT_ERROR naming the
 *   file when it cannot be read, %G_IO_ERROR_NOT_FOUND for no such sheet
 *
 * Finds the tables of the file's sheets (or of one sheet).
 *
 * Returns: (transfer container) (element-type DdDetectedTable): the
 *   tables, sheet by sheet, maybe none; %NULL on error
 */
GPtrArray *
dd_data_importer_detect (const char    *path,
                         const char    *sheet,
                         GPtrArray    **grids_out,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(GPtrArray) tables = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  grids = dd_sheet_grid_collect (path, sheet, 0, cancellable, error);
  if (grids == NULL)
    return NULL;

  tables = g_ptr_array_new_with_free_func ((GDestroyNotify) dd_detected_table_unref);
  for (guint i = 0; i < grids->len; i++)
    {
      g_autoptr(GPtrArray) found = dd_table_detector_detect (g_ptr_array_index (grids, i));

      for (guint t = 0; t < found->len; t++)
        g_ptr_array_add (tables, dd_detected_table_ref (g_ptr_array_index (found, t)));
    }

  if (grids_out != NULL)
    *grids_out = g_steal_pointer (&grids);
  return g_steal_pointer (&tables);
}

/**
 * dd_data_importer_find_grid:
 * @grids: (element-type DdSheetGrid): from dd_data_importer_detect()
 * @table: one of its tables
 *
 * Returns: (transfer none) (nullable): the grid @table was found in
 */
DdSheetGrid *
dd_data_importer_find_grid (GPtrArray       *grids,
                            DdDetectedTable *table)
{
  g_return_val_if_fail (grids != NULL, NULL);
  g_return_val_if_fail (table != NULL, NULL);

  for (guint i = 0; i < grids->len; i++)
    {
      DdSheetGrid *grid = g_ptr_array_index (grids, i);

      if (dd_sheet_grid_get_sheet_index (grid) == dd_detected_table_get_sheet_index (table) &&
          g_strcmp0 (dd_sheet_grid_get_sheet_name (grid), dd_detected_table_get_sheet_name (table)) == 0)
        return grid;
    }
  return NULL;
}

/**
 * dd_data_importer_dup_range:
 * @table: a table
 * @last_row: its last row of data (from 0); %DD_DETECTED_TABLE_TO_END
 *   for the table's own
 *
 * The range a table covers, as a spreadsheet shows it: its first to last
 * column, its header's first row (its first data row when it has no
 * header) to @last_row: "A8:AC407". A table running to the end, given no
 * row, ends in "A8:AC".
 *
 * Returns: (transfer full): the range
 */
char *
dd_data_importer_dup_range (DdDetectedTable *table,
                            guint32          last_row)
{
  GString *range;
  guint32 first_row;

  g_return_val_if_fail (table != NULL, NULL);

  first_row = dd_detected_table_get_header_first_row (table);
  if (first_row == DD_DETECTED_TABLE_NO_HEADER)
    first_row = dd_detected_table_get_data_first_row (table);
  if (last_row == DD_DETECTED_TABLE_TO_END)
    last_row = dd_detected_table_get_data_last_row (table);

  range = g_string_new (NULL);
  append_column_letters (range, dd_detected_table_get_first_column (table));
  g_string_append_printf (range, "%u:", first_row + 1);
  append_column_letters (range, dd_detected_table_get_last_column (table));
  if (last_row != DD_DETECTED_TABLE_TO_END)
    g_string_append_printf (range, "%u", last_row + 1);

  return g_string_free (range, FALSE);
}

/**
 * dd_data_importer_hash_file:
 * @path: a file
 * @cancellable: (nullable): stops a long read
 * @error: return location for a #GError (%DD_IMPORT_ERROR_READ)
 *
 * Returns: (transfer full): the SHA-256 of the file's bytes, in lower case
 *   hex, read in chunks; %NULL on error
 */
char *
dd_data_importer_hash_file (const char    *path,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  g_autofree guchar *buffer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  gssize n;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  display = g_filename_display_basename (path);
  if (!(stream = g_file_read (file, cancellable, &local_error)))
    goto failed;

  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  buffer = g_malloc (HASH_BUFFER_BYTES);
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, HASH_BUFFER_BYTES, cancellable,
                                   &local_error)) > 0)
    g_checksum_update (checksum, buffer, n);
  if (n < 0)
    goto failed;

  return g_strdup (g_checksum_get_string (checksum));

failed:
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                 /* Translators: the first %s is a file name, the second why it could not be read */
                 _("Could not read “%s”: %s"), display, local_error->message);
  return NULL;
}

/**
 * dd_data_importer_import:
 * @store: where datasets are kept
 * @path: the file @table was found in
 * @table: the table, as detected and perhaps corrected
 * @options: (nullable): the dataset's provenance; %NULL for a file from
 *   elsewhere, downloaded on its modification day
 * @cancellable: (nullable): stops the import, storing nothing
 * @error: return location for a #GError
 *
 * Imports @table's data rows as a new dataset, in one transaction. A file
 * whose SHA-256 and sheet were imported before is refused with
 * %G_IO_ERROR_EXISTS, naming the dataset, unless
 * @options->allow_duplicate. A file that fails to read, or a
 * cancellation, fails with nothing stored.
 *
 * Returns: (transfer full): the dataset, stored, or %NULL on error
 */
DdDataset *
dd_data_importer_import (DdDatasetStore             *store,
                         const char                 *path,
                         DdDetectedTable            *table,
                         const DdDataImportOptions  *options,
                         GCancellable               *cancellable,
                         GError                    **error)
{
  static const DdDataImportOptions defaults = { DD_DATA_PLATFORM_OTHER, NULL, NULL, FALSE };
  static const DdSheetHandler handler = {
    .begin_sheet = on_begin_sheet,
    .cell = on_cell,
    .end_sheet = on_end_sheet,
  };
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(DdDataset) existing = NULL;
  g_autoptr(DdDatasetWriter) writer = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *display = NULL;
  g_autofree char *downloaded = NULL;
  g_autofree char *range = NULL;
  ImportState state = { 0 };
  guint32 last_column;
  gboolean ok;

  g_return_val_if_fail (DD_IS_DATASET_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;
  display = g_filename_display_basename (path);

  if (dd_detected_table_get_n_columns (table) == 0)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_EMPTY,
                   _("The table “%s” of “%s” has no columns"), dd_detected_table_get_name (table), display);
      return NULL;
    }

  if (!(sha256 = dd_data_importer_hash_file (path, cancellable, error)))
    return NULL;

  existing = dd_dataset_store_find_by_sha256 (store, sha256, dd_detected_table_get_sheet_name (table), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (existing != NULL && !options->allow_duplicate)
    {
      g_autofree char *day = g_strndup (dd_dataset_get_imported_at (existing), 10);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, dd_dataset_get_id (existing));

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   /* Translators: “%s” are a file, a sheet, a date, then the
                    * dataset's number and name; keep --again as it is */
                   _("“%s” (sheet “%s”) was already imported on %s as dataset %s “%s”; to import it again, use --again"),
                   display, dd_detected_table_get_sheet_name (table), day, id, dd_dataset_get_name (existing));
      return NULL;
    }

  downloaded = options->downloaded != NULL ? g_strdup (options->downloaded) : dup_modification_day (path);

  dataset = dd_dataset_new (options->name != NULL && *options->name != '\0'
                              ? options->name : dd_detected_table_get_name (table));
  range = dd_data_importer_dup_range (table, DD_DETECTED_TABLE_TO_END);
  dd_dataset_set_source (dataset, display, sha256, dd_detected_table_get_sheet_name (table), range);
  dd_dataset_set_platform (dataset, options->platform);
  dd_dataset_set_downloaded (dataset, downloaded);
  for (guint i = 0; i < dd_detected_table_get_n_columns (table); i++)
    {
      const DdDetectedColumn *column = dd_detected_table_get_column (table, i);

      dd_dataset_add_column (dataset, column->name, column->kind);
    }

  if (!(writer = dd_dataset_store_begin (store, dataset, error)))
    return NULL;

  state.table = table;
  state.writer = writer;
  state.path = path;
  state.sheet_index = dd_detected_table_get_sheet_index (table);
  state.sheet_name = dd_detected_table_get_sheet_name (table);
  state.n_columns = dd_detected_table_get_n_columns (table);
  state.values = g_new0 (DdValue, state.n_columns);
  state.texts = g_new0 (char *, state.n_columns);
  state.first_column = dd_detected_table_get_first_column (table);
  last_column = dd_detected_table_get_last_column (table);
  for (guint i = 0; i < state.n_columns; i++)
    last_column = MAX (last_column, dd_detected_table_get_column (table, i)->source_column);
  state.n_map = last_column - state.first_column + 1;
  state.column_map = g_new (int, state.n_map);
  for (guint32 i = 0; i < state.n_map; i++)
    state.column_map[i] = NO_COLUMN;
  for (guint i = 0; i < state.n_columns; i++)
    {
      guint32 source = dd_detected_table_get_column (table, i)->source_column;

      if (source >= state.first_column)
        state.column_map[source - state.first_column] = (int) i;
    }
  state.data_first = dd_detected_table_get_data_first_row (table);
  state.data_last = dd_detected_table_get_data_last_row (table);
  state.to_end = state.data_last == DD_DETECTED_TABLE_TO_END;
  state.row = G_MAXUINT32;
  state.next_row = state.data_first;
  state.last_written = G_MAXUINT32;

  ok = dd_sheet_read (path, &handler, &state, cancellable, &local_error);
  if (!ok && state.stopped && !g_cancellable_is_cancelled (cancellable) &&
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (&local_error);
      ok = TRUE;
    }
  /* A reader that ends without closing the sheet (never, today). */
  if (ok && state.in_sheet)
    {
      ok = flush_row (&state, &local_error);
      state.sheet_done = TRUE;
    }
  if (ok && !state.sheet_done && !state.stopped && !state.in_sheet)
    {
      g_set_error (&local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("“%s” has no sheet “%s”"), display, state.sheet_name);
      ok = FALSE;
    }
  if (ok)
    ok = !g_cancellable_set_error_if_cancelled (cancellable, &local_error);
  import_state_clear (&state);

  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;  /* the writer goes uncommitted: nothing stored */
    }

  /* The range's last row is the last row read, now it is known. */
  g_clear_pointer (&range, g_free);
  range = dd_data_importer_dup_range (table, state.n_written > 0 ? state.last_written
                                                                 : dd_detected_table_get_data_first_row (table));
  dd_dataset_set_source (dataset, display, sha256, dd_detected_table_get_sheet_name (table), range);

  if (!dd_dataset_writer_commit (writer, error))
    return NULL;

  g_debug ("Imported %" G_GUINT64_FORMAT " rows of “%s” (%s) from %s", state.n_written,
           dd_dataset_get_name (dataset), range, display);
  return g_steal_pointer (&dataset);
}
