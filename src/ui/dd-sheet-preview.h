/* dd-sheet-preview.h: page 1 of a report's decision sheet, kept up to date
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_SHEET_PREVIEW (dd_sheet_preview_get_type ())

G_DECLARE_FINAL_TYPE (DdSheetPreview, dd_sheet_preview, DD, SHEET_PREVIEW, GtkWidget)

DdReport   *dd_sheet_preview_get_report   (DdSheetPreview *self);
void        dd_sheet_preview_set_report   (DdSheetPreview *self,
                                           DdReport       *report);
const char *dd_sheet_preview_get_language (DdSheetPreview *self);
void        dd_sheet_preview_set_language (DdSheetPreview *self,
                                           const char     *language);
guint       dd_sheet_preview_get_n_pages  (DdSheetPreview *self);

G_END_DECLS
