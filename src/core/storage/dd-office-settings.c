/* dd-office-settings.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every member of staff sharing a database must agree on lives in
 * the database, not in each person's GSettings: how reports are
 * numbered, the classifications in use, and what the decision maker is
 * called (offices differ: PCC, PFCC, Mayor). Changes are audited.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-audit-log.h"
#include "dd-database-private.h"
#include "dd-catalog.h"
#include "dd-office-settings.h"
#include "dd-report.h"

struct _DdOfficeSettings
{
  GObject             parent_instance;

  DdDatabase         *database;
  DdAuditLog         *audit_log;
  DdReferencePattern *reference_pattern;
  char              **classifications;
  char              **decision_maker_roles;
  char               *document_language;
};

G_DEFINE_FINAL_TYPE (DdOfficeSettings, dd_office_settings, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REFERENCE_PATTERN,
  PROP_CLASSIFICATIONS,
  PROP_DECISION_MAKER_ROLES,
  PROP_DOCUMENT_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define KEY_REFERENCE_PATTERN    "reference-pattern"
#define KEY_CLASSIFICATIONS      "classifications"
#define KEY_DECISION_MAKER_ROLES "decision-maker-roles"
#define KEY_DOCUMENT_LANGUAGE    "document-language"

static const char *default_classifications[] = {
  "OFFICIAL",
  "OFFICIAL-SENSITIVE",
  "Not protectively marked",
  NULL
};

static const char *default_decision_maker_roles[] = {
  "Police, Fire and Crime Commissioner",
  "Deputy Police, Fire and Crime Commissioner",
  NULL
};

/* Returns the stored value, or NULL (no error) when the key is not set. */
static char *
read_value (DdOfficeSettings  *self,
            const char        *key,
            GError           **error)
{
  sqlite3_stmt *stmt;
  char *value = NULL;
  int rc;

  if (!(stmt = dd_database_prepare (self->database,
                                    "SELECT value FROM office_setting WHERE key = ?", error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if ((rc = dd_database_step (self->database, stmt, error)) == SQLITE_ROW)
    {
      value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }

  return value;
}

static gboolean
write_value (DdOfficeSettings  *self,
             const char        *key,
             const char        *value,
             GError           **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *old = NULL;
  sqlite3_stmt *stmt;

  if (!(transaction = dd_database_begin (self->database, error)))
    return FALSE;

  old = read_value (self, key, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!(stmt = dd_database_prepare (self->database,
                                    "INSERT INTO office_setting (key, value) VALUES (?1, ?2)"
                                    " ON CONFLICT (key) DO UPDATE SET value = ?2", error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  if (!dd_database_execute (self->database, stmt, error))
    return FALSE;

  if (!dd_audit_log_append (self->audit_log,
                            &(DdAuditRecord) {
                              .action = "update",
                              .entity = "office",
                              .field = key,
                              .old_value = old,
                              .new_value = value,
                            },
                            error))
    return FALSE;

  return dd_transaction_commit (transaction, error);
}

/* A list is stored one item a line; blank and repeated items are dropped. */
static char **
clean_list (const char * const *items)
{
  GPtrArray *cleaned = g_ptr_array_new ();

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (items[i]));

      if (*item != '\0' && !g_ptr_array_find_with_equal_func (cleaned, item, g_str_equal, NULL))
        g_ptr_array_add (cleaned, g_steal_pointer (&item));
    }

  g_ptr_array_add (cleaned, NULL);

  return (char **) g_ptr_array_free (cleaned, FALSE);
}

static char **
read_list (DdOfficeSettings  *self,
           const char        *key,
           const char       **defaults,
           GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *value = read_value (self, key, &local_error);
  g_auto(GStrv) lines = NULL;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (value == NULL)
    return g_strdupv ((char **) defaults);

  lines = g_strsplit (value, "\n", -1);
  return clean_list ((const char * const *) lines);
}

static gboolean
set_list (DdOfficeSettings    *self,
          const char          *key,
          const char * const  *items,
          char              ***field,
          guint                prop_id,
          const char          *what,
          GError             **error)
{
  g_auto(GStrv) cleaned = clean_list (items);
  g_autofree char *joined = NULL;

  if (cleaned[0] == NULL)
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID,
                   /* Translators: %s is e.g. "classifications" */
                   _("The list of %s cannot be empty"), what);
      return FALSE;
    }

  if (g_strv_equal ((const char * const *) *field, (const char * const *) cleaned))
    return TRUE;

  joined = g_strjoinv ("\n", cleaned);
  if (!write_value (self, key, joined, error))
    return FALSE;

  g_strfreev (*field);
  *field = g_steal_pointer (&cleaned);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);

  return TRUE;
}

static void
dd_office_settings_dispose (GObject *object)
{
  DdOfficeSettings *self = (DdOfficeSettings *)object;

  g_clear_object (&self->reference_pattern);
  g_clear_object (&self->audit_log);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (dd_office_settings_parent_class)->dispose (object);
}

static void
dd_office_settings_finalize (GObject *object)
{
  DdOfficeSettings *self = (DdOfficeSettings *)object;

  g_clear_pointer (&self->classifications, g_strfreev);
  g_clear_pointer (&self->decision_maker_roles, g_strfreev);
  g_clear_pointer (&self->document_language, g_free);

  G_OBJECT_CLASS (dd_office_settings_parent_class)->finalize (object);
}

static void
dd_office_settings_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DdOfficeSettings *self = DD_OFFICE_SETTINGS (object);

  switch (prop_id)
    {
    case PROP_REFERENCE_PATTERN:
      g_value_set_string (value, dd_reference_pattern_get_pattern (self->reference_pattern));
      break;

    case PROP_CLASSIFICATIONS:
      g_value_set_boxed (value, self->classifications);
      break;

    case PROP_DECISION_MAKER_ROLES:
      g_value_set_boxed (value, self->decision_maker_roles);
      break;

    case PROP_DOCUMENT_LANGUAGE:
      g_value_set_string (value, self->document_language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_office_settings_class_init (DdOfficeSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dd_office_settings_dispose;
  object_class->finalize = dd_office_settings_finalize;
  object_class->get_property = dd_office_settings_get_property;

  properties[PROP_REFERENCE_PATTERN] =
    g_param_spec_string ("reference-pattern", NULL, NULL, DD_REFERENCE_PATTERN_DEFAULT, flags);
  properties[PROP_CLASSIFICATIONS] =
    g_param_spec_boxed ("classifications", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_DECISION_MAKER_ROLES] =
    g_param_spec_boxed ("decision-maker-roles", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_DOCUMENT_LANGUAGE] =
    g_param_spec_string ("document-language", NULL, NULL, "en", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_office_settings_init (DdOfficeSettings *self)
{
}

/**
 * dd_office_settings_new:
 *
 * Reads the office's settings, with the defaults for those never set.
 *
 * Returns: (transfer full): the settings, or %NULL with @error set
 */
DdOfficeSettings *
dd_office_settings_new (DdDatabase  *database,
                        DdAuditLog  *audit_log,
                        GError     **error)
{
  g_autoptr(DdOfficeSettings) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *pattern = NULL;

  g_return_val_if_fail (DD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (DD_IS_AUDIT_LOG (audit_log), NULL);

  self = g_object_new (DD_TYPE_OFFICE_SETTINGS, NULL);
  self->database = g_object_ref (database);
  self->audit_log = g_object_ref (audit_log);

  pattern = read_value (self, KEY_REFERENCE_PATTERN, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!(self->reference_pattern = dd_reference_pattern_new (pattern ? pattern : DD_REFERENCE_PATTERN_DEFAULT,
                                                            error)))
    return NULL;

  if (!(self->classifications = read_list (self, KEY_CLASSIFICATIONS, default_classifications, error)) ||
      !(self->decision_maker_roles = read_list (self, KEY_DECISION_MAKER_ROLES,
                                                default_decision_maker_roles, error)))
    return NULL;

  self->document_language = read_value (self, KEY_DOCUMENT_LANGUAGE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (self->document_language == NULL)
    self->document_language = g_strdup ("en");

  return g_steal_pointer (&self);
}

/**
 * dd_office_settings_get_reference_pattern:
 *
 * Returns: (transfer none): how new reports are numbered
 */
DdReferencePattern *
dd_office_settings_get_reference_pattern (DdOfficeSettings *self)
{
  g_return_val_if_fail (DD_IS_OFFICE_SETTINGS (self), NULL);

  return self->reference_pattern;
}

gboolean
dd_office_settings_set_reference_pattern (DdOfficeSettings  *self,
                                          const char        *pattern,
                                          GError           **error)
{
  g_autoptr(DdReferencePattern) parsed = NULL;

  g_return_val_if_fail (DD_IS_OFFICE_SETTINGS (self), FALSE);
  g_return_val_if_fail (pattern != NULL, FALSE);

  if (!(parsed = dd_reference_pattern_new (pattern, error)))
    return FALSE;

  if (g_str_equal (dd_reference_pattern_get_pattern (parsed),
                   dd_reference_pattern_get_pattern (self->reference_pattern)))
    return TRUE;

  if (!write_value (self, KEY_REFERENCE_PATTERN, dd_reference_pattern_get_pattern (parsed), error))
    return FALSE;

  g_set_object (&self->reference_pattern, parsed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_PATTERN]);

  return TRUE;
}

/**
 * dd_office_settings_get_classifications:
 *
 * Returns: (transfer none): the classifications in use, the default first
 */
const char * const *
dd_office_settings_get_classifications (DdOfficeSettings *self)
{
  g_return_val_if_fail (DD_IS_OFFICE_SETTINGS (self), NULL);

  return (const char * const *) self->classifications;
}

gboolean
dd_office_settings_set_classifications (DdOfficeSettings    *self,
                                        const char * const  *classifications,
                                        GError             **error)
{
  g_return_val_if_fail (DD_IS_OFFICE_SETTINGS (self), FALSE);

  return set_list (self, KEY_CLASSIFICATIONS, classifications, &self->classifications,
                   PROP_CLASSIFICATIONS, _("classifications"), error);
}

/**
 * dd_office_settings_get_decision_maker_roles:
 *
 * Returns: (transfer none): the titles the decision maker signs as, e.g.
 *   the Commissioner's and the Deputy's
 */
const char * const *
dd_office_settings_get_decision_maker_roles (DdOfficeSettings *self)
{
  g_return_val_if_fail (DD_IS_OFFICE_SETTINGS (self), NULL);

  return (const char * const *) self->decision_maker_roles;
}

gboolean
dd_office_settings_set_decision_maker_roles (DdOfficeSettings    *self,
                                             const char * const  *roles,
                                             GError             **error)
{
  g_return_val_if_fail (DD_IS_OFFICE_SETTINGS (self), FALSE);

  return set_list (self, KEY_DECISION_MAKER_ROLES, roles, &self->decision_maker_roles,
                   PROP_DECISION_MAKER_ROLES, _("roles of the decision maker"), error);
}

/**
 * dd_office_settings_get_document_language:
 *
 * Returns: the language decision sheets and other documents are written
 *   in, such as "en" or "cy", whatever the interface's language
 */
const char *
dd_office_settings_get_document_language (DdOfficeSettings *self)
{
  g_return_val_if_fail (DD_IS_OFFICE_SETTINGS (self), NULL);

  return self->document_language;
}

/**
 * dd_office_settings_set_document_language:
 *
 * Sets the language of documents; refused (%DD_CATALOG_ERROR) when there
 * is no translation for @language.
 */
gboolean
dd_office_settings_set_document_language (DdOfficeSettings  *self,
                                          const char        *language,
                                          GError           **error)
{
  g_autoptr(DdCatalog) catalog = NULL;

  g_return_val_if_fail (DD_IS_OFFICE_SETTINGS (self), FALSE);
  g_return_val_if_fail (language != NULL, FALSE);

  if (!(catalog = dd_catalog_new (language, error)))
    return FALSE;

  if (g_str_equal (self->document_language, dd_catalog_get_language (catalog)))
    return TRUE;

  if (!write_value (self, KEY_DOCUMENT_LANGUAGE, dd_catalog_get_language (catalog), error))
    return FALSE;

  g_free (self->document_language);
  self->document_language = g_strdup (dd_catalog_get_language (catalog));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_LANGUAGE]);

  return TRUE;
}
