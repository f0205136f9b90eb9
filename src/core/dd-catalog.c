/* dd-catalog.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A decision sheet is written in the language chosen for that document
 * (English or Welsh), whatever language the interface speaks, and it is
 * rendered in a worker thread. gettext cannot do that: its language is
 * one setting for the whole process. So documents look their strings up
 * in a DdCatalog instead, which reads the same compiled catalogue
 * (<localedir>/<lang>/LC_MESSAGES/decision-desk.mo) that gettext uses for
 * the interface, so the strings are extracted, translated and checked in
 * po/ like every other.
 *
 * The .mo format (see "The Format of GNU MO Files" in the gettext
 * manual) is seven 32-bit words in the file's byte order:
 *
 *   0  magic 0x950412de      16  offset of the translations table
 *   4  revision              20  size of the hash table
 *   8  number of strings     24  offset of the hash table
 *  12  offset of the originals table
 *
 * Each table holds (length, offset) pairs of 32-bit words; each string
 * is followed by a NUL that its length does not count. A message with a
 * context is keyed "context\004msgid"; one with plural forms is keyed
 * "msgid\0msgid_plural" and translated "form 0\0form 1...", so read as
 * C strings they are the singular and its first form. The whole file is
 * checked before it is used (every offset and length inside it, every
 * string ended and valid UTF-8), and read into a hash table of pointers
 * into it; the hash table of the file is not needed.
 *
 * Nothing changes after dd_catalog_new() returns, so any number of
 * threads may look strings up in one catalogue at once.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dd-catalog.h"
#include "dd-dates.h"
#include "dd-i18n.h"

#define MO_MAGIC         0x950412de
#define MO_MAGIC_SWAPPED 0xde120495
#define MO_HEADER_SIZE   28

struct _DdCatalog
{
  GObject     parent_instance;

  char       *language;
  char       *path;
  char       *contents;
  gsize       length;

  /* msgid (or "context\004msgid") → translation, both pointing into
   * contents; NULL for the identity catalogue. */
  GHashTable *messages;
};

G_DEFINE_FINAL_TYPE (DdCatalog, dd_catalog, G_TYPE_OBJECT)

G_DEFINE_QUARK (dd-catalog-error-quark, dd_catalog_error)

#define MONTH_CONTEXT "month name"

static const char *month_names[] = {
  /* Translators: a month in a document's dates, as in "23 February 2023" */
  NC_("month name", "January"),
  NC_("month name", "February"),
  NC_("month name", "March"),
  NC_("month name", "April"),
  NC_("month name", "May"),
  NC_("month name", "June"),
  NC_("month name", "July"),
  NC_("month name", "August"),
  NC_("month name", "September"),
  NC_("month name", "October"),
  NC_("month name", "November"),
  NC_("month name", "December"),
};

/* The language part of a code: "cy" of "cy_GB.UTF-8@mod". */
static char *
dup_language_part (const char *language)
{
  return g_strndup (language, strcspn (language, "_.@"));
}

/* English is the language the strings are written in; "C" and "POSIX"
 * mean no translation at all. */
static gboolean
is_identity (const char *language)
{
  g_autofree char *part = NULL;

  if (language == NULL || *language == '\0')
    return TRUE;

  part = dup_language_part (language);

  return g_str_equal (part, "C") || g_str_equal (part, "POSIX") ||
         g_ascii_strcasecmp (part, "en") == 0;
}

/* A code becomes part of a path: letters, digits and "_.@-" only,
 * starting with a letter, so it can never climb out of the locale
 * directory. */
static gboolean
is_plausible_code (const char *language)
{
  if (!g_ascii_isalpha (*language))
    return FALSE;

  for (const char *p = language; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("_.@-", *p) == NULL)
      return FALSE;

  return TRUE;
}

/* "cy_GB.UTF-8@mod" → "cy_GB@mod": catalogues are installed under the
 * name without the encoding. */
static char *
strip_codeset (const char *language)
{
  const char *dot = strchr (language, '.');
  const char *at = strchr (language, '@');
  g_autofree char *head = NULL;

  if (dot == NULL || (at != NULL && at < dot))
    return g_strdup (language);

  head = g_strndup (language, dot - language);

  return g_strconcat (head, at != NULL ? at : "", NULL);
}

static guint32
read_word (const char *data,
           gsize       offset,
           gboolean    big_endian)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);

  return big_endian ? GUINT32_FROM_BE (word) : GUINT32_FROM_LE (word);
}

/* The string of entry @index of the table at @table (whose bounds the
 * caller has checked), or NULL when it is outside the file, not ended by
 * a NUL or not UTF-8. */
static const char *
read_string (DdCatalog *self,
             guint32    table,
             guint32    index,
             gboolean   big_endian)
{
  gsize entry = (gsize) table + (gsize) index * 8;
  guint32 length = read_word (self->contents, entry, big_endian);
  guint32 offset = read_word (self->contents, entry + 4, big_endian);
  const char *string;

  if ((guint64) offset + length >= self->length || self->contents[offset + length] != '\0')
    return NULL;

  string = self->contents + offset;

  /* Only what a lookup sees: up to the first NUL. */
  if (!g_utf8_validate (string, -1, NULL))
    return NULL;

  return string;
}

static gboolean
table_fits (DdCatalog *self,
            guint32    offset,
            guint32    n_entries,
            guint      entry_size)
{
  return (guint64) offset + (guint64) n_entries * entry_size <= self->length;
}

static gboolean
parse (DdCatalog  *self,
       GError    **error)
{
  gboolean big_endian;
  guint32 revision, n_strings, originals, translations, hash_size, hash_offset;

  if (self->length < MO_HEADER_SIZE)
    goto invalid;

  switch (read_word (self->contents, 0, FALSE))
    {
    case MO_MAGIC:
      big_endian = FALSE;
      break;
    case MO_MAGIC_SWAPPED:
      big_endian = TRUE;
      break;
    default:
      goto invalid;
    }

  revision = read_word (self->contents, 4, big_endian);
  n_strings = read_word (self->contents, 8, big_endian);
  originals = read_word (self->contents, 12, big_endian);
  translations = read_word (self->contents, 16, big_endian);
  hash_size = read_word (self->contents, 20, big_endian);
  hash_offset = read_word (self->contents, 24, big_endian);

  /* Major revisions 0 and 1 share this layout. */
  if ((revision >> 16) > 1 ||
      !table_fits (self, originals, n_strings, 8) ||
      !table_fits (self, translations, n_strings, 8) ||
      !table_fits (self, hash_offset, hash_size, 4))
    goto invalid;

  self->messages = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint32 i = 0; i < n_strings; i++)
    {
      const char *msgid = read_string (self, originals, i, big_endian);
      const char *msgstr = read_string (self, translations, i, big_endian);

      if (msgid == NULL || msgstr == NULL)
        goto invalid;

      /* The empty msgid is the header; an empty translation is none. */
      if (*msgid != '\0' && *msgstr != '\0')
        g_hash_table_insert (self->messages, (gpointer) msgid, (gpointer) msgstr);
    }

  return TRUE;

invalid:
  g_set_error (error, DD_CATALOG_ERROR, DD_CATALOG_ERROR_INVALID,
               _("“%s” is not a valid message catalogue"),
               self->path);
  return FALSE;
}

/* Reads the catalogue of the first of @language's variants that has one. */
static gboolean
load (DdCatalog  *self,
      const char *language,
      GError    **error)
{
  g_autofree char *stripped = NULL;
  g_auto(GStrv) variants = NULL;

  if (!is_plausible_code (language))
    goto missing;

  stripped = strip_codeset (language);
  variants = g_get_locale_variants (stripped);

  for (guint i = 0; variants[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dd_i18n_get_localedir (), variants[i],
                                                "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      g_autoptr(GError) local_error = NULL;

      if (!g_file_get_contents (path, &self->contents, &self->length, &local_error))
        {
          if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT) ||
              g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR))
            continue;

          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      self->path = g_steal_pointer (&path);
      return parse (self, error);
    }

missing:
  g_set_error (error, DD_CATALOG_ERROR, DD_CATALOG_ERROR_NO_TRANSLATION,
               _("There is no “%s” translation for documents"),
               language);
  return FALSE;
}

static void
dd_catalog_finalize (GObject *object)
{
  DdCatalog *self = (DdCatalog *)object;

  g_clear_pointer (&self->messages, g_hash_table_unref);
  g_clear_pointer (&self->contents, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (dd_catalog_parent_class)->finalize (object);
}

static void
dd_catalog_class_init (DdCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dd_catalog_finalize;
}

static void
dd_catalog_init (DdCatalog *self)
{
}

/**
 * dd_catalog_new:
 * @language: (nullable): a language code such as "cy", "cy_GB" or
 *   "cy_GB.UTF-8"; %NULL, "C", "POSIX" and English ("en", "en_GB"...)
 *   give the strings as they are written
 * @error: where a reason goes
 *
 * Reads the catalogue of @language from dd_i18n_get_localedir(): the
 * one for the full code ("cy_GB") if there is one, otherwise the one for
 * the language ("cy").
 *
 * Returns: (transfer full): the catalogue, or %NULL with @error set to
 *   %DD_CATALOG_ERROR_NO_TRANSLATION when there is none for @language,
 *   %DD_CATALOG_ERROR_INVALID when its file is damaged, or a #GFileError
 *   when it cannot be read
 */
DdCatalog *
dd_catalog_new (const char  *language,
                GError     **error)
{
  g_autoptr(DdCatalog) self = g_object_new (DD_TYPE_CATALOG, NULL);

  if (is_identity (language))
    {
      self->language = g_strdup ("en");
      return g_steal_pointer (&self);
    }

  self->language = g_strdup (language);

  if (!load (self, language, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * dd_catalog_get_language:
 *
 * Returns: the code the catalogue was made with, or "en" when it gives
 *   the strings as they are written
 */
const char *
dd_catalog_get_language (DdCatalog *self)
{
  g_return_val_if_fail (DD_IS_CATALOG (self), NULL);

  return self->language;
}

/**
 * dd_catalog_gettext:
 * @msgid: a string as written in the source, marked with N_()
 *
 * Safe to call from any thread.
 *
 * Returns: its translation, or @msgid when there is none; for a message
 *   with plural forms, the first form
 */
const char *
dd_catalog_gettext (DdCatalog  *self,
                    const char *msgid)
{
  const char *translation;

  g_return_val_if_fail (DD_IS_CATALOG (self), msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (self->messages == NULL)
    return msgid;

  translation = g_hash_table_lookup (self->messages, msgid);

  return translation != NULL ? translation : msgid;
}

/**
 * dd_catalog_pgettext:
 * @context: the message's context (msgctxt), as given to NC_()
 * @msgid: the string
 *
 * Safe to call from any thread.
 *
 * Returns: the translation of @msgid in @context, or @msgid when there
 *   is none
 */
const char *
dd_catalog_pgettext (DdCatalog  *self,
                     const char *context,
                     const char *msgid)
{
  g_autofree char *key = NULL;
  const char *translation;

  g_return_val_if_fail (DD_IS_CATALOG (self), msgid);
  g_return_val_if_fail (context != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (self->messages == NULL)
    return msgid;

  key = g_strconcat (context, "\004", msgid, NULL);
  translation = g_hash_table_lookup (self->messages, key);

  return translation != NULL ? translation : msgid;
}

/**
 * dd_catalog_format_date:
 * @iso: (nullable): a date "YYYY-MM-DD"
 *
 * Writes a date as documents do, in the catalogue's language: "23
 * February 2023", "23 Chwefror 2023". Safe to call from any thread; it
 * does not depend on the C library's locale.
 *
 * Returns: (transfer full): the date, or "" when @iso is not a date
 */
char *
dd_catalog_format_date (DdCatalog  *self,
                        const char *iso)
{
  GDate date;

  g_return_val_if_fail (DD_IS_CATALOG (self), NULL);

  if (!dd_date_from_iso (iso, &date))
    return g_strdup ("");

  return g_strdup_printf ("%u %s %u",
                          (guint) g_date_get_day (&date),
                          dd_catalog_pgettext (self, MONTH_CONTEXT,
                                               month_names[g_date_get_month (&date) - 1]),
                          (guint) g_date_get_year (&date));
}
