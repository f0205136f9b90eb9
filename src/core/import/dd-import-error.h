/* dd-import-error.h: the errors of every importer
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DD_IMPORT_ERROR (dd_import_error_quark ())

/**
 * DdImportError:
 * @DD_IMPORT_ERROR_READ: the file could not be read (missing, no
 *   permission, an I/O error)
 * @DD_IMPORT_ERROR_UNSUPPORTED: not the kind of file its name says (an
 *   HTML page or plain text saved as .docx)
 * @DD_IMPORT_ERROR_CORRUPT: the file is damaged: a truncated zip, XML
 *   that is not well-formed, missing parts
 * @DD_IMPORT_ERROR_TOO_LARGE: over the size limits of the importer (a
 *   zip bomb, a huge part)
 * @DD_IMPORT_ERROR_EMPTY: there is nothing in it
 * @DD_IMPORT_ERROR_NOT_A_REPORT: readable, but not a decision report
 *
 * The importers report every failure in this domain, with a message that
 * names the file and can be shown as it is.
 */
typedef enum
{
  DD_IMPORT_ERROR_READ,
  DD_IMPORT_ERROR_UNSUPPORTED,
  DD_IMPORT_ERROR_CORRUPT,
  DD_IMPORT_ERROR_TOO_LARGE,
  DD_IMPORT_ERROR_EMPTY,
  DD_IMPORT_ERROR_NOT_A_REPORT,
} DdImportError;

GQuark dd_import_error_quark (void);

G_END_DECLS
