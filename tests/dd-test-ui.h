/* dd-test-ui.h: running the real application in a UI test
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-application.h"
#include "dd-window.h"

G_BEGIN_DECLS

typedef void (*DdAppTestFunc) (DdApplication *app);

gboolean   dd_test_ui_init            (int            *argc,
                                       char         ***argv);
gboolean   dd_test_ui_skip            (void);
void       dd_test_ui_finish          (void);
void       dd_test_spin               (guint           milliseconds);
DdWindow  *dd_test_find_window        (DdApplication  *app);
void       dd_test_run_app            (const char     *database,
                                       DdAppTestFunc   test);
char      *dd_test_make_database_path (void);
GtkWidget *dd_test_find_descendant    (GtkWidget      *widget,
                                       GType           type);
GtkWidget *dd_test_find_row           (GtkWidget      *widget,
                                       const char     *title);
GtkWidget *dd_test_find_toplevel      (GType           type);

G_END_DECLS
