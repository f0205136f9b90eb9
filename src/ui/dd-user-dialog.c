/* dd-user-dialog.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adds a Designated User to the register, or edits the details of one:
 * who they are, the decision that nominated them, their roles and
 * platforms, the familiarisation event they attended, notes. The
 * register has the last word: what it refuses (an empty name, an email
 * address that is not one, or another user's) is said at the top of the
 * dialog, the field at fault is marked, and nothing is stored. An edit
 * that is refused leaves the user as they were.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dd-core.h"
#include "dd-user-dialog.h"

struct _DdUserDialog
{
  AdwWindow         parent_instance;

  DdUserRegister   *users;
  DdDesignatedUser *user;       /* NULL until added, when adding */
  gboolean          adding;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkButton        *save_button;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  AdwEntryRow      *name_row;
  AdwEntryRow      *email_row;
  AdwEntryRow      *job_title_row;
  AdwEntryRow      *organisation_row;
  AdwEntryRow      *nominated_by_row;
  AdwEntryRow      *nominated_date_row;
  AdwEntryRow      *familiarisation_row;
  AdwActionRow     *designated_user_row;
  GtkCheckButton   *designated_user_check;
  AdwActionRow     *bau_contact_row;
  GtkCheckButton   *bau_contact_check;
  AdwActionRow     *sro_row;
  GtkCheckButton   *sro_check;
  AdwActionRow     *hub_row;
  GtkCheckButton   *hub_check;
  AdwActionRow     *segmentation_row;
  GtkCheckButton   *segmentation_check;
  GtkTextView      *notes_view;
};

G_DEFINE_FINAL_TYPE (DdUserDialog, dd_user_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_row_date (AdwEntryRow *row,
              const char  *iso)
{
  g_autofree char *text = dd_date_format_long (iso);

  set_row_text (row, text);
}

static void
mark_error (gpointer row,
            gboolean error)
{
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Reads a date row: %TRUE with *iso "" when empty, or the date; %FALSE
 * when the text is not a date. */
static gboolean
read_date_row (AdwEntryRow  *row,
               char        **iso)
{
  g_autofree char *text = dup_row_text (row);
  GDate date;

  if (*text == '\0')
    {
      *iso = g_strdup ("");
      return TRUE;
    }

  if (!dd_date_parse (text, &date))
    {
      *iso = NULL;
      return FALSE;
    }

  *iso = dd_date_to_iso (&date);
  return TRUE;
}

static void
on_date_changed (AdwEntryRow *row)
{
  g_autofree char *iso = NULL;

  mark_error (row, !read_date_row (row, &iso));
}

static void
show_error (DdUserDialog *self,
            const char   *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
}

static gboolean
looks_like_email (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && strchr (at + 1, '.') != NULL && strchr (email, ' ') == NULL;
}

static void
show_refusal (DdUserDialog *self,
              const GError *error,
              const char   *name,
              const char   *email)
{
  GtkWidget *focus = NULL;

  show_error (self, error->message);

  if (g_error_matches (error, DD_USER_ERROR, DD_USER_ERROR_DUPLICATE))
    focus = GTK_WIDGET (self->email_row);
  else if (g_error_matches (error, DD_USER_ERROR, DD_USER_ERROR_INVALID))
    {
      if (*name == '\0')
        focus = GTK_WIDGET (self->name_row);
      else if (!looks_like_email (email))
        focus = GTK_WIDGET (self->email_row);
    }

  if (focus != NULL)
    {
      mark_error (focus, TRUE);
      gtk_widget_grab_focus (focus);
    }
}

static DdUserRoles
read_roles (DdUserDialog *self)
{
  DdUserRoles roles = DD_USER_ROLES_NONE;

  if (gtk_check_button_get_active (self->designated_user_check))
    roles |= DD_USER_ROLES_DESIGNATED_USER;
  if (gtk_check_button_get_active (self->bau_contact_check))
    roles |= DD_USER_ROLES_BAU_CONTACT;
  if (gtk_check_button_get_active (self->sro_check))
    roles |= DD_USER_ROLES_SRO;

  return roles;
}

static DdPlatforms
read_platforms (DdUserDialog *self)
{
  DdPlatforms platforms = DD_PLATFORMS_NONE;

  if (gtk_check_button_get_active (self->hub_check))
    platforms |= DD_PLATFORMS_HUB;
  if (gtk_check_button_get_active (self->segmentation_check))
    platforms |= DD_PLATFORMS_SEGMENTATION;

  return platforms;
}

static char *
dup_notes (DdUserDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
fill_user (DdUserDialog     *self,
           DdDesignatedUser *user,
           const char       *name,
           const char       *email,
           const char       *familiarisation)
{
  g_autofree char *job_title = dup_row_text (self->job_title_row);
  g_autofree char *organisation = dup_row_text (self->organisation_row);
  g_autofree char *nominated_by = dup_row_text (self->nominated_by_row);
  g_autofree char *notes = dup_notes (self);

  dd_designated_user_set_field (user, DD_USER_FIELD_FULL_NAME, name);
  dd_designated_user_set_field (user, DD_USER_FIELD_EMAIL, email);
  dd_designated_user_set_field (user, DD_USER_FIELD_JOB_TITLE, job_title);
  dd_designated_user_set_field (user, DD_USER_FIELD_ORGANISATION, organisation);
  dd_designated_user_set_field (user, DD_USER_FIELD_NOMINATED_BY, nominated_by);
  dd_designated_user_set_field (user, DD_USER_FIELD_FAMILIARISATION_DATE, familiarisation);
  dd_designated_user_set_field (user, DD_USER_FIELD_NOTES, notes);
  dd_designated_user_set_roles (user, read_roles (self));
  dd_designated_user_set_platforms (user, read_platforms (self));
}

static void
on_save_clicked (DdUserDialog *self)
{
  g_autofree char *name = dup_row_text (self->name_row);
  g_autofree char *email = dup_row_text (self->email_row);
  g_autofree char *familiarisation = NULL;
  g_autofree char *nominated = NULL;
  g_autoptr(GError) error = NULL;

  mark_error (self->name_row, FALSE);
  mark_error (self->email_row, FALSE);

  if (!read_date_row (self->familiarisation_row, &familiarisation))
    {
      show_error (self, _("The date of the familiarisation event is not a date. "
                          "Write it as 23/02/2023 or 23 February 2023."));
      gtk_widget_grab_focus (GTK_WIDGET (self->familiarisation_row));
      return;
    }

  if (self->adding)
    {
      g_autoptr(DdDesignatedUser) user = NULL;

      if (!read_date_row (self->nominated_date_row, &nominated))
        {
          show_error (self, _("The date of the nomination is not a date. "
                              "Write it as 23/02/2023 or 23 February 2023."));
          gtk_widget_grab_focus (GTK_WIDGET (self->nominated_date_row));
          return;
        }
      if (*nominated == '\0')
        {
          g_free (nominated);
          nominated = dd_date_dup_today_iso ();
        }

      user = dd_designated_user_new (name, email);
      fill_user (self, user, name, email, familiarisation);
      if (!dd_user_register_add (self->users, user, nominated, &error))
        {
          show_refusal (self, error, name, email);
          return;
        }
      self->user = g_steal_pointer (&user);
    }
  else
    {
      fill_user (self, self->user, name, email, familiarisation);
      if (!dd_user_register_save (self->users, self->user, &error))
        {
          /* Back to what is stored; the dialog keeps what was typed. */
          dd_user_register_refresh (self->users, self->user, NULL);
          show_refusal (self, error, name, email);
          return;
        }
    }

  g_signal_emit (self, signals[SAVED], 0, self->user);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_text_changed (DdUserDialog *self)
{
  mark_error (self->name_row, FALSE);
  mark_error (self->email_row, FALSE);
}

static void
dd_user_dialog_dispose (GObject *object)
{
  DdUserDialog *self = (DdUserDialog *)object;

  g_clear_object (&self->users);
  g_clear_object (&self->user);

  G_OBJECT_CLASS (dd_user_dialog_parent_class)->dispose (object);
}

static void
dd_user_dialog_class_init (DdUserDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_user_dialog_dispose;

  /**
   * DdUserDialog::saved:
   * @user: the user, added or edited
   *
   * The register has stored the user; the dialog closes next.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DD_TYPE_DESIGNATED_USER);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-user-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DdUserDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (error_revealer);
  BIND (error_label);
  BIND (name_row);
  BIND (email_row);
  BIND (job_title_row);
  BIND (organisation_row);
  BIND (nominated_by_row);
  BIND (nominated_date_row);
  BIND (familiarisation_row);
  BIND (designated_user_row);
  BIND (designated_user_check);
  BIND (bau_contact_row);
  BIND (bau_contact_check);
  BIND (sro_row);
  BIND (sro_check);
  BIND (hub_row);
  BIND (hub_check);
  BIND (segmentation_row);
  BIND (segmentation_check);
  BIND (notes_view);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* A check button in a row, named as the row is (the same words as
 * everywhere else the roles and platforms show). */
static void
name_choice (AdwActionRow   *row,
             GtkCheckButton *check,
             const char     *label)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
dd_user_dialog_init (DdUserDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  name_choice (self->designated_user_row, self->designated_user_check,
               dd_user_role_get_label (DD_USER_ROLES_DESIGNATED_USER));
  name_choice (self->bau_contact_row, self->bau_contact_check,
               dd_user_role_get_label (DD_USER_ROLES_BAU_CONTACT));
  name_choice (self->sro_row, self->sro_check, dd_user_role_get_label (DD_USER_ROLES_SRO));
  name_choice (self->hub_row, self->hub_check, dd_platform_get_label (DD_PLATFORMS_HUB));
  name_choice (self->segmentation_row, self->segmentation_check,
               dd_platform_get_label (DD_PLATFORMS_SEGMENTATION));
}

/**
 * dd_user_dialog_new:
 * @users: the register to add to or save in
 * @user: (nullable): the user to edit, or %NULL to add one
 *
 * Returns: (transfer none): the dialog, not yet presented
 */
DdUserDialog *
dd_user_dialog_new (GtkWindow        *parent,
                    DdUserRegister   *users,
                    DdDesignatedUser *user)
{
  DdUserDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DD_IS_USER_REGISTER (users), NULL);
  g_return_val_if_fail (!user || DD_IS_DESIGNATED_USER (user), NULL);

  self = g_object_new (DD_TYPE_USER_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->users = g_object_ref (users);
  self->adding = user == NULL;

  if (self->adding)
    {
      g_autofree char *today = dd_date_dup_today_iso ();

      gtk_window_set_title (GTK_WINDOW (self), _("Add User"));
      adw_window_title_set_title (self->window_title, _("Add User"));
      gtk_button_set_label (self->save_button, _("_Add"));
      set_row_date (self->nominated_date_row, today);
      gtk_check_button_set_active (self->designated_user_check, TRUE);
      gtk_check_button_set_active (self->hub_check, TRUE);
    }
  else
    {
      const char *notes = dd_designated_user_get_field (user, DD_USER_FIELD_NOTES);
      DdUserRoles roles = dd_designated_user_get_roles (user);
      DdPlatforms platforms = dd_designated_user_get_platforms (user);

      self->user = g_object_ref (user);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit User"));
      adw_window_title_set_title (self->window_title, _("Edit User"));
      adw_window_title_set_subtitle (self->window_title, dd_designated_user_get_full_name (user));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_widget_set_visible (GTK_WIDGET (self->nominated_date_row), FALSE);

      set_row_text (self->name_row, dd_designated_user_get_full_name (user));
      set_row_text (self->email_row, dd_designated_user_get_email (user));
      set_row_text (self->job_title_row, dd_designated_user_get_field (user, DD_USER_FIELD_JOB_TITLE));
      set_row_text (self->organisation_row, dd_designated_user_get_field (user, DD_USER_FIELD_ORGANISATION));
      set_row_text (self->nominated_by_row, dd_designated_user_get_field (user, DD_USER_FIELD_NOMINATED_BY));
      set_row_date (self->familiarisation_row,
                    dd_designated_user_get_field (user, DD_USER_FIELD_FAMILIARISATION_DATE));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes != NULL ? notes : "", -1);
      gtk_check_button_set_active (self->designated_user_check, (roles & DD_USER_ROLES_DESIGNATED_USER) != 0);
      gtk_check_button_set_active (self->bau_contact_check, (roles & DD_USER_ROLES_BAU_CONTACT) != 0);
      gtk_check_button_set_active (self->sro_check, (roles & DD_USER_ROLES_SRO) != 0);
      gtk_check_button_set_active (self->hub_check, (platforms & DD_PLATFORMS_HUB) != 0);
      gtk_check_button_set_active (self->segmentation_check, (platforms & DD_PLATFORMS_SEGMENTATION) != 0);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return self;
}

/**
 * dd_user_dialog_get_user:
 *
 * Returns: (transfer none) (nullable): the user edited, or the user
 *   added (%NULL until then)
 */
DdDesignatedUser *
dd_user_dialog_get_user (DdUserDialog *self)
{
  g_return_val_if_fail (DD_IS_USER_DIALOG (self), NULL);

  return self->user;
}
