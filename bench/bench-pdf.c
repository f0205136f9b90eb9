/* bench-pdf.c: the decision sheet targets, measured
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 10-page decision sheet exported in under 150 ms, a 100-page one in
 * under 1.5 s, with memory under 100 MB. The reports are generated:
 * paragraphs of varied prose, bullet lists, passages marked as redacted,
 * the full title block, every signature and two appendices, sized so
 * the internal copy has about 10 and 100 pages. Each export is timed end
 * to end (build the document, lay it out and paginate it, write the
 * PDF), for the internal and the publication copy.
 *
 * build/bench/bench-pdf [DIR] writes the PDFs into DIR and keeps them,
 * to look at, with the two reports as text in the layout the importer
 * reads (report-10.txt, report-100.txt), to make the same documents in
 * a word processor; by default the PDFs go to a temporary folder,
 * removed after.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "dd-bench-util.h"
#include "dd-report-private.h"
#include "dd-report-text.h"
#include "export/dd-decision-sheet.h"

static const char *openings[] = {
  "The office", "The Commissioner", "The Probation Delivery Unit", "Each Community Safety Partnership",
  "The Local Criminal Justice Board", "The Chief Finance Officer", "The force's analysts",
  "The commissioned provider", "The Data Protection Officer", "The Strategic Board",
  "Victim Support", "The Youth Offending Service", "The evaluation team", "Partners across the county",
};

static const char *verbs[] = {
  "will review", "has considered", "proposes to fund", "expects to publish", "would monitor",
  "is asked to approve", "reported on", "agreed to scrutinise", "will commission", "may extend",
  "continues to support", "has not yet assessed", "will share", "intends to reduce",
};

static const char *objects[] = {
  "the quarterly performance figures for each district",
  "reoffending rates among adults released from custody",
  "the contract for restorative justice services",
  "a two-year grant of £1,250,000 for the violence reduction unit",
  "unpaid work completed within twelve months of sentence",
  "the memorandum of understanding with the Ministry of Justice",
  "outcomes for victims of domestic abuse and stalking",
  "the risk register and its mitigations",
  "equality monitoring data on protected characteristics",
  "the estates strategy for 2023–2027",
  "accommodation outcomes on release (Appendix A, table 3)",
  "the responsivity factors and criminogenic needs of people on probation",
  "neighbourhood policing priorities set at public meetings",
  "the budget for commissioned services, including contingency",
};

static const char *endings[] = {
  "before the end of the financial year", "in line with the Police, Fire and Crime Plan",
  "with the support of the regional HMPPS team", "as set out in section 4",
  "subject to the Chief Finance Officer's advice", "so that scrutiny is local and timely",
  "where the data allows", "at no additional cost", "through the Performance Hub",
  "after consultation with partners and the public", "and report back to the board in six months",
};

static const char *names[] = {
  "Quillfeather", "Bramblewick", "Glimmerstone", "Vexmoor", "Thistlewood", "Ashcombe",
};

static const char *
pick (GRand       *rand,
      const char **list,
      guint        n)
{
  return list[g_rand_int_range (rand, 0, n)];
}

#define PICK(rand, list) pick ((rand), (list), G_N_ELEMENTS (list))

/* One sentence, sometimes with a passage marked as redacted; how many
 * words it added. */
static guint
append_sentence (GString *text,
                 GRand   *rand)
{
  g_autofree char *sentence = NULL;
  g_auto(GStrv) words = NULL;

  if (g_rand_int_range (rand, 0, 30) == 0)
    sentence = g_strdup_printf ("%s %s " DD_REDACTION_OPEN "the report from %s Limited on officer %s"
                                DD_REDACTION_CLOSE " %s.",
                                PICK (rand, openings), PICK (rand, verbs), PICK (rand, names), PICK (rand, names),
                                PICK (rand, endings));
  else if (g_rand_boolean (rand))
    sentence = g_strdup_printf ("%s %s %s %s.", PICK (rand, openings), PICK (rand, verbs), PICK (rand, objects),
                                PICK (rand, endings));
  else
    sentence = g_strdup_printf ("%s %s %s.", PICK (rand, openings), PICK (rand, verbs), PICK (rand, objects));

  if (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_append_c (text, ' ');
  g_string_append (text, sentence);
  words = g_strsplit (sentence, " ", -1);

  return g_strv_length (words);
}

/* A section of about @n_words: paragraphs of three to seven sentences,
 * now and then a list of bullets. */
static char *
make_section (GRand *rand,
              guint  n_words)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint words = 0;

  while (words < n_words)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");

      if (g_rand_int_range (rand, 0, 5) == 0)
        {
          guint n_bullets = g_rand_int_range (rand, 3, 7);

          for (guint i = 0; i < n_bullets; i++)
            {
              g_string_append (text, i > 0 ? "\n- " : "- ");
              words += append_sentence (text, rand);
            }
        }
      else
        {
          guint n_sentences = g_rand_int_range (rand, 3, 8);

          for (guint i = 0; i < n_sentences; i++)
            words += append_sentence (text, rand);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A report whose sections hold about @n_words between them, the longer
 * sections (background, proposal, options) holding most. */
static DdReport *
make_report (guint n_words)
{
  static const guint weights[DD_REPORT_N_SECTIONS] = { 4, 0, 10, 10, 8, 4, 2, 2, 4, 4, 2, 3, 5, 2, 2, 2 };
  const char *recommendations[] = {
    "The Commissioner approves the memorandum of understanding set out at Appendix A.",
    "The Commissioner nominates two Designated Users.",
    "The Chief Executive is authorised to sign on the Commissioner's behalf.",
    NULL,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (39);
  DdReport *report = dd_report_new ();
  guint total_weight = 0;

  dd_report_set_field (report, DD_REPORT_FIELD_REFERENCE, "039-23");
  dd_report_set_field (report, DD_REPORT_FIELD_CLASSIFICATION, "Official – Sensitive");
  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data: Performance Hub and Segmentation Tool");
  dd_report_set_field (report, DD_REPORT_FIELD_AREA,
                       "Force-wide; Probation Delivery Units in the county; Community Safety Partnerships");
  dd_report_set_field (report, DD_REPORT_FIELD_REPORT_BY_NAME, "Alex Morgan");
  dd_report_set_field (report, DD_REPORT_FIELD_REPORT_BY_ROLE, "Head of Performance and Scrutiny");
  dd_report_set_field (report, DD_REPORT_FIELD_CHIEF_OFFICER, "Chief Executive and Monitoring Officer");
  dd_report_set_field (report, DD_REPORT_FIELD_DATE, "2023-02-23");
  dd_report_set_field (report, DD_REPORT_FIELD_ENQUIRIES_TO, "performance@pfcc.example.gov.uk");
  dd_report_set_recommendations (report, recommendations);

  for (guint n = 0; n < DD_REPORT_N_SECTIONS; n++)
    total_weight += weights[n];
  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      g_autofree char *text = NULL;

      if (weights[n - 1] == 0)
        continue;
      text = make_section (rand, MAX (n_words * weights[n - 1] / total_weight, 20));
      dd_report_section_set_text (dd_report_get_section (report, n), text);
    }

  dd_report_set_signature_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME, "Sam Taylor");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE, "2023-02-20");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME, "Ceri Jones");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE, "2023-02-21");
  dd_report_set_publication (report, DD_PUBLICATION_YES);
  dd_report_set_field (report, DD_REPORT_FIELD_PUBLICATION_MARKING, "Official");
  dd_report_set_redact_decision_sheet (report, TRUE);
  dd_report_set_redact_appendix (report, TRUE);
  dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DETAILS,
                       "Names of officers and suppliers; the appendix lists the Designated Users.");
  dd_report_set_field (report, DD_REPORT_FIELD_REDACTION_DATE, "2023-03-01");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_NAME, "Robin Hughes");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_ROLE, "Information Governance Officer");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_REDACTION_SIGNED_DATE, "2023-03-01");
  dd_report_set_decision (report, DD_DECISION_AGREED);
  dd_report_set_signature_field (report, DD_REPORT_FIELD_DECISION_NAME, "Pat Williams");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_DECISION_ROLE, "Police, Fire and Crime Commissioner");
  dd_report_set_signature_field (report, DD_REPORT_FIELD_DECISION_DATE, "2023-02-23");

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(DdReportAppendix) appendix = g_object_new (DD_TYPE_REPORT_APPENDIX,
                                                            "id", (gint64) i + 1,
                                                            "title", i == 0 ? "Memorandum of Understanding"
                                                                            : "Designated Users",
                                                            "kind", DD_APPENDIX_KIND_FILE,
                                                            "file-name", i == 0 ? "MoU-HMPPS.docx" : "Users.xlsx",
                                                            "content-type", "application/octet-stream",
                                                            "size", (gint64) 48213,
                                                            NULL);

      g_list_store_append (dd_report_get_appendix_store (report), appendix);
    }

  return report;
}

/* The report as the importer reads it (the layout of the fixtures in
 * tests/fixtures/reports), without the redaction marks: to make the same
 * report in a word processor and compare. */
static void
write_report_text (DdReport   *report,
                   const char *path)
{
  g_autoptr(GString) text = g_string_new ("OFFICE OF THE POLICE, FIRE AND CRIME COMMISSIONER\nDECISION REPORT\n\n");
  g_autoptr(GError) error = NULL;

  for (DdReportField which = DD_REPORT_FIELD_REFERENCE; which <= DD_REPORT_FIELD_ENQUIRIES_TO; which++)
    if (which != DD_REPORT_FIELD_REPORT_BY_ROLE)
      g_string_append_printf (text, "%s: %s%s%s\n", dd_report_field_get_label (which),
                              dd_report_get_field (report, which),
                              which == DD_REPORT_FIELD_REPORT_BY_NAME ? ", " : "",
                              which == DD_REPORT_FIELD_REPORT_BY_NAME
                                ? dd_report_get_field (report, DD_REPORT_FIELD_REPORT_BY_ROLE) : "");

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      DdReportSection *section = dd_report_get_section (report, n);
      g_autofree char *plain = dd_report_text_strip (dd_report_section_get_text (section));

      g_string_append_printf (text, "\n%u. %s\n\n", n, dd_report_section_get_heading (section));
      if (n == 2)
        {
          const char * const *recommendations = dd_report_get_recommendations (report);

          for (guint i = 0; recommendations[i] != NULL; i++)
            g_string_append_printf (text, "2.%u %s\n", i + 1, recommendations[i]);
        }
      else
        g_string_append_printf (text, "%s\n", *plain != '\0' ? plain : "None.");
    }

  g_string_append (text,
                   "\nReport Approval\n\n"
                   "Chief Executive / M.O. Sign: S. Taylor\nPrint: Sam Taylor\nDate: 20 February 2023\n\n"
                   "Chief Financial Officer Sign: C. Jones\nPrint: Ceri Jones\nDate: 21 February 2023\n\n"
                   "Publication\n\nIs the report for publication? Yes\n\n"
                   "Redaction\n\nIs redaction required of the decision sheet? Yes\n"
                   "Is redaction required of the appendix? Yes\n"
                   "Details of the redaction: Names of officers and suppliers; the appendix lists the "
                   "Designated Users.\n"
                   "Date redaction carried out: 1 March 2023\n"
                   "Redaction signed off by: Robin Hughes, Information Governance Officer\n"
                   "Date: 1 March 2023\n\n"
                   "Decision and Final Sign Off\n\nI agree the recommendations to this report:\n"
                   "Sign: P. Williams\nPrint: Pat Williams\nPolice, Fire and Crime Commissioner\n"
                   "Date signed: 23 February 2023\n");

  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);
}

static guint
count_pages (DdReport  *report,
             DdCatalog *catalog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDocument) document = dd_decision_sheet_build (report, DD_SHEET_COPY_INTERNAL, catalog, &error);

  g_assert_no_error (error);

  return dd_document_get_n_pages (document);
}

/* A report whose internal copy has about @n_pages pages. */
static DdReport *
make_report_of_pages (DdCatalog *catalog,
                      guint      n_pages)
{
  guint n_words = n_pages * 500;
  DdReport *report = make_report (n_words);

  for (guint round = 0; round < 3; round++)
    {
      guint pages = count_pages (report, catalog);

      if (pages == n_pages)
        break;
      n_words = (guint) ((double) n_words * (n_pages - 0.5) / MAX (pages - 0.5, 1.0));
      g_object_unref (report);
      report = make_report (n_words);
    }

  return report;
}

typedef struct
{
  double total;
  double build;
  double paginate;
  double write;
  guint  n_pages;
} Timing;

/* Builds, paginates and writes one copy: the whole export. */
static Timing
export_sheet (DdReport    *report,
              DdSheetCopy  copy,
              DdCatalog   *catalog,
              const char  *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDocument) document = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 built, paginated;
  Timing timing;

  document = dd_decision_sheet_build (report, copy, catalog, &error);
  g_assert_no_error (error);
  built = g_get_monotonic_time ();
  timing.n_pages = dd_document_get_n_pages (document);
  paginated = g_get_monotonic_time ();
  dd_document_write_pdf (document, path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&document);

  timing.total = dd_bench_elapsed_ms (start);
  timing.build = (built - start) / 1000.0;
  timing.paginate = (paginated - built) / 1000.0;
  timing.write = timing.total - timing.build - timing.paginate;

  return timing;
}

static int
compare_timings (gconstpointer a,
                 gconstpointer b)
{
  double x = ((const Timing *) a)->total, y = ((const Timing *) b)->total;

  return (x > y) - (x < y);
}

/* Exports both copies of @report @n_runs times each, and prints the
 * median. */
static void
measure (DdReport   *report,
         DdCatalog  *catalog,
         const char *dir,
         guint       n_runs,
         double      target_ms)
{
  const struct { DdSheetCopy copy; const char *name; } copies[] = {
    { DD_SHEET_COPY_INTERNAL, "internal" },
    { DD_SHEET_COPY_PUBLICATION, "publication" },
  };
  guint n_pages = count_pages (report, catalog);

  for (guint c = 0; c < G_N_ELEMENTS (copies); c++)
    {
      g_autofree char *file = dd_decision_sheet_dup_file_name (report, copies[c].copy);
      g_autofree char *name = g_strdup_printf ("%u-%s", n_pages, file);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (Timing));
      g_autofree char *sized = NULL;
      Timing median;
      GStatBuf st;

      for (guint i = 0; i < n_runs; i++)
        {
          Timing timing = export_sheet (report, copies[c].copy, catalog, path);

          g_array_append_val (runs, timing);
        }

      g_array_sort (runs, compare_timings);
      median = g_array_index (runs, Timing, runs->len / 2);
      sized = g_stat (path, &st) == 0 ? g_format_size (st.st_size) : g_strdup ("?");
      g_print ("%u-page %s copy (%s), median of %u: %.1f ms "
               "(build %.1f, lay out and paginate %.1f, write %.1f; fastest %.1f, slowest %.1f) "
               "(target < %.0f ms)\n",
               median.n_pages, copies[c].name, sized, n_runs, median.total,
               median.build, median.paginate, median.write,
               g_array_index (runs, Timing, 0).total, g_array_index (runs, Timing, runs->len - 1).total,
               target_ms);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdCatalog) catalog = NULL;
  g_autoptr(DdReport) short_report = NULL;
  g_autoptr(DdReport) long_report = NULL;
  g_autofree char *dir = NULL;
  gboolean keep = argc > 1;

  setlocale (LC_ALL, "");

  catalog = dd_catalog_new ("en", &error);
  g_assert_no_error (error);

  if (keep)
    {
      dir = g_strdup (argv[1]);
      g_mkdir_with_parents (dir, 0755);
    }
  else
    dir = g_dir_make_tmp ("decision-desk-bench-pdf-XXXXXX", NULL);

  /* The first export in a process fills fontconfig's and Pango's caches;
   * the ones after it, as in the app, find them warm. */
  {
    g_autoptr(DdReport) report = make_report (2800);
    g_autofree char *path = g_build_filename (dir, "first.pdf", NULL);
    Timing first = export_sheet (report, DD_SHEET_COPY_INTERNAL, catalog, path);

    g_print ("first export in the process (caches cold), %u pages: %.1f ms\n", first.n_pages, first.total);
  }

  short_report = make_report_of_pages (catalog, 10);
  long_report = make_report_of_pages (catalog, 100);
  g_print ("generated reports: %u and %u pages (internal copy)\n",
           count_pages (short_report, catalog), count_pages (long_report, catalog));

  measure (short_report, catalog, dir, 11, 150);
  g_print ("peak memory after the 10-page sheets: %zu MiB (target < 100 MB)\n", dd_bench_peak_rss_kib () / 1024);
  measure (long_report, catalog, dir, 3, 1500);
  g_print ("peak memory after the 100-page sheets: %zu MiB (target < 100 MB)\n", dd_bench_peak_rss_kib () / 1024);

  if (keep)
    {
      g_autofree char *short_text = g_build_filename (dir, "report-10.txt", NULL);
      g_autofree char *long_text = g_build_filename (dir, "report-100.txt", NULL);

      write_report_text (short_report, short_text);
      write_report_text (long_report, long_text);
      g_print ("PDFs and reports kept in %s\n", dir);
    }
  else
    {
      g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
      const char *name;

      while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);

          g_unlink (path);
        }
      g_rmdir (dir);
    }

  return 0;
}
