/* dd-cli-users.c: the commands of `ddesk` for the register of Designated
 * Users
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `list-users`, `add-user`, `export-users`, and one command for each step
 * of a user's access (`sign-statement`, `request-access`, `grant`,
 * `review`, `suspend`, `reinstate`, `revoke`, `record-leaving`). Users are
 * named by their email address. DdUserRegister applies the rules; what it
 * refuses is its own message on stderr, and exit code 1.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-cli.h"
#include "export/dd-register-document.h"

static void
add_user_json (JsonBuilder      *builder,
               DdDesignatedUser *user)
{
  DdAttention attention = dd_designated_user_get_attention (user);
  DdUserRoles roles = dd_designated_user_get_roles (user);
  static const struct { DdUserRoles role; const char *nick; } role_nicks[] = {
    { DD_USER_ROLES_DESIGNATED_USER, "designated_user" },
    { DD_USER_ROLES_BAU_CONTACT, "bau_contact" },
    { DD_USER_ROLES_SRO, "sro" },
  };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, dd_designated_user_get_full_name (user));
  json_builder_set_member_name (builder, "email");
  json_builder_add_string_value (builder, dd_designated_user_get_email (user));
  dd_cli_json_add_string_or_null (builder, "job_title",
                                  dd_designated_user_get_field (user, DD_USER_FIELD_JOB_TITLE));
  dd_cli_json_add_string_or_null (builder, "organisation",
                                  dd_designated_user_get_field (user, DD_USER_FIELD_ORGANISATION));
  dd_cli_json_add_string_or_null (builder, "nominated_by",
                                  dd_designated_user_get_field (user, DD_USER_FIELD_NOMINATED_BY));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, dd_user_status_get_nick (dd_designated_user_get_status (user)));
  dd_cli_json_add_string_or_null (builder, "status_date", dd_designated_user_get_status_date (user));
  dd_cli_json_add_string_or_null (builder, "status_reason", dd_designated_user_get_status_reason (user));
  dd_cli_json_add_platforms (builder, dd_designated_user_get_platforms (user));
  json_builder_set_member_name (builder, "roles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (role_nicks); i++)
    if (roles & role_nicks[i].role)
      json_builder_add_string_value (builder, role_nicks[i].nick);
  json_builder_end_array (builder);
  dd_cli_json_add_string_or_null (builder, "statement_signed", dd_designated_user_get_statement_signed_date (user));
  dd_cli_json_add_string_or_null (builder, "statement_signed_at", dd_designated_user_get_statement_signed_at (user));
  json_builder_set_member_name (builder, "statement_version");
  if (dd_designated_user_get_statement_version (user) > 0)
    json_builder_add_int_value (builder, dd_designated_user_get_statement_version (user));
  else
    json_builder_add_null_value (builder);
  dd_cli_json_add_string_or_null (builder, "statement_sha256", dd_designated_user_get_statement_sha256 (user));
  dd_cli_json_add_string_or_null (builder, "access_granted", dd_designated_user_get_access_granted_date (user));
  dd_cli_json_add_string_or_null (builder, "last_review", dd_designated_user_get_last_review_date (user));
  dd_cli_json_add_string_or_null (builder, "review_due", dd_designated_user_get_review_due (user));
  dd_cli_json_add_string_or_null (builder, "left", dd_designated_user_get_left_date (user));
  json_builder_set_member_name (builder, "access_at_risk");
  json_builder_add_boolean_value (builder, dd_designated_user_get_access_at_risk (user));
  json_builder_set_member_name (builder, "needs_attention");
  json_builder_begin_array (builder);
  for (DdAttention a = DD_ATTENTION_UNSIGNED; a <= DD_ATTENTION_GRANTED_AFTER_LEAVING; a <<= 1)
    if (attention & a)
      json_builder_add_string_value (builder, dd_attention_get_nick (a));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static int
run_list_users (const DdCliOptions  *options,
                int                  argc,
                char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GListModel) users = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE, attention = FALSE;
  DdUserFilter filter = { NULL, FALSE, -1 };
  int exit_code;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "needs-attention", 0, 0, G_OPTION_ARG_NONE, &attention,
      N_("Only users who need attention"), NULL },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_list_users_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 2)
    return dd_cli_usage_error ("list-users", _("Give at most one word to search for"));
  filter.search = argc == 2 ? argv[1] : NULL;
  filter.needs_attention = attention;

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_NONE, &error)) ||
      !(users = dd_user_register_list (dd_context_get_user_register (context), &filter, &error)))
    return dd_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (users); i++)
        {
          g_autoptr(DdDesignatedUser) user = g_list_model_get_item (users, i);
          add_user_json (builder, user);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      dd_cli_print_json (root);
      return DD_CLI_EXIT_OK;
    }

  for (guint i = 0; i < g_list_model_get_n_items (users); i++)
    {
      g_autoptr(DdDesignatedUser) user = g_list_model_get_item (users, i);
      DdAttention reasons = dd_designated_user_get_attention (user);

      g_print ("%s <%s>\t%s", dd_designated_user_get_full_name (user), dd_designated_user_get_email (user),
               dd_user_status_get_label (dd_designated_user_get_status (user)));
      for (DdAttention a = DD_ATTENTION_UNSIGNED; a <= DD_ATTENTION_GRANTED_AFTER_LEAVING; a <<= 1)
        if (reasons & a)
          g_print ("\t⚠ %s", dd_attention_get_label (a));
      g_print ("\n");
    }
  if (g_list_model_get_n_items (users) == 0)
    g_printerr ("%s\n", attention ? _("Nobody needs attention.") : _("There are no users in the register."));

  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_list_users_command = {
  "list-users", N_("[WORD]"),
  N_("List the Designated Users"),
  run_list_users,
};

static gboolean
parse_platforms (char        **names,
                 DdPlatforms  *platforms,
                 int          *exit_code)
{
  *platforms = DD_PLATFORMS_NONE;
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (names[i], "hub") == 0)
        *platforms |= DD_PLATFORMS_HUB;
      else if (g_ascii_strcasecmp (names[i], "segmentation") == 0)
        *platforms |= DD_PLATFORMS_SEGMENTATION;
      else
        {
          /* Translators: keep hub and segmentation in English: the command reads them */
          g_autofree char *message = g_strdup_printf (_("--platform “%s”: say hub or segmentation"), names[i]);
          *exit_code = dd_cli_usage_error ("add-user", message);
          return FALSE;
        }
    }
  return TRUE;
}

static int
run_add_user (const DdCliOptions  *options,
              int                  argc,
              char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdDesignatedUser) user = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *title = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *nominated_by = NULL;
  g_autofree char *date = NULL;
  g_autofree char *iso = NULL;
  g_auto(GStrv) platform_names = NULL;
  DdPlatforms platforms;
  int exit_code;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("Their full name"), N_("NAME") },
    { "email", 0, 0, G_OPTION_ARG_STRING, &email, N_("Their email address"), N_("EMAIL") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Their job title"), N_("TEXT") },
    { "organisation", 0, 0, G_OPTION_ARG_STRING, &organisation, N_("Their organisation"), N_("TEXT") },
    { "platform", 0, 0, G_OPTION_ARG_STRING_ARRAY, &platform_names,
      N_("A platform they may use: hub or segmentation (repeat for both)"), N_("PLATFORM") },
    { "nominated-by", 0, 0, G_OPTION_ARG_STRING, &nominated_by,
      N_("The reference of the decision that nominated them"), N_("REFERENCE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The date they were nominated (today otherwise)"), N_("DATE") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_add_user_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 1)
    return dd_cli_usage_error ("add-user", _("Give the user with --name and --email"));
  if (name == NULL || email == NULL)
    return dd_cli_usage_error ("add-user", _("Give the user’s --name and --email"));
  if (!parse_platforms (platform_names, &platforms, &exit_code))
    return exit_code;
  if (date != NULL && !(iso = dd_cli_parse_date_option ("add-user", "--date", date, &exit_code)))
    return exit_code;

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_NONE, &error)))
    return dd_cli_fail (error);

  user = dd_designated_user_new (name, email);
  dd_designated_user_set_field (user, DD_USER_FIELD_JOB_TITLE, title);
  dd_designated_user_set_field (user, DD_USER_FIELD_ORGANISATION, organisation);
  dd_designated_user_set_field (user, DD_USER_FIELD_NOMINATED_BY, nominated_by);
  dd_designated_user_set_platforms (user, platforms);
  if (!dd_user_register_add (dd_context_get_user_register (context), user, iso, &error))
    return dd_cli_fail (error);

  g_print (_("Added %s <%s> to the register as nominated.\n"),
           dd_designated_user_get_full_name (user), dd_designated_user_get_email (user));
  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_add_user_command = {
  "add-user", N_("--name NAME --email EMAIL"),
  N_("Add a Designated User to the register"),
  run_add_user,
};

/* What one step of a user's access needs from the command line. */
typedef enum
{
  STEP_SIGN,
  STEP_REQUEST,
  STEP_GRANT,
  STEP_REVIEW,
  STEP_SUSPEND,
  STEP_REINSTATE,
  STEP_REVOKE,
  STEP_LEAVE,
} Step;

static int
run_step (const DdCliCommand  *command,
          Step                 step,
          const DdCliOptions  *options,
          int                  argc,
          char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdDesignatedUser) user = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *date = NULL;
  g_autofree char *iso = NULL;
  DdUserRegister *users;
  gboolean ok = FALSE;
  int exit_code;
  GOptionEntry entries[4] = { { NULL } };
  guint n = 0;

  if (step == STEP_SIGN)
    entries[n++] = (GOptionEntry) { "name", 0, 0, G_OPTION_ARG_STRING, &name,
                                    N_("The full name the user types as their signature"), N_("NAME") };
  else
    entries[n++] = (GOptionEntry) { "date", 0, 0, G_OPTION_ARG_STRING, &date,
                                    N_("The date of the step (today otherwise)"), N_("DATE") };
  if (step == STEP_SUSPEND || step == STEP_REVOKE)
    entries[n++] = (GOptionEntry) { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why"), N_("TEXT") };
  if (step == STEP_REVIEW)
    entries[n++] = (GOptionEntry) { "notes", 0, 0, G_OPTION_ARG_STRING, &notes,
                                    N_("What the review found"), N_("TEXT") };

  if (!dd_cli_parse_options (command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return dd_cli_usage_error (command->name, _("Give the email address of one user"));
  if (step == STEP_SIGN && name == NULL)
    return dd_cli_usage_error (command->name, _("Give the full name typed as the signature with --name"));
  if ((step == STEP_SUSPEND || step == STEP_REVOKE) && reason == NULL)
    return dd_cli_usage_error (command->name, _("Give the reason with --reason"));
  if (date != NULL)
    {
      if (!(iso = dd_cli_parse_date_option (command->name, "--date", date, &exit_code)))
        return exit_code;
    }
  else
    iso = dd_date_dup_today_iso ();

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_MUST_EXIST, &error)))
    return dd_cli_fail (error);
  users = dd_context_get_user_register (context);
  if (!(user = dd_user_register_find_by_email (users, argv[1], &error)))
    return dd_cli_fail (error);

  switch (step)
    {
    case STEP_SIGN:
      /* Running the command with the name typed is the confirmation:
       * `ddesk show-agreement` prints the statement in full. */
      ok = dd_user_register_sign_statement (users, user, name, TRUE, &error);
      break;
    case STEP_REQUEST:
      ok = dd_user_register_request_access (users, user, iso, &error);
      break;
    case STEP_GRANT:
      ok = dd_user_register_grant (users, user, iso, &error);
      break;
    case STEP_REVIEW:
      ok = dd_user_register_review (users, user, iso, notes, &error);
      break;
    case STEP_SUSPEND:
      ok = dd_user_register_suspend (users, user, iso, reason, &error);
      break;
    case STEP_REINSTATE:
      ok = dd_user_register_reinstate (users, user, iso, &error);
      break;
    case STEP_REVOKE:
      ok = dd_user_register_revoke (users, user, iso, reason, &error);
      break;
    case STEP_LEAVE:
      ok = dd_user_register_record_leaving (users, user, iso, &error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    return dd_cli_fail (error);

  if (step == STEP_SIGN)
    g_print (_("%s signed the User Access Statement for version %u (SHA-256 %s).\n"),
             dd_designated_user_get_full_name (user), dd_designated_user_get_statement_version (user),
             dd_designated_user_get_statement_sha256 (user));
  else
    /* Translators: "Jane Doe: Access granted" */
    g_print (_("%s: %s\n"), dd_designated_user_get_full_name (user),
             dd_user_status_get_label (dd_designated_user_get_status (user)));
  return DD_CLI_EXIT_OK;
}

#define STEP_COMMAND(ident, step, name, parameters, summary) \
  static int \
  run_##ident (const DdCliOptions *options, \
               int                 argc, \
               char              **argv) \
  { \
    return run_step (&dd_cli_##ident##_command, step, options, argc, argv); \
  } \
  const DdCliCommand dd_cli_##ident##_command = { name, parameters, summary, run_##ident };

STEP_COMMAND (sign_statement, STEP_SIGN, "sign-statement", N_("EMAIL --name NAME"),
              N_("Record a user’s signature of the User Access Statement"))
STEP_COMMAND (request_access, STEP_REQUEST, "request-access", N_("EMAIL"),
              N_("Record that access was asked for a user"))
STEP_COMMAND (grant, STEP_GRANT, "grant", N_("EMAIL"),
              N_("Record that a user was granted access"))
STEP_COMMAND (review, STEP_REVIEW, "review", N_("EMAIL"),
              N_("Record the annual review of a user’s access"))
STEP_COMMAND (suspend, STEP_SUSPEND, "suspend", N_("EMAIL --reason TEXT"),
              N_("Suspend a user’s access"))
STEP_COMMAND (reinstate, STEP_REINSTATE, "reinstate", N_("EMAIL"),
              N_("Give a suspended user their access back"))
STEP_COMMAND (revoke, STEP_REVOKE, "revoke", N_("EMAIL --reason TEXT"),
              N_("Revoke a user’s access"))
STEP_COMMAND (record_leaving, STEP_LEAVE, "record-leaving", N_("EMAIL"),
              N_("Record that a user left the organisation"))

#undef STEP_COMMAND

static int
run_export_users (const DdCliOptions  *options,
                  int                  argc,
                  char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GListModel) users = NULL;
  g_autoptr(DdAgreement) in_force = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autofree char *path = NULL;
  g_autofree char *today = dd_date_dup_today_iso ();
  int exit_code;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the register to FILE: a PDF, or a spreadsheet if FILE ends in .xlsx"), N_("FILE") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the document, such as en or cy (the office’s setting otherwise)"), N_("LANGUAGE") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_export_users_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 1)
    return dd_cli_usage_error ("export-users", _("This command takes no arguments"));
  if (output == NULL || *output == '\0')
    return dd_cli_usage_error ("export-users", _("Say where to write the register with -o FILE"));

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_MUST_EXIST, &error)) ||
      !(users = dd_user_register_list (dd_context_get_user_register (context), NULL, &error)))
    return dd_cli_fail (error);
  in_force = dd_agreement_store_get_in_force (dd_context_get_agreement_store (context), &error);
  if (error != NULL)
    return dd_cli_fail (error);

  path = g_canonicalize_filename (output, NULL);
  if (g_str_has_suffix (path, ".xlsx") || g_str_has_suffix (path, ".XLSX"))
    {
      if (!dd_register_workbook_write (users, in_force, today, path, &error))
        return dd_cli_fail (error);
    }
  else
    {
      g_autoptr(DdCatalog) catalog = NULL;
      g_autoptr(DdDocument) document = NULL;

      if (language == NULL)
        language = g_strdup (dd_office_settings_get_document_language (dd_context_get_office_settings (context)));
      if (!(catalog = dd_catalog_new (language, &error)) ||
          !(document = dd_register_document_build (users, in_force, today, catalog, &error)) ||
          !dd_document_write_pdf (document, path, NULL, NULL, NULL, &error))
        return dd_cli_fail (error);
    }

  g_print ("%s\n", path);
  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_export_users_command = {
  "export-users", N_("-o FILE"),
  N_("Write the register of Designated Users as a PDF or a spreadsheet"),
  run_export_users,
};
