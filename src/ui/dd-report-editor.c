/* dd-report-editor.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Edits one report: the title block as rows, the sixteen sections as
 * large text areas, the recommendations, the appendices, then the
 * approval, publication, redaction and decision blocks with their
 * actions, under a banner that says what happens next.
 *
 * Changes are saved as they are typed: the report's ::changed starts a
 * short timer, and each save is one transaction. What is locked (signed
 * content, a signed-off redaction) is shown read-only; the store refuses
 * it anyway.
 *
 * The decision sheet's preview, export and print are in
 * dd-report-editor-sheet.c.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-history-window.h"
#include "dd-report-editor-private.h"
#include "dd-ui-util.h"
#include "dd-section-editor.h"
#include "dd-signature-form.h"
#include "dd-window.h"

/* How long typing may pause before it is saved. */
#define SAVE_DELAY_MS 400

G_DEFINE_FINAL_TYPE (DdReportEditor, dd_report_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_state    (DdReportEditor *self);
static void refresh_history (DdReportEditor *self);

static DdReportStore *
get_store (DdReportEditor *self)
{
  return self->context != NULL ? dd_context_get_report_store (self->context) : NULL;
}

static void
toast (DdReportEditor *self,
       const char     *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), DD_TYPE_WINDOW);

  if (window != NULL)
    dd_window_add_toast (DD_WINDOW (window), adw_toast_new (message));
}

void
dd_report_editor_show_error (DdReportEditor *self,
                             const char     *heading,
                             const GError   *error)
{
  dd_ui_show_error (GTK_WIDGET (self), heading, error->message);
}

/* Saves now what is waiting to be saved. */
static gboolean
save_now (DdReportEditor *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->report == NULL || get_store (self) == NULL)
    return TRUE;

  if (!dd_report_store_save (get_store (self), self->report, &error))
    {
      if (g_error_matches (error, DD_REPORT_ERROR, DD_REPORT_ERROR_LOCKED))
        {
          g_autoptr(GError) revert_error = NULL;
          gboolean was_loading = self->loading;

          self->loading = TRUE;
          if (!dd_report_store_revert (get_store (self), self->report, &revert_error))
            g_warning ("Could not read the report back: %s", revert_error->message);
          self->loading = was_loading;
        }

      toast (self, error->message);
      return FALSE;
    }

  refresh_history (self);
  return TRUE;
}

static gboolean
on_save_timeout (gpointer user_data)
{
  DdReportEditor *self = user_data;

  self->save_source = 0;
  save_now (self);

  return G_SOURCE_REMOVE;
}

static void
on_report_changed (DdReportEditor *self)
{
  if (self->loading)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
  update_state (self);
}

/* Dates: typed as people write them, kept as ISO, shown in full. */
static void
on_date_row_changed (AdwEntryRow    *row,
                     DdReportEditor *self)
{
  DdReportField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "dd-field"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  GDate date;

  if (self->loading || self->report == NULL)
    return;

  if (*text == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      dd_report_set_field (self->report, field, "");
    }
  else if (dd_date_parse (text, &date))
    {
      g_autofree char *iso = dd_date_to_iso (&date);

      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      dd_report_set_field (self->report, field, iso);
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static void
show_date (AdwEntryRow   *row,
           DdReport      *report,
           DdReportField  field)
{
  const char *iso = dd_report_get_field (report, field);
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

  shown = dd_date_format_long (iso);
  gtk_editable_set_text (GTK_EDITABLE (row), shown);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
show_classification (DdReportEditor *self)
{
  const char *classification = dd_report_get_classification (self->report);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->classifications));

  for (guint i = 0; i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (self->classifications, i), classification))
      {
        adw_combo_row_set_selected (self->classification_row, i);
        return;
      }

  /* A legacy wording not in the office's list: offer it too. */
  gtk_string_list_append (self->classifications, classification);
  adw_combo_row_set_selected (self->classification_row, n);
}

static void
on_classification_selected (DdReportEditor *self)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (self->classification_row);

  if (self->loading || self->report == NULL || item == NULL)
    return;

  dd_report_set_field (self->report, DD_REPORT_FIELD_CLASSIFICATION, gtk_string_object_get_string (item));
}

static char *
dup_recommendations_text (DdReport *report)
{
  return g_strjoinv ("\n", (char **) dd_report_get_recommendations (report));
}

static void
show_recommendations (DdReportEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->recommendations_view);
  g_autofree char *text = dup_recommendations_text (self->report);
  g_autofree char *current = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  /* The same items as typed (blank lines aside): leave the buffer be. */
  lines = g_strsplit (current, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (items, lines[i]);
  g_ptr_array_add (items, NULL);

  if (g_strv_equal ((const char * const *) items->pdata, dd_report_get_recommendations (self->report)))
    return;

  gtk_text_buffer_set_text (buffer, text, -1);
}

static void
on_recommendations_edited (DdReportEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->recommendations_view);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GtkTextIter start, end;

  if (self->loading || self->report == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (items, lines[i]);
  g_ptr_array_add (items, NULL);

  dd_report_set_recommendations (self->report, (const char * const *) items->pdata);
}

static void
on_report_notify (DdReportEditor *self,
                  GParamSpec     *pspec)
{
  const char *name = g_param_spec_get_name (pspec);
  gboolean was_loading = self->loading;

  if (self->report == NULL)
    return;

  /* Showing what the report says is not an edit of it. */
  self->loading = TRUE;
  if (g_str_equal (name, "date"))
    show_date (self->date_row, self->report, DD_REPORT_FIELD_DATE);
  else if (g_str_equal (name, "redaction-date"))
    show_date (self->redaction_date_row, self->report, DD_REPORT_FIELD_REDACTION_DATE);
  else if (g_str_equal (name, "classification"))
    show_classification (self);
  else if (g_str_equal (name, "recommendations"))
    show_recommendations (self);
  self->loading = was_loading;
}

static gboolean
publication_to_selected (GBinding     *binding,
                         const GValue *from,
                         GValue       *to,
                         gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_publication (GBinding     *binding,
                         const GValue *from,
                         GValue       *to,
                         gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > DD_PUBLICATION_NO)
    return FALSE;

  g_value_set_enum (to, selected);
  return TRUE;
}

static char *
dup_signature_summary (DdReport      *report,
                       DdReportField  name,
                       DdReportField  date,
                       int            role)
{
  g_autofree char *when = dd_date_format_long (dd_report_get_field (report, date));
  const char *who = dd_report_get_field (report, name);

  if (role >= 0 && *dd_report_get_field (report, role) != '\0')
    /* Translators: name, role — date */
    return g_strdup_printf (_("%s, %s — %s"), who, dd_report_get_field (report, role), when);

  /* Translators: name — date */
  return g_strdup_printf (_("%s — %s"), who, when);
}

static void
show_signature (AdwActionRow  *row,
                DdReport      *report,
                DdSignatory    signatory,
                DdReportField  name,
                DdReportField  date,
                int            role,
                const char    *unsigned_text)
{
  g_autofree char *summary = NULL;

  if (!dd_report_is_signed_by (report, signatory))
    {
      adw_action_row_set_subtitle (row, unsigned_text);
      return;
    }

  summary = dup_signature_summary (report, name, date, role);
  adw_action_row_set_subtitle (row, summary);
}

static void
show_decision (DdReportEditor *self)
{
  DdReport *report = self->report;
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;

  if (!dd_report_is_signed_by (report, DD_SIGNATORY_DECISION_MAKER))
    {
      adw_action_row_set_subtitle (self->decision_row, _("No decision yet"));
      return;
    }

  summary = dup_signature_summary (report, DD_REPORT_FIELD_DECISION_NAME, DD_REPORT_FIELD_DECISION_DATE,
                                   DD_REPORT_FIELD_DECISION_ROLE);

  if (dd_report_get_decision (report) == DD_DECISION_AGREED)
    /* Translators: %s is "name, role — date" */
    text = g_strdup_printf (_("I agree the recommendations to this report. %s"), summary);
  else
    /* Translators: the reasons, then "name, role — date" */
    text = g_strdup_printf (_("I do not agree the recommendations to this report, because: %s. %s"),
                            dd_report_get_field (report, DD_REPORT_FIELD_DECISION_REASONS), summary);

  adw_action_row_set_subtitle (self->decision_row, text);
}

/* Everything that depends on where the report stands. */
static void
update_state (DdReportEditor *self)
{
  DdReport *report = self->report;
  DdReportStatus status;
  gboolean content_editable;
  gboolean publication_editable;
  gboolean redaction_editable;
  gboolean decided;
  g_autofree char *next_step = NULL;
  GtkWidget *content_rows[] = {
    GTK_WIDGET (self->title_row), GTK_WIDGET (self->area_row), GTK_WIDGET (self->report_by_name_row),
    GTK_WIDGET (self->report_by_role_row), GTK_WIDGET (self->chief_officer_row),
    GTK_WIDGET (self->date_row), GTK_WIDGET (self->enquiries_row),
  };

  if (report == NULL)
    return;

  status = dd_report_get_status (report);
  content_editable = dd_report_is_field_editable (report, DD_REPORT_FIELD_TITLE);
  publication_editable = dd_report_is_field_editable (report, DD_REPORT_FIELD_PUBLICATION_REASONS);
  redaction_editable = dd_report_is_field_editable (report, DD_REPORT_FIELD_REDACTION_DETAILS);
  decided = status == DD_REPORT_STATUS_AGREED || status == DD_REPORT_STATUS_NOT_AGREED;

  gtk_label_set_label (self->status_label, dd_report_status_get_label (status));
  next_step = dd_report_dup_next_step (report);
  gtk_label_set_label (self->next_step_label, next_step);

  gtk_widget_set_visible (self->submit_button, status == DD_REPORT_STATUS_DRAFT);
  gtk_widget_set_visible (self->send_button, status == DD_REPORT_STATUS_AWAITING_APPROVAL);
  gtk_widget_set_sensitive (self->send_button,
                            dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_EXECUTIVE) &&
                            dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER));
  gtk_widget_set_visible (self->return_button,
                          status == DD_REPORT_STATUS_AWAITING_APPROVAL && !dd_report_get_locked (report));
  gtk_widget_set_visible (self->publish_button, decided);
  gtk_widget_set_visible (self->withdraw_button,
                          status == DD_REPORT_STATUS_DRAFT || status == DD_REPORT_STATUS_AWAITING_APPROVAL ||
                          status == DD_REPORT_STATUS_AWAITING_DECISION);

  for (guint i = 0; i < G_N_ELEMENTS (content_rows); i++)
    gtk_editable_set_editable (GTK_EDITABLE (content_rows[i]), content_editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->classification_row), content_editable);
  gtk_text_view_set_editable (self->recommendations_view, content_editable);
  gtk_widget_set_sensitive (self->attach_button, content_editable);

  for (guint i = 0; i < DD_REPORT_N_SECTIONS; i++)
    {
      dd_section_editor_set_editable (self->sections[i], content_editable);
      dd_section_editor_set_redaction_editable (self->sections[i], redaction_editable);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->publication_row), publication_editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->publication_reasons_row), publication_editable);
  gtk_widget_set_visible (GTK_WIDGET (self->publication_reasons_row),
                          dd_report_get_publication (report) == DD_PUBLICATION_NO);

  gtk_widget_set_sensitive (GTK_WIDGET (self->redact_sheet_switch), redaction_editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->redact_appendix_switch), redaction_editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->redaction_details_row), redaction_editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->redaction_date_row), redaction_editable);

  show_signature (self->chief_executive_row, report, DD_SIGNATORY_CHIEF_EXECUTIVE,
                  DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME, DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE, -1,
                  _("Not yet approved"));
  show_signature (self->chief_finance_officer_row, report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER,
                  DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE, -1,
                  _("Not yet approved"));
  show_signature (self->redaction_signed_row, report, DD_SIGNATORY_REDACTION,
                  DD_REPORT_FIELD_REDACTION_SIGNED_NAME, DD_REPORT_FIELD_REDACTION_SIGNED_DATE,
                  DD_REPORT_FIELD_REDACTION_SIGNED_ROLE,
                  dd_report_get_redaction_required (report) ? _("Not yet signed off") : _("No redaction required"));
  show_decision (self);

  gtk_widget_set_visible (self->chief_executive_sign_button,
                          status == DD_REPORT_STATUS_AWAITING_APPROVAL &&
                          !dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_EXECUTIVE));
  gtk_widget_set_visible (self->chief_finance_officer_sign_button,
                          status == DD_REPORT_STATUS_AWAITING_APPROVAL &&
                          !dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER));
  gtk_widget_set_visible (self->chief_executive_withdraw_button,
                          (status == DD_REPORT_STATUS_AWAITING_APPROVAL || status == DD_REPORT_STATUS_AWAITING_DECISION) &&
                          dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_EXECUTIVE));
  gtk_widget_set_visible (self->chief_finance_officer_withdraw_button,
                          (status == DD_REPORT_STATUS_AWAITING_APPROVAL || status == DD_REPORT_STATUS_AWAITING_DECISION) &&
                          dd_report_is_signed_by (report, DD_SIGNATORY_CHIEF_FINANCE_OFFICER));
  gtk_widget_set_visible (self->decision_sign_button, status == DD_REPORT_STATUS_AWAITING_DECISION);
  gtk_widget_set_visible (self->decision_withdraw_button, decided);
  gtk_widget_set_visible (self->redaction_sign_button,
                          decided && dd_report_get_redaction_required (report) &&
                          !dd_report_is_signed_by (report, DD_SIGNATORY_REDACTION));
  gtk_widget_set_visible (self->redaction_withdraw_button,
                          decided && dd_report_is_signed_by (report, DD_SIGNATORY_REDACTION));
}

static char *
describe_appendix (DdReportAppendix *appendix)
{
  DdAgreement *agreement = dd_report_appendix_get_agreement (appendix);
  g_autofree char *size = NULL;

  if (dd_report_appendix_get_kind (appendix) == DD_APPENDIX_KIND_AGREEMENT)
    {
      if (agreement == NULL)
        return g_strdup (_("Data-sharing agreement"));
      /* Translators: an appendix: "Data-sharing agreement · version 2 · In force" */
      return g_strdup_printf (_("Data-sharing agreement · version %u · %s"), dd_agreement_get_version (agreement),
                              dd_agreement_get_frozen (agreement)
                                ? dd_agreement_status_get_label (dd_agreement_get_status (agreement))
                                : dd_agreement_status_get_label (DD_AGREEMENT_STATUS_DRAFT));
    }

  size = g_format_size (dd_report_appendix_get_size (appendix));
  return g_strdup_printf ("%s · %s", dd_report_appendix_get_file_name (appendix), size);
}

static GtkWidget *
create_appendix_row (gpointer item,
                     gpointer user_data)
{
  DdReportAppendix *appendix = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = describe_appendix (appendix);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dd_report_appendix_get_title (appendix));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Appendix"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Appendix"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "editor.remove-appendix");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", dd_report_appendix_get_id (appendix));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static GListModel *
list_history (DdReportEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  GListModel *entries;

  id = g_strdup_printf ("%" G_GINT64_FORMAT, dd_report_get_id (self->report));
  if (!(entries = dd_audit_log_list (dd_context_get_audit_log (self->context), "report", id, &error)))
    toast (self, error->message);

  return entries;
}

/* The editor shows the latest change; the whole history opens in its
 * own window (see dd-history-window.c for why). */
static void
refresh_history (DdReportEditor *self)
{
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(DdAuditEntry) latest = NULL;
  g_autofree char *what = NULL;
  g_autofree char *details = NULL;
  g_autofree char *description = NULL;
  guint n;

  if (self->report == NULL || self->context == NULL || !(entries = list_history (self)))
    return;

  n = g_list_model_get_n_items (entries);
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change recorded; the latest:",
                                              "%u changes recorded; the latest:", n), n);
  adw_preferences_group_set_description (self->history_group, description);

  if (n == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->history_row), _("No changes recorded"));
      adw_action_row_set_subtitle (self->history_row, "");
      return;
    }

  latest = g_list_model_get_item (entries, 0);
  dd_history_describe (latest, &what, &details);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->history_row), what);
  adw_action_row_set_subtitle (self->history_row, details);
}

static void
show_history_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DdReportEditor *self = DD_REPORT_EDITOR (widget);
  g_autoptr(GListModel) entries = NULL;
  DdHistoryWindow *window;

  if (self->report == NULL || self->context == NULL || !(entries = list_history (self)))
    return;

  window = dd_history_window_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                  dd_report_get_reference (self->report), entries);
  gtk_window_present (GTK_WINDOW (window));
}

static void
load_report (DdReportEditor *self)
{
  DdOfficeSettings *settings;
  g_autoptr(GError) error = NULL;

  self->loading = TRUE;

  g_binding_group_set_source (self->bindings, self->report);
  g_signal_group_set_target (self->signals, self->report);

  if (self->report != NULL && get_store (self) != NULL &&
      !dd_report_store_load_content (get_store (self), self->report, &error))
    toast (self, error->message);

  for (guint i = 0; i < DD_REPORT_N_SECTIONS; i++)
    dd_section_editor_set_section (self->sections[i],
                                   self->report ? dd_report_get_section (self->report, i + 1) : NULL);

  dd_report_editor_update_sheet (self);

  if (self->report != NULL)
    {
      settings = dd_context_get_office_settings (self->context);
      g_object_unref (self->classifications);
      self->classifications = gtk_string_list_new (dd_office_settings_get_classifications (settings));
      adw_combo_row_set_model (self->classification_row, G_LIST_MODEL (self->classifications));

      show_classification (self);
      show_date (self->date_row, self->report, DD_REPORT_FIELD_DATE);
      show_date (self->redaction_date_row, self->report, DD_REPORT_FIELD_REDACTION_DATE);
      show_recommendations (self);
      gtk_list_box_bind_model (self->appendices_list, dd_report_get_appendices (self->report),
                               create_appendix_row, self, NULL);
      update_state (self);
      refresh_history (self);

      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
    }
  else
    gtk_list_box_bind_model (self->appendices_list, NULL, NULL, NULL, NULL);

  self->loading = FALSE;
}

static gboolean
signatory_from_name (const char  *name,
                     DdSignatory *signatory)
{
  for (guint i = 0; i <= DD_SIGNATORY_REDACTION; i++)
    if (g_str_equal (name, dd_signatory_to_string (i)))
      {
        *signatory = i;
        return TRUE;
      }

  return FALSE;
}

static void
move_to (DdReportEditor *self,
         DdReportStatus  status,
         const char     *reason,
         const char     *failure_heading,
         const char     *done_message)
{
  g_autoptr(GError) error = NULL;

  if (self->report == NULL)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (!dd_report_store_move_to (get_store (self), self->report, status, reason, &error))
    {
      dd_report_editor_show_error (self, failure_heading, error);
      return;
    }

  update_state (self);
  refresh_history (self);
  toast (self, done_message);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  move_to (DD_REPORT_EDITOR (widget), DD_REPORT_STATUS_AWAITING_APPROVAL, NULL,
           _("Cannot Submit for Approval"), _("Submitted for approval"));
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_to (DD_REPORT_EDITOR (widget), DD_REPORT_STATUS_AWAITING_DECISION, NULL,
           _("Cannot Send for Decision"), _("Sent for decision"));
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_to (DD_REPORT_EDITOR (widget), DD_REPORT_STATUS_PUBLISHED, NULL,
           _("Cannot Publish"), _("Published"));
}

static void
return_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  move_to (DD_REPORT_EDITOR (widget), DD_REPORT_STATUS_DRAFT, NULL,
           _("Cannot Return to Draft"), _("Returned to draft"));
}

/* Asks why, then does it: the reason goes in the audit log. */
typedef void (*ReasonCallback) (DdReportEditor *self,
                                const char     *reason,
                                gpointer        data);

typedef struct
{
  DdReportEditor *editor;
  GtkEditable    *entry;
  ReasonCallback  callback;
  gpointer        data;
} ReasonRequest;

static void
on_reason_response (AdwMessageDialog *dialog,
                    const char       *response,
                    ReasonRequest    *request)
{
  if (g_str_equal (response, "confirm"))
    request->callback (request->editor, gtk_editable_get_text (request->entry), request->data);

  g_object_unref (request->editor);
  g_free (request);
}

static void
on_reason_changed (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "confirm", *reason != '\0');
}

static void
ask_reason (DdReportEditor *self,
            const char     *heading,
            const char     *body,
            const char     *confirm_label,
            ReasonCallback  callback,
            gpointer        data)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();
  ReasonRequest *request = g_new0 (ReasonRequest, 1);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "confirm", confirm_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "confirm");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  request->editor = g_object_ref (self);
  request->entry = GTK_EDITABLE (entry);
  request->callback = callback;
  request->data = data;

  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_reason_response), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
withdraw_report (DdReportEditor *self,
                 const char     *reason,
                 gpointer        data)
{
  move_to (self, DD_REPORT_STATUS_WITHDRAWN, reason, _("Cannot Withdraw"), _("Withdrawn"));
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DdReportEditor *self = DD_REPORT_EDITOR (widget);
  g_autofree char *heading = NULL;

  if (self->report == NULL)
    return;

  heading = g_strdup_printf (_("Withdraw %s?"), dd_report_get_reference (self->report));
  ask_reason (self, heading,
              _("A withdrawn report keeps its reference for ever and can no longer be changed."),
              _("_Withdraw"), withdraw_report, NULL);
}

static void
withdraw_signature (DdReportEditor *self,
                    const char     *reason,
                    gpointer        data)
{
  g_autoptr(GError) error = NULL;
  DdSignatory signatory = GPOINTER_TO_UINT (data);

  if (!dd_report_store_withdraw_signature (get_store (self), self->report, signatory, reason, &error))
    {
      dd_report_editor_show_error (self, _("Cannot Withdraw the Signature"), error);
      return;
    }

  update_state (self);
  refresh_history (self);
  toast (self, _("Signature withdrawn"));
}

static void
withdraw_signature_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  DdReportEditor *self = DD_REPORT_EDITOR (widget);
  g_autofree char *heading = NULL;
  DdSignatory signatory;

  if (self->report == NULL || !signatory_from_name (g_variant_get_string (parameter, NULL), &signatory))
    return;

  /* Translators: %s is who signed, e.g. "Chief Finance Officer" */
  heading = g_strdup_printf (_("Withdraw the Signature: %s?"), dd_signatory_get_label (signatory));
  ask_reason (self, heading,
              _("Withdrawing a signature unlocks the report so it can be changed. "
                "The withdrawal and its reason are kept in the history."),
              _("_Withdraw Signature"), withdraw_signature, GUINT_TO_POINTER (signatory));
}

typedef struct
{
  DdReportEditor  *editor;
  DdSignatureForm *form;
  DdSignatory      signatory;
} SignRequest;

static void
on_sign_response (AdwMessageDialog *dialog,
                  const char       *response,
                  SignRequest      *request)
{
  DdReportEditor *self = request->editor;

  if (g_str_equal (response, "record") && self->report != NULL)
    {
      g_autoptr(GError) error = NULL;
      DdSignature signature;

      dd_signature_form_get_signature (request->form, &signature);
      g_clear_handle_id (&self->save_source, g_source_remove);

      if (!dd_report_store_sign (get_store (self), self->report, request->signatory, &signature, &error))
        dd_report_editor_show_error (self, _("Cannot Record the Signature"), error);
      else
        {
          update_state (self);
          refresh_history (self);
          toast (self, _("Signature recorded"));
        }
    }

  g_object_unref (request->editor);
  g_free (request);
}

static void
on_form_valid (DdSignatureForm  *form,
               GParamSpec       *pspec,
               AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "record", dd_signature_form_get_valid (form));
}

static void
sign_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DdReportEditor *self = DD_REPORT_EDITOR (widget);
  DdOfficeSettings *settings;
  DdSignatureForm *form;
  SignRequest *request;
  GtkWidget *dialog;
  const char *heading;
  g_autofree char *body = NULL;
  DdSignatory signatory;

  if (self->report == NULL || !signatory_from_name (g_variant_get_string (parameter, NULL), &signatory))
    return;

  settings = dd_context_get_office_settings (self->context);

  switch (signatory)
    {
    case DD_SIGNATORY_CHIEF_EXECUTIVE:
      heading = _("Record the Chief Executive’s Approval");
      break;
    case DD_SIGNATORY_CHIEF_FINANCE_OFFICER:
      heading = _("Record the Chief Finance Officer’s Approval");
      break;
    case DD_SIGNATORY_DECISION_MAKER:
      heading = _("Record the Decision");
      break;
    case DD_SIGNATORY_REDACTION:
    default:
      heading = _("Sign Off the Redaction");
      break;
    }

  /* Translators: %s is the report's reference and title */
  body = g_strdup_printf (_("%s: %s. Once recorded, the report’s content is locked."),
                          dd_report_get_reference (self->report), dd_report_get_title (self->report));

  form = dd_signature_form_new (signatory, dd_office_settings_get_decision_maker_roles (settings));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (form));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "record",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "record",
                                           dd_signature_form_get_valid (form));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (form, "notify::valid", G_CALLBACK (on_form_valid), dialog, 0);

  request = g_new0 (SignRequest, 1);
  request->editor = g_object_ref (self);
  request->form = form;
  request->signatory = signatory;
  g_signal_connect (dialog, "response", G_CALLBACK (on_sign_response), request);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_attach_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(DdReportEditor) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);

  if (file == NULL || self->report == NULL)
    return;

  if (!(info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                                  G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                                  G_FILE_QUERY_INFO_NONE, NULL, &error)) ||
      !(bytes = g_file_load_bytes (file, NULL, NULL, &error)))
    {
      dd_report_editor_show_error (self, _("Cannot Attach the File"), error);
      return;
    }

  name = g_strdup (g_file_info_get_display_name (info));
  save_now (self);

  if (!dd_report_store_attach_file (get_store (self), self->report, name, name,
                                    g_file_info_get_content_type (info), bytes, &error))
    {
      dd_report_editor_show_error (self, _("Cannot Attach the File"), error);
      return;
    }

  refresh_history (self);
}

static void
attach_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Attach File"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Attach"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_attach_response), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
attach_agreement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  DdReportEditor *self = DD_REPORT_EDITOR (widget);
  DdAgreementStore *agreements;
  g_autoptr(DdAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;

  if (self->report == NULL || self->context == NULL ||
      !(agreements = dd_context_get_agreement_store (self->context)))
    return;

  agreement = dd_agreement_store_get_current (agreements, &error);
  if (agreement == NULL && error == NULL)
    g_set_error_literal (&error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_NOT_FOUND,
                         _("There is no data-sharing agreement yet: start one on the Agreement page."));
  save_now (self);
  if (agreement == NULL ||
      !dd_report_store_attach_agreement (get_store (self), self->report, agreement, NULL, &error))
    {
      dd_report_editor_show_error (self, _("Cannot Attach the Agreement"), error);
      return;
    }

  refresh_history (self);
}

static void
remove_appendix_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DdReportEditor *self = DD_REPORT_EDITOR (widget);
  GListModel *appendices;
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;

  if (self->report == NULL)
    return;

  appendices = dd_report_get_appendices (self->report);
  for (guint i = 0; i < g_list_model_get_n_items (appendices); i++)
    {
      g_autoptr(DdReportAppendix) appendix = g_list_model_get_item (appendices, i);

      if (dd_report_appendix_get_id (appendix) != id)
        continue;

      if (!dd_report_store_remove_appendix (get_store (self), self->report, appendix, &error))
        dd_report_editor_show_error (self, _("Cannot Remove the Appendix"), error);
      else
        refresh_history (self);
      return;
    }
}

static void
dd_report_editor_dispose (GObject *object)
{
  DdReportEditor *self = (DdReportEditor *)object;

  if (self->save_source != 0)
    save_now (self);

  dd_report_editor_dispose_sheet (self);
  g_clear_object (&self->bindings);
  g_clear_object (&self->signals);
  g_clear_object (&self->report);
  g_clear_object (&self->context);
  g_clear_object (&self->classifications);

  gtk_widget_dispose_template (GTK_WIDGET (self), DD_TYPE_REPORT_EDITOR);
  /* The template's top box is not bound to a member: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL; )
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dd_report_editor_parent_class)->dispose (object);
}

static void
dd_report_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DdReportEditor *self = DD_REPORT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_report_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DdReportEditor *self = DD_REPORT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      dd_report_editor_set_context (self, g_value_get_object (value));
      break;

    case PROP_REPORT:
      dd_report_editor_set_report (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_report_editor_class_init (DdReportEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_report_editor_dispose;
  object_class->get_property = dd_report_editor_get_property;
  object_class->set_property = dd_report_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         DD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL,
                         DD_TYPE_REPORT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DD_TYPE_SECTION_EDITOR);
  g_type_ensure (DD_TYPE_SHEET_PREVIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-report-editor.ui");

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DdReportEditor, name)
  BIND (status_label);
  BIND (next_step_label);
  BIND (submit_button);
  BIND (send_button);
  BIND (publish_button);
  BIND (return_button);
  BIND (withdraw_button);
  BIND (scroller);
  BIND (reference_row);
  BIND (classification_row);
  BIND (title_row);
  BIND (area_row);
  BIND (report_by_name_row);
  BIND (report_by_role_row);
  BIND (chief_officer_row);
  BIND (date_row);
  BIND (enquiries_row);
  BIND (sections_box);
  BIND (recommendations_view);
  BIND (attach_button);
  BIND (appendices_list);
  BIND (chief_executive_row);
  BIND (chief_executive_sign_button);
  BIND (chief_executive_withdraw_button);
  BIND (chief_finance_officer_row);
  BIND (chief_finance_officer_sign_button);
  BIND (chief_finance_officer_withdraw_button);
  BIND (publication_group);
  BIND (publication_row);
  BIND (publication_reasons_row);
  BIND (redaction_group);
  BIND (redact_sheet_switch);
  BIND (redact_appendix_switch);
  BIND (redaction_details_row);
  BIND (redaction_date_row);
  BIND (redaction_signed_row);
  BIND (redaction_sign_button);
  BIND (redaction_withdraw_button);
  BIND (decision_row);
  BIND (decision_sign_button);
  BIND (decision_withdraw_button);
  BIND (history_group);
  BIND (history_row);
  BIND (sheet_preview);
  BIND (sheet_job_revealer);
  BIND (sheet_job_label);
  BIND (sheet_job_progress);
#undef BIND

  gtk_widget_class_install_action (widget_class, "editor.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "editor.send", NULL, send_action);
  gtk_widget_class_install_action (widget_class, "editor.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "editor.return", NULL, return_action);
  gtk_widget_class_install_action (widget_class, "editor.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "editor.sign", "s", sign_action);
  gtk_widget_class_install_action (widget_class, "editor.withdraw-signature", "s", withdraw_signature_action);
  gtk_widget_class_install_action (widget_class, "editor.attach", NULL, attach_action);
  gtk_widget_class_install_action (widget_class, "editor.attach-agreement", NULL, attach_agreement_action);
  gtk_widget_class_install_action (widget_class, "editor.remove-appendix", "x", remove_appendix_action);
  gtk_widget_class_install_action (widget_class, "editor.show-history", NULL, show_history_action);

  dd_report_editor_class_init_sheet (widget_class);
}

static void
dd_report_editor_init (DdReportEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->classifications = gtk_string_list_new (NULL);

  for (guint i = 0; i < DD_REPORT_N_SECTIONS; i++)
    {
      self->sections[i] = dd_section_editor_new ();
      gtk_box_append (self->sections_box, GTK_WIDGET (self->sections[i]));
    }

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "reference", self->reference_row, "subtitle", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->bindings, "title", self->title_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "area", self->area_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "report-by-name", self->report_by_name_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "report-by-role", self->report_by_role_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "chief-officer", self->chief_officer_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "enquiries-to", self->enquiries_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "publication-reasons", self->publication_reasons_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "redaction-details", self->redaction_details_row, "text",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "redact-decision-sheet", self->redact_sheet_switch, "active",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind (self->bindings, "redact-appendix", self->redact_appendix_switch, "active",
                        G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_binding_group_bind_full (self->bindings, "publication", self->publication_row, "selected",
                             G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
                             publication_to_selected, selected_to_publication, NULL, NULL);

  self->signals = g_signal_group_new (DD_TYPE_REPORT);
  g_signal_group_connect_swapped (self->signals, "changed", G_CALLBACK (on_report_changed), self);
  g_signal_group_connect_swapped (self->signals, "notify", G_CALLBACK (on_report_notify), self);

  g_object_set_data (G_OBJECT (self->date_row), "dd-field", GUINT_TO_POINTER (DD_REPORT_FIELD_DATE));
  g_object_set_data (G_OBJECT (self->redaction_date_row), "dd-field",
                     GUINT_TO_POINTER (DD_REPORT_FIELD_REDACTION_DATE));
  g_signal_connect (self->date_row, "changed", G_CALLBACK (on_date_row_changed), self);
  g_signal_connect (self->redaction_date_row, "changed", G_CALLBACK (on_date_row_changed), self);
  {
    GtkWidget *placeholder = gtk_label_new (_("No appendices"));

    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_widget_set_margin_top (placeholder, 12);
    gtk_widget_set_margin_bottom (placeholder, 12);
    gtk_list_box_set_placeholder (self->appendices_list, placeholder);
  }

  /* For tests, which walk the editor as a user would. */
  g_object_set_data (G_OBJECT (self), "dd-recommendations-view", self->recommendations_view);
  g_object_set_data (G_OBJECT (self), "dd-history-row", self->history_row);
  g_object_set_data (G_OBJECT (self), "dd-sheet-preview", self->sheet_preview);

  dd_report_editor_init_sheet (self);

  g_signal_connect_swapped (self->classification_row, "notify::selected",
                            G_CALLBACK (on_classification_selected), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->recommendations_view), "changed",
                            G_CALLBACK (on_recommendations_edited), self);
}

DdContext *
dd_report_editor_get_context (DdReportEditor *self)
{
  g_return_val_if_fail (DD_IS_REPORT_EDITOR (self), NULL);

  return self->context;
}

void
dd_report_editor_set_context (DdReportEditor *self,
                              DdContext      *context)
{
  g_return_if_fail (DD_IS_REPORT_EDITOR (self));

  if (!g_set_object (&self->context, context))
    return;

  dd_report_editor_update_sheet (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

DdReport *
dd_report_editor_get_report (DdReportEditor *self)
{
  g_return_val_if_fail (DD_IS_REPORT_EDITOR (self), NULL);

  return self->report;
}

/**
 * dd_report_editor_set_report:
 * @report: (nullable): the report to edit
 *
 * Saves what is pending for the report shown, then shows @report.
 */
void
dd_report_editor_set_report (DdReportEditor *self,
                             DdReport       *report)
{
  g_return_if_fail (DD_IS_REPORT_EDITOR (self));
  g_return_if_fail (!report || DD_IS_REPORT (report));

  if (self->report == report)
    return;

  dd_report_editor_flush (self);
  g_set_object (&self->report, report);
  load_report (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

/**
 * dd_report_editor_flush:
 *
 * Saves at once any change still waiting for the autosave.
 *
 * Returns: %FALSE if it could not be saved (the reason was shown)
 */
gboolean
dd_report_editor_flush (DdReportEditor *self)
{
  g_return_val_if_fail (DD_IS_REPORT_EDITOR (self), FALSE);

  if (self->save_source == 0)
    return TRUE;

  return save_now (self);
}
