/* dd-document.h: a paginated A4 document, laid out with Pango
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "dd-document-text.h"

G_BEGIN_DECLS

/* A4 portrait, in points: what every page is laid out for. */
#define DD_DOCUMENT_PAGE_WIDTH  595.276
#define DD_DOCUMENT_PAGE_HEIGHT 841.890

#define DD_EXPORT_ERROR (dd_export_error_quark ())

/**
 * DdExportError:
 * @DD_EXPORT_ERROR_WRITE: the file could not be written
 * @DD_EXPORT_ERROR_NOT_ALLOWED: the report may not be exported that way
 *   (a publication copy of a report that is not for publication)
 * @DD_EXPORT_ERROR_RENDER: cairo could not draw the document
 */
typedef enum
{
  DD_EXPORT_ERROR_WRITE,
  DD_EXPORT_ERROR_NOT_ALLOWED,
  DD_EXPORT_ERROR_RENDER,
} DdExportError;

typedef enum
{
  DD_DOCUMENT_TITLE,
  DD_DOCUMENT_AUTHOR,
  DD_DOCUMENT_SUBJECT,
  DD_DOCUMENT_KEYWORDS,
  DD_DOCUMENT_CREATOR,
  DD_DOCUMENT_N_METADATA
} DdDocumentMetadata;

/**
 * DdDocumentFooterFunc:
 * @page: the page, from 1
 * @n_pages: how many pages there are
 *
 * Returns: (transfer full): the footer line of @page
 */
typedef char *(*DdDocumentFooterFunc) (guint    page,
                                       guint    n_pages,
                                       gpointer user_data);

/**
 * DdDocumentProgressFunc:
 *
 * Called after each page is written, from the thread writing.
 */
typedef void (*DdDocumentProgressFunc) (guint    pages_done,
                                        guint    n_pages,
                                        gpointer user_data);

#define DD_TYPE_DOCUMENT (dd_document_get_type ())

G_DECLARE_FINAL_TYPE (DdDocument, dd_document, DD, DOCUMENT, GObject)

GQuark      dd_export_error_quark     (void);

DdDocument *dd_document_new           (void);
void        dd_document_set_metadata  (DdDocument             *self,
                                       DdDocumentMetadata      key,
                                       const char             *value);
void        dd_document_set_marking   (DdDocument             *self,
                                       const char             *marking);
void        dd_document_set_language  (DdDocument             *self,
                                       const char             *language);
void        dd_document_set_footer    (DdDocument             *self,
                                       DdDocumentFooterFunc    func,
                                       gpointer                user_data,
                                       GDestroyNotify          destroy);

void        dd_document_add_title     (DdDocument             *self,
                                       const char             *title,
                                       const char             *subtitle);
void        dd_document_add_heading   (DdDocument             *self,
                                       const char             *text,
                                       const char             *anchor,
                                       gboolean                in_contents);
void        dd_document_add_subheading (DdDocument            *self,
                                       const char             *text);
void        dd_document_add_paragraph (DdDocument             *self,
                                       DdDocumentText         *text);
void        dd_document_add_bullet    (DdDocument             *self,
                                       DdDocumentText         *text);
void        dd_document_add_markup    (DdDocument             *self,
                                       const char             *markup,
                                       const char             *redaction_label,
                                       const char             *empty_text);
void        dd_document_add_field     (DdDocument             *self,
                                       const char             *label,
                                       DdDocumentText         *value);
void        dd_document_add_signature (DdDocument             *self,
                                       const char             *label,
                                       const char             *signed_text,
                                       const char             *unsigned_caption);
void        dd_document_add_contents  (DdDocument             *self,
                                       const char             *heading);
void        dd_document_add_page_break (DdDocument            *self);

guint       dd_document_get_n_pages   (DdDocument             *self);
void        dd_document_draw_page     (DdDocument             *self,
                                       cairo_t                *cr,
                                       guint                   page);
gboolean    dd_document_write_pdf     (DdDocument             *self,
                                       const char             *path,
                                       GCancellable           *cancellable,
                                       DdDocumentProgressFunc  progress,
                                       gpointer                user_data,
                                       GError                **error);

G_END_DECLS
