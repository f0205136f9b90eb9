/* dd-user-dialog.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_USER_DIALOG (dd_user_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DdUserDialog, dd_user_dialog, DD, USER_DIALOG, AdwWindow)

DdUserDialog     *dd_user_dialog_new      (GtkWindow        *parent,
                                           DdUserRegister   *users,
                                           DdDesignatedUser *user);
DdDesignatedUser *dd_user_dialog_get_user (DdUserDialog     *self);

G_END_DECLS
