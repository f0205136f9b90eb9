/* dd-audit-entry.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entries are made by DdAuditLog and never change: every property is
 * construct-only.
 */

#include "config.h"

#include "dd-audit-entry.h"

struct _DdAuditEntry
{
  GObject    parent_instance;

  gint64     id;
  GDateTime *timestamp;
  char      *actor;
  char      *action;
  char      *entity;
  char      *entity_id;
  char      *field;
  char      *old_value;
  char      *new_value;
  char      *reason;
};

G_DEFINE_FINAL_TYPE (DdAuditEntry, dd_audit_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TIMESTAMP,
  PROP_ACTOR,
  PROP_ACTION,
  PROP_ENTITY,
  PROP_ENTITY_ID,
  PROP_FIELD,
  PROP_OLD_VALUE,
  PROP_NEW_VALUE,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The string fields, in property order from PROP_ACTOR, so get and set
 * need no switch arm each. */
static char **
string_field (DdAuditEntry *self,
              guint         prop_id)
{
  char **fields[] = {
    &self->actor, &self->action, &self->entity, &self->entity_id,
    &self->field, &self->old_value, &self->new_value, &self->reason,
  };

  g_assert (prop_id >= PROP_ACTOR && prop_id < N_PROPS);

  return fields[prop_id - PROP_ACTOR];
}

static void
dd_audit_entry_finalize (GObject *object)
{
  DdAuditEntry *self = (DdAuditEntry *)object;

  g_clear_pointer (&self->timestamp, g_date_time_unref);
  for (guint prop_id = PROP_ACTOR; prop_id < N_PROPS; prop_id++)
    g_clear_pointer (string_field (self, prop_id), g_free);

  G_OBJECT_CLASS (dd_audit_entry_parent_class)->finalize (object);
}

static void
dd_audit_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DdAuditEntry *self = DD_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TIMESTAMP:
      g_value_set_boxed (value, self->timestamp);
      break;

    case PROP_ACTOR:
    case PROP_ACTION:
    case PROP_ENTITY:
    case PROP_ENTITY_ID:
    case PROP_FIELD:
    case PROP_OLD_VALUE:
    case PROP_NEW_VALUE:
    case PROP_REASON:
      g_value_set_string (value, *string_field (self, prop_id));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_audit_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DdAuditEntry *self = DD_AUDIT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_TIMESTAMP:
      self->timestamp = g_value_dup_boxed (value);
      break;

    case PROP_ACTOR:
    case PROP_ACTION:
    case PROP_ENTITY:
    case PROP_ENTITY_ID:
    case PROP_FIELD:
    case PROP_OLD_VALUE:
    case PROP_NEW_VALUE:
    case PROP_REASON:
      *string_field (self, prop_id) = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_audit_entry_class_init (DdAuditEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *string_names[] = {
    "actor", "action", "entity", "entity-id",
    "field", "old-value", "new-value", "reason",
  };
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dd_audit_entry_finalize;
  object_class->get_property = dd_audit_entry_get_property;
  object_class->set_property = dd_audit_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);

  properties[PROP_TIMESTAMP] =
    g_param_spec_boxed ("timestamp", NULL, NULL, G_TYPE_DATE_TIME, flags);

  G_STATIC_ASSERT (G_N_ELEMENTS (string_names) == N_PROPS - PROP_ACTOR);
  for (guint i = 0; i < G_N_ELEMENTS (string_names); i++)
    properties[PROP_ACTOR + i] = g_param_spec_string (string_names[i], NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_audit_entry_init (DdAuditEntry *self)
{
}

gint64
dd_audit_entry_get_id (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), 0);
  return self->id;
}

GDateTime *
dd_audit_entry_get_timestamp (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), NULL);
  return self->timestamp;
}

const char *
dd_audit_entry_get_actor (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), NULL);
  return self->actor;
}

const char *
dd_audit_entry_get_action (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), NULL);
  return self->action;
}

const char *
dd_audit_entry_get_entity (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), NULL);
  return self->entity;
}

const char *
dd_audit_entry_get_entity_id (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), NULL);
  return self->entity_id;
}

const char *
dd_audit_entry_get_field (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), NULL);
  return self->field;
}

const char *
dd_audit_entry_get_old_value (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), NULL);
  return self->old_value;
}

const char *
dd_audit_entry_get_new_value (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), NULL);
  return self->new_value;
}

const char *
dd_audit_entry_get_reason (DdAuditEntry *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_ENTRY (self), NULL);
  return self->reason;
}
