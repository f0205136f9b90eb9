/* dd-report-editor.h: one decision report, edited in full
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_REPORT_EDITOR (dd_report_editor_get_type ())

G_DECLARE_FINAL_TYPE (DdReportEditor, dd_report_editor, DD, REPORT_EDITOR, GtkWidget)

DdContext *dd_report_editor_get_context (DdReportEditor *self);
void       dd_report_editor_set_context (DdReportEditor *self,
                                         DdContext      *context);
DdReport  *dd_report_editor_get_report  (DdReportEditor *self);
void       dd_report_editor_set_report  (DdReportEditor *self,
                                         DdReport       *report);
gboolean   dd_report_editor_flush       (DdReportEditor *self);

G_END_DECLS
