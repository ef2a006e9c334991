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
#include "import_savings.h"
#include "text.h"

const char *const import_measure_names[SAVINGS_MEASURE_FIELDS] = {"target", "stretch", "forecast", "actual"};

/* "2024/25" or "later", in a buffer that lasts until the next call. */
static const char *fy_name(int fy)
{
    static char name[16];
    fy_format(name, sizeof name, fy);
    return name;
}

static const char *keep(savings_file *file, const char *text)
{
    const char *copy = pool_copy(&file->strings, text != NULL ? text : "");
    if (copy == NULL)
        file->out_of_memory = true; /* never a blank that passes for the cell */
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

/* A saving's figure below zero is imported, since a line can cost more than
 * it saves in a year, but said: more often the file writes savings as
 * negative reductions (--negate reads them), and a negative forecast shows
 * as a red delivery below zero.  assure check lists it while it stands. */
static void warn_negative(savings_file *file, const savings_row *row, const money *values)
{
    importer *im = file->im;
    for (size_t v = 0; v < file->nvalues; v++) {
        if (values[v] == MONEY_UNKNOWN || values[v] >= 0)
            continue;
        int measure = file->wide ? row->measure : (int)v;
        int column = file->wide ? (int)file->value_csv_column[v] : im->field_column[SAVINGS_FIELD_TARGET + v];
        char year[16] = "";
        if (file->wide)
            fy_format(year, sizeof year, file->value_fy[v]);
        cli_warn("%s:%d:%d: %s: %s%s%s %lld is negative: a saving that costs money, or savings written as "
                 "reductions (import with --negate); assure check lists it",
                 im->path, row->line, column + 1, attribute_text(row, SAVINGS_FIELD_REF), year,
                 year[0] ? " " : "", import_measure_names[measure], (long long)values[v]);
    }
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
    if (good && !row->is_total && row->kind == ROW_SAVING)
        warn_negative(file, row, values);
    row->bad = !good;
    return good;
}

static bool read_rows(savings_file *file, assure_error *err)
{
    importer *im = file->im;
    const csv_field *fields;
    size_t count;
    csv_result result;
    while ((result = import_next_record(im, &fields, &count, err)) == CSV_RECORD) {
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
        read_row(file, fields, count, &file->rows[file->nrows++], arrays, arrays + n);
        if (file->out_of_memory) {
            error_set(err, ASSURE_DATA, "%s:%d: out of memory", im->path, im->record_line);
            return false;
        }
    }
    return result == CSV_END;
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

/* What a declared figure is of, for the warning: "target, 2024/25". */
static void describe_figure(const savings_file *file, const savings_row *row, int column, char *buf,
                            size_t size)
{
    char fy[16] = "all years";
    if (column < 0) {
        snprintf(buf, size, "total column (%s)", import_measure_names[row->measure]);
        return;
    }
    if (file->wide)
        fy_format(fy, sizeof fy, file->value_fy[column]);
    else if (row->fy != 0)
        fy_format(fy, sizeof fy, row->fy);
    snprintf(buf, size, "%s, %s",
             file->wide ? import_measure_names[row->measure] : import_measure_names[column], fy);
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
            file->wide || finding->column < 0 ? import_measure_names[row->measure]
                                              : import_measure_names[finding->column],
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
        status = import_savings_write_lines(&file, err);
    }
    if (status == ASSURE_OK)
        status = import_savings_write_profile(&file, err);
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
