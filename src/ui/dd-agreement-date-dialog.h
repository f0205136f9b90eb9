/* dd-agreement-date-dialog.h: the date (and the reason) asked before an
 * agreement is signed or terminated
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

/**
 * DdAgreementDateDialogPurpose:
 * @DD_AGREEMENT_DATE_DIALOG_SIGN: the date a version was signed; answers "sign"
 * @DD_AGREEMENT_DATE_DIALOG_TERMINATE: the date the agreement ends early and
 *   why; answers "terminate"
 */
typedef enum
{
  DD_AGREEMENT_DATE_DIALOG_SIGN,
  DD_AGREEMENT_DATE_DIALOG_TERMINATE,
} DdAgreementDateDialogPurpose;

#define DD_TYPE_AGREEMENT_DATE_DIALOG (dd_agreement_date_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DdAgreementDateDialog, dd_agreement_date_dialog, DD, AGREEMENT_DATE_DIALOG, AdwMessageDialog)

DdAgreementDateDialog *dd_agreement_date_dialog_new        (GtkWindow                    *parent,
                                                            DdAgreement                  *agreement,
                                                            DdAgreementDateDialogPurpose  purpose);
DdAgreement           *dd_agreement_date_dialog_get_agreement (DdAgreementDateDialog     *self);
const char            *dd_agreement_date_dialog_get_date   (DdAgreementDateDialog        *self);
const char            *dd_agreement_date_dialog_get_reason (DdAgreementDateDialog        *self);

G_END_DECLS
