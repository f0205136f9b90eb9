/* dd-sheet-grid.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A DdSheetGrid holds the first rows of one sheet (2000 by default) with
 * random access by row and column, its merged ranges and its Excel
 * tables: what table detection needs to look at, and no more. The reader
 * still streams the whole sheet through it (merges come after the cells
 * in .xlsx), so the grid also learns how many rows the sheet has.
 *
 * Cells are kept as DdCell structs in one array, in row then column
 * order, with an index of where each row starts; their strings live in a
 * GStringChunk, each distinct string once. Past the row limit, or past a
 * budget of cells or string bytes that keeps a hostile sheet (16,384
 * columns of megabyte strings) small, the grid stops at the last whole
 * row and says it was cut off.
 *
 * A grid is an ordinary GObject, built either by dd_sheet_grid_collect()
 * from a file, or cell by cell (the tests build synthetic sheets so). It
 * indexes its cells and merges on the first read after a change, so a
 * grid being built belongs to one thread; those dd_sheet_grid_collect()
 * returns are indexed already and may be read from several.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dd-sheet-grid.h"

#define MAX_CELLS         (2 * 1024 * 1024)
#define MAX_STRING_BYTES  (64 * 1024 * 1024)
#define MAX_MERGES        65536
#define MAX_MERGE_HEIGHT  256   /* taller merges are sidebars, not headers */
#define MAX_NAMED_TABLES  4096

struct _DdSheetGrid
{
  GObject       parent_instance;

  char         *sheet_name;
  guint         sheet_index;
  guint         max_rows;      /* rows held: 0 to max_rows - 1 */

  GArray       *cells;         /* of DdCell, text in @strings */
  GStringChunk *strings;
  gsize         string_bytes;
  GArray       *row_start;     /* of guint: where row i's cells begin; n_rows + 1 entries */
  gboolean      in_order;      /* cells came row by row, left to right */
  gboolean      indexed;       /* @row_start is up to date */

  guint32       n_rows;        /* held: the last held row with a cell, + 1 */
  guint32       n_columns;
  guint32       sheet_n_rows;  /* the sheet's: the last row with a cell, + 1 */
  gboolean      truncated;

  GArray       *merges;        /* of DdSheetMerge, by first row then column once sorted */
  gboolean      merges_sorted;
  guint32       merge_height;  /* the tallest merge's rows, minus one */
  GArray       *named_tables;  /* of DdSheetNamedTable */
};

G_DEFINE_FINAL_TYPE (DdSheetGrid, dd_sheet_grid, G_TYPE_OBJECT)

typedef struct
{
  const char  *only_sheet;
  guint        max_rows;
  GPtrArray   *grids;
  DdSheetGrid *current;
} CollectState;

static void
clear_named_table (gpointer data)
{
  DdSheetNamedTable *table = data;

  g_free (table->name);
}

static int
compare_cells (gconstpointer a,
               gconstpointer b)
{
  const DdCell *x = a;
  const DdCell *y = b;

  if (x->row != y->row)
    return x->row < y->row ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return 0;
}

/* Cells out of order are sorted once; of two at the same place, the
 * later one wins (a stable sort keeps them in arrival order). */
static void
sort_cells (DdSheetGrid *self)
{
  guint kept = 0;

  g_array_sort (self->cells, compare_cells);
  for (guint i = 0; i < self->cells->len; i++)
    {
      DdCell *cell = &g_array_index (self->cells, DdCell, i);

      if (kept > 0 && compare_cells (&g_array_index (self->cells, DdCell, kept - 1), cell) == 0)
        kept--;
      g_array_index (self->cells, DdCell, kept++) = *cell;
    }
  g_array_set_size (self->cells, kept);
  self->in_order = TRUE;
}

static void
ensure_index (DdSheetGrid *self)
{
  guint row = 0;

  if (self->indexed)
    return;

  if (!self->in_order)
    sort_cells (self);

  g_array_set_size (self->row_start, self->n_rows + 1);
  for (guint i = 0; i < self->cells->len; i++)
    {
      const DdCell *cell = &g_array_index (self->cells, DdCell, i);

      while (row <= cell->row)
        g_array_index (self->row_start, guint, row++) = i;
    }
  while (row <= self->n_rows)
    g_array_index (self->row_start, guint, row++) = self->cells->len;

  self->indexed = TRUE;
}

static int
compare_merges (gconstpointer a,
                gconstpointer b)
{
  const DdSheetMerge *x = a;
  const DdSheetMerge *y = b;

  if (x->first_row != y->first_row)
    return x->first_row < y->first_row ? -1 : 1;
  if (x->first_column != y->first_column)
    return x->first_column < y->first_column ? -1 : 1;
  return 0;
}

static void
ensure_merges_sorted (DdSheetGrid *self)
{
  if (self->merges_sorted)
    return;
  g_array_sort (self->merges, compare_merges);
  self->merges_sorted = TRUE;
}

/* A merge that starts on row @start, covers @row and meets the columns
 * from @first_column to @last_column. The merges of a row do not
 * overlap, so those meeting the columns sit together, found by a binary
 * search for the last one starting left of @last_column. */
static const DdSheetMerge *
find_merge_starting_on (DdSheetGrid *self,
                        guint32      start,
                        guint32      row,
                        guint32      first_column,
                        guint32      last_column)
{
  DdSheetMerge key = { start, last_column, 0, 0 };
  guint low = 0, high = self->merges->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_merges (&g_array_index (self->merges, DdSheetMerge, middle), &key) <= 0)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i > 0; i--)
    {
      const DdSheetMerge *merge = &g_array_index (self->merges, DdSheetMerge, i - 1);

      if (merge->first_row != start || merge->last_column < first_column)
        break;
      if (merge->last_row >= row)
        return merge;
    }
  return NULL;
}

/* Past a budget, keep only the rows before the one that went over. */
static void
cut_off_at (DdSheetGrid *self,
            guint32      row)
{
  guint len = self->cells->len;

  while (len > 0 && g_array_index (self->cells, DdCell, len - 1).row >= row)
    len--;
  g_array_set_size (self->cells, len);

  self->max_rows = row;
  self->n_rows = MIN (self->n_rows, row);
  self->truncated = TRUE;
  self->indexed = FALSE;
}

static gboolean
is_blank_cell (const DdCell *cell)
{
  return (cell->type == DD_CELL_STRING || cell->type == DD_CELL_ERROR)
         && (cell->text == NULL || cell->text[0] == '\0');
}

static gboolean
sheet_names_match (const char *name,
                   const char *wanted)
{
  g_autofree char *a = g_strstrip (g_strdup (name));
  g_autofree char *b = g_strstrip (g_strdup (wanted));

  return strcmp (a, b) == 0;
}

static gboolean
on_begin_sheet (const char *name,
                guint       index,
                gpointer    user_data,
                GError    **error)
{
  CollectState *state = user_data;

  if (state->only_sheet != NULL && !sheet_names_match (name, state->only_sheet))
    return FALSE;

  g_clear_object (&state->current);
  state->current = dd_sheet_grid_new (name, index, state->max_rows);
  return TRUE;
}

static gboolean
on_cell (const DdCell *cell,
         gpointer      user_data,
         GError      **error)
{
  CollectState *state = user_data;

  if (state->current != NULL)
    dd_sheet_grid_add_cell (state->current, cell);
  return TRUE;
}

static gboolean
on_merge (guint32   first_row,
          guint32   first_column,
          guint32   last_row,
          guint32   last_column,
          gpointer  user_data,
          GError  **error)
{
  CollectState *state = user_data;

  if (state->current != NULL)
    dd_sheet_grid_add_merge (state->current, first_row, first_column, last_row, last_column);
  return TRUE;
}

static gboolean
on_named_table (const char *name,
                guint32     first_row,
                guint32     first_column,
                guint32     last_row,
                guint32     last_column,
                guint       header_rows,
                gpointer    user_data,
                GError    **error)
{
  CollectState *state = user_data;

  if (state->current != NULL)
    dd_sheet_grid_add_named_table (state->current, name, first_row, first_column,
                                   last_row, last_column, header_rows);
  return TRUE;
}

static gboolean
on_end_sheet (gpointer   user_data,
              GError   **error)
{
  CollectState *state = user_data;

  if (state->current != NULL)
    {
      /* Indexed now, a grid is only read from here on: threads may share it. */
      ensure_index (state->current);
      ensure_merges_sorted (state->current);
      g_ptr_array_add (state->grids, g_steal_pointer (&state->current));
    }
  return TRUE;
}

static const DdSheetHandler collect_handler = {
  .begin_sheet = on_begin_sheet,
  .cell = on_cell,
  .merge = on_merge,
  .named_table = on_named_table,
  .end_sheet = on_end_sheet,
};

static void
dd_sheet_grid_finalize (GObject *object)
{
  DdSheetGrid *self = DD_SHEET_GRID (object);

  g_free (self->sheet_name);
  g_array_unref (self->cells);
  g_string_chunk_free (self->strings);
  g_array_unref (self->row_start);
  g_array_unref (self->merges);
  g_array_unref (self->named_tables);

  G_OBJECT_CLASS (dd_sheet_grid_parent_class)->finalize (object);
}

static void
dd_sheet_grid_class_init (DdSheetGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dd_sheet_grid_finalize;
}

static void
dd_sheet_grid_init (DdSheetGrid *self)
{
  self->cells = g_array_new (FALSE, FALSE, sizeof (DdCell));
  self->strings = g_string_chunk_new (4096);
  self->row_start = g_array_new (FALSE, TRUE, sizeof (guint));
  self->merges = g_array_new (FALSE, FALSE, sizeof (DdSheetMerge));
  self->named_tables = g_array_new (FALSE, FALSE, sizeof (DdSheetNamedTable));
  g_array_set_clear_func (self->named_tables, clear_named_table);
  self->in_order = TRUE;
}

/**
 * dd_sheet_grid_collect:
 * @path: a .xlsx, .ods or .csv file
 * @only_sheet: (nullable): the one sheet to keep (its name; spaces
 *   around it do not count), or %NULL for every sheet
 * @max_rows: how many rows of each sheet to keep, or 0 for
 *   %DD_SHEET_GRID_DEFAULT_MAX_ROWS
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a file with dd_sheet_read() and keeps the head of each sheet.
 * Fails with the reader's %DD_IMPORT_ERROR, or with
 * %G_IO_ERROR_NOT_FOUND when @only_sheet names no sheet of the file.
 *
 * Returns: (transfer container) (element-type DdSheetGrid): the grids in
 *   workbook order (a .csv has one), or %NULL with @error set
 */
GPtrArray *
dd_sheet_grid_collect (const char    *path,
                       const char    *only_sheet,
                       guint          max_rows,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GPtrArray) grids = g_ptr_array_new_with_free_func (g_object_unref);
  CollectState state = {
    .only_sheet = only_sheet,
    .max_rows = max_rows > 0 ? max_rows : DD_SHEET_GRID_DEFAULT_MAX_ROWS,
    .grids = grids,
  };
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ok = dd_sheet_read (path, &collect_handler, &state, cancellable, error);
  g_clear_object (&state.current);
  if (!ok)
    return NULL;

  if (only_sheet != NULL && grids->len == 0)
    {
      g_autofree char *name = g_path_get_basename (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("“%s” has no sheet named “%s”"), name, only_sheet);
      return NULL;
    }

  return g_steal_pointer (&grids);
}

/**
 * dd_sheet_grid_new:
 * @sheet_name: the sheet's name
 * @sheet_index: its place in the workbook, from 0
 * @max_rows: how many rows to keep (rows 0 to @max_rows - 1), or 0 for
 *   %DD_SHEET_GRID_DEFAULT_MAX_ROWS
 *
 * Makes an empty grid, to be filled with dd_sheet_grid_add_cell() and
 * friends.
 *
 * Returns: (transfer full): the grid
 */
DdSheetGrid *
dd_sheet_grid_new (const char *sheet_name,
                   guint       sheet_index,
                   guint       max_rows)
{
  DdSheetGrid *self;

  g_return_val_if_fail (sheet_name != NULL, NULL);

  self = g_object_new (DD_TYPE_SHEET_GRID, NULL);
  self->sheet_name = g_strdup (sheet_name);
  self->sheet_index = sheet_index;
  self->max_rows = max_rows > 0 ? max_rows : DD_SHEET_GRID_DEFAULT_MAX_ROWS;
  return self;
}

/**
 * dd_sheet_grid_add_cell:
 * @self: a #DdSheetGrid
 * @cell: a cell; its text is copied
 *
 * Adds a cell. Cells are expected row by row, left to right, as readers
 * give them; others are sorted when the grid is next read, and a second
 * cell at the same place replaces the first. Cells past the grid's row
 * limit only count towards dd_sheet_grid_get_sheet_n_rows(). Empty
 * strings are not kept.
 */
void
dd_sheet_grid_add_cell (DdSheetGrid  *self,
                        const DdCell *cell)
{
  DdCell copy;
  gsize text_size;

  g_return_if_fail (DD_IS_SHEET_GRID (self));
  g_return_if_fail (cell != NULL);

  if (is_blank_cell (cell))
    return;

  self->sheet_n_rows = MAX (self->sheet_n_rows, cell->row + 1);
  if (cell->row >= self->max_rows)
    {
      self->truncated = TRUE;
      return;
    }

  text_size = cell->text != NULL ? strlen (cell->text) + 1 : 0;
  if (self->cells->len >= MAX_CELLS || self->string_bytes + text_size > MAX_STRING_BYTES)
    {
      cut_off_at (self, cell->row);
      return;
    }

  copy = *cell;
  if (cell->text != NULL)
    {
      copy.text = g_string_chunk_insert_const (self->strings, cell->text);
      self->string_bytes += text_size;
    }

  if (self->cells->len > 0
      && compare_cells (&g_array_index (self->cells, DdCell, self->cells->len - 1), &copy) >= 0)
    self->in_order = FALSE;

  g_array_append_val (self->cells, copy);
  self->indexed = FALSE;
  self->n_rows = MAX (self->n_rows, cell->row + 1);
  self->n_columns = MAX (self->n_columns, cell->column + 1);
}

/**
 * dd_sheet_grid_add_merge:
 * @self: a #DdSheetGrid
 * @first_row: the top row
 * @first_column: the left column
 * @last_row: the bottom row (inclusive)
 * @last_column: the right column (inclusive)
 *
 * Adds a merged range. Ranges that start past the grid's rows, reversed
 * ones, and those over 256 rows tall (sidebars, not headers) are
 * ignored.
 */
void
dd_sheet_grid_add_merge (DdSheetGrid *self,
                         guint32      first_row,
                         guint32      first_column,
                         guint32      last_row,
                         guint32      last_column)
{
  DdSheetMerge merge = { first_row, first_column, last_row, last_column };

  g_return_if_fail (DD_IS_SHEET_GRID (self));

  if (first_row > last_row || first_column > last_column || first_row >= self->max_rows)
    return;
  if (last_row - first_row >= MAX_MERGE_HEIGHT || self->merges->len >= MAX_MERGES)
    return;

  g_array_append_val (self->merges, merge);
  self->merges_sorted = FALSE;
  self->merge_height = MAX (self->merge_height, last_row - first_row);
}

/**
 * dd_sheet_grid_add_named_table:
 * @self: a #DdSheetGrid
 * @name: the table's name
 * @first_row: the top row
 * @first_column: the left column
 * @last_row: the bottom row (inclusive)
 * @last_column: the right column (inclusive)
 * @header_rows: how many header rows it has (0 or 1)
 *
 * Adds an Excel table. Reversed ranges are ignored.
 */
void
dd_sheet_grid_add_named_table (DdSheetGrid *self,
                               const char  *name,
                               guint32      first_row,
                               guint32      first_column,
                               guint32      last_row,
                               guint32      last_column,
                               guint        header_rows)
{
  DdSheetNamedTable table = {
    NULL, first_row, first_column, last_row, last_column, MIN (header_rows, 1),
  };

  g_return_if_fail (DD_IS_SHEET_GRID (self));
  g_return_if_fail (name != NULL);

  if (first_row > last_row || first_column > last_column)
    return;
  if (self->named_tables->len >= MAX_NAMED_TABLES)
    return;

  table.name = g_strdup (name);
  g_array_append_val (self->named_tables, table);
}

/**
 * dd_sheet_grid_get_sheet_name:
 * @self: a #DdSheetGrid
 *
 * Returns: the sheet's name, as the workbook spells it
 */
const char *
dd_sheet_grid_get_sheet_name (DdSheetGrid *self)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), NULL);

  return self->sheet_name;
}

/**
 * dd_sheet_grid_get_sheet_index:
 * @self: a #DdSheetGrid
 *
 * Returns: the sheet's place in the workbook, from 0
 */
guint
dd_sheet_grid_get_sheet_index (DdSheetGrid *self)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), 0);

  return self->sheet_index;
}

/**
 * dd_sheet_grid_get_max_rows:
 * @self: a #DdSheetGrid
 *
 * Returns: how many rows the grid may hold (fewer than asked for when a
 *   sheet's rows went over the grid's memory budget)
 */
guint
dd_sheet_grid_get_max_rows (DdSheetGrid *self)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), 0);

  return self->max_rows;
}

/**
 * dd_sheet_grid_get_n_rows:
 * @self: a #DdSheetGrid
 *
 * Returns: the rows held: the last held row with a cell, plus one
 */
guint32
dd_sheet_grid_get_n_rows (DdSheetGrid *self)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), 0);

  return self->n_rows;
}

/**
 * dd_sheet_grid_get_n_columns:
 * @self: a #DdSheetGrid
 *
 * Returns: the last column with a held cell, plus one
 */
guint32
dd_sheet_grid_get_n_columns (DdSheetGrid *self)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), 0);

  return self->n_columns;
}

/**
 * dd_sheet_grid_get_sheet_n_rows:
 * @self: a #DdSheetGrid
 *
 * Returns: the sheet's rows, held or not: its last row with a cell, plus
 *   one
 */
guint32
dd_sheet_grid_get_sheet_n_rows (DdSheetGrid *self)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), 0);

  return self->sheet_n_rows;
}

/**
 * dd_sheet_grid_is_truncated:
 * @self: a #DdSheetGrid
 *
 * Returns: %TRUE when the sheet has cells past the rows the grid holds
 */
gboolean
dd_sheet_grid_is_truncated (DdSheetGrid *self)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), FALSE);

  return self->truncated;
}

/**
 * dd_sheet_grid_get_row:
 * @self: a #DdSheetGrid
 * @row: a row, from 0
 * @n_cells: (out): how many cells it has
 *
 * The non-empty cells of a row, left to right.
 *
 * Returns: (array length=n_cells) (nullable): the cells, owned by the
 *   grid (valid until a cell is added), or %NULL for an empty row
 */
const DdCell *
dd_sheet_grid_get_row (DdSheetGrid *self,
                       guint32      row,
                       guint       *n_cells)
{
  guint start, end;

  g_return_val_if_fail (DD_IS_SHEET_GRID (self), NULL);
  g_return_val_if_fail (n_cells != NULL, NULL);

  *n_cells = 0;
  if (row >= self->n_rows)
    return NULL;

  ensure_index (self);
  start = g_array_index (self->row_start, guint, row);
  end = g_array_index (self->row_start, guint, row + 1);
  if (start == end)
    return NULL;

  *n_cells = end - start;
  return &g_array_index (self->cells, DdCell, start);
}

/**
 * dd_sheet_grid_get_cell:
 * @self: a #DdSheetGrid
 * @row: a row, from 0
 * @column: a column, from 0
 *
 * Returns: (nullable): the cell there, owned by the grid, or %NULL when
 *   it is empty (or past the rows held)
 */
const DdCell *
dd_sheet_grid_get_cell (DdSheetGrid *self,
                        guint32      row,
                        guint32      column)
{
  const DdCell *cells;
  guint n, low = 0, high;

  g_return_val_if_fail (DD_IS_SHEET_GRID (self), NULL);

  cells = dd_sheet_grid_get_row (self, row, &n);
  high = n;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (cells[middle].column == column)
        return &cells[middle];
      if (cells[middle].column < column)
        low = middle + 1;
      else
        high = middle;
    }
  return NULL;
}

/**
 * dd_sheet_grid_get_n_merges:
 * @self: a #DdSheetGrid
 *
 * Returns: how many merged ranges start in the rows held
 */
guint
dd_sheet_grid_get_n_merges (DdSheetGrid *self)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), 0);

  return self->merges->len;
}

/**
 * dd_sheet_grid_get_merge:
 * @self: a #DdSheetGrid
 * @index: from 0 to dd_sheet_grid_get_n_merges() - 1
 *
 * Returns: the merged range, owned by the grid; they come top to bottom,
 *   then left to right
 */
const DdSheetMerge *
dd_sheet_grid_get_merge (DdSheetGrid *self,
                         guint        index)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), NULL);
  g_return_val_if_fail (index < self->merges->len, NULL);

  ensure_merges_sorted (self);
  return &g_array_index (self->merges, DdSheetMerge, index);
}

/**
 * dd_sheet_grid_find_merge:
 * @self: a #DdSheetGrid
 * @row: a row
 * @column: a column
 *
 * Returns: (nullable): the merged range that covers a cell, owned by the
 *   grid, or %NULL
 */
const DdSheetMerge *
dd_sheet_grid_find_merge (DdSheetGrid *self,
                          guint32      row,
                          guint32      column)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), NULL);

  return dd_sheet_grid_find_merge_across (self, row, column, column, FALSE);
}

/**
 * dd_sheet_grid_find_merge_across:
 * @self: a #DdSheetGrid
 * @row: a row
 * @first_column: the first column to look at
 * @last_column: the last (inclusive)
 * @started_above: only merges that start on a row above @row
 *
 * Finds a merged range that covers a cell of @row between two columns.
 * Looks at no more than the rows the tallest merge spans, each with a
 * binary search, so a sheet of many merges stays quick.
 *
 * Returns: (nullable): one such range, owned by the grid, or %NULL
 */
const DdSheetMerge *
dd_sheet_grid_find_merge_across (DdSheetGrid *self,
                                 guint32      row,
                                 guint32      first_column,
                                 guint32      last_column,
                                 gboolean     started_above)
{
  guint32 top;

  g_return_val_if_fail (DD_IS_SHEET_GRID (self), NULL);
  g_return_val_if_fail (first_column <= last_column, NULL);

  ensure_merges_sorted (self);
  top = row > self->merge_height ? row - self->merge_height : 0;
  for (guint32 start = row + (started_above ? 0 : 1); start > top; start--)
    {
      const DdSheetMerge *merge = find_merge_starting_on (self, start - 1, row, first_column, last_column);

      if (merge != NULL)
        return merge;
    }
  return NULL;
}

/**
 * dd_sheet_grid_get_n_named_tables:
 * @self: a #DdSheetGrid
 *
 * Returns: how many Excel tables the sheet has
 */
guint
dd_sheet_grid_get_n_named_tables (DdSheetGrid *self)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), 0);

  return self->named_tables->len;
}

/**
 * dd_sheet_grid_get_named_table:
 * @self: a #DdSheetGrid
 * @index: from 0 to dd_sheet_grid_get_n_named_tables() - 1
 *
 * Returns: the Excel table, owned by the grid, in the order the file
 *   gave them
 */
const DdSheetNamedTable *
dd_sheet_grid_get_named_table (DdSheetGrid *self,
                               guint        index)
{
  g_return_val_if_fail (DD_IS_SHEET_GRID (self), NULL);
  g_return_val_if_fail (index < self->named_tables->len, NULL);

  return &g_array_index (self->named_tables, DdSheetNamedTable, index);
}
