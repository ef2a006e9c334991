/* pq_load.h - PostgreSQL's client library, loaded when first needed.
 *
 * assure is not linked with libpq: a run that only uses SQLite files never
 * loads it (it costs every start-up otherwise).  The first PostgreSQL
 * connection loads libpq.so.5 and looks up each function below; db_pg.c
 * calls them by their usual names, which this header turns into calls
 * through the table.  Types and constants are still <libpq-fe.h>'s.
 *
 * Every libpq function db_pg.c calls has a line in PQ_LOAD_FUNCTIONS and a
 * #define at the end of this header.  One called without them fails to
 * link (assure has no -lpq: "undefined reference to PQ..."), and a line
 * whose types differ from <libpq-fe.h>'s fails to compile (pq_load.c
 * checks each against the header). */
#ifndef ASSURE_STORE_PQ_LOAD_H
#define ASSURE_STORE_PQ_LOAD_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>

/* X(result type, name, parameter types) for each function used. */
#define PQ_LOAD_FUNCTIONS(X)                                                                                 \
    X(PGconn *, PQconnectdb, (const char *))                                                                 \
    X(ConnStatusType, PQstatus, (const PGconn *))                                                            \
    X(char *, PQerrorMessage, (const PGconn *))                                                              \
    X(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn *, PQnoticeProcessor, void *))                        \
    X(void, PQfinish, (PGconn *))                                                                            \
    X(PGTransactionStatusType, PQtransactionStatus, (const PGconn *))                                        \
    X(PGresult *, PQexec, (PGconn *, const char *))                                                          \
    X(PGresult *, PQexecParams,                                                                              \
      (PGconn *, const char *, int, const Oid *, const char *const *, const int *, const int *, int))        \
    X(PGresult *, PQprepare, (PGconn *, const char *, const char *, int, const Oid *))                       \
    X(PGresult *, PQexecPrepared,                                                                            \
      (PGconn *, const char *, int, const char *const *, const int *, const int *, int))                     \
    X(PGresult *, PQdescribePrepared, (PGconn *, const char *))                                              \
    X(ExecStatusType, PQresultStatus, (const PGresult *))                                                    \
    X(char *, PQresultErrorField, (const PGresult *, int))                                                   \
    X(void, PQclear, (PGresult *))                                                                           \
    X(char *, PQcmdStatus, (PGresult *))                                                                     \
    X(char *, PQcmdTuples, (PGresult *))                                                                     \
    X(int, PQntuples, (const PGresult *))                                                                    \
    X(int, PQnfields, (const PGresult *))                                                                    \
    X(char *, PQfname, (const PGresult *, int))                                                              \
    X(Oid, PQftype, (const PGresult *, int))                                                                 \
    X(int, PQgetisnull, (const PGresult *, int, int))                                                        \
    X(char *, PQgetvalue, (const PGresult *, int, int))                                                      \
    X(int, PQconsumeInput, (PGconn *))                                                                       \
    X(PGnotify *, PQnotifies, (PGconn *))                                                                    \
    X(void, PQfreemem, (void *))                                                                             \
    X(int, PQsocket, (const PGconn *))

/* The functions, once loaded (pq_load fills them; NULL before). */
typedef struct pq_load_table {
#define PQ_LOAD_MEMBER(type, name, params) type(*name) params;
    PQ_LOAD_FUNCTIONS(PQ_LOAD_MEMBER)
#undef PQ_LOAD_MEMBER
} pq_load_table;

/* One table for the process: the library, once loaded, serves every
 * connection and stays loaded until the program ends. */
extern pq_load_table pq_load_functions;

/* The library's name, its soname (libpq-dev's libpq.so leads to it). */
#define PQ_LOAD_LIBRARY "libpq.so.5"

/* Load the library and fill the table, the first time it is called; true
 * once loaded.  False when it cannot be, with the reason in message (for
 * instance that libpq5 is not installed, and how to install it); a later
 * call tries again. */
bool pq_load(char *message, size_t size);

/* For the tests: load the library by this name instead (NULL for the usual
 * one), to see what a machine without libpq is told.  Only before the
 * library has been loaded; it has no effect after. */
void pq_load_use_library(const char *name);

/* From here on, a call to a libpq function by name goes through the table.
 * (pq_load.c defines PQ_LOAD_NO_CALLS to name the library's own.) */
#ifndef PQ_LOAD_NO_CALLS
#define PQconnectdb(...)          pq_load_functions.PQconnectdb(__VA_ARGS__)
#define PQstatus(...)             pq_load_functions.PQstatus(__VA_ARGS__)
#define PQerrorMessage(...)       pq_load_functions.PQerrorMessage(__VA_ARGS__)
#define PQsetNoticeProcessor(...) pq_load_functions.PQsetNoticeProcessor(__VA_ARGS__)
#define PQfinish(...)             pq_load_functions.PQfinish(__VA_ARGS__)
#define PQtransactionStatus(...)  pq_load_functions.PQtransactionStatus(__VA_ARGS__)
#define PQexec(...)               pq_load_functions.PQexec(__VA_ARGS__)
#define PQexecParams(...)         pq_load_functions.PQexecParams(__VA_ARGS__)
#define PQprepare(...)            pq_load_functions.PQprepare(__VA_ARGS__)
#define PQexecPrepared(...)       pq_load_functions.PQexecPrepared(__VA_ARGS__)
#define PQdescribePrepared(...)   pq_load_functions.PQdescribePrepared(__VA_ARGS__)
#define PQresultStatus(...)       pq_load_functions.PQresultStatus(__VA_ARGS__)
#define PQresultErrorField(...)   pq_load_functions.PQresultErrorField(__VA_ARGS__)
#define PQclear(...)              pq_load_functions.PQclear(__VA_ARGS__)
#define PQcmdStatus(...)          pq_load_functions.PQcmdStatus(__VA_ARGS__)
#define PQcmdTuples(...)          pq_load_functions.PQcmdTuples(__VA_ARGS__)
#define PQntuples(...)            pq_load_functions.PQntuples(__VA_ARGS__)
#define PQnfields(...)            pq_load_functions.PQnfields(__VA_ARGS__)
#define PQfname(...)              pq_load_functions.PQfname(__VA_ARGS__)
#define PQftype(...)              pq_load_functions.PQftype(__VA_ARGS__)
#define PQgetisnull(...)          pq_load_functions.PQgetisnull(__VA_ARGS__)
#define PQgetvalue(...)           pq_load_functions.PQgetvalue(__VA_ARGS__)
#define PQconsumeInput(...)       pq_load_functions.PQconsumeInput(__VA_ARGS__)
#define PQnotifies(...)           pq_load_functions.PQnotifies(__VA_ARGS__)
#define PQfreemem(...)            pq_load_functions.PQfreemem(__VA_ARGS__)
#define PQsocket(...)             pq_load_functions.PQsocket(__VA_ARGS__)
#endif

#endif
