/* bench-database.c: how fast the storage layer does what every later
 * feature leans on
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run with `meson test -C build --benchmark --verbose` or directly:
 * build/bench/bench-database [N_ROWS]. Prints one line per figure.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dd-core.h"

static double
elapsed_ms (gint64 since)
{
  return (g_get_monotonic_time () - since) / 1000.0;
}

static void
append_entries (DdAuditLog *log,
                DdDatabase *db,
                guint       n,
                guint       per_transaction)
{
  g_autoptr(GError) error = NULL;

  for (guint done = 0; done < n; )
    {
      g_autoptr(DdTransaction) transaction = dd_database_begin (db, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < per_transaction && done < n; i++, done++)
        {
          g_autofree char *id = g_strdup_printf ("%03u-%02u", done % 1000, 20 + done % 7);

          dd_audit_log_append (log,
                               &(DdAuditRecord) {
                                 .action = "update",
                                 .entity = "report",
                                 .entity_id = id,
                                 .field = "title",
                                 .old_value = "Access to HMPPS data",
                                 .new_value = "Access to HMPPS Data",
                               },
                               &error);
          g_assert_no_error (error);
        }
      dd_transaction_commit (transaction, &error);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n_rows = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("decision-desk-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_assert_nonnull (dir);

  {
    g_autoptr(DdDatabase) db = NULL;
    g_autoptr(DdAuditLog) log = NULL;
    g_autoptr(GListModel) entries = NULL;
    g_auto(GStrv) problems = NULL;

    start = g_get_monotonic_time ();
    db = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);
    g_assert_no_error (error);
    g_print ("create and migrate a new database: %.2f ms\n", elapsed_ms (start));

    log = dd_audit_log_new (db);

    start = g_get_monotonic_time ();
    append_entries (log, db, 1000, 1);
    g_print ("1,000 writes, one transaction each: %.1f ms (%.3f ms per write)\n",
             elapsed_ms (start), elapsed_ms (start) / 1000);

    start = g_get_monotonic_time ();
    append_entries (log, db, n_rows, 10000);
    g_print ("%u writes in transactions of 10,000: %.1f ms (%.0f rows/s)\n",
             n_rows, elapsed_ms (start), n_rows / (elapsed_ms (start) / 1000));

    start = g_get_monotonic_time ();
    entries = dd_audit_log_list (log, "report", "039-23", &error);
    g_assert_no_error (error);
    g_print ("history of one report (%u entries) from %u: %.2f ms\n",
             g_list_model_get_n_items (entries), n_rows + 1000, elapsed_ms (start));

    start = g_get_monotonic_time ();
    dd_database_backup (db, backup, NULL, &error);
    g_assert_no_error (error);
    g_print ("online backup of %u rows: %.1f ms\n", n_rows + 1000, elapsed_ms (start));

    start = g_get_monotonic_time ();
    problems = dd_database_check_integrity (db, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (problems), ==, 0);
    g_print ("integrity check: %.1f ms\n", elapsed_ms (start));
  }

  {
    g_autoptr(DdDatabase) db = NULL;

    start = g_get_monotonic_time ();
    db = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);
    g_assert_no_error (error);
    g_print ("reopen an existing database: %.2f ms\n", elapsed_ms (start));
  }

  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_unlink (file);
      }
    g_unlink (backup);
    g_rmdir (dir);
  }

  return 0;
}
