/* dd-decision-sheet.h: a decision report as a document to print or publish
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-types.h"
#include "dd-catalog.h"
#include "dd-document.h"

G_BEGIN_DECLS

/**
 * DdSheetCopy:
 * @DD_SHEET_COPY_INTERNAL: everything, marked with the report's
 *   classification; passages marked for redaction are shaded
 * @DD_SHEET_COPY_PUBLICATION: for publishing: redacted passages and
 *   withheld appendices removed, marked as the report says its
 *   published copy is
 */
typedef enum
{
  DD_SHEET_COPY_INTERNAL,
  DD_SHEET_COPY_PUBLICATION,
} DdSheetCopy;

DdDocument *dd_decision_sheet_build             (DdReport    *report,
                                                 DdSheetCopy  copy,
                                                 DdCatalog   *catalog,
                                                 GError     **error);
char       *dd_decision_sheet_dup_file_name     (DdReport    *report,
                                                 DdSheetCopy  copy);

G_END_DECLS
