/* test-database.c: DdDatabase, its migrations, transactions and backups
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "dd-core.h"
#include "storage/dd-database-private.h"
#include "dd-test-util.h"

/* A small schema of three steps of our own, to exercise the migration
 * machinery beyond what the real schema has needed so far. */
static const DdMigration test_migrations[] = {
  { 1, "CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);" },
  { 2, "ALTER TABLE thing ADD COLUMN colour TEXT;"
       "CREATE INDEX thing_by_colour ON thing (colour);" },
  { 3, "CREATE TABLE tag (thing_id INTEGER NOT NULL REFERENCES thing (id), label TEXT NOT NULL);" },
};

static DdDatabase *
open_test_database (const char *path,
                    guint       n_steps)
{
  g_autoptr(GError) error = NULL;
  DdDatabase *db;

  db = dd_database_new_with_migrations (path, DD_DATABASE_FLAGS_NONE,
                                        test_migrations, n_steps, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  return db;
}

static char *
query_text (DdDatabase *db,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = dd_database_prepare (db, sql, &error);
  char *value;

  g_assert_no_error (error);
  g_assert_cmpint (dd_database_step (db, stmt, &error), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return value;
}

static gint64
query_int (DdDatabase *db,
           const char *sql)
{
  g_autofree char *text = query_text (db, sql);

  return g_ascii_strtoll (text, NULL, 10);
}

/* The whole schema as text, to compare an upgraded database with a new one. */
static char *
dump_schema (DdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  GString *schema = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = dd_database_prepare (db, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name", &error);
  g_assert_no_error (error);

  while ((rc = dd_database_step (db, stmt, &error)) == SQLITE_ROW)
    g_string_append_printf (schema, "%s %s %s\n",
                            sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2));
  g_assert_no_error (error);
  g_assert_cmpint (rc, ==, SQLITE_DONE);

  return g_string_free (schema, FALSE);
}

static void
insert_thing (DdDatabase  *db,
              const char  *name,
              GError     **error)
{
  sqlite3_stmt *stmt = dd_database_prepare (db, "INSERT INTO thing (name) VALUES (?)", error);

  if (stmt == NULL)
    return;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  dd_database_execute (db, stmt, error);
}

static gint64
count_things (DdDatabase *db)
{
  return query_int (db, "SELECT count(*) FROM thing");
}

static void
test_create_new (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "not", "yet", "made", "decision-desk.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDatabase) db = NULL;
  g_autofree char *journal_mode = NULL;

  db = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (dd_database_get_path (db), ==, path);
  g_assert_cmpint (dd_database_get_schema_version (db), ==, dd_database_get_latest_schema_version ());
  g_assert_cmpint (dd_database_get_latest_schema_version (), >=, 1);

  journal_mode = query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, DD_DATABASE_APPLICATION_ID);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, dd_database_get_latest_schema_version ());
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'"), ==, 1);
}

static void
test_default_path (void)
{
  g_autofree char *from_xdg = NULL;
  g_autofree char *from_environment = NULL;
  g_autofree char *expected = NULL;

  g_unsetenv ("DECISION_DESK_DB");
  from_xdg = dd_database_dup_default_path ();
  expected = g_build_filename (g_get_user_data_dir (), "decision-desk", "decision-desk.db", NULL);
  g_assert_cmpstr (from_xdg, ==, expected);

  g_setenv ("DECISION_DESK_DB", "/srv/office/decisions.db", TRUE);
  from_environment = dd_database_dup_default_path ();
  g_assert_cmpstr (from_environment, ==, "/srv/office/decisions.db");
  g_unsetenv ("DECISION_DESK_DB");
}

static void
test_migrate_from_empty_file (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *fresh_path = g_build_filename (dir, "fresh.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDatabase) db = NULL;
  g_autoptr(DdDatabase) fresh = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *fresh_schema = NULL;

  /* A zero-byte file is an empty database, not a foreign one. */
  dd_test_write_file (path, "", 0);

  db = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  fresh = dd_database_new (fresh_path, DD_DATABASE_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);

  schema = dump_schema (db);
  fresh_schema = dump_schema (fresh);
  g_assert_cmpstr (schema, ==, fresh_schema);
  g_assert_cmpint (dd_database_get_schema_version (db), ==, dd_database_get_latest_schema_version ());
}

/* Builds a database at every older version of @migrations, puts data in
 * it, and checks that opening it with every step gives the schema of a
 * new database, keeps the data and keeps a copy from before. */
static void
check_upgrades_from_every_version (const DdMigration *migrations,
                                   guint              n_migrations,
                                   const char        *probe_table)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *fresh_path = g_build_filename (dir, "fresh.db", NULL);
  g_autoptr(DdDatabase) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fresh_schema = NULL;
  int latest = migrations[n_migrations - 1].version;

  fresh = dd_database_new_with_migrations (fresh_path, DD_DATABASE_FLAGS_NONE,
                                           migrations, n_migrations, NULL, &error);
  g_assert_no_error (error);
  fresh_schema = dump_schema (fresh);

  for (guint old = 0; old < n_migrations; old++)
    {
      g_autofree char *name = g_strdup_printf ("from-%u.db", old);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *kept = g_strdup_printf ("%s.schema-%u.bak", path, old);
      g_autoptr(DdDatabase) upgraded = NULL;
      g_autofree char *schema = NULL;

      if (old > 0)
        {
          g_autoptr(DdDatabase) older = NULL;

          older = dd_database_new_with_migrations (path, DD_DATABASE_FLAGS_NONE,
                                                   migrations, old, NULL, &error);
          g_assert_no_error (error);
          g_assert_cmpint (dd_database_get_schema_version (older), ==, old);

          if (probe_table != NULL)
            {
              g_autoptr(DdTransaction) transaction = dd_database_begin (older, &error);

              g_assert_no_error (error);
              insert_thing (older, "kept across upgrades", &error);
              g_assert_no_error (error);
              dd_transaction_commit (transaction, &error);
              g_assert_no_error (error);
            }
        }

      upgraded = dd_database_new_with_migrations (path, DD_DATABASE_FLAGS_NONE,
                                                  migrations, n_migrations, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (dd_database_get_schema_version (upgraded), ==, latest);
      g_assert_cmpint (query_int (upgraded, "PRAGMA user_version"), ==, latest);

      schema = dump_schema (upgraded);
      g_assert_cmpstr (schema, ==, fresh_schema);

      if (old > 0)
        {
          g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));
          if (probe_table != NULL)
            g_assert_cmpint (count_things (upgraded), ==, 1);
        }
      else
        g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
    }
}

static void
test_migrate_from_each_older_version (void)
{
  guint n_migrations;
  const DdMigration *migrations = dd_migrations_get (&n_migrations);

  /* The real schema, from every version it has had... */
  check_upgrades_from_every_version (migrations, n_migrations, NULL);

  /* ...and a three-step schema with data in it at every step. */
  check_upgrades_from_every_version (test_migrations, G_N_ELEMENTS (test_migrations), "thing");
}

static void
test_failed_migration_is_undone (void)
{
  static const DdMigration broken[] = {
    { 1, "CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);" },
    { 2, "CREATE TABLE half_done (id INTEGER);"
         "INSERT INTO no_such_table VALUES (1);" },
  };
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "broken.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDatabase) db = NULL;
  g_autoptr(DdDatabase) reopened = NULL;

  db = dd_database_new_with_migrations (path, DD_DATABASE_FLAGS_NONE, broken, 2, NULL, &error);
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_MIGRATION);
  g_assert_null (db);
  g_assert_nonnull (strstr (error->message, "broken.db"));
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);

  /* Step 1 landed; nothing of step 2 did. */
  reopened = open_test_database (path, 1);
  g_assert_cmpint (query_int (reopened, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (reopened, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"), ==, 0);
}

static void
test_refuses_newer_schema (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "from-the-future.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDatabase) refused = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *stamp = NULL;

  {
    g_autoptr(DdDatabase) db = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);

    g_assert_no_error (error);
    stamp = g_strdup_printf ("PRAGMA user_version = %d", dd_database_get_latest_schema_version () + 5);
    dd_database_exec (db, stamp, &error);
    g_assert_no_error (error);
  }

  before = dd_test_checksum_file (path);

  refused = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_TOO_NEW);
  g_assert_null (refused);
  g_assert_nonnull (strstr (error->message, "from-the-future.db"));
  g_assert_nonnull (strstr (error->message, "newer"));

  after = dd_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
check_refused_untouched (const char      *path,
                         DdDatabaseError  expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDatabase) refused = NULL;
  g_autofree char *before = dd_test_checksum_file (path);
  g_autofree char *after = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  gsize n_files = dd_test_count_files (dir);

  refused = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);
  g_assert_error (error, DD_DATABASE_ERROR, expected);
  g_assert_null (refused);
  g_assert_nonnull (strstr (error->message, base));

  after = dd_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  /* No journal, WAL or copy left beside it either. */
  g_assert_cmpuint (dd_test_count_files (dir), ==, n_files);
}

static void
test_refuses_not_a_database (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *text = g_build_filename (dir, "minutes.txt", NULL);
  g_autofree char *binary = g_build_filename (dir, "photo.db", NULL);
  g_autofree char *noise = NULL;
  GRand *rand = g_rand_new_with_seed (39);

  dd_test_write_file (text,
                      "Minutes of the Strategic Board, 23 February 2023\n"
                      "Present: the Commissioner, the Chief Executive.\n", -1);
  check_refused_untouched (text, DD_DATABASE_ERROR_NOT_A_DATABASE);

  noise = g_malloc (8192);
  for (guint i = 0; i < 8192; i++)
    noise[i] = (char) g_rand_int_range (rand, 0, 256);
  dd_test_write_file (binary, noise, 8192);
  check_refused_untouched (binary, DD_DATABASE_ERROR_NOT_A_DATABASE);

  g_rand_free (rand);
}

static void
test_refuses_corrupt (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "damaged.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  {
    g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
    g_autoptr(DdTransaction) transaction = dd_database_begin (db, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < 200; i++)
      {
        g_autofree char *name = g_strdup_printf ("thing %u", i);

        insert_thing (db, name, &error);
        g_assert_no_error (error);
      }
    dd_transaction_commit (transaction, &error);
    g_assert_no_error (error);
  }

  /* Keep the 100-byte header (so it still looks like SQLite) and wreck
   * the schema page after it. */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4096);
  memset (contents + 100, 0xff, 300);
  dd_test_write_file (path, contents, length);

  check_refused_untouched (path, DD_DATABASE_ERROR_CORRUPT);
}

static void
test_refuses_foreign_database (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "places.sqlite", NULL);
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "CREATE TABLE bookmarks (url TEXT);"
                                        "INSERT INTO bookmarks VALUES ('https://www.gov.uk');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  check_refused_untouched (path, DD_DATABASE_ERROR_FOREIGN);
}

static void
test_refuses_folder (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDatabase) db = NULL;

  db = dd_database_new (dir, DD_DATABASE_FLAGS_NONE, NULL, &error);
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_OPEN);
  g_assert_null (db);
}

static void
test_must_exist (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDatabase) db = NULL;

  db = dd_database_new (path, DD_DATABASE_FLAGS_MUST_EXIST, NULL, &error);
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.db"));
  g_assert_null (db);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_read_only (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDatabase) db = NULL;
  g_autoptr(DdTransaction) transaction = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_clear_object (&db);
  db = open_test_database (path, 1);
  g_clear_object (&db);
  before = dd_test_checksum_file (path);

  /* Read-only: an older schema is opened as it is, not upgraded. */
  db = dd_database_new_with_migrations (path, DD_DATABASE_FLAGS_READ_ONLY,
                                        test_migrations, G_N_ELEMENTS (test_migrations),
                                        NULL, &error);
  g_assert_no_error (error);
  g_assert_true (dd_database_is_read_only (db));
  g_assert_cmpint (dd_database_get_schema_version (db), ==, 1);

  transaction = dd_database_begin (db, &error);
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_READ_ONLY);
  g_assert_null (transaction);

  g_clear_object (&db);
  after = dd_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_failed_transaction_leaves_nothing (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "things.db", NULL);
  g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(DdTransaction) transaction = dd_database_begin (db, &error);

    g_assert_no_error (error);
    g_assert_true (dd_database_in_transaction (db));
    insert_thing (db, "first", &error);
    g_assert_no_error (error);
    insert_thing (db, "second", &error);
    g_assert_no_error (error);

    /* The third breaks the UNIQUE constraint: the whole write fails. */
    insert_thing (db, "first", &error);
    g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_CONSTRAINT);
    /* Leaving the scope without commit rolls back. */
  }

  g_assert_false (dd_database_in_transaction (db));
  g_assert_cmpint (count_things (db), ==, 0);
}

static void
test_explicit_rollback (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "things.db", NULL);
  g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(GError) error = NULL;

  transaction = dd_database_begin (db, &error);
  g_assert_no_error (error);
  insert_thing (db, "undone", &error);
  g_assert_no_error (error);
  g_assert_true (dd_transaction_rollback (transaction, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_things (db), ==, 0);
  g_assert_false (dd_database_in_transaction (db));
}

static void
test_nested_transactions (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "things.db", NULL);
  g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
  g_autoptr(DdTransaction) outer = NULL;
  g_autoptr(GError) error = NULL;

  outer = dd_database_begin (db, &error);
  g_assert_no_error (error);
  insert_thing (db, "kept", &error);
  g_assert_no_error (error);

  {
    g_autoptr(DdTransaction) inner = dd_database_begin (db, &error);

    g_assert_no_error (error);
    insert_thing (db, "undone with the inner one", &error);
    g_assert_no_error (error);
    /* inner is rolled back here */
  }

  {
    g_autoptr(DdTransaction) inner = dd_database_begin (db, &error);

    g_assert_no_error (error);
    insert_thing (db, "kept with the inner one", &error);
    g_assert_no_error (error);
    g_assert_true (dd_transaction_commit (inner, &error));
    g_assert_no_error (error);
  }

  g_assert_true (dd_transaction_commit (outer, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_things (db), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM thing WHERE name LIKE 'kept%'"), ==, 2);
}

static void
test_survives_reopen (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "things.db", NULL);
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
    g_autoptr(DdTransaction) transaction = dd_database_begin (db, &error);

    g_assert_no_error (error);
    insert_thing (db, "Access to HMPPS Data", &error);
    g_assert_no_error (error);
    g_assert_true (dd_transaction_commit (transaction, &error));
  }

  {
    g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
    g_autofree char *name = query_text (db, "SELECT name FROM thing");

    g_assert_cmpstr (name, ==, "Access to HMPPS Data");
  }
}

static void
test_prepared_statements_are_cached (void)
{
  g_autoptr(DdDatabase) db = open_test_database (":memory:", G_N_ELEMENTS (test_migrations));
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *first;
  sqlite3_stmt *second;

  first = dd_database_prepare (db, "SELECT ?", &error);
  g_assert_no_error (error);
  sqlite3_bind_int (first, 1, 39);

  second = dd_database_prepare (db, "SELECT ?", &error);
  g_assert_no_error (error);
  g_assert_true (first == second);

  /* Bindings from the last use are cleared. */
  g_assert_cmpint (dd_database_step (db, second, &error), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_type (second, 0), ==, SQLITE_NULL);
  sqlite3_reset (second);

  g_assert_null (dd_database_prepare (db, "SELECT FROM WHERE", &error));
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_FAILED);
}

static void
fill_with_things (DdDatabase *db,
                  guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdTransaction) transaction = dd_database_begin (db, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("decision %03u-23", i);

      insert_thing (db, name, &error);
      g_assert_no_error (error);
    }
  g_assert_true (dd_transaction_commit (transaction, &error));
}

static void
check_backup (const char *path,
              gint64      expected_things)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDatabase) copy = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal_mode = NULL;

  copy = dd_database_new_with_migrations (path, DD_DATABASE_FLAGS_READ_ONLY,
                                          test_migrations, G_N_ELEMENTS (test_migrations),
                                          NULL, &error);
  g_assert_no_error (error);

  problems = dd_database_check_integrity (copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
  g_assert_cmpint (count_things (copy), ==, expected_things);

  /* One self-contained file, not a WAL database needing its -wal. */
  journal_mode = query_text (copy, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "delete");
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_backup (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *backup_dir = dd_test_make_tmp_dir ();
  g_autofree char *backup = g_build_filename (backup_dir, "office-backup.db", NULL);
  g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
  g_autoptr(GError) error = NULL;

  fill_with_things (db, 500);

  g_assert_true (dd_database_backup (db, backup, NULL, &error));
  g_assert_no_error (error);
  check_backup (backup, 500);

  /* A second backup replaces the first, whole. */
  fill_with_things (db, 0);
  {
    g_autoptr(DdTransaction) transaction = dd_database_begin (db, &error);

    insert_thing (db, "one more", &error);
    g_assert_no_error (error);
    dd_transaction_commit (transaction, &error);
    g_assert_no_error (error);
  }
  g_assert_true (dd_database_backup (db, backup, NULL, &error));
  g_assert_no_error (error);
  check_backup (backup, 501);

  /* Nothing but the backup is left in its folder. */
  g_assert_cmpuint (dd_test_count_files (backup_dir), ==, 1);
}

static void
test_backup_refusals (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "backup.db", NULL);
  g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
  g_autoptr(DdDatabase) in_memory = open_test_database (":memory:", 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dd_test_checksum_file (path);
  g_autofree char *after = NULL;

  g_assert_false (dd_database_backup (db, path, NULL, &error));
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);

  g_assert_false (dd_database_backup (db, nowhere, NULL, &error));
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_BACKUP);
  g_assert_nonnull (strstr (error->message, "backup.db"));
  g_clear_error (&error);

  g_assert_false (dd_database_backup (in_memory, nowhere, NULL, &error));
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);

  after = dd_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
}

/* A folder that holds only the chosen file and lets nothing else be
 * created in it, as the document portal gives a Flatpak: the backup must
 * still land in the chosen file. Runs as a user the folder's permissions
 * bind (dropping root, which ignores them, in a subprocess). */
static void
test_backup_into_a_locked_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *portal = NULL;
  g_autofree char *chosen = NULL;
  g_autoptr(DdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    {
      g_test_skip ("cannot drop root privileges");
      return;
    }

  dir = dd_test_make_tmp_dir ();
  path = g_build_filename (dir, "office.db", NULL);
  portal = g_build_filename (dir, "portal", NULL);
  chosen = g_build_filename (portal, "chosen.db", NULL);

  db = open_test_database (path, G_N_ELEMENTS (test_migrations));
  fill_with_things (db, 250);

  g_assert_cmpint (g_mkdir (portal, 0755), ==, 0);
  dd_test_write_file (chosen, "", 0);
  g_assert_cmpint (g_chmod (portal, 0555), ==, 0);

  g_assert_true (dd_database_backup (db, chosen, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_chmod (portal, 0755), ==, 0);
  check_backup (chosen, 250);
  g_assert_cmpuint (dd_test_count_files (portal), ==, 1);
}

static void
test_backup_cancelled (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *backup_dir = dd_test_make_tmp_dir ();
  g_autofree char *backup = g_build_filename (backup_dir, "backup.db", NULL);
  g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  fill_with_things (db, 100);
  g_cancellable_cancel (cancellable);

  g_assert_false (dd_database_backup (db, backup, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (dd_test_count_files (backup_dir), ==, 0);
}

static void
test_backup_async (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autoptr(DdDatabase) db = open_test_database (path, G_N_ELEMENTS (test_migrations));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  fill_with_things (db, 2000);

  dd_database_backup_async (db, backup, NULL, dd_test_store_result, &result);

  /* The connection stays usable while the copy runs in its thread. */
  g_assert_cmpint (count_things (db), ==, 2000);

  dd_test_wait_for_result (&result);

  g_assert_true (dd_database_backup_finish (db, result, &error));
  g_assert_no_error (error);
  check_backup (backup, 2000);
}

static void
test_cancel_long_statement (void)
{
  g_autoptr(DdDatabase) db = open_test_database (":memory:", G_N_ELEMENTS (test_migrations));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;

  fill_with_things (db, 3000);

  g_cancellable_cancel (cancellable);
  problems = dd_database_check_integrity (db, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (problems);
  g_clear_error (&error);

  /* Cancelling one operation does not stop the next. */
  problems = dd_database_check_integrity (db, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/database/create-new", test_create_new);
  g_test_add_func ("/database/default-path", test_default_path);
  g_test_add_func ("/database/migrate/from-empty-file", test_migrate_from_empty_file);
  g_test_add_func ("/database/migrate/from-each-older-version", test_migrate_from_each_older_version);
  g_test_add_func ("/database/migrate/failure-is-undone", test_failed_migration_is_undone);
  g_test_add_func ("/database/refuse/newer-schema", test_refuses_newer_schema);
  g_test_add_func ("/database/refuse/not-a-database", test_refuses_not_a_database);
  g_test_add_func ("/database/refuse/corrupt", test_refuses_corrupt);
  g_test_add_func ("/database/refuse/foreign", test_refuses_foreign_database);
  g_test_add_func ("/database/refuse/folder", test_refuses_folder);
  g_test_add_func ("/database/must-exist", test_must_exist);
  g_test_add_func ("/database/read-only", test_read_only);
  g_test_add_func ("/database/transaction/failure-leaves-nothing", test_failed_transaction_leaves_nothing);
  g_test_add_func ("/database/transaction/rollback", test_explicit_rollback);
  g_test_add_func ("/database/transaction/nested", test_nested_transactions);
  g_test_add_func ("/database/survives-reopen", test_survives_reopen);
  g_test_add_func ("/database/statements-are-cached", test_prepared_statements_are_cached);
  g_test_add_func ("/database/backup/copy", test_backup);
  g_test_add_func ("/database/backup/refusals", test_backup_refusals);
  g_test_add_func ("/database/backup/into-a-locked-folder", test_backup_into_a_locked_folder);
  g_test_add_func ("/database/backup/cancelled", test_backup_cancelled);
  g_test_add_func ("/database/backup/async", test_backup_async);
  g_test_add_func ("/database/cancel-long-statement", test_cancel_long_statement);

  return g_test_run ();
}
