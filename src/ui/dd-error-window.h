/* dd-error-window.h: what the app shows when it cannot start
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DD_TYPE_ERROR_WINDOW (dd_error_window_get_type ())

G_DECLARE_FINAL_TYPE (DdErrorWindow, dd_error_window, DD, ERROR_WINDOW, AdwApplicationWindow)

DdErrorWindow *dd_error_window_new         (GtkApplication *application,
                                            const char     *heading,
                                            const char     *message);
const char    *dd_error_window_get_heading (DdErrorWindow  *self);
const char    *dd_error_window_get_message (DdErrorWindow  *self);

G_END_DECLS
