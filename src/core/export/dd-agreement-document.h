/* dd-agreement-document.h: the data-sharing agreement as a document
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-types.h"
#include "dd-catalog.h"
#include "dd-document.h"

G_BEGIN_DECLS

DdDocument *dd_agreement_document_build       (DdAgreement *agreement,
                                               DdCatalog   *catalog,
                                               GError     **error);
void        dd_agreement_document_append      (DdDocument  *document,
                                               DdAgreement *agreement,
                                               DdCatalog   *catalog,
                                               const char  *anchor_prefix,
                                               const char  *redaction_label);
char       *dd_agreement_document_dup_file_name (DdAgreement *agreement);

G_END_DECLS
