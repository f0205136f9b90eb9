/* dd-audit-log.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-audit-entry.h"
#include "dd-audit-log.h"
#include "dd-database-private.h"

struct _DdAuditLog
{
  GObject     parent_instance;

  DdDatabase *database;
  char       *actor;
};

G_DEFINE_FINAL_TYPE (DdAuditLog, dd_audit_log, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_ACTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static DdAuditEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) timestamp = NULL;
  g_autofree char *actor = dup_column (stmt, 2);
  g_autofree char *action = dup_column (stmt, 3);
  g_autofree char *entity = dup_column (stmt, 4);
  g_autofree char *entity_id = dup_column (stmt, 5);
  g_autofree char *field = dup_column (stmt, 6);
  g_autofree char *old_value = dup_column (stmt, 7);
  g_autofree char *new_value = dup_column (stmt, 8);
  g_autofree char *reason = dup_column (stmt, 9);

  timestamp = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 1), NULL);

  return g_object_new (DD_TYPE_AUDIT_ENTRY,
                       "id", (gint64) sqlite3_column_int64 (stmt, 0),
                       "timestamp", timestamp,
                       "actor", actor,
                       "action", action,
                       "entity", entity,
                       "entity-id", entity_id,
                       "field", field,
                       "old-value", old_value,
                       "new-value", new_value,
                       "reason", reason,
                       NULL);
}

static void
dd_audit_log_dispose (GObject *object)
{
  DdAuditLog *self = (DdAuditLog *)object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (dd_audit_log_parent_class)->dispose (object);
}

static void
dd_audit_log_finalize (GObject *object)
{
  DdAuditLog *self = (DdAuditLog *)object;

  g_clear_pointer (&self->actor, g_free);

  G_OBJECT_CLASS (dd_audit_log_parent_class)->finalize (object);
}

static void
dd_audit_log_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DdAuditLog *self = DD_AUDIT_LOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_ACTOR:
      g_value_set_string (value, self->actor);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_audit_log_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DdAuditLog *self = DD_AUDIT_LOG (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;

    case PROP_ACTOR:
      dd_audit_log_set_actor (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_audit_log_class_init (DdAuditLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dd_audit_log_dispose;
  object_class->finalize = dd_audit_log_finalize;
  object_class->get_property = dd_audit_log_get_property;
  object_class->set_property = dd_audit_log_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         DD_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DdAuditLog:actor:
   *
   * The name recorded as "who" on every entry. Setting %NULL or an
   * empty string goes back to the operating system's name for the user.
   */
  properties[PROP_ACTOR] =
    g_param_spec_string ("actor", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_audit_log_init (DdAuditLog *self)
{
  self->actor = dd_audit_log_dup_default_actor ();
}

/**
 * dd_audit_log_dup_default_actor:
 *
 * Who the operating system says is at the keyboard: the real name from
 * the user database, or the login name when none is recorded. The
 * actor of a log until a display name is set.
 *
 * Returns: (transfer full): a name
 */
char *
dd_audit_log_dup_default_actor (void)
{
  const char *real_name = g_get_real_name ();

  if (real_name != NULL && *real_name != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return g_strdup (real_name);

  return g_strdup (g_get_user_name ());
}

DdAuditLog *
dd_audit_log_new (DdDatabase *database)
{
  g_return_val_if_fail (DD_IS_DATABASE (database), NULL);

  return g_object_new (DD_TYPE_AUDIT_LOG,
                       "database", database,
                       NULL);
}

const char *
dd_audit_log_get_actor (DdAuditLog *self)
{
  g_return_val_if_fail (DD_IS_AUDIT_LOG (self), NULL);

  return self->actor;
}

void
dd_audit_log_set_actor (DdAuditLog *self,
                        const char *actor)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (DD_IS_AUDIT_LOG (self));

  stripped = g_strstrip (g_strdup (actor != NULL ? actor : ""));
  if (*stripped == '\0')
    {
      g_free (stripped);
      stripped = dd_audit_log_dup_default_actor ();
    }

  if (g_strcmp0 (stripped, self->actor) == 0)
    return;

  g_free (self->actor);
  self->actor = g_steal_pointer (&stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR]);
}

/**
 * dd_audit_log_append:
 * @self: the audit log
 * @record: what changed
 * @error: where a reason goes
 *
 * Records @record with the current actor and the time in UTC. Must be
 * called inside the transaction that makes the change, so the change
 * and its record land together or not at all.
 *
 * Returns: %TRUE once recorded
 */
gboolean
dd_audit_log_append (DdAuditLog           *self,
                     const DdAuditRecord  *record,
                     GError              **error)
{
  static const char sql[] =
    "INSERT INTO audit_log (at, actor, action, entity, entity_id,"
    "                       field, old_value, new_value, reason)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  g_autofree char *at = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DD_IS_AUDIT_LOG (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);
  g_return_val_if_fail (record->action != NULL && record->entity != NULL, FALSE);
  g_return_val_if_fail (dd_database_in_transaction (self->database), FALSE);

  if (!(stmt = dd_database_prepare (self->database, sql, error)))
    return FALSE;

  at = dd_database_dup_now_utc ();

  sqlite3_bind_text (stmt, 1, at, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, self->actor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, record->action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, record->entity, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, record->entity_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, record->field, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, record->old_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, record->new_value, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, record->reason, -1, SQLITE_STATIC);

  return dd_database_execute (self->database, stmt, error);
}

/**
 * dd_audit_log_list:
 * @self: the audit log
 * @entity: (nullable): only entries about this kind of thing
 * @entity_id: (nullable): and only about this one (needs @entity)
 * @error: where a reason goes
 *
 * Returns: (transfer full): a list of #DdAuditEntry, newest first, or
 *   %NULL with @error set
 */
GListModel *
dd_audit_log_list (DdAuditLog  *self,
                   const char  *entity,
                   const char  *entity_id,
                   GError     **error)
{
  /* One statement per filter, so each uses the (entity, entity_id, id)
   * index; "(? IS NULL OR entity = ?)" would scan the whole log. */
#define SELECT_ENTRIES "SELECT id, at, actor, action, entity, entity_id," \
                       "       field, old_value, new_value, reason FROM audit_log"
  static const char *queries[] = {
    SELECT_ENTRIES " ORDER BY id DESC",
    SELECT_ENTRIES " WHERE entity = ?1 ORDER BY id DESC",
    SELECT_ENTRIES " WHERE entity = ?1 AND entity_id = ?2 ORDER BY id DESC",
  };
#undef SELECT_ENTRIES
  g_autoptr(GListStore) entries = NULL;
  sqlite3_stmt *stmt;
  guint query;
  int rc;

  g_return_val_if_fail (DD_IS_AUDIT_LOG (self), NULL);
  g_return_val_if_fail (entity != NULL || entity_id == NULL, NULL);

  query = entity == NULL ? 0 : entity_id == NULL ? 1 : 2;
  if (!(stmt = dd_database_prepare (self->database, queries[query], error)))
    return NULL;

  if (entity != NULL)
    sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_STATIC);
  if (entity_id != NULL)
    sqlite3_bind_text (stmt, 2, entity_id, -1, SQLITE_STATIC);

  entries = g_list_store_new (DD_TYPE_AUDIT_ENTRY);

  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(DdAuditEntry) entry = entry_from_row (stmt);

      g_list_store_append (entries, entry);
    }

  if (rc != SQLITE_DONE)
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&entries));
}
