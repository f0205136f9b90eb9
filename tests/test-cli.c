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

/* Imports a fixture into the database at @path. */
static void
import_fixture (const char *path,
                const char *name)
{
  g_autofree char *file = fixture (name);
  g_auto(Run) run = { 0 };

  run_ddesk (&run, path, "import-report", file, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static JsonNode *
show_report_json (const char *path,
                  const char *reference)
{
  g_auto(Run) run = { 0 };

  run_ddesk (&run, path, "show-report", reference, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);

  return parse_json (run.out);
}

static JsonObject *
get_section (JsonNode *root,
             guint     number)
{
  JsonArray *sections = json_object_get_array_member (json_node_get_object (root), "sections");

  return json_array_get_object_element (sections, number - 1);
}

/* The passages of section @number marked as redacted, joined by "|". */
static char *
dup_redacted (const char *path,
              const char *reference,
              guint       number)
{
  g_autoptr(JsonNode) root = show_report_json (path, reference);
  JsonArray *redacted = json_object_get_array_member (get_section (root, number), "redacted");
  g_autoptr(GPtrArray) passages = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (redacted); i++)
    g_ptr_array_add (passages, (gpointer) json_array_get_string_element (redacted, i));
  g_ptr_array_add (passages, NULL);

  return g_strjoinv ("|", (char **) passages->pdata);
}

static guint
count_audit_entries (const char *path,
                     const char *reference,
                     const char *action)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  guint count = 0;

  context = dd_context_new (path, DD_DATABASE_FLAGS_MUST_EXIST, &error);
  g_assert_no_error (error);
  report = dd_report_store_find_by_reference (dd_context_get_report_store (context), reference,
                                               &error);
  g_assert_no_error (error);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, dd_report_get_id (report));
  entries = dd_audit_log_list (dd_context_get_audit_log (context), "report", id, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(DdAuditEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (dd_audit_entry_get_action (entry), action))
        count++;
    }

  return count;
}

static void
test_redact (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *text_before = NULL;

  /* Agreed, for publication "no", the redaction not signed off. */
  import_fixture (path, "label-variants.txt");

  {
    g_autoptr(JsonNode) root = show_report_json (path, "PFCC/012/2024");

    text_before = g_strdup (json_object_get_string_member (get_section (root, 1), "text"));
  }

  {
    g_auto(Run) run = { 0 };

    /* Any case of the reference finds the report. */
    run_ddesk (&run, path, "redact", "pfcc/012/2024", "--section", "1", "--text", "Youth", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "Marked 2 passages in section 1 of PFCC/012/2024 as redacted\n");
    g_assert_cmpstr (run.err, ==, "");
  }

  {
    g_autoptr(JsonNode) root = show_report_json (path, "PFCC/012/2024");
    g_autofree char *redacted = dup_redacted (path, "PFCC/012/2024", 1);
    g_autofree char *others = dup_redacted (path, "PFCC/012/2024", 3);

    /* The words are the same; the marked passages are listed. */
    g_assert_cmpstr (json_object_get_string_member (get_section (root, 1), "text"), ==,
                     text_before);
    g_assert_cmpstr (redacted, ==, "Youth|Youth");
    g_assert_cmpstr (others, ==, "");
    g_assert_cmpuint (count_audit_entries (path, "PFCC/012/2024", "redact"), ==, 1);
  }

  {
    g_auto(Run) run = { 0 };

    /* The section's markup carries the marks. */
    run_ddesk (&run, path, "show-report", "PFCC/012/2024", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "The \u27e6Youth\u27e7 Justice Service has asked"));
    g_assert_nonnull (strstr (run.out, "two-year \u27e6Youth\u27e7 Diversion Scheme"));
  }

  {
    g_auto(Run) run = { 0 };

    /* Already marked: nothing to do, nothing written. */
    run_ddesk (&run, path, "redact", "PFCC/012/2024", "--section", "1", "--text", "Youth", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "already marked"));
    g_assert_cmpuint (count_audit_entries (path, "PFCC/012/2024", "redact"), ==, 1);
  }

  {
    g_auto(Run) run = { 0 };
    g_autofree char *redacted = NULL;

    run_ddesk (&run, path, "unredact", "PFCC/012/2024", "--section", "1", "--text", "Youth", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==,
                     "Removed the redaction marks from 2 passages in section 1 of PFCC/012/2024\n");

    redacted = dup_redacted (path, "PFCC/012/2024", 1);
    g_assert_cmpstr (redacted, ==, "");
    g_assert_cmpuint (count_audit_entries (path, "PFCC/012/2024", "redact"), ==, 2);
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "show-report", "PFCC/012/2024", NULL);
    g_assert_nonnull (strstr (run.out, "The Youth Justice Service has asked"));
    g_assert_null (strstr (run.out, "\u27e6"));
  }

  {
    g_auto(Run) run = { 0 };

    /* Nothing marked matches. */
    run_ddesk (&run, path, "unredact", "PFCC/012/2024", "--section", "1", "--text", "Youth", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_nonnull (strstr (run.err, "not marked as redacted in section 1 of PFCC/012/2024"));
  }

  {
    g_auto(Run) run = { 0 };

    /* A single occurrence, across a phrase. */
    run_ddesk (&run, path, "redact", "PFCC/012/2024", "--section", "3",
               "--text", "youth justice system", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "Marked 1 passage in section 3 of PFCC/012/2024 as redacted\n");
  }
}

static void
test_redact_errors (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  /* A wrong command line is exit code 2, whatever the database holds. */
  const char *usage[][6] = {
    { "redact", "PFCC/012/2024", "--section", "0", "--text", "Youth" },
    { "redact", "PFCC/012/2024", "--section", "17", "--text", "Youth" },
    { "redact", "PFCC/012/2024", "--section", "four", "--text", "Youth" },
    { "unredact", "PFCC/012/2024", "--section", "-1", "--text", "Youth" },
    { "redact", "PFCC/012/2024", "--text", "Youth" },
    { "redact", "PFCC/012/2024", "--section", "1" },
    { "redact", "PFCC/012/2024", "--section", "1", "--text", "" },
    { "unredact", "--section", "1", "--text", "Youth" },
  };

  import_fixture (path, "label-variants.txt");
  import_fixture (path, "039-23-access-to-hmpps-data.txt");

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_auto(Run) run = { 0 };

      run_ddesk (&run, path, usage[i][0], usage[i][1], usage[i][2], usage[i][3], usage[i][4],
                 usage[i][5], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, "--help"));
    }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "redact", "PFCC/012/2024", "--section", "17", "--text", "Youth", NULL);
    g_assert_nonnull (strstr (run.err, "numbered 1 to 16"));
  }

  {
    g_auto(Run) run = { 0 };

    /* Words from another section. */
    run_ddesk (&run, path, "redact", "PFCC/012/2024", "--section", "4",
               "--text", "Youth Diversion", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==,
                     "ddesk: “Youth Diversion” is not in section 4 of PFCC/012/2024\n");
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "redact", "999-99", "--section", "1", "--text", "Youth", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "999-99"));
  }

  {
    g_auto(Run) run = { 0 };

    /* A missing database is reported, not created. */
    run_ddesk (&run, NULL, "--database", missing, "redact", "039-23", "--section", "4",
               "--text", "Designated Users", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "missing.db"));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  {
    g_auto(Run) run = { 0 };
    g_autofree char *redacted = NULL;

    /* 039-23's redaction is signed off: the marks are fixed. */
    run_ddesk (&run, path, "redact", "039-23", "--section", "4",
               "--text", "Designated Users", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==,
                     "ddesk: “The redaction of section 4” cannot be changed in 039-23: "
                     "the redaction is signed off; withdraw that sign-off first\n");

    redacted = dup_redacted (path, "039-23", 4);
    g_assert_cmpstr (redacted, ==, "");
    g_assert_cmpuint (count_audit_entries (path, "039-23", "redact"), ==, 0);
  }
}

static void
assert_publication (const char *path,
                    const char *reference,
                    gboolean    for_publication,
                    const char *reasons)
{
  g_autoptr(JsonNode) root = show_report_json (path, reference);
  JsonObject *report = json_node_get_object (root);
  JsonObject *publication = json_object_get_object_member (report, "publication");

  g_assert_cmpint (json_object_get_boolean_member (publication, "for_publication"), ==,
                   for_publication);
  if (reasons == NULL)
    assert_member_type (publication, "reasons", G_TYPE_NONE);
  else
    g_assert_cmpstr (json_object_get_string_member (publication, "reasons"), ==, reasons);
}

static void
test_set_publication (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  const char *usage[][4] = {
    { "set-publication", "PFCC/012/2024" },
    { "set-publication", "PFCC/012/2024", "maybe" },
    { "set-publication", "PFCC/012/2024", "yes", "surplus" },
    { "set-publication", "PFCC/012/2024", "yes", "--reasons=Not needed" },
  };

  import_fixture (path, "label-variants.txt");
  assert_publication (path, "PFCC/012/2024", FALSE,
                      "contains OFFICIAL-SENSITIVE information about named young people");

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_auto(Run) run = { 0 };

      run_ddesk (&run, path, usage[i][0], usage[i][1], usage[i][2], usage[i][3], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, "--help"));
    }

  {
    g_auto(Run) run = { 0 };

    /* For publication: the reasons for not publishing go. */
    run_ddesk (&run, path, "set-publication", "PFCC/012/2024", "yes", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "PFCC/012/2024 is for publication\n");
    assert_publication (path, "PFCC/012/2024", TRUE, NULL);
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "set-publication", "PFCC/012/2024", "no",
               "--reasons", "Names of young people", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "PFCC/012/2024 is not for publication\n");
    g_assert_cmpstr (run.err, ==, "");
    assert_publication (path, "PFCC/012/2024", FALSE, "Names of young people");
  }

  {
    g_auto(Run) run = { 0 };

    /* Saying "no" again keeps the reasons. */
    run_ddesk (&run, path, "set-publication", "PFCC/012/2024", "NO", NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_publication (path, "PFCC/012/2024", FALSE, "Names of young people");
  }

  {
    g_auto(Run) a = { 0 };
    g_auto(Run) b = { 0 };

    /* "No" without reasons is allowed, as in the app, with a reminder. */
    run_ddesk (&a, path, "set-publication", "PFCC/012/2024", "yes", NULL);
    run_ddesk (&b, path, "set-publication", "PFCC/012/2024", "no", NULL);
    g_assert_cmpint (a.status, ==, 0);
    g_assert_cmpint (b.status, ==, 0);
    g_assert_nonnull (strstr (b.err, "--reasons"));
    assert_publication (path, "PFCC/012/2024", FALSE, NULL);
  }

  g_assert_cmpuint (count_audit_entries (path, "PFCC/012/2024", "update"), >=, 4);
}

static void
assert_redaction (const char *path,
                  const char *reference,
                  gboolean    decision_sheet,
                  gboolean    appendix,
                  const char *details,
                  const char *date,
                  const char *signed_by,
                  const char *signed_date)
{
  g_autoptr(JsonNode) root = show_report_json (path, reference);
  JsonObject *redaction = json_object_get_object_member (json_node_get_object (root), "redaction");
  const struct { const char *member; const char *value; } strings[] = {
    { "details", details },
    { "date", date },
    { "signed_by", signed_by },
    { "signed_date", signed_date },
  };

  g_assert_cmpint (json_object_get_boolean_member (redaction, "decision_sheet"), ==,
                   decision_sheet);
  g_assert_cmpint (json_object_get_boolean_member (redaction, "appendix"), ==, appendix);
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    if (strings[i].value == NULL)
      assert_member_type (redaction, strings[i].member, G_TYPE_NONE);
    else
      g_assert_cmpstr (json_object_get_string_member (redaction, strings[i].member), ==,
                       strings[i].value);
}

static void
test_set_redaction (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  const char *usage[][5] = {
    { "set-redaction", "PFCC/012/2024" },
    { "set-redaction", "--appendix", "yes" },
    { "set-redaction", "PFCC/012/2024", "--appendix", "maybe" },
    { "set-redaction", "PFCC/012/2024", "--decision-sheet", "1" },
    { "set-redaction", "PFCC/012/2024", "--redaction-date", "soon" },
    { "set-redaction", "PFCC/012/2024", "--signed-by", "Robin Hughes" },
    { "set-redaction", "PFCC/012/2024", "--date", "01/05/2024" },
    { "set-redaction", "PFCC/012/2024", "--role", "Information Governance Officer" },
  };

  import_fixture (path, "label-variants.txt");
  assert_redaction (path, "PFCC/012/2024", FALSE, FALSE, NULL, NULL, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_auto(Run) run = { 0 };

      run_ddesk (&run, path, usage[i][0], usage[i][1], usage[i][2], usage[i][3], usage[i][4], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, "--help"));
    }

  {
    g_auto(Run) run = { 0 };

    /* Dates as people write them, stored as ISO. */
    run_ddesk (&run, path, "set-redaction", "PFCC/012/2024", "--decision-sheet", "yes",
               "--details", "Names of the young people", "--redaction-date", "30/04/2024", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, "Saved the redaction of PFCC/012/2024\n");
    assert_redaction (path, "PFCC/012/2024", TRUE, FALSE, "Names of the young people", "2024-04-30",
                      NULL, NULL);
  }

  {
    g_auto(Run) run = { 0 };

    /* Options not given stay as they are. */
    run_ddesk (&run, path, "set-redaction", "PFCC/012/2024", "--appendix", "yes", NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_redaction (path, "PFCC/012/2024", TRUE, TRUE, "Names of the young people", "2024-04-30",
                      NULL, NULL);
  }

  {
    g_auto(Run) run = { 0 };

    /* The store asks for the role; nothing of the command lands. */
    run_ddesk (&run, path, "set-redaction", "PFCC/012/2024", "--appendix", "no",
               "--signed-by", "Robin Hughes", "--date", "1 May 2024", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==, "ddesk: Redaction sign-off: the role is missing\n");
    assert_redaction (path, "PFCC/012/2024", TRUE, TRUE, "Names of the young people", "2024-04-30",
                      NULL, NULL);
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "set-redaction", "PFCC/012/2024", "--appendix", "no",
               "--signed-by", "Robin Hughes", "--role", "Information Governance Officer",
               "--date", "01/05/2024", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==,
                     "The redaction of PFCC/012/2024 is signed off by Robin Hughes on 2024-05-01\n");
    assert_redaction (path, "PFCC/012/2024", TRUE, FALSE, "Names of the young people", "2024-04-30",
                      "Robin Hughes, Information Governance Officer", "2024-05-01");
    g_assert_cmpuint (count_audit_entries (path, "PFCC/012/2024", "sign"), ==, 1);
  }

  {
    g_auto(Run) run = { 0 };

    /* Signed off: the redaction is fixed, and the store says so. */
    run_ddesk (&run, path, "set-redaction", "PFCC/012/2024", "--details", "More names", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==,
                     "ddesk: “Details of the redaction” cannot be changed in PFCC/012/2024: "
                     "the redaction is signed off; withdraw that sign-off first\n");
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "set-redaction", "PFCC/012/2024", "--signed-by", "Sam Taylor",
               "--role", "Chief Executive", "--date", "2024-05-02", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "already signed"));
    assert_redaction (path, "PFCC/012/2024", TRUE, FALSE, "Names of the young people", "2024-04-30",
                      "Robin Hughes, Information Governance Officer", "2024-05-01");
  }
}

static void
test_set_redaction_before_decision (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = make_database (dir);
  g_auto(Run) run = { 0 };

  {
    g_autoptr(DdContext) context = NULL;
    g_autoptr(DdReport) draft = NULL;
    g_autoptr(GError) error = NULL;

    context = dd_context_new (path, DD_DATABASE_FLAGS_MUST_EXIST, &error);
    g_assert_no_error (error);
    draft = dd_report_store_create (dd_context_get_report_store (context), "2023-02-23", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (dd_report_get_reference (draft), ==, "001-23");
  }

  /* The redaction is signed off after the decision, as in the app. */
  run_ddesk (&run, path, "set-redaction", "001-23", "--appendix", "yes", "--details", "Names",
             "--redaction-date", "2023-03-01", "--signed-by", "Robin Hughes",
             "--role", "Information Governance Officer", "--date", "2023-03-01", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==,
                   "ddesk: The redaction of 001-23 is signed off after the decision; "
                   "it is “Draft”\n");
  assert_redaction (path, "001-23", FALSE, FALSE, NULL, NULL, NULL, NULL);
}

/* export-pdf writes the same decision sheet as the app, and refuses a
 * publication copy of a report that is not for publication. */
static void
test_export_pdf (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *internal = g_build_filename (dir, "internal.pdf", NULL);
  g_autofree char *published = g_build_filename (dir, "published.pdf", NULL);
  g_autofree char *welsh = g_build_filename (dir, "welsh.pdf", NULL);
  g_autofree char *refused = g_build_filename (dir, "refused.pdf", NULL);

  import_fixture (path, "label-variants.txt");

  {
    g_auto(Run) run = { 0 };
    g_autofree char *contents = NULL;
    g_autofree char *expected = g_strconcat (internal, "\n", NULL);

    run_ddesk (&run, path, "export-pdf", "PFCC/012/2024", "-o", internal, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, expected);
    g_assert_true (g_str_has_prefix (run.err, "Wrote the internal copy of PFCC/012/2024: "));
    g_assert_true (g_file_get_contents (internal, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-1.5"));
  }

  {
    g_auto(Run) run = { 0 };

    /* The fixture is not for publication. */
    run_ddesk (&run, path, "export-pdf", "PFCC/012/2024", "-o", refused, "--publication", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "PFCC/012/2024 is not for publication"));
    g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
  }

  {
    g_auto(Run) run = { 0 };
    g_auto(Run) exported = { 0 };

    run_ddesk (&run, path, "set-publication", "PFCC/012/2024", "yes", "--marking", "OFFICIAL", NULL);
    g_assert_cmpint (run.status, ==, 0);
    run_ddesk (&exported, path, "export-pdf", "PFCC/012/2024", "--publication", "--output", published, NULL);
    g_assert_cmpint (exported.status, ==, 0);
    g_assert_true (g_str_has_prefix (exported.err, "Wrote the publication copy of PFCC/012/2024: "));
    g_assert_true (g_file_test (published, G_FILE_TEST_IS_REGULAR));
  }

  {
    g_auto(Run) run = { 0 };
    g_auto(Run) unknown = { 0 };

    run_ddesk (&run, path, "export-pdf", "PFCC/012/2024", "-o", welsh, "--language", "cy", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (welsh, G_FILE_TEST_IS_REGULAR));

    run_ddesk (&unknown, path, "export-pdf", "PFCC/012/2024", "-o", welsh, "--language", "xx", NULL);
    g_assert_cmpint (unknown.status, ==, 1);
    g_assert_nonnull (strstr (unknown.err, "“xx”"));
  }

  {
    g_auto(Run) no_output = { 0 };
    g_auto(Run) no_report = { 0 };

    run_ddesk (&no_output, path, "export-pdf", "PFCC/012/2024", NULL);
    g_assert_cmpint (no_output.status, ==, 2);
    g_assert_nonnull (strstr (no_output.err, "-o FILE"));

    run_ddesk (&no_report, path, "export-pdf", "999-99", "-o", refused, NULL);
    g_assert_cmpint (no_report.status, ==, 1);
    g_assert_nonnull (strstr (no_report.err, "999-99"));
  }
}

static JsonArray *
list_users_json (const char *path,
                 JsonNode  **root)
{
  g_auto(Run) run = { 0 };

  run_ddesk (&run, path, "list-users", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  *root = parse_json (run.out);
  return json_node_get_array (*root);
}

/* import-data, list-datasets and show-dataset: their JSON shapes, the
 * refused re-import and a marker as {"marker": ".."}. */
static void
test_datasets (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *database = make_database (dir);
  g_autofree char *csv = g_build_filename (dir, "offenders.csv", NULL);
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) imported = NULL;
  g_autoptr(JsonNode) listed = NULL;
  g_autoptr(JsonNode) shown = NULL;
  JsonObject *dataset, *table, *object;
  JsonArray *columns, *rows, *row;

  dd_test_write_file (csv,
                      "Offenders by region\n"
                      "\n"
                      "Year,Region,Offenders\n"
                      "2019,London,\"1,200 \"\n"
                      "2020,Wales [note 1],..\n", -1);

  run_ddesk (&run, database, "import-data", csv, "--platform", "nowhere", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  run_ddesk (&run, database, "import-data", csv, "--platform", "segmentation", "--downloaded", "20/11/2026",
             "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  imported = parse_json (run.out);
  run_clear (&run);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (imported), "tables")), ==, 1);
  table = json_array_get_object_element (json_object_get_array_member (json_node_get_object (imported), "tables"), 0);
  g_assert_cmpstr (json_object_get_string_member (table, "name"), ==, "Offenders by region");
  g_assert_cmpint (json_object_get_int_member (table, "header_row"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (table, "range"), ==, "A3:C5");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (table, "columns")), ==, 3);
  dataset = json_object_get_object_member (json_node_get_object (imported), "dataset");
  g_assert_cmpint (json_object_get_int_member (dataset, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (dataset, "name"), ==, "Offenders by region");
  g_assert_cmpint (json_object_get_int_member (dataset, "rows"), ==, 2);
  columns = json_object_get_array_member (dataset, "columns");
  g_assert_cmpuint (json_array_get_length (columns), ==, 3);
  object = json_array_get_object_element (columns, 2);
  g_assert_cmpstr (json_object_get_string_member (object, "name"), ==, "Offenders");
  g_assert_cmpstr (json_object_get_string_member (object, "type"), ==, "measure");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (columns, 0), "type"), ==, "period");

  /* Again: refused, unless asked. */
  run_ddesk (&run, database, "import-data", csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "already imported"));
  g_assert_nonnull (strstr (run.err, "--again"));
  run_clear (&run);
  run_ddesk (&run, database, "import-data", csv, "--again", "--name", "Second", "--header-row", "3", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Imported 2 rows as dataset 2 “Second”."));
  run_clear (&run);

  run_ddesk (&run, database, "list-datasets", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  listed = parse_json (run.out);
  run_clear (&run);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (listed)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      object = json_array_get_object_element (json_node_get_array (listed), i);
      if (json_object_get_int_member (object, "id") == 1)
        break;
    }
  g_assert_cmpint (json_object_get_int_member (object, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "file"), ==, "offenders.csv");
  g_assert_cmpuint (strlen (json_object_get_string_member (object, "sha256")), ==, 64);
  g_assert_cmpstr (json_object_get_string_member (object, "sheet"), ==, "offenders");
  g_assert_cmpint (json_object_get_int_member (object, "rows"), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "columns")), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (object, "platform"), ==, "segmentation");
  g_assert_cmpstr (json_object_get_string_member (object, "downloaded"), ==, "2026-11-20");
  g_assert_cmpstr (json_object_get_string_member (object, "classification"), ==, "OFFICIAL-SENSITIVE");
  g_assert_nonnull (json_object_get_string_member (object, "imported_at"));

  run_ddesk (&run, database, "show-dataset", "1", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  shown = parse_json (run.out);
  run_clear (&run);
  object = json_node_get_object (shown);
  g_assert_cmpint (json_object_get_int_member (object, "n_rows"), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "columns")), ==, 3);
  rows = json_object_get_array_member (object, "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, 2);
  row = json_array_get_array_element (rows, 0);
  g_assert_cmpstr (json_array_get_string_element (row, 0), ==, "2019");
  g_assert_cmpstr (json_array_get_string_element (row, 1), ==, "London");
  g_assert_cmpint (json_array_get_int_element (row, 2), ==, 1200);
  row = json_array_get_array_element (rows, 1);
  g_assert_cmpstr (json_array_get_string_element (row, 1), ==, "Wales");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (row, 2), "marker"), ==, "..");

  run_ddesk (&run, database, "show-dataset", "1", "--limit", "1", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&shown, json_node_unref);
  shown = parse_json (run.out);
  run_clear (&run);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (shown), "rows")), ==, 1);

  run_ddesk (&run, database, "show-dataset", "1", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Offenders by region"));
  g_assert_nonnull (strstr (run.out, "OFFICIAL-SENSITIVE"));
  g_assert_nonnull (strstr (run.out, "London"));
  run_clear (&run);

  run_ddesk (&run, database, "show-dataset", "9", NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);
  run_ddesk (&run, database, "show-dataset", "x", NULL);
  g_assert_cmpint (run.status, ==, 2);

  dd_test_remove_tree (dir);
}

static void
test_agreement_and_users (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "office.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "register.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "register.xlsx", NULL);
  g_autoptr(JsonNode) agreement = NULL;
  g_autoptr(JsonNode) users = NULL;
  g_autofree char *statement_hash = NULL;
  JsonObject *object, *jane;
  JsonArray *list;

  g_setenv ("DECISION_DESK_TODAY", "2023-03-01", TRUE);

  {
    g_auto(Run) run = { 0 };

    /* Nothing to sign yet (in a register with nobody in it). */
    run_ddesk (&run, path, "list-users", NULL);
    g_assert_cmpint (run.status, ==, 0);
    run_clear (&run);
    run_ddesk (&run, path, "sign-agreement", "--date", "2023-02-23", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "new-agreement"));
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "new-agreement", "--from-template", "--report", "039-23", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(Run) run = { 0 };

    /* One agreement at a time. */
    run_ddesk (&run, path, "new-agreement", "--from-template", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "already an agreement"));
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "sign-agreement", "--date", "2023-02-23", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "In force"));
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "sign-agreement", "--date", "2023-02-23", NULL);
    g_assert_cmpint (run.status, ==, 1);
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "show-agreement", "--json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    agreement = parse_json (run.out);
    object = json_node_get_object (agreement);
    g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "in_force");
    g_assert_cmpstr (json_object_get_string_member (object, "report_reference"), ==, "039-23");
    g_assert_cmpstr (json_object_get_string_member (object, "review_date"), ==, "2024-02-23");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "sections")), >=, 10);
    statement_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                    json_object_get_string_member (object, "statement"), -1);
  }

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "add-user", "--name", "Jane Doe", "--email", "jane.doe@pfcc.example.gov.uk",
               "--title", "Performance Analyst", "--platform", "hub", "--platform", "segmentation", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "add-user", "--name", "Kim Lee", "--email", "JANE.DOE@pfcc.example.gov.uk", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "Jane Doe"));
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "add-user", "--name", "Kim Lee", "--email", "kim@x", "--platform", "intranet", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "grant", "jane.doe@pfcc.example.gov.uk", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "Access cannot be granted: Jane Doe has not signed the User Access "
                                       "Statement for version 1"));
  }

  list = list_users_json (path, &users);
  g_assert_cmpuint (json_array_get_length (list), ==, 1);
  jane = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (jane, "name"), ==, "Jane Doe");
  g_assert_cmpstr (json_object_get_string_member (jane, "email"), ==, "jane.doe@pfcc.example.gov.uk");
  g_assert_cmpstr (json_object_get_string_member (jane, "status"), ==, "nominated");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (jane, "platforms")), ==, 2);
  g_assert_true (json_node_is_null (json_object_get_member (jane, "statement_signed")));
  g_assert_true (json_node_is_null (json_object_get_member (jane, "statement_version")));
  g_assert_true (json_node_is_null (json_object_get_member (jane, "review_due")));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (jane, "needs_attention"), 0),
                   ==, "unsigned");
  g_clear_pointer (&users, json_node_unref);

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "sign-statement", "jane.doe@pfcc.example.gov.uk", "--name", "Someone Else", NULL);
    g_assert_cmpint (run.status, ==, 1);
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "sign-statement", "jane.doe@pfcc.example.gov.uk", "--name", "Jane Doe", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "grant", "jane.doe@pfcc.example.gov.uk", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }

  list = list_users_json (path, &users);
  jane = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (jane, "status"), ==, "access_granted");
  g_assert_cmpstr (json_object_get_string_member (jane, "statement_signed"), ==, "2023-03-01");
  g_assert_cmpint (json_object_get_int_member (jane, "statement_version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (jane, "statement_sha256"), ==, statement_hash);
  g_assert_cmpstr (json_object_get_string_member (jane, "review_due"), ==, "2024-03-01");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (jane, "needs_attention")), ==, 0);
  g_clear_pointer (&users, json_node_unref);

  /* A year on, the review is overdue. */
  g_setenv ("DECISION_DESK_TODAY", "2024-03-02", TRUE);
  list = list_users_json (path, &users);
  jane = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (jane, "needs_attention"), 0),
                   ==, "review_overdue");
  g_clear_pointer (&users, json_node_unref);

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "revoke", "jane.doe@pfcc.example.gov.uk", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "revoke", "nobody@pfcc.example.gov.uk", "--reason", "Left", NULL);
    g_assert_cmpint (run.status, ==, 1);
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "revoke", "jane.doe@pfcc.example.gov.uk", "--reason", "Moved to another team", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  list = list_users_json (path, &users);
  jane = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (jane, "status"), ==, "revoked");
  g_assert_cmpstr (json_object_get_string_member (jane, "status_reason"), ==, "Moved to another team");

  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "export-users", "-o", pdf, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }
  {
    g_auto(Run) run = { 0 };

    run_ddesk (&run, path, "export-users", "-o", xlsx, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  }

  g_unsetenv ("DECISION_DESK_TODAY");
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
  g_test_add_func ("/cli/redact", test_redact);
  g_test_add_func ("/cli/redact-errors", test_redact_errors);
  g_test_add_func ("/cli/set-publication", test_set_publication);
  g_test_add_func ("/cli/set-redaction", test_set_redaction);
  g_test_add_func ("/cli/set-redaction-before-decision", test_set_redaction_before_decision);
  g_test_add_func ("/cli/export-pdf", test_export_pdf);
  g_test_add_func ("/cli/agreement-and-users", test_agreement_and_users);
  g_test_add_func ("/cli/datasets", test_datasets);

  return g_test_run ();
}
