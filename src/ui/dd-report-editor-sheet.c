/* dd-report-editor-sheet.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor's decision sheet: the preview of its first page, and the
 * actions that export it as a PDF (editor.export-sheet) and print it
 * (editor.print-sheet).
 *
 * Both ask which copy and which language first (DdSheetDialog), then
 * build the document in a worker thread from a copy of the report:
 * reports belong to the main thread, and a DdDocument to whichever
 * thread holds it. The window stays free to use meanwhile; work that
 * takes more than a moment shows a bar under the banner with its
 * progress and a Cancel button. An export writes the PDF in the same
 * thread and ends with a toast that opens it; a print hands the laid-out
 * document to the print dialog (DdPrintOperation), which only has to
 * draw it.
 *
 * Progress is not shown in a toast: libadwaita 1.2 frees a toast's
 * state twice when one is dismissed while it is still sliding in, which
 * a quick export would do. Toasts here are only ever added.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dd-core.h"
#include "dd-compat.h"
#include "dd-decision-sheet.h"
#include "dd-print-operation.h"
#include "dd-report-editor-private.h"
#include "dd-sheet-dialog.h"
#include "dd-ui-util.h"
#include "dd-window.h"

/* How often the progress bar is brought up to date, and how long work
 * runs before the bar is shown (quicker work never shows it). */
#define PROGRESS_INTERVAL_MS 100
#define PROGRESS_DELAY_MS    300

typedef struct
{
  DdReport    *report;        /* a copy: the thread's own */
  DdSheetCopy  copy;
  char        *language;
  char        *path;          /* where to write the PDF; NULL to print */
  char        *name;          /* the file's name, or the report's reference */
  DdDocument  *document;      /* laid out, to print */
  int          pages_done;    /* atomic: written so far */
  int          n_pages;       /* atomic: 0 until laid out */
} SheetJob;

static void
sheet_job_free (gpointer data)
{
  SheetJob *job = data;

  g_clear_object (&job->report);
  g_clear_object (&job->document);
  g_free (job->language);
  g_free (job->path);
  g_free (job->name);
  g_free (job);
}

/* Called by the writer, in the worker thread. */
static void
on_page_written (guint    pages_done,
                 guint    n_pages,
                 gpointer user_data)
{
  SheetJob *job = user_data;

  g_atomic_int_set (&job->n_pages, n_pages);
  g_atomic_int_set (&job->pages_done, pages_done);
}

static void
sheet_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SheetJob *job = task_data;
  g_autoptr(DdCatalog) catalog = NULL;
  g_autoptr(DdDocument) document = NULL;
  GError *error = NULL;

  if (!(catalog = dd_catalog_new (job->language, &error)) ||
      !(document = dd_decision_sheet_build (job->report, job->copy, catalog, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Laying the pages out is the long part of a print. */
  g_atomic_int_set (&job->n_pages, dd_document_get_n_pages (document));

  if (g_task_return_error_if_cancelled (task))
    return;

  if (job->path != NULL)
    {
      if (!dd_document_write_pdf (document, job->path, cancellable, on_page_written, job, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }
  else
    job->document = g_steal_pointer (&document);

  g_task_return_boolean (task, TRUE);
}

static const char *
get_office_language (DdReportEditor *self)
{
  if (self->context == NULL)
    return "en";

  return dd_office_settings_get_document_language (dd_context_get_office_settings (self->context));
}

/* Says how the work went. @toast: (transfer full) */
static void
update_actions (DdReportEditor *self)
{
  gboolean idle = self->sheet_cancellable == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.export-sheet", self->report != NULL && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.print-sheet", self->report != NULL && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.cancel-sheet", !idle);
}

static void
show_progress (DdReportEditor *self,
               SheetJob       *job)
{
  int n_pages = g_atomic_int_get (&job->n_pages);
  int pages_done = g_atomic_int_get (&job->pages_done);
  g_autofree char *text = NULL;

  if (job->path == NULL)
    /* Translators: %s is the report's reference */
    text = g_strdup_printf (_("Preparing the decision sheet of %s for printing…"), job->name);
  else
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("Exporting “%s”…"), job->name);

  if (g_strcmp0 (gtk_label_get_label (self->sheet_job_label), text) != 0)
    gtk_label_set_label (self->sheet_job_label, text);

  /* Laying out has no measure of its progress; writing has pages. */
  if (n_pages > 0 && job->path != NULL)
    gtk_progress_bar_set_fraction (self->sheet_job_progress, (double) pages_done / n_pages);
  else
    gtk_progress_bar_pulse (self->sheet_job_progress);
}

static gboolean
on_progress_tick (gpointer user_data)
{
  GTask *task = user_data;
  DdReportEditor *self = g_task_get_source_object (task);

  show_progress (self, g_task_get_task_data (task));

  if (g_get_monotonic_time () - self->sheet_started >= PROGRESS_DELAY_MS * G_TIME_SPAN_MILLISECOND)
    gtk_revealer_set_reveal_child (self->sheet_job_revealer, TRUE);

  return G_SOURCE_CONTINUE;
}

/* The work is over: no more progress to show. */
static void
finish_job (DdReportEditor *self)
{
  g_clear_handle_id (&self->sheet_progress_source, g_source_remove);
  g_clear_object (&self->sheet_cancellable);

  if (self->sheet_job_revealer != NULL)
    gtk_revealer_set_reveal_child (self->sheet_job_revealer, FALSE);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               DdReportEditor          *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        dd_report_editor_show_error (self, _("Cannot Print the Decision Sheet"), error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
}

static void
print_document (DdReportEditor *self,
                SheetJob       *job)
{
  g_autoptr(DdPrintOperation) operation = dd_print_operation_new (job->document);
  g_autofree char *file_name = dd_decision_sheet_dup_file_name (job->report, job->copy);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  /* The name the printer's queue shows: the file's, without ".pdf". */
  if (g_str_has_suffix (file_name, ".pdf"))
    file_name[strlen (file_name) - strlen (".pdf")] = '\0';
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (operation), file_name);

  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), self->print_settings);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (operation), TRUE);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                    &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    dd_report_editor_show_error (self, _("Cannot Print the Decision Sheet"), error);
}

static void
on_sheet_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  DdReportEditor *self = DD_REPORT_EDITOR (object);
  GTask *task = G_TASK (result);
  SheetJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  AdwToast *done;
  gboolean written;

  /* The editor went away meanwhile: nobody to tell. */
  if (self->sheet_cancellable == NULL || g_task_get_cancellable (task) != self->sheet_cancellable)
    return;

  written = g_task_propagate_boolean (task, &error);
  finish_job (self);
  update_actions (self);

  if (!written)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          done = adw_toast_new (job->path != NULL ? _("Export cancelled") : _("Printing cancelled"));
          dd_ui_announce_toast (GTK_WIDGET (self), done);
        }
      else
        dd_report_editor_show_error (self,
                                     job->path != NULL ? _("Cannot Export the Decision Sheet")
                                                       : _("Cannot Print the Decision Sheet"),
                                     error);
      return;
    }

  if (job->path == NULL)
    {
      print_document (self, job);
      return;
    }

  dd_ui_announce_export (GTK_WIDGET (self), job->path, _("Cannot Open the Decision Sheet"));
}

/* Exports to @path, or prints when @path is %NULL. */
static void
start_job (DdReportEditor *self,
           const char     *path,
           DdSheetCopy     copy,
           const char     *language)
{
  g_autoptr(GTask) task = NULL;
  SheetJob *job;

  if (self->report == NULL || self->sheet_cancellable != NULL)
    return;

  job = g_new0 (SheetJob, 1);
  job->report = dd_report_copy (self->report);
  job->copy = copy;
  job->language = g_strdup (language);
  job->path = g_strdup (path);
  job->name = path != NULL ? g_filename_display_basename (path) : g_strdup (dd_report_get_reference (self->report));

  self->sheet_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->sheet_cancellable, on_sheet_done, NULL);
  g_task_set_source_tag (task, start_job);
  /* What the thread did, not what was asked after: a PDF written just
   * before Cancel was pressed is there, and said to be. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, sheet_job_free);

  self->sheet_started = g_get_monotonic_time ();
  gtk_progress_bar_set_fraction (self->sheet_job_progress, 0);
  show_progress (self, job);
  self->sheet_progress_source = g_timeout_add_full (G_PRIORITY_DEFAULT, PROGRESS_INTERVAL_MS,
                                                    on_progress_tick, g_object_ref (task), g_object_unref);
  update_actions (self);

  g_task_run_in_thread (task, sheet_thread);
}

static void
on_export_file_chosen (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(DdReportEditor) self = user_data;
  DdSheetCopy copy = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "dd-copy"));
  g_autofree char *language = g_strdup (g_object_get_data (G_OBJECT (dialog), "dd-language"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);

  if (file == NULL || self->report == NULL)
    return;

  if ((path = g_file_get_path (file)) == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("The chosen location is not a file on this computer; "
                                                       "choose a local folder."));

      dd_report_editor_show_error (self, _("Cannot Export the Decision Sheet"), error);
      return;
    }

  g_clear_object (&self->export_folder);
  self->export_folder = g_file_get_parent (file);
  start_job (self, path, copy, language);
}

static void
on_export_dialog_response (DdSheetDialog  *dialog,
                           const char     *response,
                           DdReportEditor *self)
{
  DdSheetCopy copy = dd_sheet_dialog_get_copy (dialog);
  const char *language = dd_sheet_dialog_get_language (dialog);
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *chooser;
  const char *test_path;

  if (!g_str_equal (response, "continue") || self->report == NULL)
    return;

  /* TEST HOOK: the UI tests set "dd-test-export-path" to export there,
   * as they cannot answer the native file chooser. Nothing else sets it. */
  if ((test_path = g_object_get_data (G_OBJECT (self), "dd-test-export-path")) != NULL)
    {
      start_job (self, test_path, copy, language);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Export Decision Sheet"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  name = dd_decision_sheet_dup_file_name (self->report, copy);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (self->export_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), self->export_folder, NULL);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_object_set_data (G_OBJECT (chooser), "dd-copy", GUINT_TO_POINTER (copy));
  g_object_set_data_full (G_OBJECT (chooser), "dd-language", g_strdup (language), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_print_dialog_response (DdSheetDialog  *dialog,
                          const char     *response,
                          DdReportEditor *self)
{
  if (g_str_equal (response, "continue"))
    start_job (self, NULL, dd_sheet_dialog_get_copy (dialog), dd_sheet_dialog_get_language (dialog));
}

static void
ask_copy (DdReportEditor       *self,
          DdSheetDialogPurpose  purpose)
{
  DdSheetDialog *dialog;

  if (self->report == NULL || self->sheet_cancellable != NULL)
    return;

  /* The sheet shows what is saved: save what is still being typed. */
  if (!dd_report_editor_flush (self))
    return;

  dialog = dd_sheet_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                self->report, purpose, get_office_language (self));
  g_signal_connect_object (dialog, "response",
                           purpose == DD_SHEET_DIALOG_PRINT ? G_CALLBACK (on_print_dialog_response)
                                                            : G_CALLBACK (on_export_dialog_response),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_sheet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DdReportEditor *self = DD_REPORT_EDITOR (widget);

  if (self->sheet_cancellable != NULL)
    g_cancellable_cancel (self->sheet_cancellable);
}

static void
export_sheet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ask_copy (DD_REPORT_EDITOR (widget), DD_SHEET_DIALOG_EXPORT);
}

static void
print_sheet_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ask_copy (DD_REPORT_EDITOR (widget), DD_SHEET_DIALOG_PRINT);
}

void
dd_report_editor_class_init_sheet (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.export-sheet", NULL, export_sheet_action);
  gtk_widget_class_install_action (widget_class, "editor.print-sheet", NULL, print_sheet_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel-sheet", NULL, cancel_sheet_action);
}

void
dd_report_editor_init_sheet (DdReportEditor *self)
{
  self->sheet_bindings = g_binding_group_new ();
  g_binding_group_bind (self->sheet_bindings, "document-language", self->sheet_preview, "language",
                        G_BINDING_SYNC_CREATE);
  update_actions (self);
}

void
dd_report_editor_dispose_sheet (DdReportEditor *self)
{
  if (self->sheet_cancellable != NULL)
    g_cancellable_cancel (self->sheet_cancellable);
  finish_job (self);
  g_clear_object (&self->sheet_bindings);
  g_clear_object (&self->export_folder);
  g_clear_object (&self->print_settings);
}

/* After the report or the context changed. */
void
dd_report_editor_update_sheet (DdReportEditor *self)
{
  if (self->sheet_bindings == NULL)
    return;

  g_binding_group_set_source (self->sheet_bindings,
                              self->context != NULL ? dd_context_get_office_settings (self->context) : NULL);
  dd_sheet_preview_set_report (self->sheet_preview, self->report);
  update_actions (self);
}
