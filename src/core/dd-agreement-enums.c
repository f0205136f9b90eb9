/* dd-agreement-enums.c: how the agreement's and the users' states read
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels are translated for the interface; nicks are the stable words
 * stored in the database and printed by `ddesk --json`.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-agreement-enums.h"

static const struct { const char *nick; const char *label; } agreement_statuses[] = {
  [DD_AGREEMENT_STATUS_DRAFT] = { "draft", N_("Draft") },
  [DD_AGREEMENT_STATUS_SIGNED] = { "signed", N_("Signed") },
  [DD_AGREEMENT_STATUS_IN_FORCE] = { "in_force", N_("In force") },
  [DD_AGREEMENT_STATUS_UNDER_REVIEW] = { "under_review", N_("Under review") },
  [DD_AGREEMENT_STATUS_EXPIRED] = { "expired", N_("Expired") },
  [DD_AGREEMENT_STATUS_TERMINATED] = { "terminated", N_("Terminated") },
};

static const struct { const char *nick; const char *label; } user_statuses[] = {
  [DD_USER_STATUS_NOMINATED] = { "nominated", N_("Nominated") },
  [DD_USER_STATUS_STATEMENT_SIGNED] = { "statement_signed", N_("Statement signed") },
  [DD_USER_STATUS_ACCESS_REQUESTED] = { "access_requested", N_("Access requested") },
  [DD_USER_STATUS_ACCESS_GRANTED] = { "access_granted", N_("Access granted") },
  [DD_USER_STATUS_SUSPENDED] = { "suspended", N_("Suspended") },
  [DD_USER_STATUS_REVOKED] = { "revoked", N_("Revoked") },
  [DD_USER_STATUS_LEFT] = { "left", N_("Left the organisation") },
};

static const struct { DdAttention flag; const char *nick; const char *label; } attentions[] = {
  { DD_ATTENTION_UNSIGNED, "unsigned", N_("Has not signed the User Access Statement") },
  { DD_ATTENTION_MUST_RESIGN, "must_resign", N_("Must re-sign the User Access Statement") },
  { DD_ATTENTION_REVIEW_OVERDUE, "review_overdue", N_("Review of access overdue") },
  { DD_ATTENTION_GRANTED_AFTER_LEAVING, "granted_after_leaving", N_("Access still granted after leaving") },
};

static const struct { DdPlatforms flag; const char *nick; const char *label; } platform_table[] = {
  { DD_PLATFORMS_HUB, "hub", N_("Performance Hub") },
  { DD_PLATFORMS_SEGMENTATION, "segmentation", N_("Segmentation Tool") },
};

static const struct { DdUserRoles flag; const char *label; } roles[] = {
  { DD_USER_ROLES_DESIGNATED_USER, N_("Designated User") },
  { DD_USER_ROLES_BAU_CONTACT, N_("Business-as-usual contact") },
  { DD_USER_ROLES_SRO, N_("Senior Responsible Owner") },
};

static const struct { const char *nick; const char *label; } event_kinds[] = {
  [DD_USER_EVENT_NOMINATED] = { "nominated", N_("Nominated") },
  [DD_USER_EVENT_STATEMENT_SIGNED] = { "statement_signed", N_("Signed the User Access Statement") },
  [DD_USER_EVENT_ACCESS_REQUESTED] = { "access_requested", N_("Access requested") },
  [DD_USER_EVENT_ACCESS_GRANTED] = { "access_granted", N_("Access granted") },
  [DD_USER_EVENT_REVIEWED] = { "reviewed", N_("Access reviewed") },
  [DD_USER_EVENT_SUSPENDED] = { "suspended", N_("Access suspended") },
  [DD_USER_EVENT_REINSTATED] = { "reinstated", N_("Access reinstated") },
  [DD_USER_EVENT_REVOKED] = { "revoked", N_("Access revoked") },
  [DD_USER_EVENT_LEFT] = { "left", N_("Left the organisation") },
  [DD_USER_EVENT_FAMILIARISATION] = { "familiarisation", N_("Attended the familiarisation event") },
};

/**
 * dd_agreement_status_get_label_msgid:
 *
 * Returns: the label untranslated, for a document in another language
 */
const char *
dd_agreement_status_get_label_msgid (DdAgreementStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (agreement_statuses), NULL);
  return agreement_statuses[status].label;
}

const char *
dd_agreement_status_get_label (DdAgreementStatus status)
{
  return _(dd_agreement_status_get_label_msgid (status));
}

const char *
dd_agreement_status_get_nick (DdAgreementStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (agreement_statuses), NULL);
  return agreement_statuses[status].nick;
}

/**
 * dd_user_status_get_label_msgid:
 *
 * Returns: the label untranslated, for a document in another language
 */
const char *
dd_user_status_get_label_msgid (DdUserStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (user_statuses), NULL);
  return user_statuses[status].label;
}

const char *
dd_user_status_get_label (DdUserStatus status)
{
  return _(dd_user_status_get_label_msgid (status));
}

const char *
dd_user_status_get_nick (DdUserStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (user_statuses), NULL);
  return user_statuses[status].nick;
}

/**
 * dd_platform_get_label_msgid:
 * @platform: one platform (a single flag)
 *
 * Returns: its label untranslated, for a document in another language
 */
const char *
dd_platform_get_label_msgid (DdPlatforms platform)
{
  for (guint i = 0; i < G_N_ELEMENTS (platform_table); i++)
    if (platform_table[i].flag == platform)
      return platform_table[i].label;
  g_return_val_if_reached (NULL);
}

const char *
dd_platform_get_label (DdPlatforms platform)
{
  return _(dd_platform_get_label_msgid (platform));
}

/**
 * dd_platform_get_nick:
 * @platform: one platform (a single flag)
 *
 * Returns: "hub" or "segmentation", as `ddesk` writes them
 */
const char *
dd_platform_get_nick (DdPlatforms platform)
{
  for (guint i = 0; i < G_N_ELEMENTS (platform_table); i++)
    if (platform_table[i].flag == platform)
      return platform_table[i].nick;
  g_return_val_if_reached (NULL);
}

/**
 * dd_platforms_to_string:
 *
 * Returns: (transfer full): the platforms' labels joined by commas, or
 *   "None"
 */
char *
dd_platforms_to_string (DdPlatforms platforms)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (DdPlatforms p = DD_PLATFORMS_HUB; p <= DD_PLATFORMS_SEGMENTATION; p <<= 1)
    if (platforms & p)
      {
        if (text->len > 0)
          g_string_append (text, _(", "));
        g_string_append (text, dd_platform_get_label (p));
      }
  if (text->len == 0)
    g_string_append (text, C_("platforms", "None"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * dd_user_role_get_label_msgid:
 * @role: one role (a single flag)
 *
 * Returns: its label untranslated, for a document in another language
 */
const char *
dd_user_role_get_label_msgid (DdUserRoles role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i].flag == role)
      return roles[i].label;
  g_return_val_if_reached (NULL);
}

const char *
dd_user_role_get_label (DdUserRoles role)
{
  return _(dd_user_role_get_label_msgid (role));
}

/**
 * dd_attention_get_label_msgid:
 * @reason: one reason (a single flag)
 *
 * Returns: its label untranslated, for a document in another language
 */
const char *
dd_attention_get_label_msgid (DdAttention reason)
{
  for (guint i = 0; i < G_N_ELEMENTS (attentions); i++)
    if (attentions[i].flag == reason)
      return attentions[i].label;
  g_return_val_if_reached (NULL);
}

/**
 * dd_attention_get_label:
 * @reason: one reason (a single flag)
 */
const char *
dd_attention_get_label (DdAttention reason)
{
  return _(dd_attention_get_label_msgid (reason));
}

/**
 * dd_attention_get_nick:
 * @reason: one reason (a single flag)
 *
 * Returns: "unsigned", "must_resign", "review_overdue" or
 *   "granted_after_leaving"
 */
const char *
dd_attention_get_nick (DdAttention reason)
{
  for (guint i = 0; i < G_N_ELEMENTS (attentions); i++)
    if (attentions[i].flag == reason)
      return attentions[i].nick;
  g_return_val_if_reached (NULL);
}

const char *
dd_user_event_kind_get_label (DdUserEventKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (event_kinds), NULL);
  return _(event_kinds[kind].label);
}

const char *
dd_user_event_kind_get_nick (DdUserEventKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (event_kinds), NULL);
  return event_kinds[kind].nick;
}
