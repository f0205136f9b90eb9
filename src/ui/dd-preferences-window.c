/* dd-preferences-window.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "General" is one person's (GSettings); "Office" is what everyone
 * sharing the database agrees on (DdOfficeSettings, audited): the
 * reference pattern, the classifications, the decision makers' titles
 * and the language of decision sheets. Lists are edited in place: remove a line, move it up (the
 * first classification is the one new reports get), add one below.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dd-core.h"
#include "dd-preferences-window.h"

struct _DdPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  DdContext            *context;

  /* Template widgets */
  AdwPreferencesGroup  *identity_group;
  AdwEntryRow          *display_name_row;
  AdwEntryRow          *pattern_row;
  AdwActionRow         *pattern_example_row;
  GtkListBox           *classifications_list;
  AdwEntryRow          *add_classification_row;
  GtkListBox           *roles_list;
  AdwEntryRow          *add_role_row;
  AdwComboRow          *document_language_row;
  gboolean              showing_language;
};

/* The two lists, told apart by the list box their rows are in. */
typedef enum {
  OFFICE_LIST_CLASSIFICATIONS,
  OFFICE_LIST_ROLES,
} OfficeList;

G_DEFINE_FINAL_TYPE (DdPreferencesWindow, dd_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the language row's list. */
static const char * const document_languages[] = { "en", "cy" };

static DdOfficeSettings *
get_office_settings (DdPreferencesWindow *self)
{
  return dd_context_get_office_settings (self->context);
}

static void
show_error (DdPreferencesWindow *self,
            const GError        *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 0);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

/* The example shows what the 39th report dated 23 February 2023 would be
 * called; a pattern that cannot be used says why instead. */
static void
on_pattern_changed (DdPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->pattern_row));
  g_autoptr(DdReferencePattern) pattern = NULL;
  g_autoptr(GError) error = NULL;

  if ((pattern = dd_reference_pattern_new (text, &error)) != NULL)
    {
      g_autoptr(GDate) date = g_date_new_dmy (23, G_DATE_FEBRUARY, 2023);
      g_autofree char *example = dd_reference_pattern_format (pattern, 39, date);
      /* Translators: an example of a reference number, e.g. "039-23 (the 39th report of 23 February 2023)" */
      g_autofree char *subtitle = g_strdup_printf (_("%s (the 39th report dated 23 February 2023)"), example);

      adw_action_row_set_subtitle (self->pattern_example_row, subtitle);
      gtk_widget_remove_css_class (GTK_WIDGET (self->pattern_row), "error");
    }
  else
    {
      adw_action_row_set_subtitle (self->pattern_example_row, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->pattern_row), "error");
    }
}

static void
on_pattern_apply (DdPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!dd_office_settings_set_reference_pattern (get_office_settings (self),
                                                 gtk_editable_get_text (GTK_EDITABLE (self->pattern_row)),
                                                 &error))
    show_error (self, error);
}

static void
show_pattern (DdPreferencesWindow *self)
{
  DdReferencePattern *pattern = dd_office_settings_get_reference_pattern (get_office_settings (self));

  gtk_editable_set_text (GTK_EDITABLE (self->pattern_row), dd_reference_pattern_get_pattern (pattern));
  on_pattern_changed (self);
}

static const char * const *
get_list (DdPreferencesWindow *self,
          OfficeList           list)
{
  DdOfficeSettings *settings = get_office_settings (self);

  return list == OFFICE_LIST_CLASSIFICATIONS ? dd_office_settings_get_classifications (settings)
                                             : dd_office_settings_get_decision_maker_roles (settings);
}

static void
set_list (DdPreferencesWindow *self,
          OfficeList           list,
          GStrv                items)
{
  DdOfficeSettings *settings = get_office_settings (self);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (list == OFFICE_LIST_CLASSIFICATIONS)
    done = dd_office_settings_set_classifications (settings, (const char * const *) items, &error);
  else
    done = dd_office_settings_set_decision_maker_roles (settings, (const char * const *) items, &error);

  if (!done)
    show_error (self, error);
}

static OfficeList
list_of_row (DdPreferencesWindow *self,
             GtkWidget           *widget)
{
  GtkWidget *box = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX);

  return box == GTK_WIDGET (self->classifications_list) ? OFFICE_LIST_CLASSIFICATIONS : OFFICE_LIST_ROLES;
}

static void
on_remove_clicked (GtkButton           *button,
                   DdPreferencesWindow *self)
{
  OfficeList list = list_of_row (self, GTK_WIDGET (button));
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "dd-position"));
  g_auto(GStrv) items = g_strdupv ((char **) get_list (self, list));
  guint n = g_strv_length (items);

  if (position >= n)
    return;

  g_free (items[position]);
  memmove (&items[position], &items[position + 1], (n - position) * sizeof (char *));
  set_list (self, list, items);
}

static void
on_move_up_clicked (GtkButton           *button,
                    DdPreferencesWindow *self)
{
  OfficeList list = list_of_row (self, GTK_WIDGET (button));
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "dd-position"));
  g_auto(GStrv) items = g_strdupv ((char **) get_list (self, list));
  char *moved;

  if (position == 0 || position >= g_strv_length (items))
    return;

  moved = items[position];
  items[position] = items[position - 1];
  items[position - 1] = moved;
  set_list (self, list, items);
}

/* @label is the button's tooltip and accessible name. */
static GtkWidget *
make_button (DdPreferencesWindow *self,
             const char          *icon_name,
             const char          *label,
             guint                position,
             GCallback            callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "dd-position", GUINT_TO_POINTER (position));
  g_signal_connect (button, "clicked", callback, self);

  return button;
}

static void
show_list (DdPreferencesWindow *self,
           OfficeList           list)
{
  GtkListBox *box = list == OFFICE_LIST_CLASSIFICATIONS ? self->classifications_list : self->roles_list;
  GtkWidget *add_row = GTK_WIDGET (list == OFFICE_LIST_CLASSIFICATIONS ? self->add_classification_row
                                                                       : self->add_role_row);
  const char * const *items = get_list (self, list);
  GtkWidget *child;
  guint n = g_strv_length ((char **) items);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != add_row)
    gtk_list_box_remove (box, child);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      /* Translators: a button's tooltip, e.g. "Remove “OFFICIAL”" */
      g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"), items[i]);
      /* Translators: a button's tooltip, e.g. "Move “OFFICIAL” Up" */
      g_autofree char *up_label = g_strdup_printf (_("Move “%s” Up"), items[i]);
      GtkWidget *remove = make_button (self, "user-trash-symbolic", remove_label, i,
                                       G_CALLBACK (on_remove_clicked));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), items[i]);
      if (i > 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   make_button (self, "go-up-symbolic", up_label, i,
                                                G_CALLBACK (on_move_up_clicked)));
      /* A list is never empty. */
      gtk_widget_set_sensitive (remove, n > 1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_insert (box, row, i);
    }
}

static void
add_to_list (DdPreferencesWindow *self,
             OfficeList           list,
             AdwEntryRow         *entry_row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry_row))));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;

  if (*text == '\0')
    return;

  g_strv_builder_addv (builder, (const char **) get_list (self, list));
  g_strv_builder_add (builder, text);
  items = g_strv_builder_end (builder);
  set_list (self, list, items);
  gtk_editable_set_text (GTK_EDITABLE (entry_row), "");
}

static void
on_add_classification (DdPreferencesWindow *self)
{
  add_to_list (self, OFFICE_LIST_CLASSIFICATIONS, self->add_classification_row);
}

static void
on_add_role (DdPreferencesWindow *self)
{
  add_to_list (self, OFFICE_LIST_ROLES, self->add_role_row);
}

static void
show_document_language (DdPreferencesWindow *self)
{
  const char *language = dd_office_settings_get_document_language (get_office_settings (self));

  self->showing_language = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (document_languages); i++)
    if (g_str_equal (language, document_languages[i]))
      adw_combo_row_set_selected (self->document_language_row, i);
  self->showing_language = FALSE;
}

static void
on_document_language_selected (DdPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->document_language_row);
  g_autoptr(GError) error = NULL;

  if (self->showing_language || self->context == NULL || selected >= G_N_ELEMENTS (document_languages))
    return;

  if (!dd_office_settings_set_document_language (get_office_settings (self), document_languages[selected], &error))
    {
      show_error (self, error);
      show_document_language (self);
    }
}

static void
on_office_settings_notify (DdPreferencesWindow *self,
                           GParamSpec          *pspec)
{
  if (g_str_equal (pspec->name, "reference-pattern"))
    show_pattern (self);
  else if (g_str_equal (pspec->name, "classifications"))
    show_list (self, OFFICE_LIST_CLASSIFICATIONS);
  else if (g_str_equal (pspec->name, "decision-maker-roles"))
    show_list (self, OFFICE_LIST_ROLES);
  else if (g_str_equal (pspec->name, "document-language"))
    show_document_language (self);
}

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

  show_pattern (self);
  show_list (self, OFFICE_LIST_CLASSIFICATIONS);
  show_list (self, OFFICE_LIST_ROLES);
  show_document_language (self);
  g_signal_connect_object (get_office_settings (self), "notify", G_CALLBACK (on_office_settings_notify),
                           self, G_CONNECT_SWAPPED);
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
  gtk_widget_class_bind_template_child (widget_class, DdPreferencesWindow, pattern_row);
  gtk_widget_class_bind_template_child (widget_class, DdPreferencesWindow, pattern_example_row);
  gtk_widget_class_bind_template_child (widget_class, DdPreferencesWindow, classifications_list);
  gtk_widget_class_bind_template_child (widget_class, DdPreferencesWindow, add_classification_row);
  gtk_widget_class_bind_template_child (widget_class, DdPreferencesWindow, roles_list);
  gtk_widget_class_bind_template_child (widget_class, DdPreferencesWindow, add_role_row);
  gtk_widget_class_bind_template_child (widget_class, DdPreferencesWindow, document_language_row);
  gtk_widget_class_bind_template_callback (widget_class, on_pattern_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_pattern_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_add_classification);
  gtk_widget_class_bind_template_callback (widget_class, on_add_role);
  gtk_widget_class_bind_template_callback (widget_class, on_document_language_selected);
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
