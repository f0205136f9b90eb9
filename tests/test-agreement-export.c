/* test-agreement-export.c: the shipped agreement template, the agreement
 * as a PDF, and the register of Designated Users as a PDF and a workbook
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDFs are read back with pdftotext, pdfinfo and qpdf (dd-test-pdf.h);
 * workbooks are opened as a spreadsheet program would, with libgsf's zip
 * reader and libxml2. DD_TEST_KEEP=1 keeps the files and prints where.
 */

#include "config.h"

#include <gsf/gsf.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#include "dd-core.h"
#include "dd-agreement-private.h"
#include "dd-designated-user-private.h"
#include "export/dd-decision-sheet.h"
#include "export/dd-agreement-document.h"
#include "export/dd-register-document.h"
#include "dd-test-pdf.h"
#include "dd-test-util.h"

#define TEMPLATE_RESOURCE "/io/github/decisiondesk/DecisionDesk/core/templates/hmpps-mou.ini"
#define SHEET_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define TODAY "2026-04-01"

static gboolean keep;

static char *
output_path (const char *name)
{
  g_autofree char *dir = NULL;

  if (keep)
    {
      dir = g_dir_make_tmp ("agreement-export-XXXXXX", NULL);
      g_printerr ("# kept in %s\n", dir);
    }
  else
    dir = dd_test_make_tmp_dir ();

  return g_build_filename (dir, name, NULL);
}

static DdCatalog *
catalog_for (const char *language)
{
  g_autoptr(GError) error = NULL;
  DdCatalog *catalog = dd_catalog_new (language, &error);

  g_assert_no_error (error);

  return catalog;
}

static DdAgreement *
template_agreement (void)
{
  g_autoptr(GError) error = NULL;
  DdAgreement *agreement = dd_agreement_new_from_template (&error);

  g_assert_no_error (error);
  g_assert_nonnull (agreement);

  return agreement;
}

/* The template, as a version the office has signed. */
static DdAgreement *
signed_agreement (guint version)
{
  DdAgreement *agreement = template_agreement ();

  dd_agreement_set_field (agreement, DD_AGREEMENT_FIELD_OFFICE_PARTY,
                          "The Office of the Police, Fire and Crime Commissioner for Thistleshire");
  dd_agreement_set_field (agreement, DD_AGREEMENT_FIELD_MOJ_CONTACT, "Robin Hughes, HMPPS Performance and Analysis");
  dd_agreement_set_field (agreement, DD_AGREEMENT_FIELD_REPORT_REFERENCE, "039-23");
  dd_agreement_set_field (agreement, DD_AGREEMENT_FIELD_START_DATE, "2023-03-01");
  dd_agreement_set_field (agreement, DD_AGREEMENT_FIELD_REVIEW_DATE, "2026-03-01");
  dd_agreement_set_date_signed (agreement, "2023-02-27");
  dd_agreement_set_identity (agreement, 1, version, version);
  dd_agreement_set_status (agreement, DD_AGREEMENT_STATUS_IN_FORCE, TRUE);
  dd_agreement_set_frozen (agreement, TRUE);

  return agreement;
}

static char *
write_document (DdDocument *document,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = output_path (name);

  dd_document_write_pdf (document, path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  dd_test_assert_valid_pdf (path);

  return path;
}

static char *
write_agreement (DdAgreement *agreement,
                 const char  *language,
                 const char  *name)
{
  g_autoptr(DdCatalog) catalog = catalog_for (language);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDocument) document = dd_agreement_document_build (agreement, catalog, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return write_document (document, name);
}

/* pdftotext breaks lines where the page does: compare words alone. */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* Each page starts with the marking and ends with it and the footer,
 * as laid out. */
static void
assert_marked_every_page (const char *pdf,
                          const char *marking,
                          const char *footer_format)
{
  guint n_pages = dd_test_pdf_n_pages (pdf);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      g_autofree char *total = g_strdup_printf ("%u", n_pages);
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", "-f", number, "-l", number, pdf, "-", NULL };
      g_autofree char *text = dd_test_run (argv);
      g_auto(GStrv) all_lines = g_strsplit (text, "\n", -1);
      g_autoptr(GPtrArray) lines = g_ptr_array_new ();
      GString *expected = g_string_new (footer_format != NULL ? footer_format : "");
      g_autofree char *footer = NULL;
      guint n_after = footer_format != NULL ? 1 : 0;

      g_string_replace (expected, "{page}", number, 0);
      g_string_replace (expected, "{pages}", total, 0);
      footer = g_string_free (expected, FALSE);

      for (guint i = 0; all_lines[i] != NULL; i++)
        if (*g_strstrip (all_lines[i]) != '\0' && !g_str_equal (all_lines[i], "\f"))
          g_ptr_array_add (lines, all_lines[i]);

      g_assert_cmpuint (lines->len, >=, 3 + n_after);
      g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, marking);
      g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1 - n_after), ==, marking);
      if (footer_format != NULL)
        g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, footer);
    }
}

/* The template */

static void
test_template_loads (void)
{
  g_autoptr(DdAgreement) agreement = template_agreement ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GListModel *sections = dd_agreement_get_sections (agreement);
  const char *statement = dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_STATEMENT);
  g_autoptr(GPtrArray) data_covered = NULL;
  g_autoptr(GPtrArray) terms = NULL;

  /* In the library's resources, for whoever asks. */
  bytes = g_resources_lookup_data (TEMPLATE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1000);

  g_assert_false (dd_agreement_get_frozen (agreement));
  g_assert_cmpint (dd_agreement_get_platforms (agreement), ==, DD_PLATFORMS_ALL);

  for (DdAgreementField field = 0; field < DD_AGREEMENT_N_FIELDS; field++)
    {
      const char *value = dd_agreement_get_field (agreement, field);

      if (dd_agreement_field_is_date (field) || field == DD_AGREEMENT_FIELD_REPORT_REFERENCE)
        {
          g_assert_cmpstr (value, ==, "");
          continue;
        }
      if (value == NULL || *value == '\0')
        g_test_message ("the template has no %s", dd_agreement_field_get_name (field));
      g_assert_nonnull (value);
      g_assert_cmpstr (value, !=, "");
      /* Escapes read as line breaks, not backslashes. */
      g_assert_null (strstr (value, "\\n"));
    }

  g_assert_cmpuint (g_list_model_get_n_items (sections), >=, 10);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(DdAgreementSection) section = g_list_model_get_item (sections, i);

      g_assert_cmpstr (dd_agreement_section_get_heading (section), !=, "");
      g_assert_cmpuint (strlen (dd_agreement_section_get_text (section)), >, 100);
    }
  {
    g_autoptr(DdAgreementSection) first = g_list_model_get_item (sections, 0);
    g_autoptr(DdAgreementSection) last = g_list_model_get_item (sections, g_list_model_get_n_items (sections) - 1);

    g_assert_cmpstr (dd_agreement_section_get_heading (first), ==, "About this memorandum");
    g_assert_cmpstr (dd_agreement_section_get_heading (last), ==, "Review, variation and termination");
  }

  /* The facts of the issue, in the fields they belong to. */
  g_assert_nonnull (strstr (dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_LEGAL_BASIS),
                            "Section 115 of the Crime and Disorder Act 1998"));
  g_assert_nonnull (strstr (dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_LEGAL_BASIS),
                            "Data Protection Act 2018"));
  g_assert_nonnull (strstr (dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_OFFICE_PARTY), "[Office name]"));
  g_assert_nonnull (strstr (dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_LEVELS),
                            "Probation Delivery Unit"));
  data_covered = dd_report_text_parse (dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_DATA_COVERED));
  g_assert_cmpuint (data_covered->len, ==, 7);
  for (guint i = 0; i < data_covered->len; i++)
    g_assert_cmpint (((DdTextBlock *) g_ptr_array_index (data_covered, i))->kind, ==, DD_TEXT_BLOCK_BULLET);
  terms = dd_report_text_parse (dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_TERMS_OF_USE));
  g_assert_cmpuint (terms->len, ==, 5);

  /* The statement: first person, numbered undertakings. */
  g_assert_nonnull (strstr (statement, "unpublished"));
  g_assert_true (g_str_has_prefix (statement, "I have been nominated"));
  g_assert_nonnull (strstr (statement, "\n\n1. I will"));
  g_assert_nonnull (strstr (statement, "\n\n10. I will"));
}

/* The agreement as a document */

static void
test_agreement_pdf (void)
{
  g_autoptr(DdAgreement) agreement = template_agreement ();
  g_autofree char *pdf = write_agreement (agreement, "en", "agreement.pdf");
  g_autofree char *raw_text = dd_test_pdf_text (pdf);
  g_autofree char *text = squeeze (raw_text);
  g_autofree char *info = dd_test_pdf_info (pdf);
  g_autofree char *title = dd_test_pdf_info_value (info, "Title");
  GListModel *sections = dd_agreement_get_sections (agreement);
  guint n_pages = dd_test_pdf_n_pages (pdf);
  const char *last = text;

  g_assert_cmpstr (title, ==, "Memorandum of Understanding: Access to HMPPS Performance Data");
  g_assert_nonnull (strstr (text, "Memorandum of Understanding: Access to HMPPS Performance Data"));
  g_assert_nonnull (strstr (text, "Data-sharing agreement · Version 1 · DRAFT"));
  g_assert_nonnull (strstr (text, "DRAFT This version has not been signed and is not in force."));

  /* The parties, the key terms in order, then every section in order. */
  {
    const char *expected[] = {
      "The office The Office of the Police, Fire and Crime Commissioner for [Office name]",
      "Ministry of Justice / HMPPS The Ministry of Justice, acting through His Majesty’s Prison and Probation "
      "Service (HMPPS)",
      "Contents",
      "Purpose", "Legal basis", "Platforms and access", "Performance Hub, Segmentation Tool",
      "Data covered and levels", "Terms of use", "Roles", "Senior Responsible Owner",
    };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        const char *found = strstr (last, expected[i]);

        if (found == NULL)
          g_test_message ("“%s” is missing, or out of order", expected[i]);
        g_assert_nonnull (found);
        last = found;
      }
  }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(DdAgreementSection) section = g_list_model_get_item (sections, i);
      g_autofree char *heading = g_strdup_printf ("%u. %s", i + 1, dd_agreement_section_get_heading (section));
      const char *found = strstr (last, heading);

      if (found == NULL)
        g_test_message ("“%s” is missing, or out of order", heading);
      g_assert_nonnull (found);
      last = found + 1;
    }
  last = strstr (last, "Annex: User Access Statement");
  g_assert_nonnull (last);
  g_assert_nonnull (strstr (last, "I have been nominated"));
  g_assert_nonnull (strstr (last, "Signature"));

  /* The annex starts a page. */
  {
    g_autofree char *annex_page = dd_test_pdf_page_text (pdf, n_pages - 1);
    g_autofree char *final_page = dd_test_pdf_page_text (pdf, n_pages);
    g_autofree char *annex = NULL;

    if (strstr (final_page, "Annex: User Access Statement") != NULL)
      annex = g_steal_pointer (&final_page);
    else
      annex = g_steal_pointer (&annex_page);
    g_assert_nonnull (strstr (annex, "Annex: User Access Statement"));
    g_assert_null (strstr (annex, "12. Review, variation and termination"));
  }

  assert_marked_every_page (pdf, "OFFICIAL-SENSITIVE", "Data-sharing agreement, version 1 · Page {page} of {pages}");
}

static void
test_agreement_pdf_signed (void)
{
  g_autoptr(DdAgreement) agreement = signed_agreement (2);
  g_autofree char *pdf = write_agreement (agreement, "en", "signed.pdf");
  g_autofree char *raw_text = dd_test_pdf_text (pdf);
  g_autofree char *text = squeeze (raw_text);

  g_assert_null (strstr (text, "DRAFT"));
  g_assert_nonnull (strstr (text, "Data-sharing agreement · Version 2"));
  g_assert_nonnull (strstr (text, "Status In force"));
  g_assert_nonnull (strstr (text, "Date signed 27 February 2023"));
  g_assert_nonnull (strstr (text, "Start date 1 March 2023"));
  g_assert_nonnull (strstr (text, "Review date 1 March 2026"));
  g_assert_nonnull (strstr (text, "Approved by decision 039-23"));
  g_assert_nonnull (strstr (text, "Thistleshire"));
  assert_marked_every_page (pdf, "OFFICIAL-SENSITIVE", "Data-sharing agreement, version 2 · Page {page} of {pages}");

  /* Once a later version is in force, this one is superseded. */
  {
    g_autofree char *older = NULL;
    g_autofree char *older_text = NULL;
    g_autofree char *older_flat = NULL;

    dd_agreement_set_status (agreement, DD_AGREEMENT_STATUS_IN_FORCE, FALSE);
    older = write_agreement (agreement, "en", "superseded.pdf");
    older_text = dd_test_pdf_text (older);
    older_flat = squeeze (older_text);
    g_assert_nonnull (strstr (older_flat, "Status Superseded"));
  }
}

static void
test_agreement_pdf_welsh (void)
{
  g_autoptr(DdAgreement) agreement = signed_agreement (1);
  g_autoptr(DdCatalog) catalog = catalog_for ("cy");
  g_autofree char *pdf = write_agreement (agreement, "cy", "cytundeb.pdf");
  g_autofree char *raw_text = dd_test_pdf_text (pdf);
  g_autofree char *text = squeeze (raw_text);
  const char *msgids[] = {
    "Contents", "Annex: User Access Statement", "Terms of use", "Platforms and access", "Legal basis",
  };

  /* The labels are the catalogue's, whatever the interface speaks. */
  for (guint i = 0; i < G_N_ELEMENTS (msgids); i++)
    {
      const char *welsh = dd_catalog_gettext (catalog, msgids[i]);

      g_assert_cmpstr (welsh, !=, msgids[i]);
      g_assert_nonnull (strstr (text, welsh));
    }
  /* (The agreement's own words are the office's, in English here.) */
  g_assert_null (strstr (text, "Annex: User Access Statement"));
  g_assert_null (strstr (text, "Platforms and access"));
  g_assert_null (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, "27 Chwefror 2023"));
  /* The markings are the same words in every language. */
  g_assert_nonnull (strstr (text, "OFFICIAL-SENSITIVE"));
}

/* The agreement as a decision sheet's appendix: its headings stay out of
 * the contents and the outline, which name the appendix once. */
static void
test_agreement_appended (void)
{
  g_autoptr(DdAgreement) agreement = signed_agreement (1);
  g_autoptr(DdCatalog) catalog = catalog_for ("en");
  g_autoptr(DdDocument) document = dd_document_new ();
  g_autoptr(DdDocumentText) paragraph = dd_document_text_new_plain ("The decision itself.");
  g_autofree char *pdf = NULL;
  g_autofree char *raw_text = NULL;
  g_autofree char *contents_page = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *outlines;
  const char *argv[] = { "qpdf", "--json=2", "--json-key=outlines", NULL, NULL };

  dd_document_set_marking (document, "OFFICIAL");
  dd_document_add_title (document, "Access to HMPPS Data", "Decision Report 039-23");
  dd_document_add_contents (document, "Contents");
  dd_document_add_heading (document, "1. Executive Summary", "section-1", TRUE);
  dd_document_add_paragraph (document, paragraph);
  dd_document_add_page_break (document);
  dd_document_add_heading (document, "Appendix A: Data-sharing agreement", "appendix-1", TRUE);
  dd_agreement_document_append (document, agreement, catalog, "appendix-1-", NULL);

  pdf = write_document (document, "appended.pdf");
  raw_text = dd_test_pdf_text (pdf);
  contents_page = dd_test_pdf_page_text (pdf, 1);

  g_assert_nonnull (strstr (raw_text, "Annex: User Access Statement"));
  g_assert_nonnull (strstr (raw_text, "12. Review, variation and termination"));
  g_assert_nonnull (strstr (contents_page, "Appendix A: Data-sharing agreement"));
  g_assert_null (strstr (contents_page, "Annex: User Access Statement"));
  g_assert_null (strstr (contents_page, "Legal basis"));
  /* The document's own marking, not the agreement's. */
  assert_marked_every_page (pdf, "OFFICIAL", NULL);

  argv[3] = pdf;
  json = dd_test_run (argv);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  outlines = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "outlines");
  g_assert_cmpuint (json_array_get_length (outlines), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (outlines, 1), "title"), ==,
                   "Appendix A: Data-sharing agreement");
}

static void
test_agreement_file_name (void)
{
  g_autoptr(DdAgreement) draft = template_agreement ();
  g_autoptr(DdAgreement) second = signed_agreement (2);
  g_autofree char *draft_name = dd_agreement_document_dup_file_name (draft);
  g_autofree char *second_name = dd_agreement_document_dup_file_name (second);
  g_autofree char *pdf_name = dd_register_dup_file_name ("2026-03-01", "pdf");
  g_autofree char *xlsx_name = dd_register_dup_file_name ("2026-03-01", "xlsx");

  g_assert_cmpstr (draft_name, ==, "Data-sharing agreement v1.pdf");
  g_assert_cmpstr (second_name, ==, "Data-sharing agreement v2.pdf");
  g_assert_cmpstr (pdf_name, ==, "Register of Designated Users 2026-03-01.pdf");
  g_assert_cmpstr (xlsx_name, ==, "Register of Designated Users 2026-03-01.xlsx");
}

/* The register */

typedef struct
{
  const char  *name;
  const char  *email;
  const char  *job_title;
  DdUserStatus status;
  const char  *status_date;
  const char  *reason;
  DdPlatforms  platforms;
  DdUserRoles  roles;
  const char  *signed_at;
  const char  *granted;
  const char  *review_due;
  DdAttention  attention;
} UserSpec;

static const UserSpec user_specs[] = {
  { "Jane Doe", "jane.doe@pfcc.example.gov.uk", "Head of Performance and Scrutiny",
    DD_USER_STATUS_ACCESS_GRANTED, "2025-03-10", "", DD_PLATFORMS_ALL,
    DD_USER_ROLES_DESIGNATED_USER | DD_USER_ROLES_SRO, "2025-03-03T09:15:00Z", "2025-03-10", "2026-03-10",
    DD_ATTENTION_REVIEW_OVERDUE },
  { "Sam Patel", "sam.patel@pfcc.example.gov.uk", "Community Safety Manager",
    DD_USER_STATUS_NOMINATED, "2026-03-20", "", DD_PLATFORMS_HUB,
    DD_USER_ROLES_DESIGNATED_USER, NULL, NULL, NULL, DD_ATTENTION_UNSIGNED },
  { "Ceri Jones", "ceri.jones@pfcc.example.gov.uk", "Analyst",
    DD_USER_STATUS_REVOKED, "2026-02-01", "Moved to a role that does not need the data",
    DD_PLATFORMS_SEGMENTATION, DD_USER_ROLES_DESIGNATED_USER, "2024-01-05T16:40:00Z", "2024-01-08", NULL,
    DD_ATTENTION_NONE },
};

/* Users as the register would list them, made without a database. */
static GListModel *
make_users (DdAgreement *agreement)
{
  GListStore *store = g_list_store_new (DD_TYPE_DESIGNATED_USER);
  g_autofree char *sha256 = dd_agreement_dup_statement_sha256 (agreement);

  for (guint i = 0; i < G_N_ELEMENTS (user_specs); i++)
    {
      const UserSpec *spec = &user_specs[i];
      g_autoptr(DdDesignatedUser) user = dd_designated_user_new (spec->name, spec->email);

      dd_designated_user_set_id (user, i + 1);
      dd_designated_user_set_field (user, DD_USER_FIELD_JOB_TITLE, spec->job_title);
      dd_designated_user_set_field (user, DD_USER_FIELD_ORGANISATION, "Thistleshire PFCC");
      dd_designated_user_set_field (user, DD_USER_FIELD_NOMINATED_BY, "039-23");
      dd_designated_user_set_platforms (user, spec->platforms);
      dd_designated_user_set_roles (user, spec->roles);
      dd_designated_user_set_status (user, spec->status);
      dd_designated_user_set_state (user, DD_USER_STATE_STATUS_DATE, spec->status_date);
      dd_designated_user_set_state (user, DD_USER_STATE_STATUS_REASON, spec->reason);
      if (spec->signed_at != NULL)
        {
          g_autofree char *day = g_strndup (spec->signed_at, 10);

          dd_designated_user_set_state (user, DD_USER_STATE_SIGNED_AT, spec->signed_at);
          dd_designated_user_set_state (user, DD_USER_STATE_SIGNED_DATE, day);
          dd_designated_user_set_state (user, DD_USER_STATE_SIGNATURE, spec->name);
          dd_designated_user_set_state (user, DD_USER_STATE_SHA256, sha256);
          dd_designated_user_set_statement_version (user, 1, 1);
        }
      dd_designated_user_set_state (user, DD_USER_STATE_GRANTED_DATE, spec->granted);
      dd_designated_user_set_state (user, DD_USER_STATE_REVIEW_DUE, spec->review_due);
      dd_designated_user_set_attention (user, spec->attention, FALSE);

      g_list_store_append (store, user);
    }

  return G_LIST_MODEL (store);
}

static void
test_register_pdf (void)
{
  g_autoptr(DdAgreement) agreement = signed_agreement (1);
  g_autoptr(GListModel) users = make_users (agreement);
  g_autoptr(DdCatalog) catalog = catalog_for ("en");
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDocument) document = dd_register_document_build (users, agreement, TODAY, catalog, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *raw_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sha256 = dd_agreement_dup_statement_sha256 (agreement);
  g_autofree char *hash_shown = g_strdup_printf ("SHA-256 %.16s…", sha256);
  const char *last;

  g_assert_no_error (error);
  pdf = write_document (document, "register.pdf");
  raw_text = dd_test_pdf_text (pdf);
  text = squeeze (raw_text);

  g_assert_nonnull (strstr (text, "Register of Designated Users"));
  g_assert_nonnull (strstr (text, "As at 1 April 2026"));
  g_assert_nonnull (strstr (text, "Agreement in force Memorandum of Understanding: Access to HMPPS Performance Data, "
                                  "version 1"));
  g_assert_nonnull (strstr (text, "People in the register 3"));
  g_assert_nonnull (strstr (text, "Needing attention 2"));

  /* Each person, in order, with their record. */
  last = text;
  for (guint i = 0; i < G_N_ELEMENTS (user_specs); i++)
    {
      g_autofree char *email = g_strdup_printf ("Email %s", user_specs[i].email);

      last = strstr (last, user_specs[i].name);
      g_assert_nonnull (last);
      g_assert_nonnull (strstr (last, email));
    }
  g_assert_nonnull (strstr (text, "Status Access granted (10 March 2025)"));
  g_assert_nonnull (strstr (text, "Platforms Performance Hub, Segmentation Tool"));
  g_assert_nonnull (strstr (text, "Roles Designated User, Senior Responsible Owner"));
  g_assert_nonnull (strstr (text, "version 1 · "));
  g_assert_nonnull (strstr (text, hash_shown));
  g_assert_null (strstr (text, sha256));
  g_assert_nonnull (strstr (text, "Access granted 10 March 2025"));
  g_assert_nonnull (strstr (text, "Review due 10 March 2026"));
  g_assert_nonnull (strstr (text, "Needs attention Review of access overdue"));
  g_assert_nonnull (strstr (text, "Statement signed Not signed"));
  g_assert_nonnull (strstr (text, "Needs attention Has not signed the User Access Statement"));
  g_assert_nonnull (strstr (text, "Status Revoked (1 February 2026) Reason Moved to a role that does not need the data"));

  assert_marked_every_page (pdf, "OFFICIAL-SENSITIVE", "Register of Designated Users, 1 April 2026 · Page {page} of {pages}");
}

static void
test_register_pdf_empty (void)
{
  g_autoptr(GListStore) users = g_list_store_new (DD_TYPE_DESIGNATED_USER);
  g_autoptr(DdCatalog) catalog = catalog_for ("en");
  g_autoptr(GError) error = NULL;
  g_autoptr(DdDocument) document = dd_register_document_build (G_LIST_MODEL (users), NULL, TODAY, catalog, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *raw_text = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  pdf = write_document (document, "empty-register.pdf");
  raw_text = dd_test_pdf_text (pdf);
  text = squeeze (raw_text);

  g_assert_nonnull (strstr (text, "No version of the agreement is in force."));
  g_assert_nonnull (strstr (text, "No one is in the register."));
  assert_marked_every_page (pdf, "OFFICIAL-SENSITIVE", "Register of Designated Users, 1 April 2026 · Page {page} of {pages}");
}

/* Reading a workbook back */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)

typedef struct
{
  GsfInfile *zip;
} Workbook;

static void
workbook_close (Workbook *workbook)
{
  g_clear_object (&workbook->zip);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Workbook, workbook_close)

static void
workbook_open (Workbook   *workbook,
               const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsfInput) input = gsf_input_stdio_new (path, &error);
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* A zip file, as the extension promises. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (contents, 4, "PK\x03\x04", 4);

  g_assert_no_error (error);
  workbook->zip = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (workbook->zip);
}

static xmlDoc *
workbook_read_part (Workbook   *workbook,
                    const char *part)
{
  g_auto(GStrv) names = g_strsplit (part, "/", -1);
  g_autoptr(GsfInput) input = gsf_infile_child_by_aname (workbook->zip, (const char **) names);
  const guint8 *data;
  gsf_off_t size;
  xmlDoc *doc;

  if (input == NULL)
    g_error ("the workbook has no %s", part);

  size = gsf_input_size (input);
  data = gsf_input_read (input, size, NULL);
  g_assert_nonnull (data);
  doc = xmlReadMemory ((const char *) data, (int) size, part, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);

  return doc;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathContext, xmlXPathFreeContext)

/* The text of what @xpath finds in @doc, one string each. */
static GPtrArray *
xpath_strings (xmlDoc     *doc,
               const char *xpath)
{
  g_autoptr(xmlXPathContext) context = xmlXPathNewContext (doc);
  xmlXPathObject *found;
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  xmlXPathRegisterNs (context, BAD_CAST "s", BAD_CAST SHEET_NS);
  xmlXPathRegisterNs (context, BAD_CAST "dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  found = xmlXPathEvalExpression (BAD_CAST xpath, context);
  g_assert_nonnull (found);

  for (int i = 0; found->nodesetval != NULL && i < found->nodesetval->nodeNr; i++)
    {
      xmlChar *content = xmlNodeGetContent (found->nodesetval->nodeTab[i]);

      g_ptr_array_add (strings, g_strdup ((const char *) content));
      xmlFree (content);
    }
  xmlXPathFreeObject (found);

  return strings;
}

static char *
xpath_string (xmlDoc     *doc,
              const char *xpath)
{
  g_autoptr(GPtrArray) strings = xpath_strings (doc, xpath);

  if (strings->len == 0)
    return NULL;

  return g_strdup (g_ptr_array_index (strings, 0));
}

static gboolean
has_string (GPtrArray  *strings,
            const char *wanted)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_str_equal (g_ptr_array_index (strings, i), wanted))
      return TRUE;

  return FALSE;
}

/* The text of cell @ref, whether a shared string or inline. */
static char *
cell_text (xmlDoc     *sheet,
           GPtrArray  *shared,
           const char *ref)
{
  g_autofree char *type_path = g_strdup_printf ("//s:c[@r='%s']/@t", ref);
  g_autofree char *value_path = g_strdup_printf ("//s:c[@r='%s']/s:v", ref);
  g_autofree char *type = xpath_string (sheet, type_path);
  g_autofree char *value = xpath_string (sheet, value_path);

  if (value == NULL)
    return NULL;
  if (g_strcmp0 (type, "s") == 0)
    {
      guint index = (guint) g_ascii_strtoull (value, NULL, 10);

      g_assert_cmpuint (index, <, shared->len);
      return g_strdup (g_ptr_array_index (shared, index));
    }

  return g_steal_pointer (&value);
}

/* The serial number Excel gives a date: days since 30 December 1899. */
static double
excel_serial (const char *iso)
{
  GDate epoch, date;

  g_date_clear (&epoch, 1);
  g_date_set_dmy (&epoch, 30, G_DATE_DECEMBER, 1899);
  g_assert_true (dd_date_from_iso (iso, &date));

  return g_date_days_between (&epoch, &date);
}

/* A number in cell @ref, shown with a date format. */
static double
date_cell (xmlDoc     *sheet,
           xmlDoc     *styles,
           const char *ref)
{
  g_autofree char *type_path = g_strdup_printf ("//s:c[@r='%s']/@t", ref);
  g_autofree char *style_path = g_strdup_printf ("//s:c[@r='%s']/@s", ref);
  g_autofree char *value_path = g_strdup_printf ("//s:c[@r='%s']/s:v", ref);
  g_autofree char *type = xpath_string (sheet, type_path);
  g_autofree char *style = xpath_string (sheet, style_path);
  g_autofree char *value = xpath_string (sheet, value_path);
  g_autofree char *format_id_path = NULL;
  g_autofree char *format_id = NULL;
  g_autofree char *code_path = NULL;
  g_autofree char *code = NULL;

  g_assert_nonnull (value);
  g_assert_true (type == NULL || g_str_equal (type, "n"));
  g_assert_nonnull (style);

  format_id_path = g_strdup_printf ("/s:styleSheet/s:cellXfs/s:xf[%u]/@numFmtId",
                                    (guint) g_ascii_strtoull (style, NULL, 10) + 1);
  format_id = xpath_string (styles, format_id_path);
  g_assert_nonnull (format_id);
  code_path = g_strdup_printf ("/s:styleSheet/s:numFmts/s:numFmt[@numFmtId='%s']/@formatCode", format_id);
  code = xpath_string (styles, code_path);
  g_assert_nonnull (code);
  g_assert_nonnull (strstr (code, "yyyy"));

  return g_ascii_strtod (value, NULL);
}

static const char *columns[] = {
  "Name", "Email", "Job title", "Organisation", "Status", "Status date", "Reason", "Platforms", "Roles",
  "Nominated by", "Statement signed", "Statement version", "Statement SHA-256", "Access granted",
  "Last review", "Review due", "Needs attention",
};

static void
test_register_workbook (void)
{
  g_autoptr(DdAgreement) agreement = signed_agreement (1);
  g_autoptr(GListModel) users = make_users (agreement);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = output_path ("register.xlsx");
  g_autofree char *sha256 = dd_agreement_dup_statement_sha256 (agreement);
  g_auto(Workbook) workbook = { 0 };
  g_autoptr(xmlDoc) book = NULL;
  g_autoptr(xmlDoc) strings_doc = NULL;
  g_autoptr(xmlDoc) sheet = NULL;
  g_autoptr(xmlDoc) about = NULL;
  g_autoptr(xmlDoc) styles = NULL;
  g_autoptr(xmlDoc) core = NULL;
  g_autoptr(GPtrArray) shared = NULL;
  g_autoptr(GPtrArray) sheet_names = NULL;
  g_autoptr(GPtrArray) about_cells = NULL;

  g_assert_true (dd_register_workbook_write (users, agreement, TODAY, path, &error));
  g_assert_no_error (error);

  workbook_open (&workbook, path);
  book = workbook_read_part (&workbook, "xl/workbook.xml");
  strings_doc = workbook_read_part (&workbook, "xl/sharedStrings.xml");
  sheet = workbook_read_part (&workbook, "xl/worksheets/sheet1.xml");
  about = workbook_read_part (&workbook, "xl/worksheets/sheet2.xml");
  styles = workbook_read_part (&workbook, "xl/styles.xml");
  core = workbook_read_part (&workbook, "docProps/core.xml");
  shared = xpath_strings (strings_doc, "/s:sst/s:si");

  sheet_names = xpath_strings (book, "/s:workbook/s:sheets/s:sheet/@name");
  g_assert_cmpuint (sheet_names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (sheet_names, 0), ==, "Designated Users");
  g_assert_cmpstr (g_ptr_array_index (sheet_names, 1), ==, "About");

  /* The header row, bold. */
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      g_autofree char *ref = g_strdup_printf ("%c1", 'A' + c);
      g_autofree char *text = cell_text (sheet, shared, ref);
      g_autofree char *style_path = g_strdup_printf ("//s:c[@r='%s']/@s", ref);
      g_autofree char *style = xpath_string (sheet, style_path);
      g_autofree char *font_path = NULL;
      g_autofree char *font = NULL;
      g_autofree char *bold_path = NULL;
      g_autoptr(GPtrArray) bold = NULL;

      g_assert_cmpstr (text, ==, columns[c]);
      g_assert_nonnull (style);
      font_path = g_strdup_printf ("/s:styleSheet/s:cellXfs/s:xf[%u]/@fontId",
                                   (guint) g_ascii_strtoull (style, NULL, 10) + 1);
      font = xpath_string (styles, font_path);
      bold_path = g_strdup_printf ("/s:styleSheet/s:fonts/s:font[%u]/s:b",
                                   (guint) g_ascii_strtoull (font, NULL, 10) + 1);
      bold = xpath_strings (styles, bold_path);
      g_assert_cmpuint (bold->len, ==, 1);
    }

  /* A row each, in order. */
  for (guint i = 0; i < G_N_ELEMENTS (user_specs); i++)
    {
      g_autofree char *name_ref = g_strdup_printf ("A%u", i + 2);
      g_autofree char *email_ref = g_strdup_printf ("B%u", i + 2);
      g_autofree char *name = cell_text (sheet, shared, name_ref);
      g_autofree char *email = cell_text (sheet, shared, email_ref);

      g_assert_true (has_string (shared, user_specs[i].name));
      g_assert_true (has_string (shared, user_specs[i].email));
      g_assert_cmpstr (name, ==, user_specs[i].name);
      g_assert_cmpstr (email, ==, user_specs[i].email);
    }

  /* Jane Doe: granted, signed, review overdue. */
  {
    g_autofree char *status = cell_text (sheet, shared, "E2");
    g_autofree char *platforms = cell_text (sheet, shared, "H2");
    g_autofree char *version = cell_text (sheet, shared, "L2");
    g_autofree char *hash = cell_text (sheet, shared, "M2");
    g_autofree char *attention = cell_text (sheet, shared, "Q2");
    double signed_at = date_cell (sheet, styles, "K2");

    g_assert_cmpstr (status, ==, "Access granted");
    g_assert_cmpstr (platforms, ==, "Performance Hub, Segmentation Tool");
    g_assert_cmpstr (version, ==, "1");
    g_assert_cmpstr (hash, ==, sha256);
    g_assert_cmpstr (attention, ==, "Review of access overdue");
    g_assert_cmpfloat (date_cell (sheet, styles, "F2"), ==, excel_serial ("2025-03-10"));
    g_assert_cmpfloat (date_cell (sheet, styles, "N2"), ==, excel_serial ("2025-03-10"));
    g_assert_cmpfloat (date_cell (sheet, styles, "P2"), ==, excel_serial ("2026-03-10"));
    /* Signed on 3 March 2025, at a time of day (in local time). */
    g_assert_cmpfloat (signed_at, >=, excel_serial ("2025-03-02"));
    g_assert_cmpfloat (signed_at, <, excel_serial ("2025-03-05"));
    g_assert_cmpfloat (signed_at, !=, (double) (gint64) signed_at);
  }

  /* Sam Patel: nothing signed, so empty cells rather than zeros. */
  {
    g_autoptr(GPtrArray) signed_cells = xpath_strings (sheet, "//s:c[@r='K3' or @r='L3' or @r='M3' or @r='N3']");
    g_autofree char *attention = cell_text (sheet, shared, "Q3");

    g_assert_cmpuint (signed_cells->len, ==, 0);
    g_assert_cmpstr (attention, ==, "Has not signed the User Access Statement");
  }

  /* Ceri Jones: revoked, with the reason. */
  {
    g_autofree char *status = cell_text (sheet, shared, "E4");
    g_autofree char *reason = cell_text (sheet, shared, "G4");

    g_assert_cmpstr (status, ==, "Revoked");
    g_assert_cmpstr (reason, ==, "Moved to a role that does not need the data");
  }

  /* The header stays in view; every column can be filtered. */
  {
    g_autofree char *state = xpath_string (sheet, "//s:sheetView/s:pane/@state");
    g_autofree char *split = xpath_string (sheet, "//s:sheetView/s:pane/@ySplit");
    g_autofree char *filter = xpath_string (sheet, "//s:autoFilter/@ref");
    g_autoptr(GPtrArray) widths = xpath_strings (sheet, "//s:cols/s:col/@width");

    g_assert_cmpstr (state, ==, "frozen");
    g_assert_cmpstr (split, ==, "1");
    g_assert_cmpstr (filter, ==, "A1:Q4");
    g_assert_cmpuint (widths->len, ==, G_N_ELEMENTS (columns));
  }

  /* What it is. */
  about_cells = xpath_strings (about, "//s:c/s:v");
  g_assert_true (has_string (shared, "OFFICIAL-SENSITIVE"));
  g_assert_true (has_string (shared, "Memorandum of Understanding: Access to HMPPS Performance Data"));
  g_assert_true (has_string (shared, "Register of Designated Users"));
  {
    g_autofree char *version = cell_text (about, shared, "B5");
    g_autofree char *as_at_label = cell_text (about, shared, "A7");

    g_assert_cmpstr (version, ==, "1");
    g_assert_cmpstr (as_at_label, ==, "As at");
    g_assert_cmpfloat (date_cell (about, styles, "B7"), ==, excel_serial (TODAY));
  }

  /* The document's own properties. */
  {
    g_autofree char *title = xpath_string (core, "//dc:title");

    g_assert_cmpstr (title, ==, "Register of Designated Users");
  }
}

static void
test_register_workbook_unwritable (void)
{
  g_autoptr(DdAgreement) agreement = signed_agreement (1);
  g_autoptr(GListModel) users = make_users (agreement);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "register.xlsx", NULL);

  g_assert_false (dd_register_workbook_write (users, agreement, TODAY, path, &error));
  g_assert_error (error, DD_EXPORT_ERROR, DD_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "register.xlsx"));
  g_assert_cmpuint (dd_test_count_files (dir), ==, 0);
}

/* A workbook that replaces an older one appears whole, and nothing is
 * left beside it. */
static void
test_register_workbook_replaces (void)
{
  g_autoptr(DdAgreement) agreement = signed_agreement (1);
  g_autoptr(GListModel) users = make_users (agreement);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "register.xlsx", NULL);
  g_auto(Workbook) workbook = { 0 };

  dd_test_write_file (path, "an older export", -1);
  g_assert_true (dd_register_workbook_write (users, NULL, TODAY, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dd_test_count_files (dir), ==, 1);
  workbook_open (&workbook, path);
}

/* The register as the app exports it: a real database, an agreement
 * signed and in force, users taken through their steps. */
static void
test_register_from_the_store (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "office.db", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "register.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdAgreement) draft = template_agreement ();
  g_autoptr(DdAgreement) agreement = NULL;
  g_autoptr(DdAgreement) in_force = NULL;
  g_autoptr(DdDesignatedUser) jane = dd_designated_user_new ("Jane Doe", "jane.doe@pfcc.example.gov.uk");
  g_autoptr(DdDesignatedUser) sam = dd_designated_user_new ("Sam Patel", "sam.patel@pfcc.example.gov.uk");
  g_autoptr(GListModel) users = NULL;
  g_autoptr(DdCatalog) catalog = catalog_for ("en");
  g_autoptr(DdDocument) document = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *hash_shown = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *raw_text = NULL;
  g_autofree char *text = NULL;
  DdAgreementStore *agreements;
  DdUserRegister *register_;
  DdUserFilter everyone = { NULL, FALSE, -1 };
  gboolean ok;

  /* Signed on the day it is signed: the clock moves on for the grant. */
  dd_date_set_today_for_testing ("2026-02-05");

  context = dd_context_new (db, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  agreements = dd_context_get_agreement_store (context);
  register_ = dd_context_get_user_register (context);

  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_START_DATE, "2026-02-01");
  dd_agreement_set_field (draft, DD_AGREEMENT_FIELD_REVIEW_DATE, "2027-02-01");
  agreement = dd_agreement_store_create (agreements, draft, &error);
  g_assert_no_error (error);
  ok = dd_agreement_store_sign (agreements, agreement, "2026-02-01", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  in_force = dd_agreement_store_get_in_force (agreements, &error);
  g_assert_no_error (error);
  g_assert_nonnull (in_force);

  dd_designated_user_set_platforms (jane, DD_PLATFORMS_ALL);
  dd_designated_user_set_platforms (sam, DD_PLATFORMS_HUB);
  ok = dd_user_register_add (register_, jane, "2026-02-02", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = dd_user_register_add (register_, sam, "2026-02-02", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = dd_user_register_sign_statement (register_, jane, "Jane Doe", TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  dd_date_set_today_for_testing ("2026-03-01");
  ok = dd_user_register_grant (register_, jane, "2026-02-10", &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  users = dd_user_register_list (register_, &everyone, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (users), ==, 2);

  document = dd_register_document_build (users, in_force, NULL, catalog, &error);
  g_assert_no_error (error);
  pdf = write_document (document, "register-from-store.pdf");
  raw_text = dd_test_pdf_text (pdf);
  text = squeeze (raw_text);

  sha256 = dd_agreement_dup_statement_sha256 (in_force);
  hash_shown = g_strdup_printf ("SHA-256 %.16s…", sha256);
  g_assert_cmpstr (dd_designated_user_get_statement_sha256 (jane), ==, sha256);
  g_assert_nonnull (strstr (text, "As at 1 March 2026"));
  g_assert_nonnull (strstr (text, "Jane Doe"));
  g_assert_nonnull (strstr (text, "Sam Patel"));
  g_assert_nonnull (strstr (text, hash_shown));
  g_assert_nonnull (strstr (text, "Access granted 10 February 2026"));
  g_assert_nonnull (strstr (text, "Review due 10 February 2027"));
  g_assert_nonnull (strstr (text, "Has not signed the User Access Statement"));

  g_assert_true (dd_register_workbook_write (users, in_force, NULL, xlsx, &error));
  g_assert_no_error (error);
  {
    g_auto(Workbook) workbook = { 0 };
    g_autoptr(xmlDoc) strings_doc = NULL;
    g_autoptr(GPtrArray) shared = NULL;

    workbook_open (&workbook, xlsx);
    strings_doc = workbook_read_part (&workbook, "xl/sharedStrings.xml");
    shared = xpath_strings (strings_doc, "/s:sst/s:si");
    g_assert_true (has_string (shared, "jane.doe@pfcc.example.gov.uk"));
    g_assert_true (has_string (shared, "sam.patel@pfcc.example.gov.uk"));
    g_assert_true (has_string (shared, sha256));
  }

  dd_date_set_today_for_testing (NULL);
}

/* A report with the agreement attached: its decision sheet shows the
 * agreement in full as an appendix, and the publication copy redacts a
 * passage marked in it as it does the report's own. */
static void
test_decision_sheet_appendix (void)
{
  g_autofree char *dir = dd_test_make_tmp_dir ();
  g_autofree char *db = g_build_filename (dir, "office.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdAgreement) draft = template_agreement ();
  g_autoptr(DdAgreement) stored = NULL;
  g_autoptr(DdReport) report = NULL;
  g_autoptr(DdCatalog) catalog = catalog_for ("en");
  g_autoptr(DdDocument) internal = NULL;
  g_autoptr(DdDocument) publication = NULL;
  g_autofree char *internal_pdf = NULL;
  g_autofree char *publication_pdf = NULL;
  g_autofree char *internal_text = NULL;
  g_autofree char *publication_text = NULL;
  g_autofree char *publication_raw = NULL;
  gsize raw_length;
  DdReportStore *reports;

  dd_date_set_today_for_testing ("2023-02-23");
  context = dd_context_new (db, DD_DATABASE_FLAGS_NONE, &error);
  g_assert_no_error (error);
  reports = dd_context_get_report_store (context);

  dd_agreement_add_section (draft, "Local arrangements",
                            "Data is reviewed monthly with ⟦the Thistleshire Probation Delivery Unit head⟧.");
  stored = dd_agreement_store_create (dd_context_get_agreement_store (context), draft, &error);
  g_assert_no_error (error);
  g_assert_true (dd_agreement_store_sign (dd_context_get_agreement_store (context), draft, "2023-02-23", &error));

  report = dd_report_store_create (reports, "2023-02-23", &error);
  g_assert_no_error (error);
  dd_report_set_field (report, DD_REPORT_FIELD_TITLE, "Access to HMPPS Data");
  g_assert_true (dd_report_store_save (reports, report, &error));
  g_assert_true (dd_report_store_attach_agreement (reports, report, draft, NULL, &error));
  g_assert_no_error (error);

  internal = dd_decision_sheet_build (report, DD_SHEET_COPY_INTERNAL, catalog, &error);
  g_assert_no_error (error);
  internal_pdf = write_document (internal, "internal.pdf");
  internal_text = dd_test_pdf_text (internal_pdf);
  g_assert_nonnull (strstr (internal_text, "Appendix A: Memorandum of Understanding"));
  g_assert_nonnull (strstr (internal_text, "Annex: User Access Statement"));
  g_assert_nonnull (strstr (internal_text, "Local arrangements"));
  g_assert_nonnull (strstr (internal_text, "Thistleshire Probation Delivery Unit head"));
  g_assert_null (strstr (internal_text, "kept in Decision Desk"));

  dd_report_set_publication (report, DD_PUBLICATION_YES);
  publication = dd_decision_sheet_build (report, DD_SHEET_COPY_PUBLICATION, catalog, &error);
  g_assert_no_error (error);
  publication_pdf = write_document (publication, "publication.pdf");
  publication_text = dd_test_pdf_text (publication_pdf);
  g_assert_nonnull (strstr (publication_text, "Local arrangements"));
  g_assert_nonnull (strstr (publication_text, "Redacted"));
  g_assert_null (strstr (publication_text, "Thistleshire Probation"));
  publication_raw = dd_test_pdf_raw (publication_pdf, &raw_length);
  g_assert_false (dd_test_contains_bytes (publication_raw, raw_length, "Thistleshire"));

  dd_date_set_today_for_testing (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  dd_i18n_init ();
  keep = g_getenv ("DD_TEST_KEEP") != NULL;

  g_test_add_func ("/agreement-export/template", test_template_loads);
  g_test_add_func ("/agreement-export/agreement-pdf", test_agreement_pdf);
  g_test_add_func ("/agreement-export/agreement-pdf-signed", test_agreement_pdf_signed);
  g_test_add_func ("/agreement-export/agreement-pdf-welsh", test_agreement_pdf_welsh);
  g_test_add_func ("/agreement-export/agreement-appended", test_agreement_appended);
  g_test_add_func ("/agreement-export/file-names", test_agreement_file_name);
  g_test_add_func ("/agreement-export/register-pdf", test_register_pdf);
  g_test_add_func ("/agreement-export/register-pdf-empty", test_register_pdf_empty);
  g_test_add_func ("/agreement-export/register-workbook", test_register_workbook);
  g_test_add_func ("/agreement-export/register-workbook-unwritable", test_register_workbook_unwritable);
  g_test_add_func ("/agreement-export/register-workbook-replaces", test_register_workbook_replaces);
  g_test_add_func ("/agreement-export/register-from-the-store", test_register_from_the_store);
  g_test_add_func ("/agreement-export/decision-sheet-appendix", test_decision_sheet_appendix);

  return g_test_run ();
}
