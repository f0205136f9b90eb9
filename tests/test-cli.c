/* test-cli.c: `ddesk`, run as a script would run it
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "dd-core.h"
#include "dd-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs ddesk with the arguments given (NULL-terminated) and, when
 * @database is set, DECISION_DESK_DB pointing at it. */
static void
run_ddesk (Run        *run,
           const char *database,
           ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;
  int wait_status;

  g_ptr_array_add (args, (gpointer) g_getenv ("DDESK"));
  va_start (ap, database);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  env = g_environ_setenv (env, "LANGUAGE", "en", TRUE);
  if (database != NULL)
    env = g_environ_setenv (env, "DECISION_DESK_DB", database, TRUE);
  else
    env = g_environ_unsetenv (env, "DECISION_DESK_DB");

  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
make_database (const char *dir)
{
  char *path = g_build_filename (dir, "office.db", NULL);
  g_autoptr(DdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  db = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);

  return path;
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_ddesk (&run, NULL, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "ddesk (Decision Desk) " PACKAGE_VERSION "\n");
}

static void
test_usage_errors (void)
{
  const char *cases[][3] = {
    { NULL },
    { "no-such-command" },
    { "--no-such-option" },
    { "backup" },
    { "backup", "one.db", "two.db" },
    { "check", "--no-such-option" },
    { "check", "surplus" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_ddesk (&run, NULL, cases[i][0], cases[i][1], cases[i][2], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, "--help"));
    }
}

static void
test_check (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = make_database (dir);
  g_autofree char *expected_version = NULL;
  g_auto(Run) run = { 0 };

  run_ddesk (&run, NULL, "--database", path, "check", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, path));
  g_assert_nonnull (strstr (run.out, "Integrity: ok\n"));
  expected_version = g_strdup_printf ("Schema version: %d (current)\n",
                                      dd_database_get_latest_schema_version ());
  g_assert_nonnull (strstr (run.out, expected_version));
}

static void
test_check_json (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = make_database (dir);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  JsonObject *result;

  /* The database from the environment this time. */
  run_ddesk (&run, path, "check", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  result = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (result, "database"), ==, path);
  g_assert_cmpstr (json_object_get_string_member (result, "integrity"), ==, "ok");
  g_assert_cmpint (json_object_get_int_member (result, "schema_version"), ==,
                   dd_database_get_latest_schema_version ());
  g_assert_cmpint (json_object_get_int_member (result, "latest_schema_version"), ==,
                   dd_database_get_latest_schema_version ());
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (result, "problems")), ==, 0);
}

static void
test_check_errors (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);

  {
    g_auto(Run) run = { 0 };

    /* A missing database is reported, not created. */
    run_ddesk (&run, NULL, "--database", missing, "check", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "missing.db"));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  {
    g_auto(Run) run = { 0 };

    dd_test_write_file (text, "Agenda item 4: Access to HMPPS Data\n", -1);
    run_ddesk (&run, NULL, "--database", text, "check", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "notes.txt"));
    g_assert_nonnull (strstr (run.err, "not a Decision Desk database"));
  }
}

static void
test_backup (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = make_database (dir);
  g_autofree char *backup = g_build_filename (dir, "copy.db", NULL);
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, NULL, "--database", path, "backup", backup, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "copy.db"));
  }

  {
    g_auto(Run) run = { 0 };

    /* The copy passes the same check as the original. */
    run_ddesk (&run, NULL, "--database", backup, "check", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Integrity: ok\n"));
  }

  {
    g_auto(Run) run = { 0 };
    g_autofree char *nowhere = g_build_filename (dir, "no-folder", "copy.db", NULL);

    run_ddesk (&run, NULL, "--database", path, "backup", nowhere, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "copy.db"));
  }

  context = dd_context_new (path, DD_DATABASE_FLAGS_MUST_EXIST, &error);
  g_assert_no_error (error);
  entries = dd_audit_log_list (dd_context_get_audit_log (context), "database", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("DDESK") == NULL)
    g_error ("DDESK must name the ddesk program to test");

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/check-json", test_check_json);
  g_test_add_func ("/cli/check-errors", test_check_errors);
  g_test_add_func ("/cli/backup", test_backup);

  return g_test_run ();
}
