/* dd-sheet-dialog.h: which copy of a decision sheet, in which language
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"
#include "dd-decision-sheet.h"

G_BEGIN_DECLS

/**
 * DdSheetDialogPurpose:
 * @DD_SHEET_DIALOG_EXPORT: the sheet is to be saved as a PDF
 * @DD_SHEET_DIALOG_PRINT: the sheet is to be printed
 */
typedef enum
{
  DD_SHEET_DIALOG_EXPORT,
  DD_SHEET_DIALOG_PRINT,
} DdSheetDialogPurpose;

#define DD_TYPE_SHEET_DIALOG (dd_sheet_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DdSheetDialog, dd_sheet_dialog, DD, SHEET_DIALOG, AdwMessageDialog)

DdSheetDialog *dd_sheet_dialog_new          (GtkWindow            *parent,
                                             DdReport             *report,
                                             DdSheetDialogPurpose  purpose,
                                             const char           *language);
DdSheetCopy    dd_sheet_dialog_get_copy     (DdSheetDialog        *self);
const char    *dd_sheet_dialog_get_language (DdSheetDialog        *self);

G_END_DECLS
