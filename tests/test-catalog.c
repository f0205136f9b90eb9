/* test-catalog.c: message catalogues for documents, read without gettext
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Welsh tests read the catalogue the build compiles from po/cy.po
 * (DECISION_DESK_LOCALEDIR, set by meson, points at the build tree's
 * po/). The others write tiny .mo files byte by byte into a temporary
 * locale directory, in both byte orders, and damaged ones that must be
 * refused without reading past their end.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dd-core.h"
#include "dd-test-util.h"

/* One message of a hand-made catalogue; lengths allow embedded NULs. */
typedef struct
{
  const char *msgid;
  gsize       msgid_length;
  const char *msgstr;
  gsize       msgstr_length;
} Message;

#define MESSAGE(id, str) { id, sizeof id - 1, str, sizeof str - 1 }

static void
append_word (GByteArray *bytes,
             guint32     word,
             gboolean    big_endian)
{
  guint8 b[4];

  if (big_endian)
    {
      b[0] = word >> 24; b[1] = word >> 16; b[2] = word >> 8; b[3] = word;
    }
  else
    {
      b[0] = word; b[1] = word >> 8; b[2] = word >> 16; b[3] = word >> 24;
    }

  g_byte_array_append (bytes, b, sizeof b);
}

static void
set_word (GByteArray *bytes,
          gsize       offset,
          guint32     word,
          gboolean    big_endian)
{
  g_autoptr(GByteArray) encoded = g_byte_array_new ();

  append_word (encoded, word, big_endian);
  g_assert_cmpuint (offset + 4, <=, bytes->len);
  memcpy (bytes->data + offset, encoded->data, 4);
}

/* A .mo file as msgfmt lays it out: header, originals table,
 * translations table, an empty hash table, then the strings, each
 * followed by a NUL. The header entry (msgid "") comes first. */
static GByteArray *
build_mo (const Message *messages,
          guint          n_messages,
          gboolean       big_endian)
{
  GByteArray *bytes = g_byte_array_new ();
  guint32 n = n_messages + 1;
  guint32 originals = 28;
  guint32 translations = originals + 8 * n;
  guint32 strings = translations + 8 * n;
  const char *header = "Content-Type: text/plain; charset=UTF-8\n";
  g_autoptr(GByteArray) pool = g_byte_array_new ();
  g_autoptr(GByteArray) tables = g_byte_array_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) strs = g_array_new (FALSE, FALSE, sizeof (guint32));

  append_word (bytes, 0x950412de, big_endian);
  append_word (bytes, 0, big_endian);
  append_word (bytes, n, big_endian);
  append_word (bytes, originals, big_endian);
  append_word (bytes, translations, big_endian);
  append_word (bytes, 0, big_endian);
  append_word (bytes, strings, big_endian);

  /* Originals, then translations: (length, offset) pairs. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        const char *text;
        gsize length;

        if (i == 0)
          {
            text = pass == 0 ? "" : header;
            length = strlen (text);
          }
        else
          {
            text = pass == 0 ? messages[i - 1].msgid : messages[i - 1].msgstr;
            length = pass == 0 ? messages[i - 1].msgid_length : messages[i - 1].msgstr_length;
          }

        append_word (tables, length, big_endian);
        append_word (tables, strings + pool->len, big_endian);
        g_byte_array_append (pool, (const guint8 *) text, length);
        g_byte_array_append (pool, (const guint8 *) "", 1);
      }

  g_byte_array_append (bytes, tables->data, tables->len);
  g_byte_array_append (bytes, pool->data, pool->len);

  return bytes;
}

static char *
write_catalogue (const char   *localedir,
                 const char   *language,
                 const guint8 *data,
                 gsize         length)
{
  g_autofree char *dir = g_build_filename (localedir, language, "LC_MESSAGES", NULL);
  g_autofree char *path = g_build_filename (dir, GETTEXT_PACKAGE ".mo", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  dd_test_write_file (path, (const char *) data, length);

  return g_steal_pointer (&path);
}

static void
restore_localedir (gpointer data)
{
  g_autofree char *previous = data;

  if (previous != NULL)
    g_setenv ("DECISION_DESK_LOCALEDIR", previous, TRUE);
  else
    g_unsetenv ("DECISION_DESK_LOCALEDIR");
}

/* A temporary locale directory that dd_catalog_new() reads from until
 * the current test ends. */
static char *
use_tmp_localedir (void)
{
  char *dir = dd_test_make_tmp_dir ();

  g_test_queue_destroy (restore_localedir, g_strdup (g_getenv ("DECISION_DESK_LOCALEDIR")));
  g_setenv ("DECISION_DESK_LOCALEDIR", dir, TRUE);

  return dir;
}

static void
test_identity (void)
{
  const char *codes[] = { NULL, "", "C", "POSIX", "C.UTF-8", "en", "en_GB", "en_GB.UTF-8", "en_US" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DdCatalog) catalog = dd_catalog_new (codes[i], &error);
      const char *msgid = "Reports";

      g_assert_no_error (error);
      g_assert_true (DD_IS_CATALOG (catalog));
      g_assert_cmpstr (dd_catalog_get_language (catalog), ==, "en");
      g_assert_true (dd_catalog_gettext (catalog, msgid) == msgid);
      g_assert_cmpstr (dd_catalog_pgettext (catalog, "month name", "February"), ==, "February");
    }
}

static void
test_welsh (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdCatalog) catalog = dd_catalog_new ("cy", &error);
  const char *unknown = "A string no one has translated";

  g_assert_no_error (error);
  g_assert_cmpstr (dd_catalog_get_language (catalog), ==, "cy");

  g_assert_cmpstr (dd_catalog_gettext (catalog, "Reports"), ==, "Adroddiadau");
  g_assert_cmpstr (dd_catalog_pgettext (catalog, "month name", "February"), ==, "Chwefror");
  g_assert_cmpstr (dd_catalog_pgettext (catalog, "month name", "May"), ==, "Mai");
  g_assert_true (dd_catalog_gettext (catalog, unknown) == unknown);

  /* The context is part of the key: without it there is no "February". */
  g_assert_cmpstr (dd_catalog_gettext (catalog, "February"), ==, "February");
  g_assert_cmpstr (dd_catalog_pgettext (catalog, "another context", "February"), ==, "February");

  /* A message with plural forms gives its first form. */
  g_assert_cmpstr (dd_catalog_gettext (catalog, "%u numbered section"), ==, "%u adran wedi’i rhifo");

  /* The header is not a message. */
  g_assert_cmpstr (dd_catalog_gettext (catalog, ""), ==, "");
}

static void
test_welsh_variants (void)
{
  const char *codes[] = { "cy_GB.UTF-8", "cy_GB", "cy.UTF-8", "cy_GB.utf8@euro" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DdCatalog) catalog = dd_catalog_new (codes[i], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (dd_catalog_get_language (catalog), ==, codes[i]);
      g_assert_cmpstr (dd_catalog_gettext (catalog, "Reports"), ==, "Adroddiadau");
    }
}

static void
test_territory_first (void)
{
  g_autofree char *localedir = use_tmp_localedir ();
  const Message general[] = { MESSAGE ("Colour", "Lliw (cy)") };
  const Message british[] = { MESSAGE ("Colour", "Lliw (cy_GB)") };
  g_autoptr(GByteArray) general_mo = build_mo (general, G_N_ELEMENTS (general), FALSE);
  g_autoptr(GByteArray) british_mo = build_mo (british, G_N_ELEMENTS (british), FALSE);
  g_autoptr(DdCatalog) gb = NULL;
  g_autoptr(DdCatalog) au = NULL;
  g_autofree char *cy_path = NULL;
  g_autofree char *cy_gb_path = NULL;

  cy_path = write_catalogue (localedir, "cy", general_mo->data, general_mo->len);
  cy_gb_path = write_catalogue (localedir, "cy_GB", british_mo->data, british_mo->len);

  gb = dd_catalog_new ("cy_GB.UTF-8", NULL);
  au = dd_catalog_new ("cy_AR", NULL);

  g_assert_cmpstr (dd_catalog_gettext (gb, "Colour"), ==, "Lliw (cy_GB)");
  g_assert_cmpstr (dd_catalog_gettext (au, "Colour"), ==, "Lliw (cy)");
}

static void
test_unknown_language (void)
{
  const char *codes[] = { "fr", "fr_FR.UTF-8", "zz", "../../../etc/passwd", "cy/../cy", "_cy" };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DdCatalog) catalog = dd_catalog_new (codes[i], &error);
      g_autofree char *expected = g_strdup_printf ("There is no “%s” translation for documents",
                                                   codes[i]);

      g_assert_null (catalog);
      g_assert_error (error, DD_CATALOG_ERROR, DD_CATALOG_ERROR_NO_TRANSLATION);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

static void
check_hand_made (gboolean big_endian)
{
  g_autofree char *localedir = use_tmp_localedir ();
  const Message messages[] = {
    MESSAGE ("Decision", "Penderfyniad"),
    MESSAGE ("month name\004May", "Mai"),
    MESSAGE ("Untranslated", ""),
    MESSAGE ("%u appendix\0%u appendices", "%u atodiad\0%u atodiad\0%u atodiad\0%u atodiad"),
  };
  g_autoptr(GByteArray) mo = build_mo (messages, G_N_ELEMENTS (messages), big_endian);
  g_autofree char *path = write_catalogue (localedir, "xx", mo->data, mo->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdCatalog) catalog = NULL;

  /* The magic number tells the byte order. */
  g_assert_cmpuint (mo->data[0], ==, big_endian ? 0x95 : 0xde);

  catalog = dd_catalog_new ("xx", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (dd_catalog_gettext (catalog, "Decision"), ==, "Penderfyniad");
  g_assert_cmpstr (dd_catalog_pgettext (catalog, "month name", "May"), ==, "Mai");
  g_assert_cmpstr (dd_catalog_gettext (catalog, "May"), ==, "May");
  g_assert_cmpstr (dd_catalog_gettext (catalog, "Untranslated"), ==, "Untranslated");
  g_assert_cmpstr (dd_catalog_gettext (catalog, "%u appendix"), ==, "%u atodiad");
  g_assert_cmpstr (dd_catalog_gettext (catalog, "%u appendices"), ==, "%u appendices");
}

static void
test_little_endian (void)
{
  check_hand_made (FALSE);
}

static void
test_big_endian (void)
{
  check_hand_made (TRUE);
}

/* Written out by hand, not by build_mo(), so the writer and the reader
 * cannot share a mistake: one message, "Yes" → "Ie", big-endian. */
static const guint8 yes_be[] = {
  0x95, 0x04, 0x12, 0xde,  /* magic */
  0x00, 0x00, 0x00, 0x00,  /* revision */
  0x00, 0x00, 0x00, 0x01,  /* 1 string */
  0x00, 0x00, 0x00, 0x1c,  /* originals at 28 */
  0x00, 0x00, 0x00, 0x24,  /* translations at 36 */
  0x00, 0x00, 0x00, 0x00,  /* no hash table */
  0x00, 0x00, 0x00, 0x2c,  /* ...at 44 */
  0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x2c,  /* "Yes" at 44 */
  0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x30,  /* "Ie" at 48 */
  'Y', 'e', 's', 0x00,
  'I', 'e', 0x00,
};

static void
test_written_by_hand (void)
{
  g_autofree char *localedir = use_tmp_localedir ();
  g_autofree char *path = write_catalogue (localedir, "xx", yes_be, sizeof yes_be);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdCatalog) catalog = dd_catalog_new ("xx", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (dd_catalog_gettext (catalog, "Yes"), ==, "Ie");
  g_assert_cmpstr (dd_catalog_gettext (catalog, "No"), ==, "No");
}

static void
check_invalid (const char   *localedir,
               const guint8 *data,
               gsize         length)
{
  g_autofree char *path = write_catalogue (localedir, "xx", data, length);
  g_autofree char *expected = g_strdup_printf ("“%s” is not a valid message catalogue", path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdCatalog) catalog = dd_catalog_new ("xx", &error);

  g_assert_null (catalog);
  g_assert_error (error, DD_CATALOG_ERROR, DD_CATALOG_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_invalid (void)
{
  g_autofree char *localedir = use_tmp_localedir ();
  const Message messages[] = { MESSAGE ("Decision", "Penderfyniad") };
  g_autoptr(GByteArray) good = build_mo (messages, G_N_ELEMENTS (messages), FALSE);
  const guint8 not_utf8[] = { 'P', 'e', 'n', 0xff, 0xfe };

  /* Sanity: the undamaged file is read. */
  {
    g_autofree char *path = write_catalogue (localedir, "xx", good->data, good->len);
    g_autoptr(DdCatalog) catalog = dd_catalog_new ("xx", NULL);

    g_assert_cmpstr (dd_catalog_gettext (catalog, "Decision"), ==, "Penderfyniad");
  }

  /* Empty, shorter than a header, and cut off in the middle. */
  check_invalid (localedir, (const guint8 *) "", 0);
  check_invalid (localedir, good->data, 20);
  check_invalid (localedir, good->data, good->len / 2);
  /* The last string without its NUL. */
  check_invalid (localedir, good->data, good->len - 1);

  /* A text file. */
  {
    const char *text = "msgid \"Decision\"\nmsgstr \"Penderfyniad\"\n";

    check_invalid (localedir, (const guint8 *) text, strlen (text));
  }

  /* Each damage on a fresh copy of the good file. */
  for (guint damage = 0; damage < 10; damage++)
    {
      g_autoptr(GByteArray) bad = g_byte_array_new ();
      guint32 translations = 28 + 8 * 2;

      g_byte_array_append (bad, good->data, good->len);

      switch (damage)
        {
        case 0: /* bad magic */
          bad->data[0] ^= 0xff;
          break;
        case 1: /* an unknown major revision */
          set_word (bad, 4, 2 << 16, FALSE);
          break;
        case 2: /* the originals table past the end */
          set_word (bad, 12, bad->len - 4, FALSE);
          break;
        case 3: /* the translations table far past the end */
          set_word (bad, 16, G_MAXUINT32 - 7, FALSE);
          break;
        case 4: /* so many strings the tables would wrap around */
          set_word (bad, 8, G_MAXUINT32, FALSE);
          break;
        case 5: /* a string offset past the end */
          set_word (bad, translations + 8 + 4, bad->len + 100, FALSE);
          break;
        case 6: /* a string length past the end */
          set_word (bad, translations + 8, G_MAXUINT32, FALSE);
          break;
        case 7: /* a string not ended by a NUL */
          set_word (bad, translations + 8, 3, FALSE);
          break;
        case 8: /* a hash table past the end */
          set_word (bad, 20, 1000, FALSE);
          break;
        case 9: /* a translation that is not UTF-8 */
          g_byte_array_set_size (bad, bad->len - strlen ("Penderfyniad") - 1);
          g_byte_array_append (bad, not_utf8, sizeof not_utf8);
          g_byte_array_append (bad, (const guint8 *) "", 1);
          set_word (bad, translations + 8, sizeof not_utf8, FALSE);
          break;
        default:
          g_assert_not_reached ();
        }

      check_invalid (localedir, bad->data, bad->len);
    }
}

static void
test_format_date (void)
{
  g_autoptr(DdCatalog) english = dd_catalog_new ("en_GB", NULL);
  g_autoptr(DdCatalog) welsh = dd_catalog_new ("cy", NULL);
  const char *not_dates[] = { NULL, "", "2023-02-30", "23/02/2023", "23 February 2023",
                              "2023-2-3", "2023-02-23T10:00", "not a date" };
  const struct { const char *iso, *english, *welsh; } dates[] = {
    { "2023-02-23", "23 February 2023", "23 Chwefror 2023" },
    { "2024-01-01", "1 January 2024", "1 Ionawr 2024" },
    { "2024-03-09", "9 March 2024", "9 Mawrth 2024" },
    { "2024-04-30", "30 April 2024", "30 Ebrill 2024" },
    { "2024-05-02", "2 May 2024", "2 Mai 2024" },
    { "2024-06-15", "15 June 2024", "15 Mehefin 2024" },
    { "2024-07-04", "4 July 2024", "4 Gorffennaf 2024" },
    { "2024-08-31", "31 August 2024", "31 Awst 2024" },
    { "2024-09-10", "10 September 2024", "10 Medi 2024" },
    { "2024-10-05", "5 October 2024", "5 Hydref 2024" },
    { "2024-11-11", "11 November 2024", "11 Tachwedd 2024" },
    { "2024-12-25", "25 December 2024", "25 Rhagfyr 2024" },
  };

  g_assert_nonnull (welsh);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *in_english = dd_catalog_format_date (english, dates[i].iso);
      g_autofree char *in_welsh = dd_catalog_format_date (welsh, dates[i].iso);

      g_assert_cmpstr (in_english, ==, dates[i].english);
      g_assert_cmpstr (in_welsh, ==, dates[i].welsh);
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_autofree char *in_english = dd_catalog_format_date (english, not_dates[i]);
      g_autofree char *in_welsh = dd_catalog_format_date (welsh, not_dates[i]);

      g_assert_cmpstr (in_english, ==, "");
      g_assert_cmpstr (in_welsh, ==, "");
    }
}

#define N_THREADS    8
#define N_ITERATIONS 2000

static gpointer
look_up_in_thread (gpointer data)
{
  DdCatalog *shared = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DdCatalog) own = dd_catalog_new ("cy_GB.UTF-8", &error);
  guint n_right = 0;

  g_assert_no_error (error);

  for (guint i = 0; i < N_ITERATIONS; i++)
    {
      DdCatalog *catalog = i % 2 == 0 ? shared : own;
      g_autofree char *date = dd_catalog_format_date (catalog, "2023-02-23");

      n_right += g_str_equal (dd_catalog_gettext (catalog, "Reports"), "Adroddiadau");
      n_right += g_str_equal (dd_catalog_pgettext (catalog, "month name", "December"), "Rhagfyr");
      n_right += g_str_equal (date, "23 Chwefror 2023");
    }

  return GUINT_TO_POINTER (n_right);
}

static void
test_threads (void)
{
  g_autoptr(DdCatalog) catalog = dd_catalog_new ("cy", NULL);
  GThread *threads[N_THREADS];

  g_assert_nonnull (catalog);

  for (guint i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("catalog-lookups", look_up_in_thread, catalog);

  for (guint i = 0; i < N_THREADS; i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 3 * N_ITERATIONS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalog/identity", test_identity);
  g_test_add_func ("/catalog/welsh", test_welsh);
  g_test_add_func ("/catalog/welsh-variants", test_welsh_variants);
  g_test_add_func ("/catalog/territory-first", test_territory_first);
  g_test_add_func ("/catalog/unknown-language", test_unknown_language);
  g_test_add_func ("/catalog/little-endian", test_little_endian);
  g_test_add_func ("/catalog/big-endian", test_big_endian);
  g_test_add_func ("/catalog/written-by-hand", test_written_by_hand);
  g_test_add_func ("/catalog/invalid", test_invalid);
  g_test_add_func ("/catalog/format-date", test_format_date);
  g_test_add_func ("/catalog/threads", test_threads);

  return g_test_run ();
}
