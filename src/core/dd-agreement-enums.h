/* dd-agreement-enums.h: the states and choices of the data-sharing
 * agreement and of its Designated Users
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTypes for these are generated (dd-core-enums.h) by glib-mkenums.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DdAgreementStatus:
 * @DD_AGREEMENT_STATUS_DRAFT: being written; no version signed yet
 * @DD_AGREEMENT_STATUS_SIGNED: signed, to start on a later date
 * @DD_AGREEMENT_STATUS_IN_FORCE: signed and started
 * @DD_AGREEMENT_STATUS_UNDER_REVIEW: in force, and the parties are
 *   reviewing it
 * @DD_AGREEMENT_STATUS_EXPIRED: its end date has passed
 * @DD_AGREEMENT_STATUS_TERMINATED: ended early by either party
 *
 * The status of an agreement as a whole, on a given day: it follows from
 * its signed versions and their dates, the review the office has begun
 * and any termination.
 */
typedef enum
{
  DD_AGREEMENT_STATUS_DRAFT,
  DD_AGREEMENT_STATUS_SIGNED,
  DD_AGREEMENT_STATUS_IN_FORCE,
  DD_AGREEMENT_STATUS_UNDER_REVIEW,
  DD_AGREEMENT_STATUS_EXPIRED,
  DD_AGREEMENT_STATUS_TERMINATED,
} DdAgreementStatus;

/**
 * DdPlatforms:
 * @DD_PLATFORMS_NONE: none
 * @DD_PLATFORMS_HUB: the HMPPS Performance Hub
 * @DD_PLATFORMS_SEGMENTATION: the Segmentation Tool
 *
 * The platforms an agreement covers, or a user may use.
 */
typedef enum /*< flags >*/
{
  DD_PLATFORMS_NONE         = 0,
  DD_PLATFORMS_HUB          = 1 << 0,
  DD_PLATFORMS_SEGMENTATION = 1 << 1,
} DdPlatforms;

#define DD_PLATFORMS_ALL (DD_PLATFORMS_HUB | DD_PLATFORMS_SEGMENTATION)

/**
 * DdUserRoles:
 * @DD_USER_ROLES_NONE: none
 * @DD_USER_ROLES_DESIGNATED_USER: may access the platforms
 * @DD_USER_ROLES_BAU_CONTACT: the business-as-usual contact
 * @DD_USER_ROLES_SRO: the Senior Responsible Owner
 */
typedef enum /*< flags >*/
{
  DD_USER_ROLES_NONE            = 0,
  DD_USER_ROLES_DESIGNATED_USER = 1 << 0,
  DD_USER_ROLES_BAU_CONTACT     = 1 << 1,
  DD_USER_ROLES_SRO             = 1 << 2,
} DdUserRoles;

/**
 * DdUserStatus:
 * @DD_USER_STATUS_NOMINATED: named by a decision; nothing signed yet
 * @DD_USER_STATUS_STATEMENT_SIGNED: has signed the User Access Statement
 * @DD_USER_STATUS_ACCESS_REQUESTED: access asked of HMPPS
 * @DD_USER_STATUS_ACCESS_GRANTED: may use the platforms
 * @DD_USER_STATUS_SUSPENDED: access stopped for a while (with a reason)
 * @DD_USER_STATUS_REVOKED: access ended (with a reason)
 * @DD_USER_STATUS_LEFT: has left the organisation, without access
 *
 * Nominated → Statement signed → (Access requested →) Access granted →
 * Suspended, Revoked or Left the organisation. A suspended user may be
 * reinstated.
 */
typedef enum
{
  DD_USER_STATUS_NOMINATED,
  DD_USER_STATUS_STATEMENT_SIGNED,
  DD_USER_STATUS_ACCESS_REQUESTED,
  DD_USER_STATUS_ACCESS_GRANTED,
  DD_USER_STATUS_SUSPENDED,
  DD_USER_STATUS_REVOKED,
  DD_USER_STATUS_LEFT,
} DdUserStatus;

/**
 * DdAttention:
 * @DD_ATTENTION_NONE: nothing to do
 * @DD_ATTENTION_UNSIGNED: has not signed the User Access Statement
 * @DD_ATTENTION_MUST_RESIGN: signed the statement of an older version
 *   than the one in force; their access is at risk
 * @DD_ATTENTION_REVIEW_OVERDUE: the annual review of their access is
 *   overdue
 * @DD_ATTENTION_GRANTED_AFTER_LEAVING: has left the organisation and
 *   still has access
 *
 * Why a user is in the "Needs attention" list.
 */
typedef enum /*< flags >*/
{
  DD_ATTENTION_NONE                  = 0,
  DD_ATTENTION_UNSIGNED              = 1 << 0,
  DD_ATTENTION_MUST_RESIGN           = 1 << 1,
  DD_ATTENTION_REVIEW_OVERDUE        = 1 << 2,
  DD_ATTENTION_GRANTED_AFTER_LEAVING = 1 << 3,
} DdAttention;

/**
 * DdUserEventKind:
 *
 * The dated steps of a user's timeline.
 */
typedef enum
{
  DD_USER_EVENT_NOMINATED,
  DD_USER_EVENT_STATEMENT_SIGNED,
  DD_USER_EVENT_ACCESS_REQUESTED,
  DD_USER_EVENT_ACCESS_GRANTED,
  DD_USER_EVENT_REVIEWED,
  DD_USER_EVENT_SUSPENDED,
  DD_USER_EVENT_REINSTATED,
  DD_USER_EVENT_REVOKED,
  DD_USER_EVENT_LEFT,
  DD_USER_EVENT_FAMILIARISATION,
} DdUserEventKind;

const char *dd_agreement_status_get_label (DdAgreementStatus status);
const char *dd_agreement_status_get_label_msgid (DdAgreementStatus status);
const char *dd_agreement_status_get_nick  (DdAgreementStatus status);
const char *dd_user_status_get_label      (DdUserStatus      status);
const char *dd_user_status_get_label_msgid (DdUserStatus     status);
const char *dd_user_status_get_nick       (DdUserStatus      status);
const char *dd_platform_get_label         (DdPlatforms       platform);
const char *dd_platform_get_label_msgid   (DdPlatforms       platform);
const char *dd_platform_get_nick          (DdPlatforms       platform);
char       *dd_platforms_to_string        (DdPlatforms       platforms);
const char *dd_user_role_get_label        (DdUserRoles       role);
const char *dd_user_role_get_label_msgid  (DdUserRoles       role);
const char *dd_attention_get_label        (DdAttention       reason);
const char *dd_attention_get_label_msgid  (DdAttention       reason);
const char *dd_attention_get_nick         (DdAttention       reason);
const char *dd_user_event_kind_get_label  (DdUserEventKind   kind);
const char *dd_user_event_kind_get_nick   (DdUserEventKind   kind);

G_END_DECLS
