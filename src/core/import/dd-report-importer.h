/* dd-report-importer.h: past decision reports, from Word or text files
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_REPORT_IMPORTER (dd_report_importer_get_type ())

G_DECLARE_FINAL_TYPE (DdReportImporter, dd_report_importer, DD, REPORT_IMPORTER, GObject)

DdReportImporter   *dd_report_importer_new            (void);
DdReport           *dd_report_importer_import_file    (DdReportImporter    *self,
                                                       const char          *path,
                                                       GCancellable        *cancellable,
                                                       GError             **error);
DdReport           *dd_report_importer_import_lines   (DdReportImporter    *self,
                                                       const char * const  *lines,
                                                       gboolean             paragraphs,
                                                       const char          *source_name,
                                                       GError             **error);
const char * const *dd_report_importer_get_recognised (DdReportImporter    *self);
const char * const *dd_report_importer_get_unplaced   (DdReportImporter    *self);
char               *dd_report_importer_dup_summary    (DdReportImporter    *self);

G_END_DECLS
