/* tables.h - how the user's tables are stored (private to store/): each
 * table_id's SQL tables and statements, one definition each (tables.c). */
#ifndef ASSURE_TABLES_H
#define ASSURE_TABLES_H

#include "store_internal.h"

#define MAX_COLUMNS 16

/* A table as stored: its SQL and which of the table_def's fields are its
 * columns, keys first.  Every statement binds the columns as ?1..?n in this
 * order, the key statements only the first nkeys. */
typedef struct {
    const char *name; /* the SQL table: savings_line */
    table_id table;
    int columns[MAX_COLUMNS];
    size_t ncolumns, nkeys;
    const char *select_one, *insert, *update, *delete_one, *select_all;
} stored_table;

/* Everything the store keeps of one of the user's tables. */
typedef struct {
    stored_table rows;    /* its rows (savings: the lines) */
    stored_table profile; /* savings: the profile years, imported with the lines; name NULL for the others */
    const char *beside;   /* the SQL table of what each row keeps beside it, read with it but not
                             imported: a risk's score history, an investment's costs by year; or NULL */
    bool export_streamed; /* 'assure export' writes its rows one at a time, so can write out a
                             table of any size */
} store_table_def;

const store_table_def *store_table_def_get(table_id table);

/* The stored form of a table's main part, or of savings' profile years (NULL for the others'). */
const stored_table *stored_table_for(table_id table, import_part part);
/* The user's name for the table a stored table holds rows of: in the audit trail and messages. */
const char *stored_label(const stored_table *t);

/* The SQL table of a part of a table, or NULL when it has no such part. */
typedef enum { STORED_ROWS, STORED_PROFILE, STORED_BESIDE } stored_part;
const char *stored_name(table_id table, stored_part part);

#endif
