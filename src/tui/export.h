/* export.h - the rows of a panel, and an edit that could not be saved,
 * written to files. */
#ifndef ASSURE_TUI_EXPORT_H
#define ASSURE_TUI_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "store.h"

typedef struct tui_state tui_state;

/* Write the current panel's rows (as shown) to a file; returns its path in buf. */
assure_status export_panel(tui_state *s, bool markdown, char *path, size_t size, assure_error *err);

/* Write an edit that could not be saved to a new CSV file (here, else in the
 * home directory) that import takes back; its path into path. */
assure_status unsaved_write(const edit_record *record, char *path, size_t size, assure_error *err);

#endif
