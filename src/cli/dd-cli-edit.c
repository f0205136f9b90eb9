/* dd-cli-edit.c: the commands of `ddesk` that change a report
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `redact`, `unredact`, `set-publication` and `set-redaction`. Each finds
 * one report, changes the object as the editor would, and hands it to
 * DdReportStore, which applies the app's workflow and locking rules and
 * writes the change, audited, in one transaction. What the store refuses
 * is its own message on stderr, and exit code 1.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dd-cli.h"

static DdContext *
open_context (const DdCliOptions  *options,
              GError             **error)
{
  /* A report must exist to be changed: never create a database for it. */
  return dd_context_new (options->database_path, DD_DATABASE_FLAGS_MUST_EXIST, error);
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

/* Says why the command failed, as dd_cli_fail() does with a GError. */
G_GNUC_PRINTF (1, 2)
static int
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("ddesk: %s\n", message);

  return DD_CLI_EXIT_FAILED;
}

static gboolean
parse_yes_no (const char *text,
              gboolean   *value)
{
  if (g_ascii_strcasecmp (text, "yes") == 0)
    *value = TRUE;
  else if (g_ascii_strcasecmp (text, "no") == 0)
    *value = FALSE;
  else
    return FALSE;

  return TRUE;
}

/* An option that must be "yes" or "no"; on anything else, says so and
 * sets @exit_code to the usage error. */
static gboolean
parse_yes_no_option (const char *command,
                     const char *option,
                     const char *text,
                     gboolean   *value,
                     int        *exit_code)
{
  g_autofree char *message = NULL;

  if (parse_yes_no (text, value))
    return TRUE;

  /* Translators: the first %s is an option, e.g. --appendix; keep yes and no
   * in English: the command reads them */
  message = g_strdup_printf (_("%s “%s”: say yes or no"), option, text);
  *exit_code = dd_cli_usage_error (command, message);

  return FALSE;
}

/* `redact` and `unredact`: the same options, the opposite change. */
static int
run_marks (const DdCliCommand  *command,
           gboolean             redact,
           const DdCliOptions  *options,
           int                  argc,
           char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *section_text = NULL;
  g_autofree char *words = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *markup = NULL;
  DdReportSection *section;
  const char *reference;
  guint64 number = 0;
  guint n_changed = 0;
  int exit_code;
  const GOptionEntry entries[] = {
    { "section", 0, 0, G_OPTION_ARG_STRING, &section_text,
      N_("The section, 1 to 16"), N_("NUMBER") },
    { "text", 0, 0, G_OPTION_ARG_STRING, &words,
      N_("The words, as the section reads them"), N_("TEXT") },
    { NULL }
  };

  if (!dd_cli_parse_options (command, entries, &argc, &argv, &exit_code))
    return exit_code;

  if (argc != 2)
    return dd_cli_usage_error (command->name, _("Give the reference of one report"));

  if (section_text == NULL)
    return dd_cli_usage_error (command->name, _("Say which section, with --section"));

  /* The template has sixteen sections, whatever the report: a number
   * outside them is a wrong command line, like an unknown status. */
  if (!g_ascii_string_to_unsigned (section_text, 10, 1, DD_REPORT_N_SECTIONS, &number, NULL))
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (_("There is no section “%s”; the sections are numbered 1 to %d"),
                                 section_text, DD_REPORT_N_SECTIONS);

      return dd_cli_usage_error (command->name, message);
    }

  if (words == NULL || *words == '\0')
    return dd_cli_usage_error (command->name, _("Say which words, with --text"));

  if (!(context = open_context (options, &error)) ||
      !(report = find_report (context, argv[1], &error)))
    return dd_cli_fail (error);

  reference = dd_report_get_reference (report);
  section = dd_report_get_section (report, (guint) number);
  plain = dd_report_text_strip (dd_report_section_get_text (section));

  if (strstr (plain, words) == NULL)
    /* Translators: “Designated Users” is not in section 4 of 039-23 */
    return fail (_("“%s” is not in section %u of %s"), words, (guint) number, reference);

  if (redact)
    markup = dd_report_text_mark_redacted (dd_report_section_get_text (section), words,
                                           &n_changed);
  else
    markup = dd_report_text_unmark_redacted (dd_report_section_get_text (section), words,
                                             &n_changed);

  if (n_changed == 0)
    {
      if (!redact)
        return fail (_("“%s” is not marked as redacted in section %u of %s"),
                     words, (guint) number, reference);

      /* Already as asked: nothing to write, and nothing wrong. */
      g_print (_("“%s” is already marked as redacted in section %u of %s"),
               words, (guint) number, reference);
      g_print ("\n");
      return DD_CLI_EXIT_OK;
    }

  dd_report_section_set_text (section, markup);

  if (!dd_report_store_save (dd_context_get_report_store (context), report, &error))
    return dd_cli_fail (error);

  if (redact)
    /* Translators: Marked 2 passages in section 4 of 039-23 as redacted */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Marked %u passage in section %u of %s as redacted",
                          "Marked %u passages in section %u of %s as redacted",
                          n_changed),
             n_changed, (guint) number, reference);
  else
    /* Translators: Removed the redaction marks from 2 passages in section 4 of 039-23 */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Removed the redaction mark from %u passage in section %u of %s",
                          "Removed the redaction marks from %u passages in section %u of %s",
                          n_changed),
             n_changed, (guint) number, reference);
  g_print ("\n");

  return DD_CLI_EXIT_OK;
}

static int
run_redact (const DdCliOptions  *options,
            int                  argc,
            char               **argv)
{
  return run_marks (&dd_cli_redact_command, TRUE, options, argc, argv);
}

static int
run_unredact (const DdCliOptions  *options,
              int                  argc,
              char               **argv)
{
  return run_marks (&dd_cli_unredact_command, FALSE, options, argc, argv);
}

static int
run_set_publication (const DdCliOptions  *options,
                     int                  argc,
                     char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reasons = NULL;
  g_autofree char *marking = NULL;
  gboolean for_publication;
  const char *reference;
  int exit_code;
  const GOptionEntry entries[] = {
    { "reasons", 0, 0, G_OPTION_ARG_STRING, &reasons,
      N_("Why the report is not for publication"), N_("TEXT") },
    { "marking", 0, 0, G_OPTION_ARG_STRING, &marking,
      N_("The protective marking of the published copy, such as OFFICIAL (\"\" for none)"), N_("MARKING") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_set_publication_command, entries, &argc, &argv, &exit_code))
    return exit_code;

  if (argc != 3)
    /* Translators: keep yes and no in English: the command reads them */
    return dd_cli_usage_error ("set-publication",
                               _("Give the reference of one report, then yes or no"));

  if (!parse_yes_no (argv[2], &for_publication))
    {
      /* Translators: keep yes and no in English: the command reads them */
      g_autofree char *message = g_strdup_printf (_("“%s”: say yes or no"), argv[2]);

      return dd_cli_usage_error ("set-publication", message);
    }

  /* The template's reasons are for not publishing. */
  if (for_publication && reasons != NULL)
    return dd_cli_usage_error ("set-publication",
                               _("--reasons are the reasons for not publishing; give them with “no”"));

  if (!(context = open_context (options, &error)) ||
      !(report = find_report (context, argv[1], &error)))
    return dd_cli_fail (error);

  reference = dd_report_get_reference (report);

  dd_report_set_publication (report, for_publication ? DD_PUBLICATION_YES : DD_PUBLICATION_NO);
  if (for_publication)
    /* Reasons for not publishing a report that is published would
     * mislead; the audit log keeps them. */
    dd_report_set_field (report, DD_REPORT_FIELD_PUBLICATION_REASONS, "");
  else if (reasons != NULL)
    dd_report_set_field (report, DD_REPORT_FIELD_PUBLICATION_REASONS, g_strstrip (reasons));
  if (marking != NULL)
    dd_report_set_field (report, DD_REPORT_FIELD_PUBLICATION_MARKING, g_strstrip (marking));

  if (!dd_report_store_save (dd_context_get_report_store (context), report, &error))
    return dd_cli_fail (error);

  if (for_publication)
    g_print (_("%s is for publication"), reference);
  else
    g_print (_("%s is not for publication"), reference);
  g_print ("\n");

  /* Allowed (the workflow does not ask for them), but worth saying. */
  if (!for_publication &&
      *dd_report_get_field (report, DD_REPORT_FIELD_PUBLICATION_REASONS) == '\0')
    {
      g_printerr (_("No reasons for not publishing %s are recorded; give them with --reasons"),
                  reference);
      g_printerr ("\n");
    }

  return DD_CLI_EXIT_OK;
}

static int
run_set_redaction (const DdCliOptions  *options,
                   int                  argc,
                   char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *decision_sheet = NULL;
  g_autofree char *appendix = NULL;
  g_autofree char *details = NULL;
  g_autofree char *redaction_date = NULL;
  g_autofree char *signed_by = NULL;
  g_autofree char *role = NULL;
  g_autofree char *date = NULL;
  g_autofree char *redaction_iso = NULL;
  g_autofree char *signed_iso = NULL;
  gboolean redact_decision_sheet = FALSE;
  gboolean redact_appendix = FALSE;
  DdReportStore *store;
  int exit_code;
  const GOptionEntry entries[] = {
    { "decision-sheet", 0, 0, G_OPTION_ARG_STRING, &decision_sheet,
      N_("Whether the decision sheet needs redaction"),
      /* Translators: what the option takes; keep yes and no in English */
      N_("yes|no") },
    { "appendix", 0, 0, G_OPTION_ARG_STRING, &appendix,
      N_("Whether the appendix needs redaction"), N_("yes|no") },
    { "details", 0, 0, G_OPTION_ARG_STRING, &details,
      N_("The details of the redaction"), N_("TEXT") },
    { "redaction-date", 0, 0, G_OPTION_ARG_STRING, &redaction_date,
      N_("The date the redaction was carried out"), N_("DATE") },
    { "signed-by", 0, 0, G_OPTION_ARG_STRING, &signed_by,
      N_("Sign off the redaction in this name (with --date)"), N_("NAME") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role,
      N_("The role of who signs off the redaction"), N_("ROLE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("The date of the sign-off, as 23/02/2023 or 2023-02-23"), N_("DATE") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_set_redaction_command, entries, &argc, &argv, &exit_code))
    return exit_code;

  if (argc != 2)
    return dd_cli_usage_error ("set-redaction", _("Give the reference of one report"));

  if (decision_sheet == NULL && appendix == NULL && details == NULL && redaction_date == NULL &&
      signed_by == NULL && role == NULL && date == NULL)
    return dd_cli_usage_error ("set-redaction", _("Say what to change: give at least one option"));

  if ((decision_sheet != NULL &&
       !parse_yes_no_option ("set-redaction", "--decision-sheet", decision_sheet,
                             &redact_decision_sheet, &exit_code)) ||
      (appendix != NULL &&
       !parse_yes_no_option ("set-redaction", "--appendix", appendix,
                             &redact_appendix, &exit_code)))
    return exit_code;

  if (signed_by == NULL && (date != NULL || role != NULL))
    return dd_cli_usage_error ("set-redaction",
                               _("--date and --role are for the sign-off; give --signed-by too"));

  if (signed_by != NULL && date == NULL)
    return dd_cli_usage_error ("set-redaction",
                               _("--signed-by needs --date, the date of the sign-off"));

  if ((redaction_date != NULL &&
       !(redaction_iso = dd_cli_parse_date_option ("set-redaction", "--redaction-date", redaction_date,
                                            &exit_code))) ||
      (date != NULL &&
       !(signed_iso = dd_cli_parse_date_option ("set-redaction", "--date", date, &exit_code))))
    return exit_code;

  if (!(context = open_context (options, &error)) ||
      !(report = find_report (context, argv[1], &error)))
    return dd_cli_fail (error);

  store = dd_context_get_report_store (context);

  if (decision_sheet != NULL)
    dd_report_set_redact_decision_sheet (report, redact_decision_sheet);
  if (appendix != NULL)
    dd_report_set_redact_appendix (report, redact_appendix);
  if (details != NULL)
    dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DETAILS, g_strstrip (details));
  if (redaction_iso != NULL)
    dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DATE, redaction_iso);

  if (signed_by != NULL)
    {
      /* Signing saves the changes above first, in the same transaction:
       * all of it lands, or none. */
      DdSignature signature = {
        .name = signed_by,
        .role = role,
        .date = signed_iso,
        .decision = DD_DECISION_NONE,
      };

      if (!dd_report_store_sign (store, report, DD_SIGNATORY_REDACTION, &signature, &error))
        return dd_cli_fail (error);

      /* Translators: The redaction of 039-23 is signed off by Robin Hughes on 2023-03-01 */
      g_print (_("The redaction of %s is signed off by %s on %s"), dd_report_get_reference (report),
               dd_report_get_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_NAME),
               dd_report_get_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_DATE));
    }
  else
    {
      if (!dd_report_store_save (store, report, &error))
        return dd_cli_fail (error);

      g_print (_("Saved the redaction of %s"), dd_report_get_reference (report));
    }
  g_print ("\n");

  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_redact_command = {
  "redact", N_("REFERENCE"),
  N_("Mark every occurrence of some words in a section as redacted"),
  run_redact,
};

const DdCliCommand dd_cli_unredact_command = {
  "unredact", N_("REFERENCE"),
  N_("Remove the redaction marks from some words in a section"),
  run_unredact,
};

const DdCliCommand dd_cli_set_publication_command = {
  /* Translators: keep yes and no in English: the command reads them */
  "set-publication", N_("REFERENCE yes|no"),
  N_("Say whether a report is for publication, and if not, why"),
  run_set_publication,
};

const DdCliCommand dd_cli_set_redaction_command = {
  "set-redaction", N_("REFERENCE"),
  N_("Say what a report’s redaction covers, and sign it off"),
  run_set_redaction,
};
