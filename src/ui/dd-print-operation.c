/* dd-print-operation.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints a DdDocument with the renderer that writes its PDFs, so paper
 * and PDF match. The document must be laid out already (its page count
 * known): pagination can take a second for a long report, so the caller
 * does it in a worker thread, and the print dialog only draws.
 *
 * Pages are drawn on the whole sheet in points, so the document's own
 * margins apply. On paper other than A4 (US Letter, say) the page is
 * scaled down to fit and centred, never cut.
 */

#include "config.h"

#include "dd-print-operation.h"

struct _DdPrintOperation
{
  GtkPrintOperation  parent_instance;

  DdDocument        *document;
};

G_DEFINE_FINAL_TYPE (DdPrintOperation, dd_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dd_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page)
{
  DdPrintOperation *self = DD_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale;

  g_return_if_fail (page >= 0 && (guint) page < dd_document_get_n_pages (self->document));

  /* A4 on A4 is drawn as it is; anything else is fitted. */
  scale = MIN (width / DD_DOCUMENT_PAGE_WIDTH, height / DD_DOCUMENT_PAGE_HEIGHT);
  if (G_APPROX_VALUE (scale, 1.0, 0.01))
    scale = 1.0;

  cairo_save (cr);
  cairo_translate (cr,
                   (width - DD_DOCUMENT_PAGE_WIDTH * scale) / 2,
                   (height - DD_DOCUMENT_PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  dd_document_draw_page (self->document, cr, page);
  cairo_restore (cr);
}

static void
dd_print_operation_constructed (GObject *object)
{
  DdPrintOperation *self = DD_PRINT_OPERATION (object);
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (object);
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  G_OBJECT_CLASS (dd_print_operation_parent_class)->constructed (object);

  g_assert (DD_IS_DOCUMENT (self->document));

  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_n_pages (operation, dd_document_get_n_pages (self->document));
}

static void
dd_print_operation_dispose (GObject *object)
{
  DdPrintOperation *self = (DdPrintOperation *)object;

  g_clear_object (&self->document);

  G_OBJECT_CLASS (dd_print_operation_parent_class)->dispose (object);
}

static void
dd_print_operation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DdPrintOperation *self = DD_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_print_operation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DdPrintOperation *self = DD_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dd_print_operation_class_init (DdPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = dd_print_operation_constructed;
  object_class->dispose = dd_print_operation_dispose;
  object_class->get_property = dd_print_operation_get_property;
  object_class->set_property = dd_print_operation_set_property;

  operation_class->draw_page = dd_print_operation_draw_page;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         DD_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dd_print_operation_init (DdPrintOperation *self)
{
}

/**
 * dd_print_operation_new:
 * @document: a document, already laid out (see dd_document_get_n_pages()),
 *   that nothing else uses while it prints
 *
 * Returns: (transfer full): an operation that prints @document
 */
DdPrintOperation *
dd_print_operation_new (DdDocument *document)
{
  g_return_val_if_fail (DD_IS_DOCUMENT (document), NULL);

  return g_object_new (DD_TYPE_PRINT_OPERATION,
                       "document", document,
                       NULL);
}

DdDocument *
dd_print_operation_get_document (DdPrintOperation *self)
{
  g_return_val_if_fail (DD_IS_PRINT_OPERATION (self), NULL);

  return self->document;
}
