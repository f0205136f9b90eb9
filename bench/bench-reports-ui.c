/* bench-reports-ui.c: how fast the window comes up on a big register,
 * and how fast a report opens in the editor
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: xvfb-run -a build/bench/bench-reports-ui DATABASE
 * (make one with build/bench/bench-reports 10000 DATABASE). Times run
 * from the start of the application to the first frame painted with the
 * register filled; from choosing a report shown in the register (what a
 * click does) to the frame that shows it in the editor; and the same
 * for a report far down the register, which scrolls the register too
 * (what opening an imported or a new report does).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-application.h"
#include "dd-reports-page.h"
#include "dd-window.h"
#include "dd-bench-util.h"

static gint64 started;
static gint64 open_started;
static guint n_opened;
static GArray *open_times;
static GArray *jump_times;
static guint n_reports;
static gint64 first_paint;

#define N_OPENS 20
static DdReportsPage *page;

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);

  return g_array_index (times, double, times->len / 2);
}

static gboolean open_next (gpointer user_data);

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  GListModel *model = dd_reports_page_get_register (page);

  if (started != 0 && first_paint == 0 && g_list_model_get_n_items (model) > 0)
    {
      first_paint = g_get_monotonic_time ();
      g_print ("window up with the register filled (first %u rows painted): %.0f ms (target < 500 ms)\n",
               g_list_model_get_n_items (model), dd_bench_elapsed_ms (started));
    }

  if (started != 0 && g_list_model_get_n_items (model) == n_reports)
    {
      g_print ("the whole register (%u reports) in the list, painted: %.0f ms\n",
               n_reports, dd_bench_elapsed_ms (started));
      started = 0;
      g_timeout_add (200, open_next, window);
      return;
    }

  if (open_started != 0)
    {
      double ms = dd_bench_elapsed_ms (open_started);

      g_array_append_val (n_opened <= N_OPENS ? open_times : jump_times, ms);
      open_started = 0;
      g_timeout_add (50, open_next, window);
    }
}

static gboolean
open_next (gpointer user_data)
{
  GtkWindow *window = user_data;
  GListModel *model = dd_reports_page_get_register (page);

  if (n_opened == 2 * N_OPENS)
    {
      g_print ("open a report shown in the register, to the frame showing it in the editor, "
               "median of %u: %.1f ms (target < 50 ms)\n", open_times->len, median (open_times));
      g_print ("open a report far down the register (scrolling to it), median of %u: %.1f ms\n",
               jump_times->len, median (jump_times));
      g_print ("peak memory: %zu MiB\n", dd_bench_peak_rss_kib () / 1024);
      g_application_quit (G_APPLICATION (gtk_window_get_application (window)));
      return G_SOURCE_REMOVE;
    }

  open_started = g_get_monotonic_time ();
  if (n_opened < N_OPENS)
    {
      /* Alternating between the first rows, as a click would. */
      GtkSelectionModel *selection = GTK_SELECTION_MODEL (model);

      gtk_selection_model_select_item (selection, n_opened % 2 == 0 ? n_opened / 2 : 10 + n_opened / 2, TRUE);
    }
  else
    {
      g_autoptr(DdReport) report = g_list_model_get_item (model, (n_opened * 487) % g_list_model_get_n_items (model));

      dd_reports_page_select (page, report);
    }
  gtk_widget_queue_draw (GTK_WIDGET (window));
  n_opened++;

  return G_SOURCE_REMOVE;
}

static void
on_window_mapped (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint), window);
}

static void
on_activated (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  page = DD_REPORTS_PAGE (find_descendant (GTK_WIDGET (window), DD_TYPE_REPORTS_PAGE));
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    on_window_mapped (GTK_WIDGET (window));
  else
    g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DdApplication) app = NULL;

  if (argc < 2)
    {
      g_printerr ("usage: bench-reports-ui DATABASE\n");
      return 2;
    }

  dd_i18n_init ();
  textdomain (GETTEXT_PACKAGE);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DdContext) context = dd_context_new (argv[1], DD_DATABASE_FLAGS_NONE, &error);
    g_autoptr(DdReportList) list = NULL;

    if (context == NULL)
      g_error ("%s", error->message);
    list = dd_report_list_new (dd_context_get_report_store (context));
    n_reports = g_list_model_get_n_items (G_LIST_MODEL (list));
  }

  started = g_get_monotonic_time ();
  open_times = g_array_new (FALSE, FALSE, sizeof (double));
  jump_times = g_array_new (FALSE, FALSE, sizeof (double));

  app = dd_application_new ();
  g_object_set (app, "database-path", argv[1], NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activated), NULL);

  return g_application_run (G_APPLICATION (app), 0, NULL);
}
