/* dd-file-replace.h: writing a file that appears whole or not at all
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _DdFileReplace DdFileReplace;

DdFileReplace *dd_file_replace_begin    (const char     *destination,
                                         GError        **error);
const char    *dd_file_replace_get_path (DdFileReplace  *self);
gboolean       dd_file_replace_commit   (DdFileReplace  *self,
                                         GCancellable   *cancellable,
                                         GError        **error);
void           dd_file_replace_free     (DdFileReplace  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DdFileReplace, dd_file_replace_free)

G_END_DECLS
