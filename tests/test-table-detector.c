/* test-table-detector.c: finding the tables of a sheet
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule of dd-table-detector.c on a small grid built here, cell by
 * cell; then every real workbook of ../shared/fixtures/spreadsheets,
 * read in place (skipped when absent), with what a person reading each
 * sheet finds in it.
 */

#include "config.h"

#include <string.h>

#include "import/dd-sheet-grid.h"
#include "import/dd-table-detector.h"

/* Grids written as text ------------------------------------------------- */

/* A cell from its text: "" is empty, "s:..." is text whatever it says,
 * "d:N" a date of serial day N, "p:N" a percentage, a number a number,
 * anything else text. */
static gboolean
parse_cell (const char *field,
            DdCell     *cell)
{
  char *end;

  cell->text = NULL;
  cell->number = 0;
  if (field[0] == '\0')
    return FALSE;

  if (g_str_has_prefix (field, "s:"))
    {
      cell->type = DD_CELL_STRING;
      cell->text = field + 2;
    }
  else if (g_str_has_prefix (field, "d:"))
    {
      cell->type = DD_CELL_DATE;
      cell->number = g_ascii_strtod (field + 2, NULL);
    }
  else if (g_str_has_prefix (field, "p:"))
    {
      cell->type = DD_CELL_PERCENT;
      cell->number = g_ascii_strtod (field + 2, NULL);
    }
  else
    {
      cell->number = g_ascii_strtod (field, &end);
      if (end != field && *end == '\0')
        cell->type = DD_CELL_NUMBER;
      else
        {
          cell->type = DD_CELL_STRING;
          cell->text = field;
          cell->number = 0;
        }
    }
  return TRUE;
}

static void
add_rows (DdSheetGrid        *grid,
          const char * const *rows)
{
  for (guint32 row = 0; rows[row] != NULL; row++)
    {
      g_auto(GStrv) fields = g_strsplit (rows[row], "|", -1);

      for (guint32 column = 0; fields[column] != NULL; column++)
        {
          DdCell cell = { .row = row, .column = column };

          if (parse_cell (fields[column], &cell))
            dd_sheet_grid_add_cell (grid, &cell);
        }
    }
}

/* Rows written "cell|cell|...", one string a row, NULL at the end. */
static DdSheetGrid *
grid_new (const char * const *rows)
{
  DdSheetGrid *grid = dd_sheet_grid_new ("Sheet1", 0, 0);

  add_rows (grid, rows);
  return grid;
}

/* "C4" → row 3, column 2. */
static void
parse_reference (const char *reference,
                 guint32    *row,
                 guint32    *column)
{
  *column = 0;
  for (; g_ascii_isupper (*reference); reference++)
    *column = *column * 26 + (guint32) (*reference - 'A' + 1);
  *column -= 1;
  *row = (guint32) g_ascii_strtoull (reference, NULL, 10) - 1;
}

/* A merged range written as Excel writes it: "E4:V4". */
static void
add_merge (DdSheetGrid *grid,
           const char  *range)
{
  g_auto(GStrv) ends = g_strsplit (range, ":", 2);
  guint32 first_row, first_column, last_row, last_column;

  parse_reference (ends[0], &first_row, &first_column);
  parse_reference (ends[1], &last_row, &last_column);
  dd_sheet_grid_add_merge (grid, first_row, first_column, last_row, last_column);
}

static DdDetectedTable *
table_at (GPtrArray *tables,
          guint      index)
{
  g_assert_cmpuint (index, <, tables->len);
  return g_ptr_array_index (tables, index);
}

/* The kinds of a table's columns as letters: c, m, p. */
static char *
dup_kinds (DdDetectedTable *table)
{
  GString *kinds = g_string_new (NULL);

  for (guint i = 0; i < dd_detected_table_get_n_columns (table); i++)
    {
      const DdDetectedColumn *column = dd_detected_table_get_column (table, i);

      g_string_append_c (kinds, dd_column_kind_to_string (column->kind)[0]);
    }
  return g_string_free (kinds, FALSE);
}

static void
assert_columns (DdDetectedTable    *table,
                const char * const *names,
                const char         *kinds)
{
  g_autofree char *found = dup_kinds (table);
  guint n = g_strv_length ((char **) names);

  for (guint i = 0; i < MIN (n, dd_detected_table_get_n_columns (table)); i++)
    g_assert_cmpstr (dd_detected_table_get_column (table, i)->name, ==, names[i]);
  g_assert_cmpuint (dd_detected_table_get_n_columns (table), ==, n);
  g_assert_cmpstr (found, ==, kinds);
}

static void
assert_sources (DdDetectedTable *table,
                const guint32   *sources,
                guint            n_sources)
{
  g_assert_cmpuint (dd_detected_table_get_n_columns (table), ==, n_sources);
  for (guint i = 0; i < n_sources; i++)
    g_assert_cmpuint (dd_detected_table_get_column (table, i)->source_column, ==, sources[i]);
}

static void
assert_rows (DdDetectedTable *table,
             guint32          header_first,
             guint32          header_last,
             guint32          data_first,
             guint32          data_last)
{
  g_assert_cmpuint (dd_detected_table_get_header_first_row (table), ==, header_first);
  g_assert_cmpuint (dd_detected_table_get_header_last_row (table), ==, header_last);
  g_assert_cmpuint (dd_detected_table_get_data_first_row (table), ==, data_first);
  g_assert_cmpuint (dd_detected_table_get_data_last_row (table), ==, data_last);
}

/* Markers ----------------------------------------------------------------- */

static void
test_markers (void)
{
  static const char * const markers[] = {
    "[c]", "[x]", " [z] ", "[w]", "[u]", "[low]", "..", ".", "-", "–", "—",
    "*", "**", ":", "+", "x", "n/a", "N/A",
  };
  static const char * const values[] = {
    "", "  ", "12", "-5", "0", "[note 1]", "[c1]", "[x] suppressed", "North East",
    "Total", "[]", "[abcdefg]", "xx",
  };

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    g_assert_true (dd_cell_is_marker (markers[i]));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_false (dd_cell_is_marker (values[i]));
  g_assert_false (dd_cell_is_marker (NULL));
}

static void
test_kind_names (void)
{
  DdColumnKind kind;

  g_assert_cmpstr (dd_column_kind_to_string (DD_COLUMN_KIND_CATEGORY), ==, "category");
  g_assert_cmpstr (dd_column_kind_to_string (DD_COLUMN_KIND_MEASURE), ==, "measure");
  g_assert_cmpstr (dd_column_kind_to_string (DD_COLUMN_KIND_PERIOD), ==, "period");

  g_assert_true (dd_column_kind_from_string ("measure", &kind));
  g_assert_cmpint (kind, ==, DD_COLUMN_KIND_MEASURE);
  g_assert_true (dd_column_kind_from_string ("Date", &kind));
  g_assert_cmpint (kind, ==, DD_COLUMN_KIND_PERIOD);
  g_assert_true (dd_column_kind_from_string ("category", &kind));
  g_assert_cmpint (kind, ==, DD_COLUMN_KIND_CATEGORY);
  g_assert_false (dd_column_kind_from_string ("number", &kind));
}

/* The grid ---------------------------------------------------------------- */

static void
test_grid_cells (void)
{
  g_autoptr(DdSheetGrid) grid = dd_sheet_grid_new ("Data", 2, 3);
  const DdCell cells[] = {
    { 1, 1, DD_CELL_NUMBER, NULL, 5 },
    { 0, 2, DD_CELL_STRING, "c", 0 },
    { 0, 0, DD_CELL_STRING, "a", 0 },
    { 1, 1, DD_CELL_NUMBER, NULL, 6 },      /* replaces the 5 */
    { 1, 0, DD_CELL_STRING, "", 0 },        /* empty: not kept */
    { 5, 0, DD_CELL_STRING, "past", 0 },    /* past the rows held */
  };
  const DdCell *row;
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    dd_sheet_grid_add_cell (grid, &cells[i]);
  dd_sheet_grid_add_merge (grid, 0, 0, 0, 1);
  dd_sheet_grid_add_merge (grid, 4, 0, 4, 3);   /* past the rows held */

  g_assert_cmpstr (dd_sheet_grid_get_sheet_name (grid), ==, "Data");
  g_assert_cmpuint (dd_sheet_grid_get_sheet_index (grid), ==, 2);
  g_assert_cmpuint (dd_sheet_grid_get_n_rows (grid), ==, 2);
  g_assert_cmpuint (dd_sheet_grid_get_n_columns (grid), ==, 3);
  g_assert_cmpuint (dd_sheet_grid_get_sheet_n_rows (grid), ==, 6);
  g_assert_true (dd_sheet_grid_is_truncated (grid));

  row = dd_sheet_grid_get_row (grid, 0, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (row[0].text, ==, "a");
  g_assert_cmpstr (row[1].text, ==, "c");
  g_assert_cmpfloat (dd_sheet_grid_get_cell (grid, 1, 1)->number, ==, 6);
  g_assert_null (dd_sheet_grid_get_cell (grid, 1, 0));
  g_assert_null (dd_sheet_grid_get_cell (grid, 2, 0));
  g_assert_null (dd_sheet_grid_get_row (grid, 7, &n));
  g_assert_cmpuint (n, ==, 0);

  g_assert_cmpuint (dd_sheet_grid_get_n_merges (grid), ==, 1);
  g_assert_nonnull (dd_sheet_grid_find_merge (grid, 0, 1));
  g_assert_null (dd_sheet_grid_find_merge (grid, 1, 1));
}

/* Merges are found by binary search on the rows a merge may start on. */
static void
test_grid_merges (void)
{
  g_autoptr(DdSheetGrid) grid = dd_sheet_grid_new ("Data", 0, 100);
  const DdSheetMerge *merge;

  dd_sheet_grid_add_merge (grid, 3, 4, 3, 21);    /* E4:V4 */
  dd_sheet_grid_add_merge (grid, 3, 2, 4, 2);     /* C4:C5 */
  dd_sheet_grid_add_merge (grid, 3, 23, 3, 26);   /* X4:AA4 */
  dd_sheet_grid_add_merge (grid, 0, 0, 0, 26);    /* A1:AA1 */
  dd_sheet_grid_add_merge (grid, 10, 0, 400, 0);  /* too tall: a sidebar */
  dd_sheet_grid_add_merge (grid, 200, 0, 200, 3); /* past the rows held */

  g_assert_cmpuint (dd_sheet_grid_get_n_merges (grid), ==, 4);
  merge = dd_sheet_grid_get_merge (grid, 0);
  g_assert_cmpuint (merge->first_row, ==, 0);
  merge = dd_sheet_grid_get_merge (grid, 1);
  g_assert_cmpuint (merge->first_column, ==, 2);

  merge = dd_sheet_grid_find_merge (grid, 3, 10);
  g_assert_nonnull (merge);
  g_assert_cmpuint (merge->first_column, ==, 4);
  merge = dd_sheet_grid_find_merge (grid, 4, 2);
  g_assert_nonnull (merge);
  g_assert_cmpuint (merge->first_row, ==, 3);
  g_assert_null (dd_sheet_grid_find_merge (grid, 3, 22));
  g_assert_null (dd_sheet_grid_find_merge (grid, 4, 4));
  g_assert_null (dd_sheet_grid_find_merge (grid, 12, 0));

  g_assert_nonnull (dd_sheet_grid_find_merge_across (grid, 3, 22, 23, FALSE));
  g_assert_null (dd_sheet_grid_find_merge_across (grid, 3, 22, 22, FALSE));
  g_assert_nonnull (dd_sheet_grid_find_merge_across (grid, 4, 0, 30, TRUE));
  g_assert_null (dd_sheet_grid_find_merge_across (grid, 3, 0, 30, TRUE));
}

static void
test_grid_named_tables (void)
{
  g_autoptr(DdSheetGrid) grid = dd_sheet_grid_new ("Data", 0, 0);
  const DdSheetNamedTable *table;

  dd_sheet_grid_add_named_table (grid, "Sales", 1, 0, 9, 3, 1);
  dd_sheet_grid_add_named_table (grid, "Reversed", 9, 0, 1, 3, 1);
  g_assert_cmpuint (dd_sheet_grid_get_n_named_tables (grid), ==, 1);

  table = dd_sheet_grid_get_named_table (grid, 0);
  g_assert_cmpstr (table->name, ==, "Sales");
  g_assert_cmpuint (table->first_row, ==, 1);
  g_assert_cmpuint (table->last_column, ==, 3);
  g_assert_cmpuint (table->header_rows, ==, 1);
}

/* Detection rules ----------------------------------------------------------- */

static void
test_title_rows (void)
{
  static const char * const rows[] = {
    "Table 3: Offenders by region, 2019",
    "This worksheet contains one table.",
    "Some shorthand is used in this table: [x] means not available.",
    "",
    "Region|Offenders|Rate",
    "North East|120|0.5",
    "North West|[x]|0.7",
    "Wales|98|0.3",
    NULL,
  };
  static const char * const names[] = { "Region", "Offenders", "Rate", NULL };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  DdDetectedTable *table;

  g_assert_cmpuint (tables->len, ==, 1);
  table = table_at (tables, 0);
  g_assert_cmpstr (dd_detected_table_get_name (table), ==, "Table 3: Offenders by region, 2019");
  g_assert_cmpstr (dd_detected_table_get_title (table), ==, "Table 3: Offenders by region, 2019");
  g_assert_false (dd_detected_table_is_named (table));
  g_assert_cmpstr (dd_detected_table_get_sheet_name (table), ==, "Sheet1");
  g_assert_cmpuint (dd_detected_table_get_sheet_index (table), ==, 0);
  assert_rows (table, 4, 4, 5, 7);
  g_assert_cmpuint (dd_detected_table_get_first_column (table), ==, 0);
  g_assert_cmpuint (dd_detected_table_get_last_column (table), ==, 2);
  assert_columns (table, names, "cmm");
  g_assert_cmpuint (dd_detected_table_count_rows (table, grid), ==, 3);
}

static void
test_no_title (void)
{
  static const char * const rows[] = {
    "Region|Count",
    "North|1",
    "South|2",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 1);
  g_assert_cmpstr (dd_detected_table_get_name (table_at (tables, 0)), ==, "Table 1");
  g_assert_null (dd_detected_table_get_title (table_at (tables, 0)));
  assert_rows (table_at (tables, 0), 0, 0, 1, 2);
}

/* Prose only, one column: no table. */
static void
test_no_table (void)
{
  static const char * const rows[] = {
    "Homeworking in the UK",
    "Source: Labour Force Survey",
    "",
    "Contact details",
    "Statistical contact",
    "01329 890478",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(DdSheetGrid) empty = dd_sheet_grid_new ("Notes", 0, 0);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autoptr(GPtrArray) none = dd_table_detector_detect (empty);

  g_assert_cmpuint (tables->len, ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

/* The layout of the ONS police force area tables: a band row merged over
 * groups of columns, a label merged down over both header rows, a unit
 * row, spacer columns, footnotes under the data. */
static DdSheetGrid *
banded_grid_new (void)
{
  static const char * const rows[] = {
    "Table P1: Police recorded crime, year ending September 2019",
    "",
    "England and Wales (excluding Greater Manchester Police)",
    "||Total recorded crime||Victim-based crime|||Other crimes against society",
    "Area Code|Area Name|||Homicide|Robbery||Drug offences|Public order offences",
    "||Numbers",
    "K04000001|ENGLAND AND WALES|100||5|6||7|8",
    "E12000001|North East|50||..|3||-|4",
    "|British Transport Police|10||1|0||2|1",
    "Source: Home Office - Police recorded crime",
    "1. Police recorded crime data are not designated as National Statistics.",
    NULL,
  };
  DdSheetGrid *grid = grid_new (rows);

  add_merge (grid, "A1:I1");
  add_merge (grid, "C4:C5");
  add_merge (grid, "E4:F4");
  add_merge (grid, "H4:I4");
  add_merge (grid, "C6:I6");
  return grid;
}

static void
test_multi_row_header (void)
{
  static const char * const names[] = {
    "Area Code", "Area Name", "Total recorded crime",
    "Victim-based crime > Homicide", "Victim-based crime > Robbery",
    "Other crimes against society > Drug offences",
    "Other crimes against society > Public order offences",
    NULL,
  };
  static const guint32 sources[] = { 0, 1, 2, 4, 5, 7, 8 };
  g_autoptr(DdSheetGrid) grid = banded_grid_new ();
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  DdDetectedTable *table;

  g_assert_cmpuint (tables->len, ==, 1);
  table = table_at (tables, 0);
  g_assert_cmpstr (dd_detected_table_get_name (table), ==,
                   "Table P1: Police recorded crime, year ending September 2019");
  /* Header rows 4 and 5; the unit row 6 is neither header nor data. */
  assert_rows (table, 3, 4, 6, 8);
  /* The blank columns D and G are spacers. */
  assert_sources (table, sources, G_N_ELEMENTS (sources));
  assert_columns (table, names, "ccmmmmm");
  g_assert_cmpuint (dd_detected_table_count_rows (table, grid), ==, 3);
}

/* Bands without merges, as a CSV keeps them: each label covers the
 * columns to its right. */
static void
test_unmerged_bands (void)
{
  static const char * const rows[] = {
    "Recorded crime by area",
    "|Recorded crime||Victims",
    "Area|Count|Percentage change|Count|Percentage change",
    "North|10|5.5|3|1.0",
    "South|11|-2|4|[c]",
    NULL,
  };
  static const char * const names[] = {
    "Area", "Recorded crime > Count", "Recorded crime > Percentage change",
    "Victims > Count", "Victims > Percentage change", NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 1);
  assert_rows (table_at (tables, 0), 1, 2, 3, 4);
  assert_columns (table_at (tables, 0), names, "cmmmm");
}

/* A title merged across the table right above its header is no band. */
static void
test_merged_title_above_header (void)
{
  static const char * const rows[] = {
    "Police officers by force",
    "Force|Officers|Staff",
    "Cleveland|1224|315",
    "Durham|1141|758",
    NULL,
  };
  static const char * const names[] = { "Force", "Officers", "Staff", NULL };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = NULL;

  add_merge (grid, "A1:C1");
  tables = dd_table_detector_detect (grid);
  g_assert_cmpuint (tables->len, ==, 1);
  assert_rows (table_at (tables, 0), 1, 1, 2, 3);
  assert_columns (table_at (tables, 0), names, "cmm");
  g_assert_cmpstr (dd_detected_table_get_title (table_at (tables, 0)), ==, "Police officers by force");
}

/* A blank row under merged header cells does not cut the header, and
 * header cells that are dates are labelled as the sheet shows them. */
static void
test_header_with_dates (void)
{
  static const char * const rows[] = {
    "Table 1: Police officers (FTE)",
    "",
    "England and Wales|||||Full-time equivalents",
    "|As at:|||Change in 12 months",
    "",
    "|d:43373|d:43555|d:43738|number|%",
    "North East|5517|5398|5435|-82|-1.5",
    "Cleveland|1224|1198|1226|2|0.2",
    NULL,
  };
  static const char * const names[] = {
    "Column A", "As at > 2018-09-30", "As at > 2019-03-31", "As at > 2019-09-30",
    "Change in 12 months > number", "Change in 12 months > %", NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = NULL;

  add_merge (grid, "A4:A6");
  add_merge (grid, "B4:D5");
  add_merge (grid, "E4:F5");
  tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 1);
  assert_rows (table_at (tables, 0), 3, 5, 6, 7);
  assert_columns (table_at (tables, 0), names, "cmmmmm");
}

static void
test_glued_footnotes (void)
{
  static const char * const rows[] = {
    "Table 1: Recorded crime, year ending September 20191,2",
    "",
    "Area Name|Total recorded crime (excluding fraud3)|Stalking and harassment4|Homicide [note 5]|Rate per 1,000",
    "ENGLAND AND WALES5,6|10|20|30|1.5",
    "Region A1|1|2|3|0.1",
    "North East|1|2|3|0.2",
    "1. Police recorded crime data are not designated as National Statistics.",
    "2 Figures are provisional.",
    "3. Fraud is excluded.",
    "Note 4: Stalking and harassment is counted on its own.",
    "5) Includes British Transport Police.",
    "6. Excludes Greater Manchester.",
    NULL,
  };
  static const char * const names[] = {
    "Area Name", "Total recorded crime (excluding fraud)", "Stalking and harassment",
    "Homicide", "Rate per 1,000", NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  DdDetectedTable *table;
  g_autofree char *wales = NULL;
  g_autofree char *region = NULL;
  g_autofree char *code = NULL;
  g_autofree char *kingdom = NULL;
  g_autofree char *spaced = NULL;

  g_assert_cmpuint (tables->len, ==, 1);
  table = table_at (tables, 0);
  g_assert_cmpstr (dd_detected_table_get_name (table), ==,
                   "Table 1: Recorded crime, year ending September 2019");
  assert_rows (table, 2, 2, 3, 5);
  assert_columns (table, names, "cmmmm");

  wales = dd_detected_table_dup_clean_text (table, "ENGLAND AND WALES5,6");
  region = dd_detected_table_dup_clean_text (table, "Region A1");
  code = dd_detected_table_dup_clean_text (table, "E23000013");
  kingdom = dd_detected_table_dup_clean_text (table, "United Kingdom [note 1]");
  spaced = dd_detected_table_dup_clean_text (table, "  Stalking\nand   harassment  ");
  g_assert_cmpstr (wales, ==, "ENGLAND AND WALES");
  g_assert_cmpstr (region, ==, "Region A1");
  g_assert_cmpstr (code, ==, "E23000013");
  g_assert_cmpstr (kingdom, ==, "United Kingdom");
  g_assert_cmpstr (spaced, ==, "Stalking and harassment");
}

/* Without footnote lines, digits glued to words are the sheet's own. */
static void
test_glued_digits_kept (void)
{
  static const char * const rows[] = {
    "Table 1: Recorded crime, year ending September 20191,2",
    "Area Name|Total recorded crime (excluding fraud3)|Stalking and harassment4|Homicide [note 5]|Regional workers January to March 20192",
    "ENGLAND AND WALES5,6|10|20|30|40",
    "North East²|1|2|3|4",
    NULL,
  };
  static const char * const names[] = {
    "Area Name", "Total recorded crime (excluding fraud3)", "Stalking and harassment4",
    "Homicide", "Regional workers January to March 20192", NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  DdDetectedTable *table;
  g_autofree char *wales = NULL;
  g_autofree char *superscript = NULL;

  g_assert_cmpuint (tables->len, ==, 1);
  table = table_at (tables, 0);
  g_assert_cmpstr (dd_detected_table_get_name (table), ==,
                   "Table 1: Recorded crime, year ending September 20191,2");
  assert_columns (table, names, "cmmmm");

  wales = dd_detected_table_dup_clean_text (table, "ENGLAND AND WALES5,6");
  superscript = dd_detected_table_dup_clean_text (table, "North East²");
  g_assert_cmpstr (wales, ==, "ENGLAND AND WALES5,6");
  g_assert_cmpstr (superscript, ==, "North East");
}

/* Only some of the numbers are footnotes: the digits stay. */
static void
test_glued_digits_partly_notes (void)
{
  static const char * const rows[] = {
    "Area|Count",
    "WALES5,6|1",
    "ENGLAND5|2",
    "5. Includes British Transport Police.",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autofree char *both = NULL;
  g_autofree char *one = NULL;

  g_assert_cmpuint (tables->len, ==, 1);
  both = dd_detected_table_dup_clean_text (table_at (tables, 0), "WALES5,6");
  one = dd_detected_table_dup_clean_text (table_at (tables, 0), "ENGLAND5");
  g_assert_cmpstr (both, ==, "WALES5,6");
  g_assert_cmpstr (one, ==, "ENGLAND");
}

static void
test_duplicate_names (void)
{
  static const char * const rows[] = {
    "Area|Count [note 1]|Count [note 2]|Count|Count (2)",
    "North|1|2|3|4",
    NULL,
  };
  static const char * const names[] = { "Area", "Count", "Count (2)", "Count (3)", "Count (2) (2)", NULL };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 1);
  assert_columns (table_at (tables, 0), names, "cmmmm");
}

static void
test_spacer_column (void)
{
  static const char * const rows[] = {
    "Area||Count||Rate",
    "North||1||0.5",
    "South||2||0.6",
    NULL,
  };
  static const guint32 sources[] = { 0, 2, 4 };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 1);
  assert_sources (table_at (tables, 0), sources, G_N_ELEMENTS (sources));
  g_assert_cmpuint (dd_detected_table_get_first_column (table_at (tables, 0)), ==, 0);
  g_assert_cmpuint (dd_detected_table_get_last_column (table_at (tables, 0)), ==, 4);
}

static void
test_footnotes_end_table (void)
{
  static const char * const source_rows[] = {
    "Area|Count",
    "North|1",
    "South|2",
    "Source: Home Office",
    "West|3",
    NULL,
  };
  static const char * const note_rows[] = {
    "Area|Count|Rate",
    "North|1|0.1",
    "Note 3: figures are rounded|",
    NULL,
  };
  static const char * const numbered_rows[] = {
    "Area|Count|Rate",
    "North|1|0.1",
    "East|2|0.2",
    "|1. Figures are rounded to the nearest hundred.",
    NULL,
  };
  g_autoptr(DdSheetGrid) with_source = grid_new (source_rows);
  g_autoptr(DdSheetGrid) with_note = grid_new (note_rows);
  g_autoptr(DdSheetGrid) with_numbered = grid_new (numbered_rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (with_source);
  g_autoptr(GPtrArray) noted = dd_table_detector_detect (with_note);
  g_autoptr(GPtrArray) numbered = dd_table_detector_detect (with_numbered);

  g_assert_cmpuint (tables->len, ==, 1);
  assert_rows (table_at (tables, 0), 0, 0, 1, 2);
  g_assert_cmpuint (noted->len, ==, 1);
  assert_rows (table_at (noted, 0), 0, 0, 1, 1);
  g_assert_cmpuint (numbered->len, ==, 1);
  assert_rows (table_at (numbered, 0), 0, 0, 1, 2);
}

static void
test_blank_block (void)
{
  static const char * const rows[] = {
    "Area|Count",
    "North|1",
    "South|2",
    "",
    "East|3",        /* one blank row between data rows: the same table */
    "West|4",
    "",
    "",
    "Wales|5",       /* after a blank block: not this table */
    NULL,
  };
  static const char * const then_text[] = {
    "Area|Count",
    "North|1",
    "",
    "These figures are provisional.",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(DdSheetGrid) text_grid = grid_new (then_text);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autoptr(GPtrArray) text_tables = dd_table_detector_detect (text_grid);

  g_assert_cmpuint (tables->len, ==, 1);
  assert_rows (table_at (tables, 0), 0, 0, 1, 5);
  g_assert_cmpuint (dd_detected_table_count_rows (table_at (tables, 0), grid), ==, 4);

  g_assert_cmpuint (text_tables->len, ==, 1);
  assert_rows (table_at (text_tables, 0), 0, 0, 1, 1);
}

/* Short labels alone in the first column, with data under them, are
 * group headings inside the table. */
static void
test_group_labels (void)
{
  static const char * const rows[] = {
    "Area|Count",
    "England",
    "North|1",
    "South|2",
    "Wales",
    "Cardiff|3",
    "Source: Home Office",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 1);
  assert_rows (table_at (tables, 0), 0, 0, 1, 5);
  g_assert_cmpuint (dd_detected_table_count_rows (table_at (tables, 0), grid), ==, 5);
}

static void
test_side_by_side_titles (void)
{
  static const char * const rows[] = {
    "Worksheet 1: Homeworking",
    "This worksheet contains two tables, next to each other.",
    "Table 1a: Estimates 2019|||Table 1b: Estimates 2022",
    "Region|Homeworking [note 2]||Homeworking [note 2]|Rate %",
    "North East|121000||262000|22.4",
    "Northern Ireland|88000||137000|[w]",
    NULL,
  };
  static const char * const left_names[] = { "Region", "Homeworking", NULL };
  static const char * const right_names[] = { "Homeworking", "Rate %", NULL };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 2);
  g_assert_cmpstr (dd_detected_table_get_name (table_at (tables, 0)), ==, "Table 1a: Estimates 2019");
  g_assert_cmpstr (dd_detected_table_get_name (table_at (tables, 1)), ==, "Table 1b: Estimates 2022");
  assert_rows (table_at (tables, 0), 3, 3, 4, 5);
  assert_rows (table_at (tables, 1), 3, 3, 4, 5);
  assert_columns (table_at (tables, 0), left_names, "cm");
  assert_columns (table_at (tables, 1), right_names, "mm");
  g_assert_cmpuint (dd_detected_table_get_first_column (table_at (tables, 1)), ==, 3);
}

/* A text column after a blank column starts a table; the two may end on
 * different rows. */
static void
test_side_by_side_categories (void)
{
  static const char * const rows[] = {
    "Region|Count||Force|Officers|Staff",
    "North|1||Cleveland|1224|315",
    "South|2||Durham|1141|758",
    "|||Kent|3333|1500",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 2);
  g_assert_cmpstr (dd_detected_table_get_name (table_at (tables, 0)), ==, "Table 1");
  g_assert_cmpstr (dd_detected_table_get_name (table_at (tables, 1)), ==, "Table 2");
  assert_rows (table_at (tables, 0), 0, 0, 1, 2);
  assert_rows (table_at (tables, 1), 0, 0, 1, 3);
  g_assert_cmpuint (dd_detected_table_get_n_columns (table_at (tables, 1)), ==, 3);
  g_assert_cmpuint (dd_detected_table_get_first_column (table_at (tables, 1)), ==, 3);
}

static void
test_stacked_tables (void)
{
  static const char * const rows[] = {
    "Table A: Counts",
    "Region|Count",
    "North|1",
    "South|2",
    "",
    "Table B: Rates",
    "Area|Rate|Total",
    "Leeds|0.5|3",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 2);
  g_assert_cmpstr (dd_detected_table_get_name (table_at (tables, 0)), ==, "Table A: Counts");
  g_assert_cmpstr (dd_detected_table_get_name (table_at (tables, 1)), ==, "Table B: Rates");
  assert_rows (table_at (tables, 0), 1, 1, 2, 3);
  assert_rows (table_at (tables, 1), 6, 6, 7, 7);
  g_assert_cmpuint (dd_detected_table_get_n_columns (table_at (tables, 1)), ==, 3);
}

/* A header right under the data: where the first table had numbers, the
 * next row has words. */
static void
test_stacked_without_gap (void)
{
  static const char * const rows[] = {
    "Region|Count",
    "North|1",
    "South|2",
    "Area|Rate",
    "Leeds|0.5",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 2);
  assert_rows (table_at (tables, 0), 0, 0, 1, 2);
  assert_rows (table_at (tables, 1), 3, 3, 4, 4);
  g_assert_cmpstr (dd_detected_table_get_column (table_at (tables, 1), 1)->name, ==, "Rate");
}

static void
test_named_tables (void)
{
  static const char * const rows[] = {
    "Table 1: Sales figures",
    "Region|Sales|Rate||Raw|Data",
    "North|1|0.1||5|6",
    "South|2|0.2||7|8",
    "East|3|[x]",
    "West|4|0.4",
    NULL,
  };
  static const char * const sales_names[] = { "Region", "Sales", "Rate", NULL };
  static const char * const raw_names[] = { "Column E", "Column F", NULL };
  g_autoptr(DdSheetGrid) grid = dd_sheet_grid_new ("Sales", 1, 4);
  g_autoptr(GPtrArray) tables = NULL;
  DdDetectedTable *sales, *raw;

  add_rows (grid, rows);
  /* Given out of order, and running past the four rows held. */
  dd_sheet_grid_add_named_table (grid, "Raw", 2, 4, 3, 5, 0);
  dd_sheet_grid_add_named_table (grid, "SalesTable", 1, 0, 5, 2, 1);
  tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 2);
  sales = table_at (tables, 0);
  raw = table_at (tables, 1);

  g_assert_true (dd_detected_table_is_named (sales));
  g_assert_cmpstr (dd_detected_table_get_name (sales), ==, "SalesTable");
  g_assert_cmpstr (dd_detected_table_get_title (sales), ==, "Table 1: Sales figures");
  g_assert_cmpuint (dd_detected_table_get_sheet_index (sales), ==, 1);
  assert_rows (sales, 1, 1, 2, 5);
  assert_columns (sales, sales_names, "cmm");

  g_assert_cmpstr (dd_detected_table_get_name (raw), ==, "Raw");
  assert_rows (raw, DD_DETECTED_TABLE_NO_HEADER, DD_DETECTED_TABLE_NO_HEADER, 2, 3);
  assert_columns (raw, raw_names, "mm");
}

static void
test_kinds (void)
{
  static const char * const rows[] = {
    "Year|Quarter|Financial year|Period|Date|Count|Code|Year ending|Month|Text count",
    "2019|Jan to Mar 2020|2019/20|Q1 2020|d:43831|5|E01|Year ending Sep 2019|Sep-18|s:170,002 ",
    "2020|Apr to Jun 2020|2020/21|2020 Q2|d:43862|[x]|E02|Year ending Dec 2019|Mar-19|s:1,065",
    "2021|Jul to Sep 2020|2021-22|Q3 2020|d:43891|7|E03|YE Mar 2020|September 2019|s:..",
    "2022|Oct-Dec 2020|2022/2023|Quarter 4 2020|d:43922|8.5|E04|12 months to June 2020|Apr '10 to Mar '11|s:3",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autofree char *kinds = NULL;

  g_assert_cmpuint (tables->len, ==, 1);
  kinds = dup_kinds (table_at (tables, 0));
  g_assert_cmpstr (kinds, ==, "pppppmcppm");
}

/* More ways of writing periods, and codes and names that only look a
 * little like them. */
static void
test_period_texts (void)
{
  static const char * const rows[] = {
    "Span|Financial|Day|Stamp|LSOA|Name|Quarter",
    "2019 to 2020|FY 2019/20|30/09/2019|2019-09-30|E01000001|City of London 001A|2020Q1",
    "2020 to 2021|FY 2020/21|31/12/19|2019-12-31T12:30:00|E01000002|Barking and Dagenham 016B|Q2-2020",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autofree char *kinds = NULL;

  /* A table of text: the first label row is the header. */
  g_assert_cmpuint (tables->len, ==, 1);
  kinds = dup_kinds (table_at (tables, 0));
  g_assert_cmpstr (kinds, ==, "ppppccp");
}

/* Years are periods in the first column or under a name that says so;
 * elsewhere they are just numbers. */
static void
test_year_kinds (void)
{
  static const char * const rows[] = {
    "Region|Total|Year of birth|Only markers|Mixed",
    "North|2019|1990|[c]|12",
    "South|2020|1985|[c]|words",
    "East|1999|2001|[z]|more words",
    "West|2050|1970|..|[x]",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autofree char *kinds = NULL;

  g_assert_cmpuint (tables->len, ==, 1);
  kinds = dup_kinds (table_at (tables, 0));
  g_assert_cmpstr (kinds, ==, "cmpmc");
}

/* A table of words only: the index sheet of a workbook. */
static void
test_text_table (void)
{
  static const char * const rows[] = {
    "Police Workforce, England and Wales, 30 September 2019",
    "",
    "Table number|Title|Period covered|Last updated",
    "Table 1|Police officers by police force area|September 2018 to September 2019|30 January 2020",
    "Table 2|Police staff by police force area|September 2018 to September 2019|30 January 2020",
    "Table 3|Designated officers by police force area|September 2006 to September 2019|30 January 2020",
    NULL,
  };
  static const char * const names[] = { "Table number", "Title", "Period covered", "Last updated", NULL };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 1);
  g_assert_cmpstr (dd_detected_table_get_name (table_at (tables, 0)), ==,
                   "Police Workforce, England and Wales, 30 September 2019");
  assert_rows (table_at (tables, 0), 2, 2, 3, 5);
  assert_columns (table_at (tables, 0), names, "ccpp");
}

/* Rows of words before the numbers start, in the header's shape: data,
 * not more header rows (a table of contents numbering its sheets). */
static void
test_text_before_numbers (void)
{
  static const char * const rows[] = {
    "Table of contents",
    "Worksheet|Worksheet title|Link",
    "Cover_sheet|Homeworking in the UK|Link to Cover sheet",
    "Notes|Notes table|Link to Notes",
    "1|Homeworking and non-homeworking|Link to Worksheet 1",
    "2|Flexible homeworking|Link to Worksheet 2",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

  g_assert_cmpuint (tables->len, ==, 1);
  assert_rows (table_at (tables, 0), 1, 1, 2, 5);
  g_assert_cmpstr (dd_detected_table_get_column (table_at (tables, 0), 0)->name, ==, "Worksheet");
}

static void
test_to_the_end (void)
{
  g_autoptr(DdSheetGrid) grid = dd_sheet_grid_new ("Big", 0, 5);
  g_autoptr(GPtrArray) tables = NULL;
  DdCell cell = { 0 };

  cell.type = DD_CELL_STRING;
  cell.text = "Code";
  dd_sheet_grid_add_cell (grid, &cell);
  cell.column = 1;
  cell.text = "Rank";
  dd_sheet_grid_add_cell (grid, &cell);
  for (guint32 row = 1; row <= 10; row++)
    {
      g_autofree char *code = g_strdup_printf ("E%08u", row);

      cell = (DdCell) { row, 0, DD_CELL_STRING, code, 0 };
      dd_sheet_grid_add_cell (grid, &cell);
      cell = (DdCell) { row, 1, DD_CELL_NUMBER, NULL, row * 10.0 };
      dd_sheet_grid_add_cell (grid, &cell);
    }

  g_assert_true (dd_sheet_grid_is_truncated (grid));
  g_assert_cmpuint (dd_sheet_grid_get_n_rows (grid), ==, 5);
  g_assert_cmpuint (dd_sheet_grid_get_sheet_n_rows (grid), ==, 11);

  tables = dd_table_detector_detect (grid);
  g_assert_cmpuint (tables->len, ==, 1);
  assert_rows (table_at (tables, 0), 0, 0, 1, DD_DETECTED_TABLE_TO_END);
  g_assert_cmpuint (dd_detected_table_count_rows (table_at (tables, 0), grid), ==, 4);
}

/* Corrections --------------------------------------------------------------- */

static void
test_set_header_row (void)
{
  g_autoptr(DdSheetGrid) grid = banded_grid_new ();
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autoptr(GError) error = NULL;
  DdDetectedTable *table = table_at (tables, 0);

  /* The same row as detection found: the same bands are joined. */
  g_assert_true (dd_detected_table_set_header_row (table, grid, 4, &error));
  g_assert_no_error (error);
  assert_rows (table, 3, 4, 6, 8);
  g_assert_cmpstr (dd_detected_table_get_column (table, 3)->name, ==, "Victim-based crime > Homicide");

  /* Exactly one row: no bands. */
  g_assert_true (dd_detected_table_set_header_rows (table, grid, 4, 4, &error));
  g_assert_no_error (error);
  assert_rows (table, 4, 4, 6, 8);
  g_assert_cmpstr (dd_detected_table_get_column (table, 2)->name, ==, "Column C");
  g_assert_cmpstr (dd_detected_table_get_column (table, 3)->name, ==, "Homicide");
  g_assert_cmpstr (dd_detected_table_get_column (table, 6)->name, ==, "Public order offences");

  g_assert_false (dd_detected_table_set_header_row (table, grid, 40, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (dd_detected_table_set_header_rows (table, grid, 4, 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  /* A failed correction changes nothing. */
  assert_rows (table, 4, 4, 6, 8);
}

/* Detection takes the second row for the header (the first has the
 * same words-only shape); the user says it is the first. */
static void
test_set_header_row_up (void)
{
  static const char * const rows[] = {
    "Name|Code",
    "Alpha|A1",
    "Beta|7",
    "Gamma|9",
    NULL,
  };
  static const char * const names[] = { "Name", "Code", NULL };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autoptr(GError) error = NULL;
  DdDetectedTable *table;

  g_assert_cmpuint (tables->len, ==, 1);
  table = table_at (tables, 0);
  assert_rows (table, 1, 1, 2, 3);

  g_assert_true (dd_detected_table_set_header_row (table, grid, 0, &error));
  g_assert_no_error (error);
  assert_rows (table, 0, 0, 1, 3);
  /* "A1", 7, 9: two numbers in three values are not enough for a measure. */
  assert_columns (table, names, "cc");
}

static void
test_set_data_range (void)
{
  static const char * const rows[] = {
    "Region|Value",
    "A|1",
    "B|2",
    "C|some text",
    "D|more text",
    "E|words",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autoptr(GError) error = NULL;
  DdDetectedTable *table;

  g_assert_cmpuint (tables->len, ==, 1);
  table = table_at (tables, 0);
  assert_rows (table, 0, 0, 1, 5);
  g_assert_cmpint (dd_detected_table_get_column (table, 1)->kind, ==, DD_COLUMN_KIND_CATEGORY);

  /* Fewer rows: the kinds are found again. */
  g_assert_true (dd_detected_table_set_data_range (table, grid, 1, 2, &error));
  g_assert_no_error (error);
  assert_rows (table, 0, 0, 1, 2);
  g_assert_cmpint (dd_detected_table_get_column (table, 1)->kind, ==, DD_COLUMN_KIND_MEASURE);

  /* A kind set by hand stays. */
  g_assert_true (dd_detected_table_set_column_kind (table, grid, 1, DD_COLUMN_KIND_CATEGORY, &error));
  g_assert_no_error (error);
  g_assert_true (dd_detected_table_set_data_range (table, grid, 1, DD_DETECTED_TABLE_TO_END, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dd_detected_table_get_data_last_row (table), ==, DD_DETECTED_TABLE_TO_END);
  g_assert_cmpint (dd_detected_table_get_column (table, 1)->kind, ==, DD_COLUMN_KIND_CATEGORY);
  g_assert_cmpuint (dd_detected_table_count_rows (table, grid), ==, 5);

  g_assert_false (dd_detected_table_set_data_range (table, grid, 0, 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (dd_detected_table_set_data_range (table, grid, 3, 2, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (dd_detected_table_set_data_range (table, grid, 2, 60, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  assert_rows (table, 0, 0, 1, DD_DETECTED_TABLE_TO_END);
}

static void
test_set_column_kind (void)
{
  static const char * const rows[] = {
    "Code|Count",
    "1001|5",
    "1002|6",
    NULL,
  };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autoptr(GError) error = NULL;
  DdDetectedTable *table = table_at (tables, 0);

  g_assert_cmpint (dd_detected_table_get_column (table, 0)->kind, ==, DD_COLUMN_KIND_MEASURE);
  g_assert_cmpint (dd_detected_table_find_column (table, "Code"), ==, 0);
  g_assert_cmpint (dd_detected_table_find_column (table, "Count"), ==, 1);
  g_assert_cmpint (dd_detected_table_find_column (table, "Rate"), ==, -1);

  g_assert_true (dd_detected_table_set_column_kind (table, grid, 0, DD_COLUMN_KIND_CATEGORY, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dd_detected_table_get_column (table, 0)->kind, ==, DD_COLUMN_KIND_CATEGORY);

  g_assert_false (dd_detected_table_set_column_kind (table, grid, 2, DD_COLUMN_KIND_MEASURE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_table_ref (void)
{
  static const char * const rows[] = { "Region|Count", "North|1", NULL };
  g_autoptr(DdSheetGrid) grid = grid_new (rows);
  g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);
  g_autoptr(DdDetectedTable) kept = dd_detected_table_ref (table_at (tables, 0));

  g_clear_pointer (&tables, g_ptr_array_unref);
  g_assert_cmpstr (dd_detected_table_get_name (kept), ==, "Table 1");
  g_assert_cmpuint (dd_detected_table_get_n_columns (kept), ==, 2);
}

/* The shared fixtures ----------------------------------------------------- */

typedef struct
{
  const char         *name;
  guint32             header_first;   /* rows from 0 */
  guint32             header_last;
  guint32             data_first;
  guint32             data_last;
  guint32             rows;           /* data rows with a cell, in the grid */
  const char         *kinds;          /* c, m or p for each column */
  const char * const *columns;
} ExpectedTable;

typedef struct
{
  const char          *sheet;
  guint                n_tables;
  const ExpectedTable *tables;
} ExpectedSheet;

/* policeforceareatablesyearendingseptember2019.xlsx (ONS, legacy layout),
 * read with python3's zipfile: xl/workbook.xml for the sheets,
 * xl/sharedStrings.xml, each sheet's <c> and <mergeCell> elements.
 * "Notes" is one column of prose: no table. Each "Table Pn" has the title
 * in A1 (merged across), "England and Wales (excluding Greater Manchester
 * Police)" in A3, group bands in row 4 (merged E4:V4 and X4:AA4; C4:C5
 * merged down in P1 and P2), the columns' labels in row 5, a unit row 6
 * ("Numbers", merged C6:AA6; P4 and P5 have a blank row 6), data in rows
 * 7-62 (P3: 7-61, P5: 7-64), then "Source: ..." and numbered footnotes
 * "1. ..." to "14. ..." (P2's seventh reads "7 '..' indicates"). P6 has
 * no band: labels in row 4, unit row 5, data 6-61. Columns D and W (P3:
 * E, G and AA) are blank spacers. Labels carry footnote digits
 * ("fraud3", "harassment4", "knife6", "(mid-2018)3"), all of them numbers
 * of footnotes under the table, so they go; so do those of the titles
 * ("September 20191,2"). ".." and "-" are markers in measure columns.
 * The API counts rows from 0: sheet row 5 is 4. */
static const char * const police_columns_1[] = {
  "Area Code",
  "Area Name",
  "Total recorded crime (excluding fraud)",
  "Victim-based crime > Violence against the person",
  "Victim-based crime > Homicide",
  "Victim-based crime > Violence with injury",
  "Victim-based crime > Violence without injury",
  "Victim-based crime > Stalking and harassment",
  "Victim-based crime > Death or serious injury - unlawful driving",
  "Victim-based crime > Sexual offences",
  "Victim-based crime > Robbery",
  "Victim-based crime > Theft offences",
  "Victim-based crime > Burglary",
  "Victim-based crime > Residential burglary",
  "Victim-based crime > Non-residential burglary",
  "Victim-based crime > Vehicle offences",
  "Victim-based crime > Theft from the person",
  "Victim-based crime > Bicycle theft",
  "Victim-based crime > Shoplifting",
  "Victim-based crime > Other theft offences",
  "Victim-based crime > Criminal damage and arson",
  "Other crimes against society > Drug offences",
  "Other crimes against society > Possession of weapons offences",
  "Other crimes against society > Public order offences",
  "Other crimes against society > Miscellaneous crimes against society",
  NULL,
};

static const ExpectedTable police_sheet_1[] = {
  { "Table P1: Police recorded crime by offence group and police force area, English regions and Wales, number of offences, year ending September 2019",
    3, 4, 6, 61, 56, "ccmmmmmmmmmmmmmmmmmmmmmmm", police_columns_1 },
};

static const char * const police_columns_2[] = {
  "Area Code",
  "Area Name",
  "Total recorded crime (excluding fraud)",
  "Victim-based crime > Violence against the person",
  "Victim-based crime > Homicide",
  "Victim-based crime > Violence with injury",
  "Victim-based crime > Violence without injury",
  "Victim-based crime > Stalking and harassment",
  "Victim-based crime > Death or serious injury - unlawful driving",
  "Victim-based crime > Sexual offences",
  "Victim-based crime > Robbery",
  "Victim-based crime > Theft offences",
  "Victim-based crime > Burglary",
  "Victim-based crime > Residential burglary",
  "Victim-based crime > Non-residential burglary",
  "Victim-based crime > Vehicle offences",
  "Victim-based crime > Theft from the person",
  "Victim-based crime > Bicycle theft",
  "Victim-based crime > Shoplifting",
  "Victim-based crime > All other theft offences",
  "Victim-based crime > Criminal damage and arson",
  "Other crimes against society > Drug offences",
  "Other crimes against society > Possession of weapons offences",
  "Other crimes against society > Public order offences",
  "Other crimes against society > Miscellaneous crimes against society",
  NULL,
};

static const ExpectedTable police_sheet_2[] = {
  { "Table P2: Police recorded crime by offence group and police force area, English regions and Wales, percentage change, year ending September 2018 compared with year ending September 2019",
    3, 4, 6, 61, 56, "ccmmmmmmmmmmmmmmmmmmmmmmm", police_columns_2 },
};

static const char * const police_columns_3[] = {
  "Area Code",
  "Area Name",
  "Population figures (mid-2018) rounded to 100",
  "Household figures (mid-2018) rounded to 100",
  "Total recorded crime (excluding fraud)",
  "Victim-based crime > Violence against the person",
  "Victim-based crime > Homicide",
  "Victim-based crime > Violence with injury",
  "Victim-based crime > Violence without injury",
  "Victim-based crime > Stalking and harassment",
  "Victim-based crime > Death or serious injury - unlawful driving",
  "Victim-based crime > Sexual offences",
  "Victim-based crime > Robbery",
  "Victim-based crime > Theft offences",
  "Victim-based crime > Burglary",
  "Victim-based crime > Residential burglary",
  "Victim-based crime > Residential burglary (households)",
  "Victim-based crime > Non-residential burglary",
  "Victim-based crime > Vehicle offences",
  "Victim-based crime > Theft from the person",
  "Victim-based crime > Bicycle theft",
  "Victim-based crime > Shoplifting",
  "Victim-based crime > All other theft offences",
  "Victim-based crime > Criminal damage and arson",
  "Other crimes against society > Drug offences",
  "Other crimes against society > Possession of weapons offences",
  "Other crimes against society > Public order offences",
  "Other crimes against society > Miscellaneous crimes against society",
  NULL,
};

static const ExpectedTable police_sheet_3[] = {
  { "Table P3: Police recorded crime by offence group and police force area, English regions and Wales, rate of offences, year ending September 2019",
    3, 4, 6, 60, 55, "ccmmmmmmmmmmmmmmmmmmmmmmmmmm", police_columns_3 },
};

static const char * const police_columns_4[] = {
  "Area Code",
  "Area Name",
  "Total of selected serious offences > Number of offences involving a knife",
  "Total of selected serious offences > % involving a knife",
  "Attempted murder > Number of offences involving a knife",
  "Attempted murder > % involving a knife",
  "Threats to kill > Number of offences involving a knife",
  "Threats to kill > % involving a knife",
  "Assault with injury and assault with intent to cause serious harm > Number of offences involving a knife",
  "Assault with injury and assault with intent to cause serious harm > % involving a knife",
  "Robbery > Number of offences involving a knife",
  "Robbery > % involving a knife",
  "Rape and sexual assault > Number of offences involving a knife",
  "Rape and sexual assault > % involving a knife",
  "Homicide > Number of offences involving a knife",
  "Homicide > % involving a knife",
  NULL,
};

static const ExpectedTable police_sheet_4[] = {
  { "Table P4: Knife or sharp instrument offences recorded by the police for selected offences, by police force area, English regions and Wales, year ending September 2019",
    3, 4, 6, 61, 56, "ccmmmmmmmmmmmmmm", police_columns_4 },
};

static const char * const police_columns_5[] = {
  "Area Code",
  "Area Name",
  "Apr '10 to Mar '11 > Number of selected offences involving a knife",
  "Apr '10 to Mar '11 > % involving a knife",
  "Apr '11 to Mar '12 > Number of selected offences involving a knife",
  "Apr '11 to Mar '12 > % involving a knife",
  "Apr '12 to Mar '13 > Number of selected offences involving a knife",
  "Apr '12 to Mar '13 > % involving a knife",
  "Apr '13 to Mar '14 > Number of selected offences involving a knife",
  "Apr '13 to Mar '14 > % involving a knife",
  "Apr '14 to Mar '15 > Number of selected offences involving a knife",
  "Apr '14 to Mar '15 > % involving a knife",
  "Apr '15 to Mar '16 > Number of selected offences involving a knife",
  "Apr '15 to Mar '16 > % involving a knife",
  "Apr '16 to Mar '17 > Number of selected offences involving a knife",
  "Apr '16 to Mar '17 > % involving a knife",
  "Apr '17 to Mar '18 > Number of selected offences involving a knife",
  "Apr '17 to Mar '18 > % involving a knife",
  "Apr '18 to Mar '19 > Number of selected offences involving a knife",
  "Apr '18 to Mar '19 > % involving a knife",
  "Oct '17 to Sep '18 > Number of selected offences involving a knife",
  "Oct '17 to Sep '18 > % involving a knife",
  "Oct '18 to Sep '19 > Number of selected offences involving a knife",
  "Oct '18 to Sep '19 > % involving a knife",
  "% change Oct 2018 to Sep 2019 compared with > Apr '10 to Mar '11",
  "% change Oct 2018 to Sep 2019 compared with > Oct '17 to Sep '18",
  NULL,
};

static const ExpectedTable police_sheet_5[] = {
  { "Table P5: Knife or sharp instrument offences recorded by the police for selected offences, by police force area, English regions and Wales, year ending March 2011 to year ending September 2019",
    3, 4, 6, 63, 58, "ccmmmmmmmmmmmmmmmmmmmmmmmm", police_columns_5 },
};

static const char * const police_columns_6[] = {
  "Area Code",
  "Area Name",
  "Oct '17 to Sep '18",
  "Oct '18 to Sep '19",
  NULL,
};

static const ExpectedTable police_sheet_6[] = {
  { "Table P6: Knife or sharp instrument rates recorded by the police for selected offences, by police force area, English regions and Wales, year ending September 2018 and year ending September 2019",
    3, 3, 5, 60, 56, "ccmm", police_columns_6 },
};

static const ExpectedSheet police_sheets[] = {
  { "Notes", 0, NULL },
  { "Table P1", 1, police_sheet_1 },
  { "Table P2", 1, police_sheet_2 },
  { "Table P3", 1, police_sheet_3 },
  { "Table P4 ", 1, police_sheet_4 },
  { "Table P5", 1, police_sheet_5 },
  { "Table P6", 1, police_sheet_6 },
};

/* police-workforce-sep19-tables.ods (Home Office), read from content.xml
 * (table:table-row with number-rows-repeated, table:table-cell with
 * office:value-type and number-columns/rows-spanned). "Index" is a table
 * of text under a title merged A1:E1: header row 3, rows 4-16. Tables
 * 1-5, 12 and 13: title A1, "England and Wales" A3 and the unit in H3
 * (not a band: A3 is in the first column and nothing is merged), "As at:"
 * merged B4:D5, "Change in 12 months..." E4:F5 and "Change in 6
 * months..." G4:H5, A4:A6 merged and empty (so column A has no name),
 * date-typed labels "Sep-18", "Mar-19", "Sep-19" and "number", "%" in
 * row 6, data rows 7-62 (Table 1: 7-63, with "Central Service
 * Secondments"), then a blank row and notes. Tables 7-11 have two dates
 * (B4:C5 merged, empty) and one change band D4:E5, and "Source: Home
 * Office" in E63 or E64. Table 6: labels in row 4 over columns B-F, the
 * dates "30 September 2006" ... "2019" as text in column A (a period),
 * rows 5-18, then "Source: Home Office" in F19. Footnote digits glued to
 * the titles' years ("20191(FTE)", "20191,2(headcount)") go, the
 * numbered notes under each table showing they are notes;
 * "(s.38, s.391)" keeps its 1: glued to a number, it cannot be told from
 * it. */
static const char * const workforce_columns_1[] = {
  "Table number",
  "Title",
  "Period covered",
  "National Statistics",
  "Last updated",
  NULL,
};

static const ExpectedTable workforce_sheet_0[] = {
  { "Police Workforce, England and Wales, 30 September 2019",
    2, 2, 3, 15, 13, "ccpcp", workforce_columns_1 },
};

static const char * const workforce_columns_2[] = {
  "Column A",
  "As at > Sep-18",
  "As at > Mar-19",
  "As at > Sep-19",
  "Change in 12 months Sep-18 to Sep-19 > number",
  "Change in 12 months Sep-18 to Sep-19 > %",
  "Change in 6 months Mar-19 to Sep-19 > number",
  "Change in 6 months Mar-19 to Sep-19 > %",
  NULL,
};

static const ExpectedTable workforce_sheet_1[] = {
  { "Table 1: Police officers by police force area, England and Wales, 30 September 2018, 31 March 2019 and 30 September 2019 (FTE)",
    3, 5, 6, 62, 57, "cmmmmmmm", workforce_columns_2 },
};

static const ExpectedTable workforce_sheet_2[] = {
  { "Table 2: Police staff by police force area, England and Wales, 30 September 2018, 31 March 2019 and 30 September 2019 (FTE)",
    3, 5, 6, 61, 56, "cmmmmmmm", workforce_columns_2 },
};

static const ExpectedTable workforce_sheet_3[] = {
  { "Table 3: Designated officers (s.38, s.391) by police force area, England and Wales, 30 September 2018, 31 March 2019 and 30 September 2019 (FTE)",
    3, 5, 6, 61, 56, "cmmmmmmm", workforce_columns_2 },
};

static const ExpectedTable workforce_sheet_4[] = {
  { "Table 4: Police staff and designated officers (s.38, s.391) combined by police force area, England and Wales, 30 September 2018, 31 March 2019 and 30 September 2019 (FTE)",
    3, 5, 6, 61, 56, "cmmmmmmm", workforce_columns_2 },
};

static const ExpectedTable workforce_sheet_5[] = {
  { "Table 5: Police community support officers by police force area, England and Wales, 30 September 2018, 31 March 2019 and 30 September 2019 (FTE)",
    3, 5, 6, 61, 56, "cmmmmmmm", workforce_columns_2 },
};

static const char * const workforce_columns_3[] = {
  "Column A",
  "Police officers",
  "Police Staff",
  "Designated officers",
  "Police community support officers",
  "Traffic wardens",
  NULL,
};

static const ExpectedTable workforce_sheet_6[] = {
  { "Table 6: Police officers, police staff, designated officers, police community support officers and traffic wardens, England and Wales, 30 September 2006 to 2019 (FTE)",
    3, 3, 4, 17, 14, "pmmmmm", workforce_columns_3 },
};

static const char * const workforce_columns_4[] = {
  "Column A",
  "Mar-19",
  "Sep-19",
  "Change in 6 months Mar-19 to Sep-19 > number",
  "Change in 6 months Mar-19 to Sep-19 > %",
  NULL,
};

static const ExpectedTable workforce_sheet_7[] = {
  { "Table 7: Police officers by police force area, England and Wales, 31 March 2019 and 30 September 2019 (headcount)",
    3, 5, 6, 62, 57, "cmmmm", workforce_columns_4 },
};

static const ExpectedTable workforce_sheet_8[] = {
  { "Table 8: Police staff by police force area, England and Wales, 31 March 2019 and 30 September 2019 (headcount)",
    3, 5, 6, 61, 56, "cmmmm", workforce_columns_4 },
};

static const ExpectedTable workforce_sheet_9[] = {
  { "Table 9: Designated officers (s.38, s.391) by police force area, England and Wales, 30 September 2018, 31 March 2019 and 30 September 2019 (headcount)",
    3, 5, 6, 61, 56, "cmmmm", workforce_columns_4 },
};

static const ExpectedTable workforce_sheet_10[] = {
  { "Table 10: Police staff and designated officers (s.38, s.391) combined by police force area, England and Wales, 31 March 2019 and 30 September 2019 (headcount)",
    3, 5, 6, 61, 56, "cmmmm", workforce_columns_4 },
};

static const ExpectedTable workforce_sheet_11[] = {
  { "Table 11: Police community support officers by police force area, England and Wales, 31 March 2019 and 30 September 2019 (headcount)",
    3, 5, 6, 61, 56, "cmmmm", workforce_columns_4 },
};

static const ExpectedTable workforce_sheet_12[] = {
  { "Table 12: Special constables by police force area, England and Wales, 30 September 2018, 31 March 2019 and 30 September 2019 (headcount)",
    3, 5, 6, 61, 56, "cmmmmmmm", workforce_columns_2 },
};

static const ExpectedTable workforce_sheet_13[] = {
  { "Table 13: Police support volunteers by police force area, England and Wales, as at 30 September 2019 (headcount)",
    3, 5, 6, 61, 56, "cmmmmmmm", workforce_columns_2 },
};

static const ExpectedSheet workforce_sheets[] = {
  { "Index", 1, workforce_sheet_0 },
  { "Table_1", 1, workforce_sheet_1 },
  { "Table_2", 1, workforce_sheet_2 },
  { "Table_3", 1, workforce_sheet_3 },
  { "Table_4", 1, workforce_sheet_4 },
  { "Table_5", 1, workforce_sheet_5 },
  { "Table_6", 1, workforce_sheet_6 },
  { "Table_7", 1, workforce_sheet_7 },
  { "Table_8", 1, workforce_sheet_8 },
  { "Table_9", 1, workforce_sheet_9 },
  { "Table_10", 1, workforce_sheet_10 },
  { "Table_11", 1, workforce_sheet_11 },
  { "Table_12", 1, workforce_sheet_12 },
  { "Table_13", 1, workforce_sheet_13 },
};

/* policeforceareatablesyejune25final.csv (Table C2), read with python3's
 * csv module: seven preamble records (title, status, "This worksheet
 * contains one table...", shorthand, two links, source), the header in
 * record 8 with line breaks inside quoted labels ("Police Force\nArea
 * code"), then 399 records of data to the end, numbers written
 * "170,002 ". The title's "[note 1][note 2][note 3]" go; no record holds
 * a marker in a number column. */
static const char * const csv_columns_1[] = {
  "Police Force Area code",
  "Police Force Area name",
  "Community Safety Partnership code",
  "Community Safety Partnership name",
  "Local Authority code",
  "Local Authority name",
  "Total recorded crime (excluding fraud)",
  "Violence against the person",
  "Homicide",
  "Death or serious injury caused by illegal driving",
  "Violence with injury",
  "Violence without injury",
  "Stalking and harassment",
  "Sexual offences",
  "Robbery",
  "Theft offences",
  "Burglary",
  "Residential burglary",
  "Non-residential burglary",
  "Vehicle offences",
  "Theft from the person",
  "Bicycle theft",
  "Shoplifting",
  "All other theft offences",
  "Criminal damage and arson",
  "Drug offences",
  "Possession of weapons offences",
  "Public order offences",
  "Miscellaneous crimes against society",
  NULL,
};

static const ExpectedTable csv_sheet_0[] = {
  { "Table C2: Number of police recorded crimes for headline offences by Community Safety Partnership area, England and Wales, year ending June 2025",
    7, 7, 8, 406, 399, "ccccccmmmmmmmmmmmmmmmmmmmmmmm", csv_columns_1 },
};

static const ExpectedSheet csv_sheets[] = {
  { "policeforceareatablesyejune25final", 1, csv_sheet_0 },
};

/* regionalpatternsinhomeworkingv3.xlsx (ONS, accessible layout), read
 * with zipfile: every sheet but the cover has Excel tables
 * (xl/tables/tableN.xml, found through each sheet's relationships, one
 * header row each), and they are the tables, named as Excel names them.
 * Sheet "1": Table20 A10:K25 and Table21 M10:V25 side by side, Table22
 * A28:Q43 under them; "3" and "6" two side by side; "4" nine, "5" five.
 * The labels' "[note N]" go; two labels of sheet "3" then read "Regional
 * workers" and the second becomes "Regional workers (2)". Sheet "6"
 * labels "Regional workers January to March 20192" (in F10 and K10): no
 * footnote line on that sheet says 2 is a note, so the digits stay.
 * "[x]", "[w]" are markers; the "Notes" columns of sheets "4" and "5"
 * hold "[u] [This note applies to ...]", text. Detection by layout alone
 * (without the Excel tables) finds the same ranges; the cover sheet is
 * one column of prose: no table. */
static const char * const homeworking_columns_1[] = {
  "Worksheet",
  "Worksheet title",
  "Link to table",
  NULL,
};

static const ExpectedTable homeworking_sheet_1[] = {
  { "Household_finances_table_of_contents",
    2, 2, 3, 10, 8, "ccc", homeworking_columns_1 },
};

static const char * const homeworking_columns_2[] = {
  "Note number",
  "Note text",
  NULL,
};

static const ExpectedTable homeworking_sheet_2[] = {
  { "Household_finances_notes_table",
    3, 3, 4, 9, 6, "mc", homeworking_columns_2 },
};

static const char * const homeworking_columns_3[] = {
  "Region",
  "Homeworking",
  "Non-homeworking",
  "Commutes out of the region",
  "Commutes in to the region",
  "Non-homeworking and commutes in",
  "Regional workers",
  "Homeworking %",
  "Non-homeworking %",
  "Commutes in to the region %",
  "Non-homeworking and commutes in %",
  NULL,
};

static const char * const homeworking_columns_4[] = {
  "Homeworking",
  "Non-homeworking",
  "Commutes out of the region",
  "Commutes in to the region",
  "Non-homeworking and commutes in",
  "Regional workers",
  "Homeworking %",
  "Non-homeworking %",
  "Commutes in to the region %",
  "Non-homeworking and commutes in %",
  NULL,
};

static const char * const homeworking_columns_5[] = {
  "Region",
  "Homeworking change",
  "Homeworking change %",
  "Homeworking change percentage point",
  "Non-homeworking change",
  "Non-homeworking change %",
  "Non-homeworking change percentage point",
  "Commutes out of the region change",
  "Commutes out of the region change %",
  "Commutes in to the region change",
  "Commutes in to the region change %",
  "Commutes in to the region change percentage point",
  "Non-homeworking and commutes in change",
  "Non-homeworking and commutes in change %",
  "Non-homeworking and commutes in change percentage point",
  "Regional workers change",
  "Regional workers change %",
  NULL,
};

static const ExpectedTable homeworking_sheet_3[] = {
  { "Table20",
    9, 9, 10, 24, 15, "cmmmmmmmmmm", homeworking_columns_3 },
  { "Table21",
    9, 9, 10, 24, 15, "mmmmmmmmmm", homeworking_columns_4 },
  { "Table22",
    27, 27, 28, 42, 15, "cmmmmmmmmmmmmmmmm", homeworking_columns_5 },
};

static const char * const homeworking_columns_6[] = {
  "Region",
  "Non-homeworking for any days",
  "Homeworking at least one day",
  "Non-homeworking",
  "Homeworking at least one day %",
  NULL,
};

static const ExpectedTable homeworking_sheet_4[] = {
  { "Table23",
    8, 8, 9, 23, 15, "cmmmm", homeworking_columns_6 },
};

static const char * const homeworking_columns_7[] = {
  "Region",
  "Homeworking",
  "Non-homeworking",
  "Regional workers",
  "Homeworking %",
  "Homeworking standardised",
  "Regional workers (2)",
  "Homeworking standardised %",
  NULL,
};

static const char * const homeworking_columns_8[] = {
  "Homeworking",
  "Non-homeworking",
  "Regional workers",
  "Homeworking %",
  "Homeworking standardised",
  "Regional workers (2)",
  "Homeworking standardised %",
  NULL,
};

static const ExpectedTable homeworking_sheet_5[] = {
  { "Table3",
    9, 9, 10, 24, 15, "cmmmmmmm", homeworking_columns_7 },
  { "Table24",
    9, 9, 10, 24, 15, "mmmmmmm", homeworking_columns_8 },
};

static const char * const homeworking_columns_9[] = {
  "Region",
  "Homeworking October to December 2019",
  "Regional workers October to December 2019",
  "Homeworking October to December 2019 %",
  "Homeworking January to March 2022",
  "Regional workers January to March 2022",
  "Homeworking January to March 2022 %",
  "Homeworking October to December 2019 and January to March 2022 percentage point change",
  "Notes",
  NULL,
};

static const char * const homeworking_columns_10[] = {
  "Homeworking October to December 2019",
  "Regional workers October to December 2019",
  "Homeworking October to December 2019 %",
  "Homeworking January to March 2022",
  "Regional workers January to March 2022",
  "Homeworking January to March 2022 %",
  "Homeworking October to December 2019 and January to March 2022 percentage point change",
  NULL,
};

static const char * const homeworking_columns_11[] = {
  "Homeworking October to December 2019",
  "Regional workers October to December 2019",
  "Homeworking October to December 2019 %",
  "Homeworking January to March 2022",
  "Regional workers January to March 2022",
  "Homeworking January to March 2022 %",
  "Homeworking October to December 2019 and January to March 2022 percentage point change",
  "Notes",
  NULL,
};

static const ExpectedTable homeworking_sheet_6[] = {
  { "Table11",
    9, 9, 10, 24, 15, "cmmmmmmmc", homeworking_columns_9 },
  { "Table12",
    9, 9, 10, 24, 15, "mmmmmmm", homeworking_columns_10 },
  { "Table13",
    9, 9, 10, 24, 15, "mmmmmmmc", homeworking_columns_11 },
  { "Table14",
    9, 9, 10, 24, 15, "mmmmmmmc", homeworking_columns_11 },
  { "Table15",
    9, 9, 10, 24, 15, "mmmmmmm", homeworking_columns_10 },
  { "Table16",
    9, 9, 10, 24, 15, "mmmmmmmc", homeworking_columns_11 },
  { "Table17",
    9, 9, 10, 24, 15, "mmmmmmmc", homeworking_columns_11 },
  { "Table18",
    9, 9, 10, 24, 15, "mmmmmmmc", homeworking_columns_11 },
  { "Table19",
    9, 9, 10, 24, 15, "mmmmmmmc", homeworking_columns_11 },
};

static const ExpectedTable homeworking_sheet_7[] = {
  { "Table6",
    9, 9, 10, 24, 15, "cmmmmmmmc", homeworking_columns_9 },
  { "Table7",
    9, 9, 10, 24, 15, "mmmmmmm", homeworking_columns_10 },
  { "Table8",
    9, 9, 10, 24, 15, "mmmmmmm", homeworking_columns_10 },
  { "Table9",
    9, 9, 10, 24, 15, "mmmmmmm", homeworking_columns_10 },
  { "Table10",
    9, 9, 10, 24, 15, "mmmmmmm", homeworking_columns_10 },
};

static const char * const homeworking_columns_12[] = {
  "Region",
  "Homeworking October to December 2019",
  "Regional workers October to December 2019",
  "Homeworking October to December 2019 %",
  "Homeworking January to March 2022",
  "Regional workers January to March 20192",
  "Homeworking January to March 2022 %",
  "Homeworking October to December 2019 and January to March 2022 percentage point change",
  NULL,
};

static const char * const homeworking_columns_13[] = {
  "Homeworking October to December 2019",
  "Regional workers October to December 2019",
  "Homeworking October to December 2019 %",
  "Homeworking January to March 2022",
  "Regional workers January to March 20192",
  "Homeworking January to March 2022 %",
  "Homeworking October to December 2019 and January to March 2022 percentage point change",
  NULL,
};

static const ExpectedTable homeworking_sheet_8[] = {
  { "Table4",
    9, 9, 10, 24, 15, "cmmmmmmm", homeworking_columns_12 },
  { "Table5",
    9, 9, 10, 24, 15, "mmmmmmm", homeworking_columns_13 },
};

static const ExpectedSheet homeworking_sheets[] = {
  { "Cover_sheet", 0, NULL },
  { "Table_of_contents", 1, homeworking_sheet_1 },
  { "Notes", 1, homeworking_sheet_2 },
  { "1", 3, homeworking_sheet_3 },
  { "2", 1, homeworking_sheet_4 },
  { "3", 2, homeworking_sheet_5 },
  { "4", 9, homeworking_sheet_6 },
  { "5", 5, homeworking_sheet_7 },
  { "6", 2, homeworking_sheet_8 },
};

/* File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx (MHCLG): "Notes"
 * holds only a picture; "IMD2019" has its header in row 1 and 32,844 rows
 * of data (<row r="32845"> is the last), more than a grid holds by
 * default, so the data runs to the end. */
static const char * const imd_columns_1[] = {
  "LSOA code (2011)",
  "LSOA name (2011)",
  "Local Authority District code (2019)",
  "Local Authority District name (2019)",
  "Index of Multiple Deprivation (IMD) Rank",
  "Index of Multiple Deprivation (IMD) Decile",
  NULL,
};

static const ExpectedTable imd_sheet_1[] = {
  { "Table 1",
    0, 0, 1, DD_DETECTED_TABLE_TO_END, 1999, "ccccmm", imd_columns_1 },
};

static const ExpectedSheet imd_sheets[] = {
  { "Notes", 0, NULL },
  { "IMD2019", 1, imd_sheet_1 },
};

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

static void
check_table (DdDetectedTable     *table,
             DdSheetGrid         *grid,
             const ExpectedTable *expected)
{
  g_assert_cmpstr (dd_detected_table_get_name (table), ==, expected->name);
  assert_rows (table, expected->header_first, expected->header_last,
               expected->data_first, expected->data_last);
  assert_columns (table, expected->columns, expected->kinds);
  g_assert_cmpuint (dd_detected_table_count_rows (table, grid), ==, expected->rows);
}

/* Reads a fixture, checks every sheet's tables, and gives back its grids
 * for more checks. */
static GPtrArray *
check_fixture (const char          *name,
               guint                max_rows,
               const ExpectedSheet *sheets,
               guint                n_sheets)
{
  g_autofree char *path = shared_fixture (name);
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return NULL;

  grids = dd_sheet_grid_collect (path, NULL, max_rows, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grids->len, ==, n_sheets);

  for (guint i = 0; i < n_sheets; i++)
    {
      DdSheetGrid *grid = g_ptr_array_index (grids, i);
      g_autoptr(GPtrArray) tables = dd_table_detector_detect (grid);

      g_test_message ("%s, sheet \"%s\"", name, sheets[i].sheet);
      g_assert_cmpstr (dd_sheet_grid_get_sheet_name (grid), ==, sheets[i].sheet);
      g_assert_cmpuint (dd_sheet_grid_get_sheet_index (grid), ==, i);
      g_assert_cmpuint (tables->len, ==, sheets[i].n_tables);
      for (guint t = 0; t < tables->len; t++)
        check_table (g_ptr_array_index (tables, t), grid, &sheets[i].tables[t]);
    }

  return g_steal_pointer (&grids);
}

static void
test_fixture_police_force_areas (void)
{
  static const guint32 p1_sources[] = {
    0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26,
  };
  static const guint32 p3_sources[] = {
    0, 1, 2, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    27, 28, 29, 30,
  };
  g_autoptr(GPtrArray) grids = check_fixture ("policeforceareatablesyearendingseptember2019.xlsx", 0,
                                              police_sheets, G_N_ELEMENTS (police_sheets));
  g_autoptr(GPtrArray) p1 = NULL;
  g_autoptr(GPtrArray) p3 = NULL;
  g_autofree char *wales = NULL;
  g_autofree char *manchester = NULL;

  if (grids == NULL)
    return;

  /* The spacer columns are gone. */
  p1 = dd_table_detector_detect (g_ptr_array_index (grids, 1));
  p3 = dd_table_detector_detect (g_ptr_array_index (grids, 3));
  assert_sources (table_at (p1, 0), p1_sources, G_N_ELEMENTS (p1_sources));
  assert_sources (table_at (p3, 0), p3_sources, G_N_ELEMENTS (p3_sources));

  /* Category values lose their footnote digits too: notes 6, 7 and 8 are
   * under Table P1. */
  wales = dd_detected_table_dup_clean_text (table_at (p1, 0), "ENGLAND AND WALES6,7");
  manchester = dd_detected_table_dup_clean_text (table_at (p1, 0), "Greater Manchester7,8");
  g_assert_cmpstr (wales, ==, "ENGLAND AND WALES");
  g_assert_cmpstr (manchester, ==, "Greater Manchester");
}

static void
test_fixture_police_workforce (void)
{
  g_autoptr(GPtrArray) grids = check_fixture ("police-workforce-sep19-tables.ods", 0,
                                              workforce_sheets, G_N_ELEMENTS (workforce_sheets));

  if (grids == NULL)
    return;
  g_assert_cmpuint (dd_sheet_grid_get_n_merges (g_ptr_array_index (grids, 1)), ==, 4);
}

static void
test_fixture_csv (void)
{
  g_autoptr(GPtrArray) grids = check_fixture ("policeforceareatablesyejune25final.csv", 0,
                                              csv_sheets, G_N_ELEMENTS (csv_sheets));
  g_autoptr(GPtrArray) tables = NULL;
  g_autofree char *humberside = NULL;

  if (grids == NULL)
    return;
  tables = dd_table_detector_detect (g_ptr_array_index (grids, 0));
  humberside = dd_detected_table_dup_clean_text (table_at (tables, 0), "Humberside [note 4]");
  g_assert_cmpstr (humberside, ==, "Humberside");
}

static void
test_fixture_homeworking (void)
{
  g_autoptr(GPtrArray) grids = check_fixture ("regionalpatternsinhomeworkingv3.xlsx", 0,
                                              homeworking_sheets, G_N_ELEMENTS (homeworking_sheets));
  g_autoptr(GPtrArray) tables = NULL;

  if (grids == NULL)
    return;

  /* Sheet "1": the Excel tables, with the titles above them. */
  tables = dd_table_detector_detect (g_ptr_array_index (grids, 3));
  g_assert_true (dd_detected_table_is_named (table_at (tables, 0)));
  g_assert_cmpstr (dd_detected_table_get_title (table_at (tables, 0)), ==, "Table 1a: Estimates October to December 2019");
  g_assert_cmpstr (dd_detected_table_get_title (table_at (tables, 1)), ==, "Table 1b: Estimates January to March 2022");
  g_assert_cmpstr (dd_detected_table_get_title (table_at (tables, 2)), ==,
                   "Table 1c: Change between October to December 2019 and January to March 2022");
  g_assert_cmpuint (dd_detected_table_get_first_column (table_at (tables, 1)), ==, 12);
  g_assert_cmpuint (dd_detected_table_get_last_column (table_at (tables, 1)), ==, 21);
}

/* The same workbook with its Excel tables forgotten: the layout alone
 * gives the same tables, with their titles for names. */
static void
test_fixture_homeworking_by_layout (void)
{
  static const guint n_tables[] = { 0, 1, 1, 3, 1, 2, 9, 5, 2 };
  g_autofree char *path = shared_fixture ("regionalpatternsinhomeworkingv3.xlsx");
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;

  grids = dd_sheet_grid_collect (path, NULL, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grids->len, ==, G_N_ELEMENTS (homeworking_sheets));

  for (guint i = 0; i < grids->len; i++)
    {
      DdSheetGrid *grid = g_ptr_array_index (grids, i);
      g_autoptr(DdSheetGrid) plain = dd_sheet_grid_new (dd_sheet_grid_get_sheet_name (grid), i, 0);
      g_autoptr(GPtrArray) named = dd_table_detector_detect (grid);
      g_autoptr(GPtrArray) found = NULL;

      for (guint32 row = 0; row < dd_sheet_grid_get_n_rows (grid); row++)
        {
          const DdCell *cells;
          guint n;

          cells = dd_sheet_grid_get_row (grid, row, &n);
          for (guint c = 0; c < n; c++)
            dd_sheet_grid_add_cell (plain, &cells[c]);
        }

      found = dd_table_detector_detect (plain);
      g_assert_cmpuint (found->len, ==, n_tables[i]);
      g_assert_cmpuint (named->len, ==, n_tables[i]);
      for (guint t = 0; t < found->len; t++)
        {
          DdDetectedTable *a = table_at (named, t);
          DdDetectedTable *b = table_at (found, t);

          g_assert_false (dd_detected_table_is_named (b));
          g_assert_cmpstr (dd_detected_table_get_name (b), ==, dd_detected_table_get_title (a));
          assert_rows (b, dd_detected_table_get_header_first_row (a), dd_detected_table_get_header_last_row (a),
                       dd_detected_table_get_data_first_row (a), dd_detected_table_get_data_last_row (a));
          g_assert_cmpuint (dd_detected_table_get_first_column (b), ==, dd_detected_table_get_first_column (a));
          g_assert_cmpuint (dd_detected_table_get_last_column (b), ==, dd_detected_table_get_last_column (a));
          for (guint c = 0; c < dd_detected_table_get_n_columns (a); c++)
            {
              g_assert_cmpstr (dd_detected_table_get_column (b, c)->name, ==, dd_detected_table_get_column (a, c)->name);
              g_assert_cmpint (dd_detected_table_get_column (b, c)->kind, ==, dd_detected_table_get_column (a, c)->kind);
            }
        }
    }
}

static void
test_fixture_imd (void)
{
  g_autoptr(GPtrArray) grids = check_fixture ("File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx", 0,
                                              imd_sheets, G_N_ELEMENTS (imd_sheets));
  DdSheetGrid *grid;

  if (grids == NULL)
    return;

  grid = g_ptr_array_index (grids, 1);
  g_assert_true (dd_sheet_grid_is_truncated (grid));
  g_assert_cmpuint (dd_sheet_grid_get_n_rows (grid), ==, DD_SHEET_GRID_DEFAULT_MAX_ROWS);
  g_assert_cmpuint (dd_sheet_grid_get_sheet_n_rows (grid), ==, 32845);
}

/* With room for every row, the same table ends on its last row. */
static void
test_fixture_imd_whole (void)
{
  static const ExpectedTable whole = {
    "Table 1", 0, 0, 1, 32844, 32844, "ccccmm", imd_columns_1,
  };
  g_autofree char *path = shared_fixture ("File_1_-_IMD2019_Index_of_Multiple_Deprivation.xlsx");
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;

  grids = dd_sheet_grid_collect (path, "IMD2019", 40000, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grids->len, ==, 1);
  g_assert_false (dd_sheet_grid_is_truncated (g_ptr_array_index (grids, 0)));
  tables = dd_table_detector_detect (g_ptr_array_index (grids, 0));
  g_assert_cmpuint (tables->len, ==, 1);
  check_table (table_at (tables, 0), g_ptr_array_index (grids, 0), &whole);
}

static void
test_fixture_only_sheet (void)
{
  g_autofree char *path = shared_fixture ("policeforceareatablesyearendingseptember2019.xlsx");
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    return;

  /* The sheet is "Table P4 ", with a space. */
  grids = dd_sheet_grid_collect (path, "Table P4", 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grids->len, ==, 1);
  g_assert_cmpstr (dd_sheet_grid_get_sheet_name (g_ptr_array_index (grids, 0)), ==, "Table P4 ");
  g_assert_cmpuint (dd_sheet_grid_get_sheet_index (g_ptr_array_index (grids, 0)), ==, 4);

  missing = dd_sheet_grid_collect (path, "Table P9", 0, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (missing);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/table-detector/markers", test_markers);
  g_test_add_func ("/table-detector/kind-names", test_kind_names);
  g_test_add_func ("/table-detector/grid/cells", test_grid_cells);
  g_test_add_func ("/table-detector/grid/merges", test_grid_merges);
  g_test_add_func ("/table-detector/grid/named-tables", test_grid_named_tables);
  g_test_add_func ("/table-detector/title-rows", test_title_rows);
  g_test_add_func ("/table-detector/no-title", test_no_title);
  g_test_add_func ("/table-detector/no-table", test_no_table);
  g_test_add_func ("/table-detector/multi-row-header", test_multi_row_header);
  g_test_add_func ("/table-detector/unmerged-bands", test_unmerged_bands);
  g_test_add_func ("/table-detector/merged-title-above-header", test_merged_title_above_header);
  g_test_add_func ("/table-detector/header-with-dates", test_header_with_dates);
  g_test_add_func ("/table-detector/glued-footnotes", test_glued_footnotes);
  g_test_add_func ("/table-detector/glued-digits-kept", test_glued_digits_kept);
  g_test_add_func ("/table-detector/glued-digits-partly-notes", test_glued_digits_partly_notes);
  g_test_add_func ("/table-detector/duplicate-names", test_duplicate_names);
  g_test_add_func ("/table-detector/spacer-column", test_spacer_column);
  g_test_add_func ("/table-detector/footnotes-end-table", test_footnotes_end_table);
  g_test_add_func ("/table-detector/blank-block", test_blank_block);
  g_test_add_func ("/table-detector/group-labels", test_group_labels);
  g_test_add_func ("/table-detector/side-by-side/titles", test_side_by_side_titles);
  g_test_add_func ("/table-detector/side-by-side/categories", test_side_by_side_categories);
  g_test_add_func ("/table-detector/stacked", test_stacked_tables);
  g_test_add_func ("/table-detector/stacked-without-gap", test_stacked_without_gap);
  g_test_add_func ("/table-detector/named-tables", test_named_tables);
  g_test_add_func ("/table-detector/kinds", test_kinds);
  g_test_add_func ("/table-detector/period-texts", test_period_texts);
  g_test_add_func ("/table-detector/year-kinds", test_year_kinds);
  g_test_add_func ("/table-detector/text-table", test_text_table);
  g_test_add_func ("/table-detector/text-before-numbers", test_text_before_numbers);
  g_test_add_func ("/table-detector/to-the-end", test_to_the_end);
  g_test_add_func ("/table-detector/set-header-row", test_set_header_row);
  g_test_add_func ("/table-detector/set-header-row-up", test_set_header_row_up);
  g_test_add_func ("/table-detector/set-data-range", test_set_data_range);
  g_test_add_func ("/table-detector/set-column-kind", test_set_column_kind);
  g_test_add_func ("/table-detector/table-ref", test_table_ref);
  g_test_add_func ("/table-detector/fixtures/police-force-areas", test_fixture_police_force_areas);
  g_test_add_func ("/table-detector/fixtures/police-workforce", test_fixture_police_workforce);
  g_test_add_func ("/table-detector/fixtures/csv", test_fixture_csv);
  g_test_add_func ("/table-detector/fixtures/homeworking", test_fixture_homeworking);
  g_test_add_func ("/table-detector/fixtures/homeworking-by-layout", test_fixture_homeworking_by_layout);
  g_test_add_func ("/table-detector/fixtures/imd", test_fixture_imd);
  g_test_add_func ("/table-detector/fixtures/imd-whole", test_fixture_imd_whole);
  g_test_add_func ("/table-detector/fixtures/only-sheet", test_fixture_only_sheet);

  return g_test_run ();
}
