/* dd-reference-pattern.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pattern is literal text with these parts in braces:
 *
 *   {seq}      the number of the report in its period: 39
 *   {seq:000}  the same, padded with zeros to as many digits: 039
 *   {yy}       the calendar year of the report's date: 23
 *   {yyyy}     the same in full: 2023
 *   {fy}       the financial year, April to March: 2023/24
 *
 * The numbers restart each financial year when the pattern has {fy},
 * each calendar year when it has {yy} or {yyyy}, and never otherwise.
 * The default, {seq:000}-{yy}, gives 039-23.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dd-report.h"
#include "dd-reference-pattern.h"

typedef enum
{
  PART_LITERAL,
  PART_SEQUENCE,
  PART_YEAR_SHORT,
  PART_YEAR,
  PART_FINANCIAL_YEAR,
} PartKind;

typedef struct
{
  PartKind  kind;
  char     *literal;
  guint     width;
} Part;

struct _DdReferencePattern
{
  GObject  parent_instance;

  char    *pattern;
  GArray  *parts;
  GRegex  *regex;
  gboolean by_financial_year;
  gboolean by_year;
};

G_DEFINE_FINAL_TYPE (DdReferencePattern, dd_reference_pattern, G_TYPE_OBJECT)

static void
part_clear (gpointer data)
{
  Part *part = data;

  g_clear_pointer (&part->literal, g_free);
}

static guint
financial_year_start (const GDate *date)
{
  guint year = g_date_get_year (date);

  return g_date_get_month (date) >= G_DATE_APRIL ? year : year - 1;
}

static gboolean
parse_part (DdReferencePattern  *self,
            const char          *name,
            GError             **error)
{
  Part part = { PART_LITERAL, NULL, 0 };

  if (g_str_equal (name, "seq"))
    part.kind = PART_SEQUENCE;
  else if (g_str_has_prefix (name, "seq:") && name[4] != '\0' &&
           strspn (name + 4, "0") == strlen (name + 4))
    {
      part.kind = PART_SEQUENCE;
      part.width = strlen (name + 4);
    }
  else if (g_str_equal (name, "yy"))
    part.kind = PART_YEAR_SHORT;
  else if (g_str_equal (name, "yyyy"))
    part.kind = PART_YEAR;
  else if (g_str_equal (name, "fy"))
    part.kind = PART_FINANCIAL_YEAR;
  else
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID,
                   _("The reference pattern “%s” has an unknown part “{%s}”; "
                     "use {seq}, {seq:000}, {yy}, {yyyy} or {fy}"),
                   self->pattern, name);
      return FALSE;
    }

  g_array_append_val (self->parts, part);
  return TRUE;
}

static gboolean
parse (DdReferencePattern  *self,
       GError             **error)
{
  GString *literal = g_string_new (NULL);
  guint n_sequences = 0;
  const char *p = self->pattern;

  while (*p != '\0')
    {
      const char *end;

      if (*p != '{')
        {
          g_string_append_c (literal, *p++);
          continue;
        }

      if ((end = strchr (p, '}')) == NULL)
        {
          g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID,
                       _("The reference pattern “%s” has a “{” without its “}”"),
                       self->pattern);
          g_string_free (literal, TRUE);
          return FALSE;
        }

      if (literal->len > 0)
        {
          Part part = { PART_LITERAL, g_strdup (literal->str), 0 };

          g_array_append_val (self->parts, part);
          g_string_truncate (literal, 0);
        }

      {
        g_autofree char *name = g_strndup (p + 1, end - p - 1);

        if (!parse_part (self, name, error))
          {
            g_string_free (literal, TRUE);
            return FALSE;
          }
      }

      p = end + 1;
    }

  if (literal->len > 0)
    {
      Part part = { PART_LITERAL, g_strdup (literal->str), 0 };

      g_array_append_val (self->parts, part);
    }
  g_string_free (literal, TRUE);

  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = &g_array_index (self->parts, Part, i);

      n_sequences += part->kind == PART_SEQUENCE;
      self->by_financial_year |= part->kind == PART_FINANCIAL_YEAR;
      self->by_year |= part->kind == PART_YEAR || part->kind == PART_YEAR_SHORT;
    }

  if (n_sequences != 1)
    {
      g_set_error (error, DD_REPORT_ERROR, DD_REPORT_ERROR_INVALID,
                   _("The reference pattern “%s” must have exactly one {seq}"),
                   self->pattern);
      return FALSE;
    }

  return TRUE;
}

/* A regular expression that reads a reference back into its parts. */
static GRegex *
build_regex (DdReferencePattern *self)
{
  g_autoptr(GString) source = g_string_new ("^");

  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = &g_array_index (self->parts, Part, i);

      switch (part->kind)
        {
        case PART_LITERAL:
          {
            g_autofree char *escaped = g_regex_escape_string (part->literal, -1);

            g_string_append (source, escaped);
          }
          break;
        case PART_SEQUENCE:
          g_string_append (source, "(?<seq>[0-9]+)");
          break;
        case PART_YEAR_SHORT:
          g_string_append (source, "(?<yy>[0-9]{2})");
          break;
        case PART_YEAR:
          g_string_append (source, "(?<yyyy>[0-9]{4})");
          break;
        case PART_FINANCIAL_YEAR:
          g_string_append (source, "(?<fy>[0-9]{4})/(?<fy2>[0-9]{2})");
          break;
        default:
          g_assert_not_reached ();
        }
    }

  g_string_append (source, "$");

  /* Names repeat when a year appears twice; that is allowed. */
  return g_regex_new (source->str, G_REGEX_CASELESS | G_REGEX_DUPNAMES, 0, NULL);
}

static void
dd_reference_pattern_finalize (GObject *object)
{
  DdReferencePattern *self = (DdReferencePattern *)object;

  g_clear_pointer (&self->pattern, g_free);
  g_clear_pointer (&self->parts, g_array_unref);
  g_clear_pointer (&self->regex, g_regex_unref);

  G_OBJECT_CLASS (dd_reference_pattern_parent_class)->finalize (object);
}

static void
dd_reference_pattern_class_init (DdReferencePatternClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dd_reference_pattern_finalize;
}

static void
dd_reference_pattern_init (DdReferencePattern *self)
{
  self->parts = g_array_new (FALSE, TRUE, sizeof (Part));
  g_array_set_clear_func (self->parts, part_clear);
}

/**
 * dd_reference_pattern_new:
 * @pattern: a pattern, e.g. "{seq:000}-{yy}" or "PFCC/{seq}/{fy}"
 * @error: where a reason goes
 *
 * Returns: (transfer full): the pattern, or %NULL with @error set when
 *   @pattern is not one
 */
DdReferencePattern *
dd_reference_pattern_new (const char  *pattern,
                          GError     **error)
{
  g_autoptr(DdReferencePattern) self = NULL;

  g_return_val_if_fail (pattern != NULL, NULL);

  self = g_object_new (DD_TYPE_REFERENCE_PATTERN, NULL);
  self->pattern = g_strstrip (g_strdup (pattern));

  if (!parse (self, error))
    return NULL;

  self->regex = build_regex (self);
  g_assert (self->regex != NULL);

  return g_steal_pointer (&self);
}

const char *
dd_reference_pattern_get_pattern (DdReferencePattern *self)
{
  g_return_val_if_fail (DD_IS_REFERENCE_PATTERN (self), NULL);

  return self->pattern;
}

/**
 * dd_reference_pattern_dup_period:
 * @date: the date of the report
 *
 * The numbering period the report falls in: "2023/24" for a pattern with
 * {fy}, "2023" for one with a year, "" when numbers never restart.
 *
 * Returns: (transfer full): the period
 */
char *
dd_reference_pattern_dup_period (DdReferencePattern *self,
                                 const GDate        *date)
{
  g_return_val_if_fail (DD_IS_REFERENCE_PATTERN (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  if (self->by_financial_year)
    {
      guint start = financial_year_start (date);

      return g_strdup_printf ("%u/%02u", start, (start + 1) % 100);
    }

  if (self->by_year)
    return g_strdup_printf ("%u", g_date_get_year (date));

  return g_strdup ("");
}

/**
 * dd_reference_pattern_format:
 * @sequence: the report's number in its period, from 1
 * @date: the report's date
 *
 * Returns: (transfer full): the reference, e.g. "039-23"
 */
char *
dd_reference_pattern_format (DdReferencePattern *self,
                             guint               sequence,
                             const GDate        *date)
{
  GString *reference;

  g_return_val_if_fail (DD_IS_REFERENCE_PATTERN (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  reference = g_string_new (NULL);

  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = &g_array_index (self->parts, Part, i);
      guint year = g_date_get_year (date);

      switch (part->kind)
        {
        case PART_LITERAL:
          g_string_append (reference, part->literal);
          break;
        case PART_SEQUENCE:
          g_string_append_printf (reference, "%0*u", (int) part->width, sequence);
          break;
        case PART_YEAR_SHORT:
          g_string_append_printf (reference, "%02u", year % 100);
          break;
        case PART_YEAR:
          g_string_append_printf (reference, "%04u", year);
          break;
        case PART_FINANCIAL_YEAR:
          {
            guint start = financial_year_start (date);

            g_string_append_printf (reference, "%u/%02u", start, (start + 1) % 100);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return g_string_free (reference, FALSE);
}

/**
 * dd_reference_pattern_match:
 * @reference: a reference, such as one from an imported report
 * @sequence: (out) (optional): its number
 * @period: (out) (optional) (transfer full): its period, as
 *   dd_reference_pattern_dup_period() gives it
 *
 * Reads a reference made with this pattern back into its parts, so an
 * imported report's number is never given to another.
 *
 * Returns: whether @reference fits the pattern
 */
gboolean
dd_reference_pattern_match (DdReferencePattern  *self,
                            const char          *reference,
                            guint               *sequence,
                            char               **period)
{
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *seq = NULL;
  g_autofree char *yy = NULL;
  g_autofree char *yyyy = NULL;
  g_autofree char *fy = NULL;
  g_autofree char *fy2 = NULL;
  guint64 number;

  g_return_val_if_fail (DD_IS_REFERENCE_PATTERN (self), FALSE);
  g_return_val_if_fail (reference != NULL, FALSE);

  if (!g_regex_match (self->regex, reference, 0, &match))
    return FALSE;

  seq = g_match_info_fetch_named (match, "seq");
  if (!g_ascii_string_to_unsigned (seq, 10, 1, G_MAXINT, &number, NULL))
    return FALSE;

  if (self->by_financial_year)
    {
      fy = g_match_info_fetch_named (match, "fy");
      fy2 = g_match_info_fetch_named (match, "fy2");
      if ((g_ascii_strtoull (fy, NULL, 10) + 1) % 100 != g_ascii_strtoull (fy2, NULL, 10))
        return FALSE;
    }
  else if (self->by_year)
    {
      yyyy = g_match_info_fetch_named (match, "yyyy");
      yy = g_match_info_fetch_named (match, "yy");
    }

  if (sequence != NULL)
    *sequence = number;

  if (period != NULL)
    {
      if (fy != NULL)
        *period = g_strdup_printf ("%s/%s", fy, fy2);
      else if (yyyy != NULL && *yyyy != '\0')
        *period = g_strdup (yyyy);
      else if (yy != NULL && *yy != '\0')
        *period = g_strdup_printf ("20%s", yy);
      else
        *period = g_strdup ("");
    }

  return TRUE;
}
