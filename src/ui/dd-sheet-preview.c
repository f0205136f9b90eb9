/* dd-sheet-preview.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Page 1 of the internal copy of a report's decision sheet, drawn by the
 * renderer that writes the PDF, so what is shown is what is exported.
 *
 * Laying out a long report takes a while (about a second for a hundred
 * pages), so the page is drawn in a worker thread, on a copy of the
 * report (reports belong to the main thread), into a cairo image that
 * becomes a texture back on the main thread. Edits re-render it once
 * typing pauses; one render runs at a time, and one that comes back
 * after further edits is shown and followed by another. Nothing is
 * drawn while the preview is not shown (the editor folded away, say)
 * until it is.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "dd-core.h"
#include "dd-decision-sheet.h"
#include "dd-sheet-preview.h"

/* How long edits must pause before the page is drawn again. */
#define RENDER_DELAY_MS 800

/* The thumbnail's width in the layout; its height follows A4's. */
#define THUMBNAIL_WIDTH 150

struct _DdSheetPreview
{
  GtkWidget       parent_instance;

  DdReport       *report;
  char           *language;
  guint           n_pages;
  GSignalGroup   *report_signals;
  GCancellable   *cancellable;
  guint           render_source;
  guint           report_serial;   /* counts the reports shown */
  gboolean        rendering;
  gboolean        dirty;

  /* Template widgets */
  GtkPicture     *picture;
  GtkSpinner     *spinner;
  GtkLabel       *details_label;
};

G_DEFINE_FINAL_TYPE (DdSheetPreview, dd_sheet_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  PROP_LANGUAGE,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  DdReport        *report;    /* a copy, the thread's own */
  guint            report_serial;
  char            *language;
  int              width;     /* in pixels */
  int              height;

  /* The result */
  cairo_surface_t *surface;
  guint            n_pages;
} RenderJob;

static void start_render (DdSheetPreview *self);

static void
render_job_free (gpointer data)
{
  RenderJob *job = data;

  g_clear_object (&job->report);
  g_free (job->language);
  g_clear_pointer (&job->surface, cairo_surface_destroy);
  g_free (job);
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RenderJob *job = task_data;
  g_autoptr(DdCatalog) catalog = NULL;
  g_autoptr(DdDocument) document = NULL;
  GError *error = NULL;
  cairo_t *cr;

  if (!(catalog = dd_catalog_new (job->language, &error)) ||
      !(document = dd_decision_sheet_build (job->report, DD_SHEET_COPY_INTERNAL, catalog, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  job->n_pages = dd_document_get_n_pages (document);
  job->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->width, job->height);
  cr = cairo_create (job->surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, job->width / DD_DOCUMENT_PAGE_WIDTH, job->height / DD_DOCUMENT_PAGE_HEIGHT);
  if (job->n_pages > 0)
    dd_document_draw_page (document, cr, 0);

  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    {
      g_task_return_new_error (task, DD_EXPORT_ERROR, DD_EXPORT_ERROR_RENDER,
                               _("Could not draw the decision sheet: %s"),
                               cairo_status_to_string (cairo_status (cr)));
      cairo_destroy (cr);
      return;
    }

  cairo_destroy (cr);
  cairo_surface_flush (job->surface);
  g_task_return_boolean (task, TRUE);
}

static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;

  /* The bytes keep the surface alive; cairo's ARGB32 is GDK's default
   * memory format (premultiplied, native byte order). */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) *
                                      cairo_image_surface_get_height (surface),
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));

  return gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                 cairo_image_surface_get_height (surface),
                                 GDK_MEMORY_DEFAULT,
                                 bytes,
                                 cairo_image_surface_get_stride (surface));
}

static void
show_details (DdSheetPreview *self)
{
  g_autofree char *pages = NULL;
  g_autofree char *details = NULL;
  const char *language;

  if (self->n_pages == 0)
    {
      gtk_label_set_label (self->details_label, "");
      return;
    }

  /* Named as the language row in Preferences names them. */
  language = g_strcmp0 (self->language, "cy") == 0 ? _("Cymraeg") : _("English");
  pages = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", self->n_pages), self->n_pages);
  /* Translators: the number of pages, then the language, e.g. "4 pages · English" */
  details = g_strdup_printf (_("%s · %s"), pages, language);
  gtk_label_set_label (self->details_label, details);
}

static void
set_n_pages (DdSheetPreview *self,
             guint           n_pages)
{
  if (self->n_pages == n_pages)
    return;

  self->n_pages = n_pages;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

static void
on_render_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DdSheetPreview *self = DD_SHEET_PREVIEW (object);
  RenderJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  /* Gone, or the report changed under it: nothing to show. */
  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->rendering = FALSE;
  gtk_spinner_stop (self->spinner);

  /* Not the page of a report shown since: drop it. */
  if (job->report_serial == self->report_serial)
    {
      if (error != NULL)
        {
          gtk_picture_set_paintable (self->picture, NULL);
          set_n_pages (self, 0);
          gtk_label_set_label (self->details_label, error->message);
        }
      else
        {
          texture = texture_from_surface (job->surface);
          gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
          set_n_pages (self, job->n_pages);
          show_details (self);
        }
    }

  /* Edited while it was drawn: draw it again, unless a delay is running. */
  if (self->dirty && self->render_source == 0)
    start_render (self);
}

static void
start_render (DdSheetPreview *self)
{
  g_autoptr(GTask) task = NULL;
  RenderJob *job;
  int scale;

  if (self->report == NULL || self->rendering || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  self->dirty = FALSE;
  self->rendering = TRUE;
  if (gtk_picture_get_paintable (self->picture) == NULL)
    gtk_spinner_start (self->spinner);

  scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  job = g_new0 (RenderJob, 1);
  job->report = dd_report_copy (self->report);
  job->report_serial = self->report_serial;
  job->language = g_strdup (self->language);
  job->width = THUMBNAIL_WIDTH * scale;
  job->height = (int) (THUMBNAIL_WIDTH * scale * DD_DOCUMENT_PAGE_HEIGHT / DD_DOCUMENT_PAGE_WIDTH + 0.5);

  task = g_task_new (self, self->cancellable, on_render_done, NULL);
  g_task_set_source_tag (task, start_render);
  g_task_set_task_data (task, job, render_job_free);
  g_task_run_in_thread (task, render_thread);
}

static gboolean
on_render_timeout (gpointer user_data)
{
  DdSheetPreview *self = user_data;

  self->render_source = 0;
  start_render (self);

  return G_SOURCE_REMOVE;
}

/* Draws the page again after @delay, or at once when the preview next
 * comes on screen. */
static void
schedule_render (DdSheetPreview *self,
                 guint           delay)
{
  self->dirty = TRUE;
  g_clear_handle_id (&self->render_source, g_source_remove);

  if (self->report != NULL)
    self->render_source = g_timeout_add (delay, on_render_timeout, self);
}

static void
on_report_changed (DdSheetPreview *self)
{
  schedule_render (self, RENDER_DELAY_MS);
}

static void
dd_sheet_preview_map (GtkWidget *widget)
{
  DdSheetPreview *self = DD_SHEET_PREVIEW (widget);

  GTK_WIDGET_CLASS (dd_sheet_preview_parent_class)->map (widget);

  if (self->dirty && self->render_source == 0)
    start_render (self);
}

static void
dd_sheet_preview_dispose (GObject *object)
{
  DdSheetPreview *self = (DdSheetPreview *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->render_source, g_source_remove);
  g_clear_object (&self->report_signals);
  g_clear_object (&self->report);

  gtk_widget_dispose_template (GTK_WIDGET (self), DD_TYPE_SHEET_PREVIEW);
  /* The template's top box is not bound to a member: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL; )
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dd_sheet_preview_parent_class)->dispose (object);
}

static void
dd_sheet_preview_finalize (GObject *object)
{
  DdSheetPreview *self = (DdSheetPreview *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (dd_sheet_preview_parent_class)->finalize (object);
}

static void
dd_sheet_preview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DdSheetPreview *self = DD_SHEET_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, self->n_pages);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_sheet_preview_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DdSheetPreview *self = DD_SHEET_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      dd_sheet_preview_set_report (self, g_value_get_object (value));
      break;

    case PROP_LANGUAGE:
      dd_sheet_preview_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_sheet_preview_class_init (DdSheetPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dd_sheet_preview_dispose;
  object_class->finalize = dd_sheet_preview_finalize;
  object_class->get_property = dd_sheet_preview_get_property;
  object_class->set_property = dd_sheet_preview_set_property;

  widget_class->map = dd_sheet_preview_map;

  /**
   * DdSheetPreview:report:
   *
   * The report shown, with its content loaded; %NULL for none.
   */
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL,
                         DD_TYPE_REPORT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DdSheetPreview:language:
   *
   * The language the sheet is written in: "en" or "cy".
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DdSheetPreview:n-pages:
   *
   * How many pages the sheet has, as last drawn; 0 until it is.
   */
  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "ui/dd-sheet-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, DdSheetPreview, picture);
  gtk_widget_class_bind_template_child (widget_class, DdSheetPreview, spinner);
  gtk_widget_class_bind_template_child (widget_class, DdSheetPreview, details_label);
}

static void
dd_sheet_preview_init (DdSheetPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->language = g_strdup ("en");
  self->cancellable = g_cancellable_new ();
  self->report_signals = g_signal_group_new (DD_TYPE_REPORT);
  g_signal_group_connect_swapped (self->report_signals, "changed", G_CALLBACK (on_report_changed), self);
}

DdReport *
dd_sheet_preview_get_report (DdSheetPreview *self)
{
  g_return_val_if_fail (DD_IS_SHEET_PREVIEW (self), NULL);

  return self->report;
}

/**
 * dd_sheet_preview_set_report:
 * @report: (nullable): a report with its content loaded
 *   (dd_report_store_load_content())
 */
void
dd_sheet_preview_set_report (DdSheetPreview *self,
                             DdReport       *report)
{
  g_return_if_fail (DD_IS_SHEET_PREVIEW (self));
  g_return_if_fail (!report || DD_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;

  g_signal_group_set_target (self->report_signals, report);
  self->report_serial++;

  /* Another report's page is not this one's: clear it at once. */
  gtk_picture_set_paintable (self->picture, NULL);
  gtk_label_set_label (self->details_label, "");
  set_n_pages (self, 0);
  schedule_render (self, 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

const char *
dd_sheet_preview_get_language (DdSheetPreview *self)
{
  g_return_val_if_fail (DD_IS_SHEET_PREVIEW (self), NULL);

  return self->language;
}

void
dd_sheet_preview_set_language (DdSheetPreview *self,
                               const char     *language)
{
  g_return_if_fail (DD_IS_SHEET_PREVIEW (self));

  if (language == NULL)
    language = "en";

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  schedule_render (self, 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

guint
dd_sheet_preview_get_n_pages (DdSheetPreview *self)
{
  g_return_val_if_fail (DD_IS_SHEET_PREVIEW (self), 0);

  return self->n_pages;
}
