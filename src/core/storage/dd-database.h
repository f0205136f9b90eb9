/* dd-database.h: the one SQLite connection
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_DATABASE_ERROR (dd_database_error_quark ())

/**
 * DdDatabaseError:
 * @DD_DATABASE_ERROR_OPEN: the file could not be opened or created
 * @DD_DATABASE_ERROR_NOT_FOUND: the file does not exist and had to
 * @DD_DATABASE_ERROR_NOT_A_DATABASE: the file is not an SQLite database
 * @DD_DATABASE_ERROR_CORRUPT: the file is damaged
 * @DD_DATABASE_ERROR_FOREIGN: an SQLite database of another program
 * @DD_DATABASE_ERROR_TOO_NEW: made by a newer version of Decision Desk
 * @DD_DATABASE_ERROR_MIGRATION: a schema upgrade failed (and was undone)
 * @DD_DATABASE_ERROR_CONSTRAINT: a write broke a constraint
 * @DD_DATABASE_ERROR_BUSY: another program holds the database locked
 * @DD_DATABASE_ERROR_READ_ONLY: the database cannot be written
 * @DD_DATABASE_ERROR_FULL: the disk is full
 * @DD_DATABASE_ERROR_BACKUP: a backup could not be made
 * @DD_DATABASE_ERROR_FAILED: anything else
 */
typedef enum
{
  DD_DATABASE_ERROR_OPEN,
  DD_DATABASE_ERROR_NOT_FOUND,
  DD_DATABASE_ERROR_NOT_A_DATABASE,
  DD_DATABASE_ERROR_CORRUPT,
  DD_DATABASE_ERROR_FOREIGN,
  DD_DATABASE_ERROR_TOO_NEW,
  DD_DATABASE_ERROR_MIGRATION,
  DD_DATABASE_ERROR_CONSTRAINT,
  DD_DATABASE_ERROR_BUSY,
  DD_DATABASE_ERROR_READ_ONLY,
  DD_DATABASE_ERROR_FULL,
  DD_DATABASE_ERROR_BACKUP,
  DD_DATABASE_ERROR_FAILED,
} DdDatabaseError;

/**
 * DdDatabaseFlags:
 * @DD_DATABASE_FLAGS_NONE: create the file if needed and upgrade it
 * @DD_DATABASE_FLAGS_MUST_EXIST: fail with %DD_DATABASE_ERROR_NOT_FOUND
 *   rather than create a new database
 * @DD_DATABASE_FLAGS_READ_ONLY: open for reading; never write, never
 *   upgrade (an older schema is opened as it is)
 */
typedef enum
{
  DD_DATABASE_FLAGS_NONE       = 0,
  DD_DATABASE_FLAGS_MUST_EXIST = 1 << 0,
  DD_DATABASE_FLAGS_READ_ONLY  = 1 << 1,
} DdDatabaseFlags;

#define DD_TYPE_DATABASE (dd_database_get_type ())

G_DECLARE_FINAL_TYPE (DdDatabase, dd_database, DD, DATABASE, GObject)

GQuark          dd_database_error_quark              (void);

char           *dd_database_dup_default_path         (void);
int             dd_database_get_latest_schema_version (void);

DdDatabase     *dd_database_new                      (const char           *path,
                                                      DdDatabaseFlags       flags,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
const char     *dd_database_get_path                 (DdDatabase           *self);
int             dd_database_get_schema_version       (DdDatabase           *self);
gboolean        dd_database_is_read_only             (DdDatabase           *self);
gboolean        dd_database_in_transaction           (DdDatabase           *self);

char          **dd_database_check_integrity          (DdDatabase           *self,
                                                      GCancellable         *cancellable,
                                                      GError              **error);

gboolean        dd_database_backup                   (DdDatabase           *self,
                                                      const char           *destination,
                                                      GCancellable         *cancellable,
                                                      GError              **error);
void            dd_database_backup_async             (DdDatabase           *self,
                                                      const char           *destination,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean        dd_database_backup_finish            (DdDatabase           *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

DdTransaction  *dd_database_begin                    (DdDatabase           *self,
                                                      GError              **error);
gboolean        dd_transaction_commit                (DdTransaction        *transaction,
                                                      GError              **error);
gboolean        dd_transaction_rollback              (DdTransaction        *transaction,
                                                      GError              **error);
void            dd_transaction_free                  (DdTransaction        *transaction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DdTransaction, dd_transaction_free)

G_END_DECLS
