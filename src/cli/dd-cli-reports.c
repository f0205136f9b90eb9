/* dd-cli-reports.c: the decision report commands of `ddesk`
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The JSON keys are part of the interface scripts rely on; add keys
 * freely, never rename one.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-cli.h"
#include "import/dd-report-importer.h"

static DdContext *
open_context (const DdCliOptions  *options,
              GError             **error)
{
  return dd_context_new (options->database_path, DD_DATABASE_FLAGS_NONE, error);
}

static void
add_field (JsonBuilder   *builder,
           const char    *member,
           DdReport      *report,
           DdReportField  field)
{
  dd_cli_json_add_string_or_null (builder, member, dd_report_get_field (report, field));
}

static char *
dup_name_and_role (DdReport      *report,
                   DdReportField  name,
                   DdReportField  role)
{
  const char *who = dd_report_get_field (report, name);
  const char *as = dd_report_get_field (report, role);

  if (*who == '\0')
    return NULL;

  return *as != '\0' ? g_strdup_printf ("%s, %s", who, as) : g_strdup (who);
}

/* The fields of the register: what list-reports and search print. */
static void
build_summary (JsonBuilder *builder,
               DdReport    *report)
{
  json_builder_begin_object (builder);
  add_field (builder, "reference", report, DD_REPORT_FIELD_REFERENCE);
  add_field (builder, "title", report, DD_REPORT_FIELD_TITLE);
  add_field (builder, "date", report, DD_REPORT_FIELD_DATE);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, dd_report_status_to_string (dd_report_get_status (report)));
  add_field (builder, "classification", report, DD_REPORT_FIELD_CLASSIFICATION);
  dd_cli_json_add_string_or_null (builder, "decision", dd_decision_to_string (dd_report_get_decision (report)));
  json_builder_end_object (builder);
}

static void
print_reports (DdReportStore *store,
               GArray        *ids,
               gboolean       json)
{
  g_autoptr(JsonBuilder) builder = json ? json_builder_new () : NULL;

  if (json)
    json_builder_begin_array (builder);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DdReport) report = dd_report_store_get (store, g_array_index (ids, gint64, i), &error);

      if (report == NULL)
        {
          g_printerr ("ddesk: %s\n", error->message);
          continue;
        }

      if (json)
        build_summary (builder, report);
      else
        g_print ("%-14s %-10s %-18s %s\n",
                 dd_report_get_reference (report),
                 dd_report_get_date (report),
                 dd_report_status_get_label (dd_report_get_status (report)),
                 dd_report_get_title (report));
    }

  if (json)
    {
      g_autoptr(JsonNode) root = NULL;

      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      dd_cli_print_json (root);
    }
}

static int
run_list_reports (const DdCliOptions  *options,
                  int                  argc,
                  char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *status_name = NULL;
  gboolean json = FALSE;
  int year = 0;
  int exit_code;
  DdReportFilter filter = { .status = -1, .sort = DD_REPORT_SORT_DATE, .descending = TRUE };
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the result as JSON"), NULL },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_name,
      N_("Only reports in this status (draft, awaiting_approval, …)"), N_("STATUS") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only reports dated in this year"), N_("YEAR") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_list_reports_command, entries, &argc, &argv, &exit_code))
    return exit_code;

  if (argc != 1)
    return dd_cli_usage_error ("list-reports", _("“list-reports” takes no arguments"));

  if (status_name != NULL)
    {
      DdReportStatus status;

      if (!dd_report_status_from_string (status_name, &status))
        {
          g_autofree char *message = g_strdup_printf (_("Unknown status “%s”"), status_name);

          return dd_cli_usage_error ("list-reports", message);
        }
      filter.status = status;
    }
  filter.year = year;

  if (!(context = open_context (options, &error)) ||
      !(ids = dd_report_store_query (dd_context_get_report_store (context), &filter, &error)))
    return dd_cli_fail (error);

  print_reports (dd_context_get_report_store (context), ids, json);

  return DD_CLI_EXIT_OK;
}

static int
run_search (const DdCliOptions  *options,
            int                  argc,
            char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *words = NULL;
  gboolean json = FALSE;
  int exit_code;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the result as JSON"), NULL },
    { NULL }
  };
  DdReportFilter filter = { .status = -1, .rank_search = TRUE };

  if (!dd_cli_parse_options (&dd_cli_search_command, entries, &argc, &argv, &exit_code))
    return exit_code;

  if (argc < 2)
    return dd_cli_usage_error ("search", _("Say what to search for"));

  words = g_strjoinv (" ", argv + 1);
  filter.search = words;

  if (!(context = open_context (options, &error)) ||
      !(ids = dd_report_store_query (dd_context_get_report_store (context), &filter, &error)))
    return dd_cli_fail (error);

  print_reports (dd_context_get_report_store (context), ids, json);

  return DD_CLI_EXIT_OK;
}

static void
add_approval (JsonBuilder   *builder,
              DdReport      *report,
              DdSignatory    signatory,
              DdReportField  name,
              DdReportField  date)
{
  if (!dd_report_is_signed_by (report, signatory))
    return;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, dd_signatory_to_string (signatory));
  add_field (builder, "name", report, name);
  add_field (builder, "date", report, date);
  json_builder_end_object (builder);
}

static JsonNode *
build_report (DdReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *report_by = dup_name_and_role (report, DD_REPORT_FIELD_REPORT_BY_NAME,
                                                  DD_REPORT_FIELD_REPORT_BY_ROLE);
  g_autofree char *redaction_by = dup_name_and_role (report, DD_REPORT_FIELD_REDACTION_SIGNED_NAME,
                                                     DD_REPORT_FIELD_REDACTION_SIGNED_ROLE);
  const char * const *recommendations = dd_report_get_recommendations (report);
  DdPublication publication = dd_report_get_publication (report);
  GListModel *appendices = dd_report_get_appendices (report);

  json_builder_begin_object (builder);
  add_field (builder, "reference", report, DD_REPORT_FIELD_REFERENCE);
  add_field (builder, "title", report, DD_REPORT_FIELD_TITLE);
  add_field (builder, "classification", report, DD_REPORT_FIELD_CLASSIFICATION);
  add_field (builder, "area", report, DD_REPORT_FIELD_AREA);
  dd_cli_json_add_string_or_null (builder, "report_by", report_by);
  add_field (builder, "report_by_name", report, DD_REPORT_FIELD_REPORT_BY_NAME);
  add_field (builder, "report_by_role", report, DD_REPORT_FIELD_REPORT_BY_ROLE);
  add_field (builder, "chief_officer", report, DD_REPORT_FIELD_CHIEF_OFFICER);
  add_field (builder, "date", report, DD_REPORT_FIELD_DATE);
  add_field (builder, "enquiries_to", report, DD_REPORT_FIELD_ENQUIRIES_TO);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, dd_report_status_to_string (dd_report_get_status (report)));

  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      DdReportSection *section = dd_report_get_section (report, n);
      g_autofree char *plain = dd_report_text_strip (dd_report_section_get_text (section));
      g_autoptr(GPtrArray) blocks = dd_report_text_parse (dd_report_section_get_text (section));

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_int_value (builder, n);
      json_builder_set_member_name (builder, "heading");
      json_builder_add_string_value (builder, dd_report_section_get_heading (section));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, plain);
      /* The text as kept, with ⟦ ⟧ around what is marked as redacted. */
      json_builder_set_member_name (builder, "markup");
      json_builder_add_string_value (builder, dd_report_section_get_text (section));
      json_builder_set_member_name (builder, "redacted");
      json_builder_begin_array (builder);
      for (guint b = 0; b < blocks->len; b++)
        {
          DdTextBlock *block = g_ptr_array_index (blocks, b);

          for (guint r = 0; r < block->runs->len; r++)
            {
              DdTextRun *run = g_ptr_array_index (block->runs, r);

              if (run->redacted)
                json_builder_add_string_value (builder, run->text);
            }
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "recommendations");
  json_builder_begin_array (builder);
  for (guint i = 0; recommendations[i] != NULL; i++)
    json_builder_add_string_value (builder, recommendations[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "approvals");
  json_builder_begin_array (builder);
  add_approval (builder, report, DD_SIGNATORY_CHIEF_EXECUTIVE,
                DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME, DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE);
  add_approval (builder, report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER,
                DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "publication");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "for_publication");
  if (publication == DD_PUBLICATION_UNDECIDED)
    json_builder_add_null_value (builder);
  else
    json_builder_add_boolean_value (builder, publication == DD_PUBLICATION_YES);
  add_field (builder, "reasons", report, DD_REPORT_FIELD_PUBLICATION_REASONS);
  add_field (builder, "marking", report, DD_REPORT_FIELD_PUBLICATION_MARKING);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "redaction");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "decision_sheet");
  json_builder_add_boolean_value (builder, dd_report_get_redact_decision_sheet (report));
  json_builder_set_member_name (builder, "appendix");
  json_builder_add_boolean_value (builder, dd_report_get_redact_appendix (report));
  add_field (builder, "details", report, DD_REPORT_FIELD_REDACTION_DETAILS);
  add_field (builder, "date", report, DD_REPORT_FIELD_REDACTION_DATE);
  dd_cli_json_add_string_or_null (builder, "signed_by", redaction_by);
  add_field (builder, "signed_date", report, DD_REPORT_FIELD_REDACTION_SIGNED_DATE);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "decision");
  json_builder_begin_object (builder);
  dd_cli_json_add_string_or_null (builder, "outcome", dd_decision_to_string (dd_report_get_decision (report)));
  add_field (builder, "reasons", report, DD_REPORT_FIELD_DECISION_REASONS);
  add_field (builder, "name", report, DD_REPORT_FIELD_DECISION_NAME);
  add_field (builder, "role", report, DD_REPORT_FIELD_DECISION_ROLE);
  add_field (builder, "date", report, DD_REPORT_FIELD_DECISION_DATE);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "appendices");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (appendices); i++)
    {
      g_autoptr(DdReportAppendix) appendix = g_list_model_get_item (appendices, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, dd_report_appendix_get_title (appendix));
      dd_cli_json_add_string_or_null (builder, "file_name", dd_report_appendix_get_file_name (appendix));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_field (const char *label,
             const char *value)
{
  if (value != NULL && *value != '\0')
    g_print ("%s: %s\n", label, value);
}

static void
print_report (DdReport *report)
{
  const char * const *recommendations = dd_report_get_recommendations (report);

  for (guint i = 0; i <= DD_REPORT_FIELD_ENQUIRIES_TO; i++)
    print_field (dd_report_field_get_label (i), dd_report_get_field (report, i));
  print_field (_("Status"), dd_report_status_get_label (dd_report_get_status (report)));

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      DdReportSection *section = dd_report_get_section (report, n);

      g_print ("\n%u. %s\n\n%s\n", n, dd_report_section_get_heading (section),
               dd_report_section_get_text (section));
    }

  if (recommendations[0] != NULL)
    {
      g_print ("\n%s\n", _("Recommendations"));
      for (guint i = 0; recommendations[i] != NULL; i++)
        g_print ("  %u. %s\n", i + 1, recommendations[i]);
    }

  g_print ("\n");
  for (guint i = DD_REPORT_FIELD_PUBLICATION_REASONS; i < DD_REPORT_N_FIELDS; i++)
    print_field (dd_report_field_get_label (i), dd_report_get_field (report, i));
}

static DdReport *
find_report (DdContext   *context,
             const char  *reference,
             GError     **error)
{
  DdReportStore *store = dd_context_get_report_store (context);
  g_autoptr(DdReport) report = dd_report_store_find_by_reference (store, reference, error);

  if (report == NULL || !dd_report_store_load_content (store, report, error))
    return NULL;

  return g_steal_pointer (&report);
}

static int
run_show_report (const DdCliOptions  *options,
                 int                  argc,
                 char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  int exit_code;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the result as JSON"), NULL },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_show_report_command, entries, &argc, &argv, &exit_code))
    return exit_code;

  if (argc != 2)
    return dd_cli_usage_error ("show-report", _("Give the reference of one report"));

  if (!(context = open_context (options, &error)) ||
      !(report = find_report (context, argv[1], &error)))
    return dd_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonNode) root = build_report (report);

      dd_cli_print_json (root);
    }
  else
    print_report (report);

  return DD_CLI_EXIT_OK;
}

static int
run_import_report (const DdCliOptions  *options,
                   int                  argc,
                   char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdReportImporter) importer = dd_report_importer_new ();
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *summary = NULL;
  gboolean replace = FALSE;
  int exit_code;
  const GOptionEntry entries[] = {
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace,
      N_("Replace a report with the same reference"), NULL },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_import_report_command, entries, &argc, &argv, &exit_code))
    return exit_code;

  if (argc != 2)
    return dd_cli_usage_error ("import-report", _("Give one file to import"));

  file = g_file_new_for_commandline_arg (argv[1]);
  path = g_file_get_path (file);

  if (!(report = dd_report_importer_import_file (importer, path, NULL, &error)))
    return dd_cli_fail (error);

  if (!(context = open_context (options, &error)))
    return dd_cli_fail (error);

  if (!dd_report_store_add (dd_context_get_report_store (context), report, replace, &error))
    {
      if (g_error_matches (error, DD_REPORT_ERROR, DD_REPORT_ERROR_DUPLICATE))
        {
          g_printerr ("ddesk: %s\n", error->message);
          g_printerr ("%s\n", _("Nothing was imported. Use --replace to replace it."));
          return DD_CLI_EXIT_FAILED;
        }
      return dd_cli_fail (error);
    }

  /* The reference alone on stdout, for scripts; the rest for people. */
  g_print ("%s\n", dd_report_get_reference (report));

  summary = dd_report_importer_dup_summary (importer);
  g_printerr (_("Imported %s “%s” (%s)"), dd_report_get_reference (report),
              dd_report_get_title (report), dd_report_status_get_label (dd_report_get_status (report)));
  g_printerr ("\n%s\n", summary);

  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_list_reports_command = {
  "list-reports", NULL,
  N_("List the decision reports, newest first"),
  run_list_reports,
};

const DdCliCommand dd_cli_show_report_command = {
  "show-report", N_("REFERENCE"),
  N_("Show a decision report in full"),
  run_show_report,
};

const DdCliCommand dd_cli_search_command = {
  "search", N_("WORDS…"),
  N_("Find decision reports by any word in any field or section"),
  run_search,
};

const DdCliCommand dd_cli_import_report_command = {
  "import-report", N_("FILE"),
  N_("Import a past decision report from a Word (.docx) or text file"),
  run_import_report,
};
