/* dd-report-list.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GListModel of DdReport that holds only the ids of the reports it
 * lists: the database filters, searches and sorts them, and each report
 * is made (or found, shared, in the store) only when a view asks for it.
 * Ten thousand reports cost eighty kilobytes of ids, not ten thousand
 * objects. It queries again whenever the store writes, or a filter
 * changes, and tells its views exactly which rows changed.
 */

#include "config.h"

#include "dd-report-list.h"

struct _DdReportList
{
  GObject        parent_instance;

  DdReportStore *store;
  GArray        *ids;
  char          *search;
  int            status;
  int            year;
  DdReportSort   sort;
  gboolean       descending;
  gboolean       rank_search;
};

static void dd_report_list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DdReportList, dd_report_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      dd_report_list_model_iface_init))

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_STATUS,
  PROP_YEAR,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Queries again and reports the change as one items-changed: what lies
 * between the longest common start and end of the old and new lists. */
static void
refresh (DdReportList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  DdReportFilter filter = {
    .search = self->search,
    .status = self->status,
    .year = self->year,
    .sort = self->sort,
    .descending = self->descending,
    .rank_search = self->rank_search,
  };
  guint old_length, new_length, prefix = 0, suffix = 0;
  const gint64 *old;
  const gint64 *new;

  if (!(ids = dd_report_store_query (self->store, &filter, &error)))
    {
      g_warning ("Could not list the reports: %s", error->message);
      return;
    }

  old = (const gint64 *) self->ids->data;
  new = (const gint64 *) ids->data;
  old_length = self->ids->len;
  new_length = ids->len;

  while (prefix < old_length && prefix < new_length && old[prefix] == new[prefix])
    prefix++;
  while (suffix < old_length - prefix && suffix < new_length - prefix &&
         old[old_length - 1 - suffix] == new[new_length - 1 - suffix])
    suffix++;

  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);

  if (old_length == new_length && prefix == old_length)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_length - prefix - suffix,
                              new_length - prefix - suffix);

  if (old_length != new_length)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static GType
dd_report_list_get_item_type (GListModel *model)
{
  return DD_TYPE_REPORT;
}

static guint
dd_report_list_get_n_items (GListModel *model)
{
  return DD_REPORT_LIST (model)->ids->len;
}

static gpointer
dd_report_list_get_item (GListModel *model,
                         guint       position)
{
  DdReportList *self = DD_REPORT_LIST (model);
  g_autoptr(GError) error = NULL;
  DdReport *report;

  if (position >= self->ids->len)
    return NULL;

  if (!(report = dd_report_store_get (self->store, g_array_index (self->ids, gint64, position), &error)))
    g_warning ("Could not read a report: %s", error->message);

  return report;
}

static void
dd_report_list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dd_report_list_get_item_type;
  iface->get_n_items = dd_report_list_get_n_items;
  iface->get_item = dd_report_list_get_item;
}

static void
dd_report_list_dispose (GObject *object)
{
  DdReportList *self = (DdReportList *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dd_report_list_parent_class)->dispose (object);
}

static void
dd_report_list_finalize (GObject *object)
{
  DdReportList *self = (DdReportList *)object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (dd_report_list_parent_class)->finalize (object);
}

static void
dd_report_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DdReportList *self = DD_REPORT_LIST (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_report_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DdReportList *self = DD_REPORT_LIST (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      dd_report_list_set_search (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      dd_report_list_set_status (self, g_value_get_int (value));
      break;

    case PROP_YEAR:
      dd_report_list_set_year (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_report_list_class_init (DdReportListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dd_report_list_dispose;
  object_class->finalize = dd_report_list_finalize;
  object_class->get_property = dd_report_list_get_property;
  object_class->set_property = dd_report_list_set_property;

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_report_list_init (DdReportList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->status = -1;
  self->sort = DD_REPORT_SORT_DATE;
  self->descending = TRUE;
  self->rank_search = TRUE;
}

/**
 * dd_report_list_new:
 *
 * Returns: (transfer full): every report, newest first, until filters
 *   are set
 */
DdReportList *
dd_report_list_new (DdReportStore *store)
{
  DdReportList *self;

  g_return_val_if_fail (DD_IS_REPORT_STORE (store), NULL);

  self = g_object_new (DD_TYPE_REPORT_LIST, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (refresh), self);
  refresh (self);

  return self;
}

const char *
dd_report_list_get_search (DdReportList *self)
{
  g_return_val_if_fail (DD_IS_REPORT_LIST (self), NULL);

  return self->search;
}

/**
 * dd_report_list_set_search:
 * @search: (nullable): words to find in any field or section
 */
void
dd_report_list_set_search (DdReportList *self,
                           const char   *search)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (DD_IS_REPORT_LIST (self));

  stripped = search != NULL ? g_strstrip (g_strdup (search)) : NULL;
  if (stripped != NULL && *stripped == '\0')
    g_clear_pointer (&stripped, g_free);

  if (g_strcmp0 (self->search, stripped) == 0)
    return;

  g_free (self->search);
  self->search = g_steal_pointer (&stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  refresh (self);
}

int
dd_report_list_get_status (DdReportList *self)
{
  g_return_val_if_fail (DD_IS_REPORT_LIST (self), -1);

  return self->status;
}

/**
 * dd_report_list_set_status:
 * @status: a #DdReportStatus, or -1 for every status
 */
void
dd_report_list_set_status (DdReportList *self,
                           int           status)
{
  g_return_if_fail (DD_IS_REPORT_LIST (self));
  g_return_if_fail (status >= -1 && status <= DD_REPORT_STATUS_WITHDRAWN);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  refresh (self);
}

int
dd_report_list_get_year (DdReportList *self)
{
  g_return_val_if_fail (DD_IS_REPORT_LIST (self), 0);

  return self->year;
}

/**
 * dd_report_list_set_year:
 * @year: a calendar year, or 0 for every year
 */
void
dd_report_list_set_year (DdReportList *self,
                         int           year)
{
  g_return_if_fail (DD_IS_REPORT_LIST (self));

  if (self->year == year)
    return;

  self->year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
  refresh (self);
}

void
dd_report_list_set_sort (DdReportList *self,
                         DdReportSort  sort,
                         gboolean      descending)
{
  g_return_if_fail (DD_IS_REPORT_LIST (self));
  g_return_if_fail (sort < DD_REPORT_N_SORTS);

  if (self->sort == sort && self->descending == !!descending)
    return;

  self->sort = sort;
  self->descending = !!descending;
  refresh (self);
}

/**
 * dd_report_list_set_rank_search:
 *
 * Whether, while searching, the best matches come first (the default)
 * rather than the order set with dd_report_list_set_sort().
 */
void
dd_report_list_set_rank_search (DdReportList *self,
                                gboolean      rank)
{
  g_return_if_fail (DD_IS_REPORT_LIST (self));

  if (self->rank_search == !!rank)
    return;

  self->rank_search = !!rank;
  if (self->search != NULL)
    refresh (self);
}

gint64
dd_report_list_get_id (DdReportList *self,
                       guint         position)
{
  g_return_val_if_fail (DD_IS_REPORT_LIST (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, position);
}

/**
 * dd_report_list_find:
 * @position: (out) (optional): where the report is
 *
 * Returns: whether the report with @id is in the list
 */
gboolean
dd_report_list_find (DdReportList *self,
                     gint64        id,
                     guint        *position)
{
  g_return_val_if_fail (DD_IS_REPORT_LIST (self), FALSE);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }

  return FALSE;
}
