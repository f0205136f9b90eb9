/* dd-window.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-agreement-page.h"
#include "dd-compat.h"
#include "dd-hub-data-page.h"
#include "dd-report-editor.h"
#include "dd-reports-page.h"
#include "dd-users-page.h"
#include "dd-window.h"

struct _DdWindow
{
  AdwApplicationWindow  parent_instance;

  DdContext            *context;
  GCancellable         *cancellable;
  char                 *backup_destination;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  DdPage               *reports_page;
  DdPage               *agreement_page;
  DdPage               *users_page;
  DdPage               *hub_data_page;
};

G_DEFINE_FINAL_TYPE (DdWindow, dd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
restore_window_state (DdWindow *self)
{
  GSettings *settings = dd_context_get_settings (self->context);

  if (settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));

  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (DdWindow *self)
{
  GSettings *settings = dd_context_get_settings (self->context);
  int width;
  int height;

  if (settings == NULL)
    return;

  /* While maximised, the default size is still the size to come back to. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
toast (DdWindow   *self,
       const char *message)
{
  dd_window_add_toast (self, adw_toast_new (message));
  dd_accessible_announce (GTK_WIDGET (self), message);
}

static void
show_error (DdWindow   *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_backup_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DdWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *destination = g_steal_pointer (&self->backup_destination);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup", TRUE);

  if (!dd_context_backup_finish (DD_CONTEXT (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Backup Failed"), error->message);
      return;
    }

  name = g_filename_display_basename (destination);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Database backed up to “%s”"), name);
  toast (self, message);
}

static void
on_backup_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  DdWindow *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }

  g_object_unref (dialog);

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  if (path == NULL)
    {
      show_error (self, _("Backup Failed"),
                  _("The chosen location is not a file on this computer; choose a local folder."));
      return;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup", FALSE);
  toast (self, _("Backing up the database…"));
  self->backup_destination = g_strdup (path);
  dd_context_backup_async (self->context, path, self->cancellable,
                           on_backup_done, g_object_ref (self));
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DdWindow *self = DD_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (_("Back Up Database"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Back Up"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  /* Translators: the suggested file name of a backup; %s is today's date */
  name = g_strdup_printf (_("decision-desk-backup-%s.db"), date);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);

  gtk_file_filter_set_name (filter, _("Decision Desk databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  g_signal_connect (dialog, "response", G_CALLBACK (on_backup_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DdWindow *self = DD_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No page called “%s”", name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, name);
}

/* Report actions reach the Reports page from anywhere in the window. */
static void
forward_to_reports (DdWindow   *self,
                    const char *action)
{
  adw_view_stack_set_visible_child_name (self->stack, "reports");
  gtk_widget_activate_action (GTK_WIDGET (self->reports_page), action, NULL);
}

static void
new_report_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  forward_to_reports (DD_WINDOW (widget), "reports.new");
}

static void
import_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  forward_to_reports (DD_WINDOW (widget), "reports.import");
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DdWindow *self = DD_WINDOW (widget);

  /* Ctrl+F searches the page shown: the register of reports or of users. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "users") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self->users_page), "users.search", NULL);
      return;
    }
  forward_to_reports (self, "reports.search");
}

/* The decision sheet of the report open on the Reports page, if it is
 * the page shown. */
static void
forward_to_editor (DdWindow   *self,
                   const char *action)
{
  DdReportEditor *editor = dd_reports_page_get_editor (DD_REPORTS_PAGE (self->reports_page));

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "reports") != 0 ||
      dd_report_editor_get_report (editor) == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (editor), action, NULL);
}

static void
export_sheet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DdWindow *self = DD_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->stack);

  /* Ctrl+E exports what the page shows: a report's decision sheet, the
   * agreement, or the register of users. */
  if (g_strcmp0 (page, "agreement") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->agreement_page), "agreement.export", NULL);
  else if (g_strcmp0 (page, "users") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->users_page), "users.export-pdf", NULL);
  else
    forward_to_editor (self, "editor.export-sheet");
}

static void
print_sheet_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  forward_to_editor (DD_WINDOW (widget), "editor.print-sheet");
}

static gboolean
dd_window_close_request (GtkWindow *window)
{
  DdWindow *self = DD_WINDOW (window);

  save_window_state (self);
  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (dd_window_parent_class)->close_request (window);
}

static void
dd_window_constructed (GObject *object)
{
  DdWindow *self = DD_WINDOW (object);
  DdPage *pages[] = {
    self->reports_page, self->agreement_page, self->users_page, self->hub_data_page,
  };

  G_OBJECT_CLASS (dd_window_parent_class)->constructed (object);

  g_assert (DD_IS_CONTEXT (self->context));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    dd_page_set_context (pages[i], self->context);

  restore_window_state (self);
}

static void
dd_window_dispose (GObject *object)
{
  DdWindow *self = (DdWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (dd_window_parent_class)->dispose (object);
}

static void
dd_window_finalize (GObject *object)
{
  DdWindow *self = (DdWindow *)object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->backup_destination, g_free);

  G_OBJECT_CLASS (dd_window_parent_class)->finalize (object);
}

static void
dd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DdWindow *self = DD_WINDOW (object);

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
dd_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DdWindow *self = DD_WINDOW (object);

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
dd_window_class_init (DdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = dd_window_constructed;
  object_class->dispose = dd_window_dispose;
  object_class->finalize = dd_window_finalize;
  object_class->get_property = dd_window_get_property;
  object_class->set_property = dd_window_set_property;

  window_class->close_request = dd_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         DD_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DD_TYPE_REPORTS_PAGE);
  g_type_ensure (DD_TYPE_AGREEMENT_PAGE);
  g_type_ensure (DD_TYPE_USERS_PAGE);
  g_type_ensure (DD_TYPE_HUB_DATA_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DdWindow, reports_page);
  gtk_widget_class_bind_template_child (widget_class, DdWindow, agreement_page);
  gtk_widget_class_bind_template_child (widget_class, DdWindow, users_page);
  gtk_widget_class_bind_template_child (widget_class, DdWindow, hub_data_page);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.new-report", NULL, new_report_action);
  gtk_widget_class_install_action (widget_class, "win.import-report", NULL, import_report_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.export-sheet", NULL, export_sheet_action);
  gtk_widget_class_install_action (widget_class, "win.print-sheet", NULL, print_sheet_action);
}

static void
dd_window_init (DdWindow *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

DdWindow *
dd_window_new (DdApplication *application,
               DdContext     *context)
{
  g_return_val_if_fail (DD_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (DD_IS_CONTEXT (context), NULL);

  return g_object_new (DD_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

DdContext *
dd_window_get_context (DdWindow *self)
{
  g_return_val_if_fail (DD_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * dd_window_get_visible_page:
 *
 * Returns: the name of the page shown: "reports", "agreement", "users"
 *   or "hub-data"
 */
const char *
dd_window_get_visible_page (DdWindow *self)
{
  g_return_val_if_fail (DD_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * dd_window_add_toast:
 * @toast: (transfer full): the toast
 */
void
dd_window_add_toast (DdWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (DD_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
