/* dd-core.h: the public headers of libddcore
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-types.h"
#include "dd-audit-entry.h"
#include "dd-context.h"
#include "dd-i18n.h"
#include "storage/dd-audit-log.h"
#include "storage/dd-database.h"
