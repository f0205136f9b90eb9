/* dd-sheet-reader.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a spreadsheet file is, by its content rather than its name, and
 * the reader that reads it; Excel's serial dates as ISO 8601.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dd-import-error.h"
#include "dd-sheet-reader.h"
#include "dd-zip-part.h"

#define ODS_MIMETYPE "application/vnd.oasis.opendocument.spreadsheet"
#define OPENDOCUMENT_MIMETYPE "application/vnd.oasis.opendocument."

/* The first bytes of @path, up to DD_FILE_CONTENT_SNIFF_BYTES. */
static GBytes *
read_head (const char  *path,
           const char  *name,
           GError     **error)
{
  g_autofree guint8 *buffer = g_malloc (DD_FILE_CONTENT_SNIFF_BYTES);
  gsize length = 0;
  GStatBuf info;
  int fd;

  if (g_stat (path, &info) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  if (S_ISDIR (info.st_mode))
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, g_strerror (EISDIR));
      return NULL;
    }

  if (!S_ISREG (info.st_mode))
    {
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: it is not a file"), name);
      return NULL;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                   _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  while (length < DD_FILE_CONTENT_SNIFF_BYTES)
    {
      gssize n = read (fd, buffer + length, DD_FILE_CONTENT_SNIFF_BYTES - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_close (fd, NULL);
          g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_READ,
                       _("Could not read “%s”: %s"), name, g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
    }

  g_close (fd, NULL);

  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/* The text of a small part ("mimetype"), or NULL. */
static char *
read_small_part (GsfInfile  *zip,
                 const char *part_path)
{
  g_autoptr(GsfInput) part = dd_zip_find_part (zip, part_path);
  gsf_off_t size;
  char *text;

  if (part == NULL)
    return NULL;

  size = gsf_input_size (part);
  if (size < 0 || size > 256)
    return NULL;

  text = g_malloc0 (size + 1);
  if (size > 0 && gsf_input_read (part, size, (guint8 *) text) == NULL)
    g_clear_pointer (&text, g_free);

  return text;
}

static gboolean
has_part (GsfInfile  *zip,
          const char *part_path)
{
  g_autoptr(GsfInput) part = dd_zip_find_part (zip, part_path);

  return part != NULL;
}

static DdSheetFormat
detect_package (const char  *path,
                const char  *name,
                GError     **error)
{
  g_autoptr(GsfInfile) zip = dd_zip_open (path, name, NULL, error);
  g_autofree char *mimetype = NULL;

  if (zip == NULL)
    return DD_SHEET_FORMAT_UNKNOWN;

  if (has_part (zip, "xl/workbook.xml"))
    return DD_SHEET_FORMAT_XLSX;

  mimetype = read_small_part (zip, "mimetype");
  if (mimetype != NULL)
    g_strstrip (mimetype);

  if (mimetype != NULL && strcmp (mimetype, ODS_MIMETYPE) == 0)
    return DD_SHEET_FORMAT_ODS;

  /* A workbook placed elsewhere, found through the package relationships. */
  if (has_part (zip, "_rels/.rels"))
    {
      g_autoptr(GPtrArray) relationships = dd_opc_read_relationships (zip, NULL, name, NULL, NULL);
      const DdOpcRelationship *main_part =
        relationships != NULL ? dd_opc_find_relationship (relationships, "officeDocument") : NULL;

      if (main_part != NULL && g_str_has_suffix (main_part->target, "workbook.xml"))
        return DD_SHEET_FORMAT_XLSX;
    }

  if (has_part (zip, "word/document.xml"))
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not a spreadsheet: it looks like a Word document"), name);
  else if (has_part (zip, "ppt/presentation.xml"))
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not a spreadsheet: it looks like a PowerPoint presentation"), name);
  else if (mimetype != NULL && g_str_has_prefix (mimetype, OPENDOCUMENT_MIMETYPE))
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not a spreadsheet: it is an OpenDocument file of another kind"), name);
  else
    g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not a spreadsheet: %s"), name,
                 dd_file_content_describe (DD_FILE_CONTENT_ZIP));

  return DD_SHEET_FORMAT_UNKNOWN;
}

static gboolean
has_delimiters (const guint8 *bytes,
                gsize         length)
{
  return memchr (bytes, ',', length) != NULL
         || memchr (bytes, ';', length) != NULL
         || memchr (bytes, '\t', length) != NULL;
}

/**
 * dd_sheet_format_detect:
 * @path: a file
 * @error: where a reason goes, in %DD_IMPORT_ERROR
 *
 * Tells what a file is by its content, whatever its name: a zip with
 * xl/workbook.xml (or an OPC main part that is a workbook) is .xlsx; a
 * zip whose mimetype is an OpenDocument spreadsheet's is .ods; text
 * (UTF-8, UTF-16 with a byte order mark, or Windows-1252; no NULs) with
 * commas, semicolons or tabs is CSV. Anything else fails with
 * %DD_IMPORT_ERROR_UNSUPPORTED (%DD_IMPORT_ERROR_EMPTY for an empty
 * file) saying what it looks like: a web page, a PDF, a Word document...
 *
 * Returns: the format, or %DD_SHEET_FORMAT_UNKNOWN with @error set
 */
DdSheetFormat
dd_sheet_format_detect (const char  *path,
                        GError     **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) head = NULL;
  const guint8 *bytes;
  gsize length;
  DdFileContent content;

  g_return_val_if_fail (path != NULL, DD_SHEET_FORMAT_UNKNOWN);
  g_return_val_if_fail (error == NULL || *error == NULL, DD_SHEET_FORMAT_UNKNOWN);

  name = g_filename_display_basename (path);

  head = read_head (path, name, error);
  if (head == NULL)
    return DD_SHEET_FORMAT_UNKNOWN;

  bytes = g_bytes_get_data (head, &length);
  content = dd_file_content_sniff (bytes, length);

  switch (content)
    {
    case DD_FILE_CONTENT_ZIP:
      return detect_package (path, name, error);

    case DD_FILE_CONTENT_TEXT:
      if (has_delimiters (bytes, length))
        return DD_SHEET_FORMAT_CSV;
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is not a spreadsheet: it looks like plain text, without columns"),
                   name);
      return DD_SHEET_FORMAT_UNKNOWN;

    case DD_FILE_CONTENT_EMPTY:
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_EMPTY,
                   _("“%s” is empty"), name);
      return DD_SHEET_FORMAT_UNKNOWN;

    case DD_FILE_CONTENT_COMPOUND:
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” cannot be read: it is an older Excel workbook (.xls) or is protected "
                     "by a password; save it from Excel as an .xlsx without a password"), name);
      return DD_SHEET_FORMAT_UNKNOWN;

    case DD_FILE_CONTENT_HTML:
    case DD_FILE_CONTENT_XML:
    case DD_FILE_CONTENT_PDF:
    case DD_FILE_CONTENT_BINARY:
    default:
      g_set_error (error, DD_IMPORT_ERROR, DD_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is not a spreadsheet: %s"), name, dd_file_content_describe (content));
      return DD_SHEET_FORMAT_UNKNOWN;
    }
}

/**
 * dd_sheet_read:
 * @path: a spreadsheet: .xlsx, .ods or CSV, whatever its name
 * @handler: what to call
 * @user_data: for @handler
 * @cancellable: (nullable): stops a long read
 * @error: where a reason goes, in %DD_IMPORT_ERROR
 *
 * Reads a spreadsheet with the reader its content calls for
 * (dd_sheet_format_detect ()).
 *
 * Returns: %TRUE when it was all read
 */
gboolean
dd_sheet_read (const char            *path,
               const DdSheetHandler  *handler,
               gpointer               user_data,
               GCancellable          *cancellable,
               GError               **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (handler != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  switch (dd_sheet_format_detect (path, error))
    {
    case DD_SHEET_FORMAT_XLSX:
      return dd_xlsx_read (path, handler, user_data, cancellable, error);
    case DD_SHEET_FORMAT_ODS:
      return dd_ods_read (path, handler, user_data, cancellable, error);
    case DD_SHEET_FORMAT_CSV:
      return dd_csv_read (path, handler, user_data, cancellable, error);
    case DD_SHEET_FORMAT_UNKNOWN:
    default:
      return FALSE;
    }
}

static gboolean
collect_name (const char  *name,
              guint        index G_GNUC_UNUSED,
              gpointer     user_data,
              GError     **error G_GNUC_UNUSED)
{
  GPtrArray *names = user_data;

  g_ptr_array_add (names, g_strdup (name));

  /* Skipped: only the names are wanted. */
  return FALSE;
}

/**
 * dd_sheet_list_names:
 * @path: a spreadsheet: .xlsx, .ods or CSV, whatever its name
 * @error: where a reason goes, in %DD_IMPORT_ERROR
 *
 * The names of a workbook's sheets in workbook order, exactly as written
 * (trailing spaces kept), without reading their cells. A CSV file has
 * one sheet, named after the file without its extension.
 *
 * Returns: (transfer full) (array zero-terminated=1): the names, or
 *   %NULL with @error set
 */
char **
dd_sheet_list_names (const char  *path,
                     GError     **error)
{
  static const DdSheetHandler handler = { .begin_sheet = collect_name };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean ok;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (dd_sheet_format_detect (path, error))
    {
    case DD_SHEET_FORMAT_XLSX:
      ok = dd_xlsx_read (path, &handler, names, NULL, error);
      break;

    case DD_SHEET_FORMAT_ODS:
      ok = dd_ods_read (path, &handler, names, NULL, error);
      break;

    case DD_SHEET_FORMAT_CSV:
      {
        g_autofree char *name = g_filename_display_basename (path);
        const char *dot = strrchr (name, '.');

        if (dot != NULL && dot != name)
          g_ptr_array_add (names, g_strndup (name, dot - name));
        else
          g_ptr_array_add (names, g_strdup (name));
        ok = TRUE;
      }
      break;

    case DD_SHEET_FORMAT_UNKNOWN:
    default:
      return NULL;
    }

  if (!ok)
    return NULL;

  g_ptr_array_add (names, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/* The proleptic Gregorian date @days after 1970-01-01. */
static void
civil_from_days (gint64  days,
                 gint64 *year,
                 guint  *month,
                 guint  *day)
{
  gint64 era;
  guint day_of_era, year_of_era, day_of_year, month_index;

  days += 719468;
  era = (days >= 0 ? days : days - 146096) / 146097;
  day_of_era = (guint) (days - era * 146097);
  year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  month_index = (5 * day_of_year + 2) / 153;
  *day = day_of_year - (153 * month_index + 2) / 5 + 1;
  *month = month_index < 10 ? month_index + 3 : month_index - 9;
  *year = (gint64) year_of_era + era * 400 + (*month <= 2);
}

/**
 * dd_cell_date_to_iso:
 * @serial: a serial day in Excel's 1900 system (a %DD_CELL_DATE's number)
 *
 * Writes a serial day as ISO 8601: "2024-03-31", or
 * "2024-03-31T12:30:00" when it has a time of day (to the nearest
 * second). Excel counts a 29 February 1900 that never was: serial 60 is
 * written as that day, as Excel shows it, and the days before it are
 * shifted so that serial 1 is 1900-01-01.
 *
 * Returns: (transfer full) (nullable): the date, or %NULL for a number
 *   that is no date (not finite, or beyond the year 9999)
 */
char *
dd_cell_date_to_iso (double serial)
{
  double whole;
  gint64 days;
  gint64 seconds;
  gint64 year;
  guint month, day;

  if (!isfinite (serial) || serial < -693593 || serial >= 2958466)
    return NULL;

  /* floor () and llround () without libm: the range is checked above. */
  days = (gint64) serial;
  if ((double) days > serial)
    days--;
  whole = (double) days;
  seconds = (gint64) ((serial - whole) * 86400.0 + 0.5);
  if (seconds >= 86400)
    {
      days++;
      seconds -= 86400;
    }

  if (days == 60)
    {
      year = 1900;
      month = 2;
      day = 29;
    }
  else
    civil_from_days (days - 25569 + (days < 61 ? 1 : 0), &year, &month, &day);

  if (seconds == 0)
    return g_strdup_printf ("%04" G_GINT64_FORMAT "-%02u-%02u", year, month, day);

  return g_strdup_printf ("%04" G_GINT64_FORMAT "-%02u-%02uT%02u:%02u:%02u", year, month, day,
                          (guint) (seconds / 3600), (guint) (seconds / 60 % 60), (guint) (seconds % 60));
}
