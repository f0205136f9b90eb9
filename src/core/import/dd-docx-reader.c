/* dd-docx-reader.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A .docx is a zip (an OPC package) whose main part, found through the
 * package relationships, holds the body as WordprocessingML. The part is
 * unpacked in chunks and fed to libxml2's SAX2 push parser, so memory stays
 * bounded by the text collected, never by the size of the part.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dd-docx-reader.h"
#include "dd-import-error.h"
#include "dd-zip-part.h"

#define MAX_PART_MIB       64
#define MAX_TEXT_MIB       16
#define MAX_PARAGRAPH_MIB  4
#define MIB                (1024 * 1024)

#define NS_WORD        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_WORD_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define NS_MARKUP_COMPATIBILITY "http://schemas.openxmlformats.org/markup-compatibility/2006"

/* What the body is made of, innermost last on the stack. */
typedef enum
{
  FRAME_TABLE,
  FRAME_ROW,
  FRAME_CELL,
  FRAME_PARAGRAPH,
} FrameKind;

typedef enum
{
  NUMBERING_FROM_STYLE,
  NUMBERING_ON,
  NUMBERING_OFF,
} Numbering;

typedef struct
{
  FrameKind  kind;
  GString   *text;      /* FRAME_PARAGRAPH: its text so far */
  char      *style;     /* FRAME_PARAGRAPH: its w:pStyle */
  Numbering  numbering; /* FRAME_PARAGRAPH: what its w:numPr says */
  GPtrArray *parts;     /* FRAME_ROW: its cells' text; FRAME_CELL: its paragraphs' text */
} Frame;

typedef struct
{
  DdZipParse     parse;           /* first: the SAX callbacks' user_data */
  const char    *name;            /* the file, for messages */
  GPtrArray     *frames;          /* of Frame */
  GPtrArray     *paragraphs;      /* the result */
  guint          depth;           /* of the element being read */
  guint          skip_depth;      /* > 0 inside what is not text: deletions, field codes */
  guint          properties_depth; /* > 0 inside a w:pPr */
  gboolean       in_text;         /* inside a w:t */
  gsize          text_size;       /* bytes of text collected so far */
} ReadState;

static void
frame_free (gpointer data)
{
  Frame *frame = data;

  if (frame->text != NULL)
    g_string_free (frame->text, TRUE);
  g_free (frame->style);
  g_clear_pointer (&frame->parts, g_ptr_array_unref);
  g_free (frame);
}

static void
read_state_clear (ReadState *state)
{
  g_clear_pointer (&state->frames, g_ptr_array_unref);
  g_clear_pointer (&state->paragraphs, g_ptr_array_unref);
  dd_zip_parse_clear (&state->parse);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReadState, read_state_clear)

static void
fail (ReadState  *state,
      int         code,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
fail (ReadState  *state,
      int         code,
      const char *format,
      ...)
{
  va_list args;

  if (state->parse.error != NULL)
    return;

  va_start (args, format);
  dd_zip_parse_take_error (&state->parse, g_error_new_valist (DD_IMPORT_ERROR, code, format, args));
  va_end (args);
}

static gboolean
is_word (const xmlChar *uri)
{
  return uri != NULL
         && (strcmp ((const char *) uri, NS_WORD) == 0
             || strcmp ((const char *) uri, NS_WORD_STRICT) == 0);
}

/* Elements whose content is not text of the document: deleted tracked
 * changes, moved-away text, field codes, the old properties of a tracked
 * formatting change, and the fallback copy of content (a text box) that
 * mc:Choice already gave. */
static gboolean
is_skipped (const xmlChar *uri,
            const char    *name)
{
  static const char * const skipped[] = {
    "del", "delText", "delInstrText", "instrText", "moveFrom",
    "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "tblGridChange",
    "trPrChange", "tcPrChange", "numberingChange",
    "footnoteReference", "endnoteReference", "commentReference",
  };

  if (uri != NULL && strcmp ((const char *) uri, NS_MARKUP_COMPATIBILITY) == 0)
    return strcmp (name, "Fallback") == 0;

  if (!is_word (uri))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    if (strcmp (name, skipped[i]) == 0)
      return TRUE;

  return FALSE;
}

static const char *
find_attribute (const xmlChar **attributes,
                int             n_attributes,
                const char     *name,
                gsize          *length)
{
  /* Five pointers an attribute: local name, prefix, URI, value, value end. */
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = attributes + 5 * i;

      if (strcmp ((const char *) attribute[0], name) == 0 && is_word (attribute[2]))
        {
          *length = attribute[4] - attribute[3];
          return (const char *) attribute[3];
        }
    }

  return NULL;
}

static Frame *
push_frame (ReadState *state,
            FrameKind  kind)
{
  Frame *frame = g_new0 (Frame, 1);

  frame->kind = kind;
  if (kind == FRAME_PARAGRAPH)
    frame->text = g_string_new (NULL);
  else if (kind != FRAME_TABLE)
    frame->parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (state->frames, frame);

  return frame;
}

/* Takes the innermost frame off the stack; it must be of @kind, as the
 * parser only calls us for well-formed XML. */
static Frame *
pop_frame (ReadState *state,
           FrameKind  kind)
{
  Frame *frame;

  g_assert (state->frames->len > 0);
  frame = g_ptr_array_steal_index (state->frames, state->frames->len - 1);
  g_assert (frame->kind == kind);

  return frame;
}

static Frame *
top_frame (ReadState *state)
{
  if (state->frames->len == 0)
    return NULL;

  return g_ptr_array_index (state->frames, state->frames->len - 1);
}

/* The innermost frame of @kind, and where it is on the stack. */
static Frame *
find_frame (ReadState *state,
            FrameKind  kind,
            guint     *position)
{
  for (guint i = state->frames->len; i > 0; i--)
    {
      Frame *frame = g_ptr_array_index (state->frames, i - 1);

      if (frame->kind == kind)
        {
          if (position != NULL)
            *position = i - 1;
          return frame;
        }
    }

  return NULL;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* Adds a paragraph or a table row to the result. Blank paragraphs
 * separate; one is enough, and none is needed at the start. */
static void
emit (ReadState *state,
      char      *text)
{
  GPtrArray *paragraphs = state->paragraphs;

  if (*text == '\0'
      && (paragraphs->len == 0
          || *(const char *) g_ptr_array_index (paragraphs, paragraphs->len - 1) == '\0'))
    {
      g_free (text);
      return;
    }

  g_ptr_array_add (paragraphs, text);
}

/* The parts joined and stripped, as a new string; @parts is unchanged. */
static char *
join_parts (GPtrArray  *parts,
            const char *separator)
{
  char *joined;

  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (separator, (char **) parts->pdata);
  g_ptr_array_remove_index (parts, parts->len - 1);

  return g_strstrip (joined);
}

/* A paragraph goes to the table cell it is in, or to the result (a text
 * box's paragraphs go where the paragraph holding the box goes). */
static void
deliver_paragraph (ReadState *state,
                   char      *text)
{
  Frame *cell = find_frame (state, FRAME_CELL, NULL);

  if (cell == NULL)
    emit (state, text);
  else if (*text != '\0')
    g_ptr_array_add (cell->parts, text);
  else
    g_free (text);
}

static void
deliver_cell_text (ReadState *state,
                   char      *text)
{
  Frame *row = find_frame (state, FRAME_ROW, NULL);

  if (*text == '\0')
    g_free (text);
  else if (row != NULL)
    g_ptr_array_add (row->parts, text);
  else
    emit (state, text);
}

static void
emit_row (ReadState *state,
          Frame     *row)
{
  if (row->parts->len == 0)
    return;

  emit (state, join_parts (row->parts, "\t"));
  g_ptr_array_set_size (row->parts, 0);
}

static gboolean
starts_with_bullet (const char *text)
{
  static const gunichar bullets[] = {
    '-', '*', 0x00B7, 0x2013, 0x2014, 0x2022, 0x2023, 0x2043, 0x2212, 0x25A0, 0x25AA,
    0x25B8, 0x25BA, 0x25CB, 0x25CF, 0x25E6, 0x2713, 0x2714, 0x27A2, 0xF0A7, 0xF0B7, 0xF0D8,
  };
  gunichar first;

  while (*text == ' ' || *text == '\t')
    text++;

  first = g_utf8_get_char_validated (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (first == bullets[i])
      return TRUE;

  return FALSE;
}

static gboolean
is_list_item (Frame *paragraph)
{
  switch (paragraph->numbering)
    {
    case NUMBERING_ON:
      return TRUE;
    case NUMBERING_OFF:
      return FALSE;
    case NUMBERING_FROM_STYLE:
    default:
      return paragraph->style != NULL && g_str_has_prefix (paragraph->style, "List");
    }
}

static void
end_paragraph (ReadState *state)
{
  Frame *paragraph = pop_frame (state, FRAME_PARAGRAPH);
  GString *text = paragraph->text;

  while (text->len > 0 && text->str[text->len - 1] == '\r')
    g_string_truncate (text, text->len - 1);

  if (is_blank (text->str))
    g_string_truncate (text, 0);
  else if (is_list_item (paragraph) && !starts_with_bullet (text->str))
    g_string_prepend (text, "- ");

  paragraph->text = NULL;
  deliver_paragraph (state, g_string_free (text, FALSE));
  frame_free (paragraph);
}

static void
end_cell (ReadState *state)
{
  Frame *cell = pop_frame (state, FRAME_CELL);

  deliver_cell_text (state, join_parts (cell->parts, " "));
  frame_free (cell);
}

static void
end_row (ReadState *state)
{
  Frame *row = pop_frame (state, FRAME_ROW);

  emit_row (state, row);
  frame_free (row);
}

/* A table inside a table cell: what the row holds so far comes first, as
 * a row of its own, then the inner table's rows, then the rest. */
static void
begin_table (ReadState *state)
{
  guint row_position;
  guint cell_position;
  Frame *row = find_frame (state, FRAME_ROW, &row_position);
  Frame *cell = find_frame (state, FRAME_CELL, &cell_position);

  if (row != NULL)
    {
      if (cell != NULL && cell_position > row_position)
        {
          deliver_cell_text (state, join_parts (cell->parts, " "));
          g_ptr_array_set_size (cell->parts, 0);
        }
      emit_row (state, row);
    }

  push_frame (state, FRAME_TABLE);
}

static void
append_text (ReadState  *state,
             const char *text,
             gsize       length)
{
  Frame *paragraph = top_frame (state);

  if (paragraph == NULL || paragraph->kind != FRAME_PARAGRAPH || length == 0)
    return;

  if (state->text_size + length > MAX_TEXT_MIB * MIB)
    {
      fail (state, DD_IMPORT_ERROR_TOO_LARGE,
            _("“%s” is too large: it has more than %d MiB of text"),
            state->name, MAX_TEXT_MIB);
      return;
    }

  if (paragraph->text->len + length > MAX_PARAGRAPH_MIB * MIB)
    {
      fail (state, DD_IMPORT_ERROR_TOO_LARGE,
            _("“%s” is too large: one of its paragraphs has more than %d MiB of text"),
            state->name, MAX_PARAGRAPH_MIB);
      return;
    }

  g_string_append_len (paragraph->text, text, length);
  state->text_size += length;
}

static void
read_paragraph_property (ReadState      *state,
                         const char     *name,
                         const xmlChar **attributes,
                         int             n_attributes)
{
  Frame *paragraph = top_frame (state);
  const char *value;
  gsize length;

  if (paragraph == NULL || paragraph->kind != FRAME_PARAGRAPH)
    return;

  value = find_attribute (attributes, n_attributes, "val", &length);
  if (value == NULL)
    return;

  if (strcmp (name, "pStyle") == 0)
    {
      g_free (paragraph->style);
      paragraph->style = g_strndup (value, length);
    }
  else if (strcmp (name, "numId") == 0)
    {
      /* numId 0 takes away the numbering a style would give. */
      gboolean off = length == 1 && value[0] == '0';

      paragraph->numbering = off ? NUMBERING_OFF : NUMBERING_ON;
    }
}

static void
read_break (ReadState      *state,
            const xmlChar **attributes,
            int             n_attributes)
{
  gsize length;
  const char *type = find_attribute (attributes, n_attributes, "type", &length);

  /* A page or column break is layout, not a line of text. */
  if (type != NULL
      && ((length == 4 && strncmp (type, "page", 4) == 0)
          || (length == 6 && strncmp (type, "column", 6) == 0)))
    return;

  append_text (state, "\n", 1);
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

  if (state->depth++ == 0)
    {
      if (!is_word (uri) || strcmp (name, "document") != 0)
        fail (state, DD_IMPORT_ERROR_UNSUPPORTED,
              _("“%s” is not a Word document (.docx)"), state->name);
      return;
    }

  if (is_skipped (uri, name))
    {
      state->skip_depth++;
      return;
    }

  if (state->skip_depth > 0 || !is_word (uri))
    return;

  if (state->properties_depth > 0)
    {
      state->properties_depth++;
      read_paragraph_property (state, name, attributes, n_attributes);
    }
  else if (strcmp (name, "p") == 0)
    push_frame (state, FRAME_PARAGRAPH);
  else if (strcmp (name, "pPr") == 0)
    state->properties_depth = 1;
  else if (strcmp (name, "t") == 0)
    state->in_text = TRUE;
  else if (strcmp (name, "tab") == 0 || strcmp (name, "ptab") == 0)
    append_text (state, "\t", 1);
  else if (strcmp (name, "br") == 0)
    read_break (state, attributes, n_attributes);
  else if (strcmp (name, "cr") == 0)
    append_text (state, "\n", 1);
  else if (strcmp (name, "noBreakHyphen") == 0)
    append_text (state, "-", 1);
  else if (strcmp (name, "tbl") == 0)
    begin_table (state);
  else if (strcmp (name, "tr") == 0)
    push_frame (state, FRAME_ROW);
  else if (strcmp (name, "tc") == 0)
    push_frame (state, FRAME_CELL);
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

  state->depth--;

  if (is_skipped (uri, name))
    {
      state->skip_depth--;
      return;
    }

  if (state->skip_depth > 0 || !is_word (uri))
    return;

  if (state->properties_depth > 0)
    state->properties_depth--;
  else if (strcmp (name, "p") == 0)
    end_paragraph (state);
  else if (strcmp (name, "t") == 0)
    state->in_text = FALSE;
  else if (strcmp (name, "tc") == 0)
    end_cell (state);
  else if (strcmp (name, "tr") == 0)
    end_row (state);
  else if (strcmp (name, "tbl") == 0)
    frame_free (pop_frame (state, FRAME_TABLE));
}

static void
on_characters (void          *user_data,
               const xmlChar *characters,
               int            length)
{
  ReadState *state = user_data;

  if (state->parse.error == NULL && state->in_text && state->skip_depth == 0)
    append_text (state, (const char *) characters, length);
}

/* The zip, with this reader's words for a file that is none. */
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
                 _("“%s” is an older Word document (.doc) or is protected by a password: "
                   "save it from Word as a .docx without a password"), name);
  else
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not a Word document (.docx)"), name);

  return NULL;
}

/* The document part, and its path for messages. */
static GsfInput *
open_document_part (GsfInfile     *package,
                    const char    *name,
                    char         **part_path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GPtrArray) relationships = NULL;
  const DdOpcRelationship *relationship;
  GsfInput *part;

  relationships = dd_opc_read_relationships (package, NULL, name, cancellable, error);
  if (relationships == NULL)
    return NULL;

  relationship = dd_opc_find_relationship (relationships, "officeDocument");
  if (relationship != NULL)
    {
      part = dd_zip_find_part (package, relationship->target);
      if (part == NULL)
        g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT,
                     _("“%s” is damaged: %s"), name, _("its document part is missing"));
      else
        *part_path = g_strdup (relationship->target);
      return part;
    }

  part = dd_zip_find_part (package, "word/document.xml");
  if (part == NULL)
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not a Word document: it has no document part"), name);
  else
    *part_path = g_strdup ("word/document.xml");

  return part;
}

static GPtrArray *
read_document_part (GsfInput      *part,
                    const char    *part_path,
                    const char    *name,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_auto(ReadState) state = { { 0, }, };
  xmlSAXHandler handler;

  state.name = name;
  state.frames = g_ptr_array_new_with_free_func (frame_free);
  state.paragraphs = g_ptr_array_new_with_free_func (g_free);

  memset (&handler, 0, sizeof handler);
  handler.startElementNs = on_start_element;
  handler.endElementNs = on_end_element;
  handler.characters = on_characters;
  handler.ignorableWhitespace = on_characters;
  handler.cdataBlock = on_characters;

  if (!dd_zip_parse_part (part, part_path, &handler, &state.parse, name, cancellable, error))
    return NULL;

  /* Blank paragraphs separate: none is needed at the end either. */
  while (state.paragraphs->len > 0
         && *(const char *) g_ptr_array_index (state.paragraphs, state.paragraphs->len - 1) == '\0')
    g_ptr_array_remove_index (state.paragraphs, state.paragraphs->len - 1);

  if (state.paragraphs->len == 0)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_EMPTY,
                   _("“%s” has no text"), name);
      return NULL;
    }

  return g_steal_pointer (&state.paragraphs);
}

/**
 * dd_docx_read_paragraphs:
 * @path: a Word document (.docx)
 * @cancellable: (nullable): stops a long read
 * @error: where a reason goes, in %DD_IMPORT_ERROR
 *
 * Reads the text of the body of a Word document, one string a paragraph
 * in reading order:
 *
 * - runs are joined, so words split by editing read whole; a tab is
 *   "\t", a line break "\n"; deleted tracked changes and field codes are
 *   left out, inserted ones kept;
 * - a list item (numbered, or in a "List…" style) starts with "- ",
 *   unless its text starts with a bullet already; numbers are not worked
 *   out;
 * - a table row is one string: its cells' text (their paragraphs joined
 *   with spaces) joined with tabs, leaving out empty cells and rows. A
 *   table in a cell reads as rows of its own at that point;
 * - blank paragraphs are kept as "", one for several in a row, none at
 *   the start or end.
 *
 * A document whose text takes more than 64 MiB unpacked, or has more
 * than 16 MiB of text, or a paragraph of more than 4 MiB, is refused with
 * %DD_IMPORT_ERROR_TOO_LARGE before much of it is read.
 *
 * Returns: (transfer full) (element-type utf8): the paragraphs, at least
 *   one not empty, or %NULL with @error set
 */
GPtrArray *
dd_docx_read_paragraphs (const char    *path,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *part_path = NULL;
  g_autoptr(GsfInfile) package = NULL;
  g_autoptr(GsfInput) part = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  name = g_filename_display_basename (path);

  package = open_package (path, name, error);
  if (package == NULL)
    return NULL;

  part = open_document_part (package, name, &part_path, cancellable, error);
  if (part == NULL)
    return NULL;

  /* The size the zip declares; libgsf never unpacks more than that. */
  if (gsf_input_size (part) > (gsf_off_t) MAX_PART_MIB * MIB)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large: its text takes more than %d MiB"),
                   name, MAX_PART_MIB);
      return NULL;
    }

  return read_document_part (part, part_path, name, cancellable, error);
}
