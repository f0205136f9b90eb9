/* dd-statement-dialog.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_STATEMENT_DIALOG (dd_statement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DdStatementDialog, dd_statement_dialog, DD, STATEMENT_DIALOG, AdwWindow)

DdStatementDialog *dd_statement_dialog_new (GtkWindow        *parent,
                                            DdUserRegister   *users,
                                            DdDesignatedUser *user,
                                            DdAgreement      *agreement);

G_END_DECLS
