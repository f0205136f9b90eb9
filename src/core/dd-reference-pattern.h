/* dd-reference-pattern.h: how an office numbers its decision reports
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_REFERENCE_PATTERN_DEFAULT "{seq:000}-{yy}"

#define DD_TYPE_REFERENCE_PATTERN (dd_reference_pattern_get_type ())

G_DECLARE_FINAL_TYPE (DdReferencePattern, dd_reference_pattern, DD, REFERENCE_PATTERN, GObject)

DdReferencePattern *dd_reference_pattern_new         (const char          *pattern,
                                                      GError             **error);
const char         *dd_reference_pattern_get_pattern (DdReferencePattern  *self);
char               *dd_reference_pattern_dup_period  (DdReferencePattern  *self,
                                                      const GDate         *date);
char               *dd_reference_pattern_format      (DdReferencePattern  *self,
                                                      guint                sequence,
                                                      const GDate         *date);
gboolean            dd_reference_pattern_match       (DdReferencePattern  *self,
                                                      const char          *reference,
                                                      guint               *sequence,
                                                      char               **period);

G_END_DECLS
