/* dd-report.h: a decision report
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"
#include "dd-report-enums.h"
#include "dd-report-section.h"

G_BEGIN_DECLS

#define DD_REPORT_ERROR (dd_report_error_quark ())

/**
 * DdReportError:
 * @DD_REPORT_ERROR_INVALID: a value is not acceptable (a date, a pattern...)
 * @DD_REPORT_ERROR_MISSING: something the next step needs is missing
 * @DD_REPORT_ERROR_LOCKED: the field is signed, and locked
 * @DD_REPORT_ERROR_WORKFLOW: the step is not possible from this status
 * @DD_REPORT_ERROR_DUPLICATE: the reference is already used
 * @DD_REPORT_ERROR_NOT_FOUND: no such report
 * @DD_REPORT_ERROR_NOT_A_REPORT: an imported file is not a decision report
 */
typedef enum
{
  DD_REPORT_ERROR_INVALID,
  DD_REPORT_ERROR_MISSING,
  DD_REPORT_ERROR_LOCKED,
  DD_REPORT_ERROR_WORKFLOW,
  DD_REPORT_ERROR_DUPLICATE,
  DD_REPORT_ERROR_NOT_FOUND,
  DD_REPORT_ERROR_NOT_A_REPORT,
} DdReportError;

/**
 * DdReportField:
 *
 * The text fields of a report, each also a property of #DdReport (see
 * dd_report_field_get_name()). Dates are ISO 8601 ("2023-02-23") or
 * empty.
 */
typedef enum
{
  /* The title block: signed content, locked once a signature is given */
  DD_REPORT_FIELD_REFERENCE,
  DD_REPORT_FIELD_CLASSIFICATION,
  DD_REPORT_FIELD_TITLE,
  DD_REPORT_FIELD_AREA,
  DD_REPORT_FIELD_REPORT_BY_NAME,
  DD_REPORT_FIELD_REPORT_BY_ROLE,
  DD_REPORT_FIELD_CHIEF_OFFICER,
  DD_REPORT_FIELD_DATE,
  DD_REPORT_FIELD_ENQUIRIES_TO,
  /* Publication and redaction: decided after the content is signed */
  DD_REPORT_FIELD_PUBLICATION_REASONS,
  DD_REPORT_FIELD_PUBLICATION_MARKING,
  DD_REPORT_FIELD_REDACTION_DETAILS,
  DD_REPORT_FIELD_REDACTION_DATE,
  /* Signatures: set only by recording or withdrawing one */
  DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME,
  DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE,
  DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME,
  DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE,
  DD_REPORT_FIELD_DECISION_REASONS,
  DD_REPORT_FIELD_DECISION_NAME,
  DD_REPORT_FIELD_DECISION_ROLE,
  DD_REPORT_FIELD_DECISION_DATE,
  DD_REPORT_FIELD_REDACTION_SIGNED_NAME,
  DD_REPORT_FIELD_REDACTION_SIGNED_ROLE,
  DD_REPORT_FIELD_REDACTION_SIGNED_DATE,
  DD_REPORT_N_FIELDS
} DdReportField;

/**
 * DdReportFieldKind:
 * @DD_REPORT_FIELD_KIND_CONTENT: the report itself; locked once signed
 * @DD_REPORT_FIELD_KIND_PUBLICATION: the publication decision
 * @DD_REPORT_FIELD_KIND_REDACTION: what is redacted, before sign-off
 * @DD_REPORT_FIELD_KIND_SIGNATURE: part of a signature
 */
typedef enum
{
  DD_REPORT_FIELD_KIND_CONTENT,
  DD_REPORT_FIELD_KIND_PUBLICATION,
  DD_REPORT_FIELD_KIND_REDACTION,
  DD_REPORT_FIELD_KIND_SIGNATURE,
} DdReportFieldKind;

#define DD_TYPE_REPORT (dd_report_get_type ())

G_DECLARE_FINAL_TYPE (DdReport, dd_report, DD, REPORT, GObject)

GQuark             dd_report_error_quark             (void);

const char        *dd_report_field_get_name          (DdReportField    field);
DdReportFieldKind  dd_report_field_get_kind          (DdReportField    field);
gboolean           dd_report_field_is_date           (DdReportField    field);
const char        *dd_report_field_get_label         (DdReportField    field);
const char        *dd_report_field_get_label_msgid   (DdReportField    field);

DdReport          *dd_report_new                     (void);
DdReport          *dd_report_copy                    (DdReport        *self);

gint64             dd_report_get_id                  (DdReport        *self);
const char        *dd_report_get_field               (DdReport        *self,
                                                      DdReportField    field);
void               dd_report_set_field               (DdReport        *self,
                                                      DdReportField    field,
                                                      const char      *value);
const char        *dd_report_get_reference           (DdReport        *self);
const char        *dd_report_get_title               (DdReport        *self);
const char        *dd_report_get_classification      (DdReport        *self);
const char        *dd_report_get_date                (DdReport        *self);
DdReportStatus     dd_report_get_status              (DdReport        *self);
DdDecision         dd_report_get_decision            (DdReport        *self);
DdPublication      dd_report_get_publication         (DdReport        *self);
void               dd_report_set_publication         (DdReport        *self,
                                                      DdPublication    publication);
gboolean           dd_report_get_redact_decision_sheet (DdReport      *self);
void               dd_report_set_redact_decision_sheet (DdReport      *self,
                                                        gboolean       redact);
gboolean           dd_report_get_redact_appendix     (DdReport        *self);
void               dd_report_set_redact_appendix     (DdReport        *self,
                                                      gboolean         redact);
DdReportSection   *dd_report_get_section             (DdReport        *self,
                                                      guint            number);
const char * const *dd_report_get_recommendations    (DdReport        *self);
void               dd_report_set_recommendations     (DdReport        *self,
                                                      const char * const *recommendations);
GListModel        *dd_report_get_appendices          (DdReport        *self);

gboolean           dd_report_is_signed_by            (DdReport        *self,
                                                      DdSignatory      signatory);
gboolean           dd_report_get_locked              (DdReport        *self);
gboolean           dd_report_is_field_editable       (DdReport        *self,
                                                      DdReportField    field);
gboolean           dd_report_get_redaction_required  (DdReport        *self);
char              *dd_report_dup_next_step           (DdReport        *self);

G_END_DECLS
