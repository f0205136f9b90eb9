/* dd-table-detector.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finds the tables of a sheet held in a DdSheetGrid, the way a person
 * reading a government statistics workbook would. The rules, in order:
 *
 * Excel tables. When a sheet has named tables (xl/tables/), they are its
 * tables: their ranges, their header row (if any), their names. Nothing
 * else on the sheet is guessed at.
 *
 * Rows. Otherwise each row is one of: blank; "single" (one text cell:
 * titles, preamble such as "This worksheet contains...", units, notes);
 * "label" (two cells or more, all text, dates or years: header rows); or
 * "data" (anything else, i.e. with a number or a marker in it).
 *
 * Header row. A table starts at a label row. Below it, within a few rows,
 * come more label rows (a multi-row header), single rows (units such as
 * "Numbers" or "Rate per 1,000 population"), at most one blank row at a
 * time, and then the first data row: the header's last row is the last
 * label row before it. A blank row followed by a single row ends the
 * search (a section break). When the label rows just above that one have
 * exactly its shape, two of them or more, they are text data, not
 * headers: the header is the topmost of them. A label row followed by
 * label rows and no numbers at all starts a table of text.
 *
 * Header bands. Rows above the header's last row join the header while
 * they are bands: every cell merged across columns or down into the rows
 * below (a merge over the whole table's width starting at its first
 * column is a title, not a band), or, in a sheet without merges, two
 * cells or more, none in the table's first column, fewer than the last
 * header row has. A blank row covered by merges from above does not stop
 * this. Each column's name joins its band labels and its own label with
 * " > " ("Victim-based crime > Homicide"); an unmerged band's label
 * covers the columns to its right up to the next one.
 *
 * Data range. From the first data row down, a table stops at: a blank row
 * (unless one blank row sits between data rows: a table with spacer
 * rows), a single row (unless it is a short label in the first column
 * followed by data: a group heading), a note ("Source:", "Note 3", "1. ..."),
 * or, in a table of numbers, a label row with text where the first data
 * row has numbers (a table stacked under it). A table that runs past the
 * rows the grid holds ends at DD_DETECTED_TABLE_TO_END.
 *
 * Columns. A column is in the table when its header or data rows have a
 * cell in it; blank columns between are spacers and are dropped. Across
 * a blank column, the part to the right is a table of its own (side by
 * side) when its first column holds text (a category), or when a title
 * ("Table 1b: ...") stands above its header; otherwise it is the same
 * table. A part of one column is not a table.
 *
 * Footnote markers. "[note 3]" and the like go from labels and category
 * values, as do superscript digits. Digits glued to a word or a closing
 * parenthesis ("ENGLAND AND WALES5,6", "(excluding fraud3)") or to a year
 * ("September 20191,2") go only when every number among them is a
 * footnote of the sheet: a single-cell row reading "5 ...", "5. ...",
 * "5) ..." or "Note 5 ...". A sheet without such lines keeps its digits.
 *
 * Kinds. Over the data rows the grid holds, a column is a period when
 * four fifths of its values (markers aside) are dates or read as periods
 * ("2019/20", "Jan to Mar 2020", "Year ending Sep 2019", "Sep-18", "Q1
 * 2020"), or are years (1900-2100) in the first column or under a name
 * that says year, period, date, quarter, month or time; a measure when
 * four fifths are numbers, or when it holds only markers; otherwise a
 * category.
 *
 * Names. A table is called by its Excel name, else by the title found
 * above it (the nearest "Table ..."/"Figure ..." line, else the topmost
 * single line above it), else "Table N".
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>  /* isfinite(), a macro: no libm */
#include <string.h>

#include "dd-table-detector.h"

#define MAX_HEADER_SPAN        8   /* rows from a table's first label row to its data */
#define MAX_BAND_ROWS          4   /* header rows joined above the last one */
#define MAX_TITLE_DISTANCE     20  /* rows a title may stand above its table */
#define MAX_GROUP_LABEL_CHARS  60
#define MAX_FOOTNOTE           999
#define SAME_SHAPE_TEXT_ROWS   2
#define CATEGORY_SAMPLE_ROWS   20
#define KIND_SHARE             0.8

#define AUTO_BANDS             (G_MAXUINT32 - 1)

struct _DdDetectedTable
{
  gatomicrefcount  ref_count;

  char            *sheet_name;
  guint            sheet_index;
  char            *name;
  char            *title;
  gboolean         named;
  guint            number;        /* its place on the sheet, from 1 */

  guint32          header_first;  /* DD_DETECTED_TABLE_NO_HEADER when none */
  guint32          header_last;
  guint32          data_first;
  guint32          data_last;     /* DD_DETECTED_TABLE_TO_END when past the grid */
  guint32          first_column;
  guint32          last_column;
  guint32          window_first;  /* the columns a correction may look at */
  guint32          window_last;
  gboolean         text_table;    /* no numbers: ends differently */

  GArray          *columns;       /* of DdDetectedColumn */
  GArray          *kind_fixed;    /* of gboolean, one per column: set by a correction */
  GArray          *footnotes;     /* of guint, the sheet's footnote numbers */
};

G_DEFINE_BOXED_TYPE (DdDetectedTable, dd_detected_table,
                     dd_detected_table_ref, dd_detected_table_unref)

typedef enum
{
  CLASS_EMPTY,
  CLASS_TEXT,
  CLASS_NUMBER,
  CLASS_YEAR,
  CLASS_DATE,
  CLASS_MARKER,
} CellClass;

typedef enum
{
  ROW_BLANK,
  ROW_SINGLE,
  ROW_LABEL,
  ROW_DATA,
} RowKind;

typedef struct
{
  guint32 first;
  guint32 last;
} Span;

static const Span whole_width = { 0, G_MAXUINT32 };

/* The sheet being read, and what was learnt of it once. */
typedef struct
{
  DdSheetGrid *grid;
  guint32      n_rows;
  guint32      n_columns;
  GArray      *footnotes;  /* of guint, sorted */
} Sheet;

/* A table taking shape. */
typedef struct
{
  guint32   header_first;
  guint32   header_last;
  guint32   data_first;
  guint32   data_last;
  Span      span;          /* its first to last column */
  Span      window;        /* where it may look for columns */
  gboolean  text_table;
  GArray   *columns;       /* of guint32: the source columns kept */
} Layout;

/* Where a table begins, as find_start() sees it. */
typedef struct
{
  guint32  leaf;           /* the header's last row */
  guint32  data_first;
  gboolean text_table;
} Start;

static const char * const marker_texts[] = {
  "..", ".", "...", "…", "-", "--", "–", "—", "*", "**", "***", ":", "+",
  "~", "x", "†", "‡", "n/a", "N/A", "na", "NA", "#N/A",
};

static void
clear_column (gpointer data)
{
  DdDetectedColumn *column = data;

  g_free (column->name);
}

static void
layout_clear (Layout *layout)
{
  g_clear_pointer (&layout->columns, g_array_unref);
}

static gboolean
is_year (double value)
{
  return value >= 1900 && value <= 2100 && value == (double) (gint64) value;
}

/* "170,002 ", "-5.3", "12.5%", "£1,234": a number written as text.
 * Allocates nothing: every cell of a sheet comes through here. */
static gboolean
parse_number_text (const char *text,
                   double     *value)
{
  char clean[64];
  gsize len = 0;
  gboolean digits = FALSE;
  char *end;
  const char *p = text;

  while (g_ascii_isspace (*p))
    p++;
  if (*p == '-' || *p == '+')
    clean[len++] = *p++;
  if (g_str_has_prefix (p, "£"))
    p += strlen ("£");
  else if (*p == '$')
    p++;
  else if (g_str_has_prefix (p, "€"))
    p += strlen ("€");

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (*p == ',' && digits && g_ascii_isdigit (p[1]))
        continue;
      else if (*p != '.' && *p != 'e' && *p != 'E' && *p != '-' && *p != '+')
        break;
      if (len + 1 >= sizeof clean)
        return FALSE;
      clean[len++] = *p;
    }
  if (*p == '%')
    p++;
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || !digits)
    return FALSE;

  clean[len] = '\0';
  *value = g_ascii_strtod (clean, &end);
  return *end == '\0' && isfinite (*value);
}

/**
 * dd_cell_is_marker:
 * @text: (nullable): a cell's text
 *
 * Whether a cell's text is one of the markers statistics tables put where
 * a number would be: "[c]", "[x]", "[z]", "[w]", "[u]", "[low]" (a few
 * letters in brackets), "..", ".", "-", "–", "*", ":", "+", "~", "x",
 * "n/a" and the like, spaces around them aside. In a measure column such
 * a cell is "no value", with the marker kept, never zero.
 *
 * Returns: %TRUE for a marker
 */
gboolean
dd_cell_is_marker (const char *text)
{
  const char *end;
  gsize len;

  if (text == NULL)
    return FALSE;

  while (g_ascii_isspace (*text))
    text++;
  end = text + strlen (text);
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  len = end - text;
  if (len == 0 || len > 6)
    return FALSE;

  if (text[0] == '[' && end[-1] == ']' && len >= 3)
    {
      for (const char *p = text + 1; p < end - 1; p++)
        if (!g_ascii_isalpha (*p))
          return FALSE;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (marker_texts); i++)
    if (strlen (marker_texts[i]) == len && strncmp (text, marker_texts[i], len) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_blank_text (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static CellClass
classify_cell (const DdCell *cell)
{
  double value;

  if (cell == NULL)
    return CLASS_EMPTY;

  switch (cell->type)
    {
    case DD_CELL_ERROR:
      return CLASS_MARKER;
    case DD_CELL_DATE:
      return CLASS_DATE;
    case DD_CELL_NUMBER:
      return is_year (cell->number) ? CLASS_YEAR : CLASS_NUMBER;
    case DD_CELL_PERCENT:
    case DD_CELL_BOOLEAN:
      return CLASS_NUMBER;
    case DD_CELL_STRING:
    default:
      break;
    }

  if (is_blank_text (cell->text))
    return CLASS_EMPTY;
  if (dd_cell_is_marker (cell->text))
    return CLASS_MARKER;
  if (parse_number_text (cell->text, &value))
    return is_year (value) ? CLASS_YEAR : CLASS_NUMBER;
  return CLASS_TEXT;
}

static gboolean
is_label_class (CellClass class)
{
  return class == CLASS_TEXT || class == CLASS_DATE || class == CLASS_YEAR;
}

static const DdCell *
cell_at (Sheet   *sheet,
         guint32  row,
         guint32  column)
{
  return dd_sheet_grid_get_cell (sheet->grid, row, column);
}

static CellClass
class_at (Sheet   *sheet,
          guint32  row,
          guint32  column)
{
  return classify_cell (cell_at (sheet, row, column));
}

static gboolean
in_span (Span    span,
         guint32 column)
{
  return column >= span.first && column <= span.last;
}

/* What a row is, looking only at the columns of @span; @first gets its
 * first non-empty cell. */
static RowKind
row_kind (Sheet         *sheet,
          guint32        row,
          Span           span,
          const DdCell **first)
{
  const DdCell *cells;
  guint n, n_cells = 0, n_text = 0, n_label = 0;

  if (first != NULL)
    *first = NULL;

  cells = dd_sheet_grid_get_row (sheet->grid, row, &n);
  for (guint i = 0; i < n; i++)
    {
      CellClass class;

      if (!in_span (span, cells[i].column))
        continue;
      class = classify_cell (&cells[i]);
      if (class == CLASS_EMPTY)
        continue;

      if (n_cells++ == 0 && first != NULL)
        *first = &cells[i];
      if (class == CLASS_TEXT)
        n_text++;
      if (is_label_class (class))
        n_label++;
    }

  if (n_cells == 0)
    return ROW_BLANK;
  if (n_cells == 1 && n_text == 1)
    return ROW_SINGLE;
  if (n_cells >= 2 && n_label == n_cells)
    return ROW_LABEL;
  return ROW_DATA;
}

static gboolean
has_prefix_word (const char *text,
                 const char *word)
{
  gsize len = strlen (word);

  return g_ascii_strncasecmp (text, word, len) == 0
         && !g_ascii_isalpha (text[len]);
}

static const char *
skip_space (const char *text)
{
  while (g_ascii_isspace (*text))
    text++;
  return text;
}

/* "Table 1a: ...", "Figure 3", "Worksheet 2: ...". */
static gboolean
is_title_text (const char *text)
{
  static const char * const words[] = { "Table", "Figure", "Chart", "Worksheet" };

  text = skip_space (text);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (has_prefix_word (text, words[i]))
      {
        const char *rest = skip_space (text + strlen (words[i]));

        return g_ascii_isalnum (*rest);
      }
  return FALSE;
}

/* The number of a footnote line: "5 ...", "5. ...", "5) ...", "5: ...",
 * "Note 5 ...", "Notes 5. ..."; 0 when the text is not one. */
static guint
footnote_number (const char *text)
{
  const char *p = skip_space (text);
  guint number = 0, digits = 0;

  if (has_prefix_word (p, "Notes"))
    p = skip_space (p + strlen ("Notes"));
  else if (has_prefix_word (p, "Note"))
    p = skip_space (p + strlen ("Note"));

  for (; g_ascii_isdigit (*p) && digits < 4; p++, digits++)
    number = number * 10 + (guint) (*p - '0');
  if (digits == 0 || digits > 3 || number == 0)
    return 0;

  if (*p == '.' || *p == ')' || *p == ':')
    p++;
  else if (!g_ascii_isspace (*p))
    return 0;

  p = skip_space (p);
  return *p != '\0' && !g_ascii_isdigit (*p) ? number : 0;
}

/* A line under a table that is not data: "Source: ...", "Notes",
 * "Note 3: ...", "1. Police recorded crime ...". */
static gboolean
is_note_text (const char *text)
{
  const char *p = skip_space (text);

  return has_prefix_word (p, "Source") || has_prefix_word (p, "Sources")
         || has_prefix_word (p, "Note") || has_prefix_word (p, "Notes")
         || has_prefix_word (p, "Footnote") || has_prefix_word (p, "Footnotes")
         || footnote_number (p) > 0;
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static gboolean
is_footnote (GArray *footnotes,
             guint   number)
{
  if (footnotes == NULL)
    return FALSE;
  for (guint i = 0; i < footnotes->len; i++)
    if (g_array_index (footnotes, guint, i) == number)
      return TRUE;
  return FALSE;
}

/* The numbers of the sheet's footnote lines: single-cell rows that read
 * "5 ...", "5. ...", "Note 5 ...". */
static GArray *
collect_footnotes (Sheet *sheet)
{
  GArray *footnotes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint32 row = 0; row < sheet->n_rows; row++)
    {
      const DdCell *first;
      guint number;

      if (row_kind (sheet, row, whole_width, &first) != ROW_SINGLE)
        continue;
      number = footnote_number (first->text);
      if (number > 0 && number <= MAX_FOOTNOTE && !is_footnote (footnotes, number))
        g_array_append_val (footnotes, number);
    }
  g_array_sort (footnotes, compare_guint);
  return footnotes;
}

static GRegex *
period_regex (void)
{
  static GRegex *regex;
  static gsize initialised;

  if (g_once_init_enter (&initialised))
    {
#define MONTH "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
              "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
#define YEAR4 "(?:19|20)\\d\\d"
#define YEAR  "(?:(?:19|20)\\d\\d|'\\d\\d|\\d\\d)"
#define DAY   "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)"
#define DASH  "(?:to|-|–|—)"
      static const char pattern[] =
        "^(?:"
        YEAR4
        "|" YEAR4 "\\s*[/-]\\s*(?:\\d\\d|" YEAR4 ")"
        "|" YEAR4 "\\s+to\\s+" YEAR4
        "|" YEAR4 "\\s*-?\\s*q[1-4]"
        "|q[1-4]\\s*-?\\s*" YEAR4
        "|(?:quarter|qtr)\\s*[1-4]\\s+" YEAR4
        "|(?:fy|financial\\s+year)\\s*" YEAR4 "(?:\\s*[/-]\\s*(?:\\d\\d|" YEAR4 "))?"
        "|" DAY "?" MONTH "[\\s-]+" YEAR
        "|" DAY "?" MONTH "(?:[\\s-]+" YEAR ")?\\s*" DASH "\\s*" DAY "?" MONTH "[\\s-]+" YEAR
        "|(?:(?:the\\s+)?(?:financial\\s+)?year|12\\s+months|yr|ye|fye)"
        "(?:\\s+(?:ending|ended|end|to))?\\s+" DAY "?" MONTH "[\\s-]+" YEAR
        "|\\d{4}-\\d\\d-\\d\\d(?:[t\\s][\\d:.]+)?"
        "|\\d{1,2}/\\d{1,2}/(?:\\d\\d|\\d{4})"
        ")$";
#undef MONTH
#undef YEAR4
#undef YEAR
#undef DAY
#undef DASH
      GRegex *compiled = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);

      g_assert (compiled != NULL);
      regex = compiled;
      g_once_init_leave (&initialised, 1);
    }
  return regex;
}

static void
normalise_space (GString *text)
{
  g_autoptr(GString) out = g_string_sized_new (text->len);
  gboolean space = FALSE;

  for (const char *p = text->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  g_string_assign (text, out->str);
}

/* Whether a text's digits could be a period's: a run of two or four
 * ("18", "2019"), none of five or more (codes such as "E01000001"). */
static gboolean
has_period_digits (const char *text)
{
  gboolean fitting = FALSE;
  guint run = 0;

  for (const char *p = text;; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (++run > 4)
            return FALSE;
          continue;
        }
      if (run == 2 || run == 4)
        fitting = TRUE;
      run = 0;
      if (*p == '\0')
        return fitting;
    }
}

/* Does a text read as a period ("2019/20", "Jan to Mar 2020")? Every
 * text cell of a column comes here, so most are turned away before the
 * regular expression, and nothing is allocated for them. */
static gboolean
looks_like_period (const char *text)
{
  char clean[80];
  gsize len = 0;
  gboolean space = FALSE;

  if (!has_period_digits (text))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize size = g_utf8_next_char (p) - p;

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = len > 0;
          continue;
        }
      if (len + size + 2 > sizeof clean)
        return FALSE;
      if (space)
        clean[len++] = ' ';
      space = FALSE;
      memcpy (clean + len, p, size);
      len += size;
    }
  clean[len] = '\0';

  return len > 0 && g_regex_match (period_regex (), clean, 0, NULL);
}

/* Takes out "[note 3]", "[Note 1][note 2]", "[notes 4 and 5]". */
static void
strip_note_brackets (GString *text)
{
  gsize i = 0;

  while (i < text->len)
    {
      const char *close;
      const char *inner;

      if (text->str[i] != '[')
        {
          i++;
          continue;
        }

      inner = skip_space (text->str + i + 1);
      close = strchr (text->str + i, ']');
      if (close == NULL || !(has_prefix_word (inner, "note") || has_prefix_word (inner, "notes")))
        {
          i++;
          continue;
        }

      g_string_erase (text, i, close - (text->str + i) + 1);
    }
}

static gboolean
is_superscript_digit (gunichar c)
{
  return c == 0x00B9 || c == 0x00B2 || c == 0x00B3 || (c >= 0x2070 && c <= 0x2079);
}

static void
strip_superscripts (GString *text)
{
  g_autoptr(GString) out = g_string_sized_new (text->len);

  for (const char *p = text->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_superscript_digit (c))
        g_string_append_unichar (out, c);
    }
  g_string_assign (text, out->str);
}

/* The end of a run of footnote numbers "5" or "5,6" or "5, 6" starting
 * at @start, or @start when every number in it is not a footnote. */
static gsize
footnote_run_end (const char *text,
                  gsize       start,
                  GArray     *footnotes)
{
  gsize p = start;

  for (;;)
    {
      guint number = 0, digits = 0;
      gsize q;

      while (g_ascii_isdigit (text[p]) && digits < 4)
        {
          number = number * 10 + (guint) (text[p++] - '0');
          digits++;
        }
      if (digits == 0 || digits > 3 || g_ascii_isdigit (text[p])
          || text[start] == '0' || !is_footnote (footnotes, number))
        return start;

      q = p;
      if (text[q] != ',')
        break;
      q++;
      if (text[q] == ' ')
        q++;
      if (!g_ascii_isdigit (text[q]))
        break;
      p = q;
    }

  if (text[p] == '\0' || g_ascii_isspace (text[p]) || strchr (")(,;:.", text[p]) != NULL)
    return p;
  return start;
}

/* Whether the two characters before @i are letters (a word, not a code
 * such as "E1"), or the one before is a closing parenthesis. */
static gboolean
follows_word (const char *text,
              gsize       i)
{
  const char *before, *before2;

  if (i == 0)
    return FALSE;
  if (text[i - 1] == ')')
    return TRUE;

  before = g_utf8_find_prev_char (text, text + i);
  if (before == NULL || !g_unichar_isalpha (g_utf8_get_char (before)))
    return FALSE;
  before2 = g_utf8_find_prev_char (text, before);
  return before2 != NULL && g_unichar_isalpha (g_utf8_get_char (before2));
}

/* Takes out footnote numbers glued to a word ("WALES5,6"), a parenthesis
 * ("(excluding fraud3)") or a year ("September 20191,2"), when every one
 * of them is a footnote of the sheet. */
static void
strip_glued_footnotes (GString *text,
                       GArray  *footnotes)
{
  gsize i = 0;

  if (footnotes == NULL || footnotes->len == 0)
    return;

  while (i < text->len)
    {
      gsize digits = 0, from = i, end;

      if (!g_ascii_isdigit (text->str[i]) || (i > 0 && g_ascii_isdigit (text->str[i - 1])))
        {
          i++;
          continue;
        }

      while (g_ascii_isdigit (text->str[i + digits]))
        digits++;

      if (follows_word (text->str, i))
        from = i;
      else if (digits >= 5 && digits <= 7 && (i == 0 || g_ascii_isspace (text->str[i - 1]) || text->str[i - 1] == '(')
               && (strncmp (text->str + i, "19", 2) == 0 || strncmp (text->str + i, "20", 2) == 0))
        from = i + 4;
      else
        {
          i += digits;
          continue;
        }

      end = footnote_run_end (text->str, from, footnotes);
      if (end == from)
        {
          i += digits;
          continue;
        }

      g_string_erase (text, from, end - from);
      if (text->str[from] == '(' && from > 0 && g_ascii_isalnum (text->str[from - 1]))
        g_string_insert_c (text, from, ' ');
      i = from;
    }
}

/* A label or category value as people mean it: whitespace collapsed,
 * footnote markers taken off; a label also loses a trailing colon. */
static char *
clean_text (const char *text,
            GArray     *footnotes,
            gboolean    label)
{
  g_autoptr(GString) clean = g_string_new (text);

  normalise_space (clean);
  strip_note_brackets (clean);
  strip_superscripts (clean);
  strip_glued_footnotes (clean, footnotes);
  normalise_space (clean);

  if (label)
    {
      while (clean->len > 0 && (clean->str[clean->len - 1] == ':' || clean->str[clean->len - 1] == ' '))
        g_string_truncate (clean, clean->len - 1);
    }

  return g_string_free (g_steal_pointer (&clean), FALSE);
}

/* A header cell's text, whatever its type. */
static char *
label_text (const DdCell *cell)
{
  if (cell == NULL)
    return NULL;

  if (cell->text != NULL)
    return g_strdup (cell->text);

  switch (cell->type)
    {
    case DD_CELL_DATE:
      {
        char *iso = dd_cell_date_to_iso (cell->number);

        if (iso != NULL && strlen (iso) > 10 && g_str_has_suffix (iso, "T00:00:00"))
          iso[10] = '\0';
        return iso;
      }
    case DD_CELL_NUMBER:
      return g_strdup_printf ("%.15g", cell->number);
    case DD_CELL_PERCENT:
      return g_strdup_printf ("%.15g%%", cell->number * 100);
    case DD_CELL_BOOLEAN:
      return g_strdup (cell->number != 0 ? "TRUE" : "FALSE");
    case DD_CELL_STRING:
    case DD_CELL_ERROR:
    default:
      return NULL;
    }
}

static char *
column_letters (guint32 column)
{
  char letters[8];
  int i = G_N_ELEMENTS (letters) - 1;
  guint64 n = (guint64) column + 1;

  letters[i] = '\0';
  while (n > 0 && i > 0)
    {
      letters[--i] = (char) ('A' + (n - 1) % 26);
      n = (n - 1) / 26;
    }
  return g_strdup (letters + i);
}

static gboolean
row_has_merge (Sheet   *sheet,
               guint32  row,
               Span     span)
{
  return dd_sheet_grid_find_merge_across (sheet->grid, row, span.first, span.last, FALSE) != NULL;
}

/* A blank row inside a header, under merged cells that come down from
 * the rows above it. */
static gboolean
is_covered_from_above (Sheet   *sheet,
                       guint32  row,
                       Span     span)
{
  return dd_sheet_grid_find_merge_across (sheet->grid, row, span.first, span.last, TRUE) != NULL;
}

static guint
count_cells (Sheet   *sheet,
             guint32  row,
             Span     span)
{
  const DdCell *cells;
  guint n, count = 0;

  cells = dd_sheet_grid_get_row (sheet->grid, row, &n);
  for (guint i = 0; i < n; i++)
    if (in_span (span, cells[i].column) && classify_cell (&cells[i]) != CLASS_EMPTY)
      count++;
  return count;
}

static gboolean
same_columns (Sheet   *sheet,
              guint32  a,
              guint32  b)
{
  const DdCell *x, *y;
  guint nx, ny;

  x = dd_sheet_grid_get_row (sheet->grid, a, &nx);
  y = dd_sheet_grid_get_row (sheet->grid, b, &ny);
  if (nx != ny)
    return FALSE;
  for (guint i = 0; i < nx; i++)
    if (x[i].column != y[i].column)
      return FALSE;
  return TRUE;
}

/* A cell merged across columns, or down towards the rows below. */
static gboolean
is_band_cell (Sheet        *sheet,
              const DdCell *cell,
              Span          span)
{
  const DdSheetMerge *merge = dd_sheet_grid_find_merge (sheet->grid, cell->row, cell->column);

  if (merge == NULL || merge->first_row != cell->row || merge->first_column != cell->column)
    return FALSE;
  if (merge->last_column == cell->column && merge->last_row == cell->row)
    return FALSE;
  /* Across the whole table from its first column: a title. */
  if (cell->column <= span.first && merge->last_column >= span.last && span.last > span.first)
    return FALSE;
  return TRUE;
}

/* Whether a row above a header's last row belongs to the header. */
static gboolean
is_band_row (Sheet   *sheet,
             guint32  row,
             guint32  leaf,
             Span     span)
{
  const DdCell *cells;
  guint n, n_cells = 0;
  gboolean all_merged = TRUE, in_first_column = FALSE;

  cells = dd_sheet_grid_get_row (sheet->grid, row, &n);
  for (guint i = 0; i < n; i++)
    {
      CellClass class;

      if (!in_span (span, cells[i].column))
        continue;
      class = classify_cell (&cells[i]);
      if (class == CLASS_EMPTY)
        continue;
      if (!is_label_class (class))
        return FALSE;
      if (class == CLASS_TEXT && is_title_text (cells[i].text))
        return FALSE;

      n_cells++;
      if (cells[i].column == span.first)
        in_first_column = TRUE;
      if (!is_band_cell (sheet, &cells[i], span))
        all_merged = FALSE;
    }

  if (n_cells == 0)
    return FALSE;
  if (all_merged)
    return TRUE;

  return n_cells >= 2 && !in_first_column
         && n_cells < count_cells (sheet, leaf, span)
         && !row_has_merge (sheet, row, span);
}

/* The first row of a header whose last row is @leaf. */
static guint32
find_header_first (Sheet   *sheet,
                   guint32  leaf,
                   Span     span)
{
  guint32 first = leaf;

  for (guint32 row = leaf; row > 0 && leaf - (row - 1) <= MAX_BAND_ROWS; row--)
    {
      guint32 above = row - 1;
      RowKind kind = row_kind (sheet, above, span, NULL);

      if (kind == ROW_BLANK && is_covered_from_above (sheet, above, span))
        continue;
      if (kind == ROW_BLANK || !is_band_row (sheet, above, leaf, span))
        break;
      first = above;
    }
  return first;
}

/* When label rows of exactly the header's shape stand above it, two or
 * more, they are the first rows of a text column's data, and the header
 * is the topmost. */
static guint32
skip_same_shape (Sheet   *sheet,
                 guint32  leaf,
                 guint32  top)
{
  guint32 row = leaf;

  while (row > top
         && row_kind (sheet, row - 1, whole_width, NULL) == ROW_LABEL
         && same_columns (sheet, row - 1, leaf)
         && !row_has_merge (sheet, row - 1, whole_width))
    row--;

  return leaf - row >= SAME_SHAPE_TEXT_ROWS ? row : leaf;
}

/* From the label row @row, looks down for the data of a table of
 * numbers. */
static gboolean
find_data_below (Sheet   *sheet,
                 guint32  row,
                 Start   *start)
{
  guint32 last_label = row;
  guint blanks = 0;

  for (guint32 next = row + 1; next < sheet->n_rows && next - row <= MAX_HEADER_SPAN; next++)
    {
      const DdCell *first;

      switch (row_kind (sheet, next, whole_width, &first))
        {
        case ROW_BLANK:
          if (++blanks > 1)
            return FALSE;
          break;

        case ROW_SINGLE:
          if (blanks > 0 || is_title_text (first->text) || is_note_text (first->text))
            return FALSE;
          break;

        case ROW_LABEL:
          blanks = 0;
          last_label = next;
          break;

        case ROW_DATA:
        default:
          start->leaf = skip_same_shape (sheet, last_label, row);
          start->data_first = start->leaf == last_label ? next : start->leaf + 1;
          start->text_table = FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

/* The next table's header and first data row, from row @from. */
static gboolean
find_start (Sheet   *sheet,
            guint32  from,
            Start   *start)
{
  for (guint32 row = from; row < sheet->n_rows; row++)
    {
      if (row_kind (sheet, row, whole_width, NULL) != ROW_LABEL)
        continue;

      if (find_data_below (sheet, row, start))
        return TRUE;

      if (row + 1 < sheet->n_rows && row_kind (sheet, row + 1, whole_width, NULL) == ROW_LABEL)
        {
          start->leaf = row;
          start->data_first = row + 1;
          start->text_table = TRUE;
          return TRUE;
        }
    }
  return FALSE;
}

/* A short label in the first column with data under it: a group
 * heading inside the table ("Wales"). */
static gboolean
is_group_label (Sheet        *sheet,
                const DdCell *cell,
                Span          span)
{
  return cell->column == span.first
         && g_utf8_strlen (cell->text, -1) <= MAX_GROUP_LABEL_CHARS
         && !is_note_text (cell->text)
         && !is_title_text (cell->text)
         && cell->row + 1 < sheet->n_rows
         && row_kind (sheet, cell->row + 1, span, NULL) == ROW_DATA;
}

/* A label row with text in at least half the columns where the table's
 * first data row has numbers, and data under it: the header of a table
 * stacked under this one. */
static gboolean
is_stacked_header (Sheet        *sheet,
                   guint32       row,
                   const Layout *layout)
{
  const DdCell *cells;
  guint n, numeric = 0, covered = 0;

  if (row + 1 >= sheet->n_rows || row_kind (sheet, row + 1, layout->span, NULL) != ROW_DATA)
    return FALSE;

  cells = dd_sheet_grid_get_row (sheet->grid, layout->data_first, &n);
  for (guint i = 0; i < n; i++)
    {
      CellClass class = classify_cell (&cells[i]);

      if (!in_span (layout->span, cells[i].column) || (class != CLASS_NUMBER && class != CLASS_MARKER))
        continue;
      numeric++;
      if (class_at (sheet, row, cells[i].column) == CLASS_TEXT)
        covered++;
    }
  return numeric > 0 && 2 * covered >= numeric;
}

static gboolean
is_note_row (Sheet        *sheet,
             guint32       row,
             const DdCell *first,
             Span          span)
{
  return first != NULL && classify_cell (first) == CLASS_TEXT
         && is_note_text (first->text) && count_cells (sheet, row, span) <= 2;
}

/* The last data row of a table, from its first. */
static guint32
find_data_last (Sheet        *sheet,
                const Layout *layout)
{
  guint32 last = layout->data_first - 1;
  guint32 row;

  for (row = layout->data_first; row < sheet->n_rows; row++)
    {
      const DdCell *first;
      RowKind kind = row_kind (sheet, row, layout->span, &first);

      if (kind == ROW_BLANK)
        {
          const DdCell *next_first;

          if (layout->text_table || row + 1 >= sheet->n_rows
              || row_kind (sheet, row + 1, layout->span, &next_first) != ROW_DATA
              || is_note_row (sheet, row + 1, next_first, layout->span))
            break;
          continue;
        }

      if (kind == ROW_SINGLE)
        {
          if (layout->text_table || !is_group_label (sheet, first, layout->span))
            break;
        }
      else if (kind == ROW_LABEL)
        {
          if (!layout->text_table && is_stacked_header (sheet, row, layout))
            break;
        }
      else if (is_note_row (sheet, row, first, layout->span))
        break;

      last = row;
    }

  if (row >= sheet->n_rows && dd_sheet_grid_is_truncated (sheet->grid))
    return DD_DETECTED_TABLE_TO_END;
  return last;
}

static guint32
held_data_last (Sheet        *sheet,
                const Layout *layout)
{
  if (sheet->n_rows == 0)
    return 0;
  return MIN (layout->data_last, sheet->n_rows - 1);
}

static gboolean
has_header (const Layout *layout)
{
  return layout->header_first != DD_DETECTED_TABLE_NO_HEADER;
}

/* The columns with a cell in the table's header or data rows, within
 * @span, left to right. */
static GArray *
find_used_columns (Sheet        *sheet,
                   const Layout *layout,
                   Span          span)
{
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 n_columns = MIN ((guint64) sheet->n_columns, (guint64) span.last + 1);
  g_autofree guint8 *used = NULL;
  guint32 first_row, last_row;

  if (n_columns <= span.first)
    return columns;

  used = g_new0 (guint8, n_columns);
  first_row = has_header (layout) ? layout->header_first : layout->data_first;
  last_row = held_data_last (sheet, layout);

  for (guint32 row = first_row; row <= last_row && row < sheet->n_rows; row++)
    {
      const DdCell *cells;
      guint n;

      if (has_header (layout) && row > layout->header_last && row < layout->data_first)
        continue;
      cells = dd_sheet_grid_get_row (sheet->grid, row, &n);
      for (guint i = 0; i < n; i++)
        if (in_span (span, cells[i].column) && cells[i].column < n_columns
            && classify_cell (&cells[i]) != CLASS_EMPTY)
          used[cells[i].column] = 1;
    }

  for (guint32 column = span.first; column < n_columns; column++)
    if (used[column])
      g_array_append_val (columns, column);
  return columns;
}

/* The first and last columns of a table's last header row and first
 * data row. */
static Span
initial_span (Sheet   *sheet,
              guint32  leaf,
              guint32  data_first,
              Span     window)
{
  Span span = { G_MAXUINT32, 0 };
  guint32 rows[] = { leaf, data_first };

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      const DdCell *cells;
      guint n;

      if (rows[r] == DD_DETECTED_TABLE_NO_HEADER)
        continue;
      cells = dd_sheet_grid_get_row (sheet->grid, rows[r], &n);
      for (guint i = 0; i < n; i++)
        if (in_span (window, cells[i].column) && classify_cell (&cells[i]) != CLASS_EMPTY)
          {
            span.first = MIN (span.first, cells[i].column);
            span.last = MAX (span.last, cells[i].column);
          }
    }

  if (span.first > span.last)
    span = window;
  return span;
}

/* Whether the part of a table right of a blank column is a table of its
 * own: its first column holds text, or a title stands above it. */
static gboolean
starts_side_table (Sheet        *sheet,
                   const Layout *layout,
                   guint32       column)
{
  guint text = 0, other = 0;
  guint32 top = has_header (layout) ? layout->header_first : layout->data_first;
  guint32 last = held_data_last (sheet, layout);

  for (guint32 row = top; row > 0 && top - row < 2; row--)
    {
      const DdCell *cell = cell_at (sheet, row - 1, column);

      if (cell != NULL && classify_cell (cell) == CLASS_TEXT && is_title_text (cell->text))
        return TRUE;
    }

  for (guint32 row = layout->data_first; row <= last && row - layout->data_first < CATEGORY_SAMPLE_ROWS; row++)
    {
      CellClass class = class_at (sheet, row, column);

      if (class == CLASS_TEXT)
        text++;
      else if (class != CLASS_EMPTY && class != CLASS_MARKER)
        other++;
    }
  return text > 0 && text >= other;
}

static Layout
copy_layout (const Layout *layout,
             Span          span)
{
  Layout copy = *layout;

  copy.span = span;
  copy.columns = NULL;
  return copy;
}

/* Cuts a table at the blank columns where a side-by-side table starts. */
static GArray *
split_side_by_side (Sheet        *sheet,
                    const Layout *whole,
                    GArray       *used)
{
  GArray *pieces = g_array_new (FALSE, FALSE, sizeof (Layout));
  guint32 first;

  g_array_set_clear_func (pieces, (GDestroyNotify) layout_clear);
  if (used->len == 0)
    return pieces;

  first = g_array_index (used, guint32, 0);
  for (guint i = 1; i <= used->len; i++)
    {
      guint32 previous = g_array_index (used, guint32, i - 1);
      guint32 column;
      Layout piece;

      if (i < used->len)
        {
          column = g_array_index (used, guint32, i);
          if (column == previous + 1 || !starts_side_table (sheet, whole, column))
            continue;
        }

      piece = copy_layout (whole, (Span) { first, previous });
      g_array_append_val (pieces, piece);
      if (i < used->len)
        first = g_array_index (used, guint32, i);
    }
  return pieces;
}

/* A group heading right under the header ("England", then its rows) is
 * the first data row, not a unit row. */
static guint32
pull_up_group_label (Sheet   *sheet,
                     guint32  leaf,
                     guint32  data_first,
                     Span     span)
{
  guint32 first = data_first;

  while (first > leaf + 1)
    {
      const DdCell *cell;

      if (row_kind (sheet, first - 1, span, &cell) != ROW_SINGLE
          || !is_group_label (sheet, cell, span))
        break;
      first--;
    }
  return first;
}

/* Lays out the table(s) whose header ends at @leaf: one, or several side
 * by side. @header_first is AUTO_BANDS to find the bands above @leaf. */
static GArray *
lay_out (Sheet    *sheet,
         guint32   header_first,
         guint32   leaf,
         guint32   data_first,
         gboolean  text_table,
         Span      window)
{
  Layout whole = { 0 };
  g_autoptr(GArray) used = NULL;
  GArray *pieces;

  whole.window = window;
  whole.text_table = text_table;
  whole.header_last = leaf;
  whole.span = initial_span (sheet, leaf, data_first, window);
  whole.data_first = pull_up_group_label (sheet, leaf, data_first, whole.span);
  whole.header_first = header_first == AUTO_BANDS ? find_header_first (sheet, leaf, whole.span) : header_first;
  whole.data_last = find_data_last (sheet, &whole);

  used = find_used_columns (sheet, &whole, window);
  pieces = split_side_by_side (sheet, &whole, used);

  for (guint i = 0; i < pieces->len; i++)
    {
      Layout *piece = &g_array_index (pieces, Layout, i);

      if (pieces->len > 1)
        {
          if (header_first == AUTO_BANDS)
            piece->header_first = find_header_first (sheet, leaf, piece->span);
          piece->data_last = find_data_last (sheet, piece);
        }
      piece->columns = find_used_columns (sheet, piece, piece->span);
    }

  /* A part of one column beside a table is a stray note, not a table. */
  for (guint i = pieces->len; i > 0 && pieces->len > 1; i--)
    if (g_array_index (pieces, Layout, i - 1).columns->len < 2)
      g_array_remove_index (pieces, i - 1);

  return pieces;
}

/* The nearest cell left of @column on @row, if any. */
static const DdCell *
nearest_cell_left (Sheet   *sheet,
                   guint32  row,
                   guint32  column)
{
  const DdCell *cells;
  guint n, low = 0, high;

  cells = dd_sheet_grid_get_row (sheet->grid, row, &n);
  high = n;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (cells[middle].column < column)
        low = middle + 1;
      else
        high = middle;
    }
  return low > 0 ? &cells[low - 1] : NULL;
}

/* The label of column @column in header row @row: its own cell, the
 * merged range it is part of, or, in an unmerged band (@fill_left), the
 * nearest label to its left. */
static char *
header_part (Sheet        *sheet,
             const Layout *layout,
             guint32       row,
             guint32       column,
             gboolean      fill_left)
{
  const DdCell *cell = cell_at (sheet, row, column);
  const DdSheetMerge *merge;

  if (cell != NULL)
    return label_text (cell);

  merge = dd_sheet_grid_find_merge (sheet->grid, row, column);
  if (merge != NULL)
    return merge->first_row == row ? label_text (cell_at (sheet, row, merge->first_column)) : NULL;

  if (!fill_left)
    return NULL;

  cell = nearest_cell_left (sheet, row, column);
  if (cell == NULL || cell->column < layout->span.first)
    return NULL;
  return label_text (cell);
}

/* Which header rows are unmerged bands, whose labels cover the columns
 * to their right: every row but the last, when it has no merge. */
static GArray *
find_fill_left_rows (Sheet        *sheet,
                     const Layout *layout)
{
  GArray *fill_left = g_array_new (FALSE, TRUE, sizeof (gboolean));

  if (!has_header (layout))
    return fill_left;

  g_array_set_size (fill_left, layout->header_last - layout->header_first + 1);
  for (guint32 row = layout->header_first; row < layout->header_last; row++)
    g_array_index (fill_left, gboolean, row - layout->header_first) = !row_has_merge (sheet, row, layout->span);
  return fill_left;
}

static char *
column_name (Sheet        *sheet,
             const Layout *layout,
             GArray       *fill_left,
             guint32       column)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *previous = NULL;

  if (has_header (layout))
    for (guint32 row = layout->header_first; row <= layout->header_last; row++)
      {
        gboolean fill = g_array_index (fill_left, gboolean, row - layout->header_first);
        g_autofree char *raw = header_part (sheet, layout, row, column, fill);
        g_autofree char *part = NULL;

        if (raw == NULL)
          continue;
        part = clean_text (raw, sheet->footnotes, TRUE);
        if (part[0] == '\0' || g_strcmp0 (part, previous) == 0)
          continue;

        if (name->len > 0)
          g_string_append (name, " > ");
        g_string_append (name, part);
        g_free (previous);
        previous = g_steal_pointer (&part);
      }

  if (name->len == 0)
    {
      g_autofree char *letters = column_letters (column);

      /* Translators: the name of a column whose header is empty; %s is
       * its letter in the sheet ("C") */
      g_string_printf (name, _("Column %s"), letters);
    }
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static gboolean
names_a_time (const char *name)
{
  static const char * const words[] = { "year", "period", "date", "quarter", "month", "time" };
  g_autofree char *lower = g_utf8_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (lower, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static DdColumnKind
classify_column (Sheet            *sheet,
                 guint32           data_first,
                 guint32           data_last,
                 const DdDetectedColumn *column,
                 gboolean          first_column)
{
  guint numbers = 0, markers = 0, dates = 0, periods = 0, years = 0, texts = 0;
  guint values;

  for (guint32 row = data_first; row <= data_last && row < sheet->n_rows; row++)
    {
      const DdCell *cell = cell_at (sheet, row, column->source_column);

      switch (classify_cell (cell))
        {
        case CLASS_TEXT:
          if (looks_like_period (cell->text))
            periods++;
          else
            texts++;
          break;
        case CLASS_YEAR:
          if (cell->type == DD_CELL_STRING)
            periods++;
          else
            years++;
          break;
        case CLASS_NUMBER:
          numbers++;
          break;
        case CLASS_DATE:
          dates++;
          break;
        case CLASS_MARKER:
          markers++;
          break;
        case CLASS_EMPTY:
        default:
          break;
        }
    }

  values = numbers + dates + periods + years + texts;
  if (values == 0)
    return markers > 0 ? DD_COLUMN_KIND_MEASURE : DD_COLUMN_KIND_CATEGORY;
  if (dates + periods >= KIND_SHARE * values)
    return DD_COLUMN_KIND_PERIOD;
  if (years > 0 && dates + periods + years >= KIND_SHARE * values
      && (first_column || names_a_time (column->name)))
    return DD_COLUMN_KIND_PERIOD;
  if (numbers + years >= KIND_SHARE * values)
    return DD_COLUMN_KIND_MEASURE;
  return DD_COLUMN_KIND_CATEGORY;
}

/* Two columns of one name ("Regional workers [note 4]" and "Regional
 * workers [note 5]") become "Regional workers" and "Regional workers (2)". */
static void
make_names_unique (GArray *columns)
{
  g_autoptr(GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < columns->len; i++)
    {
      DdDetectedColumn *column = &g_array_index (columns, DdDetectedColumn, i);

      for (guint copy = 2; g_hash_table_contains (taken, column->name); copy++)
        {
          g_autofree char *base = NULL;
          char *end = strrchr (column->name, '(');

          /* "X (2)" taken too: try "X (3)", not "X (2) (2)". */
          base = copy > 2 && end != NULL && end > column->name ? g_strndup (column->name, end - column->name - 1)
                                                               : g_strdup (column->name);
          g_free (column->name);
          column->name = g_strdup_printf ("%s (%u)", base, copy);
        }
      g_hash_table_add (taken, column->name);
    }
}

static void
classify_columns (DdDetectedTable *self,
                  Sheet           *sheet)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      DdDetectedColumn *column = &g_array_index (self->columns, DdDetectedColumn, i);

      if (!g_array_index (self->kind_fixed, gboolean, i))
        column->kind = classify_column (sheet, self->data_first, self->data_last, column, i == 0);
    }
}

/* The title above a table: the nearest "Table ..." line, else the
 * topmost single line, down from row @floor. */
static char *
find_title (Sheet   *sheet,
            guint32  top,
            guint32  first_column,
            guint32  floor)
{
  const char *fallback = NULL;

  for (guint32 row = top; row > floor && top - row < MAX_TITLE_DISTANCE; row--)
    {
      const DdCell *cell = cell_at (sheet, row - 1, first_column);

      if (cell == NULL)
        {
          const DdSheetMerge *merge = dd_sheet_grid_find_merge (sheet->grid, row - 1, first_column);

          if (merge != NULL && merge->first_row == row - 1)
            cell = cell_at (sheet, row - 1, merge->first_column);
        }
      if (cell == NULL || classify_cell (cell) != CLASS_TEXT)
        continue;

      if (is_title_text (cell->text))
        return clean_text (cell->text, sheet->footnotes, FALSE);
      if (row_kind (sheet, row - 1, whole_width, NULL) == ROW_SINGLE)
        fallback = cell->text;
    }

  return fallback != NULL ? clean_text (fallback, sheet->footnotes, FALSE) : NULL;
}

static DdDetectedTable *
table_new (Sheet *sheet)
{
  DdDetectedTable *self = g_new0 (DdDetectedTable, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->sheet_name = g_strdup (dd_sheet_grid_get_sheet_name (sheet->grid));
  self->sheet_index = dd_sheet_grid_get_sheet_index (sheet->grid);
  self->columns = g_array_new (FALSE, TRUE, sizeof (DdDetectedColumn));
  g_array_set_clear_func (self->columns, clear_column);
  self->kind_fixed = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->footnotes = g_array_ref (sheet->footnotes);
  return self;
}

/* Fills a table from a layout: its rows, its columns' names and kinds. */
static void
apply_layout (DdDetectedTable *self,
              Sheet           *sheet,
              const Layout    *layout)
{
  g_autoptr(GArray) fill_left = NULL;

  self->header_first = layout->header_first;
  self->header_last = has_header (layout) ? layout->header_last : DD_DETECTED_TABLE_NO_HEADER;
  self->data_first = layout->data_first;
  self->data_last = layout->data_last;
  self->window_first = layout->window.first;
  self->window_last = layout->window.last;
  self->text_table = layout->text_table;

  fill_left = find_fill_left_rows (sheet, layout);
  g_array_set_size (self->columns, 0);
  for (guint i = 0; i < layout->columns->len; i++)
    {
      DdDetectedColumn column = { 0 };

      column.source_column = g_array_index (layout->columns, guint32, i);
      column.name = column_name (sheet, layout, fill_left, column.source_column);
      g_array_append_val (self->columns, column);
    }
  make_names_unique (self->columns);

  self->first_column = layout->columns->len > 0 ? g_array_index (layout->columns, guint32, 0) : layout->span.first;
  self->last_column = layout->columns->len > 0
                      ? g_array_index (layout->columns, guint32, layout->columns->len - 1)
                      : layout->span.last;

  g_array_set_size (self->kind_fixed, 0);
  g_array_set_size (self->kind_fixed, self->columns->len);
  classify_columns (self, sheet);
}

static void
sheet_init (Sheet       *sheet,
            DdSheetGrid *grid)
{
  sheet->grid = grid;
  sheet->n_rows = dd_sheet_grid_get_n_rows (grid);
  sheet->n_columns = dd_sheet_grid_get_n_columns (grid);
  sheet->footnotes = collect_footnotes (sheet);
}

static void
sheet_clear (Sheet *sheet)
{
  g_clear_pointer (&sheet->footnotes, g_array_unref);
}

static int
compare_named_tables (gconstpointer a,
                      gconstpointer b)
{
  const DdSheetNamedTable *x = *(const DdSheetNamedTable * const *) a;
  const DdSheetNamedTable *y = *(const DdSheetNamedTable * const *) b;

  if (x->first_row != y->first_row)
    return x->first_row < y->first_row ? -1 : 1;
  return x->first_column < y->first_column ? -1 : x->first_column > y->first_column;
}

/* The row just under the nearest named table above @table that shares a
 * column with it, so its title is looked for no higher. */
static guint32
named_table_floor (DdSheetGrid             *grid,
                   const DdSheetNamedTable *table)
{
  guint32 floor = 0;

  for (guint i = 0; i < dd_sheet_grid_get_n_named_tables (grid); i++)
    {
      const DdSheetNamedTable *other = dd_sheet_grid_get_named_table (grid, i);

      if (other->last_row < table->first_row
          && other->last_column >= table->first_column && other->first_column <= table->last_column)
        floor = MAX (floor, other->last_row + 1);
    }
  return floor;
}

static Layout
named_layout (const DdSheetNamedTable *named)
{
  Layout layout = { 0 };

  layout.span = (Span) { named->first_column, named->last_column };
  layout.window = layout.span;
  layout.header_first = named->header_rows > 0 ? named->first_row : DD_DETECTED_TABLE_NO_HEADER;
  layout.header_last = named->first_row;
  layout.data_first = named->first_row + named->header_rows;
  layout.data_last = named->last_row;
  layout.columns = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 column = named->first_column; column <= named->last_column; column++)
    g_array_append_val (layout.columns, column);
  return layout;
}

static GPtrArray *
detect_named (Sheet *sheet)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) dd_detected_table_unref);
  g_autoptr(GPtrArray) named = g_ptr_array_new ();

  for (guint i = 0; i < dd_sheet_grid_get_n_named_tables (sheet->grid); i++)
    g_ptr_array_add (named, (gpointer) dd_sheet_grid_get_named_table (sheet->grid, i));
  g_ptr_array_sort (named, compare_named_tables);

  for (guint i = 0; i < named->len; i++)
    {
      const DdSheetNamedTable *table = g_ptr_array_index (named, i);
      DdDetectedTable *detected = table_new (sheet);
      Layout layout = named_layout (table);

      apply_layout (detected, sheet, &layout);
      layout_clear (&layout);
      detected->named = TRUE;
      detected->name = g_strdup (table->name);
      detected->title = find_title (sheet, table->first_row, table->first_column,
                                    named_table_floor (sheet->grid, table));
      g_ptr_array_add (tables, detected);
    }
  return tables;
}

/* The last row a layout takes: its data's, or its header's when it has
 * no data. */
static guint32
layout_end (const Layout *layout)
{
  if (layout->data_last == DD_DETECTED_TABLE_TO_END)
    return DD_DETECTED_TABLE_TO_END;
  return MAX (layout->data_last, layout->header_last);
}

static GPtrArray *
detect_by_layout (Sheet *sheet)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) dd_detected_table_unref);
  guint32 row = 0, floor = 0;
  Start start;

  while (row < sheet->n_rows && find_start (sheet, row, &start))
    {
      g_autoptr(GArray) pieces = lay_out (sheet, AUTO_BANDS, start.leaf, start.data_first,
                                          start.text_table, whole_width);
      guint32 end = start.leaf;

      for (guint i = 0; i < pieces->len; i++)
        {
          const Layout *layout = &g_array_index (pieces, Layout, i);
          DdDetectedTable *table;

          end = MAX (end, layout_end (layout));
          if (layout->columns->len < 2 || layout->data_last == layout->data_first - 1)
            continue;

          table = table_new (sheet);
          apply_layout (table, sheet, layout);
          table->title = find_title (sheet, layout->header_first, layout->span.first, floor);
          g_ptr_array_add (tables, table);
        }

      if (end == DD_DETECTED_TABLE_TO_END)
        break;
      row = end + 1;
      floor = row;
    }
  return tables;
}

static void
name_tables (GPtrArray *tables)
{
  for (guint i = 0; i < tables->len; i++)
    {
      DdDetectedTable *table = g_ptr_array_index (tables, i);

      table->number = i + 1;
      if (table->name != NULL)
        continue;
      if (table->title != NULL && table->title[0] != '\0')
        table->name = g_strdup (table->title);
      else
        /* Translators: the name of a table found on a sheet that has no
         * title; %u is its place on the sheet */
        table->name = g_strdup_printf (_("Table %u"), table->number);
    }
}

/**
 * dd_table_detector_detect:
 * @grid: the head of a sheet
 *
 * Finds the tables of a sheet, by the rules at the top of this file:
 * its Excel tables if it has any, else those its layout shows.
 *
 * Returns: (transfer container) (element-type DdDetectedTable): the
 *   tables, top to bottom and left to right; empty when there is none
 */
GPtrArray *
dd_table_detector_detect (DdSheetGrid *grid)
{
  Sheet sheet;
  GPtrArray *tables;

  g_return_val_if_fail (DD_IS_SHEET_GRID (grid), NULL);

  sheet_init (&sheet, grid);
  if (dd_sheet_grid_get_n_named_tables (grid) > 0)
    tables = detect_named (&sheet);
  else
    tables = detect_by_layout (&sheet);
  sheet_clear (&sheet);

  name_tables (tables);
  return tables;
}

/**
 * dd_column_kind_to_string:
 * @kind: a #DdColumnKind
 *
 * Returns: its stable name: "category", "measure" or "period" (for JSON
 *   and the command line; not translated)
 */
const char *
dd_column_kind_to_string (DdColumnKind kind)
{
  switch (kind)
    {
    case DD_COLUMN_KIND_MEASURE:
      return "measure";
    case DD_COLUMN_KIND_PERIOD:
      return "period";
    case DD_COLUMN_KIND_CATEGORY:
    default:
      return "category";
    }
}

/**
 * dd_column_kind_from_string:
 * @text: "category", "measure", "period" (or "date")
 * @kind: (out): the kind
 *
 * Returns: %TRUE when @text names a kind
 */
gboolean
dd_column_kind_from_string (const char   *text,
                            DdColumnKind *kind)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  if (g_ascii_strcasecmp (text, "category") == 0)
    *kind = DD_COLUMN_KIND_CATEGORY;
  else if (g_ascii_strcasecmp (text, "measure") == 0)
    *kind = DD_COLUMN_KIND_MEASURE;
  else if (g_ascii_strcasecmp (text, "period") == 0 || g_ascii_strcasecmp (text, "date") == 0)
    *kind = DD_COLUMN_KIND_PERIOD;
  else
    return FALSE;
  return TRUE;
}

/**
 * dd_detected_table_ref:
 * @self: a #DdDetectedTable
 *
 * Returns: (transfer full): @self
 */
DdDetectedTable *
dd_detected_table_ref (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * dd_detected_table_unref:
 * @self: (transfer full): a #DdDetectedTable
 */
void
dd_detected_table_unref (DdDetectedTable *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->sheet_name);
  g_free (self->name);
  g_free (self->title);
  g_array_unref (self->columns);
  g_array_unref (self->kind_fixed);
  g_array_unref (self->footnotes);
  g_free (self);
}

/**
 * dd_detected_table_get_sheet_name:
 * @self: a #DdDetectedTable
 *
 * Returns: the name of its sheet
 */
const char *
dd_detected_table_get_sheet_name (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->sheet_name;
}

/**
 * dd_detected_table_get_sheet_index:
 * @self: a #DdDetectedTable
 *
 * Returns: its sheet's place in the workbook, from 0
 */
guint
dd_detected_table_get_sheet_index (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->sheet_index;
}

/**
 * dd_detected_table_get_name:
 * @self: a #DdDetectedTable
 *
 * Returns: its Excel name, else its title, else "Table N"
 */
const char *
dd_detected_table_get_name (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

/**
 * dd_detected_table_get_title:
 * @self: a #DdDetectedTable
 *
 * Returns: (nullable): the title found above it, footnote markers taken
 *   off, or %NULL
 */
const char *
dd_detected_table_get_title (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/**
 * dd_detected_table_is_named:
 * @self: a #DdDetectedTable
 *
 * Returns: %TRUE for an Excel table, %FALSE for one found by its layout
 */
gboolean
dd_detected_table_is_named (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->named;
}

/**
 * dd_detected_table_get_header_first_row:
 * @self: a #DdDetectedTable
 *
 * Returns: the first header row (from 0), or
 *   %DD_DETECTED_TABLE_NO_HEADER
 */
guint32
dd_detected_table_get_header_first_row (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, DD_DETECTED_TABLE_NO_HEADER);

  return self->header_first;
}

/**
 * dd_detected_table_get_header_last_row:
 * @self: a #DdDetectedTable
 *
 * Returns: the last header row, the one with the columns' own labels, or
 *   %DD_DETECTED_TABLE_NO_HEADER
 */
guint32
dd_detected_table_get_header_last_row (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, DD_DETECTED_TABLE_NO_HEADER);

  return self->header_last;
}

/**
 * dd_detected_table_get_data_first_row:
 * @self: a #DdDetectedTable
 *
 * Returns: the first data row (rows of units between the header and the
 *   data are neither)
 */
guint32
dd_detected_table_get_data_first_row (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->data_first;
}

/**
 * dd_detected_table_get_data_last_row:
 * @self: a #DdDetectedTable
 *
 * Returns: the last data row (inclusive), or %DD_DETECTED_TABLE_TO_END
 *   when the data runs on past the rows the grid held: to the sheet's
 *   end, or its first blank row
 */
guint32
dd_detected_table_get_data_last_row (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->data_last;
}

/**
 * dd_detected_table_get_first_column:
 * @self: a #DdDetectedTable
 *
 * Returns: the sheet column of its first column
 */
guint32
dd_detected_table_get_first_column (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->first_column;
}

/**
 * dd_detected_table_get_last_column:
 * @self: a #DdDetectedTable
 *
 * Returns: the sheet column of its last column
 */
guint32
dd_detected_table_get_last_column (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->last_column;
}

/**
 * dd_detected_table_get_n_columns:
 * @self: a #DdDetectedTable
 *
 * Returns: how many columns it has (spacer columns are not counted)
 */
guint
dd_detected_table_get_n_columns (DdDetectedTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->columns->len;
}

/**
 * dd_detected_table_get_column:
 * @self: a #DdDetectedTable
 * @index: from 0 to dd_detected_table_get_n_columns() - 1
 *
 * Returns: the column, owned by the table (valid until a correction)
 */
const DdDetectedColumn *
dd_detected_table_get_column (DdDetectedTable *self,
                              guint            index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);

  return &g_array_index (self->columns, DdDetectedColumn, index);
}

/**
 * dd_detected_table_find_column:
 * @self: a #DdDetectedTable
 * @name: a column's name
 *
 * Returns: the index of the column of that name, or -1
 */
int
dd_detected_table_find_column (DdDetectedTable *self,
                               const char      *name)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (name != NULL, -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_str_equal (g_array_index (self->columns, DdDetectedColumn, i).name, name))
      return (int) i;
  return -1;
}

/**
 * dd_detected_table_count_rows:
 * @self: a #DdDetectedTable
 * @grid: the grid it was found in
 *
 * Counts the data rows with a cell in one of the table's columns, among
 * the rows @grid holds (for a table that runs to the end, only those).
 *
 * Returns: the number of rows
 */
guint32
dd_detected_table_count_rows (DdDetectedTable *self,
                              DdSheetGrid     *grid)
{
  guint32 count = 0;
  guint32 n_rows;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (DD_IS_SHEET_GRID (grid), 0);

  n_rows = dd_sheet_grid_get_n_rows (grid);
  for (guint32 row = self->data_first; row <= self->data_last && row < n_rows; row++)
    for (guint i = 0; i < self->columns->len; i++)
      {
        guint32 column = g_array_index (self->columns, DdDetectedColumn, i).source_column;

        if (classify_cell (dd_sheet_grid_get_cell (grid, row, column)) != CLASS_EMPTY)
          {
            count++;
            break;
          }
      }
  return count;
}

/**
 * dd_detected_table_dup_clean_text:
 * @self: a #DdDetectedTable
 * @text: a category value or label from the table
 *
 * Cleans a value as the column names were: whitespace collapsed,
 * "[note 3]" and superscript digits taken off, and digits glued to a
 * word or year taken off when the sheet's footnotes show they are notes
 * ("ENGLAND AND WALES5,6" becomes "ENGLAND AND WALES").
 *
 * Returns: (transfer full): the clean text
 */
char *
dd_detected_table_dup_clean_text (DdDetectedTable *self,
                                  const char      *text)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return clean_text (text, self->footnotes, FALSE);
}

static gboolean
check_sheet (DdDetectedTable *self,
             DdSheetGrid     *grid)
{
  return g_strcmp0 (self->sheet_name, dd_sheet_grid_get_sheet_name (grid)) == 0
         && self->sheet_index == dd_sheet_grid_get_sheet_index (grid);
}

static gboolean
check_row (DdDetectedTable  *self,
           Sheet            *sheet,
           guint32           row,
           GError          **error)
{
  if (row < sheet->n_rows)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               /* Translators: rows are counted from 1 as the spreadsheet shows them */
               _("Row %u is past the end of sheet “%s”, which has %u rows"),
               row + 1, self->sheet_name, sheet->n_rows);
  return FALSE;
}

/* The first data row under a header set by hand: the first row with
 * numbers within a few rows, else the row after it (a table of text). */
static guint32
data_first_under (Sheet    *sheet,
                  guint32   last_row,
                  Span      window,
                  gboolean *text_table)
{
  for (guint32 row = last_row + 1; row < sheet->n_rows && row - last_row <= MAX_HEADER_SPAN; row++)
    {
      RowKind kind = row_kind (sheet, row, window, NULL);

      if (kind == ROW_DATA)
        {
          *text_table = FALSE;
          return row;
        }
      if (kind == ROW_LABEL)
        break;
    }
  *text_table = TRUE;
  return last_row + 1;
}

/* Re-derives a table from a header set by hand. */
static gboolean
relayout_from_header (DdDetectedTable  *self,
                      DdSheetGrid      *grid,
                      guint32           first_row,
                      guint32           last_row,
                      GError          **error)
{
  Sheet sheet;
  Span window = { self->window_first, self->window_last };
  g_autoptr(GArray) pieces = NULL;
  const Layout *chosen = NULL;
  gboolean text_table;
  guint32 data_first;
  gboolean ok = TRUE;

  sheet_init (&sheet, grid);
  if (!check_row (self, &sheet, last_row, error))
    {
      sheet_clear (&sheet);
      return FALSE;
    }

  data_first = data_first_under (&sheet, last_row, window, &text_table);
  pieces = lay_out (&sheet, first_row, last_row, data_first, text_table, window);
  if (self->named && pieces->len > 0)
    {
      Layout *layout = &g_array_index (pieces, Layout, 0);

      /* An Excel table keeps its columns and its end. */
      layout->data_last = self->data_last;
      g_array_set_size (layout->columns, 0);
      for (guint32 column = self->window_first; column <= self->window_last; column++)
        g_array_append_val (layout->columns, column);
    }

  for (guint i = 0; i < pieces->len && chosen == NULL; i++)
    {
      const Layout *layout = &g_array_index (pieces, Layout, i);

      if (in_span (layout->span, self->first_column))
        chosen = layout;
    }
  if (chosen == NULL && pieces->len > 0)
    chosen = &g_array_index (pieces, Layout, 0);

  if (chosen == NULL || chosen->columns->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Row %u of sheet “%s” has no table under it"),
                   last_row + 1, self->sheet_name);
      ok = FALSE;
    }
  else
    apply_layout (self, &sheet, chosen);

  sheet_clear (&sheet);
  return ok;
}

/**
 * dd_detected_table_set_header_row:
 * @self: a #DdDetectedTable
 * @grid: the grid it was found in
 * @row: the header's last row: the one with the columns' own labels
 * @error: return location for a #GError
 *
 * Corrects the header row. The bands above it are joined as detection
 * joins them; the columns, their names and kinds, and the data range are
 * found again from there (kinds set by hand are lost). Fails with
 * %G_IO_ERROR_INVALID_ARGUMENT when the row is past the sheet's rows or
 * has no table under it.
 *
 * Returns: %TRUE on success
 */
gboolean
dd_detected_table_set_header_row (DdDetectedTable  *self,
                                  DdSheetGrid      *grid,
                                  guint32           row,
                                  GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (DD_IS_SHEET_GRID (grid), FALSE);
  g_return_val_if_fail (check_sheet (self, grid), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return relayout_from_header (self, grid, AUTO_BANDS, row, error);
}

/**
 * dd_detected_table_set_header_rows:
 * @self: a #DdDetectedTable
 * @grid: the grid it was found in
 * @first_row: the header's first row
 * @last_row: its last row (inclusive), the columns' own labels
 * @error: return location for a #GError
 *
 * Corrects the header to exactly these rows, joined into one label per
 * column; the rest is found again as by
 * dd_detected_table_set_header_row().
 *
 * Returns: %TRUE on success
 */
gboolean
dd_detected_table_set_header_rows (DdDetectedTable  *self,
                                   DdSheetGrid      *grid,
                                   guint32           first_row,
                                   guint32           last_row,
                                   GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (DD_IS_SHEET_GRID (grid), FALSE);
  g_return_val_if_fail (check_sheet (self, grid), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (first_row > last_row)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The header cannot start at row %u, after its last row %u"),
                   first_row + 1, last_row + 1);
      return FALSE;
    }

  return relayout_from_header (self, grid, first_row, last_row, error);
}

/**
 * dd_detected_table_set_data_range:
 * @self: a #DdDetectedTable
 * @grid: the grid it was found in
 * @first_row: the first data row, below the header
 * @last_row: the last data row (inclusive), or %DD_DETECTED_TABLE_TO_END
 * @error: return location for a #GError
 *
 * Corrects the rows of data. The columns stay; their kinds are found
 * again from the new rows, except those set by hand. Fails with
 * %G_IO_ERROR_INVALID_ARGUMENT for rows above the header's end, past the
 * sheet's rows, or in the wrong order.
 *
 * Returns: %TRUE on success
 */
gboolean
dd_detected_table_set_data_range (DdDetectedTable  *self,
                                  DdSheetGrid      *grid,
                                  guint32           first_row,
                                  guint32           last_row,
                                  GError          **error)
{
  Sheet sheet;
  gboolean ok = TRUE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (DD_IS_SHEET_GRID (grid), FALSE);
  g_return_val_if_fail (check_sheet (self, grid), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sheet_init (&sheet, grid);
  if (self->header_last != DD_DETECTED_TABLE_NO_HEADER && first_row <= self->header_last)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The data must start below the header, which ends at row %u"),
                   self->header_last + 1);
      ok = FALSE;
    }
  else if (last_row < first_row)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The data cannot end at row %u, before it starts at row %u"),
                   last_row + 1, first_row + 1);
      ok = FALSE;
    }
  else if (check_row (self, &sheet, first_row, error)
           && (last_row == DD_DETECTED_TABLE_TO_END
               || dd_sheet_grid_is_truncated (grid)
               || check_row (self, &sheet, last_row, error)))
    {
      self->data_first = first_row;
      self->data_last = last_row;
      classify_columns (self, &sheet);
    }
  else
    ok = FALSE;

  sheet_clear (&sheet);
  return ok;
}

/**
 * dd_detected_table_set_column_kind:
 * @self: a #DdDetectedTable
 * @grid: the grid it was found in
 * @index: a column, from 0 to dd_detected_table_get_n_columns() - 1
 * @kind: what it holds
 * @error: return location for a #GError
 *
 * Corrects a column's kind; later changes of the data range keep it.
 * Fails with %G_IO_ERROR_INVALID_ARGUMENT when there is no such column.
 *
 * Returns: %TRUE on success
 */
gboolean
dd_detected_table_set_column_kind (DdDetectedTable  *self,
                                   DdSheetGrid      *grid,
                                   guint             index,
                                   DdColumnKind      kind,
                                   GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (DD_IS_SHEET_GRID (grid), FALSE);
  g_return_val_if_fail (check_sheet (self, grid), FALSE);
  g_return_val_if_fail (kind <= DD_COLUMN_KIND_PERIOD, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (index >= self->columns->len)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Table “%s” has no column %u: it has %u"),
                   self->name, index + 1, self->columns->len);
      return FALSE;
    }

  g_array_index (self->columns, DdDetectedColumn, index).kind = kind;
  g_array_index (self->kind_fixed, gboolean, index) = TRUE;
  return TRUE;
}
