/* dd-test-util.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "dd-test-util.h"

static void
remove_recursively (gpointer data)
{
  g_autofree char *path = data;

  dd_test_remove_tree (path);
}

/**
 * dd_test_remove_tree:
 *
 * Removes @path and, if it is a folder, everything in it.
 */
void
dd_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            dd_test_remove_tree (child);
          else
            g_unlink (child);
        }
    }

  g_rmdir (path);
}

/**
 * dd_test_make_tmp_dir:
 *
 * Returns: (transfer full): a new empty folder, removed with everything
 *   in it when the current test ends
 */
char *
dd_test_make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("decision-desk-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_test_queue_destroy (remove_recursively, g_strdup (path));

  return path;
}

char *
dd_test_checksum_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
dd_test_write_file (const char *path,
                    const char *contents,
                    gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

gsize
dd_test_count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gsize n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

/**
 * dd_test_store_result:
 *
 * A #GAsyncReadyCallback that keeps the result in the `GAsyncResult *`
 * that @user_data points to; dd_test_wait_for_result() waits for it.
 */
void
dd_test_store_result (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

void
dd_test_wait_for_result (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}
