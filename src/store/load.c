/* load.c - reading tables into record sets: savings, staffing, reviews and
 * risks (finance in load_finance.c), with what every loader shares. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "calendar.h"
#include "load.h"

bool store_reserve(void **array, size_t *capacity, size_t count, size_t size)
{
    void *p = array_grow(*array, capacity, count + 1, size);
    if (p == NULL)
        return false;
    *array = p;
    return true;
}

const char *load_text(db_stmt *statement, int column)
{
    const char *text = db_column_text(statement, column);
    return text != NULL ? (const char *)text : "";
}

int64_t load_money(db_stmt *statement, int column)
{
    return db_column_null(statement, column) ? MONEY_UNKNOWN : db_column_int64(statement, column);
}

static int64_t column_count(db_stmt *statement, int column)
{
    return db_column_null(statement, column) ? REVIEWS_UNKNOWN : db_column_int64(statement, column);
}

void load_date(char out[11], db_stmt *statement, int column)
{
    snprintf(out, 11, "%s", load_text(statement, column));
}

/* A failed step or allocation: reset the statement and report. */
assure_status load_failed(store *s, db_stmt *statement, int rc, assure_error *err)
{
    db_reset(statement);
    if (rc == DB_NOMEM || rc == DB_OK)
        return error_set(err, ASSURE_DATA, "%s: out of memory while reading", store_path(s));
    return store_sqlite_error(s, "cannot read", err);
}

/* Refuse a part of a table (its rows, savings' profile years, risks' score
 * history) of more rows than can sensibly be read into memory; the count
 * stops one past the limit, so it costs little however big the table.
 * `as_at`, when not NULL, counts only the staffing rows of that date. */
assure_status load_within_limit(store *s, table_id table, stored_part part, const char *as_at,
                                assure_error *err)
{
    const char *stored = stored_name(table, part);
    char sql[160]; /* the table's name is one of tables.c's; the date is bound */
    snprintf(sql, sizeof sql, "SELECT count(*) FROM (SELECT 1 FROM %s%s LIMIT %d) AS limited", stored,
             as_at != NULL ? " WHERE as_at = ?1" : "", STORE_LOAD_MAX_ROWS + 1);
    db_stmt *statement; /* not cached: store_prepare keeps only constant queries */
    if (db_prepare(&s->conn, sql, false, &statement) != DB_OK)
        return store_sqlite_error(s, "cannot prepare a query", err);
    if (as_at != NULL)
        db_bind_text(statement, 1, as_at);
    int rc = db_step(statement);
    long long rows = rc == DB_ROW ? db_column_int64(statement, 0) : 0;
    if (rc != DB_ROW) {
        store_sqlite_error(s, "cannot read", err);
        db_finalize(statement);
        return ASSURE_DATA;
    }
    db_finalize(statement);
    return rows <= STORE_LOAD_MAX_ROWS ? ASSURE_OK : load_too_many(s, table, part, err);
}

assure_status load_too_many(store *s, table_id table, stored_part part, assure_error *err)
{
    const char *name = table_def_get(table)->name;
    /* Its export goes row by row (so can write out a table of any size):
     * the rows export writes are the table's own, not what goes with them. */
    bool streamed = part == STORED_ROWS && store_table_def_get(table)->export_streamed;
    if (streamed)
        return error_set(err, ASSURE_DATA,
                         "%s: the %s table has more than %d rows, more than assure reads at once; "
                         "'assure export %s' writes it out, and 'assure import %s --replace' takes back "
                         "the rows still needed",
                         store_path(s), name, STORE_LOAD_MAX_ROWS, name, name);
    return error_set(err, ASSURE_DATA,
                     "%s: the %s table has more than %d rows, more than assure reads at once; "
                     "'assure import %s --replace' with only the rows still needed makes it smaller",
                     store_path(s), name, STORE_LOAD_MAX_ROWS, name);
}

/* The line a profile year's ref belongs to: the one the last year belonged
 * to or the next (as the years come when stored line by line), else found
 * among the lines, which are ordered by ref; nlines when none is. */
static size_t line_of(const savings_set *set, size_t last, const char *ref)
{
    if (last < set->nlines && strcmp(set->lines[last].ref, ref) == 0)
        return last;
    if (last + 1 < set->nlines && strcmp(set->lines[last + 1].ref, ref) == 0)
        return last + 1;
    size_t low = 0, high = set->nlines;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        int order = strcmp(set->lines[mid].ref, ref);
        if (order == 0)
            return mid;
        if (order < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return set->nlines;
}

static int year_order(const void *a, const void *b)
{
    const savings_year *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return (x->fy > y->fy) - (x->fy < y->fy);
}

assure_status store_load_savings(store *s, savings_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    db_stmt *lines =
        store_query(s,
                    "SELECT ref, workstream, cohort, name, key_metric, owner, origin, status, basis "
                    "FROM savings_line ORDER BY ref",
                    err);
    if (lines == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(lines)) == DB_ROW) {
        if (out->nlines == STORE_LOAD_MAX_ROWS) { /* counted as read: no query beforehand */
            db_reset(lines);
            savings_set_free(out);
            return load_too_many(s, TABLE_DEF_SAVINGS, STORED_ROWS, err);
        }
        if (!store_reserve((void **)&out->lines, &capacity, out->nlines, sizeof *out->lines))
            return savings_set_free(out), load_failed(s, lines, DB_NOMEM, err);
        savings_line *line = &out->lines[out->nlines++];
        line->ref = COPY(out->strings, load_text(lines, 0));
        line->workstream = COPY(out->strings, load_text(lines, 1));
        line->cohort = COPY(out->strings, load_text(lines, 2));
        line->name = COPY(out->strings, load_text(lines, 3));
        line->key_metric = COPY(out->strings, load_text(lines, 4));
        line->owner = COPY(out->strings, load_text(lines, 5));
        if (!savings_origin_parse(load_text(lines, 6), &line->origin))
            line->origin = ORIGIN_EXISTING;
        if (!savings_status_parse(load_text(lines, 7), &line->status))
            line->status = SAVINGS_PLANNED;
        if (!savings_basis_parse(load_text(lines, 8), &line->basis))
            line->basis = BASIS_INCREMENTAL;
        if (line->ref == NULL || line->owner == NULL)
            return savings_set_free(out), load_failed(s, lines, DB_NOMEM, err);
    }
    db_reset(lines);
    if (rc != DB_DONE)
        return savings_set_free(out), load_failed(s, lines, rc, err);

    /* The years in the order they are stored, which needs no index: an
     * import writes them line by line, year by year, so they are sorted
     * by line and year here only when they came otherwise. */
    db_stmt *years =
        store_query(s, "SELECT ref, fy, target, stretch, forecast, actual FROM savings_profile", err);
    if (years == NULL)
        return savings_set_free(out), ASSURE_DATA;
    capacity = 0;
    size_t line = 0;
    bool sorted = true;
    while ((rc = db_step(years)) == DB_ROW) {
        if (out->nyears == STORE_LOAD_MAX_ROWS) {
            db_reset(years);
            savings_set_free(out);
            return load_too_many(s, TABLE_DEF_SAVINGS, STORED_PROFILE, err);
        }
        line = line_of(out, line, load_text(years, 0));
        if (line == out->nlines) {
            line = 0;
            continue; /* cannot happen with foreign keys on */
        }
        if (!store_reserve((void **)&out->years, &capacity, out->nyears, sizeof *out->years))
            return savings_set_free(out), load_failed(s, years, DB_NOMEM, err);
        savings_year *year = &out->years[out->nyears++];
        year->line = line;
        year->fy = db_column_int(years, 1);
        year->figures.target = load_money(years, 2);
        year->figures.stretch = load_money(years, 3);
        year->figures.forecast = load_money(years, 4);
        year->figures.actual = load_money(years, 5);
        if (out->nyears > 1 && year_order(year - 1, year) >= 0)
            sorted = false;
    }
    db_reset(years);
    if (rc != DB_DONE)
        return savings_set_free(out), load_failed(s, years, rc, err);
    if (!sorted)
        qsort(out->years, out->nyears, sizeof *out->years, year_order);
    return ASSURE_OK;
}

static assure_status read_staffing(store *s, db_stmt *statement, staffing_set *out, assure_error *err);

assure_status store_load_staffing(store *s, const char *as_at, staffing_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_STAFFING, STORED_ROWS, as_at, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement =
        as_at != NULL ? store_query(s,
                                    "SELECT as_at, area, role, establishment_fte, vacancy_fte, agency_fte "
                                    "FROM staffing WHERE as_at = ?1 ORDER BY area, role",
                                    err)
                      : store_query(s,
                                    "SELECT as_at, area, role, establishment_fte, vacancy_fte, agency_fte "
                                    "FROM staffing ORDER BY as_at, area, role",
                                    err);
    if (statement == NULL)
        return ASSURE_DATA;
    if (as_at != NULL)
        db_bind_text(statement, 1, as_at);
    return read_staffing(s, statement, out, err);
}

/* Read the rows a staffing query (with the columns above) gives. */
static assure_status read_staffing(store *s, db_stmt *statement, staffing_set *out, assure_error *err)
{
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return staffing_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        staffing_row *row = &out->rows[out->count++];
        load_date(row->as_at, statement, 0);
        row->area = COPY(out->strings, load_text(statement, 1));
        row->role = COPY(out->strings, load_text(statement, 2));
        row->fte.establishment = db_column_int64(statement, 3);
        row->fte.vacancy = db_column_int64(statement, 4);
        row->fte.agency = db_column_int64(statement, 5);
        if (row->area == NULL || row->role == NULL)
            return staffing_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return staffing_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}

assure_status store_load_staffing_post(store *s, const char *area, const char *role, staffing_set *out,
                                       assure_error *err)
{
    memset(out, 0, sizeof *out);
    db_stmt *statement = store_query(s,
                                     "SELECT as_at, area, role, establishment_fte, vacancy_fte, agency_fte "
                                     "FROM staffing WHERE area = ?1 AND role = ?2 ORDER BY as_at",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_text(statement, 1, area);
    db_bind_text(statement, 2, role);
    return read_staffing(s, statement, out, err);
}

assure_status store_latest_staffing_date(store *s, const char *until, char date[11], assure_error *err)
{
    date[0] = '\0';
    db_stmt *statement = store_query(s, "SELECT max(as_at) FROM staffing WHERE as_at <= ?1", err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_text(statement, 1, until != NULL ? until : "9999-12-31");
    int rc = db_step(statement);
    if (rc == DB_ROW && !db_column_null(statement, 0))
        load_date(date, statement, 0);
    db_reset(statement);
    return rc == DB_ROW ? ASSURE_OK : load_failed(s, statement, rc, err);
}

assure_status store_staffing_dates(store *s, char (**dates)[11], size_t *count, assure_error *err)
{
    *dates = NULL;
    *count = 0;
    /* Date after date, each one seek on the key's index: a few dates over
     * many rows cost the dates, not the rows (DISTINCT reads every row). */
    db_stmt *statement = store_query(s, "SELECT min(as_at) FROM staffing WHERE as_at > ?1", err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    char after[11] = "";
    db_bind_text(statement, 1, after);
    while ((rc = db_step(statement)) == DB_ROW && !db_column_null(statement, 0)) {
        if (!store_reserve((void **)dates, &capacity, *count, sizeof **dates)) {
            free(*dates);
            *dates = NULL;
            return load_failed(s, statement, DB_NOMEM, err);
        }
        load_date((*dates)[*count], statement, 0);
        memcpy(after, (*dates)[(*count)++], sizeof after);
        db_reset(statement);
        db_bind_text(statement, 1, after);
    }
    if (rc == DB_ROW)
        rc = DB_DONE; /* min() of nothing: no later date */
    db_reset(statement);
    if (rc != DB_DONE) {
        free(*dates);
        *dates = NULL;
        return load_failed(s, statement, rc, err);
    }
    return ASSURE_OK;
}

/* Read the rows a reviews query (with the columns below) gives. */
static assure_status read_reviews(store *s, db_stmt *statement, reviews_set *out, assure_error *err)
{
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return reviews_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        review_row *row = &out->rows[out->count++];
        load_date(row->period_start, statement, 0);
        row->team = COPY(out->strings, load_text(statement, 1));
        row->period.period_days = db_column_int(statement, 2);
        row->period.fte = db_column_int64(statement, 3);
        row->period.completed = db_column_int64(statement, 4);
        row->period.target_per_fte_week = db_column_null(statement, 5) ? 0 : db_column_int64(statement, 5);
        row->period.backlog = column_count(statement, 6);
        row->period.clients = column_count(statement, 7);
        row->period.reviewed_12m = column_count(statement, 8);
        /* a period's rows come together: its start is worked out once */
        if (out->count > 1 && strcmp(row[-1].period_start, row->period_start) == 0) {
            row->period.start = row[-1].period.start;
        } else {
            calendar_date start;
            row->period.start = date_parse(row->period_start, &start, NULL) ? date_to_days(start) : 0;
        }
        if (row->team == NULL)
            return reviews_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return reviews_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}

#define REVIEW_COLUMNS                                                                                       \
    "SELECT period_start, team, period_days, fte, completed, target_per_fte_week, backlog, clients, "        \
    "reviewed_12m FROM reviews "

assure_status store_load_reviews(store *s, reviews_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_REVIEWS, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement = store_query(s, REVIEW_COLUMNS "ORDER BY period_start, team", err);
    return statement != NULL ? read_reviews(s, statement, out, err) : ASSURE_DATA;
}

assure_status store_load_recent_reviews(store *s, const char *until, size_t periods, reviews_set *out,
                                        assure_error *err)
{
    memset(out, 0, sizeof *out);
    /* The periods are found on the key's index, newest first, so this reads
     * the rows it keeps and no others however long the history. */
    db_stmt *statement = store_query(
        s,
        REVIEW_COLUMNS "WHERE period_start <= ?1 AND period_start >= ifnull((SELECT min(period_start) FROM "
                       "(SELECT DISTINCT period_start FROM reviews WHERE period_start <= ?1 "
                       "ORDER BY period_start DESC LIMIT ?2) AS recent), '9999-12-31') ORDER BY period_start, team",
        err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_text(statement, 1, until != NULL ? until : "9999-12-31");
    db_bind_int64(statement, 2, (long long)periods);
    return read_reviews(s, statement, out, err);
}

assure_status store_load_team_reviews(store *s, const char *team, reviews_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    db_stmt *statement = store_query(s, REVIEW_COLUMNS "WHERE team = ?1 ORDER BY period_start", err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_text(statement, 1, team);
    return read_reviews(s, statement, out, err);
}

static bool column_date(db_stmt *statement, int column, calendar_date *out)
{
    if (db_column_null(statement, column))
        return false;
    return date_parse(load_text(statement, column), out, NULL);
}

assure_status store_load_risks(store *s, risks_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    db_stmt *statement = store_query(s,
                                     "SELECT ref, title, description, owner, category, mitigation, "
                                     "likelihood, impact, target_likelihood, target_impact, status, "
                                     "last_reviewed, next_review FROM risk ORDER BY ref",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (out->count == STORE_LOAD_MAX_ROWS) { /* counted as read: no query beforehand */
            db_reset(statement);
            risks_set_free(out);
            return load_too_many(s, TABLE_DEF_RISKS, STORED_ROWS, err);
        }
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return risks_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        risk_row *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->ref = COPY(out->strings, load_text(statement, 0));
        row->title = COPY(out->strings, load_text(statement, 1));
        row->description = COPY(out->strings, load_text(statement, 2));
        row->owner = COPY(out->strings, load_text(statement, 3));
        row->category = COPY(out->strings, load_text(statement, 4));
        row->mitigation = COPY(out->strings, load_text(statement, 5));
        row->scores.likelihood = db_column_int(statement, 6);
        row->scores.impact = db_column_int(statement, 7);
        row->scores.target_likelihood = db_column_int(statement, 8); /* NULL reads as 0 */
        row->scores.target_impact = db_column_int(statement, 9);
        row->scores.status = strcmp(load_text(statement, 10), "closed") == 0 ? RISK_CLOSED : RISK_OPEN;
        row->scores.has_last_reviewed = column_date(statement, 11, &row->scores.last_reviewed);
        row->scores.has_next_review = column_date(statement, 12, &row->scores.next_review);
        if (row->mitigation == NULL)
            return risks_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return risks_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}

/* Read the rows a risk history query gives; with keep > 0, only the first
 * keep of each ref's run (the query gives each ref's rows together). */
static assure_status read_risk_history(store *s, db_stmt *statement, size_t keep, risk_history_set *out,
                                       assure_error *err)
{
    size_t capacity = 0, run = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        const char *ref = load_text(statement, 0);
        run = out->count > 0 && strcmp(out->rows[out->count - 1].ref, ref) == 0 ? run + 1 : 1;
        if (keep > 0 && run > keep)
            continue;
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return risk_history_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        risk_review *row = &out->rows[out->count++];
        row->ref = COPY(out->strings, ref);
        load_date(row->reviewed_on, statement, 1);
        row->likelihood = db_column_int(statement, 2);
        row->impact = db_column_int(statement, 3);
        row->note = COPY(out->strings, load_text(statement, 4));
        if (row->ref == NULL || row->note == NULL)
            return risk_history_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return risk_history_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}

assure_status store_load_risk_history(store *s, risk_history_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_RISKS, STORED_BESIDE, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement = store_query(
        s,
        "SELECT ref, reviewed_on, likelihood, impact, note FROM risk_history ORDER BY ref, reviewed_on, id",
        err);
    return statement != NULL ? read_risk_history(s, statement, 0, out, err) : ASSURE_DATA;
}

assure_status store_load_latest_risk_history(store *s, size_t keep, risk_history_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    /* Newest first, on the index backwards (no sort), so each ref's run
     * begins with what is kept; then turned round. */
    db_stmt *statement = store_query(s,
                                     "SELECT ref, reviewed_on, likelihood, impact, note FROM risk_history "
                                     "ORDER BY ref DESC, reviewed_on DESC, id DESC",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    assure_status status = read_risk_history(s, statement, keep > 0 ? keep : 1, out, err);
    for (size_t i = 0; status == ASSURE_OK && out->count > 0 && i < out->count / 2; i++) {
        risk_review swap = out->rows[i];
        out->rows[i] = out->rows[out->count - 1 - i];
        out->rows[out->count - 1 - i] = swap;
    }
    return status;
}

assure_status store_load_risk_history_of(store *s, const char *ref, risk_history_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    db_stmt *statement = store_query(s,
                                     "SELECT ref, reviewed_on, likelihood, impact, note FROM risk_history "
                                     "WHERE ref = ?1 ORDER BY reviewed_on, id",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_text(statement, 1, ref);
    return read_risk_history(s, statement, 0, out, err);
}
