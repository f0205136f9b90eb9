/* dd-report.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model of one decision report: every field of the standard template
 * as a property, the sixteen sections, the recommendations and the
 * appendices. DdReportStore loads and saves it; the same object is shown
 * in the register and edited in the editor. It emits ::changed after any
 * change, which the editor's autosave listens to.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-agreement.h"
#include "dd-core-enums.h"
#include "dd-report-appendix.h"
#include "dd-report-private.h"

struct _DdReport
{
  GObject          parent_instance;

  gint64           id;
  char            *fields[DD_REPORT_N_FIELDS];
  DdReportStatus   status;
  DdDecision       decision;
  DdPublication    publication;
  gboolean         redact_decision_sheet;
  gboolean         redact_appendix;
  char           **recommendations;
  DdReportSection *sections[DD_REPORT_N_SECTIONS];
  GListStore      *appendices;
  gboolean         content_loaded;
};

G_DEFINE_FINAL_TYPE (DdReport, dd_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (dd-report-error-quark, dd_report_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_STATUS,
  PROP_DECISION,
  PROP_PUBLICATION,
  PROP_REDACT_DECISION_SHEET,
  PROP_REDACT_APPENDIX,
  PROP_RECOMMENDATIONS,
  PROP_LOCKED,
  PROP_FIRST_FIELD,
  N_PROPS = PROP_FIRST_FIELD + DD_REPORT_N_FIELDS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct {
  const char        *name;
  const char        *label;
  DdReportFieldKind  kind;
  gboolean           is_date;
} fields[DD_REPORT_N_FIELDS] = {
  [DD_REPORT_FIELD_REFERENCE] = { "reference", N_("Report reference number"), DD_REPORT_FIELD_KIND_CONTENT },
  [DD_REPORT_FIELD_CLASSIFICATION] = { "classification", N_("Classification"), DD_REPORT_FIELD_KIND_CONTENT },
  [DD_REPORT_FIELD_TITLE] = { "title", N_("Title of report"), DD_REPORT_FIELD_KIND_CONTENT },
  [DD_REPORT_FIELD_AREA] = { "area", N_("Area of county / stakeholders affected"), DD_REPORT_FIELD_KIND_CONTENT },
  [DD_REPORT_FIELD_REPORT_BY_NAME] = { "report-by-name", N_("Report by"), DD_REPORT_FIELD_KIND_CONTENT },
  [DD_REPORT_FIELD_REPORT_BY_ROLE] = { "report-by-role", N_("Role of the author"), DD_REPORT_FIELD_KIND_CONTENT },
  [DD_REPORT_FIELD_CHIEF_OFFICER] = { "chief-officer", N_("Chief Officer"), DD_REPORT_FIELD_KIND_CONTENT },
  [DD_REPORT_FIELD_DATE] = { "date", N_("Date of report"), DD_REPORT_FIELD_KIND_CONTENT, TRUE },
  [DD_REPORT_FIELD_ENQUIRIES_TO] = { "enquiries-to", N_("Enquiries to"), DD_REPORT_FIELD_KIND_CONTENT },
  [DD_REPORT_FIELD_PUBLICATION_REASONS] = { "publication-reasons", N_("Reasons for not publishing"), DD_REPORT_FIELD_KIND_PUBLICATION },
  [DD_REPORT_FIELD_PUBLICATION_MARKING] = { "publication-marking", N_("Marking of the published copy"), DD_REPORT_FIELD_KIND_PUBLICATION },
  [DD_REPORT_FIELD_REDACTION_DETAILS] = { "redaction-details", N_("Details of the redaction"), DD_REPORT_FIELD_KIND_REDACTION },
  [DD_REPORT_FIELD_REDACTION_DATE] = { "redaction-date", N_("Date redaction carried out"), DD_REPORT_FIELD_KIND_REDACTION, TRUE },
  [DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME] = { "chief-executive-name", N_("Chief Executive / Monitoring Officer"), DD_REPORT_FIELD_KIND_SIGNATURE },
  [DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE] = { "chief-executive-date", N_("Date signed by the Chief Executive"), DD_REPORT_FIELD_KIND_SIGNATURE, TRUE },
  [DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME] = { "chief-finance-officer-name", N_("Chief Finance Officer"), DD_REPORT_FIELD_KIND_SIGNATURE },
  [DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE] = { "chief-finance-officer-date", N_("Date signed by the Chief Finance Officer"), DD_REPORT_FIELD_KIND_SIGNATURE, TRUE },
  [DD_REPORT_FIELD_DECISION_REASONS] = { "decision-reasons", N_("Reasons for not agreeing"), DD_REPORT_FIELD_KIND_SIGNATURE },
  [DD_REPORT_FIELD_DECISION_NAME] = { "decision-name", N_("Decision signed by"), DD_REPORT_FIELD_KIND_SIGNATURE },
  [DD_REPORT_FIELD_DECISION_ROLE] = { "decision-role", N_("Role of the decision maker"), DD_REPORT_FIELD_KIND_SIGNATURE },
  [DD_REPORT_FIELD_DECISION_DATE] = { "decision-date", N_("Date of the decision"), DD_REPORT_FIELD_KIND_SIGNATURE, TRUE },
  [DD_REPORT_FIELD_REDACTION_SIGNED_NAME] = { "redaction-signed-name", N_("Redaction signed off by"), DD_REPORT_FIELD_KIND_SIGNATURE },
  [DD_REPORT_FIELD_REDACTION_SIGNED_ROLE] = { "redaction-signed-role", N_("Role of who signed off the redaction"), DD_REPORT_FIELD_KIND_SIGNATURE },
  [DD_REPORT_FIELD_REDACTION_SIGNED_DATE] = { "redaction-signed-date", N_("Date the redaction was signed off"), DD_REPORT_FIELD_KIND_SIGNATURE, TRUE },
};

/* The name field of each signature: a signature is given when it is set. */
static const DdReportField signature_names[] = {
  [DD_SIGNATORY_CHIEF_EXECUTIVE] = DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME,
  [DD_SIGNATORY_CHIEF_FINANCE_OFFICER] = DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME,
  [DD_SIGNATORY_DECISION_MAKER] = DD_REPORT_FIELD_DECISION_NAME,
  [DD_SIGNATORY_REDACTION] = DD_REPORT_FIELD_REDACTION_SIGNED_NAME,
};

static void
emit_changed (DdReport *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
notify_and_emit (DdReport *self,
                 guint     prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  emit_changed (self);
}

static void
on_section_changed (DdReport   *self,
                    GParamSpec *pspec,
                    DdReportSection *section)
{
  emit_changed (self);
}

static void
store_field (DdReport      *self,
             DdReportField  field,
             const char    *value)
{
  gboolean was_locked = dd_report_get_locked (self);

  if (value == NULL)
    value = "";

  if (g_strcmp0 (self->fields[field], value) == 0)
    return;

  g_free (self->fields[field]);
  self->fields[field] = g_strdup (value);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_FIELD + field]);
  if (was_locked != dd_report_get_locked (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
  g_object_thaw_notify (G_OBJECT (self));

  emit_changed (self);
}

static void
dd_report_dispose (GObject *object)
{
  DdReport *self = (DdReport *)object;

  for (guint i = 0; i < DD_REPORT_N_SECTIONS; i++)
    g_clear_object (&self->sections[i]);
  g_clear_object (&self->appendices);

  G_OBJECT_CLASS (dd_report_parent_class)->dispose (object);
}

static void
dd_report_finalize (GObject *object)
{
  DdReport *self = (DdReport *)object;

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);
  g_clear_pointer (&self->recommendations, g_strfreev);

  G_OBJECT_CLASS (dd_report_parent_class)->finalize (object);
}

static void
dd_report_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DdReport *self = DD_REPORT (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      g_value_set_string (value, self->fields[prop_id - PROP_FIRST_FIELD]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_DECISION:
      g_value_set_enum (value, self->decision);
      break;

    case PROP_PUBLICATION:
      g_value_set_enum (value, self->publication);
      break;

    case PROP_REDACT_DECISION_SHEET:
      g_value_set_boolean (value, self->redact_decision_sheet);
      break;

    case PROP_REDACT_APPENDIX:
      g_value_set_boolean (value, self->redact_appendix);
      break;

    case PROP_RECOMMENDATIONS:
      g_value_set_boxed (value, self->recommendations);
      break;

    case PROP_LOCKED:
      g_value_set_boolean (value, dd_report_get_locked (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_report_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DdReport *self = DD_REPORT (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      dd_report_set_field (self, prop_id - PROP_FIRST_FIELD, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_PUBLICATION:
      dd_report_set_publication (self, g_value_get_enum (value));
      break;

    case PROP_REDACT_DECISION_SHEET:
      dd_report_set_redact_decision_sheet (self, g_value_get_boolean (value));
      break;

    case PROP_REDACT_APPENDIX:
      dd_report_set_redact_appendix (self, g_value_get_boolean (value));
      break;

    case PROP_RECOMMENDATIONS:
      dd_report_set_recommendations (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_report_class_init (DdReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags read_write = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dd_report_dispose;
  object_class->finalize = dd_report_finalize;
  object_class->get_property = dd_report_get_property;
  object_class->set_property = dd_report_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, read_only);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       DD_TYPE_REPORT_STATUS, DD_REPORT_STATUS_DRAFT, read_only);

  properties[PROP_DECISION] =
    g_param_spec_enum ("decision", NULL, NULL,
                       DD_TYPE_DECISION, DD_DECISION_NONE, read_only);

  properties[PROP_PUBLICATION] =
    g_param_spec_enum ("publication", NULL, NULL,
                       DD_TYPE_PUBLICATION, DD_PUBLICATION_UNDECIDED, read_write);

  properties[PROP_REDACT_DECISION_SHEET] =
    g_param_spec_boolean ("redact-decision-sheet", NULL, NULL, FALSE, read_write);

  properties[PROP_REDACT_APPENDIX] =
    g_param_spec_boolean ("redact-appendix", NULL, NULL, FALSE, read_write);

  properties[PROP_RECOMMENDATIONS] =
    g_param_spec_boxed ("recommendations", NULL, NULL, G_TYPE_STRV, read_write);

  /**
   * DdReport:locked:
   *
   * Whether the signed content (the title block, the sections, the
   * recommendations and the appendices) can no longer be edited: it has
   * been signed, published or withdrawn.
   */
  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL, FALSE, read_only);

  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    properties[PROP_FIRST_FIELD + i] =
      g_param_spec_string (fields[i].name, NULL, NULL, "",
                           fields[i].kind == DD_REPORT_FIELD_KIND_SIGNATURE ? read_only : read_write);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DdReport::changed:
   *
   * Emitted after any change to the report or one of its sections.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dd_report_init (DdReport *self)
{
  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    self->fields[i] = g_strdup (i == DD_REPORT_FIELD_CLASSIFICATION ? "OFFICIAL" : "");
  self->recommendations = g_new0 (char *, 1);

  for (guint i = 0; i < DD_REPORT_N_SECTIONS; i++)
    {
      self->sections[i] = dd_report_section_new (i + 1);
      g_signal_connect_object (self->sections[i], "notify",
                               G_CALLBACK (on_section_changed), self, G_CONNECT_SWAPPED);
    }

  self->appendices = g_list_store_new (DD_TYPE_REPORT_APPENDIX);
}

/**
 * dd_report_field_get_name:
 *
 * Returns: the property name of @field, e.g. "report-by-name"
 */
const char *
dd_report_field_get_name (DdReportField field)
{
  g_return_val_if_fail (field < DD_REPORT_N_FIELDS, NULL);

  return fields[field].name;
}

DdReportFieldKind
dd_report_field_get_kind (DdReportField field)
{
  g_return_val_if_fail (field < DD_REPORT_N_FIELDS, DD_REPORT_FIELD_KIND_CONTENT);

  return fields[field].kind;
}

gboolean
dd_report_field_is_date (DdReportField field)
{
  g_return_val_if_fail (field < DD_REPORT_N_FIELDS, FALSE);

  return fields[field].is_date;
}

/**
 * dd_report_field_get_label:
 *
 * Returns: the field as the template labels it, translated
 */
const char *
dd_report_field_get_label (DdReportField field)
{
  g_return_val_if_fail (field < DD_REPORT_N_FIELDS, NULL);

  return _(fields[field].label);
}

/**
 * dd_report_field_get_label_msgid:
 *
 * Returns: the field's label in English, as marked for translation: for
 *   looking it up in another language than the interface's
 */
const char *
dd_report_field_get_label_msgid (DdReportField field)
{
  g_return_val_if_fail (field < DD_REPORT_N_FIELDS, NULL);

  return fields[field].label;
}

DdReport *
dd_report_new (void)
{
  return g_object_new (DD_TYPE_REPORT, NULL);
}

/**
 * dd_report_copy:
 *
 * Copies everything the report holds: its id, every field, the status,
 * the decision, the publication and redaction choices, the sections, the
 * recommendations and the appendices (as new objects), and whether its
 * content was loaded. The copy belongs to no store and shares nothing
 * with @self, so it can be handed to a worker thread (to write a
 * document, say) while @self goes on being edited.
 *
 * Returns: (transfer full): the copy
 */
DdReport *
dd_report_copy (DdReport *self)
{
  DdReport *copy;
  guint n_appendices;

  g_return_val_if_fail (DD_IS_REPORT (self), NULL);

  /* Written straight into the new object: nobody is listening to it yet,
   * and the setters would refuse the signature fields. */
  copy = dd_report_new ();
  copy->id = self->id;
  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    {
      g_free (copy->fields[i]);
      copy->fields[i] = g_strdup (self->fields[i]);
    }
  copy->status = self->status;
  copy->decision = self->decision;
  copy->publication = self->publication;
  copy->redact_decision_sheet = self->redact_decision_sheet;
  copy->redact_appendix = self->redact_appendix;
  g_strfreev (copy->recommendations);
  copy->recommendations = g_strdupv (self->recommendations);
  copy->content_loaded = self->content_loaded;

  for (guint i = 0; i < DD_REPORT_N_SECTIONS; i++)
    {
      dd_report_section_set_heading (copy->sections[i], dd_report_section_get_heading (self->sections[i]));
      dd_report_section_set_text (copy->sections[i], dd_report_section_get_text (self->sections[i]));
    }

  n_appendices = g_list_model_get_n_items (G_LIST_MODEL (self->appendices));
  for (guint i = 0; i < n_appendices; i++)
    {
      g_autoptr(DdReportAppendix) appendix = g_list_model_get_item (G_LIST_MODEL (self->appendices), i);
      g_autoptr(DdReportAppendix) appendix_copy = NULL;
      DdAgreement *agreement = dd_report_appendix_get_agreement (appendix);
      g_autoptr(DdAgreement) agreement_copy = agreement ? dd_agreement_copy (agreement) : NULL;

      appendix_copy = g_object_new (DD_TYPE_REPORT_APPENDIX,
                                    "id", dd_report_appendix_get_id (appendix),
                                    "title", dd_report_appendix_get_title (appendix),
                                    "kind", (guint) dd_report_appendix_get_kind (appendix),
                                    "file-name", dd_report_appendix_get_file_name (appendix),
                                    "content-type", dd_report_appendix_get_content_type (appendix),
                                    "size", dd_report_appendix_get_size (appendix),
                                    "agreement-id", dd_report_appendix_get_agreement_id (appendix),
                                    "agreement", agreement_copy,
                                    NULL);
      g_list_store_append (copy->appendices, appendix_copy);
    }

  return copy;
}

gint64
dd_report_get_id (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), 0);

  return self->id;
}

void
dd_report_set_id (DdReport *self,
                  gint64    id)
{
  g_return_if_fail (DD_IS_REPORT (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
dd_report_get_field (DdReport      *self,
                     DdReportField  field)
{
  g_return_val_if_fail (DD_IS_REPORT (self), NULL);
  g_return_val_if_fail (field < DD_REPORT_N_FIELDS, NULL);

  return self->fields[field];
}

/**
 * dd_report_set_field:
 * @value: (nullable): the new value; %NULL is the same as ""
 *
 * Sets a field that is not part of a signature. Whether the change may be
 * saved is for DdReportStore to decide (see dd_report_is_field_editable()).
 */
void
dd_report_set_field (DdReport      *self,
                     DdReportField  field,
                     const char    *value)
{
  g_return_if_fail (DD_IS_REPORT (self));
  g_return_if_fail (field < DD_REPORT_N_FIELDS);
  g_return_if_fail (fields[field].kind != DD_REPORT_FIELD_KIND_SIGNATURE);

  store_field (self, field, value);
}

void
dd_report_set_signature_field (DdReport      *self,
                               DdReportField  field,
                               const char    *value)
{
  g_return_if_fail (DD_IS_REPORT (self));
  g_return_if_fail (field < DD_REPORT_N_FIELDS);
  g_return_if_fail (fields[field].kind == DD_REPORT_FIELD_KIND_SIGNATURE);

  store_field (self, field, value);
}

const char *
dd_report_get_reference (DdReport *self)
{
  return dd_report_get_field (self, DD_REPORT_FIELD_REFERENCE);
}

const char *
dd_report_get_title (DdReport *self)
{
  return dd_report_get_field (self, DD_REPORT_FIELD_TITLE);
}

const char *
dd_report_get_classification (DdReport *self)
{
  return dd_report_get_field (self, DD_REPORT_FIELD_CLASSIFICATION);
}

const char *
dd_report_get_date (DdReport *self)
{
  return dd_report_get_field (self, DD_REPORT_FIELD_DATE);
}

DdReportStatus
dd_report_get_status (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), DD_REPORT_STATUS_DRAFT);

  return self->status;
}

void
dd_report_set_status (DdReport       *self,
                      DdReportStatus  status)
{
  gboolean was_locked;

  g_return_if_fail (DD_IS_REPORT (self));

  if (self->status == status)
    return;

  was_locked = dd_report_get_locked (self);
  self->status = status;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  if (was_locked != dd_report_get_locked (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
  g_object_thaw_notify (G_OBJECT (self));

  emit_changed (self);
}

DdDecision
dd_report_get_decision (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), DD_DECISION_NONE);

  return self->decision;
}

void
dd_report_set_decision (DdReport   *self,
                        DdDecision  decision)
{
  g_return_if_fail (DD_IS_REPORT (self));

  if (self->decision != decision)
    {
      self->decision = decision;
      notify_and_emit (self, PROP_DECISION);
    }
}

DdPublication
dd_report_get_publication (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), DD_PUBLICATION_UNDECIDED);

  return self->publication;
}

void
dd_report_set_publication (DdReport      *self,
                           DdPublication  publication)
{
  g_return_if_fail (DD_IS_REPORT (self));
  g_return_if_fail (publication <= DD_PUBLICATION_NO);

  if (self->publication != publication)
    {
      self->publication = publication;
      notify_and_emit (self, PROP_PUBLICATION);
    }
}

gboolean
dd_report_get_redact_decision_sheet (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), FALSE);

  return self->redact_decision_sheet;
}

void
dd_report_set_redact_decision_sheet (DdReport *self,
                                     gboolean  redact)
{
  g_return_if_fail (DD_IS_REPORT (self));

  redact = !!redact;
  if (self->redact_decision_sheet != redact)
    {
      self->redact_decision_sheet = redact;
      notify_and_emit (self, PROP_REDACT_DECISION_SHEET);
    }
}

gboolean
dd_report_get_redact_appendix (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), FALSE);

  return self->redact_appendix;
}

void
dd_report_set_redact_appendix (DdReport *self,
                               gboolean  redact)
{
  g_return_if_fail (DD_IS_REPORT (self));

  redact = !!redact;
  if (self->redact_appendix != redact)
    {
      self->redact_appendix = redact;
      notify_and_emit (self, PROP_REDACT_APPENDIX);
    }
}

/**
 * dd_report_get_section:
 * @number: 1 to 16
 *
 * Returns: (transfer none): the section
 */
DdReportSection *
dd_report_get_section (DdReport *self,
                       guint     number)
{
  g_return_val_if_fail (DD_IS_REPORT (self), NULL);
  g_return_val_if_fail (number >= 1 && number <= DD_REPORT_N_SECTIONS, NULL);

  return self->sections[number - 1];
}

/**
 * dd_report_get_recommendations:
 *
 * Returns: (transfer none): the recommendations, in order
 */
const char * const *
dd_report_get_recommendations (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), NULL);

  return (const char * const *) self->recommendations;
}

void
dd_report_set_recommendations (DdReport           *self,
                               const char * const *recommendations)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (DD_IS_REPORT (self));

  if (recommendations == NULL)
    recommendations = none;

  if (g_strv_equal ((const char * const *) self->recommendations, recommendations))
    return;

  g_strfreev (self->recommendations);
  self->recommendations = g_strdupv ((char **) recommendations);
  notify_and_emit (self, PROP_RECOMMENDATIONS);
}

/**
 * dd_report_get_appendices:
 *
 * Returns: (transfer none): a list of #DdReportAppendix
 */
GListModel *
dd_report_get_appendices (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), NULL);

  return G_LIST_MODEL (self->appendices);
}

GListStore *
dd_report_get_appendix_store (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), NULL);

  return self->appendices;
}

void
dd_report_set_content_loaded (DdReport *self,
                              gboolean  loaded)
{
  g_return_if_fail (DD_IS_REPORT (self));

  self->content_loaded = loaded;
}

gboolean
dd_report_get_content_loaded (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), FALSE);

  return self->content_loaded;
}

gboolean
dd_report_is_signed_by (DdReport    *self,
                        DdSignatory  signatory)
{
  g_return_val_if_fail (DD_IS_REPORT (self), FALSE);
  g_return_val_if_fail (signatory <= DD_SIGNATORY_REDACTION, FALSE);

  return *self->fields[signature_names[signatory]] != '\0';
}

gboolean
dd_report_get_locked (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), FALSE);

  return dd_report_is_signed_by (self, DD_SIGNATORY_CHIEF_EXECUTIVE) ||
         dd_report_is_signed_by (self, DD_SIGNATORY_CHIEF_FINANCE_OFFICER) ||
         dd_report_is_signed_by (self, DD_SIGNATORY_DECISION_MAKER) ||
         self->status == DD_REPORT_STATUS_PUBLISHED ||
         self->status == DD_REPORT_STATUS_WITHDRAWN;
}

/**
 * dd_report_is_field_editable:
 *
 * Whether @field may be changed now: the signed content until the first
 * signature; the publication decision until publication; the redaction
 * until it is signed off; signatures never directly.
 */
gboolean
dd_report_is_field_editable (DdReport      *self,
                             DdReportField  field)
{
  gboolean final;

  g_return_val_if_fail (DD_IS_REPORT (self), FALSE);
  g_return_val_if_fail (field < DD_REPORT_N_FIELDS, FALSE);

  final = self->status == DD_REPORT_STATUS_PUBLISHED || self->status == DD_REPORT_STATUS_WITHDRAWN;

  switch (fields[field].kind)
    {
    case DD_REPORT_FIELD_KIND_CONTENT:
      return !dd_report_get_locked (self);
    case DD_REPORT_FIELD_KIND_PUBLICATION:
      return !final;
    case DD_REPORT_FIELD_KIND_REDACTION:
      return !final && !dd_report_is_signed_by (self, DD_SIGNATORY_REDACTION);
    case DD_REPORT_FIELD_KIND_SIGNATURE:
    default:
      return FALSE;
    }
}

/**
 * dd_report_get_redaction_required:
 *
 * Returns: whether the decision sheet or the appendix needs redaction
 */
gboolean
dd_report_get_redaction_required (DdReport *self)
{
  g_return_val_if_fail (DD_IS_REPORT (self), FALSE);

  return self->redact_decision_sheet || self->redact_appendix;
}

/**
 * dd_report_dup_next_step:
 *
 * Returns: (transfer full): where the report stands in the workflow and
 *   what happens next, in a sentence or two, for the editor's banner
 */
char *
dd_report_dup_next_step (DdReport *self)
{
  gboolean chief_executive;
  gboolean chief_finance_officer;
  const char *outcome;

  g_return_val_if_fail (DD_IS_REPORT (self), NULL);

  chief_executive = dd_report_is_signed_by (self, DD_SIGNATORY_CHIEF_EXECUTIVE);
  chief_finance_officer = dd_report_is_signed_by (self, DD_SIGNATORY_CHIEF_FINANCE_OFFICER);

  switch (self->status)
    {
    case DD_REPORT_STATUS_DRAFT:
      return g_strdup (_("Draft. When it is complete, submit it for approval by the Chief "
                         "Executive / Monitoring Officer and the Chief Finance Officer."));

    case DD_REPORT_STATUS_AWAITING_APPROVAL:
      if (chief_executive && chief_finance_officer)
        return g_strdup (_("Approved by the Chief Executive / Monitoring Officer and the Chief "
                           "Finance Officer. Send it for the decision."));
      if (chief_executive)
        return g_strdup (_("Approved by the Chief Executive / Monitoring Officer; awaiting the "
                           "approval of the Chief Finance Officer."));
      if (chief_finance_officer)
        return g_strdup (_("Approved by the Chief Finance Officer; awaiting the approval of the "
                           "Chief Executive / Monitoring Officer."));
      return g_strdup (_("Awaiting the approval of the Chief Executive / Monitoring Officer and "
                         "the Chief Finance Officer."));

    case DD_REPORT_STATUS_AWAITING_DECISION:
      return g_strdup (_("Approved. Awaiting the decision and final sign-off."));

    case DD_REPORT_STATUS_AGREED:
    case DD_REPORT_STATUS_NOT_AGREED:
      outcome = self->status == DD_REPORT_STATUS_AGREED ? _("Agreed") : _("Not agreed");

      if (self->publication == DD_PUBLICATION_UNDECIDED)
        /* Translators: %s is "Agreed" or "Not agreed" */
        return g_strdup_printf (_("%s. Decide whether it is for publication."), outcome);
      if (self->publication == DD_PUBLICATION_NO)
        return g_strdup_printf (_("%s. Not for publication."), outcome);
      if (dd_report_get_redaction_required (self) && !dd_report_is_signed_by (self, DD_SIGNATORY_REDACTION))
        return g_strdup_printf (_("%s. For publication once the redaction is marked and signed off."),
                                outcome);
      return g_strdup_printf (_("%s. Ready to publish."), outcome);

    case DD_REPORT_STATUS_PUBLISHED:
      return g_strdup (_("Published."));

    case DD_REPORT_STATUS_WITHDRAWN:
      return g_strdup (_("Withdrawn. Its reference stays reserved and is never given to another report."));

    default:
      g_return_val_if_reached (NULL);
    }
}
