/* dd-reports-page.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The register of decision reports and the editor, side by side on a
 * wide screen and one after the other on a narrow one (AdwLeaflet).
 *
 * The register is a GtkColumnView over a DdReportList: the database
 * sorts, filters and searches, so ten thousand reports cost what is on
 * screen. GTK 4.8 cannot tell which column a header click sorts by, so
 * each column has a sorter that only records that it was asked first;
 * comparing two stand-in items with the view's sorter then gives the
 * column and the direction, which the list hands to SQL.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-compat.h"
#include "dd-report-editor.h"
#include "dd-reports-page.h"
#include "dd-window.h"
#include "import/dd-report-importer.h"

struct _DdReportsPage
{
  DdPage               parent_instance;

  DdReportList        *list;
  GtkSliceListModel   *shown;
  guint                show_all_source;
  gboolean             restoring_columns;
  guint                fit_title_source;
  GtkSingleSelection  *selection;
  GtkStringList       *years_model;
  GArray              *years;
  DdReport            *deleted;
  DdReport            *probe_a;
  DdReport            *probe_b;
  int                  probed_sort;
  GCancellable        *cancellable;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkWidget           *register_box;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *year_dropdown;
  GtkStack            *register_stack;
  GtkScrolledWindow   *register_scroller;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *reference_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *classification_column;
  GtkColumnViewColumn *decision_column;
  GtkLabel            *editor_title;
  GtkStack            *editor_stack;
  DdReportEditor      *editor;
};

G_DEFINE_FINAL_TYPE (DdReportsPage, dd_reports_page, DD_TYPE_PAGE)

static DdReportStore *
get_store (DdReportsPage *self)
{
  DdContext *context = dd_page_get_context (DD_PAGE (self));

  return context != NULL ? dd_context_get_report_store (context) : NULL;
}

static void
toast (DdReportsPage *self,
       AdwToast      *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), DD_TYPE_WINDOW);

  if (window != NULL)
    dd_window_add_toast (DD_WINDOW (window), message);
  else
    g_object_unref (message);
}

static void
show_error (DdReportsPage *self,
            const char    *heading,
            const char    *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The register's cells.
 *
 * Each cell is one label filled in C, not from a GtkBuilder template:
 * with a few hundred rows made when the register first shows, parsing a
 * template and wiring expression watches per cell cost more than all
 * the rest of starting the window. A cell follows its report through
 * one "notify" handler, so an edit in the editor shows in the register
 * at once.
 */
typedef char *(*CellFormat) (DdReport *report);

typedef struct
{
  const char *property;
  CellFormat  format;
  gboolean    numeric;
  gboolean    ellipsize;  /* the column that takes the room left */
} CellKind;

static char *
format_reference (DdReport *report)
{
  return g_strdup (dd_report_get_reference (report));
}

static char *
format_title (DdReport *report)
{
  return g_strdup (dd_report_get_title (report));
}

static char *
format_date (DdReport *report)
{
  return dd_date_format_short (dd_report_get_date (report));
}

static char *
format_status (DdReport *report)
{
  return g_strdup (dd_report_status_get_label (dd_report_get_status (report)));
}

static char *
format_classification (DdReport *report)
{
  return g_strdup (dd_report_get_classification (report));
}

static const char *
decision_label (DdDecision decision)
{
  switch (decision)
    {
    case DD_DECISION_AGREED:
      return _("Agreed");
    case DD_DECISION_NOT_AGREED:
      return _("Not agreed");
    case DD_DECISION_NONE:
    default:
      return "";
    }
}

static char *
format_decision (DdReport *report)
{
  return g_strdup (decision_label (dd_report_get_decision (report)));
}

static const CellKind cell_kinds[] = {
  { "reference", format_reference, TRUE, FALSE },
  { "title", format_title, FALSE, TRUE },
  { "date", format_date, TRUE, FALSE },
  { "status", format_status, FALSE, FALSE },
  { "classification", format_classification, FALSE, FALSE },
  { "decision", format_decision, FALSE, FALSE },
};

/* Room around a cell's text, and around a header's title and its sort
 * arrow, in Adwaita. */
#define CELL_PADDING 24
#define HEADER_PADDING 40

static void
update_cell (GtkListItem *item)
{
  const CellKind *kind = g_object_get_data (G_OBJECT (item), "dd-cell-kind");
  DdReport *report = gtk_list_item_get_item (item);
  g_autofree char *text = report != NULL ? kind->format (report) : NULL;

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static void
on_cell_report_notify (GtkListItem *item,
                       GParamSpec  *pspec)
{
  const CellKind *kind = g_object_get_data (G_OBJECT (item), "dd-cell-kind");

  if (g_strcmp0 (pspec->name, kind->property) == 0)
    update_cell (item);
}

static void
setup_cell (GtkListItemFactory *factory,
            GtkListItem        *item,
            const CellKind     *kind)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (kind->numeric)
    gtk_widget_add_css_class (label, "numeric");

  g_object_set_data (G_OBJECT (item), "dd-cell-kind", (gpointer) kind);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkListItemFactory *factory,
           GtkListItem        *item)
{
  DdReport *report = gtk_list_item_get_item (item);

  update_cell (item);
  if (report != NULL)
    g_signal_connect_object (report, "notify", G_CALLBACK (on_cell_report_notify), item,
                             G_CONNECT_SWAPPED);
}

static void
unbind_cell (GtkListItemFactory *factory,
             GtkListItem        *item)
{
  DdReport *report = gtk_list_item_get_item (item);

  if (report != NULL)
    g_signal_handlers_disconnect_by_func (report, on_cell_report_notify, item);
}

static void
setup_cells (DdReportsPage *self)
{
  GtkColumnViewColumn *columns[] = {
    self->reference_column, self->title_column, self->date_column,
    self->status_column, self->classification_column, self->decision_column,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (columns) == G_N_ELEMENTS (cell_kinds));

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), (gpointer) &cell_kinds[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), NULL);
      gtk_column_view_column_set_factory (columns[i], factory);
    }
}

static void
update_register_stack (DdReportsPage *self)
{
  gboolean filtered;

  if (self->list == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    {
      gtk_stack_set_visible_child_name (self->register_stack, "list");
      return;
    }

  filtered = dd_report_list_get_search (self->list) != NULL ||
             dd_report_list_get_status (self->list) >= 0 ||
             dd_report_list_get_year (self->list) != 0;
  gtk_stack_set_visible_child_name (self->register_stack, filtered ? "no-results" : "empty");
}

static void
show_report (DdReportsPage *self,
             DdReport      *report)
{
  dd_report_editor_set_report (self->editor, report);
  gtk_stack_set_visible_child_name (self->editor_stack, report != NULL ? "editor" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.delete",
                                 report != NULL && dd_report_get_status (report) == DD_REPORT_STATUS_DRAFT &&
                                 !dd_report_get_locked (report));

  if (report != NULL)
    {
      g_autofree char *title = g_strdup_printf ("%s  %s", dd_report_get_reference (report),
                                                dd_report_get_title (report));

      gtk_label_set_label (self->editor_title, title);
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
    }
  else
    gtk_label_set_label (self->editor_title, "");
}

static void
on_selection_changed (DdReportsPage *self)
{
  DdReport *report = gtk_single_selection_get_selected_item (self->selection);

  /* A refresh may unselect for a moment; keep what is being edited. */
  if (report == NULL)
    return;

  show_report (self, report);
}

/* The first rows of a long register, then the rest.
 *
 * GTK 4.8's list views make widgets for up to 200 rows, whatever fits on
 * screen; with six columns that is most of the time it takes to open the
 * window on a big register. So the window first shows a screenful, and
 * the rest of the register joins once that frame is painted, before
 * anyone can scroll. Newer GTK makes only the rows on screen, and this
 * costs nothing there.
 */
#define FIRST_ROWS 60

static gboolean
show_all_rows (gpointer user_data)
{
  DdReportsPage *self = user_data;

  self->show_all_source = 0;
  if (self->shown != NULL && gtk_slice_list_model_get_size (self->shown) != G_MAXUINT)
    gtk_slice_list_model_set_size (self->shown, G_MAXUINT);

  return G_SOURCE_REMOVE;
}

static void
show_all_rows_now (DdReportsPage *self)
{
  g_clear_handle_id (&self->show_all_source, g_source_remove);
  show_all_rows (self);
}

static void
on_first_paint (GdkFrameClock *clock,
                DdReportsPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint, self);
  if (self->show_all_source == 0)
    self->show_all_source = g_idle_add (show_all_rows, self);
}

static void
on_column_view_map (DdReportsPage *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->column_view));

  if (self->shown == NULL || gtk_slice_list_model_get_size (self->shown) == G_MAXUINT)
    return;

  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_paint), self, 0);
  else
    show_all_rows_now (self);
}

/* Selects @report in the register, clearing filters that hide it. */
gboolean
dd_reports_page_select (DdReportsPage *self,
                        DdReport      *report)
{
  guint position;

  g_return_val_if_fail (DD_IS_REPORTS_PAGE (self), FALSE);
  g_return_val_if_fail (DD_IS_REPORT (report), FALSE);

  if (self->list == NULL)
    return FALSE;

  show_all_rows_now (self);

  if (!dd_report_list_find (self->list, dd_report_get_id (report), &position))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      dd_report_list_set_search (self->list, NULL);
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      gtk_drop_down_set_selected (self->year_dropdown, 0);
      if (!dd_report_list_find (self->list, dd_report_get_id (report), &position))
        return FALSE;
    }

  gtk_single_selection_set_selected (self->selection, position);
  show_report (self, report);
  dd_column_view_scroll_to (self->column_view, position);

  return TRUE;
}

static void
on_search_changed (DdReportsPage *self)
{
  if (self->list != NULL)
    dd_report_list_set_search (self->list, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_filter_changed (DdReportsPage *self)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint year = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->list == NULL)
    return;

  dd_report_list_set_status (self->list, status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1);
  dd_report_list_set_year (self->list,
                           year == 0 || year == GTK_INVALID_LIST_POSITION || year > self->years->len
                             ? 0 : g_array_index (self->years, int, year - 1));
}

static void
refresh_years (DdReportsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = NULL;
  int selected_year = 0;
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);
  guint select_again = 0;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  if (get_store (self) == NULL || !(years = dd_report_store_list_years (get_store (self), &error)))
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->years->len)
    selected_year = g_array_index (self->years, int, selected - 1);

  /* Same years as shown: nothing to do (but "All Years" is always there,
   * even before the first report). */
  if (self->years_model != NULL && years->len == self->years->len &&
      (years->len == 0 || memcmp (years->data, self->years->data, years->len * sizeof (int)) == 0))
    return;

  g_ptr_array_add (labels, g_strdup (_("All Years")));
  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);

      g_ptr_array_add (labels, g_strdup_printf ("%d", year));
      if (year == selected_year)
        select_again = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  g_array_unref (self->years);
  self->years = g_steal_pointer (&years);

  g_clear_object (&self->years_model);
  self->years_model = gtk_string_list_new ((const char * const *) labels->pdata);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (self->years_model));
  gtk_drop_down_set_selected (self->year_dropdown, select_again);
}

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GtkColumnViewColumn *column = user_data;
  DdReportsPage *self = g_object_get_data (G_OBJECT (column), "dd-page");

  if (self->probed_sort < 0)
    self->probed_sort = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "dd-sort"));

  return a == self->probe_a ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static void
on_sorter_changed (DdReportsPage *self)
{
  GtkSorter *sorter;
  GtkOrdering order;

  if (self->list == NULL || self->column_view == NULL)
    return;

  sorter = gtk_column_view_get_sorter (self->column_view);

  self->probed_sort = -1;
  order = gtk_sorter_compare (sorter, self->probe_a, self->probe_b);

  if (self->probed_sort < 0)
    dd_report_list_set_sort (self->list, DD_REPORT_SORT_DATE, TRUE);
  else
    dd_report_list_set_sort (self->list, self->probed_sort, order == GTK_ORDERING_LARGER);

  /* A click on a column orders by it, even while searching. */
  dd_report_list_set_rank_search (self->list, self->probed_sort < 0);
}

static void
setup_sorting (DdReportsPage *self)
{
  const struct {
    GtkColumnViewColumn *column;
    DdReportSort         sort;
  } columns[] = {
    { self->reference_column, DD_REPORT_SORT_REFERENCE },
    { self->title_column, DD_REPORT_SORT_TITLE },
    { self->date_column, DD_REPORT_SORT_DATE },
    { self->status_column, DD_REPORT_SORT_STATUS },
    { self->classification_column, DD_REPORT_SORT_CLASSIFICATION },
    { self->decision_column, DD_REPORT_SORT_DECISION },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (probe_compare, columns[i].column, NULL);

      g_object_set_data (G_OBJECT (columns[i].column), "dd-page", self);
      g_object_set_data (G_OBJECT (columns[i].column), "dd-sort", GINT_TO_POINTER (columns[i].sort));
      gtk_column_view_column_set_sorter (columns[i].column, GTK_SORTER (sorter));
    }

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sorter_changed), self, G_CONNECT_SWAPPED);
}

static int
text_width (DdReportsPage *self,
            const char    *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), text);
  int width = 0;

  pango_layout_get_pixel_size (layout, &width, NULL);

  return width;
}

static void
fit_column (DdReportsPage       *self,
            GtkColumnViewColumn *column,
            GPtrArray           *texts)
{
  int width = text_width (self, gtk_column_view_column_get_title (column)) + HEADER_PADDING;

  for (guint i = 0; i < texts->len; i++)
    width = MAX (width, text_width (self, g_ptr_array_index (texts, i)) + CELL_PADDING);

  gtk_column_view_column_set_fixed_width (column, width);
}

/* The title takes the width the other columns leave. GtkColumnView's
 * "expand" does not share out spare width in GTK 4.8, and the title is
 * what people scan the register for. */
#define TITLE_MIN_CHARS 14

static void
fit_title_column (DdReportsPage *self)
{
  GtkColumnViewColumn *others[] = {
    self->reference_column, self->date_column, self->status_column,
    self->classification_column, self->decision_column,
  };
  int width = gtk_widget_get_width (GTK_WIDGET (self->register_scroller));
  int minimum;

  if (width <= 0)
    return;

  {
    PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->column_view));
    PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);

    minimum = TITLE_MIN_CHARS * pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE
              + CELL_PADDING;
    pango_font_metrics_unref (metrics);
  }

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (gtk_column_view_column_get_visible (others[i]))
      width -= gtk_column_view_column_get_fixed_width (others[i]);

  width = MAX (width, minimum);
  if (width != gtk_column_view_column_get_fixed_width (self->title_column))
    gtk_column_view_column_set_fixed_width (self->title_column, width);
}

/* The page lays out its one child itself, instead of with AdwBin's
 * layout manager, to know when its width changes. */
static void
dd_reports_page_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static gboolean
fit_title_column_cb (gpointer user_data)
{
  DdReportsPage *self = user_data;

  self->fit_title_source = 0;
  fit_title_column (self);

  return G_SOURCE_REMOVE;
}

static void
dd_reports_page_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  DdReportsPage *self = DD_REPORTS_PAGE (widget);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child == NULL)
    return;

  gtk_widget_allocate (child, width, height, baseline, NULL);

  /* A new width for the title needs another layout, which must not be
   * asked for while this one runs. */
  if (self->fit_title_source == 0)
    self->fit_title_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_title_column_cb, self, NULL);
}

/* Sizes the columns from what they can hold: the statuses, the office's
 * classifications, the longest date, a reference of the office's
 * pattern. GtkColumnView would otherwise measure every cell it has made,
 * a few hundred rows' worth under GTK 4.8, before the window shows.
 * Text longer than that (a legacy classification) is ellipsized, and
 * each column can still be resized. */
static void
size_columns (DdReportsPage *self)
{
  DdOfficeSettings *settings = dd_context_get_office_settings (dd_page_get_context (DD_PAGE (self)));
  const char * const *classifications = dd_office_settings_get_classifications (settings);
  g_autoptr(GDate) date = g_date_new_dmy (28, G_DATE_SEPTEMBER, 2099);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (texts, dd_reference_pattern_format (dd_office_settings_get_reference_pattern (settings),
                                                       9999, date));
  fit_column (self, self->reference_column, texts);

  g_ptr_array_set_size (texts, 0);
  for (GDateMonth month = G_DATE_JANUARY; month <= G_DATE_DECEMBER; month++)
    {
      g_autofree char *iso = g_strdup_printf ("2099-%02d-28", month);

      g_ptr_array_add (texts, dd_date_format_short (iso));
    }
  fit_column (self, self->date_column, texts);

  g_ptr_array_set_size (texts, 0);
  for (guint i = 0; i <= DD_REPORT_STATUS_WITHDRAWN; i++)
    g_ptr_array_add (texts, g_strdup (dd_report_status_get_label (i)));
  fit_column (self, self->status_column, texts);

  g_ptr_array_set_size (texts, 0);
  for (guint i = 0; classifications != NULL && classifications[i] != NULL; i++)
    g_ptr_array_add (texts, g_strdup (classifications[i]));
  fit_column (self, self->classification_column, texts);

  g_ptr_array_set_size (texts, 0);
  for (DdDecision decision = DD_DECISION_AGREED; decision <= DD_DECISION_NOT_AGREED; decision++)
    g_ptr_array_add (texts, g_strdup (decision_label (decision)));
  fit_column (self, self->decision_column, texts);
}

/* The columns besides the reference and the title can be hidden, from
 * the menu of any column header; which are shown is kept in GSettings. */
static const struct {
  const char *name;
  gsize       offset;
} optional_columns[] = {
  { "date", G_STRUCT_OFFSET (DdReportsPage, date_column) },
  { "status", G_STRUCT_OFFSET (DdReportsPage, status_column) },
  { "classification", G_STRUCT_OFFSET (DdReportsPage, classification_column) },
  { "decision", G_STRUCT_OFFSET (DdReportsPage, decision_column) },
};

#define OPTIONAL_COLUMN(self, i) \
  (*(GtkColumnViewColumn **) G_STRUCT_MEMBER_P ((self), optional_columns[i].offset))

static void
show_columns_from_settings (DdReportsPage *self)
{
  GSettings *settings = dd_context_get_settings (dd_page_get_context (DD_PAGE (self)));
  g_auto(GStrv) shown = NULL;

  if (settings == NULL)
    return;

  shown = g_settings_get_strv (settings, "register-columns");
  self->restoring_columns = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (optional_columns); i++)
    gtk_column_view_column_set_visible (OPTIONAL_COLUMN (self, i),
                                        g_strv_contains ((const char * const *) shown, optional_columns[i].name));
  self->restoring_columns = FALSE;
}

static void
on_column_visible_changed (DdReportsPage *self)
{
  DdContext *context = dd_page_get_context (DD_PAGE (self));
  GSettings *settings = context != NULL ? dd_context_get_settings (context) : NULL;
  g_autoptr(GStrvBuilder) shown = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  if (settings == NULL || self->restoring_columns)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (optional_columns); i++)
    if (gtk_column_view_column_get_visible (OPTIONAL_COLUMN (self, i)))
      g_strv_builder_add (shown, optional_columns[i].name);

  names = g_strv_builder_end (shown);
  g_settings_set_strv (settings, "register-columns", (const char * const *) names);
}

static void
setup_column_menu (DdReportsPage *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  GtkColumnViewColumn *all[] = {
    self->reference_column, self->title_column, self->date_column,
    self->status_column, self->classification_column, self->decision_column,
  };

  for (guint i = 0; i < G_N_ELEMENTS (optional_columns); i++)
    {
      GtkColumnViewColumn *column = OPTIONAL_COLUMN (self, i);
      g_autoptr(GPropertyAction) action = g_property_action_new (optional_columns[i].name, column, "visible");
      g_autofree char *detailed = g_strconcat ("columns.", optional_columns[i].name, NULL);

      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
      g_menu_append (section, gtk_column_view_column_get_title (column), detailed);
      g_signal_connect_object (column, "notify::visible", G_CALLBACK (on_column_visible_changed), self,
                               G_CONNECT_SWAPPED);
    }

  /* Translators: the heading of the menu of the register's column headers */
  g_menu_append_section (menu, _("Show Columns"), G_MENU_MODEL (section));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "columns", G_ACTION_GROUP (group));

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    gtk_column_view_column_set_header_menu (all[i], G_MENU_MODEL (menu));
}

static void
on_list_items_changed (DdReportsPage *self)
{
  update_register_stack (self);
}

static void
dd_reports_page_context_changed (DdPage *page)
{
  DdReportsPage *self = DD_REPORTS_PAGE (page);
  DdContext *context = dd_page_get_context (page);

  dd_report_editor_set_context (self->editor, context);
  show_report (self, NULL);

  g_clear_object (&self->shown);
  g_clear_object (&self->list);
  if (context == NULL || get_store (self) == NULL)
    {
      gtk_single_selection_set_model (self->selection, NULL);
      return;
    }

  show_columns_from_settings (self);
  size_columns (self);
  self->list = dd_report_list_new (get_store (self));
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_items_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (get_store (self), "changed", G_CALLBACK (refresh_years), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dd_context_get_office_settings (context), "notify::classifications",
                           G_CALLBACK (size_columns), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dd_context_get_office_settings (context), "notify::reference-pattern",
                           G_CALLBACK (size_columns), self, G_CONNECT_SWAPPED);

  refresh_years (self);
  on_filter_changed (self);
  on_sorter_changed (self);

  /* Until the window has shown, only the rows that fit on a screen; see
   * show_all_rows(). */
  self->shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->list)), 0,
                                          gtk_widget_get_mapped (GTK_WIDGET (self->column_view))
                                            ? G_MAXUINT : FIRST_ROWS);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->shown));
  update_register_stack (self);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DdReportsPage *self = DD_REPORTS_PAGE (widget);
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (get_store (self) == NULL)
    return;

  dd_report_editor_flush (self->editor);

  if (!(report = dd_report_store_create (get_store (self), NULL, &error)))
    {
      show_error (self, _("Cannot Create a Report"), error->message);
      return;
    }

  dd_reports_page_select (self, report);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DdReportsPage *self = DD_REPORTS_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DdReportsPage *self = DD_REPORTS_PAGE (widget);
  g_autoptr(DdReport) report = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (report == NULL || get_store (self) == NULL)
    return;

  if (!dd_report_store_undelete (get_store (self), report, &error))
    {
      show_error (self, _("Cannot Restore the Report"), error->message);
      return;
    }

  dd_reports_page_select (self, report);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    DdReportsPage    *self)
{
  g_autoptr(DdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *undo;

  if (!g_str_equal (response, "delete"))
    return;

  report = g_object_ref (dd_report_editor_get_report (self->editor));
  dd_report_editor_flush (self->editor);

  if (!dd_report_store_delete (get_store (self), report, &error))
    {
      show_error (self, _("Cannot Delete the Report"), error->message);
      return;
    }

  show_report (self, NULL);
  g_set_object (&self->deleted, report);

  message = g_strdup_printf (_("%s deleted"), dd_report_get_reference (report));
  undo = adw_toast_new (message);
  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_action_name (undo, "reports.undo-delete");
  toast (self, undo);
  dd_accessible_announce (GTK_WIDGET (self), message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DdReportsPage *self = DD_REPORTS_PAGE (widget);
  DdReport *report = dd_report_editor_get_report (self->editor);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (report == NULL)
    return;

  heading = g_strdup_printf (_("Delete %s?"), dd_report_get_reference (report));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                   _("The draft and everything in it will be deleted. "
                                     "Its reference will not be given to another report."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Importing: the file is read in a thread, the report stored here. */
typedef struct
{
  char             *path;
  DdReportImporter *importer;
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_free (job->path);
  g_clear_object (&job->importer);
  g_free (job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  DdReport *report = dd_report_importer_import_file (job->importer, job->path, cancellable, &error);

  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

static void
finish_import (DdReportsPage    *self,
               DdReport         *report,
               DdReportImporter *importer,
               gboolean          replace)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!dd_report_store_add (get_store (self), report, replace, &error))
    {
      show_error (self, _("Cannot Import the Report"), error->message);
      return;
    }

  dd_reports_page_select (self, report);

  if (dd_report_importer_get_unplaced (importer)[0] != NULL)
    {
      g_autofree char *summary = dd_report_importer_dup_summary (importer);
      g_autofree char *heading = g_strdup_printf (_("Imported %s"), dd_report_get_reference (report));

      show_error (self, heading, summary);
      return;
    }

  message = g_strdup_printf (_("Imported %s"), dd_report_get_reference (report));
  toast (self, adw_toast_new (message));
}

typedef struct
{
  DdReport         *report;
  DdReportImporter *importer;
} ReplaceQuestion;

static void
on_replace_response (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  ReplaceQuestion *question = user_data;
  DdReportsPage *self = g_object_get_data (G_OBJECT (dialog), "dd-page");

  if (g_str_equal (response, "replace") && self != NULL)
    finish_import (self, question->report, question->importer, TRUE);

  g_object_unref (question->report);
  g_object_unref (question->importer);
  g_free (question);
}

static void
on_import_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DdReportsPage *self = DD_REPORTS_PAGE (object);
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(DdReport) report = NULL;
  g_autoptr(DdReport) existing = NULL;
  g_autoptr(GError) error = NULL;

  if (!(report = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Cannot Import the Report"), error->message);
      return;
    }

  /* The same reference already: ask before replacing it. */
  existing = dd_report_store_find_by_reference (get_store (self), dd_report_get_reference (report), NULL);
  if (existing != NULL)
    {
      ReplaceQuestion *question = g_new0 (ReplaceQuestion, 1);
      g_autofree char *heading = g_strdup_printf (_("Replace %s?"), dd_report_get_reference (report));
      g_autofree char *body = g_strdup_printf (_("A report with the reference %s, “%s”, is already in "
                                                 "the register. Replacing it keeps its history."),
                                               dd_report_get_reference (existing),
                                               dd_report_get_title (existing));
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                  heading, body);

      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Keep the Existing One"),
                                        "replace", _("_Replace"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

      question->report = g_steal_pointer (&report);
      question->importer = g_object_ref (job->importer);
      g_object_set_data_full (G_OBJECT (dialog), "dd-page", g_object_ref (self), g_object_unref);
      g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response), question);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  finish_import (self, report, job->importer, FALSE);
}

static void
import_file (DdReportsPage *self,
             const char    *path)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, on_import_done, NULL);
  ImportJob *job = g_new0 (ImportJob, 1);

  job->path = g_strdup (path);
  job->importer = dd_report_importer_new ();
  g_task_set_task_data (task, job, import_job_free);
  g_task_set_source_tag (task, import_file);
  g_task_run_in_thread (task, import_thread);
}

static void
on_import_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(DdReportsPage) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);

  if (file == NULL || !(path = g_file_get_path (file)))
    return;

  import_file (self, path);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) reports = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import a Past Decision Report"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  gtk_file_filter_set_name (reports, _("Word documents and text files"));
  gtk_file_filter_add_pattern (reports, "*.docx");
  gtk_file_filter_add_pattern (reports, "*.txt");
  gtk_file_filter_add_mime_type (reports, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  gtk_file_filter_add_mime_type (reports, "text/plain");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), reports);

  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response), g_object_ref (widget));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_back_clicked (DdReportsPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
dd_reports_page_dispose (GObject *object)
{
  DdReportsPage *self = (DdReportsPage *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  /* The columns go with the template; their sorters must not call back. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);

  if (self->editor != NULL)
    dd_report_editor_set_report (self->editor, NULL);

  /* Let the leaflet go with its pages before the template lets go of
   * them, or libadwaita unparents a page's child twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);

  g_clear_handle_id (&self->show_all_source, g_source_remove);
  g_clear_handle_id (&self->fit_title_source, g_source_remove);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->list);
  g_clear_object (&self->years_model);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_object (&self->deleted);
  g_clear_object (&self->probe_a);
  g_clear_object (&self->probe_b);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (dd_reports_page_parent_class)->dispose (object);
}

static void
dd_reports_page_class_init (DdReportsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  DdPageClass *page_class = DD_PAGE_CLASS (klass);

  object_class->dispose = dd_reports_page_dispose;
  page_class->context_changed = dd_reports_page_context_changed;

  g_type_ensure (DD_TYPE_REPORT);
  g_type_ensure (DD_TYPE_REPORT_EDITOR);

  widget_class->measure = dd_reports_page_measure;
  widget_class->size_allocate = dd_reports_page_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-reports-page.ui");

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DdReportsPage, name)
  BIND (leaflet);
  BIND (register_box);
  BIND (search_bar);
  BIND (search_entry);
  BIND (status_dropdown);
  BIND (year_dropdown);
  BIND (register_stack);
  BIND (register_scroller);
  BIND (column_view);
  BIND (reference_column);
  BIND (title_column);
  BIND (date_column);
  BIND (status_column);
  BIND (classification_column);
  BIND (decision_column);
  BIND (editor_title);
  BIND (editor_stack);
  BIND (editor);
#undef BIND

  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "reports.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "reports.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "reports.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "reports.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "reports.undo-delete", NULL, undo_delete_action);
}

static void
dd_reports_page_init (DdReportsPage *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  self->cancellable = g_cancellable_new ();
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->probe_a = dd_report_new ();
  self->probe_b = dd_report_new ();

  gtk_string_list_append (statuses, _("All Statuses"));
  for (guint i = 0; i <= DD_REPORT_STATUS_WITHDRAWN; i++)
    gtk_string_list_append (statuses, dd_report_status_get_label (i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);

  gtk_search_bar_set_key_capture_widget (self->search_bar, self->register_box);
  g_signal_connect_swapped (self->column_view, "map", G_CALLBACK (on_column_view_map), self);
  setup_cells (self);
  setup_column_menu (self);
  setup_sorting (self);
  gtk_column_view_sort_by_column (self->column_view, self->date_column, GTK_SORT_DESCENDING);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.delete", FALSE);
}

/**
 * dd_reports_page_get_register:
 *
 * Returns: (transfer none): the reports the register lists
 */
GListModel *
dd_reports_page_get_register (DdReportsPage *self)
{
  g_return_val_if_fail (DD_IS_REPORTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

DdReportEditor *
dd_reports_page_get_editor (DdReportsPage *self)
{
  g_return_val_if_fail (DD_IS_REPORTS_PAGE (self), NULL);

  return self->editor;
}
