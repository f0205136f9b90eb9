/* ddesk.c: the command-line tool
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Thin by design: it parses the command line and calls the core, the
 * same library the app uses, so both always agree.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "dd-cli.h"

static const DdCliCommand *commands[] = {
  &dd_cli_list_reports_command,
  &dd_cli_show_report_command,
  &dd_cli_search_command,
  &dd_cli_import_report_command,
  &dd_cli_redact_command,
  &dd_cli_unredact_command,
  &dd_cli_set_publication_command,
  &dd_cli_set_redaction_command,
  &dd_cli_export_pdf_command,
  &dd_cli_new_agreement_command,
  &dd_cli_show_agreement_command,
  &dd_cli_sign_agreement_command,
  &dd_cli_export_agreement_command,
  &dd_cli_list_users_command,
  &dd_cli_add_user_command,
  &dd_cli_sign_statement_command,
  &dd_cli_request_access_command,
  &dd_cli_grant_command,
  &dd_cli_review_command,
  &dd_cli_suspend_command,
  &dd_cli_reinstate_command,
  &dd_cli_revoke_command,
  &dd_cli_record_leaving_command,
  &dd_cli_export_users_command,
  &dd_cli_import_data_command,
  &dd_cli_list_datasets_command,
  &dd_cli_show_dataset_command,
  &dd_cli_backup_command,
  &dd_cli_check_command,
};

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *usage = g_strjoin (" ", commands[i]->name,
                                          commands[i]->parameters ? _(commands[i]->parameters) : NULL,
                                          NULL);

      /* Padded by characters, not bytes: "WORDS…" and Welsh have
       * letters of more than one byte. A usage too long for the column
       * has its summary on the next line. */
      glong width = g_utf8_strlen (usage, -1);

      if (width > 22)
        g_string_append_printf (text, "\n  %s\n  %22s %s", usage, "", _(commands[i]->summary));
      else
        g_string_append_printf (text, "\n  %s%*s %s", usage, (int) (22 - width), "",
                                _(commands[i]->summary));
    }

  g_string_append_c (text, '\n');
  g_string_append (text, _("Run “ddesk COMMAND --help” for the options of a command."));

  return g_string_free (text, FALSE);
}

int
dd_cli_fail (const GError *error)
{
  g_printerr ("ddesk: %s\n", error->message);
  return DD_CLI_EXIT_FAILED;
}

int
dd_cli_usage_error (const char *command,
                    const char *message)
{
  g_autofree char *program = command != NULL ? g_strconcat ("ddesk ", command, NULL)
                                              : g_strdup ("ddesk");

  g_printerr ("%s: %s\n", program, message);
  /* Translators: %s is "ddesk" or "ddesk COMMAND" */
  g_printerr (_("Run “%s --help” for usage."), program);
  g_printerr ("\n");

  return DD_CLI_EXIT_USAGE;
}

/* Parses a command's own options; on a bad command line, says why and
 * sets @exit_code to the usage error. */
gboolean
dd_cli_parse_options (const DdCliCommand  *command,
                      const GOptionEntry  *entries,
                      int                 *argc,
                      char              ***argv,
                      int                 *exit_code)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parameters = g_strdup_printf ("%s %s", command->name,
                                                 command->parameters ? _(command->parameters) : "");

  context = g_option_context_new (parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *exit_code = dd_cli_usage_error (command->name, error->message);
      return FALSE;
    }

  return TRUE;
}

void
dd_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* A date as people write it ("23/02/2023", "23 February 2023") or ISO,
 * as ISO; "" stays "" (the option clears the field). On anything else,
 * says so and sets @exit_code to the usage error. */
char *
dd_cli_parse_date_option (const char *command,
                          const char *option,
                          const char *text,
                          int        *exit_code)
{
  g_autofree char *message = NULL;
  GDate date;

  if (*text == '\0')
    return g_strdup ("");

  g_date_clear (&date, 1);
  if (dd_date_parse (text, &date))
    return dd_date_to_iso (&date);

  /* Translators: the first %s is an option, e.g. --date; keep the example
   * dates as they are */
  message = g_strdup_printf (_("%s “%s” is not a date; write dates as 23/02/2023 or 2023-02-23"),
                             option, text);
  *exit_code = dd_cli_usage_error (command, message);

  return NULL;
}

/* A member whose value is a string, or null when it is empty. */
void
dd_cli_json_add_string_or_null (JsonBuilder *builder,
                                const char  *member,
                                const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL && *value != '\0')
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* "platforms": ["hub", "segmentation"], as the commands read them. */
void
dd_cli_json_add_platforms (JsonBuilder *builder,
                           DdPlatforms  platforms)
{
  json_builder_set_member_name (builder, "platforms");
  json_builder_begin_array (builder);
  for (DdPlatforms p = DD_PLATFORMS_HUB; p <= DD_PLATFORMS_SEGMENTATION; p <<= 1)
    if (platforms & p)
      json_builder_add_string_value (builder, dd_platform_get_nick (p));
  json_builder_end_array (builder);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *database_path = NULL;
  g_autofree char *commands_text = NULL;
  g_autoptr(GFile) database_file = NULL;
  gboolean version = FALSE;
  DdCliOptions options = { NULL };
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database_path,
      N_("Use the database at PATH instead of the usual one"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and quit"), NULL },
    { NULL }
  };

  dd_i18n_init ();
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Work with a Decision Desk database from scripts."));
  commands_text = describe_commands ();
  g_option_context_set_description (context, commands_text);
  /* Options after the command belong to the command. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return dd_cli_usage_error (NULL, error->message);

  if (version)
    {
      g_print ("ddesk (Decision Desk) %s\n", PACKAGE_VERSION);
      return DD_CLI_EXIT_OK;
    }

  if (argc < 2)
    return dd_cli_usage_error (NULL, _("No command given"));

  if (database_path != NULL)
    {
      database_file = g_file_new_for_commandline_arg (database_path);
      g_free (database_path);
      database_path = g_file_get_path (database_file);
    }
  options.database_path = database_path;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i]->name))
      return commands[i]->run (&options, argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), argv[1]);

    return dd_cli_usage_error (NULL, message);
  }
}
