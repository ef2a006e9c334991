/* snapshots.c - reading meeting snapshots and kept declared totals. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"

static const char *text_at(db_stmt *statement, int column)
{
    const char *text = db_column_text(statement, column);
    return text != NULL ? (const char *)text : "";
}

assure_status store_list_snapshots(store *s, snapshot_info **list, size_t *count, assure_error *err)
{
    *list = NULL;
    *count = 0;
    db_stmt *statement =
        store_query(s,
                    "SELECT id, label, taken_at, coalesce(meeting_date, substr(taken_at, 1, 10)), "
                    "attendees FROM snapshot ORDER BY taken_at, id",
                    err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)list, &capacity, *count, sizeof **list)) {
            db_reset(statement);
            free(*list);
            *list = NULL;
            return error_set(err, ASSURE_DATA, "out of memory");
        }
        snapshot_info *info = &(*list)[(*count)++];
        info->id = db_column_int64(statement, 0);
        snprintf(info->label, sizeof info->label, "%s", text_at(statement, 1));
        snprintf(info->taken_at, sizeof info->taken_at, "%s", text_at(statement, 2));
        snprintf(info->meeting_date, sizeof info->meeting_date, "%s", text_at(statement, 3));
        snprintf(info->attendees, sizeof info->attendees, "%s", text_at(statement, 4));
    }
    db_reset(statement);
    if (rc != DB_DONE) {
        free(*list);
        *list = NULL;
        return store_sqlite_error(s, "cannot read the snapshots", err);
    }
    return ASSURE_OK;
}

assure_status store_snapshot_value(store *s, long long id, const char *indicator, int64_t *value,
                                   bool *present, assure_error *err)
{
    db_stmt *statement =
        store_query(s, "SELECT value FROM snapshot_value WHERE snapshot_id = ?1 AND indicator = ?2", err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_int64(statement, 1, id);
    db_bind_text(statement, 2, indicator);
    int rc = db_step(statement);
    *present = rc == DB_ROW && !db_column_null(statement, 0);
    if (*present)
        *value = db_column_int64(statement, 0);
    db_reset(statement);
    if (rc != DB_ROW && rc != DB_DONE)
        return store_sqlite_error(s, "cannot read a snapshot", err);
    return ASSURE_OK;
}

static const char *const item_kinds[SNAPSHOT_ITEM_KINDS] = {"milestone", "risk", "action"};

assure_status store_snapshot_items(store *s, long long id, snapshot_item_set *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    db_stmt *statement = store_query(s,
                                     "SELECT kind, ref, date, score, status FROM snapshot_item "
                                     "WHERE snapshot_id = ?1 ORDER BY CASE kind WHEN 'milestone' "
                                     "THEN 0 WHEN 'risk' THEN 1 ELSE 2 END, ref",
                                     err);
    if (statement == NULL)
        return ASSURE_DATA;
    db_bind_int64(statement, 1, id);
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)&out->items, &capacity, out->count, sizeof *out->items)) {
            db_reset(statement);
            snapshot_item_set_free(out);
            return error_set(err, ASSURE_DATA, "out of memory");
        }
        snapshot_item *item = &out->items[out->count];
        memset(item, 0, sizeof *item);
        const char *kind = text_at(statement, 0);
        item->kind = SNAPSHOT_ITEM_KINDS;
        for (int k = 0; k < SNAPSHOT_ITEM_KINDS; k++)
            if (strcmp(kind, item_kinds[k]) == 0)
                item->kind = (snapshot_item_kind)k;
        if (item->kind == SNAPSHOT_ITEM_KINDS)
            continue; /* a kind this assure does not know */
        snprintf(item->ref, sizeof item->ref, "%s", text_at(statement, 1));
        item->has_date =
            !db_column_null(statement, 2) && date_parse(text_at(statement, 2), &item->date, NULL);
        item->has_score = !db_column_null(statement, 3);
        item->score = item->has_score ? db_column_int(statement, 3) : 0;
        snprintf(item->status, sizeof item->status, "%s", text_at(statement, 4));
        out->count++;
    }
    db_reset(statement);
    if (rc != DB_DONE) {
        snapshot_item_set_free(out);
        return store_sqlite_error(s, "cannot read a snapshot's items", err);
    }
    return ASSURE_OK;
}

const snapshot_item *snapshot_item_find(const snapshot_item_set *set, snapshot_item_kind kind,
                                        const char *ref)
{
    for (size_t i = 0; i < set->count; i++)
        if (set->items[i].kind == kind && strcmp(set->items[i].ref, ref) == 0)
            return &set->items[i];
    return NULL;
}

void snapshot_item_set_free(snapshot_item_set *set)
{
    free(set->items);
    memset(set, 0, sizeof *set);
}

assure_status store_load_declared_totals(store *s, declared_total_finding **list, size_t *count,
                                         assure_error *err)
{
    *list = NULL;
    *count = 0;
    db_stmt *statement =
        store_query(s,
                    "SELECT table_name, ref, label, fy, measure, declared, computed, source, "
                    "line FROM declared_total ORDER BY source, line, fy, id",
                    err);
    if (statement == NULL)
        return ASSURE_DATA;
    size_t capacity = 0;
    int rc;
    while ((rc = db_step(statement)) == DB_ROW) {
        if (!store_reserve((void **)list, &capacity, *count, sizeof **list)) {
            db_reset(statement);
            free(*list);
            *list = NULL;
            return error_set(err, ASSURE_DATA, "out of memory");
        }
        declared_total_finding *f = &(*list)[(*count)++];
        snprintf(f->table, sizeof f->table, "%s", text_at(statement, 0));
        snprintf(f->ref, sizeof f->ref, "%s", text_at(statement, 1));
        snprintf(f->label, sizeof f->label, "%s", text_at(statement, 2));
        f->fy = db_column_int(statement, 3);
        snprintf(f->measure, sizeof f->measure, "%s", text_at(statement, 4));
        f->declared = db_column_int64(statement, 5);
        f->computed = db_column_int64(statement, 6);
        snprintf(f->source, sizeof f->source, "%s", text_at(statement, 7));
        f->line = db_column_int(statement, 8);
    }
    db_reset(statement);
    if (rc != DB_DONE) {
        free(*list);
        *list = NULL;
        return store_sqlite_error(s, "cannot read the declared totals", err);
    }
    return ASSURE_OK;
}

assure_status store_snapshot_headlines(store *s, const audit_actor *actor, const snapshot_meeting *meeting,
                                       const overview *o, assure_error *err)
{
    const char *names[HEADLINE_COUNT];
    int64_t values[HEADLINE_COUNT];
    bool known[HEADLINE_COUNT];
    for (headline h = 0; h < HEADLINE_COUNT; h++) {
        names[h] = headline_get(h)->name;
        values[h] = 0;
        known[h] = headline_value(o, h, &values[h]);
    }
    return store_snapshot_save(s, actor, meeting, names, values, known, HEADLINE_COUNT, err);
}
