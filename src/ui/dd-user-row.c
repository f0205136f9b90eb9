/* dd-user-row.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person in the list of Designated Users: their name, job title and
 * organisation, a badge with their status and, when something needs
 * doing, a warning sign whose tooltip says what. The row follows its
 * user, so a step taken in the detail pane shows here at once. Screen
 * readers hear the same as the row shows: the name, the status and the
 * reasons, never a colour alone.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-user-row.h"

struct _DdUserRow
{
  GtkListBoxRow     parent_instance;

  DdDesignatedUser *user;

  /* Template widgets */
  GtkLabel         *name_label;
  GtkLabel         *subtitle_label;
  GtkImage         *attention_image;
  GtkLabel         *status_label;
};

G_DEFINE_FINAL_TYPE (DdUserRow, dd_user_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_USER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every status's style class, to take off the one no longer shown. */
static const DdUserStatus all_statuses[] = {
  DD_USER_STATUS_NOMINATED,
  DD_USER_STATUS_STATEMENT_SIGNED,
  DD_USER_STATUS_ACCESS_REQUESTED,
  DD_USER_STATUS_ACCESS_GRANTED,
  DD_USER_STATUS_SUSPENDED,
  DD_USER_STATUS_REVOKED,
  DD_USER_STATUS_LEFT,
};

static void
update (DdUserRow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *attention = NULL;
  g_autofree char *accessible = NULL;
  DdUserStatus status;

  if (self->user == NULL)
    return;

  status = dd_designated_user_get_status (self->user);
  subtitle = dd_user_dup_subtitle (self->user);
  attention = dd_user_dup_attention_summary (self->user);

  gtk_label_set_label (self->name_label, dd_designated_user_get_full_name (self->user));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), *subtitle != '\0');
  dd_user_status_badge_update (self->status_label, status);

  gtk_widget_set_visible (GTK_WIDGET (self->attention_image), attention != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->attention_image), attention);

  if (attention != NULL)
    /* Translators: what a screen reader says for a row of the list of
     * Designated Users: name, status, then why it needs attention */
    accessible = g_strdup_printf (_("%s, %s. Needs attention: %s"),
                                  dd_designated_user_get_full_name (self->user),
                                  dd_user_status_get_label (status), attention);
  else
    /* Translators: what a screen reader says for a row of the list of
     * Designated Users: name, then status */
    accessible = g_strdup_printf (_("%s, %s"), dd_designated_user_get_full_name (self->user),
                                  dd_user_status_get_label (status));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  if (attention != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->attention_image),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, attention,
                                    -1);
}

static void
dd_user_row_dispose (GObject *object)
{
  DdUserRow *self = (DdUserRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DD_TYPE_USER_ROW);
  g_clear_object (&self->user);

  G_OBJECT_CLASS (dd_user_row_parent_class)->dispose (object);
}

static void
dd_user_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DdUserRow *self = DD_USER_ROW (object);

  switch (prop_id)
    {
    case PROP_USER:
      g_value_set_object (value, self->user);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_user_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DdUserRow *self = DD_USER_ROW (object);

  switch (prop_id)
    {
    case PROP_USER:
      g_assert (self->user == NULL);
      self->user = g_value_dup_object (value);
      if (self->user != NULL)
        g_signal_connect_object (self->user, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      update (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_user_row_class_init (DdUserRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_user_row_dispose;
  object_class->get_property = dd_user_row_get_property;
  object_class->set_property = dd_user_row_set_property;

  properties[PROP_USER] =
    g_param_spec_object ("user", NULL, NULL,
                         DD_TYPE_DESIGNATED_USER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-user-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DdUserRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, DdUserRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DdUserRow, attention_image);
  gtk_widget_class_bind_template_child (widget_class, DdUserRow, status_label);
}

static void
dd_user_row_init (DdUserRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
dd_user_row_new (DdDesignatedUser *user)
{
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), NULL);

  return g_object_new (DD_TYPE_USER_ROW, "user", user, NULL);
}

DdDesignatedUser *
dd_user_row_get_user (DdUserRow *self)
{
  g_return_val_if_fail (DD_IS_USER_ROW (self), NULL);

  return self->user;
}

/**
 * dd_user_status_badge_update:
 * @badge: a label styled as a badge
 *
 * Shows @status on @badge: its words, and a style class (the status's
 * nick) that colours it.
 */
void
dd_user_status_badge_update (GtkLabel     *badge,
                             DdUserStatus  status)
{
  g_return_if_fail (GTK_IS_LABEL (badge));

  for (guint i = 0; i < G_N_ELEMENTS (all_statuses); i++)
    if (all_statuses[i] != status)
      gtk_widget_remove_css_class (GTK_WIDGET (badge), dd_user_status_get_nick (all_statuses[i]));

  gtk_widget_add_css_class (GTK_WIDGET (badge), "dd-user-status");
  gtk_widget_add_css_class (GTK_WIDGET (badge), dd_user_status_get_nick (status));
  gtk_label_set_label (badge, dd_user_status_get_label (status));
}

/**
 * dd_user_dup_attention_summary:
 *
 * Returns: (transfer full) (nullable): why @user needs attention, the
 *   reasons joined in one line, or %NULL when nothing does
 */
char *
dd_user_dup_attention_summary (DdDesignatedUser *user)
{
  DdAttention attention;
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), NULL);

  attention = dd_designated_user_get_attention (user);
  if (attention == DD_ATTENTION_NONE)
    return NULL;

  text = g_string_new (NULL);
  for (DdAttention reason = DD_ATTENTION_UNSIGNED; reason <= DD_ATTENTION_GRANTED_AFTER_LEAVING; reason <<= 1)
    if (attention & reason)
      {
        if (text->len > 0)
          /* Translators: between the reasons a user needs attention */
          g_string_append (text, _("; "));
        g_string_append (text, dd_attention_get_label (reason));
      }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * dd_user_dup_subtitle:
 *
 * Returns: (transfer full): the job title and the organisation of @user,
 *   as much of them as is known, or ""
 */
char *
dd_user_dup_subtitle (DdDesignatedUser *user)
{
  const char *job_title;
  const char *organisation;

  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), NULL);

  job_title = dd_designated_user_get_field (user, DD_USER_FIELD_JOB_TITLE);
  organisation = dd_designated_user_get_field (user, DD_USER_FIELD_ORGANISATION);

  if (job_title != NULL && *job_title != '\0' && organisation != NULL && *organisation != '\0')
    /* Translators: a user's job title, then their organisation */
    return g_strdup_printf (_("%s, %s"), job_title, organisation);
  if (job_title != NULL && *job_title != '\0')
    return g_strdup (job_title);
  if (organisation != NULL && *organisation != '\0')
    return g_strdup (organisation);

  return g_strdup ("");
}
