/* dd-dataset.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One imported table of Hub data: its name, typed columns, how many rows,
 * and its provenance and handling: the file it came from (name and
 * SHA-256), the sheet and range, the platform, the date it was
 * downloaded, who imported it and when, its classification
 * (OFFICIAL-SENSITIVE unless said otherwise) and handling note. The rows
 * themselves stay in the database (DdDatasetStore reads them a page at a
 * time).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-dataset-private.h"

typedef struct
{
  char         *name;
  DdColumnKind  kind;
} Column;

struct _DdDataset
{
  GObject         parent_instance;

  gint64          id;
  char           *name;
  char           *file_name;
  char           *sha256;
  char           *sheet;
  char           *range;
  DdDataPlatform  platform;
  char           *downloaded;
  char           *classification;
  char           *handling;
  char           *imported_by;
  char           *imported_at;
  guint64         n_rows;
  GArray         *columns;
};

G_DEFINE_FINAL_TYPE (DdDataset, dd_dataset, G_TYPE_OBJECT)

static const struct { const char *nick; const char *label; } platforms[] = {
  [DD_DATA_PLATFORM_HUB] = { "hub", N_("Performance Hub") },
  [DD_DATA_PLATFORM_SEGMENTATION] = { "segmentation", N_("Segmentation Tool") },
  [DD_DATA_PLATFORM_OTHER] = { "other", N_("Other") },
};

const char *
dd_data_platform_get_nick (DdDataPlatform platform)
{
  g_return_val_if_fail (platform < G_N_ELEMENTS (platforms), NULL);
  return platforms[platform].nick;
}

const char *
dd_data_platform_get_label (DdDataPlatform platform)
{
  g_return_val_if_fail (platform < G_N_ELEMENTS (platforms), NULL);
  return _(platforms[platform].label);
}

gboolean
dd_data_platform_from_nick (const char     *nick,
                            DdDataPlatform *platform)
{
  for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
    if (g_strcmp0 (nick, platforms[i].nick) == 0)
      {
        *platform = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * dd_dataset_get_default_handling:
 *
 * Returns: the handling note of Hub data, translated
 */
const char *
dd_dataset_get_default_handling (void)
{
  return _("Unpublished HMPPS management information: not for publication. Accuracy not guaranteed.");
}

static void
set_str (char       **field,
         const char  *value)
{
  char *copy = g_strdup (value ? value : "");

  g_free (*field);
  *field = copy;
}

static void
clear_column (gpointer data)
{
  Column *column = data;

  g_clear_pointer (&column->name, g_free);
}

static void
dd_dataset_finalize (GObject *object)
{
  DdDataset *self = (DdDataset *) object;

  g_free (self->name);
  g_free (self->file_name);
  g_free (self->sha256);
  g_free (self->sheet);
  g_free (self->range);
  g_free (self->downloaded);
  g_free (self->classification);
  g_free (self->handling);
  g_free (self->imported_by);
  g_free (self->imported_at);
  g_clear_pointer (&self->columns, g_array_unref);

  G_OBJECT_CLASS (dd_dataset_parent_class)->finalize (object);
}

static void
dd_dataset_class_init (DdDatasetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dd_dataset_finalize;
}

static void
dd_dataset_init (DdDataset *self)
{
  self->name = g_strdup ("");
  self->file_name = g_strdup ("");
  self->sha256 = g_strdup ("");
  self->sheet = g_strdup ("");
  self->range = g_strdup ("");
  self->downloaded = g_strdup ("");
  self->classification = g_strdup (DD_DATASET_DEFAULT_CLASSIFICATION);
  self->handling = g_strdup (dd_dataset_get_default_handling ());
  self->imported_by = g_strdup ("");
  self->imported_at = g_strdup ("");
  self->platform = DD_DATA_PLATFORM_HUB;
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, clear_column);
}

/**
 * dd_dataset_new:
 *
 * Returns: (transfer full): a dataset to describe and then hand to
 *   dd_dataset_store_begin() with its rows
 */
DdDataset *
dd_dataset_new (const char *name)
{
  DdDataset *self = g_object_new (DD_TYPE_DATASET, NULL);

  set_str (&self->name, name);
  return self;
}

#define STRING_GETTER(field) \
  const char * \
  dd_dataset_get_##field (DdDataset *self) \
  { \
    g_return_val_if_fail (DD_IS_DATASET (self), NULL); \
    return self->field; \
  }

STRING_GETTER (name)
STRING_GETTER (file_name)
STRING_GETTER (sha256)
STRING_GETTER (sheet)
STRING_GETTER (range)
STRING_GETTER (downloaded)
STRING_GETTER (classification)
STRING_GETTER (handling)
STRING_GETTER (imported_by)
STRING_GETTER (imported_at)

#undef STRING_GETTER

gint64
dd_dataset_get_id (DdDataset *self)
{
  g_return_val_if_fail (DD_IS_DATASET (self), 0);
  return self->id;
}

void
dd_dataset_set_name (DdDataset  *self,
                     const char *name)
{
  g_return_if_fail (DD_IS_DATASET (self));
  set_str (&self->name, name);
}

void
dd_dataset_set_source (DdDataset  *self,
                       const char *file_name,
                       const char *sha256,
                       const char *sheet,
                       const char *range)
{
  g_return_if_fail (DD_IS_DATASET (self));

  set_str (&self->file_name, file_name);
  set_str (&self->sha256, sha256);
  set_str (&self->sheet, sheet);
  set_str (&self->range, range);
}

DdDataPlatform
dd_dataset_get_platform (DdDataset *self)
{
  g_return_val_if_fail (DD_IS_DATASET (self), DD_DATA_PLATFORM_OTHER);
  return self->platform;
}

void
dd_dataset_set_platform (DdDataset      *self,
                         DdDataPlatform  platform)
{
  g_return_if_fail (DD_IS_DATASET (self));
  g_return_if_fail (platform < G_N_ELEMENTS (platforms));
  self->platform = platform;
}

/**
 * dd_dataset_set_downloaded:
 * @date: the date the file was downloaded from the platform, "YYYY-MM-DD"
 */
void
dd_dataset_set_downloaded (DdDataset  *self,
                           const char *date)
{
  g_return_if_fail (DD_IS_DATASET (self));
  set_str (&self->downloaded, date);
}

void
dd_dataset_set_classification (DdDataset  *self,
                               const char *classification)
{
  g_return_if_fail (DD_IS_DATASET (self));
  set_str (&self->classification, classification);
}

void
dd_dataset_set_handling (DdDataset  *self,
                         const char *handling)
{
  g_return_if_fail (DD_IS_DATASET (self));
  set_str (&self->handling, handling);
}

guint64
dd_dataset_get_n_rows (DdDataset *self)
{
  g_return_val_if_fail (DD_IS_DATASET (self), 0);
  return self->n_rows;
}

guint
dd_dataset_get_n_columns (DdDataset *self)
{
  g_return_val_if_fail (DD_IS_DATASET (self), 0);
  return self->columns->len;
}

void
dd_dataset_add_column (DdDataset    *self,
                       const char   *name,
                       DdColumnKind  kind)
{
  Column column = { g_strdup (name ? name : ""), kind };

  g_return_if_fail (DD_IS_DATASET (self));
  g_array_append_val (self->columns, column);
}

const char *
dd_dataset_get_column_name (DdDataset *self,
                            guint      column)
{
  g_return_val_if_fail (DD_IS_DATASET (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  return g_array_index (self->columns, Column, column).name;
}

DdColumnKind
dd_dataset_get_column_kind (DdDataset *self,
                            guint      column)
{
  g_return_val_if_fail (DD_IS_DATASET (self), DD_COLUMN_KIND_CATEGORY);
  g_return_val_if_fail (column < self->columns->len, DD_COLUMN_KIND_CATEGORY);
  return g_array_index (self->columns, Column, column).kind;
}

void
dd_dataset_set_stored (DdDataset  *self,
                       gint64      id,
                       const char *imported_by,
                       const char *imported_at,
                       guint64     n_rows)
{
  g_return_if_fail (DD_IS_DATASET (self));

  self->id = id;
  set_str (&self->imported_by, imported_by);
  set_str (&self->imported_at, imported_at);
  self->n_rows = n_rows;
}
