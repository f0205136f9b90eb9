/* dd-csv-reader.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CSV file is read in chunks through a small state machine, so memory
 * holds one field at a time whatever the size of the file. The first
 * chunk decides what the whole file is: text or not, UTF-8 or
 * Windows-1252 (Excel's "CSV" on a British Windows; a field further on
 * that is not UTF-8 is read as Windows-1252 too), and which of comma,
 * semicolon or tab separates its fields. Fields are typed the way a
 * spreadsheet would read them (numbers with thousands separators,
 * percentages, ISO and British dates); everything else is a string, and
 * every cell keeps its text as written.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "dd-import-error.h"
#include "dd-sheet-reader.h"
#include "dd-zip-part.h"

#define CHUNK_SIZE        (64 * 1024)
#define MAX_DETECT_LINES  50
#define MAX_NUMBER_LENGTH 100

typedef enum
{
  FIELD_START,
  FIELD_UNQUOTED,
  FIELD_QUOTED,
  FIELD_QUOTE_IN_QUOTED, /* a quote inside a quoted field: its end, or the first of two */
} FieldState;

typedef struct
{
  const DdSheetHandler *handler;
  gpointer              user_data;
  const char           *name;         /* the file, for messages */
  char                  delimiter;
  gboolean              windows_1252; /* else UTF-8, a field at a time falling back to 1252 */
  FieldState            state;
  gboolean              after_cr;     /* a CR ended the record: skip the LF of a CRLF */
  GString              *field;
  GString              *converted;
  guint64               row;          /* the record being read, from 0: a quoted
                                       * line break does not end it */
  guint64               column;       /* the field being read, from 0 */
} CsvReader;

static void
csv_reader_clear (CsvReader *reader)
{
  if (reader->field != NULL)
    g_string_free (reader->field, TRUE);
  if (reader->converted != NULL)
    g_string_free (reader->converted, TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CsvReader, csv_reader_clear)

/* Windows-1252 from 0x80 to 0x9F; the five bytes it leaves undefined map
 * to the C1 controls of the same value, as web browsers read them. */
static const gunichar windows_1252_high[32] = {
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

static void
convert_windows_1252 (const char *text,
                      gsize       length,
                      GString    *out)
{
  g_string_truncate (out, 0);

  for (gsize i = 0; i < length; i++)
    {
      guint8 byte = text[i];

      if (byte < 0x80)
        g_string_append_c (out, byte);
      else if (byte < 0xA0)
        g_string_append_unichar (out, windows_1252_high[byte - 0x80]);
      else
        g_string_append_unichar (out, byte);
    }
}

static gboolean
is_ascii (const char *text,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guint8) text[i] >= 0x80)
      return FALSE;

  return TRUE;
}

/* Valid UTF-8, but for a character the end of the chunk may have cut. */
static gboolean
looks_like_utf8 (const char *bytes,
                 gsize       length,
                 gboolean    at_eof)
{
  const char *end = NULL;

  if (g_utf8_validate_len (bytes, length, &end))
    return TRUE;

  if (at_eof || bytes + length - end >= 4)
    return FALSE;

  /* A character begun but not finished. */
  return g_utf8_get_char_validated (end, bytes + length - end) == (gunichar) -2;
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

static const char *
skip_spaces (const char *p,
             const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;

  return p;
}

/* Reads 1 to @max_digits digits (exactly @max_digits when @exact). */
static gboolean
read_digits (const char **p,
             const char  *end,
             guint        max_digits,
             gboolean     exact,
             guint       *value)
{
  guint n = 0;

  *value = 0;
  while (*p < end && g_ascii_isdigit (**p) && n < max_digits)
    {
      *value = *value * 10 + (**p - '0');
      (*p)++;
      n++;
    }

  return n > 0 && (!exact || n == max_digits) && (*p == end || !g_ascii_isdigit (**p));
}

static gboolean
expect (const char **p,
        const char  *end,
        char         c)
{
  if (*p < end && **p == c)
    {
      (*p)++;
      return TRUE;
    }

  return FALSE;
}

/* " 14:30" or "T14:30:05": the fraction of the day, or 0 when none. */
static gboolean
parse_time_of_day (const char *p,
                   const char *end,
                   double     *fraction)
{
  guint hours;
  guint minutes;
  guint seconds = 0;

  *fraction = 0;
  if (p == end)
    return TRUE;

  if (!expect (&p, end, 'T') && !expect (&p, end, ' '))
    return FALSE;

  if (!read_digits (&p, end, 2, FALSE, &hours) || !expect (&p, end, ':')
      || !read_digits (&p, end, 2, TRUE, &minutes))
    return FALSE;

  if (expect (&p, end, ':') && !read_digits (&p, end, 2, TRUE, &seconds))
    return FALSE;

  if (p != end || hours > 23 || minutes > 59 || seconds > 59)
    return FALSE;

  *fraction = (hours * 3600 + minutes * 60 + seconds) / 86400.0;

  return TRUE;
}

/* "2025-06-30" (ISO 8601) or "30/06/2025" (day first, as in Britain),
 * perhaps with a time of day. */
static gboolean
parse_date (const char *p,
            const char *end,
            double     *serial)
{
  guint year;
  guint month;
  guint day;
  double fraction;

  if (end - p >= 10 && p[4] == '-')
    {
      if (!read_digits (&p, end, 4, TRUE, &year) || !expect (&p, end, '-')
          || !read_digits (&p, end, 2, TRUE, &month) || !expect (&p, end, '-')
          || !read_digits (&p, end, 2, TRUE, &day))
        return FALSE;
    }
  else
    {
      if (!read_digits (&p, end, 2, FALSE, &day) || !expect (&p, end, '/')
          || !read_digits (&p, end, 2, FALSE, &month) || !expect (&p, end, '/')
          || !read_digits (&p, end, 4, TRUE, &year))
        return FALSE;
    }

  if (year < 1 || !g_date_valid_dmy (day, month, year)
      || !parse_time_of_day (p, end, &fraction))
    return FALSE;

  *serial = date_to_serial (year, month, day) + fraction;

  return TRUE;
}

/* A number as people write them in a spreadsheet: "-1,234.5", "170,002 ",
 * "1.5e3", "12.5%" (with @percent set, and the value 12.5). The
 * thousands separator is a comma between groups of three digits. */
static gboolean
parse_number (const char *p,
              const char *end,
              double     *value,
              gboolean   *percent)
{
  char clean[MAX_NUMBER_LENGTH + 1];
  gsize n = 0;
  guint int_digits = 0;
  guint frac_digits = 0;
  gboolean grouped = FALSE;
  guint group = 0;
  char *parse_end = NULL;

  *percent = FALSE;
  if (end - p > MAX_NUMBER_LENGTH)
    return FALSE;

  if (*p == '-' || *p == '+')
    clean[n++] = *p++;
  else if (end - p >= 3 && memcmp (p, "\xe2\x88\x92", 3) == 0) /* a minus sign */
    {
      clean[n++] = '-';
      p += 3;
    }

  for (; p < end; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          clean[n++] = *p;
          int_digits++;
          group++;
        }
      else if (*p == ',')
        {
          if (int_digits == 0 || (grouped ? group != 3 : int_digits > 3))
            return FALSE;
          grouped = TRUE;
          group = 0;
        }
      else
        break;
    }

  if (grouped && group != 3)
    return FALSE;

  if (p < end && *p == '.')
    {
      clean[n++] = *p++;
      for (; p < end && g_ascii_isdigit (*p); p++)
        {
          clean[n++] = *p;
          frac_digits++;
        }
    }

  if (int_digits + frac_digits == 0)
    return FALSE;

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      guint exponent_digits = 0;

      clean[n++] = *p++;
      if (p < end && (*p == '-' || *p == '+'))
        clean[n++] = *p++;
      for (; p < end && g_ascii_isdigit (*p); p++)
        {
          clean[n++] = *p;
          exponent_digits++;
        }
      if (exponent_digits == 0)
        return FALSE;
    }

  p = skip_spaces (p, end);
  if (p < end && *p == '%')
    {
      *percent = TRUE;
      p++;
    }

  if (p != end)
    return FALSE;

  g_assert (n <= MAX_NUMBER_LENGTH);
  clean[n] = '\0';
  *value = g_ascii_strtod (clean, &parse_end);

  return parse_end == clean + n && isfinite (*value);
}

/* Leading and trailing spaces, tabs and no-break spaces do not make a
 * field text: spreadsheets pad numbers with them. */
static void
trim (const char **start,
      const char **end)
{
  const char *p = *start;
  const char *e = *end;

  for (;;)
    {
      if (p < e && (*p == ' ' || *p == '\t'))
        p++;
      else if (e - p >= 2 && (guint8) p[0] == 0xC2 && (guint8) p[1] == 0xA0)
        p += 2;
      else
        break;
    }

  for (;;)
    {
      if (e > p && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
      else if (e - p >= 2 && (guint8) e[-2] == 0xC2 && (guint8) e[-1] == 0xA0)
        e -= 2;
      else
        break;
    }

  *start = p;
  *end = e;
}

static void
type_cell (DdCell *cell,
           gsize   length)
{
  const char *start = cell->text;
  const char *end = cell->text + length;
  gboolean percent;
  double number;

  trim (&start, &end);
  cell->type = DD_CELL_STRING;
  cell->number = 0;

  if (start == end)
    return;

  if (parse_date (start, end, &number))
    {
      cell->type = DD_CELL_DATE;
      cell->number = number;
    }
  else if (parse_number (start, end, &number, &percent))
    {
      cell->type = percent ? DD_CELL_PERCENT : DD_CELL_NUMBER;
      cell->number = percent ? number / 100 : number;
    }
}

/* A row as people count them, from 1. */
static guint
display_row (guint64 row)
{
  return (guint) MIN (row, G_MAXUINT - 1) + 1;
}

/* A handler that said no without saying why stopped the reading. */
static gboolean
check_handler (gboolean   ok,
               GError   **error)
{
  if (!ok && error != NULL && *error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Reading was stopped"));

  return ok;
}

static gboolean
fail_too_many (CsvReader  *reader,
               GError    **error)
{
  if (reader->row >= DD_SHEET_MAX_ROWS)
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE,
                 _("“%s” is too large: it has more than %u rows"),
                 reader->name, (guint) DD_SHEET_MAX_ROWS);
  else
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE,
                 _("“%s” is too large: row %u has more than %u columns"),
                 reader->name, display_row (reader->row), (guint) DD_SHEET_MAX_COLUMNS);

  return FALSE;
}

static gboolean
emit_field (CsvReader  *reader,
            GError    **error)
{
  GString *field = reader->field;
  DdCell cell = { 0, };
  gsize length = field->len;

  if (field->len == 0)
    return TRUE;

  if (reader->row >= DD_SHEET_MAX_ROWS || reader->column >= DD_SHEET_MAX_COLUMNS)
    return fail_too_many (reader, error);

  cell.text = field->str;
  if (!is_ascii (field->str, field->len)
      && (reader->windows_1252 || !g_utf8_validate_len (field->str, field->len, NULL)))
    {
      convert_windows_1252 (field->str, field->len, reader->converted);
      if (reader->converted->len > DD_SHEET_MAX_CELL_BYTES)
        {
          g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” is too large: row %u has a field of more than %u MiB"),
                       reader->name, display_row (reader->row), DD_SHEET_MAX_CELL_BYTES / (1024 * 1024));
          return FALSE;
        }
      cell.text = reader->converted->str;
      length = reader->converted->len;
    }

  cell.row = reader->row;
  cell.column = reader->column;
  type_cell (&cell, length);

  if (reader->handler->cell != NULL
      && !check_handler (reader->handler->cell (&cell, reader->user_data, error), error))
    return FALSE;

  g_string_truncate (field, 0);

  return TRUE;
}

static gboolean
end_field (CsvReader  *reader,
           char        ending,
           GError    **error)
{
  if (!emit_field (reader, error))
    return FALSE;

  reader->state = FIELD_START;
  reader->column++;

  if (ending != reader->delimiter)
    {
      reader->row++;
      reader->column = 0;
      reader->after_cr = ending == '\r';
    }

  return TRUE;
}

static gboolean
append_to_field (CsvReader   *reader,
                 const char  *bytes,
                 gsize        length,
                 GError     **error)
{
  if (reader->field->len + length > DD_SHEET_MAX_CELL_BYTES)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large: row %u has a field of more than %u MiB"),
                   reader->name, display_row (reader->row), DD_SHEET_MAX_CELL_BYTES / (1024 * 1024));
      return FALSE;
    }

  g_string_append_len (reader->field, bytes, length);

  return TRUE;
}

static gboolean
is_field_end (const CsvReader *reader,
              char             c)
{
  return c == reader->delimiter || c == '\n' || c == '\r';
}

/* Feeds the state machine; fields end anywhere, even across chunks. */
static gboolean
read_bytes (CsvReader   *reader,
            const char  *bytes,
            gsize        length,
            GError     **error)
{
  const char *p = bytes;
  const char *end = bytes + length;

  while (p < end)
    {
      const char *run;

      if (reader->after_cr)
        {
          reader->after_cr = FALSE;
          if (*p == '\n')
            {
              p++;
              continue;
            }
        }

      switch (reader->state)
        {
        case FIELD_START:
          if (*p == '"')
            {
              reader->state = FIELD_QUOTED;
              p++;
              break;
            }
          reader->state = FIELD_UNQUOTED;
          G_GNUC_FALLTHROUGH;

        case FIELD_UNQUOTED:
          /* A quote inside an unquoted field is kept as it is. */
          for (run = p; p < end && !is_field_end (reader, *p); p++)
            ;
          if (!append_to_field (reader, run, p - run, error))
            return FALSE;
          if (p < end && !end_field (reader, *p++, error))
            return FALSE;
          break;

        case FIELD_QUOTED:
          run = p;
          p = memchr (p, '"', end - p);
          if (p == NULL)
            p = end;
          if (!append_to_field (reader, run, p - run, error))
            return FALSE;
          if (p < end)
            {
              reader->state = FIELD_QUOTE_IN_QUOTED;
              p++;
            }
          break;

        case FIELD_QUOTE_IN_QUOTED:
          if (*p == '"')
            {
              if (!append_to_field (reader, p, 1, error))
                return FALSE;
              reader->state = FIELD_QUOTED;
              p++;
            }
          else if (is_field_end (reader, *p))
            {
              if (!end_field (reader, *p++, error))
                return FALSE;
            }
          else
            {
              /* Text after the closing quote ("a"b) joins the field. */
              reader->state = FIELD_UNQUOTED;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

static gboolean
finish (CsvReader  *reader,
        GError    **error)
{
  if (reader->state == FIELD_QUOTED)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT,
                   _("“%s” is damaged: the quoted field that starts on row %u is never closed"),
                   reader->name, display_row (reader->row));
      return FALSE;
    }

  /* The last record, unless the file ends with a line break. */
  if (reader->state != FIELD_START || reader->column > 0)
    return end_field (reader, '\n', error);

  return TRUE;
}

/* Which of comma, semicolon and tab separates the fields: the one that
 * occurs, outside quotes, as often on every line of the first that have
 * any (titles padded or not), else the one on most lines. */
static char
detect_delimiter (const char *bytes,
                  gsize       length,
                  gboolean    at_eof)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[MAX_DETECT_LINES][G_N_ELEMENTS (candidates)];
  guint current[G_N_ELEMENTS (candidates)] = { 0, };
  guint n_lines = 0;
  gboolean quoted = FALSE;
  gboolean line_has_any = FALSE;
  char best = ',';
  guint best_count = 0;
  guint best_lines = 0;
  gboolean best_consistent = FALSE;

  for (gsize i = 0; i <= length && n_lines < MAX_DETECT_LINES; i++)
    {
      gboolean line_end;

      if (i == length)
        line_end = at_eof || n_lines == 0;
      else
        {
          char c = bytes[i];

          if (c == '"')
            quoted = !quoted;
          if (quoted || c == '"')
            continue;

          line_end = c == '\n' || c == '\r';
          for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
            if (c == candidates[k])
              {
                current[k]++;
                line_has_any = TRUE;
              }
        }

      if (!line_end)
        continue;

      if (line_has_any)
        {
          memcpy (counts[n_lines++], current, sizeof current);
          memset (current, 0, sizeof current);
          line_has_any = FALSE;
        }
    }

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      gboolean consistent = n_lines > 0;
      guint lines = 0;

      for (guint line = 0; line < n_lines; line++)
        {
          if (counts[line][k] > 0)
            lines++;
          if (counts[line][k] == 0 || counts[line][k] != counts[0][k])
            consistent = FALSE;
        }

      if (lines == 0)
        continue;

      if ((consistent && !best_consistent)
          || (consistent == best_consistent
              && (consistent ? counts[0][k] > best_count : lines > best_lines)))
        {
          best = candidates[k];
          best_consistent = consistent;
          best_count = counts[0][k];
          best_lines = lines;
        }
    }

  return best;
}

/* "crime-tables.csv" reads as a sheet "crime-tables". */
static char *
dup_sheet_name (const char *name)
{
  const char *dot = strrchr (name, '.');

  if (dot == NULL || dot == name)
    return g_strdup (name);

  return g_strndup (name, dot - name);
}

static GInputStream *
open_stream (const char    *path,
             const char    *name,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;
  GFileInputStream *stream;
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  if (S_ISDIR (info.st_mode))
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, g_strerror (EISDIR));
      return NULL;
    }

  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: it is not a file"), name);
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                     _("Could not read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  return G_INPUT_STREAM (stream);
}

/* Fills @buffer as far as the stream goes; a short count is the end. */
static gboolean
read_chunk (GInputStream  *stream,
            guint8        *buffer,
            gsize         *length,
            const char    *name,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_input_stream_read_all (stream, buffer, CHUNK_SIZE, length, cancellable, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA))
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT,
                 _("“%s” is damaged: it is not valid UTF-16 text"), name);
  else
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                 _("Could not read “%s”: %s"), name, local_error->message);

  return FALSE;
}

static gboolean
refuse_binary (const guint8  *bytes,
               gsize          length,
               const char    *name,
               GError       **error)
{
  if (memchr (bytes, '\0', length) == NULL)
    return TRUE;

  g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
               _("“%s” is not a CSV file: it holds binary data"), name);

  return FALSE;
}

/* Excel's "Unicode text" is UTF-16 with a byte order mark: read it
 * through a converter, which gives UTF-8 with the mark first. */
static GInputStream *
convert_utf16 (GInputStream  *stream,
               const guint8  *first,
               gsize          length,
               GError       **error)
{
  const char *charset;
  g_autoptr(GCharsetConverter) converter = NULL;

  if (length >= 2 && first[0] == 0xFF && first[1] == 0xFE)
    charset = "UTF-16LE";
  else if (length >= 2 && first[0] == 0xFE && first[1] == 0xFF)
    charset = "UTF-16BE";
  else
    return g_object_ref (stream);

  if (!g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, NULL, error))
    return NULL;

  converter = g_charset_converter_new ("UTF-8", charset, error);
  if (converter == NULL)
    return NULL;

  return g_converter_input_stream_new (stream, G_CONVERTER (converter));
}

/* Reads the records of @stream, whose first chunk is in @chunk. */
static gboolean
read_records (CsvReader     *reader,
              GInputStream  *stream,
              guint8        *chunk,
              gsize          length,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *sheet_name = dup_sheet_name (reader->name);
  gboolean at_eof = length < CHUNK_SIZE;
  DdFileContent content;
  gsize start = 0;

  content = dd_file_content_sniff (chunk, MIN (length, DD_FILE_CONTENT_SNIFF_BYTES));
  if (content != DD_FILE_CONTENT_EMPTY && content != DD_FILE_CONTENT_TEXT)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is not a CSV file: %s"),
                   reader->name, dd_file_content_describe (content));
      return FALSE;
    }

  if (!refuse_binary (chunk, length, reader->name, error))
    return FALSE;

  if (length >= 3 && memcmp (chunk, "\xef\xbb\xbf", 3) == 0)
    start = 3;

  reader->windows_1252 = !looks_like_utf8 ((const char *) chunk + start, length - start, at_eof);
  reader->delimiter = detect_delimiter ((const char *) chunk + start, length - start, at_eof);
  g_debug ("%s: %s, fields separated by %s", reader->name,
           reader->windows_1252 ? "Windows-1252" : "UTF-8",
           reader->delimiter == '\t' ? "tabs" : reader->delimiter == ';' ? "semicolons" : "commas");

  if (reader->handler->begin_sheet != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!reader->handler->begin_sheet (sheet_name, 0, reader->user_data, &local_error))
        {
          if (local_error == NULL)
            return TRUE;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  for (;;)
    {
      if (!read_bytes (reader, (const char *) chunk + start, length - start, error))
        return FALSE;
      start = 0;

      if (at_eof)
        break;

      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || !read_chunk (stream, chunk, &length, reader->name, cancellable, error)
          || !refuse_binary (chunk, length, reader->name, error))
        return FALSE;
      at_eof = length < CHUNK_SIZE;
    }

  if (!finish (reader, error))
    return FALSE;

  if (reader->handler->end_sheet != NULL)
    return check_handler (reader->handler->end_sheet (reader->user_data, error), error);

  return TRUE;
}

/**
 * dd_csv_read:
 * @path: a CSV file
 * @handler: what to call with the cells
 * @user_data: for @handler
 * @cancellable: (nullable): stops a long read between chunks
 * @error: where a reason goes, in %DD_IMPORT_ERROR
 *
 * Reads a CSV file as one sheet named after the file (its name without
 * the extension), streaming it in chunks.
 *
 * Fields are separated by commas, semicolons or tabs, whichever the first
 * lines use; quoted fields follow RFC 4180 (doubled quotes, line breaks
 * inside); records end with CRLF, LF or CR. The text is UTF-8 (a byte
 * order mark is skipped), or Windows-1252 when the start of the file is
 * not UTF-8 (or a field is not); UTF-16 with a byte order mark is read
 * too.
 *
 * A field is a %DD_CELL_NUMBER when it is a number, perhaps with
 * thousands separators and spaces around it ("170,002 "), a
 * %DD_CELL_PERCENT for "12.5%" (0.125), a %DD_CELL_DATE for "2025-06-30"
 * or "30/06/2025" (perhaps with a time), else a %DD_CELL_STRING; the
 * cell's text is always the field as written. Empty fields are not
 * reported; a blank line is a row with no cells.
 *
 * A field over %DD_SHEET_MAX_CELL_BYTES, or a file over the row or column
 * limits, fails with %DD_IMPORT_ERROR_TOO_LARGE as soon as it is met; a
 * quoted field still open at the end with %DD_IMPORT_ERROR_CORRUPT; a
 * file that is not text with %DD_IMPORT_ERROR_UNSUPPORTED. Cells already
 * handed over stay handed over: the caller stores nothing on failure.
 *
 * Returns: %TRUE when the whole file was read
 */
gboolean
dd_csv_read (const char            *path,
             const DdSheetHandler  *handler,
             gpointer               user_data,
             GCancellable          *cancellable,
             GError               **error)
{
  g_auto(CsvReader) reader = { 0, };
  g_autofree char *name = NULL;
  g_autofree guint8 *chunk = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GInputStream) converted = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (handler != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  name = g_filename_display_basename (path);
  stream = open_stream (path, name, cancellable, error);
  if (stream == NULL)
    return FALSE;

  chunk = g_malloc (CHUNK_SIZE);
  if (!read_chunk (stream, chunk, &length, name, cancellable, error))
    return FALSE;

  /* UTF-16 is full of NULs: convert it before looking at it. */
  converted = convert_utf16 (stream, chunk, length, &local_error);
  if (converted == NULL)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  if (converted != stream
      && !read_chunk (converted, chunk, &length, name, cancellable, error))
    return FALSE;

  reader.handler = handler;
  reader.user_data = user_data;
  reader.name = name;
  reader.field = g_string_new (NULL);
  reader.converted = g_string_new (NULL);

  return read_records (&reader, converted, chunk, length, cancellable, error);
}
