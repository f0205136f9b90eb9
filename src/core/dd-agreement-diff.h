/* dd-agreement-diff.h: what changed between two versions of an agreement
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "dd-types.h"

G_BEGIN_DECLS

/**
 * DdDiffKind:
 * @DD_DIFF_SAME: in both versions
 * @DD_DIFF_REMOVED: only in the older version
 * @DD_DIFF_ADDED: only in the newer version
 */
typedef enum
{
  DD_DIFF_SAME,
  DD_DIFF_REMOVED,
  DD_DIFF_ADDED,
} DdDiffKind;

/**
 * DdDiffSpan:
 * @kind: whether the text was kept, removed or added
 * @text: the words (with the spaces between them)
 */
typedef struct
{
  DdDiffKind  kind;
  char       *text;
} DdDiffSpan;

/**
 * DdAgreementChange:
 * @label: what changed, translated: a field's label ("Review date"), a
 *   section's heading, "Platforms", "User Access Statement"
 * @old_text: (nullable): the older text; %NULL for something added
 * @new_text: (nullable): the newer text; %NULL for something removed
 * @spans: (element-type DdDiffSpan): the newer text word by word, with
 *   the older words that were removed in their places
 */
typedef struct
{
  char   *label;
  char   *old_text;
  char   *new_text;
  GArray *spans;
} DdAgreementChange;

void       dd_agreement_change_free (DdAgreementChange *change);
GPtrArray *dd_agreement_compare     (DdAgreement       *older,
                                     DdAgreement       *newer);
GArray    *dd_diff_words            (const char        *older,
                                     const char        *newer);
char      *dd_agreement_change_to_markup (const DdAgreementChange *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DdAgreementChange, dd_agreement_change_free)

G_END_DECLS
