/* dd-history-window.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole audit trail of one record, newest first: what changed, who
 * changed it, when and, where one was given, why. The editor shows only
 * the latest change; laying out hundreds of wrapped rows every time a
 * report is opened would make opening it slow, and the trail is read
 * far less often than the report.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-history-window.h"

struct _DdHistoryWindow
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (DdHistoryWindow, dd_history_window, ADW_TYPE_WINDOW)

static char *
dup_when (GDateTime *timestamp)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (timestamp);

  /* Translators: when a change was made; see g_date_time_format() */
  return g_date_time_format (local, _("%-d %B %Y, %H:%M"));
}

/**
 * dd_history_describe:
 * @entry: a change
 * @what: (out): what it changed
 * @details: (out): who changed it, when and, where given, why
 */
void
dd_history_describe (DdAuditEntry  *entry,
                     char         **what,
                     char         **details)
{
  g_autofree char *when = dup_when (dd_audit_entry_get_timestamp (entry));
  const char *reason = dd_audit_entry_get_reason (entry);

  *what = dd_report_store_describe_change (entry);
  if (reason != NULL && *reason != '\0')
    /* Translators: who · when · why */
    *details = g_strdup_printf (_("%s · %s · %s"), dd_audit_entry_get_actor (entry), when, reason);
  else
    /* Translators: who · when */
    *details = g_strdup_printf (_("%s · %s"), dd_audit_entry_get_actor (entry), when);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  g_autofree char *what = NULL;
  g_autofree char *details = NULL;
  GtkWidget *row = adw_action_row_new ();

  dd_history_describe (item, &what, &details);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);

  return row;
}

static void
dd_history_window_class_init (DdHistoryWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/decisiondesk/DecisionDesk/ui/dd-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DdHistoryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DdHistoryWindow, list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dd_history_window_init (DdHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* For tests, which read the window as a user would. */
  g_object_set_data (G_OBJECT (self), "dd-history-list", self->list);
}

/**
 * dd_history_window_new:
 * @parent: the window it belongs to
 * @subtitle: what the history is of, such as a report's reference
 * @entries: the #DdAuditEntry list, newest first
 *
 * Returns: (transfer none): a new window, not yet shown
 */
DdHistoryWindow *
dd_history_window_new (GtkWindow  *parent,
                       const char *subtitle,
                       GListModel *entries)
{
  DdHistoryWindow *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);

  self = g_object_new (DD_TYPE_HISTORY_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);

  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_list_box_bind_model (self->list, entries, create_row, NULL, NULL);

  return self;
}
