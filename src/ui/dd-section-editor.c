/* dd-section-editor.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The buffer holds the section's words; passages marked as redacted are
 * a text tag, not characters, so people see black bars rather than ⟦ ⟧.
 * Edits go back to the section as markup (dd-report-text.h) as they are
 * made. Marking needs no permission to edit the words: after the
 * decision, when the words are locked, passages can still be marked
 * until the redaction is signed off.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-section-editor.h"

struct _DdSectionEditor
{
  GtkWidget        parent_instance;

  DdReportSection *section;
  GtkTextTag      *redacted_tag;
  gboolean         syncing;
  gboolean         redaction_editable;

  /* Template widgets */
  GtkLabel        *heading_label;
  GtkTextView     *text_view;
};

G_DEFINE_FINAL_TYPE (DdSectionEditor, dd_section_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_buffer_markup (DdSectionEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (DdTextRange));
  g_autofree char *plain = NULL;
  GtkTextIter start, end, iter;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  plain = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  iter = start;
  do
    {
      if (gtk_text_iter_starts_tag (&iter, self->redacted_tag))
        {
          DdTextRange range = { gtk_text_iter_get_offset (&iter), 0 };
          GtkTextIter stop = iter;

          gtk_text_iter_forward_to_tag_toggle (&stop, self->redacted_tag);
          range.end = gtk_text_iter_get_offset (&stop);
          g_array_append_val (ranges, range);
        }
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, self->redacted_tag));

  return dd_report_text_join_marks (plain, ranges);
}

static void
load_section (DdSectionEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autoptr(GArray) ranges = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *current = NULL;

  if (self->section == NULL)
    return;

  gtk_label_set_label (self->heading_label, "");
  {
    g_autofree char *heading = g_strdup_printf ("%u. %s",
                                                dd_report_section_get_number (self->section),
                                                dd_report_section_get_heading (self->section));

    gtk_label_set_label (self->heading_label, heading);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                    -1);
  }

  current = dup_buffer_markup (self);
  if (g_strcmp0 (current, dd_report_section_get_text (self->section)) == 0)
    return;

  self->syncing = TRUE;
  plain = dd_report_text_split_marks (dd_report_section_get_text (self->section), &ranges);
  gtk_text_buffer_set_text (buffer, plain, -1);
  for (guint i = 0; i < ranges->len; i++)
    {
      DdTextRange *range = &g_array_index (ranges, DdTextRange, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, range->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, range->end);
      gtk_text_buffer_apply_tag (buffer, self->redacted_tag, &start, &end);
    }
  self->syncing = FALSE;
}

static void
store_section (DdSectionEditor *self)
{
  g_autofree char *markup = NULL;

  if (self->syncing || self->section == NULL)
    return;

  markup = dup_buffer_markup (self);
  self->syncing = TRUE;
  dd_report_section_set_text (self->section, markup);
  self->syncing = FALSE;
}

static void
on_buffer_changed (DdSectionEditor *self)
{
  store_section (self);
}

static void
on_tag_changed (DdSectionEditor   *self,
                GtkTextTag        *tag,
                const GtkTextIter *start,
                const GtkTextIter *end)
{
  if (tag == self->redacted_tag)
    store_section (self);
}

static void
on_section_notify (DdSectionEditor *self)
{
  if (!self->syncing)
    load_section (self);
}

static void
set_redacted (DdSectionEditor *self,
              gboolean         redacted)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  if (!self->redaction_editable || !gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;

  if (redacted)
    gtk_text_buffer_apply_tag (buffer, self->redacted_tag, &start, &end);
  else
    gtk_text_buffer_remove_tag (buffer, self->redacted_tag, &start, &end);
}

static void
redact_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  set_redacted (DD_SECTION_EDITOR (widget), TRUE);
}

static void
unredact_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  set_redacted (DD_SECTION_EDITOR (widget), FALSE);
}

static void
dd_section_editor_dispose (GObject *object)
{
  DdSectionEditor *self = (DdSectionEditor *)object;

  if (self->section != NULL)
    g_signal_handlers_disconnect_by_data (self->section, self);
  g_clear_object (&self->section);

  gtk_widget_dispose_template (GTK_WIDGET (self), DD_TYPE_SECTION_EDITOR);
  /* The template's top box is not bound to a member: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL; )
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dd_section_editor_parent_class)->dispose (object);
}

static void
dd_section_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DdSectionEditor *self = DD_SECTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_section_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DdSectionEditor *self = DD_SECTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      dd_section_editor_set_section (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_section_editor_class_init (DdSectionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_section_editor_dispose;
  object_class->get_property = dd_section_editor_get_property;
  object_class->set_property = dd_section_editor_set_property;

  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         DD_TYPE_REPORT_SECTION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-section-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, DdSectionEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, DdSectionEditor, text_view);

  gtk_widget_class_install_action (widget_class, "section.redact", NULL, redact_action);
  gtk_widget_class_install_action (widget_class, "section.unredact", NULL, unredact_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "section.redact", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "section.unredact", NULL);
}

static void
dd_section_editor_init (DdSectionEditor *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  self->redacted_tag = gtk_text_buffer_create_tag (buffer, "redacted",
                                                   "background", "#1c1c1c",
                                                   "foreground", "#ffffff",
                                                   NULL);

  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (on_buffer_changed), self);
  g_signal_connect_object (buffer, "apply-tag", G_CALLBACK (on_tag_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "remove-tag", G_CALLBACK (on_tag_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  g_menu_append (menu, _("Mark as _Redacted"), "section.redact");
  g_menu_append (menu, _("Remove Redaction _Mark"), "section.unredact");
  gtk_text_view_set_extra_menu (self->text_view, G_MENU_MODEL (menu));

  dd_section_editor_set_redaction_editable (self, FALSE);
}

DdSectionEditor *
dd_section_editor_new (void)
{
  return g_object_new (DD_TYPE_SECTION_EDITOR, NULL);
}

DdReportSection *
dd_section_editor_get_section (DdSectionEditor *self)
{
  g_return_val_if_fail (DD_IS_SECTION_EDITOR (self), NULL);

  return self->section;
}

void
dd_section_editor_set_section (DdSectionEditor *self,
                               DdReportSection *section)
{
  g_return_if_fail (DD_IS_SECTION_EDITOR (self));
  g_return_if_fail (!section || DD_IS_REPORT_SECTION (section));

  if (self->section == section)
    return;

  if (self->section != NULL)
    g_signal_handlers_disconnect_by_data (self->section, self);

  g_set_object (&self->section, section);

  if (section != NULL)
    {
      g_signal_connect_swapped (section, "notify", G_CALLBACK (on_section_notify), self);
      load_section (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/**
 * dd_section_editor_set_editable:
 *
 * Whether the words may be changed (not once the report is signed).
 */
void
dd_section_editor_set_editable (DdSectionEditor *self,
                                gboolean         editable)
{
  g_return_if_fail (DD_IS_SECTION_EDITOR (self));

  gtk_text_view_set_editable (self->text_view, editable);
  gtk_text_view_set_cursor_visible (self->text_view, editable);
}

/**
 * dd_section_editor_set_redaction_editable:
 *
 * Whether passages may be marked as redacted (until the redaction is
 * signed off, whether or not the words are locked).
 */
void
dd_section_editor_set_redaction_editable (DdSectionEditor *self,
                                          gboolean         editable)
{
  g_return_if_fail (DD_IS_SECTION_EDITOR (self));

  self->redaction_editable = editable;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.redact", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "section.unredact", editable);
}

GtkTextView *
dd_section_editor_get_text_view (DdSectionEditor *self)
{
  g_return_val_if_fail (DD_IS_SECTION_EDITOR (self), NULL);

  return self->text_view;
}
