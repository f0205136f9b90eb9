/* dd-dates.h: the dates of the template, read and written
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dates are stored as ISO 8601 ("2023-02-23"); people write them as
 * "23 February 2023", "23rd Feb 2023" or "23/02/2023" (day first).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  dd_date_from_iso      (const char  *text,
                                 GDate       *date);
char     *dd_date_to_iso        (const GDate *date);
char     *dd_date_dup_today_iso (void);
void      dd_date_set_today_for_testing (const char *iso);
char     *dd_date_add_years     (const char  *iso,
                                 int          years);
int       dd_date_days_between  (const char  *from,
                                 const char  *to);
gboolean  dd_date_parse         (const char  *text,
                                 GDate       *date);
char     *dd_date_format_long   (const char  *iso);
char     *dd_date_format_short  (const char  *iso);

G_END_DECLS
