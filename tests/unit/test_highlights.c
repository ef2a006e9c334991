/* Highlight reports: a lead's RAG read as trackers write it, the latest of
 * each workstream chosen from the history, a tracker's line-level words
 * gathered under their workstream, the view's rows and check's findings.
 * Rows are the sample's (sample/highlights.sql): October's and November's. */
#include <string.h>

#include "test.h"

#include "checks.h"
#include "fields.h"
#include "highlights.h"
#include "records.h"
#include "view_highlights.h"

static highlight row(const char *workstream, int month, rag rating, const char *progress)
{
    highlight h = {workstream, {2026, month, 1}, rating, progress, "", "", "", "Lead"};
    return h;
}

static void rag_is_read_as_trackers_write_it(void **state)
{
    (void)state;
    rag r = RAG_NONE;
    assert_true(highlight_rag_parse("Red", &r));
    assert_int_equal(r, RAG_RED);
    assert_true(highlight_rag_parse("A", &r));
    assert_int_equal(r, RAG_AMBER);
    assert_true(highlight_rag_parse(" green ", &r));
    assert_int_equal(r, RAG_GREEN);
    assert_true(highlight_rag_parse("g", &r));
    assert_int_equal(r, RAG_GREEN);
    /* blue rates a delivered saving, not a workstream's work */
    assert_false(highlight_rag_parse("blue", &r));
    assert_false(highlight_rag_parse("purple", &r));
    assert_false(highlight_rag_parse("", &r));
}

static void the_rag_field_takes_red_amber_green_and_refuses_others(void **state)
{
    (void)state;
    const table_def *t = table_def_get(TABLE_DEF_HIGHLIGHTS);
    assert_string_equal(t->name, "highlights");
    const field_def *f = &t->fields[HIGHLIGHT_FIELD_RAG];
    field_value v;
    const char *why = "";
    assert_true(field_parse(f, "AMBER", NULL, &v, &why));
    assert_string_equal(v.text, "amber");
    assert_false(field_parse(f, "Blue", NULL, &v, &why));
    assert_string_equal(why, "not a RAG rating (red, amber, green)");
    /* blank: not rated */
    assert_true(field_parse(f, "", NULL, &v, &why));
    assert_true(v.blank);
    /* the workstream and the period are the key: both required */
    assert_false(field_parse(&t->fields[HIGHLIGHT_FIELD_PERIOD], "", NULL, &v, &why));
    assert_false(field_parse(&t->fields[HIGHLIGHT_FIELD_WORKSTREAM], "", NULL, &v, &why));
    assert_true(field_parse(&t->fields[HIGHLIGHT_FIELD_PERIOD], "01/11/2026", NULL, &v, &why));
}

/* The sample's history, ordered by workstream then period as the store reads it. */
static highlight sample[] = {
    {"Accommodation", {2026, 10, 1}, RAG_AMBER, "My Front Door reviews have commenced", "", "", "", ""},
    {"Accommodation", {2026, 11, 1}, RAG_AMBER, "Eleven of thirty planned moves", "", "", "", ""},
    {"Commissioning", {2026, 10, 1}, RAG_AMBER, "Managed accounts moved", "", "", "", ""},
    {"commissioning", {2026, 11, 1}, RAG_RED, "150 of the 400 hours", "", "", "", ""},
    {"Transitions", {2026, 10, 1}, RAG_GREEN, "Cohort profile", "", "", "", ""},
};

static void the_latest_is_each_workstreams_last_period(void **state)
{
    (void)state;
    size_t latest[5];
    /* three workstreams, Commissioning's two rows whatever their case */
    assert_int_equal(highlights_latest(sample, 5, latest), 3);
    assert_int_equal(latest[0], 1); /* Accommodation, November */
    assert_int_equal(latest[1], 3); /* Commissioning, November: red */
    assert_int_equal(latest[2], 4); /* Transitions has only October's */
    assert_int_equal(highlights_latest_of(sample, 5, "COMMISSIONING"), 3);
    assert_int_equal(highlights_latest_of(sample, 5, "Short Term Services"), -1);
    calendar_date period;
    assert_true(highlights_latest_period(sample, 5, &period));
    assert_int_equal(period.month, 11);
    assert_false(highlights_latest_period(sample, 0, &period));
}

static void a_trackers_lines_are_joined_once_each(void **state)
{
    (void)state;
    char joined[200] = "";
    assert_true(highlight_join(joined, sizeof joined, "ASC-04", "47 customers reviewed"));
    assert_true(highlight_join(joined, sizeof joined, "ASC-09", "Review rate off target"));
    /* a long-form tracker repeats a line's words each year: once */
    assert_true(highlight_join(joined, sizeof joined, "ASC-04", "47 customers reviewed"));
    /* blank words add nothing */
    assert_true(highlight_join(joined, sizeof joined, "ASC-10", ""));
    assert_string_equal(joined, "ASC-04: 47 customers reviewed; ASC-09: Review rate off target");
    /* the same words of another line are that line's */
    assert_true(highlight_join(joined, sizeof joined, "ASC-11", "Review rate off target"));
    assert_string_equal(
        joined,
        "ASC-04: 47 customers reviewed; ASC-09: Review rate off target; ASC-11: Review rate off target");
    /* leads: named once, without a ref */
    char leads[64] = "";
    assert_true(highlight_join(leads, sizeof leads, "", "Head of Localities"));
    assert_true(highlight_join(leads, sizeof leads, NULL, "Head of Localities"));
    assert_true(highlight_join(leads, sizeof leads, "", "Head of Reablement"));
    assert_string_equal(leads, "Head of Localities; Head of Reablement");
    /* no room: false, and nothing half-written */
    char small[16] = "";
    assert_false(highlight_join(small, sizeof small, "ASC-01", "far too long to fit"));
    assert_string_equal(small, "");
    /* the worst of the lines' RAGs: red over amber over green over none */
    assert_int_equal(highlight_rag_worse(RAG_NONE, RAG_GREEN), RAG_GREEN);
    assert_int_equal(highlight_rag_worse(RAG_AMBER, RAG_GREEN), RAG_AMBER);
    assert_int_equal(highlight_rag_worse(RAG_AMBER, RAG_RED), RAG_RED);
}

typedef struct {
    size_t lines, count, red;
    size_t source[8];
} collected;

static bool collect(void *context, const view_row *r)
{
    collected *c = context;
    if (r->kind == VIEW_ROW_LINE)
        c->source[c->lines++] = r->source;
    else {
        c->count = r->count;
        c->red = r->reached;
    }
    return true;
}

static void the_view_shows_the_latest_or_every_period_or_as_at_a_day(void **state)
{
    (void)state;
    highlights_set set = {sample, 5, NULL};
    collected c = {0};
    highlights_view latest = {.set = &set};
    assert_true(highlights_view_rows(&latest, collect, &c));
    assert_int_equal(c.lines, 3);
    assert_int_equal(c.source[0], 1);
    assert_int_equal(c.source[1], 3);
    assert_int_equal(c.source[2], 4);
    assert_int_equal(c.count, 3);
    assert_int_equal(c.red, 1); /* Commissioning's November */
    collected all = {0};
    highlights_view every = {.set = &set, .all = true};
    assert_true(highlights_view_rows(&every, collect, &all));
    assert_int_equal(all.lines, 5);
    /* as at 31 Oct: October's, none red */
    collected october = {0};
    highlights_view as_at = {.set = &set, .has_as_at = true, .as_at = {2026, 10, 31}};
    assert_true(highlights_view_rows(&as_at, collect, &october));
    assert_int_equal(october.lines, 3);
    assert_int_equal(october.source[0], 0);
    assert_int_equal(october.source[1], 2);
    assert_int_equal(october.red, 0);
    collected one = {0};
    highlights_view of = {.set = &set, .workstream = "COMMISSIONING", .all = true};
    assert_true(highlights_view_rows(&of, collect, &one));
    assert_int_equal(one.lines, 2);
}

static void check_finds_strays_and_workstreams_without_the_latest(void **state)
{
    (void)state;
    highlight rows[] = {
        row("Accommodation", 11, RAG_AMBER, "x"),
        row("Commissioning", 10, RAG_AMBER, "x"),
        row("Nowhere", 11, RAG_RED, "x"),
    };
    savings_line lines[] = {
        {.ref = "ASC-05", .workstream = "accommodation", .status = SAVINGS_AT_RISK},
        {.ref = "ASC-12", .workstream = "Commissioning", .status = SAVINGS_ON_TRACK},
        {.ref = "ASC-13", .workstream = "Commissioning", .status = SAVINGS_AT_RISK},
        {.ref = "ASC-07", .workstream = "Transitions", .status = SAVINGS_PLANNED},
        {.ref = "ASC-10", .workstream = "Promoting Independence", .status = SAVINGS_DROPPED},
    };
    highlights_set set = {rows, 3, NULL};
    savings_set savings = {lines, 5, NULL, 0, NULL};
    findings out = {0};
    assert_true(checks_highlights(&set, &savings, NULL, &out));
    /* Nowhere's is no line's; Commissioning (once, not per line) and
     * Transitions have none for November; Promoting Independence's only line
     * is dropped; Accommodation's is there, whatever the case */
    assert_int_equal(out.count, 3);
    assert_string_equal(out.items[0].ref, "Nowhere / 2026-11-01");
    assert_string_equal(
        out.items[0].message,
        "workstream \"Nowhere\" is no savings line's: a highlight for work the figures do not hold");
    assert_string_equal(out.items[1].ref, "Commissioning");
    assert_string_equal(
        out.items[1].message,
        "no highlight report for 2026-11-01, the latest period reported (its last is 2026-10-01)");
    assert_string_equal(out.items[2].ref, "Transitions");
    assert_string_equal(out.items[2].message,
                        "no highlight report for 2026-11-01, the latest period reported (it has none)");
    assert_int_equal(out.items[2].level, FINDING_WARNING);
    findings_free(&out);
    /* none written yet: nothing to chase */
    highlights_set empty = {NULL, 0, NULL};
    findings none = {0};
    assert_true(checks_highlights(&empty, &savings, NULL, &none));
    assert_int_equal(none.count, 0);
    findings_free(&none);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rag_is_read_as_trackers_write_it),
        cmocka_unit_test(the_rag_field_takes_red_amber_green_and_refuses_others),
        cmocka_unit_test(the_latest_is_each_workstreams_last_period),
        cmocka_unit_test(a_trackers_lines_are_joined_once_each),
        cmocka_unit_test(the_view_shows_the_latest_or_every_period_or_as_at_a_day),
        cmocka_unit_test(check_finds_strays_and_workstreams_without_the_latest),
    };
    return cmocka_run_group_tests_name("highlights", tests, NULL, NULL);
}
