/* dd-signature-form.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printed name and the date for every signature; the role for the
 * decision (the office's titles: Commissioner, Deputy...) and the
 * redaction; agree or not, and why not, for the decision. Dates are
 * read as people write them ("23/02/2023", "23 February 2023").
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-signature-form.h"

struct _DdSignatureForm
{
  GtkWidget       parent_instance;

  DdSignatory     signatory;
  char           *name;
  char           *role;
  char           *date;
  char           *reasons;
  gboolean        valid;

  /* Template widgets */
  AdwEntryRow    *name_row;
  AdwComboRow    *role_combo_row;
  AdwEntryRow    *role_row;
  AdwEntryRow    *date_row;
  GtkWidget      *decision_box;
  GtkCheckButton *agree_button;
  GtkCheckButton *disagree_button;
  GtkWidget      *reasons_frame;
  GtkTextView    *reasons_view;
};

G_DEFINE_FINAL_TYPE (DdSignatureForm, dd_signature_form, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static void
update (DdSignatureForm *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reasons_view);
  GtkTextIter start, end;
  gboolean valid;
  GDate date;

  g_free (self->name);
  self->name = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  g_free (self->role);
  if (self->signatory == DD_SIGNATORY_DECISION_MAKER)
    {
      GtkStringObject *item = adw_combo_row_get_selected_item (self->role_combo_row);

      self->role = g_strdup (item != NULL ? gtk_string_object_get_string (item) : "");
    }
  else
    self->role = dup_stripped (gtk_editable_get_text (GTK_EDITABLE (self->role_row)));

  g_clear_pointer (&self->date, g_free);
  if (dd_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &date))
    self->date = dd_date_to_iso (&date);

  if (self->date == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (self->reasons);
  self->reasons = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  gtk_widget_set_visible (self->reasons_frame, gtk_check_button_get_active (self->disagree_button));

  valid = *self->name != '\0' && self->date != NULL;
  if (self->signatory == DD_SIGNATORY_DECISION_MAKER)
    valid = valid && *self->role != '\0' &&
            (gtk_check_button_get_active (self->agree_button) ||
             (gtk_check_button_get_active (self->disagree_button) && *self->reasons != '\0'));
  if (self->signatory == DD_SIGNATORY_REDACTION)
    valid = valid && *self->role != '\0';

  if (valid != self->valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

static void
dd_signature_form_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DD_TYPE_SIGNATURE_FORM);
  /* The template's top box is not bound to a member: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL; )
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dd_signature_form_parent_class)->dispose (object);
}

static void
dd_signature_form_finalize (GObject *object)
{
  DdSignatureForm *self = (DdSignatureForm *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->reasons, g_free);

  G_OBJECT_CLASS (dd_signature_form_parent_class)->finalize (object);
}

static void
dd_signature_form_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DdSignatureForm *self = DD_SIGNATURE_FORM (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_signature_form_class_init (DdSignatureFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_signature_form_dispose;
  object_class->finalize = dd_signature_form_finalize;
  object_class->get_property = dd_signature_form_get_property;

  /**
   * DdSignatureForm:valid:
   *
   * Whether everything the signature needs is given.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-signature-form.ui");
  gtk_widget_class_bind_template_child (widget_class, DdSignatureForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, DdSignatureForm, role_combo_row);
  gtk_widget_class_bind_template_child (widget_class, DdSignatureForm, role_row);
  gtk_widget_class_bind_template_child (widget_class, DdSignatureForm, date_row);
  gtk_widget_class_bind_template_child (widget_class, DdSignatureForm, decision_box);
  gtk_widget_class_bind_template_child (widget_class, DdSignatureForm, agree_button);
  gtk_widget_class_bind_template_child (widget_class, DdSignatureForm, disagree_button);
  gtk_widget_class_bind_template_child (widget_class, DdSignatureForm, reasons_frame);
  gtk_widget_class_bind_template_child (widget_class, DdSignatureForm, reasons_view);
  gtk_widget_class_bind_template_callback (widget_class, update);
}

static void
dd_signature_form_init (DdSignatureForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->reasons_view), "changed",
                            G_CALLBACK (update), self);
}

/**
 * dd_signature_form_new:
 * @signatory: whose signature
 * @roles: (nullable): the titles the decision maker may sign as
 */
DdSignatureForm *
dd_signature_form_new (DdSignatory         signatory,
                       const char * const *roles)
{
  DdSignatureForm *self = g_object_new (DD_TYPE_SIGNATURE_FORM, NULL);
  g_autofree char *today = NULL;

  self->signatory = signatory;

  if (signatory == DD_SIGNATORY_DECISION_MAKER)
    {
      g_autoptr(GtkStringList) model = gtk_string_list_new (roles);

      adw_combo_row_set_model (self->role_combo_row, G_LIST_MODEL (model));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->role_combo_row), signatory == DD_SIGNATORY_DECISION_MAKER);
  gtk_widget_set_visible (GTK_WIDGET (self->role_row), signatory == DD_SIGNATORY_REDACTION);
  gtk_widget_set_visible (self->decision_box, signatory == DD_SIGNATORY_DECISION_MAKER);

  /* Most signatures are recorded the day they are given. */
  {
    g_autofree char *iso = dd_date_dup_today_iso ();

    today = dd_date_format_long (iso);
    gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  }

  update (self);
  return self;
}

gboolean
dd_signature_form_get_valid (DdSignatureForm *self)
{
  g_return_val_if_fail (DD_IS_SIGNATURE_FORM (self), FALSE);

  return self->valid;
}

/**
 * dd_signature_form_get_signature:
 * @signature: (out caller-allocates): filled with strings the form owns
 */
void
dd_signature_form_get_signature (DdSignatureForm *self,
                                 DdSignature     *signature)
{
  g_return_if_fail (DD_IS_SIGNATURE_FORM (self));
  g_return_if_fail (signature != NULL);

  update (self);

  signature->name = self->name;
  signature->role = self->role;
  signature->date = self->date;
  signature->decision = gtk_check_button_get_active (self->disagree_button) ? DD_DECISION_NOT_AGREED
                                                                            : DD_DECISION_AGREED;
  signature->reasons = self->reasons;
}
