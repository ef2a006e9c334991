/* ini.c - a careful front end to iniparser 4.1. */
#include "ini.h"

#include <ctype.h>
#include <errno.h>
#include <iniparser.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "array.h"

#define INI_LINE_MAX 1023      /* iniparser's line buffer holds 1024 bytes with the newline */
#define INI_FILE_MAX (1 << 20) /* a configuration or layout file is a few kilobytes */
#define INI_NAME_MAX 64

typedef struct {
    char section[INI_NAME_MAX];
    char key[INI_NAME_MAX]; /* "" for a section heading */
    int line;
} ini_entry;

struct ini_file {
    char *path;
    dictionary *dictionary;
    ini_entry *sections;
    size_t nsections, sections_capacity;
    ini_entry *keys;
    size_t nkeys, keys_capacity;
};

/* iniparser reports through one process-wide callback; loading is not
 * re-entrant, so one buffer for what it says is enough. */
static char iniparser_said[512];

static int capture_iniparser_message(const char *format, ...)
{
    size_t used = strlen(iniparser_said);
    va_list args;
    va_start(args, format);
    int n = vsnprintf(iniparser_said + used, sizeof iniparser_said - used, format, args);
    va_end(args);
    return n;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

static void lowercase_copy(char *out, size_t size, const char *in, size_t length)
{
    size_t n = length < size - 1 ? length : size - 1;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)in[i]);
    out[n] = '\0';
}

static bool append_entry(ini_entry **array, size_t *count, size_t *capacity, const char *section,
                         const char *key, int line)
{
    ini_entry *grown = array_grow(*array, capacity, *count + 1, sizeof **array);
    if (grown == NULL)
        return false;
    *array = grown;
    snprintf(grown[*count].section, sizeof grown[*count].section, "%s", section);
    snprintf(grown[*count].key, sizeof grown[*count].key, "%s", key);
    grown[*count].line = line;
    (*count)++;
    return true;
}

static assure_status read_whole_file(const char *path, char **out, size_t *length, assure_error *err)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return error_set(err, ASSURE_USAGE, "%s: cannot read: %s", path, strerror(errno));
    char *text = malloc(INI_FILE_MAX + 1);
    if (text == NULL) {
        fclose(f);
        return error_set(err, ASSURE_USAGE, "%s: out of memory", path);
    }
    size_t n = fread(text, 1, INI_FILE_MAX + 1, f);
    bool failed = ferror(f) != 0;
    fclose(f);
    if (failed) {
        free(text);
        return error_set(err, ASSURE_USAGE, "%s: cannot read: input error", path);
    }
    if (n > INI_FILE_MAX) {
        free(text);
        return error_set(err, ASSURE_USAGE, "%s: too large (over %d bytes) for an INI file", path,
                         INI_FILE_MAX);
    }
    text[n] = '\0';
    if (memchr(text, '\0', n) != NULL) {
        free(text);
        return error_set(err, ASSURE_USAGE, "%s: not a text file (it contains NUL bytes)", path);
    }
    *out = text;
    *length = n;
    return ASSURE_OK;
}

/* Scan the text line by line as iniparser will, recording sections and keys
 * and refusing what iniparser would refuse or silently get wrong. */
static assure_status scan(ini_file *ini, char *text, assure_error *err)
{
    char section[INI_NAME_MAX] = "";
    bool have_section = false;
    bool continued = false;
    int number = 0;
    char *line = text;
    while (*line != '\0') {
        char *newline = strchr(line, '\n');
        char *next = newline != NULL ? newline + 1 : line + strlen(line);
        if (newline != NULL)
            *newline = '\0';
        number++;
        if (strlen(line) > INI_LINE_MAX)
            return error_set(err, ASSURE_USAGE, "%s:%d: line longer than %d characters", ini->path, number,
                             INI_LINE_MAX);
        char *s = trim(line);
        size_t length = strlen(s);
        bool continues = length > 0 && s[length - 1] == '\\';
        if (continued || length == 0 || s[0] == ';' || s[0] == '#') {
            continued = continued && continues;
            line = next;
            continue;
        }
        continued = continues;
        if (s[0] == '[') {
            if (s[length - 1] != ']')
                return error_set(err, ASSURE_USAGE,
                                 "%s:%d: a section heading must be [name] alone on its line", ini->path,
                                 number);
            char *name = trim(s + 1);
            name[strlen(name) - 1] = '\0';
            name = trim(name);
            if (*name == '\0' || strchr(name, ':') != NULL || strchr(name, ']') != NULL ||
                strlen(name) >= INI_NAME_MAX)
                return error_set(err, ASSURE_USAGE, "%s:%d: not a section name: [%s]", ini->path, number,
                                 name);
            lowercase_copy(section, sizeof section, name, strlen(name));
            have_section = true;
            bool seen = false;
            for (size_t i = 0; i < ini->nsections; i++)
                seen = seen || strcmp(ini->sections[i].section, section) == 0;
            if (!seen &&
                !append_entry(&ini->sections, &ini->nsections, &ini->sections_capacity, section, "", number))
                return error_set(err, ASSURE_USAGE, "%s: out of memory", ini->path);
        } else {
            char *equals = strchr(s, '=');
            if (equals == NULL)
                return error_set(err, ASSURE_USAGE,
                                 "%s:%d: expected [section] or key = value, found \"%.60s\"", ini->path,
                                 number, s);
            *equals = '\0';
            char *name = trim(s);
            if (*name == '\0' || strchr(name, ':') != NULL || strlen(name) >= INI_NAME_MAX)
                return error_set(err, ASSURE_USAGE, "%s:%d: not a key name before '='", ini->path, number);
            if (!have_section)
                return error_set(err, ASSURE_USAGE, "%s:%d: key '%s' comes before any [section]", ini->path,
                                 number, name);
            char key[INI_NAME_MAX];
            lowercase_copy(key, sizeof key, name, strlen(name));
            for (size_t i = 0; i < ini->nkeys; i++)
                if (strcmp(ini->keys[i].section, section) == 0 && strcmp(ini->keys[i].key, key) == 0)
                    return error_set(err, ASSURE_USAGE, "%s:%d: [%s] %s is already set on line %d", ini->path,
                                     number, section, key, ini->keys[i].line);
            if (!append_entry(&ini->keys, &ini->nkeys, &ini->keys_capacity, section, key, number))
                return error_set(err, ASSURE_USAGE, "%s: out of memory", ini->path);
        }
        line = next;
    }
    return ASSURE_OK;
}

/* iniparser refuses a byte order mark: give it a copy without one. */
static assure_status load_dictionary(ini_file *ini, const char *text, size_t length, bool has_bom,
                                     assure_error *err)
{
    char temporary[4096] = "";
    const char *load_path = ini->path;
    if (has_bom) {
        const char *dir = getenv("TMPDIR");
        snprintf(temporary, sizeof temporary, "%s/assure-ini-XXXXXX", dir != NULL && *dir ? dir : "/tmp");
        int fd = mkstemp(temporary);
        if (fd < 0)
            return error_set(err, ASSURE_USAGE,
                             "%s: cannot make a temporary copy without its byte order mark: %s", ini->path,
                             strerror(errno));
        size_t done = 0;
        while (done < length - 3) {
            ssize_t w = write(fd, text + 3 + done, length - 3 - done);
            if (w <= 0)
                break;
            done += (size_t)w;
        }
        close(fd);
        if (done != length - 3) {
            unlink(temporary);
            return error_set(err, ASSURE_USAGE, "%s: cannot write a temporary copy", ini->path);
        }
        load_path = temporary;
    }
    iniparser_said[0] = '\0';
    iniparser_set_error_callback(capture_iniparser_message);
    ini->dictionary = iniparser_load(load_path);
    iniparser_set_error_callback(NULL);
    if (has_bom)
        unlink(temporary);
    if (ini->dictionary == NULL) {
        char *said = trim(iniparser_said);
        for (char *p = said; *p; p++)
            if (*p == '\n')
                *p = ' ';
        return error_set(err, ASSURE_USAGE, "%s: cannot be read as INI: %s", ini->path,
                         *said ? said : "iniparser gave no reason");
    }
    return ASSURE_OK;
}

assure_status ini_load(const char *path, ini_file **out, assure_error *err)
{
    *out = NULL;
    ini_file *ini = calloc(1, sizeof *ini);
    if (ini == NULL || (ini->path = strdup(path)) == NULL) {
        free(ini);
        return error_set(err, ASSURE_USAGE, "%s: out of memory", path);
    }
    char *text = NULL;
    size_t length = 0;
    assure_status status = read_whole_file(path, &text, &length, err);
    if (status == ASSURE_OK) {
        bool has_bom = length >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0;
        char *scanned = strdup(has_bom ? text + 3 : text);
        if (scanned == NULL)
            status = error_set(err, ASSURE_USAGE, "%s: out of memory", path);
        else
            status = scan(ini, scanned, err);
        free(scanned);
        if (status == ASSURE_OK)
            status = load_dictionary(ini, text, length, has_bom, err);
    }
    free(text);
    if (status != ASSURE_OK) {
        ini_free(ini);
        return status;
    }
    *out = ini;
    return ASSURE_OK;
}

void ini_free(ini_file *ini)
{
    if (ini == NULL)
        return;
    if (ini->dictionary != NULL)
        iniparser_freedict(ini->dictionary);
    free(ini->sections);
    free(ini->keys);
    free(ini->path);
    free(ini);
}

const char *ini_path(const ini_file *ini)
{
    return ini->path;
}

size_t ini_section_count(const ini_file *ini)
{
    return ini->nsections;
}

const char *ini_section_name(const ini_file *ini, size_t index, int *line)
{
    if (index >= ini->nsections)
        return NULL;
    if (line != NULL)
        *line = ini->sections[index].line;
    return ini->sections[index].section;
}

size_t ini_key_count(const ini_file *ini)
{
    return ini->nkeys;
}

const char *ini_key_name(const ini_file *ini, size_t index, const char **section, int *line)
{
    if (index >= ini->nkeys)
        return NULL;
    if (section != NULL)
        *section = ini->keys[index].section;
    if (line != NULL)
        *line = ini->keys[index].line;
    return ini->keys[index].key;
}

const char *ini_get(const ini_file *ini, const char *section, const char *key)
{
    char full[2 * INI_NAME_MAX + 2];
    snprintf(full, sizeof full, "%s:%s", section, key);
    return iniparser_getstring(ini->dictionary, full, NULL);
}

int ini_line_of(const ini_file *ini, const char *section, const char *key)
{
    for (size_t i = 0; i < ini->nkeys; i++)
        if (strcmp(ini->keys[i].section, section) == 0 && strcmp(ini->keys[i].key, key) == 0)
            return ini->keys[i].line;
    return 0;
}
