/* dd-ods-reader.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An OpenDocument spreadsheet is a zip whose "mimetype" says so and whose
 * content.xml holds every sheet. That part is streamed through libxml2's
 * SAX2 push parser (dd-zip-part.c), so memory holds one cell, or one
 * repeated row, at a time.
 *
 * ODF compresses runs of identical cells and rows with
 * table:number-columns-repeated and table:number-rows-repeated: sheets
 * saved by LibreOffice end with an empty row repeated a million times,
 * rows with an empty cell repeated sixteen thousand times. Empty repeats
 * only move the position on; a repeated cell or row with something in it
 * is handed over once for each repetition, within the sheet's limits and
 * MAX_REPEATED_CELLS, so a few bytes cannot ask for billions of cells.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "dd-import-error.h"
#include "dd-sheet-reader.h"
#include "dd-zip-part.h"

#define NS_OFFICE  "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_TABLE   "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_TEXT    "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_DRAW    "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
#define NS_CALCEXT "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"

#define MIMETYPE_ODS          "application/vnd.oasis.opendocument.spreadsheet"
#define MIMETYPE_ODS_TEMPLATE "application/vnd.oasis.opendocument.spreadsheet-template"
#define MAX_MIMETYPE_BYTES    256
#define CONTENT_PART          "content.xml"

/* Cells that repeats add to a file (all its sheets), beyond the cells
 * written out: a repeated row of eight values over 100,000 rows is
 * 800,000; 16 Mi is past any real sheet, and still read in seconds. */
#define MAX_REPEATED_CELLS    (16 * 1024 * 1024)
/* The text held for a repeated row until its end. */
#define MAX_ROW_BUFFER_BYTES  (16 * 1024 * 1024)

typedef enum
{
  VALUE_NONE,
  VALUE_FLOAT,
  VALUE_PERCENTAGE,
  VALUE_CURRENCY,
  VALUE_DATE,
  VALUE_TIME,
  VALUE_BOOLEAN,
  VALUE_STRING,
  VALUE_ERROR,
} ValueType;

/* A cell of a repeated row, kept until the row ends. */
typedef struct
{
  guint64    column;
  guint64    repeat;
  gboolean   has_value;
  DdCellType type;
  double     number;
  gssize     text_offset;   /* into the row's text, or -1 */
  guint64    rows_spanned;
  guint64    columns_spanned;
} HeldCell;

typedef struct
{
  DdZipParse            parse; /* first: the SAX callbacks receive it */
  const DdSheetHandler *handler;
  gpointer              user_data;
  const char           *name;

  gboolean              found_spreadsheet;
  guint                 spreadsheet_depth; /* > 0 inside office:spreadsheet */
  guint                 skip_depth;        /* > 0 inside what is not read */
  guint                 n_sheets;

  /* The sheet being read. */
  gboolean              in_table;
  char                 *sheet_name;
  guint64               row;               /* of the row being read, from 0 */
  guint64               repeated_cells;

  /* The row being read. */
  gboolean              in_row;
  guint64               row_repeat;
  guint64               column;            /* of the cell being read, from 0 */
  GArray               *held_cells;        /* of HeldCell, when row_repeat > 1 */
  GString              *held_text;

  /* The cell being read. */
  gboolean              in_cell;
  gboolean              covered;
  guint64               cell_repeat;
  guint64               rows_spanned;
  guint64               columns_spanned;
  ValueType             value_type;
  gboolean              value_valid;
  double                value;
  char                 *string_value;
  GString              *text;
  guint                 n_paragraphs;
  guint                 paragraph_depth;
  gboolean              ignore_space;      /* at a paragraph's start, or after a space */
} ReadState;

static void
read_state_clear (ReadState *state)
{
  dd_zip_parse_clear (&state->parse);
  g_clear_pointer (&state->sheet_name, g_free);
  g_clear_pointer (&state->held_cells, g_array_unref);
  if (state->held_text != NULL)
    g_string_free (g_steal_pointer (&state->held_text), TRUE);
  g_clear_pointer (&state->string_value, g_free);
  if (state->text != NULL)
    g_string_free (g_steal_pointer (&state->text), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReadState, read_state_clear)

static gboolean
is_namespace (const xmlChar *uri,
              const char    *namespace)
{
  return uri != NULL && strcmp ((const char *) uri, namespace) == 0;
}

static gboolean
is_element (const xmlChar *uri,
            const char    *name,
            const char    *namespace,
            const char    *expected)
{
  return is_namespace (uri, namespace) && strcmp (name, expected) == 0;
}

static const char *
find_attribute (const xmlChar **attributes,
                int             n_attributes,
                const char     *namespace,
                const char     *name,
                gsize          *length)
{
  /* Five pointers an attribute: local name, prefix, URI, value, value end. */
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = attributes + 5 * i;

      if (strcmp ((const char *) attribute[0], name) == 0 && is_namespace (attribute[2], namespace))
        {
          *length = attribute[4] - attribute[3];
          return (const char *) attribute[3];
        }
    }

  return NULL;
}

static char *
dup_attribute (const xmlChar **attributes,
               int             n_attributes,
               const char     *namespace,
               const char     *name)
{
  gsize length;
  const char *value = find_attribute (attributes, n_attributes, namespace, name, &length);

  return value != NULL ? g_strndup (value, length) : NULL;
}

/* A count such as table:number-rows-repeated="1048000": from 1 to
 * G_MAXUINT32, else 1. Read in place: every cell has some. */
static guint64
read_count (const xmlChar **attributes,
            int             n_attributes,
            const char     *namespace,
            const char     *name)
{
  gsize length;
  const char *value = find_attribute (attributes, n_attributes, namespace, name, &length);
  guint64 count = 0;

  if (value == NULL || length == 0 || length > 10)
    return 1;

  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (value[i]))
        return 1;
      count = count * 10 + (value[i] - '0');
    }

  return count >= 1 && count <= G_MAXUINT32 ? count : 1;
}

/* office:value="5516.6500000000015" */
static gboolean
read_double (const xmlChar **attributes,
             int             n_attributes,
             const char     *name,
             double         *value)
{
  char copy[G_ASCII_DTOSTR_BUF_SIZE + 32];
  gsize length;
  const char *text = find_attribute (attributes, n_attributes, NS_OFFICE, name, &length);
  char *end = NULL;

  while (text != NULL && length > 0 && g_ascii_isspace (*text))
    text++, length--;
  while (text != NULL && length > 0 && g_ascii_isspace (text[length - 1]))
    length--;

  if (text == NULL || length == 0 || length >= sizeof copy)
    return FALSE;

  memcpy (copy, text, length);
  copy[length] = '\0';
  *value = g_ascii_strtod (copy, &end);

  return end == copy + length && isfinite (*value);
}

static gboolean
read_digits (const char **p,
             guint        n_digits,
             guint       *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      *value = *value * 10 + ((*p)[i] - '0');
    }
  *p += n_digits;

  return TRUE;
}

/* The day of the 1900 date system: 1 is 1900-01-01; as in Excel, the
 * serials from 1900-03-01 count a 29 February 1900 that never was, and
 * as in dd_cell_date_to_iso () the days before 1900 count down from 0. */
static double
date_to_serial (GDateYear  year,
                GDateMonth month,
                GDateDay   day)
{
  GDate date;
  GDate epoch;
  gint64 serial;

  g_date_clear (&date, 1);
  g_date_clear (&epoch, 1);
  g_date_set_dmy (&date, day, month, year);
  g_date_set_dmy (&epoch, 30, G_DATE_DECEMBER, 1899);

  serial = (gint64) g_date_get_julian (&date) - g_date_get_julian (&epoch);
  if (serial < 61)
    serial--;

  return serial;
}

/* office:date-value: "2019-09-30", "2019-09-30T14:30:00", perhaps with
 * fractions of a second; a time zone, if any, is ignored. */
static gboolean
read_date (const char *text,
           double     *serial)
{
  const char *p = text;
  guint year;
  guint month;
  guint day;
  guint hours = 0;
  guint minutes = 0;
  guint seconds = 0;
  double fraction = 0;

  if (!read_digits (&p, 4, &year) || *p++ != '-'
      || !read_digits (&p, 2, &month) || *p++ != '-'
      || !read_digits (&p, 2, &day))
    return FALSE;

  if (*p == 'T')
    {
      p++;
      if (!read_digits (&p, 2, &hours) || *p++ != ':'
          || !read_digits (&p, 2, &minutes) || *p++ != ':'
          || !read_digits (&p, 2, &seconds))
        return FALSE;
      if (*p == '.' || *p == ',')
        {
          double scale = 0.1;

          for (p++; g_ascii_isdigit (*p); p++, scale /= 10)
            fraction += (*p - '0') * scale;
        }
    }

  if (year < 1 || !g_date_valid_dmy (day, month, year)
      || hours > 23 || minutes > 59 || seconds > 60)
    return FALSE;

  *serial = date_to_serial (year, month, day)
            + (hours * 3600 + minutes * 60 + seconds + fraction) / 86400.0;

  return TRUE;
}

/* office:time-value, an ISO 8601 duration such as "PT14H30M00S" (or
 * "-PT1H", "P1DT2H"): the fraction of a day, more than 1 past a day. */
static gboolean
read_duration (const char *text,
               double     *days)
{
  const char *p = text;
  gboolean negative = FALSE;
  gboolean in_time = FALSE;
  gboolean any = FALSE;
  double total = 0;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (*p++ != 'P')
    return FALSE;

  while (*p != '\0')
    {
      char *end = NULL;
      double number;

      if (*p == 'T' && !in_time)
        {
          in_time = TRUE;
          p++;
          continue;
        }

      if (!g_ascii_isdigit (*p))
        return FALSE;
      number = g_ascii_strtod (p, &end);
      if (end == p || !isfinite (number))
        return FALSE;
      p = end;

      if (*p == 'D' && !in_time)
        total += number;
      else if (*p == 'H' && in_time)
        total += number / 24;
      else if (*p == 'M' && in_time)
        total += number / (24 * 60);
      else if (*p == 'S' && in_time)
        total += number / (24 * 60 * 60);
      else
        return FALSE;

      any = TRUE;
      p++;
    }

  *days = negative ? -total : total;

  return any;
}

/* Takes a handler's failure into the parse, which stops the parser; a
 * handler that said no without saying why stopped the reading. */
static void
take_failure (ReadState *state,
              GError    *error)
{
  if (error == NULL)
    error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Reading was stopped"));

  dd_zip_parse_take_error (&state->parse, error);
}

static void
fail_too_many_rows (ReadState *state)
{
  dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE,
                     _("“%s” is too large: sheet “%s” has more than %u rows"),
                     state->name, state->sheet_name, (guint) DD_SHEET_MAX_ROWS);
}

static void
fail_too_many_columns (ReadState *state,
                       guint64    row)
{
  dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE,
                     _("“%s” is too large: row %u of sheet “%s” has more than %u columns"),
                     state->name, (guint) MIN (row, DD_SHEET_MAX_ROWS) + 1, state->sheet_name,
                     (guint) DD_SHEET_MAX_COLUMNS);
}

static void
fail_too_many_repeats (ReadState *state)
{
  dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE,
                     _("“%s” is too large: its repeated cells come to more than %u (sheet “%s”, row %u)"),
                     state->name, (guint) MAX_REPEATED_CELLS, state->sheet_name,
                     (guint) MIN (state->row, DD_SHEET_MAX_ROWS) + 1);
}

static void
fail_cell_too_large (ReadState *state)
{
  dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE,
                     _("“%s” is too large: a cell of sheet “%s” at row %u has more than %u MiB of text"),
                     state->name, state->sheet_name, (guint) MIN (state->row, DD_SHEET_MAX_ROWS) + 1,
                     DD_SHEET_MAX_CELL_BYTES / (1024 * 1024));
}

/* Counts cells that repeats add; FALSE past the limit. */
static gboolean
count_repeated (ReadState *state,
                guint64    n_cells,
                guint64    n_written)
{
  if (n_cells <= n_written)
    return TRUE;

  state->repeated_cells += n_cells - n_written;
  if (state->repeated_cells > MAX_REPEATED_CELLS)
    {
      fail_too_many_repeats (state);
      return FALSE;
    }

  return TRUE;
}

/* Hands over a cell (if it has a value) and its merge (if it spans),
 * @repeat times side by side. */
static gboolean
emit_cells (ReadState  *state,
            guint64     row,
            guint64     column,
            guint64     repeat,
            gboolean    has_value,
            DdCellType  type,
            double      number,
            const char *text,
            guint64     rows_spanned,
            guint64     columns_spanned)
{
  gboolean spans = rows_spanned > 1 || columns_spanned > 1;
  const DdSheetHandler *handler = state->handler;

  if (!has_value && !spans)
    return TRUE;

  if (row >= DD_SHEET_MAX_ROWS)
    {
      fail_too_many_rows (state);
      return FALSE;
    }

  if (column + repeat > DD_SHEET_MAX_COLUMNS)
    {
      fail_too_many_columns (state, row);
      return FALSE;
    }

  for (guint64 k = 0; k < repeat; k++)
    {
      g_autoptr(GError) error = NULL;

      if (has_value && handler->cell != NULL)
        {
          DdCell cell = {
            .row = row,
            .column = column + k,
            .type = type,
            .text = text,
            .number = number,
          };

          if (!handler->cell (&cell, state->user_data, &error))
            {
              take_failure (state, g_steal_pointer (&error));
              return FALSE;
            }
        }

      if (spans && handler->merge != NULL
          && !handler->merge (row, column + k,
                              MIN (row + rows_spanned - 1, DD_SHEET_MAX_ROWS - 1),
                              MIN (column + k + columns_spanned - 1, DD_SHEET_MAX_COLUMNS - 1),
                              state->user_data, &error))
        {
          take_failure (state, g_steal_pointer (&error));
          return FALSE;
        }
    }

  return TRUE;
}

static void
begin_sheet (ReadState      *state,
             const xmlChar **attributes,
             int             n_attributes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_attribute (attributes, n_attributes, NS_TABLE, "name");
  guint index = state->n_sheets++;

  if (name == NULL)
    name = g_strdup_printf ("%u", index + 1);

  if (state->handler->begin_sheet != NULL
      && !state->handler->begin_sheet (name, index, state->user_data, &error))
    {
      if (error != NULL)
        take_failure (state, g_steal_pointer (&error));
      else
        state->skip_depth = 1; /* read past it */
      return;
    }

  g_free (state->sheet_name);
  state->sheet_name = g_steal_pointer (&name);
  state->in_table = TRUE;
  state->row = 0;
}

static void
end_sheet (ReadState *state)
{
  g_autoptr(GError) error = NULL;

  state->in_table = FALSE;
  if (state->handler->end_sheet != NULL && !state->handler->end_sheet (state->user_data, &error))
    take_failure (state, g_steal_pointer (&error));
}

static void
begin_row (ReadState      *state,
           const xmlChar **attributes,
           int             n_attributes)
{
  state->in_row = TRUE;
  state->column = 0;
  state->row_repeat = read_count (attributes, n_attributes, NS_TABLE, "number-rows-repeated");
  g_array_set_size (state->held_cells, 0);
  g_string_truncate (state->held_text, 0);
}

static void
end_row (ReadState *state)
{
  guint64 n_cells = 0;

  state->in_row = FALSE;

  if (state->row_repeat > 1 && state->held_cells->len > 0)
    {
      for (guint i = 0; i < state->held_cells->len; i++)
        n_cells += g_array_index (state->held_cells, HeldCell, i).repeat;

      if (state->row + state->row_repeat > DD_SHEET_MAX_ROWS)
        {
          fail_too_many_rows (state);
          return;
        }
      if (!count_repeated (state, n_cells * state->row_repeat, state->held_cells->len))
        return;

      for (guint64 r = 0; r < state->row_repeat; r++)
        for (guint i = 0; i < state->held_cells->len; i++)
          {
            const HeldCell *held = &g_array_index (state->held_cells, HeldCell, i);
            const char *text = held->text_offset >= 0 ? state->held_text->str + held->text_offset : NULL;

            if (!emit_cells (state, state->row + r, held->column, held->repeat, held->has_value,
                             held->type, held->number, text, held->rows_spanned, held->columns_spanned))
              return;
          }
    }

  state->row += state->row_repeat;
}

static ValueType
read_value_type (const xmlChar **attributes,
                 int             n_attributes)
{
  static const struct {
    const char *name;
    ValueType   type;
  } types[] = {
    { "float", VALUE_FLOAT },
    { "percentage", VALUE_PERCENTAGE },
    { "currency", VALUE_CURRENCY },
    { "date", VALUE_DATE },
    { "time", VALUE_TIME },
    { "boolean", VALUE_BOOLEAN },
    { "string", VALUE_STRING },
  };
  gsize length;
  const char *type;

  /* LibreOffice marks a formula's error so; its text is the error. */
  type = find_attribute (attributes, n_attributes, NS_CALCEXT, "value-type", &length);
  if (type != NULL && length == 5 && strncmp (type, "error", 5) == 0)
    return VALUE_ERROR;

  type = find_attribute (attributes, n_attributes, NS_OFFICE, "value-type", &length);
  if (type == NULL)
    return VALUE_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (length == strlen (types[i].name) && strncmp (type, types[i].name, length) == 0)
      return types[i].type;

  return VALUE_NONE;
}

static void
read_value (ReadState      *state,
            const xmlChar **attributes,
            int             n_attributes)
{
  g_autofree char *value = NULL;

  state->value_valid = FALSE;
  state->value = 0;

  switch (state->value_type)
    {
    case VALUE_FLOAT:
    case VALUE_PERCENTAGE:
    case VALUE_CURRENCY:
      state->value_valid = read_double (attributes, n_attributes, "value", &state->value);
      break;

    case VALUE_DATE:
      value = dup_attribute (attributes, n_attributes, NS_OFFICE, "date-value");
      state->value_valid = value != NULL && read_date (value, &state->value);
      break;

    case VALUE_TIME:
      value = dup_attribute (attributes, n_attributes, NS_OFFICE, "time-value");
      state->value_valid = value != NULL && read_duration (value, &state->value);
      break;

    case VALUE_BOOLEAN:
      value = dup_attribute (attributes, n_attributes, NS_OFFICE, "boolean-value");
      if (value != NULL)
        {
          g_strstrip (value);
          state->value_valid = TRUE;
          if (g_ascii_strcasecmp (value, "true") == 0 || strcmp (value, "1") == 0)
            state->value = 1;
          else if (g_ascii_strcasecmp (value, "false") == 0 || strcmp (value, "0") == 0)
            state->value = 0;
          else
            state->value_valid = FALSE;
        }
      break;

    case VALUE_STRING:
      state->string_value = dup_attribute (attributes, n_attributes, NS_OFFICE, "string-value");
      if (state->string_value != NULL && strlen (state->string_value) > DD_SHEET_MAX_CELL_BYTES)
        fail_cell_too_large (state);
      break;

    case VALUE_ERROR:
    case VALUE_NONE:
    default:
      break;
    }
}

static void
begin_cell (ReadState      *state,
            gboolean        covered,
            const xmlChar **attributes,
            int             n_attributes)
{
  state->in_cell = TRUE;
  state->covered = covered;
  state->cell_repeat = read_count (attributes, n_attributes, NS_TABLE, "number-columns-repeated");
  state->rows_spanned = covered ? 1 : read_count (attributes, n_attributes, NS_TABLE, "number-rows-spanned");
  state->columns_spanned = covered ? 1 : read_count (attributes, n_attributes, NS_TABLE,
                                                      "number-columns-spanned");
  state->value_type = covered ? VALUE_NONE : read_value_type (attributes, n_attributes);
  g_clear_pointer (&state->string_value, g_free);
  g_string_truncate (state->text, 0);
  state->n_paragraphs = 0;
  state->paragraph_depth = 0;

  read_value (state, attributes, n_attributes);
}

/* What the cell holds, from its value type, value and text. */
static gboolean
resolve_cell (ReadState   *state,
              DdCellType  *type,
              double      *number,
              const char **text)
{
  const char *shown = state->text->len > 0 ? state->text->str : NULL;

  *number = state->value_valid ? state->value : 0;
  *text = shown;

  switch (state->value_type)
    {
    case VALUE_FLOAT:
    case VALUE_CURRENCY:
      *type = DD_CELL_NUMBER;
      break;
    case VALUE_PERCENTAGE:
      *type = DD_CELL_PERCENT;
      break;
    case VALUE_DATE:
    case VALUE_TIME:
      *type = DD_CELL_DATE;
      break;
    case VALUE_BOOLEAN:
      *type = DD_CELL_BOOLEAN;
      break;
    case VALUE_ERROR:
      *type = DD_CELL_ERROR;
      return shown != NULL;
    case VALUE_STRING:
      *type = DD_CELL_STRING;
      if (state->string_value != NULL)
        *text = *state->string_value != '\0' ? state->string_value : NULL;
      return *text != NULL;
    case VALUE_NONE:
    default:
      *type = DD_CELL_STRING;
      return shown != NULL;
    }

  /* A value the file gets wrong is the text shown, or nothing. */
  if (!state->value_valid)
    {
      *type = DD_CELL_STRING;
      *number = 0;
      return shown != NULL;
    }

  return TRUE;
}

static void
end_cell (ReadState *state)
{
  DdCellType type = DD_CELL_STRING;
  double number = 0;
  const char *text = NULL;
  gboolean has_value = FALSE;
  gboolean spans;
  guint64 column = state->column;
  guint64 repeat = state->cell_repeat;

  state->in_cell = FALSE;
  state->column += repeat;

  /* A covered cell is hidden under a merge: it only takes its place. */
  if (state->covered)
    return;

  has_value = resolve_cell (state, &type, &number, &text);
  spans = state->rows_spanned > 1 || state->columns_spanned > 1;
  if (!has_value && !spans)
    return;

  if (state->row_repeat > 1)
    {
      HeldCell held = {
        .column = column,
        .repeat = repeat,
        .has_value = has_value,
        .type = type,
        .number = number,
        .text_offset = -1,
        .rows_spanned = state->rows_spanned,
        .columns_spanned = state->columns_spanned,
      };

      /* Within the row's columns, so the row's repeats count right. */
      if (column + repeat > DD_SHEET_MAX_COLUMNS)
        {
          fail_too_many_columns (state, state->row);
          return;
        }

      if (text != NULL)
        {
          gsize length = strlen (text);

          if (state->held_text->len + length + 1 > MAX_ROW_BUFFER_BYTES)
            {
              fail_too_many_repeats (state);
              return;
            }
          held.text_offset = state->held_text->len;
          g_string_append_len (state->held_text, text, length + 1);
        }
      g_array_append_val (state->held_cells, held);
      return;
    }

  if (!count_repeated (state, repeat, 1))
    return;

  emit_cells (state, state->row, column, repeat, has_value, type, number, text,
              state->rows_spanned, state->columns_spanned);
}

static gboolean
append_text (ReadState  *state,
             const char *text,
             gsize       length)
{
  if (state->text->len + length > DD_SHEET_MAX_CELL_BYTES)
    {
      fail_cell_too_large (state);
      return FALSE;
    }

  g_string_append_len (state->text, text, length);

  return TRUE;
}

/* Characters of a paragraph: as ODF says, each run of spaces, tabs and
 * line ends is one space, and none at the paragraph's start; text:s,
 * text:tab and text:line-break stand for the spacing the text has. */
static void
append_characters (ReadState  *state,
                   const char *characters,
                   gsize       length)
{
  const char *end = characters + length;
  const char *run = characters;

  for (const char *p = characters; p < end; p++)
    {
      if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
        continue;

      if (!append_text (state, run, p - run))
        return;
      if (p > run)
        state->ignore_space = FALSE;
      if (!state->ignore_space && !append_text (state, " ", 1))
        return;
      state->ignore_space = TRUE;
      run = p + 1;
    }

  if (end > run)
    {
      if (!append_text (state, run, end - run))
        return;
      state->ignore_space = FALSE;
    }
}

static void
append_spaces (ReadState      *state,
               const xmlChar **attributes,
               int             n_attributes)
{
  guint64 count = read_count (attributes, n_attributes, NS_TEXT, "c");

  if (state->text->len + count > DD_SHEET_MAX_CELL_BYTES)
    {
      fail_cell_too_large (state);
      return;
    }

  for (guint64 i = 0; i < count; i++)
    g_string_append_c (state->text, ' ');
  state->ignore_space = FALSE;
}

/* Inside a cell: paragraphs and what spaces them; the rest is markup
 * (spans, links) whose text counts, or not text at all (skipped). */
static void
start_cell_content (ReadState      *state,
                    const char     *name,
                    const xmlChar  *uri,
                    const xmlChar **attributes,
                    int             n_attributes)
{
  if (state->covered)
    return;

  if (is_namespace (uri, NS_TEXT))
    {
      if (strcmp (name, "p") == 0 || strcmp (name, "h") == 0)
        {
          if (state->paragraph_depth++ > 0)
            return;
          if (state->n_paragraphs++ > 0)
            append_text (state, "\n", 1);
          state->ignore_space = TRUE;
        }
      else if (state->paragraph_depth == 0)
        return;
      else if (strcmp (name, "s") == 0)
        append_spaces (state, attributes, n_attributes);
      else if (strcmp (name, "tab") == 0)
        {
          append_text (state, "\t", 1);
          state->ignore_space = FALSE;
        }
      else if (strcmp (name, "line-break") == 0)
        {
          append_text (state, "\n", 1);
          state->ignore_space = FALSE;
        }
    }
}

static gboolean
is_skipped (const char    *name,
            const xmlChar *uri)
{
  /* Comments, shapes and images, notes, and tables inside cells. */
  return is_namespace (uri, NS_DRAW)
         || is_element (uri, name, NS_OFFICE, "annotation")
         || is_element (uri, name, NS_TEXT, "note")
         || is_element (uri, name, NS_TEXT, "tracked-changes")
         || is_element (uri, name, NS_TABLE, "table");
}

static void
on_start_element (void           *user_data,
                  const xmlChar  *local_name,
                  const xmlChar  *prefix G_GNUC_UNUSED,
                  const xmlChar  *uri,
                  int             n_namespaces G_GNUC_UNUSED,
                  const xmlChar **namespaces G_GNUC_UNUSED,
                  int             n_attributes,
                  int             n_defaulted G_GNUC_UNUSED,
                  const xmlChar **attributes)
{
  ReadState *state = user_data;
  const char *name = (const char *) local_name;

  if (state->parse.error != NULL)
    return;

  if (state->skip_depth > 0)
    {
      state->skip_depth++;
      return;
    }

  if (state->spreadsheet_depth == 0)
    {
      if (is_element (uri, name, NS_OFFICE, "spreadsheet"))
        {
          state->spreadsheet_depth = 1;
          state->found_spreadsheet = TRUE;
        }
      else if (is_element (uri, name, NS_OFFICE, "text")
               || is_element (uri, name, NS_OFFICE, "presentation")
               || is_element (uri, name, NS_OFFICE, "drawing"))
        dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_UNSUPPORTED,
                           _("“%s” is not an OpenDocument spreadsheet (.ods): %s"),
                           state->name, _("it is another kind of OpenDocument file"));
      return;
    }

  state->spreadsheet_depth++;

  if (state->in_cell)
    {
      if (is_skipped (name, uri))
        state->skip_depth = 1;
      else
        start_cell_content (state, name, uri, attributes, n_attributes);
    }
  else if (state->in_row)
    {
      if (is_element (uri, name, NS_TABLE, "table-cell"))
        begin_cell (state, FALSE, attributes, n_attributes);
      else if (is_element (uri, name, NS_TABLE, "covered-table-cell"))
        begin_cell (state, TRUE, attributes, n_attributes);
      else
        state->skip_depth = 1;
    }
  else if (state->in_table)
    {
      /* Rows may sit in header-rows, row-groups and rows elements. */
      if (is_element (uri, name, NS_TABLE, "table-row"))
        begin_row (state, attributes, n_attributes);
      else if (is_skipped (name, uri))
        state->skip_depth = 1;
    }
  else if (is_element (uri, name, NS_TABLE, "table"))
    begin_sheet (state, attributes, n_attributes);
  else
    state->skip_depth = 1; /* named ranges, validations, database ranges */
}

static void
on_end_element (void          *user_data,
                const xmlChar *local_name,
                const xmlChar *prefix G_GNUC_UNUSED,
                const xmlChar *uri)
{
  ReadState *state = user_data;
  const char *name = (const char *) local_name;

  if (state->parse.error != NULL)
    return;

  if (state->skip_depth > 0)
    {
      state->skip_depth--;
      if (state->skip_depth == 0)
        state->spreadsheet_depth--;
      return;
    }

  if (state->spreadsheet_depth == 0)
    return;

  state->spreadsheet_depth--;

  if (state->in_cell)
    {
      if (is_element (uri, name, NS_TABLE, "table-cell")
          || is_element (uri, name, NS_TABLE, "covered-table-cell"))
        end_cell (state);
      else if (is_namespace (uri, NS_TEXT) && (strcmp (name, "p") == 0 || strcmp (name, "h") == 0)
               && state->paragraph_depth > 0)
        state->paragraph_depth--;
    }
  else if (state->in_row)
    {
      if (is_element (uri, name, NS_TABLE, "table-row"))
        end_row (state);
    }
  else if (state->in_table)
    {
      if (is_element (uri, name, NS_TABLE, "table"))
        end_sheet (state);
    }
}

static void
on_characters (void          *user_data,
               const xmlChar *characters,
               int            length)
{
  ReadState *state = user_data;

  if (state->parse.error == NULL && state->skip_depth == 0 && state->in_cell
      && !state->covered && state->paragraph_depth > 0)
    append_characters (state, (const char *) characters, length);
}

/* The "mimetype" part, which ODF puts first: %NULL when there is none. */
static char *
read_mimetype (GsfInfile *zip)
{
  g_autoptr(GsfInput) part = dd_zip_find_part (zip, "mimetype");
  guint8 bytes[MAX_MIMETYPE_BYTES + 1] = { 0, };
  gsf_off_t size;

  if (part == NULL)
    return NULL;

  size = gsf_input_size (part);
  if (size < 0 || size > MAX_MIMETYPE_BYTES)
    return g_strdup ("");

  if (size > 0 && gsf_input_read (part, size, bytes) == NULL)
    return g_strdup ("");

  return g_strstrip (g_strndup ((const char *) bytes, size));
}

static gboolean
check_mimetype (GsfInfile   *zip,
                const char  *name,
                GError     **error)
{
  g_autofree char *mimetype = read_mimetype (zip);

  /* Without one, content.xml tells. */
  if (mimetype == NULL
      || strcmp (mimetype, MIMETYPE_ODS) == 0
      || strcmp (mimetype, MIMETYPE_ODS_TEMPLATE) == 0)
    return TRUE;

  g_debug ("%s: mimetype %s", name, mimetype);

  if (g_str_has_prefix (mimetype, "application/vnd.oasis.opendocument."))
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not an OpenDocument spreadsheet (.ods): %s"),
                 name, _("it is another kind of OpenDocument file"));
  else
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not an OpenDocument spreadsheet (.ods): %s"),
                 name, dd_file_content_describe (DD_FILE_CONTENT_ZIP));

  return FALSE;
}

/**
 * dd_ods_read:
 * @path: an OpenDocument spreadsheet (.ods)
 * @handler: what to call with the sheets and cells
 * @user_data: for @handler
 * @cancellable: (nullable): stops a long read between chunks
 * @error: where a reason goes, in %DD_IMPORT_ERROR
 *
 * Reads the sheets of an OpenDocument spreadsheet, streaming content.xml.
 *
 * A cell's type comes from its office:value-type: float and currency are
 * numbers, percentage a percentage, date a date (office:date-value as a
 * serial of the 1900 system, as dd_cell_date_to_iso () reads it), time
 * a date whose serial is the fraction of a day, boolean a boolean; a
 * LibreOffice error value is an error, and anything else with text a
 * string. The text is the cell's paragraphs joined with "\n", with its
 * spans and links, text:s, text:tab and text:line-break; comments,
 * shapes and notes are not text. A cell spanning rows or columns is a
 * merge; covered cells (under a merge) are never reported.
 *
 * Empty repeated rows and cells take no time; a repeated cell or row
 * with a value is reported at each place it repeats to. A sheet past
 * %DD_SHEET_MAX_ROWS or %DD_SHEET_MAX_COLUMNS (with a value there), a
 * cell over %DD_SHEET_MAX_CELL_BYTES, or repeats that would add more than
 * 16 Mi cells fail with %DD_IMPORT_ERROR_TOO_LARGE naming the file, the
 * sheet and the row.
 *
 * A sheet that @handler's begin_sheet skips is still read through, but
 * nothing of it is reported, not even its end.
 *
 * Returns: %TRUE when the whole file was read
 */
gboolean
dd_ods_read (const char            *path,
             const DdSheetHandler  *handler,
             gpointer               user_data,
             GCancellable          *cancellable,
             GError               **error)
{
  g_auto(ReadState) state = { { 0, }, };
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GsfInfile) zip = NULL;
  g_autoptr(GsfInput) part = NULL;
  DdFileContent content;
  xmlSAXHandler sax;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (handler != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  name = g_filename_display_basename (path);

  zip = dd_zip_open (path, name, &content, &local_error);
  if (zip == NULL)
    {
      if (g_error_matches (local_error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED))
        g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                     _("“%s” is not an OpenDocument spreadsheet (.ods): %s"),
                     name, dd_file_content_describe (content));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!check_mimetype (zip, name, error))
    return FALSE;

  part = dd_zip_find_part (zip, CONTENT_PART);
  if (part == NULL)
    {
      g_autoptr(GsfInput) mimetype = dd_zip_find_part (zip, "mimetype");

      if (mimetype != NULL)
        g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT,
                     _("“%s” is damaged: it has no part “%s”"), name, CONTENT_PART);
      else
        g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                     _("“%s” is not an OpenDocument spreadsheet (.ods): %s"),
                     name, dd_file_content_describe (DD_FILE_CONTENT_ZIP));
      return FALSE;
    }

  state.handler = handler;
  state.user_data = user_data;
  state.name = name;
  state.held_cells = g_array_new (FALSE, FALSE, sizeof (HeldCell));
  state.held_text = g_string_new (NULL);
  state.text = g_string_new (NULL);

  memset (&sax, 0, sizeof sax);
  sax.startElementNs = on_start_element;
  sax.endElementNs = on_end_element;
  sax.characters = on_characters;
  sax.cdataBlock = on_characters;

  if (!dd_zip_parse_part (part, CONTENT_PART, &sax, &state.parse, name, cancellable, error))
    return FALSE;

  if (!state.found_spreadsheet)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is not an OpenDocument spreadsheet (.ods): %s"),
                   name, _("it has no spreadsheet in it"));
      return FALSE;
    }

  return TRUE;
}
