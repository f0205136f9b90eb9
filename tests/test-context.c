/* test-context.c: DdContext, the settings it follows and its backups
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dd-core.h"
#include "dd-test-util.h"

static void
test_default_database (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office", "decisions.db", NULL);
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("DECISION_DESK_DB", path, TRUE);
  context = dd_context_new (NULL, DD_DATABASE_FLAGS_NONE, &error);
  g_unsetenv ("DECISION_DESK_DB");

  g_assert_no_error (error);
  g_assert_cmpstr (dd_database_get_path (dd_context_get_database (context)), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_open_error (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "agenda.docx", NULL);
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GError) error = NULL;

  dd_test_write_file (path, "PK\003\004 not a database at all", -1);

  context = dd_context_new (path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_NOT_A_DATABASE);
  g_assert_null (context);
}

static void
test_display_name_is_the_actor (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *system_name = dd_audit_log_dup_default_actor ();
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GError) error = NULL;
  DdAuditLog *log;
  GSettings *settings;

  context = dd_context_new (path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);

  /* The tests run with the build tree's schema and a memory backend. */
  settings = dd_context_get_settings (context);
  g_assert_nonnull (settings);
  log = dd_context_get_audit_log (context);
  g_assert_cmpstr (dd_audit_log_get_actor (log), ==, system_name);

  g_settings_set_string (settings, "display-name", "Chief Finance Officer");
  g_assert_cmpstr (dd_audit_log_get_actor (log), ==, "Chief Finance Officer");

  g_settings_set_string (settings, "display-name", "");
  g_assert_cmpstr (dd_audit_log_get_actor (log), ==, system_name);
}

static void
check_backup_recorded (DdContext  *context,
                       const char *backup)
{
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(DdAuditEntry) entry = NULL;
  g_autoptr(DdDatabase) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;

  entries = dd_audit_log_list (dd_context_get_audit_log (context), "database", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (dd_audit_entry_get_action (entry), ==, "backup");
  g_assert_cmpstr (dd_audit_entry_get_new_value (entry), ==, backup);

  copy = dd_database_new (backup, DD_DATABASE_FLAGS_MUST_EXIST | DD_DATABASE_FLAGS_READ_ONLY,
                          NULL, &error);
  g_assert_no_error (error);
  problems = dd_database_check_integrity (copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (problems), ==, 0);
}

static void
test_backup_is_recorded (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "office-backup.db", NULL);
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = dd_context_new (path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);

  g_assert_true (dd_context_backup (context, backup, NULL, &error));
  g_assert_no_error (error);
  check_backup_recorded (context, backup);
}

static void
test_backup_async (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "office-backup.db", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "backup.db", NULL);
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) failed = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;

  context = dd_context_new (path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);

  dd_context_backup_async (context, backup, NULL, dd_test_store_result, &result);
  dd_test_wait_for_result (&result);
  g_assert_true (dd_context_backup_finish (context, result, &error));
  g_assert_no_error (error);
  check_backup_recorded (context, backup);

  /* A failed backup is reported, and not recorded as made. */
  dd_context_backup_async (context, nowhere, NULL, dd_test_store_result, &failed);
  dd_test_wait_for_result (&failed);
  g_assert_false (dd_context_backup_finish (context, failed, &error));
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_BACKUP);

  entries = dd_audit_log_list (dd_context_get_audit_log (context), "database", NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/context/default-database", test_default_database);
  g_test_add_func ("/context/open-error", test_open_error);
  g_test_add_func ("/context/display-name-is-the-actor", test_display_name_is_the_actor);
  g_test_add_func ("/context/backup-is-recorded", test_backup_is_recorded);
  g_test_add_func ("/context/backup-async", test_backup_async);

  return g_test_run ();
}
