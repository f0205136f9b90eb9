/* dd-test-util.h: helpers shared by the tests
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char  *dd_test_make_tmp_dir    (void);
char  *dd_test_checksum_file   (const char *path);
void   dd_test_write_file      (const char *path,
                                const char *contents,
                                gssize      length);
gsize  dd_test_count_files     (const char *folder);
void   dd_test_remove_tree     (const char *path);
void   dd_test_store_result    (GObject      *object,
                                GAsyncResult *result,
                                gpointer      user_data);
void   dd_test_wait_for_result (GAsyncResult **result);

G_END_DECLS
