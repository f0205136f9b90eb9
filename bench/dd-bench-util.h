/* dd-bench-util.h: what the benchmarks share
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-core.h"

G_BEGIN_DECLS

double dd_bench_elapsed_ms     (gint64         since);
void   dd_bench_fill_reports   (DdReportStore *store,
                                DdDatabase    *database,
                                guint          n_reports);
gsize  dd_bench_peak_rss_kib   (void);

G_END_DECLS
