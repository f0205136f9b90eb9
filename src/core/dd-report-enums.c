/* dd-report-enums.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-report-enums.h"

/* The names stored in the database and printed by `ddesk --json`. */
static const char *status_names[] = {
  [DD_REPORT_STATUS_DRAFT] = "draft",
  [DD_REPORT_STATUS_AWAITING_APPROVAL] = "awaiting_approval",
  [DD_REPORT_STATUS_AWAITING_DECISION] = "awaiting_decision",
  [DD_REPORT_STATUS_AGREED] = "agreed",
  [DD_REPORT_STATUS_NOT_AGREED] = "not_agreed",
  [DD_REPORT_STATUS_PUBLISHED] = "published",
  [DD_REPORT_STATUS_WITHDRAWN] = "withdrawn",
};

const char *
dd_report_status_to_string (DdReportStatus status)
{
  g_return_val_if_fail (status <= DD_REPORT_STATUS_WITHDRAWN, NULL);

  return status_names[status];
}

gboolean
dd_report_status_from_string (const char     *text,
                              DdReportStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    if (g_strcmp0 (text, status_names[i]) == 0)
      {
        *status = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * dd_report_status_get_label:
 *
 * Returns: the status as the interface shows it, translated
 */
const char *
dd_report_status_get_label (DdReportStatus status)
{
  switch (status)
    {
    case DD_REPORT_STATUS_DRAFT:
      return _("Draft");
    case DD_REPORT_STATUS_AWAITING_APPROVAL:
      return _("Awaiting approval");
    case DD_REPORT_STATUS_AWAITING_DECISION:
      return _("Awaiting decision");
    case DD_REPORT_STATUS_AGREED:
      return _("Agreed");
    case DD_REPORT_STATUS_NOT_AGREED:
      return _("Not agreed");
    case DD_REPORT_STATUS_PUBLISHED:
      return _("Published");
    case DD_REPORT_STATUS_WITHDRAWN:
      return _("Withdrawn");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
dd_decision_to_string (DdDecision decision)
{
  switch (decision)
    {
    case DD_DECISION_AGREED:
      return "agreed";
    case DD_DECISION_NOT_AGREED:
      return "not_agreed";
    case DD_DECISION_NONE:
    default:
      return NULL;
    }
}

/* The role names of `ddesk show-report --json`. */
const char *
dd_signatory_to_string (DdSignatory signatory)
{
  switch (signatory)
    {
    case DD_SIGNATORY_CHIEF_EXECUTIVE:
      return "chief_executive";
    case DD_SIGNATORY_CHIEF_FINANCE_OFFICER:
      return "chief_finance_officer";
    case DD_SIGNATORY_DECISION_MAKER:
      return "decision";
    case DD_SIGNATORY_REDACTION:
      return "redaction";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
dd_signatory_get_label (DdSignatory signatory)
{
  switch (signatory)
    {
    case DD_SIGNATORY_CHIEF_EXECUTIVE:
      return _("Chief Executive / Monitoring Officer");
    case DD_SIGNATORY_CHIEF_FINANCE_OFFICER:
      return _("Chief Finance Officer");
    case DD_SIGNATORY_DECISION_MAKER:
      return _("Decision and Final Sign Off");
    case DD_SIGNATORY_REDACTION:
      return _("Redaction sign-off");
    default:
      g_return_val_if_reached (NULL);
    }
}
