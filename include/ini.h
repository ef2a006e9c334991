/* ini.h - reading INI files through iniparser 4.1, safely.
 *
 * Used for assure.ini and the screen layouts.  Loading scans the file first
 * for what iniparser does not report well (a byte order mark, overlong lines,
 * syntax errors with their line, duplicate keys, keys outside a section) and
 * records the line of every section and key, so that callers can name
 * FILE:LINE in their own messages.  Values come from iniparser's string
 * getter only: its typed getters crash on section names (CVE-2023-33461).
 */
#ifndef ASSURE_INI_H
#define ASSURE_INI_H

#include <stddef.h>

#include "error.h"

typedef struct ini_file ini_file;

/* Load path.  On failure returns ASSURE_USAGE (a file that cannot be read or
 * parsed is a configuration error) with the message naming FILE:LINE. */
assure_status ini_load(const char *path, ini_file **out, assure_error *err);
void ini_free(ini_file *ini);

const char *ini_path(const ini_file *ini);
size_t ini_section_count(const ini_file *ini);
/* Lowercased section name and the line it first appears on. */
const char *ini_section_name(const ini_file *ini, size_t index, int *line);
size_t ini_key_count(const ini_file *ini);
/* The index-th key in file order: its lowercased section and key, and line. */
const char *ini_key_name(const ini_file *ini, size_t index, const char **section, int *line);
/* The value of section:key as iniparser reads it (quotes removed, comments
 * stripped), or NULL when absent. */
const char *ini_get(const ini_file *ini, const char *section, const char *key);
/* Line of section:key, 0 when absent. */
int ini_line_of(const ini_file *ini, const char *section, const char *key);

#endif
