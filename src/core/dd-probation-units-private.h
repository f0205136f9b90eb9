/* dd-probation-units-private.h: the parser and the matching key, for tests
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-probation-units.h"

G_BEGIN_DECLS

DdProbationUnits *dd_probation_units_new_from_data (const char  *units_csv,
                                                    gssize       units_length,
                                                    const char  *aliases_csv,
                                                    gssize       aliases_length,
                                                    GError     **error);
char             *dd_probation_units_normalise     (const char  *text);

G_END_DECLS
