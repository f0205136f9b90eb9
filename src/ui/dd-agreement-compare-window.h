/* dd-agreement-compare-window.h: what changed between two versions of
 * the agreement
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_AGREEMENT_COMPARE_WINDOW (dd_agreement_compare_window_get_type ())

G_DECLARE_FINAL_TYPE (DdAgreementCompareWindow, dd_agreement_compare_window, DD, AGREEMENT_COMPARE_WINDOW, AdwWindow)

DdAgreementCompareWindow *dd_agreement_compare_window_new           (GtkWindow                *parent,
                                                                     GListModel               *versions);
void                      dd_agreement_compare_window_select        (DdAgreementCompareWindow *self,
                                                                     guint                     older_version,
                                                                     guint                     newer_version);
guint                     dd_agreement_compare_window_get_n_changes (DdAgreementCompareWindow *self);
GtkWidget                *dd_agreement_compare_window_get_changes_box (DdAgreementCompareWindow *self);

G_END_DECLS
