/* dd-user-step-dialog.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Asks for what one step of a Designated User's lifecycle needs: its
 * date (today unless changed), and for a suspension or a revocation the
 * reason, without which the step cannot be taken. The dialog takes the
 * step in the register itself, and stays open to say why when the
 * register refuses it ("Access cannot be granted: Jane Doe has not
 * signed the User Access Statement for version 2"): nothing is ever
 * refused silently.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-user-step-dialog.h"

struct _DdUserStepDialog
{
  AdwWindow         parent_instance;

  DdUserRegister   *users;
  DdDesignatedUser *user;
  DdUserStep        step;
  char             *done_message;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkButton        *confirm_button;
  GtkLabel         *description_label;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  AdwEntryRow      *date_row;
  AdwEntryRow      *reason_row;
};

G_DEFINE_FINAL_TYPE (DdUserStepDialog, dd_user_step_dialog, ADW_TYPE_WINDOW)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum
{
  REASON_NONE,
  REASON_REQUIRED,
  REASON_OPTIONAL,   /* notes, for a review */
} ReasonKind;

typedef struct
{
  const char *title;
  const char *button;
  const char *date_title;
  ReasonKind  reason;
  gboolean    destructive;
} StepInfo;

static const StepInfo steps[] = {
  [DD_USER_STEP_REQUEST_ACCESS] = {
    N_("Record Access Request"), N_("_Record"), N_("Date requested"), REASON_NONE, FALSE },
  [DD_USER_STEP_GRANT] = {
    N_("Grant Access"), N_("_Grant Access"), N_("Date granted"), REASON_NONE, FALSE },
  [DD_USER_STEP_REVIEW] = {
    N_("Record Review"), N_("_Record Review"), N_("Date reviewed"), REASON_OPTIONAL, FALSE },
  [DD_USER_STEP_SUSPEND] = {
    N_("Suspend Access"), N_("_Suspend"), N_("Date suspended"), REASON_REQUIRED, TRUE },
  [DD_USER_STEP_REINSTATE] = {
    N_("Reinstate Access"), N_("_Reinstate"), N_("Date reinstated"), REASON_NONE, FALSE },
  [DD_USER_STEP_REVOKE] = {
    N_("Revoke Access"), N_("_Revoke"), N_("Date revoked"), REASON_REQUIRED, TRUE },
  [DD_USER_STEP_LEAVE] = {
    N_("Record Leaving"), N_("_Record Leaving"), N_("Date left"), REASON_NONE, FALSE },
};

/* What the step does, said to whoever takes it. */
static char *
dup_description (DdUserStep  step,
                 const char *name)
{
  /* Translators: in the dialogs of a user's steps, %s is the user's name */
  switch (step)
    {
    case DD_USER_STEP_REQUEST_ACCESS:
      return g_strdup_printf (_("Record the date access to the HMPPS platforms was asked for %s. This "
                                "step is optional: access may be granted straight after the statement "
                                "is signed."), name);
    case DD_USER_STEP_GRANT:
      return g_strdup_printf (_("Record the date HMPPS gave %s access to the platforms. Access can only "
                                "be granted to someone who has signed the User Access Statement of the "
                                "version in force."), name);
    case DD_USER_STEP_REVIEW:
      return g_strdup_printf (_("Record the annual review of the access of %s. The next review falls due "
                                "a year later."), name);
    case DD_USER_STEP_SUSPEND:
      return g_strdup_printf (_("Stop the access of %s for a while. It can be reinstated later. A reason "
                                "is required."), name);
    case DD_USER_STEP_REINSTATE:
      return g_strdup_printf (_("Give %s back the access that was suspended."), name);
    case DD_USER_STEP_REVOKE:
      return g_strdup_printf (_("End the access of %s to the platforms, and ask HMPPS to close their "
                                "account. A reason is required."), name);
    case DD_USER_STEP_LEAVE:
      return g_strdup_printf (_("Record the date %s left the organisation. Anyone who leaves must no "
                                "longer have access to the platforms."), name);
    default:
      g_assert_not_reached ();
    }
}

/* What was done, for the toast. */
static char *
dup_done_message (DdUserStep  step,
                  const char *name)
{
  /* Translators: in the messages after a user's step, %s is the user's name */
  switch (step)
    {
    case DD_USER_STEP_REQUEST_ACCESS:
      return g_strdup_printf (_("Access request recorded for %s"), name);
    case DD_USER_STEP_GRANT:
      return g_strdup_printf (_("Access granted to %s"), name);
    case DD_USER_STEP_REVIEW:
      return g_strdup_printf (_("Review recorded for %s"), name);
    case DD_USER_STEP_SUSPEND:
      return g_strdup_printf (_("Access suspended for %s"), name);
    case DD_USER_STEP_REINSTATE:
      return g_strdup_printf (_("Access reinstated for %s"), name);
    case DD_USER_STEP_REVOKE:
      return g_strdup_printf (_("Access revoked for %s"), name);
    case DD_USER_STEP_LEAVE:
      return g_strdup_printf (_("%s recorded as having left the organisation"), name);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
read_date (DdUserStepDialog  *self,
           char             **iso)
{
  GDate date;

  if (!dd_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &date))
    return FALSE;

  if (iso != NULL)
    *iso = dd_date_to_iso (&date);

  return TRUE;
}

static char *
dup_reason (DdUserStepDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));
}

static void
update (DdUserStepDialog *self)
{
  g_autofree char *reason = dup_reason (self);
  gboolean date_ok = read_date (self, NULL);
  gboolean ready = date_ok;

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");

  if (steps[self->step].reason == REASON_REQUIRED)
    ready = ready && *reason != '\0';

  gtk_widget_set_sensitive (GTK_WIDGET (self->confirm_button), ready);
}

static void
show_error (DdUserStepDialog *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static gboolean
take_step (DdUserStepDialog  *self,
           const char        *date,
           const char        *reason,
           GError           **error)
{
  switch (self->step)
    {
    case DD_USER_STEP_REQUEST_ACCESS:
      return dd_user_register_request_access (self->users, self->user, date, error);
    case DD_USER_STEP_GRANT:
      return dd_user_register_grant (self->users, self->user, date, error);
    case DD_USER_STEP_REVIEW:
      return dd_user_register_review (self->users, self->user, date, reason, error);
    case DD_USER_STEP_SUSPEND:
      return dd_user_register_suspend (self->users, self->user, date, reason, error);
    case DD_USER_STEP_REINSTATE:
      return dd_user_register_reinstate (self->users, self->user, date, error);
    case DD_USER_STEP_REVOKE:
      return dd_user_register_revoke (self->users, self->user, date, reason, error);
    case DD_USER_STEP_LEAVE:
      return dd_user_register_record_leaving (self->users, self->user, date, error);
    default:
      g_assert_not_reached ();
    }
}

static void
on_confirm_clicked (DdUserStepDialog *self)
{
  g_autofree char *date = NULL;
  g_autofree char *reason = dup_reason (self);
  g_autoptr(GError) error = NULL;

  if (!read_date (self, &date))
    {
      show_error (self, _("The date is not a date. Write it as 23/02/2023 or 23 February 2023."));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return;
    }

  if (!take_step (self, date, reason, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_free (self->done_message);
  self->done_message = dup_done_message (self->step, dd_designated_user_get_full_name (self->user));
  g_signal_emit (self, signals[DONE], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
dd_user_step_dialog_dispose (GObject *object)
{
  DdUserStepDialog *self = (DdUserStepDialog *)object;

  g_clear_object (&self->users);
  g_clear_object (&self->user);

  G_OBJECT_CLASS (dd_user_step_dialog_parent_class)->dispose (object);
}

static void
dd_user_step_dialog_finalize (GObject *object)
{
  DdUserStepDialog *self = (DdUserStepDialog *)object;

  g_free (self->done_message);

  G_OBJECT_CLASS (dd_user_step_dialog_parent_class)->finalize (object);
}

static void
dd_user_step_dialog_class_init (DdUserStepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_user_step_dialog_dispose;
  object_class->finalize = dd_user_step_dialog_finalize;

  /**
   * DdUserStepDialog::done:
   *
   * The register has taken the step; the dialog closes next.
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-user-step-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DdUserStepDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DdUserStepDialog, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, DdUserStepDialog, description_label);
  gtk_widget_class_bind_template_child (widget_class, DdUserStepDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, DdUserStepDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DdUserStepDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DdUserStepDialog, reason_row);
  gtk_widget_class_bind_template_callback (widget_class, on_confirm_clicked);
  gtk_widget_class_bind_template_callback (widget_class, update);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dd_user_step_dialog_init (DdUserStepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dd_user_step_dialog_new:
 * @users: the register that takes the step
 * @user: whose step it is
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
DdUserStepDialog *
dd_user_step_dialog_new (GtkWindow        *parent,
                         DdUserRegister   *users,
                         DdDesignatedUser *user,
                         DdUserStep        step)
{
  DdUserStepDialog *self;
  const StepInfo *info;
  g_autofree char *description = NULL;
  g_autofree char *today = NULL;
  g_autofree char *today_text = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DD_IS_USER_REGISTER (users), NULL);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), NULL);
  g_return_val_if_fail (step <= DD_USER_STEP_LEAVE, NULL);

  self = g_object_new (DD_TYPE_USER_STEP_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->users = g_object_ref (users);
  self->user = g_object_ref (user);
  self->step = step;
  info = &steps[step];

  gtk_window_set_title (GTK_WINDOW (self), _(info->title));
  adw_window_title_set_title (self->window_title, _(info->title));
  adw_window_title_set_subtitle (self->window_title, dd_designated_user_get_full_name (user));
  gtk_button_set_label (self->confirm_button, _(info->button));
  gtk_widget_add_css_class (GTK_WIDGET (self->confirm_button),
                            info->destructive ? "destructive-action" : "suggested-action");

  description = dup_description (step, dd_designated_user_get_full_name (user));
  gtk_label_set_label (self->description_label, description);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row), _(info->date_title));
  today = dd_date_dup_today_iso ();
  today_text = dd_date_format_long (today);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today_text);

  switch (info->reason)
    {
    case REASON_REQUIRED:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _("Reason (required)"));
      break;
    case REASON_OPTIONAL:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _("Notes (optional)"));
      break;
    case REASON_NONE:
    default:
      gtk_widget_set_visible (GTK_WIDGET (self->reason_row), FALSE);
      break;
    }

  update (self);
  gtk_widget_grab_focus (GTK_WIDGET (info->reason == REASON_REQUIRED ? self->reason_row : self->date_row));

  return self;
}

DdUserStep
dd_user_step_dialog_get_step (DdUserStepDialog *self)
{
  g_return_val_if_fail (DD_IS_USER_STEP_DIALOG (self), DD_USER_STEP_GRANT);

  return self->step;
}

/**
 * dd_user_step_dialog_get_done_message:
 *
 * Returns: (nullable): what was done, for a toast ("Access granted to
 *   Jane Doe"), once the step is taken
 */
const char *
dd_user_step_dialog_get_done_message (DdUserStepDialog *self)
{
  g_return_val_if_fail (DD_IS_USER_STEP_DIALOG (self), NULL);

  return self->done_message;
}
