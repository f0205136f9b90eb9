/* dd-agreement-section-editor.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One numbered section of the agreement's text: its heading and its
 * words, typed while the version is a draft (with a button that removes
 * the section, through the view's "view.remove-section"), read once it
 * is signed. Edits go straight to the DdAgreementSection, whose
 * agreement then says it changed.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-agreement-section-editor.h"
#include "dd-agreement-text-editor.h"

struct _DdAgreementSectionEditor
{
  GtkWidget              parent_instance;

  DdAgreementSection    *section;
  guint                  number;
  gboolean               syncing;

  /* Template widgets */
  GtkLabel              *number_label;
  GtkStack              *heading_stack;
  GtkLabel              *heading_label;
  GtkEntry              *heading_entry;
  GtkWidget             *remove_button;
  DdAgreementTextEditor *text_editor;
};

G_DEFINE_FINAL_TYPE (DdAgreementSectionEditor, dd_agreement_section_editor, GTK_TYPE_WIDGET)

static void
load_section (DdAgreementSectionEditor *self)
{
  const char *heading = dd_agreement_section_get_heading (self->section);
  g_autofree char *number = g_strdup_printf ("%u.", self->number);
  g_autofree char *label = NULL;

  self->syncing = TRUE;

  gtk_label_set_label (self->number_label, number);
  if (*heading != '\0')
    gtk_label_set_label (self->heading_label, heading);
  else
    gtk_label_set_label (self->heading_label, _("Untitled section"));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->heading_entry)), heading) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->heading_entry), heading);
  dd_agreement_text_editor_set_text (self->text_editor, dd_agreement_section_get_text (self->section));

  /* Translators: %u is the number of a section of the agreement */
  label = g_strdup_printf (_("Heading of section %u"), self->number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_free (label);
  /* Translators: %u is the number of a section of the agreement */
  label = g_strdup_printf (_("Text of section %u"), self->number);
  dd_agreement_text_editor_set_label (self->text_editor, label);
  g_free (label);
  /* Translators: %u is the number of a section of the agreement */
  label = g_strdup_printf (_("Remove Section %u"), self->number);
  gtk_widget_set_tooltip_text (self->remove_button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "u", self->number - 1);

  self->syncing = FALSE;
}

static void
on_section_notify (DdAgreementSectionEditor *self)
{
  if (!self->syncing)
    load_section (self);
}

static void
on_heading_changed (DdAgreementSectionEditor *self)
{
  const char *heading = gtk_editable_get_text (GTK_EDITABLE (self->heading_entry));

  if (self->syncing || self->section == NULL)
    return;

  if (*heading != '\0')
    gtk_label_set_label (self->heading_label, heading);

  self->syncing = TRUE;
  dd_agreement_section_set_heading (self->section, heading);
  self->syncing = FALSE;
}

static void
on_text_changed (DdAgreementSectionEditor *self)
{
  if (self->syncing || self->section == NULL)
    return;

  self->syncing = TRUE;
  dd_agreement_section_set_text (self->section, dd_agreement_text_editor_get_text (self->text_editor));
  self->syncing = FALSE;
}

static void
dd_agreement_section_editor_dispose (GObject *object)
{
  DdAgreementSectionEditor *self = (DdAgreementSectionEditor *)object;

  g_clear_object (&self->section);

  gtk_widget_dispose_template (GTK_WIDGET (self), DD_TYPE_AGREEMENT_SECTION_EDITOR);
  /* The template's top box is not bound to a member: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL; )
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dd_agreement_section_editor_parent_class)->dispose (object);
}

static void
dd_agreement_section_editor_class_init (DdAgreementSectionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_agreement_section_editor_dispose;

  g_type_ensure (DD_TYPE_AGREEMENT_TEXT_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-agreement-section-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DdAgreementSectionEditor, number_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementSectionEditor, heading_stack);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementSectionEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementSectionEditor, heading_entry);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementSectionEditor, remove_button);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementSectionEditor, text_editor);
  gtk_widget_class_bind_template_callback (widget_class, on_heading_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);
}

static void
dd_agreement_section_editor_init (DdAgreementSectionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dd_agreement_section_editor_new:
 * @section: the section
 * @number: its number, from 1
 */
DdAgreementSectionEditor *
dd_agreement_section_editor_new (DdAgreementSection *section,
                                 guint               number)
{
  DdAgreementSectionEditor *self;

  g_return_val_if_fail (DD_IS_AGREEMENT_SECTION (section), NULL);
  g_return_val_if_fail (number > 0, NULL);

  self = g_object_new (DD_TYPE_AGREEMENT_SECTION_EDITOR, NULL);
  self->section = g_object_ref (section);
  self->number = number;
  g_signal_connect_object (section, "notify", G_CALLBACK (on_section_notify), self, G_CONNECT_SWAPPED);
  load_section (self);

  return self;
}

DdAgreementSection *
dd_agreement_section_editor_get_section (DdAgreementSectionEditor *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_SECTION_EDITOR (self), NULL);

  return self->section;
}

guint
dd_agreement_section_editor_get_number (DdAgreementSectionEditor *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_SECTION_EDITOR (self), 0);

  return self->number;
}

void
dd_agreement_section_editor_set_editable (DdAgreementSectionEditor *self,
                                          gboolean                  editable)
{
  g_return_if_fail (DD_IS_AGREEMENT_SECTION_EDITOR (self));

  gtk_stack_set_visible_child_name (self->heading_stack, editable ? "edit" : "read");
  gtk_widget_set_visible (self->remove_button, editable);
  dd_agreement_text_editor_set_editable (self->text_editor, editable);
}

GtkEditable *
dd_agreement_section_editor_get_heading_entry (DdAgreementSectionEditor *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_SECTION_EDITOR (self), NULL);

  return GTK_EDITABLE (self->heading_entry);
}

GtkTextView *
dd_agreement_section_editor_get_text_view (DdAgreementSectionEditor *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_SECTION_EDITOR (self), NULL);

  return dd_agreement_text_editor_get_text_view (self->text_editor);
}
