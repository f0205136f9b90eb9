/* dd-core.h: the public headers of libddcore
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-types.h"
#include "dd-agreement.h"
#include "dd-agreement-diff.h"
#include "dd-agreement-enums.h"
#include "dd-agreement-section.h"
#include "dd-audit-entry.h"
#include "dd-catalog.h"
#include "dd-context.h"
#include "dd-core-enums.h"
#include "dd-dataset.h"
#include "dd-dates.h"
#include "dd-designated-user.h"
#include "dd-i18n.h"
#include "dd-probation-units.h"
#include "dd-reference-pattern.h"
#include "dd-report.h"
#include "dd-report-appendix.h"
#include "dd-report-list.h"
#include "dd-report-section.h"
#include "dd-report-text.h"
#include "dd-user-event.h"
#include "storage/dd-agreement-store.h"
#include "storage/dd-audit-log.h"
#include "storage/dd-database.h"
#include "storage/dd-dataset-store.h"
#include "storage/dd-office-settings.h"
#include "storage/dd-report-store.h"
#include "storage/dd-user-register.h"
