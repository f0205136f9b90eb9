/* dd-agreement-page.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-page.h"

G_BEGIN_DECLS

#define DD_TYPE_AGREEMENT_PAGE (dd_agreement_page_get_type ())

G_DECLARE_FINAL_TYPE (DdAgreementPage, dd_agreement_page, DD, AGREEMENT_PAGE, DdPage)

DdAgreement *dd_agreement_page_get_agreement (DdAgreementPage *self);
GListModel  *dd_agreement_page_get_versions  (DdAgreementPage *self);
GtkWidget   *dd_agreement_page_get_view      (DdAgreementPage *self);
gboolean     dd_agreement_page_flush         (DdAgreementPage *self);

G_END_DECLS
