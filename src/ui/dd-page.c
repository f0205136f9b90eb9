/* dd-page.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base of the window's four pages. It holds the DdContext the window
 * hands down (pages never reach for globals) and disposes the template
 * of the page built on it.
 */

#include "config.h"

#include "dd-core.h"
#include "dd-page.h"

typedef struct
{
  DdContext *context;
} DdPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DdPage, dd_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dd_page_dispose (GObject *object)
{
  DdPage *self = (DdPage *)object;
  DdPagePrivate *priv = dd_page_get_instance_private (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (dd_page_parent_class)->dispose (object);
}

static void
dd_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  DdPage *self = DD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, dd_page_get_context (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  DdPage *self = DD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      dd_page_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_page_class_init (DdPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dd_page_dispose;
  object_class->get_property = dd_page_get_property;
  object_class->set_property = dd_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         DD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_page_init (DdPage *self)
{
}

DdContext *
dd_page_get_context (DdPage *self)
{
  DdPagePrivate *priv = dd_page_get_instance_private (self);

  g_return_val_if_fail (DD_IS_PAGE (self), NULL);

  return priv->context;
}

void
dd_page_set_context (DdPage    *self,
                     DdContext *context)
{
  DdPagePrivate *priv = dd_page_get_instance_private (self);

  g_return_if_fail (DD_IS_PAGE (self));
  g_return_if_fail (!context || DD_IS_CONTEXT (context));

  if (!g_set_object (&priv->context, context))
    return;

  if (DD_PAGE_GET_CLASS (self)->context_changed != NULL)
    DD_PAGE_GET_CLASS (self)->context_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}
