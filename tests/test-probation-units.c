/* test-probation-units.c: probation regions and PDUs recognised by name
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference data compiled into the library, its aliases and the
 * matching of names as files write them; the list it came from, read in
 * place from ../shared/reference (skipped when absent); the parser on
 * broken files written here.
 */

#include "config.h"

#include <string.h>

#include "dd-probation-units-private.h"

static DdProbationUnits *
load_units (void)
{
  g_autoptr(GError) error = NULL;
  DdProbationUnits *units = dd_probation_units_new (&error);

  g_assert_no_error (error);
  g_assert_nonnull (units);
  return units;
}

static void
assert_lookup (DdProbationUnits    *units,
               const char          *text,
               DdProbationUnitKind  expected_kind,
               const char          *expected_name,
               const char          *expected_region)
{
  DdProbationUnitKind kind = -1;
  const char *name = "unset";
  const char *region = "unset";
  gboolean found = dd_probation_units_lookup (units, text, &kind, &name, &region);

  if (expected_kind == DD_PROBATION_UNIT_NONE)
    {
      g_assert_false (found);
      g_assert_cmpint (kind, ==, DD_PROBATION_UNIT_NONE);
      g_assert_null (name);
      g_assert_null (region);
      return;
    }

  if (!found)
    g_error ("“%s” is not recognised", text);
  g_assert_cmpint (kind, ==, expected_kind);
  g_assert_cmpstr (name, ==, expected_name);
  g_assert_cmpstr (region, ==, expected_region);
}

static void
test_counts (void)
{
  g_autoptr(DdProbationUnits) units = load_units ();
  const char * const *regions = dd_probation_units_list_regions (units);
  const char * const *pdus = dd_probation_units_list_pdus (units, NULL);
  guint n_regional_pdus = 0;

  g_assert_cmpuint (g_strv_length ((char **) regions), ==, 12);
  g_assert_cmpuint (g_strv_length ((char **) pdus), ==, 110);
  g_assert_cmpstr (regions[0], ==, "East Midlands");
  g_assert_cmpstr (regions[3], ==, "Kent, Surrey and Sussex");
  g_assert_cmpstr (regions[11], ==, "Yorkshire and the Humber");
  g_assert_cmpstr (pdus[0], ==, "Derby City");
  g_assert_cmpstr (pdus[109], ==, "York");

  for (guint i = 0; regions[i] != NULL; i++)
    n_regional_pdus += g_strv_length ((char **) dd_probation_units_list_pdus (units, regions[i]));
  g_assert_cmpuint (n_regional_pdus, ==, 110);

  /* The region's PDUs, by any name of the region. */
  pdus = dd_probation_units_list_pdus (units, "wales region");
  g_assert_nonnull (pdus);
  g_assert_cmpuint (g_strv_length ((char **) pdus), ==, 6);
  g_assert_cmpstr (pdus[0], ==, "Cardiff and the Vale");
  g_assert_cmpstr (pdus[5], ==, "Swansea, Neath and Port-Talbot");
  g_assert_cmpuint (g_strv_length ((char **) dd_probation_units_list_pdus (units, "London")), ==, 18);
  g_assert_cmpuint (g_strv_length ((char **) dd_probation_units_list_pdus (units, "KSS")), ==, 6);

  /* A PDU or an unknown name has no PDUs. */
  g_assert_null (dd_probation_units_list_pdus (units, "Leeds"));
  g_assert_null (dd_probation_units_list_pdus (units, "Atlantis"));
}

/* Every PDU is recognised by its own name, as a PDU of the region whose
 * list it is in; every region by its name, as itself. */
static void
test_every_pdu_in_its_region (void)
{
  g_autoptr(DdProbationUnits) units = load_units ();
  const char * const *regions = dd_probation_units_list_regions (units);

  for (guint i = 0; regions[i] != NULL; i++)
    {
      const char * const *pdus = dd_probation_units_list_pdus (units, regions[i]);

      assert_lookup (units, regions[i], DD_PROBATION_UNIT_REGION, regions[i], regions[i]);
      g_assert_cmpuint (g_strv_length ((char **) pdus), >, 0);
      for (guint j = 0; pdus[j] != NULL; j++)
        assert_lookup (units, pdus[j], DD_PROBATION_UNIT_PDU, pdus[j], regions[i]);
    }
}

/* The list the data was copied from, read in place: every row of it is
 * recognised, in the same region, and only the two names the source
 * misspells have another name in ours. */
static void
test_shared_reference (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "reference",
                                                 "probation-regions-pdus.csv", NULL);
  g_autoptr(DdProbationUnits) units = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_rows = 0;
  guint n_renamed = 0;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    {
      g_test_skip ("the shared reference list is not there");
      return;
    }

  units = load_units ();
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_autoptr(GRegex) regex = g_regex_new ("^(\"[^\"]*\"|[^,]*),(\"[^\"]*\"|[^,]*),", 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *region_field = NULL;
      g_autofree char *pdu_field = NULL;
      g_autofree char *region = NULL;
      g_autofree char *pdu = NULL;
      const char *name;
      const char *found_region;
      DdProbationUnitKind kind;

      g_strchomp (lines[i]);
      if (lines[i][0] == '\0')
        continue;

      g_assert_true (g_regex_match (regex, lines[i], 0, &match));
      region_field = g_match_info_fetch (match, 1);
      pdu_field = g_match_info_fetch (match, 2);
      region = g_shell_unquote (region_field, NULL);
      pdu = g_shell_unquote (pdu_field, NULL);

      g_assert_true (dd_probation_units_lookup (units, pdu, &kind, &name, &found_region));
      g_assert_cmpint (kind, ==, DD_PROBATION_UNIT_PDU);
      g_assert_cmpstr (found_region, ==, region);
      if (strcmp (name, pdu) != 0)
        n_renamed++;
      n_rows++;
    }

  g_assert_cmpuint (n_rows, ==, 110);
  g_assert_cmpuint (n_renamed, ==, 2);
}

static void
test_source_spellings (void)
{
  g_autoptr(DdProbationUnits) units = load_units ();

  /* The data dictionary's own spellings are aliases of the right ones. */
  assert_lookup (units, "Ealing and Hillingdom", DD_PROBATION_UNIT_PDU,
                 "Ealing and Hillingdon", "London");
  assert_lookup (units, "Ealing and Hillingdon", DD_PROBATION_UNIT_PDU,
                 "Ealing and Hillingdon", "London");
  assert_lookup (units, "Hampshire South and Isle of White", DD_PROBATION_UNIT_PDU,
                 "Hampshire South and Isle of Wight", "South Central");
  assert_lookup (units, "HAMPSHIRE SOUTH & ISLE OF WHITE PDU", DD_PROBATION_UNIT_PDU,
                 "Hampshire South and Isle of Wight", "South Central");
  assert_lookup (units, "Hampshire South and Isle of Wight", DD_PROBATION_UNIT_PDU,
                 "Hampshire South and Isle of Wight", "South Central");
}

static void
test_aliases (void)
{
  g_autoptr(DdProbationUnits) units = load_units ();

  /* Units renamed or split since, grouped with a unit of the list. */
  assert_lookup (units, "Salford and Trafford", DD_PROBATION_UNIT_PDU, "Salford", "Greater Manchester");
  assert_lookup (units, "Stockport & Tameside PDU", DD_PROBATION_UNIT_PDU, "Tameside", "Greater Manchester");
  assert_lookup (units, "Staffordshire North", DD_PROBATION_UNIT_PDU, "Staffordshire and Stoke", "West Midlands");
  assert_lookup (units, "Staffordshire South", DD_PROBATION_UNIT_PDU, "Staffordshire and Stoke", "West Midlands");
  assert_lookup (units, "Portsmouth and Isle of Wight", DD_PROBATION_UNIT_PDU,
                 "Hampshire South and Isle of Wight", "South Central");
  assert_lookup (units, "Southampton, Eastleigh and New Forest", DD_PROBATION_UNIT_PDU,
                 "Hampshire South West", "South Central");

  /* Short and long forms. */
  assert_lookup (units, "Sefton", DD_PROBATION_UNIT_PDU, "Sefton and Merseyside Womens", "North West");
  assert_lookup (units, "Wirral", DD_PROBATION_UNIT_PDU, "Wirral and ISC Team", "North West");
  assert_lookup (units, "North and North East Lincolnshire", DD_PROBATION_UNIT_PDU,
                 "North and North East Lincs", "Yorkshire and the Humber");
  assert_lookup (units, "Cardiff and Vale of Glamorgan", DD_PROBATION_UNIT_PDU,
                 "Cardiff and the Vale", "Wales");
  assert_lookup (units, "North Manchester", DD_PROBATION_UNIT_PDU, "Manchester North", "Greater Manchester");
  assert_lookup (units, "Derby", DD_PROBATION_UNIT_PDU, "Derby City", "East Midlands");

  /* Regions. */
  assert_lookup (units, "KSS", DD_PROBATION_UNIT_REGION, "Kent, Surrey and Sussex", "Kent, Surrey and Sussex");
  assert_lookup (units, "Cymru", DD_PROBATION_UNIT_REGION, "Wales", "Wales");
  assert_lookup (units, "Yorkshire & Humber", DD_PROBATION_UNIT_REGION,
                 "Yorkshire and the Humber", "Yorkshire and the Humber");
}

static void
test_normalisation (void)
{
  g_autoptr(DdProbationUnits) units = load_units ();
  static const struct
  {
    const char *text;
    const char *key;
  } keys[] = {
    { "Cardiff & the Vale PDU", "cardiff vale" },
    { "  LEEDS  ", "leeds" },
    { "Leeds Probation Delivery Unit", "leeds" },
    { "Wales Probation Region", "wales" },
    { "Sefton and Merseyside Women’s", "sefton merseyside womens" },
    { "Swansea, Neath & Port Talbot", "swansea neath port talbot" },
    { "Région", "region" },        /* never stripped down to nothing */
    { "PDU", "pdu" },
    { "--", "" },
    { "", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *key = dd_probation_units_normalise (keys[i].text);

      g_assert_cmpstr (key, ==, keys[i].key);
    }
  g_assert_null (dd_probation_units_normalise ("Leeds\xff"));

  /* Case, spacing, punctuation, "&", "the", apostrophes and suffixes. */
  assert_lookup (units, "newcastle upon tyne", DD_PROBATION_UNIT_PDU, "Newcastle Upon Tyne", "North East");
  assert_lookup (units, "Newcastle-upon-Tyne PDU", DD_PROBATION_UNIT_PDU, "Newcastle Upon Tyne", "North East");
  assert_lookup (units, "Knowsley & St. Helens", DD_PROBATION_UNIT_PDU, "Knowsley and St Helens", "North West");
  assert_lookup (units, "Hackney & the City", DD_PROBATION_UNIT_PDU, "Hackney and City", "London");
  assert_lookup (units, "Barking, Dagenham & Havering", DD_PROBATION_UNIT_PDU,
                 "Barking and Dagenham and Havering", "London");
  assert_lookup (units, "Leicester Leicestershire and Rutland (PDU)", DD_PROBATION_UNIT_PDU,
                 "Leicester, Leicestershire and Rutland", "East Midlands");
  assert_lookup (units, "Cornwall and the Isles of Scilly", DD_PROBATION_UNIT_PDU,
                 "Cornwall and Isles of Scilly", "South West");
  assert_lookup (units, "Sefton and Merseyside Women's PDU", DD_PROBATION_UNIT_PDU,
                 "Sefton and Merseyside Womens", "North West");
  assert_lookup (units, "Dyfed-Powys", DD_PROBATION_UNIT_PDU, "Dyfed Powys", "Wales");
  assert_lookup (units, "north west region", DD_PROBATION_UNIT_REGION, "North West", "North West");
  assert_lookup (units, "Yorkshire and The Humber", DD_PROBATION_UNIT_REGION,
                 "Yorkshire and the Humber", "Yorkshire and the Humber");

  /* Close is not enough. */
  assert_lookup (units, "North West Lancs", DD_PROBATION_UNIT_NONE, NULL, NULL);
  assert_lookup (units, "Manchester", DD_PROBATION_UNIT_NONE, NULL, NULL);
  assert_lookup (units, "England and Wales", DD_PROBATION_UNIT_NONE, NULL, NULL);
  assert_lookup (units, "PDU", DD_PROBATION_UNIT_NONE, NULL, NULL);
  assert_lookup (units, "", DD_PROBATION_UNIT_NONE, NULL, NULL);
  assert_lookup (units, NULL, DD_PROBATION_UNIT_NONE, NULL, NULL);
  assert_lookup (units, "Leeds\xff", DD_PROBATION_UNIT_NONE, NULL, NULL);

  /* Every out-argument is optional. */
  g_assert_true (dd_probation_units_lookup (units, "York", NULL, NULL, NULL));
}

static void
test_classify (void)
{
  g_autoptr(DdProbationUnits) units = load_units ();
  /* A Hub column: PDUs of one region repeated over periods, a total, an
   * unknown and blanks; "LEEDS PDU" and "Leeds" are one value. */
  const char * const pdu_column[] = {
    "Leeds", "Bradford and Calderdale", "Kirklees", "Wakefield", "York", "Sheffield",
    "Doncaster", "Barnsley & Rotherham", "Hull and East Riding", "North Yorkshire",
    "LEEDS PDU", "Leeds", "Kirklees", "", NULL, "Total", "Unknown",
  };
  const char * const too_mixed[] = {
    "Leeds", "York", "Sheffield", "Total", "Unknown", "Other",
  };
  const char * const region_column[] = {
    "London", "Wales", "North West", "Greater Manchester", "KSS", "London", "England and Wales",
    "East of England", "South West", "South Central", "Wales",
  };
  const char * const words[] = {
    "apple", "banana", "cherry", "damson", "elderberry", "fig", "grape", "apple",
  };
  const char * const blanks[] = { "", NULL, "  " };
  double share = -1;

  /* 10 PDUs of 12 distinct values. */
  g_assert_cmpint (dd_probation_units_classify (units, pdu_column, G_N_ELEMENTS (pdu_column), &share),
                   ==, DD_PROBATION_UNIT_PDU);
  g_assert_cmpfloat_with_epsilon (share, 10.0 / 12.0, 1e-9);

  /* 3 of 6 is not enough. */
  g_assert_cmpint (dd_probation_units_classify (units, too_mixed, G_N_ELEMENTS (too_mixed), &share),
                   ==, DD_PROBATION_UNIT_NONE);
  g_assert_cmpfloat_with_epsilon (share, 0.5, 1e-9);

  /* 8 regions of 9 distinct values. */
  g_assert_cmpint (dd_probation_units_classify (units, region_column, G_N_ELEMENTS (region_column),
                                                &share),
                   ==, DD_PROBATION_UNIT_REGION);
  g_assert_cmpfloat_with_epsilon (share, 8.0 / 9.0, 1e-9);

  g_assert_cmpint (dd_probation_units_classify (units, words, G_N_ELEMENTS (words), &share),
                   ==, DD_PROBATION_UNIT_NONE);
  g_assert_cmpfloat (share, ==, 0.0);

  g_assert_cmpint (dd_probation_units_classify (units, blanks, G_N_ELEMENTS (blanks), &share),
                   ==, DD_PROBATION_UNIT_NONE);
  g_assert_cmpfloat (share, ==, 0.0);
  g_assert_cmpint (dd_probation_units_classify (units, NULL, 0, NULL), ==, DD_PROBATION_UNIT_NONE);
}

/* The parser ----------------------------------------------------------- */

#define UNITS_HEADER "probation_region,pdu_name,note\n"
#define ALIASES_HEADER "alias,canonical,note\n"

static void
test_parser_accepts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdProbationUnits) units = NULL;
  const char *units_csv =
    "\xEF\xBB\xBF" "probation_region,pdu_name,note\r\n"
    "\"North, East\",\"Tees \"\"Valley\"\"\",\"a note\nover two lines\"\r\n"
    "\r\n"
    "South,Wear,\r\n"
    "\"North, East\",Tyne,";
  const char *aliases_csv = ALIASES_HEADER "Teesside,\"Tees \"\"Valley\"\"\",\n";
  const char *name;
  const char *region;

  units = dd_probation_units_new_from_data (units_csv, -1, aliases_csv, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) dd_probation_units_list_regions (units)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) dd_probation_units_list_pdus (units, "North, East")), ==, 2);
  g_assert_true (dd_probation_units_lookup (units, "teesside", NULL, &name, &region));
  g_assert_cmpstr (name, ==, "Tees \"Valley\"");
  g_assert_cmpstr (region, ==, "North, East");
  g_assert_true (dd_probation_units_lookup (units, "Tyne", NULL, &name, &region));
  g_assert_cmpstr (region, ==, "North, East");
  g_assert_true (dd_probation_units_lookup (units, "Wear", NULL, &name, &region));
  g_assert_cmpstr (region, ==, "South");
}

static void
test_parser_refuses (void)
{
  static const struct
  {
    const char *units;
    const char *aliases;
    const char *message;
  } cases[] = {
    { "", ALIASES_HEADER, "probation-units.csv lists nothing" },
    { UNITS_HEADER, ALIASES_HEADER, "probation-units.csv lists nothing" },
    { "region,pdu,note\nWales,Gwent,\n", ALIASES_HEADER,
      "probation-units.csv, line 1: the header should be “probation_region,pdu_name,note”" },
    { UNITS_HEADER "Wales,Gwent\n", ALIASES_HEADER,
      "probation-units.csv, line 2: 2 fields where 3 are expected" },
    { UNITS_HEADER "Wales,Gwent,,\n", ALIASES_HEADER,
      "probation-units.csv, line 2: 4 fields where 3 are expected" },
    { UNITS_HEADER "Wales,\"Gwent,\n", ALIASES_HEADER,
      "probation-units.csv, line 2: a quoted field is not closed" },
    { UNITS_HEADER "Wales,\"Gwent\"x,\n", ALIASES_HEADER,
      "probation-units.csv, line 2: text follows a quoted field" },
    { UNITS_HEADER "Wales,Gw\"ent,\n", ALIASES_HEADER,
      "probation-units.csv, line 2: a quote inside a field that is not quoted" },
    { UNITS_HEADER "Wales,Gwent,\nWales,  ,\n", ALIASES_HEADER,
      "probation-units.csv, line 3: a name is empty" },
    { UNITS_HEADER "Wales,Gwent,\nWales,GWENT PDU,\n", ALIASES_HEADER,
      "probation-units.csv, line 3: “GWENT PDU” is another name for “Gwent”" },
    { UNITS_HEADER "Wales,Gwent,\nGwent,Newport,\n", ALIASES_HEADER,
      "probation-units.csv, line 3: “Gwent” is a PDU and a region" },
    { UNITS_HEADER "Wales,Gwent,\nEngland,Wales,\n", ALIASES_HEADER,
      "probation-units.csv, line 3: “Wales” is listed twice" },
    { UNITS_HEADER "Wales,Gwent,\nWales,Gwent,\n", ALIASES_HEADER,
      "probation-units.csv, line 3: “Gwent” is listed twice" },
    { UNITS_HEADER "Wales,Gw\xff" "ent,\n", ALIASES_HEADER,
      "probation-units.csv is not valid UTF-8 text" },
    { UNITS_HEADER "Wales,Gwent,\n", "alias,canonical\n",
      "probation-unit-aliases.csv, line 1: 2 fields where 3 are expected" },
    { UNITS_HEADER "Wales,Gwent,\n", ALIASES_HEADER "Newport,Gwant,\n",
      "probation-unit-aliases.csv, line 2: “Gwant” is not a region or PDU of the list" },
    { UNITS_HEADER "Wales,Gwent,\n", ALIASES_HEADER "Newport,gwent,\n",
      "probation-unit-aliases.csv, line 2: “gwent” is not a region or PDU of the list" },
    { UNITS_HEADER "Wales,Gwent,\n", ALIASES_HEADER "Newport,Gwent,\nCasnewydd,Newport,\n",
      "probation-unit-aliases.csv, line 3: “Newport” is not a region or PDU of the list" },
    { UNITS_HEADER "Wales,Gwent,\nWales,Powys,\n", ALIASES_HEADER "Newport,Gwent,\nNEWPORT,Powys,\n",
      "probation-unit-aliases.csv, line 3: “NEWPORT” is another name for “Gwent”" },
    { UNITS_HEADER "Wales,Gwent,\n", ALIASES_HEADER "\"\",Gwent,\n",
      "probation-unit-aliases.csv, line 2: a name is empty" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DdProbationUnits) units = NULL;
      g_autofree char *expected = g_strdup_printf ("The list of probation regions and PDUs is damaged: %s",
                                                   cases[i].message);

      units = dd_probation_units_new_from_data (cases[i].units, -1, cases[i].aliases, -1, &error);
      g_assert_null (units);
      g_assert_error (error, DD_PROBATION_UNITS_ERROR, DD_PROBATION_UNITS_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* A redundant alias (one the matching finds anyway) is harmless, as the
 * shipped file has several. */
static void
test_parser_redundant_alias (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DdProbationUnits) units = NULL;

  units = dd_probation_units_new_from_data (UNITS_HEADER "Wales,Gwent,\n", -1,
                                            ALIASES_HEADER "Gwent PDU,Gwent,variant\n", -1, &error);
  g_assert_no_error (error);
  g_assert_true (dd_probation_units_lookup (units, "GWENT", NULL, NULL, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/probation-units/counts", test_counts);
  g_test_add_func ("/probation-units/every-pdu-in-its-region", test_every_pdu_in_its_region);
  g_test_add_func ("/probation-units/shared-reference", test_shared_reference);
  g_test_add_func ("/probation-units/source-spellings", test_source_spellings);
  g_test_add_func ("/probation-units/aliases", test_aliases);
  g_test_add_func ("/probation-units/normalisation", test_normalisation);
  g_test_add_func ("/probation-units/classify", test_classify);
  g_test_add_func ("/probation-units/parser-accepts", test_parser_accepts);
  g_test_add_func ("/probation-units/parser-refuses", test_parser_refuses);
  g_test_add_func ("/probation-units/parser-redundant-alias", test_parser_redundant_alias);

  return g_test_run ();
}
