/* export.c - assure export TABLE [--format csv|json]: the raw rows, in the
 * form import reads back unchanged. */
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"
#include "common.h"
#include "csv.h"
#include "fields.h"
#include "output.h"

typedef struct {
    FILE *out;
    output_format format;
    const table_def *def;
    bool terminal; /* stdout is a terminal: show control characters visibly */
    long rows;
} exporter;

static void write_header(exporter *ex, const int *fields, size_t n)
{
    if (ex->format == FORMAT_JSON) {
        fputs("[", ex->out);
        return;
    }
    for (size_t i = 0; i < n; i++)
        fprintf(ex->out, "%s%s", i > 0 ? "," : "", ex->def->fields[fields[i]].name);
    fputc('\n', ex->out);
}

static void write_row(exporter *ex, const int *fields, size_t n, const field_value *values)
{
    if (ferror(ex->out))
        return; /* the rest could not be written either */
    if (ex->format == FORMAT_JSON)
        fputs(ex->rows > 0 ? ",\n  {" : "\n  {", ex->out);
    for (size_t i = 0; i < n; i++) {
        const field_def *f = &ex->def->fields[fields[i]];
        const field_value *v = &values[fields[i]];
        /* Text goes out whole, however long; other values as import reads them. */
        char formatted[64];
        const char *text = formatted;
        if (field_kind_is_text(f->kind))
            text = v->blank || v->text == NULL ? "" : v->text;
        else
            field_format(f, v, formatted, sizeof formatted);
        char *shown = NULL;
        if (ex->terminal) {
            shown = output_visible(text);
            text = shown != NULL ? shown : "?"; /* never the raw text on a terminal */
        }
        if (ex->format == FORMAT_JSON) {
            fprintf(ex->out, "%s\"%s\": ", i > 0 ? ", " : "", f->name);
            if (text[0] == '\0')
                fputs(field_kind_is_number(f->kind) ? "null" : "\"\"", ex->out);
            else if (field_value_is_number(f, v))
                fputs(text, ex->out);
            else
                output_json_string(ex->out, text);
        } else {
            fputs(i > 0 ? "," : "", ex->out);
            output_csv_field(ex->out, text, field_kind_is_text(f->kind));
        }
        free(shown);
    }
    fputs(ex->format == FORMAT_JSON ? "}" : "\n", ex->out);
    ex->rows++;
}

static void write_end(exporter *ex)
{
    if (ex->format == FORMAT_JSON)
        fputs(ex->rows > 0 ? "\n]\n" : "]\n", ex->out);
}

static field_value text_value(const char *text)
{
    field_value v = {text == NULL || text[0] == '\0', 0, text};
    return v;
}

static field_value number_value(int64_t number, bool blank)
{
    field_value v = {blank, number, NULL};
    return v;
}

static assure_status export_savings(exporter *ex, store *s, assure_error *err)
{
    savings_set set;
    assure_status status = store_load_savings(s, &set, err);
    if (status != ASSURE_OK)
        return status;
    static const int fields[] = {/* the line's own, its basis with them; then a profile year's */
                                 SAVINGS_FIELD_REF,      SAVINGS_FIELD_NAME,   SAVINGS_FIELD_WORKSTREAM,
                                 SAVINGS_FIELD_COHORT,   SAVINGS_FIELD_ORIGIN, SAVINGS_FIELD_KEY_METRIC,
                                 SAVINGS_FIELD_OWNER,    SAVINGS_FIELD_STATUS, SAVINGS_FIELD_BASIS,
                                 SAVINGS_FIELD_FY,       SAVINGS_FIELD_TARGET, SAVINGS_FIELD_STRETCH,
                                 SAVINGS_FIELD_FORECAST, SAVINGS_FIELD_ACTUAL};
    size_t n = sizeof fields / sizeof fields[0];
    write_header(ex, fields, n);
    size_t y = 0;
    for (size_t l = 0; l < set.nlines; l++) {
        const savings_line *line = &set.lines[l];
        field_value values[TABLE_MAX_FIELDS];
        values[SAVINGS_FIELD_REF] = text_value(line->ref);
        values[SAVINGS_FIELD_NAME] = text_value(line->name);
        values[SAVINGS_FIELD_WORKSTREAM] = text_value(line->workstream);
        values[SAVINGS_FIELD_COHORT] = text_value(line->cohort);
        values[SAVINGS_FIELD_ORIGIN] = text_value(savings_origin_name(line->origin));
        values[SAVINGS_FIELD_KEY_METRIC] = text_value(line->key_metric);
        values[SAVINGS_FIELD_OWNER] = text_value(line->owner);
        values[SAVINGS_FIELD_STATUS] = text_value(savings_status_name(line->status));
        values[SAVINGS_FIELD_BASIS] = text_value(savings_basis_name(line->basis));
        bool any = false;
        for (; y < set.nyears && set.years[y].line == l; y++) {
            const savings_figures *f = &set.years[y].figures;
            values[SAVINGS_FIELD_FY] = number_value(set.years[y].fy, false);
            values[SAVINGS_FIELD_TARGET] = number_value(f->target, f->target == MONEY_UNKNOWN);
            values[SAVINGS_FIELD_STRETCH] = number_value(f->stretch, f->stretch == MONEY_UNKNOWN);
            values[SAVINGS_FIELD_FORECAST] = number_value(f->forecast, f->forecast == MONEY_UNKNOWN);
            values[SAVINGS_FIELD_ACTUAL] = number_value(f->actual, f->actual == MONEY_UNKNOWN);
            write_row(ex, fields, n, values);
            any = true;
        }
        if (!any) { /* a line with no profile yet: one row without an fy */
            for (int i = SAVINGS_FIELD_FY; i <= SAVINGS_FIELD_ACTUAL; i++)
                values[i] = number_value(MONEY_UNKNOWN, true);
            write_row(ex, fields, n, values);
        }
    }
    write_end(ex);
    savings_set_free(&set);
    return ASSURE_OK;
}

/* Tables that are one stored row to one exported row go out row by row from
 * the database, never held whole in memory (staffing, reviews and KPI values
 * grow by a period at a time). */
typedef struct {
    exporter *ex;
    const int *fields;
    size_t n;
} streamed;

static bool write_streamed(void *context, const field_value *values)
{
    streamed *st = context;
    write_row(st->ex, st->fields, st->n, values);
    return !ferror(st->ex->out);
}

static assure_status export_streamed(exporter *ex, store *s, table_id table, assure_error *err)
{
    int fields[TABLE_MAX_FIELDS]; /* every field, in the table's order */
    for (int f = 0; f < TABLE_MAX_FIELDS; f++)
        fields[f] = f;
    streamed st = {ex, fields, ex->def->nfields};
    write_header(ex, fields, st.n);
    assure_status status = store_each_row(s, table, write_streamed, &st, err);
    if (status == ASSURE_OK)
        write_end(ex);
    return status;
}

static assure_status export_bridge(exporter *ex, store *s, assure_error *err)
{
    bridge_set set;
    assure_status status = store_load_bridge(s, &set, err);
    if (status != ASSURE_OK)
        return status;
    static const int fields[BRIDGE_FIELD_COUNT] = {BRIDGE_FIELD_FY, BRIDGE_FIELD_SECTION, BRIDGE_FIELD_NAME,
                                                   BRIDGE_FIELD_AMOUNT};
    write_header(ex, fields, BRIDGE_FIELD_COUNT);
    for (size_t i = 0; i < set.count; i++) {
        const bridge_row *r = &set.rows[i];
        field_value values[BRIDGE_FIELD_COUNT] = {
            number_value(r->fy, false), text_value(bridge_section_name(r->section)), text_value(r->name),
            number_value(r->amount, r->amount == MONEY_UNKNOWN)};
        write_row(ex, fields, BRIDGE_FIELD_COUNT, values);
    }
    write_end(ex);
    bridge_set_free(&set);
    return ASSURE_OK;
}

static assure_status export_investment(exporter *ex, store *s, assure_error *err)
{
    investment_set set;
    assure_status status = store_load_investment(s, &set, err);
    if (status != ASSURE_OK)
        return status;
    /* every field but the total, which is worked out */
    static const int fields[] = {INVESTMENT_FIELD_REF,   INVESTMENT_FIELD_KIND,   INVESTMENT_FIELD_NAME,
                                 INVESTMENT_FIELD_FTE,   INVESTMENT_FIELD_GRADE,  INVESTMENT_FIELD_COST_PA,
                                 INVESTMENT_FIELD_YEARS, INVESTMENT_FIELD_ONE_OFF};
    enum { EXPORTED = sizeof fields / sizeof fields[0] };
    write_header(ex, fields, EXPORTED);
    for (size_t i = 0; i < set.count; i++) {
        const investment_row *r = &set.rows[i];
        field_value values[EXPORTED] = {text_value(r->ref),
                                        text_value(investment_kind_name(r->kind)),
                                        text_value(r->name),
                                        number_value(r->fte, r->fte == 0),
                                        text_value(r->grade),
                                        number_value(r->cost_pa, r->cost_pa == MONEY_UNKNOWN),
                                        number_value(r->years, false),
                                        number_value(r->one_off, r->one_off == MONEY_UNKNOWN)};
        write_row(ex, fields, EXPORTED, values);
    }
    write_end(ex);
    investment_set_free(&set);
    return ASSURE_OK;
}

assure_status cli_export(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    if (argc < 1 || argv[0][0] == '-')
        return error_set(err, ASSURE_USAGE, "usage: assure export TABLE [--format csv|json]");
    exporter ex = {stdout, FORMAT_CSV, NULL, isatty(STDOUT_FILENO) != 0, 0};
    table_id table;
    ex.def = table_def_find(argv[0], &table);
    if (ex.def == NULL)
        return error_set(err, ASSURE_USAGE, "export: unknown table '%s'; tables: %s", argv[0],
                         table_def_names());
    for (int i = 1; i < argc; i++) {
        const char *value;
        if (cli_option("--format", argc, argv, &i, &value)) {
            if (value == NULL ||
                !output_format_parse(value, (1u << FORMAT_CSV) | (1u << FORMAT_JSON), &ex.format))
                return error_set(err, ASSURE_USAGE, "export --format: expected csv or json");
        } else {
            return error_set(err, ASSURE_USAGE, "export: unknown option %s (see assure --help)", argv[i]);
        }
    }
    store *s;
    assure_status status = cli_open_store(cfg, STORE_READ_ONLY, &s, err);
    if (status != ASSURE_OK)
        return status;
    if (store_table_streams(table))
        status = export_streamed(&ex, s, table, err);
    else if (table == TABLE_DEF_SAVINGS)
        status = export_savings(&ex, s, err);
    else if (table == TABLE_DEF_BRIDGE)
        status = export_bridge(&ex, s, err);
    else
        status = export_investment(&ex, s, err);
    if (status == ASSURE_OK)
        status = cli_output_status(err);
    store_close(s);
    return status;
}
