/* dd-i18n.h: translations for the core and everything that links it
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void         dd_i18n_init          (void);
const char  *dd_i18n_get_localedir (void);

G_END_DECLS
