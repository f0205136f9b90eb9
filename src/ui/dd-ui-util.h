/* dd-ui-util.h: what the pages do alike to tell people how things went
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void dd_ui_show_error      (GtkWidget  *widget,
                            const char *heading,
                            const char *message);
void dd_ui_announce_toast  (GtkWidget  *widget,
                            AdwToast   *toast);
void dd_ui_announce_export (GtkWidget  *widget,
                            const char *path,
                            const char *open_failed_heading);

G_END_DECLS
