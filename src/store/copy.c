/* copy.c - a whole programme database copied to another store, and checked
 * row for row.
 *
 * Everything goes through the database seam, so the same code copies SQLite
 * to PostgreSQL and back.  The target is a database just made: in one write
 * transaction its own rows (the first entry of its audit trail) are removed,
 * then every row of the source is inserted, table by table, parents first,
 * each in key order with its columns by name and its values as text or NULL
 * (NULL never becomes '').  The audit trail goes across with its ids and
 * hashes, so the copy's chain is the source's.  After the commit each table
 * is read back from both stores in key order, counted and digested (SHA-256,
 * each value length first, NULL apart from ''): the two must agree. */
#include "copy.h"

#include <nettle/sha2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"

/* clang-format off */
const copy_table copy_tables[] = {
    {"savings_line",    {{"ref", true}},                                              NULL},
    {"savings_profile", {{"ref", true}, {"fy", false}},                                NULL},
    {"staffing",        {{"as_at", true}, {"area", true}, {"role", true}},              NULL},
    {"reviews",         {{"period_start", true}, {"team", true}},                       NULL},
    {"risk",            {{"ref", true}},                                              NULL},
    {"risk_history",    {{"id", false}},                                              "id"},
    {"snapshot",        {{"id", false}},                                              "id"},
    {"snapshot_value",  {{"snapshot_id", false}, {"indicator", true}},                  NULL},
    {"snapshot_item",   {{"snapshot_id", false}, {"kind", true}, {"ref", true}},        NULL},
    {"bridge",          {{"fy", false}, {"section", true}, {"name", true}},             NULL},
    {"kpi",             {{"ref", true}},                                              NULL},
    {"kpi_value",       {{"ref", true}, {"period", true}},                              NULL},
    {"investment",      {{"ref", true}},                                              NULL},
    {"investment_year", {{"ref", true}, {"fy", false}},                                NULL},
    {"declared_total",  {{"id", false}},                                              "id"},
    {"action",          {{"ref", true}},                                              NULL},
    {"issue",           {{"ref", true}},                                              NULL},
    {"decision",        {{"ref", true}},                                              NULL},
    {"milestone",       {{"ref", true}},                                              NULL},
    {"highlight",       {{"workstream", true}, {"period", true}},                       NULL},
    {"workstream",      {{"name", true}},                                             NULL},
    {"signoff",         {{"line", true}, {"signed_on", true}},                          NULL},
    {"audit",           {{"id", false}},                                              "id"},
    {"audit_head",      {{"one", false}},                                             "one"},
    {"import_batch",    {{"batch", false}},                                           "batch"},
    {"audit_row",       {{"table_name", true}, {"key", true}, {"batch", false}, {"seq", false}}, NULL},
};
/* clang-format on */
const size_t copy_table_count = sizeof copy_tables / sizeof copy_tables[0];
_Static_assert(sizeof copy_tables / sizeof copy_tables[0] <= STORE_COPY_MAX_TABLES,
               "the report has room for every table");

/* SQL built as it goes; failed once memory ran out. */
typedef struct {
    char *text;
    size_t length, size;
    bool failed;
} sql_text;

static void sql_add(sql_text *b, const char *format, ...)
{
    if (b->failed)
        return;
    for (;;) {
        va_list args;
        va_start(args, format);
        size_t room = b->size - b->length;
        int n = vsnprintf(b->text != NULL ? b->text + b->length : NULL, room, format, args);
        va_end(args);
        if (n < 0) {
            b->failed = true;
            return;
        }
        if ((size_t)n < room) {
            b->length += (size_t)n;
            return;
        }
        size_t size = (b->length + (size_t)n + 1) * 2;
        char *grown = realloc(b->text, size);
        if (grown == NULL) {
            b->failed = true;
            return;
        }
        b->text = grown;
        b->size = size;
    }
}

/* A name quoted as both engines read it; the schema's names hold no quote. */
static void sql_name(sql_text *b, const char *name)
{
    if (strchr(name, '"') != NULL)
        b->failed = true;
    sql_add(b, "\"%s\"", name);
}

/* ORDER BY the table's key: text byte by byte, as SQLite's BINARY does, on
 * PostgreSQL too (whose default order follows the server's locale). */
static void sql_order(sql_text *b, const store *s, const copy_table *t)
{
    sql_add(b, " ORDER BY ");
    for (int k = 0; k < COPY_KEY_COLUMNS && t->key[k].column != NULL; k++) {
        sql_add(b, k > 0 ? ", " : "");
        sql_name(b, t->key[k].column);
        if (t->key[k].text && s->conn.backend == DB_POSTGRESQL)
            sql_add(b, " COLLATE \"C\"");
    }
}

static assure_status out_of_memory(store *s, assure_error *err)
{
    return error_set(err, ASSURE_DATA, "%s: out of memory", s->path);
}

/* Empty every table of the new database, children first. */
static assure_status clear_target(store *to, assure_error *err)
{
    for (size_t i = copy_table_count; i-- > 0;) {
        sql_text sql = {0};
        sql_add(&sql, "DELETE FROM ");
        sql_name(&sql, copy_tables[i].table);
        assure_status status = sql.failed ? out_of_memory(to, err) : store_exec(to, sql.text, err);
        free(sql.text);
        if (status != ASSURE_OK)
            return status;
    }
    return ASSURE_OK;
}

/* The column list of the source's rows, as its statement names them. */
static assure_status column_list(store *from, db_stmt *rows, sql_text *columns, int *ncolumns,
                                 assure_error *err)
{
    *ncolumns = db_column_count(rows);
    for (int c = 0; c < *ncolumns; c++) {
        const char *name = db_column_name(rows, c);
        if (name == NULL)
            return error_set(err, ASSURE_DATA, "%s: a column of the source has no name", from->path);
        sql_add(columns, c > 0 ? ", " : "");
        sql_name(columns, name);
    }
    return columns->failed ? out_of_memory(from, err) : ASSURE_OK;
}

/* Rows go in this many to a statement: on PostgreSQL each statement is a
 * trip to the server and back, which one row at a time would make the
 * copy's cost. */
#define COPY_BATCH 64

/* INSERT INTO "table" (columns) VALUES (?1, ..., ?n), (...): nrows rows,
 * prepared on to. */
static assure_status prepare_insert(store *to, const copy_table *t, const char *columns, int ncolumns,
                                    int nrows, db_stmt **insert, assure_error *err)
{
    sql_text sql = {0};
    sql_add(&sql, "INSERT INTO ");
    sql_name(&sql, t->table);
    sql_add(&sql, " (%s) VALUES ", columns);
    for (int r = 0, p = 1; r < nrows; r++) {
        sql_add(&sql, r > 0 ? ", (" : "(");
        for (int c = 0; c < ncolumns; c++, p++)
            sql_add(&sql, c > 0 ? ", ?%d" : "?%d", p);
        sql_add(&sql, ")");
    }
    assure_status status = ASSURE_OK;
    if (sql.failed)
        status = out_of_memory(to, err);
    else if (db_prepare(&to->conn, sql.text, false, insert) != DB_OK) {
        status = store_sqlite_error(to, "cannot copy into the new database", err);
        *insert = NULL;
    }
    free(sql.text);
    return status;
}

/* One table's copying: the rows read and not yet written, with their
 * values (NULL for NULL) held until they are. */
typedef struct {
    store *to;
    const copy_table *t;
    const char *columns;
    int ncolumns, held;
    char **values; /* COPY_BATCH rows of ncolumns */
    db_stmt *full; /* the statement for a whole batch, once prepared */
} copy_batch;

static void batch_forget(copy_batch *b)
{
    for (int i = 0; i < b->held * b->ncolumns; i++) {
        free(b->values[i]);
        b->values[i] = NULL;
    }
    b->held = 0;
}

/* Write the rows held, in one statement. */
static assure_status batch_write(copy_batch *b, assure_error *err)
{
    if (b->held == 0)
        return ASSURE_OK;
    db_stmt *insert = b->full;
    assure_status status = ASSURE_OK;
    if (b->held < COPY_BATCH || insert == NULL)
        status = prepare_insert(b->to, b->t, b->columns, b->ncolumns, b->held, &insert, err);
    for (int i = 0; status == ASSURE_OK && i < b->held * b->ncolumns; i++) {
        db_result bound =
            b->values[i] != NULL ? db_bind_text(insert, i + 1, b->values[i]) : db_bind_null(insert, i + 1);
        if (bound != DB_OK)
            status = store_sqlite_error(b->to, "cannot copy a value", err);
    }
    if (status == ASSURE_OK && db_step(insert) != DB_DONE) {
        char doing[96];
        snprintf(doing, sizeof doing, "cannot copy a row of %s", b->t->table);
        status = store_sqlite_error(b->to, doing, err);
    }
    if (insert != NULL) {
        db_reset_clear(insert);
        if (b->held == COPY_BATCH && b->full == NULL)
            b->full = insert; /* kept for the next whole batch */
        else if (insert != b->full)
            db_finalize(insert);
    }
    batch_forget(b);
    return status;
}

/* Hold the source's current row, writing the batch once it is whole. */
static assure_status batch_add(copy_batch *b, db_stmt *rows, assure_error *err)
{
    char **row = b->values + (size_t)b->held * (size_t)b->ncolumns;
    for (int c = 0; c < b->ncolumns; c++) {
        const char *value = db_column_text(rows, c);
        if (value != NULL && (row[c] = strdup(value)) == NULL) {
            b->held++; /* so that what was held is freed */
            batch_forget(b);
            return out_of_memory(b->to, err);
        }
    }
    return ++b->held == COPY_BATCH ? batch_write(b, err) : ASSURE_OK;
}

/* Every row of one table, from the source into the target, in key order;
 * the columns copied (by name) are left in columns for the check. */
static assure_status copy_rows(store *from, store *to, const copy_table *t, sql_text *columns,
                               long long *count, assure_error *err)
{
    *count = 0;
    sql_text sql = {0};
    sql_add(&sql, "SELECT * FROM ");
    sql_name(&sql, t->table);
    sql_order(&sql, from, t);
    if (sql.failed) {
        free(sql.text);
        return out_of_memory(from, err);
    }
    db_stmt *rows;
    db_result rc = db_prepare(&from->conn, sql.text, false, &rows);
    free(sql.text);
    if (rc != DB_OK)
        return store_sqlite_error(from, "cannot read the database to copy", err);
    copy_batch b = {to, t, NULL, 0, 0, NULL, NULL};
    assure_status status = ASSURE_OK;
    while (status == ASSURE_OK && (rc = db_step(rows)) == DB_ROW) {
        if (b.values == NULL) { /* the first row: its columns */
            status = column_list(from, rows, columns, &b.ncolumns, err);
            if (status == ASSURE_OK && b.ncolumns > 0 &&
                (b.values = calloc((size_t)COPY_BATCH * (size_t)b.ncolumns, sizeof *b.values)) == NULL)
                status = out_of_memory(from, err);
            if (status != ASSURE_OK || b.values == NULL)
                break;
            b.columns = columns->text;
        }
        status = batch_add(&b, rows, err);
        if (status == ASSURE_OK)
            (*count)++;
    }
    if (status == ASSURE_OK && rc != DB_DONE)
        status = store_sqlite_error(from, "cannot read the database to copy", err);
    if (status == ASSURE_OK)
        status = batch_write(&b, err);
    if (b.values != NULL)
        batch_forget(&b);
    if (b.full != NULL)
        db_finalize(b.full);
    free(b.values);
    db_finalize(rows);
    return status;
}

/* PostgreSQL numbers an INTEGER PRIMARY KEY from a sequence of its own,
 * which the copied ids did not move: set it past the highest, so that the
 * next row added takes the next number, as it would on SQLite. */
static assure_status move_sequences(store *to, assure_error *err)
{
    if (to->conn.backend != DB_POSTGRESQL)
        return ASSURE_OK;
    for (size_t i = 0; i < copy_table_count; i++) {
        const copy_table *t = &copy_tables[i];
        if (t->identity == NULL)
            continue;
        sql_text sql = {0};
        sql_add(&sql, "SELECT setval(pg_get_serial_sequence('%s', '%s'), (SELECT max(", t->table,
                t->identity);
        sql_name(&sql, t->identity);
        sql_add(&sql, ") FROM ");
        sql_name(&sql, t->table);
        sql_add(&sql, "))");
        if (sql.failed) {
            free(sql.text);
            return out_of_memory(to, err);
        }
        db_stmt *set;
        db_result rc = db_prepare(&to->conn, sql.text, false, &set);
        free(sql.text);
        if (rc == DB_OK) {
            rc = db_step(set);
            db_finalize(set);
        }
        if (rc != DB_ROW) {
            char doing[96];
            snprintf(doing, sizeof doing, "cannot number the rows added to %s after the copy", t->table);
            return store_sqlite_error(to, doing, err);
        }
    }
    return ASSURE_OK;
}

/* One table's rows as a store holds them, in key order: how many, and the
 * SHA-256 of their values (in columns' order, each length first, NULL as
 * "~", which no length begins with). */
static assure_status digest_table(store *s, const copy_table *t, const char *columns, long long *count,
                                  char hex[CHAIN_HASH_SIZE], assure_error *err)
{
    sql_text sql = {0};
    sql_add(&sql, "SELECT %s FROM ", columns[0] != '\0' ? columns : "*");
    sql_name(&sql, t->table);
    sql_order(&sql, s, t);
    if (sql.failed) {
        free(sql.text);
        return out_of_memory(s, err);
    }
    db_stmt *rows;
    db_result rc = db_prepare(&s->conn, sql.text, false, &rows);
    free(sql.text);
    if (rc != DB_OK)
        return store_sqlite_error(s, "cannot read the database to check the copy", err);
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    *count = 0;
    while ((rc = db_step(rows)) == DB_ROW) {
        int n = db_column_count(rows);
        for (int c = 0; c < n; c++) {
            const char *value = db_column_text(rows, c);
            if (value == NULL) {
                sha256_update(&ctx, 1, (const uint8_t *)"~");
                continue;
            }
            char length[32];
            size_t size = strlen(value);
            int w = snprintf(length, sizeof length, "%zu:", size);
            sha256_update(&ctx, (size_t)w, (const uint8_t *)length);
            sha256_update(&ctx, size, (const uint8_t *)value);
        }
        (*count)++;
    }
    db_finalize(rows);
    if (rc != DB_DONE)
        return store_sqlite_error(s, "cannot read the database to check the copy", err);
    static const char digits[] = "0123456789abcdef";
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
    for (size_t i = 0; i < SHA256_DIGEST_SIZE; i++) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 15];
    }
    hex[2 * SHA256_DIGEST_SIZE] = '\0';
    return ASSURE_OK;
}

/* The copy of one table against its source, after the commit. */
static assure_status check_table(store *from, store *to, const copy_table *t, const char *columns,
                                 assure_error *err)
{
    long long source_rows, copy_rows_found;
    char source_hash[CHAIN_HASH_SIZE], copy_hash[CHAIN_HASH_SIZE];
    assure_status status = digest_table(from, t, columns, &source_rows, source_hash, err);
    if (status == ASSURE_OK)
        status = digest_table(to, t, columns, &copy_rows_found, copy_hash, err);
    if (status != ASSURE_OK)
        return status;
    if (source_rows != copy_rows_found)
        return error_set(
            err, ASSURE_DATA,
            "%s: the copy of table %s has %lld rows where %s has %lld: the copy is not to be used", to->path,
            t->table, copy_rows_found, from->path, source_rows);
    if (strcmp(source_hash, copy_hash) != 0)
        return error_set(
            err, ASSURE_DATA,
            "%s: the copy of table %s holds other values than %s's (%lld rows each): the copy is "
            "not to be used",
            to->path, t->table, from->path, source_rows);
    return ASSURE_OK;
}

assure_status store_copy(store *from, store *to, store_copy_report *report, assure_error *err)
{
    memset(report, 0, sizeof *report);
    sql_text columns[STORE_COPY_MAX_TABLES];
    memset(columns, 0, sizeof columns);
    /* The source read as one state throughout, the copy and its check alike. */
    assure_status status = store_read_begin(from, err);
    if (status != ASSURE_OK)
        return status;
    status = store_write_begin(to, err);
    if (status == ASSURE_OK) {
        status = clear_target(to, err);
        for (size_t i = 0; status == ASSURE_OK && i < copy_table_count; i++) {
            long long count;
            status = copy_rows(from, to, &copy_tables[i], &columns[i], &count, err);
            if (status == ASSURE_OK) {
                report->tables[i] = (store_copy_table){copy_tables[i].table, count};
                report->rows += count;
            }
        }
        if (status == ASSURE_OK)
            status = move_sequences(to, err);
        if (status == ASSURE_OK)
            status = store_commit(to, err);
        else
            store_rollback(to);
    }
    for (size_t i = 0; status == ASSURE_OK && i < copy_table_count; i++)
        status = check_table(from, to, &copy_tables[i], columns[i].text != NULL ? columns[i].text : "", err);
    if (status == ASSURE_OK)
        report->count = copy_table_count;
    store_read_end(from);
    for (size_t i = 0; i < copy_table_count; i++)
        free(columns[i].text);
    return status;
}
