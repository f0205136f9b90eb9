/* dd-context.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One DdContext is made by the application (or `ddesk`) and handed to
 * every page; nothing reaches for globals. It owns the database, the
 * stores over it and the user's settings, and keeps the audit log's
 * "who" in step with the display name chosen in Preferences.
 */

#include "config.h"

#include "dd-context.h"
#include "storage/dd-agreement-store.h"
#include "storage/dd-audit-log.h"
#include "storage/dd-dataset-store.h"
#include "storage/dd-office-settings.h"
#include "storage/dd-report-store.h"
#include "storage/dd-user-register.h"

struct _DdContext
{
  GObject     parent_instance;

  DdDatabase *database;
  DdAuditLog *audit_log;
  GSettings  *settings;
  DdOfficeSettings *office_settings;
  DdReportStore    *report_store;
  DdAgreementStore *agreement_store;
  DdUserRegister   *user_register;
  DdDatasetStore   *dataset_store;
};

G_DEFINE_FINAL_TYPE (DdContext, dd_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_AUDIT_LOG,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The settings when their schema is installed (always, for the app);
 * `ddesk` run from a build tree without it still works, as the OS user. */
static GSettings *
settings_new_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)))
    {
      g_debug ("GSettings schema %s is not installed; using defaults", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
on_display_name_changed (DdContext  *self,
                         const char *key,
                         GSettings  *settings)
{
  g_autofree char *display_name = g_settings_get_string (settings, "display-name");

  dd_audit_log_set_actor (self->audit_log, display_name);
}

static void
dd_context_dispose (GObject *object)
{
  DdContext *self = (DdContext *)object;

  g_clear_object (&self->dataset_store);
  g_clear_object (&self->user_register);
  g_clear_object (&self->agreement_store);
  g_clear_object (&self->report_store);
  g_clear_object (&self->office_settings);
  g_clear_object (&self->settings);
  g_clear_object (&self->audit_log);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (dd_context_parent_class)->dispose (object);
}

static void
dd_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DdContext *self = DD_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_AUDIT_LOG:
      g_value_set_object (value, self->audit_log);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_context_class_init (DdContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dd_context_dispose;
  object_class->get_property = dd_context_get_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         DD_TYPE_DATABASE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_AUDIT_LOG] =
    g_param_spec_object ("audit-log", NULL, NULL,
                         DD_TYPE_AUDIT_LOG,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_context_init (DdContext *self)
{
}

/**
 * dd_context_new:
 * @database_path: (nullable): the database file; %NULL for the default
 *   (see dd_database_dup_default_path())
 * @flags: how to open it
 * @error: where a reason goes
 *
 * Opens the database and everything over it.
 *
 * Returns: (transfer full): the context, or %NULL with @error set
 */
DdContext *
dd_context_new (const char       *database_path,
                DdDatabaseFlags   flags,
                GError          **error)
{
  g_autoptr(DdContext) self = NULL;
  g_autofree char *default_path = NULL;

  if (database_path == NULL)
    database_path = default_path = dd_database_dup_default_path ();

  self = g_object_new (DD_TYPE_CONTEXT, NULL);

  if (!(self->database = dd_database_new (database_path, flags, NULL, error)))
    return NULL;

  self->audit_log = dd_audit_log_new (self->database);
  self->settings = settings_new_if_installed ();

  if (dd_database_get_schema_version (self->database) >= 2)
    {
      if (!(self->office_settings = dd_office_settings_new (self->database, self->audit_log, error)))
        return NULL;
      self->report_store = dd_report_store_new (self->database, self->audit_log, self->office_settings);
    }
  /* A read-only database of an older schema is opened as it is: the
   * stores of what it does not have yet are not made. */
  if (dd_database_get_schema_version (self->database) >= 4)
    {
      self->agreement_store = dd_agreement_store_new (self->database, self->audit_log);
      self->user_register = dd_user_register_new (self->database, self->audit_log, self->agreement_store);
      if (self->report_store != NULL)
        dd_report_store_set_agreement_store (self->report_store, self->agreement_store);
    }
  if (dd_database_get_schema_version (self->database) >= 5)
    self->dataset_store = dd_dataset_store_new (self->database, self->audit_log);

  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::display-name",
                               G_CALLBACK (on_display_name_changed),
                               self, G_CONNECT_SWAPPED);
      on_display_name_changed (self, "display-name", self->settings);
    }

  return g_steal_pointer (&self);
}

DdDatabase *
dd_context_get_database (DdContext *self)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), NULL);

  return self->database;
}

DdAuditLog *
dd_context_get_audit_log (DdContext *self)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), NULL);

  return self->audit_log;
}

/**
 * dd_context_get_settings:
 *
 * Returns: (transfer none) (nullable): the user's settings, or %NULL
 *   when the schema is not installed
 */
GSettings *
dd_context_get_settings (DdContext *self)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * dd_context_get_office_settings:
 *
 * Returns: (transfer none) (nullable): the office's shared settings;
 *   %NULL only for a database opened read-only at an older schema
 */
DdOfficeSettings *
dd_context_get_office_settings (DdContext *self)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), NULL);

  return self->office_settings;
}

/**
 * dd_context_get_report_store:
 *
 * Returns: (transfer none) (nullable): the decision reports; %NULL only
 *   for a database opened read-only at an older schema
 */
DdReportStore *
dd_context_get_report_store (DdContext *self)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), NULL);

  return self->report_store;
}

/* A backup is worth a line in the audit log: an office can then say
 * when its records were last copied, and where to. */
static gboolean
record_backup (DdContext   *self,
               const char  *destination,
               GError     **error)
{
  g_autoptr(DdTransaction) transaction = NULL;
  g_autofree char *display = g_filename_display_name (destination);

  if (!(transaction = dd_database_begin (self->database, error)))
    return FALSE;

  if (!dd_audit_log_append (self->audit_log,
                            &(DdAuditRecord) {
                              .action = "backup",
                              .entity = "database",
                              .new_value = display,
                            },
                            error))
    return FALSE;

  return dd_transaction_commit (transaction, error);
}

static void
warn_if_not_recorded (DdContext  *self,
                      const char *destination)
{
  g_autoptr(GError) error = NULL;

  if (!record_backup (self, destination, &error))
    g_warning ("The backup to %s was made but not recorded in the audit log: %s",
               destination, error->message);
}

/**
 * dd_context_backup:
 *
 * Backs the database up to @destination (see dd_database_backup()) and
 * records the backup in the audit log.
 */
gboolean
dd_context_backup (DdContext     *self,
                   const char    *destination,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (destination != NULL, FALSE);

  if (!dd_database_backup (self->database, destination, cancellable, error))
    return FALSE;

  warn_if_not_recorded (self, destination);

  return TRUE;
}

static void
on_backup_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DdContext *self = g_task_get_source_object (task);
  GError *error = NULL;

  if (!dd_database_backup_finish (DD_DATABASE (object), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  warn_if_not_recorded (self, g_task_get_task_data (task));
  g_task_return_boolean (task, TRUE);
}

void
dd_context_backup_async (DdContext           *self,
                         const char          *destination,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (DD_IS_CONTEXT (self));
  g_return_if_fail (destination != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dd_context_backup_async);
  g_task_set_task_data (task, g_strdup (destination), g_free);

  dd_database_backup_async (self->database, destination, cancellable, on_backup_done, task);
}

gboolean
dd_context_backup_finish (DdContext     *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * dd_context_get_agreement_store:
 *
 * Returns: (transfer none) (nullable): the data-sharing agreement's
 *   store (%NULL only for a read-only database of an older schema)
 */
DdAgreementStore *
dd_context_get_agreement_store (DdContext *self)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), NULL);

  return self->agreement_store;
}

/**
 * dd_context_get_user_register:
 *
 * Returns: (transfer none) (nullable): the register of Designated Users
 *   (%NULL only for a read-only database of an older schema)
 */
DdUserRegister *
dd_context_get_user_register (DdContext *self)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), NULL);

  return self->user_register;
}

/**
 * dd_context_get_dataset_store:
 *
 * Returns: (transfer none) (nullable): the datasets of imported Hub data
 *   (%NULL only for a read-only database of an older schema)
 */
DdDatasetStore *
dd_context_get_dataset_store (DdContext *self)
{
  g_return_val_if_fail (DD_IS_CONTEXT (self), NULL);

  return self->dataset_store;
}
