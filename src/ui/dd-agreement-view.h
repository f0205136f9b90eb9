/* dd-agreement-view.h: one version of the agreement, read as a document
 * or edited while it is a draft
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"
#include "dd-agreement.h"

G_BEGIN_DECLS

#define DD_TYPE_AGREEMENT_VIEW (dd_agreement_view_get_type ())

G_DECLARE_FINAL_TYPE (DdAgreementView, dd_agreement_view, DD, AGREEMENT_VIEW, GtkWidget)

DdAgreement *dd_agreement_view_get_agreement (DdAgreementView  *self);
void         dd_agreement_view_set_agreement (DdAgreementView  *self,
                                              DdAgreement      *agreement);
gboolean     dd_agreement_view_get_editable  (DdAgreementView  *self);
GtkWidget   *dd_agreement_view_get_field_widget (DdAgreementView  *self,
                                                 DdAgreementField  field);
GtkWidget   *dd_agreement_view_get_platform_check (DdAgreementView *self,
                                                   DdPlatforms      platform);
GtkWidget   *dd_agreement_view_get_sections_box (DdAgreementView  *self);

G_END_DECLS
