/* dd-zip-part.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The zip container of .docx, .xlsx and .ods files, and the bounded
 * streaming of its XML parts into libxml2's SAX2 push parser. A part is
 * unpacked in 64 KiB chunks, so memory stays bounded by what the reader
 * keeps, never by the size of the part.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-input-stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "dd-import-error.h"
#include "dd-sheet-reader.h"
#include "dd-zip-part.h"

#define CHUNK_SIZE (64 * 1024)

/* Below this, a part is not refused for its compression ratio: it is
 * too small to hurt, whatever the ratio. */
#define RATIO_FLOOR_BYTES (G_GINT64_CONSTANT (1) << 20)

/* A relationships part lists the parts of a package, a handful to a few
 * thousand: far more is an attack on memory. */
#define MAX_RELATIONSHIPS 65536

/* Where dd_zip_open () leaves the size of the file, for the ratio. */
#define FILE_SIZE_KEY "dd-zip-file-size"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

typedef struct
{
  DdZipParse   parse;
  const char  *source_part;
  GPtrArray   *relationships;
  guint        depth;
} RelationshipsState;

/* libxml2 and libgsf set up global state on first use, libgsf without a
 * lock (its GTypes): do it once, whichever thread imports first. */
static void
ensure_libraries_initialised (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      g_type_ensure (GSF_INPUT_STDIO_TYPE);
      g_type_ensure (GSF_INFILE_ZIP_TYPE);
      g_once_init_leave (&initialised, 1);
    }
}

static void
relationship_free (gpointer data)
{
  DdOpcRelationship *relationship = data;

  g_free (relationship->id);
  g_free (relationship->type);
  g_free (relationship->target);
  g_free (relationship);
}

static gboolean
contains_ascii_nocase (const guint8 *bytes,
                       gsize         length,
                       const char   *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    if (g_ascii_strncasecmp ((const char *) bytes + i, needle, needle_length) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
starts_with (const guint8 *bytes,
             gsize         length,
             const char   *prefix)
{
  gsize prefix_length = strlen (prefix);

  return length >= prefix_length && memcmp (bytes, prefix, prefix_length) == 0;
}

/* Text in a single-byte code page: no NULs, few control characters. */
static gboolean
looks_like_single_byte_text (const guint8 *bytes,
                             gsize         length)
{
  gsize controls = 0;

  for (gsize i = 0; i < length; i++)
    {
      guint8 byte = bytes[i];

      if (byte == 0)
        return FALSE;
      if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f')
        controls++;
    }

  return controls * 100 <= length;
}

/* Valid UTF-8, allowing a character cut short at the end of the sample. */
static gboolean
looks_like_utf8 (const guint8 *bytes,
                 gsize         length)
{
  const char *end = NULL;

  if (memchr (bytes, 0, length) != NULL)
    return FALSE;

  if (g_utf8_validate ((const char *) bytes, length, &end))
    return TRUE;

  return (const guint8 *) end + 4 > bytes + length
         && g_utf8_get_char_validated (end, bytes + length - (const guint8 *) end) == (gunichar) -2;
}

/**
 * dd_file_content_sniff:
 * @bytes: (array length=length): the first bytes of a file
 * @length: how many (%DD_FILE_CONTENT_SNIFF_BYTES is enough)
 *
 * Tells what a file looks like from its first bytes, for messages such
 * as "“x.xlsx” is not an Excel workbook: it looks like a web page".
 *
 * Returns: what the bytes look like
 */
DdFileContent
dd_file_content_sniff (const guint8 *bytes,
                       gsize         length)
{
  const guint8 *start = bytes;
  gsize rest = length;

  g_return_val_if_fail (bytes != NULL || length == 0, DD_FILE_CONTENT_EMPTY);

  if (length == 0)
    return DD_FILE_CONTENT_EMPTY;

  if (length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
      && ((bytes[2] == 3 && bytes[3] == 4)    /* a file */
          || (bytes[2] == 5 && bytes[3] == 6) /* an empty archive */
          || (bytes[2] == 7 && bytes[3] == 8))) /* a spanned archive */
    return DD_FILE_CONTENT_ZIP;

  if (length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
    return DD_FILE_CONTENT_COMPOUND;

  /* A PDF may have a little junk before its header. */
  if (contains_ascii_nocase (bytes, MIN (length, 1024), "%PDF-"))
    return DD_FILE_CONTENT_PDF;

  if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    return DD_FILE_CONTENT_TEXT;

  if (starts_with (start, rest, "\xEF\xBB\xBF"))
    {
      start += 3;
      rest -= 3;
    }
  while (rest > 0 && g_ascii_isspace (*start))
    {
      start++;
      rest--;
    }

  if (rest > 0 && *start == '<')
    {
      static const char * const html_marks[] = {
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<script", "<div",
      };

      for (guint i = 0; i < G_N_ELEMENTS (html_marks); i++)
        if (contains_ascii_nocase (start, rest, html_marks[i]))
          return DD_FILE_CONTENT_HTML;

      if (looks_like_utf8 (start, rest) || looks_like_single_byte_text (start, rest))
        return DD_FILE_CONTENT_XML;
    }

  if (looks_like_utf8 (bytes, length) || looks_like_single_byte_text (bytes, length))
    return DD_FILE_CONTENT_TEXT;

  return DD_FILE_CONTENT_BINARY;
}

/**
 * dd_file_content_describe:
 * @content: what a file looks like
 *
 * Returns: a translated clause saying so ("it looks like a web page"),
 *   to follow a colon in a message
 */
const char *
dd_file_content_describe (DdFileContent content)
{
  switch (content)
    {
    case DD_FILE_CONTENT_EMPTY:
      return _("it is empty");
    case DD_FILE_CONTENT_TEXT:
      return _("it looks like plain text");
    case DD_FILE_CONTENT_HTML:
      return _("it looks like a web page");
    case DD_FILE_CONTENT_XML:
      return _("it looks like an XML document");
    case DD_FILE_CONTENT_PDF:
      return _("it looks like a PDF document");
    case DD_FILE_CONTENT_ZIP:
      return _("it is a zip archive of another kind");
    case DD_FILE_CONTENT_COMPOUND:
      return _("it looks like an older Office file (.xls, .doc) or one protected by a password");
    case DD_FILE_CONTENT_BINARY:
    default:
      return _("it holds binary data of another kind");
    }
}

static GsfInput *
open_file (const char  *path,
           const char  *name,
           gint64      *size,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GsfInput *input;
  GStatBuf info;

  /* libgsf's own messages name the whole path and would read a folder
   * or a pipe as an empty file, so look first. */
  if (g_stat (path, &info) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  if (S_ISDIR (info.st_mode))
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, g_strerror (EISDIR));
      return NULL;
    }

  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: it is not a file"), name);
      return NULL;
    }

  input = gsf_input_stdio_new (path, &local_error);
  if (input == NULL)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name,
                   local_error != NULL ? local_error->message : g_strerror (EIO));
      return NULL;
    }

  *size = info.st_size;

  return input;
}

/**
 * dd_zip_open:
 * @path: the file
 * @display_name: its name, for messages
 * @content: (out) (optional): when the file is no zip, what it looks like
 * @error: where a reason goes, in %DD_IMPORT_ERROR
 *
 * Opens a zip package. A file that cannot be read fails with
 * %DD_IMPORT_ERROR_READ; a zip cut short or broken with
 * %DD_IMPORT_ERROR_CORRUPT; a file that is no zip at all with
 * %DD_IMPORT_ERROR_UNSUPPORTED, @content saying what it looks like so
 * the caller can put it in its own words ("is not an Excel workbook").
 *
 * Returns: (transfer full): the package, or %NULL with @error set
 */
GsfInfile *
dd_zip_open (const char     *path,
             const char     *display_name,
             DdFileContent  *content,
             GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GsfInput) input = NULL;
  g_autofree guint8 *head = NULL;
  GsfInfile *zip;
  DdFileContent looks;
  gint64 size = 0;
  gsize head_length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_libraries_initialised ();

  if (content != NULL)
    *content = DD_FILE_CONTENT_ZIP;

  input = open_file (path, display_name, &size, error);
  if (input == NULL)
    return NULL;

  zip = gsf_infile_zip_new (input, &local_error);
  if (zip != NULL)
    {
      gint64 *stored_size = g_new (gint64, 1);

      *stored_size = size;
      g_object_set_data_full (G_OBJECT (zip), FILE_SIZE_KEY, stored_size, g_free);
      return zip;
    }

  g_debug ("%s: %s", display_name, local_error != NULL ? local_error->message : "no zip");

  /* libgsf says "Broken zip file structure" alike for a file that is no
   * zip at all and for one cut short (the directory at its end is
   * missing): the first bytes tell them apart. */
  head_length = MIN (size, DD_FILE_CONTENT_SNIFF_BYTES);
  head = g_malloc (MAX (head_length, 1));
  if (gsf_input_seek (input, 0, G_SEEK_SET) || gsf_input_read (input, head_length, head) == NULL)
    head_length = 0;

  looks = dd_file_content_sniff (head, head_length);
  if (content != NULL)
    *content = looks;

  if (looks == DD_FILE_CONTENT_ZIP)
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT,
                 _("“%s” is damaged: %s"), display_name,
                 _("it is incomplete, or its zip structure is broken"));
  else
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” cannot be opened: %s"), display_name,
                 dd_file_content_describe (looks));

  return NULL;
}

static GsfInput *
find_child (GsfInfile  *folder,
            const char *name)
{
  GsfInput *child = gsf_infile_child_by_name (folder, name);
  int n_children;

  if (child != NULL)
    return child;

  /* Part names are case-insensitive in OPC: "Sheet1.xml" is "sheet1.xml". */
  n_children = gsf_infile_num_children (folder);
  for (int i = 0; i < n_children; i++)
    {
      const char *child_name = gsf_infile_name_by_index (folder, i);

      if (child_name != NULL && g_ascii_strcasecmp (child_name, name) == 0)
        return gsf_infile_child_by_index (folder, i);
    }

  return NULL;
}

/**
 * dd_zip_find_part:
 * @zip: a package from dd_zip_open ()
 * @part_path: the part, from the package root ("xl/workbook.xml"); a
 *   leading "/" and "." segments are ignored, ".." is refused
 *
 * Finds a part, matching names without regard to ASCII case as OPC does.
 *
 * Returns: (transfer full) (nullable): the part, or %NULL when the
 *   package has none there (or has a folder there)
 */
GsfInput *
dd_zip_find_part (GsfInfile  *zip,
                  const char *part_path)
{
  g_auto(GStrv) segments = NULL;
  g_autoptr(GsfInfile) folder = NULL;
  GsfInput *part = NULL;
  gint64 *size;

  g_return_val_if_fail (GSF_IS_INFILE (zip), NULL);
  g_return_val_if_fail (part_path != NULL, NULL);

  folder = g_object_ref (zip);
  segments = g_strsplit (part_path, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (segments[i][0] == '\0' || strcmp (segments[i], ".") == 0)
        continue;
      if (strcmp (segments[i], "..") == 0)
        {
          g_clear_object (&part);
          return NULL;
        }

      if (part != NULL)
        {
          /* The previous segment must be a folder. */
          if (!GSF_IS_INFILE (part) || gsf_infile_num_children (GSF_INFILE (part)) < 0)
            {
              g_clear_object (&part);
              return NULL;
            }
          g_clear_object (&folder);
          folder = GSF_INFILE (g_steal_pointer (&part));
        }

      part = find_child (folder, segments[i]);
      if (part == NULL)
        return NULL;
    }

  /* A folder is no part. */
  if (part != NULL && GSF_IS_INFILE (part) && gsf_infile_num_children (GSF_INFILE (part)) >= 0)
    g_clear_object (&part);

  size = g_object_get_data (G_OBJECT (zip), FILE_SIZE_KEY);
  if (part != NULL && size != NULL)
    {
      gint64 *stored_size = g_new (gint64, 1);

      *stored_size = *size;
      g_object_set_data_full (G_OBJECT (part), FILE_SIZE_KEY, stored_size, g_free);
    }

  return part;
}

/**
 * dd_opc_resolve_target:
 * @source_part: (nullable): the part whose relationship it is
 *   ("xl/workbook.xml"), or %NULL (or "") for the package itself
 * @target: the relationship's Target: relative to the source part's
 *   folder ("worksheets/sheet1.xml", "../tables/table1.xml"), or absolute
 *   ("/xl/workbook.xml"); percent-escaped
 *
 * Returns: (transfer full) (nullable): the part's path from the package
 *   root, without a leading "/", or %NULL when the target leaves the
 *   package or names nothing
 */
char *
dd_opc_resolve_target (const char *source_part,
                       const char *target)
{
  g_autofree char *unescaped = NULL;
  g_auto(GStrv) segments = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) path = NULL;

  g_return_val_if_fail (target != NULL, NULL);

  /* A "%2F" is not a folder separator. */
  unescaped = g_uri_unescape_string (target, "/");
  if (unescaped == NULL)
    return NULL;

  if (unescaped[0] != '/' && source_part != NULL)
    {
      g_auto(GStrv) source = g_strsplit (source_part, "/", -1);
      guint n = g_strv_length (source);

      /* The source part's folder: all but its last segment. */
      for (guint i = 0; i + 1 < n; i++)
        if (source[i][0] != '\0' && strcmp (source[i], ".") != 0)
          g_ptr_array_add (names, g_strdup (source[i]));
    }

  segments = g_strsplit (unescaped, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      if (segments[i][0] == '\0' || strcmp (segments[i], ".") == 0)
        continue;
      if (strcmp (segments[i], "..") == 0)
        {
          if (names->len == 0)
            return NULL;
          g_ptr_array_remove_index (names, names->len - 1);
          continue;
        }
      g_ptr_array_add (names, g_strdup (segments[i]));
    }

  if (names->len == 0)
    return NULL;

  path = g_string_new (NULL);
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append_c (path, '/');
      g_string_append (path, g_ptr_array_index (names, i));
    }

  return g_string_free (g_steal_pointer (&path), FALSE);
}

static char *
relationships_part_path (const char *source_part)
{
  const char *slash;

  if (source_part == NULL || source_part[0] == '\0')
    return g_strdup ("_rels/.rels");

  slash = strrchr (source_part, '/');
  if (slash == NULL)
    return g_strconcat ("_rels/", source_part, ".rels", NULL);

  return g_strdup_printf ("%.*s/_rels/%s.rels", (int) (slash - source_part), source_part, slash + 1);
}

static char *
dup_attribute (const xmlChar **attributes,
               int             n_attributes,
               const char     *name)
{
  /* Five pointers an attribute: local name, prefix, URI, value, value end. */
  for (int i = 0; i < n_attributes; i++)
    {
      const xmlChar **attribute = attributes + 5 * i;

      if (attribute[2] == NULL && strcmp ((const char *) attribute[0], name) == 0)
        return g_strndup ((const char *) attribute[3], attribute[4] - attribute[3]);
    }

  return NULL;
}

static void
on_relationships_start_element (void           *user_data,
                                const xmlChar  *local_name,
                                const xmlChar  *prefix G_GNUC_UNUSED,
                                const xmlChar  *uri G_GNUC_UNUSED,
                                int             n_namespaces G_GNUC_UNUSED,
                                const xmlChar **namespaces G_GNUC_UNUSED,
                                int             n_attributes,
                                int             n_defaulted G_GNUC_UNUSED,
                                const xmlChar **attributes)
{
  RelationshipsState *state = user_data;
  g_autofree char *id = NULL;
  g_autofree char *type = NULL;
  g_autofree char *target = NULL;
  g_autofree char *mode = NULL;
  DdOpcRelationship *relationship;

  if (state->parse.error != NULL || state->depth++ != 1
      || strcmp ((const char *) local_name, "Relationship") != 0)
    return;

  if (state->relationships->len >= MAX_RELATIONSHIPS)
    {
      dd_zip_parse_fail (&state->parse, DD_IMPORT_ERROR_TOO_LARGE,
                         _("“%s” is too large: its part “%s” lists more than %d relationships"),
                         state->parse.display_name, state->parse.part_path, MAX_RELATIONSHIPS);
      return;
    }

  id = dup_attribute (attributes, n_attributes, "Id");
  type = dup_attribute (attributes, n_attributes, "Type");
  target = dup_attribute (attributes, n_attributes, "Target");
  mode = dup_attribute (attributes, n_attributes, "TargetMode");
  if (id == NULL || type == NULL || target == NULL)
    return;

  relationship = g_new0 (DdOpcRelationship, 1);
  relationship->id = g_steal_pointer (&id);
  relationship->type = g_steal_pointer (&type);
  if (mode == NULL || strcmp (mode, "External") != 0)
    relationship->target = dd_opc_resolve_target (state->source_part, target);
  g_ptr_array_add (state->relationships, relationship);
}

static void
on_relationships_end_element (void          *user_data,
                              const xmlChar *local_name G_GNUC_UNUSED,
                              const xmlChar *prefix G_GNUC_UNUSED,
                              const xmlChar *uri G_GNUC_UNUSED)
{
  RelationshipsState *state = user_data;

  state->depth--;
}

/**
 * dd_opc_read_relationships:
 * @zip: a package from dd_zip_open ()
 * @source_part: (nullable): the part whose relationships to read
 *   ("xl/workbook.xml": its relationships are in
 *   "xl/_rels/workbook.xml.rels"), or %NULL for the package's own
 *   ("_rels/.rels")
 * @display_name: the file, for messages
 * @cancellable: (nullable): stops a long read
 * @error: where a reason goes, in %DD_IMPORT_ERROR
 *
 * Reads the relationships of a part, their targets resolved to part
 * paths. A part without relationships has none: that is no error.
 *
 * Returns: (transfer full) (element-type DdOpcRelationship): the
 *   relationships in the order of the file, or %NULL with @error set when
 *   the relationships part is damaged
 */
GPtrArray *
dd_opc_read_relationships (GsfInfile     *zip,
                           const char    *source_part,
                           const char    *display_name,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GsfInput) part = NULL;
  g_autoptr(GPtrArray) relationships = g_ptr_array_new_with_free_func (relationship_free);
  RelationshipsState state = { { 0, }, };
  xmlSAXHandler sax;
  gboolean ok;

  g_return_val_if_fail (GSF_IS_INFILE (zip), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = relationships_part_path (source_part);
  part = dd_zip_find_part (zip, path);
  if (part == NULL)
    return g_steal_pointer (&relationships);

  memset (&sax, 0, sizeof sax);
  sax.startElementNs = on_relationships_start_element;
  sax.endElementNs = on_relationships_end_element;

  state.source_part = source_part;
  state.relationships = relationships;

  ok = dd_zip_parse_part (part, path, &sax, &state.parse, display_name, cancellable, error);
  dd_zip_parse_clear (&state.parse);
  if (!ok)
    return NULL;

  return g_steal_pointer (&relationships);
}

static gboolean
has_type (const DdOpcRelationship *relationship,
          const char              *type_name)
{
  const char *slash = strrchr (relationship->type, '/');

  return slash != NULL && strcmp (slash + 1, type_name) == 0;
}

/**
 * dd_opc_find_relationship:
 * @relationships: (element-type DdOpcRelationship): from
 *   dd_opc_read_relationships ()
 * @type_name: the last segment of the type: "officeDocument",
 *   "worksheet", "sharedStrings", "styles", "table"... (which matches
 *   the transitional and the strict OOXML type alike)
 *
 * Returns: (transfer none) (nullable): the first relationship of that
 *   type with a target in the package
 */
const DdOpcRelationship *
dd_opc_find_relationship (GPtrArray  *relationships,
                          const char *type_name)
{
  g_return_val_if_fail (relationships != NULL, NULL);
  g_return_val_if_fail (type_name != NULL, NULL);

  for (guint i = 0; i < relationships->len; i++)
    {
      const DdOpcRelationship *relationship = g_ptr_array_index (relationships, i);

      if (relationship->target != NULL && has_type (relationship, type_name))
        return relationship;
    }

  return NULL;
}

/**
 * dd_opc_find_relationship_by_id:
 * @relationships: (element-type DdOpcRelationship): from
 *   dd_opc_read_relationships ()
 * @id: a relationship Id ("rId3")
 *
 * Returns: (transfer none) (nullable): the relationship
 */
const DdOpcRelationship *
dd_opc_find_relationship_by_id (GPtrArray  *relationships,
                                const char *id)
{
  g_return_val_if_fail (relationships != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < relationships->len; i++)
    {
      const DdOpcRelationship *relationship = g_ptr_array_index (relationships, i);

      if (strcmp (relationship->id, id) == 0)
        return relationship;
    }

  return NULL;
}

/**
 * dd_zip_parse_fail:
 * @parse: the head of the reader's state
 * @code: a #DdImportError
 * @format: the message, naming the file
 * @...: its arguments
 *
 * For SAX callbacks: records the failure (the first one wins) and stops
 * the parser; dd_zip_parse_part () then returns it.
 */
void
dd_zip_parse_fail (DdZipParse *parse,
                   int         code,
                   const char *format,
                   ...)
{
  va_list args;

  g_return_if_fail (parse != NULL);

  va_start (args, format);
  dd_zip_parse_take_error (parse, g_error_new_valist (DD_IMPORT_ERROR, code, format, args));
  va_end (args);
}

/**
 * dd_zip_parse_take_error:
 * @parse: the head of the reader's state
 * @error: (transfer full): a failure (a handler's own error, say)
 *
 * As dd_zip_parse_fail (), with an error made elsewhere.
 */
void
dd_zip_parse_take_error (DdZipParse *parse,
                         GError     *error)
{
  g_return_if_fail (parse != NULL);
  g_return_if_fail (error != NULL);

  if (parse->error != NULL)
    {
      g_error_free (error);
      return;
    }

  parse->error = error;
  if (parse->parser != NULL)
    xmlStopParser (parse->parser);
}

/**
 * dd_zip_parse_clear:
 * @parse: the head of the reader's state
 *
 * Frees what @parse holds (an error not yet returned).
 */
void
dd_zip_parse_clear (DdZipParse *parse)
{
  g_return_if_fail (parse != NULL);

  g_clear_error (&parse->error);
  parse->parser = NULL;
  parse->display_name = NULL;
  parse->part_path = NULL;
}

/* No document type in Office XML: refusing one also refuses any entity
 * declarations, and with them "billion laughs". */
static void
on_internal_subset (void          *user_data,
                    const xmlChar *name G_GNUC_UNUSED,
                    const xmlChar *external_id G_GNUC_UNUSED,
                    const xmlChar *system_id G_GNUC_UNUSED)
{
  DdZipParse *parse = user_data;

  dd_zip_parse_fail (parse, DD_IMPORT_ERROR_UNSUPPORTED,
                     _("“%s” cannot be read: its part “%s” declares a document type, "
                       "which office documents never do"),
                     parse->display_name, parse->part_path);
}

static void
on_entity_declaration (void          *user_data,
                       const xmlChar *name G_GNUC_UNUSED,
                       int            type G_GNUC_UNUSED,
                       const xmlChar *public_id G_GNUC_UNUSED,
                       const xmlChar *system_id G_GNUC_UNUSED,
                       xmlChar       *content G_GNUC_UNUSED)
{
  on_internal_subset (user_data, NULL, NULL, NULL);
}

#if LIBXML_VERSION >= 21200
static void
on_xml_error (void           *user_data G_GNUC_UNUSED,
              const xmlError *error G_GNUC_UNUSED)
#else
static void
on_xml_error (void        *user_data G_GNUC_UNUSED,
              xmlErrorPtr  error G_GNUC_UNUSED)
#endif
{
  /* Reported, with its line, from xmlCtxtGetLastError () at the end; not
   * on stderr. */
}

/* How much a part may unpack to: the absolute limit, and a ratio to the
 * size of the whole file (libgsf does not tell a part's packed size; the
 * file's is larger, so this errs on the side of reading). */
static gint64
part_limit (GsfInput *part,
            gboolean *by_ratio)
{
  gint64 *file_size = g_object_get_data (G_OBJECT (part), FILE_SIZE_KEY);
  gint64 limit = DD_SHEET_MAX_PART_BYTES;

  *by_ratio = FALSE;
  if (file_size != NULL && *file_size <= limit / DD_SHEET_MAX_RATIO)
    {
      gint64 by_size = MAX (*file_size * DD_SHEET_MAX_RATIO, RATIO_FLOOR_BYTES);

      if (by_size < limit)
        {
          limit = by_size;
          *by_ratio = TRUE;
        }
    }

  return limit;
}

static void
set_too_large (GError     **error,
               const char  *display_name,
               const char  *part_path,
               gboolean     by_ratio)
{
  if (by_ratio)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large: its part “%s” unpacks to more than %d times "
                     "the size of the file, as a zip bomb does"),
                   display_name, part_path, DD_SHEET_MAX_RATIO);
    }
  else
    {
      g_autofree char *size = g_format_size_full (DD_SHEET_MAX_PART_BYTES, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large: its part “%s” unpacks to more than %s"),
                   display_name, part_path, size);
    }
}

/**
 * dd_zip_parse_part:
 * @part: a part from dd_zip_find_part ()
 * @part_path: its path, for messages
 * @sax: the reader's callbacks (SAX2: startElementNs, endElementNs,
 *   characters...); they receive @parse as their user_data
 * @parse: the head of the reader's state, zeroed or cleared
 * @display_name: the file, for messages
 * @cancellable: (nullable): checked between chunks
 * @error: where a reason goes
 *
 * Unpacks @part in 64 KiB chunks into libxml2's SAX2 push parser. Fails
 * with %DD_IMPORT_ERROR_TOO_LARGE, before reading, when the part says it
 * unpacks to more than %DD_SHEET_MAX_PART_BYTES or to more than
 * %DD_SHEET_MAX_RATIO times the size of the file (past 1 MiB), and
 * again while reading should it unpack to more than it said; with
 * %DD_IMPORT_ERROR_UNSUPPORTED when it declares a document type (so no
 * entities are ever declared); with %DD_IMPORT_ERROR_CORRUPT when it
 * cannot be unpacked or is not well-formed XML (naming the line). The
 * parser never has XML_PARSE_HUGE, so libxml2's own limits on a single
 * text node or name hold too. A callback's failure (dd_zip_parse_fail ())
 * stops the parser at once and is returned here.
 *
 * The callbacks set in @sax for internalSubset, externalSubset,
 * entityDecl and serror are replaced.
 *
 * Returns: %TRUE when the whole part was read
 */
gboolean
dd_zip_parse_part (GsfInput             *part,
                   const char           *part_path,
                   const xmlSAXHandler  *sax,
                   DdZipParse           *parse,
                   const char           *display_name,
                   GCancellable         *cancellable,
                   GError              **error)
{
  g_autoptr(xmlParserCtxt) parser = NULL;
  g_autofree guint8 *chunk = NULL;
  xmlSAXHandler handler;
  gsf_off_t remaining;
  gint64 bytes_read = 0;
  gint64 limit;
  gboolean by_ratio;
  gboolean ok = FALSE;

  g_return_val_if_fail (GSF_IS_INPUT (part), FALSE);
  g_return_val_if_fail (part_path != NULL, FALSE);
  g_return_val_if_fail (sax != NULL, FALSE);
  g_return_val_if_fail (parse != NULL && parse->parser == NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_libraries_initialised ();

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* The size the zip declares; libgsf never unpacks more than that. */
  limit = part_limit (part, &by_ratio);
  if (gsf_input_size (part) > limit)
    {
      set_too_large (error, display_name, part_path, by_ratio);
      return FALSE;
    }

  /* SAX2 with the reader's callbacks only: the default ones build a
   * tree, which would have no document to hang on and leak. */
  handler = *sax;
  handler.initialized = XML_SAX2_MAGIC;
  handler.internalSubset = on_internal_subset;
  handler.externalSubset = on_internal_subset;
  handler.entityDecl = on_entity_declaration;
  handler.serror = on_xml_error;

  parser = xmlCreatePushParserCtxt (&handler, parse, NULL, 0, NULL);
  if (parser == NULL)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), display_name, g_strerror (ENOMEM));
      return FALSE;
    }
  xmlCtxtUseOptions (parser, XML_PARSE_NONET);

  parse->parser = parser;
  parse->display_name = display_name;
  parse->part_path = part_path;
  chunk = g_malloc (CHUNK_SIZE);

  while ((remaining = gsf_input_remaining (part)) > 0)
    {
      gsize length = MIN (remaining, CHUNK_SIZE);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;

      if (gsf_input_read (part, length, chunk) == NULL)
        {
          g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT,
                       _("“%s” is damaged: its part “%s” could not be unpacked"),
                       display_name, part_path);
          goto out;
        }

      bytes_read += length;
      if (bytes_read > limit)
        {
          set_too_large (error, display_name, part_path, by_ratio);
          goto out;
        }

      xmlParseChunk (parser, (const char *) chunk, length, 0);
      if (parse->error != NULL || !parser->wellFormed)
        break;
    }

  if (parse->error == NULL && parser->wellFormed)
    xmlParseChunk (parser, NULL, 0, 1);

  if (parse->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&parse->error));
      goto out;
    }

  if (!parser->wellFormed)
    {
      const xmlError *xml_error = xmlCtxtGetLastError (parser);

      g_debug ("%s: %s: %s", display_name, part_path,
               xml_error != NULL && xml_error->message != NULL ? xml_error->message : "not well-formed");
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_CORRUPT,
                   _("“%s” is damaged: its part “%s” is not well-formed XML (line %d)"),
                   display_name, part_path, xml_error != NULL ? xml_error->line : 0);
      goto out;
    }

  ok = TRUE;

out:
  parse->parser = NULL;
  parse->display_name = NULL;
  parse->part_path = NULL;

  return ok;
}
