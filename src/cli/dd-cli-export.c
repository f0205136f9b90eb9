/* dd-cli-export.c: `ddesk export-pdf`
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a report's decision sheet, internal or publication copy, in the
 * office's document language or the one asked for. The same code as the
 * app's Export Decision Sheet… makes the file, so they always agree.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "dd-cli.h"
#include "export/dd-decision-sheet.h"

static void
show_progress (guint    done,
               guint    n_pages,
               gpointer user_data)
{
  /* Only where someone watches; scripts get the result alone. */
  if (isatty (STDERR_FILENO))
    {
      g_autofree char *line = g_strdup_printf (_("Writing page %u of %u…"), done, n_pages);

      g_printerr ("\r%s", line);
      if (done == n_pages)
        g_printerr ("\n");
    }
}

static int
run_export_pdf (const DdCliOptions  *options,
                int                  argc,
                char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdReport) report = NULL;
  g_autoptr(DdCatalog) catalog = NULL;
  g_autoptr(DdDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autofree char *path = NULL;
  gboolean publication = FALSE;
  DdReportStore *store;
  guint n_pages;
  int exit_code;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to FILE"), N_("FILE") },
    { "publication", 0, 0, G_OPTION_ARG_NONE, &publication,
      N_("The publication copy, with redacted passages removed (the internal copy otherwise)"), NULL },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The language of the document, such as en or cy (the office’s setting otherwise)"), N_("LANGUAGE") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_export_pdf_command, entries, &argc, &argv, &exit_code))
    return exit_code;

  if (argc != 2)
    return dd_cli_usage_error ("export-pdf", _("Give the reference of one report"));
  if (output == NULL || *output == '\0')
    return dd_cli_usage_error ("export-pdf", _("Say where to write the PDF with -o FILE"));

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_MUST_EXIST, &error)))
    return dd_cli_fail (error);

  store = dd_context_get_report_store (context);
  if (!(report = dd_report_store_find_by_reference (store, argv[1], &error)) ||
      !dd_report_store_load_content (store, report, &error))
    return dd_cli_fail (error);

  if (language == NULL)
    language = g_strdup (dd_office_settings_get_document_language (dd_context_get_office_settings (context)));

  if (!(catalog = dd_catalog_new (language, &error)) ||
      !(document = dd_decision_sheet_build (report, publication ? DD_SHEET_COPY_PUBLICATION : DD_SHEET_COPY_INTERNAL,
                                            catalog, &error)))
    return dd_cli_fail (error);

  path = g_canonicalize_filename (output, NULL);
  if (!dd_document_write_pdf (document, path, NULL, show_progress, NULL, &error))
    return dd_cli_fail (error);

  g_print ("%s\n", path);
  n_pages = dd_document_get_n_pages (document);
  if (publication)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "Wrote the publication copy of %s: %u page\n",
                             "Wrote the publication copy of %s: %u pages\n", n_pages),
                dd_report_get_reference (report), n_pages);
  else
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "Wrote the internal copy of %s: %u page\n",
                             "Wrote the internal copy of %s: %u pages\n", n_pages),
                dd_report_get_reference (report), n_pages);

  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_export_pdf_command = {
  "export-pdf", N_("REFERENCE -o FILE"),
  N_("Write a report’s decision sheet as a PDF"),
  run_export_pdf,
};
