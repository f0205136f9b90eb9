/* dd-register-document.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of Designated Users as a DdDocument, for audits: who may
 * use the HMPPS platforms, on which version of the agreement, since when,
 * and what needs doing. A compact record per person: their name as a
 * subheading, then a two-column table. The register names people and
 * covers unpublished data, so every page is marked OFFICIAL-SENSITIVE.
 *
 * As in dd-decision-sheet.c, the words come from a DdCatalog (N_() and
 * doc_text()), so the document's language is the office's choice, not
 * the interface's. The workbook export is in dd-register-workbook.c.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dd-register-document.h"
#include "dd-agreement.h"
#include "dd-dates.h"
#include "dd-designated-user.h"

#define MARKING "OFFICIAL-SENSITIVE"

/* How much of a signed statement's SHA-256 the record shows: enough to
 * compare with the statement's, short enough to read. */
#define HASH_SHOWN 16

typedef struct
{
  DdCatalog  *catalog;
  DdDocument *document;
  char       *today;
} Builder;

/* The untranslated label of one flag. */
typedef const char *(*FlagMsgidFunc) (guint flag);

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

static char *
date_text (Builder    *builder,
           const char *iso)
{
  return dd_catalog_format_date (builder->catalog, iso);
}

/* The labels of the flags set in @flags, joined by @separator. */
static char *
join_labels (Builder       *builder,
             FlagMsgidFunc  msgid_of,
             guint          last_flag,
             guint          flags,
             const char    *separator)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint flag = 1; flag <= last_flag; flag <<= 1)
    if (flags & flag)
      {
        if (joined->len > 0)
          g_string_append (joined, separator);
        g_string_append (joined, doc_text (builder, msgid_of (flag)));
      }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* A value, or "None" in italics when there is none. */
static void
add_field (Builder    *builder,
           const char *name,
           const char *value,
           const char *none)
{
  g_autoptr(DdDocumentText) text = NULL;

  if (value == NULL || *value == '\0')
    {
      text = dd_document_text_new ();
      dd_document_text_append (text, none != NULL ? none : "", DD_TEXT_STYLE_ITALIC);
    }
  else
    text = dd_document_text_new_plain (value);

  dd_document_add_field (builder->document, name, text);
}

static void
add_date_field (Builder    *builder,
                const char *name,
                const char *iso,
                const char *none)
{
  g_autofree char *date = date_text (builder, iso);

  add_field (builder, name, date, none);
}

/* "1 March 2026, 10:22" in the local time of the machine exporting, from
 * the moment stored ("2026-03-01T10:22:00Z"); the day alone otherwise. */
static char *
moment_text (Builder    *builder,
             const char *moment,
             const char *day)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *time = NULL;

  if (moment == NULL || *moment == '\0' || !(parsed = g_date_time_new_from_iso8601 (moment, utc)))
    return date_text (builder, day);

  local = g_date_time_to_local (parsed);
  iso = g_date_time_format (local, "%Y-%m-%d");
  time = g_date_time_format (local, "%H:%M");
  date = date_text (builder, iso);

  /* Translators: when a statement was signed, e.g. "1 March 2026, 10:22" */
  return fill (doc_text (builder, N_("{date}, {time}")), "date", date, "time", time, NULL);
}

static char *
statement_text (Builder          *builder,
                DdDesignatedUser *user)
{
  const char *sha256 = dd_designated_user_get_statement_sha256 (user);
  g_autofree char *when = moment_text (builder, dd_designated_user_get_statement_signed_at (user),
                                       dd_designated_user_get_statement_signed_date (user));
  g_autofree char *version = g_strdup_printf ("%u", dd_designated_user_get_statement_version (user));
  g_autofree char *hash = g_strndup (sha256 != NULL ? sha256 : "", HASH_SHOWN);

  if (*when == '\0')
    return NULL;

  /* Translators: a signed User Access Statement in the register, e.g.
   * "1 March 2026, 10:22 · version 2 · SHA-256 3f1a…" */
  return fill (doc_text (builder, N_("{when} · version {version} · SHA-256 {hash}…")),
               "when", when, "version", version, "hash", hash, NULL);
}

static void
add_user (Builder          *builder,
          DdDesignatedUser *user)
{
  DdUserStatus status = dd_designated_user_get_status (user);
  const char *status_label = doc_text (builder, dd_user_status_get_label_msgid (status));
  g_autofree char *status_date = date_text (builder, dd_designated_user_get_status_date (user));
  g_autofree char *status_value = *status_date != '\0' ? g_strdup_printf ("%s (%s)", status_label, status_date)
                                                       : g_strdup (status_label);
  g_autofree char *platforms = join_labels (builder, (FlagMsgidFunc) dd_platform_get_label_msgid, DD_PLATFORMS_SEGMENTATION,
                                            dd_designated_user_get_platforms (user), doc_text (builder, N_(", ")));
  g_autofree char *roles = join_labels (builder, (FlagMsgidFunc) dd_user_role_get_label_msgid, DD_USER_ROLES_SRO,
                                        dd_designated_user_get_roles (user), doc_text (builder, N_(", ")));
  g_autofree char *statement = statement_text (builder, user);
  g_autofree char *attention = join_labels (builder, (FlagMsgidFunc) dd_attention_get_label_msgid, DD_ATTENTION_GRANTED_AFTER_LEAVING,
                                            dd_designated_user_get_attention (user), "; ");
  const char *none = doc_text (builder, N_("None"));
  const char *name = dd_designated_user_get_full_name (user);

  dd_document_add_subheading (builder->document, *name != '\0' ? name : dd_designated_user_get_email (user));

  add_field (builder, doc_text (builder, N_("Job title")),
             dd_designated_user_get_field (user, DD_USER_FIELD_JOB_TITLE), none);
  add_field (builder, doc_text (builder, N_("Organisation")),
             dd_designated_user_get_field (user, DD_USER_FIELD_ORGANISATION), none);
  add_field (builder, doc_text (builder, N_("Email")), dd_designated_user_get_email (user), none);
  add_field (builder, doc_text (builder, N_("Status")), status_value, none);
  if (*dd_designated_user_get_status_reason (user) != '\0')
    add_field (builder, doc_text (builder, N_("Reason")), dd_designated_user_get_status_reason (user), none);
  add_field (builder, doc_text (builder, N_("Platforms")), platforms, none);
  add_field (builder, doc_text (builder, N_("Roles")), roles, none);
  add_field (builder, doc_text (builder, N_("Nominated by decision")),
             dd_designated_user_get_field (user, DD_USER_FIELD_NOMINATED_BY), none);
  add_field (builder, doc_text (builder, N_("Statement signed")), statement, doc_text (builder, N_("Not signed")));
  add_date_field (builder, doc_text (builder, N_("Access granted")),
                  dd_designated_user_get_access_granted_date (user), doc_text (builder, N_("Not granted")));
  add_date_field (builder, doc_text (builder, N_("Last review")),
                  dd_designated_user_get_last_review_date (user), none);
  add_date_field (builder, doc_text (builder, N_("Review due")), dd_designated_user_get_review_due (user), none);
  add_field (builder, doc_text (builder, N_("Needs attention")), attention, doc_text (builder, N_("No")));
}

static void
add_summary (Builder     *builder,
             GListModel  *users,
             DdAgreement *agreement)
{
  guint n_users = g_list_model_get_n_items (users);
  guint n_attention = 0;
  g_autofree char *count = g_strdup_printf ("%u", n_users);
  g_autofree char *attention = NULL;

  for (guint i = 0; i < n_users; i++)
    {
      g_autoptr(DdDesignatedUser) user = g_list_model_get_item (users, i);

      if (dd_designated_user_get_attention (user) != DD_ATTENTION_NONE)
        n_attention++;
    }
  attention = g_strdup_printf ("%u", n_attention);

  if (agreement != NULL)
    {
      const char *title = dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_TITLE);
      g_autofree char *version = g_strdup_printf ("%u", MAX (dd_agreement_get_version (agreement), 1));
      /* Translators: the agreement in force, e.g. "Memorandum of Understanding, version 2" */
      g_autofree char *value = fill (doc_text (builder, N_("{title}, version {version}")),
                                     "title", *title != '\0' ? title : doc_text (builder, N_("Data-sharing agreement")),
                                     "version", version, NULL);

      add_field (builder, doc_text (builder, N_("Agreement in force")), value, NULL);
      add_date_field (builder, doc_text (builder, N_("Signed")),
                      dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_DATE_SIGNED), doc_text (builder, N_("None")));
      add_date_field (builder, doc_text (builder, N_("In force from")),
                      dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_START_DATE), doc_text (builder, N_("None")));
    }
  else
    add_field (builder, doc_text (builder, N_("Agreement in force")), NULL,
               doc_text (builder, N_("No version of the agreement is in force.")));

  add_field (builder, doc_text (builder, N_("People in the register")), count, NULL);
  add_field (builder, doc_text (builder, N_("Needing attention")), attention, NULL);
}

static char *
footer (guint    page,
        guint    n_pages,
        gpointer user_data)
{
  Builder *builder = user_data;
  g_autofree char *date = date_text (builder, builder->today);
  g_autofree char *page_text = g_strdup_printf ("%u", page);
  g_autofree char *pages_text = g_strdup_printf ("%u", n_pages);

  /* Translators: the footer of every page of the register of Designated Users */
  return fill (doc_text (builder, N_("Register of Designated Users, {date} · Page {page} of {pages}")),
               "date", date, "page", page_text, "pages", pages_text, NULL);
}

static void
builder_free (gpointer data)
{
  Builder *builder = data;

  g_object_unref (builder->catalog);
  g_free (builder->today);
  g_free (builder);
}

/**
 * dd_register_document_build:
 * @users: the #DdDesignatedUser items to list, in order
 * @agreement: (nullable): the version of the agreement in force
 * @today: the day the register is "as at" (ISO 8601)
 * @catalog: the language to write the document in
 *
 * Makes the register of Designated Users as a document: the agreement
 * in force, then a record of each person (status, platforms, roles,
 * signed statement, access, reviews and what needs attention). Every
 * page is marked OFFICIAL-SENSITIVE.
 *
 * Returns: (transfer full): the document
 */
DdDocument *
dd_register_document_build (GListModel  *users,
                            DdAgreement *agreement,
                            const char  *today,
                            DdCatalog   *catalog,
                            GError     **error)
{
  g_autoptr(DdDocument) document = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *date = NULL;
  g_autofree char *keywords = NULL;
  Builder *builder;
  guint n_users;

  g_return_val_if_fail (G_IS_LIST_MODEL (users), NULL);
  g_return_val_if_fail (agreement == NULL || DD_IS_AGREEMENT (agreement), NULL);
  g_return_val_if_fail (DD_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = dd_document_new ();
  builder = g_new0 (Builder, 1);
  builder->catalog = g_object_ref (catalog);
  builder->document = document;
  builder->today = today != NULL ? g_strdup (today) : dd_date_dup_today_iso ();
  dd_document_set_footer (document, footer, builder, builder_free);
  dd_document_set_language (document, dd_catalog_get_language (catalog));
  dd_document_set_marking (document, MARKING);

  date = date_text (builder, builder->today);
  /* Translators: under the title of the register of Designated Users */
  subtitle = fill (doc_text (builder, N_("As at {date}")), "date", date, NULL);
  keywords = g_strjoin (", ", doc_text (builder, N_("Designated Users")), "HMPPS", MARKING, NULL);
  dd_document_set_metadata (document, DD_DOCUMENT_TITLE, doc_text (builder, N_("Register of Designated Users")));
  dd_document_set_metadata (document, DD_DOCUMENT_SUBJECT, subtitle);
  dd_document_set_metadata (document, DD_DOCUMENT_KEYWORDS, keywords);
  dd_document_set_metadata (document, DD_DOCUMENT_CREATOR, "Decision Desk " PACKAGE_VERSION);

  dd_document_add_title (document, doc_text (builder, N_("Register of Designated Users")), subtitle);
  add_summary (builder, users, agreement);

  dd_document_add_heading (document, doc_text (builder, N_("Designated Users")), "users", FALSE);
  n_users = g_list_model_get_n_items (users);
  if (n_users == 0)
    {
      g_autoptr(DdDocumentText) nobody = dd_document_text_new ();

      dd_document_text_append (nobody, doc_text (builder, N_("No one is in the register.")), DD_TEXT_STYLE_ITALIC);
      dd_document_add_paragraph (document, nobody);
    }

  for (guint i = 0; i < n_users; i++)
    {
      g_autoptr(DdDesignatedUser) user = g_list_model_get_item (users, i);

      add_user (builder, user);
    }

  return g_steal_pointer (&document);
}

/**
 * dd_register_dup_file_name:
 * @today: (nullable): the day of the export (ISO 8601), or %NULL for today
 * @extension: "pdf" or "xlsx"
 *
 * Returns: (transfer full): the file name to offer, in the language of
 *   the interface, such as "Register of Designated Users 2026-03-01.pdf"
 */
char *
dd_register_dup_file_name (const char *today,
                           const char *extension)
{
  g_autofree char *date = today != NULL ? g_strdup (today) : dd_date_dup_today_iso ();
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (extension != NULL, NULL);

  /* Translators: a file name; %s is the date, as 2026-03-01 */
  wanted = g_strdup_printf (_("Register of Designated Users %s"), date);

  for (const char *p = wanted; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_string_append_printf (name, ".%s", extension);

  return g_string_free (g_steal_pointer (&name), FALSE);
}
