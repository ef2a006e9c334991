/* import_costs.c - the rows of a savings file that are not savings lines:
 * a net row (its line, if stored, removed) and a cost (kept as the
 * programme's own investment, its money by year), each audited. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "import_internal.h"

/* Forget the findings kept for one ref of the table: it is imported again. */
static assure_status clear_ref_findings(store_import *import, const char *ref, assure_error *err)
{
    db_stmt *clear =
        store_query(import->s, "DELETE FROM declared_total WHERE table_name = ?1 AND ref = ?2", err);
    if (clear == NULL)
        return ASSURE_DATA;
    db_bind_text_static(clear, 1, import->def->name);
    db_bind_text(clear, 2, ref);
    return rows_step_done(import->s, clear, "cannot clear earlier findings", err);
}

assure_status store_import_not_a_line(store_import *import, const char *ref, assure_error *err)
{
    store *s = import->s;
    assure_status status = clear_ref_findings(import, ref, err);
    if (status == ASSURE_OK)
        status = import_settle(import, err);
    if (status != ASSURE_OK)
        return status;
    const stored_table *lines = stored_table_for(TABLE_DEF_SAVINGS, IMPORT_MAIN);
    const stored_table *years = stored_table_for(TABLE_DEF_SAVINGS, IMPORT_PROFILE);
    field_value key[MAX_COLUMNS * 2], line[MAX_COLUMNS * 2];
    memset(key, 0, sizeof key);
    key[SAVINGS_FIELD_REF].text = ref;
    string_pool *pool = NULL;
    bool found = false;
    status = rows_read(s, lines, key, line, &pool, &found, err);
    /* Its profile years, one at a time: each removed is no longer found. */
    db_stmt *first = store_query(s, "SELECT fy FROM savings_profile WHERE ref = ?1 ORDER BY fy LIMIT 1", err);
    if (first == NULL)
        status = ASSURE_DATA;
    while (status == ASSURE_OK && found) {
        db_bind_text(first, 1, ref);
        int rc = db_step(first);
        if (rc != DB_ROW) {
            db_reset(first);
            if (rc != DB_DONE)
                status = store_sqlite_error(s, "cannot read the line's profile", err);
            break;
        }
        field_value year_key[MAX_COLUMNS * 2], year[MAX_COLUMNS * 2];
        memset(year_key, 0, sizeof year_key);
        year_key[SAVINGS_FIELD_REF].text = ref;
        year_key[SAVINGS_FIELD_FY].number = db_column_int(first, 0);
        db_reset(first);
        bool has = false;
        status = rows_read(s, years, year_key, year, &pool, &has, err);
        if (status == ASSURE_OK && has)
            status = rows_delete(s, &import->actor, "import", years, year, err);
        if (status == ASSURE_OK && has)
            import->counts[IMPORT_PROFILE].removed++;
    }
    if (status == ASSURE_OK && found) {
        status = rows_delete(s, &import->actor, "import", lines, line, err);
        if (status == ASSURE_OK)
            import->counts[IMPORT_MAIN].removed++;
    }
    pool_free(pool);
    return status;
}

/* Write a cost's years: each new or changed year, and each year it no longer gives removed, audited with the
 * key "REF / FY".  *changed is set when any was. */
static assure_status write_cost_years(store_import *import, const import_cost *cost, bool *changed,
                                      assure_error *err)
{
    store *s = import->s;
    db_stmt *select = store_query(s, "SELECT fy, amount FROM investment_year WHERE ref = ?1", err);
    db_stmt *insert =
        store_query(s, "INSERT INTO investment_year (ref, fy, amount) VALUES (?1, ?2, ?3)", err);
    db_stmt *update =
        store_query(s, "UPDATE investment_year SET amount = ?3 WHERE ref = ?1 AND fy = ?2", err);
    db_stmt *remove = store_query(s, "DELETE FROM investment_year WHERE ref = ?1 AND fy = ?2", err);
    if (select == NULL || insert == NULL || update == NULL || remove == NULL)
        return ASSURE_DATA;
    /* What is stored now: few years, read whole. */
    int stored_fy[FY_LAST - FY_FIRST + 2]; /* every year a cost can have, and the later ones */
    money stored_amount[FY_LAST - FY_FIRST + 2];
    size_t nstored = 0;
    db_bind_text(select, 1, cost->ref);
    int rc;
    while ((rc = db_step(select)) == DB_ROW && nstored < sizeof stored_fy / sizeof *stored_fy) {
        stored_fy[nstored] = db_column_int(select, 0);
        stored_amount[nstored++] = db_column_int64(select, 1);
    }
    db_reset(select);
    if (rc != DB_DONE && rc != DB_ROW)
        return store_sqlite_error(s, "cannot read the cost's years", err);
    assure_status status = ASSURE_OK;
    for (size_t y = 0; y < cost->nyears && status == ASSURE_OK; y++) {
        size_t i = 0;
        while (i < nstored && stored_fy[i] != cost->fys[y])
            i++;
        if (i < nstored && stored_amount[i] == cost->amounts[y])
            continue;
        db_stmt *write = i < nstored ? update : insert;
        db_bind_text(write, 1, cost->ref);
        db_bind_int64(write, 2, cost->fys[y]);
        db_bind_int64(write, 3, cost->amounts[y]);
        status = rows_step_done(s, write, "cannot write a cost's year", err);
        char key[4 * VALUE_TEXT_MAX], fy[16], old_value[32], new_value[64];
        fy_format(fy, sizeof fy, cost->fys[y]);
        snprintf(key, sizeof key, "%s / %s", cost->ref, fy);
        money_format_plain(new_value, sizeof new_value, cost->amounts[y]);
        if (status == ASSURE_OK && i < nstored) {
            money_format_plain(old_value, sizeof old_value, stored_amount[i]);
            status = rows_audit(s, &import->actor, "import", "investment", key, "amount", old_value,
                                new_value, err);
        } else if (status == ASSURE_OK) {
            char row[80];
            snprintf(row, sizeof row, "amount=%s", new_value);
            status = rows_audit(s, &import->actor, "import", "investment", key, "", NULL, row, err);
        }
        *changed = true;
    }
    for (size_t i = 0; i < nstored && status == ASSURE_OK; i++) {
        bool kept = false;
        for (size_t y = 0; y < cost->nyears && !kept; y++)
            kept = cost->fys[y] == stored_fy[i];
        if (kept)
            continue;
        db_bind_text(remove, 1, cost->ref);
        db_bind_int64(remove, 2, stored_fy[i]);
        status = rows_step_done(s, remove, "cannot remove a cost's year", err);
        char key[4 * VALUE_TEXT_MAX], fy[16], row[80];
        fy_format(fy, sizeof fy, stored_fy[i]);
        snprintf(key, sizeof key, "%s / %s", cost->ref, fy);
        snprintf(row, sizeof row, "amount=%lld", (long long)stored_amount[i]);
        if (status == ASSURE_OK)
            status = rows_audit(s, &import->actor, "import", "investment", key, "", row, NULL, err);
        *changed = true;
    }
    return status;
}

assure_status store_import_cost(store_import *import, const import_cost *cost, assure_error *err)
{
    assure_status settled = import_settle(import, err);
    if (settled != ASSURE_OK)
        return settled;
    assure_status status = store_import_not_a_line(import, cost->ref, err);
    if (status != ASSURE_OK)
        return status;
    const table_def *def = table_def_get(TABLE_DEF_INVESTMENT);
    field_value values[MAX_COLUMNS * 2];
    bool present[MAX_COLUMNS * 2] = {false};
    memset(values, 0, sizeof values);
    int ref = table_field_index(def, "ref"), kind = table_field_index(def, "kind"),
        name = table_field_index(def, "name"), fte = table_field_index(def, "fte"),
        cost_pa = table_field_index(def, "cost_pa"), years = table_field_index(def, "years"),
        one_off = table_field_index(def, "one_off"), grade = table_field_index(def, "grade");
    values[ref].text = cost->ref;
    values[kind] = (field_value){false, INVESTMENT_OTHER, investment_kind_name(INVESTMENT_OTHER)};
    values[name].text = cost->name;
    values[fte] = (field_value){true, 0, NULL};
    values[grade] = (field_value){true, 0, NULL};
    values[cost_pa] = (field_value){true, MONEY_UNKNOWN, NULL};
    values[one_off] = (field_value){true, MONEY_UNKNOWN, NULL};
    size_t named = 0; /* its years, as a count of whole years (the later ones not counted) */
    for (size_t y = 0; y < cost->nyears; y++)
        named += cost->fys[y] != FY_LATER;
    values[years] = (field_value){false, (int64_t)named * 100, NULL};
    present[ref] = present[kind] = present[name] = present[cost_pa] = present[years] = present[one_off] =
        true;
    row_outcome outcome = ROW_UNCHANGED;
    status = rows_write_adding(import->s, &import->actor, "import",
                               stored_table_for(TABLE_DEF_INVESTMENT, IMPORT_MAIN), values, present,
                               import->adds, &outcome, err);
    bool changed = false;
    if (status == ASSURE_OK)
        status = write_cost_years(import, cost, &changed, err);
    if (status != ASSURE_OK)
        return status;
    if (outcome == ROW_ADDED)
        import->costs.added++;
    else if (outcome == ROW_CHANGED || changed)
        import->costs.changed++;
    else
        import->costs.unchanged++;
    return ASSURE_OK;
}

import_counts store_import_cost_counts(const store_import *import)
{
    return import->costs;
}
