/* dd-agreement.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One version of the data-sharing agreement: its fields, its numbered
 * sections and the User Access Statement annexed to it. A version is a
 * draft until signed; then it is frozen, and a change makes the next
 * version (DdAgreementStore). The status describes the agreement as a
 * whole on the day the store last looked (its signed versions, dates,
 * review and termination).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-agreement-private.h"
#include "dd-agreement-section.h"
#include "dd-core-enums.h"
#include "dd-dates.h"

struct _DdAgreement
{
  GObject            parent_instance;

  gint64             id;
  gint64             version_id;
  guint              version;
  gboolean           frozen;
  DdAgreementStatus  status;
  gboolean           in_force;
  DdPlatforms        platforms;
  char              *fields[DD_AGREEMENT_N_FIELDS];
  char              *terminated_date;
  char              *termination_reason;
  GListStore        *sections;
};

G_DEFINE_FINAL_TYPE (DdAgreement, dd_agreement, G_TYPE_OBJECT)

G_DEFINE_QUARK (dd-agreement-error-quark, dd_agreement_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_FROZEN,
  PROP_STATUS,
  PROP_IN_FORCE,
  PROP_PLATFORMS,
  PROP_FIRST_FIELD,
  N_PROPS = PROP_FIRST_FIELD + DD_AGREEMENT_N_FIELDS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const struct {
  const char *name;
  const char *label;
  gboolean    is_date;
  gboolean    multiline;
} fields[DD_AGREEMENT_N_FIELDS] = {
  [DD_AGREEMENT_FIELD_TITLE] = { "title", N_("Title") },
  [DD_AGREEMENT_FIELD_OFFICE_PARTY] = { "office-party", N_("The office") },
  [DD_AGREEMENT_FIELD_OFFICE_CONTACT] = { "office-contact", N_("Contact at the office") },
  [DD_AGREEMENT_FIELD_MOJ_PARTY] = { "moj-party", N_("Ministry of Justice / HMPPS") },
  [DD_AGREEMENT_FIELD_MOJ_CONTACT] = { "moj-contact", N_("Contact at HMPPS") },
  [DD_AGREEMENT_FIELD_PURPOSE] = { "purpose", N_("Purpose"), FALSE, TRUE },
  [DD_AGREEMENT_FIELD_LEGAL_BASIS] = { "legal-basis", N_("Legal basis"), FALSE, TRUE },
  [DD_AGREEMENT_FIELD_ACCESS_MODE] = { "access-mode", N_("Access"), FALSE, TRUE },
  [DD_AGREEMENT_FIELD_DATA_COVERED] = { "data-covered", N_("Data covered"), FALSE, TRUE },
  [DD_AGREEMENT_FIELD_LEVELS] = { "levels", N_("Levels of data"), FALSE, TRUE },
  [DD_AGREEMENT_FIELD_TERMS_OF_USE] = { "terms-of-use", N_("Terms of use"), FALSE, TRUE },
  [DD_AGREEMENT_FIELD_BAU_CONTACT] = { "bau-contact", N_("Business-as-usual contact") },
  [DD_AGREEMENT_FIELD_SRO] = { "sro", N_("Senior Responsible Owner") },
  [DD_AGREEMENT_FIELD_REPORT_REFERENCE] = { "report-reference", N_("Approved by decision") },
  [DD_AGREEMENT_FIELD_DATE_SIGNED] = { "date-signed", N_("Date signed"), TRUE },
  [DD_AGREEMENT_FIELD_START_DATE] = { "start-date", N_("Start date"), TRUE },
  [DD_AGREEMENT_FIELD_REVIEW_DATE] = { "review-date", N_("Review date"), TRUE },
  [DD_AGREEMENT_FIELD_END_DATE] = { "end-date", N_("End date"), TRUE },
  [DD_AGREEMENT_FIELD_STATEMENT] = { "statement", N_("User Access Statement"), FALSE, TRUE },
};

const char *
dd_agreement_field_get_name (DdAgreementField field)
{
  g_return_val_if_fail (field < DD_AGREEMENT_N_FIELDS, NULL);
  return fields[field].name;
}

const char *
dd_agreement_field_get_label (DdAgreementField field)
{
  g_return_val_if_fail (field < DD_AGREEMENT_N_FIELDS, NULL);
  return _(fields[field].label);
}

/**
 * dd_agreement_field_get_label_msgid:
 *
 * Returns: the untranslated label, for a document in another language
 */
const char *
dd_agreement_field_get_label_msgid (DdAgreementField field)
{
  g_return_val_if_fail (field < DD_AGREEMENT_N_FIELDS, NULL);
  return fields[field].label;
}

gboolean
dd_agreement_field_is_date (DdAgreementField field)
{
  g_return_val_if_fail (field < DD_AGREEMENT_N_FIELDS, FALSE);
  return fields[field].is_date;
}

gboolean
dd_agreement_field_is_multiline (DdAgreementField field)
{
  g_return_val_if_fail (field < DD_AGREEMENT_N_FIELDS, FALSE);
  return fields[field].multiline;
}

/* g_set_str() is GLib 2.76; Debian 12 has 2.74. */
static void
set_str (char       **field,
         const char  *value)
{
  char *copy = g_strdup (value ? value : "");

  g_free (*field);
  *field = copy;
}

static void
emit_changed (DdAgreement *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_section_notify (DdAgreement *self)
{
  emit_changed (self);
}

static void
dd_agreement_dispose (GObject *object)
{
  DdAgreement *self = (DdAgreement *) object;

  if (self->sections != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sections)); i++)
        {
          g_autoptr(DdAgreementSection) section = g_list_model_get_item (G_LIST_MODEL (self->sections), i);
          g_signal_handlers_disconnect_by_data (section, self);
        }
    }
  g_clear_object (&self->sections);

  G_OBJECT_CLASS (dd_agreement_parent_class)->dispose (object);
}

static void
dd_agreement_finalize (GObject *object)
{
  DdAgreement *self = (DdAgreement *) object;

  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);
  g_clear_pointer (&self->terminated_date, g_free);
  g_clear_pointer (&self->termination_reason, g_free);

  G_OBJECT_CLASS (dd_agreement_parent_class)->finalize (object);
}

static void
dd_agreement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DdAgreement *self = DD_AGREEMENT (object);

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
    case PROP_VERSION:
      g_value_set_uint (value, self->version);
      break;
    case PROP_FROZEN:
      g_value_set_boolean (value, self->frozen);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_IN_FORCE:
      g_value_set_boolean (value, self->in_force);
      break;
    case PROP_PLATFORMS:
      g_value_set_flags (value, self->platforms);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_agreement_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DdAgreement *self = DD_AGREEMENT (object);

  if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
    {
      dd_agreement_set_field (self, prop_id - PROP_FIRST_FIELD, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_PLATFORMS:
      dd_agreement_set_platforms (self, g_value_get_flags (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_agreement_class_init (DdAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dd_agreement_dispose;
  object_class->finalize = dd_agreement_finalize;
  object_class->get_property = dd_agreement_get_property;
  object_class->set_property = dd_agreement_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROZEN] =
    g_param_spec_boolean ("frozen", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, DD_TYPE_AGREEMENT_STATUS, DD_AGREEMENT_STATUS_DRAFT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IN_FORCE] =
    g_param_spec_boolean ("in-force", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLATFORMS] =
    g_param_spec_flags ("platforms", NULL, NULL, DD_TYPE_PLATFORMS, DD_PLATFORMS_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    properties[PROP_FIRST_FIELD + i] =
      g_param_spec_string (fields[i].name, NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DdAgreement::changed:
   *
   * After any change to a field, the platforms or a section.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dd_agreement_init (DdAgreement *self)
{
  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    self->fields[i] = g_strdup ("");
  self->terminated_date = g_strdup ("");
  self->termination_reason = g_strdup ("");
  self->sections = g_list_store_new (DD_TYPE_AGREEMENT_SECTION);
}

/**
 * dd_agreement_new:
 *
 * Returns: (transfer full): an empty draft, not yet stored
 */
DdAgreement *
dd_agreement_new (void)
{
  return g_object_new (DD_TYPE_AGREEMENT, NULL);
}

/**
 * dd_agreement_copy:
 *
 * Returns: (transfer full): a copy of the version, its identity and
 *   status included, sharing nothing with @self (for a worker thread)
 */
DdAgreement *
dd_agreement_copy (DdAgreement *self)
{
  DdAgreement *copy;

  g_return_val_if_fail (DD_IS_AGREEMENT (self), NULL);

  copy = dd_agreement_new ();
  copy->id = self->id;
  copy->version_id = self->version_id;
  copy->version = self->version;
  copy->status = self->status;
  copy->in_force = self->in_force;
  copy->platforms = self->platforms;
  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    set_str (&copy->fields[i], self->fields[i]);
  set_str (&copy->terminated_date, self->terminated_date);
  set_str (&copy->termination_reason, self->termination_reason);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sections)); i++)
    {
      g_autoptr(DdAgreementSection) section = g_list_model_get_item (G_LIST_MODEL (self->sections), i);
      dd_agreement_add_section (copy, dd_agreement_section_get_heading (section),
                                dd_agreement_section_get_text (section));
    }
  copy->frozen = self->frozen;
  return copy;
}

gint64
dd_agreement_get_id (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), 0);
  return self->id;
}

gint64
dd_agreement_get_version_id (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), 0);
  return self->version_id;
}

guint
dd_agreement_get_version (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), 0);
  return self->version;
}

gboolean
dd_agreement_get_frozen (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), FALSE);
  return self->frozen;
}

DdAgreementStatus
dd_agreement_get_status (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), DD_AGREEMENT_STATUS_DRAFT);
  return self->status;
}

/**
 * dd_agreement_get_in_force:
 *
 * Returns: whether this version is the one in force (signed, started,
 *   not ended, and no later version in force)
 */
gboolean
dd_agreement_get_in_force (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), FALSE);
  return self->in_force;
}

const char *
dd_agreement_get_terminated_date (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), NULL);
  return self->terminated_date;
}

const char *
dd_agreement_get_termination_reason (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), NULL);
  return self->termination_reason;
}

const char *
dd_agreement_get_field (DdAgreement      *self,
                        DdAgreementField  field)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (field < DD_AGREEMENT_N_FIELDS, NULL);
  return self->fields[field];
}

/**
 * dd_agreement_set_field:
 *
 * Changes a field of a draft. A signed version is frozen: make the next
 * version with dd_agreement_store_new_version() to change it.
 */
void
dd_agreement_set_field (DdAgreement      *self,
                        DdAgreementField  field,
                        const char       *value)
{
  g_return_if_fail (DD_IS_AGREEMENT (self));
  g_return_if_fail (field < DD_AGREEMENT_N_FIELDS);
  g_return_if_fail (!self->frozen);

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->fields[field], value) == 0)
    return;
  g_free (self->fields[field]);
  self->fields[field] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_FIELD + field]);
  emit_changed (self);
}

DdPlatforms
dd_agreement_get_platforms (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), DD_PLATFORMS_NONE);
  return self->platforms;
}

void
dd_agreement_set_platforms (DdAgreement *self,
                            DdPlatforms  platforms)
{
  g_return_if_fail (DD_IS_AGREEMENT (self));
  g_return_if_fail (!self->frozen);

  platforms &= DD_PLATFORMS_ALL;
  if (self->platforms == platforms)
    return;
  self->platforms = platforms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORMS]);
  emit_changed (self);
}

/**
 * dd_agreement_get_sections:
 *
 * Returns: (transfer none): the numbered sections, in order, as
 *   #DdAgreementSection items (number = position + 1)
 */
GListModel *
dd_agreement_get_sections (DdAgreement *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT (self), NULL);
  return G_LIST_MODEL (self->sections);
}

void
dd_agreement_insert_section (DdAgreement *self,
                             guint        position,
                             const char  *heading,
                             const char  *text)
{
  g_autoptr(DdAgreementSection) section = NULL;

  g_return_if_fail (DD_IS_AGREEMENT (self));
  g_return_if_fail (!self->frozen);

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->sections)));
  section = dd_agreement_section_new (heading, text);
  g_signal_connect_object (section, "notify", G_CALLBACK (on_section_notify), self, G_CONNECT_SWAPPED);
  g_list_store_insert (self->sections, position, section);
  emit_changed (self);
}

void
dd_agreement_add_section (DdAgreement *self,
                          const char  *heading,
                          const char  *text)
{
  g_return_if_fail (DD_IS_AGREEMENT (self));
  dd_agreement_insert_section (self, G_MAXUINT, heading, text);
}

void
dd_agreement_remove_section (DdAgreement *self,
                             guint        position)
{
  g_autoptr(DdAgreementSection) section = NULL;

  g_return_if_fail (DD_IS_AGREEMENT (self));
  g_return_if_fail (!self->frozen);
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->sections)));

  section = g_list_model_get_item (G_LIST_MODEL (self->sections), position);
  g_signal_handlers_disconnect_by_data (section, self);
  g_list_store_remove (self->sections, position);
  emit_changed (self);
}

/**
 * dd_agreement_dup_statement_sha256:
 *
 * Returns: (transfer full): the SHA-256 of the User Access Statement's
 *   exact text (its UTF-8 bytes), in lower-case hex: what a user's
 *   signature records
 */
char *
dd_agreement_dup_statement_sha256 (DdAgreement *self)
{
  const char *statement;

  g_return_val_if_fail (DD_IS_AGREEMENT (self), NULL);

  statement = self->fields[DD_AGREEMENT_FIELD_STATEMENT];
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, statement, -1);
}

/**
 * dd_agreement_get_days_to_review:
 * @today: "YYYY-MM-DD"
 *
 * Returns: days from @today to the review date: negative when the review
 *   is overdue; %G_MAXINT when there is no review date
 */
int
dd_agreement_get_days_to_review (DdAgreement *self,
                                 const char  *today)
{
  GDate review;

  g_return_val_if_fail (DD_IS_AGREEMENT (self), G_MAXINT);

  if (!dd_date_from_iso (self->fields[DD_AGREEMENT_FIELD_REVIEW_DATE], &review))
    return G_MAXINT;
  return dd_date_days_between (today, self->fields[DD_AGREEMENT_FIELD_REVIEW_DATE]);
}

/**
 * dd_agreement_dup_display_name:
 *
 * Returns: (transfer full): its title and version, "Title (version 2)"
 */
char *
dd_agreement_dup_display_name (DdAgreement *self)
{
  const char *title;

  g_return_val_if_fail (DD_IS_AGREEMENT (self), NULL);

  title = self->fields[DD_AGREEMENT_FIELD_TITLE];
  if (*title == '\0')
    title = _("Data-sharing agreement");
  /* Translators: an agreement's title and its version number */
  return g_strdup_printf (_("%s (version %u)"), title, MAX (self->version, 1));
}

void
dd_agreement_set_identity (DdAgreement *self,
                           gint64       id,
                           gint64       version_id,
                           guint        version)
{
  g_return_if_fail (DD_IS_AGREEMENT (self));

  self->id = id;
  self->version_id = version_id;
  if (self->version != version)
    {
      self->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

void
dd_agreement_set_frozen (DdAgreement *self,
                         gboolean     frozen)
{
  g_return_if_fail (DD_IS_AGREEMENT (self));

  frozen = !!frozen;
  if (self->frozen == frozen)
    return;
  self->frozen = frozen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROZEN]);
}

void
dd_agreement_set_status (DdAgreement       *self,
                         DdAgreementStatus  status,
                         gboolean           in_force)
{
  g_return_if_fail (DD_IS_AGREEMENT (self));

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  in_force = !!in_force;
  if (self->in_force != in_force)
    {
      self->in_force = in_force;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IN_FORCE]);
    }
}

void
dd_agreement_set_termination (DdAgreement *self,
                              const char  *date,
                              const char  *reason)
{
  g_return_if_fail (DD_IS_AGREEMENT (self));

  set_str (&self->terminated_date, date);
  set_str (&self->termination_reason, reason);
}

/* Signing sets the date on a version being frozen. */
void
dd_agreement_set_date_signed (DdAgreement *self,
                              const char  *date)
{
  g_return_if_fail (DD_IS_AGREEMENT (self));

  if (g_strcmp0 (self->fields[DD_AGREEMENT_FIELD_DATE_SIGNED], date) == 0)
    return;
  set_str (&self->fields[DD_AGREEMENT_FIELD_DATE_SIGNED], date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_FIELD + DD_AGREEMENT_FIELD_DATE_SIGNED]);
  emit_changed (self);
}
