/* dd-database-private.h: the statement API, for src/core/storage only
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQL lives in src/core/storage/ and nowhere else. Stores include this
 * header; the UI, the CLI and the rest of the core never do.
 */

#pragma once

#include <sqlite3.h>

#include "dd-database.h"

G_BEGIN_DECLS

/* The `application_id` header field of every Decision Desk database:
 * "DdDb" in ASCII. Lets us tell our files from other programs' SQLite
 * files, which we refuse to touch. */
#define DD_DATABASE_APPLICATION_ID 0x44644462

/**
 * DdMigration:
 * @version: the schema version this step produces (1, 2, 3...)
 * @sql: the statements of the step
 *
 * One numbered step of the schema. Steps are applied in order, each in
 * its own transaction, and the version is recorded in `user_version`.
 */
typedef struct
{
  int         version;
  const char *sql;
} DdMigration;

const DdMigration *dd_migrations_get            (guint               *n_migrations);

DdDatabase   *dd_database_new_with_migrations   (const char          *path,
                                                 DdDatabaseFlags      flags,
                                                 const DdMigration   *migrations,
                                                 guint                n_migrations,
                                                 GCancellable        *cancellable,
                                                 GError             **error);

sqlite3_stmt *dd_database_prepare               (DdDatabase          *self,
                                                 const char          *sql,
                                                 GError             **error);
int           dd_database_step                  (DdDatabase          *self,
                                                 sqlite3_stmt        *stmt,
                                                 GError             **error);
gboolean      dd_database_execute               (DdDatabase          *self,
                                                 sqlite3_stmt        *stmt,
                                                 GError             **error);
gboolean      dd_database_exec                  (DdDatabase          *self,
                                                 const char          *sql,
                                                 GError             **error);
gint64        dd_database_last_insert_rowid     (DdDatabase          *self);
sqlite3      *dd_database_get_handle            (DdDatabase          *self);
char         *dd_database_dup_now_utc           (void);
const char   *dd_database_column_text           (sqlite3_stmt        *stmt,
                                                 int                  column);
void          dd_database_set_error             (DdDatabase          *self,
                                                 GError             **error,
                                                 int                  rc);

G_END_DECLS
