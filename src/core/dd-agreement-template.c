/* dd-agreement-template.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ready-made data-sharing agreement with HMPPS, so an office starts
 * from something useful rather than a blank page. The text lives in
 * templates/hmpps-mou.ini, a GKeyFile compiled into the library as a
 * GResource: an [Agreement] group with a key per field (a key may have
 * translations, as title[cy]=...), the platforms, and [Section 1],
 * [Section 2]... in order.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dd-agreement.h"
#include "dd-core-resources.h"

#define TEMPLATE_PATH "/io/github/decisiondesk/DecisionDesk/core/templates/hmpps-mou.ini"
#define AGREEMENT_GROUP "Agreement"

static gboolean
set_invalid (GError    **error,
             const char *detail)
{
  /* Translators: %s says what is wrong with the template shipped with the app */
  g_set_error (error, DD_AGREEMENT_ERROR, DD_AGREEMENT_ERROR_INVALID,
               _("The agreement template is damaged: %s"), detail);
  return FALSE;
}

/* A value in the language of the interface when the template has it,
 * in English otherwise; never empty. */
static char *
read_text (GKeyFile    *key_file,
           const char  *group,
           const char  *key,
           GError     **error)
{
  g_autofree char *value = g_key_file_get_locale_string (key_file, group, key, NULL, NULL);

  if (value == NULL || *g_strstrip (value) == '\0')
    {
      /* Translators: in "The agreement template is damaged: …"; %s and %s are
       * names in the template file, such as "purpose" and "Agreement" */
      g_autofree char *detail = g_strdup_printf (_("“%s” is missing from [%s]"), key, group);

      set_invalid (error, detail);
      return NULL;
    }

  return g_steal_pointer (&value);
}

static gboolean
read_fields (GKeyFile     *key_file,
             DdAgreement  *agreement,
             GError      **error)
{
  for (DdAgreementField field = 0; field < DD_AGREEMENT_N_FIELDS; field++)
    {
      g_autofree char *value = NULL;

      /* Dates and the approving decision are the office's to fill in. */
      if (dd_agreement_field_is_date (field) || field == DD_AGREEMENT_FIELD_REPORT_REFERENCE)
        continue;

      value = read_text (key_file, AGREEMENT_GROUP, dd_agreement_field_get_name (field), error);
      if (value == NULL)
        return FALSE;

      dd_agreement_set_field (agreement, field, value);
    }

  return TRUE;
}

static gboolean
read_platforms (GKeyFile     *key_file,
                DdAgreement  *agreement,
                GError      **error)
{
  g_auto(GStrv) nicks = g_key_file_get_string_list (key_file, AGREEMENT_GROUP, "platforms", NULL, NULL);
  DdPlatforms platforms = DD_PLATFORMS_NONE;

  for (guint i = 0; nicks != NULL && nicks[i] != NULL; i++)
    {
      DdPlatforms found = DD_PLATFORMS_NONE;

      for (DdPlatforms p = DD_PLATFORMS_HUB; p <= DD_PLATFORMS_SEGMENTATION; p <<= 1)
        if (g_str_equal (g_strstrip (nicks[i]), dd_platform_get_nick (p)))
          found = p;

      if (found == DD_PLATFORMS_NONE)
        {
          /* Translators: in "The agreement template is damaged: …"; %s is a word in the file */
          g_autofree char *detail = g_strdup_printf (_("“%s” is not a platform"), nicks[i]);

          return set_invalid (error, detail);
        }
      platforms |= found;
    }

  if (platforms == DD_PLATFORMS_NONE)
    return set_invalid (error, _("it names no platform"));

  dd_agreement_set_platforms (agreement, platforms);

  return TRUE;
}

static gboolean
read_sections (GKeyFile     *key_file,
               DdAgreement  *agreement,
               GError      **error)
{
  guint number;

  for (number = 1;; number++)
    {
      g_autofree char *group = g_strdup_printf ("Section %u", number);
      g_autofree char *heading = NULL;
      g_autofree char *text = NULL;

      if (!g_key_file_has_group (key_file, group))
        break;

      if (!(heading = read_text (key_file, group, "heading", error)) ||
          !(text = read_text (key_file, group, "text", error)))
        return FALSE;

      dd_agreement_add_section (agreement, heading, text);
    }

  if (number == 1)
    return set_invalid (error, _("it has no sections"));

  return TRUE;
}

/**
 * dd_agreement_new_from_template:
 *
 * Makes a new draft from the template of a data-sharing agreement with
 * HMPPS shipped with Decision Desk: every field but the dates and the
 * approving decision filled in, the platforms, the numbered sections
 * and the User Access Statement. Where the template is translated into
 * the language of the interface, the text is in that language. Names
 * and contacts are placeholders in square brackets for the office to
 * replace.
 *
 * Returns: (transfer full): the draft, or %NULL with
 *   %DD_AGREEMENT_ERROR_INVALID when the template cannot be read (which
 *   only a damaged installation could cause)
 */
DdAgreement *
dd_agreement_new_from_template (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(DdAgreement) agreement = NULL;
  g_autoptr(GError) local_error = NULL;

  /* Asking the library's own resource (rather than the global table)
   * also keeps its object, and the constructor that registers it, in
   * every program that uses the template. */
  bytes = g_resource_lookup_data (dd_core_get_resource (), TEMPLATE_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL ||
      !g_key_file_load_from_bytes (key_file, bytes, G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
    {
      set_invalid (error, local_error->message);
      return NULL;
    }

  agreement = dd_agreement_new ();
  if (!read_fields (key_file, agreement, error) ||
      !read_platforms (key_file, agreement, error) ||
      !read_sections (key_file, agreement, error))
    return NULL;

  return g_steal_pointer (&agreement);
}
