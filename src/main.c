/* main.c: the GUI entry point
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DdApplication) app = NULL;

  dd_i18n_init ();
  textdomain (GETTEXT_PACKAGE);

  app = dd_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
