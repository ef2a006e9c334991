/* check.c - assure check [--format text|csv] [--strict] [--full]: integrity
 * findings.  First the file (SQLite's own check, and each stored value
 * against its table's rules) and the audit trail's chain, then the data.
 * Exit 1 when there is an error, or a warning under --strict. */
#include <dirent.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
        size_t length = strlen(t->measure);
        bool percentage = length > 4 && strcmp(t->measure + length - 4, "_pct") == 0;
        char declared[64], computed[64], off[64], fy[32] = "";
        int64_t difference = money_distance(t->declared, t->computed);
        if (percentage) {
            /* a percentage printed beside a row (hundredths of a percent): "printed 55% ≠ 55.56%" */
            percent_hundredths_format(declared, sizeof declared, t->declared);
            percent_hundredths_format(computed, sizeof computed, t->computed);
            percent_hundredths_format(off, sizeof off, difference);
            off[strlen(off) - 1] = '\0';
            ok = findings_add(out, FINDING_WARNING, table, t->ref[0] ? t->ref : t->label, MONEY_UNKNOWN,
                              MONEY_UNKNOWN, "%s:%d: printed %s %s %s worked out (off by %s points): %s, %s",
                              t->source, t->line, declared, cli_utf8() ? "≠" : "!=", computed, off,
                              t->measure, t->label) &&
                 ok;
            continue;
        }
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

/* The table as users name it, for a table as stored. */
static const char *user_table(const char *stored)
{
    const char *user = store_table_of(stored);
    return user != NULL ? user : "database";
}

/* The newest of the copies assure kept before upgrading (PATH.vN.bak...),
 * into out; "" when there is none. */
static void latest_backup(const char *path, char *out, size_t size)
{
    out[0] = '\0';
    char copy[4096], copy2[4096];
    snprintf(copy, sizeof copy, "%s", path);
    snprintf(copy2, sizeof copy2, "%s", path);
    const char *folder = dirname(copy), *name = basename(copy2);
    DIR *dir = opendir(folder);
    if (dir == NULL)
        return;
    time_t newest = 0;
    size_t n = strlen(name);
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (strncmp(entry->d_name, name, n) != 0 || strncmp(entry->d_name + n, ".v", 2) != 0 ||
            strstr(entry->d_name + n, ".bak") == NULL)
            continue;
        char candidate[4096];
        struct stat info;
        int w = snprintf(candidate, sizeof candidate, "%s/%s", folder, entry->d_name);
        if (w > 0 && (size_t)w < size && stat(candidate, &info) == 0 && info.st_mtime >= newest) {
            newest = info.st_mtime;
            memcpy(out, candidate, (size_t)w + 1);
        }
    }
    closedir(dir);
}

/* What to do about a damaged file. */
static void way_back(const char *path, char *out, size_t size)
{
    char backup[4096];
    latest_backup(path, backup, sizeof backup);
    if (backup[0] != '\0')
        snprintf(
            out, size,
            "restore your latest backup (assure kept %s before its last upgrade), or recover what SQLite "
            "can still read into a new file: sqlite3 %s .recover | sqlite3 recovered.db, then assure "
            "--db recovered.db check",
            backup, path);
    else
        snprintf(out, size,
                 "restore your latest backup, or recover what SQLite can still read into a new file: sqlite3 "
                 "%s .recover | sqlite3 recovered.db, then assure --db recovered.db check",
                 path);
}

/* SQLite's own check of the file, and of each stored value against its
 * table's rules: errors.  *damaged when the file itself is. */
static assure_status integrity_findings(store *s, bool full, findings *out, bool *damaged, assure_error *err)
{
    integrity_report *report = calloc(1, sizeof *report);
    if (report == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    assure_status status = store_integrity_check(s, full, report, err);
    bool ok = true;
    for (size_t i = 0; status == ASSURE_OK && i < report->count; i++) {
        const integrity_finding *f = &report->items[i];
        if (f->damage)
            ok = findings_add(out, FINDING_ERROR, "database", "", MONEY_UNKNOWN, MONEY_UNKNOWN,
                              "the file is damaged: %s", f->message) &&
                 ok;
        else
            ok = findings_add(out, FINDING_ERROR, user_table(f->table), f->row, MONEY_UNKNOWN, MONEY_UNKNOWN,
                              "%s", f->message) &&
                 ok;
    }
    if (status == ASSURE_OK && report->more)
        ok = findings_add(out, FINDING_ERROR, "database", "", MONEY_UNKNOWN, MONEY_UNKNOWN,
                          "and more of the same, not listed") &&
             ok;
    *damaged = report->damaged;
    if (status == ASSURE_OK && report->damaged) {
        char back[8192 + 256];
        way_back(store_path(s), back, sizeof back);
        ok = findings_add(out, FINDING_ERROR, "database", "", MONEY_UNKNOWN, MONEY_UNKNOWN,
                          "what the file holds cannot be trusted; the way back: %s", back) &&
             ok;
    }
    free(report);
    if (status == ASSURE_OK && !ok)
        status = error_set(err, ASSURE_DATA, "out of memory");
    return status;
}

/* The audit trail's chain, walked from its start: an error where it breaks. */
static assure_status audit_findings(store *s, findings *out, assure_error *err)
{
    audit_verification v;
    assure_status status = store_audit_verify(s, &v, err);
    if (status != ASSURE_OK || v.intact)
        return status;
    char entry[32] = "";
    if (v.broken_id > 0)
        snprintf(entry, sizeof entry, "entry %lld", v.broken_id);
    if (!findings_add(out, FINDING_ERROR, "audit", entry, MONEY_UNKNOWN, MONEY_UNKNOWN,
                      "the audit trail was changed behind assure's back: %s (see assure log --verify)",
                      v.problem))
        return error_set(err, ASSURE_DATA, "out of memory");
    return ASSURE_OK;
}

/* The RAID log's findings, with the risks and savings its links name, the
 * plan's and the highlight reports'. */
static assure_status raid_findings(store *s, calendar_date today, findings *out, bool *ok, assure_error *err)
{
    actions_set actions = {0};
    issues_set issues = {0};
    decisions_set decisions = {0};
    risks_set risks = {0};
    savings_set savings = {0};
    assure_status status = store_load_actions(s, &actions, err);
    if (status == ASSURE_OK)
        status = store_load_issues(s, &issues, err);
    if (status == ASSURE_OK)
        status = store_load_decisions(s, &decisions, err);
    if (status == ASSURE_OK)
        status = store_load_risks(s, &risks, err);
    if (status == ASSURE_OK)
        status = store_load_savings(s, &savings, err);
    workstreams_set workstreams = {0}; /* the project register: what a link may name besides */
    if (status == ASSURE_OK)
        status = store_load_workstreams(s, &workstreams, err);
    if (status == ASSURE_OK)
        *ok = checks_raid(&actions, &issues, &decisions, &risks, &savings, &workstreams, today, out) && *ok;
    milestones_set milestones = {0};
    if (status == ASSURE_OK)
        status = store_load_milestones(s, &milestones, err);
    if (status == ASSURE_OK)
        *ok = checks_milestones(&milestones, &savings, &workstreams, today, out) && *ok;
    milestones_set_free(&milestones);
    highlights_set highlights = {0};
    if (status == ASSURE_OK)
        status = store_load_highlights(s, &highlights, err);
    if (status == ASSURE_OK)
        *ok = checks_highlights(&highlights, &savings, &workstreams, out) && *ok;
    highlights_set_free(&highlights);
    /* the project register and the benefits signed off */
    signoffs_set signoffs = {0};
    if (status == ASSURE_OK)
        status = store_load_signoffs(s, &signoffs, err);
    if (status == ASSURE_OK)
        *ok = checks_register(&workstreams, &signoffs, &savings, out) && *ok;
    workstreams_set_free(&workstreams);
    signoffs_set_free(&signoffs);
    actions_set_free(&actions);
    issues_set_free(&issues);
    decisions_set_free(&decisions);
    risks_set_free(&risks);
    savings_set_free(&savings);
    return status;
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
    ok = checks_final_year(&savings, cfg->final_fy, out) && ok;
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
    if (status == ASSURE_OK)
        status = raid_findings(s, today, out, &ok, err);
    if (status != ASSURE_OK)
        return status;
    return ok ? ASSURE_OK : error_set(err, ASSURE_DATA, "out of memory");
}

assure_status cli_check(int argc, char **argv, const assure_config *cfg, assure_error *err)
{
    output_format format = FORMAT_TEXT;
    bool strict = false, full = false;
    for (int i = 0; i < argc; i++) {
        const char *value;
        if (strcmp(argv[i], "--strict") == 0) {
            strict = true;
        } else if (strcmp(argv[i], "--full") == 0) {
            full = true;
        } else if (cli_option("--format", argc, argv, &i, &value)) {
            if (value == NULL ||
                !output_format_parse(value, (1u << FORMAT_TEXT) | (1u << FORMAT_CSV), &format))
                return error_set(err, ASSURE_USAGE, "check --format: expected text or csv");
        } else {
            return error_set(err, ASSURE_USAGE, "check: unknown option %s (see assure --help)", argv[i]);
        }
    }
    calendar_date today = config_today(cfg);
    store *s;
    store_open_report opened;
    assure_status status = cli_store_open(cfg, &(cli_store_use){STORE_READ_ONLY, false, &opened}, &s, err);
    if (status != ASSURE_OK) {
        if (opened.damaged) {
            char back[8192 + 256];
            way_back(cfg->database_path, back, sizeof back);
            size_t n = strlen(err->message);
            snprintf(err->message + n, sizeof err->message - n,
                     "; if it was an assure database, it is damaged: %s", back);
        }
        return status;
    }
    findings found = {NULL, 0, 0};
    bool damaged = false;
    status = integrity_findings(s, full, &found, &damaged, err);
    if (status == ASSURE_OK && !damaged)
        status = audit_findings(s, &found, err);
    if (status == ASSURE_OK && !damaged)
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
    long errors = 0, warnings = 0, notices = 0;
    for (size_t i = 0; table != NULL && i < found.count; i++) {
        const finding *f = &found.items[i];
        bool is_error = f->level == FINDING_ERROR, is_notice = f->level == FINDING_NOTICE;
        errors += is_error;
        warnings += !is_error && !is_notice;
        notices += is_notice;
        output_row(table, false);
        if (is_notice)
            output_cell(table, "notice", "notice", RAG_NONE);
        else
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
    int used = snprintf(summary, sizeof summary, "%ld error%s, %ld warning%s", errors, errors == 1 ? "" : "s",
                        warnings, warnings == 1 ? "" : "s");
    if (notices > 0 && used > 0 && (size_t)used < sizeof summary)
        snprintf(summary + used, sizeof summary - (size_t)used, ", %ld notice%s", notices,
                 notices == 1 ? "" : "s");
    if (table != NULL) {
        if (format == FORMAT_TEXT && found.count == 0) {
            printf("No findings: the data is consistent.\n");
        } else {
            output_options options = {format,
                                      terminal ? 200 : 1000,
                                      terminal && cfg->colour != COLOUR_NEVER,
                                      cli_utf8(),
                                      NULL,
                                      format == FORMAT_TEXT ? summary : NULL,
                                      0};
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
