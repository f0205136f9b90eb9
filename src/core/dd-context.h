/* dd-context.h: what the app, the command line and the tests share
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"
#include "storage/dd-database.h"

G_BEGIN_DECLS

#define DD_TYPE_CONTEXT (dd_context_get_type ())

G_DECLARE_FINAL_TYPE (DdContext, dd_context, DD, CONTEXT, GObject)

DdContext   *dd_context_new            (const char           *database_path,
                                        DdDatabaseFlags       flags,
                                        GError              **error);
DdDatabase  *dd_context_get_database   (DdContext            *self);
DdAuditLog  *dd_context_get_audit_log  (DdContext            *self);
GSettings   *dd_context_get_settings   (DdContext            *self);
DdOfficeSettings *dd_context_get_office_settings (DdContext      *self);
DdReportStore *dd_context_get_report_store (DdContext            *self);
DdAgreementStore *dd_context_get_agreement_store (DdContext      *self);
DdUserRegister *dd_context_get_user_register (DdContext          *self);
DdDatasetStore *dd_context_get_dataset_store (DdContext          *self);
gboolean     dd_context_backup         (DdContext            *self,
                                        const char           *destination,
                                        GCancellable         *cancellable,
                                        GError              **error);
void         dd_context_backup_async   (DdContext            *self,
                                        const char           *destination,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean     dd_context_backup_finish  (DdContext            *self,
                                        GAsyncResult         *result,
                                        GError              **error);

G_END_DECLS
