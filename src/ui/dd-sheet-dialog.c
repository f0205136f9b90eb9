/* dd-sheet-dialog.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asked before a decision sheet is exported or printed: the internal
 * copy or the publication copy, and the language to write it in (the
 * office's, from Preferences, unless chosen otherwise here). A report
 * that is not for publication has no publication copy: the choice is
 * there, greyed out, with the reason, so nobody wonders where it went.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-sheet-dialog.h"

struct _DdSheetDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  AdwActionRow     *internal_row;
  GtkCheckButton   *internal_button;
  AdwActionRow     *publication_row;
  GtkCheckButton   *publication_button;
  AdwComboRow      *language_row;
};

G_DEFINE_FINAL_TYPE (DdSheetDialog, dd_sheet_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* In the order of the language row's list. */
static const char * const languages[] = { "en", "cy" };

static void
dd_sheet_dialog_class_init (DdSheetDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-sheet-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DdSheetDialog, internal_row);
  gtk_widget_class_bind_template_child (widget_class, DdSheetDialog, internal_button);
  gtk_widget_class_bind_template_child (widget_class, DdSheetDialog, publication_row);
  gtk_widget_class_bind_template_child (widget_class, DdSheetDialog, publication_button);
  gtk_widget_class_bind_template_child (widget_class, DdSheetDialog, language_row);
}

static void
dd_sheet_dialog_init (DdSheetDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dd_sheet_dialog_new:
 * @report: the report whose sheet it is
 * @language: the language offered first, such as the office's ("en", "cy")
 *
 * The dialog answers "continue" or "cancel" (AdwMessageDialog::response).
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
DdSheetDialog *
dd_sheet_dialog_new (GtkWindow            *parent,
                     DdReport             *report,
                     DdSheetDialogPurpose  purpose,
                     const char           *language)
{
  DdSheetDialog *self;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  gboolean for_publication;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DD_IS_REPORT (report), NULL);
  g_return_val_if_fail (purpose <= DD_SHEET_DIALOG_PRINT, NULL);

  self = g_object_new (DD_TYPE_SHEET_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  dialog = ADW_MESSAGE_DIALOG (self);

  if (purpose == DD_SHEET_DIALOG_PRINT)
    {
      adw_message_dialog_set_heading (dialog, _("Print Decision Sheet"));
      adw_message_dialog_set_response_label (dialog, "continue", _("_Print…"));
    }
  else
    adw_message_dialog_set_heading (dialog, _("Export Decision Sheet"));

  if (*dd_report_get_title (report) != '\0')
    /* Translators: the report's reference and title, e.g. "039-23: Access to HMPPS Data" */
    body = g_strdup_printf (_("%s: %s"), dd_report_get_reference (report), dd_report_get_title (report));
  else
    body = g_strdup (dd_report_get_reference (report));
  adw_message_dialog_set_body (dialog, body);

  for_publication = dd_report_get_publication (report) == DD_PUBLICATION_YES;
  gtk_widget_set_sensitive (GTK_WIDGET (self->publication_row), for_publication);
  if (for_publication)
    adw_action_row_set_subtitle (self->publication_row,
                                 _("For publishing: passages marked as redacted and withheld "
                                   "appendices are left out."));
  else if (dd_report_get_publication (report) == DD_PUBLICATION_NO)
    adw_action_row_set_subtitle (self->publication_row,
                                 _("Not available: the report is not for publication."));
  else
    adw_action_row_set_subtitle (self->publication_row,
                                 _("Not available until the report is marked as for publication."));

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (language, languages[i]) == 0)
      adw_combo_row_set_selected (self->language_row, i);

  return self;
}

DdSheetCopy
dd_sheet_dialog_get_copy (DdSheetDialog *self)
{
  g_return_val_if_fail (DD_IS_SHEET_DIALOG (self), DD_SHEET_COPY_INTERNAL);

  if (gtk_widget_get_sensitive (GTK_WIDGET (self->publication_row)) &&
      gtk_check_button_get_active (self->publication_button))
    return DD_SHEET_COPY_PUBLICATION;

  return DD_SHEET_COPY_INTERNAL;
}

/**
 * dd_sheet_dialog_get_language:
 *
 * Returns: the language chosen: "en" or "cy"
 */
const char *
dd_sheet_dialog_get_language (DdSheetDialog *self)
{
  guint selected;

  g_return_val_if_fail (DD_IS_SHEET_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->language_row);

  return selected < G_N_ELEMENTS (languages) ? languages[selected] : languages[0];
}
