/* db_pg.c - the database seam's PostgreSQL side, over libpq.  A statement
 * collects its parameters as text and runs at its first step (with
 * PQexecParams, or once prepared on the server with PQprepare when it is
 * kept); its rows are then walked in the result. */
#include <errno.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "pq_load.h"

struct db_pg {
    PGconn *conn;
    char message[1024];
    char sqlstate[6];
    long long changes;
    long long written; /* rows changed since the connection opened, all statements together */
    unsigned long named; /* statements prepared on the server so far */
};

struct db_pg_stmt {
    db_pg *pg;
    char *sql;     /* in PostgreSQL's spelling */
    char name[32]; /* on the server, when prepared there; "" when not */
    bool prepared;
    int nparams;
    char **values; /* nparams of them, NULL for NULL */
    PGresult *result;
    int row, nrows; /* the row a step is on (-1 before the first) */
    bool ran;
};

/* Keep the server's message (without its ending newline) and SQLSTATE. */
static void keep_error(db_pg *pg, const PGresult *result, const char *fallback)
{
    const char *message = result != NULL ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    if (message == NULL)
        message = PQerrorMessage(pg->conn);
    if (message == NULL || *message == '\0')
        message = fallback;
    snprintf(pg->message, sizeof pg->message, "%s", message);
    size_t n = strlen(pg->message);
    while (n > 0 && (pg->message[n - 1] == '\n' || pg->message[n - 1] == ' '))
        pg->message[--n] = '\0';
    const char *state = result != NULL ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : NULL;
    snprintf(pg->sqlstate, sizeof pg->sqlstate, "%s", state != NULL ? state : "");
}

static void ignore_notice(void *context, const char *message)
{
    (void)context;
    (void)message;
}

db_result db_open_postgresql(db_conn *c, const char *conninfo)
{
    c->backend = DB_POSTGRESQL;
    c->lite = NULL;
    c->pg = calloc(1, sizeof *c->pg);
    if (c->pg == NULL)
        return DB_ERROR;
    if (!pq_load(c->pg->message, sizeof c->pg->message))
        return DB_ERROR;
    c->pg->conn = PQconnectdb(conninfo);
    if (c->pg->conn == NULL || PQstatus(c->pg->conn) != CONNECTION_OK) {
        keep_error(c->pg, NULL, "cannot connect to the server");
        snprintf(c->pg->sqlstate, sizeof c->pg->sqlstate, "08001");
        return DB_ERROR;
    }
    /* Notices (such as a rollback with no transaction open) are not errors. */
    PQsetNoticeProcessor(c->pg->conn, ignore_notice, NULL);
    PGresult *set = PQexec(c->pg->conn, "SET client_encoding = 'UTF8'");
    PQclear(set);
    return DB_OK;
}

void db_pg_close(db_pg *pg)
{
    if (pg == NULL)
        return;
    if (pg->conn != NULL)
        PQfinish(pg->conn);
    free(pg);
}

const char *db_pg_errmsg(const db_pg *pg)
{
    return pg != NULL ? pg->message : "out of memory";
}

const char *db_pg_sqlstate(const db_pg *pg)
{
    return pg != NULL ? pg->sqlstate : "";
}

db_result db_pg_prepare(db_pg *pg, const char *sql, bool persistent, db_pg_stmt **out)
{
    *out = NULL;
    db_pg_stmt *st = calloc(1, sizeof *st);
    if (st == NULL || (st->sql = db_dialect_postgresql(sql, &st->nparams)) == NULL ||
        (st->nparams > 0 && (st->values = calloc((size_t)st->nparams, sizeof *st->values)) == NULL)) {
        if (st != NULL)
            free(st->sql);
        free(st);
        snprintf(pg->message, sizeof pg->message, "out of memory");
        return DB_ERROR;
    }
    st->pg = pg;
    st->row = -1;
    if (persistent)
        snprintf(st->name, sizeof st->name, "assure_%lu", ++pg->named);
    *out = st;
    return DB_OK;
}

static void forget_result(db_pg_stmt *st)
{
    PQclear(st->result);
    st->result = NULL;
    st->ran = false;
    st->row = -1;
    st->nrows = 0;
}

void db_pg_reset(db_pg_stmt *st, bool clear_bindings)
{
    forget_result(st);
    if (clear_bindings)
        for (int i = 0; i < st->nparams; i++) {
            free(st->values[i]);
            st->values[i] = NULL;
        }
}

void db_pg_finalize(db_pg_stmt *st)
{
    if (st == NULL)
        return;
    db_pg_reset(st, true);
    if (st->prepared && PQstatus(st->pg->conn) == CONNECTION_OK) {
        char sql[64];
        snprintf(sql, sizeof sql, "DEALLOCATE %s", st->name);
        PQclear(PQexec(st->pg->conn, sql));
    }
    free(st->values);
    free(st->sql);
    free(st);
}

db_result db_pg_bind(db_pg_stmt *st, int i, const char *text)
{
    if (i < 1 || i > st->nparams) {
        snprintf(st->pg->message, sizeof st->pg->message, "no parameter %d in the statement", i);
        return DB_ERROR;
    }
    char *copy = NULL;
    if (text != NULL && (copy = strdup(text)) == NULL) {
        snprintf(st->pg->message, sizeof st->pg->message, "out of memory");
        return DB_ERROR;
    }
    forget_result(st);
    free(st->values[i - 1]);
    st->values[i - 1] = copy;
    return DB_OK;
}

db_result db_pg_bind_int64(db_pg_stmt *st, int i, long long value)
{
    char text[24];
    snprintf(text, sizeof text, "%lld", value);
    return db_pg_bind(st, i, text);
}

/* Rows an INSERT, UPDATE or DELETE changed; other statements leave the
 * count as it was, as on SQLite. */
static void count_changes(db_pg *pg, PGresult *result)
{
    const char *command = PQcmdStatus(result);
    if (command == NULL || !(strncmp(command, "INSERT ", 7) == 0 || strncmp(command, "UPDATE ", 7) == 0 ||
                             strncmp(command, "DELETE ", 7) == 0))
        return;
    const char *changed = PQcmdTuples(result);
    if (changed != NULL && *changed != '\0') {
        pg->changes = strtoll(changed, NULL, 10);
        pg->written += pg->changes;
    }
}

/* Send the statement (preparing it first when it is kept): its result. */
static PGresult *send(db_pg_stmt *st, const Oid *types)
{
    db_pg *pg = st->pg;
    const char *const *values = (const char *const *)st->values;
    if (st->name[0] == '\0')
        return PQexecParams(pg->conn, st->sql, st->nparams, types, values, NULL, NULL, 0);
    if (!st->prepared) {
        PGresult *made = PQprepare(pg->conn, st->name, st->sql, st->nparams, types);
        if (PQresultStatus(made) != PGRES_COMMAND_OK)
            return made;
        PQclear(made);
        st->prepared = true;
    }
    return PQexecPrepared(pg->conn, st->name, st->nparams, values, NULL, NULL, 0);
}

/* Run the statement, keeping its result, or the error.  A parameter the
 * server cannot type from where it stands (SELECT ?1, as SQLite allows) is
 * text: the statement is sent again with every parameter as text. */
static db_result run(db_pg_stmt *st)
{
    db_pg *pg = st->pg;
    PGresult *result = send(st, NULL);
    const char *state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    if (state != NULL && (strcmp(state, "42P18") == 0 || strcmp(state, "42P08") == 0) && !st->prepared &&
        st->nparams > 0) {
        Oid *types = malloc(sizeof *types * (size_t)st->nparams);
        if (types != NULL) {
            for (int i = 0; i < st->nparams; i++)
                types[i] = 25; /* text */
            PQclear(result);
            result = send(st, types);
            free(types);
        }
    }
    ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        keep_error(pg, result, "the query failed");
        PQclear(result);
        return DB_ERROR;
    }
    count_changes(pg, result);
    st->result = result;
    st->nrows = status == PGRES_TUPLES_OK ? PQntuples(result) : 0;
    st->row = -1;
    st->ran = true;
    return DB_OK;
}

db_result db_pg_step(db_pg_stmt *st)
{
    if (!st->ran && run(st) != DB_OK)
        return DB_ERROR;
    if (st->row < st->nrows)
        st->row++;
    return st->row < st->nrows ? DB_ROW : DB_DONE;
}

static bool on_row(const db_pg_stmt *st, int i)
{
    return st->result != NULL && st->row >= 0 && st->row < st->nrows && i >= 0 && i < PQnfields(st->result);
}

bool db_pg_column_null(db_pg_stmt *st, int i)
{
    return !on_row(st, i) || PQgetisnull(st->result, st->row, i);
}

const char *db_pg_column_text(db_pg_stmt *st, int i)
{
    return db_pg_column_null(st, i) ? NULL : PQgetvalue(st->result, st->row, i);
}

/* The integer a column holds, read exactly: every digit of a bigint; true
 * and false as 1 and 0; text that is not a number as 0, and a number with a
 * fraction as its whole part, as SQLite gives them. */
long long db_pg_column_int64(db_pg_stmt *st, int i)
{
    const char *text = db_pg_column_text(st, i);
    if (text == NULL)
        return 0;
    if (PQftype(st->result, i) == 16) /* boolean */
        return text[0] == 't';
    errno = 0;
    long long value = strtoll(text, NULL, 10);
    return errno == 0 ? value : 0;
}

int db_pg_column_count(db_pg_stmt *st)
{
    if (!st->ran) {
        PGresult *described = NULL;
        if (st->name[0] != '\0' && st->prepared)
            described = PQdescribePrepared(st->pg->conn, st->name);
        int n = described != NULL ? PQnfields(described) : 0;
        PQclear(described);
        return n;
    }
    return PQnfields(st->result);
}

const char *db_pg_column_name(db_pg_stmt *st, int i)
{
    return st->result != NULL && i >= 0 && i < PQnfields(st->result) ? PQfname(st->result, i) : NULL;
}

db_result db_pg_exec(db_pg *pg, const char *sql)
{
    char *translated = db_dialect_postgresql(sql, NULL);
    if (translated == NULL) {
        snprintf(pg->message, sizeof pg->message, "out of memory");
        return DB_ERROR;
    }
    PGresult *result = PQexec(pg->conn, translated);
    free(translated);
    ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        keep_error(pg, result, "the statement failed");
        PQclear(result);
        return DB_ERROR;
    }
    count_changes(pg, result);
    PQclear(result);
    return DB_OK;
}

long long db_pg_changes(const db_pg *pg)
{
    return pg->changes;
}

long long db_pg_written(const db_pg *pg)
{
    return pg != NULL ? pg->written : 0;
}

long long db_pg_last_insert_id(db_pg *pg)
{
    PGresult *result = PQexec(pg->conn, "SELECT lastval()");
    long long id = 0;
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1)
        id = strtoll(PQgetvalue(result, 0, 0), NULL, 10);
    PQclear(result);
    return id;
}

bool db_pg_in_transaction(const db_pg *pg)
{
    PGTransactionStatusType status = PQtransactionStatus(pg->conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

int db_pg_socket(const db_pg *pg)
{
    if (pg == NULL || pg->conn == NULL || PQstatus(pg->conn) != CONNECTION_OK)
        return -1;
    return PQsocket(pg->conn);
}

bool db_pg_alive(db_pg *pg)
{
    if (pg == NULL || pg->conn == NULL)
        return false;
    if (PQstatus(pg->conn) == CONNECTION_OK && PQtransactionStatus(pg->conn) == PQTRANS_IDLE)
        PQconsumeInput(pg->conn); /* reads what the server sent: a goodbye marks it lost */
    return PQstatus(pg->conn) == CONNECTION_OK;
}

db_result db_pg_notifications(db_pg *pg, int *heard)
{
    if (PQconsumeInput(pg->conn) == 0 || PQstatus(pg->conn) != CONNECTION_OK) {
        keep_error(pg, NULL, "the connection to the server was lost");
        return DB_ERROR;
    }
    PGnotify *notice;
    while ((notice = PQnotifies(pg->conn)) != NULL) {
        (*heard)++;
        PQfreemem(notice);
    }
    return DB_OK;
}
