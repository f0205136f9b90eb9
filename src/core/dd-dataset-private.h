/* dd-dataset-private.h: what only the dataset store sets
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-dataset.h"

G_BEGIN_DECLS

void dd_dataset_set_stored (DdDataset  *self,
                            gint64      id,
                            const char *imported_by,
                            const char *imported_at,
                            guint64     n_rows);

G_END_DECLS
