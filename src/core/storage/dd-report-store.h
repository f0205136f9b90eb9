/* dd-report-store.h: every decision report, and the rules they follow
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"
#include "dd-report.h"

G_BEGIN_DECLS

/**
 * DdReportSort:
 *
 * The orders the register can show reports in.
 */
typedef enum
{
  DD_REPORT_SORT_DATE,
  DD_REPORT_SORT_REFERENCE,
  DD_REPORT_SORT_TITLE,
  DD_REPORT_SORT_STATUS,
  DD_REPORT_SORT_CLASSIFICATION,
  DD_REPORT_SORT_DECISION,
  DD_REPORT_N_SORTS
} DdReportSort;

/**
 * DdReportFilter:
 * @search: (nullable): words to find in any field or section; results
 *   come best match first, unless @sort is given
 * @status: a #DdReportStatus, or -1 for any
 * @year: the calendar year of the report's date, or 0 for any
 * @sort: the order
 * @descending: whether the order is reversed
 * @rank_search: with @search, order by how well each report matches
 */
typedef struct
{
  const char   *search;
  int           status;
  int           year;
  DdReportSort  sort;
  gboolean      descending;
  gboolean      rank_search;
} DdReportFilter;

/**
 * DdSignature:
 * @name: the printed name
 * @role: (nullable): the role signed as (the decision maker's title, or
 *   the role of who signs off a redaction)
 * @date: the date signed, "YYYY-MM-DD"
 * @decision: for the decision: agreed or not
 * @reasons: (nullable): for a decision not agreed, why
 */
typedef struct
{
  const char *name;
  const char *role;
  const char *date;
  DdDecision  decision;
  const char *reasons;
} DdSignature;

#define DD_TYPE_REPORT_STORE (dd_report_store_get_type ())

G_DECLARE_FINAL_TYPE (DdReportStore, dd_report_store, DD, REPORT_STORE, GObject)

DdReportStore *dd_report_store_new                (DdDatabase           *database,
                                                   DdAuditLog           *audit_log,
                                                   DdOfficeSettings     *settings);
DdOfficeSettings *dd_report_store_get_settings    (DdReportStore        *self);

DdReport      *dd_report_store_create             (DdReportStore        *self,
                                                   const char           *date,
                                                   GError              **error);
DdReport      *dd_report_store_get                (DdReportStore        *self,
                                                   gint64                id,
                                                   GError              **error);
DdReport      *dd_report_store_find_by_reference  (DdReportStore        *self,
                                                   const char           *reference,
                                                   GError              **error);
gboolean       dd_report_store_load_content       (DdReportStore        *self,
                                                   DdReport             *report,
                                                   GError              **error);
gboolean       dd_report_store_save               (DdReportStore        *self,
                                                   DdReport             *report,
                                                   GError              **error);
gboolean       dd_report_store_revert             (DdReportStore        *self,
                                                   DdReport             *report,
                                                   GError              **error);
gboolean       dd_report_store_delete             (DdReportStore        *self,
                                                   DdReport             *report,
                                                   GError              **error);
gboolean       dd_report_store_undelete           (DdReportStore        *self,
                                                   DdReport             *report,
                                                   GError              **error);
gboolean       dd_report_store_add                (DdReportStore        *self,
                                                   DdReport             *report,
                                                   gboolean              replace,
                                                   GError              **error);

gboolean       dd_report_store_move_to            (DdReportStore        *self,
                                                   DdReport             *report,
                                                   DdReportStatus        status,
                                                   const char           *reason,
                                                   GError              **error);
gboolean       dd_report_store_sign               (DdReportStore        *self,
                                                   DdReport             *report,
                                                   DdSignatory           signatory,
                                                   const DdSignature    *signature,
                                                   GError              **error);
gboolean       dd_report_store_withdraw_signature (DdReportStore        *self,
                                                   DdReport             *report,
                                                   DdSignatory           signatory,
                                                   const char           *reason,
                                                   GError              **error);

GArray        *dd_report_store_query              (DdReportStore        *self,
                                                   const DdReportFilter *filter,
                                                   GError              **error);
GArray        *dd_report_store_list_years         (DdReportStore        *self,
                                                   GError              **error);
guint          dd_report_store_count              (DdReportStore        *self,
                                                   GError              **error);

char          *dd_report_store_describe_change    (DdAuditEntry         *entry);

void           dd_report_store_set_agreement_store (DdReportStore       *self,
                                                   DdAgreementStore     *agreements);
gboolean       dd_report_store_attach_agreement   (DdReportStore        *self,
                                                   DdReport             *report,
                                                   DdAgreement          *agreement,
                                                   const char           *title,
                                                   GError              **error);
gboolean       dd_report_store_attach_file        (DdReportStore        *self,
                                                   DdReport             *report,
                                                   const char           *title,
                                                   const char           *file_name,
                                                   const char           *content_type,
                                                   GBytes               *data,
                                                   GError              **error);
GBytes        *dd_report_store_dup_appendix_data  (DdReportStore        *self,
                                                   DdReportAppendix     *appendix,
                                                   GError              **error);
gboolean       dd_report_store_remove_appendix    (DdReportStore        *self,
                                                   DdReport             *report,
                                                   DdReportAppendix     *appendix,
                                                   GError              **error);

G_END_DECLS
