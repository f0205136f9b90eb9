/* dd-user-detail.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_USER_DETAIL (dd_user_detail_get_type ())

G_DECLARE_FINAL_TYPE (DdUserDetail, dd_user_detail, DD, USER_DETAIL, GtkWidget)

void              dd_user_detail_set_context (DdUserDetail     *self,
                                              DdContext        *context);
DdDesignatedUser *dd_user_detail_get_user    (DdUserDetail     *self);
void              dd_user_detail_set_user    (DdUserDetail     *self,
                                              DdDesignatedUser *user);
void              dd_user_detail_refresh     (DdUserDetail     *self);

G_END_DECLS
