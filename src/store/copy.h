/* copy.h - the tables a copy of a programme database holds (private to
 * store/; copy.c says how they are copied and checked). */
#ifndef ASSURE_COPY_H
#define ASSURE_COPY_H

#include <stdbool.h>
#include <stddef.h>

#define COPY_KEY_COLUMNS 4

/* One column of a table's primary key: text keys are ordered byte by byte
 * on both engines, so that the two stores give their rows in one order. */
typedef struct {
    const char *column;
    bool text;
} copy_key;

typedef struct {
    const char *table;              /* as stored */
    copy_key key[COPY_KEY_COLUMNS]; /* its primary key, in order; the rest NULL */
    const char *identity;           /* an INTEGER PRIMARY KEY column, numbered by the
                                       engine on PostgreSQL, or NULL */
} copy_table;

/* Every table of the schema, parents before the tables that refer to them. */
extern const copy_table copy_tables[];
extern const size_t copy_table_count;

#endif
