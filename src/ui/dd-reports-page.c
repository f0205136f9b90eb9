/* dd-reports-page.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page for the register of decision reports: drafting, sign-off, the Commissioner's decision and publication.
 */

#include "config.h"

#include "dd-reports-page.h"

struct _DdReportsPage
{
  DdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (DdReportsPage, dd_reports_page, DD_TYPE_PAGE)

static void
dd_reports_page_class_init (DdReportsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-reports-page.ui");
}

static void
dd_reports_page_init (DdReportsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
