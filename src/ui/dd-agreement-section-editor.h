/* dd-agreement-section-editor.h: one numbered section of an agreement
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_AGREEMENT_SECTION_EDITOR (dd_agreement_section_editor_get_type ())

G_DECLARE_FINAL_TYPE (DdAgreementSectionEditor, dd_agreement_section_editor, DD, AGREEMENT_SECTION_EDITOR, GtkWidget)

DdAgreementSectionEditor *dd_agreement_section_editor_new           (DdAgreementSection       *section,
                                                                     guint                     number);
DdAgreementSection       *dd_agreement_section_editor_get_section   (DdAgreementSectionEditor *self);
guint                     dd_agreement_section_editor_get_number    (DdAgreementSectionEditor *self);
void                      dd_agreement_section_editor_set_editable  (DdAgreementSectionEditor *self,
                                                                     gboolean                  editable);
GtkEditable              *dd_agreement_section_editor_get_heading_entry (DdAgreementSectionEditor *self);
GtkTextView              *dd_agreement_section_editor_get_text_view (DdAgreementSectionEditor *self);

G_END_DECLS
