/* dd-document-text.h: a run of styled text for a DdDocument
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/**
 * DdTextStyle:
 * @DD_TEXT_STYLE_NORMAL: plain
 * @DD_TEXT_STYLE_BOLD: bold
 * @DD_TEXT_STYLE_ITALIC: italic
 * @DD_TEXT_STYLE_MARKED: shaded: a passage marked for redaction, shown
 *   in the internal copy
 */
typedef enum
{
  DD_TEXT_STYLE_NORMAL = 0,
  DD_TEXT_STYLE_BOLD = 1 << 0,
  DD_TEXT_STYLE_ITALIC = 1 << 1,
  DD_TEXT_STYLE_MARKED = 1 << 2,
} DdTextStyle;

typedef struct _DdDocumentText DdDocumentText;

#define DD_TYPE_DOCUMENT_TEXT (dd_document_text_get_type ())

GType           dd_document_text_get_type         (void) G_GNUC_CONST;
DdDocumentText *dd_document_text_new              (void);
DdDocumentText *dd_document_text_new_plain        (const char     *text);
DdDocumentText *dd_document_text_copy             (DdDocumentText *self);
void            dd_document_text_free             (DdDocumentText *self);
void            dd_document_text_append           (DdDocumentText *self,
                                                   const char     *text,
                                                   DdTextStyle     style);
void            dd_document_text_append_redaction (DdDocumentText *self,
                                                   const char     *label);
const char     *dd_document_text_get_text         (DdDocumentText *self);
PangoAttrList  *dd_document_text_get_attributes   (DdDocumentText *self);
gboolean        dd_document_text_is_redaction_box (PangoAttrShape *attr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DdDocumentText, dd_document_text_free)

G_END_DECLS
