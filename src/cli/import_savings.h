/* import_savings.h - a savings file as read, before it is written: its rows
 * (lines, costs, net rows and totals) and the cells of each (private to
 * import_savings*.c). */
#ifndef ASSURE_CLI_IMPORT_SAVINGS_H
#define ASSURE_CLI_IMPORT_SAVINGS_H

#include "import.h"
#include "records.h"
#include "totals.h"

/* ref .. status describe the line (and basis, read apart) */
enum { LINE_FIELDS = SAVINGS_FIELD_FY };

/* The four measures' names, as a long-form measure cell gives them. */
extern const char *const import_measure_names[SAVINGS_MEASURE_FIELDS];

typedef struct {
    int line;
    bool is_total, bad;
    savings_row_kind kind; /* not a total: a line, a cost or a net row */
    int basis;             /* the basis cell: a savings_basis, or -1 when blank */
    bool cumulative;       /* the line's basis, as the file gives it, is cumulative */
    const char *label;
    field_value attributes[LINE_FIELDS];
    int fy;
    int measure;
    money *values, *resolutions; /* per value column: the four measures (long) or the FY columns (wide) */
    money total, total_resolution;
} savings_row;

typedef struct {
    size_t row; /* the row that gave it */
    int fy, measure;
    money value;
} profile_cell;

typedef struct {
    importer *im;
    bool wide;
    size_t nvalues;
    int *value_fy;            /* wide: the FY of each value column */
    size_t *value_csv_column; /* the CSV column of each value column */
    savings_row *rows;
    size_t nrows, capacity;
    string_pool *strings;
    bool out_of_memory; /* a cell could not be kept: the import stops */
} savings_file;

/* A line attribute of a row as text ("" when blank). */
static inline const char *attribute_text(const savings_row *row, int f)
{
    return row->attributes[f].blank || row->attributes[f].text == NULL ? "" : row->attributes[f].text;
}

/* Write the file's lines (costs to the programme's costs) and then their
 * profile by year (import_savings_write.c). */
assure_status import_savings_write_lines(savings_file *file, assure_error *err);
assure_status import_savings_write_profile(savings_file *file, assure_error *err);

#endif
