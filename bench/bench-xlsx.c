/* bench-xlsx.c: reading a Performance Hub workbook, measured
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import targets are 100,000 rows from .xlsx into a dataset in under
 * 0.5 s with under 100 MB, and 1,000,000 rows in under 5 s with memory
 * that does not grow with the rows. This measures the first step alone,
 * the streaming reader (dd_xlsx_read, counting cells), which must be
 * well under those.
 *
 * The workbooks are written with libxlsxwriter in the shape of a Hub
 * download: a title row, a source row, a blank row, the header "Period
 * end, Region, PDU, Measure, Numerator, Denominator, Rate, Marker", then
 * the rows, with dates formatted as dates, rates as percentages and a
 * few "[x]" and "[c]" markers in place of numbers. The 100,000-row one
 * uses shared strings (libxlsxwriter's normal mode); the 1,000,000-row
 * one is written in constant_memory mode, which writes inline strings.
 * Each is written by a child process (libxlsxwriter's normal mode holds
 * the whole sheet), so the peak memory reported is the reader's.
 *
 * build/bench/bench-xlsx [DIR] keeps the workbooks in DIR; by default
 * they go to a temporary folder, removed after. When gnumeric's
 * ssconvert is installed, its time to convert the same files to CSV is
 * printed for comparison.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <xlsxwriter.h>

#include "dd-bench-util.h"
#include "import/dd-sheet-reader.h"
#include "import/dd-zip-part.h"

#define N_RUNS 3

static const char * const regions[] = {
  "East Midlands", "East of England", "Greater Manchester", "Kent, Surrey and Sussex",
  "London", "North East", "North West", "South Central", "South West", "Wales",
  "West Midlands", "Yorkshire and the Humber",
};

static const char * const measures[] = {
  "Settled accommodation on release", "Employment at six weeks",
  "Unpaid work hours completed", "Sentence plans on time",
};

typedef struct
{
  guint64 n_cells;
  guint64 n_strings;
  guint64 n_numbers;
  guint64 n_dates;
  guint64 n_percents;
  guint64 n_markers;
  guint32 last_row;
} Count;

/* Writes the workbook; runs in a child process. */
static int
generate (const char *path,
          guint       n_rows,
          gboolean    constant_memory)
{
  lxw_workbook_options options = { .constant_memory = constant_memory };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Accommodation");
  lxw_format *title = workbook_add_format (workbook);
  lxw_format *header = workbook_add_format (workbook);
  lxw_format *date = workbook_add_format (workbook);
  lxw_format *percent = workbook_add_format (workbook);
  static const char * const columns[] = {
    "Period end", "Region", "PDU", "Measure", "Numerator", "Denominator", "Rate", "Marker",
  };
  char pdus[G_N_ELEMENTS (regions)][9][64];
  GRand *rand = g_rand_new_with_seed (6);

  format_set_bold (title);
  format_set_font_size (title, 14);
  format_set_bold (header);
  format_set_num_format (date, "dd/mm/yyyy");
  format_set_num_format (percent, "0.0%");

  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    for (guint p = 0; p < 9; p++)
      g_snprintf (pdus[r][p], sizeof pdus[r][p], "%s PDU %u", regions[r], p + 1);

  worksheet_write_string (sheet, 0, 0, "Performance Hub: accommodation and employment outcomes by PDU", title);
  worksheet_write_string (sheet, 1, 0, "Source: HMPPS Performance Hub (generated for the benchmark)", NULL);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    worksheet_write_string (sheet, 3, c, columns[c], header);

  for (guint i = 0; i < n_rows; i++)
    {
      lxw_row_t row = 4 + i;
      guint region = g_rand_int_range (rand, 0, G_N_ELEMENTS (regions));
      guint denominator = g_rand_int_range (rand, 20, 400);
      guint numerator = g_rand_int_range (rand, 0, denominator + 1);
      guint roll = g_rand_int_range (rand, 0, 100);

      /* Month ends from April 2019, as serial days. */
      worksheet_write_number (sheet, row, 0, 43585 + (guint) ((i / 1000 % 60) * 30.4375), date);
      worksheet_write_string (sheet, row, 1, regions[region], NULL);
      worksheet_write_string (sheet, row, 2, pdus[region][g_rand_int_range (rand, 0, 9)], NULL);
      worksheet_write_string (sheet, row, 3, measures[i % G_N_ELEMENTS (measures)], NULL);
      if (roll < 2)
        {
          /* Suppressed: markers in place of the numbers. */
          const char *marker = roll == 0 ? "[x]" : "[c]";

          worksheet_write_string (sheet, row, 4, marker, NULL);
          worksheet_write_string (sheet, row, 5, marker, NULL);
          worksheet_write_string (sheet, row, 6, marker, NULL);
          worksheet_write_string (sheet, row, 7, marker, NULL);
        }
      else
        {
          worksheet_write_number (sheet, row, 4, numerator, NULL);
          worksheet_write_number (sheet, row, 5, denominator, NULL);
          worksheet_write_number (sheet, row, 6, (double) numerator / denominator, percent);
        }
    }

  g_rand_free (rand);

  return workbook_close (workbook) == LXW_NO_ERROR ? 0 : 1;
}

static gboolean
on_cell (const DdCell  *cell,
         gpointer       user_data,
         GError       **error G_GNUC_UNUSED)
{
  Count *count = user_data;

  count->n_cells++;
  count->last_row = cell->row;

  switch (cell->type)
    {
    case DD_CELL_STRING:
      count->n_strings++;
      if (cell->text[0] == '[')
        count->n_markers++;
      break;
    case DD_CELL_DATE:
      count->n_dates++;
      break;
    case DD_CELL_PERCENT:
      count->n_percents++;
      break;
    case DD_CELL_NUMBER:
    case DD_CELL_BOOLEAN:
    case DD_CELL_ERROR:
    default:
      count->n_numbers++;
      break;
    }

  return TRUE;
}

/* CPU time of this process so far, in ms: the machine may be shared. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0
         + usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The peak resident memory counts from here (Linux 4.0 and later);
 * FALSE when it cannot be reset. */
static gboolean
reset_peak_rss (void)
{
  FILE *file = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (file == NULL)
    return FALSE;

  ok = fputs ("5", file) >= 0;

  return fclose (file) == 0 && ok;
}

static char *
sheet_xml_size (const char *path)
{
  g_autoptr(GsfInfile) zip = dd_zip_open (path, path, NULL, NULL);
  g_autoptr(GsfInput) part = zip != NULL ? dd_zip_find_part (zip, "xl/worksheets/sheet1.xml") : NULL;

  return part != NULL ? g_format_size (gsf_input_size (part)) : g_strdup ("?");
}

static void
measure (const char *self,
         const char *dir,
         guint       n_rows,
         gboolean    constant_memory,
         double      target_ms)
{
  g_autofree char *name = g_strdup_printf ("hub-%u.xlsx", n_rows);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *rows_text = g_strdup_printf ("%u", n_rows);
  const char *argv[] = { self, "--generate", path, rows_text, constant_memory ? "constant" : "shared", NULL };
  static const DdSheetHandler handler = { .cell = on_cell };
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *file_size = NULL;
  g_autofree char *xml_size = NULL;
  g_autofree char *ssconvert = g_find_program_in_path ("ssconvert");
  gboolean peak_reset;
  gint64 start = g_get_monotonic_time ();
  int status = 0;
  Count count = { 0, };
  GStatBuf st;
  double median;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_print ("%u rows written with libxlsxwriter (%s) in %.1f s\n", n_rows,
           constant_memory ? "constant_memory mode: inline strings" : "normal mode: shared strings",
           dd_bench_elapsed_ms (start) / 1000);

  file_size = g_stat (path, &st) == 0 ? g_format_size (st.st_size) : g_strdup ("?");
  xml_size = sheet_xml_size (path);
  peak_reset = reset_peak_rss ();

  for (guint i = 0; i < N_RUNS; i++)
    {
      double elapsed, cpu_start = cpu_ms (), cpu;

      memset (&count, 0, sizeof count);
      start = g_get_monotonic_time ();
      dd_xlsx_read (path, &handler, &count, NULL, &error);
      elapsed = dd_bench_elapsed_ms (start);
      cpu = cpu_ms () - cpu_start;
      g_assert_no_error (error);
      g_array_append_val (runs, elapsed);
      g_array_append_val (cpu_runs, cpu);
    }

  /* Three rows above the header, the header, the rows. */
  g_assert_cmpuint (count.last_row, ==, n_rows + 3);
  g_assert_cmpuint (count.n_dates, ==, n_rows);
  g_assert_cmpuint (count.n_percents + count.n_markers / 4, ==, n_rows);

  g_array_sort (runs, compare_doubles);
  g_array_sort (cpu_runs, compare_doubles);
  median = g_array_index (runs, double, runs->len / 2);
  g_print ("%u rows (%s, sheet XML %s, %s strings): dd_xlsx_read, median of %u: %.0f ms "
           "(fastest %.0f, slowest %.0f; CPU time %.0f ms), %" G_GUINT64_FORMAT " cells "
           "(%" G_GUINT64_FORMAT " strings of which %" G_GUINT64_FORMAT " markers, "
           "%" G_GUINT64_FORMAT " numbers, %" G_GUINT64_FORMAT " dates, %" G_GUINT64_FORMAT " percentages), "
           "%.1f M cells/s; peak RSS %s %.1f MB (reader alone; target for the whole import < %.0f ms)\n",
           n_rows, file_size, xml_size, constant_memory ? "inline" : "shared", N_RUNS, median,
           g_array_index (runs, double, 0), g_array_index (runs, double, runs->len - 1),
           g_array_index (cpu_runs, double, cpu_runs->len / 2), count.n_cells, count.n_strings, count.n_markers, count.n_numbers, count.n_dates,
           count.n_percents, count.n_cells / median / 1000.0,
           peak_reset ? "while reading" : "of the process", dd_bench_peak_rss_kib () / 1024.0,
           target_ms);

  if (ssconvert != NULL)
    {
      g_autofree char *csv = g_build_filename (dir, "ssconvert.csv", NULL);
      const char *convert[] = { ssconvert, path, csv, NULL };

      start = g_get_monotonic_time ();
      g_spawn_sync (NULL, (char **) convert, NULL,
                    G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, &status, NULL);
      g_print ("  for comparison, ssconvert to CSV: %.0f ms\n", dd_bench_elapsed_ms (start));
      g_unlink (csv);
    }
  else
    g_print ("  ssconvert (gnumeric) is not installed: no comparison\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gboolean keep;

  setlocale (LC_ALL, "");

  if (argc == 5 && strcmp (argv[1], "--generate") == 0)
    return generate (argv[2], g_ascii_strtoull (argv[3], NULL, 10), strcmp (argv[4], "constant") == 0);

  keep = argc > 1;
  if (keep)
    {
      dir = g_strdup (argv[1]);
      g_mkdir_with_parents (dir, 0700);
    }
  else
    {
      dir = g_dir_make_tmp ("decision-desk-bench-XXXXXX", &error);
      g_assert_no_error (error);
    }

  measure (argv[0], dir, 100000, FALSE, 500);
  measure (argv[0], dir, 1000000, TRUE, 5000);

  if (!keep)
    {
      g_autofree char *small = g_build_filename (dir, "hub-100000.xlsx", NULL);
      g_autofree char *large = g_build_filename (dir, "hub-1000000.xlsx", NULL);

      g_unlink (small);
      g_unlink (large);
      g_rmdir (dir);
    }

  return 0;
}
