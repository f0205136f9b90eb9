/* dd-user-step-dialog.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

/**
 * DdUserStep:
 *
 * The dated steps of a user's lifecycle that a #DdUserStepDialog asks
 * for (signing the statement has its own dialog, #DdStatementDialog).
 */
typedef enum
{
  DD_USER_STEP_REQUEST_ACCESS,
  DD_USER_STEP_GRANT,
  DD_USER_STEP_REVIEW,
  DD_USER_STEP_SUSPEND,
  DD_USER_STEP_REINSTATE,
  DD_USER_STEP_REVOKE,
  DD_USER_STEP_LEAVE,
} DdUserStep;

#define DD_TYPE_USER_STEP_DIALOG (dd_user_step_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DdUserStepDialog, dd_user_step_dialog, DD, USER_STEP_DIALOG, AdwWindow)

DdUserStepDialog *dd_user_step_dialog_new          (GtkWindow        *parent,
                                                    DdUserRegister   *users,
                                                    DdDesignatedUser *user,
                                                    DdUserStep        step);
DdUserStep        dd_user_step_dialog_get_step     (DdUserStepDialog *self);
const char       *dd_user_step_dialog_get_done_message (DdUserStepDialog *self);

G_END_DECLS
