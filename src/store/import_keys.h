/* import_keys.h - the keys an import has written, and the line each was
 * first on: duplicates in the file, and with --replace the stored rows the
 * file no longer holds (private to store/). */
#ifndef ASSURE_IMPORT_KEYS_H
#define ASSURE_IMPORT_KEYS_H

#include <stdbool.h>

typedef struct import_keys import_keys;

import_keys *import_keys_new(void);
/* Note key as on line: 0 when it is new, else the line that held it first;
 * -1 when out of memory. */
int import_keys_note(import_keys *k, const char *key, int line);
bool import_keys_has(const import_keys *k, const char *key);
void import_keys_free(import_keys *k);

#endif
