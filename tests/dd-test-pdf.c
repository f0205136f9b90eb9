/* dd-test-pdf.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading back the PDFs the tests write, with the tools an office (or a
 * journalist) would use: pdftotext, pdfinfo, pdffonts, and qpdf to check
 * the file and decompress every stream.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dd-test-pdf.h"

/* Runs a tool; its standard output, or a failed test. */
char *
dd_test_run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return out;
}

char *
dd_test_pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };

  return dd_test_run (argv);
}

/* The text in the order it is drawn, lines as they are: without the
 * reading-order mode's joining of words hyphenated at a line's end, which
 * would take the hyphen out of "value-\n070". */
char *
dd_test_pdf_drawn_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-raw", pdf, "-", NULL };

  return dd_test_run (argv);
}

char *
dd_test_pdf_page_text (const char *pdf,
                       guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", number, "-l", number, pdf, "-", NULL };

  return dd_test_run (argv);
}

char *
dd_test_pdf_info (const char *pdf)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", pdf, NULL };

  return dd_test_run (argv);
}

/* Everything in the file, every stream decompressed. */
char *
dd_test_pdf_raw (const char *pdf,
                 gsize      *length)
{
  g_autofree char *qdf = g_strconcat (pdf, ".qdf", NULL);
  const char *argv[] = { "qpdf", "--qdf", "--object-streams=disable", pdf, qdf, NULL };
  g_autofree char *out = dd_test_run (argv);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (qdf, &contents, length, NULL));
  g_unlink (qdf);

  return contents;
}

/* A line of pdfinfo, such as "Title": what follows the colon. */
char *
dd_test_pdf_info_value (const char *info,
                        const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));

  return NULL;
}

guint
dd_test_pdf_n_pages (const char *pdf)
{
  g_autofree char *info = dd_test_pdf_info (pdf);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);

  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

gboolean
dd_test_contains_bytes (const char *haystack,
                        gsize       length,
                        const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; n <= length && i <= length - n; i++)
    if (haystack[i] == needle[0] && memcmp (haystack + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

/* How many times @needle is in @text. */
guint
dd_test_count (const char *text,
               const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* A PDF that qpdf finds no fault in, on A4 pages, every font embedded. */
void
dd_test_assert_valid_pdf (const char *pdf)
{
  const char *check[] = { "qpdf", "--check", pdf, NULL };
  const char *fonts[] = { "pdffonts", pdf, NULL };
  g_autofree char *checked = dd_test_run (check);
  g_autofree char *font_list = dd_test_run (fonts);
  g_auto(GStrv) lines = g_strsplit (font_list, "\n", -1);
  g_autofree char *info = dd_test_pdf_info (pdf);
  g_autofree char *size = dd_test_pdf_info_value (info, "Page size");

  g_assert_nonnull (strstr (checked, "No syntax or stream encoding errors found"));
  g_assert_cmpstr (size, ==, "595.276 x 841.89 pts (A4)");

  /* Every font embedded: the "emb" column of pdffonts says yes. */
  {
    const char *emb = strstr (lines[0], " emb ");
    gsize column;

    g_assert_nonnull (emb);
    column = emb - lines[0] + 1;
    g_assert_cmpuint (g_strv_length (lines), >, 3);
    for (guint i = 2; lines[i] != NULL && *lines[i] != '\0'; i++)
      {
        g_assert_cmpuint (strlen (lines[i]), >, column + 3);
        g_assert_true (strncmp (lines[i] + column, "yes", 3) == 0);
      }
  }
}
