/* dd-reports-page.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-page.h"

G_BEGIN_DECLS

#define DD_TYPE_REPORTS_PAGE (dd_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (DdReportsPage, dd_reports_page, DD, REPORTS_PAGE, DdPage)

G_END_DECLS
