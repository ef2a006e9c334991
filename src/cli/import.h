/* import.h - the importer shared by import.c and import_savings.c (private to cli/). */
#ifndef ASSURE_CLI_IMPORT_H
#define ASSURE_CLI_IMPORT_H

#include <stdarg.h>
#include <stdio.h>

#include "cli.h"
#include "common.h"
#include "csv.h"
#include "fields.h"
#include "store.h"

#define IMPORT_MAX_MAPS   64
#define IMPORT_MAX_FIELDS TABLE_MAX_FIELDS

/* COLUMN_UNKNOWN: a heading assure does not know, ignored unless it holds
 * money (in a file of money: savings, bridge, investment), which is an error;
 * COLUMN_IGNORED: left out (no heading, or --ignore). */
typedef enum { COLUMN_IGNORED, COLUMN_UNKNOWN, COLUMN_FIELD, COLUMN_FY } column_kind;

typedef struct {
    column_kind kind;
    int field;       /* COLUMN_FIELD: index into the table's fields */
    int fy;          /* COLUMN_FY: the financial year its heading names (FY_LATER: the later years) */
    bool held_money; /* COLUMN_UNKNOWN: a cell of money was found in it (and reported) */
} import_column;

typedef struct {
    char heading[256];
    char column[64];
} import_map;

typedef struct import_declared import_declared;
typedef struct import_plan import_plan;
typedef struct import_tracker import_tracker;

typedef struct {
    const char *path;
    FILE *file;
    csv_reader *csv;
    table_id table;
    const table_def *def;
    money_options money;
    bool replace, dry_run, unit_given;
    import_map maps[IMPORT_MAX_MAPS];
    size_t nmaps;
    char ignores[IMPORT_MAX_MAPS][256]; /* --ignore: headings left out on purpose */
    size_t nignores;
    bool cumulative; /* --cumulative: savings lines' years are run rates reached */
    int header_line, record_line;
    import_column *columns; /* one per CSV column */
    char **headings;        /* each column's heading, as the file writes it */
    size_t ncolumns, nfy_columns;
    int field_column[IMPORT_MAX_FIELDS]; /* CSV column of each field, or -1 */
    char *scratch;                       /* trimmed copies of one record's cells */
    size_t scratch_size, scratch_used;
    store_import *import;
    long nerrors, rows, ntotal_findings;
    import_declared *declared; /* bridge and investment: the rows above, for their totals */
    int printed_column;        /* CSV column of a percentage printed beside the figures, or -1 */
    int printed;               /* which percentage it is (staffing_printed) */
    char printed_heading[128]; /* its heading as the file prints it */
    long nprinted_findings;    /* printed percentages that disagree with their rows */
    import_plan *plan;         /* milestones: the rows read and those held, for their dependencies */
    /* The text a field takes when its cell is blank or the file has no such
     * column (highlights: --period, and a tracker line's workstream), or NULL. */
    const char *given[IMPORT_MAX_FIELDS];
    char period[16];         /* --period, as given */
    int line_ref_column;     /* highlights: a tracker's column of savings line refs, or -1 */
    import_tracker *tracker; /* highlights from a tracker: the lines held, the workstreams gathered */
} importer;

/* The options after TABLE FILE (argv[2] on) into im (import_options.c). */
assure_status import_parse_options(importer *im, int argc, char **argv, assure_error *err);
/* The heading row: each column's field, financial year or unit, as --map
 * and --ignore say (import_header.c). */
assure_status import_map_header(importer *im, const csv_field *fields, size_t count, assure_error *err);

/* The next record that is not blank, with scratch space for its cells and
 * its cells in unknown columns checked: CSV_RECORD.  After the last,
 * CSV_END, the unknown columns that held no money warned of; CSV_ERROR when
 * the file cannot be read (reported) or memory ran out (err says so). */
csv_result import_next_record(importer *im, const csv_field **fields, size_t *count, assure_error *err);

/* Report a bad cell or row; counts it, and prints the first hundred. */
void import_error(importer *im, int line, size_t column, const char *format, ...)
    __attribute__((format(printf, 4, 5)));
void import_cell_error(importer *im, const csv_field *field, size_t column, const char *name,
                       const char *value, const char *why);
bool import_reserve_scratch(importer *im, const csv_field *fields, size_t count);
/* A record's cells in unknown columns: the first cell of money in each is an
 * error naming it, and how to map it or leave it out (files of money only). */
void import_check_unknown(importer *im, const csv_field *fields, size_t count);
/* After the rows: the unknown columns that held no money are warned of as
 * ignored (files of money say so once they have been read). */
void import_warn_unknown(importer *im);
/* A copy of a cell in the scratch space as field f reads it: trimmed, and a
 * text cell without the mark that keeps a spreadsheet from running it (csv.h). */
char *import_cell_text(importer *im, const field_def *f, const char *raw);
bool import_parse_record(importer *im, const csv_field *fields, size_t count, field_value *values,
                         char **texts);
void import_key_text(const importer *im, const field_value *values, char *buf, size_t size);

/* Bridge and investment files: when the record declares a total rather
 * than holding a row, check it against the rows above and set *handled. */
assure_status import_declared_row(importer *im, const csv_field *fields, size_t count, bool *handled,
                                  assure_error *err);
/* A row that was read: remember it for the totals below it, and check its
 * own total column (investment). */
assure_status import_declared_add(importer *im, const field_value *values, const csv_field *fields,
                                  size_t count, assure_error *err);
void import_declared_free(importer *im);
/* False when the row refers to what is not there (a KPI value whose KPI is
 * unknown); *status is set when the store could not say. */
bool import_reference_known(importer *im, const field_value *values, assure_error *err,
                            assure_status *status);

/* A column of percentages printed beside the figures they are worked from
 * (staffing: "Vacancy % including agency workers"), by its heading or by the
 * column --map names (uncovered_pct, vacancy_pct): true when it is one, and
 * the column is noted so that each row's is checked. */
bool import_printed_column(importer *im, const char *heading, const char *mapped, size_t column);
/* True when name is a printed percentage's column that --map may name. */
bool import_printed_name(table_id table, const char *name);
/* Check the row's printed percentage against the figures it is worked from:
 * a disagreement is a warning, kept for assure check. */
assure_status import_printed_check(importer *im, const field_value *values, const csv_field *fields,
                                   size_t count, assure_error *err);

/* Milestones (import_plan.c): the rows held before the import; each row's
 * ref and depends_on as read (texts by field), good or bad; after the last
 * row, every depends_on ref that names no milestone and any dependency
 * cycle, as errors naming the line and column. */
assure_status import_plan_begin(importer *im, store *s, assure_error *err);
assure_status import_plan_add(importer *im, char *const *texts, assure_error *err);
void import_plan_check(importer *im);
void import_plan_free(importer *im);

/* Highlights (import_highlights.c).  A heading a tracker writes for a
 * highlight's field ("Commentary" for progress, "Owner" for lead) or for
 * its savings lines' refs ("Ref"): the field, or -1 (and *line_ref set for
 * the refs). */
int import_highlights_heading(const char *heading, bool *line_ref);
/* A tracker's rows (a column of line refs): each line's words gathered under
 * its workstream (from the file, or the line held) and the period, written
 * once the file is read. */
assure_status import_highlights_tracker(importer *im, store *s, assure_error *err);

/* Savings, long or wide form, with its declared totals. */
assure_status import_savings(importer *im, assure_error *err);

#endif
