/* dd-user-detail.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One Designated User, read: who they are, their status and what needs
 * doing about them, their signature of the User Access Statement, their
 * access and its reviews, and the timeline of every dated step.
 *
 * The steps the status allows are buttons (actions "user.sign",
 * "user.grant"...), the next step first and suggested; the others are
 * hidden and their actions disabled. Each opens a dialog that takes the
 * step in the register (DdStatementDialog, DdUserStepDialog) and says so
 * in a toast. The pane shows its user afresh whenever the page says the
 * register or the agreement changed (dd_user_detail_refresh()).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-compat.h"
#include "dd-statement-dialog.h"
#include "dd-user-detail.h"
#include "dd-user-dialog.h"
#include "dd-user-row.h"
#include "dd-user-step-dialog.h"
#include "dd-window.h"

/* A review is offered first from this many days before it falls due. */
#define REVIEW_SOON_DAYS 30

/* How much of the statement's SHA-256 the pane shows (the copy button
 * copies all of it). */
#define SHORT_HASH_CHARS 12

/* In the order the buttons show, after the next step. */
typedef enum
{
  ACT_SIGN,
  ACT_REQUEST,
  ACT_GRANT,
  ACT_REVIEW,
  ACT_REINSTATE,
  ACT_SUSPEND,
  ACT_LEAVE,
  ACT_REVOKE,
  N_ACTS
} Act;

static const char * const act_names[N_ACTS] = {
  [ACT_SIGN] = "user.sign",
  [ACT_REQUEST] = "user.request-access",
  [ACT_GRANT] = "user.grant",
  [ACT_REVIEW] = "user.review",
  [ACT_REINSTATE] = "user.reinstate",
  [ACT_SUSPEND] = "user.suspend",
  [ACT_LEAVE] = "user.leave",
  [ACT_REVOKE] = "user.revoke",
};

struct _DdUserDetail
{
  GtkWidget         parent_instance;

  DdUserRegister   *users;
  DdAgreementStore *agreements;
  DdDesignatedUser *user;
  Act               primary;     /* N_ACTS: none */

  /* Template widgets */
  GtkWidget        *scroller;
  AdwAvatar        *avatar;
  GtkLabel         *name_label;
  GtkLabel         *subtitle_label;
  GtkLabel         *status_label;
  GtkLabel         *status_detail_label;
  GtkWidget        *attention_box;
  GtkLabel         *attention_label;
  GtkFlowBox       *actions_box;
  GtkWidget        *act_buttons[N_ACTS];
  AdwActionRow     *email_row;
  AdwActionRow     *job_title_row;
  AdwActionRow     *organisation_row;
  AdwActionRow     *nominated_by_row;
  AdwActionRow     *nominated_date_row;
  AdwActionRow     *roles_row;
  AdwActionRow     *platforms_row;
  AdwActionRow     *familiarisation_row;
  AdwActionRow     *notes_row;
  AdwActionRow     *signed_row;
  AdwActionRow     *signature_row;
  AdwActionRow     *version_row;
  AdwActionRow     *hash_row;
  AdwActionRow     *requested_row;
  AdwActionRow     *granted_row;
  AdwActionRow     *last_review_row;
  AdwActionRow     *review_due_row;
  AdwActionRow     *left_row;
  GtkListBox       *timeline_list;
};

G_DEFINE_FINAL_TYPE (DdUserDetail, dd_user_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_USER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (DdUserDetail *self,
       const char   *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), DD_TYPE_WINDOW);

  dd_accessible_announce (GTK_WIDGET (self), message);
  if (window != NULL)
    dd_window_add_toast (DD_WINDOW (window), adw_toast_new (message));
}

static void
show_error (DdUserDetail *self,
            const char   *heading,
            const char   *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The agreement in force, or %NULL: none is, or (with @error) it
 * cannot be read. */
static DdAgreement *
dup_agreement_in_force (DdUserDetail  *self,
                        GError       **error)
{
  if (self->agreements == NULL)
    return NULL;

  return dd_agreement_store_get_in_force (self->agreements, error);
}

static void
set_value (AdwActionRow *row,
           const char   *value)
{
  gboolean known = value != NULL && *value != '\0';

  adw_action_row_set_subtitle (row, known ? value : C_("value", "None"));
}

static void
set_date_value (AdwActionRow *row,
                const char   *iso)
{
  g_autofree char *text = dd_date_format_long (iso);

  set_value (row, text);
}

static void
set_shown_value (AdwActionRow *row,
                 const char   *value)
{
  gboolean known = value != NULL && *value != '\0';

  gtk_widget_set_visible (GTK_WIDGET (row), known);
  if (known)
    adw_action_row_set_subtitle (row, value);
}

static char *
dup_roles_text (DdUserRoles roles)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (DdUserRoles role = DD_USER_ROLES_DESIGNATED_USER; role <= DD_USER_ROLES_SRO; role <<= 1)
    if (roles & role)
      {
        if (text->len > 0)
          g_string_append (text, _(", "));
        g_string_append (text, dd_user_role_get_label (role));
      }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "2024-03-12T10:32:05Z" or "2024-03-12 10:32:05" as "12 March 2024 at 10:32". */
static char *
format_date_time (const char *stamp)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *iso = NULL;
  g_autofree char *date = NULL;
  g_autofree char *clock = NULL;

  if (stamp == NULL || *stamp == '\0')
    return g_strdup ("");

  time = g_date_time_new_from_iso8601 (stamp, utc);
  if (time == NULL)
    {
      g_autofree char *with_t = g_strdelimit (g_strdup (stamp), " ", 'T');

      time = g_date_time_new_from_iso8601 (with_t, utc);
    }
  if (time == NULL)
    return g_strdup (stamp);

  local = g_date_time_to_local (time);
  iso = g_date_time_format (local, "%Y-%m-%d");
  date = dd_date_format_long (iso);
  clock = g_date_time_format (local, "%H:%M");

  /* Translators: a date, then a time of day: "12 March 2024 at 10:32" */
  return g_strdup_printf (_("%s at %s"), date, clock);
}

static void
update_header (DdUserDetail *self)
{
  DdDesignatedUser *user = self->user;
  g_autofree char *subtitle = dd_user_dup_subtitle (user);
  g_autofree char *since = dd_date_format_long (dd_designated_user_get_status_date (user));
  const char *reason = dd_designated_user_get_status_reason (user);
  g_autofree char *detail = NULL;
  g_autofree char *status_a11y = NULL;

  adw_avatar_set_text (self->avatar, dd_designated_user_get_full_name (user));
  gtk_label_set_label (self->name_label, dd_designated_user_get_full_name (user));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), *subtitle != '\0');
  dd_user_status_badge_update (self->status_label, dd_designated_user_get_status (user));
  /* Translators: read by screen readers for the status badge */
  status_a11y = g_strdup_printf (_("Status: %s"), dd_user_status_get_label (dd_designated_user_get_status (user)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, status_a11y,
                                  -1);

  if (*since != '\0' && reason != NULL && *reason != '\0')
    /* Translators: the date of a user's status, then the reason for it */
    detail = g_strdup_printf (_("Since %s. Reason: %s"), since, reason);
  else if (*since != '\0')
    /* Translators: %s is the date of a user's status */
    detail = g_strdup_printf (_("Since %s"), since);
  else if (reason != NULL && *reason != '\0')
    /* Translators: %s is the reason for a user's status */
    detail = g_strdup_printf (_("Reason: %s"), reason);

  gtk_label_set_label (self->status_detail_label, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_detail_label), detail != NULL);
}

static void
update_attention (DdUserDetail *self)
{
  DdDesignatedUser *user = self->user;
  DdAttention attention = dd_designated_user_get_attention (user);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;

  if (attention & DD_ATTENTION_UNSIGNED)
    g_ptr_array_add (lines, g_strdup (_("Has not signed the User Access Statement: access cannot be "
                                        "granted until they do.")));

  if (attention & DD_ATTENTION_MUST_RESIGN)
    {
      g_autoptr(DdAgreement) agreement = dup_agreement_in_force (self, NULL);
      gboolean at_risk = dd_designated_user_get_access_at_risk (user);
      guint version = agreement != NULL ? dd_agreement_get_version (agreement) : 0;

      if (version > 0 && at_risk)
        /* Translators: %u is the version of the agreement in force */
        g_ptr_array_add (lines, g_strdup_printf (_("Must re-sign the User Access Statement (version %u "
                                                   "is in force); access at risk."), version));
      else if (version > 0)
        /* Translators: %u is the version of the agreement in force */
        g_ptr_array_add (lines, g_strdup_printf (_("Must re-sign the User Access Statement (version %u "
                                                   "is in force)."), version));
      else
        g_ptr_array_add (lines, g_strdup (_("Must re-sign the User Access Statement.")));
    }

  if (attention & DD_ATTENTION_REVIEW_OVERDUE)
    {
      g_autofree char *due = dd_date_format_long (dd_designated_user_get_review_due (user));

      if (*due != '\0')
        /* Translators: %s is the date the review was due */
        g_ptr_array_add (lines, g_strdup_printf (_("The annual review of their access is overdue: "
                                                   "it was due on %s."), due));
      else
        g_ptr_array_add (lines, g_strdup (_("The annual review of their access is overdue.")));
    }

  if (attention & DD_ATTENTION_GRANTED_AFTER_LEAVING)
    g_ptr_array_add (lines, g_strdup (_("Has left the organisation but still has access: "
                                        "revoke it, and ask HMPPS to close their account.")));

  if (lines->len == 0 && dd_designated_user_get_access_at_risk (user))
    g_ptr_array_add (lines, g_strdup (_("Their access is at risk.")));

  gtk_widget_set_visible (self->attention_box, lines->len > 0);
  if (lines->len == 0)
    return;

  g_ptr_array_add (lines, NULL);
  text = g_strjoinv ("\n", (char **) lines->pdata);
  gtk_label_set_label (self->attention_label, text);
}

static void
update_details (DdUserDetail *self)
{
  DdDesignatedUser *user = self->user;
  g_autofree char *roles = dup_roles_text (dd_designated_user_get_roles (user));
  g_autofree char *platforms = dd_platforms_to_string (dd_designated_user_get_platforms (user));

  set_value (self->email_row, dd_designated_user_get_email (user));
  set_value (self->job_title_row, dd_designated_user_get_field (user, DD_USER_FIELD_JOB_TITLE));
  set_value (self->organisation_row, dd_designated_user_get_field (user, DD_USER_FIELD_ORGANISATION));
  set_value (self->nominated_by_row, dd_designated_user_get_field (user, DD_USER_FIELD_NOMINATED_BY));
  set_date_value (self->nominated_date_row, dd_designated_user_get_nominated_date (user));
  set_value (self->roles_row, roles);
  set_value (self->platforms_row, platforms);
  set_date_value (self->familiarisation_row,
                  dd_designated_user_get_field (user, DD_USER_FIELD_FAMILIARISATION_DATE));
  set_shown_value (self->notes_row, dd_designated_user_get_field (user, DD_USER_FIELD_NOTES));
}

static void
update_statement (DdUserDetail *self)
{
  DdDesignatedUser *user = self->user;
  const char *hash = dd_designated_user_get_statement_sha256 (user);
  const char *signed_at = dd_designated_user_get_statement_signed_at (user);
  gboolean is_signed = dd_designated_user_get_statement_version (user) > 0 ||
                       (signed_at != NULL && *signed_at != '\0');
  g_autofree char *when = NULL;
  g_autofree char *version = NULL;
  g_autofree char *short_hash = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->signature_row), is_signed);
  gtk_widget_set_visible (GTK_WIDGET (self->version_row), is_signed);
  gtk_widget_set_visible (GTK_WIDGET (self->hash_row), is_signed && hash != NULL && *hash != '\0');

  if (!is_signed)
    {
      adw_action_row_set_subtitle (self->signed_row, _("Not signed"));
      return;
    }

  when = format_date_time (signed_at);
  if (*when == '\0')
    {
      g_free (when);
      when = dd_date_format_long (dd_designated_user_get_statement_signed_date (user));
    }
  set_value (self->signed_row, when);
  set_value (self->signature_row, dd_designated_user_get_statement_signature (user));
  /* Translators: %u is a version of the agreement */
  version = g_strdup_printf (_("Version %u"), dd_designated_user_get_statement_version (user));
  set_value (self->version_row, version);

  if (hash != NULL && *hash != '\0')
    {
      /* Translators: the start of a SHA-256 fingerprint, shortened */
      short_hash = g_strdup_printf (_("%.*s…"), SHORT_HASH_CHARS, hash);
      adw_action_row_set_subtitle (self->hash_row, short_hash);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->hash_row), hash);
    }
}

static void
update_access (DdUserDetail *self)
{
  DdDesignatedUser *user = self->user;
  g_autofree char *due = dd_date_format_long (dd_designated_user_get_review_due (user));
  const char *requested = dd_designated_user_get_access_requested_date (user);
  const char *left = dd_designated_user_get_left_date (user);

  /* Requesting access is optional: the row only when it was. */
  gtk_widget_set_visible (GTK_WIDGET (self->requested_row), requested != NULL && *requested != '\0');
  set_date_value (self->requested_row, requested);
  set_date_value (self->granted_row, dd_designated_user_get_access_granted_date (user));
  set_date_value (self->last_review_row, dd_designated_user_get_last_review_date (user));

  gtk_widget_remove_css_class (GTK_WIDGET (self->review_due_row), "error");
  if (*due == '\0')
    adw_action_row_set_subtitle (self->review_due_row, C_("review due", "Not due"));
  else if (dd_designated_user_get_attention (user) & DD_ATTENTION_REVIEW_OVERDUE)
    {
      /* Translators: %s is the date a review was due */
      g_autofree char *overdue = g_strdup_printf (_("%s (overdue)"), due);

      adw_action_row_set_subtitle (self->review_due_row, overdue);
      gtk_widget_add_css_class (GTK_WIDGET (self->review_due_row), "error");
    }
  else
    adw_action_row_set_subtitle (self->review_due_row, due);

  gtk_widget_set_visible (GTK_WIDGET (self->left_row), left != NULL && *left != '\0');
  set_date_value (self->left_row, left);
}

static const char *
event_icon_name (DdUserEventKind kind)
{
  switch (kind)
    {
    case DD_USER_EVENT_NOMINATED:
      return "contact-new-symbolic";
    case DD_USER_EVENT_STATEMENT_SIGNED:
      return "document-edit-symbolic";
    case DD_USER_EVENT_ACCESS_REQUESTED:
      return "mail-send-symbolic";
    case DD_USER_EVENT_ACCESS_GRANTED:
      return "emblem-ok-symbolic";
    case DD_USER_EVENT_REVIEWED:
      return "emblem-synchronizing-symbolic";
    case DD_USER_EVENT_SUSPENDED:
      return "media-playback-pause-symbolic";
    case DD_USER_EVENT_REINSTATED:
      return "media-playback-start-symbolic";
    case DD_USER_EVENT_REVOKED:
      return "action-unavailable-symbolic";
    case DD_USER_EVENT_LEFT:
      return "system-log-out-symbolic";
    case DD_USER_EVENT_FAMILIARISATION:
      return "x-office-presentation-symbolic";
    default:
      return "emblem-default-symbolic";
    }
}

static GtkWidget *
make_event_row (DdUserEvent *event)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (event_icon_name (dd_user_event_get_kind (event)));
  g_autofree char *summary = dd_user_event_dup_summary (event);
  g_autofree char *date = dd_date_format_long (dd_user_event_get_date (event));
  const char *actor = dd_user_event_get_actor (event);
  g_autofree char *subtitle = NULL;

  if (actor != NULL && *actor != '\0')
    /* Translators: in a user's timeline: the date of a step, then who recorded it */
    subtitle = g_strdup_printf (_("%s · recorded by %s"), date, actor);
  else
    subtitle = g_strdup (date);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
update_timeline (DdUserDetail *self)
{
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->timeline_list))) != NULL)
    gtk_list_box_remove (self->timeline_list, child);

  if (self->users == NULL || self->user == NULL)
    return;

  events = dd_user_register_list_events (self->users, self->user, &error);
  if (events == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The timeline cannot be read"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), error->message);
      gtk_list_box_append (self->timeline_list, row);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DdUserEvent) event = g_list_model_get_item (events, i);

      gtk_list_box_append (self->timeline_list, make_event_row (event));
    }
}

/* What the status allows, and the next step. */
static void
update_actions (DdUserDetail *self)
{
  gboolean allowed[N_ACTS] = { FALSE, };
  Act primary = N_ACTS;
  DdUserStatus status;
  DdAttention attention;
  gboolean must_sign;

  if (self->user != NULL && self->users != NULL)
    {
      const char *review_due = dd_designated_user_get_review_due (self->user);
      g_autofree char *today = dd_date_dup_today_iso ();
      gboolean review_soon;
      gboolean active;
      gboolean has_left;

      status = dd_designated_user_get_status (self->user);
      attention = dd_designated_user_get_attention (self->user);
      must_sign = (attention & (DD_ATTENTION_UNSIGNED | DD_ATTENTION_MUST_RESIGN)) != 0;
      review_soon = (attention & DD_ATTENTION_REVIEW_OVERDUE) != 0 ||
                    (review_due != NULL && *review_due != '\0' &&
                     dd_date_days_between (today, review_due) <= REVIEW_SOON_DAYS);

      active = status != DD_USER_STATUS_REVOKED && status != DD_USER_STATUS_LEFT;
      has_left = *dd_designated_user_get_left_date (self->user) != '\0';

      allowed[ACT_SIGN] = active && (status == DD_USER_STATUS_NOMINATED || must_sign);
      allowed[ACT_REQUEST] = status == DD_USER_STATUS_STATEMENT_SIGNED && !has_left;
      allowed[ACT_GRANT] = (status == DD_USER_STATUS_STATEMENT_SIGNED ||
                            status == DD_USER_STATUS_ACCESS_REQUESTED) && !has_left;
      allowed[ACT_REVIEW] = status == DD_USER_STATUS_ACCESS_GRANTED;
      allowed[ACT_REINSTATE] = status == DD_USER_STATUS_SUSPENDED && !has_left;
      allowed[ACT_SUSPEND] = status == DD_USER_STATUS_ACCESS_GRANTED;
      /* Revoking also ends a nomination, for good. */
      allowed[ACT_REVOKE] = active;
      allowed[ACT_LEAVE] = status != DD_USER_STATUS_LEFT && !has_left;

      if (attention & DD_ATTENTION_GRANTED_AFTER_LEAVING)
        primary = ACT_REVOKE;
      else if (allowed[ACT_SIGN] && (must_sign || status == DD_USER_STATUS_NOMINATED))
        primary = ACT_SIGN;
      else if (allowed[ACT_GRANT])
        primary = ACT_GRANT;
      else if (allowed[ACT_REINSTATE])
        primary = ACT_REINSTATE;
      else if (allowed[ACT_REVIEW] && review_soon)
        primary = ACT_REVIEW;
    }

  self->primary = primary;
  for (Act act = 0; act < N_ACTS; act++)
    {
      GtkWidget *button = self->act_buttons[act];

      gtk_widget_action_set_enabled (GTK_WIDGET (self), act_names[act], allowed[act]);
      gtk_widget_set_visible (gtk_widget_get_parent (button), allowed[act]);

      if (act == primary && act != ACT_REVOKE)
        gtk_widget_add_css_class (button, "suggested-action");
      else
        gtk_widget_remove_css_class (button, "suggested-action");
    }

  /* Revoking access is destructive (and, for someone who has left, the
   * next step); withdrawing a nomination less so. */
  if (self->user != NULL && dd_designated_user_has_access (self->user))
    gtk_widget_add_css_class (self->act_buttons[ACT_REVOKE], "destructive-action");
  else
    gtk_widget_remove_css_class (self->act_buttons[ACT_REVOKE], "destructive-action");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "user.edit", self->user != NULL && self->users != NULL);
  gtk_flow_box_invalidate_sort (self->actions_box);
}

/* The next step first, then the others in the lifecycle's order. */
static int
sort_actions (GtkFlowBoxChild *a,
              GtkFlowBoxChild *b,
              gpointer         user_data)
{
  DdUserDetail *self = user_data;
  int act_a = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (gtk_flow_box_child_get_child (a)), "dd-act"));
  int act_b = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (gtk_flow_box_child_get_child (b)), "dd-act"));

  if (act_a == (int) self->primary)
    return -1;
  if (act_b == (int) self->primary)
    return 1;

  return act_a - act_b;
}

static void
update (DdUserDetail *self)
{
  if (self->user == NULL)
    {
      update_actions (self);
      return;
    }

  update_header (self);
  update_attention (self);
  update_details (self);
  update_statement (self);
  update_access (self);
  update_actions (self);
}

static void
on_user_notify (DdUserDetail *self)
{
  update (self);
}

static GtkWindow *
get_window (DdUserDetail *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
on_step_done (DdUserStepDialog *dialog,
              DdUserDetail     *self)
{
  toast (self, dd_user_step_dialog_get_done_message (dialog));
}

static void
open_step (DdUserDetail *self,
           DdUserStep    step)
{
  DdUserStepDialog *dialog;

  if (self->user == NULL || self->users == NULL)
    return;

  dialog = dd_user_step_dialog_new (get_window (self), self->users, self->user, step);
  g_signal_connect_object (dialog, "done", G_CALLBACK (on_step_done), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_statement_signed (DdUserDetail *self)
{
  g_autofree char *message = NULL;

  /* Translators: %s is a user's name */
  message = g_strdup_printf (_("%s signed the User Access Statement"),
                             dd_designated_user_get_full_name (self->user));
  toast (self, message);
}

static void
on_no_agreement_response (AdwMessageDialog *dialog,
                          const char       *response,
                          DdUserDetail     *self)
{
  if (g_str_equal (response, "agreement"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "agreement");
}

static void
sign_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DdUserDetail *self = DD_USER_DETAIL (widget);
  g_autoptr(DdAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  DdStatementDialog *dialog;

  if (self->user == NULL || self->users == NULL)
    return;

  agreement = dup_agreement_in_force (self, &error);
  if (agreement == NULL)
    {
      GtkWidget *message;

      if (error != NULL)
        {
          show_error (self, _("Cannot Read the Agreement"), error->message);
          return;
        }

      message = adw_message_dialog_new (get_window (self), _("No Agreement in Force"),
                                        _("The User Access Statement is part of the data-sharing "
                                          "agreement. It can be signed once a version of the agreement "
                                          "is signed and in force, on the Agreement page."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message),
                                        "close", _("_Close"),
                                        "agreement", _("_Open Agreement"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "agreement",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "agreement");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "close");
      g_signal_connect_object (message, "response", G_CALLBACK (on_no_agreement_response), self, 0);
      gtk_window_present (GTK_WINDOW (message));
      return;
    }

  dialog = dd_statement_dialog_new (get_window (self), self->users, self->user, agreement);
  g_signal_connect_object (dialog, "signed", G_CALLBACK (on_statement_signed), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  static const struct { const char *name; DdUserStep step; } map[] = {
    { "user.request-access", DD_USER_STEP_REQUEST_ACCESS },
    { "user.grant", DD_USER_STEP_GRANT },
    { "user.review", DD_USER_STEP_REVIEW },
    { "user.suspend", DD_USER_STEP_SUSPEND },
    { "user.reinstate", DD_USER_STEP_REINSTATE },
    { "user.revoke", DD_USER_STEP_REVOKE },
    { "user.leave", DD_USER_STEP_LEAVE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (action_name, map[i].name))
      open_step (DD_USER_DETAIL (widget), map[i].step);
}

static void
on_user_saved (DdUserDetail *self)
{
  toast (self, _("Details saved"));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DdUserDetail *self = DD_USER_DETAIL (widget);
  DdUserDialog *dialog;

  if (self->user == NULL || self->users == NULL)
    return;

  dialog = dd_user_dialog_new (get_window (self), self->users, self->user);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_user_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_hash_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DdUserDetail *self = DD_USER_DETAIL (widget);
  const char *hash;

  if (self->user == NULL)
    return;

  hash = dd_designated_user_get_statement_sha256 (self->user);
  if (hash == NULL || *hash == '\0')
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), hash);
  toast (self, _("Fingerprint copied"));
}

static void
dd_user_detail_dispose (GObject *object)
{
  DdUserDetail *self = (DdUserDetail *)object;

  if (self->user != NULL)
    g_signal_handlers_disconnect_by_func (self->user, on_user_notify, self);
  g_clear_object (&self->user);
  g_clear_object (&self->users);
  g_clear_object (&self->agreements);

  gtk_widget_dispose_template (GTK_WIDGET (self), DD_TYPE_USER_DETAIL);

  G_OBJECT_CLASS (dd_user_detail_parent_class)->dispose (object);
}

static void
dd_user_detail_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DdUserDetail *self = DD_USER_DETAIL (object);

  switch (prop_id)
    {
    case PROP_USER:
      g_value_set_object (value, self->user);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_user_detail_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DdUserDetail *self = DD_USER_DETAIL (object);

  switch (prop_id)
    {
    case PROP_USER:
      dd_user_detail_set_user (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_user_detail_class_init (DdUserDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_user_detail_dispose;
  object_class->get_property = dd_user_detail_get_property;
  object_class->set_property = dd_user_detail_set_property;

  properties[PROP_USER] =
    g_param_spec_object ("user", NULL, NULL,
                         DD_TYPE_DESIGNATED_USER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-user-detail.ui");

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DdUserDetail, name)
  BIND (scroller);
  BIND (avatar);
  BIND (name_label);
  BIND (subtitle_label);
  BIND (status_label);
  BIND (status_detail_label);
  BIND (attention_box);
  BIND (attention_label);
  BIND (actions_box);
  BIND (email_row);
  BIND (job_title_row);
  BIND (organisation_row);
  BIND (nominated_by_row);
  BIND (nominated_date_row);
  BIND (roles_row);
  BIND (platforms_row);
  BIND (familiarisation_row);
  BIND (notes_row);
  BIND (signed_row);
  BIND (signature_row);
  BIND (version_row);
  BIND (hash_row);
  BIND (requested_row);
  BIND (granted_row);
  BIND (last_review_row);
  BIND (review_due_row);
  BIND (left_row);
  BIND (timeline_list);
#undef BIND
  gtk_widget_class_bind_template_child_full (widget_class, "sign_button", FALSE,
                                             G_STRUCT_OFFSET (DdUserDetail, act_buttons[ACT_SIGN]));
  gtk_widget_class_bind_template_child_full (widget_class, "request_button", FALSE,
                                             G_STRUCT_OFFSET (DdUserDetail, act_buttons[ACT_REQUEST]));
  gtk_widget_class_bind_template_child_full (widget_class, "grant_button", FALSE,
                                             G_STRUCT_OFFSET (DdUserDetail, act_buttons[ACT_GRANT]));
  gtk_widget_class_bind_template_child_full (widget_class, "review_button", FALSE,
                                             G_STRUCT_OFFSET (DdUserDetail, act_buttons[ACT_REVIEW]));
  gtk_widget_class_bind_template_child_full (widget_class, "reinstate_button", FALSE,
                                             G_STRUCT_OFFSET (DdUserDetail, act_buttons[ACT_REINSTATE]));
  gtk_widget_class_bind_template_child_full (widget_class, "suspend_button", FALSE,
                                             G_STRUCT_OFFSET (DdUserDetail, act_buttons[ACT_SUSPEND]));
  gtk_widget_class_bind_template_child_full (widget_class, "leave_button", FALSE,
                                             G_STRUCT_OFFSET (DdUserDetail, act_buttons[ACT_LEAVE]));
  gtk_widget_class_bind_template_child_full (widget_class, "revoke_button", FALSE,
                                             G_STRUCT_OFFSET (DdUserDetail, act_buttons[ACT_REVOKE]));

  gtk_widget_class_install_action (widget_class, "user.sign", NULL, sign_action);
  gtk_widget_class_install_action (widget_class, "user.request-access", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "user.grant", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "user.review", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "user.reinstate", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "user.suspend", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "user.revoke", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "user.leave", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "user.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "user.copy-fingerprint", NULL, copy_hash_action);
}

static void
dd_user_detail_init (DdUserDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->primary = N_ACTS;
  for (Act act = 0; act < N_ACTS; act++)
    g_object_set_data (G_OBJECT (self->act_buttons[act]), "dd-act", GINT_TO_POINTER (act));
  gtk_flow_box_set_sort_func (self->actions_box, sort_actions, self, NULL);

  update_actions (self);
}

/**
 * dd_user_detail_set_context:
 *
 * Takes the steps in @context's register, and reads the agreement in
 * force from its agreement store.
 */
void
dd_user_detail_set_context (DdUserDetail *self,
                            DdContext    *context)
{
  g_return_if_fail (DD_IS_USER_DETAIL (self));
  g_return_if_fail (!context || DD_IS_CONTEXT (context));

  dd_user_detail_set_user (self, NULL);
  g_clear_object (&self->users);
  g_clear_object (&self->agreements);

  if (context != NULL)
    {
      self->users = g_object_ref (dd_context_get_user_register (context));
      self->agreements = g_object_ref (dd_context_get_agreement_store (context));
    }

  update (self);
}

DdDesignatedUser *
dd_user_detail_get_user (DdUserDetail *self)
{
  g_return_val_if_fail (DD_IS_USER_DETAIL (self), NULL);

  return self->user;
}

void
dd_user_detail_set_user (DdUserDetail     *self,
                         DdDesignatedUser *user)
{
  g_return_if_fail (DD_IS_USER_DETAIL (self));
  g_return_if_fail (!user || DD_IS_DESIGNATED_USER (user));

  if (self->user == user)
    {
      dd_user_detail_refresh (self);
      return;
    }

  /* Another person (not the same one read again): back to the top. */
  if (self->user == NULL || user == NULL ||
      dd_designated_user_get_id (self->user) != dd_designated_user_get_id (user))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);

  if (self->user != NULL)
    g_signal_handlers_disconnect_by_func (self->user, on_user_notify, self);

  g_set_object (&self->user, user);

  if (user != NULL)
    g_signal_connect_object (user, "notify", G_CALLBACK (on_user_notify), self, G_CONNECT_SWAPPED);

  dd_user_detail_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER]);
}

/**
 * dd_user_detail_refresh:
 *
 * Shows the user afresh: after the register or the agreement changed.
 */
void
dd_user_detail_refresh (DdUserDetail *self)
{
  g_return_if_fail (DD_IS_USER_DETAIL (self));

  update (self);
  update_timeline (self);
}
