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

#define UNKNOWN_SHOWN 10 /* unknown columns named one by one; the rest counted */

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

/* True when a --map heading names this heading of the file: the same
 * whatever their case, spaces and punctuation (and an empty one only an empty one). */
static bool map_heading_matches(const char *mapped, const char *heading)
{
    return text_same_key(mapped, heading) && (mapped[0] != '\0' || heading[0] == '\0');
}

/* The --map given before for the same heading (as text_same_key sees it), or NULL. */
static const import_map *map_of_heading(const importer *im, const char *heading)
{
    for (size_t m = 0; m < im->nmaps; m++)
        if (text_same_key(im->maps[m].heading, heading))
            return &im->maps[m];
    return NULL;
}

/* True when two --map columns are one: the same field, or the same
 * financial year however written. */
static bool map_same_column(const importer *im, const char *a, const char *b)
{
    int fa = table_field_index(im->def, a), fb = table_field_index(im->def, b);
    if (fa >= 0 || fb >= 0)
        return fa == fb;
    int ya = 0, yb = 0;
    return fy_parse(a, &ya, NULL) && fy_parse(b, &yb, NULL) && ya == yb;
}

/* Options after TABLE FILE. */
static assure_status parse_options(importer *im, int argc, char **argv, assure_error *err)
{
    const char *unit_named = NULL; /* the --unit given, to name it if another is */
    for (int i = 2; i < argc; i++) {
        const char *value;
        if (strcmp(argv[i], "--replace") == 0) {
            im->replace = true;
        } else if (strcmp(argv[i], "--negate") == 0) {
            im->money.negate = true;
        } else if (strcmp(argv[i], "--dry-run") == 0) {
            im->dry_run = true;
        } else if (strcmp(argv[i], "--cumulative") == 0) {
            if (im->table != TABLE_DEF_SAVINGS)
                return error_set(err, ASSURE_USAGE,
                                 "--cumulative is for savings: a line's years as the run rate reached");
            im->cumulative = true;
        } else if (cli_option("--ignore", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "--ignore needs a column's heading");
            if (im->nignores == IMPORT_MAX_MAPS)
                return error_set(err, ASSURE_USAGE, "too many --ignore options (at most %d)",
                                 IMPORT_MAX_MAPS);
            snprintf(im->ignores[im->nignores++], sizeof im->ignores[0], "%s", value);
        } else if (cli_option("--unit", argc, argv, &i, &value)) {
            if (value == NULL)
                return error_set(err, ASSURE_USAGE, "--unit needs a value: pounds, thousands or millions");
            money unit = strcmp(value, "pounds") == 0      ? 1
                         : strcmp(value, "thousands") == 0 ? 1000
                         : strcmp(value, "millions") == 0  ? 1000000
                                                           : 0;
            if (unit == 0)
                return error_set(err, ASSURE_USAGE, "--unit %s: expected pounds, thousands or millions",
                                 value);
            if (unit_named != NULL && unit != im->money.unit)
                return error_set(err, ASSURE_USAGE, "--unit %s and --unit %s: a file has one unit; give one",
                                 unit_named, value);
            unit_named = value;
            im->money.unit = unit;
            im->unit_given = true;
        } else if (cli_option("--map", argc, argv, &i, &value)) {
            const char *equals = value != NULL ? strrchr(value, '=') : NULL;
            if (equals == NULL)
                return error_set(err, ASSURE_USAGE, "--map needs 'Their heading=column'");
            if (im->nmaps == IMPORT_MAX_MAPS)
                return error_set(err, ASSURE_USAGE, "too many --map options (at most %d)", IMPORT_MAX_MAPS);
            import_map *map = &im->maps[im->nmaps];
            snprintf(map->heading, sizeof map->heading, "%.*s", (int)(equals - value), value);
            snprintf(map->column, sizeof map->column, "%s", equals + 1);
            int fy;
            if (table_field_index(im->def, map->column) < 0 && !import_printed_name(im->table, map->column) &&
                !(im->table == TABLE_DEF_SAVINGS &&
                  (fy_parse(map->column, &fy, NULL) || fy_is_later(map->column)))) {
                char known[512] = "";
                for (size_t f = 0; f < im->def->nfields; f++)
                    snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s", f ? ", " : "",
                             im->def->fields[f].name);
                return error_set(err, ASSURE_USAGE, "--map '%s': %s has no column '%s'; its columns: %s%s",
                                 value, im->def->name, map->column, known,
                                 im->table == TABLE_DEF_SAVINGS
                                     ? ", or a financial year such as 2024/25, or later (the years after)"
                                 : im->table == TABLE_DEF_STAFFING
                                     ? ", and the printed percentages uncovered_pct "
                                       "and vacancy_pct (checked, not kept)"
                                     : "");
            }
            const import_map *same = map_of_heading(im, map->heading);
            if (same == NULL)
                im->nmaps++;
            else if (!map_same_column(im, same->column, map->column))
                return error_set(err, ASSURE_USAGE,
                                 "--map '%s=%s' and --map '%s': one heading can go to only one column",
                                 same->heading, same->column, value);
        } else {
            return error_set(err, ASSURE_USAGE, "import: unknown option %s (see assure --help)", argv[i]);
        }
    }
    return ASSURE_OK;
}

/* A financial year named inside a heading ("Year 1 2022/23 £m"): the FY, or 0. */
static int fy_in_heading(const char *heading)
{
    int found = 0, count = 0;
    for (const char *p = heading; *p; p++) {
        if (p != heading && ((p[-1] >= '0' && p[-1] <= '9') || (p[-1] | 0x20) == 'y'))
            continue; /* start only at a token's beginning */
        for (int length = 10; length >= 5; length--) {
            char token[16];
            if (strlen(p) < (size_t)length)
                continue;
            memcpy(token, p, (size_t)length);
            token[length] = '\0';
            char next = p[length];
            int fy;
            if (!(next >= '0' && next <= '9') && fy_parse(token, &fy, NULL)) {
                if (fy != found)
                    count++;
                found = fy;
                p += length - 1;
                break;
            }
        }
    }
    return count == 1 ? found : 0;
}

/* The tables whose files are money: an unknown column of money in them is
 * not dropped without a word. */
static bool table_is_money(table_id table)
{
    return table_def_get(table)->money_files;
}

static void warn_unknown(const importer *im, int line, size_t column, const char *heading)
{
    char visible[200];
    text_visible(visible, sizeof visible, heading);
    cli_warn("%s:%d:%zu: unknown column '%s' ignored", im->path, line, column + 1, visible);
}

void import_check_unknown(importer *im, const csv_field *fields, size_t count)
{
    if (!table_is_money(im->table))
        return;
    for (size_t c = 0; c < im->ncolumns && c < count; c++) {
        import_column *column = &im->columns[c];
        if (column->kind != COLUMN_UNKNOWN || column->held_money)
            continue;
        char copy[80]; /* money is never longer */
        if (strlen(fields[c].text) >= sizeof copy)
            continue;
        char *text = field_trim(strcpy(copy, fields[c].text));
        money_parsed parsed;
        if (text[0] == '\0' || !money_parse(text, 1, &parsed, NULL) || parsed.value == MONEY_UNKNOWN ||
            parsed.value == 0)
            continue;
        column->held_money = true;
        char heading[200], cell[100];
        text_visible(heading, sizeof heading, im->headings[c]);
        text_visible(cell, sizeof cell, text);
        import_error(
            im, fields[c].line, c + 1,
            "column '%s' holds money (%s) but is not a column of %s: map it with --map '%s=COLUMN' or "
            "leave it out with --ignore '%s'",
            heading, cell, im->def->name, heading, heading);
    }
}

void import_warn_unknown(importer *im)
{
    if (!table_is_money(im->table))
        return;
    size_t unknown = 0;
    for (size_t c = 0; c < im->ncolumns; c++)
        if (im->columns[c].kind == COLUMN_UNKNOWN && !im->columns[c].held_money && ++unknown <= UNKNOWN_SHOWN)
            warn_unknown(im, im->header_line, c, im->headings[c]);
    if (unknown > UNKNOWN_SHOWN)
        cli_warn("%s: ... and %zu more unknown columns ignored", im->path, unknown - UNKNOWN_SHOWN);
}

/* A heading that says its figures are in thousands or millions. */
static const char *unit_in_heading(const char *heading)
{
    if (strstr(heading, "£m") != NULL || strstr(heading, "£M") != NULL || strstr(heading, "(m)") != NULL)
        return "millions";
    if (strstr(heading, "£000") != NULL || strstr(heading, "£'000") != NULL || strstr(heading, "£k") != NULL)
        return "thousands";
    return NULL;
}

/* Work out what each column of the header holds. */
static assure_status map_header(importer *im, const csv_field *fields, size_t count, assure_error *err)
{
    im->ncolumns = count;
    im->columns = calloc(count > 0 ? count : 1, sizeof *im->columns);
    im->headings = calloc(count > 0 ? count : 1, sizeof *im->headings);
    if (im->columns == NULL || im->headings == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    for (size_t f = 0; f < IMPORT_MAX_FIELDS; f++)
        im->field_column[f] = -1;
    im->printed_column = -1;
    bool map_used[IMPORT_MAX_MAPS] = {false}, ignore_used[IMPORT_MAX_MAPS] = {false};
    size_t unknown = 0; /* headings ignored: the first few are named */
    for (size_t c = 0; c < count; c++) {
        const char *heading = fields[c].text;
        import_column *column = &im->columns[c];
        column->kind = COLUMN_IGNORED;
        im->headings[c] = strdup(heading);
        if (im->headings[c] == NULL)
            return error_set(err, ASSURE_DATA, "out of memory");
        bool ignored = false;
        for (size_t g = 0; g < im->nignores; g++)
            if (map_heading_matches(im->ignores[g], heading))
                ignored = ignore_used[g] = true;
        if (ignored)
            continue; /* left out on purpose */
        const char *target = NULL;
        for (size_t m = 0; m < im->nmaps; m++) {
            if (map_heading_matches(im->maps[m].heading, heading)) {
                target = im->maps[m].column;
                map_used[m] = true;
                break;
            }
        }
        int field = -1, fy = 0;
        bool printed = false; /* a printed percentage: checked row by row, not kept */
        if (target != NULL) {
            field = table_field_index(im->def, target);
            if (field < 0 && import_printed_name(im->table, target))
                printed = import_printed_column(im, heading, target, c);
            else if (field < 0 && !fy_parse(target, &fy, NULL) && fy_is_later(target))
                fy = FY_LATER;
        } else {
            for (size_t f = 0; f < im->def->nfields && field < 0; f++)
                if (field_heading_matches(&im->def->fields[f], heading))
                    field = (int)f;
            if (field < 0 && im->table == TABLE_DEF_SAVINGS) {
                char key[256];
                text_key(key, sizeof key, heading);
                if (strncmp(key, "total", 5) == 0)
                    field = table_field_index(im->def, "total");
                else if (fy_is_later(heading))
                    fy = FY_LATER; /* "Future years", "Post 2025/26": before the year it may name */
                else
                    fy = fy_in_heading(heading);
            }
            if (field < 0 && fy == 0)
                printed = import_printed_column(im, heading, NULL, c);
        }
        if (field >= 0) {
            if (im->field_column[field] >= 0) {
                import_error(im, fields[c].line, c + 1, "column '%s' is given twice (also column %d)",
                             im->def->fields[field].name, im->field_column[field] + 1);
                continue;
            }
            column->kind = COLUMN_FIELD;
            column->field = field;
            im->field_column[field] = (int)c;
        } else if (fy != 0) {
            column->kind = COLUMN_FY;
            column->fy = fy;
            im->nfy_columns++;
        } else if (!printed && heading[0] != '\0') {
            /* In a file of money, said once the rows show whether it holds any. */
            column->kind = COLUMN_UNKNOWN;
            if (!table_is_money(im->table) && ++unknown <= UNKNOWN_SHOWN)
                warn_unknown(im, fields[c].line, c, heading);
        }
        const char *unit = unit_in_heading(heading);
        if (unit != NULL && !im->unit_given && (column->kind == COLUMN_FIELD || column->kind == COLUMN_FY)) {
            char visible[200];
            text_visible(visible, sizeof visible, heading);
            cli_warn("%s:%d:%zu: the heading '%s' suggests figures in %s; if so, give --unit %s", im->path,
                     fields[c].line, c + 1, visible, unit, unit);
            im->unit_given = true; /* say it once */
        }
    }
    if (unknown > UNKNOWN_SHOWN)
        cli_warn("%s: ... and %zu more unknown columns ignored", im->path, unknown - UNKNOWN_SHOWN);
    for (size_t m = 0; m < im->nmaps; m++)
        if (!map_used[m])
            cli_warn("%s: --map '%s=%s': no heading '%s' in the file", im->path, im->maps[m].heading,
                     im->maps[m].column, im->maps[m].heading);
    for (size_t g = 0; g < im->nignores; g++)
        if (!ignore_used[g])
            cli_warn("%s: --ignore '%s': no heading '%s' in the file", im->path, im->ignores[g],
                     im->ignores[g]);
    if (im->nerrors > 0)
        return ASSURE_DATA;
    /* Required columns. */
    char missing[512] = "";
    for (size_t f = 0; f < im->def->nfields; f++) {
        const field_def *def = &im->def->fields[f];
        bool required = def->required;
        if (im->table == TABLE_DEF_SAVINGS && im->nfy_columns == 0 &&
            (strcmp(def->name, "fy") == 0 || strcmp(def->name, "target") == 0))
            required = true; /* long form */
        if (required && im->field_column[f] < 0)
            snprintf(missing + strlen(missing), sizeof missing - strlen(missing), "%s%s",
                     missing[0] ? ", " : "", def->name);
    }
    if (missing[0] != '\0') {
        char expected[512] = "";
        for (size_t f = 0; f < im->def->nfields; f++)
            if (im->def->fields[f].required)
                snprintf(expected + strlen(expected), sizeof expected - strlen(expected), "%s%s",
                         expected[0] ? ", " : "", im->def->fields[f].name);
        if (im->table == TABLE_DEF_SAVINGS)
            return error_set(
                err, ASSURE_DATA,
                "%s:%d: missing column %s; savings needs %s, and either fy and target (one row per "
                "line and FY) or one column per financial year headed like 2024/25",
                im->path, im->header_line, missing, expected);
        return error_set(err, ASSURE_DATA, "%s:%d: missing column %s; %s needs %s", im->path, im->header_line,
                         missing, im->def->name, expected);
    }
    if (im->table == TABLE_DEF_RISKS) {
        /* scores come in pairs: both columns, or neither (every risk unscored) */
        int likelihood = RISK_FIELD_LIKELIHOOD, impact = RISK_FIELD_IMPACT;
        if ((im->field_column[likelihood] < 0) != (im->field_column[impact] < 0))
            return error_set(err, ASSURE_DATA,
                             "%s:%d: missing column %s; a risk's likelihood and impact come together: give "
                             "both columns, or neither for risks listed without scores",
                             im->path, im->header_line,
                             im->field_column[likelihood] < 0 ? "likelihood" : "impact");
    }
    if (im->table == TABLE_DEF_SAVINGS && im->nfy_columns > 0 && im->field_column[SAVINGS_FIELD_FY] >= 0)
        return error_set(
            err, ASSURE_DATA,
            "%s:%d: both an fy column and columns headed by financial years: use one form or the "
            "other",
            im->path, im->header_line);
    return ASSURE_OK;
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

/* Every table but savings: one row at a time. */
static assure_status import_rows(importer *im, assure_error *err)
{
    const csv_field *fields;
    size_t count;
    csv_result result;
    while ((result = csv_next(im->csv, &fields, &count)) == CSV_RECORD) {
        im->record_line = csv_record_line(im->csv);
        if (csv_record_is_blank(fields, count))
            continue;
        if (!import_reserve_scratch(im, fields, count))
            return error_set(err, ASSURE_DATA, "%s:%d: out of memory", im->path, im->record_line);
        import_check_unknown(im, fields, count);
        bool declared = false;
        assure_status status = import_declared_row(im, fields, count, &declared, err);
        if (status != ASSURE_OK)
            return status;
        if (declared)
            continue; /* a total, checked: not a row */
        field_value values[IMPORT_MAX_FIELDS];
        char *texts[IMPORT_MAX_FIELDS];
        if (!import_parse_record(im, fields, count, values, texts))
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
    if (result == CSV_ERROR) {
        import_error(im, csv_error_line(im->csv), 0, "%s", csv_error(im->csv));
        return ASSURE_DATA;
    }
    import_warn_unknown(im);
    return ASSURE_OK;
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
}

assure_status cli_import(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    if (argc < 2 || argv[0][0] == '-' || (argv[1][0] == '-' && argv[1][1] != '\0'))
        return error_set(err, ASSURE_USAGE,
                         "usage: assure import TABLE FILE [--replace] [--unit pounds|thousands|millions] "
                         "[--negate] [--dry-run] [--map 'Their heading=column'] [--ignore HEADING] "
                         "[--cumulative]");
    importer im;
    memset(&im, 0, sizeof im);
    im.money.unit = 1;
    im.path = argv[1];
    im.def = table_def_find(argv[0], &im.table);
    if (im.def == NULL)
        return error_set(err, ASSURE_USAGE, "import: unknown table '%s'; tables: %s", argv[0],
                         table_def_names());
    assure_status status = parse_options(&im, argc, argv, err);
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
        status = map_header(&im, fields, count, err);
    }
    store *s = NULL;
    if (status == ASSURE_OK)
        status = cli_open_store(cfg, STORE_READ_WRITE, &s, err);
    store_actor actor;
    store_actor_now(&actor, im.path);
    if (status == ASSURE_OK)
        status = store_import_begin(s, im.table, im.replace, &actor.actor, &im.import, err);
    if (status == ASSURE_OK) {
        status = im.table == TABLE_DEF_SAVINGS ? import_savings(&im, err) : import_rows(&im, err);
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
