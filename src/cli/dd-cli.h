/* dd-cli.h: what the commands of `ddesk` share
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include <json-glib/json-glib.h>

#include "dd-core.h"

G_BEGIN_DECLS

/* Exit codes, for scripts. */
#define DD_CLI_EXIT_OK      0
#define DD_CLI_EXIT_FAILED  1 /* the command ran and failed: a message on stderr */
#define DD_CLI_EXIT_USAGE   2 /* the command line was wrong */

typedef struct
{
  /* --database PATH, or NULL for the default */
  const char *database_path;
} DdCliOptions;

typedef struct
{
  const char *name;
  const char *parameters; /* "FILE", or NULL */
  const char *summary;    /* N_() */
  int       (*run)        (const DdCliOptions *options,
                           int                 argc,
                           char              **argv);
} DdCliCommand;

extern const DdCliCommand dd_cli_add_user_command;
extern const DdCliCommand dd_cli_backup_command;
extern const DdCliCommand dd_cli_check_command;
extern const DdCliCommand dd_cli_export_agreement_command;
extern const DdCliCommand dd_cli_export_pdf_command;
extern const DdCliCommand dd_cli_export_users_command;
extern const DdCliCommand dd_cli_grant_command;
extern const DdCliCommand dd_cli_import_data_command;
extern const DdCliCommand dd_cli_import_report_command;
extern const DdCliCommand dd_cli_list_datasets_command;
extern const DdCliCommand dd_cli_list_reports_command;
extern const DdCliCommand dd_cli_list_users_command;
extern const DdCliCommand dd_cli_new_agreement_command;
extern const DdCliCommand dd_cli_record_leaving_command;
extern const DdCliCommand dd_cli_redact_command;
extern const DdCliCommand dd_cli_reinstate_command;
extern const DdCliCommand dd_cli_request_access_command;
extern const DdCliCommand dd_cli_review_command;
extern const DdCliCommand dd_cli_revoke_command;
extern const DdCliCommand dd_cli_search_command;
extern const DdCliCommand dd_cli_set_publication_command;
extern const DdCliCommand dd_cli_set_redaction_command;
extern const DdCliCommand dd_cli_show_agreement_command;
extern const DdCliCommand dd_cli_show_dataset_command;
extern const DdCliCommand dd_cli_show_report_command;
extern const DdCliCommand dd_cli_sign_agreement_command;
extern const DdCliCommand dd_cli_sign_statement_command;
extern const DdCliCommand dd_cli_suspend_command;
extern const DdCliCommand dd_cli_unredact_command;

int         dd_cli_fail             (const GError        *error);
int         dd_cli_usage_error      (const char          *command,
                                     const char          *message);
gboolean    dd_cli_parse_options    (const DdCliCommand  *command,
                                     const GOptionEntry  *entries,
                                     int                 *argc,
                                     char              ***argv,
                                     int                 *exit_code);
void        dd_cli_print_json       (JsonNode            *node);
void        dd_cli_json_add_string_or_null (JsonBuilder  *builder,
                                     const char          *member,
                                     const char          *value);
void        dd_cli_json_add_platforms (JsonBuilder       *builder,
                                     DdPlatforms          platforms);
char       *dd_cli_parse_date_option (const char         *command,
                                     const char          *option,
                                     const char          *text,
                                     int                 *exit_code);

G_END_DECLS
