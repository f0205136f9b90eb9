/* dd-test-pdf.h: reading back the PDFs the tests write
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *dd_test_run              (const char * const *argv);
char     *dd_test_pdf_text         (const char         *pdf);
char     *dd_test_pdf_drawn_text   (const char         *pdf);
char     *dd_test_pdf_page_text    (const char         *pdf,
                                    guint               page);
char     *dd_test_pdf_info         (const char         *pdf);
char     *dd_test_pdf_raw          (const char         *pdf,
                                    gsize              *length);
char     *dd_test_pdf_info_value   (const char         *info,
                                    const char         *key);
guint     dd_test_pdf_n_pages      (const char         *pdf);
void      dd_test_assert_valid_pdf (const char         *pdf);
gboolean  dd_test_contains_bytes   (const char         *haystack,
                                    gsize               length,
                                    const char         *needle);
guint     dd_test_count            (const char         *text,
                                    const char         *needle);

G_END_DECLS
