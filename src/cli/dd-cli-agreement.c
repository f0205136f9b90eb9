/* dd-cli-agreement.c: the commands of `ddesk` for the data-sharing
 * agreement
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `new-agreement`, `sign-agreement`, `show-agreement` and
 * `export-agreement`. DdAgreementStore applies the rules (one agreement at
 * a time, signing freezes a version, dates in order); what it refuses is
 * its own message on stderr, and exit code 1.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-cli.h"
#include "export/dd-agreement-document.h"

static DdAgreement *
current_agreement (DdContext  *context,
                   GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  DdAgreement *agreement;

  agreement = dd_agreement_store_get_current (dd_context_get_agreement_store (context), &local_error);
  if (agreement == NULL && local_error == NULL)
    g_set_error (&local_error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_NOT_FOUND,
                 _("There is no agreement yet; make one with “ddesk new-agreement --from-template”."));
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return agreement;
}

static int
run_new_agreement (const DdCliOptions  *options,
                   int                  argc,
                   char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdAgreement) draft = NULL;
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *title = NULL;
  gboolean from_template = FALSE;
  int exit_code;
  const GOptionEntry entries[] = {
    { "from-template", 0, 0, G_OPTION_ARG_NONE, &from_template,
      N_("Start from the ready-made HMPPS data-sharing agreement"), NULL },
    { "report", 0, 0, G_OPTION_ARG_STRING, &report,
      N_("The reference of the decision report that approved it"), N_("REFERENCE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Its title"), N_("TEXT") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_new_agreement_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 1)
    return dd_cli_usage_error ("new-agreement", _("This command takes no arguments"));

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_NONE, &error)))
    return dd_cli_fail (error);

  if (from_template)
    draft = dd_agreement_new_from_template (&error);
  else
    draft = dd_agreement_new ();
  if (draft == NULL)
    return dd_cli_fail (error);
  if (report != NULL)
    dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_REPORT_REFERENCE, report);
  if (title != NULL)
    dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_TITLE, title);

  if (!(stored = dd_agreement_store_create (dd_context_get_agreement_store (context), draft, &error)))
    return dd_cli_fail (error);

  if (from_template)
    g_print (_("Made a draft of the agreement (version 1) from the HMPPS template.\n"));
  else
    g_print (_("Made an empty draft of the agreement (version 1).\n"));
  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_new_agreement_command = {
  "new-agreement", NULL,
  N_("Make a draft data-sharing agreement"),
  run_new_agreement,
};

static int
run_sign_agreement (const DdCliOptions  *options,
                    int                  argc,
                    char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *iso = NULL;
  int exit_code;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The date it was signed (today otherwise)"), N_("DATE") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_sign_agreement_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 1)
    return dd_cli_usage_error ("sign-agreement", _("This command takes no arguments"));
  if (date == NULL)
    iso = dd_date_dup_today_iso ();
  else if (!(iso = dd_cli_parse_date_option ("sign-agreement", "--date", date, &exit_code)))
    return exit_code;

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_MUST_EXIST, &error)) ||
      !(agreement = current_agreement (context, &error)))
    return dd_cli_fail (error);

  if (dd_agreement_get_frozen (agreement))
    {
      g_printerr ("ddesk: ");
      g_printerr (_("There is no draft to sign: version %u is signed already."),
                  dd_agreement_get_version (agreement));
      g_printerr ("\n");
      return DD_CLI_EXIT_FAILED;
    }

  if (!dd_agreement_store_sign (dd_context_get_agreement_store (context), agreement, iso, &error))
    return dd_cli_fail (error);

  g_print (_("Signed version %u of the agreement on %s; it is “%s”.\n"),
           dd_agreement_get_version (agreement), iso,
           dd_agreement_status_get_label (dd_agreement_get_status (agreement)));
  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_sign_agreement_command = {
  "sign-agreement", NULL,
  N_("Sign the draft agreement and put it in force"),
  run_sign_agreement,
};

static char *
json_member_name (const char *property)
{
  g_autofree char *name = g_strdup (property);

  g_strdelimit (name, "-", '_');
  return g_steal_pointer (&name);
}

static JsonNode *
agreement_to_json (DdAgreement *agreement,
                   GListModel  *versions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *today = dd_date_dup_today_iso ();
  GListModel *sections = dd_agreement_get_sections (agreement);
  int days;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, dd_agreement_get_version (agreement));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, dd_agreement_status_get_nick (dd_agreement_get_status (agreement)));
  json_builder_set_member_name (builder, "signed");
  json_builder_add_boolean_value (builder, dd_agreement_get_frozen (agreement));
  json_builder_set_member_name (builder, "in_force");
  json_builder_add_boolean_value (builder, dd_agreement_get_in_force (agreement));
  for (DdAgreementField f = 0; f < DD_AGREEMENT_N_FIELDS; f++)
    {
      g_autofree char *member = json_member_name (dd_agreement_field_get_name (f));
      dd_cli_json_add_string_or_null (builder, member, dd_agreement_get_field (agreement, f));
    }
  dd_cli_json_add_platforms (builder, dd_agreement_get_platforms (agreement));

  days = dd_agreement_get_days_to_review (agreement, today);
  json_builder_set_member_name (builder, "days_to_review");
  if (days == G_MAXINT)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, days);
  dd_cli_json_add_string_or_null (builder, "terminated_date", dd_agreement_get_terminated_date (agreement));
  dd_cli_json_add_string_or_null (builder, "termination_reason", dd_agreement_get_termination_reason (agreement));

  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(DdAgreementSection) section = g_list_model_get_item (sections, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_int_value (builder, i + 1);
      json_builder_set_member_name (builder, "heading");
      json_builder_add_string_value (builder, dd_agreement_section_get_heading (section));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, dd_agreement_section_get_text (section));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "versions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(DdAgreement) version = g_list_model_get_item (versions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "version");
      json_builder_add_int_value (builder, dd_agreement_get_version (version));
      json_builder_set_member_name (builder, "signed");
      json_builder_add_boolean_value (builder, dd_agreement_get_frozen (version));
      json_builder_set_member_name (builder, "in_force");
      json_builder_add_boolean_value (builder, dd_agreement_get_in_force (version));
      dd_cli_json_add_string_or_null (builder, "date_signed",
                                      dd_agreement_get_field (version, DD_AGREEMENT_FIELD_DATE_SIGNED));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_text (const char *label,
            const char *value)
{
  if (value != NULL && *value != '\0')
    g_print ("%s: %s\n", label, value);
}

static void
print_agreement (DdAgreement *agreement)
{
  g_autofree char *name = dd_agreement_dup_display_name (agreement);
  g_autofree char *platforms = dd_platforms_to_string (dd_agreement_get_platforms (agreement));
  GListModel *sections = dd_agreement_get_sections (agreement);

  g_print ("%s\n", name);
  print_text (_("Status"), dd_agreement_status_get_label (dd_agreement_get_status (agreement)));
  print_text (_("Platforms"), platforms);
  for (DdAgreementField f = 0; f < DD_AGREEMENT_N_FIELDS; f++)
    if (!dd_agreement_field_is_multiline (f) && f != DD_AGREEMENT_FIELD_TITLE)
      print_text (dd_agreement_field_get_label (f), dd_agreement_get_field (agreement, f));
  for (DdAgreementField f = 0; f < DD_AGREEMENT_N_FIELDS; f++)
    if (dd_agreement_field_is_multiline (f) && f != DD_AGREEMENT_FIELD_STATEMENT &&
        *dd_agreement_get_field (agreement, f) != '\0')
      g_print ("\n%s\n%s\n", dd_agreement_field_get_label (f), dd_agreement_get_field (agreement, f));
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(DdAgreementSection) section = g_list_model_get_item (sections, i);

      g_print ("\n%u. %s\n%s\n", i + 1, dd_agreement_section_get_heading (section),
               dd_agreement_section_get_text (section));
    }
  g_print ("\n%s\n%s\n", dd_agreement_field_get_label (DD_AGREEMENT_FIELD_STATEMENT),
           dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_STATEMENT));
}

static int
run_show_agreement (const DdCliOptions  *options,
                    int                  argc,
                    char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdAgreement) agreement = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  int version = 0;
  int exit_code;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "version", 0, 0, G_OPTION_ARG_INT, &version, N_("Show version N (the newest otherwise)"), N_("N") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_show_agreement_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 1)
    return dd_cli_usage_error ("show-agreement", _("This command takes no arguments"));

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_MUST_EXIST, &error)) ||
      !(agreement = current_agreement (context, &error)) ||
      !(versions = dd_agreement_store_list_versions (dd_context_get_agreement_store (context),
                                                     dd_agreement_get_id (agreement), &error)))
    return dd_cli_fail (error);

  if (version != 0)
    {
      g_clear_object (&agreement);
      for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
        {
          g_autoptr(DdAgreement) candidate = g_list_model_get_item (versions, i);

          if ((int) dd_agreement_get_version (candidate) == version)
            agreement = g_steal_pointer (&candidate);
        }
      if (agreement == NULL)
        {
          g_printerr ("ddesk: ");
          g_printerr (_("The agreement has no version %d."), version);
          g_printerr ("\n");
          return DD_CLI_EXIT_FAILED;
        }
    }

  if (json)
    {
      g_autoptr(JsonNode) root = agreement_to_json (agreement, versions);
      dd_cli_print_json (root);
    }
  else
    print_agreement (agreement);

  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_show_agreement_command = {
  "show-agreement", NULL,
  N_("Show the data-sharing agreement"),
  run_show_agreement,
};

static int
run_export_agreement (const DdCliOptions  *options,
                      int                  argc,
                      char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdAgreement) agreement = NULL;
  g_autoptr(DdCatalog) catalog = NULL;
  g_autoptr(DdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autofree char *path = NULL;
  int exit_code;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the document, such as en or cy (the office’s setting otherwise)"), N_("LANGUAGE") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_export_agreement_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 1)
    return dd_cli_usage_error ("export-agreement", _("This command takes no arguments"));
  if (output == NULL || *output == '\0')
    return dd_cli_usage_error ("export-agreement", _("Say where to write the PDF with -o FILE"));

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_MUST_EXIST, &error)) ||
      !(agreement = current_agreement (context, &error)))
    return dd_cli_fail (error);

  if (language == NULL)
    language = g_strdup (dd_office_settings_get_document_language (dd_context_get_office_settings (context)));
  path = g_canonicalize_filename (output, NULL);
  if (!(catalog = dd_catalog_new (language, &error)) ||
      !(document = dd_agreement_document_build (agreement, catalog, &error)) ||
      !dd_document_write_pdf (document, path, NULL, NULL, NULL, &error))
    return dd_cli_fail (error);

  g_print ("%s\n", path);
  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_export_agreement_command = {
  "export-agreement", N_("-o FILE"),
  N_("Write the data-sharing agreement as a PDF"),
  run_export_agreement,
};
