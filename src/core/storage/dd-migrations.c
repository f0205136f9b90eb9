/* dd-migrations.c: the numbered steps of the schema
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Append a step to change the schema; never edit a step that has shipped.
 * DdDatabase applies each missing step in its own transaction and records
 * it in `PRAGMA user_version`. The tests build a database at every older
 * version and check that upgrading it gives the schema a new one has.
 */

#include "config.h"

#include "dd-database-private.h"

static const DdMigration migrations[] = {
  /* 1: the audit log. Append-only: triggers refuse any change to a row
   * once written, so the history of a decision cannot be rewritten. */
  { 1,
    "CREATE TABLE audit_log ("
    "  id        INTEGER PRIMARY KEY,"
    "  at        TEXT NOT NULL,"     /* UTC, ISO 8601: 2026-11-24T21:32:26Z */
    "  actor     TEXT NOT NULL,"     /* the display name of who did it */
    "  action    TEXT NOT NULL,"     /* create, update, delete, sign, ... */
    "  entity    TEXT NOT NULL,"     /* report, agreement, user, database, ... */
    "  entity_id TEXT,"
    "  field     TEXT,"
    "  old_value TEXT,"
    "  new_value TEXT,"
    "  reason    TEXT"
    ") STRICT;"
    "CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);"
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;"
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;" },
};

const DdMigration *
dd_migrations_get (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
