/* dd-report-importer.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Offices hold hundreds of past decision reports as Word documents, or as
 * text copied out of PDFs, laid out like the standard template: a title
 * block of labelled lines, sixteen numbered sections, then the approval,
 * publication, redaction and decision blocks. Labels vary between offices
 * and years ("Report reference number:", "Ref No.", "Report title"...),
 * so they are matched by their words, not their spelling: a label matches
 * an entry of the table below when it holds all of the entry's words and
 * at most a few more. Nothing is dropped: a line that cannot be placed is
 * kept in the nearest section and listed in the summary.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dd-dates.h"
#include "dd-docx-reader.h"
#include "dd-import-error.h"
#include "dd-report-importer.h"
#include "dd-report-private.h"

/* Text files larger than this are not decision reports. */
#define MAX_TEXT_SIZE (16 * 1024 * 1024)

typedef enum
{
  LABEL_NONE,
  LABEL_FIELD,
  LABEL_BOILERPLATE,
  LABEL_HEADING_APPROVAL,
  LABEL_HEADING_PUBLICATION,
  LABEL_HEADING_REDACTION,
  LABEL_HEADING_DECISION,
  LABEL_CHIEF_EXECUTIVE,
  LABEL_CHIEF_FINANCE_OFFICER,
  LABEL_SIGN,
  LABEL_PRINT,
  LABEL_DATE,
  LABEL_PUBLICATION,
  LABEL_PUBLICATION_REASONS,
  LABEL_REDACT_DECISION_SHEET,
  LABEL_REDACT_APPENDIX,
  LABEL_REDACTION_DETAILS,
  LABEL_REDACTION_DATE,
  LABEL_REDACTION_SIGNED_BY,
  LABEL_AGREE,
  LABEL_DISAGREE,
} LabelKind;

/* Where a label may appear: in the title block, after the sections, or both. */
enum {
  IN_TITLE_BLOCK = 1 << 0,
  IN_TAIL        = 1 << 1,
};

static const struct {
  LabelKind      kind;
  DdReportField  field;
  guint          where;
  const char    *words;
} labels[] = {
  { LABEL_FIELD, DD_REPORT_FIELD_REFERENCE, IN_TITLE_BLOCK, "report reference number" },
  { LABEL_FIELD, DD_REPORT_FIELD_REFERENCE, IN_TITLE_BLOCK, "reference number" },
  { LABEL_FIELD, DD_REPORT_FIELD_REFERENCE, IN_TITLE_BLOCK, "reference" },
  { LABEL_FIELD, DD_REPORT_FIELD_REFERENCE, IN_TITLE_BLOCK, "ref no" },
  { LABEL_FIELD, DD_REPORT_FIELD_REFERENCE, IN_TITLE_BLOCK, "ref" },
  { LABEL_FIELD, DD_REPORT_FIELD_REFERENCE, IN_TITLE_BLOCK, "report number" },
  { LABEL_FIELD, DD_REPORT_FIELD_REFERENCE, IN_TITLE_BLOCK, "decision number" },
  { LABEL_FIELD, DD_REPORT_FIELD_CLASSIFICATION, IN_TITLE_BLOCK, "classification" },
  { LABEL_FIELD, DD_REPORT_FIELD_CLASSIFICATION, IN_TITLE_BLOCK, "security classification" },
  { LABEL_FIELD, DD_REPORT_FIELD_CLASSIFICATION, IN_TITLE_BLOCK, "protective marking" },
  { LABEL_FIELD, DD_REPORT_FIELD_CLASSIFICATION, IN_TITLE_BLOCK, "security marking" },
  { LABEL_FIELD, DD_REPORT_FIELD_TITLE, IN_TITLE_BLOCK, "title of report" },
  { LABEL_FIELD, DD_REPORT_FIELD_TITLE, IN_TITLE_BLOCK, "report title" },
  { LABEL_FIELD, DD_REPORT_FIELD_TITLE, IN_TITLE_BLOCK, "title" },
  { LABEL_FIELD, DD_REPORT_FIELD_TITLE, IN_TITLE_BLOCK, "subject" },
  { LABEL_FIELD, DD_REPORT_FIELD_AREA, IN_TITLE_BLOCK, "area of county stakeholders affected" },
  { LABEL_FIELD, DD_REPORT_FIELD_AREA, IN_TITLE_BLOCK, "stakeholders affected" },
  { LABEL_FIELD, DD_REPORT_FIELD_AREA, IN_TITLE_BLOCK, "area affected" },
  { LABEL_FIELD, DD_REPORT_FIELD_AREA, IN_TITLE_BLOCK, "areas affected" },
  { LABEL_FIELD, DD_REPORT_FIELD_AREA, IN_TITLE_BLOCK, "area of county" },
  { LABEL_FIELD, DD_REPORT_FIELD_AREA, IN_TITLE_BLOCK, "area" },
  { LABEL_FIELD, DD_REPORT_FIELD_REPORT_BY_NAME, IN_TITLE_BLOCK, "report by" },
  { LABEL_FIELD, DD_REPORT_FIELD_REPORT_BY_NAME, IN_TITLE_BLOCK, "report author" },
  { LABEL_FIELD, DD_REPORT_FIELD_REPORT_BY_NAME, IN_TITLE_BLOCK, "author" },
  { LABEL_FIELD, DD_REPORT_FIELD_REPORT_BY_NAME, IN_TITLE_BLOCK, "prepared by" },
  { LABEL_FIELD, DD_REPORT_FIELD_REPORT_BY_NAME, IN_TITLE_BLOCK, "report from" },
  { LABEL_FIELD, DD_REPORT_FIELD_CHIEF_OFFICER, IN_TITLE_BLOCK, "chief officer" },
  { LABEL_FIELD, DD_REPORT_FIELD_CHIEF_OFFICER, IN_TITLE_BLOCK, "lead officer" },
  { LABEL_FIELD, DD_REPORT_FIELD_CHIEF_OFFICER, IN_TITLE_BLOCK, "lead chief officer" },
  { LABEL_FIELD, DD_REPORT_FIELD_DATE, IN_TITLE_BLOCK, "date of report" },
  { LABEL_FIELD, DD_REPORT_FIELD_DATE, IN_TITLE_BLOCK, "report date" },
  { LABEL_FIELD, DD_REPORT_FIELD_DATE, IN_TITLE_BLOCK, "date" },
  { LABEL_FIELD, DD_REPORT_FIELD_ENQUIRIES_TO, IN_TITLE_BLOCK, "enquiries to" },
  { LABEL_FIELD, DD_REPORT_FIELD_ENQUIRIES_TO, IN_TITLE_BLOCK, "enquiries" },
  { LABEL_FIELD, DD_REPORT_FIELD_ENQUIRIES_TO, IN_TITLE_BLOCK, "contact" },
  { LABEL_FIELD, DD_REPORT_FIELD_ENQUIRIES_TO, IN_TITLE_BLOCK, "contact officer" },
  { LABEL_FIELD, DD_REPORT_FIELD_ENQUIRIES_TO, IN_TITLE_BLOCK, "further information" },
  { LABEL_BOILERPLATE, 0, IN_TITLE_BLOCK, "decision report" },
  { LABEL_BOILERPLATE, 0, IN_TITLE_BLOCK, "record of decision" },
  { LABEL_BOILERPLATE, 0, IN_TITLE_BLOCK, "decision record" },
  { LABEL_BOILERPLATE, 0, IN_TITLE_BLOCK, "office of the commissioner" },
  { LABEL_BOILERPLATE, 0, IN_TAIL, "will be signed off by the chief executive" },
  { LABEL_HEADING_APPROVAL, 0, IN_TAIL, "report approval" },
  { LABEL_HEADING_APPROVAL, 0, IN_TAIL, "approval" },
  { LABEL_HEADING_PUBLICATION, 0, IN_TAIL, "publication" },
  { LABEL_HEADING_REDACTION, 0, IN_TAIL, "redaction" },
  { LABEL_HEADING_DECISION, 0, IN_TAIL, "decision and final sign off" },
  { LABEL_HEADING_DECISION, 0, IN_TAIL, "final sign off" },
  { LABEL_HEADING_DECISION, 0, IN_TAIL, "decision" },
  { LABEL_CHIEF_EXECUTIVE, 0, IN_TAIL, "chief executive sign" },
  { LABEL_CHIEF_EXECUTIVE, 0, IN_TAIL, "chief executive m o sign" },
  { LABEL_CHIEF_EXECUTIVE, 0, IN_TAIL, "monitoring officer sign" },
  { LABEL_CHIEF_EXECUTIVE, 0, IN_TAIL, "chief executive" },
  { LABEL_CHIEF_FINANCE_OFFICER, 0, IN_TAIL, "chief financial officer sign" },
  { LABEL_CHIEF_FINANCE_OFFICER, 0, IN_TAIL, "chief finance officer sign" },
  { LABEL_CHIEF_FINANCE_OFFICER, 0, IN_TAIL, "chief financial officer" },
  { LABEL_CHIEF_FINANCE_OFFICER, 0, IN_TAIL, "chief finance officer" },
  { LABEL_CHIEF_FINANCE_OFFICER, 0, IN_TAIL, "cfo sign" },
  { LABEL_SIGN, 0, IN_TAIL, "sign" },
  { LABEL_SIGN, 0, IN_TAIL, "signed" },
  { LABEL_SIGN, 0, IN_TAIL, "signature" },
  { LABEL_PRINT, 0, IN_TAIL, "print" },
  { LABEL_PRINT, 0, IN_TAIL, "print name" },
  { LABEL_PRINT, 0, IN_TAIL, "printed name" },
  { LABEL_PRINT, 0, IN_TAIL, "name" },
  { LABEL_DATE, 0, IN_TAIL, "date" },
  { LABEL_DATE, 0, IN_TAIL, "date signed" },
  { LABEL_PUBLICATION, 0, IN_TAIL, "report for publication" },
  { LABEL_PUBLICATION, 0, IN_TAIL, "for publication" },
  { LABEL_PUBLICATION_REASONS, 0, IN_TAIL, "reasons" },
  { LABEL_PUBLICATION_REASONS, 0, IN_TAIL, "reason" },
  { LABEL_PUBLICATION_REASONS, 0, IN_TAIL, "if no why not" },
  { LABEL_PUBLICATION_REASONS, 0, IN_TAIL, "reasons for not publishing" },
  { LABEL_REDACT_DECISION_SHEET, 0, IN_TAIL, "redaction required of the decision sheet" },
  { LABEL_REDACT_DECISION_SHEET, 0, IN_TAIL, "decision sheet redaction" },
  { LABEL_REDACT_DECISION_SHEET, 0, IN_TAIL, "decision sheet require redaction" },
  { LABEL_REDACT_APPENDIX, 0, IN_TAIL, "redaction required of the appendix" },
  { LABEL_REDACT_APPENDIX, 0, IN_TAIL, "appendix redaction" },
  { LABEL_REDACT_APPENDIX, 0, IN_TAIL, "appendix require redaction" },
  { LABEL_REDACTION_DETAILS, 0, IN_TAIL, "details of the redaction" },
  { LABEL_REDACTION_DETAILS, 0, IN_TAIL, "redaction details" },
  { LABEL_REDACTION_DETAILS, 0, IN_TAIL, "what is redacted" },
  { LABEL_REDACTION_DATE, 0, IN_TAIL, "date redaction carried out" },
  { LABEL_REDACTION_DATE, 0, IN_TAIL, "date of redaction" },
  { LABEL_REDACTION_DATE, 0, IN_TAIL, "redaction date" },
  { LABEL_REDACTION_SIGNED_BY, 0, IN_TAIL, "redaction signed off by" },
  { LABEL_REDACTION_SIGNED_BY, 0, IN_TAIL, "signed off by" },
  { LABEL_AGREE, 0, IN_TAIL, "i agree the recommendations" },
  { LABEL_DISAGREE, 0, IN_TAIL, "i do not agree the recommendations" },
  { LABEL_DISAGREE, 0, IN_TAIL, "i do not agree" },
};

/* Page markings, as a report's first line may carry them. */
static const char *markings[] = {
  "official", "official sensitive", "not protectively marked", "protect", "restricted",
  "secret", "top secret",
};

typedef enum
{
  CONTEXT_NONE,
  CONTEXT_CHIEF_EXECUTIVE,
  CONTEXT_CHIEF_FINANCE_OFFICER,
  CONTEXT_PUBLICATION,
  CONTEXT_REDACTION,
  CONTEXT_REDACTION_SIGN,
  CONTEXT_AGREE,
  CONTEXT_DISAGREE,
  N_CONTEXTS
} Context;

typedef struct
{
  char    *sign;
  char    *name;
  char    *role;
  char    *date;
  GString *reasons;
} Block;

typedef enum
{
  REGION_TITLE_BLOCK,
  REGION_SECTIONS,
  REGION_TAIL,
} Region;

struct _DdReportImporter
{
  GObject    parent_instance;

  GPtrArray *recognised;
  GPtrArray *unplaced;
};

G_DEFINE_FINAL_TYPE (DdReportImporter, dd_report_importer, G_TYPE_OBJECT)

/* The state of one import. */
typedef struct
{
  DdReportImporter *self;
  const char       *source;
  DdReport         *report;
  Region            region;
  guint             section;
  GString          *sections[DD_REPORT_N_SECTIONS + 1];
  gboolean          section_found[DD_REPORT_N_SECTIONS + 1];
  GString          *preamble;
  GString          *tail;
  GPtrArray        *recommendations;
  gboolean          recommendation_open;
  Context           context;
  Block             blocks[N_CONTEXTS];
  int               pending_field;   /* a title-block label waiting for its value, or -1 */
  gboolean          paragraphs;      /* each line is a paragraph (Word), not wrapped text */
  gboolean          field_found[DD_REPORT_N_FIELDS];
  gboolean          publication_found;
} Parse;

static void
block_clear (Block *block)
{
  g_clear_pointer (&block->sign, g_free);
  g_clear_pointer (&block->name, g_free);
  g_clear_pointer (&block->role, g_free);
  g_clear_pointer (&block->date, g_free);
  if (block->reasons != NULL)
    g_string_free (g_steal_pointer (&block->reasons), TRUE);
}

static void
parse_clear (Parse *parse)
{
  for (guint i = 0; i <= DD_REPORT_N_SECTIONS; i++)
    if (parse->sections[i] != NULL)
      g_string_free (parse->sections[i], TRUE);
  g_string_free (parse->preamble, TRUE);
  g_string_free (parse->tail, TRUE);
  g_ptr_array_unref (parse->recommendations);
  for (guint i = 0; i < N_CONTEXTS; i++)
    block_clear (&parse->blocks[i]);
  g_clear_object (&parse->report);
}

/* Lower case, letters and digits only, single spaces. */
static char *
normalize (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *normal = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && normal->len > 0)
            g_string_append_c (normal, ' ');
          g_string_append_unichar (normal, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (normal, FALSE);
}

static guint
count_words (const char *normal)
{
  guint n = *normal != '\0';

  for (const char *p = normal; *p != '\0'; p++)
    n += *p == ' ';

  return n;
}

static gboolean
has_word (char       **words,
          const char  *word)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      /* "recommendations" matches "recommendation", "risks" "risk". */
      gsize a = strlen (words[i]);
      gsize b = strlen (word);

      if (g_str_equal (words[i], word) ||
          (a == b + 1 && words[i][a - 1] == 's' && strncmp (words[i], word, b) == 0) ||
          (b == a + 1 && word[b - 1] == 's' && strncmp (words[i], word, a) == 0))
        return TRUE;
    }

  return FALSE;
}

/* The table entry @label matches best, where allowed, or -1. */
static int
match_label (const char *label,
             guint       where)
{
  g_autofree char *normal = normalize (label);
  g_auto(GStrv) words = g_strsplit (normal, " ", -1);
  guint n_words = *normal == '\0' ? 0 : g_strv_length (words);
  guint best_size = 0;
  int best = -1;

  if (n_words == 0 || n_words > 40)
    return -1;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_auto(GStrv) wanted = NULL;
      guint n_wanted;
      gboolean all = TRUE;

      if ((labels[i].where & where) == 0)
        continue;

      wanted = g_strsplit (labels[i].words, " ", -1);
      n_wanted = g_strv_length (wanted);

      for (guint j = 0; all && wanted[j] != NULL; j++)
        all = has_word (words, wanted[j]);

      /* Short labels must be nearly exact: "Date" yes, "Date of the
       * meeting with partners" no. Longer ones may be reworded ("I agree
       * the recommendations to this report"); boilerplate need only hold
       * its words. */
      if (!all ||
          (labels[i].kind != LABEL_BOILERPLATE &&
           n_words > n_wanted + (n_wanted == 1 ? 1 : n_wanted <= 3 ? 3 : 6)))
        continue;

      if (n_wanted > best_size)
        {
          best = i;
          best_size = n_wanted;
        }
    }

  return best;
}

/* Splits "Label: value", "Label<tab>value" or "Question? value". The
 * label keeps its words only; @value points into @line. */
static gboolean
split_label (const char  *line,
             char       **label,
             const char **value)
{
  const char *colon = strchr (line, ':');
  const char *tab = strchr (line, '\t');
  const char *question = strchr (line, '?');
  const char *separator = NULL;

  for (const char *candidate[] = { colon, tab, question }, **c = candidate; c < candidate + 3; c++)
    if (*c != NULL && (separator == NULL || *c < separator))
      separator = *c;

  /* A URL is not a label. */
  if (separator == colon && colon != NULL && g_str_has_prefix (colon, "://"))
    separator = tab ? tab : question;

  if (separator == NULL || separator - line > 120)
    return FALSE;

  *label = g_strndup (line, separator - line);
  *value = separator + 1;
  while (**value == ' ' || **value == '\t' || **value == ':')
    (*value)++;

  return TRUE;
}

/* Whether the line starts with @entry's words, in order; sets @value to
 * what follows them. For labels set apart by spaces alone, as tables
 * come out of PDFs: "Ref No. PFCC/012/2024". */
static gboolean
starts_with_label (const char  *line,
                   guint        entry,
                   const char **value)
{
  g_auto(GStrv) wanted = g_strsplit (labels[entry].words, " ", -1);
  const char *p = line;

  for (guint i = 0; wanted[i] != NULL; i++)
    {
      const char *start;
      g_autofree char *word = NULL;
      g_autofree char *normal = NULL;
      char *no_words[] = { NULL, NULL };

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (p == start)
        return FALSE;

      word = g_strndup (start, p - start);
      normal = normalize (word);
      no_words[0] = normal;
      if (!has_word (no_words, wanted[i]))
        return FALSE;
    }

  /* A word goes on ("Dated" is not "Date"), and a value must follow. */
  while (*p == '.' || *p == ' ' || *p == '\t' || *p == ':' || *p == '-')
    p++;

  *value = p;
  return TRUE;
}

/* The label at the start of @line, and its value: set apart by a colon,
 * a tab or a question mark, or, failing those, the line's first words. */
static int
find_label (const char  *line,
            guint        where,
            const char **value)
{
  g_autofree char *label = NULL;
  guint best_size = 0;
  int entry;
  int best = -1;

  if (split_label (line, &label, value) && (entry = match_label (label, where)) >= 0)
    return entry;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const char *rest;
      guint size;

      if ((labels[i].where & where) == 0 || labels[i].kind == LABEL_BOILERPLATE)
        continue;

      size = strlen (labels[i].words);
      if (size > best_size && starts_with_label (line, i, &rest) && *rest != '\0')
        {
          best = i;
          best_size = size;
          *value = rest;
        }
    }

  if (best >= 0)
    return best;

  *value = "";
  return match_label (line, where);
}

static void
recognise (Parse      *parse,
           const char *what)
{
  if (!g_ptr_array_find_with_equal_func (parse->self->recognised, what, g_str_equal, NULL))
    g_ptr_array_add (parse->self->recognised, g_strdup (what));
}

/* Keeps a line nothing else wanted in the nearest section. */
static void
keep_unplaced (Parse      *parse,
               const char *line)
{
  guint section;
  GString *text;

  if (parse->region == REGION_TITLE_BLOCK)
    {
      text = parse->preamble;
      section = 1;
    }
  else if (parse->region == REGION_TAIL)
    {
      text = parse->tail;
      section = DD_REPORT_N_SECTIONS;
    }
  else
    return;

  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);

  g_ptr_array_add (parse->self->unplaced,
                   /* Translators: a line of an imported file, and where it was kept */
                   g_strdup_printf (_("“%s” (kept in section %u)"), line, section));
}

static const char *
skip_bullet (const char *line)
{
  static const char *bullets[] = { "- ", "-\t", "• ", "•\t", "· ", "▪ ", "◦ ", "– ", "* ", "o\t", "\t" };

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (g_str_has_prefix (line, bullets[i]))
      {
        line += strlen (bullets[i]);
        while (*line == ' ' || *line == '\t')
          line++;
        return line;
      }

  return NULL;
}

/* A numbered section heading: "1. Executive Summary", "2 RECOMMENDATIONS",
 * "12) Equality and Diversity". Accepts only numbers after the current
 * section whose words share something with the template's heading, so a
 * numbered paragraph or list inside a section is not taken for one. */
static gboolean
match_heading (Parse       *parse,
               const char  *line,
               guint       *number,
               char       **heading)
{
  g_autofree char *default_words = NULL;
  g_autofree char *heading_words = NULL;
  g_auto(GStrv) wanted = NULL;
  g_auto(GStrv) found = NULL;
  const char *p = line;
  guint64 n;
  char *end;
  gboolean shared = FALSE;

  while (*p == ' ')
    p++;

  if (!g_ascii_isdigit (*p))
    return FALSE;

  n = g_ascii_strtoull (p, &end, 10);
  if (n <= parse->section || n > DD_REPORT_N_SECTIONS || end - p > 2)
    return FALSE;

  p = end;
  if (*p == '.' || *p == ')' || *p == ':')
    p++;
  if (*p != ' ' && *p != '\t')
    return FALSE;
  while (*p == ' ' || *p == '\t')
    p++;

  if (*p == '\0' || strlen (p) > 90)
    return FALSE;

  default_words = normalize (dd_report_section_get_default_heading (n));
  heading_words = normalize (p);
  wanted = g_strsplit (default_words, " ", -1);
  found = g_strsplit (heading_words, " ", -1);

  for (guint i = 0; !shared && found[i] != NULL; i++)
    shared = strlen (found[i]) >= 4 && has_word (wanted, found[i]);

  /* And with the template's English heading, for a Welsh interface
   * reading an English report. */
  if (!shared)
    {
      g_autofree char *english_words = normalize (dd_report_section_get_english_heading (n));
      g_auto(GStrv) english = g_strsplit (english_words, " ", -1);

      for (guint i = 0; !shared && found[i] != NULL; i++)
        shared = strlen (found[i]) >= 4 && has_word (english, found[i]);
    }

  if (!shared)
    return FALSE;

  *number = n;
  *heading = g_strstrip (g_strdup (p));

  return TRUE;
}

static GString *
current_section (Parse *parse)
{
  if (parse->sections[parse->section] == NULL)
    parse->sections[parse->section] = g_string_new (NULL);

  return parse->sections[parse->section];
}

/* "2.1 The Commissioner ...", "(a) ...", "a) ...", "i. ...", "1) ...":
 * the text after the number, or NULL when the line is not numbered. */
static const char *
skip_item_number (const char *line)
{
  const char *p = line;

  if (*p == '(')
    p++;

  if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p) || *p == '.')
        p++;
    }
  else if (g_ascii_isalpha (*p) && (p[1] == ')' || p[1] == '.'))
    p++;
  else
    return NULL;

  if (*p == ')' || *p == '.')
    p++;

  if (*p != ' ' && *p != '\t')
    return NULL;

  while (*p == ' ' || *p == '\t')
    p++;

  return *p != '\0' ? p : NULL;
}

static void
add_to_recommendations (Parse      *parse,
                        const char *line,
                        gboolean    blank)
{
  const char *item;

  if (blank)
    {
      parse->recommendation_open = FALSE;
      return;
    }

  if ((item = skip_bullet (line)) != NULL || (item = skip_item_number (line)) != NULL)
    {
      g_ptr_array_add (parse->recommendations, g_strdup (item));
      parse->recommendation_open = TRUE;
    }
  else if (parse->recommendation_open && parse->recommendations->len > 0)
    {
      char **last = (char **) &g_ptr_array_index (parse->recommendations, parse->recommendations->len - 1);
      char *joined = g_strconcat (*last, " ", line, NULL);

      g_free (*last);
      *last = joined;
    }
  else
    {
      g_ptr_array_add (parse->recommendations, g_strdup (line));
      parse->recommendation_open = TRUE;
    }
}

/* Whether a new paragraph starts between two lines of text: always for
 * Word paragraphs; for text, when the first ends a sentence and the next
 * starts one (lines wrapped mid-sentence, as PDFs copy out, are joined). */
static gboolean
starts_paragraph (Parse      *parse,
                  const char *previous,
                  const char *line)
{
  gsize length = strlen (previous);
  gunichar first = g_utf8_get_char (line);

  if (parse->paragraphs)
    return TRUE;

  return length > 0 && strchr (".!?:;", previous[length - 1]) != NULL &&
         (g_unichar_isupper (first) || g_unichar_isdigit (first) || first == '"' || first == 0x201c);
}

static void
add_section_line (Parse      *parse,
                  const char *line)
{
  GString *text = current_section (parse);
  const char *bullet = skip_bullet (line);
  const char *last_line;

  if (parse->section == 2)
    add_to_recommendations (parse, line, *line == '\0');

  if (*line == '\0')
    {
      if (text->len > 0 && !g_str_has_suffix (text->str, "\n\n"))
        g_string_append (text, text->str[text->len - 1] == '\n' ? "\n" : "\n\n");
      return;
    }

  last_line = text->len > 0 ? strrchr (text->str, '\n') : NULL;
  last_line = last_line != NULL ? last_line + 1 : text->str;

  if (text->len > 0 && text->str[text->len - 1] != '\n')
    {
      /* After a bullet a paragraph needs a blank line; so does a new
       * paragraph after another. */
      if (bullet == NULL && (g_str_has_prefix (last_line, "- ") || starts_paragraph (parse, last_line, line)))
        g_string_append (text, "\n\n");
      else
        g_string_append_c (text, '\n');
    }

  if (bullet != NULL)
    g_string_append_printf (text, "- %s", bullet);
  else
    g_string_append (text, line);
}

static gboolean
parse_yes_no (const char  *value,
              gboolean    *yes,
              const char **rest)
{
  g_autofree char *normal = normalize (value);

  if (g_str_has_prefix (normal, "yes") || g_str_equal (normal, "y") || g_str_has_prefix (normal, "ie"))
    *yes = TRUE;
  else if (g_str_has_prefix (normal, "no") || g_str_equal (normal, "n") || g_str_has_prefix (normal, "na "))
    *yes = FALSE;
  else
    return FALSE;

  /* "No - contains personal data": the reason after the answer. */
  *rest = value;
  while (**rest != '\0' && g_ascii_isalpha (**rest))
    (*rest)++;
  while (**rest != '\0' && (g_ascii_isspace (**rest) || strchr ("-–,;:.", **rest) != NULL))
    (*rest)++;

  return TRUE;
}

static void
set_block_value (char       **field,
                 const char  *value)
{
  if (*value != '\0')
    {
      g_free (*field);
      *field = g_strdup (value);
    }
}

/* "Name, Role" or "Name (Role)". */
static void
split_name_role (const char  *value,
                 char       **name,
                 char       **role)
{
  const char *comma = strchr (value, ',');
  const char *paren = strchr (value, '(');

  if (paren != NULL && (comma == NULL || paren < comma))
    {
      const char *close = strchr (paren, ')');

      *name = g_strstrip (g_strndup (value, paren - value));
      *role = g_strstrip (g_strndup (paren + 1, close ? (gsize) (close - paren - 1) : strlen (paren + 1)));
    }
  else if (comma != NULL)
    {
      *name = g_strstrip (g_strndup (value, comma - value));
      *role = g_strstrip (g_strdup (comma + 1));
    }
  else
    {
      *name = g_strstrip (g_strdup (value));
      *role = g_strdup ("");
    }
}

static void
set_title_field (Parse         *parse,
                 DdReportField  field,
                 const char    *value,
                 const char    *line)
{
  if (*value == '\0')
    {
      parse->pending_field = field;
      return;
    }

  parse->pending_field = -1;

  if (field == DD_REPORT_FIELD_REPORT_BY_NAME)
    {
      g_autofree char *name = NULL;
      g_autofree char *role = NULL;

      split_name_role (value, &name, &role);
      dd_report_set_field (parse->report, DD_REPORT_FIELD_REPORT_BY_NAME, name);
      if (*role != '\0')
        dd_report_set_field (parse->report, DD_REPORT_FIELD_REPORT_BY_ROLE, role);
    }
  else if (dd_report_field_is_date (field))
    {
      GDate date;
      g_autofree char *iso = NULL;

      if (!dd_date_parse (value, &date))
        {
          keep_unplaced (parse, line);
          return;
        }

      iso = dd_date_to_iso (&date);
      dd_report_set_field (parse->report, field, iso);
    }
  else
    {
      g_autofree char *clean = g_strstrip (g_strdup (value));

      dd_report_set_field (parse->report, field, clean);
    }

  parse->field_found[field] = TRUE;
  recognise (parse, dd_report_field_get_label (field));
}

static gboolean
handle_title_line (Parse      *parse,
                   const char *line)
{
  const char *value = "";
  int entry = find_label (line, IN_TITLE_BLOCK, &value);

  if (entry < 0)
    {
      g_autofree char *normal = normalize (line);

      /* The marking at the top of the page: the classification, unless a
       * labelled one follows. */
      for (guint i = 0; i < G_N_ELEMENTS (markings); i++)
        if (g_str_equal (normal, markings[i]))
          {
            if (!parse->field_found[DD_REPORT_FIELD_CLASSIFICATION])
              dd_report_set_field (parse->report, DD_REPORT_FIELD_CLASSIFICATION, line);
            return TRUE;
          }

      /* "Office of the Police, Fire and Crime Commissioner", "POLICE AND
       * CRIME COMMISSIONER FOR NORTHSHIRE": the letterhead. */
      if (strstr (normal, "commissioner") != NULL && strchr (line, ':') == NULL &&
          count_words (normal) <= 12)
        return TRUE;

      if (parse->pending_field >= 0)
        {
          set_title_field (parse, parse->pending_field, line, line);
          return TRUE;
        }

      return FALSE;
    }

  if (labels[entry].kind == LABEL_BOILERPLATE)
    return TRUE;

  /* A label seen already (a second "Date:") is text, not a field. */
  if (parse->field_found[labels[entry].field])
    return FALSE;

  set_title_field (parse, labels[entry].field, value, line);
  return TRUE;
}

static gboolean
looks_like_role (const char *line)
{
  g_autofree char *normal = normalize (line);

  return strlen (line) < 90 &&
         (strstr (normal, "commissioner") != NULL || strstr (normal, "mayor") != NULL ||
          strstr (normal, "comisiynydd") != NULL);
}

static gboolean
handle_tail_line (Parse      *parse,
                  const char *line)
{
  const char *value = "";
  Block *block = &parse->blocks[parse->context];
  int entry = find_label (line, IN_TAIL, &value);
  gboolean yes;
  const char *rest;

  if (entry < 0)
    {
      /* Text under a label: the role under a decision, reasons... */
      if ((parse->context == CONTEXT_AGREE || parse->context == CONTEXT_DISAGREE) &&
          block->role == NULL && looks_like_role (line))
        {
          block->role = g_strstrip (g_strdup (line));
          return TRUE;
        }

      if (parse->context == CONTEXT_DISAGREE && block->name == NULL)
        {
          if (block->reasons == NULL)
            block->reasons = g_string_new (NULL);
          else
            g_string_append_c (block->reasons, ' ');
          g_string_append (block->reasons, line);
          return TRUE;
        }

      if (parse->context == CONTEXT_PUBLICATION &&
          dd_report_get_publication (parse->report) == DD_PUBLICATION_NO)
        {
          const char *old = dd_report_get_field (parse->report, DD_REPORT_FIELD_PUBLICATION_REASONS);
          g_autofree char *reasons = *old ? g_strconcat (old, " ", line, NULL) : g_strdup (line);

          dd_report_set_field (parse->report, DD_REPORT_FIELD_PUBLICATION_REASONS, reasons);
          return TRUE;
        }

      return FALSE;
    }

  switch (labels[entry].kind)
    {
    case LABEL_BOILERPLATE:
      break;

    case LABEL_HEADING_APPROVAL:
      parse->context = CONTEXT_NONE;
      break;

    case LABEL_HEADING_PUBLICATION:
      parse->context = CONTEXT_PUBLICATION;
      break;

    case LABEL_HEADING_REDACTION:
      parse->context = CONTEXT_REDACTION;
      break;

    case LABEL_HEADING_DECISION:
      parse->context = CONTEXT_NONE;
      break;

    case LABEL_CHIEF_EXECUTIVE:
      parse->context = CONTEXT_CHIEF_EXECUTIVE;
      set_block_value (&parse->blocks[CONTEXT_CHIEF_EXECUTIVE].sign, value);
      break;

    case LABEL_CHIEF_FINANCE_OFFICER:
      parse->context = CONTEXT_CHIEF_FINANCE_OFFICER;
      set_block_value (&parse->blocks[CONTEXT_CHIEF_FINANCE_OFFICER].sign, value);
      break;

    case LABEL_SIGN:
      set_block_value (&block->sign, value);
      break;

    case LABEL_PRINT:
      set_block_value (&block->name, value);
      break;

    case LABEL_DATE:
      set_block_value (&block->date, value);
      break;

    case LABEL_PUBLICATION:
      parse->context = CONTEXT_PUBLICATION;
      if (parse_yes_no (value, &yes, &rest))
        {
          dd_report_set_publication (parse->report, yes ? DD_PUBLICATION_YES : DD_PUBLICATION_NO);
          if (!yes && *rest != '\0')
            dd_report_set_field (parse->report, DD_REPORT_FIELD_PUBLICATION_REASONS, rest);
          parse->publication_found = TRUE;
          recognise (parse, _("For publication"));
        }
      break;

    case LABEL_PUBLICATION_REASONS:
      if (parse->context == CONTEXT_DISAGREE)
        {
          if (block->reasons == NULL)
            block->reasons = g_string_new (value);
          else
            g_string_append_printf (block->reasons, " %s", value);
        }
      else if (*value != '\0')
        {
          dd_report_set_field (parse->report, DD_REPORT_FIELD_PUBLICATION_REASONS, value);
          recognise (parse, dd_report_field_get_label (DD_REPORT_FIELD_PUBLICATION_REASONS));
        }
      break;

    case LABEL_REDACT_DECISION_SHEET:
    case LABEL_REDACT_APPENDIX:
      parse->context = CONTEXT_REDACTION;
      if (parse_yes_no (value, &yes, &rest))
        {
          if (labels[entry].kind == LABEL_REDACT_DECISION_SHEET)
            dd_report_set_redact_decision_sheet (parse->report, yes);
          else
            dd_report_set_redact_appendix (parse->report, yes);
          recognise (parse, _("Redaction required"));
        }
      break;

    case LABEL_REDACTION_DETAILS:
      parse->context = CONTEXT_REDACTION;
      if (*value != '\0')
        {
          dd_report_set_field (parse->report, DD_REPORT_FIELD_REDACTION_DETAILS, value);
          recognise (parse, dd_report_field_get_label (DD_REPORT_FIELD_REDACTION_DETAILS));
        }
      break;

    case LABEL_REDACTION_DATE:
      {
        GDate date;
        g_autofree char *iso = NULL;

        parse->context = CONTEXT_REDACTION;
        if (dd_date_parse (value, &date))
          {
            iso = dd_date_to_iso (&date);
            dd_report_set_field (parse->report, DD_REPORT_FIELD_REDACTION_DATE, iso);
            recognise (parse, dd_report_field_get_label (DD_REPORT_FIELD_REDACTION_DATE));
          }
        else if (*value != '\0')
          return FALSE;
      }
      break;

    case LABEL_REDACTION_SIGNED_BY:
      parse->context = CONTEXT_REDACTION_SIGN;
      if (*value != '\0')
        {
          Block *signer = &parse->blocks[CONTEXT_REDACTION_SIGN];

          g_clear_pointer (&signer->name, g_free);
          g_clear_pointer (&signer->role, g_free);
          split_name_role (value, &signer->name, &signer->role);
        }
      break;

    case LABEL_AGREE:
      parse->context = CONTEXT_AGREE;
      break;

    case LABEL_DISAGREE:
      parse->context = CONTEXT_DISAGREE;
      if (*value != '\0')
        parse->blocks[CONTEXT_DISAGREE].reasons = g_string_new (value);
      break;

    case LABEL_NONE:
    case LABEL_FIELD:
    default:
      return FALSE;
    }

  return TRUE;
}

/* Whether @line ends the sections: a block heading or a signature label
 * on a line of its own. A one-word heading ("Publication") only counts
 * after the last section, where body text cannot be meant. */
static gboolean
starts_tail (Parse      *parse,
             const char *line)
{
  const char *value;
  int entry = find_label (line, IN_TAIL, &value);

  if (entry < 0 || strlen (line) >= 100)
    return FALSE;

  switch (labels[entry].kind)
    {
    case LABEL_HEADING_APPROVAL:
    case LABEL_HEADING_DECISION:
    case LABEL_HEADING_PUBLICATION:
    case LABEL_HEADING_REDACTION:
    case LABEL_PUBLICATION:
      return strchr (labels[entry].words, ' ') != NULL || parse->section == DD_REPORT_N_SECTIONS;
    case LABEL_CHIEF_EXECUTIVE:
    case LABEL_CHIEF_FINANCE_OFFICER:
    case LABEL_AGREE:
    case LABEL_DISAGREE:
      return strchr (labels[entry].words, ' ') != NULL;
    case LABEL_NONE:
    case LABEL_FIELD:
    case LABEL_BOILERPLATE:
    case LABEL_SIGN:
    case LABEL_PRINT:
    case LABEL_DATE:
    case LABEL_PUBLICATION_REASONS:
    case LABEL_REDACT_DECISION_SHEET:
    case LABEL_REDACT_APPENDIX:
    case LABEL_REDACTION_DETAILS:
    case LABEL_REDACTION_DATE:
    case LABEL_REDACTION_SIGNED_BY:
    default:
      return FALSE;
    }
}

static void
handle_line (Parse      *parse,
             const char *raw)
{
  g_autofree char *line = g_strstrip (g_strdup (raw));
  guint number;
  g_autofree char *heading = NULL;

  if (parse->region != REGION_TAIL && match_heading (parse, line, &number, &heading))
    {
      parse->region = REGION_SECTIONS;
      parse->section = number;
      parse->section_found[number] = TRUE;
      parse->pending_field = -1;
      parse->recommendation_open = FALSE;

      /* Keep the document's wording, but not its SHOUTING. */
      {
        g_autofree char *upper = g_utf8_strup (heading, -1);

        dd_report_section_set_heading (dd_report_get_section (parse->report, number),
                                       g_str_equal (upper, heading)
                                         ? dd_report_section_get_default_heading (number)
                                         : heading);
      }
      return;
    }

  switch (parse->region)
    {
    case REGION_TITLE_BLOCK:
      if (*line == '\0')
        return;
      if (!handle_title_line (parse, line))
        keep_unplaced (parse, line);
      return;

    case REGION_SECTIONS:
      if (*line != '\0' && starts_tail (parse, line))
        {
          parse->region = REGION_TAIL;
          handle_line (parse, raw);
          return;
        }
      add_section_line (parse, line);
      return;

    case REGION_TAIL:
      if (*line == '\0')
        return;
      if (!handle_tail_line (parse, line))
        keep_unplaced (parse, line);
      return;

    default:
      g_assert_not_reached ();
    }
}

static char *
dup_date (const char *text)
{
  GDate date;

  if (text == NULL || !dd_date_parse (text, &date))
    return g_strdup ("");

  return dd_date_to_iso (&date);
}

static gboolean
apply_signature (Parse         *parse,
                 Block         *block,
                 DdReportField  name_field,
                 DdReportField  date_field,
                 int            role_field)
{
  const char *name = block->name != NULL ? block->name : block->sign;
  g_autofree char *date = dup_date (block->date);

  if (name == NULL || *name == '\0')
    return FALSE;

  dd_report_set_signature_field (parse->report, name_field, name);
  dd_report_set_signature_field (parse->report, date_field, date);
  if (role_field >= 0 && block->role != NULL)
    dd_report_set_signature_field (parse->report, role_field, block->role);

  return TRUE;
}

/* Puts the collected text in the report and works out its status. */
static void
finish (Parse *parse)
{
  gboolean chief_executive, chief_finance_officer, agreed, not_agreed;
  DdReportStatus status = DD_REPORT_STATUS_DRAFT;

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    {
      g_autoptr(GString) text = g_string_new (parse->sections[n] ? parse->sections[n]->str : "");

      if (n == 1 && parse->preamble->len > 0)
        {
          g_string_prepend (text, "\n\n");
          g_string_prepend (text, parse->preamble->str);
        }
      if (n == DD_REPORT_N_SECTIONS && parse->tail->len > 0)
        g_string_append_printf (text, "%s%s", text->len ? "\n\n" : "", parse->tail->str);

      while (text->len > 0 && g_ascii_isspace (text->str[text->len - 1]))
        g_string_truncate (text, text->len - 1);

      dd_report_section_set_text (dd_report_get_section (parse->report, n), text->str);
    }

  g_ptr_array_add (parse->recommendations, NULL);
  dd_report_set_recommendations (parse->report, (const char * const *) parse->recommendations->pdata);
  g_ptr_array_remove_index (parse->recommendations, parse->recommendations->len - 1);

  chief_executive = apply_signature (parse, &parse->blocks[CONTEXT_CHIEF_EXECUTIVE],
                                     DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME,
                                     DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE, -1);
  chief_finance_officer = apply_signature (parse, &parse->blocks[CONTEXT_CHIEF_FINANCE_OFFICER],
                                           DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME,
                                           DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE, -1);
  if (chief_executive || chief_finance_officer)
    recognise (parse, _("Report Approval"));

  if (apply_signature (parse, &parse->blocks[CONTEXT_REDACTION_SIGN],
                       DD_REPORT_FIELD_REDACTION_SIGNED_NAME,
                       DD_REPORT_FIELD_REDACTION_SIGNED_DATE,
                       DD_REPORT_FIELD_REDACTION_SIGNED_ROLE))
    recognise (parse, dd_signatory_get_label (DD_SIGNATORY_REDACTION));

  agreed = apply_signature (parse, &parse->blocks[CONTEXT_AGREE],
                            DD_REPORT_FIELD_DECISION_NAME, DD_REPORT_FIELD_DECISION_DATE,
                            DD_REPORT_FIELD_DECISION_ROLE);
  not_agreed = !agreed && apply_signature (parse, &parse->blocks[CONTEXT_DISAGREE],
                                           DD_REPORT_FIELD_DECISION_NAME,
                                           DD_REPORT_FIELD_DECISION_DATE,
                                           DD_REPORT_FIELD_DECISION_ROLE);
  if (not_agreed && parse->blocks[CONTEXT_DISAGREE].reasons != NULL)
    dd_report_set_signature_field (parse->report, DD_REPORT_FIELD_DECISION_REASONS,
                                   g_strstrip (parse->blocks[CONTEXT_DISAGREE].reasons->str));

  if (agreed || not_agreed)
    {
      dd_report_set_decision (parse->report, agreed ? DD_DECISION_AGREED : DD_DECISION_NOT_AGREED);
      recognise (parse, dd_signatory_get_label (DD_SIGNATORY_DECISION_MAKER));
      status = agreed ? DD_REPORT_STATUS_AGREED : DD_REPORT_STATUS_NOT_AGREED;
    }
  else if (chief_executive && chief_finance_officer)
    status = DD_REPORT_STATUS_AWAITING_DECISION;
  else if (chief_executive || chief_finance_officer)
    status = DD_REPORT_STATUS_AWAITING_APPROVAL;

  dd_report_set_status (parse->report, status);
  dd_report_set_content_loaded (parse->report, TRUE);
}

static void
dd_report_importer_finalize (GObject *object)
{
  DdReportImporter *self = (DdReportImporter *)object;

  g_clear_pointer (&self->recognised, g_ptr_array_unref);
  g_clear_pointer (&self->unplaced, g_ptr_array_unref);

  G_OBJECT_CLASS (dd_report_importer_parent_class)->finalize (object);
}

static void
dd_report_importer_class_init (DdReportImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dd_report_importer_finalize;
}

static void
reset (DdReportImporter *self)
{
  g_clear_pointer (&self->recognised, g_ptr_array_unref);
  g_clear_pointer (&self->unplaced, g_ptr_array_unref);
  self->recognised = g_ptr_array_new_null_terminated (16, g_free, TRUE);
  self->unplaced = g_ptr_array_new_null_terminated (16, g_free, TRUE);
}

static void
dd_report_importer_init (DdReportImporter *self)
{
  reset (self);
}

DdReportImporter *
dd_report_importer_new (void)
{
  return g_object_new (DD_TYPE_REPORT_IMPORTER, NULL);
}

/**
 * dd_report_importer_import_lines:
 * @lines: the lines (or Word paragraphs) of a report
 * @paragraphs: whether each line is a paragraph (from Word), rather than
 *   text that may wrap a paragraph over several lines
 * @source_name: the file's name, for messages
 *
 * Reads a report laid out like the standard template.
 *
 * Returns: (transfer full): a new report, not yet stored, or %NULL with
 *   @error set (%DD_IMPORT_ERROR_EMPTY, %DD_IMPORT_ERROR_NOT_A_REPORT)
 */
DdReport *
dd_report_importer_import_lines (DdReportImporter    *self,
                                 const char * const  *lines,
                                 gboolean             paragraphs,
                                 const char          *source_name,
                                 GError             **error)
{
  Parse parse = { 0 };
  gboolean any_text = FALSE;
  guint n_sections = 0;
  guint n_fields = 0;
  DdReport *report;

  g_return_val_if_fail (DD_IS_REPORT_IMPORTER (self), NULL);
  g_return_val_if_fail (lines != NULL, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);

  reset (self);

  parse.self = self;
  parse.source = source_name;
  parse.report = dd_report_new ();
  parse.preamble = g_string_new (NULL);
  parse.tail = g_string_new (NULL);
  parse.recommendations = g_ptr_array_new_with_free_func (g_free);
  parse.pending_field = -1;
  parse.paragraphs = paragraphs;
  dd_report_set_field (parse.report, DD_REPORT_FIELD_CLASSIFICATION, "");

  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* A Word paragraph may hold line breaks. */
      g_auto(GStrv) parts = g_strsplit (lines[i], "\n", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          any_text |= strspn (parts[j], " \t\r") != strlen (parts[j]);
          handle_line (&parse, parts[j]);
        }
    }

  for (guint n = 1; n <= DD_REPORT_N_SECTIONS; n++)
    n_sections += parse.section_found[n];
  for (guint i = 0; i < DD_REPORT_N_FIELDS; i++)
    n_fields += parse.field_found[i];

  if (!any_text)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_EMPTY, _("“%s” is empty"), source_name);
      parse_clear (&parse);
      return NULL;
    }

  if (n_sections == 0 && n_fields < 2)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_NOT_A_REPORT,
                   _("“%s” does not look like a decision report: it has no title block "
                     "and no numbered sections"), source_name);
      parse_clear (&parse);
      return NULL;
    }

  if (!parse.field_found[DD_REPORT_FIELD_REFERENCE])
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_NOT_A_REPORT,
                   _("“%s” has no report reference number (a line such as "
                     "“Report reference number: 039-23”)"), source_name);
      parse_clear (&parse);
      return NULL;
    }

  finish (&parse);

  if (n_sections > 0)
    {
      g_autofree char *sections = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u numbered section",
                                                                "%u numbered sections",
                                                                n_sections), n_sections);
      recognise (&parse, sections);
    }

  if (parse.recommendations->len > 0)
    {
      g_autofree char *recommendations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                       "%u recommendation",
                                                                       "%u recommendations",
                                                                       parse.recommendations->len),
                                                          parse.recommendations->len);
      recognise (&parse, recommendations);
    }

  if (dd_report_get_classification (parse.report)[0] == '\0')
    dd_report_set_field (parse.report, DD_REPORT_FIELD_CLASSIFICATION, "OFFICIAL");

  report = g_steal_pointer (&parse.report);
  parse_clear (&parse);

  return report;
}

static gboolean
has_nul (const char *data,
         gsize       length)
{
  return memchr (data, '\0', MIN (length, 64 * 1024)) != NULL;
}

/**
 * dd_report_importer_import_file:
 * @path: a .docx, or a text file (UTF-8, or Windows-1252 as older PDFs
 *   copy out)
 *
 * Returns: (transfer full): a new report, not yet stored, or %NULL with
 *   @error set; the message names the file and the problem
 */
DdReport *
dd_report_importer_import_file (DdReportImporter  *self,
                                const char        *path,
                                GCancellable      *cancellable,
                                GError           **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *lower_name = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *utf8 = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length;
  const char *text;

  g_return_val_if_fail (DD_IS_REPORT_IMPORTER (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  name = g_filename_display_basename (path);
  lower_name = g_utf8_strdown (name, -1);

  if (!(info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                  G_FILE_QUERY_INFO_NONE, cancellable, &local_error)))
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("“%s” is not a file"), name);
      return NULL;
    }

  /* A Word document is a zip: "PK". Anything else is read as text. */
  {
    g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, &local_error);
    char magic[4] = { 0 };
    gsize n = 0;

    if (stream == NULL ||
        !g_input_stream_read_all (G_INPUT_STREAM (stream), magic, sizeof magic, &n, cancellable, &local_error))
      {
        g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                     _("Could not read “%s”: %s"), name, local_error->message);
        return NULL;
      }

    /* A file named .docx goes to the Word reader whatever it holds, so an
     * HTML page saved as one is called what it is. */
    if ((n == 4 && memcmp (magic, "PK\003\004", 4) == 0) ||
        g_str_has_suffix (lower_name, ".docx"))
      {
        g_autoptr(GPtrArray) paragraphs = dd_docx_read_paragraphs (path, cancellable, error);

        if (paragraphs == NULL)
          return NULL;

        g_ptr_array_add (paragraphs, NULL);
        return dd_report_importer_import_lines (self, (const char * const *) paragraphs->pdata,
                                                TRUE, name, error);
      }

    if (n == 4 && memcmp (magic, "\320\317\021\340", 4) == 0)
      {
        g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                     _("“%s” is an old Word document (.doc); save it as .docx and import that"),
                     name);
        return NULL;
      }
  }

  if (g_file_info_get_size (info) > MAX_TEXT_SIZE)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a decision report"), name);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, local_error->message);
      return NULL;
    }

  if (length == 0)
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_EMPTY, _("“%s” is empty"), name);
      return NULL;
    }

  if (has_nul (contents, length))
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is neither a Word document (.docx) nor a text file"), name);
      return NULL;
    }

  text = contents;
  if (!g_utf8_validate_len (contents, length, NULL))
    {
      /* Text copied out of older PDFs and Word is often Windows-1252. */
      if (!(utf8 = g_convert (contents, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL)))
        {
          g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                       _("“%s” is not a text file in a known encoding"), name);
          return NULL;
        }
      text = utf8;
    }

  if (g_str_has_prefix (text, "\xef\xbb\xbf"))
    text += 3;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize line_length = strlen (lines[i]);

      if (line_length > 0 && lines[i][line_length - 1] == '\r')
        lines[i][line_length - 1] = '\0';
    }

  return dd_report_importer_import_lines (self, (const char * const *) lines, FALSE, name, error);
}

/**
 * dd_report_importer_get_recognised:
 *
 * Returns: (transfer none): what the last import recognised, as labels
 */
const char * const *
dd_report_importer_get_recognised (DdReportImporter *self)
{
  g_return_val_if_fail (DD_IS_REPORT_IMPORTER (self), NULL);

  return (const char * const *) self->recognised->pdata;
}

/**
 * dd_report_importer_get_unplaced:
 *
 * Returns: (transfer none): the lines of the last import that were not
 *   recognised, each with the section it was kept in
 */
const char * const *
dd_report_importer_get_unplaced (DdReportImporter *self)
{
  g_return_val_if_fail (DD_IS_REPORT_IMPORTER (self), NULL);

  return (const char * const *) self->unplaced->pdata;
}

/**
 * dd_report_importer_dup_summary:
 *
 * Returns: (transfer full): what was recognised and what was not, for
 *   people, a line each
 */
char *
dd_report_importer_dup_summary (DdReportImporter *self)
{
  GString *summary;
  g_autofree char *recognised = NULL;

  g_return_val_if_fail (DD_IS_REPORT_IMPORTER (self), NULL);

  summary = g_string_new (NULL);
  recognised = g_strjoinv (", ", (char **) self->recognised->pdata);
  g_string_append_printf (summary, _("Recognised: %s"), recognised);

  if (self->unplaced->len == 0)
    {
      g_string_append_c (summary, '\n');
      g_string_append (summary, _("Every line was recognised."));
    }
  else
    {
      g_string_append_c (summary, '\n');
      g_string_append (summary, _("Not recognised, and kept in the nearest section:"));
      for (guint i = 0; i < self->unplaced->len; i++)
        g_string_append_printf (summary, "\n  %s", (const char *) g_ptr_array_index (self->unplaced, i));
    }

  return g_string_free (summary, FALSE);
}
