/* dd-page.h: what every page of the main window has in common
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dd-types.h"

G_BEGIN_DECLS

#define DD_TYPE_PAGE (dd_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (DdPage, dd_page, DD, PAGE, AdwBin)

struct _DdPageClass
{
  AdwBinClass parent_class;

  /* Called when the context is set or replaced, so the page can bind
   * its views to the stores in it. */
  void (*context_changed) (DdPage *self);
};

DdContext *dd_page_get_context (DdPage    *self);
void       dd_page_set_context (DdPage    *self,
                                DdContext *context);

G_END_DECLS
