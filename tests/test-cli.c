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

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "reports", name, NULL);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static void
assert_member_type (JsonObject *object,
                    const char *member,
                    GType       type)
{
  JsonNode *node = json_object_get_member (object, member);

  g_assert_nonnull (node);
  if (type == G_TYPE_NONE)
    g_assert_true (JSON_NODE_HOLDS_NULL (node));
  else if (type == JSON_TYPE_OBJECT)
    g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  else if (type == JSON_TYPE_ARRAY)
    g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  else
    g_assert_cmpuint (json_node_get_value_type (node), ==, type);
}

static void
test_import_report (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *docx = fixture ("039-23-access-to-hmpps-data.docx");
  g_autofree char *bad = fixture ("not-a-docx.docx");

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "import-report", docx, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "039-23\n");
    g_assert_nonnull (strstr (run.err, "Recognised:"));
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "import-report", docx, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "039-23"));
    g_assert_nonnull (strstr (run.err, "--replace"));
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "import-report", "--replace", docx, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "039-23\n");
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "import-report", bad, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "not-a-docx.docx"));
  }

  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) root = NULL;

    run_ddesk (&run, path, "list-reports", "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    root = parse_json (run.out);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);
  }
}

static void
test_list_reports_json (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *first = fixture ("039-23-access-to-hmpps-data.txt");
  g_autofree char *second = fixture ("label-variants.txt");
  g_autoptr(JsonNode) root = NULL;
  JsonArray *reports;
  JsonObject *newest;

  {
    g_auto(Run) a = { 0 };
    g_auto(Run) b = { 0 };

    run_ddesk (&a, path, "import-report", first, NULL);
    run_ddesk (&b, path, "import-report", second, NULL);
    g_assert_cmpint (a.status, ==, 0);
    g_assert_cmpint (b.status, ==, 0);
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "list-reports", "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    root = parse_json (run.out);
  }

  reports = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (reports), ==, 2);

  /* Newest first. */
  newest = json_array_get_object_element (reports, 0);
  g_assert_cmpstr (json_object_get_string_member (newest, "reference"), ==, "PFCC/012/2024");
  g_assert_cmpstr (json_object_get_string_member (newest, "title"), ==, "Funding for a Youth Diversion Scheme");
  g_assert_cmpstr (json_object_get_string_member (newest, "date"), ==, "2024-04-04");
  g_assert_cmpstr (json_object_get_string_member (newest, "status"), ==, "agreed");
  g_assert_cmpstr (json_object_get_string_member (newest, "classification"), ==, "OFFICIAL-SENSITIVE");

  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) filtered = NULL;

    run_ddesk (&run, path, "list-reports", "--json", "--year", "2023", NULL);
    g_assert_cmpint (run.status, ==, 0);
    filtered = parse_json (run.out);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (filtered)), ==, 1);
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "list-reports", "--status", "nonsense", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }

  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) found = NULL;
    JsonArray *hits;

    run_ddesk (&run, path, "search", "--json", "probation", "data", NULL);
    g_assert_cmpint (run.status, ==, 0);
    found = parse_json (run.out);
    hits = json_node_get_array (found);
    g_assert_cmpuint (json_array_get_length (hits), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (hits, 0), "reference"), ==,
                     "039-23");
  }

  {
    g_auto(Run) run = { 0 };

    /* People read the plain list. */
    run_ddesk (&run, path, "search", "youth", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "PFCC/012/2024"));
    g_assert_null (strstr (run.out, "039-23"));
  }
}

static void
test_show_report_json (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *docx = fixture ("039-23-access-to-hmpps-data.docx");
  g_autoptr(JsonNode) root = NULL;
  JsonObject *report;
  JsonArray *sections;
  JsonArray *approvals;
  JsonObject *publication;
  JsonObject *redaction;
  JsonObject *decision;

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "import-report", docx, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "show-report", "039-23", "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    root = parse_json (run.out);
  }

  report = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (report, "reference"), ==, "039-23");
  g_assert_cmpstr (json_object_get_string_member (report, "title"), ==, "Access to HMPPS Data");
  g_assert_cmpstr (json_object_get_string_member (report, "classification"), ==, "Not protectively marked");
  g_assert_cmpstr (json_object_get_string_member (report, "area"), ==,
                   "Force-wide; Probation Delivery Units in the county; Community Safety Partnerships");
  g_assert_cmpstr (json_object_get_string_member (report, "report_by"), ==,
                   "Alex Morgan, Head of Performance and Scrutiny");
  g_assert_cmpstr (json_object_get_string_member (report, "chief_officer"), ==,
                   "Chief Executive and Monitoring Officer");
  g_assert_cmpstr (json_object_get_string_member (report, "date"), ==, "2023-02-23");
  g_assert_cmpstr (json_object_get_string_member (report, "enquiries_to"), ==, "performance@pfcc.example.gov.uk");
  g_assert_cmpstr (json_object_get_string_member (report, "status"), ==, "agreed");

  sections = json_object_get_array_member (report, "sections");
  g_assert_cmpuint (json_array_get_length (sections), ==, 16);
  for (guint i = 0; i < 16; i++)
    {
      JsonObject *section = json_array_get_object_element (sections, i);

      g_assert_cmpint (json_object_get_int_member (section, "number"), ==, i + 1);
      assert_member_type (section, "heading", G_TYPE_STRING);
      assert_member_type (section, "text", G_TYPE_STRING);
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sections, 12), "heading"), ==,
                   "Risks and Mitigations");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (report, "recommendations")), ==, 3);
  g_assert_cmpuint (json_node_get_value_type (json_array_get_element (json_object_get_array_member (report, "recommendations"), 0)),
                    ==, G_TYPE_STRING);

  approvals = json_object_get_array_member (report, "approvals");
  g_assert_cmpuint (json_array_get_length (approvals), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (approvals, 0), "role"), ==,
                   "chief_executive");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (approvals, 0), "name"), ==,
                   "Sam Taylor");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (approvals, 1), "role"), ==,
                   "chief_finance_officer");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (approvals, 1), "date"), ==,
                   "2023-02-21");

  publication = json_object_get_object_member (report, "publication");
  g_assert_true (json_object_get_boolean_member (publication, "for_publication"));
  assert_member_type (publication, "reasons", G_TYPE_NONE);

  redaction = json_object_get_object_member (report, "redaction");
  g_assert_false (json_object_get_boolean_member (redaction, "decision_sheet"));
  g_assert_true (json_object_get_boolean_member (redaction, "appendix"));
  g_assert_cmpstr (json_object_get_string_member (redaction, "details"), ==,
                   "Names and contact details of the Designated Users in Appendix A.");
  g_assert_cmpstr (json_object_get_string_member (redaction, "date"), ==, "2023-03-01");
  g_assert_cmpstr (json_object_get_string_member (redaction, "signed_by"), ==,
                   "Robin Hughes, Information Governance Officer");

  decision = json_object_get_object_member (report, "decision");
  g_assert_cmpstr (json_object_get_string_member (decision, "outcome"), ==, "agreed");
  assert_member_type (decision, "reasons", G_TYPE_NONE);
  g_assert_cmpstr (json_object_get_string_member (decision, "name"), ==, "Pat Williams");
  g_assert_cmpstr (json_object_get_string_member (decision, "role"), ==, "Police, Fire and Crime Commissioner");
  g_assert_cmpstr (json_object_get_string_member (decision, "date"), ==, "2023-02-23");

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "show-report", "999-99", "--json", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "999-99"));
  }
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
  g_test_add_func ("/cli/import-report", test_import_report);
  g_test_add_func ("/cli/list-reports-json", test_list_reports_json);
  g_test_add_func ("/cli/show-report-json", test_show_report_json);

  return g_test_run ();
}
