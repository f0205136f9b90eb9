/* dd-audit-log.h: the append-only record of who changed what, and when
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"

G_BEGIN_DECLS

/**
 * DdAuditRecord:
 * @action: what was done: "create", "update", "delete", "sign", "backup"...
 * @entity: the kind of thing: "report", "agreement", "user", "database"...
 * @entity_id: (nullable): which one (a reference, an id)
 * @field: (nullable): the field changed, for an update
 * @old_value: (nullable): its value before
 * @new_value: (nullable): its value after
 * @reason: (nullable): why, where the workflow asks for one
 *
 * What a store tells the audit log about one change; who and when are
 * filled in by the log.
 */
typedef struct
{
  const char *action;
  const char *entity;
  const char *entity_id;
  const char *field;
  const char *old_value;
  const char *new_value;
  const char *reason;
} DdAuditRecord;

#define DD_TYPE_AUDIT_LOG (dd_audit_log_get_type ())

G_DECLARE_FINAL_TYPE (DdAuditLog, dd_audit_log, DD, AUDIT_LOG, GObject)

char        *dd_audit_log_dup_default_actor (void);

DdAuditLog  *dd_audit_log_new       (DdDatabase          *database);
const char  *dd_audit_log_get_actor (DdAuditLog          *self);
void         dd_audit_log_set_actor (DdAuditLog          *self,
                                     const char          *actor);
gboolean     dd_audit_log_append    (DdAuditLog          *self,
                                     const DdAuditRecord *record,
                                     GError             **error);
GListModel  *dd_audit_log_list      (DdAuditLog          *self,
                                     const char          *entity,
                                     const char          *entity_id,
                                     GError             **error);

G_END_DECLS
