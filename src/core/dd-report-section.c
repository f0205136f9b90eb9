/* dd-report-section.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section's text is kept in the simple markup of dd-report-text.h:
 * paragraphs separated by blank lines, lines starting with "- " as
 * bullets, and passages marked as redacted between ⟦ and ⟧.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-report-section.h"

struct _DdReportSection
{
  GObject  parent_instance;

  guint    number;
  char    *heading;
  char    *text;
};

G_DEFINE_FINAL_TYPE (DdReportSection, dd_report_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_HEADING,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The standard template's headings, in its order. */
static const char *default_headings[DD_REPORT_N_SECTIONS] = {
  N_("Executive Summary"),
  N_("Recommendations"),
  N_("Background to the Proposal"),
  N_("Proposal and Associated Benefits"),
  N_("Options Analysis"),
  N_("Consultation and Engagement"),
  N_("Strategic Links"),
  N_("Police operational implications"),
  N_("Financial implications"),
  N_("Legal implications"),
  N_("Staffing implications"),
  N_("Equality, Diversity and Inclusion implications"),
  N_("Risks and Mitigations"),
  N_("Governance Boards"),
  N_("Links to Future Plans"),
  N_("Background Papers and Appendices"),
};

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

static void
dd_report_section_finalize (GObject *object)
{
  DdReportSection *self = (DdReportSection *)object;

  g_clear_pointer (&self->heading, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (dd_report_section_parent_class)->finalize (object);
}

static void
dd_report_section_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DdReportSection *self = DD_REPORT_SECTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

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
dd_report_section_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DdReportSection *self = DD_REPORT_SECTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;

    case PROP_HEADING:
      dd_report_section_set_heading (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      dd_report_section_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_report_section_constructed (GObject *object)
{
  DdReportSection *self = DD_REPORT_SECTION (object);

  G_OBJECT_CLASS (dd_report_section_parent_class)->constructed (object);

  if (self->heading == NULL)
    self->heading = g_strdup (dd_report_section_get_default_heading (self->number));
}

static void
dd_report_section_class_init (DdReportSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dd_report_section_constructed;
  object_class->finalize = dd_report_section_finalize;
  object_class->get_property = dd_report_section_get_property;
  object_class->set_property = dd_report_section_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL,
                       1, DD_REPORT_N_SECTIONS, 1,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_report_section_init (DdReportSection *self)
{
  self->text = g_strdup ("");
}

/**
 * dd_report_section_get_default_heading:
 * @number: 1 to 16
 *
 * Returns: the standard template's heading of section @number, in the
 *   language of the interface
 */
const char *
dd_report_section_get_default_heading (guint number)
{
  g_return_val_if_fail (number >= 1 && number <= DD_REPORT_N_SECTIONS, NULL);

  return _(default_headings[number - 1]);
}

/**
 * dd_report_section_get_english_heading:
 *
 * Returns: the standard template's heading of section @number in
 *   English, whatever the interface language
 */
const char *
dd_report_section_get_english_heading (guint number)
{
  g_return_val_if_fail (number >= 1 && number <= DD_REPORT_N_SECTIONS, NULL);

  return default_headings[number - 1];
}

DdReportSection *
dd_report_section_new (guint number)
{
  g_return_val_if_fail (number >= 1 && number <= DD_REPORT_N_SECTIONS, NULL);

  return g_object_new (DD_TYPE_REPORT_SECTION, "number", number, NULL);
}

guint
dd_report_section_get_number (DdReportSection *self)
{
  g_return_val_if_fail (DD_IS_REPORT_SECTION (self), 0);

  return self->number;
}

const char *
dd_report_section_get_heading (DdReportSection *self)
{
  g_return_val_if_fail (DD_IS_REPORT_SECTION (self), NULL);

  return self->heading;
}

void
dd_report_section_set_heading (DdReportSection *self,
                               const char      *heading)
{
  g_return_if_fail (DD_IS_REPORT_SECTION (self));

  if (set_string (&self->heading, heading != NULL ? heading : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
}

const char *
dd_report_section_get_text (DdReportSection *self)
{
  g_return_val_if_fail (DD_IS_REPORT_SECTION (self), NULL);

  return self->text;
}

void
dd_report_section_set_text (DdReportSection *self,
                            const char      *text)
{
  g_return_if_fail (DD_IS_REPORT_SECTION (self));

  if (set_string (&self->text, text != NULL ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
