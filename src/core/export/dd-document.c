/* dd-document.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small page-layout engine for decision sheets: blocks (headings,
 * paragraphs, bullets, two-column fields, signature boxes, a contents
 * list) laid out with Pango, cut into A4 pages, and drawn with cairo on
 * whatever surface is given: a PDF file, a printer, a preview image. The
 * pages are the same everywhere because the layout is done once, in
 * points, with hinting off, on a font map of the document's own.
 *
 * Pagination works on lines: a paragraph that does not fit is cut
 * between lines, keeping at least two on each side; a heading moves to
 * the next page with its block when they would be parted, and so do
 * empty boxes to sign in, kept together. Each line is
 * drawn on its own, so a page holds exactly its lines and no text is
 * drawn outside the page (or hidden under a clip) to turn up when the
 * text is extracted.
 *
 * A DdDocument is used by one thread at a time; each has its own font
 * map, so documents can be written in worker threads.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <cairo-pdf.h>

#include "dd-document.h"
#include "dd-file-replace.h"
#include "dd-pdf-language.h"
#include "dd-report-text.h"

#define MARGIN_X        62.0
#define CONTENT_TOP     76.0
#define CONTENT_BOTTOM  (DD_DOCUMENT_PAGE_HEIGHT - 80.0)
#define CONTENT_WIDTH   (DD_DOCUMENT_PAGE_WIDTH - 2 * MARGIN_X)
#define MARKING_TOP     34.0
#define MARKING_BOTTOM  (DD_DOCUMENT_PAGE_HEIGHT - 58.0)
#define FOOTER_TOP      (DD_DOCUMENT_PAGE_HEIGHT - 40.0)

#define BULLET_INDENT   18.0
#define LABEL_WIDTH     (CONTENT_WIDTH * 0.34)
#define COLUMN_GAP      12.0
#define ROW_PADDING     5.0
#define SIGNATURE_BOX   44.0
#define PAGE_NUMBER_W   36.0

/* Carlito (metric-compatible with Calibri, which offices' templates use),
 * then what fontconfig has for anything Carlito lacks. */
#define FONT_FAMILY     "Carlito,DejaVu Sans,sans-serif"

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARAGRAPH,
  BLOCK_BULLET,
  BLOCK_FIELD,
  BLOCK_SIGNATURE,
  BLOCK_CONTENTS_HEADING,
  BLOCK_CONTENTS_ENTRY,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  double x;        /* of the line's logical rectangle, from the layout's left */
  double top;      /* from the layout's top */
  double height;
  double baseline; /* from the layout's top */
} LineBox;

typedef struct
{
  BlockKind       kind;
  char           *text;
  char           *extra;
  DdDocumentText *rich;
  char           *anchor;
  gboolean        in_contents;

  /* Laid out */
  PangoLayout    *layout;         /* lines that may be cut across pages */
  PangoLayout    *side;           /* a label beside them, or a subtitle */
  GArray         *lines;          /* of LineBox, for layout */
  double          x;
  double          fixed_height;   /* when there are no lines to cut */
  double          min_first_height;
  double          space_before;
  double          space_after;
  gboolean        keep_with_next;
  gboolean        ends_table;     /* a field or signature with no row after it */
} Block;

typedef struct
{
  guint    block;
  guint    first_line;
  guint    n_lines;
  double   y;
  gboolean first_piece;
} Piece;

struct _DdDocument
{
  GObject               parent_instance;

  char                 *metadata[DD_DOCUMENT_N_METADATA];
  char                 *marking;
  char                 *language;
  DdDocumentFooterFunc  footer_func;
  gpointer              footer_data;
  GDestroyNotify        footer_destroy;

  GPtrArray            *blocks;     /* of Block */
  GPtrArray            *pages;      /* of GArray of Piece; NULL until paginated */
  GHashTable           *anchor_pages;

  PangoFontMap         *font_map;
  PangoContext         *context;
};

G_DEFINE_FINAL_TYPE (DdDocument, dd_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (dd-export-error-quark, dd_export_error)

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_free (block->extra);
  g_free (block->anchor);
  g_clear_pointer (&block->rich, dd_document_text_free);
  g_clear_object (&block->layout);
  g_clear_object (&block->side);
  g_clear_pointer (&block->lines, g_array_unref);
  g_free (block);
}

static void
dd_document_finalize (GObject *object)
{
  DdDocument *self = (DdDocument *)object;

  for (guint i = 0; i < DD_DOCUMENT_N_METADATA; i++)
    g_free (self->metadata[i]);
  g_free (self->marking);
  g_free (self->language);
  if (self->footer_destroy != NULL)
    self->footer_destroy (self->footer_data);
  g_ptr_array_unref (self->blocks);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_hash_table_unref (self->anchor_pages);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  G_OBJECT_CLASS (dd_document_parent_class)->finalize (object);
}

static void
dd_document_class_init (DdDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dd_document_finalize;
}

/* Redaction boxes are solid black: drawn here, never as glyphs. */
static void
draw_shape (cairo_t        *cr,
            PangoAttrShape *attr,
            gboolean        do_path,
            gpointer        data)
{
  double x, y;

  if (!dd_document_text_is_redaction_box (attr))
    return;

  cairo_get_current_point (cr, &x, &y);
  cairo_rectangle (cr,
                   x + (double) attr->ink_rect.x / PANGO_SCALE,
                   y + (double) attr->ink_rect.y / PANGO_SCALE,
                   (double) attr->ink_rect.width / PANGO_SCALE,
                   (double) attr->ink_rect.height / PANGO_SCALE);
  if (!do_path)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_fill (cr);
      cairo_restore (cr);
    }
}

static void
dd_document_init (DdDocument *self)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->anchor_pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_shape_renderer (self->context, draw_shape, NULL, NULL);
}

DdDocument *
dd_document_new (void)
{
  return g_object_new (DD_TYPE_DOCUMENT, NULL);
}

/**
 * dd_document_set_metadata:
 *
 * Sets what the PDF says about itself (title, author...).
 */
void
dd_document_set_metadata (DdDocument         *self,
                          DdDocumentMetadata  key,
                          const char         *value)
{
  g_return_if_fail (DD_IS_DOCUMENT (self));
  g_return_if_fail (key < DD_DOCUMENT_N_METADATA);

  g_free (self->metadata[key]);
  self->metadata[key] = g_strdup (value);
}

/**
 * dd_document_set_marking:
 * @marking: (nullable): the protective marking, such as "OFFICIAL"
 *
 * Sets the marking printed in capitals, centred, at the top and the
 * bottom of every page; %NULL or "" for none.
 */
void
dd_document_set_marking (DdDocument *self,
                         const char *marking)
{
  g_return_if_fail (DD_IS_DOCUMENT (self));

  g_free (self->marking);
  self->marking = marking != NULL && *marking != '\0' ? g_utf8_strup (marking, -1) : NULL;
}

/**
 * dd_document_set_language:
 * @language: (nullable): a BCP 47 tag such as "cy"
 *
 * Sets the language the document is written in: the PDF says so, for
 * screen readers, and Pango shapes and breaks its text for it.
 */
void
dd_document_set_language (DdDocument *self,
                          const char *language)
{
  g_return_if_fail (DD_IS_DOCUMENT (self));

  g_free (self->language);
  self->language = g_strdup (language);
  pango_context_set_language (self->context,
                              pango_language_from_string (language != NULL ? language : "en"));
}

/**
 * dd_document_set_footer:
 *
 * Sets the function that writes each page's footer line.
 */
void
dd_document_set_footer (DdDocument           *self,
                        DdDocumentFooterFunc  func,
                        gpointer              user_data,
                        GDestroyNotify        destroy)
{
  g_return_if_fail (DD_IS_DOCUMENT (self));

  if (self->footer_destroy != NULL)
    self->footer_destroy (self->footer_data);

  self->footer_func = func;
  self->footer_data = user_data;
  self->footer_destroy = destroy;
}

static Block *
add_block (DdDocument *self,
           BlockKind   kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  g_clear_pointer (&self->pages, g_ptr_array_unref);

  return block;
}

void
dd_document_add_title (DdDocument *self,
                       const char *title,
                       const char *subtitle)
{
  Block *block;

  g_return_if_fail (DD_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_TITLE);
  block->text = g_strdup (title != NULL ? title : "");
  block->extra = g_strdup (subtitle);
}

/**
 * dd_document_add_heading:
 * @anchor: (nullable): a name for links and the outline: letters,
 *   digits and dashes
 * @in_contents: whether the contents list and the outline name it
 */
void
dd_document_add_heading (DdDocument *self,
                         const char *text,
                         const char *anchor,
                         gboolean    in_contents)
{
  Block *block;

  g_return_if_fail (DD_IS_DOCUMENT (self));
  g_return_if_fail (!in_contents || anchor != NULL);

  block = add_block (self, BLOCK_HEADING);
  block->text = g_strdup (text);
  block->anchor = g_strdup (anchor);
  block->in_contents = in_contents;
}

void
dd_document_add_subheading (DdDocument *self,
                            const char *text)
{
  g_return_if_fail (DD_IS_DOCUMENT (self));

  add_block (self, BLOCK_SUBHEADING)->text = g_strdup (text);
}

void
dd_document_add_paragraph (DdDocument     *self,
                           DdDocumentText *text)
{
  g_return_if_fail (DD_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_PARAGRAPH)->rich = dd_document_text_copy (text);
}

void
dd_document_add_bullet (DdDocument     *self,
                        DdDocumentText *text)
{
  g_return_if_fail (DD_IS_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_BULLET)->rich = dd_document_text_copy (text);
}

/**
 * dd_document_add_field:
 *
 * Adds a row of a two-column table: @label on the left, @value beside.
 */
void
dd_document_add_field (DdDocument     *self,
                       const char     *label,
                       DdDocumentText *value)
{
  Block *block;

  g_return_if_fail (DD_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_FIELD);
  block->text = g_strdup (label);
  block->rich = value != NULL ? dd_document_text_copy (value) : dd_document_text_new ();
}

/**
 * dd_document_add_signature:
 * @signed_text: (nullable): who signed and when, or %NULL for an empty
 *   box to sign in
 * @unsigned_caption: (nullable): the words in the empty box
 */
void
dd_document_add_signature (DdDocument *self,
                           const char *label,
                           const char *signed_text,
                           const char *unsigned_caption)
{
  Block *block;

  g_return_if_fail (DD_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_SIGNATURE);
  block->text = g_strdup (label);
  if (signed_text != NULL)
    block->rich = dd_document_text_new_plain (signed_text);
  block->extra = g_strdup (unsigned_caption);
}

/* One paragraph or bullet of section markup, with what is marked as
 * redacted shaded, or replaced by a box labelled @redaction_label. */
static DdDocumentText *
text_of_block (DdTextBlock *block,
               const char  *redaction_label)
{
  DdDocumentText *text = dd_document_text_new ();

  for (guint i = 0; i < block->runs->len; i++)
    {
      DdTextRun *run = g_ptr_array_index (block->runs, i);

      if (!run->redacted)
        dd_document_text_append (text, run->text, DD_TEXT_STYLE_NORMAL);
      else if (redaction_label == NULL)
        dd_document_text_append (text, run->text, DD_TEXT_STYLE_MARKED);
      else
        dd_document_text_append_redaction (text, redaction_label);
    }

  return text;
}

/**
 * dd_document_add_markup:
 * @markup: text in the markup of report sections (dd-report-text.h):
 *   paragraphs, "- " bullets, passages marked as redacted
 * @redaction_label: (nullable): %NULL to show marked passages shaded;
 *   otherwise each is left out, and a black box with these words takes
 *   its place
 * @empty_text: (nullable): words in italics for markup with no text,
 *   such as "None."; %NULL adds nothing then
 *
 * Adds the paragraphs and bullets of @markup.
 */
void
dd_document_add_markup (DdDocument *self,
                        const char *markup,
                        const char *redaction_label,
                        const char *empty_text)
{
  g_autoptr(GPtrArray) blocks = NULL;

  g_return_if_fail (DD_IS_DOCUMENT (self));

  blocks = dd_report_text_parse (markup);
  if (blocks->len == 0)
    {
      g_autoptr(DdDocumentText) none = dd_document_text_new ();

      if (empty_text == NULL)
        return;

      dd_document_text_append (none, empty_text, DD_TEXT_STYLE_ITALIC);
      dd_document_add_paragraph (self, none);
      return;
    }

  for (guint i = 0; i < blocks->len; i++)
    {
      DdTextBlock *block = g_ptr_array_index (blocks, i);
      g_autoptr(DdDocumentText) text = text_of_block (block, redaction_label);

      if (block->kind == DD_TEXT_BLOCK_BULLET)
        dd_document_add_bullet (self, text);
      else
        dd_document_add_paragraph (self, text);
    }
}

/**
 * dd_document_add_contents:
 *
 * Adds a contents list: every heading added with @in_contents, before or
 * after this call, with its page number and a link to it.
 */
void
dd_document_add_contents (DdDocument *self,
                          const char *heading)
{
  Block *block;

  g_return_if_fail (DD_IS_DOCUMENT (self));

  block = add_block (self, BLOCK_CONTENTS_HEADING);
  block->text = g_strdup (heading);
  block->anchor = g_strdup ("contents");
}

void
dd_document_add_page_break (DdDocument *self)
{
  g_return_if_fail (DD_IS_DOCUMENT (self));

  add_block (self, BLOCK_PAGE_BREAK);
}

/* Laying out */

static PangoLayout *
new_layout (DdDocument *self,
            const char *font,
            double      width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_auto_dir (layout, TRUE);

  return layout;
}

/* A word too long for its line is broken where it must be, without the
 * hyphen Pango would add: a URL or a reference must read as it is. */
static void
set_attributes (PangoLayout   *layout,
                PangoAttrList *attributes)
{
  PangoAttrList *list = attributes != NULL ? pango_attr_list_copy (attributes) : NULL;

  if (list == NULL)
    list = pango_attr_list_new ();
  pango_attr_list_insert (list, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, list);
  pango_attr_list_unref (list);
}

static PangoLayout *
new_text_layout (DdDocument *self,
                 const char *font,
                 double      width,
                 const char *text)
{
  PangoLayout *layout = new_layout (self, font, width);
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

  pango_layout_set_text (layout, valid, -1);
  set_attributes (layout, NULL);

  return layout;
}

static PangoLayout *
new_rich_layout (DdDocument     *self,
                 const char     *font,
                 double          width,
                 DdDocumentText *text)
{
  PangoLayout *layout = new_layout (self, font, width);

  pango_layout_set_text (layout, dd_document_text_get_text (text), -1);
  set_attributes (layout, dd_document_text_get_attributes (text));

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height = 0;

  if (layout == NULL)
    return 0;

  pango_layout_get_size (layout, NULL, &height);

  return (double) height / PANGO_SCALE;
}

static GArray *
measure_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (LineBox));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      LineBox box;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box.x = (double) logical.x / PANGO_SCALE;
      box.top = (double) logical.y / PANGO_SCALE;
      box.height = (double) logical.height / PANGO_SCALE;
      box.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (lines, box);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  return lines;
}

static void
lay_out_block (DdDocument *self,
               Block      *block)
{
  block->x = MARGIN_X;

  switch (block->kind)
    {
    case BLOCK_TITLE:
      block->layout = new_text_layout (self, FONT_FAMILY " Bold 21", CONTENT_WIDTH, block->text);
      pango_layout_set_line_spacing (block->layout, 1.05f);
      if (block->extra != NULL)
        block->side = new_text_layout (self, FONT_FAMILY " 12.5", CONTENT_WIDTH, block->extra);
      block->fixed_height = layout_height (block->side) + 6 + layout_height (block->layout);
      block->space_after = 18;
      break;

    case BLOCK_HEADING:
    case BLOCK_CONTENTS_HEADING:
      block->layout = new_text_layout (self, FONT_FAMILY " Bold 14", CONTENT_WIDTH, block->text);
      block->space_before = 18;
      block->space_after = 6;
      block->keep_with_next = TRUE;
      break;

    case BLOCK_SUBHEADING:
      block->layout = new_text_layout (self, FONT_FAMILY " Bold 11.5", CONTENT_WIDTH, block->text);
      block->space_before = 10;
      block->space_after = 4;
      block->keep_with_next = TRUE;
      break;

    case BLOCK_PARAGRAPH:
      block->layout = new_rich_layout (self, FONT_FAMILY " 11", CONTENT_WIDTH, block->rich);
      pango_layout_set_line_spacing (block->layout, 1.15f);
      block->space_after = 7;
      break;

    case BLOCK_BULLET:
      block->x = MARGIN_X + BULLET_INDENT;
      block->layout = new_rich_layout (self, FONT_FAMILY " 11", CONTENT_WIDTH - BULLET_INDENT, block->rich);
      pango_layout_set_line_spacing (block->layout, 1.15f);
      block->space_after = 4;
      break;

    case BLOCK_FIELD:
      block->x = MARGIN_X + LABEL_WIDTH + COLUMN_GAP;
      block->side = new_text_layout (self, FONT_FAMILY " Bold 10.5", LABEL_WIDTH, block->text);
      block->layout = new_rich_layout (self, FONT_FAMILY " 10.5", CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP,
                                       block->rich);
      block->min_first_height = layout_height (block->side);
      block->space_before = ROW_PADDING;
      block->space_after = ROW_PADDING;
      break;

    case BLOCK_SIGNATURE:
      block->x = MARGIN_X + LABEL_WIDTH + COLUMN_GAP;
      block->side = new_text_layout (self, FONT_FAMILY " Bold 10.5", LABEL_WIDTH, block->text);
      if (block->rich != NULL)
        {
          block->layout = new_rich_layout (self, FONT_FAMILY " 10.5", CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP,
                                           block->rich);
          block->min_first_height = layout_height (block->side);
        }
      else
        block->fixed_height = MAX (layout_height (block->side), SIGNATURE_BOX);
      block->space_before = ROW_PADDING;
      block->space_after = ROW_PADDING;
      break;

    case BLOCK_CONTENTS_ENTRY:
      block->layout = new_text_layout (self, FONT_FAMILY " 11", CONTENT_WIDTH - PAGE_NUMBER_W, block->text);
      block->space_after = 3;
      break;

    case BLOCK_PAGE_BREAK:
    default:
      break;
    }

  if (block->layout != NULL && block->kind != BLOCK_TITLE)
    block->lines = measure_lines (block->layout);
}

/* The contents list names every heading that asks for it, wherever it
 * is: an entry block for each follows the contents heading. */
static void
expand_contents (DdDocument *self)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GPtrArray) headings = g_ptr_array_new ();
  gboolean has_contents = FALSE;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == BLOCK_CONTENTS_ENTRY)
        return; /* done already */
      if (block->kind == BLOCK_CONTENTS_HEADING)
        has_contents = TRUE;
      if (block->kind == BLOCK_HEADING && block->in_contents)
        g_ptr_array_add (headings, block);
    }

  if (!has_contents || headings->len == 0)
    return;

  blocks = g_ptr_array_new_with_free_func (block_free);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      g_ptr_array_add (blocks, block);
      if (block->kind != BLOCK_CONTENTS_HEADING)
        continue;

      for (guint j = 0; j < headings->len; j++)
        {
          Block *heading = g_ptr_array_index (headings, j);
          Block *entry = g_new0 (Block, 1);

          entry->kind = BLOCK_CONTENTS_ENTRY;
          entry->text = g_strdup (heading->text);
          entry->anchor = g_strdup (heading->anchor);
          g_ptr_array_add (blocks, entry);
        }
    }

  /* The blocks move to the new array. */
  g_ptr_array_set_free_func (self->blocks, NULL);
  g_ptr_array_unref (self->blocks);
  self->blocks = g_steal_pointer (&blocks);
}

/* Paginating */

static double
piece_height (Block    *block,
              guint     first,
              guint     n,
              gboolean  first_piece)
{
  LineBox *a, *b;
  double height;

  if (block->lines == NULL || n == 0)
    return block->fixed_height;

  a = &g_array_index (block->lines, LineBox, first);
  b = &g_array_index (block->lines, LineBox, first + n - 1);
  height = b->top + b->height - a->top;

  return first_piece ? MAX (height, block->min_first_height) : height;
}

static gboolean
is_empty_signature (DdDocument *self,
                    guint       index)
{
  Block *block = index < self->blocks->len ? g_ptr_array_index (self->blocks, index) : NULL;

  return block != NULL && block->kind == BLOCK_SIGNATURE && block->rich == NULL;
}

/* Empty boxes to sign in stay together: someone signs them all at once.
 * The height of the run that starts at @index. */
static double
signature_run_height (DdDocument *self,
                      guint       index)
{
  double height = 0;

  for (guint i = index; is_empty_signature (self, i); i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      height += (i > index ? block->space_before : 0) + block->fixed_height +
                (is_empty_signature (self, i + 1) ? block->space_after : 0);
    }

  return height;
}

/* How much of the block after @index must share a page with it: the
 * first two lines, or all of a block too short to be parted (see
 * paginate_block()). */
static double
next_minimum (DdDocument *self,
              guint       index)
{
  for (guint i = index + 1; i < self->blocks->len; i++)
    {
      Block *next = g_ptr_array_index (self->blocks, i);

      if (next->kind == BLOCK_PAGE_BREAK)
        return 0;

      if (is_empty_signature (self, i))
        return next->space_before + signature_run_height (self, i);

      if (next->lines == NULL)
        return next->space_before + next->fixed_height;

      return next->space_before + piece_height (next, 0, next->lines->len < 4 ? next->lines->len : 2, TRUE);
    }

  return 0;
}

typedef struct
{
  GPtrArray *pages;
  GArray    *page;
  double     y;
} Cursor;

static void
new_page (Cursor *cursor)
{
  cursor->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (cursor->pages, cursor->page);
  cursor->y = CONTENT_TOP;
}

static void
place (Cursor   *cursor,
       guint     block,
       guint     first,
       guint     n,
       double    y,
       gboolean  first_piece)
{
  Piece piece = { block, first, n, y, first_piece };

  g_array_append_val (cursor->page, piece);
}

static void
paginate_block (DdDocument *self,
                Cursor     *cursor,
                guint       index)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  double keep = block->keep_with_next ? block->space_after + next_minimum (self, index) : 0;
  double before;
  guint n, first = 0;

  if (block->kind == BLOCK_PAGE_BREAK)
    {
      if (cursor->page->len > 0)
        new_page (cursor);
      return;
    }

  before = cursor->page->len > 0 ? block->space_before : 0;

  if (block->lines == NULL)
    {
      double height = block->fixed_height;

      if (is_empty_signature (self, index) && (index == 0 || !is_empty_signature (self, index - 1)))
        height = signature_run_height (self, index);

      if (cursor->y + before + height + keep > CONTENT_BOTTOM && cursor->page->len > 0)
        {
          new_page (cursor);
          before = 0;
        }

      place (cursor, index, 0, 0, cursor->y + before, TRUE);
      cursor->y += before + block->fixed_height + block->space_after;
      return;
    }

  n = block->lines->len;
  while (first < n)
    {
      double available = CONTENT_BOTTOM - cursor->y - before;
      guint fit = 0;

      while (first + fit < n && piece_height (block, first, fit + 1, first == 0) <= available)
        fit++;

      /* A heading goes with the start of what follows it. */
      if (first == 0 && fit == n && keep > 0 && piece_height (block, 0, n, TRUE) + keep > available &&
          cursor->page->len > 0)
        fit = 0;

      if (fit < n - first)
        {
          guint left = n - first;

          /* No single line at the foot of a page or the head of the next. */
          if (left >= 4 && fit < 2)
            fit = 0;
          else if (left >= 4 && left - fit < 2 && fit >= 3)
            fit = left - 2;
          else if (left < 4 && first == 0)
            fit = 0;
        }

      if (fit == 0)
        {
          if (cursor->page->len > 0)
            {
              new_page (cursor);
              before = 0;
              continue;
            }
          /* Taller than a page: one line at a time rather than never. */
          fit = 1;
        }

      place (cursor, index, first, fit, cursor->y + before, first == 0);
      cursor->y += before + piece_height (block, first, fit, first == 0);
      first += fit;
      before = 0;

      if (first < n)
        new_page (cursor);
    }

  cursor->y += block->space_after;
}

static void
ensure_paginated (DdDocument *self)
{
  Cursor cursor = { 0 };

  if (self->pages != NULL)
    return;

  expand_contents (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->layout == NULL && block->side == NULL && block->fixed_height == 0)
        lay_out_block (self, block);
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      Block *next = i + 1 < self->blocks->len ? g_ptr_array_index (self->blocks, i + 1) : NULL;

      block->ends_table = (block->kind == BLOCK_FIELD || block->kind == BLOCK_SIGNATURE) &&
                          (next == NULL || (next->kind != BLOCK_FIELD && next->kind != BLOCK_SIGNATURE));
    }

  cursor.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  new_page (&cursor);
  for (guint i = 0; i < self->blocks->len; i++)
    paginate_block (self, &cursor, i);

  /* A trailing page break leaves an empty page: drop it. */
  if (cursor.page->len == 0 && cursor.pages->len > 1)
    g_ptr_array_remove_index (cursor.pages, cursor.pages->len - 1);

  self->pages = cursor.pages;

  g_hash_table_remove_all (self->anchor_pages);
  for (guint p = 0; p < self->pages->len; p++)
    {
      GArray *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->len; i++)
        {
          Piece *piece = &g_array_index (page, Piece, i);
          Block *block = g_ptr_array_index (self->blocks, piece->block);

          if (block->anchor != NULL && piece->first_piece && block->kind != BLOCK_CONTENTS_ENTRY &&
              !g_hash_table_contains (self->anchor_pages, block->anchor))
            g_hash_table_insert (self->anchor_pages, g_strdup (block->anchor), GUINT_TO_POINTER (p + 1));
        }
    }
}

/**
 * dd_document_get_n_pages:
 *
 * Lays the document out, if it is not already, and counts its pages.
 */
guint
dd_document_get_n_pages (DdDocument *self)
{
  g_return_val_if_fail (DD_IS_DOCUMENT (self), 0);

  ensure_paginated (self);

  return self->pages->len;
}

/* Drawing */

static void
draw_lines (cairo_t *cr,
            Block   *block,
            guint    first,
            guint    n,
            double   top)
{
  LineBox *start = &g_array_index (block->lines, LineBox, first);

  for (guint i = first; i < first + n; i++)
    {
      LineBox *box = &g_array_index (block->lines, LineBox, i);
      PangoLayoutLine *line = pango_layout_get_line_readonly (block->layout, i);

      cairo_move_to (cr, block->x + box->x, top + box->baseline - start->top);
      pango_cairo_show_layout_line (cr, line);
    }
}

static double
first_baseline (PangoLayout *layout)
{
  return (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
}

static void
draw_centred (DdDocument *self,
              cairo_t    *cr,
              const char *font,
              const char *text,
              double      top)
{
  g_autoptr(PangoLayout) layout = new_text_layout (self, font, CONTENT_WIDTH, text);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_auto_dir (layout, FALSE);
  cairo_move_to (cr, MARGIN_X, top);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_rule (cairo_t *cr,
           double   y)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_X, y);
  cairo_line_to (cr, MARGIN_X + CONTENT_WIDTH, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_piece (DdDocument *self,
            cairo_t    *cr,
            Piece      *piece)
{
  Block *block = g_ptr_array_index (self->blocks, piece->block);
  gboolean is_heading = block->kind == BLOCK_HEADING || block->kind == BLOCK_CONTENTS_HEADING;
  g_autofree char *dest = NULL;

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);

  if (block->anchor != NULL && piece->first_piece && block->kind != BLOCK_CONTENTS_ENTRY)
    {
      dest = g_strdup_printf ("name='%s'", block->anchor);
      cairo_tag_begin (cr, CAIRO_TAG_DEST, dest);
    }
  cairo_tag_begin (cr, is_heading ? "H1" : block->kind == BLOCK_SUBHEADING ? "H2" : "P", NULL);

  switch (block->kind)
    {
    case BLOCK_TITLE:
      if (block->side != NULL)
        {
          cairo_save (cr);
          cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
          cairo_move_to (cr, MARGIN_X, piece->y);
          pango_cairo_show_layout (cr, block->side);
          cairo_restore (cr);
        }
      cairo_move_to (cr, MARGIN_X, piece->y + layout_height (block->side) + (block->side ? 6 : 0));
      pango_cairo_show_layout (cr, block->layout);
      break;

    case BLOCK_FIELD:
    case BLOCK_SIGNATURE:
      if (piece->first_piece)
        {
          draw_rule (cr, piece->y - ROW_PADDING);
          cairo_move_to (cr, MARGIN_X, piece->y);
          pango_cairo_show_layout (cr, block->side);
        }
      if (block->ends_table && piece->first_line + piece->n_lines == (block->lines ? block->lines->len : 0))
        draw_rule (cr, piece->y + piece_height (block, piece->first_line, piece->n_lines, piece->first_piece) +
                        ROW_PADDING);
      if (block->lines != NULL)
        draw_lines (cr, block, piece->first_line, piece->n_lines, piece->y);
      else
        {
          if (block->ends_table)
            draw_rule (cr, piece->y + block->fixed_height + ROW_PADDING);
          g_autoptr(PangoLayout) caption = NULL;

          cairo_save (cr);
          cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
          cairo_set_line_width (cr, 0.75);
          cairo_rectangle (cr, block->x, piece->y, CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP, SIGNATURE_BOX);
          cairo_stroke (cr);
          if (block->extra != NULL)
            {
              caption = new_text_layout (self, FONT_FAMILY " Italic 9", CONTENT_WIDTH, block->extra);
              cairo_move_to (cr, block->x + 6, piece->y + SIGNATURE_BOX - 6 - layout_height (caption));
              pango_cairo_show_layout (cr, caption);
            }
          cairo_restore (cr);
        }
      break;

    case BLOCK_BULLET:
      if (piece->first_piece)
        {
          g_autoptr(PangoLayout) bullet = new_text_layout (self, FONT_FAMILY " 11", BULLET_INDENT, "•");

          cairo_move_to (cr, MARGIN_X + 5, piece->y + first_baseline (block->layout) - first_baseline (bullet));
          pango_cairo_show_layout (cr, bullet);
        }
      draw_lines (cr, block, piece->first_line, piece->n_lines, piece->y);
      break;

    case BLOCK_CONTENTS_ENTRY:
      {
        g_autofree char *link = g_strdup_printf ("dest='%s'", block->anchor);
        guint page = GPOINTER_TO_UINT (g_hash_table_lookup (self->anchor_pages, block->anchor));
        g_autofree char *number = page > 0 ? g_strdup_printf ("%u", page) : g_strdup ("");
        g_autoptr(PangoLayout) number_layout = new_text_layout (self, FONT_FAMILY " 11", PAGE_NUMBER_W, number);

        pango_layout_set_alignment (number_layout, PANGO_ALIGN_RIGHT);
        pango_layout_set_auto_dir (number_layout, FALSE);
        cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
        draw_lines (cr, block, piece->first_line, piece->n_lines, piece->y);
        if (piece->first_piece)
          {
            cairo_move_to (cr, MARGIN_X + CONTENT_WIDTH - PAGE_NUMBER_W, piece->y);
            pango_cairo_show_layout (cr, number_layout);
          }
        cairo_tag_end (cr, CAIRO_TAG_LINK);
      }
      break;

    case BLOCK_HEADING:
    case BLOCK_CONTENTS_HEADING:
    case BLOCK_SUBHEADING:
    case BLOCK_PARAGRAPH:
      draw_lines (cr, block, piece->first_line, piece->n_lines, piece->y);
      break;

    case BLOCK_PAGE_BREAK:
    default:
      break;
    }

  cairo_tag_end (cr, is_heading ? "H1" : block->kind == BLOCK_SUBHEADING ? "H2" : "P");
  if (dest != NULL)
    cairo_tag_end (cr, CAIRO_TAG_DEST);
}

/**
 * dd_document_draw_page:
 * @cr: a cairo context whose units are points, its origin the page's
 *   top left corner
 * @page: the page to draw, from 0
 *
 * Draws one page: its marking, its footer and its part of the content.
 */
void
dd_document_draw_page (DdDocument *self,
                       cairo_t    *cr,
                       guint       page)
{
  GArray *pieces;

  g_return_if_fail (DD_IS_DOCUMENT (self));

  ensure_paginated (self);
  g_return_if_fail (page < self->pages->len);

  pieces = g_ptr_array_index (self->pages, page);

  cairo_save (cr);

  if (self->marking != NULL)
    {
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      draw_centred (self, cr, FONT_FAMILY " Bold 10.5", self->marking, MARKING_TOP);
      draw_centred (self, cr, FONT_FAMILY " Bold 10.5", self->marking, MARKING_BOTTOM);
    }

  if (self->footer_func != NULL)
    {
      g_autofree char *footer = self->footer_func (page + 1, self->pages->len, self->footer_data);

      cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
      draw_centred (self, cr, FONT_FAMILY " 9", footer, FOOTER_TOP);
    }

  for (guint i = 0; i < pieces->len; i++)
    draw_piece (self, cr, &g_array_index (pieces, Piece, i));

  cairo_restore (cr);
}

/* Writing a PDF */

static void
set_pdf_metadata (DdDocument      *self,
                  cairo_surface_t *surface)
{
  static const cairo_pdf_metadata_t keys[DD_DOCUMENT_N_METADATA] = {
    [DD_DOCUMENT_TITLE] = CAIRO_PDF_METADATA_TITLE,
    [DD_DOCUMENT_AUTHOR] = CAIRO_PDF_METADATA_AUTHOR,
    [DD_DOCUMENT_SUBJECT] = CAIRO_PDF_METADATA_SUBJECT,
    [DD_DOCUMENT_KEYWORDS] = CAIRO_PDF_METADATA_KEYWORDS,
    [DD_DOCUMENT_CREATOR] = CAIRO_PDF_METADATA_CREATOR,
  };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  for (guint i = 0; i < DD_DOCUMENT_N_METADATA; i++)
    if (self->metadata[i] != NULL)
      cairo_pdf_surface_set_metadata (surface, keys[i], self->metadata[i]);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

static void
add_outline (DdDocument      *self,
             cairo_surface_t *surface)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      g_autofree char *link = NULL;

      if (block->kind != BLOCK_HEADING || !block->in_contents)
        continue;

      link = g_strdup_printf ("dest='%s'", block->anchor);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, block->text, link, 0);
    }
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  g_autofree char *name = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  name = g_filename_display_name (path);
  if (status == CAIRO_STATUS_WRITE_ERROR || status == CAIRO_STATUS_FILE_NOT_FOUND)
    g_set_error (error, DD_EXPORT_ERROR, DD_EXPORT_ERROR_WRITE,
                 /* Translators: %s is a file name */
                 _("Could not write “%s”: %s"), name, cairo_status_to_string (status));
  else
    g_set_error (error, DD_EXPORT_ERROR, DD_EXPORT_ERROR_RENDER,
                 _("Could not draw “%s”: %s"), name, cairo_status_to_string (status));

  return FALSE;
}

static gboolean
set_write_error (const char    *path,
                 const GError  *reason,
                 GError       **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, DD_EXPORT_ERROR, DD_EXPORT_ERROR_WRITE,
               _("Could not write “%s”: %s"), name, reason->message);

  return FALSE;
}

/**
 * dd_document_write_pdf:
 * @path: where to write; the file appears complete or not at all
 * @progress: (nullable): told after each page
 *
 * Writes the document as a PDF: fonts embedded, metadata, an outline,
 * the contents list linked to its headings, text in reading order.
 */
gboolean
dd_document_write_pdf (DdDocument              *self,
                       const char              *path,
                       GCancellable            *cancellable,
                       DdDocumentProgressFunc   progress,
                       gpointer                 user_data,
                       GError                 **error)
{
  g_autoptr(DdFileReplace) replace = NULL;
  g_autoptr(GError) file_error = NULL;
  const char *partial;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (DD_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = dd_document_get_n_pages (self);

  /* Written beside the file (or in a folder of our own, in a portal's)
   * and put in its place at the end; what fails leaves nothing. */
  if (!(replace = dd_file_replace_begin (path, &file_error)))
    return set_write_error (path, file_error, error);
  partial = dd_file_replace_get_path (replace);

  surface = cairo_pdf_surface_create (partial, DD_DOCUMENT_PAGE_WIDTH, DD_DOCUMENT_PAGE_HEIGHT);
  if (!check_status (cairo_surface_status (surface), path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }

  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_pdf_metadata (self, surface);

  cr = cairo_create (surface);
  cairo_tag_begin (cr, "Document", NULL);

  for (guint page = 0; page < n_pages; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          cairo_tag_end (cr, "Document");
          cairo_destroy (cr);
          cairo_surface_finish (surface);
          cairo_surface_destroy (surface);
          return FALSE;
        }

      dd_document_draw_page (self, cr, page);
      if (page + 1 == n_pages)
        cairo_tag_end (cr, "Document");
      cairo_show_page (cr);

      if (progress != NULL)
        progress (page + 1, n_pages, user_data);
    }

  add_outline (self, surface);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_status (status, path, error) ||
      (self->language != NULL && !dd_pdf_set_language (partial, self->language, error)))
    return FALSE;

  if (!dd_file_replace_commit (replace, cancellable, &file_error))
    return set_write_error (path, file_error, error);

  return TRUE;
}
