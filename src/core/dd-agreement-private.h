/* dd-agreement-private.h: what only the agreement store may change
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-agreement.h"

G_BEGIN_DECLS

void dd_agreement_set_identity    (DdAgreement       *self,
                                   gint64             id,
                                   gint64             version_id,
                                   guint              version);
void dd_agreement_set_frozen      (DdAgreement       *self,
                                   gboolean           frozen);
void dd_agreement_set_status      (DdAgreement       *self,
                                   DdAgreementStatus  status,
                                   gboolean           in_force);
void dd_agreement_set_termination (DdAgreement       *self,
                                   const char        *date,
                                   const char        *reason);
void dd_agreement_set_date_signed (DdAgreement       *self,
                                   const char        *date);

G_END_DECLS
