/* integrity.c - is the file whole, and does every stored value keep its
 * table's rules?
 *
 * SQLite's own check (quick_check, or integrity_check when asked for in
 * full) finds a damaged file and says which tables hold a value that breaks
 * a CHECK or NOT NULL rule, but not which row.  For those tables each row is
 * tried against the table's own definition, in a temporary copy of it, so
 * that every rule the schema has is applied as SQLite applies it and the row
 * is named.  A date that passes the schema's pattern but is no day of the
 * calendar (2026-02-30) is found by asking SQLite to read it as a date.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "store_internal.h"

#define INTEGRITY_MAX_LINES 100 /* of SQLite's report, and rows named a table */

/* The tables a database of this schema holds, and the columns that are dates. */
static const char *const user_tables[] = {
    "savings_line", "savings_profile", "staffing",   "reviews",         "risk",           "risk_history",
    "snapshot",     "snapshot_value",  "audit",      "audit_head",      "declared_total", "bridge",
    "kpi",          "kpi_value",       "investment", "investment_year", "action",         "issue",
    "decision",     "milestone",       "highlight",  "workstream",      "signoff",        "snapshot_item",
    "audit_row",    "import_batch",
};
static const struct {
    const char *table, *column;
} date_columns[] = {
    {"staffing", "as_at"},
    {"reviews", "period_start"},
    {"risk", "last_reviewed"},
    {"risk", "next_review"},
    {"risk_history", "reviewed_on"},
    {"kpi_value", "period"},
    {"action", "due"},
    {"action", "done_on"},
    {"issue", "raised"},
    {"issue", "resolved"},
    {"decision", "date"},
    {"highlight", "period"},
    {"signoff", "signed_on"},
    {"snapshot", "meeting_date"},
    {"snapshot_item", "date"},
};

static void add(integrity_report *out, bool damage, const char *table, const char *row, const char *message)
{
    if (out->count == INTEGRITY_MAX_FINDINGS) {
        out->more = true;
        return;
    }
    integrity_finding *f = &out->items[out->count++];
    f->damage = damage;
    snprintf(f->table, sizeof f->table, "%s", table);
    snprintf(f->row, sizeof f->row, "%s", row);
    snprintf(f->message, sizeof f->message, "%s", message);
    out->damaged = out->damaged || damage;
}

static bool is_user_table(const char *name)
{
    for (size_t i = 0; i < sizeof user_tables / sizeof user_tables[0]; i++)
        if (strcmp(user_tables[i], name) == 0)
            return true;
    return false;
}

/* "CHECK constraint failed in reviews", "NULL value in risk.title",
 * "non-INTEGER value in kpi.target": a rule broken in a named table (its
 * name into table); any other line is damage. */
static bool rule_line(const char *line, char *table, size_t size)
{
    const char *in = strstr(line, " in ");
    if (in == NULL)
        return false;
    size_t prefix = (size_t)(in - line);
    bool rule = (prefix == strlen("CHECK constraint failed") &&
                 strncmp(line, "CHECK constraint failed", prefix) == 0) ||
                (prefix >= 6 && strncmp(in - 6, " value", 6) == 0);
    const char *name = in + 4;
    size_t n = strcspn(name, ". ");
    if (!rule || n == 0 || n >= size)
        return false;
    memcpy(table, name, n);
    table[n] = '\0';
    return is_user_table(table);
}

/* Which of the columns a SELECT * of table gives are its primary key. */
static void key_columns(store *s, const char *table, db_stmt *rows, bool key[64])
{
    db_stmt *info;
    int ncolumns = db_column_count(rows);
    memset(key, 0, 64 * sizeof *key);
    if (db_prepare(&s->conn, "SELECT name FROM pragma_table_info(?1) WHERE pk > 0", false, &info) != DB_OK)
        return;
    db_bind_text_static(info, 1, table);
    while (db_step(info) == DB_ROW) {
        const char *name = db_column_text(info, 0);
        for (int c = 0; name != NULL && c < ncolumns && c < 64; c++)
            if (strcmp(db_column_name(rows, c), name) == 0)
                key[c] = true;
    }
    db_finalize(info);
}

/* The row's key as "col=value / col=value", for a table's primary key. */
static void row_key(db_stmt *row, int ncolumns, const bool *key, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (int c = 0; c < ncolumns && n < size; c++) {
        if (!key[c])
            continue;
        const char *text = db_column_text(row, c);
        int w = snprintf(out + n, size - n, "%s%s", n > 0 ? " / " : "",
                         text != NULL ? (const char *)text : "NULL");
        if (w < 0)
            break;
        n += (size_t)w;
    }
}

/* The rules a table's definition gives its rows: NOT NULL, a STRICT
 * table's types, and each CHECK expression, found in the CREATE TABLE text
 * by its balanced parentheses (quotes respected), as SQL that is true for a
 * row breaking it.  Read from the schema, so a rule added by a later
 * migration is checked without a line here. */
#define MAX_RULES 48
typedef struct {
    char broken[MAX_RULES][512]; /* SQL true for a row that breaks rule i */
    char text[MAX_RULES][256];   /* the rule as the schema writes it */
    char column[MAX_RULES][64];  /* the column it is about, or "" */
    size_t count;
} table_rules;

/* The end of the parenthesised text starting at open ('('), or NULL. */
static const char *closing(const char *open)
{
    int depth = 0;
    for (const char *p = open; *p; p++) {
        if (*p == '\'' || *p == '"') {
            const char *q = strchr(p + 1, *p);
            if (q == NULL)
                return NULL;
            p = q;
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')' && --depth == 0) {
            return p;
        }
    }
    return NULL;
}

static bool identifier_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* Is name at p a word of its own (not part of a longer identifier)? */
static bool word_at(const char *start, const char *p, const char *name)
{
    size_t n = strlen(name);
    return strncmp(p, name, n) == 0 && (p == start || !identifier_char(p[-1])) && !identifier_char(p[n]);
}

static void add_rule(table_rules *rules, const char *broken, const char *text, const char *column)
{
    if (rules->count == MAX_RULES)
        return;
    snprintf(rules->broken[rules->count], sizeof rules->broken[0], "%s", broken);
    snprintf(rules->text[rules->count], sizeof rules->text[0], "%s", text);
    snprintf(rules->column[rules->count], sizeof rules->column[0], "%s", column);
    rules->count++;
}

/* NOT NULL and the types, from the table's columns; their names into columns. */
static assure_status column_rules(store *s, const char *table, table_rules *rules, char columns[64][64],
                                  size_t *ncolumns, assure_error *err)
{
    db_stmt *info;
    if (db_prepare(&s->conn, "SELECT name, type, \"notnull\" FROM pragma_table_info(?1)", false, &info) !=
        DB_OK)
        return store_sqlite_error(s, "cannot read the schema", err);
    db_bind_text_static(info, 1, table);
    static const char *const types[] = {"INTEGER", "TEXT", "REAL", "BLOB"};
    while (db_step(info) == DB_ROW && *ncolumns < 64) {
        const char *name = db_column_text(info, 0);
        const char *type = db_column_text(info, 1);
        if (name == NULL || strlen(name) >= 64)
            continue;
        snprintf(columns[(*ncolumns)++], 64, "%s", name);
        char sql[512], text[256];
        if (db_column_int(info, 2) != 0) {
            snprintf(sql, sizeof sql, "\"%s\" IS NULL", name);
            snprintf(text, sizeof text, "%s NOT NULL", name);
            add_rule(rules, sql, text, name);
        }
        /* A STRICT table's types: only damage could break them. */
        for (size_t t = 0; type != NULL && t < sizeof types / sizeof types[0]; t++) {
            if (strcasecmp(type, types[t]) != 0)
                continue;
            snprintf(sql, sizeof sql, "typeof(\"%s\") NOT IN ('null', lower('%s'))", name, types[t]);
            snprintf(text, sizeof text, "%s %s", name, types[t]);
            add_rule(rules, sql, text, name);
        }
    }
    db_finalize(info);
    return ASSURE_OK;
}

static assure_status read_rules(store *s, const char *table, table_rules *rules, assure_error *err)
{
    memset(rules, 0, sizeof *rules);
    char columns[64][64];
    size_t ncolumns = 0;
    assure_status status = column_rules(s, table, rules, columns, &ncolumns, err);
    if (status != ASSURE_OK)
        return status;
    db_stmt *definition;
    if (db_prepare(&s->conn, "SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = ?1", false,
                   &definition) != DB_OK)
        return store_sqlite_error(s, "cannot read the schema", err);
    db_bind_text_static(definition, 1, table);
    const char *create = db_step(definition) == DB_ROW ? db_column_text(definition, 0) : NULL;
    for (const char *p = create; p != NULL && *p; p++) {
        if (*p == '\'' || *p == '"') { /* a quoted name or string: not a keyword */
            const char *q = strchr(p + 1, *p);
            if (q == NULL)
                break;
            p = q;
            continue;
        }
        if (strncasecmp(p, "CHECK", 5) != 0 || (p > create && identifier_char(p[-1])))
            continue;
        const char *open = p + 5;
        while (*open == ' ')
            open++;
        const char *close = *open == '(' ? closing(open) : NULL;
        if (close == NULL)
            continue;
        int n = (int)(close - open - 1);
        char sql[512], text[256], column[64] = "";
        snprintf(sql, sizeof sql, "coalesce((%.*s) = 0, 0)", n, open + 1);
        snprintf(text, sizeof text, "%.*s", n, open + 1);
        for (const char *w = open + 1; w < close && column[0] == '\0'; w++)
            for (size_t c = 0; c < ncolumns && column[0] == '\0'; c++)
                if (word_at(open + 1, w, columns[c]))
                    snprintf(column, sizeof column, "%s", columns[c]);
        add_rule(rules, sql, text, column);
        p = close;
    }
    db_finalize(definition);
    return ASSURE_OK;
}

/* "period_start is "soon", which breaks the table's rule period_start GLOB ..." */
static void describe_broken(const table_rules *rules, size_t r, db_stmt *row, int ncolumns, char *out,
                            size_t size)
{
    const char *column = rules->column[r];
    const char *value = NULL;
    for (int c = 0; c < ncolumns && column[0]; c++)
        if (strcmp(db_column_name(row, c), column) == 0)
            value = db_column_text(row, c);
    if (column[0] == '\0')
        snprintf(out, size, "it breaks the table's rule %s", rules->text[r]);
    else if (value == NULL)
        snprintf(out, size, "%s is empty, which breaks the table's rule %s", column, rules->text[r]);
    else
        snprintf(out, size, "%s is \"%s\", which breaks the table's rule %s", column, (const char *)value,
                 rules->text[r]);
}

/* Every row of table that breaks one of its rules, named by its key: one
 * reading of the table, whatever the number of rules. */
static assure_status check_rules(store *s, const char *table, integrity_report *out, assure_error *err)
{
    table_rules *rules = malloc(sizeof *rules);
    if (rules == NULL)
        return error_set(err, ASSURE_DATA, "out of memory");
    assure_status status = read_rules(s, table, rules, err);
    size_t size = 128 + rules->count * 2 * (sizeof rules->broken[0] + 8);
    char *sql = status == ASSURE_OK && rules->count > 0 ? malloc(size) : NULL;
    if (status != ASSURE_OK || rules->count == 0 || sql == NULL) {
        free(rules);
        return status != ASSURE_OK || rules->count == 0 ? status
                                                        : error_set(err, ASSURE_DATA, "out of memory");
    }
    /* SELECT *, rule 0 broken, rule 1 broken, ... FROM table WHERE any is */
    size_t n = (size_t)snprintf(sql, size, "SELECT *");
    for (size_t r = 0; r < rules->count; r++)
        n += (size_t)snprintf(sql + n, size - n, ", %s", rules->broken[r]);
    n += (size_t)snprintf(sql + n, size - n, " FROM main.\"%s\" WHERE 0", table);
    for (size_t r = 0; r < rules->count; r++)
        n += (size_t)snprintf(sql + n, size - n, " OR %s", rules->broken[r]);
    snprintf(sql + n, size - n, " LIMIT %d", INTEGRITY_MAX_LINES);
    db_stmt *rows;
    if (db_prepare(&s->conn, sql, false, &rows) != DB_OK) {
        status = store_sqlite_error(s, "cannot check the table's rules", err);
    } else {
        int ncolumns = db_column_count(rows) - (int)rules->count, rc;
        bool key[64];
        key_columns(s, table, rows, key);
        while ((rc = db_step(rows)) == DB_ROW) {
            char where[512], message[640];
            row_key(rows, ncolumns, key, where, sizeof where);
            for (size_t r = 0; r < rules->count; r++) {
                if (db_column_int(rows, ncolumns + (int)r) == 0)
                    continue;
                describe_broken(rules, r, rows, ncolumns, message, sizeof message);
                add(out, false, table, where, message);
            }
        }
        if (rc != DB_DONE)
            status = store_sqlite_error(s, "cannot check the table's rules", err);
        db_finalize(rows);
    }
    free(sql);
    free(rules);
    return status;
}

/* Dates that match the schema's pattern but are no day: 2026-02-30 (one
 * that does not match it breaks the table's rule, found above). */
static assure_status check_dates(store *s, integrity_report *out, assure_error *err)
{
    for (size_t i = 0; i < sizeof date_columns / sizeof date_columns[0]; i++) {
        const char *table = date_columns[i].table, *column = date_columns[i].column;
        char sql[512];
        snprintf(sql, sizeof sql,
                 "SELECT * FROM main.\"%s\" WHERE \"%s\" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' "
                 "AND date(\"%s\", '+0 days') IS NOT \"%s\" LIMIT %d",
                 table, column, column, column, INTEGRITY_MAX_LINES);
        db_stmt *rows;
        if (db_prepare(&s->conn, sql, false, &rows) != DB_OK)
            return store_sqlite_error(s, "cannot read the table", err);
        int ncolumns = db_column_count(rows), date = -1;
        bool key[64];
        key_columns(s, table, rows, key);
        for (int c = 0; c < ncolumns; c++)
            if (strcmp(db_column_name(rows, c), column) == 0)
                date = c;
        int rc;
        while ((rc = db_step(rows)) == DB_ROW) {
            char where[512], message[600];
            row_key(rows, ncolumns, key, where, sizeof where);
            const char *value = date >= 0 ? db_column_text(rows, date) : NULL;
            snprintf(message, sizeof message, "%s \"%s\" is not a date", column,
                     value != NULL ? (const char *)value : "");
            add(out, false, table, where, message);
        }
        db_finalize(rows);
        if (rc != DB_DONE)
            return store_sqlite_error(s, "cannot read the table", err);
    }
    return ASSURE_OK;
}

assure_status store_integrity_check(store *s, bool full, integrity_report *out, assure_error *err)
{
    memset(out, 0, sizeof *out);
    /* A PostgreSQL server checks its own storage, and every table's rules
     * at every write, whoever writes. */
    if (s->conn.backend == DB_POSTGRESQL)
        return ASSURE_OK;
    db_stmt *check;
    const char *sql = full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)";
    if (db_prepare(&s->conn, sql, false, &check) != DB_OK) {
        /* So damaged that SQLite cannot read its own schema. */
        add(out, true, "", "", db_errmsg(&s->conn));
        return ASSURE_OK;
    }
    int rc;
    while ((rc = db_step(check)) == DB_ROW) {
        const char *line = db_column_text(check, 0);
        char table[32];
        /* a broken rule is found with its row by check_rules */
        if (line != NULL && strcmp(line, "ok") != 0 && !rule_line(line, table, sizeof table))
            add(out, true, "", "", line);
    }
    if (rc != DB_DONE)
        add(out, true, "", "", db_errmsg(&s->conn));
    db_finalize(check);
    if (out->damaged)
        return ASSURE_OK; /* rows of a damaged file cannot be trusted to be read */
    /* SQLite checks CHECK rules only on a connection that may write: every
     * table's rules are checked here, row by row, whatever the connection. */
    assure_status status = ASSURE_OK;
    for (size_t i = 0; i < sizeof user_tables / sizeof user_tables[0] && status == ASSURE_OK; i++)
        status = check_rules(s, user_tables[i], out, err);
    if (status == ASSURE_OK)
        status = check_dates(s, out, err);
    return status;
}
