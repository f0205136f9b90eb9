/* dd-user-event.h: one dated step in a Designated User's timeline
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dd-types.h"
#include "dd-agreement-enums.h"

G_BEGIN_DECLS

#define DD_TYPE_USER_EVENT (dd_user_event_get_type ())

G_DECLARE_FINAL_TYPE (DdUserEvent, dd_user_event, DD, USER_EVENT, GObject)

DdUserEvent     *dd_user_event_new         (DdUserEventKind  kind,
                                            const char      *date,
                                            const char      *recorded_at,
                                            const char      *actor,
                                            const char      *detail);
DdUserEventKind  dd_user_event_get_kind    (DdUserEvent     *self);
const char      *dd_user_event_get_date    (DdUserEvent     *self);
const char      *dd_user_event_get_recorded_at (DdUserEvent *self);
const char      *dd_user_event_get_actor   (DdUserEvent     *self);
const char      *dd_user_event_get_detail  (DdUserEvent     *self);
char            *dd_user_event_dup_summary (DdUserEvent     *self);

G_END_DECLS
