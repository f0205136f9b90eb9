/* dd-register-document.h: the register of Designated Users, for audits
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"
#include "dd-catalog.h"
#include "dd-document.h"

G_BEGIN_DECLS

/* Every page is marked OFFICIAL-SENSITIVE. @users: DdDesignatedUser
 * items, as listed by the register (their attention and review dates
 * worked out for @today). @agreement: (nullable): the version in force. */
DdDocument *dd_register_document_build     (GListModel  *users,
                                            DdAgreement *agreement,
                                            const char  *today,
                                            DdCatalog   *catalog,
                                            GError     **error);

/* An .xlsx workbook (libxlsxwriter): one sheet of the users, a row
 * each, with a header row, frozen panes, an autofilter, real dates. */
gboolean    dd_register_workbook_write     (GListModel  *users,
                                            DdAgreement *agreement,
                                            const char  *today,
                                            const char  *path,
                                            GError     **error);

char       *dd_register_dup_file_name      (const char  *today,
                                            const char  *extension);

G_END_DECLS
