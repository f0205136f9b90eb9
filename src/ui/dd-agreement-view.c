/* dd-agreement-view.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One version of the agreement as a document: its title and parties,
 * then every field in groups (the parties and their contacts, purpose
 * and legal basis, platforms and access, terms of use, the people in
 * its roles, its dates), the numbered sections of its text and the User
 * Access Statement annexed to it.
 *
 * While the version is a draft, fields are entries and text views that
 * write to the DdAgreement as they are typed (the page saves it); dates
 * are read as people write them. Once signed, the version is frozen and
 * everything is read-only text that can be selected and copied. The
 * rows are made here from a table rather than in the template, so the
 * field labels are the core's own (the same as in the PDF and ddesk).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-agreement-section-editor.h"
#include "dd-agreement-text-editor.h"
#include "dd-agreement-view.h"

typedef enum
{
  GROUP_AGREEMENT,
  GROUP_PARTIES,
  GROUP_PURPOSE,
  GROUP_ACCESS,
  GROUP_TERMS,
  GROUP_PEOPLE,
  GROUP_DATES,
  N_GROUPS
} Group;

/* Where each field goes, in order; -1 stands for the platforms. */
static const struct
{
  int   field;
  Group group;
} layout[] = {
  { DD_AGREEMENT_FIELD_TITLE, GROUP_AGREEMENT },
  { DD_AGREEMENT_FIELD_REPORT_REFERENCE, GROUP_AGREEMENT },
  { DD_AGREEMENT_FIELD_OFFICE_PARTY, GROUP_PARTIES },
  { DD_AGREEMENT_FIELD_OFFICE_CONTACT, GROUP_PARTIES },
  { DD_AGREEMENT_FIELD_MOJ_PARTY, GROUP_PARTIES },
  { DD_AGREEMENT_FIELD_MOJ_CONTACT, GROUP_PARTIES },
  { DD_AGREEMENT_FIELD_PURPOSE, GROUP_PURPOSE },
  { DD_AGREEMENT_FIELD_LEGAL_BASIS, GROUP_PURPOSE },
  { -1, GROUP_ACCESS },
  { DD_AGREEMENT_FIELD_ACCESS_MODE, GROUP_ACCESS },
  { DD_AGREEMENT_FIELD_DATA_COVERED, GROUP_ACCESS },
  { DD_AGREEMENT_FIELD_LEVELS, GROUP_ACCESS },
  { DD_AGREEMENT_FIELD_TERMS_OF_USE, GROUP_TERMS },
  { DD_AGREEMENT_FIELD_BAU_CONTACT, GROUP_PEOPLE },
  { DD_AGREEMENT_FIELD_SRO, GROUP_PEOPLE },
  { DD_AGREEMENT_FIELD_DATE_SIGNED, GROUP_DATES },
  { DD_AGREEMENT_FIELD_START_DATE, GROUP_DATES },
  { DD_AGREEMENT_FIELD_REVIEW_DATE, GROUP_DATES },
  { DD_AGREEMENT_FIELD_END_DATE, GROUP_DATES },
};

typedef struct
{
  GtkWidget             *edit_row;     /* an AdwEntryRow, for one line */
  GtkWidget             *read_row;     /* the row shown once signed (or always, for text) */
  GtkLabel              *value_label;  /* one line, read */
  DdAgreementTextEditor *text_editor;  /* several lines, either way */
} FieldWidgets;

struct _DdAgreementView
{
  GtkWidget              parent_instance;

  DdAgreement           *agreement;
  GListModel            *sections;
  GSignalGroup          *signals;
  gboolean               editable;
  gboolean               loading;
  FieldWidgets           fields[DD_AGREEMENT_N_FIELDS];
  GtkWidget             *platform_checks[2];
  GtkWidget             *platform_rows[2];
  GtkWidget             *platforms_read_row;
  GtkLabel              *platforms_label;

  /* Template widgets */
  GtkLabel              *title_label;
  GtkLabel              *parties_label;
  AdwPreferencesGroup   *groups[N_GROUPS];
  GtkWidget             *add_section_button;
  GtkBox                *sections_box;
  GtkWidget             *sections_placeholder;
  DdAgreementTextEditor *statement_editor;
};

G_DEFINE_FINAL_TYPE (DdAgreementView, dd_agreement_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_AGREEMENT,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_REPORT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const DdPlatforms platforms[] = { DD_PLATFORMS_HUB, DD_PLATFORMS_SEGMENTATION };

/* A row that shows a field's label above its value, which can be
 * selected and wraps: the look of libadwaita's "property" rows, but
 * selectable, which AdwActionRow's subtitle is not before 1.3. */
static GtkWidget *
create_read_row (const char  *title,
                 GtkWidget   *value,
                 GtkWidget   *suffix)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title_label = gtk_label_new (title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dd-agreement-field");

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_widget_add_css_class (title_label, "caption");
  gtk_widget_add_css_class (title_label, "dim-label");

  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), value);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (outer), box);
  if (suffix != NULL)
    {
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (outer), suffix);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), outer);

  if (GTK_IS_LABEL (value))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (value),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, NULL,
                                    -1);

  return row;
}

static GtkLabel *
create_value_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  return GTK_LABEL (label);
}

static void
set_value (GtkLabel   *label,
           const char *value,
           const char *missing)
{
  if (value != NULL && *value != '\0')
    {
      gtk_label_set_label (label, value);
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
    }
  else
    {
      gtk_label_set_label (label, missing);
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
    }
}

static int
field_from_name (const char *name)
{
  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    if (g_str_equal (name, dd_agreement_field_get_name (i)))
      return i;

  return -1;
}

/* The decision report that approved the agreement, on the Reports page. */
static GtkWidget *
create_open_report_button (void)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Open the Decision Report"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open the Decision Report"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "view.open-report");

  return button;
}

static void
open_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DdAgreementView *self = DD_AGREEMENT_VIEW (widget);
  g_autofree char *reference = NULL;

  if (self->agreement == NULL)
    return;

  reference = g_strstrip (g_strdup (dd_agreement_get_field (self->agreement, DD_AGREEMENT_FIELD_REPORT_REFERENCE)));
  if (*reference != '\0')
    g_signal_emit (self, signals[OPEN_REPORT], 0, reference);
}

static void
update_open_report (DdAgreementView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.open-report",
                                 self->agreement != NULL &&
                                 *dd_agreement_get_field (self->agreement, DD_AGREEMENT_FIELD_REPORT_REFERENCE) != '\0');
}

/* Dates: typed as people write them, kept as ISO, shown in full. */
static void
show_date (AdwEntryRow *row,
           const char  *iso)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *shown = NULL;
  GDate date;

  /* What is typed already says this date: leave it as typed. */
  if (*iso != '\0' && dd_date_parse (text, &date))
    {
      g_autofree char *typed = dd_date_to_iso (&date);

      if (g_str_equal (typed, iso))
        return;
    }

  /* Something half typed that is not a date yet: leave it too. */
  if (*iso == '\0' && gtk_widget_has_css_class (GTK_WIDGET (row), "error"))
    return;

  shown = dd_date_format_long (iso);
  gtk_editable_set_text (GTK_EDITABLE (row), shown);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
show_title (DdAgreementView *self)
{
  const char *title = dd_agreement_get_field (self->agreement, DD_AGREEMENT_FIELD_TITLE);
  const char *office = dd_agreement_get_field (self->agreement, DD_AGREEMENT_FIELD_OFFICE_PARTY);
  const char *moj = dd_agreement_get_field (self->agreement, DD_AGREEMENT_FIELD_MOJ_PARTY);

  gtk_label_set_label (self->title_label, *title != '\0' ? title : _("Untitled Agreement"));

  if (*office != '\0' && *moj != '\0')
    {
      /* Translators: the parties to the agreement, e.g. "Between the
       * Office of the Police and Crime Commissioner and the Ministry of
       * Justice" */
      g_autofree char *parties = g_strdup_printf (_("Between %s and %s"), office, moj);

      gtk_label_set_label (self->parties_label, parties);
      gtk_widget_set_visible (GTK_WIDGET (self->parties_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->parties_label), FALSE);
}

static void
show_field (DdAgreementView  *self,
            DdAgreementField  field)
{
  FieldWidgets *widgets = &self->fields[field];
  const char *value = dd_agreement_get_field (self->agreement, field);
  gboolean was_loading = self->loading;

  /* Showing what the agreement says is not an edit of it. */
  self->loading = TRUE;

  if (widgets->text_editor != NULL)
    dd_agreement_text_editor_set_text (widgets->text_editor, value);
  else if (dd_agreement_field_is_date (field))
    {
      g_autofree char *shown = dd_date_format_long (value);

      set_value (widgets->value_label, shown,
                 field == DD_AGREEMENT_FIELD_DATE_SIGNED ? _("Not signed yet") : _("Not set"));
      if (widgets->edit_row != NULL)
        show_date (ADW_ENTRY_ROW (widgets->edit_row), value);
    }
  else
    {
      set_value (widgets->value_label, value, _("Not given"));
      if (widgets->edit_row != NULL &&
          g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widgets->edit_row)), value) != 0)
        gtk_editable_set_text (GTK_EDITABLE (widgets->edit_row), value);
    }

  if (field == DD_AGREEMENT_FIELD_TITLE || field == DD_AGREEMENT_FIELD_OFFICE_PARTY ||
      field == DD_AGREEMENT_FIELD_MOJ_PARTY)
    show_title (self);
  else if (field == DD_AGREEMENT_FIELD_REPORT_REFERENCE)
    update_open_report (self);

  self->loading = was_loading;
}

static void
show_platforms (DdAgreementView *self)
{
  DdPlatforms value = dd_agreement_get_platforms (self->agreement);
  g_autofree char *text = dd_platforms_to_string (value);
  gboolean was_loading = self->loading;

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->platform_checks[i]), (value & platforms[i]) != 0);
  set_value (self->platforms_label, text, _("None"));
  self->loading = was_loading;
}

static void
update_mode (DdAgreementView *self)
{
  gboolean editable = self->agreement != NULL && !dd_agreement_get_frozen (self->agreement);

  for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
    {
      FieldWidgets *widgets = &self->fields[i];

      if (widgets->text_editor != NULL)
        dd_agreement_text_editor_set_editable (widgets->text_editor, editable);
      if (widgets->edit_row != NULL)
        {
          gtk_widget_set_visible (widgets->edit_row, editable);
          gtk_widget_set_visible (widgets->read_row, !editable);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
    gtk_widget_set_visible (self->platform_rows[i], editable);
  gtk_widget_set_visible (self->platforms_read_row, !editable);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (DD_IS_AGREEMENT_SECTION_EDITOR (child))
      dd_agreement_section_editor_set_editable (DD_AGREEMENT_SECTION_EDITOR (child), editable);
  gtk_widget_set_visible (self->add_section_button, editable);

  if (self->editable != editable)
    {
      self->editable = editable;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
    }
}

static void
rebuild_sections (DdAgreementView *self)
{
  guint n = self->sections != NULL ? g_list_model_get_n_items (self->sections) : 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DdAgreementSection) section = g_list_model_get_item (self->sections, i);
      DdAgreementSectionEditor *editor = dd_agreement_section_editor_new (section, i + 1);

      dd_agreement_section_editor_set_editable (editor, self->editable);
      gtk_box_append (self->sections_box, GTK_WIDGET (editor));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sections_box), n > 0);
  gtk_widget_set_visible (self->sections_placeholder, n == 0);
}

static void
on_sections_changed (DdAgreementView *self,
                     guint            position,
                     guint            removed,
                     guint            added)
{
  rebuild_sections (self);
}

static void
on_agreement_notify (DdAgreementView *self,
                     GParamSpec      *pspec)
{
  const char *name = g_param_spec_get_name (pspec);
  int field;

  if (self->agreement == NULL)
    return;

  if ((field = field_from_name (name)) >= 0)
    show_field (self, field);
  else if (g_str_equal (name, "platforms"))
    show_platforms (self);
  else if (g_str_equal (name, "frozen"))
    update_mode (self);
}

static void
on_entry_row_changed (GtkEditable     *row,
                      DdAgreementView *self)
{
  DdAgreementField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "dd-field"));
  const char *text = gtk_editable_get_text (row);

  if (self->loading || !self->editable)
    return;

  if (!dd_agreement_field_is_date (field))
    {
      dd_agreement_set_field (self->agreement, field, text);
      return;
    }

  if (*text == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      dd_agreement_set_field (self->agreement, field, "");
    }
  else
    {
      GDate date;

      if (dd_date_parse (text, &date))
        {
          g_autofree char *iso = dd_date_to_iso (&date);

          gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
          dd_agreement_set_field (self->agreement, field, iso);
        }
      else
        gtk_widget_add_css_class (GTK_WIDGET (row), "error");
    }
}

static void
on_text_editor_changed (DdAgreementTextEditor *editor,
                        GParamSpec            *pspec,
                        DdAgreementView       *self)
{
  DdAgreementField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editor), "dd-field"));

  if (self->loading || !self->editable)
    return;

  dd_agreement_set_field (self->agreement, field, dd_agreement_text_editor_get_text (editor));
}

static void
on_platform_toggled (DdAgreementView *self)
{
  DdPlatforms value = DD_PLATFORMS_NONE;

  if (self->loading || !self->editable)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->platform_checks[i])))
      value |= platforms[i];

  dd_agreement_set_platforms (self->agreement, value);
}

static void
add_platform_rows (DdAgreementView     *self,
                   AdwPreferencesGroup *group)
{
  for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dd_platform_get_label (platforms[i]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("A platform this agreement covers"));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      dd_platform_get_label (platforms[i]), -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_platform_toggled), self, G_CONNECT_SWAPPED);

      self->platform_checks[i] = check;
      self->platform_rows[i] = row;
      adw_preferences_group_add (group, row);
    }

  self->platforms_label = create_value_label ();
  self->platforms_read_row = create_read_row (_("Platforms"), GTK_WIDGET (self->platforms_label), NULL);
  adw_preferences_group_add (group, self->platforms_read_row);
}

static void
add_field_rows (DdAgreementView     *self,
                DdAgreementField     field,
                AdwPreferencesGroup *group)
{
  FieldWidgets *widgets = &self->fields[field];
  const char *label = dd_agreement_field_get_label (field);

  if (dd_agreement_field_is_multiline (field))
    {
      widgets->text_editor = dd_agreement_text_editor_new ();
      dd_agreement_text_editor_set_label (widgets->text_editor, label);
      g_object_set_data (G_OBJECT (widgets->text_editor), "dd-field", GUINT_TO_POINTER (field));
      g_signal_connect_object (widgets->text_editor, "notify::text", G_CALLBACK (on_text_editor_changed),
                               self, 0);
      widgets->read_row = create_read_row (label, GTK_WIDGET (widgets->text_editor), NULL);
      adw_preferences_group_add (group, widgets->read_row);
      return;
    }

  /* The date signed is the signature's: only Sign sets it. */
  if (field != DD_AGREEMENT_FIELD_DATE_SIGNED)
    {
      widgets->edit_row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widgets->edit_row), label);
      g_object_set_data (G_OBJECT (widgets->edit_row), "dd-field", GUINT_TO_POINTER (field));
      g_signal_connect_object (widgets->edit_row, "changed", G_CALLBACK (on_entry_row_changed), self, 0);
      if (field == DD_AGREEMENT_FIELD_REPORT_REFERENCE)
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (widgets->edit_row), create_open_report_button ());
      adw_preferences_group_add (group, widgets->edit_row);
    }

  widgets->value_label = create_value_label ();
  widgets->read_row = create_read_row (label, GTK_WIDGET (widgets->value_label),
                                       field == DD_AGREEMENT_FIELD_REPORT_REFERENCE
                                       ? create_open_report_button () : NULL);
  adw_preferences_group_add (group, widgets->read_row);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DdAgreementView *self = DD_AGREEMENT_VIEW (widget);
  GtkWidget *last;

  if (self->agreement == NULL || !self->editable)
    return;

  dd_agreement_add_section (self->agreement, "", "");

  /* Straight to its heading. */
  if ((last = gtk_widget_get_last_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (dd_agreement_section_editor_get_heading_entry (DD_AGREEMENT_SECTION_EDITOR (last))));
}

static void
on_remove_response (AdwMessageDialog *dialog,
                    const char       *response,
                    DdAgreementView  *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "dd-position"));
  DdAgreement *agreement = g_object_get_data (G_OBJECT (dialog), "dd-agreement");

  if (!g_str_equal (response, "remove") || agreement != self->agreement || !self->editable ||
      position >= g_list_model_get_n_items (self->sections))
    return;

  dd_agreement_remove_section (self->agreement, position);
}

static void
remove_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DdAgreementView *self = DD_AGREEMENT_VIEW (widget);
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr(DdAgreementSection) section = NULL;
  g_autofree char *heading = NULL;
  const char *name;
  GtkWidget *dialog;

  if (self->agreement == NULL || !self->editable || position >= g_list_model_get_n_items (self->sections))
    return;

  section = g_list_model_get_item (self->sections, position);

  /* Nothing written in it: nothing to lose. */
  if (*dd_agreement_section_get_heading (section) == '\0' && *dd_agreement_section_get_text (section) == '\0')
    {
      dd_agreement_remove_section (self->agreement, position);
      return;
    }

  name = *dd_agreement_section_get_heading (section) != '\0'
         ? dd_agreement_section_get_heading (section) : _("Untitled section");
  /* Translators: %u is the number of a section of the agreement */
  heading = g_strdup_printf (_("Remove Section %u?"), position + 1);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, NULL);
  /* Translators: %s is the heading of a section of the agreement */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” and its text will be removed from this draft; the sections after it are numbered again."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "dd-position", GUINT_TO_POINTER (position));
  g_object_set_data_full (G_OBJECT (dialog), "dd-agreement", g_object_ref (self->agreement), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load_agreement (DdAgreementView *self)
{
  self->loading = TRUE;

  if (self->sections != NULL)
    g_signal_handlers_disconnect_by_func (self->sections, on_sections_changed, self);
  g_clear_object (&self->sections);

  g_signal_group_set_target (self->signals, self->agreement);

  if (self->agreement != NULL)
    {
      self->sections = g_object_ref (dd_agreement_get_sections (self->agreement));
      g_signal_connect_object (self->sections, "items-changed", G_CALLBACK (on_sections_changed), self,
                               G_CONNECT_SWAPPED);

      /* Date rows start afresh: no half-typed date from another version. */
      for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
        if (self->fields[i].edit_row != NULL)
          gtk_widget_remove_css_class (self->fields[i].edit_row, "error");

      for (guint i = 0; i < DD_AGREEMENT_N_FIELDS; i++)
        show_field (self, i);
      show_platforms (self);
    }

  update_mode (self);
  update_open_report (self);
  rebuild_sections (self);

  self->loading = FALSE;
}

static void
dd_agreement_view_dispose (GObject *object)
{
  DdAgreementView *self = (DdAgreementView *)object;

  if (self->sections != NULL)
    g_signal_handlers_disconnect_by_func (self->sections, on_sections_changed, self);
  g_clear_object (&self->sections);
  g_clear_object (&self->signals);
  g_clear_object (&self->agreement);

  gtk_widget_dispose_template (GTK_WIDGET (self), DD_TYPE_AGREEMENT_VIEW);
  /* The template's top box is not bound to a member: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL; )
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dd_agreement_view_parent_class)->dispose (object);
}

static void
dd_agreement_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DdAgreementView *self = DD_AGREEMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_AGREEMENT:
      g_value_set_object (value, self->agreement);
      break;

    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_agreement_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DdAgreementView *self = DD_AGREEMENT_VIEW (object);

  switch (prop_id)
    {
    case PROP_AGREEMENT:
      dd_agreement_view_set_agreement (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_agreement_view_class_init (DdAgreementViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_agreement_view_dispose;
  object_class->get_property = dd_agreement_view_get_property;
  object_class->set_property = dd_agreement_view_set_property;

  properties[PROP_AGREEMENT] =
    g_param_spec_object ("agreement", NULL, NULL,
                         DD_TYPE_AGREEMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DdAgreementView::open-report:
   * @reference: the reference of the decision report that approved the
   *   agreement, such as "039-23"
   *
   * Asks for that report to be shown.
   */
  signals[OPEN_REPORT] =
    g_signal_new ("open-report", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (DD_TYPE_AGREEMENT_TEXT_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-agreement-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DdAgreementView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementView, parties_label);
  gtk_widget_class_bind_template_child_full (widget_class, "agreement_group", FALSE,
                                             G_STRUCT_OFFSET (DdAgreementView, groups[GROUP_AGREEMENT]));
  gtk_widget_class_bind_template_child_full (widget_class, "parties_group", FALSE,
                                             G_STRUCT_OFFSET (DdAgreementView, groups[GROUP_PARTIES]));
  gtk_widget_class_bind_template_child_full (widget_class, "purpose_group", FALSE,
                                             G_STRUCT_OFFSET (DdAgreementView, groups[GROUP_PURPOSE]));
  gtk_widget_class_bind_template_child_full (widget_class, "access_group", FALSE,
                                             G_STRUCT_OFFSET (DdAgreementView, groups[GROUP_ACCESS]));
  gtk_widget_class_bind_template_child_full (widget_class, "terms_group", FALSE,
                                             G_STRUCT_OFFSET (DdAgreementView, groups[GROUP_TERMS]));
  gtk_widget_class_bind_template_child_full (widget_class, "people_group", FALSE,
                                             G_STRUCT_OFFSET (DdAgreementView, groups[GROUP_PEOPLE]));
  gtk_widget_class_bind_template_child_full (widget_class, "dates_group", FALSE,
                                             G_STRUCT_OFFSET (DdAgreementView, groups[GROUP_DATES]));
  gtk_widget_class_bind_template_child (widget_class, DdAgreementView, add_section_button);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementView, sections_box);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementView, sections_placeholder);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementView, statement_editor);

  gtk_widget_class_install_action (widget_class, "view.add-section", NULL, add_section_action);
  gtk_widget_class_install_action (widget_class, "view.remove-section", "u", remove_section_action);
  gtk_widget_class_install_action (widget_class, "view.open-report", NULL, open_report_action);
}

static void
dd_agreement_view_init (DdAgreementView *self)
{
  FieldWidgets *statement = &self->fields[DD_AGREEMENT_FIELD_STATEMENT];

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (layout); i++)
    {
      if (layout[i].field < 0)
        add_platform_rows (self, self->groups[layout[i].group]);
      else
        add_field_rows (self, layout[i].field, self->groups[layout[i].group]);
    }

  statement->text_editor = self->statement_editor;
  dd_agreement_text_editor_set_label (statement->text_editor,
                                      dd_agreement_field_get_label (DD_AGREEMENT_FIELD_STATEMENT));
  g_object_set_data (G_OBJECT (statement->text_editor), "dd-field",
                     GUINT_TO_POINTER (DD_AGREEMENT_FIELD_STATEMENT));
  g_signal_connect_object (statement->text_editor, "notify::text", G_CALLBACK (on_text_editor_changed), self, 0);

  self->signals = g_signal_group_new (DD_TYPE_AGREEMENT);
  g_signal_group_connect_swapped (self->signals, "notify", G_CALLBACK (on_agreement_notify), self);

  load_agreement (self);
}

DdAgreement *
dd_agreement_view_get_agreement (DdAgreementView *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_VIEW (self), NULL);

  return self->agreement;
}

/**
 * dd_agreement_view_set_agreement:
 * @agreement: (nullable): the version to show
 */
void
dd_agreement_view_set_agreement (DdAgreementView *self,
                                 DdAgreement     *agreement)
{
  g_return_if_fail (DD_IS_AGREEMENT_VIEW (self));
  g_return_if_fail (!agreement || DD_IS_AGREEMENT (agreement));

  if (!g_set_object (&self->agreement, agreement))
    return;

  load_agreement (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREEMENT]);
}

/* Whether the version shown is a draft, and so typed into. */
gboolean
dd_agreement_view_get_editable (DdAgreementView *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_VIEW (self), FALSE);

  return self->editable;
}

/**
 * dd_agreement_view_get_field_widget:
 *
 * Returns: (transfer none): what shows @field now: its entry row while
 *   the version is a draft, its read-only row once signed; for text, the
 *   DdAgreementTextEditor
 */
GtkWidget *
dd_agreement_view_get_field_widget (DdAgreementView  *self,
                                    DdAgreementField  field)
{
  FieldWidgets *widgets;

  g_return_val_if_fail (DD_IS_AGREEMENT_VIEW (self), NULL);
  g_return_val_if_fail (field < DD_AGREEMENT_N_FIELDS, NULL);

  widgets = &self->fields[field];
  if (widgets->text_editor != NULL)
    return GTK_WIDGET (widgets->text_editor);
  if (self->editable && widgets->edit_row != NULL)
    return widgets->edit_row;

  return widgets->read_row;
}

/**
 * dd_agreement_view_get_platform_check:
 *
 * Returns: (transfer none): the check button that says whether the
 *   agreement covers @platform
 */
GtkWidget *
dd_agreement_view_get_platform_check (DdAgreementView *self,
                                      DdPlatforms      platform)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_VIEW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (platforms); i++)
    if (platforms[i] == platform)
      return self->platform_checks[i];

  g_return_val_if_reached (NULL);
}

/* The box of DdAgreementSectionEditors, in order. */
GtkWidget *
dd_agreement_view_get_sections_box (DdAgreementView *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_VIEW (self), NULL);

  return GTK_WIDGET (self->sections_box);
}
