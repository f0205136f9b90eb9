/* dd-dataset.h: one table of Hub data, imported
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"
#include "import/dd-table-detector.h"   /* DdColumnKind */

G_BEGIN_DECLS

/**
 * DdDataPlatform:
 * @DD_DATA_PLATFORM_HUB: the HMPPS Performance Hub
 * @DD_DATA_PLATFORM_SEGMENTATION: the Segmentation Tool
 * @DD_DATA_PLATFORM_OTHER: anywhere else
 */
typedef enum
{
  DD_DATA_PLATFORM_HUB,
  DD_DATA_PLATFORM_SEGMENTATION,
  DD_DATA_PLATFORM_OTHER,
} DdDataPlatform;

/**
 * DdValueKind:
 * @DD_VALUE_NONE: an empty cell
 * @DD_VALUE_NUMBER: a number
 * @DD_VALUE_TEXT: text (a category, or a period as written or as an ISO date)
 * @DD_VALUE_MARKER: no value, and why: "[x]", "[c]", "..", ... (never zero)
 */
typedef enum
{
  DD_VALUE_NONE,
  DD_VALUE_NUMBER,
  DD_VALUE_TEXT,
  DD_VALUE_MARKER,
} DdValueKind;

/**
 * DdValue:
 * @kind: what it holds
 * @number: for a number
 * @text: for text or a marker
 *
 * One cell of a dataset.
 */
typedef struct
{
  DdValueKind  kind;
  double       number;
  const char  *text;
} DdValue;

#define DD_DATASET_DEFAULT_CLASSIFICATION "OFFICIAL-SENSITIVE"

#define DD_TYPE_DATASET (dd_dataset_get_type ())

G_DECLARE_FINAL_TYPE (DdDataset, dd_dataset, DD, DATASET, GObject)

const char     *dd_data_platform_get_nick      (DdDataPlatform  platform);
const char     *dd_data_platform_get_label     (DdDataPlatform  platform);
gboolean        dd_data_platform_from_nick     (const char     *nick,
                                                DdDataPlatform *platform);
const char     *dd_dataset_get_default_handling (void);

DdDataset      *dd_dataset_new                 (const char     *name);

gint64          dd_dataset_get_id              (DdDataset      *self);
const char     *dd_dataset_get_name            (DdDataset      *self);
void            dd_dataset_set_name            (DdDataset      *self,
                                                const char     *name);
const char     *dd_dataset_get_file_name       (DdDataset      *self);
const char     *dd_dataset_get_sha256          (DdDataset      *self);
void            dd_dataset_set_source          (DdDataset      *self,
                                                const char     *file_name,
                                                const char     *sha256,
                                                const char     *sheet,
                                                const char     *range);
const char     *dd_dataset_get_sheet           (DdDataset      *self);
const char     *dd_dataset_get_range           (DdDataset      *self);
DdDataPlatform  dd_dataset_get_platform        (DdDataset      *self);
void            dd_dataset_set_platform        (DdDataset      *self,
                                                DdDataPlatform  platform);
const char     *dd_dataset_get_downloaded      (DdDataset      *self);
void            dd_dataset_set_downloaded      (DdDataset      *self,
                                                const char     *date);
const char     *dd_dataset_get_classification  (DdDataset      *self);
void            dd_dataset_set_classification  (DdDataset      *self,
                                                const char     *classification);
const char     *dd_dataset_get_handling        (DdDataset      *self);
void            dd_dataset_set_handling        (DdDataset      *self,
                                                const char     *handling);
const char     *dd_dataset_get_imported_by     (DdDataset      *self);
const char     *dd_dataset_get_imported_at     (DdDataset      *self);
guint64         dd_dataset_get_n_rows          (DdDataset      *self);

guint           dd_dataset_get_n_columns       (DdDataset      *self);
void            dd_dataset_add_column          (DdDataset      *self,
                                                const char     *name,
                                                DdColumnKind    kind);
const char     *dd_dataset_get_column_name     (DdDataset      *self,
                                                guint           column);
DdColumnKind    dd_dataset_get_column_kind     (DdDataset      *self,
                                                guint           column);

G_END_DECLS
