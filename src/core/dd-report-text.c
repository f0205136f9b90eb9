/* dd-report-text.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dd-report-text.h"

#define MARKER_LENGTH 3 /* bytes of ⟦ or ⟧ in UTF-8 */

static gboolean
is_open (const char *p)
{
  return strncmp (p, DD_REDACTION_OPEN, MARKER_LENGTH) == 0;
}

static gboolean
is_close (const char *p)
{
  return strncmp (p, DD_REDACTION_CLOSE, MARKER_LENGTH) == 0;
}

static void
dd_text_run_free (gpointer data)
{
  DdTextRun *run = data;

  g_free (run->text);
  g_free (run);
}

void
dd_text_block_free (DdTextBlock *block)
{
  if (block == NULL)
    return;

  g_ptr_array_unref (block->runs);
  g_free (block);
}

static DdTextBlock *
block_new (GPtrArray       *blocks,
           DdTextBlockKind  kind)
{
  DdTextBlock *block = g_new0 (DdTextBlock, 1);

  block->kind = kind;
  block->runs = g_ptr_array_new_with_free_func (dd_text_run_free);
  g_ptr_array_add (blocks, block);

  return block;
}

static void
append_run (DdTextBlock *block,
            const char  *text,
            gsize        length,
            gboolean     redacted)
{
  DdTextRun *last;

  if (length == 0)
    return;

  last = block->runs->len > 0 ? g_ptr_array_index (block->runs, block->runs->len - 1) : NULL;
  if (last != NULL && last->redacted == redacted)
    {
      char *joined = g_strdup_printf ("%s%.*s", last->text, (int) length, text);

      g_free (last->text);
      last->text = joined;
      return;
    }

  last = g_new0 (DdTextRun, 1);
  last->text = g_strndup (text, length);
  last->redacted = redacted;
  g_ptr_array_add (block->runs, last);
}

/* Adds @line to @block, splitting it into runs at the markers, and
 * carries the redaction state across. */
static void
append_marked (DdTextBlock *block,
               const char  *line,
               gboolean    *redacted)
{
  const char *start = line;
  const char *p = line;

  while (*p != '\0')
    {
      if (is_open (p) || is_close (p))
        {
          append_run (block, start, p - start, *redacted);
          *redacted = is_open (p);
          p += MARKER_LENGTH;
          start = p;
        }
      else
        p++;
    }

  append_run (block, start, p - start, *redacted);
}

/* Where a bullet's "- " starts, after any spaces and markers; or NULL. */
static const char *
find_bullet (const char *line)
{
  const char *p = line;

  for (;;)
    {
      if (*p == ' ' || *p == '\t')
        p++;
      else if (is_open (p) || is_close (p))
        p += MARKER_LENGTH;
      else
        break;
    }

  return (p[0] == '-' && p[1] == ' ') ? p : NULL;
}

static gboolean
is_blank (const char *line)
{
  for (const char *p = line; *p != '\0'; )
    {
      if (is_open (p) || is_close (p))
        p += MARKER_LENGTH;
      else if (g_ascii_isspace (*p))
        p++;
      else
        return FALSE;
    }

  return TRUE;
}

/**
 * dd_report_text_parse:
 * @markup: a section's text
 *
 * Returns: (transfer container) (element-type DdTextBlock): the
 *   paragraphs and bullets of @markup, each a list of runs, redacted or not
 */
GPtrArray *
dd_report_text_parse (const char *markup)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) dd_text_block_free);
  g_auto(GStrv) lines = NULL;
  DdTextBlock *paragraph = NULL;
  gboolean redacted = FALSE;

  g_return_val_if_fail (markup != NULL, blocks);

  lines = g_strsplit (markup, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      gsize length = strlen (line);
      const char *bullet;

      if (length > 0 && line[length - 1] == '\r')
        line[length - 1] = '\0';

      if (is_blank (line))
        {
          /* Markers on a blank line still count. */
          for (const char *p = line; *p != '\0'; p++)
            if (is_open (p) || is_close (p))
              redacted = is_open (p);
          paragraph = NULL;
          continue;
        }

      if ((bullet = find_bullet (line)) != NULL)
        {
          DdTextBlock *item = block_new (blocks, DD_TEXT_BLOCK_BULLET);
          g_autofree char *before = g_strndup (line, bullet - line);

          paragraph = NULL;
          append_marked (item, before, &redacted);
          append_marked (item, bullet + 2, &redacted);
          continue;
        }

      if (paragraph == NULL)
        paragraph = block_new (blocks, DD_TEXT_BLOCK_PARAGRAPH);
      else
        append_run (paragraph, " ", 1, redacted);

      append_marked (paragraph, g_strstrip (line), &redacted);
    }

  /* Leading spaces of a paragraph's runs were stripped with the line;
   * drop blocks that held only markers. */
  for (guint i = blocks->len; i > 0; i--)
    {
      DdTextBlock *block = g_ptr_array_index (blocks, i - 1);

      if (block->runs->len == 0)
        g_ptr_array_remove_index (blocks, i - 1);
    }

  return blocks;
}

/**
 * dd_report_text_strip:
 *
 * Returns: (transfer full): @markup without its redaction marks
 */
char *
dd_report_text_strip (const char *markup)
{
  GString *plain;

  g_return_val_if_fail (markup != NULL, NULL);

  plain = g_string_sized_new (strlen (markup));
  for (const char *p = markup; *p != '\0'; )
    {
      if (is_open (p) || is_close (p))
        p += MARKER_LENGTH;
      else
        g_string_append_c (plain, *p++);
    }

  return g_string_free (plain, FALSE);
}

/**
 * dd_report_text_same_words:
 *
 * Returns: whether @a and @b say the same, whatever is marked as
 *   redacted: marking a passage does not change signed content
 */
gboolean
dd_report_text_same_words (const char *a,
                           const char *b)
{
  g_autofree char *plain_a = dd_report_text_strip (a != NULL ? a : "");
  g_autofree char *plain_b = dd_report_text_strip (b != NULL ? b : "");

  return g_str_equal (plain_a, plain_b);
}

/* The text without marks, and for each of its bytes whether it is marked. */
static char *
split_marks (const char  *markup,
             GByteArray **flags_out)
{
  GString *plain = g_string_sized_new (strlen (markup));
  GByteArray *flags = g_byte_array_sized_new (strlen (markup));
  guint8 redacted = FALSE;

  for (const char *p = markup; *p != '\0'; )
    {
      if (is_open (p) || is_close (p))
        {
          redacted = is_open (p);
          p += MARKER_LENGTH;
          continue;
        }

      g_string_append_c (plain, *p++);
      g_byte_array_append (flags, &redacted, 1);
    }

  *flags_out = flags;
  return g_string_free (plain, FALSE);
}

/* Writes @plain back with marks around the bytes flagged. Marks never
 * open across a line end: each line's marked part is closed at its end
 * and opened again on the next, so the text stays readable as lines. */
static char *
join_marks (const char *plain,
            GByteArray *flags)
{
  GString *markup = g_string_sized_new (strlen (plain) + 16);
  gboolean open = FALSE;

  for (gsize i = 0; plain[i] != '\0'; i++)
    {
      gboolean want = flags->data[i] && plain[i] != '\n';

      if (want != open)
        {
          g_string_append (markup, want ? DD_REDACTION_OPEN : DD_REDACTION_CLOSE);
          open = want;
        }
      g_string_append_c (markup, plain[i]);
    }

  if (open)
    g_string_append (markup, DD_REDACTION_CLOSE);

  return g_string_free (markup, FALSE);
}

static char *
set_marks (const char *markup,
           const char *passage,
           gboolean    redact,
           guint      *n_changed)
{
  g_autoptr(GByteArray) flags = NULL;
  g_autofree char *plain = NULL;
  gsize passage_length;
  guint changed = 0;

  g_return_val_if_fail (markup != NULL, NULL);
  g_return_val_if_fail (passage != NULL && *passage != '\0', NULL);

  plain = split_marks (markup, &flags);
  passage_length = strlen (passage);

  for (const char *hit = strstr (plain, passage); hit != NULL; hit = strstr (hit + passage_length, passage))
    {
      gsize start = hit - plain;
      gboolean differs = FALSE;

      for (gsize i = start; i < start + passage_length; i++)
        if (plain[i] != '\n' && flags->data[i] != redact)
          {
            differs = TRUE;
            flags->data[i] = redact;
          }

      if (differs)
        changed++;
    }

  if (n_changed != NULL)
    *n_changed = changed;

  return join_marks (plain, flags);
}

/**
 * dd_report_text_mark_redacted:
 * @markup: a section's text
 * @passage: the words to mark, as they read (without marks)
 * @n_marked: (out) (optional): how many occurrences were newly marked
 *
 * Marks every occurrence of @passage as redacted.
 *
 * Returns: (transfer full): the new text
 */
char *
dd_report_text_mark_redacted (const char *markup,
                              const char *passage,
                              guint      *n_marked)
{
  return set_marks (markup, passage, TRUE, n_marked);
}

/**
 * dd_report_text_unmark_redacted:
 *
 * The reverse of dd_report_text_mark_redacted(): every occurrence of
 * @passage is no longer marked.
 */
char *
dd_report_text_unmark_redacted (const char *markup,
                                const char *passage,
                                guint      *n_unmarked)
{
  return set_marks (markup, passage, FALSE, n_unmarked);
}

/**
 * dd_report_text_split_marks:
 * @markup: a section's text
 * @ranges: (out) (transfer full) (element-type DdTextRange): the
 *   passages marked as redacted, in characters of the returned text
 *
 * For an editor that shows marks as styling rather than characters.
 *
 * Returns: (transfer full): @markup without its marks
 */
char *
dd_report_text_split_marks (const char  *markup,
                            GArray     **ranges)
{
  GString *plain;
  GArray *found;
  gboolean open = FALSE;
  guint offset = 0;
  DdTextRange range = { 0, 0 };

  g_return_val_if_fail (markup != NULL, NULL);
  g_return_val_if_fail (ranges != NULL, NULL);

  plain = g_string_sized_new (strlen (markup));
  found = g_array_new (FALSE, FALSE, sizeof (DdTextRange));

  for (const char *p = markup; *p != '\0'; )
    {
      if (is_open (p) || is_close (p))
        {
          gboolean opening = is_open (p);

          if (opening && !open)
            range.start = offset;
          else if (!opening && open && offset > range.start)
            {
              range.end = offset;
              g_array_append_val (found, range);
            }
          open = opening;
          p += MARKER_LENGTH;
          continue;
        }

      {
        const char *next = g_utf8_next_char (p);

        g_string_append_len (plain, p, next - p);
        offset++;
        p = next;
      }
    }

  if (open && offset > range.start)
    {
      range.end = offset;
      g_array_append_val (found, range);
    }

  *ranges = found;
  return g_string_free (plain, FALSE);
}

/**
 * dd_report_text_join_marks:
 * @plain: text without marks
 * @ranges: (element-type DdTextRange): passages to mark, in characters,
 *   in order and not overlapping
 *
 * The reverse of dd_report_text_split_marks().
 *
 * Returns: (transfer full): the markup
 */
char *
dd_report_text_join_marks (const char *plain,
                           GArray     *ranges)
{
  g_autoptr(GByteArray) flags = g_byte_array_new ();
  guint n_chars;
  guint8 zero = 0;

  g_return_val_if_fail (plain != NULL, NULL);
  g_return_val_if_fail (ranges != NULL, NULL);

  /* Flags per byte, as join_marks() wants them. */
  n_chars = g_utf8_strlen (plain, -1);
  for (gsize i = 0; plain[i] != '\0'; i++)
    g_byte_array_append (flags, &zero, 1);

  for (guint r = 0; r < ranges->len; r++)
    {
      DdTextRange *range = &g_array_index (ranges, DdTextRange, r);
      const char *start = g_utf8_offset_to_pointer (plain, MIN (range->start, n_chars));
      const char *end = g_utf8_offset_to_pointer (plain, MIN (range->end, n_chars));

      for (const char *p = start; p < end; p++)
        flags->data[p - plain] = 1;
    }

  return join_marks (plain, flags);
}
