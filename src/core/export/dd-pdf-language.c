/* dd-pdf-language.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A screen reader reads a PDF in the language its catalogue's /Lang
 * names: without it, a Welsh decision sheet is read with English
 * pronunciation. cairo 1.16 cannot set /Lang, so this adds it to a PDF
 * cairo has written, as a PDF incremental update: a new revision of the
 * catalogue object with /Lang, a cross-reference section for that one
 * object and a trailer pointing back at the previous one. Nothing cairo
 * wrote is changed or moved, so a reader that ignores the update still
 * reads the same document.
 *
 * Only cairo's own output is expected here (a classic cross-reference
 * table, the catalogue a plain dictionary); anything else is refused
 * with an error rather than guessed at.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dd-document.h"
#include "dd-pdf-language.h"

static gboolean
fail (const char  *path,
      GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, DD_EXPORT_ERROR, DD_EXPORT_ERROR_RENDER,
               _("Could not set the language of “%s”: the file is not laid out as expected"), name);

  return FALSE;
}

/* The last @needle in @data, which holds NULs (g_strrstr_len() stops at
 * the first). */
static const char *
find_last (const char *data,
           gsize       length,
           const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = length >= n ? length - n + 1 : 0; i-- > 0;)
    if (data[i] == needle[0] && memcmp (data + i, needle, n) == 0)
      return data + i;

  return NULL;
}

/* The last "startxref" and the offset after it. */
static gboolean
find_startxref (const char *data,
                gsize       length,
                guint64    *offset)
{
  const char *key = find_last (data, length, "startxref");
  char *end = NULL;

  if (key == NULL)
    return FALSE;

  *offset = g_ascii_strtoull (key + strlen ("startxref"), &end, 10);

  return end != key + strlen ("startxref") && *offset < length;
}

/* "/Key N 0 R" in @dict: N, or 0. */
static guint64
reference_of (const char *dict,
              const char *key)
{
  const char *found = strstr (dict, key);

  if (found == NULL)
    return 0;

  return g_ascii_strtoull (found + strlen (key), NULL, 10);
}

/* The dictionary that starts at @start ("<<"), nested ones included. */
static char *
dup_dictionary (const char *start,
                const char *end)
{
  int depth = 0;

  for (const char *p = start; p + 1 < end; p++)
    {
      if (p[0] == '<' && p[1] == '<')
        {
          depth++;
          p++;
        }
      else if (p[0] == '>' && p[1] == '>')
        {
          depth--;
          p++;
          if (depth == 0)
            return g_strndup (start, p + 1 - start);
        }
      else if (p[0] == '(')
        return NULL; /* strings could hide brackets: not cairo's catalogue */
    }

  return NULL;
}

static gboolean
valid_language (const char *language)
{
  if (language == NULL || *language == '\0' || strlen (language) > 35)
    return FALSE;

  for (const char *p = language; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/**
 * dd_pdf_set_language:
 * @path: a PDF written by cairo
 * @language: a BCP 47 tag, such as "cy" or "en-GB"
 *
 * Records the document's language in the PDF, for screen readers.
 */
gboolean
dd_pdf_set_language (const char  *path,
                     const char  *language,
                     GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *trailer = NULL;
  g_autofree char *catalog = NULL;
  g_autoptr(GString) update = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *object_key = NULL;
  const char *trailer_start, *entry, *object;
  guint64 startxref, root, info, size, first, count, catalog_offset;
  gsize length;
  char *end = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (valid_language (language), FALSE);

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;

  /* Set already (by an earlier update). */
  if (find_last (data, length, "/Lang (") != NULL)
    return TRUE;

  /* The trailer: its size, root and info. */
  if (!find_startxref (data, length, &startxref) ||
      (trailer_start = find_last (data, length, "trailer")) == NULL ||
      !(trailer = dup_dictionary (trailer_start + strlen ("trailer\n"), data + length)))
    return fail (path, error);

  size = reference_of (trailer, "/Size ");
  root = reference_of (trailer, "/Root ");
  info = reference_of (trailer, "/Info ");
  if (root == 0 || size <= root || strstr (trailer, "/Prev") != NULL)
    return fail (path, error);

  /* The catalogue's offset, from the cross-reference table. */
  if (strncmp (data + startxref, "xref", 4) != 0)
    return fail (path, error);
  first = g_ascii_strtoull (data + startxref + 5, &end, 10);
  count = g_ascii_strtoull (end, &end, 10);
  if (root < first || root >= first + count)
    return fail (path, error);
  while (end < data + length && g_ascii_isspace (*end))
    end++;
  entry = end + (root - first) * 20;
  if (entry + 20 > data + length)
    return fail (path, error);
  catalog_offset = g_ascii_strtoull (entry, NULL, 10);

  object_key = g_strdup_printf ("%" G_GUINT64_FORMAT " 0 obj", root);
  if (catalog_offset >= length || strncmp (data + catalog_offset, object_key, strlen (object_key)) != 0 ||
      (object = strstr (data + catalog_offset, "<<")) == NULL ||
      !(catalog = dup_dictionary (object, data + length)) ||
      strstr (catalog, "/Type /Catalog") == NULL)
    return fail (path, error);

  if (strstr (catalog, "/Lang") != NULL)
    return TRUE;

  /* The update, appended. */
  update = g_string_new (NULL);
  g_string_append_printf (update, "\n%s\n", object_key);
  g_string_append_len (update, catalog, strlen (catalog) - 2);
  g_string_append_printf (update, "   /Lang (%s)\n>>\nendobj\n", language);
  {
    gsize new_offset = length + 1;
    gsize xref_offset = length + update->len;

    g_string_append_printf (update, "xref\n%" G_GUINT64_FORMAT " 1\n%010" G_GSIZE_FORMAT " 00000 n \n",
                            root, new_offset);
    g_string_append_printf (update, "trailer\n<< /Size %" G_GUINT64_FORMAT "\n   /Root %" G_GUINT64_FORMAT " 0 R\n",
                            size, root);
    if (info != 0)
      g_string_append_printf (update, "   /Info %" G_GUINT64_FORMAT " 0 R\n", info);
    g_string_append_printf (update, "   /Prev %" G_GUINT64_FORMAT "\n>>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                            startxref, xref_offset);
  }

  file = g_file_new_for_path (path);
  {
    g_autoptr(GFileOutputStream) stream = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, error);

    if (stream == NULL ||
        !g_output_stream_write_all (G_OUTPUT_STREAM (stream), update->str, update->len, NULL, NULL, error) ||
        !g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
      return FALSE;
  }

  return TRUE;
}
