/* dd-preferences-window.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-preferences-window.h"

struct _DdPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  DdContext            *context;

  /* Template widgets */
  AdwPreferencesGroup  *identity_group;
  AdwEntryRow          *display_name_row;
};

G_DEFINE_FINAL_TYPE (DdPreferencesWindow, dd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dd_preferences_window_constructed (GObject *object)
{
  DdPreferencesWindow *self = DD_PREFERENCES_WINDOW (object);
  GSettings *settings = dd_context_get_settings (self->context);
  g_autofree char *default_name = dd_audit_log_dup_default_actor ();
  g_autofree char *description = NULL;

  G_OBJECT_CLASS (dd_preferences_window_parent_class)->constructed (object);

  description = g_strdup_printf (_("The name recorded with every change you make. "
                                   "Leave it empty to use the name of your account, “%s”."),
                                 default_name);
  adw_preferences_group_set_description (self->identity_group, description);

  if (settings != NULL)
    g_settings_bind (settings, "display-name",
                     self->display_name_row, "text",
                     G_SETTINGS_BIND_DEFAULT);
  else
    gtk_widget_set_sensitive (GTK_WIDGET (self->display_name_row), FALSE);
}

static void
dd_preferences_window_dispose (GObject *object)
{
  DdPreferencesWindow *self = (DdPreferencesWindow *)object;

  g_clear_object (&self->context);

  G_OBJECT_CLASS (dd_preferences_window_parent_class)->dispose (object);
}

static void
dd_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DdPreferencesWindow *self = DD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DdPreferencesWindow *self = DD_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_preferences_window_class_init (DdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dd_preferences_window_constructed;
  object_class->dispose = dd_preferences_window_dispose;
  object_class->get_property = dd_preferences_window_get_property;
  object_class->set_property = dd_preferences_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         DD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DdPreferencesWindow, identity_group);
  gtk_widget_class_bind_template_child (widget_class, DdPreferencesWindow, display_name_row);
}

static void
dd_preferences_window_init (DdPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DdPreferencesWindow *
dd_preferences_window_new (GtkWindow *parent,
                           DdContext *context)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DD_IS_CONTEXT (context), NULL);

  return g_object_new (DD_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "destroy-with-parent", TRUE,
                       "context", context,
                       NULL);
}
