/* dd-agreement-text-editor.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A passage of the agreement (its purpose, terms of use, a section, the
 * User Access Statement) in the markup of report sections: paragraphs
 * apart by blank lines, "- " lines as bullets. While the version is a
 * draft it is a text view that says what is typed through "text"; once
 * signed it is a selectable label that reads like the document, bullets
 * drawn as bullets.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-agreement-text-editor.h"

struct _DdAgreementTextEditor
{
  GtkWidget    parent_instance;

  char        *text;
  gboolean     editable;
  gboolean     syncing;

  /* Template widgets */
  GtkStack    *stack;
  GtkTextView *text_view;
  GtkLabel    *reading_label;
};

G_DEFINE_FINAL_TYPE (DdAgreementTextEditor, dd_agreement_text_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * dd_agreement_text_to_reading:
 * @markup: a passage in the markup of report sections
 *
 * Returns: (transfer full): the passage as it reads: paragraphs apart,
 *   bullets as "•" lines together
 */
char *
dd_agreement_text_to_reading (const char *markup)
{
  g_autoptr(GPtrArray) blocks = dd_report_text_parse (markup != NULL ? markup : "");
  GString *reading = g_string_new (NULL);
  DdTextBlockKind previous = DD_TEXT_BLOCK_PARAGRAPH;

  for (guint i = 0; i < blocks->len; i++)
    {
      DdTextBlock *block = g_ptr_array_index (blocks, i);

      if (i > 0)
        g_string_append (reading, block->kind == DD_TEXT_BLOCK_BULLET && previous == DD_TEXT_BLOCK_BULLET
                                  ? "\n" : "\n\n");
      if (block->kind == DD_TEXT_BLOCK_BULLET)
        g_string_append (reading, "•  ");

      for (guint j = 0; j < block->runs->len; j++)
        g_string_append (reading, ((DdTextRun *) g_ptr_array_index (block->runs, j))->text);

      previous = block->kind;
    }

  return g_string_free (reading, FALSE);
}

static void
show_reading (DdAgreementTextEditor *self)
{
  g_autofree char *reading = dd_agreement_text_to_reading (self->text);

  if (*reading == '\0')
    {
      gtk_label_set_label (self->reading_label, _("Not given"));
      gtk_widget_add_css_class (GTK_WIDGET (self->reading_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->reading_label, reading);
      gtk_widget_remove_css_class (GTK_WIDGET (self->reading_label), "dim-label");
    }
}

static void
on_buffer_changed (DdAgreementTextEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->syncing)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (g_strcmp0 (text, self->text) == 0)
    return;

  g_free (self->text);
  self->text = g_steal_pointer (&text);
  show_reading (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
dd_agreement_text_editor_dispose (GObject *object)
{
  DdAgreementTextEditor *self = (DdAgreementTextEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DD_TYPE_AGREEMENT_TEXT_EDITOR);

  G_OBJECT_CLASS (dd_agreement_text_editor_parent_class)->dispose (object);
}

static void
dd_agreement_text_editor_finalize (GObject *object)
{
  DdAgreementTextEditor *self = (DdAgreementTextEditor *)object;

  g_free (self->text);

  G_OBJECT_CLASS (dd_agreement_text_editor_parent_class)->finalize (object);
}

static void
dd_agreement_text_editor_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DdAgreementTextEditor *self = DD_AGREEMENT_TEXT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_agreement_text_editor_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DdAgreementTextEditor *self = DD_AGREEMENT_TEXT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      dd_agreement_text_editor_set_text (self, g_value_get_string (value));
      break;

    case PROP_EDITABLE:
      dd_agreement_text_editor_set_editable (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_agreement_text_editor_class_init (DdAgreementTextEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_agreement_text_editor_dispose;
  object_class->finalize = dd_agreement_text_editor_finalize;
  object_class->get_property = dd_agreement_text_editor_get_property;
  object_class->set_property = dd_agreement_text_editor_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-agreement-text-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DdAgreementTextEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementTextEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementTextEditor, reading_label);
}

static void
dd_agreement_text_editor_init (DdAgreementTextEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->text = g_strdup ("");
  show_reading (self);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);
}

DdAgreementTextEditor *
dd_agreement_text_editor_new (void)
{
  return g_object_new (DD_TYPE_AGREEMENT_TEXT_EDITOR, NULL);
}

const char *
dd_agreement_text_editor_get_text (DdAgreementTextEditor *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_TEXT_EDITOR (self), NULL);

  return self->text;
}

/**
 * dd_agreement_text_editor_set_text:
 *
 * Shows @text. What is being typed is left alone when it already says
 * the same, so the cursor stays where it is.
 */
void
dd_agreement_text_editor_set_text (DdAgreementTextEditor *self,
                                   const char            *text)
{
  g_return_if_fail (DD_IS_AGREEMENT_TEXT_EDITOR (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);

  self->syncing = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  self->syncing = FALSE;
  show_reading (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

gboolean
dd_agreement_text_editor_get_editable (DdAgreementTextEditor *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_TEXT_EDITOR (self), FALSE);

  return self->editable;
}

void
dd_agreement_text_editor_set_editable (DdAgreementTextEditor *self,
                                       gboolean               editable)
{
  g_return_if_fail (DD_IS_AGREEMENT_TEXT_EDITOR (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  gtk_stack_set_visible_child_name (self->stack, editable ? "edit" : "read");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

/* What a screen reader calls the passage, typed or read. */
void
dd_agreement_text_editor_set_label (DdAgreementTextEditor *self,
                                    const char            *label)
{
  g_return_if_fail (DD_IS_AGREEMENT_TEXT_EDITOR (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reading_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

GtkTextView *
dd_agreement_text_editor_get_text_view (DdAgreementTextEditor *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_TEXT_EDITOR (self), NULL);

  return self->text_view;
}

GtkLabel *
dd_agreement_text_editor_get_reading_label (DdAgreementTextEditor *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_TEXT_EDITOR (self), NULL);

  return self->reading_label;
}
