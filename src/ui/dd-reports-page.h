/* dd-reports-page.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-page.h"
#include "dd-report-editor.h"

G_BEGIN_DECLS

#define DD_TYPE_REPORTS_PAGE (dd_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (DdReportsPage, dd_reports_page, DD, REPORTS_PAGE, DdPage)

GListModel     *dd_reports_page_get_register (DdReportsPage *self);
DdReportEditor *dd_reports_page_get_editor   (DdReportsPage *self);
gboolean        dd_reports_page_select       (DdReportsPage *self,
                                              DdReport      *report);

G_END_DECLS
