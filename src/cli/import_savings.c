/* import_savings.c - savings in long form (one row per line and FY) or wide
 * form (one column per FY, with optional measure and total columns), and the
 * totals the file declares.
 *
 * A row is a saving (a line), a cost of the programme or a net subtotal: by
 * its kind cell, else by its name (totals_label_kind).  Costs go to the
 * programme's costs (investment, kind other, their years in
 * investment_year); net rows and total rows are declared figures, checked. */
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "import.h"
#include "records.h"
#include "text.h"
#include "totals.h"

/* ref .. status describe the line (and basis, read apart) */
enum { LINE_FIELDS = SAVINGS_FIELD_FY };

static const char *const measure_names[SAVINGS_MEASURE_FIELDS] = {"target", "stretch", "forecast", "actual"};

/* "2024/25" or "later", in a buffer that lasts until the next call. */
static const char *fy_name(int fy)
{
    static char name[16];
    fy_format(name, sizeof name, fy);
    return name;
}

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
} savings_file;

static const char *keep(savings_file *file, const char *text)
{
    const char *copy = pool_copy(&file->strings, text != NULL ? text : "");
    return copy != NULL ? copy : "";
}

/* Parse a money cell, keeping the precision it was written in. */
static bool money_cell(savings_file *file, const csv_field *field, size_t column, const char *name,
                       const char *text, money *value, money *resolution)
{
    money_parsed parsed;
    const char *why = "";
    if (!money_parse(text, file->im->money.unit, &parsed, &why)) {
        import_cell_error(file->im, field, column, name, text, why);
        return false;
    }
    *value = parsed.value;
    *resolution = parsed.resolution;
    if (file->im->money.negate && parsed.value != MONEY_UNKNOWN)
        *value = -parsed.value;
    return true;
}

static char *trimmed_copy(importer *im, const char *raw)
{
    char *copy = strcpy(im->scratch + im->scratch_used, raw);
    im->scratch_used += strlen(raw) + 1;
    return field_trim(copy);
}

/* Read one record into row, whose figures go in values and resolutions
 * (nvalues each).  False when a cell is bad (it has been reported). */
static bool read_row(savings_file *file, const csv_field *fields, size_t count, savings_row *row,
                     money *values, money *resolutions)
{
    importer *im = file->im;
    const table_def *def = im->def;
    memset(row, 0, sizeof *row);
    row->line = im->record_line;
    row->values = values;
    row->resolutions = resolutions;
    for (size_t v = 0; v < file->nvalues; v++) {
        values[v] = MONEY_UNKNOWN;
        resolutions[v] = 1;
    }
    row->total = MONEY_UNKNOWN;
    row->total_resolution = 1;
    char *texts[IMPORT_MAX_FIELDS];
    for (size_t f = 0; f < def->nfields; f++) {
        int c = im->field_column[f];
        texts[f] = import_cell_text(im, &def->fields[f], c >= 0 && (size_t)c < count ? fields[c].text : "");
    }
    /* The label: the name, or the first cell that is not blank. */
    const char *label = texts[SAVINGS_FIELD_NAME];
    for (size_t c = 0; c < count && label[0] == '\0'; c++)
        label = trimmed_copy(im, fields[c].text);
    row->label = keep(file, label);
    row->is_total = texts[SAVINGS_FIELD_REF][0] == '\0' && totals_label_is_total(label);
    row->basis = -1;

    bool good = true;
    /* What the row is: its kind cell, else its name. */
    row->kind = row->is_total ? ROW_SAVING : totals_label_kind(label);
    if (!row->is_total && texts[SAVINGS_FIELD_KIND][0] != '\0') {
        field_value value;
        const char *why = "";
        int c = im->field_column[SAVINGS_FIELD_KIND];
        if (field_parse(&def->fields[SAVINGS_FIELD_KIND], texts[SAVINGS_FIELD_KIND], NULL, &value, &why)) {
            row->kind = (savings_row_kind)value.number;
        } else {
            import_cell_error(im, &fields[c], (size_t)c, def->fields[SAVINGS_FIELD_KIND].name,
                              texts[SAVINGS_FIELD_KIND], why);
            good = false;
        }
    }
    bool described = !row->is_total && row->kind != ROW_NET; /* a net row, like a total, is not a line */
    for (size_t f = 0; f < def->nfields; f++) {
        int c = im->field_column[f];
        const csv_field *field = c >= 0 && (size_t)c < count ? &fields[c] : NULL;
        size_t column = c >= 0 ? (size_t)c : 0;
        const field_def *fd = &def->fields[f];
        if (f >= SAVINGS_FIELD_TARGET && f <= SAVINGS_FIELD_ACTUAL) {
            if (!file->wide)
                good = money_cell(file, field, column, fd->name, texts[f], &values[f - SAVINGS_FIELD_TARGET],
                                  &resolutions[f - SAVINGS_FIELD_TARGET]) &&
                       good;
            continue;
        }
        if (f == SAVINGS_FIELD_TOTAL) {
            if (file->wide)
                good = money_cell(file, field, column, fd->name, texts[f], &row->total,
                                  &row->total_resolution) &&
                       good;
            continue;
        }
        if (f == SAVINGS_FIELD_KIND)
            continue; /* read above */
        if ((f < LINE_FIELDS || f == SAVINGS_FIELD_BASIS) && !described &&
            !(f == SAVINGS_FIELD_REF && texts[SAVINGS_FIELD_REF][0] != '\0'))
            continue; /* a total or net row is not a line: its ref, name and so on are not required */
        if (f == SAVINGS_FIELD_BASIS && texts[f][0] == '\0')
            continue; /* blank: the file's basis, or another row's of the line */
        field_value value;
        const char *why = "";
        if (!field_parse(fd, texts[f], &im->money, &value, &why)) {
            import_cell_error(im, field, column, fd->name, texts[f], why);
            good = false;
            continue;
        }
        if (f < LINE_FIELDS) {
            if (value.text != NULL && (fd->kind == FIELD_TEXT || fd->kind == FIELD_REF))
                value.text = keep(file, value.text);
            row->attributes[f] = value;
        } else if (f == SAVINGS_FIELD_FY) {
            row->fy = value.blank ? 0 : (int)value.number;
        } else if (f == SAVINGS_FIELD_MEASURE) {
            row->measure = (int)value.number;
        } else if (f == SAVINGS_FIELD_BASIS) {
            row->basis = (int)value.number;
        }
    }
    if (file->wide) {
        for (size_t v = 0; v < file->nvalues; v++) {
            size_t c = file->value_csv_column[v];
            const char *text = trimmed_copy(im, c < count ? fields[c].text : "");
            char name[16];
            fy_format(name, sizeof name, file->value_fy[v]);
            good =
                money_cell(file, c < count ? &fields[c] : NULL, c, name, text, &values[v], &resolutions[v]) &&
                good;
        }
    }
    /* A cost is a cost whichever sign the table prints it with (savings in
     * brackets and costs plain, or both plain). */
    if (!row->is_total && row->kind == ROW_COST) {
        for (size_t v = 0; v < file->nvalues; v++)
            if (values[v] != MONEY_UNKNOWN && values[v] < 0)
                values[v] = -values[v];
        if (row->total != MONEY_UNKNOWN && row->total < 0)
            row->total = -row->total;
    }
    row->bad = !good;
    return good;
}

static bool read_rows(savings_file *file, assure_error *err)
{
    importer *im = file->im;
    const csv_field *fields;
    size_t count;
    csv_result result;
    while ((result = csv_next(im->csv, &fields, &count)) == CSV_RECORD) {
        im->record_line = csv_record_line(im->csv);
        if (csv_record_is_blank(fields, count))
            continue;
        if (!import_reserve_scratch(im, fields, count)) {
            error_set(err, ASSURE_DATA, "%s:%d: out of memory", im->path, im->record_line);
            return false;
        }
        savings_row *grown = array_grow(file->rows, &file->capacity, file->nrows + 1, sizeof *grown);
        if (grown == NULL) {
            error_set(err, ASSURE_DATA, "out of memory");
            return false;
        }
        file->rows = grown;
        size_t n = file->nvalues > 0 ? file->nvalues : 1;
        money *arrays = malloc(2 * n * sizeof *arrays);
        if (arrays == NULL) {
            error_set(err, ASSURE_DATA, "out of memory");
            return false;
        }
        import_check_unknown(im, fields, count);
        read_row(file, fields, count, &file->rows[file->nrows++], arrays, arrays + n);
    }
    if (result == CSV_ERROR) {
        import_error(im, csv_error_line(im->csv), 0, "%s", csv_error(im->csv));
        return false;
    }
    import_warn_unknown(im);
    return true;
}

/* Merged cells in a spreadsheet's grouping columns arrive as one value and
 * blanks below it: a line with no cohort (workstream) takes the one above. */
static void fill_down(savings_file *file)
{
    static const int grouping[] = {SAVINGS_FIELD_COHORT, SAVINGS_FIELD_WORKSTREAM};
    for (size_t g = 0; g < 2; g++) {
        int f = grouping[g];
        if (file->im->field_column[f] < 0)
            continue;
        const char *above = NULL;
        for (size_t r = 0; r < file->nrows; r++) {
            savings_row *row = &file->rows[r];
            if (row->is_total || row->kind != ROW_SAVING)
                continue;
            if (row->attributes[f].blank && above != NULL) {
                row->attributes[f].blank = false;
                row->attributes[f].text = above;
            } else if (!row->attributes[f].blank) {
                above = row->attributes[f].text;
            }
        }
    }
}

static const char *attribute_text(const savings_row *row, int f)
{
    return row->attributes[f].blank || row->attributes[f].text == NULL ? "" : row->attributes[f].text;
}

/* What a declared figure is of, for the warning: "target, 2024/25". */
static void describe_figure(const savings_file *file, const savings_row *row, int column, char *buf,
                            size_t size)
{
    char fy[16] = "all years";
    if (column < 0) {
        snprintf(buf, size, "total column (%s)", measure_names[row->measure]);
        return;
    }
    if (file->wide)
        fy_format(fy, sizeof fy, file->value_fy[column]);
    else if (row->fy != 0)
        fy_format(fy, sizeof fy, row->fy);
    snprintf(buf, size, "%s, %s", file->wide ? measure_names[row->measure] : measure_names[column], fy);
}

static assure_status check_totals(savings_file *file, assure_error *err)
{
    importer *im = file->im;
    totals_row *rows = calloc(file->nrows > 0 ? file->nrows : 1, sizeof *rows);
    size_t max = 1000;
    total_finding *findings = calloc(max, sizeof *findings);
    if (rows == NULL || findings == NULL) {
        free(rows);
        free(findings);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    for (size_t r = 0; r < file->nrows; r++) {
        const savings_row *row = &file->rows[r];
        rows[r].is_total = row->is_total;
        rows[r].label = row->label;
        rows[r].cohort = attribute_text(row, SAVINGS_FIELD_COHORT);
        rows[r].workstream = attribute_text(row, SAVINGS_FIELD_WORKSTREAM);
        rows[r].fy = row->fy;
        rows[r].measure = file->wide ? row->measure : 0;
        rows[r].values = row->values;
        rows[r].resolutions = row->resolutions;
        rows[r].total = row->total;
        rows[r].total_resolution = row->total_resolution;
        rows[r].kind = row->kind;
        rows[r].cumulative = row->cumulative;
        rows[r].fys = file->wide ? file->value_fy : NULL;
    }
    size_t n = totals_reconcile(rows, file->nrows, file->nvalues, findings, max);
    assure_status status = ASSURE_OK;
    for (size_t i = 0; i < n && i < max && status == ASSURE_OK; i++) {
        const total_finding *finding = &findings[i];
        const savings_row *row = &file->rows[finding->row];
        char declared[64], computed[64], off[64], what[128], label[200];
        money difference = money_distance(finding->declared, finding->computed);
        cli_money(declared, sizeof declared, finding->declared);
        cli_money(computed, sizeof computed, finding->computed);
        cli_money(off, sizeof off, difference);
        describe_figure(file, row, finding->column, what, sizeof what);
        text_visible(label, sizeof label, row->label);
        cli_warn("%s:%d: declared total %s %s sum %s (off by %s): %s, %s", im->path, row->line, declared,
                 cli_utf8() ? "≠" : "!=", computed, off, label, what);
        declared_total_record record = {
            row->is_total ? "" : attribute_text(row, SAVINGS_FIELD_REF),
            row->label,
            finding->column < 0 ? 0 : (file->wide ? file->value_fy[finding->column] : row->fy),
            file->wide || finding->column < 0 ? measure_names[row->measure] : measure_names[finding->column],
            finding->declared,
            finding->computed,
            row->line,
        };
        status = store_import_declared_total(im->import, &record, err);
    }
    im->ntotal_findings = (long)n;
    free(rows);
    free(findings);
    return status;
}

/* The file's lines in ref order: rows[order[i]]. */
static const savings_file *sorting_file;

static int compare_refs(const void *a, const void *b)
{
    const savings_row *x = &sorting_file->rows[*(const size_t *)a],
                      *y = &sorting_file->rows[*(const size_t *)b];
    int c = strcmp(attribute_text(x, SAVINGS_FIELD_REF), attribute_text(y, SAVINGS_FIELD_REF));
    if (c != 0)
        return c;
    return (x->line > y->line) - (x->line < y->line);
}

static int compare_profile_cells(const void *a, const void *b)
{
    const profile_cell *x = a, *y = b;
    const savings_row *rx = &sorting_file->rows[x->row], *ry = &sorting_file->rows[y->row];
    int c = strcmp(attribute_text(rx, SAVINGS_FIELD_REF), attribute_text(ry, SAVINGS_FIELD_REF));
    if (c != 0)
        return c;
    if (x->fy != y->fy)
        return (x->fy > y->fy) - (x->fy < y->fy);
    if (x->measure != y->measure)
        return (x->measure > y->measure) - (x->measure < y->measure);
    return (rx->line > ry->line) - (rx->line < ry->line);
}

/* One line from the rows that share its ref: the first row gives each
 * attribute; a later row may fill one it left blank, not contradict it.  Its
 * basis: the first basis cell given, else the file's (--cumulative). */
static void merge_line(savings_file *file, const size_t *order, size_t first, size_t end, field_value *line)
{
    importer *im = file->im;
    memcpy(line, file->rows[order[first]].attributes, sizeof(field_value) * LINE_FIELDS);
    int origin_row = file->rows[order[first]].line;
    int basis = -1, basis_row = 0;
    for (size_t i = first; i < end; i++) {
        const savings_row *row = &file->rows[order[i]];
        if (row->basis < 0)
            continue;
        if (basis < 0) {
            basis = row->basis;
            basis_row = row->line;
        } else if (row->basis != basis) {
            import_error(im, row->line, (size_t)im->field_column[SAVINGS_FIELD_BASIS] + 1,
                         "basis of %s is \"%s\" here but \"%s\" on line %d",
                         attribute_text(row, SAVINGS_FIELD_REF),
                         savings_basis_name((savings_basis)row->basis),
                         savings_basis_name((savings_basis)basis), basis_row);
        }
    }
    if (basis < 0)
        basis = im->cumulative ? BASIS_CUMULATIVE : BASIS_INCREMENTAL;
    line[SAVINGS_FIELD_BASIS] = (field_value){false, basis, savings_basis_name((savings_basis)basis)};
    for (size_t i = first; i < end; i++)
        file->rows[order[i]].cumulative = basis == BASIS_CUMULATIVE;
    for (size_t i = first + 1; i < end; i++) {
        const savings_row *row = &file->rows[order[i]];
        for (int f = SAVINGS_FIELD_NAME; f < LINE_FIELDS; f++) {
            const char *mine = attribute_text(row, f), *theirs = line[f].blank ? "" : line[f].text;
            if (mine[0] == '\0' || im->field_column[f] < 0)
                continue;
            if (theirs == NULL || theirs[0] == '\0') {
                line[f] = row->attributes[f];
            } else if (strcmp(mine, theirs) != 0 &&
                       !(f == SAVINGS_FIELD_COHORT || f == SAVINGS_FIELD_WORKSTREAM)) {
                import_error(im, row->line, (size_t)im->field_column[f] + 1,
                             "%s of %s is \"%s\" here but \"%s\" on line %d", im->def->fields[f].name,
                             attribute_text(row, SAVINGS_FIELD_REF), mine, theirs, origin_row);
            }
        }
    }
}

/* A cost's rows (they share its ref) as its money by year: the target
 * figures (long form), or the cells of its target rows (wide form). */
static assure_status write_cost(savings_file *file, const size_t *order, size_t first, size_t end,
                                assure_error *err)
{
    importer *im = file->im;
    const savings_row *head = &file->rows[order[first]];
    size_t most = (end - first) * file->nvalues + 1; /* a year per cell at most */
    int *fys = calloc(most, sizeof *fys);
    money *amounts = calloc(most, sizeof *amounts);
    int *lines = calloc(most, sizeof *lines);
    if (fys == NULL || amounts == NULL || lines == NULL) {
        free(fys);
        free(amounts);
        free(lines);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    size_t n = 0;
    for (size_t i = first; i < end; i++) {
        const savings_row *row = &file->rows[order[i]];
        bool other = false; /* figures of another measure than the target */
        for (size_t v = 0; v < file->nvalues; v++) {
            if (row->values[v] == MONEY_UNKNOWN)
                continue;
            if (file->wide ? row->measure != 0 : v != 0) {
                other = true;
                continue;
            }
            int fy = file->wide ? file->value_fy[v] : row->fy;
            if (fy == 0) {
                import_error(im, row->line, (size_t)im->field_column[SAVINGS_FIELD_FY] + 1,
                             "%s is a cost with no fy to put it in", attribute_text(row, SAVINGS_FIELD_REF));
                continue;
            }
            size_t k = 0;
            while (k < n && fys[k] != fy)
                k++;
            char year[16];
            fy_format(year, sizeof year, fy);
            if (k < n) {
                import_error(im, row->line, 0, "%s's cost for %s is given twice: first on line %d",
                             attribute_text(row, SAVINGS_FIELD_REF), year, lines[k]);
                continue;
            }
            fys[n] = fy;
            amounts[n] = row->values[v];
            lines[n++] = row->line;
        }
        if (other)
            import_error(
                im, row->line, 0,
                "%s is a cost: its figures are its cost each year, given as the target (a %s is not a "
                "cost's)",
                attribute_text(row, SAVINGS_FIELD_REF),
                file->wide ? measure_names[row->measure] : "stretch, forecast or actual");
    }
    assure_status status = ASSURE_OK;
    if (im->nerrors == 0) {
        import_cost cost = {attribute_text(head, SAVINGS_FIELD_REF), attribute_text(head, SAVINGS_FIELD_NAME),
                            fys, amounts, n};
        status = store_import_cost(im->import, &cost, err);
    }
    free(fys);
    free(amounts);
    free(lines);
    return status;
}

static assure_status write_lines(savings_file *file, assure_error *err)
{
    importer *im = file->im;
    size_t nlines = 0;
    size_t *order = malloc((file->nrows > 0 ? file->nrows : 1) * sizeof *order);
    if (order == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    /* Lines, costs, and net rows with a ref: a ref is one of them. */
    for (size_t r = 0; r < file->nrows; r++)
        if (!file->rows[r].is_total && !file->rows[r].bad &&
            attribute_text(&file->rows[r], SAVINGS_FIELD_REF)[0] != '\0')
            order[nlines++] = r;
    sorting_file = file;
    qsort(order, nlines, sizeof *order, compare_refs);
    assure_status status = ASSURE_OK;
    for (size_t i = 0; i < nlines && status == ASSURE_OK;) {
        size_t end = i + 1;
        const savings_row *head = &file->rows[order[i]];
        const char *ref = attribute_text(head, SAVINGS_FIELD_REF);
        while (end < nlines && strcmp(attribute_text(&file->rows[order[end]], SAVINGS_FIELD_REF), ref) == 0)
            end++;
        bool mixed = false;
        for (size_t k = i + 1; k < end && !mixed; k++) {
            const savings_row *row = &file->rows[order[k]];
            if (row->kind != head->kind) {
                import_error(im, row->line, 0, "%s is a %s here but a %s on line %d", ref,
                             savings_row_kind_name(row->kind), savings_row_kind_name(head->kind), head->line);
                mixed = true;
            }
        }
        if (mixed || head->kind != ROW_SAVING) {
            if (!mixed && head->kind == ROW_COST)
                status = write_cost(file, order, i, end, err);
            else if (!mixed && im->nerrors == 0)
                status = store_import_not_a_line(im->import, ref, err); /* a net row */
            i = end;
            continue;
        }
        field_value values[IMPORT_MAX_FIELDS];
        memset(values, 0, sizeof values);
        merge_line(file, order, i, end, values);
        int first_line = 0;
        status =
            store_import_key(im->import, IMPORT_MAIN, values, file->rows[order[i]].line, &first_line, err);
        bool present[IMPORT_MAX_FIELDS];
        for (size_t f = 0; f < IMPORT_MAX_FIELDS; f++)
            present[f] = im->field_column[f] >= 0;
        present[SAVINGS_FIELD_BASIS] = present[SAVINGS_FIELD_BASIS] || im->cumulative;
        if (status == ASSURE_OK && im->nerrors == 0)
            status = store_import_row(im->import, IMPORT_MAIN, values, present, err);
        i = end;
    }
    free(order);
    return status;
}

static bool add_cell(profile_cell **cells, size_t *ncells, size_t *capacity, size_t row, int fy, int measure,
                     money value)
{
    profile_cell *grown = array_grow(*cells, capacity, *ncells + 1, sizeof *grown);
    if (grown == NULL)
        return false;
    *cells = grown;
    profile_cell *cell = &(*cells)[(*ncells)++];
    cell->row = row;
    cell->fy = fy;
    cell->measure = measure; /* -1 in long form: the row carries all four figures */
    cell->value = value;
    return true;
}

static assure_status write_profile(savings_file *file, assure_error *err)
{
    importer *im = file->im;
    size_t ncells = 0, capacity = 0;
    profile_cell *cells = NULL;
    for (size_t r = 0; r < file->nrows; r++) {
        const savings_row *row = &file->rows[r];
        if (row->is_total || row->bad || row->kind != ROW_SAVING)
            continue;
        if (!file->wide) {
            /* Long form: a row with an fy is a profile year, even if blank. */
            if (row->fy == 0) {
                for (size_t v = 0; v < file->nvalues; v++)
                    if (row->values[v] != MONEY_UNKNOWN)
                        import_error(im, row->line, (size_t)im->field_column[SAVINGS_FIELD_FY] + 1,
                                     "%s has a %s but no fy to put it in",
                                     attribute_text(row, SAVINGS_FIELD_REF), measure_names[v]);
                continue;
            }
            if (!add_cell(&cells, &ncells, &capacity, r, row->fy, -1, MONEY_UNKNOWN))
                return free(cells), error_set(err, ASSURE_DATA, "out of memory");
            continue;
        }
        for (size_t v = 0; v < file->nvalues; v++)
            if (row->values[v] != MONEY_UNKNOWN &&
                !add_cell(&cells, &ncells, &capacity, r, file->value_fy[v], row->measure, row->values[v]))
                return free(cells), error_set(err, ASSURE_DATA, "out of memory");
    }
    sorting_file = file;
    if (ncells > 0)
        qsort(cells, ncells, sizeof *cells, compare_profile_cells);
    assure_status status = ASSURE_OK;
    for (size_t i = 0; i < ncells && status == ASSURE_OK;) {
        const savings_row *first = &file->rows[cells[i].row];
        const char *ref = attribute_text(first, SAVINGS_FIELD_REF);
        field_value values[IMPORT_MAX_FIELDS];
        memset(values, 0, sizeof values);
        values[SAVINGS_FIELD_REF].text = ref;
        values[SAVINGS_FIELD_FY].number = cells[i].fy;
        money figures[SAVINGS_MEASURE_FIELDS] = {MONEY_UNKNOWN, MONEY_UNKNOWN, MONEY_UNKNOWN, MONEY_UNKNOWN};
        /* Which figures the file gives for this year: the columns of the long
         * form, or the measures the wide form's rows name. */
        bool present[IMPORT_MAX_FIELDS] = {false};
        present[SAVINGS_FIELD_REF] = present[SAVINGS_FIELD_FY] = true;
        size_t end = i;
        for (; end < ncells; end++) {
            const profile_cell *cell = &cells[end];
            const savings_row *row = &file->rows[cell->row];
            if (strcmp(attribute_text(row, SAVINGS_FIELD_REF), ref) != 0 || cell->fy != cells[i].fy)
                break;
            char fy[16];
            fy_format(fy, sizeof fy, cell->fy);
            if (end > i && (cell->measure < 0 || cell->measure == cells[end - 1].measure)) {
                import_error(im, row->line, 0, "%s %s for %s is given twice: first on line %d", ref,
                             cell->measure < 0 ? "profile" : measure_names[cell->measure], fy,
                             file->rows[cells[end - 1].row].line);
                continue;
            }
            if (cell->measure < 0) {
                memcpy(figures, row->values, sizeof figures);
                for (int m = 0; m < SAVINGS_MEASURE_FIELDS; m++)
                    present[SAVINGS_FIELD_TARGET + m] = im->field_column[SAVINGS_FIELD_TARGET + m] >= 0;
            } else {
                figures[cell->measure] = cell->value;
                present[SAVINGS_FIELD_TARGET + cell->measure] = true;
            }
        }
        for (int m = 0; m < SAVINGS_MEASURE_FIELDS; m++) {
            values[SAVINGS_FIELD_TARGET + m].number = figures[m];
            values[SAVINGS_FIELD_TARGET + m].blank = figures[m] == MONEY_UNKNOWN;
        }
        int first_line = 0;
        status = store_import_key(im->import, IMPORT_PROFILE, values, first->line, &first_line, err);
        if (status == ASSURE_OK && im->nerrors == 0)
            status = store_import_row(im->import, IMPORT_PROFILE, values, present, err);
        i = end;
    }
    free(cells);
    return status;
}

assure_status import_savings(importer *im, assure_error *err)
{
    savings_file file;
    memset(&file, 0, sizeof file);
    file.im = im;
    file.wide = im->nfy_columns > 0;
    file.nvalues = file.wide ? im->nfy_columns : 4;
    file.value_fy = calloc(file.nvalues, sizeof *file.value_fy);
    file.value_csv_column = calloc(file.nvalues, sizeof *file.value_csv_column);
    if (file.value_fy == NULL || file.value_csv_column == NULL) {
        free(file.value_fy);
        free(file.value_csv_column);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    if (file.wide) {
        size_t v = 0;
        for (size_t c = 0; c < im->ncolumns; c++) {
            if (im->columns[c].kind != COLUMN_FY)
                continue;
            for (size_t earlier = 0; earlier < v; earlier++)
                if (file.value_fy[earlier] == im->columns[c].fy)
                    import_error(im, im->header_line, c + 1, "a second column for %s",
                                 fy_name(im->columns[c].fy));
            file.value_fy[v] = im->columns[c].fy;
            file.value_csv_column[v++] = c;
        }
    }
    assure_status status = ASSURE_OK;
    if (!read_rows(&file, err) && err->message[0] != '\0')
        status = ASSURE_DATA;
    if (status == ASSURE_OK) {
        fill_down(&file);
        status = write_lines(&file, err);
    }
    if (status == ASSURE_OK)
        status = write_profile(&file, err);
    /* After the lines: writing a line clears the findings kept for it. */
    if (status == ASSURE_OK)
        status = check_totals(&file, err);
    for (size_t r = 0; r < file.nrows; r++)
        free(file.rows[r].values);
    free(file.rows);
    free(file.value_fy);
    free(file.value_csv_column);
    pool_free(file.strings);
    return status;
}
