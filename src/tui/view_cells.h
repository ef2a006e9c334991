/* view_cells.h - a view's rows (view.h) in the table widget: each typed
 * cell as text for a screen (money short, £1.2m), a sort key and a colour.
 */
#ifndef ASSURE_TUI_VIEW_CELLS_H
#define ASSURE_TUI_VIEW_CELLS_H

#include "tui_internal.h"
#include "view.h"

/* How a panel writes its cells: percentages with their sign (55.6%), or bare
 * under a heading that says so (Vac%); FTE and decimals to their places
 * (4.40), or with the zeros after the point trimmed (4.4, 2).  Styles are
 * flags, added together. */
typedef enum {
    VIEW_CELLS_PERCENT_SIGN = 0,
    VIEW_CELLS_BARE_PERCENT = 1,
    VIEW_CELLS_TRIM_ZEROS = 2
} view_cells_style;

/* What a panel's add-row function is handed as it builds from a view. */
typedef struct {
    panel *p;
    tui_state *s;
} view_building;

/* Set every cell of the table's last row from row, whose cells are of columns. */
void view_cells_set(table *t, const theme *th, const view_column *columns, size_t ncolumns,
                    const view_row *row, view_cells_style style);

/* The heading a field has on screen: its layout column's, else the registry's. */
const char *view_cells_heading(const panel_layout *layout, const view_column *columns, int field);

#endif
