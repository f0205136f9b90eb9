/* dd-user-row.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"
#include "dd-agreement-enums.h"

G_BEGIN_DECLS

#define DD_TYPE_USER_ROW (dd_user_row_get_type ())

G_DECLARE_FINAL_TYPE (DdUserRow, dd_user_row, DD, USER_ROW, GtkListBoxRow)

GtkWidget        *dd_user_row_new                 (DdDesignatedUser *user);
DdDesignatedUser *dd_user_row_get_user            (DdUserRow        *self);

void              dd_user_status_badge_update     (GtkLabel         *badge,
                                                   DdUserStatus      status);
char             *dd_user_dup_attention_summary   (DdDesignatedUser *user);
char             *dd_user_dup_subtitle            (DdDesignatedUser *user);

G_END_DECLS
