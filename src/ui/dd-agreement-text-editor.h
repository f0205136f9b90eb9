/* dd-agreement-text-editor.h: a passage of an agreement, edited while
 * the version is a draft and read once it is signed
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_AGREEMENT_TEXT_EDITOR (dd_agreement_text_editor_get_type ())

G_DECLARE_FINAL_TYPE (DdAgreementTextEditor, dd_agreement_text_editor, DD, AGREEMENT_TEXT_EDITOR, GtkWidget)

DdAgreementTextEditor *dd_agreement_text_editor_new           (void);
const char            *dd_agreement_text_editor_get_text      (DdAgreementTextEditor *self);
void                   dd_agreement_text_editor_set_text      (DdAgreementTextEditor *self,
                                                               const char            *text);
gboolean               dd_agreement_text_editor_get_editable  (DdAgreementTextEditor *self);
void                   dd_agreement_text_editor_set_editable  (DdAgreementTextEditor *self,
                                                               gboolean               editable);
void                   dd_agreement_text_editor_set_label     (DdAgreementTextEditor *self,
                                                               const char            *label);
GtkTextView           *dd_agreement_text_editor_get_text_view (DdAgreementTextEditor *self);
GtkLabel              *dd_agreement_text_editor_get_reading_label (DdAgreementTextEditor *self);
char                  *dd_agreement_text_to_reading           (const char            *markup);

G_END_DECLS
