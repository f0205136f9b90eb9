/* dd-agreement-page.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page for the data-sharing agreement (Memorandum of Understanding) with the Ministry of Justice, its terms of use and the User Access Statement.
 */

#include "config.h"

#include "dd-agreement-page.h"

struct _DdAgreementPage
{
  DdPage parent_instance;
};

G_DEFINE_FINAL_TYPE (DdAgreementPage, dd_agreement_page, DD_TYPE_PAGE)

static void
dd_agreement_page_class_init (DdAgreementPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-agreement-page.ui");
}

static void
dd_agreement_page_init (DdAgreementPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
