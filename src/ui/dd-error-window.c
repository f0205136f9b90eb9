/* dd-error-window.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Without its database the app can do nothing useful. Rather than a
 * dialog with no window behind it, it opens this: a window that says
 * what is wrong, with which file, and lets the user quit. The file
 * itself is never touched.
 */

#include "config.h"

#include "dd-error-window.h"

struct _DdErrorWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwStatusPage        *status_page;
};

G_DEFINE_FINAL_TYPE (DdErrorWindow, dd_error_window, ADW_TYPE_APPLICATION_WINDOW)

static void
dd_error_window_class_init (DdErrorWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-error-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DdErrorWindow, status_page);
}

static void
dd_error_window_init (DdErrorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DdErrorWindow *
dd_error_window_new (GtkApplication *application,
                     const char     *heading,
                     const char     *message)
{
  DdErrorWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (heading != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (DD_TYPE_ERROR_WINDOW,
                       "application", application,
                       NULL);
  adw_status_page_set_title (self->status_page, heading);
  adw_status_page_set_description (self->status_page, message);

  return self;
}

const char *
dd_error_window_get_heading (DdErrorWindow *self)
{
  g_return_val_if_fail (DD_IS_ERROR_WINDOW (self), NULL);

  return adw_status_page_get_title (self->status_page);
}

const char *
dd_error_window_get_message (DdErrorWindow *self)
{
  g_return_val_if_fail (DD_IS_ERROR_WINDOW (self), NULL);

  return adw_status_page_get_description (self->status_page);
}
