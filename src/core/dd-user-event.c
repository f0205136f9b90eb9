/* dd-user-event.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One step in a Designated User's timeline: what happened, the date it
 * took effect, when and by whom it was recorded, and any detail (the
 * reason for a revocation, the version of a signed statement).
 * Immutable.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-user-event.h"

struct _DdUserEvent
{
  GObject          parent_instance;

  DdUserEventKind  kind;
  char            *date;
  char            *recorded_at;
  char            *actor;
  char            *detail;
};

G_DEFINE_FINAL_TYPE (DdUserEvent, dd_user_event, G_TYPE_OBJECT)

static void
dd_user_event_finalize (GObject *object)
{
  DdUserEvent *self = (DdUserEvent *) object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->recorded_at, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->detail, g_free);

  G_OBJECT_CLASS (dd_user_event_parent_class)->finalize (object);
}

static void
dd_user_event_class_init (DdUserEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dd_user_event_finalize;
}

static void
dd_user_event_init (DdUserEvent *self)
{
}

DdUserEvent *
dd_user_event_new (DdUserEventKind  kind,
                   const char      *date,
                   const char      *recorded_at,
                   const char      *actor,
                   const char      *detail)
{
  DdUserEvent *self = g_object_new (DD_TYPE_USER_EVENT, NULL);

  self->kind = kind;
  self->date = g_strdup (date ? date : "");
  self->recorded_at = g_strdup (recorded_at ? recorded_at : "");
  self->actor = g_strdup (actor ? actor : "");
  self->detail = g_strdup (detail ? detail : "");
  return self;
}

DdUserEventKind
dd_user_event_get_kind (DdUserEvent *self)
{
  g_return_val_if_fail (DD_IS_USER_EVENT (self), DD_USER_EVENT_NOMINATED);
  return self->kind;
}

/**
 * dd_user_event_get_date:
 *
 * Returns: the date it took effect, "YYYY-MM-DD"
 */
const char *
dd_user_event_get_date (DdUserEvent *self)
{
  g_return_val_if_fail (DD_IS_USER_EVENT (self), NULL);
  return self->date;
}

/**
 * dd_user_event_get_recorded_at:
 *
 * Returns: when it was recorded, UTC, "2026-11-25T10:30:00Z"
 */
const char *
dd_user_event_get_recorded_at (DdUserEvent *self)
{
  g_return_val_if_fail (DD_IS_USER_EVENT (self), NULL);
  return self->recorded_at;
}

const char *
dd_user_event_get_actor (DdUserEvent *self)
{
  g_return_val_if_fail (DD_IS_USER_EVENT (self), NULL);
  return self->actor;
}

const char *
dd_user_event_get_detail (DdUserEvent *self)
{
  g_return_val_if_fail (DD_IS_USER_EVENT (self), NULL);
  return self->detail;
}

/**
 * dd_user_event_dup_summary:
 *
 * Returns: (transfer full): what happened, in a line: "Access revoked:
 *   moved to another team"
 */
char *
dd_user_event_dup_summary (DdUserEvent *self)
{
  const char *label;

  g_return_val_if_fail (DD_IS_USER_EVENT (self), NULL);

  label = dd_user_event_kind_get_label (self->kind);
  if (*self->detail == '\0')
    return g_strdup (label);
  /* Translators: an event in a user's timeline and its detail, e.g.
   * "Access revoked: moved to another team" */
  return g_strdup_printf (_("%s: %s"), label, self->detail);
}
