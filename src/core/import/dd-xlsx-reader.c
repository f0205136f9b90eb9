/* dd-xlsx-reader.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An .xlsx is a zip (an OPC package): _rels/.rels points at the workbook,
 * whose relationships point at its sheets, shared strings and styles; a
 * sheet's own relationships point at its tables. Every part is streamed
 * through libxml2's SAX2 push parser (dd-zip-part.c): a sheet is never
 * held in memory, only the shared strings (in one GStringChunk) and the
 * number format of each cell style.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dd-import-error.h"
#include "dd-sheet-reader.h"
#include "dd-zip-part.h"

#define NS_MAIN        "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_MAIN_STRICT "http://purl.oclc.org/ooxml/spreadsheetml/main"

/* The days from 1900-01-00 to 1904-01-01 in Excel's count. */
#define DATE1904_OFFSET 1462

/* More sheets than any workbook has: past this, the workbook part is an
 * attack on memory. */
#define MAX_SHEETS 65536
/* Excel allows 64,000 cell formats; a few more do no harm. */
#define MAX_CELL_FORMATS (1024 * 1024)

typedef enum
{
  FORMAT_NUMBER,
  FORMAT_DATE,
  FORMAT_PERCENT,
} NumberFormat;

typedef struct
{
  char *name;
  char *part;   /* NULL when the workbook does not say where it is */
} Sheet;

typedef struct
{
  const char           *name;          /* the file, for messages */
  GsfInfile            *zip;
  GCancellable         *cancellable;
  const DdSheetHandler *handler;
  gpointer              user_data;

  char                 *workbook_part;
  GPtrArray            *sheets;        /* of Sheet, in workbook order */
  char                 *shared_strings_part;
  char                 *styles_part;
  gboolean              date1904;

  /* Read when the first sheet is: a workbook whose sheets are all
   * skipped never reads them. */
  gboolean              loaded;
  GStringChunk         *string_chunk;
  GArray               *strings;       /* of const char *, into string_chunk; NULL: too long */
  GArray               *cell_formats;  /* of guint8 NumberFormat, by cellXfs index */
} Workbook;

typedef struct
{
  DdZipParse  parse;
  Workbook   *workbook;
  guint       depth;
  gboolean    in_sheets;
  GPtrArray  *relationship_ids;  /* of char *, one a sheet */
} WorkbookState;

typedef struct
{
  DdZipParse  parse;
  GHashTable *custom_formats;  /* numFmtId → NumberFormat + 1 */
  GArray     *cell_formats;
  gboolean    in_cell_xfs;
} StylesState;

typedef struct
{
  DdZipParse    parse;
  Workbook     *workbook;
  GString      *text;
  gboolean      in_item;
  gboolean      in_text;
  guint         skip_depth;  /* > 0 inside phonetic runs (rPh) */
  gboolean      too_long;
} SharedStringsState;

typedef enum
{
  CELL_NUMBER,
  CELL_SHARED_STRING,
  CELL_INLINE_STRING,
  CELL_FORMULA_STRING,
  CELL_BOOLEAN,
  CELL_ERROR,
  CELL_DATE,
} CellKind;

typedef struct
{
  DdZipParse    parse;
  Workbook     *workbook;
  const char   *sheet_name;

  gint64        row;         /* the current row, from 0; -1 before the first */
  gint64        column;      /* the last cell's column; -1 at a row's start */

  gboolean      in_cell;
  CellKind      kind;
  guint         style;
  gboolean      in_value;
  gboolean      in_inline;
  gboolean      in_text;
  guint         skip_depth;  /* > 0 inside phonetic runs (rPh) */
  GString      *text;

  const xmlChar *main_uri;   /* the parser's copy of the namespace, once seen */
} SheetState;

typedef struct
{
  DdZipParse  parse;
  char       *name;
  char       *ref;
  guint       header_rows;
  gboolean    seen;
} TableState;

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->name);
  g_free (sheet->part);
  g_free (sheet);
}

static void
workbook_clear (Workbook *workbook)
{
  g_clear_pointer (&workbook->workbook_part, g_free);
  g_clear_pointer (&workbook->sheets, g_ptr_array_unref);
  g_clear_pointer (&workbook->shared_strings_part, g_free);
  g_clear_pointer (&workbook->styles_part, g_free);
  g_clear_pointer (&workbook->string_chunk, g_string_chunk_free);
  g_clear_pointer (&workbook->strings, g_array_unref);
  g_clear_pointer (&workbook->cell_formats, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Workbook, workbook_clear)

static gboolean
is_main (const xmlChar *uri)
{
  return uri != NULL
         && (strcmp ((const char *) uri, NS_MAIN) == 0
             || strcmp ((const char *) uri, NS_MAIN_STRICT) == 0);
}

/* A sheet has millions of elements: libxml2 hands the namespace of each
 * from its dictionary, the same pointer every time, so compare it once. */
static inline gboolean
sheet_is_main (SheetState    *state,
               const xmlChar *uri)
{
  if (uri != NULL && uri == state->main_uri)
    return TRUE;

  if (!is_main (uri))
    return FALSE;

  state->main_uri = uri;
  return TRUE;
}

/* Element names compared without a call to strcmp (). */
static inline gboolean
is_name1 (const xmlChar *name,
          char           c)
{
  return name[0] == c && name[1] == '\0';
}

static inline gboolean
is_name2 (const xmlChar *name,
          char           c1,
          char           c2)
{
  return name[0] == c1 && name[1] == c2 && name[2] == '\0';
}

/* Five pointers an attribute: local name, prefix, URI, value, value end.
 * @any_namespace: match a namespaced attribute too (r:id). */
static const char *
find_attribute (const xmlChar **attributes,
                int             n_attributes,
                const char     *name,
                gboolean        any_namespace,
                gsize          *length)
{
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = attributes + 5 * i;

      if ((any_namespace || attribute[2] == NULL)
          && strcmp ((const char *) attribute[0], name) == 0)
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
               const char     *name,
               gboolean        any_namespace)
{
  gsize length;
  const char *value = find_attribute (attributes, n_attributes, name, any_namespace, &length);

  return value != NULL ? g_strndup (value, length) : NULL;
}

static gboolean
parse_unsigned (const char *text,
                gsize       length,
                guint64     maximum,
                guint64    *value)
{
  guint64 result = 0;

  if (length == 0)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      result = result * 10 + (text[i] - '0');
      if (result > maximum)
        return FALSE;
    }

  *value = result;
  return TRUE;
}

static gboolean
is_true (const char *value,
         gsize       length)
{
  return (length == 1 && value[0] == '1') || (length == 4 && strncmp (value, "true", 4) == 0);
}

/* "AB12" (or "$AB$12") → row 11, column 27, from 0. Rows and columns
 * beyond the limits parse, so the caller can say which limit it is. */
static gboolean
parse_cell_reference (const char *text,
                      gsize       length,
                      guint64    *row,
                      guint64    *column)
{
  gsize i = 0;
  guint64 letters = 0;
  guint n_letters = 0;

  if (i < length && text[i] == '$')
    i++;

  for (; i < length && g_ascii_isalpha (text[i]); i++)
    {
      if (++n_letters > 4)
        return FALSE;
      letters = letters * 26 + (g_ascii_toupper (text[i]) - 'A' + 1);
    }

  if (n_letters == 0)
    return FALSE;

  if (i < length && text[i] == '$')
    i++;

  if (!parse_unsigned (text + i, length - i, G_MAXUINT32, row) || *row == 0)
    return FALSE;

  *row -= 1;
  *column = letters - 1;

  return TRUE;
}

static gboolean
parse_range (const char *text,
             gsize       length,
             guint64    *first_row,
             guint64    *first_column,
             guint64    *last_row,
             guint64    *last_column)
{
  const char *colon = memchr (text, ':', length);

  if (colon == NULL)
    {
      if (!parse_cell_reference (text, length, first_row, first_column))
        return FALSE;
      *last_row = *first_row;
      *last_column = *first_column;
      return TRUE;
    }

  if (!parse_cell_reference (text, colon - text, first_row, first_column)
      || !parse_cell_reference (colon + 1, text + length - colon - 1, last_row, last_column))
    return FALSE;

  if (*last_row < *first_row || *last_column < *first_column)
    {
      guint64 swap;

      swap = MIN (*first_row, *last_row);
      *last_row = MAX (*first_row, *last_row);
      *first_row = swap;
      swap = MIN (*first_column, *last_column);
      *last_column = MAX (*first_column, *last_column);
      *first_column = swap;
    }

  return TRUE;
}

/* "B7", for messages. */
static char *
format_cell_reference (guint64 row,
                       guint64 column)
{
  char letters[16];
  guint n = 0;
  guint64 rest = column + 1;
  GString *reference = g_string_new (NULL);

  while (rest > 0 && n < sizeof letters)
    {
      letters[n++] = 'A' + (rest - 1) % 26;
      rest = (rest - 1) / 26;
    }
  while (n > 0)
    g_string_append_c (reference, letters[--n]);
  g_string_append_printf (reference, "%" G_GUINT64_FORMAT, row + 1);

  return g_string_free (reference, FALSE);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Office writes characters XML cannot hold (and "_x" itself, as
 * "_x005F_x") as "_xHHHH_": put them back. */
static void
unescape_text (GString *text)
{
  gsize read = 0;
  gsize written = 0;

  if (memchr (text->str, '_', text->len) == NULL)
    return;

  while (read < text->len)
    {
      const char *p = text->str + read;

      if (read + 7 <= text->len && p[0] == '_' && p[1] == 'x' && p[6] == '_'
          && hex_value (p[2]) >= 0 && hex_value (p[3]) >= 0
          && hex_value (p[4]) >= 0 && hex_value (p[5]) >= 0)
        {
          gunichar c = (hex_value (p[2]) << 12) | (hex_value (p[3]) << 8)
                       | (hex_value (p[4]) << 4) | hex_value (p[5]);

          /* A lone surrogate or a NUL cannot be text: keep it written out. */
          if (c != 0 && g_unichar_validate (c))
            {
              char utf8[6];
              int n = g_unichar_to_utf8 (c, utf8);

              /* Never longer than the seven bytes it replaces. */
              memcpy (text->str + written, utf8, n);
              written += n;
              read += 7;
              continue;
            }
        }

      text->str[written++] = text->str[read++];
    }

  g_string_truncate (text, written);
}

/* Is a custom number format a date (or time)? A "d", "m", "y", "h" or
 * "s" outside quotes and brackets says so, unless the format counts
 * elapsed time ("[h]:mm"), which is a duration. */
static NumberFormat
classify_format_code (const char *code)
{
  gboolean date = FALSE;
  gboolean elapsed = FALSE;
  gboolean percent = FALSE;

  for (const char *p = code; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          p = strchr (p + 1, '"');
          if (p == NULL)
            goto done;
          break;

        case '[':
          {
            const char *end = strchr (p, ']');

            if (end == NULL)
              goto done;
            if (end - p >= 2 && strchr ("hHmMsS", p[1]) != NULL)
              {
                gboolean all_same = TRUE;

                for (const char *q = p + 1; q < end; q++)
                  if (g_ascii_tolower (*q) != g_ascii_tolower (p[1]))
                    all_same = FALSE;
                if (all_same)
                  elapsed = TRUE;
              }
            p = end;
          }
          break;

        case '\\':
        case '_':
        case '*':
          /* An escaped character, a space as wide as one, a fill. */
          if (p[1] == '\0')
            goto done;
          p++;
          break;

        case '%':
          percent = TRUE;
          break;

        case ';':
          /* The first section decides. */
          goto done;

        default:
          if (strchr ("dDmMyYhHsS", *p) != NULL)
            date = TRUE;
          break;
        }
    }

done:
  if (elapsed)
    return percent ? FORMAT_PERCENT : FORMAT_NUMBER;
  if (date)
    return FORMAT_DATE;
  if (percent)
    return FORMAT_PERCENT;
  return FORMAT_NUMBER;
}

static NumberFormat
classify_builtin_format (guint64 id)
{
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
    return FORMAT_DATE;
  if (id == 9 || id == 10)
    return FORMAT_PERCENT;
  return FORMAT_NUMBER;
}

/* Calls a handler member, making sure a failure has an error. */
static gboolean
check_handler (gboolean    ok,
               GError    **error)
{
  if (!ok && error != NULL && *error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Reading was stopped"));

  return ok;
}

/* The workbook part ------------------------------------------------------ */

static void
on_workbook_start_element (void           *user_data,
                           const xmlChar  *local_name,
                           const xmlChar  *prefix G_GNUC_UNUSED,
                           const xmlChar  *uri,
                           int             n_namespaces G_GNUC_UNUSED,
                           const xmlChar **namespaces G_GNUC_UNUSED,
                           int             n_attributes,
                           int             n_defaulted G_GNUC_UNUSED,
                           const xmlChar **attributes)
{
  WorkbookState *state = user_data;
  Workbook *workbook = state->workbook;
  const char *name = (const char *) local_name;

  if (state->parse.error != NULL)
    return;

  if (state->depth++ == 0)
    {
      if (strcmp (name, "workbook") != 0)
        {
          if (strcmp (name, "document") == 0)
            dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_UNSUPPORTED,
                               _("“%s” is not an Excel workbook: it looks like a Word document"),
                               workbook->name);
          else
            dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_UNSUPPORTED,
                               _("“%s” is not an Excel workbook: it has no workbook part"),
                               workbook->name);
        }
      return;
    }

  if (!is_main (uri))
    return;

  if (state->depth == 2 && strcmp (name, "workbookPr") == 0)
    {
      gsize length;
      const char *value = find_attribute (attributes, n_attributes, "date1904", FALSE, &length);

      workbook->date1904 = value != NULL && is_true (value, length);
    }
  else if (state->depth == 2 && strcmp (name, "sheets") == 0)
    state->in_sheets = TRUE;
  else if (state->in_sheets && state->depth == 3 && strcmp (name, "sheet") == 0)
    {
      Sheet *sheet;

      if (workbook->sheets->len >= MAX_SHEETS)
        {
          dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE,
                             _("“%s” is too large: it has more than %d sheets"),
                             workbook->name, MAX_SHEETS);
          return;
        }

      sheet = g_new0 (Sheet, 1);
      sheet->name = dup_attribute (attributes, n_attributes, "name", FALSE);
      if (sheet->name == NULL)
        sheet->name = g_strdup_printf ("%u", workbook->sheets->len + 1);
      g_ptr_array_add (workbook->sheets, sheet);
      g_ptr_array_add (state->relationship_ids, dup_attribute (attributes, n_attributes, "id", TRUE));
    }
}

static void
on_workbook_end_element (void          *user_data,
                         const xmlChar *local_name,
                         const xmlChar *prefix G_GNUC_UNUSED,
                         const xmlChar *uri)
{
  WorkbookState *state = user_data;

  if (state->parse.error != NULL)
    return;

  if (state->depth-- == 2 && is_main (uri) && strcmp ((const char *) local_name, "sheets") == 0)
    state->in_sheets = FALSE;
}

static gboolean
open_workbook (Workbook  *workbook,
               GError   **error)
{
  g_autoptr(GPtrArray) relationships = NULL;
  g_autoptr(GPtrArray) relationship_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) workbook_relationships = NULL;
  g_autoptr(GsfInput) part = NULL;
  const DdOpcRelationship *relationship;
  WorkbookState state = { { 0, }, };
  xmlSAXHandler sax;
  gboolean ok;

  relationships = dd_opc_read_relationships (workbook->zip, NULL, workbook->name,
                                             workbook->cancellable, error);
  if (relationships == NULL)
    return FALSE;

  relationship = dd_opc_find_relationship (relationships, "officeDocument");
  if (relationship != NULL)
    {
      workbook->workbook_part = g_strdup (relationship->target);
      part = dd_zip_find_part (workbook->zip, workbook->workbook_part);
      if (part == NULL)
        {
          g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT,
                       _("“%s” is damaged: its workbook part is missing"), workbook->name);
          return FALSE;
        }
    }
  else
    {
      workbook->workbook_part = g_strdup ("xl/workbook.xml");
      part = dd_zip_find_part (workbook->zip, workbook->workbook_part);
      if (part == NULL)
        {
          if (dd_zip_find_part (workbook->zip, "word/document.xml") != NULL)
            g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                         _("“%s” is not an Excel workbook: it looks like a Word document"),
                         workbook->name);
          else
            g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                         _("“%s” is not an Excel workbook: it has no workbook part"),
                         workbook->name);
          return FALSE;
        }
    }

  memset (&sax, 0, sizeof sax);
  sax.startElementNs = on_workbook_start_element;
  sax.endElementNs = on_workbook_end_element;

  state.workbook = workbook;
  state.relationship_ids = relationship_ids;

  ok = dd_zip_parse_part (part, workbook->workbook_part, &sax, &state.parse, workbook->name,
                          workbook->cancellable, error);
  dd_zip_parse_clear (&state.parse);
  if (!ok)
    return FALSE;

  workbook_relationships = dd_opc_read_relationships (workbook->zip, workbook->workbook_part,
                                                      workbook->name, workbook->cancellable,
                                                      error);
  if (workbook_relationships == NULL)
    return FALSE;

  /* Only worksheets hold cells: chart sheets and the like are left out,
   * so the sheets' indexes are those of the sheets that can be read. */
  for (guint i = 0; i < workbook->sheets->len;)
    {
      Sheet *sheet = g_ptr_array_index (workbook->sheets, i);
      const char *id = g_ptr_array_index (relationship_ids, i);

      relationship = id != NULL ? dd_opc_find_relationship_by_id (workbook_relationships, id) : NULL;
      if (relationship != NULL && relationship->type != NULL
          && !g_str_has_suffix (relationship->type, "/worksheet"))
        {
          g_ptr_array_remove_index (workbook->sheets, i);
          g_ptr_array_remove_index (relationship_ids, i);
          continue;
        }

      if (relationship != NULL)
        sheet->part = g_strdup (relationship->target);
      i++;
    }

  relationship = dd_opc_find_relationship (workbook_relationships, "sharedStrings");
  if (relationship != NULL)
    workbook->shared_strings_part = g_strdup (relationship->target);

  relationship = dd_opc_find_relationship (workbook_relationships, "styles");
  if (relationship != NULL)
    workbook->styles_part = g_strdup (relationship->target);

  return TRUE;
}

/* The styles part -------------------------------------------------------- */

static void
on_styles_start_element (void           *user_data,
                         const xmlChar  *local_name,
                         const xmlChar  *prefix G_GNUC_UNUSED,
                         const xmlChar  *uri,
                         int             n_namespaces G_GNUC_UNUSED,
                         const xmlChar **namespaces G_GNUC_UNUSED,
                         int             n_attributes,
                         int             n_defaulted G_GNUC_UNUSED,
                         const xmlChar **attributes)
{
  StylesState *state = user_data;
  const char *name = (const char *) local_name;
  const char *value;
  gsize length;
  guint64 id;

  if (state->parse.error != NULL || !is_main (uri))
    return;

  if (strcmp (name, "numFmt") == 0)
    {
      g_autofree char *code = dup_attribute (attributes, n_attributes, "formatCode", FALSE);

      value = find_attribute (attributes, n_attributes, "numFmtId", FALSE, &length);
      if (code != NULL && value != NULL && parse_unsigned (value, length, G_MAXUINT, &id))
        g_hash_table_insert (state->custom_formats, GUINT_TO_POINTER (id),
                             GUINT_TO_POINTER (classify_format_code (code) + 1));
    }
  else if (strcmp (name, "cellXfs") == 0)
    state->in_cell_xfs = TRUE;
  else if (state->in_cell_xfs && strcmp (name, "xf") == 0)
    {
      guint8 format = FORMAT_NUMBER;

      if (state->cell_formats->len >= MAX_CELL_FORMATS)
        return;

      value = find_attribute (attributes, n_attributes, "numFmtId", FALSE, &length);
      if (value != NULL && parse_unsigned (value, length, G_MAXUINT, &id))
        {
          gpointer custom = g_hash_table_lookup (state->custom_formats, GUINT_TO_POINTER (id));

          format = custom != NULL ? GPOINTER_TO_UINT (custom) - 1 : classify_builtin_format (id);
        }
      g_array_append_val (state->cell_formats, format);
    }
}

static void
on_styles_end_element (void          *user_data,
                       const xmlChar *local_name,
                       const xmlChar *prefix G_GNUC_UNUSED,
                       const xmlChar *uri)
{
  StylesState *state = user_data;

  if (is_main (uri) && strcmp ((const char *) local_name, "cellXfs") == 0)
    state->in_cell_xfs = FALSE;
}

static gboolean
read_styles (Workbook  *workbook,
             GError   **error)
{
  g_autoptr(GsfInput) part = NULL;
  g_autoptr(GHashTable) custom_formats = g_hash_table_new (NULL, NULL);
  StylesState state = { { 0, }, };
  xmlSAXHandler sax;
  gboolean ok;

  workbook->cell_formats = g_array_new (FALSE, FALSE, sizeof (guint8));

  if (workbook->styles_part == NULL
      || (part = dd_zip_find_part (workbook->zip, workbook->styles_part)) == NULL)
    return TRUE;

  memset (&sax, 0, sizeof sax);
  sax.startElementNs = on_styles_start_element;
  sax.endElementNs = on_styles_end_element;

  state.custom_formats = custom_formats;
  state.cell_formats = workbook->cell_formats;

  ok = dd_zip_parse_part (part, workbook->styles_part, &sax, &state.parse, workbook->name,
                          workbook->cancellable, error);
  dd_zip_parse_clear (&state.parse);

  return ok;
}

/* The shared strings part ------------------------------------------------ */

static void
on_strings_start_element (void           *user_data,
                          const xmlChar  *local_name,
                          const xmlChar  *prefix G_GNUC_UNUSED,
                          const xmlChar  *uri,
                          int             n_namespaces G_GNUC_UNUSED,
                          const xmlChar **namespaces G_GNUC_UNUSED,
                          int             n_attributes,
                          int             n_defaulted G_GNUC_UNUSED,
                          const xmlChar **attributes)
{
  SharedStringsState *state = user_data;
  const char *name = (const char *) local_name;

  if (state->parse.error != NULL || !is_main (uri))
    return;

  if (state->skip_depth > 0)
    state->skip_depth++;
  else if (strcmp (name, "si") == 0)
    {
      state->in_item = TRUE;
      state->too_long = FALSE;
      g_string_truncate (state->text, 0);
    }
  else if (!state->in_item)
    {
      gsize length;
      const char *count;
      guint64 n;

      /* Make room for them all at once, within reason. */
      if (strcmp (name, "sst") == 0
          && (count = find_attribute (attributes, n_attributes, "uniqueCount", FALSE, &length)) != NULL
          && parse_unsigned (count, length, 1024 * 1024, &n))
        g_array_set_size (g_array_set_size (state->workbook->strings, n), 0);
    }
  else if (strcmp (name, "rPh") == 0)
    state->skip_depth = 1;
  else if (strcmp (name, "t") == 0)
    state->in_text = TRUE;
}

static void
on_strings_end_element (void          *user_data,
                        const xmlChar *local_name,
                        const xmlChar *prefix G_GNUC_UNUSED,
                        const xmlChar *uri)
{
  SharedStringsState *state = user_data;
  Workbook *workbook = state->workbook;
  const char *name = (const char *) local_name;

  if (state->parse.error != NULL || !is_main (uri))
    return;

  if (state->skip_depth > 0)
    state->skip_depth--;
  else if (strcmp (name, "t") == 0)
    state->in_text = FALSE;
  else if (state->in_item && strcmp (name, "si") == 0)
    {
      const char *text = NULL;

      /* A string over the limit is not kept: the cell that uses it, if
       * any, fails, naming itself. */
      if (!state->too_long)
        {
          unescape_text (state->text);
          text = g_string_chunk_insert_len (workbook->string_chunk, state->text->str,
                                            state->text->len);
        }
      g_array_append_val (workbook->strings, text);
      state->in_item = FALSE;
    }
}

static void
on_strings_characters (void          *user_data,
                       const xmlChar *characters,
                       int            length)
{
  SharedStringsState *state = user_data;

  if (state->parse.error != NULL || !state->in_text || state->skip_depth > 0 || state->too_long)
    return;

  if (state->text->len + length > DD_SHEET_MAX_CELL_BYTES)
    {
      state->too_long = TRUE;
      g_string_truncate (state->text, 0);
      return;
    }

  g_string_append_len (state->text, (const char *) characters, length);
}

static gboolean
read_shared_strings (Workbook  *workbook,
                     GError   **error)
{
  g_autoptr(GsfInput) part = NULL;
  SharedStringsState state = { { 0, }, };
  xmlSAXHandler sax;
  gboolean ok;

  workbook->string_chunk = g_string_chunk_new (64 * 1024);
  workbook->strings = g_array_new (FALSE, FALSE, sizeof (const char *));

  if (workbook->shared_strings_part == NULL
      || (part = dd_zip_find_part (workbook->zip, workbook->shared_strings_part)) == NULL)
    return TRUE;

  memset (&sax, 0, sizeof sax);
  sax.startElementNs = on_strings_start_element;
  sax.endElementNs = on_strings_end_element;
  sax.characters = on_strings_characters;
  sax.ignorableWhitespace = on_strings_characters;
  sax.cdataBlock = on_strings_characters;

  state.workbook = workbook;
  state.text = g_string_sized_new (256);

  ok = dd_zip_parse_part (part, workbook->shared_strings_part, &sax, &state.parse, workbook->name,
                          workbook->cancellable, error);
  dd_zip_parse_clear (&state.parse);
  g_string_free (state.text, TRUE);

  return ok;
}

static gboolean
load_workbook_data (Workbook  *workbook,
                    GError   **error)
{
  if (workbook->loaded)
    return TRUE;

  workbook->loaded = TRUE;

  return read_styles (workbook, error) && read_shared_strings (workbook, error);
}

/* A sheet part ----------------------------------------------------------- */

static void
fail_cell_too_long (SheetState *state,
                    guint64     row,
                    guint64     column)
{
  g_autofree char *reference = format_cell_reference (row, column);
  g_autofree char *size = g_format_size (DD_SHEET_MAX_CELL_BYTES);

  dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE,
                     _("“%s” is too large: cell %s of sheet “%s” holds more than %s of text"),
                     state->workbook->name, reference, state->sheet_name, size);
}

static gboolean
check_position (SheetState *state,
                guint64     row,
                guint64     column)
{
  if (row >= DD_SHEET_MAX_ROWS)
    {
      dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE,
                         _("“%s” is too large: sheet “%s” has more than %d rows"),
                         state->workbook->name, state->sheet_name, DD_SHEET_MAX_ROWS);
      return FALSE;
    }

  if (column >= DD_SHEET_MAX_COLUMNS)
    {
      dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE,
                         _("“%s” is too large: sheet “%s” has more than %d columns"),
                         state->workbook->name, state->sheet_name, DD_SHEET_MAX_COLUMNS);
      return FALSE;
    }

  return TRUE;
}

static void
fail_bad_reference (SheetState *state,
                    const char *reference,
                    gsize       length)
{
  dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_CORRUPT,
                     _("“%s” is damaged: sheet “%s” has a cell reference “%.*s” that is not valid"),
                     state->workbook->name, state->sheet_name, (int) MIN (length, 32), reference);
}

static void
begin_row (SheetState     *state,
           const xmlChar **attributes,
           int             n_attributes)
{
  gsize length;
  const char *value = find_attribute (attributes, n_attributes, "r", FALSE, &length);
  guint64 row;

  if (value != NULL)
    {
      if (!parse_unsigned (value, length, G_MAXUINT32, &row) || row == 0)
        {
          fail_bad_reference (state, value, length);
          return;
        }
      row--;
    }
  else
    row = state->row + 1;

  if (!check_position (state, row, 0))
    return;

  state->row = row;
  state->column = -1;
}

static void
begin_cell (SheetState     *state,
            const xmlChar **attributes,
            int             n_attributes)
{
  const char *reference = NULL;
  const char *style = NULL;
  const char *type = NULL;
  gsize reference_length = 0;
  gsize style_length = 0;
  gsize type_length = 0;
  guint64 row = state->row < 0 ? 0 : state->row;
  guint64 column = state->column + 1;
  guint64 style_index;

  /* Five pointers an attribute: local name, prefix, URI, value, value end. */
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = attributes + 5 * i;
      const xmlChar *name = attribute[0];
      const char *value = (const char *) attribute[3];
      gsize length = attribute[4] - attribute[3];

      if (attribute[2] != NULL || name[0] == '\0' || name[1] != '\0')
        continue;

      switch (name[0])
        {
        case 'r':
          reference = value;
          reference_length = length;
          break;
        case 's':
          style = value;
          style_length = length;
          break;
        case 't':
          type = value;
          type_length = length;
          break;
        default:
          break;
        }
    }

  if (reference != NULL && !parse_cell_reference (reference, reference_length, &row, &column))
    {
      fail_bad_reference (state, reference, reference_length);
      return;
    }

  if (!check_position (state, row, column))
    return;

  state->row = row;
  state->column = column;
  state->in_cell = TRUE;
  g_string_truncate (state->text, 0);

  if (style != NULL && parse_unsigned (style, style_length, G_MAXUINT, &style_index))
    state->style = style_index;
  else
    state->style = 0;

  if (type == NULL || (type_length == 1 && type[0] == 'n'))
    state->kind = CELL_NUMBER;
  else if (type_length == 1 && type[0] == 's')
    state->kind = CELL_SHARED_STRING;
  else if (type_length == 1 && type[0] == 'b')
    state->kind = CELL_BOOLEAN;
  else if (type_length == 1 && type[0] == 'e')
    state->kind = CELL_ERROR;
  else if (type_length == 1 && type[0] == 'd')
    state->kind = CELL_DATE;
  else if (type_length == 3 && strncmp (type, "str", 3) == 0)
    state->kind = CELL_FORMULA_STRING;
  else if (type_length == 9 && strncmp (type, "inlineStr", 9) == 0)
    state->kind = CELL_INLINE_STRING;
  else
    state->kind = CELL_NUMBER;
}

static NumberFormat
cell_format (SheetState *state)
{
  GArray *formats = state->workbook->cell_formats;

  if (state->style >= formats->len)
    return FORMAT_NUMBER;

  return g_array_index (formats, guint8, state->style);
}

/* Days from 1970-01-01 of a date in the proleptic Gregorian calendar. */
static gint64
days_from_civil (gint64 year,
                 guint  month,
                 guint  day)
{
  gint64 era;
  guint year_of_era;
  guint day_of_year;
  guint day_of_era;

  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  year_of_era = (guint) (year - era * 400);
  day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return era * 146097 + (gint64) day_of_era - 719468;
}

/* An ISO 8601 date ("2024-03-31", "2024-03-31T12:30:00") as a serial day
 * in Excel's 1900 system. */
static gboolean
parse_iso_date (const char *text,
                double     *serial)
{
  guint year, month, day, hour = 0, minute = 0;
  double second = 0;
  int consumed = 0;
  gint64 days;

  if (sscanf (text, "%4u-%2u-%2u%n", &year, &month, &day, &consumed) != 3
      || month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;

  text += consumed;
  if (*text == 'T')
    {
      if (sscanf (text, "T%2u:%2u:%lf", &hour, &minute, &second) < 2
          || hour > 24 || minute > 59 || second < 0 || second >= 61)
        return FALSE;
    }

  days = days_from_civil (year, month, day) + 25569;
  /* Excel counts a 29 February 1900 that never was. */
  if (days < 61)
    days--;

  *serial = days + (hour * 3600 + minute * 60 + second) / 86400.0;

  return TRUE;
}

/* The powers of ten a double holds exactly. */
static const double exact_powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Most values in a sheet are plain decimals ("170002", "0.1937984496124031"):
 * with at most 15 significant digits (or a mantissa under 2^53) and at
 * most 22 decimals, mantissa / 10^decimals is correctly rounded, as
 * strtod () would give, at a fraction of the cost. FALSE for anything
 * else (exponents, more digits, spaces), left to strtod (). */
static gboolean
parse_plain_decimal (const char *text,
                     double     *number)
{
  const char *p = text;
  gboolean negative = FALSE;
  gboolean any_digit = FALSE;
  guint64 mantissa = 0;
  guint n_digits = 0;
  guint decimals = 0;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  for (; g_ascii_isdigit (*p); p++)
    {
      any_digit = TRUE;
      if (mantissa == 0 && *p == '0')
        continue;
      if (++n_digits > 16)
        return FALSE;
      mantissa = mantissa * 10 + (*p - '0');
    }

  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++)
        {
          any_digit = TRUE;
          if (++decimals >= G_N_ELEMENTS (exact_powers_of_ten))
            return FALSE;
          if (mantissa == 0 && *p == '0')
            continue;
          if (++n_digits > 16)
            return FALSE;
          mantissa = mantissa * 10 + (*p - '0');
        }
    }

  if (*p != '\0' || !any_digit || mantissa > (G_GUINT64_CONSTANT (1) << 53))
    return FALSE;

  *number = (double) mantissa / exact_powers_of_ten[decimals];
  if (negative)
    *number = -*number;

  return TRUE;
}

static gboolean
parse_number (const char *text,
              double     *number)
{
  char *end = NULL;

  if (*text == '\0')
    return FALSE;

  if (parse_plain_decimal (text, number))
    return TRUE;

  *number = g_ascii_strtod (text, &end);

  while (end != NULL && g_ascii_isspace (*end))
    end++;

  return end != NULL && end != text && *end == '\0';
}

static void
end_cell (SheetState *state)
{
  Workbook *workbook = state->workbook;
  const DdSheetHandler *handler = workbook->handler;
  DdCell cell = { 0, };
  GError *error = NULL;

  state->in_cell = FALSE;

  if (handler->cell == NULL)
    return;

  cell.row = state->row;
  cell.column = state->column;

  switch (state->kind)
    {
    case CELL_SHARED_STRING:
      {
        guint64 index;
        const char *digits = state->text->str;
        gsize length = state->text->len;

        while (length > 0 && g_ascii_isspace (*digits))
          {
            digits++;
            length--;
          }
        while (length > 0 && g_ascii_isspace (digits[length - 1]))
          length--;
        if (length == 0)
          return;

        if (!parse_unsigned (digits, length, G_MAXUINT32, &index)
            || index >= workbook->strings->len)
          {
            g_autofree char *reference = format_cell_reference (state->row, state->column);

            dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_CORRUPT,
                               _("“%s” is damaged: cell %s of sheet “%s” refers to "
                                 "a shared string that is not there"),
                               workbook->name, reference, state->sheet_name);
            return;
          }

        cell.text = g_array_index (workbook->strings, const char *, index);
        if (cell.text == NULL)
          {
            fail_cell_too_long (state, state->row, state->column);
            return;
          }
        cell.type = DD_CELL_STRING;
      }
      break;

    case CELL_INLINE_STRING:
    case CELL_FORMULA_STRING:
      unescape_text (state->text);
      cell.type = DD_CELL_STRING;
      cell.text = state->text->str;
      break;

    case CELL_ERROR:
      cell.type = DD_CELL_ERROR;
      cell.text = g_strstrip (state->text->str);
      break;

    case CELL_BOOLEAN:
      g_strstrip (state->text->str);
      if (state->text->str[0] == '\0')
        return;
      cell.type = DD_CELL_BOOLEAN;
      cell.number = is_true (state->text->str, strlen (state->text->str)) ? 1 : 0;
      break;

    case CELL_DATE:
      g_strstrip (state->text->str);
      if (state->text->str[0] == '\0')
        return;
      if (parse_iso_date (state->text->str, &cell.number))
        cell.type = DD_CELL_DATE;
      else
        {
          cell.type = DD_CELL_STRING;
          cell.text = state->text->str;
        }
      break;

    case CELL_NUMBER:
    default:
      if (state->text->len == 0)
        return;
      if (!parse_number (state->text->str, &cell.number))
        {
          /* Not a number after all: keep what it says. */
          cell.type = DD_CELL_STRING;
          cell.text = state->text->str;
          break;
        }

      switch (cell_format (state))
        {
        case FORMAT_DATE:
          cell.type = DD_CELL_DATE;
          if (workbook->date1904)
            cell.number += DATE1904_OFFSET;
          break;
        case FORMAT_PERCENT:
          cell.type = DD_CELL_PERCENT;
          break;
        case FORMAT_NUMBER:
        default:
          cell.type = DD_CELL_NUMBER;
          break;
        }
      break;
    }

  /* Empty cells (and empty strings) are not reported. */
  if (cell.text != NULL && cell.text[0] == '\0'
      && (cell.type == DD_CELL_STRING || cell.type == DD_CELL_ERROR))
    return;

  if (!check_handler (handler->cell (&cell, workbook->user_data, &error), &error))
    dd_zip_parse_take_error (&state->parse, error);
}

static void
read_merge (SheetState     *state,
            const xmlChar **attributes,
            int             n_attributes)
{
  const DdSheetHandler *handler = state->workbook->handler;
  GError *error = NULL;
  guint64 first_row, first_column, last_row, last_column;
  gsize length;
  const char *ref = find_attribute (attributes, n_attributes, "ref", FALSE, &length);

  if (handler->merge == NULL || ref == NULL)
    return;

  if (!parse_range (ref, length, &first_row, &first_column, &last_row, &last_column))
    {
      fail_bad_reference (state, ref, length);
      return;
    }

  if (!check_position (state, last_row, last_column))
    return;

  if (!check_handler (handler->merge (first_row, first_column, last_row, last_column,
                                      state->workbook->user_data, &error),
                      &error))
    dd_zip_parse_take_error (&state->parse, error);
}

static void
on_sheet_start_element (void           *user_data,
                        const xmlChar  *local_name,
                        const xmlChar  *prefix G_GNUC_UNUSED,
                        const xmlChar  *uri,
                        int             n_namespaces G_GNUC_UNUSED,
                        const xmlChar **namespaces G_GNUC_UNUSED,
                        int             n_attributes,
                        int             n_defaulted G_GNUC_UNUSED,
                        const xmlChar **attributes)
{
  SheetState *state = user_data;
  const xmlChar *name = local_name;

  if (state->parse.error != NULL || !sheet_is_main (state, uri))
    return;

  if (state->in_cell)
    {
      if (state->skip_depth > 0)
        state->skip_depth++;
      else if (is_name1 (name, 'v'))
        {
          state->in_value = TRUE;
          /* An inline string has no value; a formula's cached value
           * replaces anything before it. */
          if (state->kind != CELL_INLINE_STRING)
            g_string_truncate (state->text, 0);
        }
      else if (is_name2 (name, 'i', 's'))
        state->in_inline = TRUE;
      else if (state->in_inline && strcmp ((const char *) name, "rPh") == 0)
        state->skip_depth = 1;
      else if (state->in_inline && is_name1 (name, 't'))
        state->in_text = TRUE;
      return;
    }

  if (is_name1 (name, 'c'))
    begin_cell (state, attributes, n_attributes);
  else if (name[0] == 'r' && strcmp ((const char *) name, "row") == 0)
    begin_row (state, attributes, n_attributes);
  else if (name[0] == 'm' && strcmp ((const char *) name, "mergeCell") == 0)
    read_merge (state, attributes, n_attributes);
}

static void
on_sheet_end_element (void          *user_data,
                      const xmlChar *local_name,
                      const xmlChar *prefix G_GNUC_UNUSED,
                      const xmlChar *uri)
{
  SheetState *state = user_data;
  const xmlChar *name = local_name;

  if (state->parse.error != NULL || !state->in_cell || !sheet_is_main (state, uri))
    return;

  if (state->skip_depth > 0)
    state->skip_depth--;
  else if (is_name1 (name, 'v'))
    state->in_value = FALSE;
  else if (is_name1 (name, 't'))
    state->in_text = FALSE;
  else if (is_name2 (name, 'i', 's'))
    state->in_inline = FALSE;
  else if (is_name1 (name, 'c'))
    end_cell (state);
}

static void
on_sheet_characters (void          *user_data,
                     const xmlChar *characters,
                     int            length)
{
  SheetState *state = user_data;

  if (state->parse.error != NULL || state->skip_depth > 0)
    return;

  /* The value, or an inline string's text; a formula is not read. */
  if (!((state->in_value && state->kind != CELL_INLINE_STRING)
        || (state->in_inline && state->in_text)))
    return;

  if (state->text->len + length > DD_SHEET_MAX_CELL_BYTES)
    {
      fail_cell_too_long (state, state->row, state->column);
      return;
    }

  g_string_append_len (state->text, (const char *) characters, length);
}

/* A table part ----------------------------------------------------------- */

static void
on_table_start_element (void           *user_data,
                        const xmlChar  *local_name,
                        const xmlChar  *prefix G_GNUC_UNUSED,
                        const xmlChar  *uri,
                        int             n_namespaces G_GNUC_UNUSED,
                        const xmlChar **namespaces G_GNUC_UNUSED,
                        int             n_attributes,
                        int             n_defaulted G_GNUC_UNUSED,
                        const xmlChar **attributes)
{
  TableState *state = user_data;
  const char *value;
  gsize length;
  guint64 header_rows;

  if (state->seen || state->parse.error != NULL)
    return;

  state->seen = TRUE;
  if (!is_main (uri) || strcmp ((const char *) local_name, "table") != 0)
    return;

  state->name = dup_attribute (attributes, n_attributes, "displayName", FALSE);
  if (state->name == NULL)
    state->name = dup_attribute (attributes, n_attributes, "name", FALSE);
  state->ref = dup_attribute (attributes, n_attributes, "ref", FALSE);

  value = find_attribute (attributes, n_attributes, "headerRowCount", FALSE, &length);
  if (value != NULL && parse_unsigned (value, length, 1, &header_rows))
    state->header_rows = header_rows;
  else
    state->header_rows = 1;
}

static gboolean
read_table (Workbook    *workbook,
            const char  *sheet_name,
            const char  *part_path,
            GError     **error)
{
  g_autoptr(GsfInput) part = dd_zip_find_part (workbook->zip, part_path);
  TableState state = { { 0, }, };
  xmlSAXHandler sax;
  guint64 first_row, first_column, last_row, last_column;
  gboolean ok;

  /* A table that is not there takes nothing away from the cells. */
  if (part == NULL)
    return TRUE;

  memset (&sax, 0, sizeof sax);
  sax.startElementNs = on_table_start_element;

  ok = dd_zip_parse_part (part, part_path, &sax, &state.parse, workbook->name,
                          workbook->cancellable, error);
  dd_zip_parse_clear (&state.parse);

  if (ok && state.name != NULL && state.ref != NULL
      && parse_range (state.ref, strlen (state.ref), &first_row, &first_column, &last_row, &last_column))
    {
      if (last_row >= DD_SHEET_MAX_ROWS || last_column >= DD_SHEET_MAX_COLUMNS)
        {
          g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE,
                       _("“%s” is too large: table “%s” of sheet “%s” is larger than a sheet can be"),
                       workbook->name, state.name, sheet_name);
          ok = FALSE;
        }
      else
        ok = check_handler (workbook->handler->named_table (state.name, first_row, first_column,
                                                            last_row, last_column, state.header_rows,
                                                            workbook->user_data, error),
                            error);
    }

  g_free (state.name);
  g_free (state.ref);

  return ok;
}

static gboolean
read_tables (Workbook    *workbook,
             Sheet       *sheet,
             GError     **error)
{
  g_autoptr(GPtrArray) relationships = NULL;

  if (workbook->handler->named_table == NULL)
    return TRUE;

  relationships = dd_opc_read_relationships (workbook->zip, sheet->part, workbook->name,
                                             workbook->cancellable, error);
  if (relationships == NULL)
    return FALSE;

  for (guint i = 0; i < relationships->len; i++)
    {
      const DdOpcRelationship *relationship = g_ptr_array_index (relationships, i);

      if (relationship->target == NULL || !g_str_has_suffix (relationship->type, "/table"))
        continue;

      if (!read_table (workbook, sheet->name, relationship->target, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_sheet (Workbook  *workbook,
            Sheet     *sheet,
            GError   **error)
{
  g_autoptr(GsfInput) part = NULL;
  SheetState state = { { 0, }, };
  xmlSAXHandler sax;
  gboolean ok;

  if (sheet->part == NULL || (part = dd_zip_find_part (workbook->zip, sheet->part)) == NULL)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT,
                   _("“%s” is damaged: the part of sheet “%s” is missing"),
                   workbook->name, sheet->name);
      return FALSE;
    }

  if (!load_workbook_data (workbook, error))
    return FALSE;

  memset (&sax, 0, sizeof sax);
  sax.startElementNs = on_sheet_start_element;
  sax.endElementNs = on_sheet_end_element;
  sax.characters = on_sheet_characters;
  sax.ignorableWhitespace = on_sheet_characters;
  sax.cdataBlock = on_sheet_characters;

  state.workbook = workbook;
  state.sheet_name = sheet->name;
  state.row = -1;
  state.column = -1;
  state.text = g_string_sized_new (256);

  ok = dd_zip_parse_part (part, sheet->part, &sax, &state.parse, workbook->name,
                          workbook->cancellable, error);
  dd_zip_parse_clear (&state.parse);
  g_string_free (state.text, TRUE);

  return ok && read_tables (workbook, sheet, error);
}

static GsfInfile *
open_package (const char  *path,
              const char  *name,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  DdFileContent content;
  GsfInfile *package = dd_zip_open (path, name, &content, &local_error);

  if (package != NULL)
    return package;

  if (!g_error_matches (local_error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (content == DD_FILE_CONTENT_COMPOUND)
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is an older Excel workbook (.xls) or is protected by a password: "
                   "save it from Excel as an .xlsx without a password"), name);
  else
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not an Excel workbook: %s"), name, dd_file_content_describe (content));

  return NULL;
}

/**
 * dd_xlsx_read:
 * @path: an Excel workbook (.xlsx)
 * @handler: what to call
 * @user_data: for @handler
 * @cancellable: (nullable): stops a long read
 * @error: where a reason goes, in %DD_IMPORT_ERROR
 *
 * Reads the cells of every worksheet, in workbook order, streaming each
 * sheet: shared, inline and rich text strings (runs joined, phonetic
 * guides left out), numbers, booleans, error values, formulas' cached
 * values (never the formulas), dates by the cell's number format (the
 * 1904 date system converted), percentages, merged ranges (after the
 * sheet's cells) and Excel tables (after its merges). Chart sheets are
 * not sheets here. A sheet that @handler's begin_sheet skips is not read
 * at all (and has no end_sheet), and a workbook whose sheets are all
 * skipped reads neither its shared strings nor its styles. A handler
 * member that returns %FALSE without setting an error stops the reading
 * as if cancelled.
 *
 * A file that is no workbook, a damaged one, and one past the limits of
 * dd-sheet-reader.h fail with an error naming the file (and the part,
 * sheet or cell).
 *
 * Returns: %TRUE when every sheet was read
 */
gboolean
dd_xlsx_read (const char            *path,
              const DdSheetHandler  *handler,
              gpointer               user_data,
              GCancellable          *cancellable,
              GError               **error)
{
  g_auto(Workbook) workbook = { 0, };
  g_autofree char *name = NULL;
  g_autoptr(GsfInfile) zip = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (handler != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  name = g_filename_display_basename (path);

  zip = open_package (path, name, error);
  if (zip == NULL)
    return FALSE;

  workbook.name = name;
  workbook.zip = zip;
  workbook.cancellable = cancellable;
  workbook.handler = handler;
  workbook.user_data = user_data;
  workbook.sheets = g_ptr_array_new_with_free_func (sheet_free);

  if (!open_workbook (&workbook, error))
    return FALSE;

  for (guint i = 0; i < workbook.sheets->len; i++)
    {
      Sheet *sheet = g_ptr_array_index (workbook.sheets, i);
      g_autoptr(GError) local_error = NULL;

      if (handler->begin_sheet != NULL
          && !handler->begin_sheet (sheet->name, i, user_data, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          continue;
        }

      if (!read_sheet (&workbook, sheet, error))
        return FALSE;

      if (handler->end_sheet != NULL
          && !check_handler (handler->end_sheet (user_data, error), error))
        return FALSE;
    }

  return TRUE;
}
