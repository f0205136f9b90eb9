/* dd-agreement-section.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One numbered section of an agreement: a heading and its text, in the
 * markup of dd-report-text.h. Its number is its place in the agreement.
 */

#include "config.h"

#include "dd-agreement-section.h"

struct _DdAgreementSection
{
  GObject  parent_instance;

  char    *heading;
  char    *text;
};

G_DEFINE_FINAL_TYPE (DdAgreementSection, dd_agreement_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HEADING,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dd_agreement_section_finalize (GObject *object)
{
  DdAgreementSection *self = (DdAgreementSection *) object;

  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (dd_agreement_section_parent_class)->finalize (object);
}

static void
dd_agreement_section_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DdAgreementSection *self = DD_AGREEMENT_SECTION (object);

  switch (prop_id)
    {
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_agreement_section_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DdAgreementSection *self = DD_AGREEMENT_SECTION (object);

  switch (prop_id)
    {
    case PROP_HEADING:
      dd_agreement_section_set_heading (self, g_value_get_string (value));
      break;
    case PROP_TEXT:
      dd_agreement_section_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_agreement_section_class_init (DdAgreementSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dd_agreement_section_finalize;
  object_class->get_property = dd_agreement_section_get_property;
  object_class->set_property = dd_agreement_section_set_property;

  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_agreement_section_init (DdAgreementSection *self)
{
  self->heading = g_strdup ("");
  self->text = g_strdup ("");
}

DdAgreementSection *
dd_agreement_section_new (const char *heading,
                          const char *text)
{
  return g_object_new (DD_TYPE_AGREEMENT_SECTION,
                       "heading", heading ? heading : "",
                       "text", text ? text : "",
                       NULL);
}

const char *
dd_agreement_section_get_heading (DdAgreementSection *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_SECTION (self), NULL);
  return self->heading;
}

void
dd_agreement_section_set_heading (DdAgreementSection *self,
                                  const char         *heading)
{
  g_return_if_fail (DD_IS_AGREEMENT_SECTION (self));

  if (heading == NULL)
    heading = "";
  if (g_strcmp0 (self->heading, heading) == 0)
    return;
  g_free (self->heading);
  self->heading = g_strdup (heading);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
}

const char *
dd_agreement_section_get_text (DdAgreementSection *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_SECTION (self), NULL);
  return self->text;
}

void
dd_agreement_section_set_text (DdAgreementSection *self,
                               const char         *text)
{
  g_return_if_fail (DD_IS_AGREEMENT_SECTION (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
