/* dd-audit-entry.h: one line of the audit log
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_AUDIT_ENTRY (dd_audit_entry_get_type ())

G_DECLARE_FINAL_TYPE (DdAuditEntry, dd_audit_entry, DD, AUDIT_ENTRY, GObject)

gint64      dd_audit_entry_get_id        (DdAuditEntry *self);
GDateTime  *dd_audit_entry_get_timestamp (DdAuditEntry *self);
const char *dd_audit_entry_get_actor     (DdAuditEntry *self);
const char *dd_audit_entry_get_action    (DdAuditEntry *self);
const char *dd_audit_entry_get_entity    (DdAuditEntry *self);
const char *dd_audit_entry_get_entity_id (DdAuditEntry *self);
const char *dd_audit_entry_get_field     (DdAuditEntry *self);
const char *dd_audit_entry_get_old_value (DdAuditEntry *self);
const char *dd_audit_entry_get_new_value (DdAuditEntry *self);
const char *dd_audit_entry_get_reason    (DdAuditEntry *self);

G_END_DECLS
