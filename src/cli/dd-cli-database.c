/* dd-cli-database.c: `ddesk backup` and `ddesk check`
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-cli.h"

static int
run_backup (const DdCliOptions  *options,
            int                  argc,
            char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autofree char *destination_path = NULL;
  int exit_code;

  if (!dd_cli_parse_options (&dd_cli_backup_command, NULL, &argc, &argv, &exit_code))
    return exit_code;

  if (argc != 2)
    return dd_cli_usage_error ("backup", argc < 2 ? _("Say which file to back up to")
                                                  : _("Give exactly one file to back up to"));

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_MUST_EXIST, &error)))
    return dd_cli_fail (error);

  destination = g_file_new_for_commandline_arg (argv[1]);
  destination_path = g_file_get_path (destination);

  if (!dd_context_backup (context, destination_path, NULL, &error))
    return dd_cli_fail (error);

  {
    g_autofree char *from = g_filename_display_name (dd_database_get_path (dd_context_get_database (context)));
    g_autofree char *to = g_filename_display_name (destination_path);

    /* Translators: the first %s is the database, the second the backup */
    g_print (_("Backed up %s to %s"), from, to);
    g_print ("\n");
  }

  return DD_CLI_EXIT_OK;
}

static int
run_check (const DdCliOptions  *options,
           int                  argc,
           char               **argv)
{
  g_autoptr(DdDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) problems = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *display = NULL;
  gboolean json = FALSE;
  const char *path;
  int version;
  int latest;
  int exit_code;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the result as JSON"), NULL },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_check_command, entries, &argc, &argv, &exit_code))
    return exit_code;

  if (argc != 1)
    return dd_cli_usage_error ("check", _("“check” takes no arguments"));

  path = options->database_path;
  if (path == NULL)
    path = default_path = dd_database_dup_default_path ();

  /* Look, never touch: no upgrade, no write. */
  database = dd_database_new (path,
                              DD_DATABASE_FLAGS_MUST_EXIST | DD_DATABASE_FLAGS_READ_ONLY,
                              NULL, &error);
  if (database == NULL)
    return dd_cli_fail (error);

  if (!(problems = dd_database_check_integrity (database, NULL, &error)))
    return dd_cli_fail (error);

  version = dd_database_get_schema_version (database);
  latest = dd_database_get_latest_schema_version ();
  display = g_filename_display_name (path);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "database");
      json_builder_add_string_value (builder, display);
      json_builder_set_member_name (builder, "schema_version");
      json_builder_add_int_value (builder, version);
      json_builder_set_member_name (builder, "latest_schema_version");
      json_builder_add_int_value (builder, latest);
      json_builder_set_member_name (builder, "integrity");
      json_builder_add_string_value (builder, problems[0] == NULL ? "ok" : "damaged");
      json_builder_set_member_name (builder, "problems");
      json_builder_begin_array (builder);
      for (guint i = 0; problems[i] != NULL; i++)
        json_builder_add_string_value (builder, problems[i]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      dd_cli_print_json (root);
    }
  else
    {
      g_print (_("Database: %s"), display);
      g_print ("\n");

      if (version < latest)
        /* Translators: schema versions; the app upgrades on opening */
        g_print (_("Schema version: %d (Decision Desk will upgrade it to %d when it next opens it)"),
                 version, latest);
      else
        g_print (_("Schema version: %d (current)"), version);
      g_print ("\n");

      if (problems[0] == NULL)
        g_print (_("Integrity: ok"));
      else
        g_print (_("Integrity: damaged"));
      g_print ("\n");

      for (guint i = 0; problems[i] != NULL; i++)
        g_print ("  %s\n", problems[i]);
    }

  return problems[0] == NULL ? DD_CLI_EXIT_OK : DD_CLI_EXIT_FAILED;
}

const DdCliCommand dd_cli_backup_command = {
  "backup", N_("FILE"),
  N_("Copy the database, while in use, to FILE and check the copy"),
  run_backup,
};

const DdCliCommand dd_cli_check_command = {
  "check", NULL,
  N_("Check the database’s integrity and report its schema version"),
  run_check,
};
