/* Reading part of a table: the recent review periods, one team, one post,
 * the staffing dates and the latest of them, each risk's latest reviews, and the
 * programme as programme_load reads it for a date.  Each expectation is
 * worked out by hand from the rows the test writes. */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "programme.h"
#include "store.h"
#include "store_internal.h"

static char directory[256];
static char path[320];
static store *db;

static int open_programme(void **state)
{
    (void)state;
    snprintf(directory, sizeof directory, "%s/assure-load-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (mkdtemp(directory) == NULL)
        return -1;
    snprintf(path, sizeof path, "%s/programme.db", directory);
    assure_error err = {""};
    if (store_create(path, &err) != ASSURE_OK ||
        store_open(path, STORE_READ_WRITE, &db, NULL, &err) != ASSURE_OK)
        return -1;
    /* Reviews: teams A and B weekly from 5 Jan 2026 to 26 Jan; team C only
     * in the first week.  Staffing: three dates, two posts each, the second
     * date missing one.  Risks: R1 reviewed three times, R2 once, R3 twice on
     * one day, R4 never. */
    const char *sql =
        "INSERT INTO reviews (period_start, team, period_days, fte, completed) VALUES"
        " ('2026-01-05','A',7,100,1), ('2026-01-05','B',7,100,2), ('2026-01-05','C',7,100,3),"
        " ('2026-01-12','A',7,100,4), ('2026-01-12','B',7,100,5),"
        " ('2026-01-19','A',7,100,6), ('2026-01-19','B',7,100,7),"
        " ('2026-01-26','A',7,100,8), ('2026-01-26','B',7,100,9);"
        "INSERT INTO staffing (as_at, area, role, establishment_fte, vacancy_fte) VALUES"
        " ('2026-10-09','North','Social Worker',1000,100), ('2026-10-09','South','Social Worker',800,50),"
        " ('2026-10-23','North','Social Worker',1000,120),"
        " ('2026-11-06','North','Social Worker',1000,90), ('2026-11-06','South','Social Worker',800,40);"
        "INSERT INTO risk (ref, title, likelihood, impact) VALUES"
        " ('R1','One',4,4), ('R2','Two',2,2), ('R3','Three',3,3), ('R4','Four',1,1);"
        "INSERT INTO risk_history (id, ref, reviewed_on, likelihood, impact, note) VALUES"
        " (1,'R1','2026-09-01',5,5,'first'), (2,'R1','2026-10-01',4,5,'second'), "
        "(3,'R1','2026-11-01',4,4,'third'),"
        " (4,'R2','2026-10-15',2,2,'only'),"
        " (5,'R3','2026-11-02',3,4,'morning'), (6,'R3','2026-11-02',3,3,'afternoon');"
        "INSERT INTO kpi (ref, name, baseline) VALUES ('K1','Reablement',100);"
        "INSERT INTO kpi_value (ref, period, value) VALUES ('K1','2026-09-01',110), ('K1','2026-11-01',120);";
    return sqlite3_exec(store_handle(db), sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static int close_programme(void **state)
{
    (void)state;
    store_close(db);
    char command[512];
    snprintf(command, sizeof command, "rm -rf '%s'", directory);
    return system(command) == 0 ? 0 : -1;
}

static void recent_reviews_are_the_latest_periods_whole(void **state)
{
    (void)state;
    assure_error err = {""};
    reviews_set set;
    /* The latest two periods: 19 and 26 Jan, both teams, by period then team. */
    assert_int_equal(store_load_recent_reviews(db, NULL, 2, &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 4);
    assert_string_equal(set.rows[0].period_start, "2026-01-19");
    assert_string_equal(set.rows[0].team, "A");
    assert_int_equal(set.rows[1].period.completed, 7);
    assert_string_equal(set.rows[3].period_start, "2026-01-26");
    assert_string_equal(set.rows[3].team, "B");
    reviews_set_free(&set);
    /* Up to 20 Jan: the periods starting 12 and 19 Jan. */
    assert_int_equal(store_load_recent_reviews(db, "2026-01-20", 2, &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 4);
    assert_string_equal(set.rows[0].period_start, "2026-01-12");
    assert_int_equal(set.rows[0].period.completed, 4);
    assert_string_equal(set.rows[3].period_start, "2026-01-19");
    reviews_set_free(&set);
    /* More periods than there are: all nine rows; none before the first. */
    assert_int_equal(store_load_recent_reviews(db, NULL, 24, &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 9);
    reviews_set_free(&set);
    assert_int_equal(store_load_recent_reviews(db, "2025-12-31", 24, &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 0);
    reviews_set_free(&set);
}

static void one_teams_reviews_oldest_first(void **state)
{
    (void)state;
    assure_error err = {""};
    reviews_set set;
    assert_int_equal(store_load_team_reviews(db, "A", &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 4);
    assert_string_equal(set.rows[0].period_start, "2026-01-05");
    assert_int_equal(set.rows[0].period.completed, 1);
    assert_string_equal(set.rows[3].period_start, "2026-01-26");
    reviews_set_free(&set);
    assert_int_equal(store_load_team_reviews(db, "C", &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 1);
    assert_int_equal(set.rows[0].period.completed, 3);
    reviews_set_free(&set);
}

static void staffing_dates_and_one_post(void **state)
{
    (void)state;
    assure_error err = {""};
    char(*dates)[11] = NULL;
    size_t count = 0;
    assert_int_equal(store_staffing_dates(db, &dates, &count, &err), ASSURE_OK);
    assert_int_equal(count, 3);
    assert_string_equal(dates[0], "2026-10-09");
    assert_string_equal(dates[1], "2026-10-23");
    assert_string_equal(dates[2], "2026-11-06");
    free(dates);
    /* The latest on or before a day: any day; 30 Oct; before the first. */
    char date[11];
    assert_int_equal(store_latest_staffing_date(db, NULL, date, &err), ASSURE_OK);
    assert_string_equal(date, "2026-11-06");
    assert_int_equal(store_latest_staffing_date(db, "2026-10-30", date, &err), ASSURE_OK);
    assert_string_equal(date, "2026-10-23");
    assert_int_equal(store_latest_staffing_date(db, "2026-10-09", date, &err), ASSURE_OK);
    assert_string_equal(date, "2026-10-09");
    assert_int_equal(store_latest_staffing_date(db, "2026-01-01", date, &err), ASSURE_OK);
    assert_string_equal(date, "");
    /* South was not counted on 23 Oct: two snapshots of it, oldest first. */
    staffing_set set;
    assert_int_equal(store_load_staffing_post(db, "South", "Social Worker", &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 2);
    assert_string_equal(set.rows[0].as_at, "2026-10-09");
    assert_int_equal(set.rows[0].fte.vacancy, 50);
    assert_string_equal(set.rows[1].as_at, "2026-11-06");
    assert_int_equal(set.rows[1].fte.vacancy, 40);
    staffing_set_free(&set);
}

static void no_staffing_dates_when_there_is_no_staffing(void **state)
{
    (void)state;
    assure_error err = {""};
    assert_int_equal(sqlite3_exec(store_handle(db), "DELETE FROM staffing", NULL, NULL, NULL), SQLITE_OK);
    char(*dates)[11] = NULL;
    size_t count = 9;
    assert_int_equal(store_staffing_dates(db, &dates, &count, &err), ASSURE_OK);
    assert_int_equal(count, 0);
    free(dates);
}

static void each_risks_latest_two_reviews_in_order(void **state)
{
    (void)state;
    assure_error err = {""};
    risk_history_set set;
    /* R1: the second and third of three; R2: its one; R3: both of its day,
     * the morning's first (by id); R4: none.  Ordered by ref, date, id. */
    assert_int_equal(store_load_latest_risk_history(db, 2, &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 5);
    const char *notes[] = {"second", "third", "only", "morning", "afternoon"};
    const char *refs[] = {"R1", "R1", "R2", "R3", "R3"};
    for (size_t i = 0; i < 5; i++) {
        assert_string_equal(set.rows[i].ref, refs[i]);
        assert_string_equal(set.rows[i].note, notes[i]);
    }
    risk_history_set_free(&set);
    /* The latest one only: R1's third, R2's only, R3's afternoon. */
    assert_int_equal(store_load_latest_risk_history(db, 1, &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 3);
    assert_string_equal(set.rows[0].note, "third");
    assert_string_equal(set.rows[2].note, "afternoon");
    risk_history_set_free(&set);
    /* One risk's whole history, oldest first. */
    assert_int_equal(store_load_risk_history_of(db, "R1", &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 3);
    assert_string_equal(set.rows[0].note, "first");
    assert_int_equal(set.rows[0].likelihood, 5);
    assert_string_equal(set.rows[2].reviewed_on, "2026-11-01");
    risk_history_set_free(&set);
    assert_int_equal(store_load_risk_history_of(db, "R4", &set, &err), ASSURE_OK);
    assert_int_equal(set.count, 0);
    risk_history_set_free(&set);
}

static const indicator_settings settings = {{95, 80}, {10, 20}, {200, 90, 75}, {4, 12, 28}, 0};
static const finance_settings finance = {300, 0};

/* As things stood on 30 Oct 2026: the staffing of 23 Oct (one post), the
 * last review period begun by then (26 Jan: A and B), the KPI value of
 * 1 Sep but not 1 Nov; the headlines are of those, as at that date. */
static void the_programme_as_at_a_date_is_what_was_known_then(void **state)
{
    (void)state;
    assure_error err = {""};
    programme p;
    calendar_date as_at = {2026, 10, 30};
    programme_scope scope = {&as_at, 1, true};
    assert_int_equal(programme_load(db, &settings, finance, (calendar_date){2026, 11, 29}, &scope, &p, &err),
                     ASSURE_OK);
    assert_string_equal(p.staffing_as_at, "2026-10-23");
    assert_int_equal(p.staffing.count, 1);
    assert_int_equal(p.nstaffing_dates, 3);
    assert_int_equal(p.reviews.count, 2);
    assert_string_equal(p.reviews.rows[0].period_start, "2026-01-26");
    assert_int_equal(p.risks.count, 4);
    assert_int_equal(p.kpis.count, 1);
    assert_int_equal(p.kpis.nvalues, 1);
    assert_string_equal(p.kpis.values[0].period, "2026-09-01");
    assert_int_equal(p.today.month, 10);
    assert_int_equal(p.today.day, 30);
    assert_string_equal(p.overview.staffing_as_at, "2026-10-23");
    assert_string_equal(p.overview.reviews_period, "2026-01-26");
    assert_int_equal(p.overview.risks_open, 4);
    /* its own reading is over */
    assert_true(sqlite3_get_autocommit(store_handle(db)));
    programme_free(&p);
}

/* As things stand, holding two review periods and no list of dates: the
 * latest staffing (6 Nov: two posts), the periods of 19 and 26 Jan, every
 * KPI value; before any staffing, none. */
static void the_programme_as_it_stands_holds_what_the_scope_asks(void **state)
{
    (void)state;
    assure_error err = {""};
    programme p;
    programme_scope scope = {NULL, 2, false};
    calendar_date today = {2026, 11, 29};
    assert_int_equal(programme_load(db, &settings, finance, today, &scope, &p, &err), ASSURE_OK);
    assert_string_equal(p.staffing_as_at, "2026-11-06");
    assert_int_equal(p.staffing.count, 2);
    assert_null(p.staffing_dates);
    assert_int_equal(p.reviews.count, 4);
    assert_string_equal(p.reviews.rows[0].period_start, "2026-01-19");
    assert_int_equal(p.kpis.nvalues, 2);
    assert_int_equal(p.today.day, 29);
    programme_free(&p);
    calendar_date early = {2026, 1, 12};
    scope = (programme_scope){&early, 1, false};
    assert_int_equal(programme_load(db, &settings, finance, today, &scope, &p, &err), ASSURE_OK);
    assert_string_equal(p.staffing_as_at, "");
    assert_int_equal(p.staffing.count, 0);
    assert_int_equal(p.reviews.count, 2);
    assert_string_equal(p.reviews.rows[0].period_start, "2026-01-12");
    assert_int_equal(p.kpis.nvalues, 0);
    programme_free(&p);
}

/* Inside a reading already open, the programme's is part of it: the reading
 * stays open until the outer one ends. */
static void a_reading_inside_another_is_part_of_it(void **state)
{
    (void)state;
    assure_error err = {""};
    assert_int_equal(store_read_begin(db, &err), ASSURE_OK);
    programme p;
    programme_scope scope = {NULL, 1, false};
    assert_int_equal(programme_load(db, &settings, finance, (calendar_date){2026, 11, 29}, &scope, &p, &err),
                     ASSURE_OK);
    assert_false(sqlite3_get_autocommit(store_handle(db)));
    programme_free(&p);
    store_read_end(db);
    assert_true(sqlite3_get_autocommit(store_handle(db)));
}

/* The years as stored need not be in order: a year added to a line after
 * others were written comes last in the table.  Stored here: L2 2027, L1
 * 2026, L2 2026, then L1 2025; read back by line (L1 first, by ref) and year:
 * L1 2025, L1 2026, L2 2026, L2 2027, each with its own figures. */
static void savings_years_come_by_line_and_year_whatever_order_they_were_stored(void **state)
{
    (void)state;
    const char *sql = "INSERT INTO savings_line (ref, name) VALUES ('L2','Two'), ('L1','One');"
                      "INSERT INTO savings_profile (ref, fy, target) VALUES ('L2',2027,4), ('L1',2026,2),"
                      " ('L2',2026,3), ('L1',2025,1);";
    assert_int_equal(sqlite3_exec(store_handle(db), sql, NULL, NULL, NULL), SQLITE_OK);
    assure_error err = {""};
    savings_set set;
    assert_int_equal(store_load_savings(db, &set, &err), ASSURE_OK);
    assert_int_equal(set.nlines, 2);
    assert_string_equal(set.lines[0].ref, "L1");
    assert_string_equal(set.lines[1].ref, "L2");
    assert_int_equal(set.nyears, 4);
    const size_t line[4] = {0, 0, 1, 1};
    const int fy[4] = {2025, 2026, 2026, 2027};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(set.years[i].line, line[i]);
        assert_int_equal(set.years[i].fy, fy[i]);
        assert_int_equal(set.years[i].figures.target, (money)(i + 1)); /* the target written with it */
    }
    savings_set_free(&set);
    assert_int_equal(sqlite3_exec(store_handle(db), "DELETE FROM savings_profile; DELETE FROM savings_line;",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(recent_reviews_are_the_latest_periods_whole),
        cmocka_unit_test(one_teams_reviews_oldest_first),
        cmocka_unit_test(staffing_dates_and_one_post),
        cmocka_unit_test(each_risks_latest_two_reviews_in_order),
        cmocka_unit_test(the_programme_as_at_a_date_is_what_was_known_then),
        cmocka_unit_test(the_programme_as_it_stands_holds_what_the_scope_asks),
        cmocka_unit_test(a_reading_inside_another_is_part_of_it),
        cmocka_unit_test(savings_years_come_by_line_and_year_whatever_order_they_were_stored),
        cmocka_unit_test(no_staffing_dates_when_there_is_no_staffing), /* last: it removes the staffing */
    };
    return cmocka_run_group_tests(tests, open_programme, close_programme);
}
