/* test-user-register.c: the register of Designated Users and the
 * lifecycle of each one's access
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "dd-core.h"
#include "dd-test-util.h"

typedef struct
{
  char             *dir;
  DdContext        *context;
  DdAgreementStore *agreements;
  DdUserRegister   *users;
  DdAgreement      *agreement;
} Fixture;

static DdAgreement *
make_draft (const char *statement)
{
  DdAgreement *draft = dd_agreement_new ();

  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_TITLE, "Access to HMPPS Data");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_OFFICE_PARTY, "Office of the Police, Fire and Crime Commissioner");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_MOJ_PARTY, "Ministry of Justice / HM Prison and Probation Service");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_PURPOSE, "Reducing reoffending.");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_LEGAL_BASIS, "Section 115 of the Crime and Disorder Act 1998.");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_TERMS_OF_USE, "- No release of unpublished data");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_STATEMENT, statement);
  dd_agreement_set_platforms (draft, DD_PLATFORMS_ALL);
  return draft;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DdAgreement) stored = NULL;

  dd_date_set_today_for_testing ("2023-03-01");
  fixture->dir = dd_test_make_tmp_dir ();
  path = g_build_filename (fixture->dir, "office.db", NULL);
  fixture->context = dd_context_new (path, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->agreements = dd_context_get_agreement_store (fixture->context);
  fixture->users = dd_context_get_user_register (fixture->context);

  fixture->agreement = make_draft ("1. I will keep unpublished data to myself.\n\n2. I will not release it.");
  stored = dd_agreement_store_create (fixture->agreements, fixture->agreement, &error);
  g_assert_no_error (error);
  if (GPOINTER_TO_INT (data) == 0)
    {
      g_assert_true (dd_agreement_store_sign (fixture->agreements, fixture->agreement, "2023-02-23", &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->agreement);
  g_clear_object (&fixture->context);
  dd_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  dd_date_set_today_for_testing (NULL);
}

static DdDesignatedUser *
add_user (Fixture    *fixture,
          const char *name,
          const char *email,
          const char *date)
{
  g_autoptr(DdDesignatedUser) user = dd_designated_user_new (name, email);
  g_autoptr(GError) error = NULL;

  dd_designated_user_set_field (user, DD_USER_FIELD_JOB_TITLE, "Performance Analyst");
  dd_designated_user_set_field (user, DD_USER_FIELD_NOMINATED_BY, "039-23");
  dd_designated_user_set_platforms (user, DD_PLATFORMS_HUB);
  g_assert_true (dd_user_register_add (fixture->users, user, date, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&user);
}

static guint
count_users (Fixture  *fixture,
             gboolean  needs_attention)
{
  DdUserFilter filter = { NULL, needs_attention, -1 };
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  list = dd_user_register_list (fixture->users, &filter, &error);
  g_assert_no_error (error);
  return g_list_model_get_n_items (list);
}

static guint
count_rows (Fixture    *fixture,
            const char *sql)
{
  g_autofree char *path = g_strdup (dd_database_get_path (dd_context_get_database (fixture->context)));
  sqlite3 *db;
  sqlite3_stmt *stmt;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_add_refusals (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DdDesignatedUser) jane = add_user (fixture, "Jane Doe", "jane.doe@pfcc.example.gov.uk", NULL);
  static const struct { const char *name, *email; int code; } bad[] = {
    { "", "a@b.uk", DD_USER_ERROR_INVALID },
    { "   ", "a@b.uk", DD_USER_ERROR_INVALID },
    { "Ann Other", "", DD_USER_ERROR_INVALID },
    { "Ann Other", "not an email", DD_USER_ERROR_INVALID },
    { "Ann Other", "ann@localhost", DD_USER_ERROR_INVALID },
    { "Ann Other", "JANE.DOE@pfcc.example.gov.uk", DD_USER_ERROR_DUPLICATE },
  };

  g_assert_cmpint (dd_designated_user_get_status (jane), ==, DD_USER_STATUS_NOMINATED);
  g_assert_cmpstr (dd_designated_user_get_nominated_date (jane), ==, "2023-03-01");
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_UNSIGNED);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(DdDesignatedUser) user = dd_designated_user_new (bad[i].name, bad[i].email);
      g_autoptr(GError) error = NULL;

      g_assert_false (dd_user_register_add (fixture->users, user, NULL, &error));
      g_assert_error (error, DD_USER_ERROR, bad[i].code);
      g_assert_cmpint (dd_designated_user_get_id (user), ==, 0);
      if (bad[i].code == DD_USER_ERROR_DUPLICATE)
        g_assert_nonnull (strstr (error->message, "Jane Doe"));
    }
  /* Nothing stored by any refusal. */
  g_assert_cmpuint (count_users (fixture, FALSE), ==, 1);
  g_assert_cmpuint (count_rows (fixture, "SELECT count(*) FROM user_event"), ==, 1);

  /* Nomination in the future is refused too. */
  {
    g_autoptr(DdDesignatedUser) user = dd_designated_user_new ("Sam Future", "sam@pfcc.example.gov.uk");
    g_autoptr(GError) error = NULL;

    g_assert_false (dd_user_register_add (fixture->users, user, "2023-03-02", &error));
    g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_DATES);
  }

  /* Editing into a duplicate is refused; a change of job title is audited. */
  {
    g_autoptr(DdDesignatedUser) sam = add_user (fixture, "Sam Smith", "sam@pfcc.example.gov.uk", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(DdDesignatedUser) again = NULL;

    dd_designated_user_set_field (sam, DD_USER_FIELD_EMAIL, "jane.doe@pfcc.example.gov.uk");
    g_assert_false (dd_user_register_save (fixture->users, sam, &error));
    g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_DUPLICATE);
    g_clear_error (&error);
    dd_designated_user_set_field (sam, DD_USER_FIELD_EMAIL, "sam@pfcc.example.gov.uk");
    dd_designated_user_set_field (sam, DD_USER_FIELD_JOB_TITLE, "Head of Performance and Scrutiny");
    g_assert_true (dd_user_register_save (fixture->users, sam, &error));
    g_assert_no_error (error);
    again = dd_user_register_find_by_email (fixture->users, "SAM@pfcc.example.gov.uk ", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (dd_designated_user_get_field (again, DD_USER_FIELD_JOB_TITLE), ==,
                     "Head of Performance and Scrutiny");
    g_assert_cmpuint (count_rows (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'user' "
                                           "AND field = 'job-title'"), ==, 1);
  }
}

static void
test_lifecycle (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DdDesignatedUser) jane = add_user (fixture, "Jane Doe", "jane@pfcc.example.gov.uk", "2023-02-24");
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_hash = NULL;
  static const DdUserEventKind expected[] = {
    DD_USER_EVENT_NOMINATED, DD_USER_EVENT_STATEMENT_SIGNED, DD_USER_EVENT_ACCESS_REQUESTED,
    DD_USER_EVENT_ACCESS_GRANTED, DD_USER_EVENT_REVIEWED, DD_USER_EVENT_SUSPENDED,
    DD_USER_EVENT_REINSTATED, DD_USER_EVENT_REVOKED,
  };

  /* Access before the statement is refused, with the words of the issue. */
  g_assert_false (dd_user_register_grant (fixture->users, jane, "2023-03-01", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_NOT_SIGNED);
  g_assert_cmpstr (error->message, ==,
                   "Access cannot be granted: Jane Doe has not signed the User Access Statement for version 1.");
  g_clear_error (&error);
  g_assert_false (dd_user_register_request_access (fixture->users, jane, "2023-03-01", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_NOT_SIGNED);
  g_clear_error (&error);

  /* The signature: read, and the name as in the register. */
  g_assert_false (dd_user_register_sign_statement (fixture->users, jane, "Jane Doe", FALSE, &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dd_user_register_sign_statement (fixture->users, jane, "J Doe", TRUE, &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "J Doe"));
  g_clear_error (&error);
  g_assert_true (dd_user_register_sign_statement (fixture->users, jane, "  jane   DOE ", TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dd_designated_user_get_status (jane), ==, DD_USER_STATUS_STATEMENT_SIGNED);
  g_assert_cmpuint (dd_designated_user_get_statement_version (jane), ==, 1);
  g_assert_cmpstr (dd_designated_user_get_statement_signed_date (jane), ==, "2023-03-01");
  g_assert_true (g_str_has_suffix (dd_designated_user_get_statement_signed_at (jane), "Z"));
  expected_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                                 "1. I will keep unpublished data to myself.\n\n2. I will not release it.", -1);
  g_assert_cmpstr (dd_designated_user_get_statement_sha256 (jane), ==, expected_hash);
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_NONE);
  g_assert_false (dd_user_register_sign_statement (fixture->users, jane, "Jane Doe", TRUE, &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW);
  g_clear_error (&error);

  /* Dates in order: not before the signature, not in the future. */
  g_assert_false (dd_user_register_request_access (fixture->users, jane, "2023-02-28", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_DATES);
  g_clear_error (&error);
  g_assert_false (dd_user_register_request_access (fixture->users, jane, "2023-03-05", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_DATES);
  g_clear_error (&error);
  g_assert_true (dd_user_register_request_access (fixture->users, jane, "2023-03-01", &error));
  g_assert_no_error (error);

  /* Granting needs platforms. */
  dd_designated_user_set_platforms (jane, DD_PLATFORMS_NONE);
  g_assert_true (dd_user_register_save (fixture->users, jane, &error));
  g_assert_false (dd_user_register_grant (fixture->users, jane, "2023-03-01", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID);
  g_clear_error (&error);
  dd_designated_user_set_platforms (jane, DD_PLATFORMS_ALL);
  g_assert_true (dd_user_register_save (fixture->users, jane, &error));

  g_assert_true (dd_user_register_grant (fixture->users, jane, "2023-03-01", &error));
  g_assert_no_error (error);
  g_assert_true (dd_designated_user_has_access (jane));
  g_assert_cmpstr (dd_designated_user_get_review_due (jane), ==, "2024-03-01");
  g_assert_false (dd_user_register_grant (fixture->users, jane, "2023-03-01", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW);
  g_clear_error (&error);

  dd_date_set_today_for_testing ("2024-01-10");
  g_assert_true (dd_user_register_review (fixture->users, jane, "2024-01-10", "Still needed", &error));
  g_assert_cmpstr (dd_designated_user_get_review_due (jane), ==, "2025-01-10");

  /* Suspension and revocation need a reason; nothing is stored without. */
  g_assert_false (dd_user_register_suspend (fixture->users, jane, "2024-01-10", "", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (dd_user_register_suspend (fixture->users, jane, "2024-01-10", "Long-term leave", &error));
  g_assert_cmpint (dd_designated_user_get_status (jane), ==, DD_USER_STATUS_SUSPENDED);
  g_assert_cmpstr (dd_designated_user_get_status_reason (jane), ==, "Long-term leave");
  g_assert_false (dd_designated_user_has_access (jane));
  g_assert_false (dd_user_register_review (fixture->users, jane, "2024-01-10", NULL, &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW);
  g_clear_error (&error);
  g_assert_true (dd_user_register_reinstate (fixture->users, jane, "2024-01-10", &error));
  g_assert_cmpint (dd_designated_user_get_status (jane), ==, DD_USER_STATUS_ACCESS_GRANTED);

  g_assert_false (dd_user_register_revoke (fixture->users, jane, "2024-01-10", NULL, &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dd_user_register_revoke (fixture->users, jane, "2023-12-01", "Moved team", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_DATES);
  g_clear_error (&error);
  g_assert_true (dd_user_register_revoke (fixture->users, jane, "2024-01-10", "Moved team", &error));
  g_assert_cmpint (dd_designated_user_get_status (jane), ==, DD_USER_STATUS_REVOKED);
  g_assert_false (dd_user_register_revoke (fixture->users, jane, "2024-01-10", "Again", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW);
  g_clear_error (&error);
  g_assert_false (dd_user_register_sign_statement (fixture->users, jane, "Jane Doe", TRUE, &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW);
  g_clear_error (&error);

  /* Every step is in the timeline, dated, and in the audit log. */
  events = dd_user_register_list_events (fixture->users, jane, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(DdUserEvent) event = g_list_model_get_item (events, i);
      g_assert_cmpint (dd_user_event_get_kind (event), ==, expected[i]);
    }
  {
    g_autoptr(DdUserEvent) last = g_list_model_get_item (events, G_N_ELEMENTS (expected) - 1);
    g_autofree char *summary = dd_user_event_dup_summary (last);

    g_assert_cmpstr (summary, ==, "Access revoked: Moved team");
    g_assert_cmpstr (dd_user_event_get_date (last), ==, "2024-01-10");
  }
  g_assert_cmpuint (count_rows (fixture, "SELECT count(*) FROM audit_log WHERE entity = 'user' "
                                         "AND action IN ('create', 'sign_statement', 'request_access', 'grant', "
                                         "'review', 'suspend', 'reinstate', 'revoke')"), ==, 8);
}

static void
test_grant_straight_after_signing (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(DdDesignatedUser) sam = add_user (fixture, "Sam Smith", "sam@pfcc.example.gov.uk", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (dd_user_register_sign_statement (fixture->users, sam, "Sam Smith", TRUE, &error));
  g_assert_true (dd_user_register_grant (fixture->users, sam, "2023-03-01", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dd_designated_user_get_access_requested_date (sam), ==, "");
}

static void
test_no_agreement_in_force (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(DdDesignatedUser) sam = add_user (fixture, "Sam Smith", "sam@pfcc.example.gov.uk", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (dd_user_register_sign_statement (fixture->users, sam, "Sam Smith", TRUE, &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_NO_AGREEMENT);
}

static void
test_resign_after_new_version (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(DdDesignatedUser) jane = add_user (fixture, "Jane Doe", "jane@pfcc.example.gov.uk", NULL);
  g_autoptr(DdDesignatedUser) sam = add_user (fixture, "Sam Smith", "sam@pfcc.example.gov.uk", NULL);
  g_autoptr(DdDesignatedUser) kim = add_user (fixture, "Kim Lee", "kim@pfcc.example.gov.uk", NULL);
  g_autoptr(DdAgreement) v2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *v2_hash = NULL;

  g_assert_true (dd_user_register_sign_statement (fixture->users, jane, "Jane Doe", TRUE, &error));
  g_assert_true (dd_user_register_grant (fixture->users, jane, "2023-03-01", &error));
  g_assert_true (dd_user_register_sign_statement (fixture->users, sam, "Sam Smith", TRUE, &error));
  g_assert_no_error (error);
  /* Kim is only nominated: unsigned. */
  g_assert_cmpuint (count_users (fixture, TRUE), ==, 1);

  dd_date_set_today_for_testing ("2023-06-01");
  v2 = dd_agreement_store_new_version (fixture->agreements, fixture->agreement, &error);
  dd_agreement_set_field (v2, DD_AGREEMENT_FIELD_STATEMENT, "1. I will keep unpublished data to myself.\n\n2. I will report any breach.");
  g_assert_true (dd_agreement_store_save (fixture->agreements, v2, &error));
  /* A draft changes nothing for the users. */
  g_assert_true (dd_user_register_refresh (fixture->users, jane, &error));
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_NONE);

  g_assert_true (dd_agreement_store_sign (fixture->agreements, v2, "2023-06-01", &error));
  g_assert_no_error (error);

  g_assert_true (dd_user_register_refresh (fixture->users, jane, &error));
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_MUST_RESIGN);
  g_assert_true (dd_designated_user_get_access_at_risk (jane));
  g_assert_true (dd_user_register_refresh (fixture->users, sam, &error));
  g_assert_cmpuint (dd_designated_user_get_attention (sam), ==, DD_ATTENTION_MUST_RESIGN);
  g_assert_false (dd_designated_user_get_access_at_risk (sam));
  g_assert_cmpuint (count_users (fixture, TRUE), ==, 3);

  /* Sam cannot be granted access on the old statement. */
  g_assert_false (dd_user_register_grant (fixture->users, sam, "2023-06-01", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_NOT_SIGNED);
  g_assert_cmpstr (error->message, ==,
                   "Access cannot be granted: Sam Smith has not signed the User Access Statement for version 2.");
  g_clear_error (&error);

  /* Jane signs again: her access stays, the flag goes, the new hash is kept. */
  g_assert_true (dd_user_register_sign_statement (fixture->users, jane, "Jane Doe", TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dd_designated_user_get_status (jane), ==, DD_USER_STATUS_ACCESS_GRANTED);
  g_assert_cmpuint (dd_designated_user_get_statement_version (jane), ==, 2);
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_NONE);
  v2_hash = dd_agreement_dup_statement_sha256 (v2);
  g_assert_cmpstr (dd_designated_user_get_statement_sha256 (jane), ==, v2_hash);
  g_assert_cmpuint (count_users (fixture, TRUE), ==, 2);
}

static void
test_review_due_and_overdue (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DdDesignatedUser) jane = add_user (fixture, "Jane Doe", "jane@pfcc.example.gov.uk", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (dd_user_register_sign_statement (fixture->users, jane, "Jane Doe", TRUE, &error));
  g_assert_true (dd_user_register_grant (fixture->users, jane, "2023-03-01", &error));

  dd_date_set_today_for_testing ("2024-03-01");
  g_assert_true (dd_user_register_refresh (fixture->users, jane, &error));
  g_assert_cmpstr (dd_designated_user_get_review_due (jane), ==, "2024-03-01");
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_NONE);

  dd_date_set_today_for_testing ("2024-03-02");
  g_assert_true (dd_user_register_refresh (fixture->users, jane, &error));
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_REVIEW_OVERDUE);
  g_assert_cmpuint (count_users (fixture, TRUE), ==, 1);

  g_assert_true (dd_user_register_review (fixture->users, jane, "2024-03-02", NULL, &error));
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_NONE);
  g_assert_cmpstr (dd_designated_user_get_review_due (jane), ==, "2025-03-02");
  g_assert_cmpuint (count_users (fixture, TRUE), ==, 0);
}

static void
test_leaving (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(DdDesignatedUser) jane = add_user (fixture, "Jane Doe", "jane@pfcc.example.gov.uk", NULL);
  g_autoptr(DdDesignatedUser) kim = add_user (fixture, "Kim Lee", "kim@pfcc.example.gov.uk", NULL);
  g_autoptr(GError) error = NULL;

  /* Without access: gone at once. */
  g_assert_true (dd_user_register_record_leaving (fixture->users, kim, "2023-03-01", &error));
  g_assert_cmpint (dd_designated_user_get_status (kim), ==, DD_USER_STATUS_LEFT);
  g_assert_cmpuint (dd_designated_user_get_attention (kim), ==, DD_ATTENTION_NONE);
  g_assert_false (dd_user_register_record_leaving (fixture->users, kim, "2023-03-01", &error));
  g_assert_error (error, DD_USER_ERROR, DD_USER_ERROR_WORKFLOW);
  g_clear_error (&error);

  /* With access: flagged until it is revoked. */
  g_assert_true (dd_user_register_sign_statement (fixture->users, jane, "Jane Doe", TRUE, &error));
  g_assert_true (dd_user_register_grant (fixture->users, jane, "2023-03-01", &error));
  g_assert_true (dd_user_register_record_leaving (fixture->users, jane, "2023-03-01", &error));
  g_assert_cmpint (dd_designated_user_get_status (jane), ==, DD_USER_STATUS_ACCESS_GRANTED);
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_GRANTED_AFTER_LEAVING);
  g_assert_true (dd_user_register_revoke (fixture->users, jane, "2023-03-01", "Left the office", &error));
  g_assert_no_error (error);
  g_assert_cmpint (dd_designated_user_get_status (jane), ==, DD_USER_STATUS_LEFT);
  g_assert_cmpuint (dd_designated_user_get_attention (jane), ==, DD_ATTENTION_NONE);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DdDesignatedUser) jane = add_user (fixture, "Jane Doe", "jane@pfcc.example.gov.uk", NULL);
  g_autoptr(DdDesignatedUser) kim = add_user (fixture, "Kim Lee", "kim_lee@pfcc.example.gov.uk", NULL);
  DdUserFilter filter = { "lee", FALSE, -1 };
  g_autoptr(GListModel) found = NULL;
  g_autoptr(DdDesignatedUser) first = NULL;
  g_autoptr(GError) error = NULL;

  found = dd_user_register_list (fixture->users, &filter, &error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  first = g_list_model_get_item (found, 0);
  g_assert_cmpstr (dd_designated_user_get_full_name (first), ==, "Kim Lee");
  g_clear_object (&found);

  /* LIKE's wildcards are only themselves. */
  filter.search = "_";
  found = dd_user_register_list (fixture->users, &filter, &error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  g_clear_object (&found);

  filter.search = NULL;
  filter.status = DD_USER_STATUS_NOMINATED;
  found = dd_user_register_list (fixture->users, &filter, &error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, unsigned_) \
  g_test_add (path, Fixture, GINT_TO_POINTER (unsigned_), fixture_set_up, func, fixture_tear_down)
  ADD ("/users/add-refusals", test_add_refusals, 0);
  ADD ("/users/lifecycle", test_lifecycle, 0);
  ADD ("/users/grant-straight-after-signing", test_grant_straight_after_signing, 0);
  ADD ("/users/no-agreement-in-force", test_no_agreement_in_force, 1);
  ADD ("/users/resign-after-new-version", test_resign_after_new_version, 0);
  ADD ("/users/review-due-and-overdue", test_review_due_and_overdue, 0);
  ADD ("/users/leaving", test_leaving, 0);
  ADD ("/users/search", test_search, 0);
#undef ADD

  return g_test_run ();
}
