/* dd-agreement-diff.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What changed between two versions of an agreement, for people to
 * read: each changed field or section with its words marked as kept,
 * removed or added (the longest common run of words, as `diff` finds for
 * lines).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-agreement.h"
#include "dd-agreement-diff.h"
#include "dd-agreement-section.h"
#include "dd-dates.h"

/* Beyond this many cells the table of common runs is not made; the
 * changed middle is shown as removed and added whole. */
#define MAX_DIFF_CELLS (4 * 1024 * 1024)

void
dd_agreement_change_free (DdAgreementChange *change)
{
  if (change == NULL)
    return;
  g_free (change->label);
  g_free (change->old_text);
  g_free (change->new_text);
  g_clear_pointer (&change->spans, g_array_unref);
  g_free (change);
}

static void
clear_span (gpointer data)
{
  DdDiffSpan *span = data;

  g_clear_pointer (&span->text, g_free);
}

/* Words with the white space after them, so joining them gives the text
 * back exactly. */
static GPtrArray *
split_words (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *p = text ? text : "";

  while (*p != '\0')
    {
      const char *start = p;

      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      g_ptr_array_add (words, g_strndup (start, p - start));
    }
  return words;
}

static gboolean
same_word (const char *a,
           const char *b)
{
  /* A word is the same whatever space follows it. */
  gsize la = strcspn (a, " \t\r\n");
  gsize lb = strcspn (b, " \t\r\n");

  return la == lb && strncmp (a, b, la) == 0;
}

static void
append_span (GArray     *spans,
             DdDiffKind  kind,
             const char *word)
{
  DdDiffSpan *last = spans->len > 0 ? &g_array_index (spans, DdDiffSpan, spans->len - 1) : NULL;

  if (last != NULL && last->kind == kind)
    {
      char *joined = g_strconcat (last->text, word, NULL);
      g_free (last->text);
      last->text = joined;
    }
  else
    {
      DdDiffSpan span = { kind, g_strdup (word) };
      g_array_append_val (spans, span);
    }
}

/**
 * dd_diff_words:
 * @older: (nullable): the older text
 * @newer: (nullable): the newer text
 *
 * Returns: (transfer full) (element-type DdDiffSpan): the words of both,
 *   in reading order, each run marked kept, removed or added
 */
GArray *
dd_diff_words (const char *older,
               const char *newer)
{
  g_autoptr(GPtrArray) a = split_words (older);
  g_autoptr(GPtrArray) b = split_words (newer);
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (DdDiffSpan));
  guint n = a->len, m = b->len;
  guint prefix = 0, suffix = 0;

  g_array_set_clear_func (spans, clear_span);

  while (prefix < n && prefix < m && same_word (a->pdata[prefix], b->pdata[prefix]))
    prefix++;
  while (suffix < n - prefix && suffix < m - prefix &&
         same_word (a->pdata[n - 1 - suffix], b->pdata[m - 1 - suffix]))
    suffix++;

  for (guint i = 0; i < prefix; i++)
    append_span (spans, DD_DIFF_SAME, b->pdata[i]);

  {
    guint an = n - prefix - suffix, bm = m - prefix - suffix;
    char **aw = (char **) a->pdata + prefix;
    char **bw = (char **) b->pdata + prefix;

    if ((guint64) (an + 1) * (bm + 1) > MAX_DIFF_CELLS)
      {
        for (guint i = 0; i < an; i++)
          append_span (spans, DD_DIFF_REMOVED, aw[i]);
        for (guint j = 0; j < bm; j++)
          append_span (spans, DD_DIFF_ADDED, bw[j]);
      }
    else
      {
        /* lcs[i][j]: the longest common run of aw[i..] and bw[j..] */
        guint *lcs = g_new0 (guint, (gsize) (an + 1) * (bm + 1));
        guint i = 0, j = 0;

#define LCS(i, j) lcs[(gsize) (i) * (bm + 1) + (j)]
        for (guint ii = an; ii-- > 0;)
          for (guint jj = bm; jj-- > 0;)
            LCS (ii, jj) = same_word (aw[ii], bw[jj]) ? LCS (ii + 1, jj + 1) + 1
                                                      : MAX (LCS (ii + 1, jj), LCS (ii, jj + 1));
        while (i < an || j < bm)
          {
            if (i < an && j < bm && same_word (aw[i], bw[j]))
              {
                append_span (spans, DD_DIFF_SAME, bw[j]);
                i++, j++;
              }
            else if (j == bm || (i < an && LCS (i + 1, j) >= LCS (i, j + 1)))
              append_span (spans, DD_DIFF_REMOVED, aw[i++]);
            else
              append_span (spans, DD_DIFF_ADDED, bw[j++]);
          }
#undef LCS
        g_free (lcs);
      }
  }

  for (guint i = m - suffix; i < m; i++)
    append_span (spans, DD_DIFF_SAME, b->pdata[i]);

  return spans;
}

static void
add_change (GPtrArray  *changes,
            const char *label,
            const char *old_text,
            const char *new_text)
{
  DdAgreementChange *change;

  if (g_strcmp0 (old_text, new_text) == 0)
    return;

  change = g_new0 (DdAgreementChange, 1);
  change->label = g_strdup (label);
  change->old_text = g_strdup (old_text);
  change->new_text = g_strdup (new_text);
  change->spans = dd_diff_words (old_text, new_text);
  g_ptr_array_add (changes, change);
}

static char *
section_text (DdAgreementSection *section)
{
  return g_strdup_printf ("%s\n\n%s", dd_agreement_section_get_heading (section),
                          dd_agreement_section_get_text (section));
}

/**
 * dd_agreement_compare:
 * @older: a version
 * @newer: a later version (or any other)
 *
 * Returns: (transfer full) (element-type DdAgreementChange): what changed
 *   from @older to @newer, in the order of the agreement: its fields, the
 *   platforms, the sections (by number) and the User Access Statement;
 *   empty when nothing did
 */
GPtrArray *
dd_agreement_compare (DdAgreement *older,
                      DdAgreement *newer)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify) dd_agreement_change_free);
  GListModel *old_sections, *new_sections;
  guint n_old, n_new;

  g_return_val_if_fail (DD_IS_AGREEMENT (older), changes);
  g_return_val_if_fail (DD_IS_AGREEMENT (newer), changes);

  for (DdAgreementField f = 0; f < DD_AGREEMENT_N_FIELDS; f++)
    {
      const char *a = dd_agreement_get_field (older, f);
      const char *b = dd_agreement_get_field (newer, f);

      if (f == DD_AGREEMENT_FIELD_STATEMENT)
        continue;
      /* Dates as people read them: "1 March 2024", not 2024-03-01. */
      if (dd_agreement_field_is_date (f))
        {
          g_autofree char *a_long = *a != '\0' ? dd_date_format_long (a) : NULL;
          g_autofree char *b_long = *b != '\0' ? dd_date_format_long (b) : NULL;

          add_change (changes, dd_agreement_field_get_label (f), a_long, b_long);
        }
      else
        add_change (changes, dd_agreement_field_get_label (f), a, b);
    }

  if (dd_agreement_get_platforms (older) != dd_agreement_get_platforms (newer))
    {
      g_autofree char *a = dd_platforms_to_string (dd_agreement_get_platforms (older));
      g_autofree char *b = dd_platforms_to_string (dd_agreement_get_platforms (newer));
      add_change (changes, _("Platforms"), a, b);
    }

  old_sections = dd_agreement_get_sections (older);
  new_sections = dd_agreement_get_sections (newer);
  n_old = g_list_model_get_n_items (old_sections);
  n_new = g_list_model_get_n_items (new_sections);
  for (guint i = 0; i < MAX (n_old, n_new); i++)
    {
      g_autoptr(DdAgreementSection) a = i < n_old ? g_list_model_get_item (old_sections, i) : NULL;
      g_autoptr(DdAgreementSection) b = i < n_new ? g_list_model_get_item (new_sections, i) : NULL;
      g_autofree char *a_text = a ? section_text (a) : NULL;
      g_autofree char *b_text = b ? section_text (b) : NULL;
      /* Translators: a numbered section of the agreement */
      g_autofree char *label = g_strdup_printf (_("Section %u"), i + 1);

      add_change (changes, label, a_text, b_text);
    }

  add_change (changes, dd_agreement_field_get_label (DD_AGREEMENT_FIELD_STATEMENT),
              dd_agreement_get_field (older, DD_AGREEMENT_FIELD_STATEMENT),
              dd_agreement_get_field (newer, DD_AGREEMENT_FIELD_STATEMENT));

  return changes;
}

/**
 * dd_agreement_change_to_markup:
 *
 * Returns: (transfer full): the change as Pango markup: removed words
 *   struck through in red, added words underlined in green
 */
char *
dd_agreement_change_to_markup (const DdAgreementChange *change)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  g_return_val_if_fail (change != NULL, NULL);

  for (guint i = 0; i < change->spans->len; i++)
    {
      const DdDiffSpan *span = &g_array_index (change->spans, DdDiffSpan, i);
      g_autofree char *escaped = g_markup_escape_text (span->text, -1);

      switch (span->kind)
        {
        case DD_DIFF_SAME:
          g_string_append (markup, escaped);
          break;
        case DD_DIFF_REMOVED:
          g_string_append_printf (markup, "<span strikethrough=\"true\" foreground=\"#c01c28\">%s</span>", escaped);
          /* Words removed at the end of a line still stand apart from
           * the words that replace them. */
          if (i + 1 < change->spans->len && *span->text != '\0' &&
              !g_ascii_isspace (span->text[strlen (span->text) - 1]))
            g_string_append_c (markup, ' ');
          break;
        case DD_DIFF_ADDED:
          g_string_append_printf (markup, "<span underline=\"single\" foreground=\"#26a269\">%s</span>", escaped);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}
