/* import.c - assure import TABLE FILE: a spreadsheet's CSV into the store.
 *
 * Every cell is checked and every bad one reported with FILE:LINE:COLUMN;
 * rows are written in one transaction that is committed only when nothing was
 * wrong (and never for --dry-run).  Staffing, reviews and risks stream row by
 * row; savings are read whole first, because its declared totals refer to
 * other rows (import_savings.c).
 */
#include "import.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "text.h"

#define MAX_REPORTED_ERRORS 100

static long read_file(void *context, char *buf, size_t size)
{
    FILE *f = context;
    size_t n = fread(buf, 1, size, f);
    if (n == 0 && ferror(f))
        return -1;
    return (long)n;
}

void import_error(importer *im, int line, size_t column, const char *format, ...)
{
    im->nerrors++;
    if (im->nerrors > MAX_REPORTED_ERRORS)
        return;
    char message[1024];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    char where[1400];
    if (column > 0)
        snprintf(where, sizeof where, "%s:%d:%zu: %s", im->path, line, column, message);
    else
        snprintf(where, sizeof where, "%s:%d: %s", im->path, line, message);
    /* the message quotes the file's data: nothing of it may act on the terminal */
    char shown[sizeof where * 8];
    text_visible(shown, sizeof shown, where);
    fprintf(stderr, "assure: %s\n", shown);
}

void import_cell_error(importer *im, const csv_field *field, size_t column, const char *name,
                       const char *value, const char *why)
{
    char visible[200];
    text_visible(visible, sizeof visible, value);
    import_error(im, field != NULL ? field->line : im->record_line, column + 1, "%s \"%s\": %s", name,
                 visible, why);
}

char *import_cell_text(importer *im, const field_def *f, const char *raw)
{
    char *text = field_trim(strcpy(im->scratch + im->scratch_used, raw));
    im->scratch_used += strlen(raw) + 1;
    if (field_kind_is_text(f->kind))
        text += csv_text_unmarked(text) - text;
    return text;
}

/* Parse the mapped fields of one record into values; false if any cell is bad. */
bool import_parse_record(importer *im, const csv_field *fields, size_t count, field_value *values,
                         char **texts)
{
    bool good = true;
    for (size_t f = 0; f < im->def->nfields; f++) {
        int c = im->field_column[f];
        texts[f] =
            import_cell_text(im, &im->def->fields[f], c >= 0 && (size_t)c < count ? fields[c].text : "");
        if (texts[f][0] == '\0' && im->given[f] != NULL)
            texts[f] = import_cell_text(im, &im->def->fields[f], im->given[f]);
        calendar_date day;
        if (im->table == TABLE_DEF_ACTIONS && f == ACTION_FIELD_RAISED_AT &&
            date_parse(texts[f], &day, NULL)) {
            /* a raised_at that is wholly a date is kept ISO; a meeting's name as written */
            texts[f] = im->scratch + im->scratch_used;
            im->scratch_used += date_format(texts[f], 11, day) + 1;
        }
        const char *why = "";
        if (!field_parse(&im->def->fields[f], texts[f], &im->money, &values[f], &why)) {
            import_cell_error(im, c >= 0 && (size_t)c < count ? &fields[c] : NULL, c >= 0 ? (size_t)c : 0,
                              im->def->fields[f].name, texts[f], why);
            good = false;
        }
    }
    return good;
}

/* Make sure the scratch buffer can hold a copy of every field of a record. */
bool import_reserve_scratch(importer *im, const csv_field *fields, size_t count)
{
    /* A savings row copies a cell up to three times: as its field, in the
     * search for the row's label, and as an FY column; a bridge or
     * investment row up to four: as its field, and as a declared total's
     * label, figure and own total; and a missing field's copy is an empty
     * string. */
    size_t need = 1;
    for (size_t i = 0; i < count; i++)
        need += 5 * (strlen(fields[i].text) + 1);
    need += 3 * (im->def->nfields + 1);
    im->scratch_used = 0;
    if (need <= im->scratch_size)
        return true;
    char *grown = realloc(im->scratch, need);
    if (grown == NULL)
        return false;
    im->scratch = grown;
    im->scratch_size = need;
    return true;
}

void import_key_text(const importer *im, const field_value *values, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (int k = 0; k < 3 && im->def->keys[k] >= 0 && n < size; k++) {
        int f = im->def->keys[k];
        char part[256];
        field_format(&im->def->fields[f], &values[f], part, sizeof part);
        n += (size_t)snprintf(buf + n, size - n, "%s%s", k > 0 ? " / " : "", part);
    }
}

csv_result import_next_record(importer *im, const csv_field **fields, size_t *count, assure_error *err)
{
    csv_result result;
    while ((result = csv_next(im->csv, fields, count)) == CSV_RECORD) {
        im->record_line = csv_record_line(im->csv);
        if (csv_record_is_blank(*fields, *count))
            continue;
        if (!import_reserve_scratch(im, *fields, *count)) {
            error_set(err, ASSURE_DATA, "%s:%d: out of memory", im->path, im->record_line);
            return CSV_ERROR;
        }
        import_check_unknown(im, *fields, *count);
        return CSV_RECORD;
    }
    if (result == CSV_ERROR)
        import_error(im, csv_error_line(im->csv), 0, "%s", csv_error(im->csv));
    else
        import_warn_unknown(im);
    return result;
}

/* Every table but savings: one row at a time. */
static assure_status import_rows(importer *im, assure_error *err)
{
    const csv_field *fields;
    size_t count;
    csv_result result;
    while ((result = import_next_record(im, &fields, &count, err)) == CSV_RECORD) {
        bool declared = false;
        assure_status status = import_declared_row(im, fields, count, &declared, err);
        if (status != ASSURE_OK)
            return status;
        if (declared)
            continue; /* a total, checked: not a row */
        field_value values[IMPORT_MAX_FIELDS];
        char *texts[IMPORT_MAX_FIELDS];
        bool parsed = import_parse_record(im, fields, count, values, texts);
        status = import_plan_add(im, texts, err);
        if (status != ASSURE_OK)
            return status;
        if (!parsed)
            continue;
        int bad_field = 0;
        const char *why = "";
        if (!table_row_check(im->table, values, &bad_field, &why)) {
            int c = im->field_column[bad_field];
            import_cell_error(im, c >= 0 && (size_t)c < count ? &fields[c] : NULL, c >= 0 ? (size_t)c : 0,
                              im->def->fields[bad_field].name, texts[bad_field], why);
            continue;
        }
        if (!import_reference_known(im, values, err, &status)) {
            char visible[200];
            text_visible(visible, sizeof visible, texts[KPI_VALUE_FIELD_REF]);
            import_error(im, im->record_line, (size_t)im->field_column[KPI_VALUE_FIELD_REF] + 1,
                         "ref \"%s\": no KPI has this ref (import kpis first)", visible);
            continue;
        }
        if (status != ASSURE_OK)
            return status;
        int first_line = 0;
        status = store_import_key(im->import, IMPORT_MAIN, values, im->record_line, &first_line, err);
        if (status != ASSURE_OK)
            return status;
        if (first_line != 0) {
            char key[512];
            import_key_text(im, values, key, sizeof key);
            import_error(im, im->record_line, 0, "duplicate key (%s) %s: first on line %d", im->def->key, key,
                         first_line);
            continue;
        }
        im->rows++;
        if (im->nerrors == 0) {
            bool present[IMPORT_MAX_FIELDS];
            for (size_t f = 0; f < IMPORT_MAX_FIELDS; f++)
                present[f] = im->field_column[f] >= 0;
            status = store_import_row(im->import, IMPORT_MAIN, values, present, err);
            if (status != ASSURE_OK)
                return status;
        }
        /* after the row is written: writing it clears what was found of it before */
        status = import_declared_add(im, values, fields, count, err);
        if (status == ASSURE_OK)
            status = import_printed_check(im, values, fields, count, err);
        if (status != ASSURE_OK)
            return status;
    }
    if (result == CSV_END)
        import_plan_check(im);
    return result == CSV_END ? ASSURE_OK : ASSURE_DATA;
}

static void print_summary(const importer *im, const import_counts counts[2], const import_counts *costs)
{
    const char *noun = im->table == TABLE_DEF_SAVINGS ? "lines" : "rows";
    printf("%s%s: %ld %s added, %ld changed, %ld removed, %ld unchanged",
           im->dry_run ? "dry run, nothing written: " : "", im->def->name, counts[0].added, noun,
           counts[0].changed, counts[0].removed, counts[0].unchanged);
    if (im->table == TABLE_DEF_SAVINGS)
        printf("; profile years: %ld added, %ld changed, %ld removed, %ld unchanged", counts[1].added,
               counts[1].changed, counts[1].removed, counts[1].unchanged);
    if (costs->added + costs->changed + costs->unchanged > 0)
        printf(
            "; costs: %ld added, %ld changed, %ld unchanged (the programme's costs: investment, kind other)",
            costs->added, costs->changed, costs->unchanged);
    printf("\n");
    if (im->ntotal_findings > 0)
        printf(
            "%ld declared total%s disagree%s with the lines %s cover%s (listed above; 'assure check' lists "
            "them too)\n",
            im->ntotal_findings, im->ntotal_findings == 1 ? "" : "s", im->ntotal_findings == 1 ? "s" : "",
            im->ntotal_findings == 1 ? "it" : "they", im->ntotal_findings == 1 ? "s" : "");
    if (im->nprinted_findings > 0)
        printf("%ld printed percentage%s disagree%s with the figures %s worked from (listed above; 'assure "
               "check' lists %s too)\n",
               im->nprinted_findings, im->nprinted_findings == 1 ? "" : "s",
               im->nprinted_findings == 1 ? "s" : "", im->nprinted_findings == 1 ? "it is" : "they are",
               im->nprinted_findings == 1 ? "it" : "them");
}

static void importer_free(importer *im)
{
    if (im->csv != NULL)
        csv_close(im->csv);
    if (im->file != NULL && im->file != stdin)
        fclose(im->file);
    free(im->columns);
    for (size_t c = 0; im->headings != NULL && c < im->ncolumns; c++)
        free(im->headings[c]);
    free(im->headings);
    free(im->scratch);
    import_declared_free(im);
    import_plan_free(im);
}

assure_status cli_import(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    if (argc < 2 || argv[0][0] == '-' || (argv[1][0] == '-' && argv[1][1] != '\0'))
        return error_set(err, ASSURE_USAGE,
                         "usage: assure import TABLE FILE [--replace] [--unit pounds|thousands|millions] "
                         "[--negate] [--dry-run] [--map 'Their heading=column'] [--ignore HEADING] "
                         "[--cumulative] [--period DATE]");
    importer im;
    memset(&im, 0, sizeof im);
    im.money.unit = 1;
    im.line_ref_column = -1;
    im.path = argv[1];
    im.def = table_def_find(argv[0], &im.table);
    if (im.def == NULL)
        return error_set(err, ASSURE_USAGE, "import: unknown table '%s'; tables: %s", argv[0],
                         table_def_names());
    assure_status status = import_parse_options(&im, argc, argv, err);
    if (status != ASSURE_OK)
        return status;
    im.file = strcmp(im.path, "-") == 0 ? stdin : fopen(im.path, "rb");
    if (im.file == NULL)
        return error_set(err, ASSURE_DATA, "%s: cannot read: %s", im.path, strerror(errno));
    im.csv = csv_open(read_file, im.file);
    if (im.csv == NULL) {
        importer_free(&im);
        return error_set(err, ASSURE_DATA, "out of memory");
    }
    /* The header: the first row that is not blank. */
    const csv_field *fields;
    size_t count;
    csv_result result;
    while ((result = csv_next(im.csv, &fields, &count)) == CSV_RECORD && csv_record_is_blank(fields, count))
        ;
    if (result == CSV_ERROR) {
        status = error_set(err, ASSURE_DATA, "%s:%d: %s", im.path, csv_error_line(im.csv), csv_error(im.csv));
    } else if (result == CSV_END) {
        status = error_set(err, ASSURE_DATA, "%s: empty: no header row", im.path);
    } else {
        im.header_line = csv_record_line(im.csv);
        status = import_map_header(&im, fields, count, err);
    }
    store *s = NULL;
    if (status == ASSURE_OK)
        status = cli_open_store(cfg, STORE_READ_WRITE, &s, err);
    store_actor actor;
    store_actor_now(&actor, im.path);
    if (status == ASSURE_OK)
        status = store_import_begin(s, im.table, im.replace, &actor.actor, &im.import, err);
    if (status == ASSURE_OK) {
        status = import_plan_begin(&im, s, err);
        if (status == ASSURE_OK)
            status = im.table == TABLE_DEF_SAVINGS ? import_savings(&im, err)
                     : im.line_ref_column >= 0     ? import_highlights_tracker(&im, s, err)
                                                   : import_rows(&im, err);
        bool commit = status == ASSURE_OK && im.nerrors == 0 && !im.dry_run;
        import_counts counts[2], costs = store_import_cost_counts(im.import);
        assure_error finish_error;
        assure_status finished = store_import_finish(im.import, commit, counts, &finish_error);
        if (status == ASSURE_OK && finished != ASSURE_OK) {
            status = finished;
            *err = finish_error;
        }
        if (status == ASSURE_OK && im.nerrors == 0)
            print_summary(&im, counts, &costs);
    }
    if (status == ASSURE_OK && im.nerrors > 0) {
        if (im.nerrors > MAX_REPORTED_ERRORS)
            cli_warn("%s: ... and %ld more errors", im.path, im.nerrors - MAX_REPORTED_ERRORS);
        status =
            error_set(err, ASSURE_DATA, "%s: %ld error%s; nothing was imported (the database is unchanged)",
                      im.path, im.nerrors, im.nerrors == 1 ? "" : "s");
    } else if (status == ASSURE_DATA && im.nerrors > 0 && err->message[0] == '\0') {
        error_set(err, ASSURE_DATA, "%s: nothing was imported (the database is unchanged)", im.path);
    }
    store_close(s);
    importer_free(&im);
    return status;
}
