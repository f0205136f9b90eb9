/* dd-hub-data-page.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page for data downloaded from the HMPPS Performance Hub and Segmentation Tool: tables, filters and charts, marked as unpublished.
 */

#include "config.h"

#include "dd-hub-data-page.h"

struct _DdHubDataPage
{
  DdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (DdHubDataPage, dd_hub_data_page, DD_TYPE_PAGE)

static void
dd_hub_data_page_class_init (DdHubDataPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-hub-data-page.ui");
}

static void
dd_hub_data_page_init (DdHubDataPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
