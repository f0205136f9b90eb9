/* dd-report-appendix.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Made by DdReportStore, which keeps an attached file's bytes in the
 * database and hands them out on request; the object itself is light.
 */

#include "config.h"

#include "dd-agreement.h"
#include "dd-report-appendix.h"

struct _DdReportAppendix
{
  GObject         parent_instance;

  gint64          id;
  char           *title;
  DdAppendixKind  kind;
  char           *file_name;
  char           *content_type;
  gint64          size;
  gint64          agreement_id;
  DdAgreement    *agreement;
};

G_DEFINE_FINAL_TYPE (DdReportAppendix, dd_report_appendix, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_KIND,
  PROP_FILE_NAME,
  PROP_CONTENT_TYPE,
  PROP_SIZE,
  PROP_AGREEMENT_ID,
  PROP_AGREEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dd_report_appendix_finalize (GObject *object)
{
  DdReportAppendix *self = (DdReportAppendix *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->content_type, g_free);
  g_clear_object (&self->agreement);

  G_OBJECT_CLASS (dd_report_appendix_parent_class)->finalize (object);
}

static void
dd_report_appendix_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DdReportAppendix *self = DD_REPORT_APPENDIX (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_CONTENT_TYPE:
      g_value_set_string (value, self->content_type);
      break;
    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;
    case PROP_AGREEMENT_ID:
      g_value_set_int64 (value, self->agreement_id);
      break;
    case PROP_AGREEMENT:
      g_value_set_object (value, self->agreement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_report_appendix_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DdReportAppendix *self = DD_REPORT_APPENDIX (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_uint (value);
      break;
    case PROP_FILE_NAME:
      self->file_name = g_value_dup_string (value);
      break;
    case PROP_CONTENT_TYPE:
      self->content_type = g_value_dup_string (value);
      break;
    case PROP_SIZE:
      self->size = g_value_get_int64 (value);
      break;
    case PROP_AGREEMENT_ID:
      self->agreement_id = g_value_get_int64 (value);
      break;
    case PROP_AGREEMENT:
      self->agreement = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_report_appendix_class_init (DdReportAppendixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dd_report_appendix_finalize;
  object_class->get_property = dd_report_appendix_get_property;
  object_class->set_property = dd_report_appendix_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_uint ("kind", NULL, NULL,
                                             DD_APPENDIX_KIND_FILE, DD_APPENDIX_KIND_AGREEMENT,
                                             DD_APPENDIX_KIND_FILE, flags);
  properties[PROP_FILE_NAME] = g_param_spec_string ("file-name", NULL, NULL, NULL, flags);
  properties[PROP_CONTENT_TYPE] = g_param_spec_string ("content-type", NULL, NULL, NULL, flags);
  properties[PROP_SIZE] = g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_AGREEMENT_ID] = g_param_spec_int64 ("agreement-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* The agreement's version to show (the one in force, or else the
   * newest), read with the report; NULL if it could not be read. */
  properties[PROP_AGREEMENT] = g_param_spec_object ("agreement", NULL, NULL, DD_TYPE_AGREEMENT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_report_appendix_init (DdReportAppendix *self)
{
}

gint64
dd_report_appendix_get_id (DdReportAppendix *self)
{
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (self), 0);
  return self->id;
}

const char *
dd_report_appendix_get_title (DdReportAppendix *self)
{
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (self), NULL);
  return self->title;
}

DdAppendixKind
dd_report_appendix_get_kind (DdReportAppendix *self)
{
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (self), DD_APPENDIX_KIND_FILE);
  return self->kind;
}

const char *
dd_report_appendix_get_file_name (DdReportAppendix *self)
{
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (self), NULL);
  return self->file_name;
}

const char *
dd_report_appendix_get_content_type (DdReportAppendix *self)
{
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (self), NULL);
  return self->content_type;
}

gint64
dd_report_appendix_get_size (DdReportAppendix *self)
{
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (self), 0);
  return self->size;
}

gint64
dd_report_appendix_get_agreement_id (DdReportAppendix *self)
{
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (self), 0);
  return self->agreement_id;
}

/**
 * dd_report_appendix_get_agreement:
 *
 * Returns: (transfer none) (nullable): for an agreement appendix, the
 *   version of the agreement it shows
 */
DdAgreement *
dd_report_appendix_get_agreement (DdReportAppendix *self)
{
  g_return_val_if_fail (DD_IS_REPORT_APPENDIX (self), NULL);
  return self->agreement;
}
