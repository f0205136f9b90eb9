/* dd-report-list.h: a live list of reports, filtered and sorted by the database
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"
#include "storage/dd-report-store.h"

G_BEGIN_DECLS

#define DD_TYPE_REPORT_LIST (dd_report_list_get_type ())

G_DECLARE_FINAL_TYPE (DdReportList, dd_report_list, DD, REPORT_LIST, GObject)

DdReportList *dd_report_list_new            (DdReportStore *store);
const char   *dd_report_list_get_search     (DdReportList  *self);
void          dd_report_list_set_search     (DdReportList  *self,
                                             const char    *search);
int           dd_report_list_get_status     (DdReportList  *self);
void          dd_report_list_set_status     (DdReportList  *self,
                                             int            status);
int           dd_report_list_get_year       (DdReportList  *self);
void          dd_report_list_set_year       (DdReportList  *self,
                                             int            year);
void          dd_report_list_set_sort       (DdReportList  *self,
                                             DdReportSort   sort,
                                             gboolean       descending);
void          dd_report_list_set_rank_search (DdReportList *self,
                                              gboolean      rank);
gint64        dd_report_list_get_id         (DdReportList  *self,
                                             guint          position);
gboolean      dd_report_list_find           (DdReportList  *self,
                                             gint64         id,
                                             guint         *position);

G_END_DECLS
