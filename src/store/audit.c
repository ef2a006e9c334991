/* audit.c - reading the audit trail back: every entry, and each row an
 * import added as if it were its own entry (the view audit_trail). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"

static void copy_column(char *out, size_t size, db_stmt *statement, int column)
{
    const char *text = db_column_text(statement, column);
    snprintf(out, size, "%s", text != NULL ? (const char *)text : "");
}

static void read_entry(db_stmt *statement, audit_entry *e)
{
    copy_column(e->at, sizeof e->at, statement, 0);
    copy_column(e->who, sizeof e->who, statement, 1);
    copy_column(e->client, sizeof e->client, statement, 2);
    copy_column(e->action, sizeof e->action, statement, 3);
    copy_column(e->table, sizeof e->table, statement, 4);
    copy_column(e->key, sizeof e->key, statement, 5);
    copy_column(e->field, sizeof e->field, statement, 6);
    copy_column(e->old_value, sizeof e->old_value, statement, 7);
    copy_column(e->new_value, sizeof e->new_value, statement, 8);
    copy_column(e->source, sizeof e->source, statement, 9);
}

#define AUDIT_COLUMNS "at, who, client, action, table_name, key, field, old_value, new_value, source"

/* key as a LIKE pattern's literal text: %, _ and \\ escaped with \\. */
static void like_escape(const char *key, char *out, size_t size)
{
    size_t n = 0;
    for (const char *p = key; *p && n + 2 < size; p++) {
        if (*p == '%' || *p == '_' || *p == '\\')
            out[n++] = '\\';
        out[n++] = *p;
    }
    out[n] = '\0';
}

/* Every row the bound statement gives, into a list to free. */
static assure_status read_entries(store *s, db_stmt *statement, audit_entry **list, size_t *count,
                                  assure_error *err)
{
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)list, &capacity, *count, sizeof **list)) {
            db_reset(statement);
            free(*list);
            *list = NULL;
            return error_set(err, ASSURE_DATA, "out of memory");
        }
        read_entry(statement, &(*list)[(*count)++]);
    }
    db_reset(statement);
    if (rc != DB_DONE) {
        free(*list);
        *list = NULL;
        return store_sqlite_error(s, "cannot read the audit trail", err);
    }
    return ASSURE_OK;
}

assure_status store_audit_for(store *s, const char *table, const char *key, size_t max, audit_entry **list,
                              size_t *count, assure_error *err)
{
    *list = NULL;
    *count = 0;
    db_stmt *statement =
        key != NULL
            ? store_query(
                  s,
                  "SELECT " AUDIT_COLUMNS " FROM audit_trail WHERE table_name = ?1 AND "
                  "(key = ?2 OR key LIKE ?4 || ' / %' ESCAPE '\\') ORDER BY id DESC, seq DESC LIMIT ?3",
                  err)
            : store_query(s,
                          "SELECT " AUDIT_COLUMNS
                          " FROM audit_trail WHERE table_name = ?1 ORDER BY id DESC, seq DESC "
                          "LIMIT ?3",
                          err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_text(statement, 1, table);
    if (key != NULL) {
        /* A line's key also begins its profile years' keys ("ASC-01 / 2024/25"). */
        char escaped[600];
        like_escape(key, escaped, sizeof escaped);
        db_bind_text(statement, 2, key);
        db_bind_text(statement, 4, escaped);
    }
    db_bind_int64(statement, 3, (long long)max);
    return read_entries(s, statement, list, count, err);
}

assure_status store_last_change(store *s, audit_entry *entry, bool *found, assure_error *err)
{
    db_stmt *statement = store_query(
        s, "SELECT " AUDIT_COLUMNS " FROM audit WHERE action <> 'chain' ORDER BY id DESC LIMIT 1", err);
    if (statement == NULL)
        return ASSURE_DATA;
    int rc = db_step(statement);
    *found = rc == DB_ROW;
    if (*found)
        read_entry(statement, entry);
    db_reset(statement);
    if (rc != DB_ROW && rc != DB_DONE)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    return ASSURE_OK;
}

assure_status store_audit_search(store *s, const char *since, const char *table, const char *key, size_t max,
                                 audit_entry **list, size_t *count, assure_error *err)
{
    *list = NULL;
    *count = 0;
    db_stmt *statement = store_query(
        s,
        "SELECT " AUDIT_COLUMNS " FROM audit_trail WHERE (?1 IS NULL OR at >= ?1) "
        "AND (?2 IS NULL OR table_name = ?2) "
        "AND (?3 IS NULL OR key = ?3 OR key LIKE ?4 || ' / %' ESCAPE '\\') ORDER BY id, seq LIMIT ?5",
        err);
    if (statement == NULL)
        return ASSURE_DATA;
    if (since != NULL)
        db_bind_text(statement, 1, since);
    if (table != NULL)
        db_bind_text(statement, 2, table);
    if (key != NULL) {
        char escaped[600];
        like_escape(key, escaped, sizeof escaped);
        db_bind_text(statement, 3, key);
        db_bind_text(statement, 4, escaped);
    }
    db_bind_int64(statement, 5, (long long)max);
    return read_entries(s, statement, list, count, err);
}

/* The forecast a profile year's row held, from its text in the trail
 * ("target=0; stretch=; forecast=1000000; actual="). */
static money forecast_in_row(const char *row)
{
    if (row == NULL)
        return MONEY_UNKNOWN;
    for (const char *p = row; p != NULL; p = strstr(p, "; ")) {
        p += p == row ? 0 : 2;
        if (strncmp(p, "forecast=", 9) == 0) {
            char value[64];
            size_t n = strcspn(p + 9, ";");
            snprintf(value, sizeof value, "%.*s", (int)(n < sizeof value ? n : sizeof value - 1), p + 9);
            money_parsed parsed;
            return money_parse(value, 1, &parsed, NULL) ? parsed.value : MONEY_UNKNOWN;
        }
    }
    return MONEY_UNKNOWN;
}

static money forecast_value(const char *text)
{
    money_parsed parsed;
    return text != NULL && money_parse(text, 1, &parsed, NULL) ? parsed.value : MONEY_UNKNOWN;
}

/* A profile year as its key writes it: a financial year, or the bucket of
 * the years after the last named one (FY_LATER), written as fy_format
 * writes it. */
static bool profile_year(const char *text, int *fy)
{
    char later[32];
    fy_format(later, sizeof later, FY_LATER);
    if (strcmp(text, later) == 0) {
        *fy = FY_LATER;
        return true;
    }
    return fy_parse(text, fy, NULL);
}

/* The id after which the trail is newer than the snapshot: its own entry,
 * when taking it was audited (0 otherwise). */
static assure_status snapshot_entry(store *s, const snapshot_info *since, long long *id, assure_error *err)
{
    db_stmt *statement =
        store_query(s,
                    "SELECT max(id) FROM audit WHERE action = 'snapshot' AND table_name = 'snapshots' "
                    "AND key = ?1 AND at = ?2",
                    err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_text(statement, 1, since->label);
    db_bind_text(statement, 2, since->taken_at);
    int rc = db_step(statement);
    *id = rc == DB_ROW ? db_column_int64(statement, 0) : 0;
    db_reset(statement);
    if (rc != DB_ROW && rc != DB_DONE)
        return store_sqlite_error(s, "cannot read the audit trail", err);
    return ASSURE_OK;
}

assure_status store_forecast_changes(store *s, const snapshot_info *since, forecast_change_set *out,
                                     assure_error *err)
{
    memset(out, 0, sizeof *out);
    long long after = 0;
    if (since != NULL) {
        assure_status status = snapshot_entry(s, since, &after, err);
        if (status != ASSURE_OK)
            return status;
    }
    /* Profile years' keys are "REF / FY"; a changed forecast is its own
     * entry, a year added or removed one entry (field "") with its row. */
    db_stmt *statement =
        store_query(s,
                    "SELECT at, who, key, field, old_value, new_value FROM audit_trail "
                    "WHERE table_name = 'savings' AND field IN ('forecast', '') AND instr(key, ' / ') > 0 "
                    "AND id > ?1 AND (?2 IS NULL OR at >= ?2) ORDER BY id, seq",
                    err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_int64(statement, 1, after);
    if (since != NULL && after == 0)
        db_bind_text(statement, 2, since->taken_at);
    else
        db_bind_null(statement, 2);
    size_t capacity = 0;
    bool memory = true;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        const char *key = db_column_text(statement, 2);
        const char *field = db_column_text(statement, 3);
        const char *old_value = db_column_text(statement, 4);
        const char *new_value = db_column_text(statement, 5);
        /* The FY follows the key's last " / " (a ref may hold one). */
        const char *slash = NULL;
        for (const char *p = strstr(key, " / "); p != NULL; p = strstr(p + 1, " / "))
            slash = p;
        forecast_change c;
        if (slash == NULL || !profile_year(slash + 3, &c.fy))
            continue;
        bool row = field[0] == '\0';
        c.before = row ? forecast_in_row(old_value) : forecast_value(old_value);
        c.after = row ? forecast_in_row(new_value) : forecast_value(new_value);
        if (c.before == MONEY_UNKNOWN && c.after == MONEY_UNKNOWN)
            continue;
        char ref[512];
        snprintf(ref, sizeof ref, "%.*s", (int)((size_t)(slash - key) < sizeof ref ? slash - key : 511), key);
        c.ref = pool_copy(&out->strings, ref);
        c.at = pool_copy(&out->strings, db_column_text(statement, 0));
        c.who = pool_copy(&out->strings, db_column_text(statement, 1));
        if (c.ref == NULL || c.at == NULL || c.who == NULL ||
            !store_reserve((void **)&out->changes, &capacity, out->count, sizeof *out->changes)) {
            memory = false;
            break;
        }
        out->changes[out->count++] = c;
    }
    db_reset(statement);
    if (!memory || (rc != DB_ROW && rc != DB_DONE)) {
        forecast_change_set_free(out);
        return memory ? store_sqlite_error(s, "cannot read the audit trail", err)
                      : error_set(err, ASSURE_DATA, "out of memory");
    }
    return ASSURE_OK;
}
