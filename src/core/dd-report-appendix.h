/* dd-report-appendix.h: an appendix of a report
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"

G_BEGIN_DECLS

/**
 * DdAppendixKind:
 * @DD_APPENDIX_KIND_FILE: a file attached to the report, kept in the database
 * @DD_APPENDIX_KIND_AGREEMENT: the data-sharing agreement, linked
 */
typedef enum
{
  DD_APPENDIX_KIND_FILE,
  DD_APPENDIX_KIND_AGREEMENT,
} DdAppendixKind;

#define DD_TYPE_REPORT_APPENDIX (dd_report_appendix_get_type ())

G_DECLARE_FINAL_TYPE (DdReportAppendix, dd_report_appendix, DD, REPORT_APPENDIX, GObject)

gint64          dd_report_appendix_get_id           (DdReportAppendix *self);
const char     *dd_report_appendix_get_title        (DdReportAppendix *self);
DdAppendixKind  dd_report_appendix_get_kind         (DdReportAppendix *self);
const char     *dd_report_appendix_get_file_name    (DdReportAppendix *self);
const char     *dd_report_appendix_get_content_type (DdReportAppendix *self);
gint64          dd_report_appendix_get_size         (DdReportAppendix *self);
gint64          dd_report_appendix_get_agreement_id (DdReportAppendix *self);
DdAgreement    *dd_report_appendix_get_agreement    (DdReportAppendix *self);

G_END_DECLS
