/* dd-zip-part.h: the parts of a zip package, streamed into libxml2
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the readers of zipped XML (.docx, .xlsx, .ods) share: opening the
 * package with libgsf, finding a part by its path or through the OPC
 * relationships, and feeding a part in chunks to libxml2's SAX2 push
 * parser within bounds (size, compression ratio, no entity declarations,
 * no XML_PARSE_HUGE). Every error is in DD_IMPORT_ERROR and names the file.
 *
 * A reader's state starts with a DdZipParse, and that state is the
 * user_data its SAX callbacks receive:
 *
 *   typedef struct { DdZipParse parse; ... } ReadState;
 *
 *   static void
 *   on_start_element (void *user_data, ...)
 *   {
 *     ReadState *state = user_data;
 *
 *     if (state->parse.error != NULL)
 *       return;
 *     ...
 *     dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE, _("..."), ...);
 *   }
 *
 *   g_autoptr(GsfInfile) zip = dd_zip_open (path, name, NULL, error);
 *   g_autoptr(GsfInput) part = zip != NULL ? dd_zip_find_part (zip, "content.xml") : NULL;
 *   ...
 *   ok = dd_zip_parse_part (part, "content.xml", &sax, &state.parse, name, cancellable, error);
 *   dd_zip_parse_clear (&state.parse);
 */

#pragma once

#include <gio/gio.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input.h>
#include <libxml/parser.h>

G_BEGIN_DECLS

/* libgsf 1.14 has no autoptr cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/**
 * DdFileContent:
 * @DD_FILE_CONTENT_EMPTY: nothing at all
 * @DD_FILE_CONTENT_BINARY: none of the below, and not text
 * @DD_FILE_CONTENT_TEXT: text (UTF-8, UTF-16 or Windows-1252, no NULs)
 * @DD_FILE_CONTENT_HTML: a web page
 * @DD_FILE_CONTENT_XML: an XML document (not HTML)
 * @DD_FILE_CONTENT_PDF: a PDF document
 * @DD_FILE_CONTENT_ZIP: a zip archive (perhaps cut short)
 * @DD_FILE_CONTENT_COMPOUND: an OLE2 compound file: an older Office file
 *   (.xls, .doc) or a password-protected .xlsx/.docx
 *
 * What the first bytes of a file look like.
 */
typedef enum
{
  DD_FILE_CONTENT_EMPTY,
  DD_FILE_CONTENT_BINARY,
  DD_FILE_CONTENT_TEXT,
  DD_FILE_CONTENT_HTML,
  DD_FILE_CONTENT_XML,
  DD_FILE_CONTENT_PDF,
  DD_FILE_CONTENT_ZIP,
  DD_FILE_CONTENT_COMPOUND,
} DdFileContent;

/* How many first bytes dd_file_content_sniff () wants to see. */
#define DD_FILE_CONTENT_SNIFF_BYTES 4096

DdFileContent  dd_file_content_sniff    (const guint8  *bytes,
                                         gsize          length);
const char    *dd_file_content_describe (DdFileContent  content);

/**
 * DdOpcRelationship:
 * @id: its Id ("rId3")
 * @type: its Type, a URI
 * @target: (nullable): the part it points at, as a path from the package
 *   root without a leading "/" ("xl/worksheets/sheet1.xml"); %NULL for an
 *   external target or one that leaves the package
 */
typedef struct
{
  char *id;
  char *type;
  char *target;
} DdOpcRelationship;

/**
 * DdZipParse:
 * @parser: the parser, while dd_zip_parse_part () runs
 * @display_name: the file, while dd_zip_parse_part () runs (for messages)
 * @part_path: the part, while dd_zip_parse_part () runs
 * @error: the first failure, set through dd_zip_parse_fail ()
 *
 * The head of a reader's state (see the top of this file). Zero it
 * before use; dd_zip_parse_clear () frees what it holds.
 */
typedef struct
{
  xmlParserCtxt *parser;
  const char    *display_name;
  const char    *part_path;
  GError        *error;
} DdZipParse;

GsfInfile         *dd_zip_open                      (const char           *path,
                                                     const char           *display_name,
                                                     DdFileContent        *content,
                                                     GError              **error);
GsfInput          *dd_zip_find_part                 (GsfInfile            *zip,
                                                     const char           *part_path);

GPtrArray         *dd_opc_read_relationships        (GsfInfile            *zip,
                                                     const char           *source_part,
                                                     const char           *display_name,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
const DdOpcRelationship *dd_opc_find_relationship   (GPtrArray            *relationships,
                                                     const char           *type_name);
const DdOpcRelationship *dd_opc_find_relationship_by_id (GPtrArray        *relationships,
                                                     const char           *id);
char              *dd_opc_resolve_target            (const char           *source_part,
                                                     const char           *target);

gboolean           dd_zip_parse_part                (GsfInput             *part,
                                                     const char           *part_path,
                                                     const xmlSAXHandler  *sax,
                                                     DdZipParse           *parse,
                                                     const char           *display_name,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
void               dd_zip_parse_fail                (DdZipParse           *parse,
                                                     int                   code,
                                                     const char           *format,
                                                     ...) G_GNUC_PRINTF (3, 4);
void               dd_zip_parse_take_error          (DdZipParse           *parse,
                                                     GError               *error);
void               dd_zip_parse_clear               (DdZipParse           *parse);

G_END_DECLS
