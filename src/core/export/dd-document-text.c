/* dd-document-text.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text and its Pango attributes, built a run at a time. A redaction is
 * not text: it is one U+FFFC OBJECT REPLACEMENT CHARACTER shaped as a
 * black box of a fixed width (so the box does not tell how long the
 * passage was), followed by a label such as "Redacted". The passage
 * itself is never given to this object, so it cannot reach Pango, the
 * PDF's content streams or its font subsets.
 */

#include "config.h"

#include "dd-document-text.h"

struct _DdDocumentText
{
  GString       *text;
  PangoAttrList *attributes;
  gboolean       after_redaction;
};

G_DEFINE_BOXED_TYPE (DdDocumentText, dd_document_text, dd_document_text_copy, dd_document_text_free)

/* The box, in points: as wide as a short word, from the cap height to
 * just below the baseline. */
#define BOX_WIDTH   28.0
#define BOX_ASCENT   8.5
#define BOX_DESCENT  2.0

#define SHADE 0xe4e4

/* What the shape attribute points at: only our boxes point here. */
static const char redaction_box_tag[] = "dd-redaction-box";

DdDocumentText *
dd_document_text_new (void)
{
  DdDocumentText *self = g_new0 (DdDocumentText, 1);

  self->text = g_string_new (NULL);
  self->attributes = pango_attr_list_new ();

  return self;
}

DdDocumentText *
dd_document_text_new_plain (const char *text)
{
  DdDocumentText *self = dd_document_text_new ();

  dd_document_text_append (self, text, DD_TEXT_STYLE_NORMAL);

  return self;
}

DdDocumentText *
dd_document_text_copy (DdDocumentText *self)
{
  DdDocumentText *copy = g_new0 (DdDocumentText, 1);

  copy->text = g_string_new_len (self->text->str, self->text->len);
  copy->after_redaction = self->after_redaction;
  copy->attributes = pango_attr_list_copy (self->attributes);
  if (copy->attributes == NULL)
    copy->attributes = pango_attr_list_new ();

  return copy;
}

void
dd_document_text_free (DdDocumentText *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  pango_attr_list_unref (self->attributes);
  g_free (self);
}

static void
insert_attribute (DdDocumentText *self,
                  PangoAttribute *attribute,
                  gsize           start,
                  gsize           end)
{
  attribute->start_index = start;
  attribute->end_index = end;
  pango_attr_list_insert (self->attributes, attribute);
}

/**
 * dd_document_text_append:
 *
 * Adds @text (UTF-8; invalid bytes are replaced) in @style.
 */
void
dd_document_text_append (DdDocumentText *self,
                         const char     *text,
                         DdTextStyle     style)
{
  g_autofree char *valid = NULL;
  gsize start = self->text->len;

  g_return_if_fail (self != NULL);

  if (text == NULL || *text == '\0')
    return;

  valid = g_utf8_make_valid (text, -1);
  if (self->after_redaction && g_unichar_isalnum (g_utf8_get_char (valid)))
    {
      g_string_append_c (self->text, ' ');
      start++;
    }
  self->after_redaction = FALSE;
  g_string_append (self->text, valid);

  if (style & DD_TEXT_STYLE_BOLD)
    insert_attribute (self, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, self->text->len);
  if (style & DD_TEXT_STYLE_ITALIC)
    insert_attribute (self, pango_attr_style_new (PANGO_STYLE_ITALIC), start, self->text->len);
  if (style & DD_TEXT_STYLE_MARKED)
    insert_attribute (self, pango_attr_background_new (SHADE, SHADE, SHADE), start, self->text->len);
}

/**
 * dd_document_text_append_redaction:
 * @label: the word beside the box, such as "Redacted"
 *
 * Adds a black box and @label where a passage was removed.
 */
void
dd_document_text_append_redaction (DdDocumentText *self,
                                   const char     *label)
{
  PangoRectangle ink = { 0, -BOX_ASCENT * PANGO_SCALE, BOX_WIDTH * PANGO_SCALE,
                         (BOX_ASCENT + BOX_DESCENT) * PANGO_SCALE };
  PangoRectangle logical = ink;
  gsize start = self->text->len;

  g_return_if_fail (self != NULL);

  /* A space on each side keeps the box off the words around it, and
   * keeps them apart when text is extracted. */
  if (start > 0 && !g_ascii_isspace (self->text->str[start - 1]))
    g_string_append_c (self->text, ' ');

  start = self->text->len;
  g_string_append (self->text, "\xef\xbf\xbc");
  insert_attribute (self, pango_attr_shape_new_with_data (&ink, &logical, (gpointer) redaction_box_tag,
                                                          NULL, NULL),
                    start, self->text->len);

  if (label != NULL && *label != '\0')
    {
      g_string_append_c (self->text, ' ');
      start = self->text->len;
      g_string_append (self->text, label);
      insert_attribute (self, pango_attr_style_new (PANGO_STYLE_ITALIC), start, self->text->len);
    }

  self->after_redaction = TRUE;
}

const char *
dd_document_text_get_text (DdDocumentText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text->str;
}

/**
 * dd_document_text_get_attributes:
 *
 * Returns: (transfer none): the attributes of the text
 */
PangoAttrList *
dd_document_text_get_attributes (DdDocumentText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->attributes;
}

/* Whether @attr is one of the redaction boxes, for the shape renderer. */
gboolean
dd_document_text_is_redaction_box (PangoAttrShape *attr)
{
  return attr != NULL && attr->data == redaction_box_tag;
}
