/* dd-window.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"
#include "dd-application.h"

G_BEGIN_DECLS

#define DD_TYPE_WINDOW (dd_window_get_type ())

G_DECLARE_FINAL_TYPE (DdWindow, dd_window, DD, WINDOW, AdwApplicationWindow)

DdWindow   *dd_window_new              (DdApplication *application,
                                        DdContext     *context);
DdContext  *dd_window_get_context      (DdWindow      *self);
const char *dd_window_get_visible_page (DdWindow      *self);
void        dd_window_add_toast        (DdWindow      *self,
                                        AdwToast      *toast);

G_END_DECLS
