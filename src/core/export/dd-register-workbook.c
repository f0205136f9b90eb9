/* dd-register-workbook.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of Designated Users as an .xlsx workbook for audits,
 * written with libxlsxwriter: a sheet with a row per person (a bold
 * header row that stays in view, an autofilter, dates as real dates) and
 * a short sheet saying what the workbook is, as at when, under which
 * version of the agreement, and that it is OFFICIAL-SENSITIVE.
 *
 * A workbook is a file for the office to work with rather than a
 * document in the office's chosen language, so its words are the
 * interface's. It is written beside the destination and put in its
 * place at the end (dd-file-replace.h), so it appears whole or not at
 * all.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "dd-register-document.h"
#include "dd-agreement.h"
#include "dd-dates.h"
#include "dd-designated-user.h"
#include "dd-file-replace.h"

#define MARKING "OFFICIAL-SENSITIVE"

typedef enum
{
  COLUMN_NAME,
  COLUMN_EMAIL,
  COLUMN_JOB_TITLE,
  COLUMN_ORGANISATION,
  COLUMN_STATUS,
  COLUMN_STATUS_DATE,
  COLUMN_REASON,
  COLUMN_PLATFORMS,
  COLUMN_ROLES,
  COLUMN_NOMINATED_BY,
  COLUMN_STATEMENT_SIGNED,
  COLUMN_STATEMENT_VERSION,
  COLUMN_STATEMENT_SHA256,
  COLUMN_ACCESS_GRANTED,
  COLUMN_LAST_REVIEW,
  COLUMN_REVIEW_DUE,
  COLUMN_NEEDS_ATTENTION,
  N_COLUMNS
} Column;

static const struct { const char *title; double width; } columns[N_COLUMNS] = {
  [COLUMN_NAME] = { N_("Name"), 24 },
  [COLUMN_EMAIL] = { N_("Email"), 30 },
  [COLUMN_JOB_TITLE] = { N_("Job title"), 26 },
  [COLUMN_ORGANISATION] = { N_("Organisation"), 26 },
  [COLUMN_STATUS] = { N_("Status"), 20 },
  [COLUMN_STATUS_DATE] = { N_("Status date"), 13 },
  [COLUMN_REASON] = { N_("Reason"), 30 },
  [COLUMN_PLATFORMS] = { N_("Platforms"), 34 },
  [COLUMN_ROLES] = { N_("Roles"), 30 },
  [COLUMN_NOMINATED_BY] = { N_("Nominated by"), 14 },
  [COLUMN_STATEMENT_SIGNED] = { N_("Statement signed"), 18 },
  [COLUMN_STATEMENT_VERSION] = { N_("Statement version"), 11 },
  [COLUMN_STATEMENT_SHA256] = { N_("Statement SHA-256"), 30 },
  [COLUMN_ACCESS_GRANTED] = { N_("Access granted"), 14 },
  [COLUMN_LAST_REVIEW] = { N_("Last review"), 13 },
  [COLUMN_REVIEW_DUE] = { N_("Review due"), 13 },
  [COLUMN_NEEDS_ATTENTION] = { N_("Needs attention"), 44 },
};

typedef struct
{
  lxw_workbook  *workbook;
  lxw_format    *header;
  lxw_format    *date;
  lxw_format    *date_time;
  lxw_format    *wrap;
  lxw_format    *title;
  lxw_error      error;   /* the first failure */
} Writer;

static void
check (Writer    *writer,
       lxw_error  error)
{
  if (writer->error == LXW_NO_ERROR)
    writer->error = error;
}

static void
write_text (Writer        *writer,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      column,
            const char    *text,
            lxw_format    *format)
{
  /* An empty cell for no value, so filters offer "(Blanks)". */
  if (text == NULL || *text == '\0')
    return;

  check (writer, worksheet_write_string (sheet, row, column, text, format));
}

static void
write_date (Writer        *writer,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      column,
            const char    *iso)
{
  GDate date;
  lxw_datetime value = { 0 };

  if (!dd_date_from_iso (iso, &date))
    return;

  value.year = g_date_get_year (&date);
  value.month = g_date_get_month (&date);
  value.day = g_date_get_day (&date);
  check (writer, worksheet_write_datetime (sheet, row, column, &value, writer->date));
}

/* The moment a statement was signed ("2026-03-01T10:22:00Z"), in local
 * time; the day alone when that is all there is. */
static void
write_moment (Writer        *writer,
              lxw_worksheet *sheet,
              lxw_row_t      row,
              lxw_col_t      column,
              const char    *moment,
              const char    *day)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GDateTime) local = NULL;
  lxw_datetime value = { 0 };

  if (moment == NULL || *moment == '\0' || !(parsed = g_date_time_new_from_iso8601 (moment, utc)))
    {
      write_date (writer, sheet, row, column, day);
      return;
    }

  local = g_date_time_to_local (parsed);
  value.year = g_date_time_get_year (local);
  value.month = g_date_time_get_month (local);
  value.day = g_date_time_get_day_of_month (local);
  value.hour = g_date_time_get_hour (local);
  value.min = g_date_time_get_minute (local);
  value.sec = g_date_time_get_second (local);
  check (writer, worksheet_write_datetime (sheet, row, column, &value, writer->date_time));
}

static char *
roles_text (DdUserRoles roles)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (DdUserRoles role = DD_USER_ROLES_DESIGNATED_USER; role <= DD_USER_ROLES_SRO; role <<= 1)
    if (roles & role)
      {
        if (text->len > 0)
          g_string_append (text, _(", "));
        g_string_append (text, dd_user_role_get_label (role));
      }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
attention_text (DdAttention attention)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (DdAttention reason = DD_ATTENTION_UNSIGNED; reason <= DD_ATTENTION_GRANTED_AFTER_LEAVING; reason <<= 1)
    if (attention & reason)
      {
        if (text->len > 0)
          g_string_append (text, "; ");
        g_string_append (text, dd_attention_get_label (reason));
      }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
write_user (Writer           *writer,
            lxw_worksheet    *sheet,
            lxw_row_t         row,
            DdDesignatedUser *user)
{
  DdUserStatus status = dd_designated_user_get_status (user);
  DdPlatforms platforms = dd_designated_user_get_platforms (user);
  g_autofree char *platforms_text = platforms != DD_PLATFORMS_NONE ? dd_platforms_to_string (platforms) : NULL;
  g_autofree char *roles = roles_text (dd_designated_user_get_roles (user));
  g_autofree char *attention = attention_text (dd_designated_user_get_attention (user));
  guint version = dd_designated_user_get_statement_version (user);

  write_text (writer, sheet, row, COLUMN_NAME, dd_designated_user_get_full_name (user), NULL);
  write_text (writer, sheet, row, COLUMN_EMAIL, dd_designated_user_get_email (user), NULL);
  write_text (writer, sheet, row, COLUMN_JOB_TITLE,
              dd_designated_user_get_field (user, DD_USER_FIELD_JOB_TITLE), NULL);
  write_text (writer, sheet, row, COLUMN_ORGANISATION,
              dd_designated_user_get_field (user, DD_USER_FIELD_ORGANISATION), NULL);
  write_text (writer, sheet, row, COLUMN_STATUS, dd_user_status_get_label (status), NULL);
  write_date (writer, sheet, row, COLUMN_STATUS_DATE, dd_designated_user_get_status_date (user));
  write_text (writer, sheet, row, COLUMN_REASON, dd_designated_user_get_status_reason (user), NULL);
  write_text (writer, sheet, row, COLUMN_PLATFORMS, platforms_text, NULL);
  write_text (writer, sheet, row, COLUMN_ROLES, roles, NULL);
  write_text (writer, sheet, row, COLUMN_NOMINATED_BY,
              dd_designated_user_get_field (user, DD_USER_FIELD_NOMINATED_BY), NULL);
  write_moment (writer, sheet, row, COLUMN_STATEMENT_SIGNED, dd_designated_user_get_statement_signed_at (user),
                dd_designated_user_get_statement_signed_date (user));
  if (version > 0)
    check (writer, worksheet_write_number (sheet, row, COLUMN_STATEMENT_VERSION, version, NULL));
  write_text (writer, sheet, row, COLUMN_STATEMENT_SHA256, dd_designated_user_get_statement_sha256 (user), NULL);
  write_date (writer, sheet, row, COLUMN_ACCESS_GRANTED, dd_designated_user_get_access_granted_date (user));
  write_date (writer, sheet, row, COLUMN_LAST_REVIEW, dd_designated_user_get_last_review_date (user));
  write_date (writer, sheet, row, COLUMN_REVIEW_DUE, dd_designated_user_get_review_due (user));
  write_text (writer, sheet, row, COLUMN_NEEDS_ATTENTION, attention, NULL);
}

static void
write_users_sheet (Writer     *writer,
                   GListModel *users)
{
  /* Translators: the name of a sheet in a workbook; at most 31 characters */
  lxw_worksheet *sheet = workbook_add_worksheet (writer->workbook, _("Designated Users"));
  guint n_users = g_list_model_get_n_items (users);
  g_autofree char *marking = g_strdup_printf ("&C&\"-,Bold\"%s", MARKING);
  g_autofree char *footer = g_strdup_printf ("&L&\"-,Bold\"%s&R&P / &N", MARKING);

  if (sheet == NULL)
    {
      check (writer, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  for (Column column = 0; column < N_COLUMNS; column++)
    {
      check (writer, worksheet_write_string (sheet, 0, column, _(columns[column].title), writer->header));
      check (writer, worksheet_set_column (sheet, column, column, columns[column].width, NULL));
    }

  for (guint i = 0; i < n_users; i++)
    {
      g_autoptr(DdDesignatedUser) user = g_list_model_get_item (users, i);

      write_user (writer, sheet, i + 1, user);
    }

  worksheet_freeze_panes (sheet, 1, 1);
  check (writer, worksheet_autofilter (sheet, 0, 0, n_users, N_COLUMNS - 1));

  /* On paper: landscape, a page wide, the header row on every page, and
   * the marking at the top and bottom. */
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9 /* A4 */);
  worksheet_fit_to_pages (sheet, 1, 0);
  check (writer, worksheet_repeat_rows (sheet, 0, 0));
  check (writer, worksheet_set_header (sheet, marking));
  check (writer, worksheet_set_footer (sheet, footer));
}

static void
write_about_row (Writer        *writer,
                 lxw_worksheet *sheet,
                 lxw_row_t      row,
                 const char    *label,
                 const char    *value)
{
  check (writer, worksheet_write_string (sheet, row, 0, label, writer->header));
  write_text (writer, sheet, row, 1, value, writer->wrap);
}

static void
write_about_sheet (Writer      *writer,
                   GListModel  *users,
                   DdAgreement *agreement,
                   const char  *today)
{
  /* Translators: the name of a sheet in a workbook; at most 31 characters */
  lxw_worksheet *sheet = workbook_add_worksheet (writer->workbook, _("About"));
  g_autofree char *count = g_strdup_printf ("%u", g_list_model_get_n_items (users));
  g_autofree char *marking = g_strdup_printf ("&C&\"-,Bold\"%s", MARKING);
  g_autofree char *version = NULL;

  if (sheet == NULL)
    {
      check (writer, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return;
    }

  check (writer, worksheet_set_column (sheet, 0, 0, 24, NULL));
  check (writer, worksheet_set_column (sheet, 1, 1, 80, NULL));
  /* Spreadsheets do not grow a row to fit wrapped text as they open it. */
  check (writer, worksheet_set_row (sheet, 2, 48, NULL));
  check (writer, worksheet_set_row (sheet, 9, 32, NULL));
  worksheet_set_paper (sheet, 9 /* A4 */);
  worksheet_fit_to_pages (sheet, 1, 0);
  check (writer, worksheet_set_header (sheet, marking));
  check (writer, worksheet_set_footer (sheet, marking));

  check (writer, worksheet_write_string (sheet, 0, 0, _("Register of Designated Users"), writer->title));
  write_about_row (writer, sheet, 2, _("What this is"),
                   _("The people named to use the HMPPS Performance Hub and Segmentation Tool under the "
                     "office’s data-sharing agreement with the Ministry of Justice: their status, the "
                     "User Access Statement each signed, their access and its annual review. Exported "
                     "from Decision Desk for audit."));

  if (agreement != NULL)
    {
      const char *title = dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_TITLE);

      version = g_strdup_printf ("%u", MAX (dd_agreement_get_version (agreement), 1));
      write_about_row (writer, sheet, 3, _("Agreement in force"),
                       *title != '\0' ? title : _("Data-sharing agreement"));
      write_about_row (writer, sheet, 4, _("Version in force"), version);
      check (writer, worksheet_write_string (sheet, 5, 0, _("Signed"), writer->header));
      write_date (writer, sheet, 5, 1, dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_DATE_SIGNED));
    }
  else
    write_about_row (writer, sheet, 3, _("Agreement in force"), _("No version of the agreement is in force."));

  check (writer, worksheet_write_string (sheet, 6, 0, _("As at"), writer->header));
  write_date (writer, sheet, 6, 1, today);
  write_about_row (writer, sheet, 7, _("People in the register"), count);
  write_about_row (writer, sheet, 8, _("Marking"), MARKING);
  write_about_row (writer, sheet, 9, _("Handling"),
                   _("Names people and covers unpublished data: keep it on the office’s secure systems "
                     "and share it only with those who need it."));
}

static gboolean
set_write_error (const char  *path,
                 const char  *reason,
                 GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, DD_EXPORT_ERROR, DD_EXPORT_ERROR_WRITE,
               /* Translators: %s is a file name, then why it could not be written */
               _("Could not write “%s”: %s"), name, reason);

  return FALSE;
}

/**
 * dd_register_workbook_write:
 * @users: the #DdDesignatedUser items to list, in order
 * @agreement: (nullable): the version of the agreement in force
 * @today: (nullable): the day the register is "as at" (ISO 8601), or
 *   %NULL for today
 * @path: where to write; the file appears whole or not at all
 *
 * Writes the register as an .xlsx workbook: a "Designated Users" sheet,
 * a row a person (dates as dates, the header row frozen, an
 * autofilter), and an "About" sheet.
 *
 * Returns: %TRUE when written, or %FALSE with %DD_EXPORT_ERROR_WRITE
 *   naming the file
 */
gboolean
dd_register_workbook_write (GListModel  *users,
                            DdAgreement *agreement,
                            const char  *today,
                            const char  *path,
                            GError     **error)
{
  g_autoptr(DdFileReplace) replace = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *comments = NULL;
  lxw_workbook_options options = { 0 };
  lxw_doc_properties properties = { 0 };
  Writer writer = { 0 };
  lxw_error closed;

  g_return_val_if_fail (G_IS_LIST_MODEL (users), FALSE);
  g_return_val_if_fail (agreement == NULL || DD_IS_AGREEMENT (agreement), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  day = today != NULL ? g_strdup (today) : dd_date_dup_today_iso ();

  if (!(replace = dd_file_replace_begin (path, &file_error)))
    return set_write_error (path, file_error->message, error);

  /* libxlsxwriter assembles the parts in temporary files of its own, then
   * zips them into the file it is given. */
  options.use_zip64 = LXW_FALSE;
  writer.workbook = workbook_new_opt (dd_file_replace_get_path (replace), &options);
  if (writer.workbook == NULL)
    return set_write_error (path, lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED), error);

  writer.header = workbook_add_format (writer.workbook);
  format_set_bold (writer.header);
  format_set_bottom (writer.header, LXW_BORDER_THIN);
  format_set_text_wrap (writer.header);
  format_set_align (writer.header, LXW_ALIGN_VERTICAL_TOP);
  writer.date = workbook_add_format (writer.workbook);
  format_set_num_format (writer.date, "d mmm yyyy");
  format_set_align (writer.date, LXW_ALIGN_LEFT);
  writer.date_time = workbook_add_format (writer.workbook);
  format_set_num_format (writer.date_time, "d mmm yyyy hh:mm");
  format_set_align (writer.date_time, LXW_ALIGN_LEFT);
  writer.wrap = workbook_add_format (writer.workbook);
  format_set_text_wrap (writer.wrap);
  format_set_align (writer.wrap, LXW_ALIGN_VERTICAL_TOP);
  writer.title = workbook_add_format (writer.workbook);
  format_set_bold (writer.title);
  format_set_font_size (writer.title, 14);

  /* Translators: a date in the properties of an exported workbook */
  comments = g_strdup_printf (_("Exported from Decision Desk on %s"), day);
  /* libxlsxwriter's properties are not const, but only read. */
  properties.title = (char *) _("Register of Designated Users");
  properties.subject = (char *) _("Designated Users of the HMPPS Performance Hub and Segmentation Tool");
  properties.company = agreement != NULL
                       ? (char *) dd_agreement_get_field (agreement, DD_AGREEMENT_FIELD_OFFICE_PARTY) : NULL;
  properties.category = (char *) MARKING;
  properties.keywords = (char *) MARKING;
  properties.status = (char *) MARKING;
  properties.comments = comments;
  check (&writer, workbook_set_properties (writer.workbook, &properties));

  write_users_sheet (&writer, users);
  write_about_sheet (&writer, users, agreement, day);

  /* Closing writes the file, and frees the workbook whatever happens. */
  closed = workbook_close (writer.workbook);
  if (writer.error != LXW_NO_ERROR)
    return set_write_error (path, lxw_strerror (writer.error), error);
  if (closed != LXW_NO_ERROR)
    return set_write_error (path, lxw_strerror (closed), error);

  if (!dd_file_replace_commit (replace, NULL, &file_error))
    return set_write_error (path, file_error->message, error);

  return TRUE;
}
