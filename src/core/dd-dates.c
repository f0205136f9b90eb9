/* dd-dates.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "dd-dates.h"

/* English month names and their usual short forms, as reports write them. */
static const char *months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static gboolean
set_if_valid (GDate *date,
              guint  day,
              guint  month,
              guint  year)
{
  if (year < 100)
    year += 2000;

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * dd_date_from_iso:
 * @text: "YYYY-MM-DD"
 * @date: (out caller-allocates): the date
 *
 * Returns: whether @text is a valid ISO 8601 calendar date
 */
gboolean
dd_date_from_iso (const char *text,
                  GDate      *date)
{
  guint year, month, day;
  char end;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 ||
      sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      text[4] != '-' || text[7] != '-')
    return FALSE;

  return year >= 1900 && set_if_valid (date, day, month, year);
}

char *
dd_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* The day tests (and `DECISION_DESK_TODAY` in the environment) say it
 * is, for rules that depend on the date: reviews, countdowns, expiry. */
static char *fixed_today;

/**
 * dd_date_set_today_for_testing:
 * @iso: (nullable): the date it is from now on, "YYYY-MM-DD"; %NULL for
 *   the real date again
 *
 * Fixes what dd_date_dup_today_iso() answers. For tests only: call it
 * before any thread asks the date.
 */
void
dd_date_set_today_for_testing (const char *iso)
{
  GDate date;

  g_return_if_fail (iso == NULL || dd_date_from_iso (iso, &date));

  g_free (fixed_today);
  fixed_today = g_strdup (iso);
}

/**
 * dd_date_dup_today_iso:
 *
 * Returns: (transfer full): today's date in the local time zone,
 *   "YYYY-MM-DD" (or the one fixed for a test)
 */
char *
dd_date_dup_today_iso (void)
{
  static gsize env_checked;
  static const char *env_today;
  g_autoptr(GDateTime) now = NULL;

  if (fixed_today != NULL)
    return g_strdup (fixed_today);

  if (g_once_init_enter (&env_checked))
    {
      const char *value = g_getenv ("DECISION_DESK_TODAY");
      GDate date;

      if (value != NULL && dd_date_from_iso (value, &date))
        env_today = g_intern_string (value);
      g_once_init_leave (&env_checked, 1);
    }
  if (env_today != NULL)
    return g_strdup (env_today);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * dd_date_add_years:
 * @iso: a date, "YYYY-MM-DD"
 * @years: how many years to add (29 February becomes 28 February)
 *
 * Returns: (transfer full) (nullable): the date, or %NULL if @iso is not one
 */
char *
dd_date_add_years (const char *iso,
                   int         years)
{
  GDate date;

  if (iso == NULL || !dd_date_from_iso (iso, &date))
    return NULL;
  if (years >= 0)
    g_date_add_years (&date, years);
  else
    g_date_subtract_years (&date, -years);
  return dd_date_to_iso (&date);
}

/**
 * dd_date_days_between:
 * @from: a date, "YYYY-MM-DD"
 * @to: another
 *
 * Returns: the days from @from to @to (negative if @to is earlier), or
 *   0 if either is not a date
 */
int
dd_date_days_between (const char *from,
                      const char *to)
{
  GDate a, b;

  if (from == NULL || to == NULL || !dd_date_from_iso (from, &a) || !dd_date_from_iso (to, &b))
    return 0;
  return g_date_days_between (&a, &b);
}

static int
month_from_name (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);
  gsize length = strlen (lower);

  if (length > 0 && lower[length - 1] == '.')
    lower[--length] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (length >= 3 && strncmp (months[i], lower, length) == 0)
      return i + 1;

  /* "Sept" */
  if (g_str_equal (lower, "sept"))
    return 9;

  return 0;
}

/**
 * dd_date_parse:
 * @text: a date as people write it
 * @date: (out caller-allocates): the date
 *
 * Reads "2023-02-23", "23/02/2023", "23.02.23", "23 February 2023",
 * "23rd Feb 2023", "Thursday 23 February 2023" and "February 23, 2023".
 * Numeric dates are day first, as in the UK.
 *
 * Returns: whether @text held a valid date
 */
gboolean
dd_date_parse (const char *text,
               GDate      *date)
{
  g_autofree char *copy = NULL;
  g_auto(GStrv) words = NULL;
  guint numbers[3];
  guint n_numbers = 0;
  int month = 0;
  guint a, b, c;
  char end;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (text));
  if (dd_date_from_iso (copy, date))
    return TRUE;

  if ((sscanf (copy, "%u/%u/%u%c", &a, &b, &c, &end) == 3 ||
       sscanf (copy, "%u.%u.%u%c", &a, &b, &c, &end) == 3 ||
       sscanf (copy, "%u-%u-%u%c", &a, &b, &c, &end) == 3))
    return set_if_valid (date, a, b, c);

  /* Words: pick out the month name and up to two numbers, ignoring
   * weekday names, ordinal suffixes and punctuation. */
  g_strdelimit (copy, ",", ' ');
  words = g_strsplit_set (copy, " \t", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      char *word = words[i];
      char *rest;
      guint64 number;

      if (*word == '\0')
        continue;

      number = g_ascii_strtoull (word, &rest, 10);
      if (rest != word)
        {
          if (*rest != '\0' &&
              g_ascii_strcasecmp (rest, "st") != 0 && g_ascii_strcasecmp (rest, "nd") != 0 &&
              g_ascii_strcasecmp (rest, "rd") != 0 && g_ascii_strcasecmp (rest, "th") != 0)
            return FALSE;
          if (n_numbers == G_N_ELEMENTS (numbers))
            return FALSE;
          numbers[n_numbers++] = number;
          continue;
        }

      if (month == 0)
        month = month_from_name (word);
    }

  if (month == 0 || n_numbers != 2)
    return FALSE;

  /* "23 February 2023" or "February 23 2023": the year is the larger. */
  if (numbers[0] > 31)
    return set_if_valid (date, numbers[1], month, numbers[0]);

  return set_if_valid (date, numbers[0], month, numbers[1]);
}

static char *
format_date (const char *iso,
             const char *format)
{
  GDate date;
  char text[128];

  if (!dd_date_from_iso (iso, &date))
    return g_strdup ("");

  if (g_date_strftime (text, sizeof text, format, &date) == 0)
    return dd_date_to_iso (&date);

  return g_strdup (text);
}

/**
 * dd_date_format_long:
 * @iso: (nullable): a date "YYYY-MM-DD"
 *
 * Returns: (transfer full): the date as the interface writes it, e.g.
 *   "23 February 2023", or "" when @iso is not a date
 */
char *
dd_date_format_long (const char *iso)
{
  /* Translators: a date as in "23 February 2023"; see strftime(3) */
  /* xgettext:no-c-format */
  return format_date (iso, _("%-d %B %Y"));
}

/**
 * dd_date_format_short:
 * @iso: (nullable): a date "YYYY-MM-DD"
 *
 * Returns: (transfer full): the date as lists write it, e.g.
 *   "23 Feb 2023", or "" when @iso is not a date
 */
char *
dd_date_format_short (const char *iso)
{
  /* Translators: a short date as in "23 Feb 2023", for lists; see strftime(3) */
  /* xgettext:no-c-format */
  return format_date (iso, _("%-d %b %Y"));
}
