/* dd-file-replace.c
 *
 * Copyright 2026 The Decision Desk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups and exported PDFs are written beside the chosen file and
 * renamed over it at the end, so an existing file is replaced whole or
 * not at all, and a failure leaves nothing half-written.
 *
 * Inside Flatpak the file chooser's portal gives the app a folder that
 * holds only the chosen file: nothing can be created, renamed or removed
 * in it. There the file is written in a folder of our own first and
 * copied over the chosen file at the end.
 *
 *   g_autoptr(DdFileReplace) replace = dd_file_replace_begin (path, error);
 *   write to dd_file_replace_get_path (replace), then
 *   dd_file_replace_commit (replace, cancellable, error);
 *
 * Freeing it without committing removes what was written.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "dd-file-replace.h"

struct _DdFileReplace
{
  char *destination;
  char *path;
  char *scratch;    /* our own folder, when the destination's is locked */
  gboolean committed;
};

static void
set_error_from_errno (GError     **error,
                      int          saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
}

/**
 * dd_file_replace_begin:
 * @destination: the file to write, existing or not
 *
 * Returns: (transfer full): where to write, or %NULL with @error set
 *   (%G_IO_ERROR, its message the system's reason)
 */
DdFileReplace *
dd_file_replace_begin (const char  *destination,
                       GError     **error)
{
  g_autoptr(DdFileReplace) self = g_new0 (DdFileReplace, 1);
  int fd;

  g_return_val_if_fail (destination != NULL, NULL);

  self->destination = g_strdup (destination);
  self->path = g_strdup_printf ("%s.XXXXXX", destination);

  if ((fd = g_mkstemp_full (self->path, O_RDWR | O_CLOEXEC, 0600)) >= 0)
    {
      close (fd);
      return g_steal_pointer (&self);
    }

  if (errno != EACCES && errno != EPERM)
    {
      set_error_from_errno (error, errno);
      g_clear_pointer (&self->path, g_free);
      return NULL;
    }

  /* The document portal's folder: write in our own first. */
  g_clear_pointer (&self->path, g_free);
  if (!(self->scratch = g_dir_make_tmp ("decision-desk-XXXXXX", error)))
    return NULL;

  {
    g_autofree char *name = g_path_get_basename (destination);

    self->path = g_build_filename (self->scratch, name, NULL);
  }

  return g_steal_pointer (&self);
}

/**
 * dd_file_replace_get_path:
 *
 * Returns: the file to write, instead of the destination
 */
const char *
dd_file_replace_get_path (DdFileReplace *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

/* Writes @from over @destination, in place. */
static gboolean
copy_over (const char    *from,
           const char    *destination,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (destination);
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GFileIOStream) output = NULL;

  if (!(input = g_file_read (source, cancellable, error)))
    return FALSE;

  if (!(output = g_file_open_readwrite (target, cancellable, NULL)))
    {
      /* Not there yet: a portal folder lets the chosen file be created. */
      g_autoptr(GError) create_error = NULL;

      if (!(output = g_file_create_readwrite (target, G_FILE_CREATE_NONE, cancellable, &create_error)))
        {
          g_propagate_error (error, g_steal_pointer (&create_error));
          return FALSE;
        }
    }

  if (!g_seekable_truncate (G_SEEKABLE (output), 0, cancellable, error))
    return FALSE;

  if (g_output_stream_splice (g_io_stream_get_output_stream (G_IO_STREAM (output)),
                              G_INPUT_STREAM (input),
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE,
                              cancellable, error) < 0)
    return FALSE;

  return g_io_stream_close (G_IO_STREAM (output), cancellable, error);
}

/**
 * dd_file_replace_commit:
 *
 * Puts what was written in the destination's place.
 */
gboolean
dd_file_replace_commit (DdFileReplace  *self,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->scratch != NULL)
    {
      if (!copy_over (self->path, self->destination, cancellable, error))
        return FALSE;
    }
  else if (g_rename (self->path, self->destination) != 0)
    {
      set_error_from_errno (error, errno);
      return FALSE;
    }

  self->committed = TRUE;

  return TRUE;
}

void
dd_file_replace_free (DdFileReplace *self)
{
  if (self == NULL)
    return;

  /* What was written is gone: renamed into place, or not wanted. */
  if (self->path != NULL && (!self->committed || self->scratch != NULL))
    g_unlink (self->path);
  if (self->scratch != NULL)
    g_rmdir (self->scratch);

  g_free (self->destination);
  g_free (self->path);
  g_free (self->scratch);
  g_free (self);
}
