/* dd-report-enums.h: the states and choices of a decision report
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTypes for these are generated (dd-core-enums.h) by glib-mkenums.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DdReportStatus:
 * @DD_REPORT_STATUS_DRAFT: being written
 * @DD_REPORT_STATUS_AWAITING_APPROVAL: with the Chief Executive and the
 *   Chief Finance Officer
 * @DD_REPORT_STATUS_AWAITING_DECISION: approved; with the Commissioner
 * @DD_REPORT_STATUS_AGREED: the Commissioner agreed the recommendations
 * @DD_REPORT_STATUS_NOT_AGREED: the Commissioner did not agree
 * @DD_REPORT_STATUS_PUBLISHED: published
 * @DD_REPORT_STATUS_WITHDRAWN: withdrawn before a decision; keeps its
 *   reference for ever
 *
 * The workflow: Draft → Awaiting approval → Awaiting decision → Agreed or
 * Not agreed → Published; Withdrawn from any state before the decision.
 */
typedef enum
{
  DD_REPORT_STATUS_DRAFT,
  DD_REPORT_STATUS_AWAITING_APPROVAL,
  DD_REPORT_STATUS_AWAITING_DECISION,
  DD_REPORT_STATUS_AGREED,
  DD_REPORT_STATUS_NOT_AGREED,
  DD_REPORT_STATUS_PUBLISHED,
  DD_REPORT_STATUS_WITHDRAWN,
} DdReportStatus;

/**
 * DdPublication:
 * @DD_PUBLICATION_UNDECIDED: not yet decided
 * @DD_PUBLICATION_YES: for publication
 * @DD_PUBLICATION_NO: not for publication (give the reasons)
 */
typedef enum
{
  DD_PUBLICATION_UNDECIDED,
  DD_PUBLICATION_YES,
  DD_PUBLICATION_NO,
} DdPublication;

/**
 * DdDecision:
 * @DD_DECISION_NONE: no decision yet
 * @DD_DECISION_AGREED: "I agree the recommendations to this report"
 * @DD_DECISION_NOT_AGREED: "I do not agree the recommendations ... because"
 */
typedef enum
{
  DD_DECISION_NONE,
  DD_DECISION_AGREED,
  DD_DECISION_NOT_AGREED,
} DdDecision;

/**
 * DdSignatory:
 * @DD_SIGNATORY_CHIEF_EXECUTIVE: Report Approval by the Chief Executive /
 *   Monitoring Officer
 * @DD_SIGNATORY_CHIEF_FINANCE_OFFICER: Report Approval by the Chief
 *   Finance Officer
 * @DD_SIGNATORY_DECISION_MAKER: the Decision and Final Sign Off
 * @DD_SIGNATORY_REDACTION: the sign-off of the redaction
 */
typedef enum
{
  DD_SIGNATORY_CHIEF_EXECUTIVE,
  DD_SIGNATORY_CHIEF_FINANCE_OFFICER,
  DD_SIGNATORY_DECISION_MAKER,
  DD_SIGNATORY_REDACTION,
} DdSignatory;

const char *dd_report_status_to_string   (DdReportStatus  status);
gboolean    dd_report_status_from_string (const char     *text,
                                          DdReportStatus *status);
const char *dd_report_status_get_label   (DdReportStatus  status);
const char *dd_decision_to_string        (DdDecision      decision);
const char *dd_signatory_to_string       (DdSignatory     signatory);
const char *dd_signatory_get_label       (DdSignatory     signatory);

G_END_DECLS
