/* dd-user-register.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of Designated Users and the steps of each one's access:
 * nominated, User Access Statement signed, access requested (optional),
 * granted, reviewed every year, suspended, reinstated, revoked, left the
 * organisation. Each step is dated, checked against the ones before it
 * and against the agreement in force (access is granted only on the
 * statement of the version in force), written in one transaction with
 * an event in the user's timeline and a line in the audit log. What
 * depends on the day (review due, and why someone needs attention) is
 * worked out whenever a user is read.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-agreement.h"
#include "dd-agreement-store.h"
#include "dd-audit-log.h"
#include "dd-database-private.h"
#include "dd-dates.h"
#include "dd-designated-user-private.h"
#include "dd-user-event.h"
#include "dd-user-register.h"

struct _DdUserRegister
{
  GObject           parent_instance;

  DdDatabase       *database;
  DdAuditLog       *audit_log;
  DdAgreementStore *agreements;
};

G_DEFINE_FINAL_TYPE (DdUserRegister, dd_user_register, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The details' columns, in the order of DdUserField. */
static const char *const field_columns[DD_USER_N_FIELDS] = {
  [DD_USER_FIELD_FULL_NAME] = "full_name",
  [DD_USER_FIELD_JOB_TITLE] = "job_title",
  [DD_USER_FIELD_ORGANISATION] = "organisation",
  [DD_USER_FIELD_EMAIL] = "email",
  [DD_USER_FIELD_NOMINATED_BY] = "nominated_by",
  [DD_USER_FIELD_FAMILIARISATION_DATE] = "familiarisation_date",
  [DD_USER_FIELD_NOTES] = "notes",
};

/* The lifecycle's columns, in the order of DdUserState (the review due
 * is worked out, not stored). */
static const char *const state_columns[DD_USER_STATE_REVIEW_DUE] = {
  [DD_USER_STATE_NOMINATED_DATE] = "nominated_date",
  [DD_USER_STATE_SIGNED_AT] = "statement_signed_at",
  [DD_USER_STATE_SIGNED_DATE] = "statement_signed_date",
  [DD_USER_STATE_SIGNATURE] = "statement_signature",
  [DD_USER_STATE_SHA256] = "statement_sha256",
  [DD_USER_STATE_REQUESTED_DATE] = "access_requested_date",
  [DD_USER_STATE_GRANTED_DATE] = "access_granted_date",
  [DD_USER_STATE_LAST_REVIEW_DATE] = "last_review_date",
  [DD_USER_STATE_LEFT_DATE] = "left_date",
  [DD_USER_STATE_STATUS_DATE] = "status_date",
  [DD_USER_STATE_STATUS_REASON] = "status_reason",
};

static void
dd_user_register_dispose (GObject *object)
{
  DdUserRegister *self = (DdUserRegister *) object;

  g_clear_object (&self->database);
  g_clear_object (&self->audit_log);
  g_clear_object (&self->agreements);

  G_OBJECT_CLASS (dd_user_register_parent_class)->dispose (object);
}

static void
on_agreements_changed (DdUserRegister *self)
{
  /* Who must re-sign depends on the version in force. */
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
dd_user_register_class_init (DdUserRegisterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dd_user_register_dispose;

  /**
   * DdUserRegister::changed:
   *
   * After every change to the register, and when the agreement changes
   * (which may change who must re-sign): users shown should be read again.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dd_user_register_init (DdUserRegister *self)
{
}

DdUserRegister *
dd_user_register_new (DdDatabase       *database,
                      DdAuditLog       *audit_log,
                      DdAgreementStore *agreements)
{
  DdUserRegister *self;

  g_return_val_if_fail (DD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (DD_IS_AUDIT_LOG (audit_log), NULL);
  g_return_val_if_fail (DD_IS_AGREEMENT_STORE (agreements), NULL);

  self = g_object_new (DD_TYPE_USER_REGISTER, NULL);
  self->database = g_object_ref (database);
  self->audit_log = g_object_ref (audit_log);
  self->agreements = g_object_ref (agreements);
  g_signal_connect_object (agreements, "changed", G_CALLBACK (on_agreements_changed),
                           self, G_CONNECT_SWAPPED);
  return self;
}

static void
emit_changed (DdUserRegister *self)
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

static const char *
name_of (DdDesignatedUser *user)
{
  return dd_designated_user_get_full_name (user);
}

static gboolean
audit (DdUserRegister    *self,
       DdDesignatedUser  *user,
       const char        *action,
       const char        *field,
       const char        *old_value,
       const char        *new_value,
       const char        *reason,
       GError           **error)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, dd_designated_user_get_id (user));

  return dd_audit_log_append (self->audit_log,
                              &(DdAuditRecord) {
                                .action = action,
                                .entity = "user",
                                .entity_id = id,
                                .field = field,
                                .old_value = old_value,
                                .new_value = new_value,
                                .reason = reason,
                              },
                              error);
}

static gboolean
add_event (DdUserRegister    *self,
           DdDesignatedUser  *user,
           DdUserEventKind    kind,
           const char        *date,
           const char        *detail,
           GError           **error)
{
  g_autofree char *now = dd_database_dup_now_utc ();
  sqlite3_stmt *stmt;

  if (!(stmt = dd_database_prepare (self->database,
                                    "INSERT INTO user_event (user_id, date, kind, detail, recorded_at, actor) "
                                    "VALUES (?, ?, ?, ?, ?, ?)", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dd_designated_user_get_id (user));
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, dd_user_event_kind_get_nick (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, detail ? detail : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, dd_audit_log_get_actor (self->audit_log), -1, SQLITE_TRANSIENT);
  return dd_database_execute (self->database, stmt, error);
}

/* Works out, for today, when @user's review is due and why they need
 * attention. @in_force: the version of the agreement in force, or NULL. */
static void
work_out (DdDesignatedUser *user,
          DdAgreement      *in_force,
          const char       *today)
{
  DdUserStatus status = dd_designated_user_get_status (user);
  gboolean has_access = status == DD_USER_STATUS_ACCESS_GRANTED || status == DD_USER_STATUS_SUSPENDED;
  gboolean active = status != DD_USER_STATUS_REVOKED && status != DD_USER_STATUS_LEFT;
  DdAttention attention = DD_ATTENTION_NONE;
  g_autofree char *review_due = NULL;

  if (has_access)
    {
      const char *granted = dd_designated_user_get_access_granted_date (user);
      const char *reviewed = dd_designated_user_get_last_review_date (user);
      const char *base = g_strcmp0 (reviewed, granted) > 0 ? reviewed : granted;

      review_due = dd_date_add_years (base, 1);
    }
  dd_designated_user_set_state (user, DD_USER_STATE_REVIEW_DUE, review_due);

  if (status == DD_USER_STATUS_NOMINATED)
    attention |= DD_ATTENTION_UNSIGNED;
  if (active && status != DD_USER_STATUS_NOMINATED && in_force != NULL &&
      dd_designated_user_get_statement_version_id (user) != dd_agreement_get_version_id (in_force))
    attention |= DD_ATTENTION_MUST_RESIGN;
  if (status == DD_USER_STATUS_ACCESS_GRANTED && review_due != NULL && g_strcmp0 (review_due, today) < 0)
    attention |= DD_ATTENTION_REVIEW_OVERDUE;
  if (has_access && *dd_designated_user_get_left_date (user) != '\0')
    attention |= DD_ATTENTION_GRANTED_AFTER_LEAVING;

  dd_designated_user_set_attention (user, attention,
                                    status == DD_USER_STATUS_ACCESS_GRANTED &&
                                    (attention & DD_ATTENTION_MUST_RESIGN) != 0);
}

static char *
select_user_sql (const char *where)
{
  g_autoptr(GString) sql = g_string_new ("SELECT u.id, u.status, u.roles, u.platforms, "
                                         "u.statement_version_id, coalesce (v.version, 0)");

  for (guint i = 0; i < DD_USER_N_FIELDS; i++)
    g_string_append_printf (sql, ", u.%s", field_columns[i]);
  for (guint i = 0; i < G_N_ELEMENTS (state_columns); i++)
    g_string_append_printf (sql, ", u.%s", state_columns[i]);
  g_string_append (sql, " FROM designated_user u "
                        "LEFT JOIN agreement_version v ON v.id = u.statement_version_id ");
  g_string_append (sql, where);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

#define FIRST_FIELD_COLUMN 6
#define FIRST_STATE_COLUMN (FIRST_FIELD_COLUMN + DD_USER_N_FIELDS)

static DdUserStatus
status_from_nick (const char *nick)
{
  for (DdUserStatus s = DD_USER_STATUS_NOMINATED; s <= DD_USER_STATUS_LEFT; s++)
    if (g_str_equal (nick, dd_user_status_get_nick (s)))
      return s;
  g_warning ("Unknown user status “%s”", nick);
  return DD_USER_STATUS_NOMINATED;
}

static void
read_row (sqlite3_stmt     *stmt,
          DdDesignatedUser *user)
{
  dd_designated_user_set_id (user, sqlite3_column_int64 (stmt, 0));
  dd_designated_user_set_status (user, status_from_nick (dd_database_column_text (stmt, 1)));
  dd_designated_user_set_roles (user, sqlite3_column_int (stmt, 2));
  dd_designated_user_set_platforms (user, sqlite3_column_int (stmt, 3));
  dd_designated_user_set_statement_version (user, sqlite3_column_int64 (stmt, 4), sqlite3_column_int (stmt, 5));
  for (guint i = 0; i < DD_USER_N_FIELDS; i++)
    dd_designated_user_set_field (user, i, dd_database_column_text (stmt, FIRST_FIELD_COLUMN + i));
  for (guint i = 0; i < G_N_ELEMENTS (state_columns); i++)
    dd_designated_user_set_state (user, i, dd_database_column_text (stmt, FIRST_STATE_COLUMN + i));
}

/* Reads the user with id @id into @user (which may be a new object). */
static gboolean
read_user (DdUserRegister    *self,
           gint64             id,
           DdDesignatedUser  *user,
           GError           **error)
{
  g_autofree char *sql = select_user_sql ("WHERE u.id = ?");
  g_autofree char *today = dd_date_dup_today_iso ();
  g_autoptr(DdAgreement) in_force = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = dd_database_prepare (self->database, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((rc = dd_database_step (self->database, stmt, error)) != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_NOT_FOUND,
                     _("The user is no longer in the register."));
      return FALSE;
    }
  read_row (stmt, user);
  sqlite3_reset (stmt);

  in_force = dd_agreement_store_get_in_force (self->agreements, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  work_out (user, in_force, today);
  return TRUE;
}

/**
 * dd_user_register_refresh:
 *
 * Reads @user again as stored, and works out its review date and
 * attention for today.
 */
gboolean
dd_user_register_refresh (DdUserRegister    *self,
                          DdDesignatedUser  *user,
                          GError           **error)
{
  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  return read_user (self, dd_designated_user_get_id (user), user, error);
}

/**
 * dd_user_register_get:
 *
 * Returns: (transfer full): the user with id @id
 */
DdDesignatedUser *
dd_user_register_get (DdUserRegister  *self,
                      gint64           id,
                      GError         **error)
{
  g_autoptr(DdDesignatedUser) user = dd_designated_user_new (NULL, NULL);

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), NULL);

  if (!read_user (self, id, user, error))
    return NULL;
  return g_steal_pointer (&user);
}

static gboolean
find_id_by_email (DdUserRegister  *self,
                  const char      *email,
                  gint64          *id,
                  char           **name,
                  GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *id = 0;
  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT id, full_name FROM designated_user WHERE email = ? COLLATE NOCASE", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, email, -1, SQLITE_TRANSIENT);
  if ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      *id = sqlite3_column_int64 (stmt, 0);
      if (name != NULL)
        *name = g_strdup (dd_database_column_text (stmt, 1));
      sqlite3_reset (stmt);
      return TRUE;
    }
  return rc == SQLITE_DONE;
}

/**
 * dd_user_register_find_by_email:
 *
 * Returns: (transfer full): the user with that email address (in any
 *   case), or %NULL with %DD_USER_ERROR_NOT_FOUND
 */
DdDesignatedUser *
dd_user_register_find_by_email (DdUserRegister  *self,
                                const char      *email,
                                GError         **error)
{
  g_autofree char *address = NULL;
  gint64 id;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), NULL);
  g_return_val_if_fail (email != NULL, NULL);

  address = g_strstrip (g_strdup (email));
  if (!find_id_by_email (self, address, &id, NULL, error))
    return NULL;
  if (id == 0)
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_NOT_FOUND,
                   _("There is no user with the email address %s in the register."), email);
      return NULL;
    }
  return dd_user_register_get (self, id, error);
}

/**
 * dd_user_register_list:
 * @filter: (nullable): which users; %NULL for all
 *
 * Returns: (transfer full): the users, as #DdDesignatedUser items, by
 *   name
 */
GListModel *
dd_user_register_list (DdUserRegister      *self,
                       const DdUserFilter  *filter,
                       GError             **error)
{
  g_autoptr(GListStore) users = g_list_store_new (DD_TYPE_DESIGNATED_USER);
  g_autofree char *sql = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *today = dd_date_dup_today_iso ();
  g_autoptr(DdAgreement) in_force = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), NULL);

  in_force = dd_agreement_store_get_in_force (self->agreements, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  sql = select_user_sql ("WHERE (?1 IS NULL OR u.full_name LIKE ?1 ESCAPE '\\' OR u.email LIKE ?1 ESCAPE '\\' "
                         "OR u.job_title LIKE ?1 ESCAPE '\\' OR u.organisation LIKE ?1 ESCAPE '\\') "
                         "AND (?2 IS NULL OR u.status = ?2) "
                         "ORDER BY u.full_name COLLATE NOCASE, u.id");
  if (!(stmt = dd_database_prepare (self->database, sql, error)))
    return NULL;

  if (filter != NULL && !is_blank (filter->search))
    {
      g_autoptr(GString) escaped = g_string_new ("%");

      for (const char *p = filter->search; *p != '\0'; p++)
        {
          if (*p == '%' || *p == '_' || *p == '\\')
            g_string_append_c (escaped, '\\');
          g_string_append_c (escaped, *p);
        }
      g_string_append_c (escaped, '%');
      pattern = g_strstrip (g_string_free (g_steal_pointer (&escaped), FALSE));
      sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
    }
  if (filter != NULL && filter->status >= 0)
    sqlite3_bind_text (stmt, 2, dd_user_status_get_nick (filter->status), -1, SQLITE_STATIC);

  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(DdDesignatedUser) user = dd_designated_user_new (NULL, NULL);

      read_row (stmt, user);
      work_out (user, in_force, today);
      if (filter != NULL && filter->needs_attention &&
          dd_designated_user_get_attention (user) == DD_ATTENTION_NONE)
        continue;
      g_list_store_append (users, user);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  return G_LIST_MODEL (g_steal_pointer (&users));
}

static DdUserEventKind
event_kind_from_nick (const char *nick)
{
  for (DdUserEventKind k = DD_USER_EVENT_NOMINATED; k <= DD_USER_EVENT_FAMILIARISATION; k++)
    if (g_str_equal (nick, dd_user_event_kind_get_nick (k)))
      return k;
  g_warning ("Unknown user event “%s”", nick);
  return DD_USER_EVENT_NOMINATED;
}

/**
 * dd_user_register_list_events:
 *
 * Returns: (transfer full): @user's timeline, as #DdUserEvent items, in
 *   the order of their dates (and, on one day, of their recording)
 */
GListModel *
dd_user_register_list_events (DdUserRegister    *self,
                              DdDesignatedUser  *user,
                              GError           **error)
{
  g_autoptr(GListStore) events = g_list_store_new (DD_TYPE_USER_EVENT);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), NULL);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), NULL);

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT kind, date, recorded_at, actor, detail FROM user_event "
                                    "WHERE user_id = ? ORDER BY date, id", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, dd_designated_user_get_id (user));
  while ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      g_autoptr(DdUserEvent) event = dd_user_event_new (event_kind_from_nick (dd_database_column_text (stmt, 0)),
                                                        dd_database_column_text (stmt, 1), dd_database_column_text (stmt, 2),
                                                        dd_database_column_text (stmt, 3), dd_database_column_text (stmt, 4));
      g_list_store_append (events, event);
    }
  if (rc != SQLITE_DONE)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&events));
}

static gboolean
is_email (const char *email)
{
  const char *at = strchr (email, '@');

  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;
  /* A domain with a dot in it, not at either end. */
  {
    const char *dot = strchr (at + 1, '.');
    gsize length = strlen (at + 1);

    return dot != NULL && dot != at + 1 && length > 0 && at[length] != '.';
  }
}

/* Checks the details of @user, and that nobody else (but the user with
 * @own_id) has its email address. */
static gboolean
check_details (DdUserRegister    *self,
               DdDesignatedUser  *user,
               gint64             own_id,
               GError           **error)
{
  const char *email = dd_designated_user_get_email (user);
  const char *familiarisation = dd_designated_user_get_field (user, DD_USER_FIELD_FAMILIARISATION_DATE);
  g_autofree char *other_name = NULL;
  gint64 other;
  GDate date;

  if (is_blank (name_of (user)))
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   _("Give the user’s full name."));
      return FALSE;
    }
  if (is_blank (email))
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   _("Give %s’s email address."), name_of (user));
      return FALSE;
    }
  if (!is_email (email))
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   _("“%s” is not an email address."), email);
      return FALSE;
    }
  if (*familiarisation != '\0' && !dd_date_from_iso (familiarisation, &date))
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   _("“%s” is not a date (%s); write it as YYYY-MM-DD."),
                   familiarisation, dd_user_field_get_label (DD_USER_FIELD_FAMILIARISATION_DATE));
      return FALSE;
    }
  if (!find_id_by_email (self, email, &other, &other_name, error))
    return FALSE;
  if (other != 0 && other != own_id)
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_DUPLICATE,
                   _("%s already has the email address %s in the register."), other_name, email);
      return FALSE;
    }
  return TRUE;
}

/* Checks the date of a step: a date, not in the future, and not before
 * @after (the step before it, described by @after_what). */
static gboolean
check_date (const char  *date,
            const char  *after,
            const char  *after_what,
            GError     **error)
{
  g_autofree char *today = dd_date_dup_today_iso ();
  GDate parsed;

  if (date == NULL || !dd_date_from_iso (date, &parsed))
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD."), date ? date : "");
      return FALSE;
    }
  if (g_strcmp0 (date, today) > 0)
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_DATES,
                   _("%s is in the future; record a step on or after the day it happens."), date);
      return FALSE;
    }
  if (after != NULL && *after != '\0' && g_strcmp0 (date, after) < 0)
    {
      /* Translators: "2026-01-05 is before the date the statement was
       * signed (2026-02-01)." */
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_DATES,
                   _("%s is before %s (%s); dates must follow each other."), date, after_what, after);
      return FALSE;
    }
  return TRUE;
}

/* The latest date in @user's lifecycle, so a new step is not before it. */
static const char *
last_step_date (DdDesignatedUser *user,
                const char      **what)
{
  static const struct { DdUserState state; const char *what; } steps[] = {
    { DD_USER_STATE_NOMINATED_DATE, N_("the date of nomination") },
    { DD_USER_STATE_SIGNED_DATE, N_("the date the statement was signed") },
    { DD_USER_STATE_REQUESTED_DATE, N_("the date access was requested") },
    { DD_USER_STATE_GRANTED_DATE, N_("the date access was granted") },
    { DD_USER_STATE_LAST_REVIEW_DATE, N_("the date of the last review") },
    { DD_USER_STATE_STATUS_DATE, N_("the date of the last change of status") },
  };
  const char *latest = "";

  *what = "";
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      const char *date = dd_designated_user_get_state (user, steps[i].state);

      if (g_strcmp0 (date, latest) > 0)
        {
          latest = date;
          *what = _(steps[i].what);
        }
    }
  return latest;
}

static gboolean
check_step_date (DdDesignatedUser  *user,
                 const char        *date,
                 GError           **error)
{
  const char *what;
  const char *after = last_step_date (user, &what);

  return check_date (date, after, what, error);
}

/* Writes every column of @user's row. */
static gboolean
write_user (DdUserRegister    *self,
            DdDesignatedUser  *user,
            GError           **error)
{
  g_autoptr(GString) sql = g_string_new ("UPDATE designated_user SET status = ?, roles = ?, platforms = ?, "
                                         "statement_version_id = ?, updated_at = ?");
  g_autofree char *now = dd_database_dup_now_utc ();
  gint64 version_id = dd_designated_user_get_statement_version_id (user);
  sqlite3_stmt *stmt;
  int column = 6;

  for (guint i = 0; i < DD_USER_N_FIELDS; i++)
    g_string_append_printf (sql, ", %s = ?", field_columns[i]);
  for (guint i = 0; i < G_N_ELEMENTS (state_columns); i++)
    g_string_append_printf (sql, ", %s = ?", state_columns[i]);
  g_string_append (sql, " WHERE id = ?");

  if (!(stmt = dd_database_prepare (self->database, sql->str, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, dd_user_status_get_nick (dd_designated_user_get_status (user)), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, dd_designated_user_get_roles (user));
  sqlite3_bind_int (stmt, 3, dd_designated_user_get_platforms (user));
  if (version_id != 0)
    sqlite3_bind_int64 (stmt, 4, version_id);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < DD_USER_N_FIELDS; i++)
    sqlite3_bind_text (stmt, column++, dd_designated_user_get_field (user, i), -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < G_N_ELEMENTS (state_columns); i++)
    sqlite3_bind_text (stmt, column++, dd_designated_user_get_state (user, i), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, column, dd_designated_user_get_id (user));
  return dd_database_execute (self->database, stmt, error);
}

/**
 * dd_user_register_add:
 * @user: a new user, with at least a full name and an email address
 * @date: (nullable): the date they were nominated; %NULL for today
 *
 * Adds @user to the register as nominated.
 */
gboolean
dd_user_register_add (DdUserRegister    *self,
                      DdDesignatedUser  *user,
                      const char        *date,
                      GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autofree char *today = dd_date_dup_today_iso ();
  g_autofree char *now = dd_database_dup_now_utc ();
  g_autofree char *email = NULL;
  g_autofree char *name = NULL;
  const char *familiarisation;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);
  g_return_val_if_fail (dd_designated_user_get_id (user) == 0, FALSE);

  if (date == NULL)
    date = today;

  /* Spaces around a name or an address are a slip of the keyboard. */
  name = g_strstrip (g_strdup (name_of (user)));
  email = g_strstrip (g_strdup (dd_designated_user_get_email (user)));
  dd_designated_user_set_field (user, DD_USER_FIELD_FULL_NAME, name);
  dd_designated_user_set_field (user, DD_USER_FIELD_EMAIL, email);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !check_details (self, user, 0, error) ||
      !check_date (date, NULL, NULL, error))
    return FALSE;

  if (!(stmt = dd_database_prepare (self->database,
                                    "INSERT INTO designated_user (full_name, email, nominated_date, "
                                    "status_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, email, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  if (!dd_database_execute (self->database, stmt, error))
    return FALSE;

  dd_designated_user_set_id (user, dd_database_last_insert_rowid (self->database));
  dd_designated_user_set_status (user, DD_USER_STATUS_NOMINATED);
  dd_designated_user_set_state (user, DD_USER_STATE_NOMINATED_DATE, date);
  dd_designated_user_set_state (user, DD_USER_STATE_STATUS_DATE, date);
  familiarisation = dd_designated_user_get_field (user, DD_USER_FIELD_FAMILIARISATION_DATE);

  if (!write_user (self, user, error) ||
      !add_event (self, user, DD_USER_EVENT_NOMINATED, date,
                  dd_designated_user_get_field (user, DD_USER_FIELD_NOMINATED_BY), error) ||
      (*familiarisation != '\0' &&
       !add_event (self, user, DD_USER_EVENT_FAMILIARISATION, familiarisation, NULL, error)) ||
      !audit (self, user, "create", "email", NULL, email, NULL, error) ||
      !read_user (self, dd_designated_user_get_id (user), user, error) ||
      !dd_transaction_commit (transaction, error))
    {
      dd_designated_user_set_id (user, 0);
      return FALSE;
    }

  emit_changed (self);
  return TRUE;
}

/**
 * dd_user_register_save:
 *
 * Writes the changes to @user's details (name, email, job title,
 * organisation, nominating decision, roles, platforms, familiarisation
 * event, notes), each one to the audit log.
 */
gboolean
dd_user_register_save (DdUserRegister    *self,
                       DdDesignatedUser  *user,
                       GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdDesignatedUser) stored = dd_designated_user_new (NULL, NULL);
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  gboolean changed = FALSE;
  const char *familiarisation;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  name = g_strstrip (g_strdup (name_of (user)));
  email = g_strstrip (g_strdup (dd_designated_user_get_email (user)));
  dd_designated_user_set_field (user, DD_USER_FIELD_FULL_NAME, name);
  dd_designated_user_set_field (user, DD_USER_FIELD_EMAIL, email);

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !read_user (self, dd_designated_user_get_id (user), stored, error) ||
      !check_details (self, user, dd_designated_user_get_id (user), error))
    return FALSE;

  for (guint i = 0; i < DD_USER_N_FIELDS; i++)
    {
      const char *old_value = dd_designated_user_get_field (stored, i);
      const char *new_value = dd_designated_user_get_field (user, i);

      if (g_strcmp0 (old_value, new_value) == 0)
        continue;
      changed = TRUE;
      if (!audit (self, user, "update", dd_user_field_get_name (i), old_value, new_value, NULL, error))
        return FALSE;
    }
  if (dd_designated_user_get_platforms (stored) != dd_designated_user_get_platforms (user))
    {
      g_autofree char *old_value = dd_platforms_to_string (dd_designated_user_get_platforms (stored));
      g_autofree char *new_value = dd_platforms_to_string (dd_designated_user_get_platforms (user));

      changed = TRUE;
      if (!audit (self, user, "update", "platforms", old_value, new_value, NULL, error))
        return FALSE;
    }
  if (dd_designated_user_get_roles (stored) != dd_designated_user_get_roles (user))
    {
      g_autofree char *old_value = g_strdup_printf ("%u", dd_designated_user_get_roles (stored));
      g_autofree char *new_value = g_strdup_printf ("%u", dd_designated_user_get_roles (user));

      changed = TRUE;
      if (!audit (self, user, "update", "roles", old_value, new_value, NULL, error))
        return FALSE;
    }
  if (!changed)
    return TRUE;

  /* The lifecycle is the register's: only the details come from @user. */
  for (guint i = 0; i < DD_USER_N_FIELDS; i++)
    dd_designated_user_set_field (stored, i, dd_designated_user_get_field (user, i));
  dd_designated_user_set_platforms (stored, dd_designated_user_get_platforms (user));
  dd_designated_user_set_roles (stored, dd_designated_user_get_roles (user));

  familiarisation = dd_designated_user_get_field (user, DD_USER_FIELD_FAMILIARISATION_DATE);
  if (!write_user (self, stored, error) ||
      (*familiarisation != '\0' &&
       g_strcmp0 (familiarisation, dd_designated_user_get_field (stored, DD_USER_FIELD_FAMILIARISATION_DATE)) != 0 &&
       !add_event (self, user, DD_USER_EVENT_FAMILIARISATION, familiarisation, NULL, error)) ||
      !read_user (self, dd_designated_user_get_id (user), user, error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  emit_changed (self);
  return TRUE;
}

/* Begins a step: a transaction, and @user as stored now. */
static DdTransaction *
begin_step (DdUserRegister    *self,
            DdDesignatedUser  *user,
            GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;

  if (!(transaction = dd_database_begin (self->database, error)) ||
      !read_user (self, dd_designated_user_get_id (user), user, error))
    return NULL;
  return g_steal_pointer (&transaction);
}

/* Ends a step: writes @user, its event and the audit line, commits. */
static gboolean
finish_step (DdUserRegister    *self,
             DdTransaction     *transaction,
             DdDesignatedUser  *user,
             DdUserEventKind    kind,
             const char        *action,
             const char        *date,
             const char        *detail,
             DdUserStatus       old_status,
             GError           **error)
{
  if (!write_user (self, user, error) ||
      !add_event (self, user, kind, date, detail, error) ||
      !audit (self, user, action, "status", dd_user_status_get_nick (old_status),
              dd_user_status_get_nick (dd_designated_user_get_status (user)), detail, error) ||
      !read_user (self, dd_designated_user_get_id (user), user, error) ||
      !dd_transaction_commit (transaction, error))
    return FALSE;

  emit_changed (self);
  return TRUE;
}

static gboolean
refuse_status (DdDesignatedUser  *user,
               const char        *step,
               GError           **error)
{
  /* Translators: "Access cannot be granted: Jane Doe is “Revoked”." */
  g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW, _("%s: %s is “%s”."),
               step, name_of (user), dd_user_status_get_label (dd_designated_user_get_status (user)));
  return FALSE;
}

static gboolean
compare_names (const char *typed,
               const char *name)
{
  g_auto(GStrv) a = g_strsplit_set (typed, " \t\n", -1);
  g_auto(GStrv) b = g_strsplit_set (name, " \t\n", -1);
  g_autoptr(GString) aa = g_string_new (NULL);
  g_autoptr(GString) bb = g_string_new (NULL);
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  for (guint i = 0; a[i] != NULL; i++)
    if (*a[i] != '\0')
      g_string_append_printf (aa, "%s%s", aa->len ? " " : "", a[i]);
  for (guint i = 0; b[i] != NULL; i++)
    if (*b[i] != '\0')
      g_string_append_printf (bb, "%s%s", bb->len ? " " : "", b[i]);
  fa = g_utf8_casefold (aa->str, -1);
  fb = g_utf8_casefold (bb->str, -1);
  return g_utf8_validate (typed, -1, NULL) && g_str_equal (fa, fb);
}

/**
 * dd_user_register_sign_statement:
 * @typed_name: the name @user typed as their signature: their full name
 * @confirmed_read: whether they confirmed they read the statement shown
 *   in full
 *
 * Records @user's electronic signature of the User Access Statement of
 * the version in force: the date and time, the version, and the SHA-256
 * of the exact text signed. Someone who signed an older version's
 * statement signs again this way; their status is kept.
 */
gboolean
dd_user_register_sign_statement (DdUserRegister    *self,
                                 DdDesignatedUser  *user,
                                 const char        *typed_name,
                                 gboolean           confirmed_read,
                                 GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(DdAgreement) in_force = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *today = dd_date_dup_today_iso ();
  g_autofree char *now = dd_database_dup_now_utc ();
  g_autofree char *sha256 = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *typed = NULL;
  DdUserStatus status;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  if (!(transaction = begin_step (self, user, error)))
    return FALSE;
  status = dd_designated_user_get_status (user);

  if (status == DD_USER_STATUS_REVOKED || status == DD_USER_STATUS_LEFT)
    return refuse_status (user, _("The statement cannot be signed"), error);

  in_force = dd_agreement_store_get_in_force (self->agreements, &local_error);
  if (in_force == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_NO_AGREEMENT,
                     _("No version of the agreement is in force, so there is no User Access Statement to sign."));
      return FALSE;
    }
  if (dd_designated_user_get_statement_version_id (user) == dd_agreement_get_version_id (in_force))
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW,
                   _("%s has already signed the User Access Statement for version %u."),
                   name_of (user), dd_agreement_get_version (in_force));
      return FALSE;
    }
  if (!confirmed_read)
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   _("%s must confirm they have read the User Access Statement before signing it."),
                   name_of (user));
      return FALSE;
    }
  typed = g_strstrip (g_strdup (typed_name ? typed_name : ""));
  if (*typed == '\0')
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   _("Type the full name as the signature."));
      return FALSE;
    }
  if (!compare_names (typed, name_of (user)))
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   _("The signature “%s” is not the name in the register, %s."), typed, name_of (user));
      return FALSE;
    }
  if (!check_date (today, dd_designated_user_get_nominated_date (user), _("the date of nomination"), error))
    return FALSE;

  sha256 = dd_agreement_dup_statement_sha256 (in_force);
  dd_designated_user_set_state (user, DD_USER_STATE_SIGNED_AT, now);
  dd_designated_user_set_state (user, DD_USER_STATE_SIGNED_DATE, today);
  dd_designated_user_set_state (user, DD_USER_STATE_SIGNATURE, typed);
  dd_designated_user_set_state (user, DD_USER_STATE_SHA256, sha256);
  dd_designated_user_set_statement_version (user, dd_agreement_get_version_id (in_force),
                                            dd_agreement_get_version (in_force));
  if (status == DD_USER_STATUS_NOMINATED)
    {
      dd_designated_user_set_status (user, DD_USER_STATUS_STATEMENT_SIGNED);
      dd_designated_user_set_state (user, DD_USER_STATE_STATUS_DATE, today);
    }

  /* Translators: the detail of a signature in a user's timeline */
  detail = g_strdup_printf (_("version %u, SHA-256 %.16s…"), dd_agreement_get_version (in_force), sha256);
  return finish_step (self, transaction, user, DD_USER_EVENT_STATEMENT_SIGNED, "sign_statement",
                      today, detail, status, error);
}

/* Access needs the statement of the version in force. */
static gboolean
check_signed_in_force (DdUserRegister    *self,
                       DdDesignatedUser  *user,
                       const char        *step,
                       GError           **error)
{
  g_autoptr(DdAgreement) in_force = NULL;
  g_autoptr(GError) local_error = NULL;

  in_force = dd_agreement_store_get_in_force (self->agreements, &local_error);
  if (in_force == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_NO_AGREEMENT,
                     _("%s: no version of the agreement is in force."), step);
      return FALSE;
    }
  if (dd_designated_user_get_statement_version_id (user) != dd_agreement_get_version_id (in_force))
    {
      /* Translators: "Access cannot be granted: Jane Doe has not signed
       * the User Access Statement for version 2" */
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_NOT_SIGNED,
                   _("%s: %s has not signed the User Access Statement for version %u."),
                   step, name_of (user), dd_agreement_get_version (in_force));
      return FALSE;
    }
  return TRUE;
}

/**
 * dd_user_register_request_access:
 * @date: the date access was asked of HMPPS
 *
 * Records the request for access (optional: access may be granted
 * straight after the signature).
 */
gboolean
dd_user_register_request_access (DdUserRegister    *self,
                                 DdDesignatedUser  *user,
                                 const char        *date,
                                 GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  const char *step = _("Access cannot be requested");
  DdUserStatus status;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  if (!(transaction = begin_step (self, user, error)))
    return FALSE;
  status = dd_designated_user_get_status (user);

  if (status == DD_USER_STATUS_NOMINATED)
    return check_signed_in_force (self, user, step, error);
  if (status != DD_USER_STATUS_STATEMENT_SIGNED)
    return refuse_status (user, step, error);
  if (!check_signed_in_force (self, user, step, error) ||
      !check_step_date (user, date, error))
    return FALSE;

  dd_designated_user_set_status (user, DD_USER_STATUS_ACCESS_REQUESTED);
  dd_designated_user_set_state (user, DD_USER_STATE_REQUESTED_DATE, date);
  dd_designated_user_set_state (user, DD_USER_STATE_STATUS_DATE, date);
  return finish_step (self, transaction, user, DD_USER_EVENT_ACCESS_REQUESTED, "request_access",
                      date, NULL, status, error);
}

/**
 * dd_user_register_grant:
 * @date: the date access was given
 *
 * Records that @user may use the platforms: only once they have signed
 * the statement of the version in force, and with at least one platform
 * chosen. Their annual review falls due a year from @date.
 */
gboolean
dd_user_register_grant (DdUserRegister    *self,
                        DdDesignatedUser  *user,
                        const char        *date,
                        GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  const char *step = _("Access cannot be granted");
  DdUserStatus status;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  if (!(transaction = begin_step (self, user, error)))
    return FALSE;
  status = dd_designated_user_get_status (user);

  if (status == DD_USER_STATUS_NOMINATED)
    return check_signed_in_force (self, user, step, error);
  if (status != DD_USER_STATUS_STATEMENT_SIGNED && status != DD_USER_STATUS_ACCESS_REQUESTED)
    return refuse_status (user, step, error);
  if (*dd_designated_user_get_left_date (user) != '\0')
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW,
                   _("%s: %s left the organisation on %s."), step, name_of (user),
                   dd_designated_user_get_left_date (user));
      return FALSE;
    }
  if (!check_signed_in_force (self, user, step, error))
    return FALSE;
  if (dd_designated_user_get_platforms (user) == DD_PLATFORMS_NONE)
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   _("%s: choose the platforms %s may use first."), step, name_of (user));
      return FALSE;
    }
  if (!check_step_date (user, date, error))
    return FALSE;

  dd_designated_user_set_status (user, DD_USER_STATUS_ACCESS_GRANTED);
  dd_designated_user_set_state (user, DD_USER_STATE_GRANTED_DATE, date);
  dd_designated_user_set_state (user, DD_USER_STATE_LAST_REVIEW_DATE, "");
  dd_designated_user_set_state (user, DD_USER_STATE_STATUS_DATE, date);
  dd_designated_user_set_state (user, DD_USER_STATE_STATUS_REASON, "");
  {
    g_autofree char *platforms = dd_platforms_to_string (dd_designated_user_get_platforms (user));

    return finish_step (self, transaction, user, DD_USER_EVENT_ACCESS_GRANTED, "grant",
                        date, platforms, status, error);
  }
}

/**
 * dd_user_register_review:
 * @date: the date of the review
 * @notes: (nullable): what the review found
 *
 * Records the annual review of @user's access; the next is due a year
 * from @date.
 */
gboolean
dd_user_register_review (DdUserRegister    *self,
                         DdDesignatedUser  *user,
                         const char        *date,
                         const char        *notes,
                         GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  DdUserStatus status;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  if (!(transaction = begin_step (self, user, error)))
    return FALSE;
  status = dd_designated_user_get_status (user);

  if (status != DD_USER_STATUS_ACCESS_GRANTED)
    return refuse_status (user, _("Access cannot be reviewed"), error);
  if (!check_step_date (user, date, error))
    return FALSE;

  dd_designated_user_set_state (user, DD_USER_STATE_LAST_REVIEW_DATE, date);
  return finish_step (self, transaction, user, DD_USER_EVENT_REVIEWED, "review",
                      date, notes && !is_blank (notes) ? notes : NULL, status, error);
}

static gboolean
end_access (DdUserRegister    *self,
            DdDesignatedUser  *user,
            const char        *date,
            const char        *reason,
            gboolean           revoke,
            GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autofree char *why = NULL;
  const char *step = revoke ? _("Access cannot be revoked") : _("Access cannot be suspended");
  DdUserStatus status, new_status;

  if (reason == NULL || is_blank (reason))
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID,
                   revoke ? _("Give the reason %s’s access is revoked.")
                          : _("Give the reason %s’s access is suspended."),
                   name_of (user));
      return FALSE;
    }
  why = g_strstrip (g_strdup (reason));

  if (!(transaction = begin_step (self, user, error)))
    return FALSE;
  status = dd_designated_user_get_status (user);

  if (revoke ? (status == DD_USER_STATUS_REVOKED || status == DD_USER_STATUS_LEFT)
             : status != DD_USER_STATUS_ACCESS_GRANTED)
    return refuse_status (user, step, error);
  if (!check_step_date (user, date, error))
    return FALSE;

  /* Someone who has left and loses their access has left, for good. */
  if (revoke)
    new_status = *dd_designated_user_get_left_date (user) != '\0' ? DD_USER_STATUS_LEFT : DD_USER_STATUS_REVOKED;
  else
    new_status = DD_USER_STATUS_SUSPENDED;

  dd_designated_user_set_status (user, new_status);
  dd_designated_user_set_state (user, DD_USER_STATE_STATUS_DATE, date);
  dd_designated_user_set_state (user, DD_USER_STATE_STATUS_REASON, why);
  return finish_step (self, transaction, user,
                      revoke ? DD_USER_EVENT_REVOKED : DD_USER_EVENT_SUSPENDED,
                      revoke ? "revoke" : "suspend", date, why, status, error);
}

/**
 * dd_user_register_suspend:
 * @reason: why (required)
 *
 * Stops @user's access for a while; dd_user_register_reinstate() gives
 * it back.
 */
gboolean
dd_user_register_suspend (DdUserRegister    *self,
                          DdDesignatedUser  *user,
                          const char        *date,
                          const char        *reason,
                          GError           **error)
{
  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  return end_access (self, user, date, reason, FALSE, error);
}

/**
 * dd_user_register_revoke:
 * @reason: why (required)
 *
 * Ends @user's access (or their nomination) for good.
 */
gboolean
dd_user_register_revoke (DdUserRegister    *self,
                         DdDesignatedUser  *user,
                         const char        *date,
                         const char        *reason,
                         GError           **error)
{
  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  return end_access (self, user, date, reason, TRUE, error);
}

/**
 * dd_user_register_reinstate:
 *
 * Gives a suspended user their access back: only on the statement of
 * the version in force.
 */
gboolean
dd_user_register_reinstate (DdUserRegister    *self,
                            DdDesignatedUser  *user,
                            const char        *date,
                            GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  const char *step = _("Access cannot be reinstated");
  DdUserStatus status;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  if (!(transaction = begin_step (self, user, error)))
    return FALSE;
  status = dd_designated_user_get_status (user);

  if (status != DD_USER_STATUS_SUSPENDED)
    return refuse_status (user, step, error);
  if (*dd_designated_user_get_left_date (user) != '\0')
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW,
                   _("%s: %s left the organisation on %s."), step, name_of (user),
                   dd_designated_user_get_left_date (user));
      return FALSE;
    }
  if (!check_signed_in_force (self, user, step, error) ||
      !check_step_date (user, date, error))
    return FALSE;

  dd_designated_user_set_status (user, DD_USER_STATUS_ACCESS_GRANTED);
  dd_designated_user_set_state (user, DD_USER_STATE_STATUS_DATE, date);
  dd_designated_user_set_state (user, DD_USER_STATE_STATUS_REASON, "");
  return finish_step (self, transaction, user, DD_USER_EVENT_REINSTATED, "reinstate",
                      date, NULL, status, error);
}

/**
 * dd_user_register_record_leaving:
 * @date: the date they left the organisation
 *
 * Records that @user has left. Without access they are "Left the
 * organisation" at once; with access they stay as they are and need
 * attention ("access still granted after leaving") until it is revoked.
 */
gboolean
dd_user_register_record_leaving (DdUserRegister    *self,
                                 DdDesignatedUser  *user,
                                 const char        *date,
                                 GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  DdUserStatus status;

  g_return_val_if_fail (DD_IS_USER_REGISTER (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  if (!(transaction = begin_step (self, user, error)))
    return FALSE;
  status = dd_designated_user_get_status (user);

  if (status == DD_USER_STATUS_LEFT || *dd_designated_user_get_left_date (user) != '\0')
    {
      g_set_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW,
                   _("%s has already left the organisation (%s)."), name_of (user),
                   *dd_designated_user_get_left_date (user) ? dd_designated_user_get_left_date (user)
                                                           : dd_designated_user_get_status_date (user));
      return FALSE;
    }
  if (!check_step_date (user, date, error))
    return FALSE;

  dd_designated_user_set_state (user, DD_USER_STATE_LEFT_DATE, date);
  if (status != DD_USER_STATUS_ACCESS_GRANTED && status != DD_USER_STATUS_SUSPENDED)
    {
      dd_designated_user_set_status (user, DD_USER_STATUS_LEFT);
      dd_designated_user_set_state (user, DD_USER_STATE_STATUS_DATE, date);
    }
  return finish_step (self, transaction, user, DD_USER_EVENT_LEFT, "left", date, NULL, status, error);
}
