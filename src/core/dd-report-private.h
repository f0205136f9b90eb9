/* dd-report-private.h: what only the store and the importer may change
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Signatures and the status change only through DdReportStore's
 * workflow, so the rules and the audit log see every one.
 */

#pragma once

#include "dd-report.h"

G_BEGIN_DECLS

void     dd_report_set_id                (DdReport       *self,
                                          gint64          id);
void     dd_report_set_status            (DdReport       *self,
                                          DdReportStatus  status);
void     dd_report_set_decision          (DdReport       *self,
                                          DdDecision      decision);
void     dd_report_set_signature_field   (DdReport       *self,
                                          DdReportField   field,
                                          const char     *value);
void     dd_report_set_content_loaded    (DdReport       *self,
                                          gboolean        loaded);
gboolean dd_report_get_content_loaded    (DdReport       *self);
GListStore *dd_report_get_appendix_store (DdReport       *self);

G_END_DECLS
