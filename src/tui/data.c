/* data.c - the dashboard's copy of the data its screens show, read in one go
 * and read again only when another connection has committed (PRAGMA
 * data_version); the staffing dates, other dates' staffing and every review
 * period are read when first asked for. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "programme.h"
#include "raid.h"
#include "tui_internal.h"

/* The date a timestamp (2026-11-09T10:00:00Z) begins with. */
static bool date_parse_prefix(const char *stamp, calendar_date *out)
{
    char day[11];
    snprintf(day, sizeof day, "%.10s", stamp);
    return date_parse(day, out, NULL);
}

indicator_settings data_settings(const assure_config *cfg)
{
    indicator_settings s = {cfg->savings, cfg->staffing, cfg->reviews, cfg->risks, cfg->final_fy};
    return s;
}

staffing_set data_staffing_on(tui_data *d, const char *date)
{
    staffing_held *slot = &d->staffing[0];
    for (int i = 0; i < DATA_STAFFING_DATES; i++) {
        staffing_held *h = &d->staffing[i];
        if (h->used > 0 && strcmp(h->date, date) == 0) {
            h->used = ++d->staffing_clock;
            return h->rows;
        }
        if (h->used < slot->used)
            slot = h;
    }
    /* Not held: in place of the one asked for least recently. */
    staffing_set_free(&slot->rows);
    memset(slot, 0, sizeof *slot);
    if (d->store == NULL || strlen(date) >= sizeof slot->date ||
        store_load_staffing(d->store, date, &slot->rows, NULL) != ASSURE_OK)
        return (staffing_set){NULL, 0, NULL};
    memcpy(slot->date, date, strlen(date) + 1);
    slot->used = ++d->staffing_clock;
    return slot->rows;
}

size_t data_staffing_dates(tui_data *d, const char (**dates)[11])
{
    if (!d->has_dates && d->store != NULL &&
        store_staffing_dates(d->store, &d->dates, &d->ndates, NULL) == ASSURE_OK)
        d->has_dates = true;
    if (d->has_dates) {
        *dates = (const char (*)[11])d->dates;
        return d->ndates;
    }
    *dates = (const char (*)[11])&d->latest_date;
    return d->latest_date[0] != '\0' ? 1 : 0;
}

const int *data_previous_scores(tui_data *d)
{
    if (d->previous_scores != NULL)
        return d->previous_scores;
    /* one score a risk; the reviews they come from are let go at once */
    int *scores = calloc(d->risks.count + 1, sizeof *scores);
    if (scores == NULL)
        return NULL;
    risk_history_set history = {NULL, 0, NULL};
    if (d->store != NULL &&
        store_load_latest_risk_history(d->store, DATA_RISK_REVIEWS, &history, NULL) == ASSURE_OK)
        risk_previous_scores(&d->risks, &history, scores);
    risk_history_set_free(&history); /* unreadable: no movement shown (all 0) */
    d->previous_scores = scores;
    return scores;
}

const reviews_set *data_all_reviews(tui_data *d, assure_error *err)
{
    if (!d->has_all_reviews) {
        long long rows = 0;
        if (d->store == NULL || store_count(d->store, TABLE_DEF_REVIEWS, &rows, err) != ASSURE_OK)
            return NULL;
        if (rows > DATA_EVERY_PERIOD_ROWS) {
            error_set(err, ASSURE_DATA, "%lld rows, too many to show here; Enter shows a team's periods",
                      rows);
            return NULL;
        }
        if (store_load_reviews(d->store, &d->all_reviews, err) != ASSURE_OK)
            return NULL;
        d->has_all_reviews = true;
    }
    return &d->all_reviews;
}

/* The milestones' due dates among what the snapshot compared with kept. */
static assure_status data_milestones_then(tui_data *d, assure_error *err)
{
    d->since_milestones = calloc(d->since_items.count + 1, sizeof *d->since_milestones);
    if (d->since_milestones == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    for (size_t i = 0; i < d->since_items.count; i++) {
        const snapshot_item *item = &d->since_items.items[i];
        if (item->kind == SNAPSHOT_MILESTONE && item->has_date)
            d->since_milestones[d->nsince_milestones++] = (milestone_due_then){item->ref, item->date};
    }
    return ASSURE_OK;
}

void data_free(tui_data *d)
{
    savings_set_free(&d->savings);
    for (int i = 0; i < DATA_STAFFING_DATES; i++)
        staffing_set_free(&d->staffing[i].rows);
    reviews_set_free(&d->reviews);
    reviews_set_free(&d->all_reviews);
    risks_set_free(&d->risks);
    free(d->previous_scores);
    bridge_set_free(&d->bridge);
    kpi_set_free(&d->kpis);
    investment_set_free(&d->investment);
    signoffs_set_free(&d->signoffs);
    workstreams_set_free(&d->workstreams);
    actions_set_free(&d->actions);
    issues_set_free(&d->issues);
    decisions_set_free(&d->decisions);
    highlights_set_free(&d->highlights);
    milestones_set_free(&d->milestones);
    free(d->dates);
    free(d->snapshots);
    snapshot_item_set_free(&d->since_items);
    free(d->since_milestones);
    forecast_change_set_free(&d->changes);
    free(d->moves);
    free(d->exceptions);
    if (d->pack != NULL)
        pack_free(d->pack);
    free(d->pack);
    memset(d, 0, sizeof *d);
}

assure_status data_load(store *s, const assure_config *cfg, calendar_date today, int since_choice,
                        tui_data *d, assure_error *err)
{
    memset(d, 0, sizeof *d);
    d->store = s;
    d->today = today;
    /* One read transaction, so the panels never mix two states of the
     * data, and the version read with them says which state it is: the
     * programme's own read is part of it. */
    assure_status status = store_read_begin(s, err);
    if (status != ASSURE_OK)
        return status;
    programme *p = malloc(sizeof *p);
    if (p == NULL)
        status = error_set(err, ASSURE_DATA, "out of memory");
    indicator_settings settings = data_settings(cfg);
    finance_settings finance = {cfg->roi_principle, cfg->fee_guarantee};
    programme_scope scope = {NULL, DATA_REVIEW_PERIODS, false}; /* the dates: when the Staffing panel asks */
    if (status == ASSURE_OK)
        status = programme_load(s, &settings, finance, today, &scope, p, err);
    if (status == ASSURE_OK) {
        /* The data holds the programme's sets from here on. */
        d->savings = p->savings;
        memcpy(d->latest_date, p->staffing_as_at, sizeof d->latest_date);
        if (p->staffing_as_at[0] != '\0') {
            staffing_held *latest = &d->staffing[0];
            latest->rows = p->staffing;
            memcpy(latest->date, p->staffing_as_at, sizeof latest->date);
            latest->used = ++d->staffing_clock;
        }
        d->reviews = p->reviews;
        d->risks = p->risks;
        d->bridge = p->bridge;
        d->kpis = p->kpis;
        d->investment = p->investment;
        d->signoffs = p->signoffs;
        d->now = p->overview;
    }
    free(p);
    if (status == ASSURE_OK)
        status = store_list_snapshots(s, &d->snapshots, &d->nsnapshots, err);
    if (status == ASSURE_OK)
        status = store_load_actions(s, &d->actions, err);
    if (status == ASSURE_OK)
        status = store_load_issues(s, &d->issues, err);
    if (status == ASSURE_OK)
        status = store_load_decisions(s, &d->decisions, err);
    if (status == ASSURE_OK)
        status = store_load_highlights(s, &d->highlights, err);
    if (status == ASSURE_OK)
        status = store_load_milestones(s, &d->milestones, err);
    if (status == ASSURE_OK)
        status = store_load_workstreams(s, &d->workstreams, err);
    if (status == ASSURE_OK) {
        /* the last meeting is the latest snapshot's meeting day */
        calendar_date last = {0, 0, 0};
        const snapshot_info *latest = d->nsnapshots > 0 ? &d->snapshots[d->nsnapshots - 1] : NULL;
        bool has_last = latest != NULL && (date_parse_prefix(latest->meeting_date, &last) ||
                                           date_parse_prefix(latest->taken_at, &last));
        d->next_meeting = raid_next_meeting(has_last, last, today);
    }
    if (status == ASSURE_OK)
        status = store_last_change(s, &d->last_change, &d->has_last_change, err);
    if (status == ASSURE_OK)
        status = store_data_version(s, &d->version, err);
    if (status == ASSURE_OK && d->nsnapshots > 0) {
        d->has_snapshot = true;
        size_t index = since_choice >= 0 && (size_t)since_choice < d->nsnapshots ? (size_t)since_choice
                                                                                 : d->nsnapshots - 1;
        d->since = d->snapshots[index];
        for (headline h = 0; h < HEADLINE_COUNT && status == ASSURE_OK; h++)
            status = store_snapshot_value(s, d->since.id, headline_get(h)->name, &d->since_value[h],
                                          &d->since_known[h], err);
        /* The milestones' due dates it kept, for their slippage since */
        if (status == ASSURE_OK)
            status = store_snapshot_items(s, d->since.id, &d->since_items, err);
        if (status == ASSURE_OK)
            status = data_milestones_then(d, err);
        /* What was re-profiled since it, from the audit trail */
        if (status == ASSURE_OK)
            status = store_forecast_changes(s, &d->since, &d->changes, err);
        if (status == ASSURE_OK) {
            d->moves = malloc((d->changes.count + 1) * sizeof *d->moves);
            if (d->moves == NULL ||
                !slippage_moves(d->changes.changes, d->changes.count, d->moves, &d->nmoves))
                status = error_set(err, ASSURE_DATA, "out of memory");
            else
                d->reprofiled = slippage_total(d->moves, d->nmoves);
        }
    }
    store_read_end(s);
    if (status != ASSURE_OK)
        data_free(d);
    return status;
}
