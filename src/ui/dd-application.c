/* dd-application.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-application.h"
#include "dd-error-window.h"
#include "dd-preferences-window.h"
#include "dd-window.h"

struct _DdApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  DdContext      *context;
};

G_DEFINE_FINAL_TYPE (DdApplication, dd_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database at PATH instead of the usual one"), N_("PATH") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

static GtkWindow *
get_main_window (DdApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (DD_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void
dd_application_activate (GApplication *app)
{
  DdApplication *self = DD_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  if ((window = gtk_application_get_active_window (GTK_APPLICATION (self))) != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->context == NULL &&
      !(self->context = dd_context_new (self->database_path, DD_DATABASE_FLAGS_NONE, &error)))
    {
      g_message ("%s", error->message);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                                "preferences")),
                                   FALSE);
      window = GTK_WINDOW (dd_error_window_new (GTK_APPLICATION (self),
                                                _("Could Not Open the Database"),
                                                error->message));
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (dd_window_new (self, self->context));
  gtk_window_present (window);
}

static int
dd_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  DdApplication *self = DD_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      g_free (self->database_path);
      self->database_path = g_file_get_path (file);

      /* A window on another database is another instance, not a new
       * window of the one already running. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  return G_APPLICATION_CLASS (dd_application_parent_class)->handle_local_options (app, options);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  DdApplication *self = user_data;
  GList *windows;

  /* Closing a window changes the application's list of them and may
   * destroy others (its dialogs), so close from a referenced copy. */
  windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                              (GCopyFunc) g_object_ref, NULL);
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);

  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  DdApplication *self = user_data;
  static const char *developers[] = { "The Decision Desk authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_main_window (self),
                        "application-icon", APP_ID,
                        "application-name", _("Decision Desk"),
                        "developer-name", _("The Decision Desk authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Decision reports, the data-sharing agreement, its "
                                      "Designated Users and Hub data for the office of a "
                                      "Police, Fire and Crime Commissioner."),
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_WEBSITE "/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Decision Desk authors",
                        "developers", developers,
                        /* Translators: your name(s), one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  DdApplication *self = user_data;
  DdPreferencesWindow *preferences;

  g_return_if_fail (self->context != NULL);

  preferences = dd_preferences_window_new (get_main_window (self), self->context);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

/* Every accelerator is set here, and listed in the shortcuts window
 * (resources/gtk/help-overlay.ui). */
static const struct {
  const char *action;
  const char *accels[2];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.backup", { "<Control><Shift>b", NULL } },
  { "win.new-report", { "<Control>n", NULL } },
  { "win.import-report", { "<Control>o", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.export-sheet", { "<Control>e", NULL } },
  { "win.print-sheet", { "<Control>p", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.show-page::reports", { "<Alt>1", NULL } },
  { "win.show-page::agreement", { "<Alt>2", NULL } },
  { "win.show-page::users", { "<Alt>3", NULL } },
  { "win.show-page::hub-data", { "<Alt>4", NULL } },
};

static void
dd_application_startup (GApplication *app)
{
  DdApplication *self = DD_APPLICATION (app);

  G_APPLICATION_CLASS (dd_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accelerators[i].action,
                                           accelerators[i].accels);
}

static void
dd_application_finalize (GObject *object)
{
  DdApplication *self = (DdApplication *)object;

  g_clear_object (&self->context);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (dd_application_parent_class)->finalize (object);
}

static void
dd_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DdApplication *self = DD_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_application_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DdApplication *self = DD_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      if (g_strcmp0 (self->database_path, g_value_get_string (value)) != 0)
        {
          g_free (self->database_path);
          self->database_path = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_application_class_init (DdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = dd_application_finalize;
  object_class->get_property = dd_application_get_property;
  object_class->set_property = dd_application_set_property;

  app_class->activate = dd_application_activate;
  app_class->handle_local_options = dd_application_handle_local_options;
  app_class->startup = dd_application_startup;

  /**
   * DdApplication:database-path:
   *
   * The database to open; %NULL for the default (`$DECISION_DESK_DB`,
   * else the user's data folder). `--database PATH` sets it.
   */
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_application_init (DdApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
}

DdApplication *
dd_application_new (void)
{
  return g_object_new (DD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", APP_PATH,
                       NULL);
}

/**
 * dd_application_get_context:
 *
 * Returns: (transfer none) (nullable): the context, once activated
 */
DdContext *
dd_application_get_context (DdApplication *self)
{
  g_return_val_if_fail (DD_IS_APPLICATION (self), NULL);

  return self->context;
}
