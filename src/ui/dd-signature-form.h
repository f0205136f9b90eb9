/* dd-signature-form.h: what is asked when a signature is recorded
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"
#include "dd-report-enums.h"
#include "storage/dd-report-store.h"

G_BEGIN_DECLS

#define DD_TYPE_SIGNATURE_FORM (dd_signature_form_get_type ())

G_DECLARE_FINAL_TYPE (DdSignatureForm, dd_signature_form, DD, SIGNATURE_FORM, GtkWidget)

DdSignatureForm *dd_signature_form_new           (DdSignatory         signatory,
                                                  const char * const *roles);
gboolean         dd_signature_form_get_valid     (DdSignatureForm    *self);
void             dd_signature_form_get_signature (DdSignatureForm    *self,
                                                  DdSignature        *signature);

G_END_DECLS
