/* dd-designated-user.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person in the register of Designated Users: their details (edited
 * freely, then saved by DdUserRegister) and the record of their
 * lifecycle, which only the register's steps change: when they were
 * nominated, signed the User Access Statement (which version, and the
 * SHA-256 of the text signed), asked for and were given access, were
 * last reviewed, and why their access stopped. The register also works
 * out, for today, when their review is due and why they need attention.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-core-enums.h"
#include "dd-designated-user-private.h"

struct _DdDesignatedUser
{
  GObject       parent_instance;

  gint64        id;
  char         *fields[DD_USER_N_FIELDS];
  DdUserRoles   roles;
  DdPlatforms   platforms;
  DdUserStatus  status;
  char         *states[DD_USER_N_STATES];
  gint64        statement_version_id;
  guint         statement_version;
  DdAttention   attention;
  gboolean      access_at_risk;
};

G_DEFINE_FINAL_TYPE (DdDesignatedUser, dd_designated_user, G_TYPE_OBJECT)

G_DEFINE_QUARK (dd-user-error-quark, dd_user_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_ROLES,
  PROP_PLATFORMS,
  PROP_STATUS,
  PROP_STATEMENT_VERSION,
  PROP_REVIEW_DUE,
  PROP_ATTENTION,
  PROP_ACCESS_AT_RISK,
  PROP_FIRST_FIELD,
  N_PROPS = PROP_FIRST_FIELD + DD_USER_N_FIELDS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *name;
  const char *label;
} fields[DD_USER_N_FIELDS] = {
  [DD_USER_FIELD_FULL_NAME] = { "full-name", N_("Full name") },
  [DD_USER_FIELD_JOB_TITLE] = { "job-title", N_("Job title") },
  [DD_USER_FIELD_ORGANISATION] = { "organisation", N_("Organisation") },
  [DD_USER_FIELD_EMAIL] = { "email", N_("Email") },
  [DD_USER_FIELD_NOMINATED_BY] = { "nominated-by", N_("Nominated by decision") },
  [DD_USER_FIELD_FAMILIARISATION_DATE] = { "familiarisation-date", N_("Familiarisation event attended") },
  [DD_USER_FIELD_NOTES] = { "notes", N_("Notes") },
};

const char *
dd_user_field_get_name (DdUserField field)
{
  g_return_val_if_fail (field < DD_USER_N_FIELDS, NULL);
  return fields[field].name;
}

const char *
dd_user_field_get_label (DdUserField field)
{
  g_return_val_if_fail (field < DD_USER_N_FIELDS, NULL);
  return _(fields[field].label);
}

static void
set_str (char       **field,
         const char  *value)
{
  char *copy = g_strdup (value ? value : "");

  g_free (*field);
  *field = copy;
}

static void
dd_designated_user_finalize (GObject *object)
{
  DdDesignatedUser *self = (DdDesignatedUser *) object;

  for (guint i = 0; i < DD_USER_N_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);
  for (guint i = 0; i < DD_USER_N_STATES; i++)
    g_clear_pointer (&self->states[i], g_free);

  G_OBJECT_CLASS (dd_designated_user_parent_class)->finalize (object);
}

static void
dd_designated_user_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DdDesignatedUser *self = DD_DESIGNATED_USER (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      g_value_set_string (value, self->fields[prop_id - PROP_FIRST_FIELD]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_ROLES:
      g_value_set_flags (value, self->roles);
      break;
    case PROP_PLATFORMS:
      g_value_set_flags (value, self->platforms);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_STATEMENT_VERSION:
      g_value_set_uint (value, self->statement_version);
      break;
    case PROP_REVIEW_DUE:
      g_value_set_string (value, self->states[DD_USER_STATE_REVIEW_DUE]);
      break;
    case PROP_ATTENTION:
      g_value_set_flags (value, self->attention);
      break;
    case PROP_ACCESS_AT_RISK:
      g_value_set_boolean (value, self->access_at_risk);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_designated_user_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DdDesignatedUser *self = DD_DESIGNATED_USER (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      dd_designated_user_set_field (self, prop_id - PROP_FIRST_FIELD, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ROLES:
      dd_designated_user_set_roles (self, g_value_get_flags (value));
      break;
    case PROP_PLATFORMS:
      dd_designated_user_set_platforms (self, g_value_get_flags (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_designated_user_class_init (DdDesignatedUserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dd_designated_user_finalize;
  object_class->get_property = dd_designated_user_get_property;
  object_class->set_property = dd_designated_user_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROLES] =
    g_param_spec_flags ("roles", NULL, NULL, DD_TYPE_USER_ROLES, DD_USER_ROLES_DESIGNATED_USER,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLATFORMS] =
    g_param_spec_flags ("platforms", NULL, NULL, DD_TYPE_PLATFORMS, DD_PLATFORMS_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, DD_TYPE_USER_STATUS, DD_USER_STATUS_NOMINATED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATEMENT_VERSION] =
    g_param_spec_uint ("statement-version", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVIEW_DUE] =
    g_param_spec_string ("review-due", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTENTION] =
    g_param_spec_flags ("attention", NULL, NULL, DD_TYPE_ATTENTION, DD_ATTENTION_NONE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCESS_AT_RISK] =
    g_param_spec_boolean ("access-at-risk", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < DD_USER_N_FIELDS; i++)
    properties[PROP_FIRST_FIELD + i] =
      g_param_spec_string (fields[i].name, NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_designated_user_init (DdDesignatedUser *self)
{
  for (guint i = 0; i < DD_USER_N_FIELDS; i++)
    self->fields[i] = g_strdup ("");
  for (guint i = 0; i < DD_USER_N_STATES; i++)
    self->states[i] = g_strdup ("");
  self->roles = DD_USER_ROLES_DESIGNATED_USER;
}

/**
 * dd_designated_user_new:
 * @full_name: (nullable): their full name
 * @email: (nullable): their email address
 *
 * Returns: (transfer full): a user not yet in the register: set the rest
 *   and dd_user_register_add() them
 */
DdDesignatedUser *
dd_designated_user_new (const char *full_name,
                        const char *email)
{
  return g_object_new (DD_TYPE_DESIGNATED_USER,
                       "full-name", full_name ? full_name : "",
                       "email", email ? email : "",
                       NULL);
}

gint64
dd_designated_user_get_id (DdDesignatedUser *self)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), 0);
  return self->id;
}

const char *
dd_designated_user_get_field (DdDesignatedUser *self,
                              DdUserField       field)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), NULL);
  g_return_val_if_fail (field < DD_USER_N_FIELDS, NULL);
  return self->fields[field];
}

void
dd_designated_user_set_field (DdDesignatedUser *self,
                              DdUserField       field,
                              const char       *value)
{
  g_return_if_fail (DD_IS_DESIGNATED_USER (self));
  g_return_if_fail (field < DD_USER_N_FIELDS);

  if (g_strcmp0 (self->fields[field], value ? value : "") == 0)
    return;
  set_str (&self->fields[field], value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_FIELD + field]);
}

const char *
dd_designated_user_get_full_name (DdDesignatedUser *self)
{
  return dd_designated_user_get_field (self, DD_USER_FIELD_FULL_NAME);
}

const char *
dd_designated_user_get_email (DdDesignatedUser *self)
{
  return dd_designated_user_get_field (self, DD_USER_FIELD_EMAIL);
}

DdUserRoles
dd_designated_user_get_roles (DdDesignatedUser *self)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), DD_USER_ROLES_NONE);
  return self->roles;
}

void
dd_designated_user_set_roles (DdDesignatedUser *self,
                              DdUserRoles       roles)
{
  g_return_if_fail (DD_IS_DESIGNATED_USER (self));

  roles &= DD_USER_ROLES_DESIGNATED_USER | DD_USER_ROLES_BAU_CONTACT | DD_USER_ROLES_SRO;
  if (self->roles == roles)
    return;
  self->roles = roles;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLES]);
}

DdPlatforms
dd_designated_user_get_platforms (DdDesignatedUser *self)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), DD_PLATFORMS_NONE);
  return self->platforms;
}

void
dd_designated_user_set_platforms (DdDesignatedUser *self,
                                  DdPlatforms       platforms)
{
  g_return_if_fail (DD_IS_DESIGNATED_USER (self));

  platforms &= DD_PLATFORMS_ALL;
  if (self->platforms == platforms)
    return;
  self->platforms = platforms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORMS]);
}

DdUserStatus
dd_designated_user_get_status (DdDesignatedUser *self)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), DD_USER_STATUS_NOMINATED);
  return self->status;
}

#define STATE_GETTER(fn, state) \
  const char * \
  dd_designated_user_get_##fn (DdDesignatedUser *self) \
  { \
    g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), NULL); \
    return self->states[state]; \
  }

STATE_GETTER (nominated_date, DD_USER_STATE_NOMINATED_DATE)
STATE_GETTER (statement_signed_at, DD_USER_STATE_SIGNED_AT)
STATE_GETTER (statement_signed_date, DD_USER_STATE_SIGNED_DATE)
STATE_GETTER (statement_signature, DD_USER_STATE_SIGNATURE)
STATE_GETTER (statement_sha256, DD_USER_STATE_SHA256)
STATE_GETTER (access_requested_date, DD_USER_STATE_REQUESTED_DATE)
STATE_GETTER (access_granted_date, DD_USER_STATE_GRANTED_DATE)
STATE_GETTER (last_review_date, DD_USER_STATE_LAST_REVIEW_DATE)
STATE_GETTER (left_date, DD_USER_STATE_LEFT_DATE)
STATE_GETTER (status_date, DD_USER_STATE_STATUS_DATE)
STATE_GETTER (status_reason, DD_USER_STATE_STATUS_REASON)
STATE_GETTER (review_due, DD_USER_STATE_REVIEW_DUE)

#undef STATE_GETTER

/**
 * dd_designated_user_get_statement_version:
 *
 * Returns: the version of the agreement whose statement they signed
 *   last, or 0
 */
guint
dd_designated_user_get_statement_version (DdDesignatedUser *self)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), 0);
  return self->statement_version;
}

DdAttention
dd_designated_user_get_attention (DdDesignatedUser *self)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), DD_ATTENTION_NONE);
  return self->attention;
}

/**
 * dd_designated_user_get_access_at_risk:
 *
 * Returns: whether they have access on a statement older than the
 *   version in force
 */
gboolean
dd_designated_user_get_access_at_risk (DdDesignatedUser *self)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), FALSE);
  return self->access_at_risk;
}

/**
 * dd_designated_user_has_access:
 *
 * Returns: whether they may use the platforms now
 */
gboolean
dd_designated_user_has_access (DdDesignatedUser *self)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), FALSE);
  return self->status == DD_USER_STATUS_ACCESS_GRANTED;
}

void
dd_designated_user_set_id (DdDesignatedUser *self,
                           gint64            id)
{
  g_return_if_fail (DD_IS_DESIGNATED_USER (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
dd_designated_user_set_status (DdDesignatedUser *self,
                               DdUserStatus      status)
{
  g_return_if_fail (DD_IS_DESIGNATED_USER (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
dd_designated_user_get_state (DdDesignatedUser *self,
                              DdUserState       state)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), NULL);
  g_return_val_if_fail (state < DD_USER_N_STATES, NULL);
  return self->states[state];
}

void
dd_designated_user_set_state (DdDesignatedUser *self,
                              DdUserState       state,
                              const char       *value)
{
  g_return_if_fail (DD_IS_DESIGNATED_USER (self));
  g_return_if_fail (state < DD_USER_N_STATES);

  if (g_strcmp0 (self->states[state], value ? value : "") == 0)
    return;
  set_str (&self->states[state], value);
  if (state == DD_USER_STATE_REVIEW_DUE)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_DUE]);
}

gint64
dd_designated_user_get_statement_version_id (DdDesignatedUser *self)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (self), 0);
  return self->statement_version_id;
}

void
dd_designated_user_set_statement_version (DdDesignatedUser *self,
                                          gint64            version_id,
                                          guint             version)
{
  g_return_if_fail (DD_IS_DESIGNATED_USER (self));

  self->statement_version_id = version_id;
  if (self->statement_version == version)
    return;
  self->statement_version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATEMENT_VERSION]);
}

void
dd_designated_user_set_attention (DdDesignatedUser *self,
                                  DdAttention       attention,
                                  gboolean          access_at_risk)
{
  g_return_if_fail (DD_IS_DESIGNATED_USER (self));

  if (self->attention != attention)
    {
      self->attention = attention;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENTION]);
    }
  access_at_risk = !!access_at_risk;
  if (self->access_at_risk != access_at_risk)
    {
      self->access_at_risk = access_at_risk;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCESS_AT_RISK]);
    }
}
