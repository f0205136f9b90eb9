/* dd-cli-data.c: the commands of `ddesk` for Hub data
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `import-data` finds the tables of a spreadsheet, prints them, takes the
 * same corrections the import page offers (the header row, as the
 * spreadsheet numbers rows, from 1) and imports one as a dataset;
 * `list-datasets` and `show-dataset` read them back. The core does the
 * work (dd-data-importer.c, DdDatasetStore); its refusals are messages on
 * stderr and exit code 1.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>  /* isfinite(), a macro: no libm */

#include "dd-cli.h"
#include "import/dd-data-importer.h"

#define SHOW_DEFAULT_LIMIT 100

static void
add_columns_json (JsonBuilder *builder,
                  DdDataset   *dataset)
{
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < dd_dataset_get_n_columns (dataset); i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, dd_dataset_get_column_name (dataset, i));
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, dd_column_kind_to_string (dd_dataset_get_column_kind (dataset, i)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Everything known about a dataset, but its rows. */
static void
add_dataset_members (JsonBuilder *builder,
                     DdDataset   *dataset,
                     const char  *count_member)
{
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, dd_dataset_get_id (dataset));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, dd_dataset_get_name (dataset));
  dd_cli_json_add_string_or_null (builder, "file", dd_dataset_get_file_name (dataset));
  dd_cli_json_add_string_or_null (builder, "sha256", dd_dataset_get_sha256 (dataset));
  dd_cli_json_add_string_or_null (builder, "sheet", dd_dataset_get_sheet (dataset));
  dd_cli_json_add_string_or_null (builder, "range", dd_dataset_get_range (dataset));
  json_builder_set_member_name (builder, count_member);
  json_builder_add_int_value (builder, (gint64) dd_dataset_get_n_rows (dataset));
  add_columns_json (builder, dataset);
  json_builder_set_member_name (builder, "platform");
  json_builder_add_string_value (builder, dd_data_platform_get_nick (dd_dataset_get_platform (dataset)));
  dd_cli_json_add_string_or_null (builder, "downloaded", dd_dataset_get_downloaded (dataset));
  dd_cli_json_add_string_or_null (builder, "imported_by", dd_dataset_get_imported_by (dataset));
  dd_cli_json_add_string_or_null (builder, "imported_at", dd_dataset_get_imported_at (dataset));
  dd_cli_json_add_string_or_null (builder, "classification", dd_dataset_get_classification (dataset));
  dd_cli_json_add_string_or_null (builder, "handling", dd_dataset_get_handling (dataset));
}

static void
add_table_json (JsonBuilder     *builder,
                DdDetectedTable *table,
                guint            number)
{
  g_autofree char *range = dd_data_importer_dup_range (table, DD_DETECTED_TABLE_TO_END);
  guint32 header = dd_detected_table_get_header_last_row (table);
  guint32 last = dd_detected_table_get_data_last_row (table);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "number");
  json_builder_add_int_value (builder, number);
  json_builder_set_member_name (builder, "sheet");
  json_builder_add_string_value (builder, dd_detected_table_get_sheet_name (table));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, dd_detected_table_get_name (table));
  json_builder_set_member_name (builder, "header_row");
  if (header != DD_DETECTED_TABLE_NO_HEADER)
    json_builder_add_int_value (builder, (gint64) header + 1);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "first_data_row");
  json_builder_add_int_value (builder, (gint64) dd_detected_table_get_data_first_row (table) + 1);
  json_builder_set_member_name (builder, "last_data_row");
  if (last != DD_DETECTED_TABLE_TO_END)
    json_builder_add_int_value (builder, (gint64) last + 1);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "range");
  json_builder_add_string_value (builder, range);
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < dd_detected_table_get_n_columns (table); i++)
    {
      const DdDetectedColumn *column = dd_detected_table_get_column (table, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, column->name);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, dd_column_kind_to_string (column->kind));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_table (DdDetectedTable *table,
             guint            number)
{
  g_autofree char *range = dd_data_importer_dup_range (table, DD_DETECTED_TABLE_TO_END);
  guint32 header = dd_detected_table_get_header_last_row (table);

  /* Translators: a table found in a spreadsheet: its number, sheet and name */
  g_print (_("Table %u, sheet “%s”: %s\n"), number, dd_detected_table_get_sheet_name (table),
           dd_detected_table_get_name (table));
  if (header != DD_DETECTED_TABLE_NO_HEADER)
    /* Translators: rows are numbered from 1 as the spreadsheet shows them */
    g_print (_("  Header row %u, range %s\n"), header + 1, range);
  else
    g_print (_("  No header row, range %s\n"), range);
  for (guint i = 0; i < dd_detected_table_get_n_columns (table); i++)
    {
      const DdDetectedColumn *column = dd_detected_table_get_column (table, i);

      g_print ("    %s (%s)\n", column->name, dd_column_kind_to_string (column->kind));
    }
}

static int
run_import_data (const DdCliOptions  *options,
                 int                  argc,
                 char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *platform_nick = NULL;
  g_autofree char *downloaded_text = NULL;
  g_autofree char *downloaded = NULL;
  g_autofree char *name = NULL;
  DdDataImportOptions import_options = { DD_DATA_PLATFORM_HUB, NULL, NULL, FALSE };
  DdDetectedTable *table;
  gboolean json = FALSE, again = FALSE;
  int table_number = 0, header_row = 0;
  int exit_code;
  const GOptionEntry entries[] = {
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet, N_("Only the sheet named NAME"), N_("NAME") },
    { "table", 0, 0, G_OPTION_ARG_INT, &table_number, N_("Import the Nth table listed"), N_("N") },
    { "header-row", 0, 0, G_OPTION_ARG_INT, &header_row,
      N_("The header is row N, as the spreadsheet numbers it"), N_("N") },
    /* Translators: keep hub, segmentation and other in English: the command reads them */
    { "platform", 0, 0, G_OPTION_ARG_STRING, &platform_nick, N_("Where it came from: hub, segmentation or other"),
      N_("PLATFORM") },
    { "downloaded", 0, 0, G_OPTION_ARG_STRING, &downloaded_text,
      N_("The day it was downloaded (the file’s date if not given)"), N_("DATE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The dataset’s name (the table’s if not given)"), N_("TEXT") },
    { "again", 0, 0, G_OPTION_ARG_NONE, &again, N_("Import a file already imported, as another dataset"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_import_data_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return dd_cli_usage_error ("import-data", _("Give one spreadsheet to import"));
  if (table_number < 0)
    return dd_cli_usage_error ("import-data", _("--table counts from 1"));
  if (header_row < 0)
    return dd_cli_usage_error ("import-data", _("--header-row counts from 1"));
  if (platform_nick != NULL && !dd_data_platform_from_nick (platform_nick, &import_options.platform))
    {
      /* Translators: keep hub, segmentation and other in English: the command reads them */
      g_autofree char *message = g_strdup_printf (_("--platform “%s”: say hub, segmentation or other"),
                                                  platform_nick);
      return dd_cli_usage_error ("import-data", message);
    }
  if (downloaded_text != NULL)
    {
      if (!(downloaded = dd_cli_parse_date_option ("import-data", "--downloaded", downloaded_text, &exit_code)))
        return exit_code;
      if (*downloaded != '\0')
        import_options.downloaded = downloaded;
    }
  import_options.name = name;
  import_options.allow_duplicate = again;

  if (!(tables = dd_data_importer_detect (argv[1], sheet, &grids, NULL, &error)))
    return dd_cli_fail (error);

  if (tables->len == 0)
    {
      g_autofree char *display = g_filename_display_basename (argv[1]);

      g_printerr (_("ddesk: no table was found in “%s”\n"), display);
      return DD_CLI_EXIT_FAILED;
    }
  if (table_number > 0 && (guint) table_number > tables->len)
    {
      g_autofree char *message = g_strdup_printf (ngettext ("--table %d: there is only %u table",
                                                            "--table %d: there are only %u tables",
                                                            tables->len),
                                                  table_number, tables->len);
      return dd_cli_usage_error ("import-data", message);
    }
  table = g_ptr_array_index (tables, table_number > 0 ? (guint) table_number - 1 : 0);

  if (header_row > 0 &&
      !dd_detected_table_set_header_row (table, dd_data_importer_find_grid (grids, table),
                                         (guint32) header_row - 1, &error))
    return dd_cli_fail (error);

  if (!json)
    for (guint i = 0; i < tables->len; i++)
      print_table (g_ptr_array_index (tables, i), i + 1);

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_NONE, &error)) ||
      !(dataset = dd_data_importer_import (dd_context_get_dataset_store (context), argv[1], table,
                                           &import_options, NULL, &error)))
    return dd_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "tables");
      json_builder_begin_array (builder);
      for (guint i = 0; i < tables->len; i++)
        add_table_json (builder, g_ptr_array_index (tables, i), i + 1);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "dataset");
      json_builder_begin_object (builder);
      add_dataset_members (builder, dataset, "rows");
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      dd_cli_print_json (root);
      return DD_CLI_EXIT_OK;
    }

  {
    g_autofree char *n_rows = g_strdup_printf ("%" G_GUINT64_FORMAT, dd_dataset_get_n_rows (dataset));
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, dd_dataset_get_id (dataset));

    /* Translators: a number of rows, the dataset's number, then its name */
    g_print (ngettext ("Imported %s row as dataset %s “%s”.\n", "Imported %s rows as dataset %s “%s”.\n",
                       (gulong) MIN (dd_dataset_get_n_rows (dataset), G_MAXULONG)),
             n_rows, id, dd_dataset_get_name (dataset));
  }
  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_import_data_command = {
  "import-data", N_("FILE"),
  N_("Import a table of Hub data from a spreadsheet"),
  run_import_data,
};

static int
run_list_datasets (const DdCliOptions  *options,
                   int                  argc,
                   char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(GListModel) datasets = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  int exit_code;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_list_datasets_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc > 1)
    return dd_cli_usage_error ("list-datasets", _("This command takes no arguments"));

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_NONE, &error)) ||
      !(datasets = dd_dataset_store_list (dd_context_get_dataset_store (context), &error)))
    return dd_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (datasets); i++)
        {
          g_autoptr(DdDataset) dataset = g_list_model_get_item (datasets, i);

          json_builder_begin_object (builder);
          add_dataset_members (builder, dataset, "rows");
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      dd_cli_print_json (root);
      return DD_CLI_EXIT_OK;
    }

  for (guint i = 0; i < g_list_model_get_n_items (datasets); i++)
    {
      g_autoptr(DdDataset) dataset = g_list_model_get_item (datasets, i);
      g_autofree char *n_rows = g_strdup_printf ("%" G_GUINT64_FORMAT, dd_dataset_get_n_rows (dataset));
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, dd_dataset_get_id (dataset));

      /* Translators: a dataset's number, name, rows, file, sheet and classification */
      g_print (ngettext ("%s\t%s\t%s row\t%s, sheet “%s”\t%s\n",
                         "%s\t%s\t%s rows\t%s, sheet “%s”\t%s\n",
                         (gulong) MIN (dd_dataset_get_n_rows (dataset), G_MAXULONG)),
               id, dd_dataset_get_name (dataset), n_rows,
               dd_dataset_get_file_name (dataset), dd_dataset_get_sheet (dataset),
               dd_dataset_get_classification (dataset));
    }
  if (g_list_model_get_n_items (datasets) == 0)
    g_printerr ("%s\n", _("There are no datasets."));

  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_list_datasets_command = {
  "list-datasets", NULL,
  N_("List the datasets of Hub data"),
  run_list_datasets,
};

static void
add_value_json (JsonBuilder   *builder,
                const DdValue *value)
{
  switch (value->kind)
    {
    case DD_VALUE_NUMBER:
      if (isfinite (value->number) && value->number == (double) (gint64) value->number &&
          value->number > -1e15 && value->number < 1e15)
        json_builder_add_int_value (builder, (gint64) value->number);
      else if (isfinite (value->number))
        json_builder_add_double_value (builder, value->number);
      else
        json_builder_add_null_value (builder);
      break;
    case DD_VALUE_TEXT:
      json_builder_add_string_value (builder, value->text);
      break;
    case DD_VALUE_MARKER:
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "marker");
      json_builder_add_string_value (builder, value->text);
      json_builder_end_object (builder);
      break;
    case DD_VALUE_NONE:
    default:
      json_builder_add_null_value (builder);
      break;
    }
}

static char *
dup_value_text (const DdValue *value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (value->kind)
    {
    case DD_VALUE_NUMBER:
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value->number));
    case DD_VALUE_TEXT:
    case DD_VALUE_MARKER:
      return g_strdup (value->text);
    case DD_VALUE_NONE:
    default:
      return g_strdup ("");
    }
}

/* A readable table: columns padded to their widest cell (by characters),
 * each at most a few dozen wide. */
static void
print_rows (DdDataset           *dataset,
            const DdDatasetRows *rows)
{
  guint n_columns = dd_dataset_get_n_columns (dataset);
  guint n_rows = dd_dataset_rows_get_n_rows (rows);
  g_autofree glong *widths = g_new0 (glong, n_columns);
  const glong max_width = 30;

  for (guint c = 0; c < n_columns; c++)
    {
      widths[c] = MIN (max_width, g_utf8_strlen (dd_dataset_get_column_name (dataset, c), -1));
      for (guint r = 0; r < n_rows; r++)
        {
          g_autofree char *text = dup_value_text (dd_dataset_rows_get (rows, r, c));

          widths[c] = MAX (widths[c], MIN (max_width, g_utf8_strlen (text, -1)));
        }
    }

  for (guint r = 0; r <= n_rows; r++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = r == 0 ? g_strdup (dd_dataset_get_column_name (dataset, c))
                                         : dup_value_text (dd_dataset_rows_get (rows, r - 1, c));
          glong length = g_utf8_strlen (text, -1);

          if (c > 0)
            g_string_append (line, " | ");
          if (length > max_width)
            {
              g_string_append_len (line, text, g_utf8_offset_to_pointer (text, max_width - 1) - text);
              g_string_append (line, "…");
            }
          else
            {
              g_string_append (line, text);
              if (c + 1 < n_columns)
                for (glong pad = length; pad < widths[c]; pad++)
                  g_string_append_c (line, ' ');
            }
        }
      g_print ("%s\n", line->str);
    }
}

static int
run_show_dataset (const DdCliOptions  *options,
                  int                  argc,
                  char               **argv)
{
  g_autoptr(DdContext) context = NULL;
  g_autoptr(DdDataset) dataset = NULL;
  g_autoptr(DdDatasetRows) rows = NULL;
  g_autoptr(GError) error = NULL;
  DdDatasetStore *store;
  DdDatasetQuery query = { NULL, 0, -1, FALSE, 0, SHOW_DEFAULT_LIMIT };
  gboolean json = FALSE;
  int limit = SHOW_DEFAULT_LIMIT;
  guint64 id;
  int exit_code;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("Show at most N rows (0 for all; 100 if not given)"), N_("N") },
    { NULL }
  };

  if (!dd_cli_parse_options (&dd_cli_show_dataset_command, entries, &argc, &argv, &exit_code))
    return exit_code;
  if (argc != 2)
    return dd_cli_usage_error ("show-dataset", _("Give the number of one dataset"));
  if (!g_ascii_string_to_unsigned (argv[1], 10, 1, G_MAXINT64, &id, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not the number of a dataset"), argv[1]);
      return dd_cli_usage_error ("show-dataset", message);
    }
  if (limit < 0)
    return dd_cli_usage_error ("show-dataset", _("--limit cannot be negative"));
  query.limit = (guint) limit;

  if (!(context = dd_context_new (options->database_path, DD_DATABASE_FLAGS_NONE, &error)))
    return dd_cli_fail (error);
  store = dd_context_get_dataset_store (context);
  if (!(dataset = dd_dataset_store_get (store, (gint64) id, &error)) ||
      !(rows = dd_dataset_store_query (store, dataset, &query, &error)))
    return dd_cli_fail (error);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      /* "rows" are the rows shown, "n_rows" how many there are. */
      add_dataset_members (builder, dataset, "n_rows");
      json_builder_set_member_name (builder, "rows");
      json_builder_begin_array (builder);
      for (guint r = 0; r < dd_dataset_rows_get_n_rows (rows); r++)
        {
          json_builder_begin_array (builder);
          for (guint c = 0; c < dd_dataset_rows_get_n_columns (rows); c++)
            add_value_json (builder, dd_dataset_rows_get (rows, r, c));
          json_builder_end_array (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      dd_cli_print_json (root);
      return DD_CLI_EXIT_OK;
    }

  g_print ("%s\n", dd_dataset_get_name (dataset));
  /* Translators: the file a dataset came from, its sheet and range */
  g_print (_("From %s, sheet “%s”, %s (%s, downloaded %s)\n"), dd_dataset_get_file_name (dataset),
           dd_dataset_get_sheet (dataset), dd_dataset_get_range (dataset),
           dd_data_platform_get_label (dd_dataset_get_platform (dataset)), dd_dataset_get_downloaded (dataset));
  g_print ("%s: %s\n\n", dd_dataset_get_classification (dataset), dd_dataset_get_handling (dataset));
  print_rows (dataset, rows);
  if (dd_dataset_rows_get_n_rows (rows) < dd_dataset_get_n_rows (dataset))
    {
      g_autofree char *n_rows = g_strdup_printf ("%" G_GUINT64_FORMAT, dd_dataset_get_n_rows (dataset));

      /* Translators: how many rows are shown, of how many */
      g_print (_("\n%u of %s rows shown; see more with --limit\n"), dd_dataset_rows_get_n_rows (rows), n_rows);
    }

  return DD_CLI_EXIT_OK;
}

const DdCliCommand dd_cli_show_dataset_command = {
  "show-dataset", N_("ID"),
  N_("Show a dataset’s rows"),
  run_show_dataset,
};
