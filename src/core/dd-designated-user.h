/* dd-designated-user.h: one person in the register of Designated Users
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"
#include "dd-agreement-enums.h"

G_BEGIN_DECLS

#define DD_USER_ERROR (dd_user_error_quark ())

/**
 * DdUserError:
 * @DD_USER_ERROR_INVALID: a field is missing or wrong (an empty name,
 *   an email address that is not one, no reason given)
 * @DD_USER_ERROR_DUPLICATE: another user has that email address
 * @DD_USER_ERROR_NOT_FOUND: there is no such user
 * @DD_USER_ERROR_WORKFLOW: the step does not follow from the user's status
 * @DD_USER_ERROR_DATES: dates in the wrong order, or in the future
 * @DD_USER_ERROR_NOT_SIGNED: the user has not signed the User Access
 *   Statement of the version in force
 * @DD_USER_ERROR_NO_AGREEMENT: no version of the agreement is signed
 */
typedef enum
{
  DD_USER_ERROR_INVALID,
  DD_USER_ERROR_DUPLICATE,
  DD_USER_ERROR_NOT_FOUND,
  DD_USER_ERROR_WORKFLOW,
  DD_USER_ERROR_DATES,
  DD_USER_ERROR_NOT_SIGNED,
  DD_USER_ERROR_NO_AGREEMENT,
} DdUserError;

/**
 * DdUserField:
 *
 * The details of a user that are edited freely (the lifecycle's dates
 * and the signature change only through #DdUserRegister's steps). Each is
 * also a property of #DdDesignatedUser.
 */
typedef enum
{
  DD_USER_FIELD_FULL_NAME,
  DD_USER_FIELD_JOB_TITLE,
  DD_USER_FIELD_ORGANISATION,
  DD_USER_FIELD_EMAIL,
  DD_USER_FIELD_NOMINATED_BY,
  DD_USER_FIELD_FAMILIARISATION_DATE,
  DD_USER_FIELD_NOTES,
  DD_USER_N_FIELDS
} DdUserField;

#define DD_TYPE_DESIGNATED_USER (dd_designated_user_get_type ())

G_DECLARE_FINAL_TYPE (DdDesignatedUser, dd_designated_user, DD, DESIGNATED_USER, GObject)

GQuark        dd_user_error_quark                   (void);
const char   *dd_user_field_get_name                (DdUserField       field);
const char   *dd_user_field_get_label               (DdUserField       field);

DdDesignatedUser *dd_designated_user_new            (const char       *full_name,
                                                     const char       *email);

gint64        dd_designated_user_get_id             (DdDesignatedUser *self);
const char   *dd_designated_user_get_field          (DdDesignatedUser *self,
                                                     DdUserField       field);
void          dd_designated_user_set_field          (DdDesignatedUser *self,
                                                     DdUserField       field,
                                                     const char       *value);
const char   *dd_designated_user_get_full_name      (DdDesignatedUser *self);
const char   *dd_designated_user_get_email          (DdDesignatedUser *self);
DdUserRoles   dd_designated_user_get_roles          (DdDesignatedUser *self);
void          dd_designated_user_set_roles          (DdDesignatedUser *self,
                                                     DdUserRoles       roles);
DdPlatforms   dd_designated_user_get_platforms      (DdDesignatedUser *self);
void          dd_designated_user_set_platforms      (DdDesignatedUser *self,
                                                     DdPlatforms       platforms);

/* Set by the register's steps only. */
DdUserStatus  dd_designated_user_get_status         (DdDesignatedUser *self);
const char   *dd_designated_user_get_nominated_date (DdDesignatedUser *self);
const char   *dd_designated_user_get_statement_signed_at (DdDesignatedUser *self);
const char   *dd_designated_user_get_statement_signed_date (DdDesignatedUser *self);
const char   *dd_designated_user_get_statement_signature (DdDesignatedUser *self);
guint         dd_designated_user_get_statement_version (DdDesignatedUser *self);
const char   *dd_designated_user_get_statement_sha256 (DdDesignatedUser *self);
const char   *dd_designated_user_get_access_requested_date (DdDesignatedUser *self);
const char   *dd_designated_user_get_access_granted_date (DdDesignatedUser *self);
const char   *dd_designated_user_get_last_review_date (DdDesignatedUser *self);
const char   *dd_designated_user_get_left_date      (DdDesignatedUser *self);
const char   *dd_designated_user_get_status_date    (DdDesignatedUser *self);
const char   *dd_designated_user_get_status_reason  (DdDesignatedUser *self);

/* Worked out by the register for today. */
const char   *dd_designated_user_get_review_due     (DdDesignatedUser *self);
DdAttention   dd_designated_user_get_attention      (DdDesignatedUser *self);
gboolean      dd_designated_user_get_access_at_risk (DdDesignatedUser *self);
gboolean      dd_designated_user_has_access         (DdDesignatedUser *self);

G_END_DECLS
