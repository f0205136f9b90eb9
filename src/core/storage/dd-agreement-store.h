/* dd-agreement-store.h: the data-sharing agreement and its versions
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"
#include "dd-agreement.h"

G_BEGIN_DECLS

#define DD_TYPE_AGREEMENT_STORE (dd_agreement_store_get_type ())

G_DECLARE_FINAL_TYPE (DdAgreementStore, dd_agreement_store, DD, AGREEMENT_STORE, GObject)

DdAgreementStore *dd_agreement_store_new             (DdDatabase        *database,
                                                      DdAuditLog        *audit_log);

/* The agreement the office works under: the newest one made. */
DdAgreement   *dd_agreement_store_get_current        (DdAgreementStore  *self,
                                                      GError           **error);
DdAgreement   *dd_agreement_store_get_in_force       (DdAgreementStore  *self,
                                                      GError           **error);
DdAgreement   *dd_agreement_store_get_version        (DdAgreementStore  *self,
                                                      gint64             version_id,
                                                      GError           **error);
DdAgreement   *dd_agreement_store_get_latest_version (DdAgreementStore  *self,
                                                      gint64             agreement_id,
                                                      GError           **error);
DdAgreement   *dd_agreement_store_get_for_appendix  (DdAgreementStore  *self,
                                                      gint64             agreement_id,
                                                      GError           **error);
GListModel    *dd_agreement_store_list_versions      (DdAgreementStore  *self,
                                                      gint64             agreement_id,
                                                      GError           **error);

DdAgreement   *dd_agreement_store_create             (DdAgreementStore  *self,
                                                      DdAgreement       *draft,
                                                      GError           **error);
gboolean       dd_agreement_store_save               (DdAgreementStore  *self,
                                                      DdAgreement       *agreement,
                                                      GError           **error);
DdAgreement   *dd_agreement_store_new_version        (DdAgreementStore  *self,
                                                      DdAgreement       *agreement,
                                                      GError           **error);
gboolean       dd_agreement_store_discard_draft      (DdAgreementStore  *self,
                                                      DdAgreement       *agreement,
                                                      GError           **error);
gboolean       dd_agreement_store_sign               (DdAgreementStore  *self,
                                                      DdAgreement       *agreement,
                                                      const char        *date,
                                                      GError           **error);
gboolean       dd_agreement_store_set_under_review   (DdAgreementStore  *self,
                                                      DdAgreement       *agreement,
                                                      gboolean           under_review,
                                                      GError           **error);
gboolean       dd_agreement_store_terminate          (DdAgreementStore  *self,
                                                      DdAgreement       *agreement,
                                                      const char        *date,
                                                      const char        *reason,
                                                      GError           **error);

G_END_DECLS
