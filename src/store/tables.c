/* tables.c - how each of the user's tables is stored: its SQL tables and
 * the statements that read and write a row, by table_id; and beside them the
 * store's own tables (snapshots, the audit trail).  Everything else the
 * store says of a table (the name messages use, whose rows an audit entry
 * is of) comes from here and from the table's table_def. */
#include <stdio.h>
#include <string.h>

#include "tables.h"

/* clang-format off */
static const store_table_def store_tables[] = {
    [TABLE_DEF_SAVINGS] = {
        .rows = {"savings_line", TABLE_DEF_SAVINGS, {0, 1, 2, 3, 4, 5, 6, 7, 15}, 9, 1,
            "SELECT ref, name, workstream, cohort, origin, key_metric, owner, status, basis FROM savings_line "
            "WHERE ref = ?1",
            "INSERT INTO savings_line (ref, name, workstream, cohort, origin, key_metric, owner, status, basis) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            "UPDATE savings_line SET name = ?2, workstream = ?3, cohort = ?4, origin = ?5, key_metric = ?6, "
            "owner = ?7, status = ?8, basis = ?9 WHERE ref = ?1",
            "DELETE FROM savings_line WHERE ref = ?1",
            "SELECT ref, name, workstream, cohort, origin, key_metric, owner, status, basis FROM savings_line",
        },
        .profile = {"savings_profile", TABLE_DEF_SAVINGS, {0, 8, 9, 10, 11, 12}, 6, 2,
            "SELECT ref, fy, target, stretch, forecast, actual FROM savings_profile WHERE ref = ?1 AND fy = ?2",
            "INSERT INTO savings_profile (ref, fy, target, stretch, forecast, actual) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            "UPDATE savings_profile SET target = ?3, stretch = ?4, forecast = ?5, actual = ?6 WHERE ref = ?1 AND fy = ?2",
            "DELETE FROM savings_profile WHERE ref = ?1 AND fy = ?2",
            "SELECT ref, fy, target, stretch, forecast, actual FROM savings_profile",
        },
        .export_streamed = false,
    },
    [TABLE_DEF_STAFFING] = {
        .rows = {"staffing", TABLE_DEF_STAFFING, {0, 1, 2, 3, 4, 5}, 6, 3,
            "SELECT as_at, area, role, establishment_fte, vacancy_fte, agency_fte FROM staffing "
            "WHERE as_at = ?1 AND area = ?2 AND role = ?3",
            "INSERT INTO staffing (as_at, area, role, establishment_fte, vacancy_fte, agency_fte) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            "UPDATE staffing SET establishment_fte = ?4, vacancy_fte = ?5, agency_fte = ?6 "
            "WHERE as_at = ?1 AND area = ?2 AND role = ?3",
            "DELETE FROM staffing WHERE as_at = ?1 AND area = ?2 AND role = ?3",
            "SELECT as_at, area, role, establishment_fte, vacancy_fte, agency_fte FROM staffing",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_REVIEWS] = {
        .rows = {"reviews", TABLE_DEF_REVIEWS, {0, 1, 4, 2, 3, 5, 6, 7, 8}, 9, 2,
            "SELECT period_start, team, period_days, fte, completed, target_per_fte_week, backlog, clients, "
            "reviewed_12m FROM reviews WHERE period_start = ?1 AND team = ?2",
            "INSERT INTO reviews (period_start, team, period_days, fte, completed, target_per_fte_week, backlog, "
            "clients, reviewed_12m) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            "UPDATE reviews SET period_days = ?3, fte = ?4, completed = ?5, target_per_fte_week = ?6, backlog = ?7, "
            "clients = ?8, reviewed_12m = ?9 WHERE period_start = ?1 AND team = ?2",
            "DELETE FROM reviews WHERE period_start = ?1 AND team = ?2",
            "SELECT period_start, team, period_days, fte, completed, target_per_fte_week, backlog, clients, "
            "reviewed_12m FROM reviews",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_RISKS] = {
        .rows = {"risk", TABLE_DEF_RISKS, {0, 1, 4, 5, 6, 2, 3, 7, 8, 9, 10, 11, 12}, 13, 1,
            "SELECT ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, "
            "mitigation, status, last_reviewed, next_review FROM risk WHERE ref = ?1",
            "INSERT INTO risk (ref, title, description, owner, category, likelihood, impact, target_likelihood, "
            "target_impact, mitigation, status, last_reviewed, next_review) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            "UPDATE risk SET title = ?2, description = ?3, owner = ?4, category = ?5, likelihood = ?6, impact = ?7, "
            "target_likelihood = ?8, target_impact = ?9, mitigation = ?10, status = ?11, last_reviewed = ?12, "
            "next_review = ?13 WHERE ref = ?1",
            "DELETE FROM risk WHERE ref = ?1",
            "SELECT ref, title, description, owner, category, likelihood, impact, target_likelihood, target_impact, "
            "mitigation, status, last_reviewed, next_review FROM risk",
        },
        .beside = "risk_history",
        .export_streamed = true,
    },
    [TABLE_DEF_BRIDGE] = {
        .rows = {"bridge", TABLE_DEF_BRIDGE, {0, 1, 2, 3}, 4, 3,
            "SELECT fy, section, name, amount FROM bridge WHERE fy = ?1 AND section = ?2 AND name = ?3",
            "INSERT INTO bridge (fy, section, name, amount) VALUES (?1, ?2, ?3, ?4)",
            "UPDATE bridge SET amount = ?4 WHERE fy = ?1 AND section = ?2 AND name = ?3",
            "DELETE FROM bridge WHERE fy = ?1 AND section = ?2 AND name = ?3",
            "SELECT fy, section, name, amount FROM bridge",
        },
        .export_streamed = false,
    },
    [TABLE_DEF_KPIS] = {
        .rows = {"kpi", TABLE_DEF_KPIS, {0, 1, 2, 3, 4, 5, 6, 7, 8}, 9, 1,
            "SELECT ref, name, unit, polarity, baseline, target, unit_value, saving_ref, sustain_periods FROM kpi "
            "WHERE ref = ?1",
            "INSERT INTO kpi (ref, name, unit, polarity, baseline, target, unit_value, saving_ref, sustain_periods) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            "UPDATE kpi SET name = ?2, unit = ?3, polarity = ?4, baseline = ?5, target = ?6, unit_value = ?7, "
            "saving_ref = ?8, sustain_periods = ?9 WHERE ref = ?1",
            "DELETE FROM kpi WHERE ref = ?1",
            "SELECT ref, name, unit, polarity, baseline, target, unit_value, saving_ref, sustain_periods FROM kpi",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_KPI_VALUES] = {
        .rows = {"kpi_value", TABLE_DEF_KPI_VALUES, {0, 1, 2}, 3, 2,
            "SELECT ref, period, value FROM kpi_value WHERE ref = ?1 AND period = ?2",
            "INSERT INTO kpi_value (ref, period, value) VALUES (?1, ?2, ?3)",
            "UPDATE kpi_value SET value = ?3 WHERE ref = ?1 AND period = ?2",
            "DELETE FROM kpi_value WHERE ref = ?1 AND period = ?2",
            "SELECT ref, period, value FROM kpi_value",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_INVESTMENT] = {
        .rows = {"investment", TABLE_DEF_INVESTMENT, {0, 1, 2, 3, 4, 5, 6, 7}, 8, 1,
            "SELECT ref, kind, name, fte, grade, cost_pa, years, one_off FROM investment WHERE ref = ?1",
            "INSERT INTO investment (ref, kind, name, fte, grade, cost_pa, years, one_off) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            "UPDATE investment SET kind = ?2, name = ?3, fte = ?4, grade = ?5, cost_pa = ?6, years = ?7, "
            "one_off = ?8 WHERE ref = ?1",
            "DELETE FROM investment WHERE ref = ?1",
            "SELECT ref, kind, name, fte, grade, cost_pa, years, one_off FROM investment",
        },
        .beside = "investment_year",
        .export_streamed = false,
    },
    [TABLE_DEF_ACTIONS] = {
        .rows = {"action", TABLE_DEF_ACTIONS, {0, 1, 2, 3, 4, 5, 6, 7, 8}, 9, 1,
            "SELECT ref, title, owner, raised_at, due, status, done_on, link, note FROM action WHERE ref = ?1",
            "INSERT INTO action (ref, title, owner, raised_at, due, status, done_on, link, note) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            "UPDATE action SET title = ?2, owner = ?3, raised_at = ?4, due = ?5, status = ?6, done_on = ?7, "
            "link = ?8, note = ?9 WHERE ref = ?1",
            "DELETE FROM action WHERE ref = ?1",
            "SELECT ref, title, owner, raised_at, due, status, done_on, link, note FROM action",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_ISSUES] = {
        .rows = {"issue", TABLE_DEF_ISSUES, {0, 1, 2, 3, 4, 5, 6, 7, 8}, 9, 1,
            "SELECT ref, title, severity, owner, raised, resolved, risk, impact_gbp, note FROM issue WHERE ref = ?1",
            "INSERT INTO issue (ref, title, severity, owner, raised, resolved, risk, impact_gbp, note) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            "UPDATE issue SET title = ?2, severity = ?3, owner = ?4, raised = ?5, resolved = ?6, risk = ?7, "
            "impact_gbp = ?8, note = ?9 WHERE ref = ?1",
            "DELETE FROM issue WHERE ref = ?1",
            "SELECT ref, title, severity, owner, raised, resolved, risk, impact_gbp, note FROM issue",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_DECISIONS] = {
        .rows = {"decision", TABLE_DEF_DECISIONS, {0, 1, 2, 3, 4, 5}, 6, 1,
            "SELECT ref, date, meeting, decision, made_by, link FROM decision WHERE ref = ?1",
            "INSERT INTO decision (ref, date, meeting, decision, made_by, link) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            "UPDATE decision SET date = ?2, meeting = ?3, decision = ?4, made_by = ?5, link = ?6 WHERE ref = ?1",
            "DELETE FROM decision WHERE ref = ?1",
            "SELECT ref, date, meeting, decision, made_by, link FROM decision",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_MILESTONES] = {
        .rows = {"milestone", TABLE_DEF_MILESTONES, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 11, 1,
            "SELECT ref, link, phase, milestone, owner, baseline, forecast, actual, status, depends_on, note "
            "FROM milestone WHERE ref = ?1",
            "INSERT INTO milestone (ref, link, phase, milestone, owner, baseline, forecast, actual, status, "
            "depends_on, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            "UPDATE milestone SET link = ?2, phase = ?3, milestone = ?4, owner = ?5, baseline = ?6, "
            "forecast = ?7, actual = ?8, status = ?9, depends_on = ?10, note = ?11 WHERE ref = ?1",
            "DELETE FROM milestone WHERE ref = ?1",
            "SELECT ref, link, phase, milestone, owner, baseline, forecast, actual, status, depends_on, note "
            "FROM milestone",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_HIGHLIGHTS] = {
        .rows = {"highlight", TABLE_DEF_HIGHLIGHTS, {0, 1, 2, 3, 4, 5, 6, 7}, 8, 2,
            "SELECT workstream, period, rag, progress, challenges, next_steps, decisions_needed, lead "
            "FROM highlight WHERE workstream = ?1 AND period = ?2",
            "INSERT INTO highlight (workstream, period, rag, progress, challenges, next_steps, decisions_needed, "
            "lead) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            "UPDATE highlight SET rag = ?3, progress = ?4, challenges = ?5, next_steps = ?6, "
            "decisions_needed = ?7, lead = ?8 WHERE workstream = ?1 AND period = ?2",
            "DELETE FROM highlight WHERE workstream = ?1 AND period = ?2",
            "SELECT workstream, period, rag, progress, challenges, next_steps, decisions_needed, lead "
            "FROM highlight",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_WORKSTREAMS] = {
        .rows = {"workstream", TABLE_DEF_WORKSTREAMS, {0, 1, 2, 3, 4, 5, 6, 7}, 8, 1,
            "SELECT name, kind, parent, sponsor, delivery_lead, phase, financial, note FROM workstream "
            "WHERE name = ?1",
            "INSERT INTO workstream (name, kind, parent, sponsor, delivery_lead, phase, financial, note) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            "UPDATE workstream SET kind = ?2, parent = ?3, sponsor = ?4, delivery_lead = ?5, phase = ?6, "
            "financial = ?7, note = ?8 WHERE name = ?1",
            "DELETE FROM workstream WHERE name = ?1",
            "SELECT name, kind, parent, sponsor, delivery_lead, phase, financial, note FROM workstream",
        },
        .export_streamed = true,
    },
    [TABLE_DEF_SIGNOFFS] = {
        .rows = {"signoff", TABLE_DEF_SIGNOFFS, {0, 1, 2, 3, 4, 5, 6}, 7, 2,
            "SELECT line, signed_on, amount, status, signed_by, evidence, note FROM signoff "
            "WHERE line = ?1 AND signed_on = ?2",
            "INSERT INTO signoff (line, signed_on, amount, status, signed_by, evidence, note) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            "UPDATE signoff SET amount = ?3, status = ?4, signed_by = ?5, evidence = ?6, note = ?7 "
            "WHERE line = ?1 AND signed_on = ?2",
            "DELETE FROM signoff WHERE line = ?1 AND signed_on = ?2",
            "SELECT line, signed_on, amount, status, signed_by, evidence, note FROM signoff",
        },
        .export_streamed = true,
    },
};
/* clang-format on */
_Static_assert(sizeof store_tables / sizeof store_tables[0] == TABLE_DEF_COUNT,
               "a stored form for every table");

/* The store's own tables, counted as the user's are: the SQL tables each
 * keeps, the one counted first. */
static const struct {
    const char *name, *stored[2];
} own_tables[] = {
    [STORE_OWN_SNAPSHOTS] = {"snapshots", {"snapshot", "snapshot_value"}},
    [STORE_OWN_AUDIT] = {"audit", {"audit", "audit_head"}},
};
_Static_assert(sizeof own_tables / sizeof own_tables[0] == STORE_OWN_TABLE_COUNT,
               "a stored table for every table of the store's own");

const store_table_def *store_table_def_get(table_id table)
{
    return (unsigned)table < TABLE_DEF_COUNT ? &store_tables[table] : NULL;
}

const stored_table *stored_table_for(table_id table, import_part part)
{
    const store_table_def *def = store_table_def_get(table);
    if (def == NULL)
        return NULL;
    if (part == IMPORT_PROFILE)
        return def->profile.name != NULL ? &def->profile : NULL;
    return &def->rows;
}

const char *stored_name(table_id table, stored_part part)
{
    const store_table_def *def = store_table_def_get(table);
    if (def == NULL)
        return NULL;
    switch (part) {
    case STORED_ROWS: return def->rows.name;
    case STORED_PROFILE: return def->profile.name;
    case STORED_BESIDE: return def->beside;
    }
    return NULL;
}

const char *stored_label(const stored_table *t)
{
    return table_def_get(t->table)->name;
}

const char *store_own_table_name(store_own_table table)
{
    return (unsigned)table < STORE_OWN_TABLE_COUNT ? own_tables[table].name : "";
}

/* Rows in a stored table (its name one of those above). */
static assure_status count_rows(store *s, const char *stored, long long *count, assure_error *err)
{
    char sql[96];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", stored);
    db_stmt *statement; /* not cached: store_prepare keeps only constant queries */
    if (db_prepare(&s->conn, sql, false, &statement) != DB_OK)
        return store_sqlite_error(s, "cannot prepare a query", err);
    int rc = db_step(statement);
    if (rc == DB_ROW)
        *count = db_column_int64(statement, 0);
    assure_status status = rc == DB_ROW ? ASSURE_OK : store_sqlite_error(s, "cannot count rows", err);
    db_finalize(statement);
    return status;
}

assure_status store_count(store *s, table_id table, long long *count, assure_error *err)
{
    if ((unsigned)table >= TABLE_DEF_COUNT)
        return error_set(err, ASSURE_USAGE, "no such table");
    return count_rows(s, store_tables[table].rows.name, count, err);
}

assure_status store_count_own(store *s, store_own_table table, long long *count, assure_error *err)
{
    if ((unsigned)table >= STORE_OWN_TABLE_COUNT)
        return error_set(err, ASSURE_USAGE, "no such table");
    return count_rows(s, own_tables[table].stored[0], count, err);
}

const char *store_table_of(const char *stored)
{
    for (int t = 0; t < TABLE_DEF_COUNT; t++) {
        const store_table_def *def = &store_tables[t];
        const char *parts[] = {def->rows.name, def->profile.name, def->beside};
        for (size_t p = 0; p < sizeof parts / sizeof parts[0]; p++)
            if (parts[p] != NULL && strcmp(parts[p], stored) == 0)
                return table_def_get((table_id)t)->name;
    }
    for (int t = 0; t < STORE_OWN_TABLE_COUNT; t++)
        for (size_t p = 0; p < 2; p++)
            if (strcmp(own_tables[t].stored[p], stored) == 0)
                return own_tables[t].name;
    /* The totals imports declared are found with the savings they mostly come from. */
    if (strcmp(stored, "declared_total") == 0)
        return table_def_get(TABLE_DEF_SAVINGS)->name;
    return NULL;
}

bool store_table_streams(table_id table)
{
    const store_table_def *def = store_table_def_get(table);
    return def != NULL && def->export_streamed;
}
