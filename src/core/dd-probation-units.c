/* dd-probation-units.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The probation regions and Probation Delivery Units (PDUs), so a value
 * read from a Performance Hub download ("Ealing & Hillingdon PDU") is
 * known as the unit it names, with its region, and filters group rows
 * by unit whatever spelling each file used.
 *
 * The data is two CSV files in data/reference, compiled into the
 * library as a GResource:
 *
 * - probation-units.csv (probation_region,pdu_name,note): every PDU with
 *   its region, from the list in an HMPPS data dictionary. The regions
 *   are the distinct values of the first column.
 * - probation-unit-aliases.csv (alias,canonical,note): other names for a
 *   unit: the data dictionary's own misspellings, short and long forms,
 *   and units renamed, merged or split since, each pointing to the unit
 *   of the list it is grouped with.
 *
 * Names are matched on a key that ignores case, accents, apostrophes,
 * punctuation and spacing, the words "and" and "the" (so "&" and commas
 * do not matter either), and a trailing "PDU", "Probation Delivery
 * Unit", "Delivery Unit", "Probation Region" or "Region". Loading checks
 * that no two units, and no alias and a different unit, share a key.
 *
 * A DdProbationUnits never changes once made, so one instance can be
 * shared by every thread.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dd-core-resources.h"
#include "dd-probation-units-private.h"

#define RESOURCE_DIR "/io/github/decisiondesk/DecisionDesk/core/reference/"
#define UNITS_FILE   "probation-units.csv"
#define ALIASES_FILE "probation-unit-aliases.csv"

typedef struct _Unit Unit;

struct _Unit
{
  DdProbationUnitKind kind;
  char *name;
  Unit *region;          /* itself for a region */
  GPtrArray *pdus;       /* a region's PDU names, NULL-terminated */
};

struct _DdProbationUnits
{
  GObject parent_instance;

  GPtrArray *units;        /* Unit, owned */
  GHashTable *by_key;      /* normalised name (owned) → Unit */
  GPtrArray *region_names; /* borrowed from units, NULL-terminated */
  GPtrArray *pdu_names;    /* borrowed from units, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (DdProbationUnits, dd_probation_units, G_TYPE_OBJECT)

G_DEFINE_QUARK (dd-probation-units-error-quark, dd_probation_units_error)

/* A record of a CSV file: its fields and the line it starts on. */
typedef struct
{
  guint line;
  GStrv fields;
} Record;

/* Words that say what a name is rather than which: dropped from the end
 * of a key, longest first. */
static const char * const unit_suffixes[][4] = {
  { "probation", "delivery", "unit", NULL },
  { "probation", "region", NULL },
  { "delivery", "unit", NULL },
  { "pdu", NULL },
  { "region", NULL },
};

static void
unit_free (Unit *unit)
{
  g_clear_pointer (&unit->pdus, g_ptr_array_unref);
  g_free (unit->name);
  g_free (unit);
}

static void
record_free (Record *record)
{
  g_strfreev (record->fields);
  g_free (record);
}

static gboolean
set_invalid (GError    **error,
             const char *detail)
{
  /* Translators: %s says what is wrong with the list of probation
   * regions and Probation Delivery Units shipped with the app */
  g_set_error (error, DD_PROBATION_UNITS_ERROR, DD_PROBATION_UNITS_ERROR_INVALID,
               _("The list of probation regions and PDUs is damaged: %s"), detail);
  return FALSE;
}

static gboolean
set_invalid_at (GError    **error,
                const char *file,
                guint       line,
                const char *problem)
{
  /* Translators: in "The list of probation regions and PDUs is damaged: …";
   * the first %s is a file name, %u a line number, the last %s the problem */
  g_autofree char *detail = g_strdup_printf (_("%s, line %u: %s"), file, line, problem);

  return set_invalid (error, detail);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x00B4;
}

static gboolean
ends_with_words (GPtrArray          *words,
                 const char * const *suffix)
{
  guint n = g_strv_length ((char **) suffix);

  /* Never strip a name down to nothing: "Region" alone stays. */
  if (words->len <= n)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (strcmp (g_ptr_array_index (words, words->len - n + i), suffix[i]) != 0)
      return FALSE;

  return TRUE;
}

static void
strip_suffixes (GPtrArray *words)
{
  gboolean stripped;

  do
    {
      stripped = FALSE;
      for (gsize i = 0; i < G_N_ELEMENTS (unit_suffixes) && !stripped; i++)
        if (ends_with_words (words, unit_suffixes[i]))
          {
            g_ptr_array_set_size (words, words->len - g_strv_length ((char **) unit_suffixes[i]));
            stripped = TRUE;
          }
    }
  while (stripped);
}

static void
add_word (GPtrArray *words,
          GString   *word)
{
  if (word->len > 0 && strcmp (word->str, "and") != 0 && strcmp (word->str, "the") != 0)
    g_ptr_array_add (words, g_strdup (word->str));

  g_string_truncate (word, 0);
}

/*
 * dd_probation_units_normalise:
 * @text: a name as written in a file
 *
 * The key names are matched on: casefolded, accents and apostrophes
 * dropped, every other character that is not a letter or a digit a word
 * break, the words "and" and "the" dropped, then a trailing "PDU",
 * "Probation Delivery Unit", "Delivery Unit", "Probation Region" or
 * "Region" (repeatedly, never leaving nothing), words joined by single
 * spaces: "Cardiff & the Vale PDU" is "cardiff vale".
 *
 * Returns: (transfer full) (nullable): the key, "" when @text has no
 *   letter or digit, %NULL when it is not valid UTF-8
 */
char *
dd_probation_units_normalise (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return NULL;

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_apostrophe (c) || g_unichar_ismark (c))
        continue;

      if (g_unichar_isalnum (c))
        g_string_append_unichar (word, c);
      else
        add_word (words, word);
    }
  add_word (words, word);

  strip_suffixes (words);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, g_ptr_array_index (words, i));
    }

  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* The CSV files ------------------------------------------------------- */

/* Reads @data as RFC 4180 CSV (quoted fields with doubled quotes, CRLF
 * or LF, a byte order mark), checks its header is @header and every
 * record has as many fields, and returns the records after the header
 * with their fields stripped of surrounding spaces. Blank lines are
 * skipped. */
static GPtrArray *
read_csv (const char         *file,
          const char         *data,
          gsize               length,
          const char * const *header,
          GError            **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  guint n_header = g_strv_length ((char **) header);
  const char *p = data;
  const char *end = data + length;
  guint line = 1;
  guint record_line = 1;
  gboolean seen_header = FALSE;
  gboolean record_has_quotes = FALSE;
  gboolean done = FALSE;

  if (!g_utf8_validate_len (data, length, NULL))
    {
      /* Translators: in "The list of probation regions and PDUs is
       * damaged: …"; %s is a file name */
      g_autofree char *detail = g_strdup_printf (_("%s is not valid UTF-8 text"), file);

      set_invalid (error, detail);
      return NULL;
    }

  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (!done)
    {
      gboolean end_of_record;

      /* One field. */
      g_string_truncate (field, 0);
      if (p < end && *p == '"')
        {
          record_has_quotes = TRUE;
          for (p++; ; p++)
            {
              if (p >= end)
                {
                  set_invalid_at (error, file, record_line, _("a quoted field is not closed"));
                  return NULL;
                }
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    p++;
                  else
                    break;
                }
              else if (*p == '\n')
                line++;
              g_string_append_c (field, *p);
            }
          p++;   /* past the closing quote */
          if (p < end && *p != ',' && *p != '\r' && *p != '\n')
            {
              set_invalid_at (error, file, line, _("text follows a quoted field"));
              return NULL;
            }
        }
      else
        {
          for (; p < end && *p != ',' && *p != '\r' && *p != '\n'; p++)
            {
              if (*p == '"')
                {
                  set_invalid_at (error, file, line, _("a quote inside a field that is not quoted"));
                  return NULL;
                }
              g_string_append_c (field, *p);
            }
        }
      g_ptr_array_add (fields, g_strstrip (g_strdup (field->str)));

      /* What ends it: a comma, a line break or the end of the text. */
      end_of_record = TRUE;
      if (p >= end)
        done = TRUE;
      else if (*p == ',')
        {
          end_of_record = FALSE;
          p++;
        }
      else
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          line++;
          p++;
        }

      if (!end_of_record)
        continue;

      /* A blank line (or the end after a final newline) is no record. */
      if (fields->len == 1 && !record_has_quotes && *(char *) g_ptr_array_index (fields, 0) == '\0')
        g_ptr_array_set_size (fields, 0);
      else if (fields->len != n_header)
        {
          /* Translators: in "The list of probation regions and PDUs is
           * damaged: …", after "FILE, line N: " */
          g_autofree char *problem = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                   "%u field where %u are expected",
                                                                   "%u fields where %u are expected",
                                                                   fields->len),
                                                      fields->len, n_header);

          set_invalid_at (error, file, record_line, problem);
          return NULL;
        }
      else if (!seen_header)
        {
          for (guint i = 0; i < n_header; i++)
            if (strcmp (g_ptr_array_index (fields, i), header[i]) != 0)
              {
                g_autofree char *expected = g_strjoinv (",", (char **) header);
                /* Translators: in "The list of probation regions and PDUs is
                 * damaged: …", after "FILE, line N: "; %s is a CSV header line */
                g_autofree char *problem = g_strdup_printf (_("the header should be “%s”"), expected);

                set_invalid_at (error, file, record_line, problem);
                return NULL;
              }
          seen_header = TRUE;
          g_ptr_array_set_size (fields, 0);
        }
      else
        {
          Record *record = g_new0 (Record, 1);

          record->line = record_line;
          g_ptr_array_add (fields, NULL);
          record->fields = (GStrv) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
          g_ptr_array_add (records, record);
          fields = g_ptr_array_new_with_free_func (g_free);
        }

      record_line = line;
      record_has_quotes = FALSE;
    }

  if (records->len == 0)
    {
      /* Translators: in "The list of probation regions and PDUs is
       * damaged: …"; %s is a file name */
      g_autofree char *detail = g_strdup_printf (_("%s lists nothing"), file);

      set_invalid (error, detail);
      return NULL;
    }

  return g_steal_pointer (&records);
}

/* Loading -------------------------------------------------------------- */

static Unit *
find_unit (DdProbationUnits *self,
           const char       *name)
{
  g_autofree char *key = dd_probation_units_normalise (name);

  if (key == NULL || *key == '\0')
    return NULL;

  return g_hash_table_lookup (self->by_key, key);
}

/* Files @unit under @name's key; fails when the key is empty or names
 * another unit already. */
static gboolean
add_key (DdProbationUnits *self,
         const char       *file,
         guint             line,
         const char       *name,
         Unit             *unit,
         GError          **error)
{
  g_autofree char *key = dd_probation_units_normalise (name);
  Unit *existing;

  if (key == NULL || *key == '\0')
    return set_invalid_at (error, file, line, _("a name is empty"));

  existing = g_hash_table_lookup (self->by_key, key);
  if (existing == unit)
    return TRUE;

  if (existing != NULL && strcmp (existing->name, name) == 0)
    {
      /* Translators: in "The list of probation regions and PDUs is
       * damaged: …", after "FILE, line N: "; %s is a unit name */
      g_autofree char *problem = g_strdup_printf (_("“%s” is listed twice"), name);

      return set_invalid_at (error, file, line, problem);
    }

  if (existing != NULL)
    {
      /* Translators: in "The list of probation regions and PDUs is
       * damaged: …", after "FILE, line N: "; both %s are unit names */
      g_autofree char *problem = g_strdup_printf (_("“%s” is another name for “%s”"),
                                                  name, existing->name);

      return set_invalid_at (error, file, line, problem);
    }

  g_hash_table_insert (self->by_key, g_steal_pointer (&key), unit);
  return TRUE;
}

static Unit *
add_unit (DdProbationUnits    *self,
          DdProbationUnitKind  kind,
          const char          *name,
          Unit                *region)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->kind = kind;
  unit->name = g_strdup (name);
  unit->region = region != NULL ? region : unit;
  if (kind == DD_PROBATION_UNIT_REGION)
    unit->pdus = g_ptr_array_new ();
  g_ptr_array_add (self->units, unit);

  return unit;
}

static gboolean
load_units (DdProbationUnits *self,
            const char       *data,
            gsize             length,
            GError          **error)
{
  static const char * const header[] = { "probation_region", "pdu_name", "note", NULL };
  g_autoptr(GPtrArray) records = read_csv (UNITS_FILE, data, length, header, error);

  if (records == NULL)
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      Record *record = g_ptr_array_index (records, i);
      const char *region_name = record->fields[0];
      const char *pdu_name = record->fields[1];
      Unit *region = find_unit (self, region_name);
      Unit *pdu;

      if (region == NULL)
        {
          region = add_unit (self, DD_PROBATION_UNIT_REGION, region_name, NULL);
          if (!add_key (self, UNITS_FILE, record->line, region_name, region, error))
            return FALSE;
          g_ptr_array_add (self->region_names, region->name);
        }
      else if (region->kind != DD_PROBATION_UNIT_REGION)
        {
          /* Translators: in "The list of probation regions and PDUs is
           * damaged: …", after "FILE, line N: "; %s is a unit name */
          g_autofree char *problem = g_strdup_printf (_("“%s” is a PDU and a region"), region_name);

          return set_invalid_at (error, UNITS_FILE, record->line, problem);
        }

      pdu = add_unit (self, DD_PROBATION_UNIT_PDU, pdu_name, region);
      if (!add_key (self, UNITS_FILE, record->line, pdu_name, pdu, error))
        return FALSE;
      g_ptr_array_add (region->pdus, pdu->name);
      g_ptr_array_add (self->pdu_names, pdu->name);
    }

  return TRUE;
}

static gboolean
load_aliases (DdProbationUnits *self,
              const char       *data,
              gsize             length,
              GError          **error)
{
  static const char * const header[] = { "alias", "canonical", "note", NULL };
  g_autoptr(GPtrArray) records = read_csv (ALIASES_FILE, data, length, header, error);

  if (records == NULL)
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      Record *record = g_ptr_array_index (records, i);
      Unit *unit = find_unit (self, record->fields[1]);

      /* An alias points to a unit by its name in the list, exactly: not
       * by a variant, nor by another alias. */
      if (unit == NULL || strcmp (unit->name, record->fields[1]) != 0)
        {
          /* Translators: in "The list of probation regions and PDUs is
           * damaged: …", after "FILE, line N: "; %s is a unit name */
          g_autofree char *problem = g_strdup_printf (_("“%s” is not a region or PDU of the list"),
                                                      record->fields[1]);

          return set_invalid_at (error, ALIASES_FILE, record->line, problem);
        }

      if (!add_key (self, ALIASES_FILE, record->line, record->fields[0], unit, error))
        return FALSE;
    }

  return TRUE;
}

/* GObject ---------------------------------------------------------------- */

static void
dd_probation_units_finalize (GObject *object)
{
  DdProbationUnits *self = DD_PROBATION_UNITS (object);

  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->region_names, g_ptr_array_unref);
  g_clear_pointer (&self->pdu_names, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);

  G_OBJECT_CLASS (dd_probation_units_parent_class)->finalize (object);
}

static void
dd_probation_units_class_init (DdProbationUnitsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dd_probation_units_finalize;
}

static void
dd_probation_units_init (DdProbationUnits *self)
{
  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify) unit_free);
  self->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->region_names = g_ptr_array_new ();
  self->pdu_names = g_ptr_array_new ();
}

/* Public API ------------------------------------------------------------- */

/*
 * dd_probation_units_new_from_data:
 * @units_csv: the text of probation-units.csv
 * @units_length: its length in bytes, or -1 when nul-terminated
 * @aliases_csv: the text of probation-unit-aliases.csv
 * @aliases_length: its length in bytes, or -1 when nul-terminated
 * @error: return location for a #GError
 *
 * What dd_probation_units_new() does with the files it ships, on any
 * text: for the tests of the parser.
 *
 * Returns: (transfer full): the units, or %NULL with
 *   %DD_PROBATION_UNITS_ERROR_INVALID naming the file and line at fault
 */
DdProbationUnits *
dd_probation_units_new_from_data (const char  *units_csv,
                                  gssize       units_length,
                                  const char  *aliases_csv,
                                  gssize       aliases_length,
                                  GError     **error)
{
  g_autoptr(DdProbationUnits) self = NULL;

  g_return_val_if_fail (units_csv != NULL, NULL);
  g_return_val_if_fail (aliases_csv != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DD_TYPE_PROBATION_UNITS, NULL);
  if (!load_units (self, units_csv, units_length < 0 ? strlen (units_csv) : (gsize) units_length, error) ||
      !load_aliases (self, aliases_csv,
                     aliases_length < 0 ? strlen (aliases_csv) : (gsize) aliases_length, error))
    return NULL;

  g_ptr_array_add (self->region_names, NULL);
  g_ptr_array_add (self->pdu_names, NULL);
  for (guint i = 0; i < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);

      if (unit->kind == DD_PROBATION_UNIT_REGION)
        g_ptr_array_add (unit->pdus, NULL);
    }

  return g_steal_pointer (&self);
}

/**
 * dd_probation_units_new:
 * @error: return location for a #GError
 *
 * Loads the probation regions and PDUs shipped with Decision Desk, with
 * their aliases. The result never changes: make one and share it (it is
 * safe to use from several threads at once).
 *
 * Returns: (transfer full): the units, or %NULL with
 *   %DD_PROBATION_UNITS_ERROR_INVALID (which only a damaged installation
 *   could cause)
 */
DdProbationUnits *
dd_probation_units_new (GError **error)
{
  g_autoptr(GBytes) units = NULL;
  g_autoptr(GBytes) aliases = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize units_length;
  gsize aliases_length;
  const char *units_data;
  const char *aliases_data;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Asking the library's own resource keeps it in every program that
   * links the static library (see dd-agreement-template.c). */
  units = g_resource_lookup_data (dd_core_get_resource (), RESOURCE_DIR UNITS_FILE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (units != NULL)
    aliases = g_resource_lookup_data (dd_core_get_resource (), RESOURCE_DIR ALIASES_FILE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (units == NULL || aliases == NULL)
    {
      set_invalid (error, local_error->message);
      return NULL;
    }

  units_data = g_bytes_get_data (units, &units_length);
  aliases_data = g_bytes_get_data (aliases, &aliases_length);

  return dd_probation_units_new_from_data (units_data, units_length,
                                           aliases_data, aliases_length, error);
}

/**
 * dd_probation_units_lookup:
 * @self: a #DdProbationUnits
 * @text: (nullable): a name as written in a file
 * @kind: (out) (optional): whether it is a region or a PDU;
 *   %DD_PROBATION_UNIT_NONE when @text is neither
 * @canonical_name: (out) (optional) (transfer none): the name of the
 *   unit in the reference list, or %NULL
 * @region: (out) (optional) (transfer none): the region of the unit (a
 *   region's own name for a region), or %NULL
 *
 * Recognises @text as a probation region or PDU, by its name in the
 * list or one of its aliases, ignoring case, accents, punctuation,
 * spacing, "&"/"and", "the" and a trailing "PDU", "Probation Delivery
 * Unit" or "Region". A unit renamed or split since the list was made is
 * known by its new names too, and gives the unit of the list it is
 * grouped with. The strings returned belong to @self.
 *
 * Returns: whether @text names a region or a PDU
 */
gboolean
dd_probation_units_lookup (DdProbationUnits     *self,
                           const char           *text,
                           DdProbationUnitKind  *kind,
                           const char          **canonical_name,
                           const char          **region)
{
  Unit *unit;

  g_return_val_if_fail (DD_IS_PROBATION_UNITS (self), FALSE);

  unit = text != NULL ? find_unit (self, text) : NULL;

  if (kind != NULL)
    *kind = unit != NULL ? unit->kind : DD_PROBATION_UNIT_NONE;
  if (canonical_name != NULL)
    *canonical_name = unit != NULL ? unit->name : NULL;
  if (region != NULL)
    *region = unit != NULL ? unit->region->name : NULL;

  return unit != NULL;
}

/**
 * dd_probation_units_list_regions:
 * @self: a #DdProbationUnits
 *
 * Returns: (transfer none) (array zero-terminated=1): the names of the
 *   regions, in the order of the reference list (alphabetical)
 */
const char * const *
dd_probation_units_list_regions (DdProbationUnits *self)
{
  g_return_val_if_fail (DD_IS_PROBATION_UNITS (self), NULL);

  return (const char * const *) self->region_names->pdata;
}

/**
 * dd_probation_units_list_pdus:
 * @self: a #DdProbationUnits
 * @region: (nullable): a region, by any name dd_probation_units_lookup()
 *   knows, or %NULL for every PDU
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the
 *   names of the PDUs of @region (of every region for %NULL) in the
 *   order of the reference list, or %NULL when @region is not a region
 */
const char * const *
dd_probation_units_list_pdus (DdProbationUnits *self,
                              const char       *region)
{
  Unit *unit;

  g_return_val_if_fail (DD_IS_PROBATION_UNITS (self), NULL);

  if (region == NULL)
    return (const char * const *) self->pdu_names->pdata;

  unit = find_unit (self, region);
  if (unit == NULL || unit->kind != DD_PROBATION_UNIT_REGION)
    return NULL;

  return (const char * const *) unit->pdus->pdata;
}

/**
 * dd_probation_units_classify:
 * @self: a #DdProbationUnits
 * @values: (array length=n_values) (nullable): the values of a column
 *   (%NULL items are allowed and skipped)
 * @n_values: how many there are
 * @share_out: (out) (optional): the share (0 to 1) of the distinct
 *   values recognised as the kind returned; for %DD_PROBATION_UNIT_NONE,
 *   the larger of the shares of regions and of PDUs
 *
 * Decides whether a column holds probation regions or PDUs: it does
 * when at least %DD_PROBATION_UNITS_CLASSIFY_SHARE of its distinct
 * non-empty values (told apart as dd_probation_units_lookup() matches
 * names, so "Leeds" and "LEEDS PDU" count once) are of that kind.
 * Totals, "Unknown" and a region heading or two among PDUs are
 * tolerated that way. A whole column can be given; a large one is
 * better given as its distinct values or a sample of them.
 *
 * Returns: %DD_PROBATION_UNIT_REGION, %DD_PROBATION_UNIT_PDU, or
 *   %DD_PROBATION_UNIT_NONE for anything else (an empty column too)
 */
DdProbationUnitKind
dd_probation_units_classify (DdProbationUnits   *self,
                             const char * const *values,
                             guint               n_values,
                             double             *share_out)
{
  g_autoptr(GHashTable) texts = NULL;
  g_autoptr(GHashTable) keys = NULL;
  GHashTableIter iter;
  const char *text;
  guint n_regions = 0;
  guint n_pdus = 0;
  guint n_distinct;
  double region_share;
  double pdu_share;

  g_return_val_if_fail (DD_IS_PROBATION_UNITS (self), DD_PROBATION_UNIT_NONE);
  g_return_val_if_fail (values != NULL || n_values == 0, DD_PROBATION_UNIT_NONE);

  /* The same text many times over is normalised once. */
  texts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_values; i++)
    if (values[i] != NULL && values[i][0] != '\0')
      g_hash_table_add (texts, (gpointer) values[i]);

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, texts);
  while (g_hash_table_iter_next (&iter, (gpointer *) &text, NULL))
    {
      g_autofree char *key = dd_probation_units_normalise (text);
      Unit *unit;

      if (key == NULL || *key == '\0' || g_hash_table_contains (keys, key))
        continue;

      unit = g_hash_table_lookup (self->by_key, key);
      if (unit != NULL && unit->kind == DD_PROBATION_UNIT_REGION)
        n_regions++;
      else if (unit != NULL)
        n_pdus++;
      g_hash_table_add (keys, g_steal_pointer (&key));
    }

  n_distinct = g_hash_table_size (keys);
  region_share = n_distinct > 0 ? (double) n_regions / n_distinct : 0.0;
  pdu_share = n_distinct > 0 ? (double) n_pdus / n_distinct : 0.0;

  if (n_distinct > 0 && pdu_share >= DD_PROBATION_UNITS_CLASSIFY_SHARE)
    {
      if (share_out != NULL)
        *share_out = pdu_share;
      return DD_PROBATION_UNIT_PDU;
    }

  if (n_distinct > 0 && region_share >= DD_PROBATION_UNITS_CLASSIFY_SHARE)
    {
      if (share_out != NULL)
        *share_out = region_share;
      return DD_PROBATION_UNIT_REGION;
    }

  if (share_out != NULL)
    *share_out = MAX (region_share, pdu_share);
  return DD_PROBATION_UNIT_NONE;
}
