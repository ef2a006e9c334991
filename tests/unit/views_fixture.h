/* views_fixture.h - what the tests of the views share: sample.db loaded as
 * the dashboard loads it, a panel built as the dashboard builds it, and
 * `assure report ... --format csv` run in this process, its lines kept. */
#ifndef ASSURE_TEST_VIEWS_FIXTURE_H
#define ASSURE_TEST_VIEWS_FIXTURE_H

#include "test.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "../../src/tui/tui_internal.h"
#include "calendar.h"
#include "cli.h"
#include "config.h"
#include "store.h"
#include "view_bridge.h"
#include "view_investment.h"
#include "view_kpis.h"
#include "view_reviews.h"
#include "view_risks.h"
#include "view_savings.h"
#include "view_staffing.h"

#define SAMPLE     "sample.db"
#define SAMPLE_DAY "2026-11-23"

typedef struct {
    assure_config cfg;
    store *db;
    tui_state state;
    panel panel;
    view_row *rows; /* the view's, as the domain gives them */
    size_t nrows, capacity;
    char **csv; /* the report's lines, heading first */
    size_t ncsv;
} fixture;

static inline bool keep_row(void *context, const view_row *row)
{
    fixture *f = context;
    if (f->nrows == f->capacity) {
        f->capacity = f->capacity ? f->capacity * 2 : 64;
        f->rows = realloc(f->rows, f->capacity * sizeof *f->rows);
        assert_non_null(f->rows);
    }
    f->rows[f->nrows++] = *row;
    return true;
}

static inline int open_sample(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    config_lookup lookup = {NULL, NULL, "/nonexistent", "/nonexistent", "/nonexistent/assure.ini"};
    assure_error err;
    assert_int_equal(config_load(&lookup, &f->cfg, &err), ASSURE_OK);
    snprintf(f->cfg.database_path, sizeof f->cfg.database_path, "%s", SAMPLE);
    assert_int_equal(store_open(SAMPLE, STORE_READ_ONLY, &f->db, NULL, &err), ASSURE_OK);
    calendar_date today;
    assert_true(date_parse(SAMPLE_DAY, &today, NULL));
    assert_int_equal(data_load(f->db, &f->cfg, today, -1, &f->state.data, &err), ASSURE_OK);
    f->state.cfg = &f->cfg;
    theme_init(&f->state.theme, true, false);
    setenv("ASSURE_TODAY", SAMPLE_DAY, 1);
    *state = f;
    return 0;
}

static inline void forget(fixture *f)
{
    if (f->panel.ops != NULL && f->panel.ops->fini != NULL)
        f->panel.ops->fini(&f->panel);
    table_free(&f->panel.table);
    free(f->rows);
    f->rows = NULL;
    f->nrows = f->capacity = 0;
    for (size_t i = 0; i < f->ncsv; i++)
        free(f->csv[i]);
    free(f->csv);
    f->csv = NULL;
    f->ncsv = 0;
}

static inline int close_sample(void **state)
{
    fixture *f = *state;
    forget(f);
    data_free(&f->state.data);
    store_close(f->db);
    free(f);
    return 0;
}

/* The panel's table as the dashboard builds it, grouped as asked. */
static inline void build_panel(fixture *f, const panel_ops *ops, int grouping)
{
    memset(&f->panel, 0, sizeof f->panel);
    f->panel.ops = ops;
    f->panel.grouping = grouping;
    f->panel.option = ops == &staffing_panel ? -1 : 0; /* the latest staffing date; open risks */
    table_init(&f->panel.table, ops->nfields);
    if (ops->init != NULL)
        assert_true(ops->init(&f->panel)); /* the panel's own state, as the dashboard sets it up */
    ops->build(&f->panel, &f->state);
    assert_true(f->panel.table.nrows > 0);
}

/* `assure report ARGS --format csv`, run in this process, its lines kept. */
static inline void run_report(fixture *f, const char *panel_name, const char *group, const char *flag)
{
    char path[] = "/tmp/assure-test-views-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stdout);
    int saved = dup(STDOUT_FILENO);
    dup2(fd, STDOUT_FILENO);
    char *argv[7] = {(char *)panel_name, "--format", "csv", NULL, NULL, NULL, NULL};
    int argc = 3;
    if (group != NULL) {
        argv[argc++] = "--group";
        argv[argc++] = (char *)group;
    }
    if (flag != NULL) /* --rows */
        argv[argc++] = (char *)flag;
    assure_error err;
    assure_status status = cli_report(argc, argv, &f->cfg, &err);
    fflush(stdout);
    dup2(saved, STDOUT_FILENO);
    close(saved);
    close(fd);
    assert_int_equal(status, ASSURE_OK);
    FILE *in = fopen(path, "r");
    assert_non_null(in);
    char line[4096];
    while (fgets(line, sizeof line, in) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        f->csv = realloc(f->csv, (f->ncsv + 1) * sizeof *f->csv);
        f->csv[f->ncsv++] = strdup(line);
    }
    fclose(in);
    unlink(path);
}

/* Field n of a CSV line (quotes undone), into buf. */
static inline const char *csv_field(const char *line, size_t n, char *buf, size_t size)
{
    size_t used = 0;
    for (size_t field = 0;; field++) {
        bool quoted = *line == '"';
        line += quoted;
        used = 0;
        while (*line && (quoted || *line != ',')) {
            if (quoted && *line == '"') {
                if (line[1] != '"') {
                    line++;
                    quoted = false;
                    continue;
                }
                line++;
            }
            if (field == n && used + 1 < size)
                buf[used++] = *line;
            line++;
        }
        if (field == n || *line == '\0')
            break;
        line++;
    }
    buf[used] = '\0';
    return buf;
}

/* The column of the CSV heading named name. */
static inline size_t csv_column(const fixture *f, const char *name)
{
    char buf[64];
    for (size_t c = 0; c < 64; c++)
        if (strcmp(csv_field(f->csv[0], c, buf, sizeof buf), name) == 0)
            return c;
    fail_msg("the report has no column %s: %s", name, f->csv[0]);
    return 0;
}

static inline money csv_money(const char *text)
{
    return text[0] ? (money)strtoll(text, NULL, 10) : MONEY_UNKNOWN;
}

static inline const view_row *view_line(const fixture *f, const char *ref)
{
    for (size_t i = 0; i < f->nrows; i++)
        if (f->rows[i].kind == VIEW_ROW_LINE && strcmp(f->rows[i].cells[SAVINGS_COL_REF].text, ref) == 0)
            return &f->rows[i];
    fail_msg("no view row for %s", ref);
    return NULL;
}

static inline const table_row *screen_row(const fixture *f, row_kind kind, int field, const char *text)
{
    for (size_t i = 0; i < f->panel.table.nrows; i++) {
        const table_row *r = &f->panel.table.rows[i];
        if (r->kind == kind && strcmp(r->cells[field].text, text) == 0)
            return r;
    }
    fail_msg("no screen row with %s", text);
    return NULL;
}

static inline const char *short_money(money value, char *buf, size_t size)
{
    screen_money(buf, size, value);
    return buf;
}

/* The screen's row whose two fields read a and b. */
static inline const table_row *screen_row2(const fixture *f, row_kind kind, int field_a, const char *a,
                                           int field_b, const char *b)
{
    for (size_t i = 0; i < f->panel.table.nrows; i++) {
        const table_row *r = &f->panel.table.rows[i];
        if (r->kind == kind && strcmp(r->cells[field_a].text, a) == 0 &&
            strcmp(r->cells[field_b].text, b) == 0)
            return r;
    }
    fail_msg("no screen row with %s, %s", a, b);
    return NULL;
}

#endif
