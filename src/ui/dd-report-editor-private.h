/* dd-report-editor-private.h: what the parts of DdReportEditor share
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The editor is one class in two files: dd-report-editor.c edits the
 * report, dd-report-editor-sheet.c exports and prints its decision
 * sheet.
 */

#pragma once

#include "dd-report-editor.h"
#include "dd-section-editor.h"
#include "dd-sheet-preview.h"

G_BEGIN_DECLS

struct _DdReportEditor
{
  GtkWidget         parent_instance;

  DdContext        *context;
  DdReport         *report;
  GBindingGroup    *bindings;
  GSignalGroup     *signals;
  guint             save_source;
  gboolean          loading;
  DdSectionEditor  *sections[DD_REPORT_N_SECTIONS];
  GtkStringList    *classifications;

  /* Template widgets */
  GtkLabel         *status_label;
  GtkLabel         *next_step_label;
  GtkWidget        *submit_button;
  GtkWidget        *send_button;
  GtkWidget        *publish_button;
  GtkWidget        *return_button;
  GtkWidget        *withdraw_button;
  GtkScrolledWindow *scroller;
  AdwActionRow     *reference_row;
  AdwComboRow      *classification_row;
  AdwEntryRow      *title_row;
  AdwEntryRow      *area_row;
  AdwEntryRow      *report_by_name_row;
  AdwEntryRow      *report_by_role_row;
  AdwEntryRow      *chief_officer_row;
  AdwEntryRow      *date_row;
  AdwEntryRow      *enquiries_row;
  GtkBox           *sections_box;
  GtkTextView      *recommendations_view;
  GtkWidget        *attach_button;
  GtkListBox       *appendices_list;
  AdwActionRow     *chief_executive_row;
  GtkWidget        *chief_executive_sign_button;
  GtkWidget        *chief_executive_withdraw_button;
  AdwActionRow     *chief_finance_officer_row;
  GtkWidget        *chief_finance_officer_sign_button;
  GtkWidget        *chief_finance_officer_withdraw_button;
  GtkWidget        *publication_group;
  AdwComboRow      *publication_row;
  AdwEntryRow      *publication_reasons_row;
  GtkWidget        *redaction_group;
  GtkSwitch        *redact_sheet_switch;
  GtkSwitch        *redact_appendix_switch;
  AdwEntryRow      *redaction_details_row;
  AdwEntryRow      *redaction_date_row;
  AdwActionRow     *redaction_signed_row;
  GtkWidget        *redaction_sign_button;
  GtkWidget        *redaction_withdraw_button;
  AdwActionRow     *decision_row;
  GtkWidget        *decision_sign_button;
  GtkWidget        *decision_withdraw_button;
  AdwPreferencesGroup *history_group;
  AdwActionRow     *history_row;
  DdSheetPreview   *sheet_preview;
  GtkRevealer      *sheet_job_revealer;
  GtkLabel         *sheet_job_label;
  GtkProgressBar   *sheet_job_progress;

  /* The decision sheet (dd-report-editor-sheet.c) */
  GBindingGroup    *sheet_bindings;     /* office settings → preview */
  GCancellable     *sheet_cancellable;  /* while an export or a print is prepared */
  gint64            sheet_started;      /* when, in monotonic time */
  guint             sheet_progress_source;
  GFile            *export_folder;      /* where the last export went */
  GtkPrintSettings *print_settings;     /* the last print's */
};

void dd_report_editor_class_init_sheet (GtkWidgetClass *widget_class);
void dd_report_editor_init_sheet       (DdReportEditor *self);
void dd_report_editor_dispose_sheet    (DdReportEditor *self);
void dd_report_editor_update_sheet     (DdReportEditor *self);
void dd_report_editor_show_error       (DdReportEditor *self,
                                        const char     *heading,
                                        const GError   *error);

G_END_DECLS
