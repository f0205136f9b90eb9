/* dd-users-page.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page for the register of Designated Users: who may use the HMPPS Performance Hub and Segmentation Tool, on what terms and since when.
 */

#include "config.h"

#include "dd-users-page.h"

struct _DdUsersPage
{
  DdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (DdUsersPage, dd_users_page, DD_TYPE_PAGE)

static void
dd_users_page_class_init (DdUsersPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-users-page.ui");
}

static void
dd_users_page_init (DdUsersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
