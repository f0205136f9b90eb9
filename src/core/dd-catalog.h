/* dd-catalog.h: the translations of one language, for documents
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_CATALOG_ERROR (dd_catalog_error_quark ())

/**
 * DdCatalogError:
 * @DD_CATALOG_ERROR_NO_TRANSLATION: there is no catalogue for the language
 * @DD_CATALOG_ERROR_INVALID: the catalogue file is not a valid .mo file
 */
typedef enum
{
  DD_CATALOG_ERROR_NO_TRANSLATION,
  DD_CATALOG_ERROR_INVALID,
} DdCatalogError;

#define DD_TYPE_CATALOG (dd_catalog_get_type ())

G_DECLARE_FINAL_TYPE (DdCatalog, dd_catalog, DD, CATALOG, GObject)

GQuark      dd_catalog_error_quark   (void);
DdCatalog  *dd_catalog_new           (const char  *language,
                                      GError     **error);
const char *dd_catalog_get_language  (DdCatalog   *self);
const char *dd_catalog_gettext       (DdCatalog   *self,
                                      const char  *msgid);
const char *dd_catalog_pgettext      (DdCatalog   *self,
                                      const char  *context,
                                      const char  *msgid);
char       *dd_catalog_format_date   (DdCatalog   *self,
                                      const char  *iso);

G_END_DECLS
