/* dd-agreement-page.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data-sharing agreement (the Memorandum of Understanding with the
 * Ministry of Justice / HMPPS): with none yet, a way to start from the
 * shipped template; then one version of it read as a document
 * (DdAgreementView) under a bar that says where the agreement stands
 * (its status, the version shown, the review countdown) and what can be
 * done next, a banner when its review is due within 60 days or overdue,
 * and the list of its versions at the foot.
 *
 * A draft version is typed into and saved 400 ms after the last
 * keystroke (and before anything else happens to it). Signing freezes
 * it; Edit then makes the next version, a draft beside the signed ones,
 * and Compare Versions shows what changed between two of them
 * (DdAgreementCompareWindow). Export as PDF writes the version shown
 * with the decision sheets' renderer, in a worker thread, in the
 * office's document language.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-compat.h"
#include "dd-agreement-compare-window.h"
#include "dd-agreement-date-dialog.h"
#include "dd-agreement-document.h"
#include "dd-agreement-page.h"
#include "dd-agreement-view.h"
#include "dd-ui-util.h"
#include "dd-reports-page.h"
#include "dd-window.h"

/* How long typing may pause before it is saved. */
#define SAVE_DELAY_MS 400

/* How many days before the review date the banner shows. */
#define REVIEW_WARNING_DAYS 60

struct _DdAgreementPage
{
  DdPage             parent_instance;

  DdAgreement       *agreement;   /* the version shown */
  DdAgreement       *current;     /* the newest version, as stored: the status */
  DdAgreement       *in_force;    /* the version in force, if any */
  GtkSortListModel  *versions;    /* newest first */
  GSignalGroup      *signals;     /* on the version shown */
  guint              save_source;
  gboolean           saving;
  GCancellable      *export_cancellable;
  GFile             *export_folder;

  /* Template widgets */
  GtkStack          *stack;
  GtkLabel          *status_label;
  GtkLabel          *version_label;
  GtkLabel          *countdown_label;
  GtkLabel          *signed_label;
  GtkWidget         *sign_button;
  GtkButton         *edit_button;
  GtkWidget         *sign_button_compact;
  GtkWidget         *edit_button_compact;
  GtkRevealer       *review_revealer;
  GtkWidget         *review_banner;
  GtkLabel          *review_label;
  GtkRevealer       *old_version_revealer;
  GtkLabel          *old_version_label;
  GtkScrolledWindow *scroller;
  GtkListBox        *versions_list;
  DdAgreementView   *view;
};

G_DEFINE_FINAL_TYPE (DdAgreementPage, dd_agreement_page, DD_TYPE_PAGE)

static void update_state (DdAgreementPage *self);

static DdAgreementStore *
get_store (DdAgreementPage *self)
{
  DdContext *context = dd_page_get_context (DD_PAGE (self));

  return context != NULL ? dd_context_get_agreement_store (context) : NULL;
}

/* Says how something went. @toast: (transfer full) */

static void
toast (DdAgreementPage *self,
       const char      *message)
{
  dd_ui_announce_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static void
show_error (DdAgreementPage *self,
            const char      *heading,
            const GError    *error)
{
  dd_ui_show_error (GTK_WIDGET (self), heading, error->message);
}

static gboolean
is_draft (DdAgreement *version)
{
  return version != NULL && !dd_agreement_get_frozen (version);
}

static gboolean
same_version (DdAgreement *a,
              DdAgreement *b)
{
  return a != NULL && b != NULL && dd_agreement_get_version_id (a) == dd_agreement_get_version_id (b);
}

/* The newest version, draft or signed. (transfer full) */
static DdAgreement *
dup_newest (DdAgreementPage *self)
{
  if (self->versions == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->versions)) == 0)
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->versions), 0);
}

/* The version the dates count from: the one in force, or else the
 * newest signed (which may start later, or have ended). */
static DdAgreement *
get_signed (DdAgreementPage *self)
{
  guint n = self->versions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->versions)) : 0;

  if (self->in_force != NULL)
    return self->in_force;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DdAgreement) version = g_list_model_get_item (G_LIST_MODEL (self->versions), i);

      if (dd_agreement_get_frozen (version))
        return version;  /* the list holds it */
    }

  return NULL;
}

/* Saves now what is waiting to be saved. */
static gboolean
save_now (DdAgreementPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (self->agreement == NULL || get_store (self) == NULL || dd_agreement_get_frozen (self->agreement))
    return TRUE;

  /* Our own save: the page already shows what it wrote. */
  self->saving = TRUE;
  saved = dd_agreement_store_save (get_store (self), self->agreement, &error);
  self->saving = FALSE;

  if (!saved)
    {
      toast (self, error->message);
      return FALSE;
    }

  update_state (self);
  return TRUE;
}

static gboolean
on_save_timeout (gpointer user_data)
{
  DdAgreementPage *self = user_data;

  self->save_source = 0;
  save_now (self);

  return G_SOURCE_REMOVE;
}

static void
on_agreement_changed (DdAgreementPage *self)
{
  if (self->agreement == NULL || dd_agreement_get_frozen (self->agreement))
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
}

/* The status as a badge: its words, and a colour for each status. */
static void
show_status (DdAgreementPage   *self,
             DdAgreementStatus  status)
{
  static const char * const classes[] = {
    "dd-status-draft", "dd-status-signed", "dd-status-in-force",
    "dd-status-under-review", "dd-status-expired", "dd-status-terminated",
  };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);
  if ((guint) status < G_N_ELEMENTS (classes))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), classes[status]);

  gtk_label_set_label (self->status_label, dd_agreement_status_get_label (status));
}

static char *
dup_version_summary (DdAgreement *version)
{
  guint number = dd_agreement_get_version (version);

  /* A draft of a later version, beside the one signed; when nothing is
   * signed yet, the badge says "Draft" already. */
  if (!dd_agreement_get_frozen (version) && dd_agreement_get_status (version) != DD_AGREEMENT_STATUS_DRAFT)
    /* Translators: %u is the version of the agreement */
    return g_strdup_printf (_("Version %u · Draft"), number);

  /* Translators: %u is the version of the agreement */
  return g_strdup_printf (_("Version %u"), number);
}

/* When the version shown was signed, or "" for a draft. */
static char *
dup_signed_summary (DdAgreement *version)
{
  g_autofree char *signed_on = NULL;

  if (!dd_agreement_get_frozen (version))
    return g_strdup ("");

  signed_on = dd_date_format_long (dd_agreement_get_field (version, DD_AGREEMENT_FIELD_DATE_SIGNED));
  /* Translators: %s is the date a version of the agreement was signed */
  return g_strdup_printf (_("Signed %s"), signed_on);
}

/* "Review due in 45 days", "Review overdue by 3 days", "Not signed
 * yet"... */
static char *
dup_countdown (DdAgreementPage *self)
{
  DdAgreementStatus status = dd_agreement_get_status (self->current);
  DdAgreement *signed_version = get_signed (self);
  g_autofree char *today = dd_date_dup_today_iso ();
  g_autofree char *on = NULL;
  int n;

  if (status == DD_AGREEMENT_STATUS_TERMINATED)
    {
      const char *reason = dd_agreement_get_termination_reason (self->current);

      on = dd_date_format_long (dd_agreement_get_terminated_date (self->current));
      if (reason != NULL && *reason != '\0')
        /* Translators: the date the agreement was terminated, and why */
        return g_strdup_printf (_("Terminated on %s: %s"), on, reason);
      /* Translators: %s is the date the agreement was terminated */
      return g_strdup_printf (_("Terminated on %s"), on);
    }

  if (signed_version == NULL)
    return g_strdup (_("Not signed yet"));

  if (status == DD_AGREEMENT_STATUS_EXPIRED)
    {
      on = dd_date_format_long (dd_agreement_get_field (signed_version, DD_AGREEMENT_FIELD_END_DATE));
      /* Translators: %s is the agreement's end date */
      return g_strdup_printf (_("Ended on %s"), on);
    }

  if (status == DD_AGREEMENT_STATUS_SIGNED)
    {
      on = dd_date_format_long (dd_agreement_get_field (signed_version, DD_AGREEMENT_FIELD_START_DATE));
      /* Translators: %s is the date the agreement comes into force */
      return g_strdup_printf (_("Comes into force on %s"), on);
    }

  if (status == DD_AGREEMENT_STATUS_UNDER_REVIEW)
    return g_strdup (_("Under review with the Ministry of Justice"));

  if (*dd_agreement_get_field (signed_version, DD_AGREEMENT_FIELD_REVIEW_DATE) == '\0')
    return g_strdup (_("No review date set"));

  n = dd_agreement_get_days_to_review (signed_version, today);
  if (n > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review due in %d day", "Review due in %d days", n), n);
  if (n == 0)
    return g_strdup (_("Review due today"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Review overdue by %d day", "Review overdue by %d days", -n),
                          -n);
}

/* The banner: shown when the review is due within 60 days or overdue,
 * and nobody has begun it. */
static void
show_review_banner (DdAgreementPage *self)
{
  DdAgreement *whole = get_signed (self);
  g_autofree char *today = dd_date_dup_today_iso ();
  g_autofree char *due = NULL;
  g_autofree char *text = NULL;
  DdAgreementStatus status;
  int days;

  if (whole == NULL || *dd_agreement_get_field (whole, DD_AGREEMENT_FIELD_REVIEW_DATE) == '\0')
    {
      gtk_revealer_set_reveal_child (self->review_revealer, FALSE);
      return;
    }

  status = dd_agreement_get_status (self->current);
  days = dd_agreement_get_days_to_review (whole, today);

  if ((status != DD_AGREEMENT_STATUS_IN_FORCE && status != DD_AGREEMENT_STATUS_SIGNED) ||
      days > REVIEW_WARNING_DAYS)
    {
      gtk_revealer_set_reveal_child (self->review_revealer, FALSE);
      return;
    }

  due = dd_date_format_long (dd_agreement_get_field (whole, DD_AGREEMENT_FIELD_REVIEW_DATE));
  if (days > 0)
    /* Translators: %d is a number of days, %s the review date */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The agreement’s review is due in %d day, on %s.",
                                         "The agreement’s review is due in %d days, on %s.", days),
                            days, due);
  else if (days == 0)
    text = g_strdup (_("The agreement’s review is due today."));
  else
    /* Translators: %d is a number of days, %s the review date */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The agreement’s review is overdue by %d day: it was due on %s.",
                                         "The agreement’s review is overdue by %d days: it was due on %s.", -days),
                            -days, due);

  gtk_label_set_label (self->review_label, text);
  if (days < 0)
    gtk_widget_add_css_class (self->review_banner, "dd-overdue");
  else
    gtk_widget_remove_css_class (self->review_banner, "dd-overdue");
  gtk_revealer_set_reveal_child (self->review_revealer, TRUE);
}

static void
show_old_version_banner (DdAgreementPage *self)
{
  g_autoptr(DdAgreement) newest = dup_newest (self);
  g_autofree char *text = NULL;

  if (self->agreement == NULL || newest == NULL || same_version (newest, self->agreement))
    {
      gtk_revealer_set_reveal_child (self->old_version_revealer, FALSE);
      return;
    }

  if (same_version (self->agreement, self->in_force))
    /* Translators: both are versions of the agreement */
    text = g_strdup_printf (_("You are reading version %u, the version in force. The newest is version %u."),
                            dd_agreement_get_version (self->agreement), dd_agreement_get_version (newest));
  else
    /* Translators: both are versions of the agreement */
    text = g_strdup_printf (_("You are reading version %u, which is no longer in force. The newest is version %u."),
                            dd_agreement_get_version (self->agreement), dd_agreement_get_version (newest));

  gtk_label_set_label (self->old_version_label, text);
  gtk_revealer_set_reveal_child (self->old_version_revealer, TRUE);
}

static GtkWidget *
create_version_row (gpointer item,
                    gpointer user_data)
{
  DdAgreementPage *self = user_data;
  DdAgreement *version = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  /* Translators: %u is the version of the agreement */
  title = g_strdup_printf (_("Version %u"), dd_agreement_get_version (version));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  if (!dd_agreement_get_frozen (version))
    subtitle = g_strdup (_("Draft — not signed yet"));
  else
    {
      g_autofree char *signed_on =
        dd_date_format_long (dd_agreement_get_field (version, DD_AGREEMENT_FIELD_DATE_SIGNED));

      if (same_version (version, self->in_force))
        /* Translators: %s is the date a version of the agreement was signed */
        subtitle = g_strdup_printf (_("Signed %s · in force"), signed_on);
      else if (get_signed (self) != NULL &&
               dd_agreement_get_version (version) < dd_agreement_get_version (get_signed (self)))
        /* Translators: %s is the date a version of the agreement was signed */
        subtitle = g_strdup_printf (_("Signed %s · superseded"), signed_on);
      else
        /* Translators: %s is the date a version of the agreement was signed */
        subtitle = g_strdup_printf (_("Signed %s"), signed_on);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name (dd_agreement_get_frozen (version)
                                                           ? "changes-prevent-symbolic"
                                                           : "document-edit-symbolic"));

  if (same_version (version, self->agreement))
    {
      GtkWidget *shown = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_tooltip_text (shown, _("Shown"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (shown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Shown"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), shown);
    }

  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "agreement.show-version");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", dd_agreement_get_version (version));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

/* Everything that depends on where the agreement stands. */
static void
update_state (DdAgreementPage *self)
{
  g_autoptr(DdAgreement) newest = dup_newest (self);
  DdAgreementStatus status;
  g_autofree char *summary = NULL;
  g_autofree char *countdown = NULL;
  g_autofree char *signed_on = NULL;
  gboolean idle = self->export_cancellable == NULL;
  gboolean live;
  guint n_versions = self->versions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->versions)) : 0;

  /* A new agreement once there is none, or the last one has ended. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.create",
                                 self->current == NULL ||
                                 dd_agreement_get_status (self->current) == DD_AGREEMENT_STATUS_EXPIRED ||
                                 dd_agreement_get_status (self->current) == DD_AGREEMENT_STATUS_TERMINATED);

  if (self->current == NULL || self->agreement == NULL)
    {
      const char *actions[] = {
        "agreement.sign", "agreement.edit", "agreement.discard", "agreement.terminate",
        "agreement.begin-review", "agreement.end-review", "agreement.export", "agreement.compare",
        "agreement.show-newest",
      };

      for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], FALSE);
      gtk_revealer_set_reveal_child (self->review_revealer, FALSE);
      gtk_revealer_set_reveal_child (self->old_version_revealer, FALSE);
      return;
    }

  status = dd_agreement_get_status (self->current);
  live = status == DD_AGREEMENT_STATUS_SIGNED || status == DD_AGREEMENT_STATUS_IN_FORCE ||
         status == DD_AGREEMENT_STATUS_UNDER_REVIEW;

  show_status (self, status);
  summary = dup_version_summary (self->agreement);
  gtk_label_set_label (self->version_label, summary);
  countdown = dup_countdown (self);
  gtk_label_set_label (self->countdown_label, countdown);
  signed_on = dup_signed_summary (self->agreement);
  gtk_label_set_label (self->signed_label, signed_on);
  gtk_widget_set_visible (GTK_WIDGET (self->signed_label), *signed_on != '\0');

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.sign", is_draft (self->agreement));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.edit",
                                 !is_draft (self->agreement) && status != DD_AGREEMENT_STATUS_TERMINATED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.discard", is_draft (self->agreement));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.terminate", live);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.begin-review",
                                 status == DD_AGREEMENT_STATUS_IN_FORCE || status == DD_AGREEMENT_STATUS_SIGNED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.end-review",
                                 status == DD_AGREEMENT_STATUS_UNDER_REVIEW);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.export", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.compare", n_versions >= 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agreement.show-newest",
                                 newest != NULL && !same_version (newest, self->agreement));

  /* Only what can be done now; the rest is in the menu. */
  gtk_widget_set_visible (self->sign_button, is_draft (self->agreement));
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button),
                          !is_draft (self->agreement) && status != DD_AGREEMENT_STATUS_TERMINATED);

  /* Edit shows the draft when there is one, or makes it. */
  if (!is_draft (self->agreement) && is_draft (newest))
    {
      gtk_button_set_label (self->edit_button, _("Show _Draft"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->edit_button), NULL);
    }
  else
    {
      g_autofree char *tooltip = NULL;

      gtk_button_set_label (self->edit_button, _("_Edit…"));
      /* Translators: %u is the version editing makes */
      tooltip = g_strdup_printf (_("Signed versions do not change: editing makes version %u"),
                                 newest != NULL ? dd_agreement_get_version (newest) + 1 : 1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->edit_button), tooltip);
    }

  show_review_banner (self);
  show_old_version_banner (self);
}

static void
refresh_versions_list (DdAgreementPage *self)
{
  if (self->versions != NULL)
    gtk_list_box_bind_model (self->versions_list, G_LIST_MODEL (self->versions),
                             create_version_row, self, NULL);
  else
    gtk_list_box_bind_model (self->versions_list, NULL, NULL, NULL, NULL);
}

/* Shows @version (or nothing), after saving what was typed in the one
 * shown before. */
static void
show_version (DdAgreementPage *self,
              DdAgreement     *version)
{
  if (self->agreement != version)
    {
      gboolean another = !same_version (self->agreement, version);

      if (self->save_source != 0)
        save_now (self);

      g_set_object (&self->agreement, version);
      g_signal_group_set_target (self->signals, version);
      dd_agreement_view_set_agreement (self->view, version);

      /* The same version read again stays where it was read. */
      if (another)
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
    }

  gtk_stack_set_visible_child_name (self->stack, version != NULL ? "agreement" : "empty");
  refresh_versions_list (self);
  update_state (self);
}

static DdAgreement *
find_version (DdAgreementPage *self,
              guint            number)
{
  guint n = self->versions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->versions)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DdAgreement) version = g_list_model_get_item (G_LIST_MODEL (self->versions), i);

      if (dd_agreement_get_version (version) == number)
        return version;  /* the list holds it */
    }

  return NULL;
}

/* Reads the agreement and its versions again, and shows the version
 * numbered @show (or the one shown, or the newest).
 *
 * The store reads new objects each time; the draft being typed into is
 * kept as it is (it holds what the autosave has not written yet), and
 * the rest are taken afresh, with their status of today. */
static void
reload (DdAgreementPage *self,
        guint            show)
{
  DdAgreementStore *store = get_store (self);
  g_autoptr(DdAgreement) current = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GListStore) versions = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DdAgreement) newest = NULL;
  DdAgreement *version = NULL;
  GtkSorter *sorter;

  if (show == 0 && self->agreement != NULL)
    show = dd_agreement_get_version (self->agreement);

  if (store == NULL ||
      !(current = dd_agreement_store_get_current (store, &error)) ||
      !(stored = dd_agreement_store_list_versions (store, dd_agreement_get_id (current), &error)))
    {
      if (error != NULL)
        toast (self, error->message);

      g_clear_object (&self->versions);
      g_clear_object (&self->current);
      g_clear_object (&self->in_force);
      show_version (self, NULL);
      return;
    }

  g_set_object (&self->current, current);
  g_clear_object (&self->in_force);
  self->in_force = dd_agreement_store_get_in_force (store, NULL);
  if (self->in_force != NULL && dd_agreement_get_id (self->in_force) != dd_agreement_get_id (current))
    g_clear_object (&self->in_force);

  versions = g_list_store_new (DD_TYPE_AGREEMENT);
  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(DdAgreement) fresh = g_list_model_get_item (stored, i);

      if (is_draft (fresh) && is_draft (self->agreement) && same_version (fresh, self->agreement))
        g_list_store_append (versions, self->agreement);
      else
        g_list_store_append (versions, fresh);
    }

  sorter = GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (DD_TYPE_AGREEMENT, NULL, "version")));
  gtk_numeric_sorter_set_sort_order (GTK_NUMERIC_SORTER (sorter), GTK_SORT_DESCENDING);
  g_clear_object (&self->versions);
  self->versions = gtk_sort_list_model_new (G_LIST_MODEL (g_steal_pointer (&versions)), sorter);

  if (show != 0)
    version = find_version (self, show);
  if (version == NULL)
    version = newest = dup_newest (self);

  show_version (self, version);
}

static void
on_store_changed (DdAgreementPage *self)
{
  /* What the page saved itself it shows already. */
  if (self->saving)
    return;

  reload (self, 0);
}

/* The decision report that approved the agreement, on the Reports page. */
static void
on_open_report (DdAgreementPage *self,
                const char      *reference)
{
  DdContext *context = dd_page_get_context (DD_PAGE (self));
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_VIEW_STACK);
  GtkWidget *reports = stack != NULL ? adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), "reports") : NULL;
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (context == NULL || !DD_IS_REPORTS_PAGE (reports))
    return;

  if (!(report = dd_report_store_find_by_reference (dd_context_get_report_store (context), reference, &error)))
    {
      toast (self, error->message);
      return;
    }

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "reports");
  dd_reports_page_select (DD_REPORTS_PAGE (reports), report);
}

/* Actions */

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (widget);
  g_autoptr(DdAgreement) draft = NULL;
  g_autoptr(DdAgreement) created = NULL;
  g_autoptr(GError) error = NULL;

  if (get_store (self) == NULL)
    return;

  if (!(draft = dd_agreement_new_from_template (&error)) ||
      !(created = dd_agreement_store_create (get_store (self), draft, &error)))
    {
      show_error (self, _("Cannot Start the Agreement"), error);
      return;
    }

  reload (self, dd_agreement_get_version (created));
  toast (self, _("Draft agreement made from the HMPPS template"));
}

static void
on_sign_response (DdAgreementDateDialog *dialog,
                  const char            *response,
                  DdAgreementPage       *self)
{
  DdAgreement *version = dd_agreement_date_dialog_get_agreement (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *done = NULL;

  if (!g_str_equal (response, "sign") || version != self->agreement || get_store (self) == NULL)
    return;

  if (!save_now (self))
    return;

  if (!dd_agreement_store_sign (get_store (self), version, dd_agreement_date_dialog_get_date (dialog), &error))
    {
      /* Translators: %u is the version of the agreement */
      heading = g_strdup_printf (_("Cannot Sign Version %u"), dd_agreement_get_version (version));
      show_error (self, heading, error);
      return;
    }

  reload (self, dd_agreement_get_version (version));
  /* Translators: %u is the version of the agreement */
  done = g_strdup_printf (_("Version %u signed"), dd_agreement_get_version (version));
  toast (self, done);
}

static void
sign_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (widget);
  DdAgreementDateDialog *dialog;

  if (!is_draft (self->agreement) || !save_now (self))
    return;

  dialog = dd_agreement_date_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->agreement,
                                         DD_AGREEMENT_DATE_DIALOG_SIGN);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_sign_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
make_new_version (DdAgreementPage *self)
{
  g_autoptr(DdAgreement) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (self->agreement == NULL || get_store (self) == NULL)
    return;

  if (!(draft = dd_agreement_store_new_version (get_store (self), self->agreement, &error)))
    {
      show_error (self, _("Cannot Make a New Version"), error);
      return;
    }

  reload (self, dd_agreement_get_version (draft));
  /* Translators: %u is the version of the agreement */
  done = g_strdup_printf (_("Version %u is a draft: changes are saved as you type"),
                          dd_agreement_get_version (draft));
  toast (self, done);
}

static void
on_edit_response (AdwMessageDialog *dialog,
                  const char       *response,
                  DdAgreementPage  *self)
{
  if (g_str_equal (response, "edit"))
    make_new_version (self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (widget);
  g_autoptr(DdAgreement) newest = dup_newest (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  guint next;

  if (self->agreement == NULL || is_draft (self->agreement))
    return;

  /* A draft is already there: that is where changes go. */
  if (is_draft (newest))
    {
      show_version (self, newest);
      return;
    }

  next = dd_agreement_get_version (newest) + 1;
  /* Translators: %u is the version editing makes */
  heading = g_strdup_printf (_("Make Version %u?"), next);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Version %u is signed and cannot change. Editing makes version %u, a draft "
                                    "of it to change and sign; until then, the version signed stays as it is."),
                                  dd_agreement_get_version (newest), next);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "edit", _("_Make Version"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "edit", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "edit");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_edit_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     DdAgreementPage  *self)
{
  DdAgreement *draft = g_object_get_data (G_OBJECT (dialog), "dd-agreement");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "discard") || draft != self->agreement || get_store (self) == NULL)
    return;

  /* What is still being typed goes with it. */
  g_clear_handle_id (&self->save_source, g_source_remove);

  if (!dd_agreement_store_discard_draft (get_store (self), draft, &error))
    {
      show_error (self, _("Cannot Discard the Draft"), error);
      return;
    }

  g_clear_object (&self->agreement);
  g_signal_group_set_target (self->signals, NULL);
  reload (self, 0);
  toast (self, _("Draft discarded"));
}

static void
discard_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (widget);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (!is_draft (self->agreement))
    return;

  if (dd_agreement_get_version (self->agreement) == 1)
    dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                     _("Discard the Draft Agreement?"),
                                     _("Nothing of it is signed yet: the whole agreement will be removed. "
                                       "It can be started again from the template."));
  else
    {
      /* Translators: %u is the version of the agreement */
      heading = g_strdup_printf (_("Discard the Draft of Version %u?"), dd_agreement_get_version (self->agreement));
      dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                       _("The changes made in this draft will be lost. "
                                         "The versions signed stay as they are."));
    }
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "dd-agreement", g_object_ref (self->agreement), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_terminate_response (DdAgreementDateDialog *dialog,
                       const char            *response,
                       DdAgreementPage       *self)
{
  DdAgreement *whole = dd_agreement_date_dialog_get_agreement (dialog);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "terminate") || get_store (self) == NULL)
    return;

  if (!save_now (self))
    return;

  if (!dd_agreement_store_terminate (get_store (self), whole, dd_agreement_date_dialog_get_date (dialog),
                                     dd_agreement_date_dialog_get_reason (dialog), &error))
    {
      show_error (self, _("Cannot Terminate the Agreement"), error);
      return;
    }

  reload (self, 0);
  toast (self, _("Agreement terminated"));
}

static void
terminate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (widget);
  DdAgreementDateDialog *dialog;

  if (self->current == NULL)
    return;

  dialog = dd_agreement_date_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->current,
                                         DD_AGREEMENT_DATE_DIALOG_TERMINATE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_terminate_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_under_review (DdAgreementPage *self,
                  gboolean         under_review)
{
  g_autoptr(DdAgreement) whole = NULL;
  g_autoptr(GError) error = NULL;

  if (self->current == NULL || get_store (self) == NULL)
    return;

  whole = g_object_ref (self->current);
  if (!dd_agreement_store_set_under_review (get_store (self), whole, under_review, &error))
    {
      show_error (self, under_review ? _("Cannot Begin the Review") : _("Cannot End the Review"), error);
      return;
    }

  reload (self, 0);
  toast (self, under_review ? _("Review begun: the agreement is under review")
                            : _("Review ended"));
}

static void
begin_review_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  set_under_review (DD_AGREEMENT_PAGE (widget), TRUE);
}

static void
end_review_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  set_under_review (DD_AGREEMENT_PAGE (widget), FALSE);
}

static void
show_version_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (widget);
  DdAgreement *version = find_version (self, g_variant_get_uint32 (parameter));

  if (version != NULL)
    show_version (self, version);
}

static void
show_newest_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (widget);
  g_autoptr(DdAgreement) newest = dup_newest (self);

  if (newest != NULL)
    show_version (self, newest);
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (widget);
  DdAgreementCompareWindow *window;

  if (self->versions == NULL || !save_now (self))
    return;

  window = dd_agreement_compare_window_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                            G_LIST_MODEL (self->versions));
  gtk_window_present (GTK_WINDOW (window));
}

/* Export as PDF */

typedef struct
{
  DdAgreement *agreement;  /* a copy: the thread's own */
  char        *language;
  char        *path;
  char        *name;       /* the file's, to show */
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->agreement);
  g_free (job->language);
  g_free (job->path);
  g_free (job->name);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(DdCatalog) catalog = NULL;
  g_autoptr(DdDocument) document = NULL;
  GError *error = NULL;

  if (!(catalog = dd_catalog_new (job->language, &error)) ||
      !(document = dd_agreement_document_build (job->agreement, catalog, &error)) ||
      !dd_document_write_pdf (document, job->path, cancellable, NULL, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
on_export_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (object);
  GTask *task = G_TASK (result);
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  /* The page went away meanwhile: nobody to tell. */
  if (self->export_cancellable == NULL || g_task_get_cancellable (task) != self->export_cancellable)
    return;

  g_clear_object (&self->export_cancellable);
  update_state (self);

  if (!g_task_propagate_boolean (task, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Cannot Export the Agreement"), error);
      return;
    }

  dd_ui_announce_export (GTK_WIDGET (self), job->path, _("Cannot Open the Agreement"));
}

static void
start_export (DdAgreementPage *self,
              const char      *path)
{
  DdContext *context = dd_page_get_context (DD_PAGE (self));
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  if (self->agreement == NULL || self->export_cancellable != NULL)
    return;

  job = g_new0 (ExportJob, 1);
  job->agreement = dd_agreement_copy (self->agreement);
  job->language = g_strdup (context != NULL
                            ? dd_office_settings_get_document_language (dd_context_get_office_settings (context))
                            : "en");
  job->path = g_strdup (path);
  job->name = g_filename_display_basename (path);

  self->export_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->export_cancellable, on_export_done, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, export_job_free);
  update_state (self);

  g_task_run_in_thread (task, export_thread);
}

static void
on_export_file_chosen (GtkNativeDialog *dialog,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(DdAgreementPage) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);

  if (file == NULL || self->agreement == NULL)
    return;

  if ((path = g_file_get_path (file)) == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("The chosen location is not a file on this computer; "
                                                       "choose a local folder."));

      show_error (self, _("Cannot Export the Agreement"), error);
      return;
    }

  g_clear_object (&self->export_folder);
  self->export_folder = g_file_get_parent (file);
  start_export (self, path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;
  const char *test_path;

  /* The PDF shows what is saved: save what is still being typed. */
  if (self->agreement == NULL || self->export_cancellable != NULL || !save_now (self))
    return;

  /* TEST HOOK: the UI tests set "dd-test-export-path" to export there,
   * as they cannot answer the native file chooser. Nothing else sets it. */
  if ((test_path = g_object_get_data (G_OBJECT (self), "dd-test-export-path")) != NULL)
    {
      start_export (self, test_path);
      return;
    }

  chooser = gtk_file_chooser_native_new (_("Export Agreement"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  name = dd_agreement_document_dup_file_name (self->agreement);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (self->export_folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), self->export_folder, NULL);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Days go by while the window is open: the countdown and the status
 * are read again whenever the page is shown. */
static void
dd_agreement_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (dd_agreement_page_parent_class)->map (widget);

  reload (DD_AGREEMENT_PAGE (widget), 0);
}

static void
dd_agreement_page_context_changed (DdPage *page)
{
  DdAgreementPage *self = DD_AGREEMENT_PAGE (page);
  DdAgreementStore *store = get_store (self);

  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);

  reload (self, 0);
}

static void
dd_agreement_page_dispose (GObject *object)
{
  DdAgreementPage *self = (DdAgreementPage *)object;

  if (self->save_source != 0)
    save_now (self);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_object (&self->export_folder);
  g_clear_object (&self->signals);
  g_clear_object (&self->agreement);
  g_clear_object (&self->current);
  g_clear_object (&self->in_force);
  g_clear_object (&self->versions);

  G_OBJECT_CLASS (dd_agreement_page_parent_class)->dispose (object);
}

static void
dd_agreement_page_class_init (DdAgreementPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DdPageClass *page_class = DD_PAGE_CLASS (klass);

  object_class->dispose = dd_agreement_page_dispose;
  widget_class->map = dd_agreement_page_map;
  page_class->context_changed = dd_agreement_page_context_changed;

  g_type_ensure (DD_TYPE_AGREEMENT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-agreement-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, version_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, signed_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, sign_button);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, sign_button_compact);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, edit_button_compact);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, review_revealer);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, review_banner);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, review_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, old_version_revealer);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, old_version_label);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, versions_list);
  gtk_widget_class_bind_template_child (widget_class, DdAgreementPage, view);

  gtk_widget_class_bind_template_callback (widget_class, on_open_report);

  gtk_widget_class_install_action (widget_class, "agreement.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "agreement.sign", NULL, sign_action);
  gtk_widget_class_install_action (widget_class, "agreement.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "agreement.discard", NULL, discard_action);
  gtk_widget_class_install_action (widget_class, "agreement.terminate", NULL, terminate_action);
  gtk_widget_class_install_action (widget_class, "agreement.begin-review", NULL, begin_review_action);
  gtk_widget_class_install_action (widget_class, "agreement.end-review", NULL, end_review_action);
  gtk_widget_class_install_action (widget_class, "agreement.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "agreement.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "agreement.show-version", "u", show_version_action);
  gtk_widget_class_install_action (widget_class, "agreement.show-newest", NULL, show_newest_action);
}

static void
dd_agreement_page_init (DdAgreementPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bin's own child: AdwBin disposes it, so it is not bound as a
   * template child, which would dispose it twice. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  /* The bar's buttons come twice: with "Export as PDF…" in words, and,
   * when the window is too narrow for that, as an icon. */
  g_object_bind_property (self->sign_button, "visible", self->sign_button_compact, "visible",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->edit_button, "visible", self->edit_button_compact, "visible",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->edit_button, "label", self->edit_button_compact, "label",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->edit_button, "tooltip-text", self->edit_button_compact, "tooltip-text",
                          G_BINDING_SYNC_CREATE);

  self->signals = g_signal_group_new (DD_TYPE_AGREEMENT);
  g_signal_group_connect_swapped (self->signals, "changed", G_CALLBACK (on_agreement_changed), self);

  /* For tests, which read the page as a user would. */
  g_object_set_data (G_OBJECT (self), "dd-status-label", self->status_label);
  g_object_set_data (G_OBJECT (self), "dd-version-label", self->version_label);
  g_object_set_data (G_OBJECT (self), "dd-countdown-label", self->countdown_label);
  g_object_set_data (G_OBJECT (self), "dd-signed-label", self->signed_label);
  g_object_set_data (G_OBJECT (self), "dd-review-revealer", self->review_revealer);
  g_object_set_data (G_OBJECT (self), "dd-review-label", self->review_label);
  g_object_set_data (G_OBJECT (self), "dd-stack", self->stack);

  update_state (self);
}

/* The version shown. */
DdAgreement *
dd_agreement_page_get_agreement (DdAgreementPage *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_PAGE (self), NULL);

  return self->agreement;
}

/**
 * dd_agreement_page_get_versions:
 *
 * Returns: (transfer none) (nullable): the versions of the agreement,
 *   newest first
 */
GListModel *
dd_agreement_page_get_versions (DdAgreementPage *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_PAGE (self), NULL);

  return self->versions != NULL ? G_LIST_MODEL (self->versions) : NULL;
}

/* The DdAgreementView showing the version. */
GtkWidget *
dd_agreement_page_get_view (DdAgreementPage *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_PAGE (self), NULL);

  return GTK_WIDGET (self->view);
}

/**
 * dd_agreement_page_flush:
 *
 * Saves at once any change still waiting for the autosave.
 *
 * Returns: %FALSE if it could not be saved (the reason was shown)
 */
gboolean
dd_agreement_page_flush (DdAgreementPage *self)
{
  g_return_val_if_fail (DD_IS_AGREEMENT_PAGE (self), FALSE);

  if (self->save_source == 0)
    return TRUE;

  return save_now (self);
}
