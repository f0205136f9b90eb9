/* dd-docx-reader.h: the paragraphs of a Word (.docx) document
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GPtrArray *dd_docx_read_paragraphs (const char    *path,
                                    GCancellable  *cancellable,
                                    GError       **error);

G_END_DECLS
