/* dd-import-error.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dd-import-error.h"

G_DEFINE_QUARK (dd-import-error-quark, dd_import_error)
