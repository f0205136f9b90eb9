/* dd-history-window.h: every recorded change to a record
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_HISTORY_WINDOW (dd_history_window_get_type ())

G_DECLARE_FINAL_TYPE (DdHistoryWindow, dd_history_window, DD, HISTORY_WINDOW, AdwWindow)

DdHistoryWindow *dd_history_window_new     (GtkWindow    *parent,
                                            const char   *subtitle,
                                            GListModel   *entries);
void             dd_history_describe       (DdAuditEntry *entry,
                                            char        **what,
                                            char        **details);

G_END_DECLS
