/* dd-office-settings.h: the settings an office shares, kept in its database
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"
#include "dd-reference-pattern.h"

G_BEGIN_DECLS

#define DD_TYPE_OFFICE_SETTINGS (dd_office_settings_get_type ())

G_DECLARE_FINAL_TYPE (DdOfficeSettings, dd_office_settings, DD, OFFICE_SETTINGS, GObject)

DdOfficeSettings    *dd_office_settings_new                     (DdDatabase          *database,
                                                                 DdAuditLog          *audit_log,
                                                                 GError             **error);
DdReferencePattern  *dd_office_settings_get_reference_pattern   (DdOfficeSettings    *self);
gboolean             dd_office_settings_set_reference_pattern   (DdOfficeSettings    *self,
                                                                 const char          *pattern,
                                                                 GError             **error);
const char * const  *dd_office_settings_get_classifications     (DdOfficeSettings    *self);
gboolean             dd_office_settings_set_classifications     (DdOfficeSettings    *self,
                                                                 const char * const  *classifications,
                                                                 GError             **error);
const char * const  *dd_office_settings_get_decision_maker_roles (DdOfficeSettings   *self);
gboolean             dd_office_settings_set_decision_maker_roles (DdOfficeSettings   *self,
                                                                  const char * const *roles,
                                                                  GError            **error);

const char          *dd_office_settings_get_document_language   (DdOfficeSettings   *self);
gboolean             dd_office_settings_set_document_language   (DdOfficeSettings   *self,
                                                                 const char         *language,
                                                                 GError            **error);

G_END_DECLS
