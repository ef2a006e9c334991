/* load_finance.c - reading the programme's finance into record sets: the
 * budget bridge, the KPIs with their values, the investment. */
#include <string.h>

#include "load.h"

assure_status store_load_bridge(store *s, bridge_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_BRIDGE, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement =
        store_query(s,
                    "SELECT fy, section, name, amount FROM bridge ORDER BY fy, CASE section "
                    "WHEN 'budget' THEN 0 WHEN 'savings_undelivered' THEN 1 WHEN 'overspend' THEN 2 "
                    "WHEN 'underspend' THEN 3 WHEN 'pressure' THEN 4 WHEN 'funding' THEN 5 ELSE 6 END, name",
                    err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return bridge_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        bridge_row *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->fy = db_column_int(statement, 0);
        if (!bridge_section_parse(load_text(statement, 1), &row->section))
            row->section = BRIDGE_BUDGET; /* the schema allows only the seven */
        row->name = COPY(out->strings, load_text(statement, 2));
        row->amount = load_money(statement, 3);
        if (row->name == NULL)
            return bridge_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return bridge_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}

static assure_status load_kpi_values(store *s, kpi_set *out, assure_error *err)
{
    db_stmt *statement = store_query(s, "SELECT ref, period, value FROM kpi_value ORDER BY ref, period", err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0, k = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        const char *ref = load_text(statement, 0);
        while (k < out->count && strcmp(out->kpis[k].ref, ref) < 0)
            k++; /* both in ref order */
        if (k == out->count || strcmp(out->kpis[k].ref, ref) != 0)
            continue; /* the schema ties values to a KPI; nothing to attach to otherwise */
        if (!store_reserve((void **)&out->values, &capacity, out->nvalues, sizeof *out->values))
            return load_failed(s, statement, DB_NOMEM, err);
        kpi_value *value = &out->values[out->nvalues++];
        value->kpi = k;
        load_date(value->period, statement, 1);
        value->value = db_column_int64(statement, 2);
    }
    db_reset(statement);
    return rc == DB_DONE ? ASSURE_OK : load_failed(s, statement, rc, err);
}

assure_status store_load_kpis(store *s, kpi_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_KPIS, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    if ((limit = load_within_limit(s, TABLE_DEF_KPI_VALUES, STORED_ROWS, NULL, err)) != ASSURE_OK)
        return limit;
    /* ORDER BY ref uses the same byte order as strcmp (BINARY collation). */
    db_stmt *statement =
        store_query(s,
                    "SELECT ref, name, unit, polarity, baseline, target, unit_value, saving_ref, "
                    "sustain_periods FROM kpi ORDER BY ref",
                    err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->kpis, &capacity, out->count, sizeof *out->kpis))
            return kpi_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        kpi *k = &out->kpis[out->count++];
        memset(k, 0, sizeof *k);
        k->ref = COPY(out->strings, load_text(statement, 0));
        k->name = COPY(out->strings, load_text(statement, 1));
        k->unit = COPY(out->strings, load_text(statement, 2));
        k->polarity =
            strcmp(load_text(statement, 3), "lower") == 0 ? KPI_LOWER_IS_BETTER : KPI_HIGHER_IS_BETTER;
        k->baseline = db_column_int64(statement, 4);
        k->has_target = !db_column_null(statement, 5);
        k->target = db_column_int64(statement, 5);
        k->unit_value = load_money(statement, 6);
        k->saving_ref = COPY(out->strings, load_text(statement, 7));
        k->sustain_periods = db_column_int(statement, 8);
        if (k->saving_ref == NULL)
            return kpi_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return kpi_set_free(out), load_failed(s, statement, rc, err);
    assure_status status = load_kpi_values(s, out, err);
    if (status != ASSURE_OK)
        kpi_set_free(out);
    return status;
}

assure_status store_load_investment(store *s, investment_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    assure_status limit = load_within_limit(s, TABLE_DEF_INVESTMENT, STORED_ROWS, NULL, err);
    if (limit != ASSURE_OK)
        return limit;
    db_stmt *statement = store_query(s,
                                     "SELECT ref, kind, name, fte, grade, cost_pa, years, one_off, "
                                     "(SELECT sum(amount) FROM investment_year y WHERE y.ref = "
                                     "investment.ref) "
                                     "FROM investment ORDER BY CASE kind WHEN 'post' THEN 0 "
                                     "WHEN 'fee' THEN 1 ELSE 2 END, ref",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->rows, &capacity, out->count, sizeof *out->rows))
            return investment_set_free(out), load_failed(s, statement, DB_NOMEM, err);
        investment_row *row = &out->rows[out->count++];
        memset(row, 0, sizeof *row);
        row->ref = COPY(out->strings, load_text(statement, 0));
        if (!investment_kind_parse(load_text(statement, 1), &row->kind))
            row->kind = INVESTMENT_OTHER;
        row->name = COPY(out->strings, load_text(statement, 2));
        row->fte = db_column_int64(statement, 3); /* NULL reads as 0 */
        row->grade = COPY(out->strings, load_text(statement, 4));
        row->cost_pa = load_money(statement, 5);
        row->years = db_column_int64(statement, 6);
        row->one_off = load_money(statement, 7);
        row->has_cost_by_year = !db_column_null(statement, 8); /* NULL: no years */
        row->cost_by_year = db_column_int64(statement, 8);
        if (row->grade == NULL)
            return investment_set_free(out), load_failed(s, statement, DB_NOMEM, err);
    }
    db_reset(statement);
    if (rc != DB_DONE)
        return investment_set_free(out), load_failed(s, statement, rc, err);
    return ASSURE_OK;
}
