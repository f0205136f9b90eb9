/* dd-i18n.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "dd-i18n.h"

/**
 * dd_i18n_get_localedir:
 *
 * Where the message catalogues are: the installed locale directory, or
 * the build tree's when `DECISION_DESK_LOCALEDIR` says so (`meson devenv`
 * and the tests set it, so an uninstalled build speaks Welsh too).
 */
const char *
dd_i18n_get_localedir (void)
{
  const char *override = g_getenv ("DECISION_DESK_LOCALEDIR");

  if (override != NULL && *override != '\0')
    return override;

  return LOCALEDIR;
}

/**
 * dd_i18n_init:
 *
 * Sets the locale from the environment and binds the message catalogue
 * that the core's strings are looked up in. Safe to call more than once.
 */
void
dd_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dd_i18n_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}
