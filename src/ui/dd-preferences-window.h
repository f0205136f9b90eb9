/* dd-preferences-window.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_PREFERENCES_WINDOW (dd_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (DdPreferencesWindow, dd_preferences_window, DD, PREFERENCES_WINDOW, AdwPreferencesWindow)

DdPreferencesWindow *dd_preferences_window_new (GtkWindow *parent,
                                                DdContext *context);

G_END_DECLS
