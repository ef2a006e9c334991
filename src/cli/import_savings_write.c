/* import_savings_write.c - writing the savings read: each line merged from
 * the rows that share its ref, costs to the programme's costs, and the
 * profile by year and measure, in ref order. */
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "import_savings.h"

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
                file->wide ? import_measure_names[row->measure] : "stretch, forecast or actual");
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

assure_status import_savings_write_lines(savings_file *file, assure_error *err)
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

assure_status import_savings_write_profile(savings_file *file, assure_error *err)
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
                                     attribute_text(row, SAVINGS_FIELD_REF), import_measure_names[v]);
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
                             cell->measure < 0 ? "profile" : import_measure_names[cell->measure], fy,
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
