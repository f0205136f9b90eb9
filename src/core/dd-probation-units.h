/* dd-probation-units.h: the probation regions and PDUs, as reference data
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_PROBATION_UNITS_ERROR (dd_probation_units_error_quark ())

/**
 * DdProbationUnitsError:
 * @DD_PROBATION_UNITS_ERROR_INVALID: the reference data cannot be read
 *   (only a damaged installation, or a bad string given to the parser in
 *   a test, could cause it)
 */
typedef enum
{
  DD_PROBATION_UNITS_ERROR_INVALID,
} DdProbationUnitsError;

/**
 * DdProbationUnitKind:
 * @DD_PROBATION_UNIT_NONE: not a probation unit (or not known)
 * @DD_PROBATION_UNIT_REGION: one of the probation regions
 * @DD_PROBATION_UNIT_PDU: a Probation Delivery Unit
 */
typedef enum
{
  DD_PROBATION_UNIT_NONE,
  DD_PROBATION_UNIT_REGION,
  DD_PROBATION_UNIT_PDU,
} DdProbationUnitKind;

/**
 * DD_PROBATION_UNITS_CLASSIFY_SHARE:
 *
 * The share of a column's distinct values that must be recognised for
 * dd_probation_units_classify() to call it a region or a PDU column.
 */
#define DD_PROBATION_UNITS_CLASSIFY_SHARE 0.8

#define DD_TYPE_PROBATION_UNITS (dd_probation_units_get_type ())

G_DECLARE_FINAL_TYPE (DdProbationUnits, dd_probation_units, DD, PROBATION_UNITS, GObject)

GQuark              dd_probation_units_error_quark (void);

DdProbationUnits   *dd_probation_units_new          (GError             **error);
gboolean            dd_probation_units_lookup       (DdProbationUnits    *self,
                                                     const char          *text,
                                                     DdProbationUnitKind *kind,
                                                     const char         **canonical_name,
                                                     const char         **region);
const char * const *dd_probation_units_list_regions (DdProbationUnits    *self);
const char * const *dd_probation_units_list_pdus    (DdProbationUnits    *self,
                                                     const char          *region);
DdProbationUnitKind dd_probation_units_classify     (DdProbationUnits    *self,
                                                     const char * const  *values,
                                                     guint                n_values,
                                                     double              *share_out);

G_END_DECLS
