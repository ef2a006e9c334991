/* The meeting pack's model on a small programme worked by hand: its sections
 * in the meeting's order, what each takes since the snapshot, how an
 * action's raised_at is dated, a risk's score at a date, and sections that
 * say they are empty rather than vanish. */
#include "test.h"

#include <string.h>

#include "pack.h"

/* risks: low to 4, medium to 12, reviewed every 28 days */
static const indicator_settings settings = {{95, 80}, {10, 20}, {200, 90, 75}, {4, 12, 28}, 0};

static savings_line lines[1] = {
    {"S1", "Reablement", "Older Adults", "Reablement capacity", "", "", ORIGIN_EXISTING, SAVINGS_ON_TRACK,
     BASIS_INCREMENTAL},
};
/* target 1,000,000, forecast 900,000: 90.0%, amber */
static savings_year years[1] = {{0, 2026, {1000000, 1000000, 900000, MONEY_UNKNOWN}}};

/* today is 29 Nov 2026 */
static risk_row risk_rows[3] = {
    {"R1",
     "Homecare capacity",
     "",
     "Head of Commissioning",
     "",
     "",
     {4, 5, 3, 3, RISK_OPEN, true, {2026, 12, 7}, true, {2026, 11, 9}}},
    {"R2",
     "Budget pressure",
     "",
     "",
     "",
     "",
     {3, 3, 3, 3, RISK_OPEN, true, {2026, 12, 7}, true, {2026, 11, 9}}},
    {"R3", "Closed now", "", "", "", "", {2, 2, 1, 1, RISK_CLOSED, false, {0, 0, 0}, false, {0, 0, 0}}},
};
/* R1: 4x4 = 16 on 12 Oct, 4x5 = 20 on 9 Nov; R2: 3x3 = 9 throughout;
 * R3 was 4x4 = 16, closed since at 2x2 */
static risk_review reviews_held[5] = {
    {"R1", "2026-10-12", 4, 4, ""}, {"R1", "2026-11-09", 4, 5, ""}, {"R2", "2026-10-12", 3, 3, ""},
    {"R2", "2026-11-09", 3, 3, ""}, {"R3", "2026-10-12", 4, 4, ""},
};

#define DUE(y, m, d)                                                                                         \
    true,                                                                                                    \
    {                                                                                                        \
        y, m, d                                                                                              \
    }
#define NO_DATE                                                                                              \
    false,                                                                                                   \
    {                                                                                                        \
        0, 0, 0                                                                                              \
    }
static action_row action_rows[5] = {
    /* raised before the snapshot, 12 days overdue at 29 Nov */
    {"A-01",
     "Commission homecare",
     "Head of Commissioning",
     "PAM 12 Oct 2026",
     "R1",
     "",
     {ACTION_OPEN, DUE(2026, 11, 17), NO_DATE}},
    /* raised at the snapshot's meeting (its label), done since */
    {"A-02",
     "Backlog report",
     "Head of Localities",
     "Board",
     "",
     "",
     {ACTION_DONE, DUE(2026, 11, 20), DUE(2026, 11, 18)}},
    /* raised on a date after the snapshot, due later */
    {"A-03",
     "Engagement plan",
     "Programme Manager",
     "2026-11-16",
     "",
     "",
     {ACTION_OPEN, DUE(2026, 12, 7), NO_DATE}},
    /* done before the snapshot */
    {"A-04", "Cohort profile", "", "01/10/2026", "", "", {ACTION_DONE, DUE(2026, 10, 20), DUE(2026, 10, 19)}},
    /* raised at no date anyone can tell: not counted as new */
    {"A-05", "Something", "", "ad hoc", "", "", {ACTION_OPEN, NO_DATE, NO_DATE}},
};

static decision_row decision_rows[2] = {
    {"D-01", "Board", "Spot purchase homecare", "Strategic Director", "", {2026, 11, 9}}, /* on the day */
    {"D-02", "PAM 12 Oct 2026", "Withdraw day services saving", "Strategic Director", "", {2026, 10, 12}},
};

static milestone_row milestone_rows[3] = {
    /* met 10 Apr against 31 Mar: slipped 10 days, named in the summary but not a row */
    {"M-01",
     "",
     "Diagnostic",
     "",
     "",
     "",
     PHASE_DIAGNOSTIC,
     {MILESTONE_DONE, true, true, true, {2026, 3, 31}, {2026, 4, 10}, {2026, 4, 10}}},
    /* baseline 30 Oct, forecast 15 Dec: 1 + 30 + 15 = 46 days late, not yet overdue */
    {"M-02",
     "",
     "Design",
     "",
     "M-01",
     "",
     PHASE_DESIGN,
     {MILESTONE_AT_RISK, true, true, false, {2026, 10, 30}, {2026, 12, 15}, {0, 0, 0}}},
    /* due 10 Dec as first planned: not slipped, but M-02 now finishes 15 Dec,
     * 5 days after it is due */
    {"M-03",
     "",
     "Implement",
     "",
     "M-02",
     "",
     PHASE_IMPLEMENT,
     {MILESTONE_ON_TRACK, true, true, false, {2026, 12, 10}, {2026, 12, 10}, {0, 0, 0}}},
};

static savings_set savings = {lines, 1, years, 1, NULL};
static staffing_set staffing = {NULL, 0, NULL};
static reviews_set reviews = {NULL, 0, NULL};
static risks_set risks = {risk_rows, 3, NULL};
static kpi_set kpis = {NULL, 0, NULL, 0, NULL};
static risk_history_set history = {reviews_held, 5, NULL};
static actions_set actions = {action_rows, 5, NULL};
static decisions_set decisions = {decision_rows, 2, NULL};
static milestones_set milestones = {milestone_rows, 3, NULL};
/* the snapshot "Board", taken 9 Nov 2026 */
static const pack_meeting meetings[1] = {{"Board", {2026, 11, 9}, "Director; Programme Manager"}};

typedef struct {
    overview o;
    exception_sources figures;
    bool known[HEADLINE_COUNT];
    int64_t value[HEADLINE_COUNT];
    pack_sources sources;
} fixture;

static void make(fixture *f, bool since)
{
    memset(f, 0, sizeof *f);
    calendar_date today = {2026, 11, 29};
    overview_compute(&savings, &staffing, &reviews, &risks, &settings, today, &f->o);
    f->figures =
        (exception_sources){&savings, &staffing, &reviews, &risks, &kpis, &f->o, &settings, 300, today};
    /* the snapshot kept a forecast of 950,000: 50,000 more than now */
    f->known[HEADLINE_SAVINGS_FORECAST] = true;
    f->value[HEADLINE_SAVINGS_FORECAST] = 950000;
    f->sources = (pack_sources){.programme_name = "Test",
                                .today = today,
                                .figures = &f->figures,
                                .actions = &actions,
                                .decisions = &decisions,
                                .milestones = &milestones,
                                .risk_history = &history,
                                .meetings = meetings,
                                .nmeetings = 1,
                                .has_since = since,
                                .since = meetings[0],
                                .since_known = f->known,
                                .since_value = f->value,
                                .style = {HEADLINE_REPORT, true, false},
                                .long_dates = false};
}

/* The refs in column 0 of a section, space-separated. */
static const char *refs(const pack_section *s, char *buf, size_t size)
{
    buf[0] = '\0';
    for (size_t r = 0; r < s->nrows; r++) {
        strncat(buf, pack_cell_at(s, r, 0)->text, size - strlen(buf) - 1);
        strncat(buf, " ", size - strlen(buf) - 1);
    }
    return buf;
}

static void raised_at_is_dated_by_a_meeting_a_date_or_a_date_in_words(void **state)
{
    (void)state;
    calendar_date d;
    assert_true(pack_raised_on("Board", meetings, 1, &d)); /* the snapshot's day */
    assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20261109);
    assert_true(pack_raised_on("PAM 12 Oct 2026", meetings, 1, &d));
    assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20261012);
    assert_true(pack_raised_on("Programme Board 3 September 2026", NULL, 0, &d));
    assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20260903);
    assert_true(pack_raised_on("2026-11-16", NULL, 0, &d));
    assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20261116);
    assert_true(pack_raised_on("01/10/2026", NULL, 0, &d));
    assert_int_equal(d.year * 10000 + d.month * 100 + d.day, 20261001);
    assert_false(pack_raised_on("ad hoc", meetings, 1, &d));
    assert_false(pack_raised_on("PAM 31 Feb 2026", meetings, 1, &d)); /* no such day */
    assert_false(pack_raised_on("", meetings, 1, &d));
}

static void a_risk_scores_as_its_last_review_on_or_before_the_date(void **state)
{
    (void)state;
    assert_int_equal(pack_score_on(&history, "R1", (calendar_date){2026, 11, 8}), 16);
    assert_int_equal(pack_score_on(&history, "R1", (calendar_date){2026, 11, 9}), 20); /* that day's review */
    assert_int_equal(pack_score_on(&history, "R1", (calendar_date){2026, 10, 1}), 0);  /* none yet */
    assert_int_equal(pack_score_on(&history, "R9", (calendar_date){2026, 11, 9}), 0);
}

static void the_sections_come_in_the_meetings_order(void **state)
{
    (void)state;
    fixture f;
    make(&f, true);
    pack p;
    assert_true(pack_build(&f.sources, &p));
    static const char *const keys[PACK_SECTION_COUNT] = {
        "headlines",    "exceptions", "slipped_milestones", "actions_overdue", "actions_new",
        "actions_done", "decisions",  "risks_moved",        "highlights"};
    for (size_t i = 0; i < PACK_SECTION_COUNT; i++) {
        assert_int_equal(p.sections[i].id, i);
        assert_string_equal(p.sections[i].key, keys[i]);
        assert_true(p.sections[i].summary[0] != '\0');
    }
    assert_string_equal(p.title, "Test: meeting pack, 2026-11-29");
    assert_string_equal(p.since_date, "2026-11-09");
    pack_free(&p);
}

static void headlines_carry_their_change_since_the_snapshot(void **state)
{
    (void)state;
    fixture f;
    make(&f, true);
    pack p;
    assert_true(pack_build(&f.sources, &p));
    /* the meeting compared with, as its snapshot recorded it */
    assert_string_equal(p.since_label, "Board");
    assert_string_equal(p.since_date, "2026-11-09");
    assert_string_equal(p.since_attendees, "Director; Programme Manager");
    const pack_section *s = &p.sections[PACK_HEADLINES];
    /* target, stretch, forecast, actual, gap, then the rest: forecast is row 2 */
    assert_string_equal(pack_cell_at(s, 2, 0)->data, "savings_forecast_gbp");
    assert_string_equal(pack_cell_at(s, 2, 2)->text, "£900,000");
    assert_string_equal(pack_cell_at(s, 2, 2)->data, "900000");
    assert_string_equal(pack_cell_at(s, 2, 3)->text, "AMBER");  /* 90.0%: below 95, at least 80 */
    assert_string_equal(pack_cell_at(s, 2, 4)->data, "-50000"); /* 900,000 - 950,000 */
    assert_string_equal(pack_cell_at(s, 2, 5)->data, "worse");
    /* every headline once, but those of finance this programme does not keep
     * (no pipeline, bridge, KPIs or investment) */
    assert_int_equal(s->nrows, HEADLINE_COUNT - 4);
    for (size_t r = 0; r < s->nrows; r++)
        for (size_t q = r + 1; q < s->nrows; q++)
            assert_string_not_equal(pack_cell_at(s, r, 0)->data, pack_cell_at(s, q, 0)->data);
    /* the target's change was not kept: blank */
    assert_string_equal(pack_cell_at(s, 0, 4)->data, "");
    assert_string_equal(s->summary,
                        "Savings are forecast at £900,000 of the £1,000,000 target (90.0%, AMBER), a "
                        "gap of £100,000. Since Board, 0 headlines are better and 1 worse.");
    pack_free(&p);
    /* S1 at 90.0% is no exception, and R1 and R2 are reviewed by 7 Dec;
     * forecast at 700,000, 70.0% of target (below 80), S1 is red: the one
     * exception, and the summary says what there is, not "red before amber" */
    savings_year red_year[1] = {{0, 2026, {1000000, 1000000, 700000, MONEY_UNKNOWN}}};
    savings_set red_savings = {lines, 1, red_year, 1, NULL};
    f.figures.savings = &red_savings;
    assert_true(pack_build(&f.sources, &p));
    assert_int_equal(p.sections[PACK_EXCEPTIONS].nrows, 1);
    assert_string_equal(p.sections[PACK_EXCEPTIONS].summary, "1 exception, red.");
    pack_free(&p);
}

static void the_programme_office_sections_take_what_happened_since(void **state)
{
    (void)state;
    fixture f;
    make(&f, true);
    pack p;
    assert_true(pack_build(&f.sources, &p));
    char buf[256];
    /* M-02 46 days late; M-03 held up by it; M-01 met, 10 days late.
     * Columns: ref, milestone, for, owner, baseline, due, slipped (6), since
     * the snapshot (7), overdue (8), held up by (9). */
    const pack_section *m = &p.sections[PACK_MILESTONES];
    assert_string_equal(refs(m, buf, sizeof buf), "M-02 M-03 ");
    assert_string_equal(pack_cell_at(m, 0, 6)->data, "46");
    assert_string_equal(pack_cell_at(m, 0, 6)->text, "46 days");
    assert_string_equal(pack_cell_at(m, 0, 8)->data, ""); /* not overdue */
    assert_string_equal(pack_cell_at(m, 1, 6)->data, "0");
    assert_string_equal(pack_cell_at(m, 1, 9)->text, "M-02 by 5 days");
    /* the snapshot kept no milestones: slippage since is blank, and said so */
    assert_string_equal(pack_cell_at(m, 0, 7)->data, "");
    assert_string_equal(m->columns[7].heading, "Since Board");
    assert_string_equal(m->columns[7].key, "slipped_since_days");
    /* as the headline counts them (milestone_is_slipped): M-01 and M-02, 2;
     * 10 + 46 = 56 days */
    assert_string_equal(m->summary,
                        "2 milestones have slipped against their baselines, by 56 days in all: 1 met late "
                        "(M-01) by 10 days; 1 still to be met by 46 days. M-03 is held up by M-02. Board "
                        "kept no milestone dates to compare with.");
    /* due 17 Nov, 12 days */
    const pack_section *o = &p.sections[PACK_ACTIONS_OVERDUE];
    assert_string_equal(refs(o, buf, sizeof buf), "A-01 ");
    assert_string_equal(o->summary, "1 action is overdue; the longest, A-01, by 12 days.");
    /* raised at Board (the snapshot's meeting) and on 16 Nov; not A-05 (undated) */
    assert_string_equal(refs(&p.sections[PACK_ACTIONS_NEW], buf, sizeof buf), "A-02 A-03 ");
    assert_string_equal(p.sections[PACK_ACTIONS_NEW].summary,
                        "2 actions raised at Board or since, 1 of them still open.");
    /* done 18 Nov; A-04, done 19 Oct, before */
    assert_string_equal(refs(&p.sections[PACK_ACTIONS_DONE], buf, sizeof buf), "A-02 ");
    /* D-01 made on the snapshot's day; D-02 before */
    assert_string_equal(refs(&p.sections[PACK_DECISIONS], buf, sizeof buf), "D-01 ");
    /* R1 scored 20 on 9 Nov, as now: not moved since Board; R3 closed */
    assert_int_equal(p.sections[PACK_RISKS].nrows, 0);
    assert_string_equal(p.sections[PACK_RISKS].summary, "No open risk's score has moved since Board.");
    assert_string_equal(p.sections[PACK_HIGHLIGHTS].summary, "No highlight reports held.");
    pack_free(&p);
}

/* What the snapshot kept of the plan: M-02 due 1 Dec then, 15 Dec now: 14
 * days later; M-03 due 10 Dec then and now: 0. */
static void milestones_say_how_far_each_moved_since_the_snapshot(void **state)
{
    (void)state;
    fixture f;
    make(&f, true);
    static const pack_due_then then[2] = {{"M-02", {2026, 12, 1}}, {"M-03", {2026, 12, 10}}};
    f.sources.since_milestones = then;
    f.sources.nsince_milestones = 2;
    pack p;
    assert_true(pack_build(&f.sources, &p));
    const pack_section *m = &p.sections[PACK_MILESTONES];
    assert_string_equal(pack_cell_at(m, 0, 7)->data, "14");
    assert_string_equal(pack_cell_at(m, 0, 7)->text, "14 days");
    assert_string_equal(pack_cell_at(m, 1, 7)->data, "0");
    assert_non_null(strstr(m->summary, " Since Board, 1 shown has moved later, by 14 days."));
    /* the headline's count of slipped milestones is the summary's: 2 */
    overview o = f.o;
    actions_set no_actions = {NULL, 0, NULL};
    issues_set no_issues = {NULL, 0, NULL};
    overview_office(&no_actions, &no_issues, &milestones, f.sources.today, &o);
    assert_int_equal(o.milestones_slipped, 2);
    assert_non_null(strstr(m->summary, "2 milestones have slipped"));
    pack_free(&p);
    /* without a snapshot there is no such column, for people or programs */
    make(&f, false);
    assert_true(pack_build(&f.sources, &p));
    m = &p.sections[PACK_MILESTONES];
    assert_null(m->columns[7].heading);
    assert_null(m->columns[7].key);
    assert_null(strstr(m->summary, "Since"));
    pack_free(&p);
}

static void a_risk_moved_since_an_earlier_snapshot(void **state)
{
    (void)state;
    fixture f;
    make(&f, true);
    f.sources.since = (pack_meeting){"PAM 26 Oct 2026", {2026, 10, 26}, ""};
    pack p;
    assert_true(pack_build(&f.sources, &p));
    const pack_section *r = &p.sections[PACK_RISKS];
    /* R1 16 on 26 Oct (its 12 Oct review), 20 now: up, high */
    assert_int_equal(r->nrows, 1);
    assert_string_equal(pack_cell_at(r, 0, 0)->text, "R1");
    assert_string_equal(pack_cell_at(r, 0, 3)->data, "16");
    assert_string_equal(pack_cell_at(r, 0, 4)->data, "20");
    assert_string_equal(pack_cell_at(r, 0, 5)->data, "up");
    assert_string_equal(pack_cell_at(r, 0, 6)->text, "HIGH");
    assert_string_equal(r->summary, "1 risk's score moved since PAM 26 Oct 2026: 1 up, 0 down.");
    pack_free(&p);
}

/* Highlights by workstream then period, as the store reads them. */
static highlight highlight_rows[4] = {
    {"Accommodation", {2026, 10, 1}, RAG_RED, "moves begun", "", "", "", "Head of LD"},
    {"Accommodation",
     {2026, 11, 1},
     RAG_AMBER,
     "eleven moves made",
     "EIA late",
     "EIA signed",
     "sign the EIA",
     "Head of LD"},
    {"Accommodation", {2026, 12, 1}, RAG_GREEN, "a month ahead", "", "", "", "Head of LD"},
    {"commissioning", {2026, 11, 1}, RAG_RED, "150 of 400 hours", "", "", "", "Head of Commissioning"},
};

static void each_workstreams_latest_highlight_begun_by_today(void **state)
{
    (void)state;
    fixture f;
    make(&f, true);
    highlights_set set = {highlight_rows, 4, NULL};
    f.sources.highlights = &set;
    pack p;
    assert_true(pack_build(&f.sources, &p));
    const pack_section *h = &p.sections[PACK_HIGHLIGHTS];
    /* today 29 Nov: Accommodation's November report (December's is not yet
     * begun), and commissioning's; one red, one amber */
    assert_int_equal(h->nrows, 2);
    assert_string_equal(pack_cell_at(h, 0, 0)->text, "Accommodation");
    assert_string_equal(pack_cell_at(h, 0, 1)->text, "Nov 2026");
    assert_string_equal(pack_cell_at(h, 0, 1)->data, "2026-11-01");
    assert_string_equal(pack_cell_at(h, 0, 2)->data, "amber");
    assert_string_equal(pack_cell_at(h, 0, 4)->text, "eleven moves made");
    assert_string_equal(pack_cell_at(h, 0, 7)->text, "sign the EIA");
    assert_string_equal(pack_cell_at(h, 1, 0)->text, "commissioning");
    assert_string_equal(pack_cell_at(h, 1, 2)->text, "RED");
    assert_string_equal(h->summary, "The latest highlight report of 2 workstreams: 1 red, 1 amber, 0 green.");
    pack_free(&p);
}

static void without_a_snapshot_the_since_sections_say_so(void **state)
{
    (void)state;
    fixture f;
    make(&f, false);
    pack p;
    assert_true(pack_build(&f.sources, &p));
    static const pack_section_id since[] = {PACK_ACTIONS_NEW, PACK_ACTIONS_DONE, PACK_DECISIONS, PACK_RISKS};
    for (size_t i = 0; i < sizeof since / sizeof since[0]; i++) {
        assert_int_equal(p.sections[since[i]].nrows, 0);
        assert_string_equal(p.sections[since[i]].summary,
                            "There is no earlier meeting to compare with: no snapshot is held.");
    }
    /* the headlines without a change column; overdue actions stand */
    assert_int_equal(p.sections[PACK_HEADLINES].ncolumns, 4);
    assert_int_equal(p.sections[PACK_ACTIONS_OVERDUE].nrows, 1);
    assert_false(p.has_since);
    pack_free(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(raised_at_is_dated_by_a_meeting_a_date_or_a_date_in_words),
        cmocka_unit_test(a_risk_scores_as_its_last_review_on_or_before_the_date),
        cmocka_unit_test(the_sections_come_in_the_meetings_order),
        cmocka_unit_test(headlines_carry_their_change_since_the_snapshot),
        cmocka_unit_test(the_programme_office_sections_take_what_happened_since),
        cmocka_unit_test(milestones_say_how_far_each_moved_since_the_snapshot),
        cmocka_unit_test(a_risk_moved_since_an_earlier_snapshot),
        cmocka_unit_test(without_a_snapshot_the_since_sections_say_so),
        cmocka_unit_test(each_workstreams_latest_highlight_begun_by_today),
    };
    return cmocka_run_group_tests_name("pack", tests, NULL, NULL);
}
