/* dd-user-register.h: the register of Designated Users
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"
#include "dd-designated-user.h"

G_BEGIN_DECLS

/**
 * DdUserFilter:
 * @search: (nullable): words in the name, email, job title or organisation
 * @needs_attention: only users with a #DdAttention reason
 * @status: a #DdUserStatus, or -1 for any
 */
typedef struct
{
  const char *search;
  gboolean    needs_attention;
  int         status;
} DdUserFilter;

#define DD_TYPE_USER_REGISTER (dd_user_register_get_type ())

G_DECLARE_FINAL_TYPE (DdUserRegister, dd_user_register, DD, USER_REGISTER, GObject)

DdUserRegister   *dd_user_register_new            (DdDatabase         *database,
                                                   DdAuditLog         *audit_log,
                                                   DdAgreementStore   *agreements);

GListModel       *dd_user_register_list           (DdUserRegister     *self,
                                                   const DdUserFilter *filter,
                                                   GError            **error);
DdDesignatedUser *dd_user_register_get            (DdUserRegister     *self,
                                                   gint64              id,
                                                   GError            **error);
DdDesignatedUser *dd_user_register_find_by_email  (DdUserRegister     *self,
                                                   const char         *email,
                                                   GError            **error);
GListModel       *dd_user_register_list_events    (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   GError            **error);
gboolean          dd_user_register_refresh        (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   GError            **error);

gboolean          dd_user_register_add            (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   const char         *date,
                                                   GError            **error);
gboolean          dd_user_register_save           (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   GError            **error);

gboolean          dd_user_register_sign_statement (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   const char         *typed_name,
                                                   gboolean            confirmed_read,
                                                   GError            **error);
gboolean          dd_user_register_request_access (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   const char         *date,
                                                   GError            **error);
gboolean          dd_user_register_grant          (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   const char         *date,
                                                   GError            **error);
gboolean          dd_user_register_review         (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   const char         *date,
                                                   const char         *notes,
                                                   GError            **error);
gboolean          dd_user_register_suspend        (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   const char         *date,
                                                   const char         *reason,
                                                   GError            **error);
gboolean          dd_user_register_reinstate      (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   const char         *date,
                                                   GError            **error);
gboolean          dd_user_register_revoke         (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   const char         *date,
                                                   const char         *reason,
                                                   GError            **error);
gboolean          dd_user_register_record_leaving (DdUserRegister     *self,
                                                   DdDesignatedUser   *user,
                                                   const char         *date,
                                                   GError            **error);

G_END_DECLS
