/* dd-bench-util.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dd-bench-util.h"

double
dd_bench_elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

/* Peak resident memory so far, from /proc (Linux). */
gsize
dd_bench_peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return 0;

  return g_ascii_strtoull (line + 6, NULL, 10);
}

static const char *topics[] = {
  "Access to HMPPS Data", "Fleet replacement programme", "Estates strategy",
  "Youth diversion scheme funding", "Victim services contract", "Violence reduction unit grant",
  "Rural crime partnership", "Body-worn video renewal", "Police staff pay award",
  "Community safety fund allocation", "Domestic abuse perpetrator programme",
};

static const char *words[] = {
  "probation", "reoffending", "partnership", "commissioning", "budget", "victims",
  "governance", "performance", "scrutiny", "contract", "procurement", "equality",
  "evaluation", "outcomes", "prevention", "custody", "neighbourhood", "analysis",
};

/* Realistic reports, ten thousand of them in seconds: years of an
 * office's decisions, with varied words for the search to find. */
void
dd_bench_fill_reports (DdReportStore *store,
                       DdDatabase    *database,
                       guint          n_reports)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (39);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdTransaction) transaction = dd_database_begin (database, &error);

  g_assert_no_error (error);

  for (guint i = 0; i < n_reports; i++)
    {
      g_autofree char *date = g_strdup_printf ("%04u-%02u-%02u", 2010 + i % 16, 1 + i % 12, 1 + i % 28);
      g_autoptr(DdReport) report = dd_report_store_create (store, date, &error);
      g_autofree char *title = NULL;
      const char *recommendations[] = { "The Commissioner approves the proposal.", NULL };

      g_assert_no_error (error);
      title = g_strdup_printf ("%s %u", topics[i % G_N_ELEMENTS (topics)], i);
      dd_report_set_field (report, DD_REPORT_FIELD_TITLE, title);
      dd_report_set_field (report, DD_REPORT_FIELD_REPORT_BY_NAME, "Alex Morgan");
      dd_report_set_recommendations (report, recommendations);

      for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
        {
          GString *text = g_string_new (NULL);

          for (guint w = 0; w < 60; w++)
            g_string_append_printf (text, "%s%s", w ? " " : "",
                                    words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          g_string_append (text, ".\n\n- a bullet point\n- another one");
          dd_report_section_set_text (dd_report_get_section (report, n), text->str);
          g_string_free (text, TRUE);
        }

      dd_report_store_save (store, report, &error);
      g_assert_no_error (error);
    }

  dd_transaction_commit (transaction, &error);
  g_assert_no_error (error);
}
