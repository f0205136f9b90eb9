/* dd-agreement-document.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One version of the data-sharing agreement as a DdDocument: the title
 * block (parties, dates, the decision that approved it), the key terms
 * (purpose, legal basis, platforms and access, data covered and levels,
 * terms of use, roles), the numbered sections, and the User Access
 * Statement as an annex on a page of its own with an empty box to sign
 * in. The agreement covers unpublished data, so every page is marked
 * OFFICIAL-SENSITIVE; a version not yet signed says DRAFT.
 *
 * As in dd-decision-sheet.c, the words of the document come from a
 * DdCatalog rather than the interface's gettext: strings are marked with
 * N_() and looked up with doc_text(). The same content can be added to
 * another document (a decision sheet's appendix) with
 * dd_agreement_document_append().
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dd-agreement-document.h"
#include "dd-agreement.h"
#include "dd-agreement-section.h"

/* Markings are fixed words in every language. */
#define MARKING "OFFICIAL-SENSITIVE"

typedef struct
{
  DdAgreement *agreement;
  DdCatalog   *catalog;
  DdDocument  *document;
  const char  *anchor_prefix;
  const char  *redaction_label;
  gboolean     in_contents;
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
field (Builder          *builder,
       DdAgreementField  which)
{
  return dd_agreement_get_field (builder->agreement, which);
}

static const char *
label (Builder          *builder,
       DdAgreementField  which)
{
  return doc_text (builder, dd_agreement_field_get_label_msgid (which));
}

static guint
version_of (Builder *builder)
{
  return MAX (dd_agreement_get_version (builder->agreement), 1);
}

static gboolean
is_draft (Builder *builder)
{
  return !dd_agreement_get_frozen (builder->agreement);
}

static const char *
title_of (Builder *builder)
{
  const char *title = field (builder, DD_AGREEMENT_FIELD_TITLE);

  return *title != '\0' ? title : doc_text (builder, N_("Data-sharing agreement"));
}

static char *
anchor (Builder    *builder,
        const char *name)
{
  return g_strconcat (builder->anchor_prefix != NULL ? builder->anchor_prefix : "", name, NULL);
}

static void
add_heading (Builder    *builder,
             const char *text,
             const char *name)
{
  g_autofree char *target = anchor (builder, name);

  dd_document_add_heading (builder->document, text, target, builder->in_contents);
}

static void
add_plain_field (Builder    *builder,
                 const char *name,
                 const char *value)
{
  g_autoptr(DdDocumentText) text = NULL;

  if (value == NULL || *value == '\0')
    {
      text = dd_document_text_new ();
      dd_document_text_append (text, doc_text (builder, N_("Not set")), DD_TEXT_STYLE_ITALIC);
    }
  else
    text = dd_document_text_new_plain (value);

  dd_document_add_field (builder->document, name, text);
}

static void
add_agreement_field (Builder          *builder,
                     DdAgreementField  which)
{
  if (dd_agreement_field_is_date (which))
    {
      g_autofree char *date = dd_catalog_format_date (builder->catalog, field (builder, which));

      add_plain_field (builder, label (builder, which), date);
    }
  else
    add_plain_field (builder, label (builder, which), field (builder, which));
}

static void
add_markup (Builder    *builder,
            const char *markup)
{
  /* The agreement is an internal document: a passage someone marked as
   * redacted is shown, shaded. */
  dd_document_add_markup (builder->document, markup, builder->redaction_label, doc_text (builder, N_("None.")));
}

static char *
platforms_text (Builder     *builder,
                DdPlatforms  platforms)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (DdPlatforms p = DD_PLATFORMS_HUB; p <= DD_PLATFORMS_SEGMENTATION; p <<= 1)
    if (platforms & p)
      {
        if (text->len > 0)
          g_string_append (text, doc_text (builder, N_(", ")));
        g_string_append (text, doc_text (builder, dd_platform_get_label_msgid (p)));
      }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const char *
status_text (Builder *builder)
{
  DdAgreementStatus status = dd_agreement_get_status (builder->agreement);

  /* A version being written is a draft, whatever the agreement's status;
   * a signed one that a later version replaced is no longer in force. */
  if (is_draft (builder))
    return doc_text (builder, dd_agreement_status_get_label_msgid (DD_AGREEMENT_STATUS_DRAFT));
  if (!dd_agreement_get_in_force (builder->agreement) &&
      (status == DD_AGREEMENT_STATUS_IN_FORCE || status == DD_AGREEMENT_STATUS_UNDER_REVIEW))
    /* Translators: the status of an older version of the agreement */
    return doc_text (builder, N_("Superseded"));

  return doc_text (builder, dd_agreement_status_get_label_msgid (status));
}

static void
add_title_block (Builder *builder)
{
  g_autofree char *version = g_strdup_printf ("%u", version_of (builder));
  g_autofree char *subtitle = NULL;
  const char *reference = field (builder, DD_AGREEMENT_FIELD_REPORT_REFERENCE);

  if (is_draft (builder))
    /* Translators: above the title of a data-sharing agreement not yet signed */
    subtitle = fill (doc_text (builder, N_("Data-sharing agreement · Version {version} · DRAFT")),
                     "version", version, NULL);
  else
    /* Translators: above the title of a data-sharing agreement */
    subtitle = fill (doc_text (builder, N_("Data-sharing agreement · Version {version}")),
                     "version", version, NULL);

  dd_document_add_title (builder->document, title_of (builder), subtitle);

  if (is_draft (builder))
    {
      g_autoptr(DdDocumentText) draft = dd_document_text_new ();

      dd_document_text_append (draft, doc_text (builder, N_("DRAFT")), DD_TEXT_STYLE_BOLD);
      dd_document_text_append (draft, " ", DD_TEXT_STYLE_NORMAL);
      dd_document_text_append (draft, doc_text (builder, N_("This version has not been signed and is not in force.")),
                               DD_TEXT_STYLE_ITALIC);
      dd_document_add_paragraph (builder->document, draft);
    }

  add_plain_field (builder, doc_text (builder, N_("Version")), version);
  add_plain_field (builder, doc_text (builder, N_("Status")), status_text (builder));
  for (DdAgreementField which = DD_AGREEMENT_FIELD_OFFICE_PARTY; which <= DD_AGREEMENT_FIELD_MOJ_CONTACT; which++)
    add_agreement_field (builder, which);
  for (DdAgreementField which = DD_AGREEMENT_FIELD_DATE_SIGNED; which <= DD_AGREEMENT_FIELD_END_DATE; which++)
    add_agreement_field (builder, which);
  add_plain_field (builder, label (builder, DD_AGREEMENT_FIELD_REPORT_REFERENCE), reference);
}

static void
add_key_terms (Builder *builder)
{
  g_autofree char *platforms = platforms_text (builder, dd_agreement_get_platforms (builder->agreement));

  add_heading (builder, label (builder, DD_AGREEMENT_FIELD_PURPOSE), "purpose");
  add_markup (builder, field (builder, DD_AGREEMENT_FIELD_PURPOSE));

  add_heading (builder, label (builder, DD_AGREEMENT_FIELD_LEGAL_BASIS), "legal-basis");
  add_markup (builder, field (builder, DD_AGREEMENT_FIELD_LEGAL_BASIS));

  add_heading (builder, doc_text (builder, N_("Platforms and access")), "access");
  add_plain_field (builder, doc_text (builder, N_("Platforms")), platforms);
  dd_document_add_subheading (builder->document, label (builder, DD_AGREEMENT_FIELD_ACCESS_MODE));
  add_markup (builder, field (builder, DD_AGREEMENT_FIELD_ACCESS_MODE));

  add_heading (builder, doc_text (builder, N_("Data covered and levels")), "data");
  add_markup (builder, field (builder, DD_AGREEMENT_FIELD_DATA_COVERED));
  dd_document_add_subheading (builder->document, label (builder, DD_AGREEMENT_FIELD_LEVELS));
  add_markup (builder, field (builder, DD_AGREEMENT_FIELD_LEVELS));

  add_heading (builder, label (builder, DD_AGREEMENT_FIELD_TERMS_OF_USE), "terms");
  add_markup (builder, field (builder, DD_AGREEMENT_FIELD_TERMS_OF_USE));

  add_heading (builder, doc_text (builder, N_("Roles")), "roles");
  add_agreement_field (builder, DD_AGREEMENT_FIELD_BAU_CONTACT);
  add_agreement_field (builder, DD_AGREEMENT_FIELD_SRO);
}

static void
add_sections (Builder *builder)
{
  GListModel *sections = dd_agreement_get_sections (builder->agreement);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(DdAgreementSection) section = g_list_model_get_item (sections, i);
      const char *text = dd_agreement_section_get_heading (section);
      g_autofree char *heading = g_strdup_printf ("%u. %s", i + 1, text != NULL ? text : "");
      g_autofree char *name = g_strdup_printf ("section-%u", i + 1);

      add_heading (builder, g_strstrip (heading), name);
      add_markup (builder, dd_agreement_section_get_text (section));
    }
}

static void
add_statement (Builder *builder)
{
  g_autofree char *version = g_strdup_printf ("%u", version_of (builder));
  g_autofree char *intro = fill (doc_text (builder, N_("Annexed to version {version} of the agreement. Each "
                                                       "Designated User signs it before being given access.")),
                                 "version", version, NULL);
  g_autoptr(DdDocumentText) paragraph = dd_document_text_new ();

  dd_document_add_page_break (builder->document);
  add_heading (builder, doc_text (builder, N_("Annex: User Access Statement")), "annex");

  dd_document_text_append (paragraph, intro, DD_TEXT_STYLE_ITALIC);
  dd_document_add_paragraph (builder->document, paragraph);
  add_markup (builder, field (builder, DD_AGREEMENT_FIELD_STATEMENT));

  dd_document_add_subheading (builder->document, doc_text (builder, N_("Signed by the Designated User")));
  dd_document_add_signature (builder->document, doc_text (builder, N_("Full name")), NULL, NULL);
  dd_document_add_signature (builder->document, doc_text (builder, N_("Signature")), NULL, NULL);
  dd_document_add_signature (builder->document, doc_text (builder, N_("Date")), NULL, NULL);
}

static void
add_content (Builder *builder)
{
  add_title_block (builder);
  if (builder->in_contents)
    dd_document_add_contents (builder->document, doc_text (builder, N_("Contents")));
  add_key_terms (builder);
  add_sections (builder);
  add_statement (builder);
}

static char *
footer (guint    page,
        guint    n_pages,
        gpointer user_data)
{
  Builder *builder = user_data;
  g_autofree char *version = g_strdup_printf ("%u", version_of (builder));
  g_autofree char *page_text = g_strdup_printf ("%u", page);
  g_autofree char *pages_text = g_strdup_printf ("%u", n_pages);

  /* Translators: the footer of every page of a data-sharing agreement */
  return fill (doc_text (builder, N_("Data-sharing agreement, version {version} · Page {page} of {pages}")),
               "version", version, "page", page_text, "pages", pages_text, NULL);
}

static void
builder_free (gpointer data)
{
  Builder *builder = data;

  g_object_unref (builder->agreement);
  g_object_unref (builder->catalog);
  g_free (builder);
}

/**
 * dd_agreement_document_build:
 * @agreement: one version of the agreement
 * @catalog: the language to write the document in
 *
 * Makes the document of one version of the agreement, marked
 * OFFICIAL-SENSITIVE at the top and the bottom of every page: the title
 * block, a contents list, the key terms, the numbered sections and the
 * User Access Statement as an annex, with an empty box for a Designated
 * User to sign in. A version not yet signed says DRAFT.
 *
 * The document keeps references to @agreement and @catalog until it is
 * finalised, and is used by one thread at a time: to write it in a
 * worker thread, give it a copy of the agreement (dd_agreement_copy()).
 *
 * Returns: (transfer full): the document
 */
DdDocument *
dd_agreement_document_build (DdAgreement *agreement,
                             DdCatalog   *catalog,
                             GError     **error)
{
  g_autoptr(DdDocument) document = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *keywords = NULL;
  g_autofree char *version = NULL;
  Builder *builder;

  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (DD_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = dd_document_new ();
  builder = g_new0 (Builder, 1);
  builder->agreement = g_object_ref (agreement);
  builder->catalog = g_object_ref (catalog);
  builder->document = document;
  builder->in_contents = TRUE;
  dd_document_set_footer (document, footer, builder, builder_free);
  dd_document_set_language (document, dd_catalog_get_language (catalog));
  dd_document_set_marking (document, MARKING);

  version = g_strdup_printf ("%u", version_of (builder));
  subject = fill (doc_text (builder, N_("Data-sharing agreement, version {version}")), "version", version, NULL);
  keywords = g_strjoin (", ", doc_text (builder, N_("data-sharing agreement")), "HMPPS", MARKING, NULL);
  dd_document_set_metadata (document, DD_DOCUMENT_TITLE, title_of (builder));
  dd_document_set_metadata (document, DD_DOCUMENT_AUTHOR, field (builder, DD_AGREEMENT_FIELD_OFFICE_PARTY));
  dd_document_set_metadata (document, DD_DOCUMENT_SUBJECT, subject);
  dd_document_set_metadata (document, DD_DOCUMENT_KEYWORDS, keywords);
  dd_document_set_metadata (document, DD_DOCUMENT_CREATOR, "Decision Desk " PACKAGE_VERSION);

  add_content (builder);

  return g_steal_pointer (&document);
}

/**
 * dd_agreement_document_append:
 * @document: a document being built, such as a decision sheet
 * @agreement: one version of the agreement
 * @catalog: the language of @document
 * @anchor_prefix: (nullable): put before the name of every anchor added
 *   (letters, digits and dashes, such as "appendix-1-"), so they do not
 *   clash with @document's own
 *
 * Adds the content of dd_agreement_document_build() to @document: the
 * title block, the key terms, the sections and the annex (on a new
 * page). None of its headings goes into @document's contents or
 * outline: the caller adds the one heading that names the appendix
 * before calling this. @document's marking and footer are its own.
 */
void
dd_agreement_document_append (DdDocument  *document,
                              DdAgreement *agreement,
                              DdCatalog   *catalog,
                              const char  *anchor_prefix,
                              const char  *redaction_label)
{
  Builder builder = { 0 };

  g_return_if_fail (DD_IS_DOCUMENT (document));
  g_return_if_fail (DD_IS_AGREEMENT (agreement));
  g_return_if_fail (DD_IS_CATALOG (catalog));

  builder.agreement = agreement;
  builder.catalog = catalog;
  builder.document = document;
  builder.anchor_prefix = anchor_prefix;
  builder.redaction_label = redaction_label;
  builder.in_contents = FALSE;

  add_content (&builder);
}

/**
 * dd_agreement_document_dup_file_name:
 *
 * Returns: (transfer full): the file name to offer, in the language of
 *   the interface, such as "Data-sharing agreement v2.pdf"; characters
 *   that file systems refuse are left out
 */
char *
dd_agreement_document_dup_file_name (DdAgreement *agreement)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (DD_IS_AGREEMENT (agreement), NULL);

  /* Translators: a file name; %u is the agreement's version */
  wanted = g_strdup_printf (_("Data-sharing agreement v%u"), MAX (dd_agreement_get_version (agreement), 1));

  for (const char *p = wanted; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_string_append (name, ".pdf");

  return g_string_free (g_steal_pointer (&name), FALSE);
}
