/* dd-agreement-section.h: one numbered section of an agreement's text
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_AGREEMENT_SECTION (dd_agreement_section_get_type ())

G_DECLARE_FINAL_TYPE (DdAgreementSection, dd_agreement_section, DD, AGREEMENT_SECTION, GObject)

DdAgreementSection *dd_agreement_section_new         (const char         *heading,
                                                      const char         *text);
const char         *dd_agreement_section_get_heading (DdAgreementSection *self);
void                dd_agreement_section_set_heading (DdAgreementSection *self,
                                                      const char         *heading);
const char         *dd_agreement_section_get_text    (DdAgreementSection *self);
void                dd_agreement_section_set_text    (DdAgreementSection *self,
                                                      const char         *text);

G_END_DECLS
