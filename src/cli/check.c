/* check.c - assure check [--format text|csv] [--strict]: integrity findings.
 * Exit 1 when there is an error, or a warning under --strict. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calendar.h"

#include "checks.h"
#include "cli.h"
#include "common.h"
#include "output.h"

static bool declared_total_findings(store *s, findings *out, assure_error *err, assure_status *status)
{
    declared_total_finding *list;
    size_t count;
    *status = store_load_declared_totals(s, &list, &count, err);
    if (*status != ASSURE_OK)
        return false;
    bool ok = true;
    for (size_t i = 0; i < count; i++) {
        const declared_total_finding *t = &list[i];
        const table_def *def = table_def_find(t->table, NULL);
        const char *table = def != NULL ? def->name : "savings"; /* a name that outlives the list */
        bool fte = strcmp(t->measure, "fte") == 0;               /* a count of posts' FTE, not money */
        char declared[64], computed[64], off[64], fy[32] = "";
        int64_t difference = money_distance(t->declared, t->computed);
        if (fte) {
            fte_format(declared, sizeof declared, t->declared);
            fte_format(computed, sizeof computed, t->computed);
            fte_format(off, sizeof off, difference);
            strcat(declared, " FTE");
            strcat(computed, " FTE");
            strcat(off, " FTE");
        } else {
            cli_money(declared, sizeof declared, t->declared);
            cli_money(computed, sizeof computed, t->computed);
            cli_money(off, sizeof off, difference);
        }
        if (t->fy != 0) {
            strcpy(fy, ", ");
            fy_format(fy + 2, sizeof fy - 2, t->fy);
        } else if (strcmp(table, "savings") == 0) {
            strcpy(fy, ", all years");
        }
        ok = findings_add(out, FINDING_WARNING, table, t->ref[0] ? t->ref : t->label,
                          fte ? MONEY_UNKNOWN : t->declared, fte ? MONEY_UNKNOWN : t->computed,
                          "%s:%d: declared total %s %s sum %s (off by %s): %s%s%s%s", t->source, t->line,
                          declared, cli_utf8() ? "≠" : "!=", computed, off, t->measure, fy,
                          t->ref[0] ? ", total column of " : "", t->ref[0] ? t->label : "") &&
             ok;
    }
    free(list);
    return ok;
}

static assure_status collect(store *s, const assure_config *cfg, calendar_date today, findings *out,
                             assure_error *err)
{
    assure_status status = ASSURE_OK;
    bool ok = declared_total_findings(s, out, err, &status);
    if (status != ASSURE_OK)
        return status;
    savings_set savings;
    if ((status = store_load_savings(s, &savings, err)) != ASSURE_OK)
        return status;
    ok = checks_savings(&savings, out) && ok;
    savings_set_free(&savings);
    staffing_set staffing;
    if ((status = store_load_staffing(s, NULL, &staffing, err)) != ASSURE_OK)
        return status;
    ok = checks_staffing(&staffing, out) && ok;
    staffing_set_free(&staffing);
    reviews_set reviews;
    if ((status = store_load_reviews(s, &reviews, err)) != ASSURE_OK)
        return status;
    ok = checks_reviews(&reviews, out) && ok;
    reviews_set_free(&reviews);
    risks_set risks;
    if ((status = store_load_risks(s, &risks, err)) != ASSURE_OK)
        return status;
    ok = checks_risks(&risks, today, cfg->risks, out) && ok;
    risks_set_free(&risks);
    bridge_set bridge;
    if ((status = store_load_bridge(s, &bridge, err)) != ASSURE_OK)
        return status;
    kpi_set kpis;
    if ((status = store_load_kpis(s, &kpis, err)) != ASSURE_OK) {
        bridge_set_free(&bridge);
        return status;
    }
    investment_set investment;
    if ((status = store_load_investment(s, &investment, err)) != ASSURE_OK) {
        bridge_set_free(&bridge);
        kpi_set_free(&kpis);
        return status;
    }
    if ((status = store_load_savings(s, &savings, err)) == ASSURE_OK) {
        ok = checks_finance(&bridge, &kpis, &investment, &savings, out) && ok;
        savings_set_free(&savings);
    }
    bridge_set_free(&bridge);
    kpi_set_free(&kpis);
    investment_set_free(&investment);
    if (status != ASSURE_OK)
        return status;
    return ok ? ASSURE_OK : error_set(err, ASSURE_DATA, "out of memory");
}

assure_status cli_check(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    output_format format = FORMAT_TEXT;
    bool strict = false;
    for (int i = 0; i < argc; i++) {
        const char *value;
        if (strcmp(argv[i], "--strict") == 0) {
            strict = true;
        } else if (cli_option("--format", argc, argv, &i, &value)) {
            if (value == NULL ||
                !output_format_parse(value, (1u << FORMAT_TEXT) | (1u << FORMAT_CSV), &format))
                return error_set(err, ASSURE_USAGE, "check --format: expected text or csv");
        } else {
            return error_set(err, ASSURE_USAGE, "check: unknown option %s (see assure --help)", argv[i]);
        }
    }
    calendar_date today;
    assure_status status = cli_today(&today, err);
    if (status != ASSURE_OK)
        return status;
    store *s;
    status = cli_open_store(cfg, STORE_READ_ONLY, &s, err);
    if (status != ASSURE_OK)
        return status;
    findings found = {NULL, 0, 0};
    status = collect(s, cfg, today, &found, err);
    store_close(s);
    if (status != ASSURE_OK) {
        findings_free(&found);
        return status;
    }
    static const output_column columns[] = {
        {"level", "Level", JSON_STRING, false, 1, false},
        {"table", "Table", JSON_STRING, false, 2, false},
        {"ref", "Ref", JSON_STRING, false, 1, true},
        {"message", "Finding", JSON_STRING, false, 1, true},
        {"declared_gbp", "", JSON_NUMBER, true, 9, false},
        {"computed_gbp", "", JSON_NUMBER, true, 9, false},
    };
    output_table *table = output_table_new(columns, format == FORMAT_CSV ? 6 : 4);
    long errors = 0, warnings = 0;
    for (size_t i = 0; table != NULL && i < found.count; i++) {
        const finding *f = &found.items[i];
        bool is_error = f->level == FINDING_ERROR;
        errors += is_error;
        warnings += !is_error;
        output_row(table, false);
        output_cell(table, is_error ? "error" : "warning", is_error ? "ERROR" : "warning",
                    is_error ? RAG_RED : RAG_AMBER);
        output_text(table, f->table);
        output_text(table, f->ref);
        output_text(table, f->message);
        if (format == FORMAT_CSV) {
            output_money(table, f->declared);
            output_money(table, f->computed);
        }
    }
    bool terminal = isatty(STDOUT_FILENO) != 0;
    char summary[128];
    snprintf(summary, sizeof summary, "%ld error%s, %ld warning%s", errors, errors == 1 ? "" : "s", warnings,
             warnings == 1 ? "" : "s");
    if (table != NULL) {
        if (format == FORMAT_TEXT && found.count == 0) {
            printf("No findings: the data is consistent.\n");
        } else {
            output_options options = {format,
                                      terminal ? 200 : 1000,
                                      terminal && cfg->colour != COLOUR_NEVER,
                                      cli_utf8(),
                                      NULL,
                                      format == FORMAT_TEXT ? summary : NULL};
            output_write(table, &options, stdout);
        }
    }
    output_table_free(table);
    findings_free(&found);
    if (table == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    status = cli_output_status(err);
    if (status != ASSURE_OK)
        return status; /* findings stand only when they were written */
    return errors > 0 || (strict && warnings > 0) ? ASSURE_FINDINGS : ASSURE_OK;
}
