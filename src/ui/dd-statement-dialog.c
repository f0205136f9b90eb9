/* dd-statement-dialog.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Designated User signs the User Access Statement: the statement of
 * the version of the agreement in force is shown in full, they confirm
 * they have read it and type their full name as their signature. Sign
 * is offered only once both are done. The register records the date and
 * time, the version and a SHA-256 of the exact text signed, and may
 * still refuse (a name that is not theirs): the refusal shows here and
 * the dialog stays open.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-statement-dialog.h"

struct _DdStatementDialog
{
  AdwWindow         parent_instance;

  DdUserRegister   *users;
  DdDesignatedUser *user;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkButton        *sign_button;
  GtkLabel         *version_label;
  GtkBox           *statement_box;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  GtkCheckButton   *read_check;
  AdwEntryRow      *signature_row;
};

G_DEFINE_FINAL_TYPE (DdStatementDialog, dd_statement_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_typed_name (DdStatementDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->signature_row))));
}

static void
update (DdStatementDialog *self)
{
  g_autofree char *name = dup_typed_name (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->sign_button),
                            gtk_check_button_get_active (self->read_check) && *name != '\0');
}

static GtkWidget *
make_text_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "dd-statement-text");

  return label;
}

/* The statement as paragraphs and bullets, as the agreement's PDF
 * shows it. */
static void
show_statement (DdStatementDialog *self,
                const char        *markup)
{
  g_autoptr(GPtrArray) blocks = dd_report_text_parse (markup != NULL ? markup : "");

  for (guint i = 0; i < blocks->len; i++)
    {
      DdTextBlock *block = g_ptr_array_index (blocks, i);
      g_autoptr(GString) text = g_string_new (NULL);
      GtkWidget *label;

      for (guint j = 0; j < block->runs->len; j++)
        g_string_append (text, ((DdTextRun *) g_ptr_array_index (block->runs, j))->text);

      label = make_text_label (text->str);
      if (block->kind == DD_TEXT_BLOCK_BULLET)
        {
          GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
          GtkWidget *bullet = gtk_label_new ("•");

          gtk_widget_set_valign (bullet, GTK_ALIGN_START);
          gtk_widget_add_css_class (bullet, "dd-statement-text");
          gtk_accessible_update_property (GTK_ACCESSIBLE (bullet),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
          gtk_widget_set_margin_start (row, 12);
          gtk_box_append (GTK_BOX (row), bullet);
          gtk_box_append (GTK_BOX (row), label);
          gtk_box_append (self->statement_box, row);
        }
      else
        gtk_box_append (self->statement_box, label);
    }
}

static void
on_sign_clicked (DdStatementDialog *self)
{
  g_autofree char *name = dup_typed_name (self);
  g_autoptr(GError) error = NULL;

  if (!dd_user_register_sign_statement (self->users, self->user, name,
                                        gtk_check_button_get_active (self->read_check), &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->signature_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->signature_row));
      return;
    }

  g_signal_emit (self, signals[SIGNED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_signature_changed (DdStatementDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->signature_row), "error");
  update (self);
}

static void
dd_statement_dialog_dispose (GObject *object)
{
  DdStatementDialog *self = (DdStatementDialog *)object;

  g_clear_object (&self->users);
  g_clear_object (&self->user);

  G_OBJECT_CLASS (dd_statement_dialog_parent_class)->dispose (object);
}

static void
dd_statement_dialog_class_init (DdStatementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_statement_dialog_dispose;

  /**
   * DdStatementDialog::signed:
   *
   * The register has recorded the signature; the dialog closes next.
   */
  signals[SIGNED] =
    g_signal_new ("signed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-statement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DdStatementDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DdStatementDialog, sign_button);
  gtk_widget_class_bind_template_child (widget_class, DdStatementDialog, version_label);
  gtk_widget_class_bind_template_child (widget_class, DdStatementDialog, statement_box);
  gtk_widget_class_bind_template_child (widget_class, DdStatementDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, DdStatementDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DdStatementDialog, read_check);
  gtk_widget_class_bind_template_child (widget_class, DdStatementDialog, signature_row);
  gtk_widget_class_bind_template_callback (widget_class, on_sign_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_signature_changed);
  gtk_widget_class_bind_template_callback (widget_class, update);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dd_statement_dialog_init (DdStatementDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dd_statement_dialog_new:
 * @users: the register that records the signature
 * @user: who signs
 * @agreement: the version of the agreement in force, whose statement is
 *   signed
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
DdStatementDialog *
dd_statement_dialog_new (GtkWindow        *parent,
                         DdUserRegister   *users,
                         DdDesignatedUser *user,
                         DdAgreement      *agreement)
{
  DdStatementDialog *self;
  g_autofree char *version = NULL;
  g_autofree char *start = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DD_IS_USER_REGISTER (users), NULL);
  g_return_val_if_fail (DD_IS_DESIGNATED_USER (user), NULL);
  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), NULL);

  self = g_object_new (DD_TYPE_STATEMENT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->users = g_object_ref (users);
  self->user = g_object_ref (user);

  adw_window_title_set_subtitle (self->window_title, dd_designated_user_get_full_name (user));

  start = dd_date_format_long (dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_START_DATE));
  if (*start != '\0')
    /* Translators: %u is the agreement's version, %s the date it came into force */
    version = g_strdup_printf (_("Version %u of the agreement, in force since %s"),
                               dd_agreement_get_version (agreement), start);
  else
    /* Translators: %u is the agreement's version */
    version = g_strdup_printf (_("Version %u of the agreement"), dd_agreement_get_version (agreement));
  gtk_label_set_label (self->version_label, version);

  show_statement (self, dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_STATEMENT));
  update (self);

  return self;
}
