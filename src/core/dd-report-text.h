/* dd-report-text.h: the markup of a section's text
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section's text is plain text with three rules:
 *
 * - Paragraphs are separated by blank lines; lines next to each other
 *   join into one paragraph.
 * - A line starting with "- " is a bullet.
 * - A passage between ⟦ and ⟧ (U+27E6, U+27E7) is marked as redacted: it
 *   is in the internal copy and removed from the published one. A marked
 *   passage may run across lines, bullets and paragraphs.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DD_REDACTION_OPEN  "\u27e6"
#define DD_REDACTION_CLOSE "\u27e7"

typedef enum
{
  DD_TEXT_BLOCK_PARAGRAPH,
  DD_TEXT_BLOCK_BULLET,
} DdTextBlockKind;

typedef struct
{
  char     *text;
  gboolean  redacted;
} DdTextRun;

/* A marked passage, in characters (not bytes) of the text without marks. */
typedef struct
{
  guint start;
  guint end;
} DdTextRange;

typedef struct
{
  DdTextBlockKind  kind;
  GPtrArray       *runs; /* of DdTextRun */
} DdTextBlock;

GPtrArray *dd_report_text_parse           (const char  *markup);
char      *dd_report_text_strip           (const char  *markup);
gboolean   dd_report_text_same_words      (const char  *a,
                                           const char  *b);
char      *dd_report_text_mark_redacted   (const char  *markup,
                                           const char  *passage,
                                           guint       *n_marked);
char      *dd_report_text_unmark_redacted (const char  *markup,
                                           const char  *passage,
                                           guint       *n_unmarked);
char      *dd_report_text_split_marks     (const char  *markup,
                                           GArray     **ranges);
char      *dd_report_text_join_marks      (const char  *plain,
                                           GArray      *ranges);
void       dd_text_block_free             (DdTextBlock *block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DdTextBlock, dd_text_block_free)

G_END_DECLS
