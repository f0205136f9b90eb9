/* dd-agreement.h: one version of the data-sharing agreement
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dd-types.h"
#include "dd-agreement-enums.h"

G_BEGIN_DECLS

/**
 * DdAgreementField:
 *
 * The text fields of an agreement, each also a property of #DdAgreement
 * (see dd_agreement_field_get_name()). Dates are ISO 8601
 * ("2023-03-01") or empty. Multi-line fields (purpose, data covered,
 * terms of use, the statement...) use the markup of report sections:
 * paragraphs, and lines starting "- " as bullets.
 */
typedef enum
{
  DD_AGREEMENT_FIELD_TITLE,
  DD_AGREEMENT_FIELD_OFFICE_PARTY,
  DD_AGREEMENT_FIELD_OFFICE_CONTACT,
  DD_AGREEMENT_FIELD_MOJ_PARTY,
  DD_AGREEMENT_FIELD_MOJ_CONTACT,
  DD_AGREEMENT_FIELD_PURPOSE,
  DD_AGREEMENT_FIELD_LEGAL_BASIS,
  DD_AGREEMENT_FIELD_ACCESS_MODE,
  DD_AGREEMENT_FIELD_DATA_COVERED,
  DD_AGREEMENT_FIELD_LEVELS,
  DD_AGREEMENT_FIELD_TERMS_OF_USE,
  DD_AGREEMENT_FIELD_BAU_CONTACT,
  DD_AGREEMENT_FIELD_SRO,
  DD_AGREEMENT_FIELD_REPORT_REFERENCE,
  DD_AGREEMENT_FIELD_DATE_SIGNED,
  DD_AGREEMENT_FIELD_START_DATE,
  DD_AGREEMENT_FIELD_REVIEW_DATE,
  DD_AGREEMENT_FIELD_END_DATE,
  DD_AGREEMENT_FIELD_STATEMENT,
  DD_AGREEMENT_N_FIELDS
} DdAgreementField;

#define DD_AGREEMENT_ERROR (dd_agreement_error_quark ())

/**
 * DdAgreementError:
 * @DD_AGREEMENT_ERROR_INVALID: a field is missing or wrong
 * @DD_AGREEMENT_ERROR_DATES: dates in the wrong order
 * @DD_AGREEMENT_ERROR_FROZEN: the version is signed; changes make a new
 *   version
 * @DD_AGREEMENT_ERROR_NOT_FOUND: there is no such agreement (or none)
 * @DD_AGREEMENT_ERROR_EXISTS: an agreement already exists
 * @DD_AGREEMENT_ERROR_WORKFLOW: not allowed in the agreement's status
 */
typedef enum
{
  DD_AGREEMENT_ERROR_INVALID,
  DD_AGREEMENT_ERROR_DATES,
  DD_AGREEMENT_ERROR_FROZEN,
  DD_AGREEMENT_ERROR_NOT_FOUND,
  DD_AGREEMENT_ERROR_EXISTS,
  DD_AGREEMENT_ERROR_WORKFLOW,
} DdAgreementError;

#define DD_TYPE_AGREEMENT (dd_agreement_get_type ())

G_DECLARE_FINAL_TYPE (DdAgreement, dd_agreement, DD, AGREEMENT, GObject)

GQuark             dd_agreement_error_quark          (void);

const char        *dd_agreement_field_get_name       (DdAgreementField  field);
const char        *dd_agreement_field_get_label      (DdAgreementField  field);
const char        *dd_agreement_field_get_label_msgid (DdAgreementField field);
gboolean           dd_agreement_field_is_date        (DdAgreementField  field);
gboolean           dd_agreement_field_is_multiline   (DdAgreementField  field);

DdAgreement       *dd_agreement_new                  (void);
DdAgreement       *dd_agreement_new_from_template    (GError          **error);
DdAgreement       *dd_agreement_copy                 (DdAgreement      *self);

gint64             dd_agreement_get_id               (DdAgreement      *self);
gint64             dd_agreement_get_version_id       (DdAgreement      *self);
guint              dd_agreement_get_version          (DdAgreement      *self);
gboolean           dd_agreement_get_frozen           (DdAgreement      *self);
DdAgreementStatus  dd_agreement_get_status           (DdAgreement      *self);
gboolean           dd_agreement_get_in_force         (DdAgreement      *self);
const char        *dd_agreement_get_terminated_date  (DdAgreement      *self);
const char        *dd_agreement_get_termination_reason (DdAgreement    *self);

const char        *dd_agreement_get_field            (DdAgreement      *self,
                                                      DdAgreementField  field);
void               dd_agreement_set_field            (DdAgreement      *self,
                                                      DdAgreementField  field,
                                                      const char       *value);
DdPlatforms        dd_agreement_get_platforms        (DdAgreement      *self);
void               dd_agreement_set_platforms        (DdAgreement      *self,
                                                      DdPlatforms       platforms);

GListModel        *dd_agreement_get_sections         (DdAgreement      *self);
void               dd_agreement_add_section          (DdAgreement      *self,
                                                      const char       *heading,
                                                      const char       *text);
void               dd_agreement_insert_section       (DdAgreement      *self,
                                                      guint             position,
                                                      const char       *heading,
                                                      const char       *text);
void               dd_agreement_remove_section       (DdAgreement      *self,
                                                      guint             position);

char              *dd_agreement_dup_statement_sha256 (DdAgreement      *self);
int                dd_agreement_get_days_to_review   (DdAgreement      *self,
                                                      const char       *today);
char              *dd_agreement_dup_display_name     (DdAgreement      *self);

G_END_DECLS
