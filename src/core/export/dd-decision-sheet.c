/* dd-decision-sheet.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns a decision report into a DdDocument in the office's order: the
 * title block, contents, the sixteen sections, approval, publication,
 * redaction, the decision, then the appendices, each on a page of its
 * own.
 *
 * The words of the document come from a DdCatalog, not the interface's
 * gettext, so a Welsh office gets a Welsh decision sheet whatever
 * language the app is shown in; strings are marked with N_() for
 * extraction and looked up with doc_text().
 *
 * The publication copy is where the redaction guarantee lives: a passage
 * marked as redacted never reaches a block of the document
 * (dd_document_add_markup() leaves it out when given the label of its
 * box). Only a black box and the word "Redacted" take its place, so the
 * passage cannot reach a content stream, the metadata, the outline or a
 * font subset.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-decision-sheet.h"
#include "dd-dates.h"
#include "dd-report.h"
#include "dd-agreement-document.h"
#include "dd-report-appendix.h"

typedef struct
{
  DdReport    *report;
  DdSheetCopy  copy;
  DdCatalog   *catalog;
  DdDocument  *document;
} Builder;

static const char *
doc_text (Builder    *builder,
          const char *msgid)
{
  return dd_catalog_gettext (builder->catalog, msgid);
}

/* "{name}" → value, for strings whose translation may order them freely. */
static char *
fill (const char *format,
      ...)
{
  g_autoptr(GString) text = g_string_new (format);
  const char *name;
  va_list args;

  va_start (args, format);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);
      g_autofree char *token = g_strdup_printf ("{%s}", name);

      g_string_replace (text, token, value != NULL ? value : "", 0);
    }
  va_end (args);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
field (Builder       *builder,
       DdReportField  which)
{
  return dd_report_get_field (builder->report, which);
}

static const char *
label (Builder       *builder,
       DdReportField  which)
{
  return doc_text (builder, dd_report_field_get_label_msgid (which));
}

static char *
date_of (Builder       *builder,
         DdReportField  which)
{
  return dd_catalog_format_date (builder->catalog, field (builder, which));
}

static void
add_plain_field (Builder    *builder,
                 const char *name,
                 const char *value)
{
  g_autoptr(DdDocumentText) text = dd_document_text_new_plain (value);

  dd_document_add_field (builder->document, name, text);
}

static void
add_report_field (Builder       *builder,
                  DdReportField  which)
{
  if (dd_report_field_is_date (which))
    {
      g_autofree char *date = date_of (builder, which);

      add_plain_field (builder, label (builder, which), date);
    }
  else
    add_plain_field (builder, label (builder, which), field (builder, which));
}

static const char *
yes_no (Builder  *builder,
        gboolean  yes)
{
  return yes ? doc_text (builder, N_("Yes")) : doc_text (builder, N_("No"));
}

/* Section text, with what is marked as redacted shaded (internal) or
 * replaced by a box (publication). */
static void
add_markup (Builder    *builder,
            const char *markup)
{
  gboolean publication = builder->copy == DD_SHEET_COPY_PUBLICATION;

  dd_document_add_markup (builder->document, markup,
                          publication ? doc_text (builder, N_("Redacted")) : NULL,
                          doc_text (builder, N_("None.")));
}

static const char *
section_heading (Builder *builder,
                 guint    number)
{
  DdReportSection *section = dd_report_get_section (builder->report, number);
  const char *heading = dd_report_section_get_heading (section);
  const char *english = dd_report_section_get_english_heading (number);

  /* The template's own heading is written in the document's language;
   * a heading the office changed is kept as written. */
  if (heading == NULL || *heading == '\0' || g_str_equal (heading, english) ||
      g_str_equal (heading, dd_report_section_get_default_heading (number)))
    return doc_text (builder, english);

  return heading;
}

static void
add_sections (Builder *builder)
{
  for (guint number = 1; number <= DD_REPORT_N_SECTIONS; number++)
    {
      DdReportSection *section = dd_report_get_section (builder->report, number);
      const char *text = dd_report_section_get_text (section);
      const char * const *recommendations = dd_report_get_recommendations (builder->report);
      g_autofree char *heading = g_strdup_printf ("%u. %s", number, section_heading (builder, number));
      g_autofree char *anchor = g_strdup_printf ("section-%u", number);

      dd_document_add_heading (builder->document, heading, anchor, TRUE);

      /* The recommendations are usually written out in section 2; when
       * they are not, the list kept beside it is. */
      if (number == 2 && (text == NULL || *text == '\0') &&
          recommendations != NULL && recommendations[0] != NULL)
        {
          for (guint i = 0; recommendations[i] != NULL; i++)
            {
              g_autofree char *item = g_strdup_printf ("2.%u %s", i + 1, recommendations[i]);
              g_autoptr(DdDocumentText) paragraph = dd_document_text_new_plain (item);

              dd_document_add_paragraph (builder->document, paragraph);
            }
          continue;
        }

      add_markup (builder, text);
    }
}

static char *
signed_text (Builder       *builder,
             DdReportField  name,
             DdReportField  role,
             DdReportField  date)
{
  g_autofree char *when = date_of (builder, date);
  const char *who = field (builder, name);
  const char *as = role < DD_REPORT_N_FIELDS ? field (builder, role) : "";
  g_autofree char *whom = NULL;

  if (*who == '\0')
    return NULL;

  whom = *as != '\0' ? g_strdup_printf ("%s, %s", who, as) : g_strdup (who);

  /* Translators: in a decision sheet, e.g. "Sam Taylor · Date signed: 20 February 2023" */
  return fill (doc_text (builder, N_("{name} · Date signed: {date}")), "name", whom, "date", when, NULL);
}

static void
add_signature (Builder       *builder,
               const char    *title,
               DdReportField  name,
               DdReportField  role,
               DdReportField  date)
{
  g_autofree char *text = signed_text (builder, name, role, date);

  dd_document_add_signature (builder->document, title, text, doc_text (builder, N_("Not signed")));
}

static void
add_approval (Builder *builder)
{
  dd_document_add_heading (builder->document, doc_text (builder, N_("Report Approval")), "approval", TRUE);
  add_signature (builder, label (builder, DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME),
                 DD_REPORT_FIELD_CHIEF_EXECUTIVE_NAME, DD_REPORT_N_FIELDS, DD_REPORT_FIELD_CHIEF_EXECUTIVE_DATE);
  add_signature (builder, label (builder, DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME),
                 DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_NAME, DD_REPORT_N_FIELDS,
                 DD_REPORT_FIELD_CHIEF_FINANCE_OFFICER_DATE);
}

static void
add_publication (Builder *builder)
{
  DdPublication publication = dd_report_get_publication (builder->report);
  const char *value;

  dd_document_add_heading (builder->document, doc_text (builder, N_("Publication")), "publication", TRUE);

  if (publication == DD_PUBLICATION_UNDECIDED)
    value = doc_text (builder, N_("Not decided"));
  else
    value = yes_no (builder, publication == DD_PUBLICATION_YES);
  add_plain_field (builder, doc_text (builder, N_("For publication")), value);

  if (builder->copy == DD_SHEET_COPY_INTERNAL)
    {
      const char *marking = field (builder, DD_REPORT_FIELD_PUBLICATION_MARKING);

      if (publication == DD_PUBLICATION_NO)
        add_report_field (builder, DD_REPORT_FIELD_PUBLICATION_REASONS);
      else
        add_plain_field (builder, label (builder, DD_REPORT_FIELD_PUBLICATION_MARKING),
                         *marking != '\0' ? marking : doc_text (builder, N_("None")));
    }
}

static void
add_redaction (Builder *builder)
{
  dd_document_add_heading (builder->document, doc_text (builder, N_("Redaction")), "redaction", TRUE);
  add_plain_field (builder, doc_text (builder, N_("The decision sheet needs redaction")),
                   yes_no (builder, dd_report_get_redact_decision_sheet (builder->report)));
  add_plain_field (builder, doc_text (builder, N_("The appendix needs redaction")),
                   yes_no (builder, dd_report_get_redact_appendix (builder->report)));

  if (!dd_report_get_redaction_required (builder->report))
    return;

  add_report_field (builder, DD_REPORT_FIELD_REDACTION_DETAILS);
  add_report_field (builder, DD_REPORT_FIELD_REDACTION_DATE);
  add_signature (builder, doc_text (builder, N_("Redaction signed off by")),
                 DD_REPORT_FIELD_REDACTION_SIGNED_NAME, DD_REPORT_FIELD_REDACTION_SIGNED_ROLE,
                 DD_REPORT_FIELD_REDACTION_SIGNED_DATE);
}

static void
add_decision (Builder *builder)
{
  DdDecision decision = dd_report_get_decision (builder->report);
  const char *role = field (builder, DD_REPORT_FIELD_DECISION_ROLE);
  g_autoptr(DdDocumentText) statement = dd_document_text_new ();

  dd_document_add_heading (builder->document, doc_text (builder, N_("Decision and Final Sign Off")),
                           "decision", TRUE);

  switch (decision)
    {
    case DD_DECISION_AGREED:
      dd_document_text_append (statement, doc_text (builder, N_("I agree the recommendations to this report.")),
                               DD_TEXT_STYLE_BOLD);
      dd_document_add_paragraph (builder->document, statement);
      break;

    case DD_DECISION_NOT_AGREED:
      dd_document_text_append (statement,
                               doc_text (builder, N_("I do not agree the recommendations to this report, because:")),
                               DD_TEXT_STYLE_BOLD);
      dd_document_add_paragraph (builder->document, statement);
      add_markup (builder, field (builder, DD_REPORT_FIELD_DECISION_REASONS));
      break;

    case DD_DECISION_NONE:
    default:
      dd_document_text_append (statement, doc_text (builder, N_("No decision has been recorded.")),
                               DD_TEXT_STYLE_ITALIC);
      dd_document_add_paragraph (builder->document, statement);
      break;
    }

  add_signature (builder, *role != '\0' ? role : doc_text (builder, N_("Decision maker")),
                 DD_REPORT_FIELD_DECISION_NAME, DD_REPORT_N_FIELDS, DD_REPORT_FIELD_DECISION_DATE);
}

static char *
appendix_letter (guint index)
{
  /* A, B, ... Z, then 27, 28...: no office has that many. */
  return index < 26 ? g_strdup_printf ("%c", 'A' + index) : g_strdup_printf ("%u", index + 1);
}

static void
add_appendices (Builder *builder)
{
  GListModel *appendices = dd_report_get_appendices (builder->report);
  gboolean withheld = builder->copy == DD_SHEET_COPY_PUBLICATION &&
                      dd_report_get_redact_appendix (builder->report);

  for (guint i = 0; i < g_list_model_get_n_items (appendices); i++)
    {
      g_autoptr(DdReportAppendix) appendix = g_list_model_get_item (appendices, i);
      g_autofree char *letter = appendix_letter (i);
      g_autofree char *anchor = g_strdup_printf ("appendix-%u", i + 1);
      g_autofree char *heading = fill (doc_text (builder, N_("Appendix {letter}: {title}")),
                                       "letter", letter, "title", dd_report_appendix_get_title (appendix), NULL);
      g_autofree char *text = NULL;
      g_autoptr(DdDocumentText) paragraph = NULL;

      dd_document_add_page_break (builder->document);
      dd_document_add_heading (builder->document, heading, anchor, TRUE);

      if (withheld)
        {
          const char *details = field (builder, DD_REPORT_FIELD_REDACTION_DETAILS);

          paragraph = dd_document_text_new_plain (doc_text (builder,
                                                            N_("This appendix is withheld from the published "
                                                               "decision sheet.")));
          dd_document_add_paragraph (builder->document, paragraph);
          if (*details != '\0')
            {
              g_autofree char *reason = fill (doc_text (builder, N_("Reason: {details}")), "details", details, NULL);
              g_autoptr(DdDocumentText) why = dd_document_text_new_plain (reason);

              dd_document_add_paragraph (builder->document, why);
            }
          continue;
        }

      if (dd_report_appendix_get_kind (appendix) == DD_APPENDIX_KIND_AGREEMENT)
        {
          DdAgreement *agreement = dd_report_appendix_get_agreement (appendix);

          /* The agreement in full; a passage marked in it is redacted in
           * the publication copy as in the report's own sections. */
          if (agreement != NULL)
            {
              g_autofree char *prefix = g_strdup_printf ("%s-", anchor);

              dd_agreement_document_append (builder->document, agreement, builder->catalog, prefix,
                                            builder->copy == DD_SHEET_COPY_PUBLICATION
                                              ? doc_text (builder, N_("Redacted")) : NULL);
              continue;
            }
          text = g_strdup (doc_text (builder, N_("This appendix is the data-sharing agreement kept in Decision Desk.")));
        }
      else
        {
          g_autofree char *size = g_format_size (dd_report_appendix_get_size (appendix));

          text = fill (doc_text (builder, N_("This appendix is the file “{file}” ({size}), kept with the report.")),
                       "file", dd_report_appendix_get_file_name (appendix), "size", size, NULL);
        }

      paragraph = dd_document_text_new_plain (text);
      dd_document_add_paragraph (builder->document, paragraph);
    }
}

static char *
footer (guint    page,
        guint    n_pages,
        gpointer user_data)
{
  Builder *builder = user_data;
  g_autofree char *page_text = g_strdup_printf ("%u", page);
  g_autofree char *pages_text = g_strdup_printf ("%u", n_pages);

  if (*dd_report_get_reference (builder->report) == '\0')
    /* Translators: the footer of every page of a decision sheet not yet numbered */
    return fill (doc_text (builder, N_("Page {page} of {pages}")), "page", page_text, "pages", pages_text, NULL);

  /* Translators: the footer of every page of a decision sheet */
  return fill (doc_text (builder, N_("Decision {reference} · Page {page} of {pages}")),
               "reference", dd_report_get_reference (builder->report),
               "page", page_text, "pages", pages_text, NULL);
}

static void
builder_free (gpointer data)
{
  Builder *builder = data;

  g_object_unref (builder->report);
  g_object_unref (builder->catalog);
  g_free (builder);
}

/**
 * dd_decision_sheet_build:
 * @report: a report with its content loaded (dd_report_store_load_content())
 * @catalog: the language to write the document in
 *
 * Returns: (transfer full): the decision sheet, or %NULL with
 *   %DD_EXPORT_ERROR_NOT_ALLOWED when a publication copy is asked of a
 *   report that is not for publication
 */
DdDocument *
dd_decision_sheet_build (DdReport     *report,
                         DdSheetCopy   copy,
                         DdCatalog    *catalog,
                         GError      **error)
{
  g_autoptr(DdDocument) document = NULL;
  g_autoptr(DdDocumentText) internal = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *keywords = NULL;
  Builder *builder;
  const char *marking;

  g_return_val_if_fail (DD_IS_REPORT (report), NULL);
  g_return_val_if_fail (DD_IS_CATALOG (catalog), NULL);

  if (copy == DD_SHEET_COPY_PUBLICATION && dd_report_get_publication (report) != DD_PUBLICATION_YES)
    {
      g_set_error (error, DD_EXPORT_ERROR, DD_EXPORT_ERROR_NOT_ALLOWED,
                   _("Report %s is not for publication, so it has no publication copy. "
                     "Its internal copy can be exported."),
                   dd_report_get_reference (report));
      return NULL;
    }

  document = dd_document_new ();
  builder = g_new0 (Builder, 1);
  builder->report = g_object_ref (report);
  builder->copy = copy;
  builder->catalog = g_object_ref (catalog);
  builder->document = document;
  dd_document_set_footer (document, footer, builder, builder_free);
  dd_document_set_language (document, dd_catalog_get_language (catalog));

  marking = copy == DD_SHEET_COPY_INTERNAL ? dd_report_get_classification (report)
                                           : field (builder, DD_REPORT_FIELD_PUBLICATION_MARKING);
  dd_document_set_marking (document, marking);

  keywords = g_strjoin (", ", doc_text (builder, N_("decision report")), dd_report_get_reference (report),
                        marking != NULL && *marking != '\0' ? marking : NULL, NULL);
  dd_document_set_metadata (document, DD_DOCUMENT_TITLE, dd_report_get_title (report));
  dd_document_set_metadata (document, DD_DOCUMENT_AUTHOR, field (builder, DD_REPORT_FIELD_REPORT_BY_NAME));
  dd_document_set_metadata (document, DD_DOCUMENT_SUBJECT, dd_report_get_reference (report));
  dd_document_set_metadata (document, DD_DOCUMENT_KEYWORDS, keywords);
  dd_document_set_metadata (document, DD_DOCUMENT_CREATOR, "Decision Desk " PACKAGE_VERSION);

  subtitle = fill (doc_text (builder, N_("Decision Report {reference}")),
                   "reference", dd_report_get_reference (report), NULL);
  dd_document_add_title (document, dd_report_get_title (report), subtitle);
  if (copy == DD_SHEET_COPY_INTERNAL)
    {
      internal = dd_document_text_new ();
      dd_document_text_append (internal, doc_text (builder, N_("Internal copy: not for publication as it stands.")),
                               DD_TEXT_STYLE_ITALIC);
      dd_document_add_paragraph (document, internal);
    }

  for (DdReportField which = DD_REPORT_FIELD_REFERENCE; which <= DD_REPORT_FIELD_ENQUIRIES_TO; which++)
    {
      if (which == DD_REPORT_FIELD_REPORT_BY_ROLE)
        continue;
      if (which == DD_REPORT_FIELD_REPORT_BY_NAME)
        {
          const char *name = field (builder, DD_REPORT_FIELD_REPORT_BY_NAME);
          const char *role = field (builder, DD_REPORT_FIELD_REPORT_BY_ROLE);
          g_autofree char *value = *role != '\0' && *name != '\0' ? g_strdup_printf ("%s, %s", name, role)
                                                                  : g_strconcat (name, role, NULL);

          add_plain_field (builder, label (builder, which), value);
          continue;
        }
      /* A published copy carries the marking it is published under. */
      if (which == DD_REPORT_FIELD_CLASSIFICATION && copy == DD_SHEET_COPY_PUBLICATION)
        {
          if (marking != NULL && *marking != '\0')
            add_plain_field (builder, label (builder, which), marking);
          continue;
        }
      add_report_field (builder, which);
    }

  dd_document_add_contents (document, doc_text (builder, N_("Contents")));
  add_sections (builder);
  add_approval (builder);
  add_publication (builder);
  add_redaction (builder);
  add_decision (builder);
  add_appendices (builder);

  return g_steal_pointer (&document);
}

/**
 * dd_decision_sheet_dup_file_name:
 *
 * Returns: (transfer full): the file name to offer, such as
 *   "decision-039-23.pdf" (a publication copy) or
 *   "decision-039-23-internal.pdf"
 */
char *
dd_decision_sheet_dup_file_name (DdReport    *report,
                                 DdSheetCopy  copy)
{
  g_autoptr(GString) name = g_string_new ("decision-");

  g_return_val_if_fail (DD_IS_REPORT (report), NULL);

  for (const char *p = dd_report_get_reference (report); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == '-' || c == '_')
        g_string_append_unichar (name, c);
      else if (name->len > 0 && name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }

  if (copy == DD_SHEET_COPY_INTERNAL)
    g_string_append (name, "-internal");
  g_string_append (name, ".pdf");

  return g_string_free (g_steal_pointer (&name), FALSE);
}
