/* dd-print-operation.h: a document sent to the print dialog
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dd-document.h"

G_BEGIN_DECLS

#define DD_TYPE_PRINT_OPERATION (dd_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (DdPrintOperation, dd_print_operation, DD, PRINT_OPERATION, GtkPrintOperation)

DdPrintOperation *dd_print_operation_new          (DdDocument       *document);
DdDocument       *dd_print_operation_get_document (DdPrintOperation *self);

G_END_DECLS
