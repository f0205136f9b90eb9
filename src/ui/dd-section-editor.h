/* dd-section-editor.h: the text of one section of a report, with its
 * passages marked as redacted
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_SECTION_EDITOR (dd_section_editor_get_type ())

G_DECLARE_FINAL_TYPE (DdSectionEditor, dd_section_editor, DD, SECTION_EDITOR, GtkWidget)

DdSectionEditor *dd_section_editor_new                  (void);
DdReportSection *dd_section_editor_get_section          (DdSectionEditor *self);
void             dd_section_editor_set_section          (DdSectionEditor *self,
                                                         DdReportSection *section);
void             dd_section_editor_set_editable         (DdSectionEditor *self,
                                                         gboolean         editable);
void             dd_section_editor_set_redaction_editable (DdSectionEditor *self,
                                                           gboolean         editable);
GtkTextView     *dd_section_editor_get_text_view        (DdSectionEditor *self);

G_END_DECLS
