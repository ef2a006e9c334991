/* schema.h - the migrations that build the schema (private to store/). */
#ifndef ASSURE_SCHEMA_H
#define ASSURE_SCHEMA_H

#include "store.h"

#define SCHEMA_LATEST STORE_SCHEMA_VERSION
/* The version from which the audit trail is a hash chain. */
#define SCHEMA_CHAINED 5

/* The SQL that takes a database from version - 1 to version, or NULL. */
const char *schema_migration(int version);

#endif
