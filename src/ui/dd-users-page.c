/* dd-users-page.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of Designated Users: who may use the HMPPS Performance
 * Hub and Segmentation Tool, on what terms and since when. The list of
 * people (DdUserRow) beside the one chosen (DdUserDetail), in an
 * AdwLeaflet that folds on narrow windows, as the Reports page does.
 *
 * The register filters: the search box and the "Needs attention" toggle
 * become its DdUserFilter, and the list is asked for again whenever the
 * register or the agreement changes (a new version in force flags
 * everyone who signed an older statement). A register holds tens of
 * people, so a GtkListBox over the list is enough.
 *
 * The register exports as a PDF marked OFFICIAL-SENSITIVE, laid out here
 * and written in a worker thread, or as an .xlsx workbook, for audits.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-compat.h"
#include "dd-register-document.h"
#include "dd-user-detail.h"
#include "dd-user-dialog.h"
#include "dd-user-row.h"
#include "dd-ui-util.h"
#include "dd-users-page.h"
#include "dd-window.h"

struct _DdUsersPage
{
  DdPage             parent_instance;

  GListModel        *list;
  gint64             shown_id;       /* the user in the detail pane, or 0 */
  guint              attention_count;
  GCancellable      *cancellable;    /* of the export running, if any */
  GFile             *export_folder;

  /* Template widgets */
  AdwLeaflet        *leaflet;
  GtkWidget         *list_pane;
  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  GtkWidget         *filter_bar;
  GtkToggleButton   *attention_button;
  GtkLabel          *attention_count_label;
  GtkLabel          *count_label;
  GtkStack          *list_stack;
  GtkListBox        *list_box;
  AdwStatusPage     *no_results_page;
  GtkLabel          *detail_title;
  GtkStack          *detail_stack;
  DdUserDetail      *detail;
};

G_DEFINE_FINAL_TYPE (DdUsersPage, dd_users_page, DD_TYPE_PAGE)

static DdUserRegister *
get_register (DdUsersPage *self)
{
  DdContext *context = dd_page_get_context (DD_PAGE (self));

  return context != NULL ? dd_context_get_user_register (context) : NULL;
}

static void
show_error (DdUsersPage *self,
            const char  *heading,
            const char  *message)
{
  dd_ui_show_error (GTK_WIDGET (self), heading, message);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return dd_user_row_new (DD_DESIGNATED_USER (item));
}

static void
show_user (DdUsersPage      *self,
           DdDesignatedUser *user)
{
  self->shown_id = user != NULL ? dd_designated_user_get_id (user) : 0;
  dd_user_detail_set_user (self->detail, user);
  gtk_stack_set_visible_child_name (self->detail_stack, user != NULL ? "detail" : "none");
  gtk_label_set_label (self->detail_title, user != NULL ? dd_designated_user_get_full_name (user) : "");
}

static gboolean
find_user (DdUsersPage *self,
           gint64       id,
           guint       *position)
{
  guint n_items = self->list != NULL ? g_list_model_get_n_items (self->list) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DdDesignatedUser) user = g_list_model_get_item (self->list, i);

      if (dd_designated_user_get_id (user) == id)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
update_counts (DdUsersPage *self)
{
  DdUserRegister *users = get_register (self);
  DdUserFilter filter = { NULL, TRUE, -1 };
  g_autoptr(GListModel) attention = NULL;
  g_autofree char *count = NULL;
  g_autofree char *a11y = NULL;
  g_autofree char *shown = NULL;
  guint n_shown = self->list != NULL ? g_list_model_get_n_items (self->list) : 0;

  self->attention_count = 0;
  if (users != NULL && (attention = dd_user_register_list (users, &filter, NULL)) != NULL)
    self->attention_count = g_list_model_get_n_items (attention);

  count = g_strdup_printf ("%u", self->attention_count);
  gtk_label_set_label (self->attention_count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->attention_count_label), self->attention_count > 0);

  a11y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Show only the %u user who needs attention",
                                       "Show only the %u users who need attention",
                                       self->attention_count),
                          self->attention_count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->attention_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, a11y,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->attention_button), a11y);

  shown = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u user", "%u users", n_shown), n_shown);
  gtk_label_set_label (self->count_label, shown);
}

static void
update_stack (DdUsersPage *self,
              const GError *error)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean attention = gtk_toggle_button_get_active (self->attention_button);

  gtk_widget_set_visible (self->filter_bar, TRUE);

  if (error != NULL)
    {
      adw_status_page_set_icon_name (self->no_results_page, "dialog-error-symbolic");
      adw_status_page_set_title (self->no_results_page, _("Cannot Read the Register"));
      adw_status_page_set_description (self->no_results_page, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "no-results");
      return;
    }

  if (self->list != NULL && g_list_model_get_n_items (self->list) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (*search == '\0' && !attention)
    {
      /* Nobody yet: nothing to filter. */
      gtk_widget_set_visible (self->filter_bar, FALSE);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
      return;
    }

  if (*search == '\0' && attention)
    {
      adw_status_page_set_icon_name (self->no_results_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->no_results_page, _("Nobody Needs Attention"));
      adw_status_page_set_description (self->no_results_page,
                                       _("Everyone has signed the statement in force, and no review "
                                         "is overdue."));
    }
  else
    {
      adw_status_page_set_icon_name (self->no_results_page, "edit-find-symbolic");
      adw_status_page_set_title (self->no_results_page, _("No Matching Users"));
      adw_status_page_set_description (self->no_results_page,
                                       attention ? _("Try other words, or show everyone, not only "
                                                     "those who need attention.")
                                                 : _("Try another name or email address."));
    }
  gtk_stack_set_visible_child_name (self->list_stack, "no-results");
}

/* Asks the register for the list again, keeping the user shown. */
static void
refresh (DdUsersPage *self)
{
  DdUserRegister *users = get_register (self);
  g_autofree char *search = NULL;
  g_autoptr(GError) error = NULL;
  DdUserFilter filter = { NULL, FALSE, -1 };
  guint position;

  if (users == NULL)
    {
      gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
      g_clear_object (&self->list);
      show_user (self, NULL);
      update_stack (self, NULL);
      return;
    }

  search = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  filter.search = *search != '\0' ? search : NULL;
  filter.needs_attention = gtk_toggle_button_get_active (self->attention_button);

  g_clear_object (&self->list);
  self->list = dd_user_register_list (users, &filter, &error);
  gtk_list_box_bind_model (self->list_box, self->list, create_row, self, NULL);

  if (self->shown_id != 0)
    {
      if (find_user (self, self->shown_id, &position))
        {
          g_autoptr(DdDesignatedUser) user = g_list_model_get_item (self->list, position);

          gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box, position));
          show_user (self, user);
        }
      else
        {
          /* Filtered out of the list, but still theirs to read. */
          g_autoptr(DdDesignatedUser) user = dd_user_register_get (users, self->shown_id, NULL);

          show_user (self, user);
        }
    }

  update_counts (self);
  update_stack (self, error);
}

static void
on_row_activated (DdUsersPage   *self,
                  GtkListBoxRow *row)
{
  gtk_list_box_select_row (self->list_box, row);
  show_user (self, dd_user_row_get_user (DD_USER_ROW (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_search_changed (DdUsersPage *self)
{
  refresh (self);
}

static void
on_attention_toggled (DdUsersPage *self)
{
  refresh (self);
}

static void
on_back_clicked (DdUsersPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Folding the leaflet moves the focus out of the list, and the list box
 * selects the row the focus passes: show the user shown, selected. */
static void
on_leaflet_changed (DdUsersPage *self)
{
  guint position;

  if (self->shown_id != 0 && find_user (self, self->shown_id, &position))
    gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box, position));
  else
    gtk_list_box_unselect_all (self->list_box);
}

static void
dd_users_page_context_changed (DdPage *page)
{
  DdUsersPage *self = DD_USERS_PAGE (page);
  DdContext *context = dd_page_get_context (page);

  self->shown_id = 0;
  dd_user_detail_set_context (self->detail, context);

  if (context != NULL)
    {
      g_signal_connect_object (dd_context_get_user_register (context), "changed",
                               G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
      /* Who must re-sign follows the version in force. */
      g_signal_connect_object (dd_context_get_agreement_store (context), "changed",
                               G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
    }

  refresh (self);
}

/* Adding a user. */
static void
on_user_added (DdUsersPage      *self,
               DdDesignatedUser *user)
{
  g_autofree char *message = NULL;

  dd_users_page_select (self, user);

  /* Translators: %s is a user's name */
  message = g_strdup_printf (_("%s added to the register"), dd_designated_user_get_full_name (user));
  dd_ui_announce_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DdUsersPage *self = DD_USERS_PAGE (widget);
  DdUserDialog *dialog;

  if (get_register (self) == NULL)
    return;

  dialog = dd_user_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), get_register (self), NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_user_added), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DdUsersPage *self = DD_USERS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Exporting.
 *
 * Users belong to the main thread, so the register is read and the PDF
 * laid out here (tens of people: a moment); the worker thread only
 * writes the laid-out pages. The workbook is small enough to write at
 * once.
 */
typedef enum
{
  EXPORT_PDF,
  EXPORT_XLSX,
} ExportFormat;

typedef struct
{
  DdDocument *document;
  char       *path;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->document);
  g_free (job->path);
  g_free (job);
}

static void
update_export_actions (DdUsersPage *self)
{
  gboolean idle = self->cancellable == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "users.export-pdf", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "users.export-xlsx", idle);
}

static void
write_pdf_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (!dd_document_write_pdf (job->document, job->path, cancellable, NULL, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_pdf_written (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DdUsersPage *self = DD_USERS_PAGE (object);
  GTask *task = G_TASK (result);
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  /* The page went away meanwhile: nobody to tell. */
  if (self->cancellable == NULL || g_task_get_cancellable (task) != self->cancellable)
    return;

  g_clear_object (&self->cancellable);
  update_export_actions (self);

  if (!g_task_propagate_boolean (task, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Cannot Export the Register"), error->message);
      return;
    }

  dd_ui_announce_export (GTK_WIDGET (self), job->path, _("Cannot Open the Register"));
}

static const char *
get_office_language (DdUsersPage *self)
{
  DdContext *context = dd_page_get_context (DD_PAGE (self));

  if (context == NULL)
    return "en";

  return dd_office_settings_get_document_language (dd_context_get_office_settings (context));
}

static void
export_to (DdUsersPage  *self,
           ExportFormat  format,
           const char   *path)
{
  DdContext *context = dd_page_get_context (DD_PAGE (self));
  DdUserFilter everyone = { NULL, FALSE, -1 };
  g_autoptr(GListModel) users = NULL;
  g_autoptr(DdAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = dd_date_dup_today_iso ();

  if (context == NULL || self->cancellable != NULL)
    return;

  if (!(users = dd_user_register_list (get_register (self), &everyone, &error)))
    {
      show_error (self, _("Cannot Export the Register"), error->message);
      return;
    }

  /* No agreement in force is no reason not to export: it says so. */
  agreement = dd_agreement_store_get_in_force (dd_context_get_agreement_store (context), NULL);

  if (format == EXPORT_XLSX)
    {
      if (!dd_register_workbook_write (users, agreement, today, path, &error))
        {
          show_error (self, _("Cannot Export the Register"), error->message);
          return;
        }
      dd_ui_announce_export (GTK_WIDGET (self), path, _("Cannot Open the Register"));
    }
  else
    {
      g_autoptr(DdCatalog) catalog = NULL;
      g_autoptr(DdDocument) document = NULL;
      g_autoptr(GTask) task = NULL;
      ExportJob *job;

      if (!(catalog = dd_catalog_new (get_office_language (self), &error)) ||
          !(document = dd_register_document_build (users, agreement, today, catalog, &error)))
        {
          show_error (self, _("Cannot Export the Register"), error->message);
          return;
        }

      job = g_new0 (ExportJob, 1);
      job->document = g_steal_pointer (&document);
      job->path = g_strdup (path);

      self->cancellable = g_cancellable_new ();
      task = g_task_new (self, self->cancellable, on_pdf_written, NULL);
      g_task_set_source_tag (task, export_to);
      /* What the thread did, not what was asked after. */
      g_task_set_check_cancellable (task, FALSE);
      g_task_set_task_data (task, job, export_job_free);
      update_export_actions (self);
      g_task_run_in_thread (task, write_pdf_thread);
    }
}

static void
on_export_file_chosen (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(DdUsersPage) self = user_data;
  ExportFormat format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "dd-format"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);

  if (file == NULL)
    return;

  if ((path = g_file_get_path (file)) == NULL)
    {
      show_error (self, _("Cannot Export the Register"),
                  _("The chosen location is not a file on this computer; choose a local folder."));
      return;
    }

  g_clear_object (&self->export_folder);
  self->export_folder = g_file_get_parent (file);
  export_to (self, format, path);
}

static void
choose_export_file (DdUsersPage  *self,
                    ExportFormat  format)
{
  g_autofree char *today = dd_date_dup_today_iso ();
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  const char *test_path;

  if (dd_page_get_context (DD_PAGE (self)) == NULL || self->cancellable != NULL)
    return;

  /* TEST HOOK: the UI tests set "dd-test-export-path" to export there,
   * as they cannot answer the native file chooser. Nothing else sets it. */
  if ((test_path = g_object_get_data (G_OBJECT (self), "dd-test-export-path")) != NULL)
    {
      export_to (self, format, test_path);
      return;
    }

  chooser = gtk_file_chooser_native_new (format == EXPORT_PDF ? _("Export Register as PDF")
                                                              : _("Export Register as Spreadsheet"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  name = dd_register_dup_file_name (today, format == EXPORT_PDF ? "pdf" : "xlsx");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (self->export_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), self->export_folder, NULL);

  if (format == EXPORT_PDF)
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_pattern (filter, "*.pdf");
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Excel workbooks"));
      gtk_file_filter_add_pattern (filter, "*.xlsx");
      gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_object_set_data (G_OBJECT (chooser), "dd-format", GUINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  choose_export_file (DD_USERS_PAGE (widget), EXPORT_PDF);
}

static void
export_xlsx_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose_export_file (DD_USERS_PAGE (widget), EXPORT_XLSX);
}

static void
dd_users_page_dispose (GObject *object)
{
  DdUsersPage *self = (DdUsersPage *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);

  /* Let the leaflet go with its pages before the template lets go of
   * them, or libadwaita unparents a page's child twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  g_clear_object (&self->list);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export_folder);

  G_OBJECT_CLASS (dd_users_page_parent_class)->dispose (object);
}

static void
dd_users_page_class_init (DdUsersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DdPageClass *page_class = DD_PAGE_CLASS (klass);

  object_class->dispose = dd_users_page_dispose;
  page_class->context_changed = dd_users_page_context_changed;

  g_type_ensure (DD_TYPE_USER_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-users-page.ui");

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DdUsersPage, name)
  BIND (leaflet);
  BIND (list_pane);
  BIND (search_bar);
  BIND (search_entry);
  BIND (filter_bar);
  BIND (attention_button);
  BIND (attention_count_label);
  BIND (count_label);
  BIND (list_stack);
  BIND (list_box);
  BIND (no_results_page);
  BIND (detail_title);
  BIND (detail_stack);
  BIND (detail);
#undef BIND

  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_attention_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_changed);

  gtk_widget_class_install_action (widget_class, "users.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "users.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "users.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "users.export-xlsx", NULL, export_xlsx_action);
}

static void
dd_users_page_init (DdUsersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_bar_set_key_capture_widget (self->search_bar, self->list_pane);
  update_export_actions (self);
}

/**
 * dd_users_page_get_users:
 *
 * Returns: (transfer none) (nullable): the users the list shows
 */
GListModel *
dd_users_page_get_users (DdUsersPage *self)
{
  g_return_val_if_fail (DD_IS_USERS_PAGE (self), NULL);

  return self->list;
}

DdUserDetail *
dd_users_page_get_detail (DdUsersPage *self)
{
  g_return_val_if_fail (DD_IS_USERS_PAGE (self), NULL);

  return self->detail;
}

/**
 * dd_users_page_get_attention_count:
 *
 * Returns: how many users need attention, as the filter's button says
 */
guint
dd_users_page_get_attention_count (DdUsersPage *self)
{
  g_return_val_if_fail (DD_IS_USERS_PAGE (self), 0);

  return self->attention_count;
}

/**
 * dd_users_page_select:
 *
 * Shows @user in the detail pane and selects them in the list, clearing
 * the search and the filter if they hide them.
 *
 * Returns: whether @user is in the list
 */
gboolean
dd_users_page_select (DdUsersPage      *self,
                      DdDesignatedUser *user)
{
  guint position;

  g_return_val_if_fail (DD_IS_USERS_PAGE (self), FALSE);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), FALSE);

  if (!find_user (self, dd_designated_user_get_id (user), &position))
    {
      g_signal_handlers_block_by_func (self->search_entry, on_search_changed, self);
      g_signal_handlers_block_by_func (self->attention_button, on_attention_toggled, self);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_toggle_button_set_active (self->attention_button, FALSE);
      g_signal_handlers_unblock_by_func (self->attention_button, on_attention_toggled, self);
      g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed, self);
      refresh (self);

      if (!find_user (self, dd_designated_user_get_id (user), &position))
        return FALSE;
    }

  gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box, position));
  {
    g_autoptr(DdDesignatedUser) listed = g_list_model_get_item (self->list, position);

    show_user (self, listed);
  }
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  return TRUE;
}
