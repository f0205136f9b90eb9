/* dd-designated-user-private.h: what only the register may change
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-designated-user.h"

G_BEGIN_DECLS

/* The lifecycle's record: set by DdUserRegister's steps, and what it
 * works out for today. */
typedef enum
{
  DD_USER_STATE_NOMINATED_DATE,
  DD_USER_STATE_SIGNED_AT,
  DD_USER_STATE_SIGNED_DATE,
  DD_USER_STATE_SIGNATURE,
  DD_USER_STATE_SHA256,
  DD_USER_STATE_REQUESTED_DATE,
  DD_USER_STATE_GRANTED_DATE,
  DD_USER_STATE_LAST_REVIEW_DATE,
  DD_USER_STATE_LEFT_DATE,
  DD_USER_STATE_STATUS_DATE,
  DD_USER_STATE_STATUS_REASON,
  DD_USER_STATE_REVIEW_DUE,
  DD_USER_N_STATES
} DdUserState;

void        dd_designated_user_set_id                (DdDesignatedUser *self,
                                                      gint64            id);
void        dd_designated_user_set_status            (DdDesignatedUser *self,
                                                      DdUserStatus      status);
const char *dd_designated_user_get_state             (DdDesignatedUser *self,
                                                      DdUserState       state);
void        dd_designated_user_set_state             (DdDesignatedUser *self,
                                                      DdUserState       state,
                                                      const char       *value);
gint64      dd_designated_user_get_statement_version_id (DdDesignatedUser *self);
void        dd_designated_user_set_statement_version (DdDesignatedUser *self,
                                                      gint64            version_id,
                                                      guint             version);
void        dd_designated_user_set_attention         (DdDesignatedUser *self,
                                                      DdAttention       attention,
                                                      gboolean          access_at_risk);

G_END_DECLS
