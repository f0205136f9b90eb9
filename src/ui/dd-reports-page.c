/* dd-reports-page.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of decision reports and the editor, side by side on a
 * wide screen and one after the other on a narrow one (AdwLeaflet).
 *
 * The register is a GtkColumnView over a DdReportList: the database
 * sorts, filters and searches, so ten thousand reports cost what is on
 * screen. GTK 4.8 cannot tell which column a header click sorts by, so
 * each column has a sorter that only records that it was asked first;
 * comparing two stand-in items with the view's sorter then gives the
 * column and the direction, which the list hands to SQL.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-compat.h"
#include "dd-report-editor.h"
#include "dd-reports-page.h"
#include "dd-window.h"
#include "import/dd-report-importer.h"

struct _DdReportsPage
{
  DdPage               parent_instance;

  DdReportList        *list;
  GtkSingleSelection  *selection;
  GtkStringList       *years_model;
  GArray              *years;
  DdReport            *deleted;
  DdReport            *probe_a;
  DdReport            *probe_b;
  int                  probed_sort;
  GCancellable        *cancellable;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkWidget           *register_box;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *year_dropdown;
  GtkStack            *register_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *reference_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *classification_column;
  GtkColumnViewColumn *decision_column;
  GtkLabel            *editor_title;
  GtkStack            *editor_stack;
  DdReportEditor      *editor;
};

G_DEFINE_FINAL_TYPE (DdReportsPage, dd_reports_page, DD_TYPE_PAGE)

static DdReportStore *
get_store (DdReportsPage *self)
{
  DdContext *context = dd_page_get_context (DD_PAGE (self));

  return context != NULL ? dd_context_get_report_store (context) : NULL;
}

static void
toast (DdReportsPage *self,
       AdwToast      *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), DD_TYPE_WINDOW);

  if (window != NULL)
    dd_window_add_toast (DD_WINDOW (window), message);
  else
    g_object_unref (message);
}

static void
show_error (DdReportsPage *self,
            const char    *heading,
            const char    *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Closures of the column view's cells. */
static char *
format_date (GtkListItem *item,
             const char  *iso)
{
  return dd_date_format_long (iso);
}

static char *
format_status (GtkListItem    *item,
               DdReportStatus  status)
{
  return g_strdup (dd_report_status_get_label (status));
}

static char *
format_decision (GtkListItem *item,
                 DdDecision   decision)
{
  switch (decision)
    {
    case DD_DECISION_AGREED:
      return g_strdup (_("Agreed"));
    case DD_DECISION_NOT_AGREED:
      return g_strdup (_("Not agreed"));
    case DD_DECISION_NONE:
    default:
      return g_strdup ("");
    }
}

static void
update_register_stack (DdReportsPage *self)
{
  gboolean filtered;

  if (self->list == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    {
      gtk_stack_set_visible_child_name (self->register_stack, "list");
      return;
    }

  filtered = dd_report_list_get_search (self->list) != NULL ||
             dd_report_list_get_status (self->list) >= 0 ||
             dd_report_list_get_year (self->list) != 0;
  gtk_stack_set_visible_child_name (self->register_stack, filtered ? "no-results" : "empty");
}

static void
show_report (DdReportsPage *self,
             DdReport      *report)
{
  dd_report_editor_set_report (self->editor, report);
  gtk_stack_set_visible_child_name (self->editor_stack, report != NULL ? "editor" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.delete",
                                 report != NULL && dd_report_get_status (report) == DD_REPORT_STATUS_DRAFT &&
                                 !dd_report_get_locked (report));

  if (report != NULL)
    {
      g_autofree char *title = g_strdup_printf ("%s  %s", dd_report_get_reference (report),
                                                dd_report_get_title (report));

      gtk_label_set_label (self->editor_title, title);
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
    }
  else
    gtk_label_set_label (self->editor_title, "");
}

static void
on_selection_changed (DdReportsPage *self)
{
  DdReport *report = gtk_single_selection_get_selected_item (self->selection);

  /* A refresh may unselect for a moment; keep what is being edited. */
  if (report == NULL)
    return;

  show_report (self, report);
}

/* Selects @report in the register, clearing filters that hide it. */
gboolean
dd_reports_page_select (DdReportsPage *self,
                        DdReport      *report)
{
  guint position;

  g_return_val_if_fail (DD_IS_REPORTS_PAGE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);

  if (self->list == NULL)
    return FALSE;

  if (!dd_report_list_find (self->list, dd_report_get_id (report), &position))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      dd_report_list_set_search (self->list, NULL);
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      gtk_drop_down_set_selected (self->year_dropdown, 0);
      if (!dd_report_list_find (self->list, dd_report_get_id (report), &position))
        return FALSE;
    }

  gtk_single_selection_set_selected (self->selection, position);
  show_report (self, report);
  dd_column_view_scroll_to (self->column_view, position);

  return TRUE;
}

static void
on_search_changed (DdReportsPage *self)
{
  if (self->list != NULL)
    dd_report_list_set_search (self->list, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_filter_changed (DdReportsPage *self)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint year = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->list == NULL)
    return;

  dd_report_list_set_status (self->list, status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1);
  dd_report_list_set_year (self->list,
                           year == 0 || year == GTK_INVALID_LIST_POSITION || year > self->years->len
                             ? 0 : g_array_index (self->years, int, year - 1));
}

static void
refresh_years (DdReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = NULL;
  int selected_year = 0;
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);
  guint select_again = 0;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  if (get_store (self) == NULL || !(years = dd_report_store_list_years (get_store (self), &error)))
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->years->len)
    selected_year = g_array_index (self->years, int, selected - 1);

  /* Same years as shown: nothing to do. */
  if (years->len == self->years->len &&
      (years->len == 0 || memcmp (years->data, self->years->data, years->len * sizeof (int)) == 0))
    return;

  g_ptr_array_add (labels, g_strdup (_("All Years")));
  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);

      g_ptr_array_add (labels, g_strdup_printf ("%d", year));
      if (year == selected_year)
        select_again = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  g_array_unref (self->years);
  self->years = g_steal_pointer (&years);

  g_clear_object (&self->years_model);
  self->years_model = gtk_string_list_new ((const char * const *) labels->pdata);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (self->years_model));
  gtk_drop_down_set_selected (self->year_dropdown, select_again);
}

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GtkColumnViewColumn *column = user_data;
  DdReportsPage *self = g_object_get_data (G_OBJECT (column), "dd-page");

  if (self->probed_sort < 0)
    self->probed_sort = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "dd-sort"));

  return a == self->probe_a ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static void
on_sorter_changed (DdReportsPage *self)
{
  GtkSorter *sorter;
  GtkOrdering order;

  if (self->list == NULL || self->column_view == NULL)
    return;

  sorter = gtk_column_view_get_sorter (self->column_view);

  self->probed_sort = -1;
  order = gtk_sorter_compare (sorter, self->probe_a, self->probe_b);

  if (self->probed_sort < 0)
    dd_report_list_set_sort (self->list, DD_REPORT_SORT_DATE, TRUE);
  else
    dd_report_list_set_sort (self->list, self->probed_sort, order == GTK_ORDERING_LARGER);

  /* A click on a column orders by it, even while searching. */
  dd_report_list_set_rank_search (self->list, self->probed_sort < 0);
}

static void
setup_sorting (DdReportsPage *self)
{
  const struct {
    GtkColumnViewColumn *column;
    DdReportSort         sort;
  } columns[] = {
    { self->reference_column, DD_REPORT_SORT_REFERENCE },
    { self->title_column, DD_REPORT_SORT_TITLE },
    { self->date_column, DD_REPORT_SORT_DATE },
    { self->status_column, DD_REPORT_SORT_STATUS },
    { self->classification_column, DD_REPORT_SORT_CLASSIFICATION },
    { self->decision_column, DD_REPORT_SORT_DECISION },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (probe_compare, columns[i].column, NULL);

      g_object_set_data (G_OBJECT (columns[i].column), "dd-page", self);
      g_object_set_data (G_OBJECT (columns[i].column), "dd-sort", GINT_TO_POINTER (columns[i].sort));
      gtk_column_view_column_set_sorter (columns[i].column, GTK_SORTER (sorter));
    }

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);
}

static void
on_list_items_changed (DdReportsPage *self)
{
  update_register_stack (self);
}

static void
dd_reports_page_context_changed (DdPage *page)
{
  DdReportsPage *self = DD_REPORTS_PAGE (page);
  DdContext *context = dd_page_get_context (page);

  dd_report_editor_set_context (self->editor, context);
  show_report (self, NULL);

  g_clear_object (&self->list);
  if (context == NULL || get_store (self) == NULL)
    {
      gtk_single_selection_set_model (self->selection, NULL);
      return;
    }

  self->list = dd_report_list_new (get_store (self));
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_items_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (refresh_years), self,
                           G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));

  refresh_years (self);
  on_filter_changed (self);
  on_sorter_changed (self);
  update_register_stack (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DdReportsPage *self = DD_REPORTS_PAGE (widget);
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (get_store (self) == NULL)
    return;

  dd_report_editor_flush (self->editor);

  if (!(report = dd_report_store_create (get_store (self), NULL, &error)))
    {
      show_error (self, _("Cannot Create a Report"), error->message);
      return;
    }

  dd_reports_page_select (self, report);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DdReportsPage *self = DD_REPORTS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DdReportsPage *self = DD_REPORTS_PAGE (widget);
  g_autoptr(DdReport) report = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (report == NULL || get_store (self) == NULL)
    return;

  if (!dd_report_store_undelete (get_store (self), report, &error))
    {
      show_error (self, _("Cannot Restore the Report"), error->message);
      return;
    }

  dd_reports_page_select (self, report);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    DdReportsPage    *self)
{
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *undo;

  if (!g_str_equal (response, "delete"))
    return;

  report = g_object_ref (dd_report_editor_get_report (self->editor));
  dd_report_editor_flush (self->editor);

  if (!dd_report_store_delete (get_store (self), report, &error))
    {
      show_error (self, _("Cannot Delete the Report"), error->message);
      return;
    }

  show_report (self, NULL);
  g_set_object (&self->deleted, report);

  message = g_strdup_printf (_("%s deleted"), dd_report_get_reference (report));
  undo = adw_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "reports.undo-delete");
  toast (self, undo);
  dd_accessible_announce (GTK_WIDGET (self), message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DdReportsPage *self = DD_REPORTS_PAGE (widget);
  DdReport *report = dd_report_editor_get_report (self->editor);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (report == NULL)
    return;

  heading = g_strdup_printf (_("Delete %s?"), dd_report_get_reference (report));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("The draft and everything in it will be deleted. "
                                     "Its reference will not be given to another report."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Importing: the file is read in a thread, the report stored here. */
typedef struct
{
  char             *path;
  DdReportImporter *importer;
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_free (job->path);
  g_clear_object (&job->importer);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  DdReport *report = dd_report_importer_import_file (job->importer, job->path, cancellable, &error);

  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

static void
finish_import (DdReportsPage    *self,
               DdReport         *report,
               DdReportImporter *importer,
               gboolean          replace)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!dd_report_store_add (get_store (self), report, replace, &error))
    {
      show_error (self, _("Cannot Import the Report"), error->message);
      return;
    }

  dd_reports_page_select (self, report);

  if (dd_report_importer_get_unplaced (importer)[0] != NULL)
    {
      g_autofree char *summary = dd_report_importer_dup_summary (importer);
      g_autofree char *heading = g_strdup_printf (_("Imported %s"), dd_report_get_reference (report));

      show_error (self, heading, summary);
      return;
    }

  message = g_strdup_printf (_("Imported %s"), dd_report_get_reference (report));
  toast (self, adw_toast_new (message));
}

typedef struct
{
  DdReport         *report;
  DdReportImporter *importer;
} ReplaceQuestion;

static void
on_replace_response (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  ReplaceQuestion *question = user_data;
  DdReportsPage *self = g_object_get_data (G_OBJECT (dialog), "dd-page");

  if (g_str_equal (response, "replace") && self != NULL)
    finish_import (self, question->report, question->importer, TRUE);

  g_object_unref (question->report);
  g_object_unref (question->importer);
  g_free (question);
}

static void
on_import_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DdReportsPage *self = DD_REPORTS_PAGE (object);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(DdReport) report = NULL;
  g_autoptr(DdReport) existing = NULL;
  g_autoptr(GError) error = NULL;

  if (!(report = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Cannot Import the Report"), error->message);
      return;
    }

  /* The same reference already: ask before replacing it. */
  existing = dd_report_store_find_by_reference (get_store (self), dd_report_get_reference (report), NULL);
  if (existing != NULL)
    {
      ReplaceQuestion *question = g_new0 (ReplaceQuestion, 1);
      g_autofree char *heading = g_strdup_printf (_("Replace %s?"), dd_report_get_reference (report));
      g_autofree char *body = g_strdup_printf (_("A report with the reference %s, “%s”, is already in "
                                                 "the register. Replacing it keeps its history."),
                                               dd_report_get_reference (existing),
                                               dd_report_get_title (existing));
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                  heading, body);

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Keep the Existing One"),
                                        "replace", _("_Replace"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

      question->report = g_steal_pointer (&report);
      question->importer = g_object_ref (job->importer);
      g_object_set_data_full (G_OBJECT (dialog), "dd-page", g_object_ref (self), g_object_unref);
      g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response), question);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  finish_import (self, report, job->importer, FALSE);
}

static void
import_file (DdReportsPage *self,
             const char    *path)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_import_done, NULL);
  ImportJob *job = g_new0 (ImportJob, 1);

  job->path = g_strdup (path);
  job->importer = dd_report_importer_new ();
  g_task_set_task_data (task, job, import_job_free);
  g_task_set_source_tag (task, import_file);
  g_task_run_in_thread (task, import_thread);
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(DdReportsPage) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);

  if (file == NULL || !(path = g_file_get_path (file)))
    return;

  import_file (self, path);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) reports = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import a Past Decision Report"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (reports, _("Word documents and text files"));
  gtk_file_filter_add_pattern (reports, "*.docx");
  gtk_file_filter_add_pattern (reports, "*.txt");
  gtk_file_filter_add_mime_type (reports, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  gtk_file_filter_add_mime_type (reports, "text/plain");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), reports);

  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_back_clicked (DdReportsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
dd_reports_page_dispose (GObject *object)
{
  DdReportsPage *self = (DdReportsPage *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  /* The columns go with the template; their sorters must not call back. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);

  if (self->editor != NULL)
    dd_report_editor_set_report (self->editor, NULL);

  /* Let the leaflet go with its pages before the template lets go of
   * them, or libadwaita unparents a page's child twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->years_model);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_object (&self->deleted);
  g_clear_object (&self->probe_a);
  g_clear_object (&self->probe_b);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (dd_reports_page_parent_class)->dispose (object);
}

static void
dd_reports_page_class_init (DdReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DdPageClass *page_class = DD_PAGE_CLASS (klass);

  object_class->dispose = dd_reports_page_dispose;
  page_class->context_changed = dd_reports_page_context_changed;

  g_type_ensure (DD_TYPE_REPORT);
  g_type_ensure (DD_TYPE_REPORT_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-reports-page.ui");

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DdReportsPage, name)
  BIND (leaflet);
  BIND (register_box);
  BIND (search_bar);
  BIND (search_entry);
  BIND (status_dropdown);
  BIND (year_dropdown);
  BIND (register_stack);
  BIND (column_view);
  BIND (reference_column);
  BIND (title_column);
  BIND (date_column);
  BIND (status_column);
  BIND (classification_column);
  BIND (decision_column);
  BIND (editor_title);
  BIND (editor_stack);
  BIND (editor);
#undef BIND

  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, format_date);
  gtk_widget_class_bind_template_callback (widget_class, format_status);
  gtk_widget_class_bind_template_callback (widget_class, format_decision);

  gtk_widget_class_install_action (widget_class, "reports.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "reports.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "reports.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "reports.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "reports.undo-delete", NULL, undo_delete_action);
}

static void
dd_reports_page_init (DdReportsPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->probe_a = dd_report_new ();
  self->probe_b = dd_report_new ();

  gtk_string_list_append (statuses, _("All Statuses"));
  for (guint i = 0; i <= DD_REPORT_STATUS_WITHDRAWN; i++)
    gtk_string_list_append (statuses, dd_report_status_get_label (i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);

  gtk_search_bar_set_key_capture_widget (self->search_bar, self->register_box);
  setup_sorting (self);
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.delete", FALSE);
}

/**
 * dd_reports_page_get_register:
 *
 * Returns: (transfer none): the reports the register lists
 */
GListModel *
dd_reports_page_get_register (DdReportsPage *self)
{
  g_return_val_if_fail (DD_IS_REPORTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

DdReportEditor *
dd_reports_page_get_editor (DdReportsPage *self)
{
  g_return_val_if_fail (DD_IS_REPORTS_PAGE (self), NULL);

  return self->editor;
}
