/* dd-migrations.c: the numbered steps of the schema
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Append a step to change the schema; never edit a step that has shipped.
 * DdDatabase applies each missing step in its own transaction and records
 * it in `PRAGMA user_version`. The tests build a database at every older
 * version and check that upgrading it gives the schema a new one has.
 */

#include "config.h"

#include "dd-database-private.h"

static const DdMigration migrations[] = {
  /* 1: the audit log. Append-only: triggers refuse any change to a row
   * once written, so the history of a decision cannot be rewritten. */
  { 1,
    "CREATE TABLE audit_log ("
    "  id        INTEGER PRIMARY KEY,"
    "  at        TEXT NOT NULL,"     /* UTC, ISO 8601: 2026-11-24T21:32:26Z */
    "  actor     TEXT NOT NULL,"     /* the display name of who did it */
    "  action    TEXT NOT NULL,"     /* create, update, delete, sign, ... */
    "  entity    TEXT NOT NULL,"     /* report, agreement, user, database, ... */
    "  entity_id TEXT,"
    "  field     TEXT,"
    "  old_value TEXT,"
    "  new_value TEXT,"
    "  reason    TEXT"
    ") STRICT;"
    "CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);"
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;"
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE (ABORT, 'the audit log is append-only'); END;" },

  /* 2: decision reports, the office's settings and report numbering. */
  { 2,
    "CREATE TABLE office_setting ("
    "  key   TEXT PRIMARY KEY,"
    "  value TEXT NOT NULL"
    ") STRICT;"
    /* The last number given in each numbering period ('2023', '2023/24',
     * or '' when numbers never restart). Only ever goes up, so a
     * withdrawn or deleted report's number is never given again. */
    "CREATE TABLE reference_sequence ("
    "  period TEXT PRIMARY KEY,"
    "  last   INTEGER NOT NULL CHECK (last >= 0)"
    ") STRICT;"
    "CREATE TABLE report ("
    "  id                         INTEGER PRIMARY KEY,"
    "  reference                  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (reference <> ''),"
    "  status                     TEXT NOT NULL DEFAULT 'draft' CHECK (status IN"
    "    ('draft', 'awaiting_approval', 'awaiting_decision', 'agreed', 'not_agreed',"
    "     'published', 'withdrawn')),"
    "  classification             TEXT NOT NULL DEFAULT '',"
    "  title                      TEXT NOT NULL DEFAULT '',"
    "  area                       TEXT NOT NULL DEFAULT '',"
    "  report_by_name             TEXT NOT NULL DEFAULT '',"
    "  report_by_role             TEXT NOT NULL DEFAULT '',"
    "  chief_officer              TEXT NOT NULL DEFAULT '',"
    "  report_date                TEXT NOT NULL DEFAULT '',"
    "  enquiries_to               TEXT NOT NULL DEFAULT '',"
    "  publication                TEXT NOT NULL DEFAULT 'undecided'"
    "                             CHECK (publication IN ('undecided', 'yes', 'no')),"
    "  publication_reasons        TEXT NOT NULL DEFAULT '',"
    "  redact_decision_sheet      INTEGER NOT NULL DEFAULT 0 CHECK (redact_decision_sheet IN (0, 1)),"
    "  redact_appendix            INTEGER NOT NULL DEFAULT 0 CHECK (redact_appendix IN (0, 1)),"
    "  redaction_details          TEXT NOT NULL DEFAULT '',"
    "  redaction_date             TEXT NOT NULL DEFAULT '',"
    "  chief_executive_name       TEXT NOT NULL DEFAULT '',"
    "  chief_executive_date       TEXT NOT NULL DEFAULT '',"
    "  chief_finance_officer_name TEXT NOT NULL DEFAULT '',"
    "  chief_finance_officer_date TEXT NOT NULL DEFAULT '',"
    "  decision                   TEXT NOT NULL DEFAULT ''"
    "                             CHECK (decision IN ('', 'agreed', 'not_agreed')),"
    "  decision_reasons           TEXT NOT NULL DEFAULT '',"
    "  decision_name              TEXT NOT NULL DEFAULT '',"
    "  decision_role              TEXT NOT NULL DEFAULT '',"
    "  decision_date              TEXT NOT NULL DEFAULT '',"
    "  redaction_signed_name      TEXT NOT NULL DEFAULT '',"
    "  redaction_signed_role      TEXT NOT NULL DEFAULT '',"
    "  redaction_signed_date      TEXT NOT NULL DEFAULT '',"
    "  created_at                 TEXT NOT NULL,"
    "  updated_at                 TEXT NOT NULL"
    ") STRICT;"
    "CREATE INDEX report_by_date ON report (report_date DESC, id DESC);"
    "CREATE INDEX report_by_status ON report (status, report_date DESC);"
    "CREATE TABLE report_section ("
    "  report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,"
    "  number    INTEGER NOT NULL CHECK (number BETWEEN 1 AND 16),"
    "  heading   TEXT NOT NULL,"
    "  body      TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (report_id, number)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TABLE report_recommendation ("
    "  report_id INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,"
    "  position  INTEGER NOT NULL,"
    "  text      TEXT NOT NULL,"
    "  PRIMARY KEY (report_id, position)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TABLE report_appendix ("
    "  id           INTEGER PRIMARY KEY,"
    "  report_id    INTEGER NOT NULL REFERENCES report (id) ON DELETE CASCADE,"
    "  position     INTEGER NOT NULL,"
    "  title        TEXT NOT NULL,"
    "  kind         TEXT NOT NULL CHECK (kind IN ('file', 'agreement')),"
    "  file_name    TEXT,"
    "  content_type TEXT,"
    "  data         BLOB,"
    "  agreement_id INTEGER"
    ") STRICT;"
    "CREATE INDEX report_appendix_by_report ON report_appendix (report_id, position);"
    /* Full-text search over every field and section; rowid = report.id. */
    "CREATE VIRTUAL TABLE report_search USING fts5 ("
    "  reference, title, people, body,"
    "  tokenize = 'unicode61 remove_diacritics 2'"
    ");" },

  /* 3: the protective marking of a report's published copy (often
   * OFFICIAL, or none), apart from the classification of the report. */
  { 3,
    "ALTER TABLE report ADD COLUMN publication_marking TEXT NOT NULL DEFAULT '';" },

  /* 4: the data-sharing agreement, its versions, and the register of
   * Designated Users with the dated steps of each one's access. */
  { 4,
    "CREATE TABLE agreement ("
    "  id                 INTEGER PRIMARY KEY,"
    "  under_review       INTEGER NOT NULL DEFAULT 0 CHECK (under_review IN (0, 1)),"
    "  terminated_date    TEXT NOT NULL DEFAULT '',"
    "  termination_reason TEXT NOT NULL DEFAULT '',"
    "  created_at         TEXT NOT NULL"
    ") STRICT;"
    /* One row per version; a signed version never changes again. */
    "CREATE TABLE agreement_version ("
    "  id               INTEGER PRIMARY KEY,"
    "  agreement_id     INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,"
    "  version          INTEGER NOT NULL CHECK (version >= 1),"
    "  signed           INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)),"
    "  title            TEXT NOT NULL DEFAULT '',"
    "  office_party     TEXT NOT NULL DEFAULT '',"
    "  office_contact   TEXT NOT NULL DEFAULT '',"
    "  moj_party        TEXT NOT NULL DEFAULT '',"
    "  moj_contact      TEXT NOT NULL DEFAULT '',"
    "  purpose          TEXT NOT NULL DEFAULT '',"
    "  legal_basis      TEXT NOT NULL DEFAULT '',"
    "  access_mode      TEXT NOT NULL DEFAULT '',"
    "  data_covered     TEXT NOT NULL DEFAULT '',"
    "  levels           TEXT NOT NULL DEFAULT '',"
    "  terms_of_use     TEXT NOT NULL DEFAULT '',"
    "  bau_contact      TEXT NOT NULL DEFAULT '',"
    "  sro              TEXT NOT NULL DEFAULT '',"
    "  report_reference TEXT NOT NULL DEFAULT '',"
    "  date_signed      TEXT NOT NULL DEFAULT '',"
    "  start_date       TEXT NOT NULL DEFAULT '',"
    "  review_date      TEXT NOT NULL DEFAULT '',"
    "  end_date         TEXT NOT NULL DEFAULT '',"
    "  statement        TEXT NOT NULL DEFAULT '',"
    "  platforms        INTEGER NOT NULL DEFAULT 0,"
    "  created_at       TEXT NOT NULL,"
    "  updated_at       TEXT NOT NULL,"
    "  UNIQUE (agreement_id, version)"
    ") STRICT;"
    "CREATE TABLE agreement_section ("
    "  version_id INTEGER NOT NULL REFERENCES agreement_version (id) ON DELETE CASCADE,"
    "  position   INTEGER NOT NULL,"
    "  heading    TEXT NOT NULL,"
    "  body       TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (version_id, position)"
    ") STRICT, WITHOUT ROWID;"
    "CREATE TRIGGER agreement_version_frozen BEFORE UPDATE ON agreement_version "
    "WHEN OLD.signed = 1 "
    "BEGIN SELECT RAISE (ABORT, 'a signed version of an agreement cannot change'); END;"
    "CREATE TRIGGER agreement_version_kept BEFORE DELETE ON agreement_version "
    "WHEN OLD.signed = 1 "
    "BEGIN SELECT RAISE (ABORT, 'a signed version of an agreement cannot change'); END;"
    "CREATE TRIGGER agreement_section_frozen_insert BEFORE INSERT ON agreement_section "
    "WHEN (SELECT signed FROM agreement_version WHERE id = NEW.version_id) = 1 "
    "BEGIN SELECT RAISE (ABORT, 'a signed version of an agreement cannot change'); END;"
    "CREATE TRIGGER agreement_section_frozen_update BEFORE UPDATE ON agreement_section "
    "WHEN (SELECT signed FROM agreement_version WHERE id = OLD.version_id) = 1 "
    "BEGIN SELECT RAISE (ABORT, 'a signed version of an agreement cannot change'); END;"
    "CREATE TRIGGER agreement_section_frozen_delete BEFORE DELETE ON agreement_section "
    "WHEN (SELECT signed FROM agreement_version WHERE id = OLD.version_id) = 1 "
    "BEGIN SELECT RAISE (ABORT, 'a signed version of an agreement cannot change'); END;"
    "CREATE TABLE designated_user ("
    "  id                    INTEGER PRIMARY KEY,"
    "  full_name             TEXT NOT NULL CHECK (trim (full_name) <> ''),"
    "  job_title             TEXT NOT NULL DEFAULT '',"
    "  organisation          TEXT NOT NULL DEFAULT '',"
    "  email                 TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (email LIKE '_%@_%'),"
    "  nominated_by          TEXT NOT NULL DEFAULT '',"
    "  familiarisation_date  TEXT NOT NULL DEFAULT '',"
    "  notes                 TEXT NOT NULL DEFAULT '',"
    "  roles                 INTEGER NOT NULL DEFAULT 1,"
    "  platforms             INTEGER NOT NULL DEFAULT 0,"
    "  status                TEXT NOT NULL DEFAULT 'nominated' CHECK (status IN"
    "    ('nominated', 'statement_signed', 'access_requested', 'access_granted',"
    "     'suspended', 'revoked', 'left')),"
    "  nominated_date        TEXT NOT NULL,"
    "  statement_signed_at   TEXT NOT NULL DEFAULT '',"   /* UTC, ISO 8601 */
    "  statement_signed_date TEXT NOT NULL DEFAULT '',"   /* the local date */
    "  statement_signature   TEXT NOT NULL DEFAULT '',"   /* the name typed */
    "  statement_version_id  INTEGER REFERENCES agreement_version (id),"
    "  statement_sha256      TEXT NOT NULL DEFAULT '',"
    "  access_requested_date TEXT NOT NULL DEFAULT '',"
    "  access_granted_date   TEXT NOT NULL DEFAULT '',"
    "  last_review_date      TEXT NOT NULL DEFAULT '',"
    "  left_date             TEXT NOT NULL DEFAULT '',"
    "  status_date           TEXT NOT NULL DEFAULT '',"
    "  status_reason         TEXT NOT NULL DEFAULT '',"
    "  created_at            TEXT NOT NULL,"
    "  updated_at            TEXT NOT NULL"
    ") STRICT;"
    "CREATE TABLE user_event ("
    "  id          INTEGER PRIMARY KEY,"
    "  user_id     INTEGER NOT NULL REFERENCES designated_user (id) ON DELETE CASCADE,"
    "  date        TEXT NOT NULL,"
    "  kind        TEXT NOT NULL,"
    "  detail      TEXT NOT NULL DEFAULT '',"
    "  recorded_at TEXT NOT NULL,"
    "  actor       TEXT NOT NULL"
    ") STRICT;"
    "CREATE INDEX user_event_by_user ON user_event (user_id, date, id);" },

  /* 5: datasets of imported Hub data. Each dataset's rows are a table of
   * their own, dataset_rows_<id>, made by DdDatasetStore. */
  { 5,
    "CREATE TABLE dataset ("
    "  id             INTEGER PRIMARY KEY,"
    "  name           TEXT NOT NULL,"
    "  file_name      TEXT NOT NULL,"
    "  sha256         TEXT NOT NULL,"
    "  sheet          TEXT NOT NULL,"
    "  range          TEXT NOT NULL,"
    "  platform       TEXT NOT NULL CHECK (platform IN ('hub', 'segmentation', 'other')),"
    "  downloaded     TEXT NOT NULL DEFAULT '',"
    "  classification TEXT NOT NULL,"
    "  handling       TEXT NOT NULL,"
    "  imported_by    TEXT NOT NULL,"
    "  imported_at    TEXT NOT NULL,"
    "  n_rows         INTEGER NOT NULL CHECK (n_rows >= 0),"
    "  n_columns      INTEGER NOT NULL CHECK (n_columns > 0)"
    ") STRICT;"
    "CREATE INDEX dataset_by_sha256 ON dataset (sha256, sheet);"
    "CREATE TABLE dataset_column ("
    "  dataset_id INTEGER NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,"
    "  position   INTEGER NOT NULL,"
    "  name       TEXT NOT NULL,"
    "  kind       TEXT NOT NULL,"
    "  PRIMARY KEY (dataset_id, position)"
    ") STRICT, WITHOUT ROWID;" },
};

const DdMigration *
dd_migrations_get (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
