/* dd-agreement-compare-window.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two versions of the agreement side by side in time: choose the older
 * and the newer (the previous and the newest to begin with) and read
 * what changed, field by field and section by section, each with its
 * words: those removed struck through, those added underlined (the core
 * writes the markup, dd_agreement_change_to_markup()). Struck and
 * underlined, not only red and green, so the difference does not rest on
 * colour alone.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-agreement-compare-window.h"

struct _DdAgreementCompareWindow
{
  AdwWindow           parent_instance;

  GtkSortListModel   *versions;
  guint               n_changes;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkDropDown        *older_dropdown;
  GtkDropDown        *newer_dropdown;
  GtkStack           *stack;
  GtkLabel           *summary_label;
  GtkBox             *changes_box;
  AdwStatusPage      *same_page;
};

G_DEFINE_FINAL_TYPE (DdAgreementCompareWindow, dd_agreement_compare_window, ADW_TYPE_WINDOW)

/* How a version is named in the lists. */
static char *
dup_version_label (DdAgreement *version)
{
  guint number;

  if (version == NULL)
    return g_strdup ("");

  number = dd_agreement_get_version (version);
  if (dd_agreement_get_frozen (version))
    {
      g_autofree char *signed_on =
        dd_date_format_short (dd_agreement_get_field (version, DD_AGREEMENT_FIELD_DATE_SIGNED));

      if (*signed_on != '\0')
        /* Translators: a version of the agreement and when it was signed, e.g. "Version 1 · signed 1 Mar 2023" */
        return g_strdup_printf (_("Version %u · signed %s"), number, signed_on);
    }
  else
    /* Translators: a version of the agreement not yet signed */
    return g_strdup_printf (_("Version %u · draft"), number);

  /* Translators: %u is the version of the agreement */
  return g_strdup_printf (_("Version %u"), number);
}

static DdAgreement *
get_selected (GtkDropDown *dropdown)
{
  return gtk_drop_down_get_selected_item (dropdown);
}

static void
clear_changes (DdAgreementCompareWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_box))) != NULL)
    gtk_box_remove (self->changes_box, child);
  self->n_changes = 0;
}

static GtkWidget *
create_change (const DdAgreementChange *change)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (change->label);
  GtkWidget *text = gtk_label_new (NULL);
  g_autofree char *markup = dd_agreement_change_to_markup (change);
  const char *kind = NULL;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "dd-compare-change");

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_box_append (GTK_BOX (card), heading);

  if (change->old_text == NULL)
    kind = _("Added");
  else if (change->new_text == NULL)
    kind = _("Removed");
  if (kind != NULL)
    {
      GtkWidget *badge = gtk_label_new (kind);

      gtk_label_set_xalign (GTK_LABEL (badge), 0);
      gtk_widget_add_css_class (badge, "caption");
      gtk_widget_add_css_class (badge, "dim-label");
      gtk_box_append (GTK_BOX (card), badge);
    }

  gtk_label_set_markup (GTK_LABEL (text), markup);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (text),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (card), text);

  return card;
}

static void
compare (DdAgreementCompareWindow *self)
{
  DdAgreement *older = get_selected (self->older_dropdown);
  DdAgreement *newer = get_selected (self->newer_dropdown);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *subtitle = NULL;

  clear_changes (self);

  if (older == NULL || newer == NULL || older == newer)
    {
      adw_window_title_set_subtitle (self->window_title, "");
      adw_status_page_set_title (self->same_page, _("Choose Two Versions"));
      adw_status_page_set_description (self->same_page,
                                       _("Choose an older and a newer version to see what changed between them."));
      gtk_stack_set_visible_child_name (self->stack, "same");
      return;
    }

  /* Whichever way round they were chosen, read from the older. */
  if (dd_agreement_get_version (older) > dd_agreement_get_version (newer))
    {
      DdAgreement *swap = older;

      older = newer;
      newer = swap;
    }

  /* Translators: the versions compared, e.g. "Version 1 → Version 2" */
  subtitle = g_strdup_printf (_("Version %u → Version %u"),
                              dd_agreement_get_version (older), dd_agreement_get_version (newer));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  changes = dd_agreement_compare (older, newer);
  for (guint i = 0; i < changes->len; i++)
    gtk_box_append (self->changes_box, create_change (g_ptr_array_index (changes, i)));
  self->n_changes = changes->len;

  if (changes->len == 0)
    {
      adw_status_page_set_title (self->same_page, _("No Changes"));
      adw_status_page_set_description (self->same_page, _("The two versions say the same."));
      gtk_stack_set_visible_child_name (self->stack, "same");
      return;
    }

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u change from version %u to version %u",
                                          "%u changes from version %u to version %u",
                                          changes->len),
                             changes->len, dd_agreement_get_version (older), dd_agreement_get_version (newer));
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, "changes");
}

static guint
find_version (DdAgreementCompareWindow *self,
              guint                     version)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->versions));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DdAgreement) item = g_list_model_get_item (G_LIST_MODEL (self->versions), i);

      if (dd_agreement_get_version (item) == version)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
dd_agreement_compare_window_dispose (GObject *object)
{
  DdAgreementCompareWindow *self = (DdAgreementCompareWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DD_TYPE_AGREEMENT_COMPARE_WINDOW);
  g_clear_object (&self->versions);

  G_OBJECT_CLASS (dd_agreement_compare_window_parent_class)->dispose (object);
}

static void
dd_agreement_compare_window_class_init (DdAgreementCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_agreement_compare_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-agreement-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DdAgreementCompareWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementCompareWindow, older_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementCompareWindow, newer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementCompareWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementCompareWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementCompareWindow, changes_box);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementCompareWindow, same_page);
  gtk_widget_class_bind_template_callback (widget_class, compare);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dd_agreement_compare_window_init (DdAgreementCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dd_agreement_compare_window_new:
 * @versions: (element-type DdAgreement): the versions of the agreement
 *
 * Shows what changed from the previous version to the newest.
 *
 * Returns: (transfer none): the window, not yet presented
 */
DdAgreementCompareWindow *
dd_agreement_compare_window_new (GtkWindow  *parent,
                                 GListModel *versions)
{
  DdAgreementCompareWindow *self;
  g_autoptr(GtkExpression) label = NULL;
  GtkSorter *sorter;
  guint n;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (versions), NULL);

  self = g_object_new (DD_TYPE_AGREEMENT_COMPARE_WINDOW,
                       "transient-for", parent,
                       NULL);

  sorter = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (DD_TYPE_AGREEMENT, NULL, "version")));
  self->versions = gtk_sort_list_model_new (g_object_ref (versions), sorter);

  label = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                       G_CALLBACK (dup_version_label), NULL, NULL);
  gtk_drop_down_set_expression (self->older_dropdown, label);
  gtk_drop_down_set_expression (self->newer_dropdown, label);

  /* The previous version against the newest, before any is compared. */
  g_signal_handlers_block_by_func (self->older_dropdown, compare, self);
  g_signal_handlers_block_by_func (self->newer_dropdown, compare, self);
  gtk_drop_down_set_model (self->older_dropdown, G_LIST_MODEL (self->versions));
  gtk_drop_down_set_model (self->newer_dropdown, G_LIST_MODEL (self->versions));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->versions));
  gtk_drop_down_set_selected (self->older_dropdown, n >= 2 ? n - 2 : 0);
  gtk_drop_down_set_selected (self->newer_dropdown, n >= 1 ? n - 1 : 0);
  g_signal_handlers_unblock_by_func (self->older_dropdown, compare, self);
  g_signal_handlers_unblock_by_func (self->newer_dropdown, compare, self);
  compare (self);

  /* Not on the first change's words, which would select them all. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->older_dropdown));

  return self;
}

/* Compares the versions numbered @older_version and @newer_version. */
void
dd_agreement_compare_window_select (DdAgreementCompareWindow *self,
                                    guint                     older_version,
                                    guint                     newer_version)
{
  guint older, newer;

  g_return_if_fail (DD_IS_AGREEMENT_COMPARE_WINDOW (self));

  older = find_version (self, older_version);
  newer = find_version (self, newer_version);
  g_return_if_fail (older != GTK_INVALID_LIST_POSITION && newer != GTK_INVALID_LIST_POSITION);

  g_signal_handlers_block_by_func (self->older_dropdown, compare, self);
  g_signal_handlers_block_by_func (self->newer_dropdown, compare, self);
  gtk_drop_down_set_selected (self->older_dropdown, older);
  gtk_drop_down_set_selected (self->newer_dropdown, newer);
  g_signal_handlers_unblock_by_func (self->older_dropdown, compare, self);
  g_signal_handlers_unblock_by_func (self->newer_dropdown, compare, self);
  compare (self);
}

/* How many changes are listed. */
guint
dd_agreement_compare_window_get_n_changes (DdAgreementCompareWindow *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_COMPARE_WINDOW (self), 0);

  return self->n_changes;
}

/* The box of changes: a card each, its heading then its words. */
GtkWidget *
dd_agreement_compare_window_get_changes_box (DdAgreementCompareWindow *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_COMPARE_WINDOW (self), NULL);

  return GTK_WIDGET (self->changes_box);
}
