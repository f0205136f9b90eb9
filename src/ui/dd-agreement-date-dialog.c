/* dd-agreement-date-dialog.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Signing a version asks the date it was signed (today unless said
 * otherwise, as people write dates); terminating the agreement asks the
 * date it ends and why. The answer is enabled only once the date is a
 * date (and the reason is given); what the store then refuses, such as
 * a field still empty or dates out of order, the page shows.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-agreement-date-dialog.h"

struct _DdAgreementDateDialog
{
  AdwMessageDialog              parent_instance;

  DdAgreement                  *agreement;
  DdAgreementDateDialogPurpose  purpose;
  char                         *date;
  char                         *reason;

  /* Template widgets */
  AdwEntryRow                  *date_row;
  AdwEntryRow                  *reason_row;
};

G_DEFINE_FINAL_TYPE (DdAgreementDateDialog, dd_agreement_date_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
get_response (DdAgreementDateDialog *self)
{
  return self->purpose == DD_AGREEMENT_DATE_DIALOG_SIGN ? "sign" : "terminate";
}

static void
update (DdAgreementDateDialog *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  gboolean valid;
  GDate date;

  g_clear_pointer (&self->date, g_free);
  if (dd_date_parse (typed, &date))
    self->date = dd_date_to_iso (&date);

  if (self->date == NULL && *typed != '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  g_free (self->reason);
  self->reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));

  valid = self->date != NULL;
  if (self->purpose == DD_AGREEMENT_DATE_DIALOG_TERMINATE)
    valid = valid && *self->reason != '\0';

  if (self->agreement != NULL)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), get_response (self), valid);
}

static void
dd_agreement_date_dialog_finalize (GObject *object)
{
  DdAgreementDateDialog *self = (DdAgreementDateDialog *)object;

  g_clear_object (&self->agreement);
  g_free (self->date);
  g_free (self->reason);

  G_OBJECT_CLASS (dd_agreement_date_dialog_parent_class)->finalize (object);
}

static void
dd_agreement_date_dialog_class_init (DdAgreementDateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = dd_agreement_date_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-agreement-date-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DdAgreementDateDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementDateDialog, reason_row);
  gtk_widget_class_bind_template_callback (widget_class, update);
}

static void
dd_agreement_date_dialog_init (DdAgreementDateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dd_agreement_date_dialog_new:
 * @agreement: the version to sign, or the agreement to terminate
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
DdAgreementDateDialog *
dd_agreement_date_dialog_new (GtkWindow                    *parent,
                              DdAgreement                  *agreement,
                              DdAgreementDateDialogPurpose  purpose)
{
  DdAgreementDateDialog *self;
  AdwMessageDialog *dialog;
  g_autofree char *today_iso = dd_date_dup_today_iso ();
  g_autofree char *today = dd_date_format_long (today_iso);
  g_autofree char *heading = NULL;
  guint version;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (purpose <= DD_AGREEMENT_DATE_DIALOG_TERMINATE, NULL);

  self = g_object_new (DD_TYPE_AGREEMENT_DATE_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  dialog = ADW_MESSAGE_DIALOG (self);
  self->purpose = purpose;
  version = dd_agreement_get_version (agreement);

  if (purpose == DD_AGREEMENT_DATE_DIALOG_SIGN)
    {
      /* Translators: %u is the version of the agreement */
      heading = g_strdup_printf (_("Sign Version %u?"), version);
      adw_message_dialog_set_heading (dialog, heading);
      adw_message_dialog_format_body (dialog,
                                      _("Record the date both parties signed version %u. Once signed, the "
                                        "version cannot change: any later change makes a new version."),
                                      version);
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "sign", _("_Sign"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "sign", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "sign");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date signed"));
      gtk_widget_set_visible (GTK_WIDGET (self->reason_row), FALSE);
    }
  else
    {
      adw_message_dialog_set_heading (dialog, _("Terminate the Agreement?"));
      adw_message_dialog_set_body (dialog,
                                   _("The agreement ends early on the date given, and Designated Users "
                                     "may no longer use the platforms under it. This cannot be undone."));
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "terminate", _("_Terminate"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "terminate", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "cancel");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _("Date it ends"));
    }
  adw_message_dialog_set_close_response (dialog, "cancel");

  self->agreement = g_object_ref (agreement);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  update (self);

  return self;
}

/* The version to sign, or the agreement to terminate. */
DdAgreement *
dd_agreement_date_dialog_get_agreement (DdAgreementDateDialog *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_DATE_DIALOG (self), NULL);

  return self->agreement;
}

/**
 * dd_agreement_date_dialog_get_date:
 *
 * Returns: (nullable): the date given, "YYYY-MM-DD", or %NULL when what
 *   is typed is not a date
 */
const char *
dd_agreement_date_dialog_get_date (DdAgreementDateDialog *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_DATE_DIALOG (self), NULL);

  return self->date;
}

/* The reason given for a termination, trimmed. */
const char *
dd_agreement_date_dialog_get_reason (DdAgreementDateDialog *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_DATE_DIALOG (self), NULL);

  return self->reason != NULL ? self->reason : "";
}
