/* programme.c - the programme read in one go, for the dashboard and the
 * commands alike: one read transaction, so that the savings, staffing,
 * reviews, risks and finance are one state of the database even while an
 * import commits, then the headlines computed from them. */
#include "programme.h"

#include <stdlib.h>
#include <string.h>

/* Everything the scope asks for; a failure leaves what was read for
 * programme_free. */
static assure_status read_all(store *s, const char *limit, const programme_scope *scope, programme *out,
                              assure_error *err)
{
    assure_status status = store_load_savings(s, &out->savings, err);
    /* Staffing: the latest snapshot date on or before the limit. */
    if (status == ASSURE_OK)
        status = store_latest_staffing_date(s, limit, out->staffing_as_at, err);
    if (status == ASSURE_OK && out->staffing_as_at[0] != '\0')
        status = store_load_staffing(s, out->staffing_as_at, &out->staffing, err);
    if (status == ASSURE_OK && scope->staffing_dates)
        status = store_staffing_dates(s, &out->staffing_dates, &out->nstaffing_dates, err);
    /* Reviews: the latest periods starting on or before the limit. */
    if (status == ASSURE_OK)
        status = store_load_recent_reviews(s, limit, scope->review_periods > 0 ? scope->review_periods : 1,
                                           &out->reviews, err);
    if (status == ASSURE_OK)
        status = store_load_risks(s, &out->risks, err);
    if (status == ASSURE_OK)
        status = store_load_bridge(s, &out->bridge, err);
    if (status == ASSURE_OK)
        status = store_load_kpis(s, &out->kpis, err);
    if (status == ASSURE_OK)
        status = store_load_investment(s, &out->investment, err);
    if (status == ASSURE_OK)
        status = store_load_signoffs(s, &out->signoffs, err);
    return status;
}

assure_status programme_load(store *s, const indicator_settings *settings, finance_settings finance,
                             calendar_date today, const programme_scope *scope, programme *out,
                             assure_error *err)
{
    memset(out, 0, sizeof *out);
    char limit[16] = "9999-12-31";
    if (scope->as_at != NULL) {
        date_format(limit, sizeof limit, *scope->as_at);
        today = *scope->as_at;
    }
    out->today = today;
    out->settings = *settings;
    assure_status status = store_read_begin(s, err);
    if (status != ASSURE_OK)
        return status;
    status = read_all(s, limit, scope, out, err);
    /* The programme office's log and plan, for its headlines only */
    actions_set actions = {0};
    issues_set issues = {0};
    milestones_set milestones = {0};
    if (status == ASSURE_OK)
        status = store_load_actions(s, &actions, err);
    if (status == ASSURE_OK)
        status = store_load_issues(s, &issues, err);
    if (status == ASSURE_OK)
        status = store_load_milestones(s, &milestones, err);
    store_read_end(s);
    if (status != ASSURE_OK) {
        actions_set_free(&actions);
        issues_set_free(&issues);
        milestones_set_free(&milestones);
        programme_free(out);
        return status;
    }
    /* KPI values after the limit were not known then */
    size_t kept = 0;
    for (size_t v = 0; v < out->kpis.nvalues; v++)
        if (strcmp(out->kpis.values[v].period, limit) <= 0)
            out->kpis.values[kept++] = out->kpis.values[v];
    out->kpis.nvalues = kept;
    overview_compute(&out->savings, &out->staffing, &out->reviews, &out->risks, &out->settings, today,
                     &out->overview);
    overview_finance(&out->bridge, &out->kpis, &out->investment, &out->signoffs, finance, today,
                     &out->overview);
    overview_office(&actions, &issues, &milestones, today, &out->overview);
    actions_set_free(&actions);
    issues_set_free(&issues);
    milestones_set_free(&milestones);
    return ASSURE_OK;
}

void programme_free(programme *p)
{
    savings_set_free(&p->savings);
    staffing_set_free(&p->staffing);
    free(p->staffing_dates);
    p->staffing_dates = NULL;
    p->nstaffing_dates = 0;
    reviews_set_free(&p->reviews);
    risks_set_free(&p->risks);
    bridge_set_free(&p->bridge);
    kpi_set_free(&p->kpis);
    investment_set_free(&p->investment);
    signoffs_set_free(&p->signoffs);
}
