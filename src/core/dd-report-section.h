/* dd-report-section.h: one of the sixteen numbered sections of a report
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_REPORT_N_SECTIONS 16

#define DD_TYPE_REPORT_SECTION (dd_report_section_get_type ())

G_DECLARE_FINAL_TYPE (DdReportSection, dd_report_section, DD, REPORT_SECTION, GObject)

const char      *dd_report_section_get_default_heading (guint            number);
const char      *dd_report_section_get_english_heading (guint            number);

DdReportSection *dd_report_section_new                 (guint            number);
guint            dd_report_section_get_number          (DdReportSection *self);
const char      *dd_report_section_get_heading         (DdReportSection *self);
void             dd_report_section_set_heading         (DdReportSection *self,
                                                        const char      *heading);
const char      *dd_report_section_get_text            (DdReportSection *self);
void             dd_report_section_set_text            (DdReportSection *self,
                                                        const char      *text);

G_END_DECLS
