/* test-audit.c: the append-only audit log
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dd-core.h"
#include "storage/dd-database-private.h"
#include "dd-test-util.h"

static DdDatabase *
open_database (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "audit.db", NULL);
  g_autoptr(GError) error = NULL;
  DdDatabase *db = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);

  g_assert_no_error (error);

  return db;
}

static void
append_in_transaction (DdAuditLog          *log,
                       DdDatabase          *db,
                       const DdAuditRecord *record)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdTransaction) transaction = dd_database_begin (db, &error);

  g_assert_no_error (error);
  g_assert_true (dd_audit_log_append (log, record, &error));
  g_assert_no_error (error);
  g_assert_true (dd_transaction_commit (transaction, &error));
  g_assert_no_error (error);
}

static void
test_records_a_write (void)
{
  g_autoptr(DdDatabase) db = open_database ();
  g_autoptr(DdAuditLog) log = dd_audit_log_new (db);
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(DdAuditEntry) entry = NULL;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autoptr(GError) error = NULL;
  GDateTime *when;

  dd_audit_log_set_actor (log, "Chief Executive and Monitoring Officer");

  /* The log keeps whole seconds. */
  before = g_date_time_new_from_unix_utc (g_get_real_time () / G_USEC_PER_SEC);
  append_in_transaction (log, db, &(DdAuditRecord) {
                           .action = "update",
                           .entity = "report",
                           .entity_id = "039-23",
                           .field = "title",
                           .old_value = "Access to HMPPS data",
                           .new_value = "Access to HMPPS Data",
                         });
  after = g_date_time_new_now_utc ();

  entries = dd_audit_log_list (log, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);

  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpint (dd_audit_entry_get_id (entry), >, 0);
  g_assert_cmpstr (dd_audit_entry_get_actor (entry), ==, "Chief Executive and Monitoring Officer");
  g_assert_cmpstr (dd_audit_entry_get_action (entry), ==, "update");
  g_assert_cmpstr (dd_audit_entry_get_entity (entry), ==, "report");
  g_assert_cmpstr (dd_audit_entry_get_entity_id (entry), ==, "039-23");
  g_assert_cmpstr (dd_audit_entry_get_field (entry), ==, "title");
  g_assert_cmpstr (dd_audit_entry_get_old_value (entry), ==, "Access to HMPPS data");
  g_assert_cmpstr (dd_audit_entry_get_new_value (entry), ==, "Access to HMPPS Data");
  g_assert_null (dd_audit_entry_get_reason (entry));

  when = dd_audit_entry_get_timestamp (entry);
  g_assert_nonnull (when);
  g_assert_cmpint (g_date_time_get_utc_offset (when), ==, 0);
  g_assert_cmpint (g_date_time_compare (before, when), <=, 0);
  g_assert_cmpint (g_date_time_compare (when, after), <=, 0);
}

static void
test_stored_in_utc (void)
{
  g_autoptr(DdDatabase) db = open_database ();
  g_autoptr(DdAuditLog) log = dd_audit_log_new (db);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  const char *at;

  append_in_transaction (log, db, &(DdAuditRecord) { .action = "create", .entity = "report" });

  stmt = dd_database_prepare (db, "SELECT at FROM audit_log", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dd_database_step (db, stmt, &error), ==, SQLITE_ROW);
  at = (const char *) sqlite3_column_text (stmt, 0);
  g_assert_true (g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
                                       at, 0, 0));
  sqlite3_reset (stmt);
}

static void
test_rolled_back_with_the_change (void)
{
  g_autoptr(DdDatabase) db = open_database ();
  g_autoptr(DdAuditLog) log = dd_audit_log_new (db);
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(DdTransaction) transaction = dd_database_begin (db, &error);

    g_assert_no_error (error);
    g_assert_true (dd_audit_log_append (log, &(DdAuditRecord) {
                                          .action = "sign",
                                          .entity = "report",
                                          .entity_id = "040-23",
                                        },
                                        &error));
    g_assert_no_error (error);
    /* abandoned: the change did not happen, so neither did its record */
  }

  entries = dd_audit_log_list (log, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 0);
}

static void
test_append_only (void)
{
  g_autoptr(DdDatabase) db = open_database ();
  g_autoptr(DdAuditLog) log = dd_audit_log_new (db);
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(DdAuditEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  dd_audit_log_set_actor (log, "Head of Performance and Scrutiny");
  append_in_transaction (log, db, &(DdAuditRecord) {
                           .action = "sign",
                           .entity = "report",
                           .entity_id = "039-23",
                         });

  g_assert_false (dd_database_exec (db, "UPDATE audit_log SET actor = 'Someone else'", &error));
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "append-only"));
  g_clear_error (&error);

  g_assert_false (dd_database_exec (db, "DELETE FROM audit_log", &error));
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  entries = dd_audit_log_list (log, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  entry = g_list_model_get_item (entries, 0);
  g_assert_cmpstr (dd_audit_entry_get_actor (entry), ==, "Head of Performance and Scrutiny");
}

static void
test_needs_a_transaction (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(DdDatabase) db = open_database ();
      g_autoptr(DdAuditLog) log = dd_audit_log_new (db);

      dd_audit_log_append (log, &(DdAuditRecord) { .action = "update", .entity = "report" }, NULL);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*dd_database_in_transaction*");
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_actor (void)
{
  g_autoptr(DdDatabase) db = open_database ();
  g_autoptr(DdAuditLog) log = dd_audit_log_new (db);
  g_autofree char *system_name = dd_audit_log_dup_default_actor ();
  guint notified = 0;

  g_assert_nonnull (system_name);
  g_assert_cmpstr (system_name, !=, "");
  g_assert_cmpstr (system_name, !=, "Unknown");
  g_assert_cmpstr (dd_audit_log_get_actor (log), ==, system_name);

  g_signal_connect (log, "notify::actor", G_CALLBACK (on_notify), &notified);

  dd_audit_log_set_actor (log, "  Police and Crime Commissioner ");
  g_assert_cmpstr (dd_audit_log_get_actor (log), ==, "Police and Crime Commissioner");
  g_assert_cmpuint (notified, ==, 1);

  /* The same value again is not a change. */
  dd_audit_log_set_actor (log, "Police and Crime Commissioner");
  g_assert_cmpuint (notified, ==, 1);

  /* Blank goes back to the operating system's name. */
  dd_audit_log_set_actor (log, "   ");
  g_assert_cmpstr (dd_audit_log_get_actor (log), ==, system_name);
  g_assert_cmpuint (notified, ==, 2);

  dd_audit_log_set_actor (log, NULL);
  g_assert_cmpstr (dd_audit_log_get_actor (log), ==, system_name);
  g_assert_cmpuint (notified, ==, 2);
}

static void
test_list_filters_and_order (void)
{
  g_autoptr(DdDatabase) db = open_database ();
  g_autoptr(DdAuditLog) log = dd_audit_log_new (db);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) reports = NULL;
  g_autoptr(GListModel) one = NULL;
  g_autoptr(DdAuditEntry) newest = NULL;
  g_autoptr(GError) error = NULL;

  append_in_transaction (log, db, &(DdAuditRecord) { .action = "create", .entity = "report", .entity_id = "039-23" });
  append_in_transaction (log, db, &(DdAuditRecord) { .action = "create", .entity = "report", .entity_id = "040-23" });
  append_in_transaction (log, db, &(DdAuditRecord) { .action = "create", .entity = "user", .entity_id = "7" });
  append_in_transaction (log, db, &(DdAuditRecord) { .action = "sign", .entity = "report", .entity_id = "039-23",
                                                      .reason = "Approved at the Strategic Board" });

  all = dd_audit_log_list (log, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 4);

  reports = dd_audit_log_list (log, "report", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 3);

  one = dd_audit_log_list (log, "report", "039-23", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (one), ==, 2);

  /* Newest first. */
  newest = g_list_model_get_item (one, 0);
  g_assert_cmpstr (dd_audit_entry_get_action (newest), ==, "sign");
  g_assert_cmpstr (dd_audit_entry_get_reason (newest), ==, "Approved at the Strategic Board");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/audit/records-a-write", test_records_a_write);
  g_test_add_func ("/audit/stored-in-utc", test_stored_in_utc);
  g_test_add_func ("/audit/rolled-back-with-the-change", test_rolled_back_with_the_change);
  g_test_add_func ("/audit/append-only", test_append_only);
  g_test_add_func ("/audit/needs-a-transaction", test_needs_a_transaction);
  g_test_add_func ("/audit/actor", test_actor);
  g_test_add_func ("/audit/list-filters-and-order", test_list_filters_and_order);

  return g_test_run ();
}
