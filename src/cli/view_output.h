/* view_output.h - a view's rows (view.h) as the report's cells (private to
 * cli/): money as pounds, percentages to their places, FTE to two, RAG as
 * its name; blank where a cell is. */
#ifndef ASSURE_CLI_VIEW_OUTPUT_H
#define ASSURE_CLI_VIEW_OUTPUT_H

#include "output.h"
#include "view.h"

/* The report's columns among columns[from..ncolumns): those with a field, in
 * the registry's order, into out (room for ncolumns); returns how many. */
size_t view_output_columns(const view_column *columns, size_t ncolumns, size_t from, output_column *out);
/* The next cell of the current row: cell as its column's type reads. */
bool view_output_cell(output_table *table, const view_column *column, const view_cell *cell);
/* The row's cells of the report's columns among columns[from..ncolumns). */
bool view_output_cells(output_table *table, const view_column *columns, size_t ncolumns, size_t from,
                       const view_row *row);

#endif
