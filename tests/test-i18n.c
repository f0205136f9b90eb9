/* test-i18n.c: the Welsh translation, through the core's own lookups
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with LANGUAGE=cy against the catalogue built in the build tree
 * (DECISION_DESK_LOCALEDIR, set by meson).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-core.h"
#include "dd-test-util.h"

static void
test_interface_strings (void)
{
  /* Page titles of the main window, looked up as the UI does. */
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Reports"), ==, "Adroddiadau");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Users"), ==, "Defnyddwyr");
  g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Agreement"), ==, "Cytundeb");
}

static void
test_core_error_in_welsh (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "cofnodion.txt", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(DdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  dd_test_write_file (path, "Cofnodion y Bwrdd Strategol\n", -1);

  db = dd_database_new (path, DD_DATABASE_FLAGS_NONE, NULL, &error);
  g_assert_error (error, DD_DATABASE_ERROR, DD_DATABASE_ERROR_NOT_A_DATABASE);

  expected = g_strdup_printf ("Nid yw “%s” yn gronfa ddata Decision Desk, neu mae wedi’i difrodi",
                              path);
  g_assert_cmpstr (error->message, ==, expected);
}

static char *
read_built_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "..", "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static void
test_desktop_file (void)
{
  g_autofree char *desktop = read_built_file (APP_ID ".desktop");

  g_assert_nonnull (strstr (desktop, "\nComment[cy]="));
  g_assert_nonnull (strstr (desktop, "\nGenericName[cy]=Adroddiadau Penderfyniadau\n"));
  g_assert_nonnull (strstr (desktop, "\nKeywords[cy]="));
}

static void
test_metainfo (void)
{
  g_autofree char *metainfo = read_built_file (APP_ID ".metainfo.xml");

  g_assert_nonnull (strstr (metainfo, "<summary xml:lang=\"cy\">"));
  g_assert_nonnull (strstr (metainfo, "<p xml:lang=\"cy\">"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "cy", TRUE);
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  dd_i18n_init ();

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/i18n/interface-strings", test_interface_strings);
  g_test_add_func ("/i18n/core-error-in-welsh", test_core_error_in_welsh);
  g_test_add_func ("/i18n/desktop-file", test_desktop_file);
  g_test_add_func ("/i18n/metainfo", test_metainfo);

  return g_test_run ();
}
