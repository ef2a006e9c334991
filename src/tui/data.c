/* data.c - the dashboard's copy of the data, read in one go and read again
 * only when another connection has committed (PRAGMA data_version). */
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

indicator_settings data_settings(const assure_config *cfg)
{
    indicator_settings s = {cfg->savings, cfg->staffing, cfg->reviews, cfg->risks};
    return s;
}

staffing_set data_staffing_on(const tui_data *d, const char *date)
{
    staffing_set set = {NULL, 0, NULL};
    for (size_t i = 0; i < d->staffing.count; i++) {
        if (strcmp(d->staffing.rows[i].as_at, date) != 0)
            continue;
        if (set.rows == NULL)
            set.rows = &d->staffing.rows[i];
        set.count++;
    }
    return set;
}

void data_free(tui_data *d)
{
    savings_set_free(&d->savings);
    staffing_set_free(&d->staffing);
    reviews_set_free(&d->reviews);
    risks_set_free(&d->risks);
    risk_history_set_free(&d->history);
    bridge_set_free(&d->bridge);
    kpi_set_free(&d->kpis);
    investment_set_free(&d->investment);
    free(d->dates);
    free(d->snapshots);
    memset(d, 0, sizeof *d);
}

assure_status data_load(store *s, const assure_config *cfg, calendar_date today, int since_choice,
                        tui_data *d, assure_error *err)
{
    memset(d, 0, sizeof *d);
    d->today = today;
    /* One read transaction, so the panels never mix two states of the
     * data, and the version read with them says which state it is. */
    assure_status status = store_read_begin(s, err);
    if (status != ASSURE_OK)
        return status;
    status = store_load_savings(s, &d->savings, err);
    if (status == ASSURE_OK)
        status = store_load_staffing(s, NULL, &d->staffing, err);
    if (status == ASSURE_OK)
        status = store_staffing_dates(s, &d->dates, &d->ndates, err);
    if (status == ASSURE_OK)
        status = store_load_reviews(s, &d->reviews, err);
    if (status == ASSURE_OK)
        status = store_load_risks(s, &d->risks, err);
    if (status == ASSURE_OK)
        status = store_load_risk_history(s, &d->history, err);
    if (status == ASSURE_OK)
        status = store_load_bridge(s, &d->bridge, err);
    if (status == ASSURE_OK)
        status = store_load_kpis(s, &d->kpis, err);
    if (status == ASSURE_OK)
        status = store_load_investment(s, &d->investment, err);
    if (status == ASSURE_OK)
        status = store_list_snapshots(s, &d->snapshots, &d->nsnapshots, err);
    if (status == ASSURE_OK)
        status = store_last_change(s, &d->last_change, &d->has_last_change, err);
    if (status == ASSURE_OK)
        status = store_data_version(s, &d->version, err);
    if (status != ASSURE_OK) {
        store_read_end(s);
        data_free(d);
        return status;
    }
    /* Staffing rows are ordered by date: the latest date's are the last. */
    staffing_set latest = {NULL, 0, NULL};
    if (d->ndates > 0)
        latest = data_staffing_on(d, d->dates[d->ndates - 1]);
    indicator_settings settings = data_settings(cfg);
    overview_compute(&d->savings, &latest, &d->reviews, &d->risks, &settings, today, &d->now);
    finance_settings finance = {cfg->roi_principle, cfg->fee_guarantee};
    overview_finance(&d->bridge, &d->kpis, &d->investment, finance, today, &d->now);
    if (d->nsnapshots > 0) {
        d->has_snapshot = true;
        size_t index = since_choice >= 0 && (size_t)since_choice < d->nsnapshots ? (size_t)since_choice
                                                                                 : d->nsnapshots - 1;
        d->since = d->snapshots[index];
        for (size_t h = 0; h < HEADLINE_COUNT && status == ASSURE_OK; h++)
            status = store_snapshot_value(s, d->since.id, headline_get(h)->name, &d->since_value[h],
                                          &d->since_known[h], err);
    }
    store_read_end(s);
    if (status != ASSURE_OK)
        data_free(d);
    return status;
}
