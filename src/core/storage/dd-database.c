/* dd-database.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "dd-database-private.h"
#include "dd-file-replace.h"

/* How long a statement waits for another program's lock before giving
 * up with DD_DATABASE_ERROR_BUSY. */
#define BUSY_TIMEOUT_MS 5000

/* Pages copied per step of an online backup: small enough that a
 * cancellation is noticed quickly, large enough not to crawl. */
#define BACKUP_PAGES_PER_STEP 256

struct _DdDatabase
{
  GObject            parent_instance;

  char              *path;
  DdDatabaseFlags    flags;
  const DdMigration *migrations;
  guint              n_migrations;

  sqlite3           *db;
  GHashTable        *statements;
  GCancellable      *cancellable;
  int                schema_version;
  guint              transaction_depth;
};

struct _DdTransaction
{
  DdDatabase *database;
  guint       depth;
  gboolean    finished;
};

static void dd_database_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DdDatabase, dd_database, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      dd_database_initable_iface_init))

G_DEFINE_QUARK (dd-database-error-quark, dd_database_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_FLAGS,
  PROP_SCHEMA_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_in_memory (const char *path)
{
  return g_strcmp0 (path, ":memory:") == 0;
}

static DdDatabaseError
error_code_from_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return DD_DATABASE_ERROR_CONSTRAINT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return DD_DATABASE_ERROR_BUSY;
    case SQLITE_READONLY:
      return DD_DATABASE_ERROR_READ_ONLY;
    case SQLITE_FULL:
      return DD_DATABASE_ERROR_FULL;
    case SQLITE_CORRUPT:
      return DD_DATABASE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return DD_DATABASE_ERROR_NOT_A_DATABASE;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return DD_DATABASE_ERROR_OPEN;
    default:
      return DD_DATABASE_ERROR_FAILED;
    }
}

/* Sets @error from an SQLite result code and the connection's message,
 * with a sentence a person can act on. */
static void
set_sqlite_error (sqlite3      *db,
                  const char   *path,
                  GCancellable *cancellable,
                  GError      **error,
                  int           rc)
{
  g_autofree char *display = g_filename_display_name (path);
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  DdDatabaseError code = error_code_from_sqlite (rc);

  if ((rc & 0xff) == SQLITE_INTERRUPT &&
      cancellable != NULL && g_cancellable_is_cancelled (cancellable))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The operation was cancelled"));
      return;
    }

  switch (code)
    {
    case DD_DATABASE_ERROR_NOT_A_DATABASE:
      g_set_error (error, DD_DATABASE_ERROR, code,
                   _("“%s” is not a Decision Desk database, or it is damaged"),
                   display);
      break;
    case DD_DATABASE_ERROR_CORRUPT:
      g_set_error (error, DD_DATABASE_ERROR, code,
                   _("The database “%s” is damaged (%s)"), display, detail);
      break;
    case DD_DATABASE_ERROR_FULL:
      g_set_error (error, DD_DATABASE_ERROR, code,
                   _("There is no space left on the disk that holds “%s”"),
                   display);
      break;
    case DD_DATABASE_ERROR_READ_ONLY:
      g_set_error (error, DD_DATABASE_ERROR, code,
                   _("The database “%s” cannot be written (%s)"), display, detail);
      break;
    case DD_DATABASE_ERROR_BUSY:
      g_set_error (error, DD_DATABASE_ERROR, code,
                   _("The database “%s” is in use by another program; try again in a moment"),
                   display);
      break;
    case DD_DATABASE_ERROR_OPEN:
      g_set_error (error, DD_DATABASE_ERROR, code,
                   _("Could not open “%s” (%s)"), display, detail);
      break;
    case DD_DATABASE_ERROR_CONSTRAINT:
    case DD_DATABASE_ERROR_NOT_FOUND:
    case DD_DATABASE_ERROR_FOREIGN:
    case DD_DATABASE_ERROR_TOO_NEW:
    case DD_DATABASE_ERROR_MIGRATION:
    case DD_DATABASE_ERROR_BACKUP:
    case DD_DATABASE_ERROR_FAILED:
    default:
      g_set_error (error, DD_DATABASE_ERROR, code,
                   _("Database error in “%s”: %s"), display, detail);
      break;
    }
}

void
dd_database_set_error (DdDatabase  *self,
                       GError     **error,
                       int          rc)
{
  set_sqlite_error (self->db, self->path, self->cancellable, error, rc);
}

static int
on_progress (gpointer user_data)
{
  DdDatabase *self = user_data;

  /* Non-zero interrupts the running statement with SQLITE_INTERRUPT. */
  return self->cancellable != NULL && g_cancellable_is_cancelled (self->cancellable);
}

static gboolean
exec_on (sqlite3      *db,
         const char   *path,
         const char   *sql,
         GError      **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (db, path, NULL, error, rc);
      return FALSE;
    }

  return TRUE;
}

/* Reads what the file says about itself before anything is written, so
 * a file we must refuse is refused untouched. */
static gboolean
read_header (DdDatabase *self,
             int        *application_id,
             int        *user_version,
             int        *n_objects,
             GError    **error)
{
  static const char sql[] =
    "SELECT (SELECT application_id FROM pragma_application_id),"
    "       (SELECT user_version FROM pragma_user_version),"
    "       (SELECT count(*) FROM sqlite_master)";
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = dd_database_prepare (self, sql, error)))
    return FALSE;

  if ((rc = dd_database_step (self, stmt, error)) != SQLITE_ROW)
    return FALSE;

  *application_id = sqlite3_column_int (stmt, 0);
  *user_version = sqlite3_column_int (stmt, 1);
  *n_objects = sqlite3_column_int (stmt, 2);
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
apply_migration (DdDatabase        *self,
                 const DdMigration *migration,
                 GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autofree char *stamp = NULL;

  if (!(transaction = dd_database_begin (self, error)))
    return FALSE;

  if (!dd_database_exec (self, migration->sql, error))
    return FALSE;

  /* PRAGMA takes no parameters; both values are integers of ours. */
  stamp = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                           migration->version, DD_DATABASE_APPLICATION_ID);
  if (!dd_database_exec (self, stamp, error))
    return FALSE;

  return dd_transaction_commit (transaction, error);
}

static gboolean
migrate (DdDatabase *self,
         int         from_version,
         GError    **error)
{
  g_autofree char *display = g_filename_display_name (self->path);

  /* Keep a copy of an existing database from before the upgrade, so a
   * bad upgrade can never cost an office its records. */
  if (from_version > 0 && !is_in_memory (self->path))
    {
      g_autofree char *copy = g_strdup_printf ("%s.schema-%d.bak", self->path, from_version);
      g_autoptr(GError) local_error = NULL;

      if (!dd_database_backup (self, copy, NULL, &local_error))
        {
          g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_MIGRATION,
                       _("Could not keep a copy of “%s” before upgrading it: %s"),
                       display, local_error->message);
          return FALSE;
        }
    }

  for (guint i = 0; i < self->n_migrations; i++)
    {
      const DdMigration *migration = &self->migrations[i];
      g_autoptr(GError) local_error = NULL;

      if (migration->version <= from_version)
        continue;

      g_debug ("Upgrading %s to schema version %d", self->path, migration->version);

      if (!apply_migration (self, migration, &local_error))
        {
          g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_MIGRATION,
                       _("Could not upgrade “%s” to schema version %d: %s"),
                       display, migration->version, local_error->message);
          return FALSE;
        }

      self->schema_version = migration->version;
    }

  return TRUE;
}

static int
latest_version_of (const DdMigration *migrations,
                   guint              n_migrations)
{
  return n_migrations > 0 ? migrations[n_migrations - 1].version : 0;
}

static gboolean
open_connection (DdDatabase *self,
                 GError    **error)
{
  g_autofree char *display = g_filename_display_name (self->path);
  gboolean read_only = (self->flags & DD_DATABASE_FLAGS_READ_ONLY) != 0;
  int open_flags;
  int rc;

  if (!is_in_memory (self->path))
    {
      if (g_file_test (self->path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_OPEN,
                       _("“%s” is a folder, not a database file"), display);
          return FALSE;
        }

      if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
        {
          g_autofree char *folder = NULL;

          if (read_only || (self->flags & DD_DATABASE_FLAGS_MUST_EXIST) != 0)
            {
              g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_NOT_FOUND,
                           _("There is no database at “%s”"), display);
              return FALSE;
            }

          folder = g_path_get_dirname (self->path);
          if (g_mkdir_with_parents (folder, 0700) != 0)
            {
              int saved_errno = errno;
              g_autofree char *folder_display = g_filename_display_name (folder);

              g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_OPEN,
                           _("Could not create the folder “%s”: %s"),
                           folder_display, g_strerror (saved_errno));
              return FALSE;
            }
        }
    }

  open_flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  rc = sqlite3_open_v2 (self->path, &self->db, open_flags | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_OPEN,
                   _("Could not open “%s” (%s)"), display,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_progress_handler (self->db, 1000, on_progress, self);

  return TRUE;
}

static gboolean
dd_database_initable_init (GInitable     *initable,
                           GCancellable  *cancellable,
                           GError       **error)
{
  DdDatabase *self = DD_DATABASE (initable);
  g_autofree char *display = NULL;
  int latest;
  int application_id;
  int user_version;
  int n_objects;

  g_return_val_if_fail (self->path != NULL, FALSE);

  if (self->migrations == NULL)
    self->migrations = dd_migrations_get (&self->n_migrations);

  for (guint i = 0; i < self->n_migrations; i++)
    g_assert (self->migrations[i].version == (int) i + 1);

  display = g_filename_display_name (self->path);
  latest = latest_version_of (self->migrations, self->n_migrations);

  if (!open_connection (self, error))
    return FALSE;

  if (!read_header (self, &application_id, &user_version, &n_objects, error))
    return FALSE;

  if (application_id != 0 && application_id != DD_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_FOREIGN,
                   _("“%s” is a database of another program; Decision Desk will not change it"),
                   display);
      return FALSE;
    }

  if (application_id == 0 && n_objects > 0)
    {
      g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_FOREIGN,
                   _("“%s” is a database of another program; Decision Desk will not change it"),
                   display);
      return FALSE;
    }

  if (user_version > latest)
    {
      g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Decision Desk "
                     "(schema version %d; this version reads up to %d). "
                     "Update Decision Desk to open it."),
                   display, user_version, latest);
      return FALSE;
    }

  self->schema_version = user_version;

  if (!dd_database_exec (self, "PRAGMA foreign_keys = ON;", error))
    return FALSE;

  if ((self->flags & DD_DATABASE_FLAGS_READ_ONLY) != 0)
    return TRUE;

  if (!dd_database_exec (self,
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = NORMAL;",
                         error))
    return FALSE;

  g_set_object (&self->cancellable, cancellable);

  if (user_version < latest && !migrate (self, user_version, error))
    {
      g_clear_object (&self->cancellable);
      return FALSE;
    }

  g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEMA_VERSION]);

  return TRUE;
}

static void
dd_database_initable_iface_init (GInitableIface *iface)
{
  iface->init = dd_database_initable_init;
}

static void
dd_database_finalize (GObject *object)
{
  DdDatabase *self = (DdDatabase *)object;

  g_warn_if_fail (self->transaction_depth == 0);

  /* Statements first: a connection with live statements will not close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);

  if (self->db != NULL && sqlite3_close (self->db) != SQLITE_OK)
    g_warning ("Could not close %s: %s", self->path, sqlite3_errmsg (self->db));
  self->db = NULL;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (dd_database_parent_class)->finalize (object);
}

static void
dd_database_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DdDatabase *self = DD_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_FLAGS:
      g_value_set_uint (value, self->flags);
      break;

    case PROP_SCHEMA_VERSION:
      g_value_set_int (value, self->schema_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_database_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DdDatabase *self = DD_DATABASE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    case PROP_FLAGS:
      self->flags = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_database_class_init (DdDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dd_database_finalize;
  object_class->get_property = dd_database_get_property;
  object_class->set_property = dd_database_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FLAGS] =
    g_param_spec_uint ("flags", NULL, NULL,
                       0, G_MAXUINT, DD_DATABASE_FLAGS_NONE,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SCHEMA_VERSION] =
    g_param_spec_int ("schema-version", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_database_init (DdDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal,
                                            g_free, (GDestroyNotify) sqlite3_finalize);
}

static void
set_backup_write_error (GError     **error,
                        const char  *display,
                        const char  *reason)
{
  g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_BACKUP,
               _("Could not write the backup “%s”: %s"), display, reason);
}

/* The online backup itself, from a connection of its own, so it can run
 * in a worker thread while the window keeps using the main connection. */
static gboolean
copy_database (const char    *source,
               const char    *destination,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *display = g_filename_display_name (destination);
  g_autoptr(DdFileReplace) replace = NULL;
  g_autoptr(GFile) source_file = g_file_new_for_path (source);
  g_autoptr(GFile) destination_file = g_file_new_for_path (destination);
  const char *partial;
  sqlite3_backup *backup;
  sqlite3 *from = NULL;
  sqlite3 *to = NULL;
  sqlite3_stmt *check = NULL;
  gboolean ok = FALSE;
  int rc;

  if (g_file_equal (source_file, destination_file))
    {
      g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_BACKUP,
                   _("Cannot back up the database onto itself; choose another file"));
      return FALSE;
    }

  /* Written beside the destination (or, in a portal's folder, in one of
   * our own) and put in its place at the end. */
  {
    g_autoptr(GError) begin_error = NULL;

    if (!(replace = dd_file_replace_begin (destination, &begin_error)))
      {
        set_backup_write_error (error, display, begin_error->message);
        return FALSE;
      }
    partial = dd_file_replace_get_path (replace);
  }

  if ((rc = sqlite3_open_v2 (source, &from, SQLITE_OPEN_READONLY, NULL)) != SQLITE_OK)
    {
      set_sqlite_error (from, source, NULL, error, rc);
      goto out;
    }
  sqlite3_busy_timeout (from, BUSY_TIMEOUT_MS);

  if ((rc = sqlite3_open_v2 (partial, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)) != SQLITE_OK)
    {
      set_sqlite_error (to, destination, NULL, error, rc);
      goto out;
    }

  if (!(backup = sqlite3_backup_init (to, "main", from, "main")))
    {
      set_sqlite_error (to, destination, NULL, error, sqlite3_errcode (to));
      goto out;
    }

  do
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;

      rc = sqlite3_backup_step (backup, BACKUP_PAGES_PER_STEP);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (10 * 1000);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  sqlite3_backup_finish (backup);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto out;

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (from, source, NULL, error, rc);
      goto out;
    }

  /* A copy of a WAL database is marked WAL too; make it one
   * self-contained file, then prove it reads back. */
  if (!exec_on (to, destination, "PRAGMA journal_mode = DELETE;", error))
    goto out;

  if ((rc = sqlite3_prepare_v2 (to, "PRAGMA quick_check", -1, &check, NULL)) != SQLITE_OK ||
      (rc = sqlite3_step (check)) != SQLITE_ROW)
    {
      set_sqlite_error (to, destination, NULL, error, rc);
      goto out;
    }

  if (g_strcmp0 ((const char *) sqlite3_column_text (check, 0), "ok") != 0)
    {
      g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_BACKUP,
                   _("The backup “%s” did not pass its check: %s"),
                   display, (const char *) sqlite3_column_text (check, 0));
      goto out;
    }

  g_clear_pointer (&check, sqlite3_finalize);

  if (sqlite3_close (to) != SQLITE_OK)
    {
      set_sqlite_error (to, destination, NULL, error, sqlite3_errcode (to));
      goto out;
    }
  to = NULL;

  {
    g_autoptr(GError) commit_error = NULL;

    if (!dd_file_replace_commit (replace, cancellable, &commit_error))
      {
        set_backup_write_error (error, display, commit_error->message);
        goto out;
      }
  }

  ok = TRUE;

out:
  g_clear_pointer (&check, sqlite3_finalize);
  g_clear_pointer (&to, sqlite3_close);
  g_clear_pointer (&from, sqlite3_close);

  return ok;
}

static gboolean
check_can_back_up (DdDatabase  *self,
                   GError     **error)
{
  if (is_in_memory (self->path))
    {
      g_set_error_literal (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_BACKUP,
                           _("A database held in memory cannot be backed up"));
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  char *source;
  char *destination;
} BackupData;

static void
backup_data_free (gpointer data)
{
  BackupData *backup = data;

  g_free (backup->source);
  g_free (backup->destination);
  g_free (backup);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BackupData *backup = task_data;
  GError *error = NULL;

  if (copy_database (backup->source, backup->destination, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * dd_database_dup_default_path:
 *
 * The database the app and `ddesk` use unless told otherwise:
 * `$DECISION_DESK_DB` when set, else
 * `$XDG_DATA_HOME/decision-desk/decision-desk.db`.
 *
 * Returns: (transfer full): a file path
 */
char *
dd_database_dup_default_path (void)
{
  const char *from_environment = g_getenv ("DECISION_DESK_DB");

  if (from_environment != NULL && *from_environment != '\0')
    return g_strdup (from_environment);

  return g_build_filename (g_get_user_data_dir (), "decision-desk", "decision-desk.db", NULL);
}

/**
 * dd_database_get_latest_schema_version:
 *
 * Returns: the schema version this build creates and upgrades to
 */
int
dd_database_get_latest_schema_version (void)
{
  guint n_migrations;
  const DdMigration *migrations = dd_migrations_get (&n_migrations);

  return latest_version_of (migrations, n_migrations);
}

/**
 * dd_database_new:
 * @path: the database file, or ":memory:"
 * @flags: how to open it
 * @cancellable: (nullable): cancels a long upgrade
 * @error: where a reason goes
 *
 * Opens the database at @path, creating it and its folder unless
 * @flags say otherwise, and upgrades its schema. A file that is not a
 * database, is damaged, belongs to another program or was written by a
 * newer Decision Desk is refused with an error naming it, and left
 * exactly as it was.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
DdDatabase *
dd_database_new (const char       *path,
                 DdDatabaseFlags   flags,
                 GCancellable     *cancellable,
                 GError          **error)
{
  return dd_database_new_with_migrations (path, flags, NULL, 0, cancellable, error);
}

/* Opens @path against the schema steps given (the real ones when
 * @migrations is %NULL). Tests use it to build databases of every older
 * schema version. */
DdDatabase *
dd_database_new_with_migrations (const char         *path,
                                 DdDatabaseFlags     flags,
                                 const DdMigration  *migrations,
                                 guint               n_migrations,
                                 GCancellable       *cancellable,
                                 GError            **error)
{
  g_autoptr(DdDatabase) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DD_TYPE_DATABASE,
                       "path", path,
                       "flags", flags,
                       NULL);
  self->migrations = migrations;
  self->n_migrations = migrations != NULL ? n_migrations : 0;

  if (!g_initable_init (G_INITABLE (self), cancellable, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
dd_database_get_path (DdDatabase *self)
{
  g_return_val_if_fail (DD_IS_DATABASE (self), NULL);

  return self->path;
}

int
dd_database_get_schema_version (DdDatabase *self)
{
  g_return_val_if_fail (DD_IS_DATABASE (self), 0);

  return self->schema_version;
}

gboolean
dd_database_is_read_only (DdDatabase *self)
{
  g_return_val_if_fail (DD_IS_DATABASE (self), FALSE);

  return (self->flags & DD_DATABASE_FLAGS_READ_ONLY) != 0;
}

gboolean
dd_database_in_transaction (DdDatabase *self)
{
  g_return_val_if_fail (DD_IS_DATABASE (self), FALSE);

  return self->transaction_depth > 0;
}

/**
 * dd_database_check_integrity:
 * @self: a database
 * @cancellable: (nullable): stops a long check
 * @error: where a reason goes
 *
 * Runs `PRAGMA integrity_check`.
 *
 * Returns: (transfer full): the problems found, an empty vector when the
 *   database is sound, or %NULL with @error set if the check could not run
 */
char **
dd_database_check_integrity (DdDatabase    *self,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GStrvBuilder) problems = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DD_IS_DATABASE (self), NULL);

  if (!(stmt = dd_database_prepare (self, "PRAGMA integrity_check", error)))
    return NULL;

  g_set_object (&self->cancellable, cancellable);
  problems = g_strv_builder_new ();

  while ((rc = dd_database_step (self, stmt, error)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_strv_builder_add (problems, line);
    }

  g_clear_object (&self->cancellable);

  if (rc != SQLITE_DONE)
    return NULL;

  return g_strv_builder_end (problems);
}

/**
 * dd_database_backup:
 * @self: a database
 * @destination: the file to write; replaced whole if it exists
 * @cancellable: (nullable): stops the copy, leaving @destination as it was
 * @error: where a reason goes
 *
 * Copies the database, as last committed, to @destination with SQLite's
 * online backup while it stays in use, then checks the copy.
 *
 * Returns: %TRUE when @destination holds a sound copy
 */
gboolean
dd_database_backup (DdDatabase    *self,
                    const char    *destination,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_return_val_if_fail (DD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  if (!check_can_back_up (self, error))
    return FALSE;

  return copy_database (self->path, destination, cancellable, error);
}

void
dd_database_backup_async (DdDatabase          *self,
                          const char          *destination,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  BackupData *data;

  g_return_if_fail (DD_IS_DATABASE (self));
  g_return_if_fail (destination != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dd_database_backup_async);

  if (!check_can_back_up (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = g_new0 (BackupData, 1);
  data->source = g_strdup (self->path);
  data->destination = g_strdup (destination);
  g_task_set_task_data (task, data, backup_data_free);
  g_task_run_in_thread (task, backup_thread);
}

gboolean
dd_database_backup_finish (DdDatabase    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (DD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dd_database_backup_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * dd_database_prepare:
 * @self: a database
 * @sql: one statement, a literal of the caller's (never built from user text)
 * @error: where a reason goes
 *
 * Returns the statement for @sql, prepared once for the life of the
 * connection and reset, with its parameters cleared, on every call.
 *
 * Returns: (transfer none): the statement, or %NULL with @error set
 */
sqlite3_stmt *
dd_database_prepare (DdDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DD_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  if ((stmt = g_hash_table_lookup (self->statements, sql)) != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      dd_database_set_error (self, error, rc);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);

  return stmt;
}

/**
 * dd_database_step:
 *
 * Steps @stmt once. Returns %SQLITE_ROW or %SQLITE_DONE (the statement is
 * then reset), or -1 with @error set (the statement is reset too).
 */
int
dd_database_step (DdDatabase    *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  int rc;

  g_return_val_if_fail (DD_IS_DATABASE (self), -1);
  g_return_val_if_fail (stmt != NULL, -1);

  rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return rc;

  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      return rc;
    }

  dd_database_set_error (self, error, rc);
  sqlite3_reset (stmt);

  return -1;
}

/**
 * dd_database_execute:
 *
 * Runs @stmt to completion, ignoring any rows.
 */
gboolean
dd_database_execute (DdDatabase    *self,
                     sqlite3_stmt  *stmt,
                     GError       **error)
{
  int rc;

  while ((rc = dd_database_step (self, stmt, error)) == SQLITE_ROW)
    ;

  return rc == SQLITE_DONE;
}

/**
 * dd_database_exec:
 *
 * Runs fixed SQL of the program's own (migrations, pragmas): one or more
 * statements, no parameters.
 */
gboolean
dd_database_exec (DdDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (DD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  if ((rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL)) != SQLITE_OK)
    {
      dd_database_set_error (self, error, rc);
      return FALSE;
    }

  return TRUE;
}

gint64
dd_database_last_insert_rowid (DdDatabase *self)
{
  g_return_val_if_fail (DD_IS_DATABASE (self), 0);

  return sqlite3_last_insert_rowid (self->db);
}

/**
 * dd_database_dup_now_utc:
 *
 * Returns: (transfer full): the time now as stores write it, UTC, ISO
 *   8601: "2026-11-24T21:32:26Z"
 */
char *
dd_database_dup_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * dd_database_column_text:
 *
 * Returns: (transfer none): column @column of @stmt's row as text; "" for
 *   NULL
 */
const char *
dd_database_column_text (sqlite3_stmt *stmt,
                         int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text ? text : "";
}

/**
 * dd_database_get_handle:
 *
 * Returns: (transfer none): the SQLite connection, for a statement of a
 *   store's own that is not worth caching (a dataset's rows, whose table
 *   names differ)
 */
sqlite3 *
dd_database_get_handle (DdDatabase *self)
{
  g_return_val_if_fail (DD_IS_DATABASE (self), NULL);

  return self->db;
}

/**
 * dd_database_begin:
 * @self: a database
 * @error: where a reason goes
 *
 * Starts a transaction, or a savepoint inside the one already open.
 * Free it with dd_transaction_free() (g_autoptr does) and everything it
 * wrote is rolled back unless dd_transaction_commit() succeeded first:
 *
 * |[<!-- language="C" -->
 * g_autoptr(DdTransaction) transaction = dd_database_begin (db, error);
 *
 * if (transaction == NULL || !write_everything (db, error))
 *   return FALSE;
 *
 * return dd_transaction_commit (transaction, error);
 * ]|
 *
 * Returns: (transfer full): the transaction, or %NULL with @error set
 */
DdTransaction *
dd_database_begin (DdDatabase  *self,
                   GError     **error)
{
  g_autofree char *sql = NULL;
  DdTransaction *transaction;

  g_return_val_if_fail (DD_IS_DATABASE (self), NULL);

  if (dd_database_is_read_only (self))
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_READ_ONLY,
                   _("The database “%s” is open for reading only"), display);
      return NULL;
    }

  if (self->transaction_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT dd_%u", self->transaction_depth);

  if (!dd_database_exec (self, sql, error))
    return NULL;

  transaction = g_new0 (DdTransaction, 1);
  transaction->database = g_object_ref (self);
  transaction->depth = ++self->transaction_depth;

  return transaction;
}

/**
 * dd_transaction_rollback:
 *
 * Undoes everything written in @transaction.
 */
gboolean
dd_transaction_rollback (DdTransaction  *transaction,
                         GError        **error)
{
  DdDatabase *self;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (transaction != NULL, FALSE);
  g_return_val_if_fail (!transaction->finished, FALSE);

  self = transaction->database;
  g_return_val_if_fail (transaction->depth == self->transaction_depth, FALSE);

  if (transaction->depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO dd_%u; RELEASE dd_%u",
                           transaction->depth - 1, transaction->depth - 1);

  transaction->finished = TRUE;
  self->transaction_depth--;

  return dd_database_exec (self, sql, error);
}

/**
 * dd_transaction_commit:
 *
 * Makes everything written in @transaction permanent (or, for a nested
 * one, part of the transaction around it). If that fails, the
 * transaction is rolled back and %FALSE returned.
 */
gboolean
dd_transaction_commit (DdTransaction  *transaction,
                       GError        **error)
{
  DdDatabase *self;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (transaction != NULL, FALSE);
  g_return_val_if_fail (!transaction->finished, FALSE);

  self = transaction->database;
  g_return_val_if_fail (transaction->depth == self->transaction_depth, FALSE);

  if (transaction->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE dd_%u", transaction->depth - 1);

  if (!dd_database_exec (self, sql, error))
    {
      g_autoptr(GError) rollback_error = NULL;

      if (!dd_transaction_rollback (transaction, &rollback_error))
        g_warning ("Could not roll back after a failed commit: %s", rollback_error->message);
      return FALSE;
    }

  transaction->finished = TRUE;
  self->transaction_depth--;

  return TRUE;
}

/**
 * dd_transaction_free:
 *
 * Rolls @transaction back unless it was committed, then frees it.
 */
void
dd_transaction_free (DdTransaction *transaction)
{
  if (transaction == NULL)
    return;

  if (!transaction->finished)
    {
      g_autoptr(GError) error = NULL;

      if (!dd_transaction_rollback (transaction, &error))
        g_warning ("Could not roll back: %s", error->message);
    }

  g_object_unref (transaction->database);
  g_free (transaction);
}
