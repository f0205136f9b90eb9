/* dd-agreement-store.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data-sharing agreement and its versions. A version is a draft
 * until it is signed; then it is frozen (triggers in the schema refuse
 * any change to it), and editing makes the next version, kept beside
 * the older ones. The agreement's status on a given day follows from its
 * signed versions: the newest one whose start date has come is the one
 * in force, until its end date passes, the office begins a review, or
 * the agreement is terminated. Every change is one transaction and is
 * written to the audit log.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-agreement-private.h"
#include "dd-agreement-section.h"
#include "dd-agreement-store.h"
#include "dd-audit-log.h"
#include "dd-database-private.h"
#include "dd-dates.h"

struct _DdAgreementStore
{
  GObject     parent_instance;

  DdDatabase *database;
  DdAuditLog *audit_log;
};

G_DEFINE_FINAL_TYPE (DdAgreementStore, dd_agreement_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The columns of agreement_version, in the order of DdAgreementField. */
static const char *const columns[DD_AGREEMENT_N_FIELDS] = {
  [DD_AGREEMENT_FIELD_TITLE] = "title",
  [DD_AGREEMENT_FIELD_OFFICE_PARTY] = "office_party",
  [DD_AGREEMENT_FIELD_OFFICE_CONTACT] = "office_contact",
  [DD_AGREEMENT_FIELD_MOJ_PARTY] = "moj_party",
  [DD_AGREEMENT_FIELD_MOJ_CONTACT] = "moj_contact",
  [DD_AGREEMENT_FIELD_PURPOSE] = "purpose",
  [DD_AGREEMENT_FIELD_LEGAL_BASIS] = "legal_basis",
  [DD_AGREEMENT_FIELD_ACCESS_MODE] = "access_mode",
  [DD_AGREEMENT_FIELD_DATA_COVERED] = "data_covered",
  [DD_AGREEMENT_FIELD_LEVELS] = "levels",
  [DD_AGREEMENT_FIELD_TERMS_OF_USE] = "terms_of_use",
  [DD_AGREEMENT_FIELD_BAU_CONTACT] = "bau_contact",
  [DD_AGREEMENT_FIELD_SRO] = "sro",
  [DD_AGREEMENT_FIELD_REPORT_REFERENCE] = "report_reference",
  [DD_AGREEMENT_FIELD_DATE_SIGNED] = "date_signed",
  [DD_AGREEMENT_FIELD_START_DATE] = "start_date",
  [DD_AGREEMENT_FIELD_REVIEW_DATE] = "review_date",
  [DD_AGREEMENT_FIELD_END_DATE] = "end_date",
  [DD_AGREEMENT_FIELD_STATEMENT] = "statement",
};

/* What the status of an agreement is worked out from. */
typedef struct
{
  gint64            in_force_version_id;
  DdAgreementStatus status;
} AgreementState;

static void
dd_agreement_store_dispose (GObject *object)
{
  DdAgreementStore *self = (DdAgreementStore *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->audit_log);

  G_OBJECT_CLASS (dd_agreement_store_parent_class)->dispose (object);
}

static void
dd_agreement_store_class_init (DdAgreementStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dd_agreement_store_dispose;

  /**
   * DdAgreementStore::changed:
   *
   * After every change written: a version saved, made, signed or
   * discarded, a review begun or ended, a termination.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dd_agreement_store_init (DdAgreementStore *self)
{
}

DdAgreementStore *
dd_agreement_store_new (DdDatabase *database,
                        DdAuditLog *audit_log)
{
  DdAgreementStore *self;

  g_return_val_if_fail (DD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (DD_IS_AUDIT_LOG (audit_log), NULL);

  self = g_object_new (DD_TYPE_AGREEMENT_STORE, NULL);
  self->database = g_object_ref (database);
  self->audit_log = g_object_ref (audit_log);
  return self;
}

static void
emit_changed (DdAgreementStore *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static gboolean
audit (DdAgreementStore  *self,
       gint64             agreement_id,
       const char        *action,
       const char        *field,
       const char        *old_value,
       const char        *new_value,
       const char        *reason,
       GError           **error)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, agreement_id);

  return dd_audit_log_append (self->audit_log,
                              &(DdAuditRecord) {
                                .action = action,
                                .entity = "agreement",
                                .entity_id = id,
                                .field = field,
                                .old_value = old_value,
                                .new_value = new_value,
                                .reason = reason,
                              },
                              error);
}

/* The state of agreement @agreement_id today. */
static gboolean
read_state (DdAgreementStore  *self,
            gint64             agreement_id,
            AgreementState    *state,
            GError           **error)
{
  g_autofree char *today = dd_date_dup_today_iso ();
  g_autofree char *terminated = NULL;
  g_autofree char *end_date = NULL;
  gboolean under_review = FALSE, any_signed = FALSE;
  sqlite3_stmt *stmt;
  int rc;

  state->in_force_version_id = 0;
  state->status = DD_AGREEMENT_STATUS_DRAFT;

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT under_review, terminated_date FROM agreement WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, agreement_id);
  if ((rc = dd_database_step (self->database, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_NOT_FOUND,
                     _("The agreement is no longer in the database."));
      return FALSE;
    }
  under_review = sqlite3_column_int (stmt, 0) != 0;
  terminated = g_strdup (dd_database_column_text (stmt, 1));
  sqlite3_reset (stmt);

  /* The newest signed version that has started. */
  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT id, start_date, end_date FROM agreement_version "
                                    "WHERE agreement_id = ? AND signed = 1 ORDER BY version DESC", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, agreement_id);
  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      any_signed = TRUE;
      if (g_strcmp0 (dd_database_column_text (stmt, 1), today) <= 0)
        {
          state->in_force_version_id = sqlite3_column_int64 (stmt, 0);
          end_date = g_strdup (dd_database_column_text (stmt, 2));
          sqlite3_reset (stmt);
          break;
        }
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return FALSE;

  if (*terminated != '\0' && g_strcmp0 (terminated, today) <= 0)
    {
      state->status = DD_AGREEMENT_STATUS_TERMINATED;
      state->in_force_version_id = 0;
    }
  else if (state->in_force_version_id != 0)
    {
      if (end_date != NULL && *end_date != '\0' && g_strcmp0 (end_date, today) < 0)
        {
          state->status = DD_AGREEMENT_STATUS_EXPIRED;
          state->in_force_version_id = 0;
        }
      else if (under_review)
        state->status = DD_AGREEMENT_STATUS_UNDER_REVIEW;
      else
        state->status = DD_AGREEMENT_STATUS_IN_FORCE;
    }
  else if (any_signed)
    state->status = DD_AGREEMENT_STATUS_SIGNED;

  return TRUE;
}

static gboolean
read_sections (DdAgreementStore  *self,
               DdAgreement       *agreement,
               gint64             version_id,
               GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT heading, body FROM agreement_section "
                                    "WHERE version_id = ? ORDER BY position", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);
  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    dd_agreement_add_section (agreement, dd_database_column_text (stmt, 0), dd_database_column_text (stmt, 1));
  return rc == SQLITE_DONE;
}

static char *
select_version_sql (const char *where)
{
  g_autoptr(GString) sql = g_string_new ("SELECT v.id, v.agreement_id, v.version, v.signed, v.platforms, "
                                         "a.terminated_date, a.termination_reason");

  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    g_string_append_printf (sql, ", v.%s", columns[i]);
  g_string_append (sql, " FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id ");
  g_string_append (sql, where);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

#define FIRST_FIELD_COLUMN 7

/* Reads the version @stmt stands on into a new DdAgreement. */
static DdAgreement *
agreement_from_row (sqlite3_stmt *stmt)
{
  DdAgreement *agreement = dd_agreement_new ();

  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    dd_agreement_set_field (agreement, i, dd_database_column_text (stmt, FIRST_FIELD_COLUMN + i));
  dd_agreement_set_platforms (agreement, sqlite3_column_int (stmt, 4));
  dd_agreement_set_identity (agreement, sqlite3_column_int64 (stmt, 1),
                             sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 2));
  dd_agreement_set_termination (agreement, dd_database_column_text (stmt, 5), dd_database_column_text (stmt, 6));
  return agreement;
}

/* Sections, frozen flag and status: what the row alone does not give. */
static gboolean
complete_agreement (DdAgreementStore  *self,
                    DdAgreement       *agreement,
                    gboolean           signed_,
                    GError           **error)
{
  AgreementState state;

  if (!read_sections (self, agreement, dd_agreement_get_version_id (agreement), error) ||
      !read_state (self, dd_agreement_get_id (agreement), &state, error))
    return FALSE;
  dd_agreement_set_frozen (agreement, signed_);
  dd_agreement_set_status (agreement, state.status,
                           state.in_force_version_id == dd_agreement_get_version_id (agreement));
  return TRUE;
}

static DdAgreement *
read_one (DdAgreementStore  *self,
          const char        *where,
          gint64             key,
          GError           **error)
{
  g_autofree char *sql = select_version_sql (where);
  g_autoptr(DdAgreement) agreement = NULL;
  sqlite3_stmt *stmt;
  gboolean signed_;
  int rc;

  if (!(stmt = dd_database_prepare (self->database, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, key);
  if ((rc = dd_database_step (self->database, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_NOT_FOUND,
                     _("There is no such version of the agreement."));
      return NULL;
    }
  agreement = agreement_from_row (stmt);
  signed_ = sqlite3_column_int (stmt, 3) != 0;
  sqlite3_reset (stmt);

  if (!complete_agreement (self, agreement, signed_, error))
    return NULL;
  return g_steal_pointer (&agreement);
}

/**
 * dd_agreement_store_get_version:
 *
 * Returns: (transfer full): the version with id @version_id
 */
DdAgreement *
dd_agreement_store_get_version (DdAgreementStore  *self,
                                gint64             version_id,
                                GError           **error)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), NULL);

  return read_one (self, "WHERE v.id = ?", version_id, error);
}

/**
 * dd_agreement_store_get_latest_version:
 *
 * Returns: (transfer full): the newest version of agreement
 *   @agreement_id: its draft, if it has one
 */
DdAgreement *
dd_agreement_store_get_latest_version (DdAgreementStore  *self,
                                       gint64             agreement_id,
                                       GError           **error)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), NULL);

  return read_one (self, "WHERE v.agreement_id = ? ORDER BY v.version DESC LIMIT 1", agreement_id, error);
}

static gboolean
current_agreement_id (DdAgreementStore  *self,
                      gint64            *agreement_id,
                      GError           **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *agreement_id = 0;
  if (!(stmt = dd_database_prepare (self->database, "SELECT max (id) FROM agreement", error)))
    return FALSE;
  if ((rc = dd_database_step (self->database, stmt, error)) != SQLITE_ROW)
    return FALSE;
  *agreement_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * dd_agreement_store_get_current:
 *
 * The agreement the office works under is the newest one made; this is
 * its newest version (a draft, if one is being written).
 *
 * Returns: (transfer full) (nullable): the version, or %NULL without
 *   an error when there is no agreement yet
 */
DdAgreement *
dd_agreement_store_get_current (DdAgreementStore  *self,
                                GError           **error)
{
  gint64 id;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), NULL);

  if (!current_agreement_id (self, &id, error) || id == 0)
    return NULL;
  return dd_agreement_store_get_latest_version (self, id, error);
}

/**
 * dd_agreement_store_get_in_force:
 *
 * Returns: (transfer full) (nullable): the version of the current
 *   agreement in force today, or %NULL without an error when none is
 *   (nothing signed yet, not started, expired or terminated)
 */
DdAgreement *
dd_agreement_store_get_in_force (DdAgreementStore  *self,
                                 GError           **error)
{
  AgreementState state;
  gint64 id;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), NULL);

  if (!current_agreement_id (self, &id, error) || id == 0 ||
      !read_state (self, id, &state, error) || state.in_force_version_id == 0)
    return NULL;
  return dd_agreement_store_get_version (self, state.in_force_version_id, error);
}

/**
 * dd_agreement_store_get_for_appendix:
 * @agreement_id: an agreement, as attached to a report
 *
 * Returns: (transfer full): the version to show as the appendix of a
 *   report: the one in force, or else the newest signed one, or else the
 *   draft
 */
DdAgreement *
dd_agreement_store_get_for_appendix (DdAgreementStore  *self,
                                     gint64             agreement_id,
                                     GError           **error)
{
  AgreementState state;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), NULL);

  if (!read_state (self, agreement_id, &state, error))
    return NULL;
  if (state.in_force_version_id != 0)
    return dd_agreement_store_get_version (self, state.in_force_version_id, error);
  return read_one (self, "WHERE v.agreement_id = ? ORDER BY v.signed DESC, v.version DESC LIMIT 1",
                   agreement_id, error);
}

/**
 * dd_agreement_store_list_versions:
 *
 * Returns: (transfer full): every version of agreement @agreement_id, as
 *   #DdAgreement items, oldest first
 */
GListModel *
dd_agreement_store_list_versions (DdAgreementStore  *self,
                                  gint64             agreement_id,
                                  GError           **error)
{
  g_autoptr(GListStore) versions = g_list_store_new (DD_TYPE_AGREEMENT);
  g_autoptr(GArray) signed_ = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autofree char *sql = select_version_sql ("WHERE v.agreement_id = ? ORDER BY v.version");
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), NULL);

  if (!(stmt = dd_database_prepare (self->database, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, agreement_id);
  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(DdAgreement) agreement = agreement_from_row (stmt);
      gboolean is_signed = sqlite3_column_int (stmt, 3) != 0;

      g_list_store_append (versions, agreement);
      g_array_append_val (signed_, is_signed);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  for (guint i = 0; i < signed_->len; i++)
    {
      g_autoptr(DdAgreement) agreement = g_list_model_get_item (G_LIST_MODEL (versions), i);

      if (!complete_agreement (self, agreement, g_array_index (signed_, gboolean, i), error))
        return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&versions));
}

static gboolean
write_sections (DdAgreementStore  *self,
                DdAgreement       *agreement,
                gint64             version_id,
                GError           **error)
{
  GListModel *sections = dd_agreement_get_sections (agreement);
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database,
                                    "DELETE FROM agreement_section WHERE version_id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, version_id);
  if (!dd_database_execute (self->database, stmt, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(DdAgreementSection) section = g_list_model_get_item (sections, i);

      if (!(stmt = dd_database_prepare (self->database,
                                        "INSERT INTO agreement_section (version_id, position, heading, body) "
                                        "VALUES (?, ?, ?, ?)", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, version_id);
      sqlite3_bind_int (stmt, 2, i + 1);
      sqlite3_bind_text (stmt, 3, dd_agreement_section_get_heading (section), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, dd_agreement_section_get_text (section), -1, SQLITE_TRANSIENT);
      if (!dd_database_execute (self->database, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Inserts @agreement as version @version of agreement @agreement_id. */
static gint64
insert_version (DdAgreementStore  *self,
                DdAgreement       *agreement,
                gint64             agreement_id,
                guint              version,
                GError           **error)
{
  g_autoptr(GString) sql = g_string_new ("INSERT INTO agreement_version "
                                         "(agreement_id, version, platforms, created_at, updated_at");
  g_autofree char *now = dd_database_dup_now_utc ();
  sqlite3_stmt *stmt;
  gint64 version_id;

  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    g_string_append_printf (sql, ", %s", columns[i]);
  g_string_append (sql, ") VALUES (?, ?, ?, ?, ?");
  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");

  if (!(stmt = dd_database_prepare (self->database, sql->str, error)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, agreement_id);
  sqlite3_bind_int (stmt, 2, version);
  sqlite3_bind_int (stmt, 3, dd_agreement_get_platforms (agreement));
  sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    sqlite3_bind_text (stmt, 6 + i, dd_agreement_get_field (agreement, i), -1, SQLITE_TRANSIENT);
  if (!dd_database_execute (self->database, stmt, error))
    return 0;
  version_id = dd_database_last_insert_rowid (self->database);

  if (!write_sections (self, agreement, version_id, error))
    return 0;
  return version_id;
}

static gboolean
check_dates (DdAgreement  *agreement,
             GError      **error)
{
  static const DdAgreementField date_fields[] = {
    DD_AGREEMENT_FIELD_DATE_SIGNED, DD_AGREEMENT_FIELD_START_DATE,
    DD_AGREEMENT_FIELD_REVIEW_DATE, DD_AGREEMENT_FIELD_END_DATE,
  };
  const char *start = dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_START_DATE);
  const char *review = dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_REVIEW_DATE);
  const char *end = dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_END_DATE);
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (date_fields); i++)
    {
      const char *value = dd_agreement_get_field (agreement, date_fields[i]);

      if (*value != '\0' && !dd_date_from_iso (value, &date))
        {
          g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_INVALID,
                       _("“%s” is not a date (%s); write it as YYYY-MM-DD."),
                       value, dd_agreement_field_get_label (date_fields[i]));
          return FALSE;
        }
    }

  if (*start != '\0' && *review != '\0' && g_strcmp0 (review, start) <= 0)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_DATES,
                   _("The review date (%s) must come after the start date (%s)."), review, start);
      return FALSE;
    }
  if (*start != '\0' && *end != '\0' && g_strcmp0 (end, start) <= 0)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_DATES,
                   _("The end date (%s) must come after the start date (%s)."), end, start);
      return FALSE;
    }
  if (*review != '\0' && *end != '\0' && g_strcmp0 (review, end) > 0)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_DATES,
                   _("The review date (%s) must not come after the end date (%s)."), review, end);
      return FALSE;
    }
  return TRUE;
}

/**
 * dd_agreement_store_create:
 * @draft: a new agreement (from dd_agreement_new_from_template(), say)
 *
 * Stores @draft as version 1 of a new agreement. Refused while another
 * agreement is signed and not yet ended: change that one instead.
 *
 * Returns: (transfer full): @draft, now stored
 */
DdAgreement *
dd_agreement_store_create (DdAgreementStore  *self,
                           DdAgreement       *draft,
                           GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autofree char *now = dd_database_dup_now_utc ();
  AgreementState state;
  sqlite3_stmt *stmt;
  gint64 current, agreement_id, version_id;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), NULL);
  g_return_val_if_fail (DD_IS_AGREEMENT (draft), NULL);
  g_return_val_if_fail (dd_agreement_get_version_id (draft) == 0, NULL);

  if (!check_dates (draft, error) ||
      !(transaction = dd_database_begin (self->database, error)) ||
      !current_agreement_id (self, &current, error))
    return NULL;

  if (current != 0)
    {
      if (!read_state (self, current, &state, error))
        return NULL;
      if (state.status != DD_AGREEMENT_STATUS_EXPIRED && state.status != DD_AGREEMENT_STATUS_TERMINATED)
        {
          g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_EXISTS,
                       _("There is already an agreement (“%s”); edit it to make a new version, "
                         "or terminate it first."), dd_agreement_status_get_label (state.status));
          return NULL;
        }
    }

  if (!(stmt = dd_database_prepare (self->database, "INSERT INTO agreement (created_at) VALUES (?)", error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  if (!dd_database_execute (self->database, stmt, error))
    return NULL;
  agreement_id = dd_database_last_insert_rowid (self->database);

  if (!(version_id = insert_version (self, draft, agreement_id, 1, error)) ||
      !audit (self, agreement_id, "create", "version", NULL, "1", NULL, error) ||
      !dd_transaction_commit (transaction, error))
    return NULL;

  dd_agreement_set_identity (draft, agreement_id, version_id, 1);
  dd_agreement_set_status (draft, DD_AGREEMENT_STATUS_DRAFT, FALSE);
  emit_changed (self);
  return g_object_ref (draft);
}

static char *
section_summary (DdAgreementSection *section)
{
  return g_strdup_printf ("%s\n\n%s", dd_agreement_section_get_heading (section),
                          dd_agreement_section_get_text (section));
}

static gboolean
save_in_transaction (DdAgreementStore  *self,
                     DdAgreement       *agreement,
                     gboolean          *changed_out,
                     GError           **error)
{
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(GString) sql = g_string_new ("UPDATE agreement_version SET platforms = ?, updated_at = ?");
  g_autofree char *now = dd_database_dup_now_utc ();
  GListModel *old_sections, *new_sections;
  gboolean changed = FALSE, sections_changed = FALSE;
  sqlite3_stmt *stmt;
  guint n_old, n_new;

  *changed_out = FALSE;
  if (!(stored = dd_agreement_store_get_version (self, dd_agreement_get_version_id (agreement), error)))
    return FALSE;

  if (dd_agreement_get_frozen (stored))
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_FROZEN,
                   _("Version %u of the agreement is signed and cannot change; edit it to make version %u."),
                   dd_agreement_get_version (stored), dd_agreement_get_version (stored) + 1);
      return FALSE;
    }
  if (!check_dates (agreement, error))
    return FALSE;

  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    {
      const char *old_value = dd_agreement_get_field (stored, i);
      const char *new_value = dd_agreement_get_field (agreement, i);

      g_string_append_printf (sql, ", %s = ?", columns[i]);
      if (g_strcmp0 (old_value, new_value) != 0)
        {
          changed = TRUE;
          if (!audit (self, dd_agreement_get_id (agreement), "update",
                      dd_agreement_field_get_name (i), old_value, new_value, NULL, error))
            return FALSE;
        }
    }
  g_string_append (sql, " WHERE id = ?");

  if (dd_agreement_get_platforms (stored) != dd_agreement_get_platforms (agreement))
    {
      g_autofree char *old_value = dd_platforms_to_string (dd_agreement_get_platforms (stored));
      g_autofree char *new_value = dd_platforms_to_string (dd_agreement_get_platforms (agreement));

      changed = TRUE;
      if (!audit (self, dd_agreement_get_id (agreement), "update", "platforms",
                  old_value, new_value, NULL, error))
        return FALSE;
    }

  old_sections = dd_agreement_get_sections (stored);
  new_sections = dd_agreement_get_sections (agreement);
  n_old = g_list_model_get_n_items (old_sections);
  n_new = g_list_model_get_n_items (new_sections);
  for (guint i = 0; i < MAX (n_old, n_new); i++)
    {
      g_autoptr(DdAgreementSection) a = i < n_old ? g_list_model_get_item (old_sections, i) : NULL;
      g_autoptr(DdAgreementSection) b = i < n_new ? g_list_model_get_item (new_sections, i) : NULL;
      g_autofree char *a_text = a ? section_summary (a) : NULL;
      g_autofree char *b_text = b ? section_summary (b) : NULL;

      if (g_strcmp0 (a_text, b_text) != 0)
        {
          g_autofree char *field = g_strdup_printf ("section %u", i + 1);

          sections_changed = TRUE;
          if (!audit (self, dd_agreement_get_id (agreement), "update", field, a_text, b_text, NULL, error))
            return FALSE;
        }
    }

  if (!changed && !sections_changed)
    return TRUE;

  if (!(stmt = dd_database_prepare (self->database, sql->str, error)))
    return FALSE;
  sqlite3_bind_int (stmt, 1, dd_agreement_get_platforms (agreement));
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    sqlite3_bind_text (stmt, 3 + i, dd_agreement_get_field (agreement, i), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3 + DD_AGREEMENT_N_FIELDS, dd_agreement_get_version_id (agreement));
  if (!dd_database_execute (self->database, stmt, error))
    return FALSE;

  if (sections_changed && !write_sections (self, agreement, dd_agreement_get_version_id (agreement), error))
    return FALSE;

  *changed_out = TRUE;
  return TRUE;
}

/**
 * dd_agreement_store_save:
 *
 * Writes the changes made to a draft version, each field's old and new
 * value to the audit log. A signed version is frozen:
 * dd_agreement_store_new_version() makes the next one to change.
 */
gboolean
dd_agreement_store_save (DdAgreementStore  *self,
                         DdAgreement       *agreement,
                         GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  gboolean changed;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (dd_agreement_get_version_id (agreement) != 0, FALSE);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !save_in_transaction (self, agreement, &changed, error))
    return FALSE;
  if (!changed)
    return TRUE;
  if (!dd_transaction_commit (transaction, error))
    return FALSE;

  emit_changed (self);
  return TRUE;
}

/**
 * dd_agreement_store_new_version:
 * @agreement: any version of the agreement
 *
 * Makes the next version, a draft copied from the newest one, to change
 * a signed agreement (the signature, start and review dates are left for
 * its own signing). If a draft already exists, that draft is returned.
 *
 * Returns: (transfer full): the draft
 */
DdAgreement *
dd_agreement_store_new_version (DdAgreementStore  *self,
                                DdAgreement       *agreement,
                                GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdAgreement) latest = NULL;
  g_autoptr(DdAgreement) draft = NULL;
  g_autofree char *version_text = NULL;
  AgreementState state;
  gint64 version_id;
  guint version;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), NULL);
  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), NULL);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !(latest = dd_agreement_store_get_latest_version (self, dd_agreement_get_id (agreement), error)))
    return NULL;

  if (!dd_agreement_get_frozen (latest))
    return g_steal_pointer (&latest);

  if (!read_state (self, dd_agreement_get_id (agreement), &state, error))
    return NULL;
  if (state.status == DD_AGREEMENT_STATUS_TERMINATED || state.status == DD_AGREEMENT_STATUS_EXPIRED)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_WORKFLOW,
                   _("The agreement has ended (%s); start a new agreement instead of a new version."),
                   dd_agreement_status_get_label (state.status));
      return NULL;
    }

  draft = dd_agreement_copy (latest);
  dd_agreement_set_frozen (draft, FALSE);
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_DATE_SIGNED, "");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_START_DATE, "");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_REVIEW_DATE, "");
  version = dd_agreement_get_version (latest) + 1;
  version_text = g_strdup_printf ("%u", version);

  if (!(version_id = insert_version (self, draft, dd_agreement_get_id (latest), version, error)) ||
      !audit (self, dd_agreement_get_id (latest), "new_version", "version",
              NULL, version_text, NULL, error) ||
      !dd_transaction_commit (transaction, error))
    return NULL;

  dd_agreement_set_identity (draft, dd_agreement_get_id (latest), version_id, version);
  dd_agreement_set_status (draft, state.status, FALSE);
  emit_changed (self);
  return g_steal_pointer (&draft);
}

/**
 * dd_agreement_store_discard_draft:
 * @agreement: a draft version
 *
 * Throws a draft away: a later version's draft goes, and the agreement
 * stays as signed; a first draft takes the agreement with it.
 */
gboolean
dd_agreement_store_discard_draft (DdAgreementStore  *self,
                                  DdAgreement       *agreement,
                                  GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdAgreement) stored = NULL;
  g_autofree char *version_text = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), FALSE);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !(stored = dd_agreement_store_get_version (self, dd_agreement_get_version_id (agreement), error)))
    return FALSE;
  if (dd_agreement_get_frozen (stored))
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_FROZEN,
                   _("Version %u of the agreement is signed and is kept for ever."),
                   dd_agreement_get_version (stored));
      return FALSE;
    }

  version_text = g_strdup_printf ("%u", dd_agreement_get_version (stored));
  if (dd_agreement_get_version (stored) == 1)
    stmt = dd_database_prepare (self->database, "DELETE FROM agreement WHERE id = ?", error);
  else
    stmt = dd_database_prepare (self->database, "DELETE FROM agreement_version WHERE agreement_id = ? AND signed = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dd_agreement_get_id (stored));
  if (!dd_database_execute (self->database, stmt, error) ||
      !audit (self, dd_agreement_get_id (stored), "discard_draft", "version",
              version_text, NULL, NULL, error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  emit_changed (self);
  return TRUE;
}

static gboolean
check_complete (DdAgreement  *agreement,
                GError      **error)
{
  static const DdAgreementField required[] = {
    DD_AGREEMENT_FIELD_TITLE, DD_AGREEMENT_FIELD_OFFICE_PARTY, DD_AGREEMENT_FIELD_MOJ_PARTY,
    DD_AGREEMENT_FIELD_PURPOSE, DD_AGREEMENT_FIELD_LEGAL_BASIS, DD_AGREEMENT_FIELD_TERMS_OF_USE,
    DD_AGREEMENT_FIELD_STATEMENT,
  };
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (is_blank (dd_agreement_get_field (agreement, required[i])))
      g_ptr_array_add (missing, (gpointer) dd_agreement_field_get_label (required[i]));
  if (dd_agreement_get_platforms (agreement) == DD_PLATFORMS_NONE)
    g_ptr_array_add (missing, _("Platforms"));

  if (missing->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (missing, NULL);
      /* Translators: the separator of a list of missing fields */
      list = g_strjoinv (_(", "), (char **) missing->pdata);
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_INVALID,
                   _("The agreement cannot be signed yet: it needs %s."), list);
      return FALSE;
    }
  return TRUE;
}

/**
 * dd_agreement_store_sign:
 * @agreement: the draft version
 * @date: the date signed, "YYYY-MM-DD", not in the future
 *
 * Signs the draft, which freezes it. Its start date is the date signed
 * unless set, and its review date a year after the start unless set;
 * from its start date it is the version in force, and a review the
 * office had begun is over.
 */
gboolean
dd_agreement_store_sign (DdAgreementStore  *self,
                         DdAgreement       *agreement,
                         const char        *date,
                         GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(DdAgreement) previous = NULL;
  g_autofree char *today = dd_date_dup_today_iso ();
  g_autofree char *review = NULL;
  g_autofree char *version_text = NULL;
  const char *start;
  AgreementState state;
  sqlite3_stmt *stmt;
  gboolean saved;
  GDate parsed;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), FALSE);

  if (date == NULL || !dd_date_from_iso (date, &parsed))
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), date ? date : "");
      return FALSE;
    }
  if (dd_agreement_get_frozen (agreement))
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_FROZEN,
                   _("Version %u of the agreement is already signed."), dd_agreement_get_version (agreement));
      return FALSE;
    }
  if (g_strcmp0 (date, today) > 0)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_DATES,
                   _("The agreement cannot be signed on %s: that date has not come yet."), date);
      return FALSE;
    }

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !save_in_transaction (self, agreement, &saved, error) ||
      !(stored = dd_agreement_store_get_version (self, dd_agreement_get_version_id (agreement), error)))
    return FALSE;

  if (dd_agreement_get_frozen (stored))
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_FROZEN,
                   _("Version %u of the agreement is already signed."), dd_agreement_get_version (stored));
      return FALSE;
    }
  if (!read_state (self, dd_agreement_get_id (stored), &state, error))
    return FALSE;
  if (state.status == DD_AGREEMENT_STATUS_TERMINATED || state.status == DD_AGREEMENT_STATUS_EXPIRED)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_WORKFLOW,
                   _("The agreement has ended (%s) and cannot be signed again."),
                   dd_agreement_status_get_label (state.status));
      return FALSE;
    }
  if (!check_complete (stored, error))
    return FALSE;

  if (dd_agreement_get_version (stored) > 1)
    {
      g_autoptr(GError) local_error = NULL;

      previous = read_one (self, "WHERE v.agreement_id = ? AND v.signed = 1 ORDER BY v.version DESC LIMIT 1",
                           dd_agreement_get_id (stored), &local_error);
      if (previous != NULL &&
          g_strcmp0 (date, dd_agreement_get_field (previous, DD_AGREEMENT_FIELD_DATE_SIGNED)) < 0)
        {
          g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_DATES,
                       _("Version %u cannot be signed on %s, before version %u was (%s)."),
                       dd_agreement_get_version (stored), date, dd_agreement_get_version (previous),
                       dd_agreement_get_field (previous, DD_AGREEMENT_FIELD_DATE_SIGNED));
          return FALSE;
        }
    }

  start = dd_agreement_get_field (stored, DD_AGREEMENT_FIELD_START_DATE);
  if (*start == '\0')
    start = date;
  review = g_strdup (dd_agreement_get_field (stored, DD_AGREEMENT_FIELD_REVIEW_DATE));
  if (*review == '\0')
    {
      g_free (review);
      review = dd_date_add_years (start, 1);
      /* Not after the end, if the agreement ends within the year. */
      if (*dd_agreement_get_field (stored, DD_AGREEMENT_FIELD_END_DATE) != '\0' &&
          g_strcmp0 (review, dd_agreement_get_field (stored, DD_AGREEMENT_FIELD_END_DATE)) > 0)
        {
          g_free (review);
          review = g_strdup (dd_agreement_get_field (stored, DD_AGREEMENT_FIELD_END_DATE));
        }
    }

  dd_agreement_set_field (stored, DD_AGREEMENT_FIELD_DATE_SIGNED, date);
  dd_agreement_set_field (stored, DD_AGREEMENT_FIELD_START_DATE, start);
  dd_agreement_set_field (stored, DD_AGREEMENT_FIELD_REVIEW_DATE, review);
  if (!check_dates (stored, error))
    return FALSE;

  if (!(stmt = dd_database_prepare (self->database,
                                    "UPDATE agreement_version SET signed = 1, date_signed = ?, start_date = ?, "
                                    "review_date = ?, updated_at = ? WHERE id = ?", error)))
    return FALSE;
  {
    g_autofree char *now = dd_database_dup_now_utc ();

    sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, dd_agreement_get_field (stored, DD_AGREEMENT_FIELD_START_DATE), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 3, review, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 4, now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64 (stmt, 5, dd_agreement_get_version_id (stored));
    if (!dd_database_execute (self->database, stmt, error))
      return FALSE;
  }

  if (!(stmt = dd_database_prepare (self->database, "UPDATE agreement SET under_review = 0 WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dd_agreement_get_id (stored));
  version_text = g_strdup_printf ("%u", dd_agreement_get_version (stored));
  if (!dd_database_execute (self->database, stmt, error) ||
      !audit (self, dd_agreement_get_id (stored), "sign", "version", NULL, version_text, NULL, error) ||
      !read_state (self, dd_agreement_get_id (stored), &state, error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  dd_agreement_set_field (agreement, DD_AGREEMENT_FIELD_DATE_SIGNED, date);
  dd_agreement_set_field (agreement, DD_AGREEMENT_FIELD_START_DATE, start);
  dd_agreement_set_field (agreement, DD_AGREEMENT_FIELD_REVIEW_DATE, review);
  dd_agreement_set_frozen (agreement, TRUE);
  dd_agreement_set_status (agreement, state.status,
                           state.in_force_version_id == dd_agreement_get_version_id (agreement));
  emit_changed (self);
  return TRUE;
}

/**
 * dd_agreement_store_set_under_review:
 * @under_review: %TRUE to begin a review of the agreement in force,
 *   %FALSE to end it with no change (a new version signed ends it too)
 */
gboolean
dd_agreement_store_set_under_review (DdAgreementStore  *self,
                                     DdAgreement       *agreement,
                                     gboolean           under_review,
                                     GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  AgreementState state;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), FALSE);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !read_state (self, dd_agreement_get_id (agreement), &state, error))
    return FALSE;

  if (under_review && state.status != DD_AGREEMENT_STATUS_IN_FORCE)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_WORKFLOW,
                   _("Only an agreement in force can be reviewed; this one is “%s”."),
                   dd_agreement_status_get_label (state.status));
      return FALSE;
    }
  if (!under_review && state.status != DD_AGREEMENT_STATUS_UNDER_REVIEW)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_WORKFLOW,
                   _("The agreement is not under review."));
      return FALSE;
    }

  if (!(stmt = dd_database_prepare (self->database, "UPDATE agreement SET under_review = ? WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int (stmt, 1, under_review ? 1 : 0);
  sqlite3_bind_int64 (stmt, 2, dd_agreement_get_id (agreement));
  if (!dd_database_execute (self->database, stmt, error) ||
      !audit (self, dd_agreement_get_id (agreement), under_review ? "begin_review" : "end_review",
              NULL, NULL, NULL, NULL, error) ||
      !read_state (self, dd_agreement_get_id (agreement), &state, error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  dd_agreement_set_status (agreement, state.status,
                           state.in_force_version_id == dd_agreement_get_version_id (agreement));
  emit_changed (self);
  return TRUE;
}

/**
 * dd_agreement_store_terminate:
 * @date: when it ends, "YYYY-MM-DD": not before it was first signed
 * @reason: why (required)
 *
 * Ends a signed agreement early. Nobody has access under it from @date.
 */
gboolean
dd_agreement_store_terminate (DdAgreementStore  *self,
                              DdAgreement       *agreement,
                              const char        *date,
                              const char        *reason,
                              GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdAgreement) first = NULL;
  g_autoptr(GError) local_error = NULL;
  AgreementState state;
  sqlite3_stmt *stmt;
  GDate parsed;

  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (self), FALSE);
  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), FALSE);

  if (date == NULL || !dd_date_from_iso (date, &parsed))
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), date ? date : "");
      return FALSE;
    }
  if (is_blank (reason))
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_INVALID,
                   _("Give the reason the agreement is terminated."));
      return FALSE;
    }

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !read_state (self, dd_agreement_get_id (agreement), &state, error))
    return FALSE;
  if (state.status == DD_AGREEMENT_STATUS_DRAFT || state.status == DD_AGREEMENT_STATUS_TERMINATED ||
      state.status == DD_AGREEMENT_STATUS_EXPIRED)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_WORKFLOW,
                   _("Only a signed agreement can be terminated; this one is “%s”."),
                   dd_agreement_status_get_label (state.status));
      return FALSE;
    }
  first = read_one (self, "WHERE v.agreement_id = ? AND v.signed = 1 ORDER BY v.version LIMIT 1",
                    dd_agreement_get_id (agreement), &local_error);
  if (first != NULL && g_strcmp0 (date, dd_agreement_get_field (first, DD_AGREEMENT_FIELD_DATE_SIGNED)) < 0)
    {
      g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_DATES,
                   _("The agreement cannot end on %s, before it was signed (%s)."),
                   date, dd_agreement_get_field (first, DD_AGREEMENT_FIELD_DATE_SIGNED));
      return FALSE;
    }

  if (!(stmt = dd_database_prepare (self->database,
                                    "UPDATE agreement SET terminated_date = ?, termination_reason = ? WHERE id = ?",
                                    error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, dd_agreement_get_id (agreement));
  if (!dd_database_execute (self->database, stmt, error) ||
      !audit (self, dd_agreement_get_id (agreement), "terminate", "terminated_date", NULL, date, reason, error) ||
      !read_state (self, dd_agreement_get_id (agreement), &state, error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  dd_agreement_set_termination (agreement, date, reason);
  dd_agreement_set_status (agreement, state.status,
                           state.in_force_version_id == dd_agreement_get_version_id (agreement));
  emit_changed (self);
  return TRUE;
}
