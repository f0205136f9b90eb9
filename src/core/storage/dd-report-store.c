/* dd-report-store.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads and saves decision reports and applies the workflow's rules.
 *
 * One object per report: the store keeps an id → DdReport map (weak, so
 * a report nobody shows is freed), so the editor and the register share
 * the object and see each other's changes. Lists of reports are id
 * queries (DdReportList); an object's sections are loaded only when it
 * is opened (dd_report_store_load_content()), so memory follows what is
 * on screen, not the number of reports.
 *
 * Every write is one transaction with its audit log entries; the store
 * emits ::changed after each one that lands.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "dd-audit-entry.h"
#include "dd-agreement.h"
#include "dd-agreement-store.h"
#include "dd-audit-log.h"
#include "dd-database-private.h"
#include "dd-dates.h"
#include "dd-office-settings.h"
#include "dd-report-appendix.h"
#include "dd-report-private.h"
#include "dd-report-store.h"
#include "dd-report-text.h"

struct _DdReportStore
{
  GObject           parent_instance;

  DdDatabase       *database;
  DdAuditLog       *audit_log;
  DdOfficeSettings *settings;
  GHashTable       *reports; /* gint64 id → DdReport (weak) */
  DdAgreementStore *agreements; /* to show an agreement attached */
};

G_DEFINE_FINAL_TYPE (DdReportStore, dd_report_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The column of each DdReportField. */
static const char *field_columns[DD_REPORT_N_FIELDS] = {
  [DD_REPORT_FIELD_REFERENCE] = "reference",
  [DD_REPORT_FIELD_CLASSIFICATION] = "classification",
  [DD_REPORT_FIELD_TITLE] = "title",
  [DD_REPORT_FIELD_AREA] = "area",
  [DD_REPORT_FIELD_REPORT_BY_NAME] = "report_by_name",
  [DD_REPORT_FIELD_REPORT_BY_ROLE] = "report_by_role",
  [DD_REPORT_FIELD_CHIEF_OFFICER] = "chief_officer",
  [DD_REPORT_FIELD_DATE] = "report_date",
  [DD_REPORT_FIELD_ENQUIRIES_TO] = "enquiries_to",
  [DD_REPORT_FIELD_PUBLICATION_REASONS] = "publication_reasons",
  [DD_REPORT_FIELD_PUBLICATION_MARKING] = "publication_marking",
  [DD_REPORT_FIELD_REDACTION_DETAILS] = "redaction_details",
  [DD_REPORT_FIELD_REDACTION_DATE] = "redaction_date",
  [DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME] = "chief_executive_name",
  [DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE] = "chief_executive_date",
  [DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME] = "chief_finance_officer_name",
  [DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE] = "chief_finance_officer_date",
  [DD_REPORT_FIELD_DECISION_REASONS] = "decision_reasons",
  [DD_REPORT_FIELD_DECISION_NAME] = "decision_name",
  [DD_REPORT_FIELD_DECISION_ROLE] = "decision_role",
  [DD_REPORT_FIELD_DECISION_DATE] = "decision_date",
  [DD_REPORT_FIELD_REDACTION_SIGNED_NAME] = "redaction_signed_name",
  [DD_REPORT_FIELD_REDACTION_SIGNED_ROLE] = "redaction_signed_role",
  [DD_REPORT_FIELD_REDACTION_SIGNED_DATE] = "redaction_signed_date",
};

/* The first columns of every report query, before the fields. */
#define N_FIXED_COLUMNS 6
static const char fixed_columns[] =
  "id, status, publication, redact_decision_sheet, redact_appendix, decision";

/* Built once from the column names above (never from user text). */
static char *select_by_id_sql;
static char *select_by_reference_sql;
static char *update_sql;
static char *insert_sql;

static const char *publication_names[] = {
  [DD_PUBLICATION_UNDECIDED] = "undecided",
  [DD_PUBLICATION_YES] = "yes",
  [DD_PUBLICATION_NO] = "no",
};

/* Which fields make up each signature. */
static const struct {
  DdReportField name;
  DdReportField date;
  DdReportField role;    /* or -1 */
} signature_fields[] = {
  [DD_SIGNATORY_CHIEF_EXECUTIVE] = { DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME, DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE, -1 },
  [DD_SIGNATORY_CHIEF_FINANCE_OFFICER] = { DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE, -1 },
  [DD_SIGNATORY_DECISION_MAKER] = { DD_REPORT_FIELD_DECISION_NAME, DD_REPORT_FIELD_DECISION_DATE, DD_REPORT_FIELD_DECISION_ROLE },
  [DD_SIGNATORY_REDACTION] = { DD_REPORT_FIELD_REDACTION_SIGNED_NAME, DD_REPORT_FIELD_REDACTION_SIGNED_DATE, DD_REPORT_FIELD_REDACTION_SIGNED_ROLE },
};

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

static char *
entity_id (DdReport *report)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, dd_report_get_id (report));
}

static gboolean
audit (DdReportStore  *self,
       DdReport       *report,
       const char     *action,
       const char     *field,
       const char     *old_value,
       const char     *new_value,
       const char     *reason,
       GError        **error)
{
  g_autofree char *id = entity_id (report);

  return dd_audit_log_append (self->audit_log,
                              &(DdAuditRecord) {
                                .action = action,
                                .entity = "report",
                                .entity_id = id,
                                .field = field,
                                .old_value = old_value,
                                .new_value = new_value,
                                .reason = reason,
                              },
                              error);
}

static void
on_report_finalized (gpointer  data,
                     GObject  *where_the_object_was)
{
  DdReportStore *self = data;
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->reports);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value == (gpointer) where_the_object_was)
      {
        g_hash_table_iter_remove (&iter);
        break;
      }
}

static void
track (DdReportStore *self,
       DdReport      *report)
{
  gint64 *key = g_new (gint64, 1);

  *key = dd_report_get_id (report);
  g_hash_table_replace (self->reports, key, report);
  g_object_weak_ref (G_OBJECT (report), on_report_finalized, self);
}

static void
untrack (DdReportStore *self,
         DdReport      *report)
{
  gint64 id = dd_report_get_id (report);

  if (g_hash_table_lookup (self->reports, &id) == report)
    {
      g_object_weak_unref (G_OBJECT (report), on_report_finalized, self);
      g_hash_table_remove (self->reports, &id);
    }
}

/* Sets @report from a row of a query that starts with fixed_columns. */
static void
apply_row (DdReport     *report,
           sqlite3_stmt *stmt)
{
  DdReportStatus status = DD_REPORT_STATUS_DRAFT;
  const char *publication = (const char *) sqlite3_column_text (stmt, 2);
  const char *decision = (const char *) sqlite3_column_text (stmt, 5);

  g_object_freeze_notify (G_OBJECT (report));

  dd_report_set_id (report, sqlite3_column_int64 (stmt, 0));
  dd_report_status_from_string ((const char *) sqlite3_column_text (stmt, 1), &status);

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    {
      const char *value = (const char *) sqlite3_column_text (stmt, N_FIXED_COLUMNS + i);

      if (dd_report_field_get_kind (i) == DD_REPORT_FIELD_KIND_SIGNATURE)
        dd_report_set_signature_field (report, i, value);
      else
        dd_report_set_field (report, i, value);
    }

  dd_report_set_status (report, status);
  dd_report_set_publication (report, g_strcmp0 (publication, "yes") == 0 ? DD_PUBLICATION_YES :
                                     g_strcmp0 (publication, "no") == 0 ? DD_PUBLICATION_NO :
                                     DD_PUBLICATION_UNDECIDED);
  dd_report_set_redact_decision_sheet (report, sqlite3_column_int (stmt, 3));
  dd_report_set_redact_appendix (report, sqlite3_column_int (stmt, 4));
  dd_report_set_decision (report, g_strcmp0 (decision, "agreed") == 0 ? DD_DECISION_AGREED :
                                  g_strcmp0 (decision, "not_agreed") == 0 ? DD_DECISION_NOT_AGREED :
                                  DD_DECISION_NONE);

  g_object_thaw_notify (G_OBJECT (report));
}

/* Reads the row of report @id into @into. Returns FALSE with @error set
 * (DD_REPORT_ERROR_NOT_FOUND when there is no such report). */
static gboolean
read_row (DdReportStore  *self,
          sqlite3_stmt   *stmt,
          DdReport       *into,
          GError        **error)
{
  int rc;

  if ((rc = dd_database_step (self->database, stmt, error)) == -1)
    return FALSE;

  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, DD_REPORT_ERROR, DD_REPORT_ERROR_NOT_FOUND,
                           _("There is no such report"));
      return FALSE;
    }

  apply_row (into, stmt);
  sqlite3_reset (stmt);

  return TRUE;
}

static gboolean
read_row_by_id (DdReportStore  *self,
                gint64          id,
                DdReport       *into,
                GError        **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database, select_by_id_sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);

  return read_row (self, stmt, into, error);
}

static gboolean read_appendices (DdReportStore  *self,
                                 DdReport       *report,
                                 GError        **error);

static gboolean
read_content (DdReportStore  *self,
              DdReport       *report,
              GError        **error)
{
  g_autoptr(GPtrArray) recommendations = g_ptr_array_new_with_free_func (g_free);
  gint64 id = dd_report_get_id (report);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT number, heading, body FROM report_section"
                                    " WHERE report_id = ? ORDER BY number", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      DdReportSection *section = dd_report_get_section (report, sqlite3_column_int (stmt, 0));

      dd_report_section_set_heading (section, (const char *) sqlite3_column_text (stmt, 1));
      dd_report_section_set_text (section, (const char *) sqlite3_column_text (stmt, 2));
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT text FROM report_recommendation"
                                    " WHERE report_id = ? ORDER BY position", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (recommendations, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    return FALSE;

  g_ptr_array_add (recommendations, NULL);
  dd_report_set_recommendations (report, (const char * const *) recommendations->pdata);

  if (!read_appendices (self, report, error))
    return FALSE;

  dd_report_set_content_loaded (report, TRUE);

  return TRUE;
}

static gboolean
read_appendices (DdReportStore  *self,
                 DdReport       *report,
                 GError        **error)
{
  GListStore *appendices = dd_report_get_appendix_store (report);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 id = dd_report_get_id (report);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT id, title, kind, file_name, content_type,"
                                    "       length (data), agreement_id"
                                    "  FROM report_appendix WHERE report_id = ? ORDER BY position",
                                    error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (loaded,
                     g_object_new (DD_TYPE_REPORT_APPENDIX,
                                   "id", (gint64) sqlite3_column_int64 (stmt, 0),
                                   "title", sqlite3_column_text (stmt, 1),
                                   "kind", g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "agreement") == 0
                                             ? DD_APPENDIX_KIND_AGREEMENT : DD_APPENDIX_KIND_FILE,
                                   "file-name", sqlite3_column_text (stmt, 3),
                                   "content-type", sqlite3_column_text (stmt, 4),
                                   "size", (gint64) sqlite3_column_int64 (stmt, 5),
                                   "agreement-id", (gint64) sqlite3_column_int64 (stmt, 6),
                                   NULL));
  if (rc != SQLITE_DONE)
    return FALSE;

  /* An attached agreement is shown as it is in force (or its newest
   * version, before it is signed). */
  for (guint i = 0; i < loaded->len && self->agreements != NULL; i++)
    {
      DdReportAppendix *appendix = loaded->pdata[i];
      g_autoptr(DdAgreement) agreement = NULL;

      if (dd_report_appendix_get_kind (appendix) != DD_APPENDIX_KIND_AGREEMENT)
        continue;
      if (!(agreement = dd_agreement_store_get_for_appendix (self->agreements,
                                                             dd_report_appendix_get_agreement_id (appendix),
                                                             error)))
        return FALSE;
      loaded->pdata[i] = g_object_new (DD_TYPE_REPORT_APPENDIX,
                                       "id", dd_report_appendix_get_id (appendix),
                                       "title", dd_report_appendix_get_title (appendix),
                                       "kind", (guint) DD_APPENDIX_KIND_AGREEMENT,
                                       "agreement-id", dd_report_appendix_get_agreement_id (appendix),
                                       "agreement", agreement,
                                       NULL);
      g_object_unref (appendix);
    }

  g_list_store_splice (appendices, 0, g_list_model_get_n_items (G_LIST_MODEL (appendices)),
                       loaded->pdata, loaded->len);

  return TRUE;
}

/* Binds every column of the row to the insert or update statement:
 * status ?1, publication ?2, the redaction flags ?3 ?4, decision ?5,
 * updated_at ?6, then the fields from ?7. */
static void
bind_row (sqlite3_stmt *stmt,
          DdReport     *report,
          const char   *now)
{
  sqlite3_bind_text (stmt, 1, dd_report_status_to_string (dd_report_get_status (report)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, publication_names[dd_report_get_publication (report)], -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, dd_report_get_redact_decision_sheet (report));
  sqlite3_bind_int (stmt, 4, dd_report_get_redact_appendix (report));
  sqlite3_bind_text (stmt, 5, dd_decision_to_string (dd_report_get_decision (report)) ?: "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    sqlite3_bind_text (stmt, 7 + i, dd_report_get_field (report, i), -1, SQLITE_TRANSIENT);
}

static gboolean
map_unique_error (DdReport  *report,
                  GError   **error,
                  GError    *local_error)
{
  if (g_error_matches (local_error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_CONSTRAINT) &&
      strstr (local_error->message, "report.reference") != NULL)
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_DUPLICATE,
                   _("A report with the reference “%s” already exists"),
                   dd_report_get_reference (report));
      g_error_free (local_error);
      return FALSE;
    }

  g_propagate_error (error, local_error);
  return FALSE;
}

static gboolean
write_row (DdReportStore  *self,
           DdReport       *report,
           GError        **error)
{
  g_autofree char *now = dd_database_dup_now_utc ();
  GError *local_error = NULL;
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database, update_sql, error)))
    return FALSE;

  bind_row (stmt, report, now);
  sqlite3_bind_int64 (stmt, 7 + DD_REPORT_N_FIELDS, dd_report_get_id (report));

  if (!dd_database_execute (self->database, stmt, &local_error))
    return map_unique_error (report, error, local_error);

  return TRUE;
}

static gboolean
write_section (DdReportStore    *self,
               gint64            report_id,
               DdReportSection  *section,
               GError          **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database,
                                    "INSERT INTO report_section (report_id, number, heading, body)"
                                    " VALUES (?1, ?2, ?3, ?4)"
                                    " ON CONFLICT (report_id, number)"
                                    " DO UPDATE SET heading = ?3, body = ?4", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, report_id);
  sqlite3_bind_int (stmt, 2, dd_report_section_get_number (section));
  sqlite3_bind_text (stmt, 3, dd_report_section_get_heading (section), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, dd_report_section_get_text (section), -1, SQLITE_STATIC);

  return dd_database_execute (self->database, stmt, error);
}

static gboolean
write_recommendations (DdReportStore  *self,
                       DdReport       *report,
                       GError        **error)
{
  const char * const *recommendations = dd_report_get_recommendations (report);
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database,
                                    "DELETE FROM report_recommendation WHERE report_id = ?", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dd_report_get_id (report));
  if (!dd_database_execute (self->database, stmt, error))
    return FALSE;

  for (guint i = 0; recommendations[i] != NULL; i++)
    {
      if (!(stmt = dd_database_prepare (self->database,
                                        "INSERT INTO report_recommendation (report_id, position, text)"
                                        " VALUES (?, ?, ?)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, dd_report_get_id (report));
      sqlite3_bind_int (stmt, 2, i + 1);
      sqlite3_bind_text (stmt, 3, recommendations[i], -1, SQLITE_STATIC);
      if (!dd_database_execute (self->database, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Brings the report's row in the full-text index up to date. */
static gboolean
index_report (DdReportStore  *self,
              gint64          id,
              GError        **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database,
                                    "DELETE FROM report_search WHERE rowid = ?", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!dd_database_execute (self->database, stmt, error))
    return FALSE;

  if (!(stmt = dd_database_prepare (self->database,
                                    "INSERT INTO report_search (rowid, reference, title, people, body)"
                                    " SELECT r.id, r.reference, r.title,"
                                    "   r.report_by_name || ' ' || r.report_by_role || ' ' ||"
                                    "   r.chief_officer || ' ' || r.enquiries_to || ' ' ||"
                                    "   r.chief_executive_name || ' ' || r.chief_finance_officer_name || ' ' ||"
                                    "   r.decision_name || ' ' || r.decision_role || ' ' ||"
                                    "   r.redaction_signed_name,"
                                    "   r.area || ' ' || r.classification || ' ' || r.report_date || ' ' ||"
                                    "   r.publication_reasons || ' ' || r.redaction_details || ' ' ||"
                                    "   r.decision_reasons || ' ' ||"
                                    "   ifnull ((SELECT group_concat (heading || ' ' || body, ' ')"
                                    "              FROM report_section WHERE report_id = r.id), '') || ' ' ||"
                                    "   ifnull ((SELECT group_concat (text, ' ')"
                                    "              FROM report_recommendation WHERE report_id = r.id), '')"
                                    " FROM report r WHERE r.id = ?", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return dd_database_execute (self->database, stmt, error);
}

static gboolean
bump_sequence (DdReportStore  *self,
               const char     *period,
               guint           sequence,
               GError        **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database,
                                    "INSERT INTO reference_sequence (period, last) VALUES (?1, ?2)"
                                    " ON CONFLICT (period) DO UPDATE SET last = max (last, ?2)",
                                    error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, sequence);

  return dd_database_execute (self->database, stmt, error);
}

/* If @reference fits the office's pattern, counts its number as given. */
static gboolean
note_reference (DdReportStore  *self,
                const char     *reference,
                GError        **error)
{
  DdReferencePattern *pattern = dd_office_settings_get_reference_pattern (self->settings);
  g_autofree char *period = NULL;
  guint sequence;

  if (!dd_reference_pattern_match (pattern, reference, &sequence, &period))
    return TRUE;

  return bump_sequence (self, period, sequence, error);
}

static gboolean
reference_exists (DdReportStore  *self,
                  const char     *reference,
                  gboolean       *exists,
                  GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT 1 FROM report WHERE reference = ?", error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, reference, -1, SQLITE_STATIC);
  if ((rc = dd_database_step (self->database, stmt, error)) == -1)
    return FALSE;

  *exists = rc == SQLITE_ROW;
  sqlite3_reset (stmt);

  return TRUE;
}

/* The next reference in the period of @date: one past the last ever
 * given, skipping any taken by an imported report. */
static char *
allocate_reference (DdReportStore  *self,
                    const GDate    *date,
                    GError        **error)
{
  DdReferencePattern *pattern = dd_office_settings_get_reference_pattern (self->settings);
  g_autofree char *period = dd_reference_pattern_dup_period (pattern, date);
  sqlite3_stmt *stmt;
  guint sequence = 0;
  int rc;

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT last FROM reference_sequence WHERE period = ?", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_STATIC);
  if ((rc = dd_database_step (self->database, stmt, error)) == -1)
    return NULL;
  if (rc == SQLITE_ROW)
    {
      sequence = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }

  for (;;)
    {
      g_autofree char *reference = dd_reference_pattern_format (pattern, ++sequence, date);
      gboolean exists;

      if (!reference_exists (self, reference, &exists, error))
        return NULL;

      if (!exists)
        {
          if (!bump_sequence (self, period, sequence, error))
            return NULL;
          return g_steal_pointer (&reference);
        }
    }
}

static gboolean
insert_report (DdReportStore  *self,
               DdReport       *report,
               gint64          id,
               GError        **error)
{
  g_autofree char *now = dd_database_dup_now_utc ();
  GError *local_error = NULL;
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database, insert_sql, error)))
    return FALSE;

  bind_row (stmt, report, now);
  if (id > 0)
    sqlite3_bind_int64 (stmt, 7 + DD_REPORT_N_FIELDS, id);
  else
    sqlite3_bind_null (stmt, 7 + DD_REPORT_N_FIELDS);

  if (!dd_database_execute (self->database, stmt, &local_error))
    return map_unique_error (report, error, local_error);

  dd_report_set_id (report, dd_database_last_insert_rowid (self->database));

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    if (!write_section (self, dd_report_get_id (report), dd_report_get_section (report, n), error))
      return FALSE;

  if (!write_recommendations (self, report, error))
    return FALSE;

  return TRUE;
}

/* Deletes a report's row (its sections, recommendations and appendices
 * go with it) and its entry in the search index. */
static gboolean
remove_row (DdReportStore  *self,
            gint64          id,
            GError        **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database, "DELETE FROM report WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!dd_database_execute (self->database, stmt, error))
    return FALSE;

  if (!(stmt = dd_database_prepare (self->database, "DELETE FROM report_search WHERE rowid = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  return dd_database_execute (self->database, stmt, error);
}

static void
emit_changed (DdReportStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static const char *
lock_reason (DdReport      *saved,
             DdReportField  field)
{
  switch (dd_report_get_status (saved))
    {
    case DD_REPORT_STATUS_PUBLISHED:
      return _("the report is published");
    case DD_REPORT_STATUS_WITHDRAWN:
      return _("the report is withdrawn");
    case DD_REPORT_STATUS_DRAFT:
    case DD_REPORT_STATUS_AWAITING_APPROVAL:
    case DD_REPORT_STATUS_AWAITING_DECISION:
    case DD_REPORT_STATUS_AGREED:
    case DD_REPORT_STATUS_NOT_AGREED:
    default:
      break;
    }

  if (dd_report_field_get_kind (field) == DD_REPORT_FIELD_KIND_REDACTION)
    return _("the redaction is signed off; withdraw that sign-off first");

  return _("the report is signed; withdraw the signatures to change it");
}

static gboolean
refuse_locked (DdReport       *saved,
               const char     *what,
               DdReportField   field,
               GError        **error)
{
  g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_LOCKED,
               /* Translators: “Title of report” cannot be changed in 039-23: the report is signed… */
               _("“%s” cannot be changed in %s: %s"),
               what, dd_report_get_reference (saved), lock_reason (saved, field));
  return FALSE;
}

static gboolean
check_field_value (DdReport       *report,
                   DdReportField   field,
                   const char     *value,
                   GError        **error)
{
  GDate date;

  if (dd_report_field_is_date (field) && *value != '\0' && !dd_date_from_iso (value, &date))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID,
                   _("“%s” is not a date (%s); write dates as YYYY-MM-DD"),
                   value, dd_report_field_get_label (field));
      return FALSE;
    }

  if (field == DD_REPORT_FIELD_REFERENCE && is_blank (value))
    {
      g_set_error_literal (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID,
                           _("A report must have a reference"));
      return FALSE;
    }

  return TRUE;
}

/* Compares @report with what is stored, checks every change is allowed,
 * and writes the changes with their audit entries. Must run inside a
 * transaction. Sets *@changed. */
static gboolean
save_in_transaction (DdReportStore  *self,
                     DdReport       *report,
                     gboolean       *changed,
                     GError        **error)
{
  g_autoptr(DdReport) saved = dd_report_new ();
  gboolean content = dd_report_get_content_loaded (report);
  gboolean any = FALSE;
  gboolean row_changed = FALSE;

  if (!read_row_by_id (self, dd_report_get_id (report), saved, error))
    return FALSE;

  if (content && !read_content (self, saved, error))
    return FALSE;

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    {
      const char *old = dd_report_get_field (saved, i);
      const char *new = dd_report_get_field (report, i);

      if (g_str_equal (old, new) || dd_report_field_get_kind (i) == DD_REPORT_FIELD_KIND_SIGNATURE)
        continue;

      if (!dd_report_is_field_editable (saved, i))
        return refuse_locked (saved, dd_report_field_get_label (i), i, error);

      if (!check_field_value (report, i, new, error))
        return FALSE;

      if (!audit (self, report, "update", field_columns[i], old, new, NULL, error))
        return FALSE;

      row_changed = TRUE;
    }

  if (dd_report_get_publication (saved) != dd_report_get_publication (report))
    {
      if (!dd_report_is_field_editable (saved, DD_REPORT_FIELD_PUBLICATION_REASONS))
        return refuse_locked (saved, _("For publication"), DD_REPORT_FIELD_PUBLICATION_REASONS, error);

      if (!audit (self, report, "update", "publication",
                  publication_names[dd_report_get_publication (saved)],
                  publication_names[dd_report_get_publication (report)], NULL, error))
        return FALSE;

      row_changed = TRUE;
    }

  if (dd_report_get_redact_decision_sheet (saved) != dd_report_get_redact_decision_sheet (report) ||
      dd_report_get_redact_appendix (saved) != dd_report_get_redact_appendix (report))
    {
      if (!dd_report_is_field_editable (saved, DD_REPORT_FIELD_REDACTION_DETAILS))
        return refuse_locked (saved, _("Redaction required"), DD_REPORT_FIELD_REDACTION_DETAILS, error);

      if ((dd_report_get_redact_decision_sheet (saved) != dd_report_get_redact_decision_sheet (report) &&
           !audit (self, report, "update", "redact_decision_sheet",
                   dd_report_get_redact_decision_sheet (saved) ? "yes" : "no",
                   dd_report_get_redact_decision_sheet (report) ? "yes" : "no", NULL, error)) ||
          (dd_report_get_redact_appendix (saved) != dd_report_get_redact_appendix (report) &&
           !audit (self, report, "update", "redact_appendix",
                   dd_report_get_redact_appendix (saved) ? "yes" : "no",
                   dd_report_get_redact_appendix (report) ? "yes" : "no", NULL, error)))
        return FALSE;

      row_changed = TRUE;
    }

  if (content)
    {
      for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
        {
          DdReportSection *old = dd_report_get_section (saved, n);
          DdReportSection *new = dd_report_get_section (report, n);
          const char *old_heading = dd_report_section_get_heading (old);
          const char *new_heading = dd_report_section_get_heading (new);
          const char *old_text = dd_report_section_get_text (old);
          const char *new_text = dd_report_section_get_text (new);
          g_autofree char *field = NULL;

          if (g_str_equal (old_heading, new_heading) && g_str_equal (old_text, new_text))
            continue;

          field = g_strdup_printf ("section %u", n);

          if (!g_str_equal (old_heading, new_heading) || !dd_report_text_same_words (old_text, new_text))
            {
              /* The words changed: signed content. */
              if (dd_report_get_locked (saved))
                {
                  g_autofree char *what = g_strdup_printf (_("Section %u, %s"), n, old_heading);

                  return refuse_locked (saved, what, DD_REPORT_FIELD_TITLE, error);
                }

              if (!g_str_equal (old_heading, new_heading))
                {
                  g_autofree char *heading_field = g_strdup_printf ("section %u heading", n);

                  if (!audit (self, report, "update", heading_field, old_heading, new_heading, NULL, error))
                    return FALSE;
                }

              if (!g_str_equal (old_text, new_text) &&
                  !audit (self, report, "update", field, old_text, new_text, NULL, error))
                return FALSE;
            }
          else
            {
              /* Only what is marked as redacted changed: the publication
               * stage, allowed after the decision. */
              if (!dd_report_is_field_editable (saved, DD_REPORT_FIELD_REDACTION_DETAILS))
                {
                  g_autofree char *what = g_strdup_printf (_("The redaction of section %u"), n);

                  return refuse_locked (saved, what, DD_REPORT_FIELD_REDACTION_DETAILS, error);
                }

              if (!audit (self, report, "redact", field, old_text, new_text, NULL, error))
                return FALSE;
            }

          if (!write_section (self, dd_report_get_id (report), new, error))
            return FALSE;

          any = TRUE;
        }

      if (!g_strv_equal (dd_report_get_recommendations (saved), dd_report_get_recommendations (report)))
        {
          g_autofree char *old = g_strjoinv ("\n", (char **) dd_report_get_recommendations (saved));
          g_autofree char *new = g_strjoinv ("\n", (char **) dd_report_get_recommendations (report));

          if (dd_report_get_locked (saved))
            return refuse_locked (saved, _("Recommendations"), DD_REPORT_FIELD_TITLE, error);

          if (!audit (self, report, "update", "recommendations", old, new, NULL, error) ||
              !write_recommendations (self, report, error))
            return FALSE;

          any = TRUE;
        }
    }

  if (row_changed && !write_row (self, report, error))
    return FALSE;

  any |= row_changed;

  if (any && !index_report (self, dd_report_get_id (report), error))
    return FALSE;

  *changed = any;
  return TRUE;
}

static void
dd_report_store_dispose (GObject *object)
{
  DdReportStore *self = (DdReportStore *)object;

  if (self->reports != NULL)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->reports);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_object_weak_unref (value, on_report_finalized, self);
      g_clear_pointer (&self->reports, g_hash_table_unref);
    }

  g_clear_object (&self->settings);
  g_clear_object (&self->agreements);
  g_clear_object (&self->audit_log);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (dd_report_store_parent_class)->dispose (object);
}

/* "reference, classification, ..." or, for an update,
 * "reference = ?7, classification = ?8, ...". */
static char *
build_field_list (gboolean assignments)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, field_columns[i]);
      if (assignments)
        g_string_append_printf (list, " = ?%u", 7 + i);
    }

  return g_string_free (list, FALSE);
}

static void
dd_report_store_class_init (DdReportStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  g_autofree char *columns = build_field_list (FALSE);
  g_autofree char *assignments = build_field_list (TRUE);
  g_autoptr(GString) values = g_string_new (NULL);

  object_class->dispose = dd_report_store_dispose;

  select_by_id_sql = g_strdup_printf ("SELECT %s, %s FROM report WHERE id = ?",
                                      fixed_columns, columns);
  select_by_reference_sql = g_strdup_printf ("SELECT %s, %s FROM report WHERE reference = ?",
                                             fixed_columns, columns);
  update_sql = g_strdup_printf ("UPDATE report SET status = ?1, publication = ?2,"
                                " redact_decision_sheet = ?3, redact_appendix = ?4, decision = ?5,"
                                " updated_at = ?6, %s WHERE id = ?%u",
                                assignments, 7 + DD_REPORT_N_FIELDS);

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    g_string_append_printf (values, ", ?%u", 7 + i);
  insert_sql = g_strdup_printf ("INSERT INTO report (status, publication, redact_decision_sheet,"
                                " redact_appendix, decision, updated_at, %s, id, created_at)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6%s, ?%u, ?6)",
                                columns, values->str, 7 + DD_REPORT_N_FIELDS);

  /**
   * DdReportStore::changed:
   *
   * Emitted after every write that landed: lists of reports query again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dd_report_store_init (DdReportStore *self)
{
  self->reports = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

DdReportStore *
dd_report_store_new (DdDatabase       *database,
                     DdAuditLog       *audit_log,
                     DdOfficeSettings *settings)
{
  DdReportStore *self;

  g_return_val_if_fail (DD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (DD_IS_AUDIT_LOG (audit_log), NULL);
  g_return_val_if_fail (DD_IS_OFFICE_SETTINGS (settings), NULL);

  self = g_object_new (DD_TYPE_REPORT_STORE, NULL);
  self->database = g_object_ref (database);
  self->audit_log = g_object_ref (audit_log);
  self->settings = g_object_ref (settings);

  return self;
}

DdOfficeSettings *
dd_report_store_get_settings (DdReportStore *self)
{
  g_return_val_if_fail (DD_IS_REPORT_STORE (self), NULL);

  return self->settings;
}

/**
 * dd_report_store_create:
 * @date: (nullable): the date of the report, "YYYY-MM-DD"; today if %NULL
 *
 * Makes a new draft with the next reference for its date, the office's
 * first classification and the template's sixteen section headings.
 *
 * Returns: (transfer full): the new report, or %NULL with @error set
 */
DdReport *
dd_report_store_create (DdReportStore  *self,
                        const char     *date,
                        GError        **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdReport) report = NULL;
  g_autofree char *today = NULL;
  g_autofree char *reference = NULL;
  GDate when;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), NULL);

  if (date == NULL)
    date = today = dd_date_dup_today_iso ();

  if (!dd_date_from_iso (date, &when))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID,
                   _("“%s” is not a date; write dates as YYYY-MM-DD"), date);
      return NULL;
    }

  if (!(transaction = dd_database_begin (self->database, error)))
    return NULL;

  if (!(reference = allocate_reference (self, &when, error)))
    return NULL;

  report = dd_report_new ();
  dd_report_set_field (report, DD_REPORT_FIELD_REFERENCE, reference);
  dd_report_set_field (report, DD_REPORT_FIELD_DATE, date);
  dd_report_set_field (report, DD_REPORT_FIELD_CLASSIFICATION,
                       dd_office_settings_get_classifications (self->settings)[0]);

  if (!insert_report (self, report, 0, error) ||
      !index_report (self, dd_report_get_id (report), error) ||
      !audit (self, report, "create", "reference", NULL, reference, NULL, error) ||
      !dd_transaction_commit (transaction, error))
    return NULL;

  dd_report_set_content_loaded (report, TRUE);
  track (self, report);
  emit_changed (self);

  return g_steal_pointer (&report);
}

/**
 * dd_report_store_get:
 *
 * Returns: (transfer full): the report with @id (the same object each
 *   time, while anyone holds it), or %NULL with @error set
 */
DdReport *
dd_report_store_get (DdReportStore  *self,
                     gint64          id,
                     GError        **error)
{
  g_autoptr(DdReport) report = NULL;
  DdReport *known;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), NULL);

  if ((known = g_hash_table_lookup (self->reports, &id)) != NULL)
    return g_object_ref (known);

  report = dd_report_new ();
  if (!read_row_by_id (self, id, report, error))
    return NULL;

  track (self, report);

  return g_steal_pointer (&report);
}

/**
 * dd_report_store_find_by_reference:
 *
 * Returns: (transfer full): the report with @reference (any case), or
 *   %NULL with @error set (%DD_REPORT_ERROR_NOT_FOUND if there is none)
 */
DdReport *
dd_report_store_find_by_reference (DdReportStore  *self,
                                   const char     *reference,
                                   GError        **error)
{
  g_autoptr(DdReport) row = dd_report_new ();
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  if (!(stmt = dd_database_prepare (self->database, select_by_reference_sql, error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, reference, -1, SQLITE_TRANSIENT);
  if (!read_row (self, stmt, row, &local_error))
    {
      if (g_error_matches (local_error, DD_REPORT_ERROR, DD_REPORT_ERROR_NOT_FOUND))
        g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_NOT_FOUND,
                     _("There is no report with the reference “%s”"), reference);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return dd_report_store_get (self, dd_report_get_id (row), error);
}

/**
 * dd_report_store_load_content:
 *
 * Loads the sections, recommendations and appendices of @report, for
 * the editor, an export or `ddesk show-report`. Does nothing if they
 * are loaded already.
 */
gboolean
dd_report_store_load_content (DdReportStore  *self,
                              DdReport       *report,
                              GError        **error)
{
  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);

  if (dd_report_get_content_loaded (report))
    return TRUE;

  return read_content (self, report, error);
}

/**
 * dd_report_store_save:
 *
 * Writes every change made to @report since it was loaded, in one
 * transaction, with an audit entry for each field (who, when, old and
 * new value). Refuses, writing nothing, a change to signed content
 * (%DD_REPORT_ERROR_LOCKED) or an invalid value.
 */
gboolean
dd_report_store_save (DdReportStore  *self,
                      DdReport       *report,
                      GError        **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  gboolean changed = FALSE;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !save_in_transaction (self, report, &changed, error))
    return FALSE;

  if (!changed)
    return TRUE;

  if (!dd_transaction_commit (transaction, error))
    return FALSE;

  emit_changed (self);
  return TRUE;
}

/**
 * dd_report_store_revert:
 *
 * Throws away unsaved changes to @report: it reads as stored again.
 */
gboolean
dd_report_store_revert (DdReportStore  *self,
                        DdReport       *report,
                        GError        **error)
{
  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);

  if (!read_row_by_id (self, dd_report_get_id (report), report, error))
    return FALSE;

  return !dd_report_get_content_loaded (report) || read_content (self, report, error);
}

/**
 * dd_report_store_delete:
 *
 * Deletes a draft (nothing else may be deleted; withdraw it instead).
 * @report keeps its content, so dd_report_store_undelete() can put it
 * back, as the app's "Undo" does.
 */
gboolean
dd_report_store_delete (DdReportStore  *self,
                        DdReport       *report,
                        GError        **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdReport) saved = dd_report_new ();

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !read_row_by_id (self, dd_report_get_id (report), saved, error))
    return FALSE;

  if (dd_report_get_status (saved) != DD_REPORT_STATUS_DRAFT || dd_report_get_locked (saved))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                   _("Only a draft can be deleted; %s is “%s”. Withdraw it instead."),
                   dd_report_get_reference (saved),
                   dd_report_status_get_label (dd_report_get_status (saved)));
      return FALSE;
    }

  if (!dd_report_store_load_content (self, report, error))
    return FALSE;

  if (!remove_row (self, dd_report_get_id (report), error))
    return FALSE;

  if (!audit (self, report, "delete", "reference", dd_report_get_reference (saved), NULL,
              dd_report_get_title (saved), error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  untrack (self, report);
  emit_changed (self);

  return TRUE;
}

/**
 * dd_report_store_undelete:
 *
 * Puts back a report deleted with dd_report_store_delete(), with its id,
 * reference and content.
 */
gboolean
dd_report_store_undelete (DdReportStore  *self,
                          DdReport       *report,
                          GError        **error)
{
  g_autoptr(DdTransaction) transaction = NULL;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);
  g_return_val_if_fail (dd_report_get_content_loaded (report), FALSE);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !insert_report (self, report, dd_report_get_id (report), error) ||
      !index_report (self, dd_report_get_id (report), error) ||
      !audit (self, report, "undelete", "reference", NULL, dd_report_get_reference (report), NULL, error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  track (self, report);
  emit_changed (self);

  return TRUE;
}

/**
 * dd_report_store_add:
 * @report: a complete report, with its reference and content (an
 *   imported one): its status and signatures are kept as they are
 * @replace: whether a report with the same reference is replaced;
 *   otherwise that is %DD_REPORT_ERROR_DUPLICATE
 */
gboolean
dd_report_store_add (DdReportStore  *self,
                     DdReport       *report,
                     gboolean        replace,
                     GError        **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdReport) existing = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *reference;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);
  g_return_val_if_fail (dd_report_get_id (report) == 0, FALSE);

  reference = dd_report_get_reference (report);
  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    if (!check_field_value (report, i, dd_report_get_field (report, i), error))
      return FALSE;

  if (!(transaction = dd_database_begin (self->database, error)))
    return FALSE;

  existing = dd_report_store_find_by_reference (self, reference, &local_error);
  if (existing == NULL && !g_error_matches (local_error, DD_REPORT_ERROR, DD_REPORT_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (existing != NULL)
    {
      if (!replace)
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_DUPLICATE,
                       _("A report with the reference “%s” already exists"), reference);
          return FALSE;
        }

      if (!remove_row (self, dd_report_get_id (existing), error))
        return FALSE;

      if (!audit (self, existing, "replace", "reference", reference, NULL, NULL, error))
        return FALSE;
    }

  if (!insert_report (self, report, 0, error) ||
      !index_report (self, dd_report_get_id (report), error) ||
      !note_reference (self, reference, error) ||
      !audit (self, report, "import", "reference", NULL, reference, NULL, error) ||
      !dd_transaction_commit (transaction, error))
    {
      dd_report_set_id (report, 0);
      return FALSE;
    }

  if (existing != NULL)
    untrack (self, existing);
  dd_report_set_content_loaded (report, TRUE);
  track (self, report);
  emit_changed (self);

  return TRUE;
}

static gboolean
change_status (DdReportStore  *self,
               DdReport       *report,
               DdReportStatus  status,
               const char     *reason,
               GError        **error)
{
  DdReportStatus old = dd_report_get_status (report);

  if (old == status)
    return TRUE;

  dd_report_set_status (report, status);

  return audit (self, report, "status", "status",
                dd_report_status_to_string (old), dd_report_status_to_string (status),
                reason, error);
}

/* Joins what is missing into one translated sentence ending. */
static char *
join_missing (GPtrArray *missing)
{
  g_ptr_array_add (missing, NULL);
  return g_strjoinv (", ", (char **) missing->pdata);
}

static void
add_if_empty (GPtrArray     *missing,
              DdReport      *report,
              DdReportField  field)
{
  if (*dd_report_get_field (report, field) == '\0')
    g_ptr_array_add (missing, (gpointer) dd_report_field_get_label (field));
}

static gboolean
check_ready_for_approval (DdReport  *report,
                          GError   **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *summary = NULL;

  add_if_empty (missing, report, DD_REPORT_FIELD_TITLE);
  add_if_empty (missing, report, DD_REPORT_FIELD_REPORT_BY_NAME);
  add_if_empty (missing, report, DD_REPORT_FIELD_DATE);
  add_if_empty (missing, report, DD_REPORT_FIELD_CLASSIFICATION);

  summary = dd_report_text_strip (dd_report_section_get_text (dd_report_get_section (report, 1)));
  if (*g_strstrip (summary) == '\0')
    g_ptr_array_add (missing, (gpointer) dd_report_section_get_heading (dd_report_get_section (report, 1)));

  if (dd_report_get_recommendations (report)[0] == NULL)
    g_ptr_array_add (missing, _("at least one recommendation"));

  if (missing->len > 0)
    {
      g_autofree char *list = join_missing (missing);

      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                   _("%s cannot be submitted for approval; it has no %s"),
                   dd_report_get_reference (report), list);
      return FALSE;
    }

  return TRUE;
}

static gboolean
refuse_move (DdReport        *report,
             DdReportStatus   status,
             GError         **error)
{
  g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
               /* Translators: 039-23 cannot go from “Draft” to “Published” */
               _("%s cannot go from “%s” to “%s”"),
               dd_report_get_reference (report),
               dd_report_status_get_label (dd_report_get_status (report)),
               dd_report_status_get_label (status));
  return FALSE;
}

/**
 * dd_report_store_move_to:
 * @status: where to: awaiting approval (submit), draft (back from
 *   awaiting approval, before any approval), awaiting decision (both
 *   approvals given), published (for publication, redaction signed off
 *   where required) or withdrawn (before the decision; needs @reason)
 * @reason: (nullable): why, for the audit log (required to withdraw)
 *
 * Moves @report on in the workflow, saving its pending changes first,
 * or refuses with an error naming what is missing.
 */
gboolean
dd_report_store_move_to (DdReportStore   *self,
                         DdReport        *report,
                         DdReportStatus   status,
                         const char      *reason,
                         GError         **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  DdReportStatus from;
  gboolean changed;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !dd_report_store_load_content (self, report, error) ||
      !save_in_transaction (self, report, &changed, error))
    return FALSE;

  from = dd_report_get_status (report);

  switch (status)
    {
    case DD_REPORT_STATUS_DRAFT:
      if (from != DD_REPORT_STATUS_AWAITING_APPROVAL)
        return refuse_move (report, status, error);
      if (dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_EXECUTIVE) ||
          dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER))
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                       _("%s has an approval; withdraw it before returning the report to draft"),
                       dd_report_get_reference (report));
          return FALSE;
        }
      break;

    case DD_REPORT_STATUS_AWAITING_APPROVAL:
      if (from != DD_REPORT_STATUS_DRAFT)
        return refuse_move (report, status, error);
      if (!check_ready_for_approval (report, error))
        return FALSE;
      break;

    case DD_REPORT_STATUS_AWAITING_DECISION:
      if (from != DD_REPORT_STATUS_AWAITING_APPROVAL)
        return refuse_move (report, status, error);
      {
        g_autoptr(GPtrArray) missing = g_ptr_array_new ();

        if (!dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_EXECUTIVE))
          g_ptr_array_add (missing, _("the approval of the Chief Executive / Monitoring Officer"));
        if (!dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER))
          g_ptr_array_add (missing, _("the approval of the Chief Finance Officer"));

        if (missing->len > 0)
          {
            g_autofree char *list = join_missing (missing);

            g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                         _("%s cannot await decision without %s"),
                         dd_report_get_reference (report), list);
            return FALSE;
          }
      }
      break;

    case DD_REPORT_STATUS_PUBLISHED:
      if (from != DD_REPORT_STATUS_AGREED && from != DD_REPORT_STATUS_NOT_AGREED)
        return refuse_move (report, status, error);
      if (dd_report_get_publication (report) != DD_PUBLICATION_YES)
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                       dd_report_get_publication (report) == DD_PUBLICATION_NO
                         ? _("%s cannot be published: it is not for publication")
                         : _("%s cannot be published: whether it is for publication is not decided"),
                       dd_report_get_reference (report));
          return FALSE;
        }
      if (dd_report_get_redaction_required (report) &&
          !dd_report_is_signed_by (report, DD_SIGNATORY_REDACTION))
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                       _("%s cannot be published: redaction is required but not signed off"),
                       dd_report_get_reference (report));
          return FALSE;
        }
      break;

    case DD_REPORT_STATUS_WITHDRAWN:
      if (from != DD_REPORT_STATUS_DRAFT && from != DD_REPORT_STATUS_AWAITING_APPROVAL &&
          from != DD_REPORT_STATUS_AWAITING_DECISION)
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                       _("%s cannot be withdrawn: it has been decided"),
                       dd_report_get_reference (report));
          return FALSE;
        }
      if (is_blank (reason))
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                       _("Give the reason for withdrawing %s"),
                       dd_report_get_reference (report));
          return FALSE;
        }
      break;

    case DD_REPORT_STATUS_AGREED:
    case DD_REPORT_STATUS_NOT_AGREED:
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                   _("Record the decision on %s to agree or not agree it"),
                   dd_report_get_reference (report));
      return FALSE;

    default:
      g_return_val_if_reached (FALSE);
    }

  if (!change_status (self, report, status, reason, error) ||
      !write_row (self, report, error) ||
      !dd_transaction_commit (transaction, error))
    {
      /* Nothing landed: read back what is stored. */
      dd_report_set_status (report, from);
      return FALSE;
    }

  emit_changed (self);
  return TRUE;
}

/* What signing or withdrawing a signature changes in the object, kept to
 * put back if the write does not land (the rest of the object, with any
 * edits not yet saved, is left alone). */
typedef struct
{
  DdReportStatus status;
  DdDecision     decision;
  char          *fields[DD_REPORT_N_FIELDS];
} SignatureState;

static void
signature_state_save (SignatureState *state,
                      DdReport       *report)
{
  state->status = dd_report_get_status (report);
  state->decision = dd_report_get_decision (report);
  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    state->fields[i] = dd_report_field_get_kind (i) == DD_REPORT_FIELD_KIND_SIGNATURE
                       ? g_strdup (dd_report_get_field (report, i)) : NULL;
}

static void
signature_state_restore (SignatureState *state,
                         DdReport       *report)
{
  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    if (state->fields[i] != NULL)
      {
        dd_report_set_signature_field (report, i, state->fields[i]);
        g_clear_pointer (&state->fields[i], g_free);
      }

  dd_report_set_decision (report, state->decision);
  dd_report_set_status (report, state->status);
}

static void
signature_state_clear (SignatureState *state)
{
  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    g_clear_pointer (&state->fields[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SignatureState, signature_state_clear)

static gboolean
check_signature (DdReport           *report,
                 DdSignatory         signatory,
                 const DdSignature  *signature,
                 GError            **error)
{
  GDate date;

  if (is_blank (signature->name))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                   _("%s: the printed name is missing"), dd_signatory_get_label (signatory));
      return FALSE;
    }

  if (!dd_date_from_iso (signature->date, &date))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID,
                   _("%s: “%s” is not a date; write dates as YYYY-MM-DD"),
                   dd_signatory_get_label (signatory), signature->date ? signature->date : "");
      return FALSE;
    }

  if (signature_fields[signatory].role != (DdReportField) -1 &&
      is_blank (signature->role))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                   _("%s: the role is missing"), dd_signatory_get_label (signatory));
      return FALSE;
    }

  if (dd_report_is_signed_by (report, signatory))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                   _("%s is already signed: %s"),
                   dd_report_get_reference (report), dd_signatory_get_label (signatory));
      return FALSE;
    }

  return TRUE;
}

/**
 * dd_report_store_sign:
 * @signatory: who signs
 * @signature: the name, date, and the role or decision where they apply
 *
 * Records a signature: an approval (while awaiting approval), the
 * decision (while awaiting decision; the report becomes agreed or not
 * agreed) or the redaction sign-off (after the decision, when redaction
 * is required and its details and date are given). Pending changes are
 * saved first; the signed content is locked from then on.
 */
gboolean
dd_report_store_sign (DdReportStore      *self,
                      DdReport           *report,
                      DdSignatory         signatory,
                      const DdSignature  *signature,
                      GError            **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_auto(SignatureState) state = { 0 };
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  DdReportStatus status;
  gboolean changed;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);
  g_return_val_if_fail (signature != NULL, FALSE);
  g_return_val_if_fail (signatory <= DD_SIGNATORY_REDACTION, FALSE);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !dd_report_store_load_content (self, report, error) ||
      !save_in_transaction (self, report, &changed, error))
    return FALSE;

  if (!check_signature (report, signatory, signature, error))
    return FALSE;

  status = dd_report_get_status (report);

  switch (signatory)
    {
    case DD_SIGNATORY_CHIEF_EXECUTIVE:
    case DD_SIGNATORY_CHIEF_FINANCE_OFFICER:
      if (status != DD_REPORT_STATUS_AWAITING_APPROVAL)
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                       _("%s can be approved only while it awaits approval; it is “%s”"),
                       dd_report_get_reference (report), dd_report_status_get_label (status));
          return FALSE;
        }
      break;

    case DD_SIGNATORY_DECISION_MAKER:
      if (status != DD_REPORT_STATUS_AWAITING_DECISION)
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                       _("The decision on %s can be recorded only once both approvals are given "
                         "and it awaits decision; it is “%s”"),
                       dd_report_get_reference (report), dd_report_status_get_label (status));
          return FALSE;
        }
      if (signature->decision != DD_DECISION_AGREED && signature->decision != DD_DECISION_NOT_AGREED)
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                       _("The decision on %s must be agreed or not agreed"),
                       dd_report_get_reference (report));
          return FALSE;
        }
      if (signature->decision == DD_DECISION_NOT_AGREED &&
          is_blank (signature->reasons))
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                       _("The recommendations of %s are not agreed, but the reasons are missing"),
                       dd_report_get_reference (report));
          return FALSE;
        }
      break;

    case DD_SIGNATORY_REDACTION:
      if (status != DD_REPORT_STATUS_AGREED && status != DD_REPORT_STATUS_NOT_AGREED)
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                       _("The redaction of %s is signed off after the decision; it is “%s”"),
                       dd_report_get_reference (report), dd_report_status_get_label (status));
          return FALSE;
        }
      {
        g_autoptr(GPtrArray) missing = g_ptr_array_new ();

        if (!dd_report_get_redaction_required (report))
          g_ptr_array_add (missing, _("what needs redaction (the decision sheet or the appendix)"));
        add_if_empty (missing, report, DD_REPORT_FIELD_REDACTION_DETAILS);
        add_if_empty (missing, report, DD_REPORT_FIELD_REDACTION_DATE);

        if (missing->len > 0)
          {
            g_autofree char *list = join_missing (missing);

            g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                         _("The redaction of %s cannot be signed off without %s"),
                         dd_report_get_reference (report), list);
            return FALSE;
          }
      }
      break;

    default:
      g_return_val_if_reached (FALSE);
    }

  name = g_strstrip (g_strdup (signature->name));
  role = g_strstrip (g_strdup (signature->role ? signature->role : ""));

  signature_state_save (&state, report);
  dd_report_set_signature_field (report, signature_fields[signatory].name, name);
  dd_report_set_signature_field (report, signature_fields[signatory].date, signature->date);
  if (signature_fields[signatory].role != (DdReportField) -1)
    dd_report_set_signature_field (report, signature_fields[signatory].role, role);

  summary = g_strdup_printf ("%s, %s", signature->name, signature->date);

  if (signatory == DD_SIGNATORY_DECISION_MAKER)
    {
      dd_report_set_decision (report, signature->decision);
      dd_report_set_signature_field (report, DD_REPORT_FIELD_DECISION_REASONS,
                                     signature->decision == DD_DECISION_NOT_AGREED ? signature->reasons : "");
      g_free (summary);
      summary = g_strdup_printf ("%s: %s (%s), %s", dd_decision_to_string (signature->decision),
                                 signature->name, signature->role, signature->date);
    }

  if (!audit (self, report, "sign", dd_signatory_to_string (signatory), NULL, summary,
              signatory == DD_SIGNATORY_DECISION_MAKER ? signature->reasons : NULL, error) ||
      (signatory == DD_SIGNATORY_DECISION_MAKER &&
       !change_status (self, report,
                       signature->decision == DD_DECISION_AGREED ? DD_REPORT_STATUS_AGREED
                                                                 : DD_REPORT_STATUS_NOT_AGREED,
                       NULL, error)) ||
      !write_row (self, report, error) ||
      !index_report (self, dd_report_get_id (report), error) ||
      !dd_transaction_commit (transaction, error))
    {
      signature_state_restore (&state, report);
      return FALSE;
    }

  emit_changed (self);
  return TRUE;
}

/**
 * dd_report_store_withdraw_signature:
 * @reason: why; recorded in the audit log, and required
 *
 * Takes back a signature so the report can be changed again: an
 * approval (before the decision; the report goes back to awaiting
 * approval), the decision (before publication, once any redaction
 * sign-off is withdrawn; back to awaiting decision) or the redaction
 * sign-off (before publication).
 */
gboolean
dd_report_store_withdraw_signature (DdReportStore  *self,
                                    DdReport       *report,
                                    DdSignatory     signatory,
                                    const char     *reason,
                                    GError        **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_auto(SignatureState) state = { 0 };
  g_autofree char *old = NULL;
  DdReportStatus status;
  gboolean changed;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);
  g_return_val_if_fail (signatory <= DD_SIGNATORY_REDACTION, FALSE);

  if (is_blank (reason))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_MISSING,
                   _("Give the reason for withdrawing the signature (%s)"),
                   dd_signatory_get_label (signatory));
      return FALSE;
    }

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !dd_report_store_load_content (self, report, error) ||
      !save_in_transaction (self, report, &changed, error))
    return FALSE;

  status = dd_report_get_status (report);

  if (!dd_report_is_signed_by (report, signatory))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                   _("%s is not signed: %s"),
                   dd_report_get_reference (report), dd_signatory_get_label (signatory));
      return FALSE;
    }

  if (status == DD_REPORT_STATUS_PUBLISHED || status == DD_REPORT_STATUS_WITHDRAWN ||
      ((signatory == DD_SIGNATORY_CHIEF_EXECUTIVE || signatory == DD_SIGNATORY_CHIEF_FINANCE_OFFICER) &&
       status != DD_REPORT_STATUS_AWAITING_APPROVAL && status != DD_REPORT_STATUS_AWAITING_DECISION))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                   _("The signature (%s) on %s cannot be withdrawn now: it is “%s”"),
                   dd_signatory_get_label (signatory), dd_report_get_reference (report),
                   dd_report_status_get_label (status));
      return FALSE;
    }

  if (signatory == DD_SIGNATORY_DECISION_MAKER && dd_report_is_signed_by (report, DD_SIGNATORY_REDACTION))
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_WORKFLOW,
                   _("Withdraw the redaction sign-off of %s before the decision"),
                   dd_report_get_reference (report));
      return FALSE;
    }

  old = g_strdup_printf ("%s, %s",
                         dd_report_get_field (report, signature_fields[signatory].name),
                         dd_report_get_field (report, signature_fields[signatory].date));

  signature_state_save (&state, report);
  dd_report_set_signature_field (report, signature_fields[signatory].name, "");
  dd_report_set_signature_field (report, signature_fields[signatory].date, "");
  if (signature_fields[signatory].role != (DdReportField) -1)
    dd_report_set_signature_field (report, signature_fields[signatory].role, "");

  if (signatory == DD_SIGNATORY_DECISION_MAKER)
    {
      dd_report_set_decision (report, DD_DECISION_NONE);
      dd_report_set_signature_field (report, DD_REPORT_FIELD_DECISION_REASONS, "");
    }

  if (!audit (self, report, "withdraw-signature", dd_signatory_to_string (signatory), old, NULL,
              reason, error) ||
      (signatory == DD_SIGNATORY_DECISION_MAKER &&
       !change_status (self, report, DD_REPORT_STATUS_AWAITING_DECISION, reason, error)) ||
      ((signatory == DD_SIGNATORY_CHIEF_EXECUTIVE || signatory == DD_SIGNATORY_CHIEF_FINANCE_OFFICER) &&
       !change_status (self, report, DD_REPORT_STATUS_AWAITING_APPROVAL, reason, error)) ||
      !write_row (self, report, error) ||
      !index_report (self, dd_report_get_id (report), error) ||
      !dd_transaction_commit (transaction, error))
    {
      signature_state_restore (&state, report);
      return FALSE;
    }

  emit_changed (self);
  return TRUE;
}

/* Words typed into the search bar, as an FTS5 query: each word a quoted
 * prefix, all of them required. NULL when there are none. */
static char *
build_match (const char *search)
{
  g_auto(GStrv) words = NULL;
  GString *match;

  if (search == NULL)
    return NULL;

  words = g_strsplit_set (search, " \t\n\r", -1);
  match = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(GString) word = g_string_new (words[i]);

      g_string_replace (word, "\"", "\"\"", 0);
      if (word->len == 0)
        continue;

      if (match->len > 0)
        g_string_append_c (match, ' ');
      g_string_append_printf (match, "\"%s\"*", word->str);
    }

  if (match->len == 0)
    {
      g_string_free (match, TRUE);
      return NULL;
    }

  return g_string_free (match, FALSE);
}

/* The sort keys; each is followed by the direction, then by the id in
 * the same direction so the order is total. */
static const char *sort_keys[DD_REPORT_N_SORTS] = {
  [DD_REPORT_SORT_DATE] = "r.report_date",
  [DD_REPORT_SORT_REFERENCE] = "r.reference COLLATE NOCASE",
  [DD_REPORT_SORT_TITLE] = "r.title COLLATE NOCASE",
  [DD_REPORT_SORT_STATUS] = "CASE r.status WHEN 'draft' THEN 0 WHEN 'awaiting_approval' THEN 1"
                            " WHEN 'awaiting_decision' THEN 2 WHEN 'agreed' THEN 3"
                            " WHEN 'not_agreed' THEN 4 WHEN 'published' THEN 5 ELSE 6 END",
  [DD_REPORT_SORT_CLASSIFICATION] = "r.classification COLLATE NOCASE",
  [DD_REPORT_SORT_DECISION] = "r.decision",
};

/* Above this many matches, a search is not ranked (see below). */
#define MAX_RANKED_MATCHES 1000

/* Counts the matches up to one more than @limit: enough to know whether
 * there are more, without reading every match of a common word. */
static gboolean
count_matches (DdReportStore  *self,
               const char     *match,
               gint64          limit,
               gint64         *n_matches,
               GError        **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT count(*) FROM (SELECT 1 FROM report_search"
                                    " WHERE report_search MATCH ?1 LIMIT ?2)",
                                    error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit + 1);
  if (dd_database_step (self->database, stmt, error) != SQLITE_ROW)
    return FALSE;

  *n_matches = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

/**
 * dd_report_store_query:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the reports
 *   that pass @filter, in its order, or %NULL with @error set
 */
GArray *
dd_report_store_query (DdReportStore         *self,
                       const DdReportFilter  *filter,
                       GError               **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *match = NULL;
  g_autofree char *order = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *year = NULL;
  const char *direction;
  gboolean order_by_rowid = FALSE;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (filter->sort < DD_REPORT_N_SORTS, NULL);

  match = build_match (filter->search);
  direction = filter->descending ? "DESC" : "ASC";

  if (match != NULL && filter->rank_search)
    {
      /* Ranking is worth its cost while there are few enough matches for
       * rank to mean something; a word found in most of the register
       * lists what was added last first. */
      gint64 n_matches = 0;

      if (!count_matches (self, match, MAX_RANKED_MATCHES, &n_matches, error))
        return NULL;

      if (n_matches <= MAX_RANKED_MATCHES)
        order = g_strdup ("bm25 (report_search, 10.0, 5.0, 2.0, 1.0), r.report_date DESC");
      else
        {
          order = g_strdup ("report_search.rowid DESC");
          order_by_rowid = TRUE;
        }
    }
  else
    order = g_strdup_printf ("%s %s, r.id %s", sort_keys[filter->sort], direction, direction);

  /* Built from our own fragments only; everything the user typed is bound. */
  if (match != NULL && order_by_rowid && filter->status < 0 && filter->year == 0)
    /* The index alone answers, in its own order. */
    sql = g_strdup ("SELECT rowid FROM report_search WHERE report_search MATCH ?5 ORDER BY rowid DESC");
  else
    sql = g_strdup_printf ("SELECT r.id FROM %s"
                           " WHERE (?1 < 0 OR r.status = ?2)"
                           "   AND (?3 = 0 OR substr (r.report_date, 1, 4) = ?4)"
                           "%s"
                           " ORDER BY %s",
                           match != NULL ? "report_search JOIN report r ON r.id = report_search.rowid"
                                         : "report r",
                           match != NULL ? " AND report_search MATCH ?5" : "",
                           order);

  if (!(stmt = dd_database_prepare (self->database, sql, error)))
    return NULL;

  year = g_strdup_printf ("%04d", filter->year);
  sqlite3_bind_int (stmt, 1, filter->status);
  if (filter->status >= 0)
    sqlite3_bind_text (stmt, 2, dd_report_status_to_string (filter->status), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, filter->year);
  sqlite3_bind_text (stmt, 4, year, -1, SQLITE_STATIC);
  if (match != NULL)
    sqlite3_bind_text (stmt, 5, match, -1, SQLITE_STATIC);

  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&ids);
}

/**
 * dd_report_store_list_years:
 *
 * Returns: (transfer full) (element-type int): the years reports are
 *   dated in, newest first
 */
GArray *
dd_report_store_list_years (DdReportStore  *self,
                            GError        **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), NULL);

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT DISTINCT CAST (substr (report_date, 1, 4) AS INTEGER) AS year"
                                    " FROM report WHERE report_date <> '' ORDER BY year DESC", error)))
    return NULL;

  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);

      g_array_append_val (years, year);
    }

  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&years);
}

guint
dd_report_store_count (DdReportStore  *self,
                       GError        **error)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), 0);

  if (!(stmt = dd_database_prepare (self->database, "SELECT count(*) FROM report", error)))
    return 0;

  if (dd_database_step (self->database, stmt, error) == SQLITE_ROW)
    {
      count = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }

  return count;
}

/**
 * dd_report_store_attach_file:
 * @title: the appendix's title, e.g. "Appendix A: Memorandum of Understanding"
 * @file_name: the file's name
 * @content_type: (nullable): its type, e.g. "application/pdf"
 * @data: its bytes, kept in the database
 *
 * Adds a file as the next appendix of @report (signed content: refused
 * once the report is signed).
 */
gboolean
dd_report_store_attach_file (DdReportStore  *self,
                             DdReport       *report,
                             const char     *title,
                             const char     *file_name,
                             const char     *content_type,
                             GBytes         *data,
                             GError        **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdReport) saved = dd_report_new ();
  sqlite3_stmt *stmt;
  gsize size;
  const void *bytes;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);
  g_return_val_if_fail (file_name != NULL && data != NULL, FALSE);

  if (is_blank (title))
    title = file_name;

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !read_row_by_id (self, dd_report_get_id (report), saved, error) ||
      !dd_report_store_load_content (self, report, error))
    return FALSE;

  if (dd_report_get_locked (saved))
    return refuse_locked (saved, _("Appendices"), DD_REPORT_FIELD_TITLE, error);

  if (!(stmt = dd_database_prepare (self->database,
                                    "INSERT INTO report_appendix"
                                    " (report_id, position, title, kind, file_name, content_type, data)"
                                    " VALUES (?1, (SELECT ifnull (max (position), 0) + 1"
                                    "              FROM report_appendix WHERE report_id = ?1),"
                                    "         ?2, 'file', ?3, ?4, ?5)", error)))
    return FALSE;

  bytes = g_bytes_get_data (data, &size);
  sqlite3_bind_int64 (stmt, 1, dd_report_get_id (report));
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, file_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, content_type, -1, SQLITE_STATIC);
  sqlite3_bind_blob64 (stmt, 5, bytes, size, SQLITE_STATIC);

  if (!dd_database_execute (self->database, stmt, error) ||
      !audit (self, report, "attach", "appendix", NULL, title, NULL, error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  /* Show it: read the appendices again. */
  if (!read_appendices (self, report, error))
    return FALSE;

  emit_changed (self);
  return TRUE;
}

/**
 * dd_report_store_set_agreement_store:
 *
 * Lets the store read the agreements attached to reports as appendices.
 */
void
dd_report_store_set_agreement_store (DdReportStore    *self,
                                     DdAgreementStore *agreements)
{
  g_return_if_fail (DD_IS_REPORT_STORE (self));
  g_return_if_fail (agreements == NULL || DD_IS_AGREEMENT_STORE (agreements));

  g_set_object (&self->agreements, agreements);
}

/**
 * dd_report_store_attach_agreement:
 * @agreement: any version of the agreement to attach
 * @title: (nullable): the appendix's title; the agreement's otherwise
 *
 * Attaches the data-sharing agreement to @report as an appendix (the
 * decision that approved it, say). Its decision sheet shows the
 * agreement in full, as in force when the sheet is made.
 */
gboolean
dd_report_store_attach_agreement (DdReportStore  *self,
                                  DdReport       *report,
                                  DdAgreement    *agreement,
                                  const char     *title,
                                  GError        **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdReport) saved = dd_report_new ();
  GListModel *appendices;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);
  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (dd_agreement_get_id (agreement) != 0, FALSE);

  if (is_blank (title))
    title = dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_TITLE);
  if (is_blank (title))
    title = _("Data-sharing agreement");

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !read_row_by_id (self, dd_report_get_id (report), saved, error) ||
      !dd_report_store_load_content (self, report, error))
    return FALSE;

  if (dd_report_get_locked (saved))
    return refuse_locked (saved, _("Appendices"), DD_REPORT_FIELD_TITLE, error);

  appendices = dd_report_get_appendices (report);
  for (guint i = 0; i < g_list_model_get_n_items (appendices); i++)
    {
      g_autoptr(DdReportAppendix) appendix = g_list_model_get_item (appendices, i);

      if (dd_report_appendix_get_kind (appendix) == DD_APPENDIX_KIND_AGREEMENT &&
          dd_report_appendix_get_agreement_id (appendix) == dd_agreement_get_id (agreement))
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID,
                       _("The agreement is already appendix %u of %s."), i + 1,
                       dd_report_get_reference (saved));
          return FALSE;
        }
    }

  if (!(stmt = dd_database_prepare (self->database,
                                    "INSERT INTO report_appendix"
                                    " (report_id, position, title, kind, agreement_id)"
                                    " VALUES (?1, (SELECT ifnull (max (position), 0) + 1"
                                    "              FROM report_appendix WHERE report_id = ?1),"
                                    "         ?2, 'agreement', ?3)", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dd_report_get_id (report));
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, dd_agreement_get_id (agreement));

  if (!dd_database_execute (self->database, stmt, error) ||
      !audit (self, report, "attach", "appendix", NULL, title, NULL, error) ||
      !dd_transaction_commit (transaction, error) ||
      !read_appendices (self, report, error))
    return FALSE;

  emit_changed (self);
  return TRUE;
}

/**
 * dd_report_store_dup_appendix_data:
 *
 * Returns: (transfer full): the bytes of an attached file
 */
GBytes *
dd_report_store_dup_appendix_data (DdReportStore     *self,
                                   DdReportAppendix  *appendix,
                                   GError           **error)
{
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;
  int rc;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), NULL);
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (appendix), NULL);

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT data FROM report_appendix WHERE id = ?", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, dd_report_appendix_get_id (appendix));
  if ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      sqlite3_reset (stmt);
    }
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, DD_REPORT_ERROR, DD_REPORT_ERROR_NOT_FOUND,
                         _("The appendix is no longer there"));

  return bytes;
}

gboolean
dd_report_store_remove_appendix (DdReportStore     *self,
                                 DdReport          *report,
                                 DdReportAppendix  *appendix,
                                 GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdReport) saved = dd_report_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DD_IS_REPORT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (appendix), FALSE);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !read_row_by_id (self, dd_report_get_id (report), saved, error))
    return FALSE;

  if (dd_report_get_locked (saved))
    return refuse_locked (saved, _("Appendices"), DD_REPORT_FIELD_TITLE, error);

  if (!(stmt = dd_database_prepare (self->database,
                                    "DELETE FROM report_appendix WHERE id = ? AND report_id = ?", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dd_report_appendix_get_id (appendix));
  sqlite3_bind_int64 (stmt, 2, dd_report_get_id (report));

  if (!dd_database_execute (self->database, stmt, error) ||
      !audit (self, report, "detach", "appendix", dd_report_appendix_get_title (appendix), NULL,
              NULL, error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  if (!read_appendices (self, report, error))
    return FALSE;

  emit_changed (self);
  return TRUE;
}

/* What an audit entry's field is called in the interface. */
static char *
dup_field_label (const char *field)
{
  guint number;
  char rest[16] = "";

  if (field == NULL)
    return g_strdup ("");

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    if (g_str_equal (field, field_columns[i]))
      return g_strdup (dd_report_field_get_label (i));

  for (guint i = 0; i <= DD_SIGNATORY_REDACTION; i++)
    if (g_str_equal (field, dd_signatory_to_string (i)))
      return g_strdup (dd_signatory_get_label (i));

  if (sscanf (field, "section %u %15s", &number, rest) >= 1 && number >= 1 && number <= DD_REPORT_N_SECTIONS)
    return g_str_equal (rest, "heading") ? g_strdup_printf (_("Heading of section %u"), number)
                                         : g_strdup_printf (_("Section %u"), number);

  if (g_str_equal (field, "recommendations"))
    return g_strdup (_("Recommendations"));
  if (g_str_equal (field, "publication"))
    return g_strdup (_("For publication"));
  if (g_str_equal (field, "redact_decision_sheet"))
    return g_strdup (_("Redaction of the decision sheet"));
  if (g_str_equal (field, "redact_appendix"))
    return g_strdup (_("Redaction of the appendix"));
  if (g_str_equal (field, "status"))
    return g_strdup (_("Status"));

  return g_strdup (field);
}

/* Long values are shortened for a one-line history. */
static char *
dup_short (const char *value)
{
  g_autofree char *plain = dd_report_text_strip (value != NULL ? value : "");
  glong length;

  g_strdelimit (plain, "\n\t", ' ');
  length = g_utf8_strlen (plain, -1);
  if (length <= 60)
    return g_steal_pointer (&plain);

  {
    g_autofree char *start = g_utf8_substring (plain, 0, 57);

    return g_strconcat (start, "…", NULL);
  }
}

static const char *
status_label_of (const char *name)
{
  DdReportStatus status;

  return dd_report_status_from_string (name, &status) ? dd_report_status_get_label (status) : name;
}

/**
 * dd_report_store_describe_change:
 * @entry: an entry of a report's history
 *
 * Returns: (transfer full): the change in a sentence, for the history
 *   shown in the editor
 */
char *
dd_report_store_describe_change (DdAuditEntry *entry)
{
  const char *action = dd_audit_entry_get_action (entry);
  g_autofree char *label = dup_field_label (dd_audit_entry_get_field (entry));
  g_autofree char *old = dup_short (dd_audit_entry_get_old_value (entry));
  g_autofree char *new = dup_short (dd_audit_entry_get_new_value (entry));

  if (g_str_equal (action, "create"))
    return g_strdup_printf (_("Created as %s"), new);
  if (g_str_equal (action, "import"))
    return g_strdup_printf (_("Imported as %s"), new);
  if (g_str_equal (action, "replace"))
    return g_strdup_printf (_("Replaced by an imported report %s"), old);
  if (g_str_equal (action, "delete"))
    return g_strdup_printf (_("Deleted (%s)"), old);
  if (g_str_equal (action, "undelete"))
    return g_strdup_printf (_("Restored as %s"), new);
  if (g_str_equal (action, "status"))
    return g_strdup_printf (_("Moved from “%s” to “%s”"),
                            status_label_of (dd_audit_entry_get_old_value (entry)),
                            status_label_of (dd_audit_entry_get_new_value (entry)));
  if (g_str_equal (action, "sign"))
    return g_strdup_printf (_("Signed: %s — %s"), label, new);
  if (g_str_equal (action, "withdraw-signature"))
    return g_strdup_printf (_("Signature withdrawn: %s (was %s)"), label, old);
  if (g_str_equal (action, "redact"))
    return g_strdup_printf (_("Redaction marks changed in %s"), label);
  if (g_str_equal (action, "attach"))
    return g_strdup_printf (_("Appendix attached: %s"), new);
  if (g_str_equal (action, "detach"))
    return g_strdup_printf (_("Appendix removed: %s"), old);

  if (*old == '\0')
    return g_strdup_printf (_("%s set to “%s”"), label, new);
  if (*new == '\0')
    return g_strdup_printf (_("%s cleared (was “%s”)"), label, old);

  return g_strdup_printf (_("%s changed from “%s” to “%s”"), label, old, new);
}
