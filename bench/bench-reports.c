/* bench-reports.c: the decision report targets, measured
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With 10,000 reports: a full-text search under 10 ms, opening a report
 * (its row and content) under 50 ms, and the register's query (the ids,
 * sorted) that fills the window. The window itself is measured by
 * bench-reports-ui. build/bench/bench-reports [N_REPORTS] [DATABASE]
 * keeps the database when given a path, for bench-reports-ui.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "dd-bench-util.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of (GArray *samples)
{
  g_array_sort (samples, compare_doubles);
  return g_array_index (samples, double, samples->len / 2);
}

int
main (int   argc,
      char *argv[])
{
  guint n_reports = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) searches = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  DdReportStore *store;
  const char *queries[] = { "probation", "hmpps data", "fleet 42", "victims contract", "Alex", "youth div" };
  gint64 start;

  setlocale (LC_ALL, "");

  if (argc > 2)
    path = g_strdup (argv[2]);
  else
    {
      dir = g_dir_make_tmp ("decision-desk-bench-XXXXXX", NULL);
      path = g_build_filename (dir, "reports.db", NULL);
    }

  context = dd_context_new (path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  store = dd_context_get_report_store (context);

  if (dd_report_store_count (store, NULL) < n_reports)
    {
      start = g_get_monotonic_time ();
      dd_bench_fill_reports (store, dd_context_get_database (context),
                             n_reports - dd_report_store_count (store, NULL));
      g_print ("generate %u reports: %.0f ms\n", n_reports, dd_bench_elapsed_ms (start));
    }

  /* The register's query: every id, sorted by date. */
  {
    DdReportFilter filter = { .status = -1, .sort = DD_REPORT_SORT_DATE, .descending = TRUE };
    g_autoptr(GArray) ids = NULL;

    start = g_get_monotonic_time ();
    ids = dd_report_store_query (store, &filter, &error);
    g_assert_no_error (error);
    g_print ("register query (%u ids by date): %.2f ms\n", ids->len, dd_bench_elapsed_ms (start));

    filter.sort = DD_REPORT_SORT_TITLE;
    g_clear_pointer (&ids, g_array_unref);
    start = g_get_monotonic_time ();
    ids = dd_report_store_query (store, &filter, &error);
    g_print ("register query (%u ids by title): %.2f ms\n", ids->len, dd_bench_elapsed_ms (start));
  }

  for (guint round = 0; round < 5; round++)
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        DdReportFilter filter = { .search = queries[i], .status = -1, .rank_search = TRUE };
        g_autoptr(GArray) ids = NULL;
        double ms;

        start = g_get_monotonic_time ();
        ids = dd_report_store_query (store, &filter, &error);
        ms = dd_bench_elapsed_ms (start);
        g_assert_no_error (error);
        g_array_append_val (searches, ms);
        if (round == 0)
          g_print ("search “%s”: %u results, %.2f ms\n", queries[i], ids->len, ms);
      }
  g_print ("full-text search, median of %u: %.2f ms (target < 10 ms)\n", searches->len, median_of (searches));

  for (guint i = 0; i < 50; i++)
    {
      gint64 id = 1 + (i * 197) % n_reports;
      g_autoptr(DdReport) report = NULL;
      double ms;

      start = g_get_monotonic_time ();
      report = dd_report_store_get (store, id, &error);
      g_assert_no_error (error);
      dd_report_store_load_content (store, report, &error);
      g_assert_no_error (error);
      ms = dd_bench_elapsed_ms (start);
      g_array_append_val (opens, ms);
    }
  g_print ("open a report (row and content), median of %u: %.2f ms (target < 50 ms)\n",
           opens->len, median_of (opens));
  g_print ("peak memory: %zu MiB\n", dd_bench_peak_rss_kib () / 1024);

  g_clear_object (&context);
  if (dir != NULL)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

          g_unlink (file);
        }
      g_rmdir (dir);
    }

  return 0;
}
