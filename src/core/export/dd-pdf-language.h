/* dd-pdf-language.h: saying which language a PDF is written in
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean dd_pdf_set_language (const char  *path,
                              const char  *language,
                              GError     **error);

G_END_DECLS
