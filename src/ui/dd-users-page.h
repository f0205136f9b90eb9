/* dd-users-page.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-page.h"
#include "dd-user-detail.h"

G_BEGIN_DECLS

#define DD_TYPE_USERS_PAGE (dd_users_page_get_type ())

G_DECLARE_FINAL_TYPE (DdUsersPage, dd_users_page, DD, USERS_PAGE, DdPage)

GListModel   *dd_users_page_get_users          (DdUsersPage      *self);
DdUserDetail *dd_users_page_get_detail         (DdUsersPage      *self);
guint         dd_users_page_get_attention_count (DdUsersPage     *self);
gboolean      dd_users_page_select             (DdUsersPage      *self,
                                                DdDesignatedUser *user);

G_END_DECLS
