/* dd-hub-data-page.h
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dd-page.h"

G_BEGIN_DECLS

#define DD_TYPE_HUB_DATA_PAGE (dd_hub_data_page_get_type ())

G_DECLARE_FINAL_TYPE (DdHubDataPage, dd_hub_data_page, DD, HUB_DATA_PAGE, DdPage)

G_END_DECLS
