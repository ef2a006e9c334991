/* config.c - the configuration keys, their defaults, validation and sources. */
#include "config.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "figures.h"
#include "ini.h"
#include "text.h"

typedef enum { KEY_TEXT, KEY_INT, KEY_HUNDREDTHS, KEY_CHOICE, KEY_FY } key_kind;

typedef struct {
    const char *section;
    const char *key;
    key_kind kind;
    size_t offset;          /* where the value lives in assure_config (an int for KEY_FY: 0 when empty) */
    long min, max;          /* for KEY_INT and KEY_HUNDREDTHS (in hundredths) */
    const char *choices[8]; /* for KEY_CHOICE, in enum order */
    const char *fallback;   /* the built-in default, as it would be written */
    const char *comment;    /* what the key means, for --print-config */
} config_key;

/* clang-format off */
#define AT(field) offsetof(assure_config, field)
#define NO_CHOICES {NULL}

static const config_key keys[] = {
    {"database", "path", KEY_TEXT, AT(database_path), 0, 0, NO_CHOICES, "",
     "--db and $ASSURE_DB override"},
    {"database", "programme", KEY_TEXT, AT(database_programme), 0, 0, NO_CHOICES, "",
     "PostgreSQL: the programme's schema (main unless set); --programme and $ASSURE_PROGRAMME override"},
    {"database", "busy_timeout", KEY_INT, AT(busy_timeout), 0, 3600, NO_CHOICES, "30",
     "seconds a save or import waits for a colleague's to finish before giving up"},
    {"display", "colour", KEY_CHOICE, AT(colour), 0, 0, {"auto", "always", "never", NULL}, "auto",
     "NO_COLOR set means never"},
    {"display", "charset", KEY_CHOICE, AT(charset), 0, 0, {"auto", "utf8", "ascii", NULL}, "auto",
     "auto: ascii unless the locale is UTF-8"},
    {"display", "refresh", KEY_INT, AT(refresh), 0, 3600, NO_CHOICES, "5",
     "seconds between checks for changes made by others (0 = off)"},
    {"display", "start", KEY_CHOICE, AT(start), 0, 0,
     {"overview", "savings", "staffing", "reviews", "risks", "actions", "plan", NULL}, "overview", "panel shown first"},
    {"display", "meeting_cycle", KEY_INT, AT(meeting_cycle), 2, 3600, NO_CHOICES, "30",
     "seconds per panel in meeting mode"},
    {"display", "mouse", KEY_CHOICE, AT(mouse), 0, 0, {"yes", "no", NULL}, "yes",
     "clicks choose tabs, rows, headings and heat-map cells; the wheel scrolls (--no-mouse: no)"},
    {"savings", "green_at", KEY_INT, AT(savings.green_at), 0, 1000, NO_CHOICES, "95",
     "forecast as % of target at or above which a line is green"},
    {"savings", "amber_at", KEY_INT, AT(savings.amber_at), 0, 1000, NO_CHOICES, "80",
     "below green_at and at or above this: amber; below: red"},
    {"staffing", "amber_pct", KEY_INT, AT(staffing.amber_pct), 0, 100, NO_CHOICES, "10",
     "uncovered vacancy % at or above which a row is amber"},
    {"staffing", "red_pct", KEY_INT, AT(staffing.red_pct), 0, 100, NO_CHOICES, "20",
     "uncovered vacancy % at or above which a row is red"},
    {"reviews", "target_per_fte_week", KEY_HUNDREDTHS, AT(reviews.target_per_fte_week), 1, 100000,
     NO_CHOICES, "2.0", "reviews per reviewing FTE per week"},
    {"reviews", "amber_at", KEY_INT, AT(reviews.amber_at), 0, 1000, NO_CHOICES, "90",
     "completed as % of target below which a team is amber"},
    {"reviews", "red_at", KEY_INT, AT(reviews.red_at), 0, 1000, NO_CHOICES, "75",
     "completed as % of target below which a team is red"},
    {"programme", "name", KEY_TEXT, AT(programme_name), 0, 0, NO_CHOICES,
     "Adult Social Care Transformation", "shown in every panel's header"},
    {"programme", "roi_principle", KEY_HUNDREDTHS, AT(roi_principle), 0, 100000, NO_CHOICES, "3.0",
     "minimum acceptable savings : investment"},
    {"programme", "fee_guarantee", KEY_HUNDREDTHS, AT(fee_guarantee), 0, 100000, NO_CHOICES, "1.3",
     "contingent fee: recurrent benefit guaranteed per pound of fee (0 = none)"},
    {"programme", "final_fy", KEY_FY, AT(final_fy), 0, 0, NO_CHOICES, "",
     "the programme's final year: its forecast is the recurrent run rate (empty: the last year with figures)"},
    {"risks", "low_max", KEY_INT, AT(risks.low_max), 1, 24, NO_CHOICES, "4",
     "score 1..low_max is low (green)"},
    {"risks", "medium_max", KEY_INT, AT(risks.medium_max), 1, 24, NO_CHOICES, "12",
     "up to medium_max is medium (amber), above is high (red)"},
    {"risks", "review_days", KEY_INT, AT(risks.review_days), 1, 366, NO_CHOICES, "28",
     "a risk whose next_review is past is overdue; a review moves it on this many days"},
};
/* clang-format on */
#define KEY_COUNT (sizeof keys / sizeof keys[0])

_Static_assert(KEY_COUNT <= 32, "assure_config.source has room for 32 keys");

static const config_key *find_key(const char *section, const char *key, size_t *index)
{
    for (size_t i = 0; i < KEY_COUNT; i++) {
        if (strcmp(keys[i].section, section) == 0 && strcmp(keys[i].key, key) == 0) {
            if (index != NULL)
                *index = i;
            return &keys[i];
        }
    }
    return NULL;
}

static bool section_is_known(const char *section)
{
    for (size_t i = 0; i < KEY_COUNT; i++)
        if (strcmp(keys[i].section, section) == 0)
            return true;
    return false;
}

/* "a, b, c" listing the keys of a section, or the sections when section is NULL. */
static void list_names(char *out, size_t size, const char *section)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < KEY_COUNT; i++) {
        const char *name = section != NULL ? keys[i].key : keys[i].section;
        if (section != NULL && strcmp(keys[i].section, section) != 0)
            continue;
        if (section == NULL && i > 0 && strcmp(keys[i - 1].section, keys[i].section) == 0)
            continue;
        int w = snprintf(out + n, size - n, "%s%s", n > 0 ? ", " : "", name);
        if (w < 0 || (size_t)w >= size - n)
            break;
        n += (size_t)w;
    }
}

static void describe_allowed(char *out, size_t size, const config_key *k)
{
    char low[32], high[32];
    switch (k->kind) {
    case KEY_TEXT: snprintf(out, size, "any text up to %d characters", CONFIG_TEXT_MAX - 1); break;
    case KEY_INT: snprintf(out, size, "a whole number from %ld to %ld", k->min, k->max); break;
    case KEY_HUNDREDTHS:
        decimal_format(low, sizeof low, decimal_of(k->min, 2));
        decimal_format(high, sizeof high, decimal_of(k->max, 2));
        snprintf(out, size, "a number from %s to %s, at most two decimals", low, high);
        break;
    case KEY_CHOICE: {
        size_t n = 0;
        out[0] = '\0';
        for (int i = 0; k->choices[i] != NULL; i++) {
            int w = snprintf(out + n, size - n, "%s%s", i > 0 ? " | " : "one of ", k->choices[i]);
            if (w < 0 || (size_t)w >= size - n)
                break;
            n += (size_t)w;
        }
        break;
    }
    case KEY_FY:
        snprintf(
            out, size,
            "a financial year such as 2027/28 (%d/%02d to %d/%02d), or nothing for the last year in which "
            "counted savings lines have figures",
            FY_FIRST, (FY_FIRST + 1) % 100, FY_LAST, (FY_LAST + 1) % 100);
        break;
    }
}

/* Parse text as key k into its place in cfg; false when it is not allowed. */
static bool store_value(assure_config *cfg, const config_key *k, const char *text)
{
    void *place = (char *)cfg + k->offset;
    switch (k->kind) {
    case KEY_TEXT:
        if (strlen(text) >= CONFIG_TEXT_MAX)
            return false;
        memcpy(place, text, strlen(text) + 1);
        return true;
    case KEY_INT: {
        int64_t value;
        if (!decimal_parse(text, 0, true, &value, NULL) || strchr(text, '.') != NULL)
            return false;
        if (value < k->min || value > k->max)
            return false;
        *(int *)place = (int)value;
        return true;
    }
    case KEY_HUNDREDTHS: {
        int64_t value;
        const char *dot = strchr(text, '.');
        if (dot != NULL && strspn(dot + 1, "0123456789") > 2)
            return false;
        if (!decimal_parse(text, 2, true, &value, NULL) || value < k->min || value > k->max)
            return false;
        *(int64_t *)place = value;
        return true;
    }
    case KEY_CHOICE:
        for (int i = 0; k->choices[i] != NULL; i++) {
            if (strcasecmp(text, k->choices[i]) == 0) {
                *(int *)place = i;
                return true;
            }
        }
        return false;
    case KEY_FY: {
        int fy = 0;
        if (text[0] != '\0' && !fy_parse(text, &fy, NULL))
            return false;
        *(int *)place = fy;
        return true;
    }
    }
    return false;
}

assure_status config_set(assure_config *cfg, const char *section, const char *key, const char *text,
                         const char *source, assure_error *err)
{
    size_t index;
    const config_key *k = find_key(section, key, &index);
    if (k == NULL)
        return error_set(err, ASSURE_USAGE, "%s: unknown key [%s] %s", source, section, key);
    if (!store_value(cfg, k, text)) {
        char allowed[256];
        describe_allowed(allowed, sizeof allowed, k);
        return error_set(err, ASSURE_USAGE, "%s: [%s] %s = \"%.80s\" is not allowed: expected %s", source,
                         section, key, text, allowed);
    }
    snprintf(cfg->source[index], sizeof cfg->source[index], "%s", source);
    return ASSURE_OK;
}

static void set_defaults(assure_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    for (size_t i = 0; i < KEY_COUNT; i++) {
        store_value(cfg, &keys[i], keys[i].fallback);
        snprintf(cfg->source[i], sizeof cfg->source[i], "default");
    }
}

/* Thresholds that contradict each other are as wrong as a value out of range. */
static assure_status check_consistency(const assure_config *cfg, const ini_file *ini, assure_error *err)
{
    static const struct {
        const char *section, *lower, *higher;
    } orders[] = {
        {"savings", "amber_at", "green_at"},
        {"staffing", "amber_pct", "red_pct"},
        {"reviews", "red_at", "amber_at"},
        {"risks", "low_max", "medium_max"},
    };
    for (size_t i = 0; i < sizeof orders / sizeof orders[0]; i++) {
        size_t lo, hi;
        const config_key *klo = find_key(orders[i].section, orders[i].lower, &lo);
        const config_key *khi = find_key(orders[i].section, orders[i].higher, &hi);
        int vlo = *(const int *)((const char *)cfg + klo->offset);
        int vhi = *(const int *)((const char *)cfg + khi->offset);
        bool strict = strcmp(orders[i].section, "risks") == 0;
        if (strict ? vlo < vhi : vlo <= vhi)
            continue;
        int line = ini != NULL ? ini_line_of(ini, orders[i].section, orders[i].lower) : 0;
        if (line == 0 && ini != NULL)
            line = ini_line_of(ini, orders[i].section, orders[i].higher);
        return error_set(err, ASSURE_USAGE, "%s:%d: [%s] %s (%d) must be %s %s (%d)",
                         ini != NULL ? ini_path(ini) : "configuration", line, orders[i].section,
                         orders[i].lower, vlo, strict ? "below" : "at most", orders[i].higher, vhi);
    }
    return ASSURE_OK;
}

/* A relative [database] path is the configuration file's neighbour: a shared
 * /etc/assure/assure.ini saying "path = programme.db" must not open whatever
 * programme.db is in the current directory of whoever runs assure.  (--db and
 * $ASSURE_DB, typed where the user is, stay relative to it.) */
static assure_status resolve_database_path(assure_config *cfg, const char *file, const char *source,
                                           assure_error *err)
{
    const char *slash = strrchr(file, '/');
    if (cfg->database_path[0] == '\0' || cfg->database_path[0] == '/' || slash == NULL ||
        strstr(cfg->database_path, "://") != NULL)
        return ASSURE_OK; /* none, absolute, a file in the current directory, or a server's */
    char joined[CONFIG_TEXT_MAX];
    int n = snprintf(joined, sizeof joined, "%.*s/%s", (int)(slash - file), file, cfg->database_path);
    if (n < 0 || (size_t)n >= sizeof joined)
        return error_set(err, ASSURE_USAGE,
                         "%s: [database] path is too long once put in the configuration file's directory",
                         source);
    memcpy(cfg->database_path, joined, (size_t)n + 1);
    return ASSURE_OK;
}

static assure_status apply_file(assure_config *cfg, const ini_file *ini, assure_error *err)
{
    const char *path = ini_path(ini);
    for (size_t i = 0; i < ini_section_count(ini); i++) {
        int line;
        const char *section = ini_section_name(ini, i, &line);
        if (!section_is_known(section)) {
            char known[256];
            list_names(known, sizeof known, NULL);
            return error_set(err, ASSURE_USAGE, "%s:%d: unknown section [%s]; known sections: %s", path, line,
                             section, known);
        }
    }
    for (size_t i = 0; i < ini_key_count(ini); i++) {
        const char *section;
        int line;
        const char *key = ini_key_name(ini, i, &section, &line);
        if (find_key(section, key, NULL) == NULL) {
            char known[256];
            list_names(known, sizeof known, section);
            return error_set(err, ASSURE_USAGE, "%s:%d: unknown key '%s' in [%s]; known keys: %s", path, line,
                             key, section, known);
        }
        const char *value = ini_get(ini, section, key);
        char source[CONFIG_SOURCE_MAX];
        snprintf(source, sizeof source, "%s:%d", path, line);
        assure_status status = config_set(cfg, section, key, value != NULL ? value : "", source, err);
        if (status == ASSURE_OK && strcmp(section, "database") == 0 && strcmp(key, "path") == 0)
            status = resolve_database_path(cfg, path, source, err);
        if (status != ASSURE_OK)
            return status;
    }
    return check_consistency(cfg, ini, err);
}

/* The file to read: the first that the lookup order names and that exists.
 * A file named explicitly (--config, $ASSURE_CONFIG) must exist. */
static assure_status choose_file(const config_lookup *lookup, char *path, size_t size, assure_error *err)
{
    path[0] = '\0';
    if (lookup->config_option != NULL) {
        snprintf(path, size, "%s", lookup->config_option);
        if (access(path, R_OK) != 0)
            return error_set(err, ASSURE_USAGE, "%s: cannot read the file given by --config: %s", path,
                             strerror(errno));
        return ASSURE_OK;
    }
    if (lookup->assure_config != NULL && *lookup->assure_config != '\0') {
        snprintf(path, size, "%s", lookup->assure_config);
        if (access(path, R_OK) != 0)
            return error_set(err, ASSURE_USAGE, "%s: cannot read the file named by $ASSURE_CONFIG: %s", path,
                             strerror(errno));
        return ASSURE_OK;
    }
    char candidate[CONFIG_TEXT_MAX];
    candidate[0] = '\0';
    if (lookup->xdg_config_home != NULL && *lookup->xdg_config_home == '/')
        snprintf(candidate, sizeof candidate, "%s/assure/assure.ini", lookup->xdg_config_home);
    else if (lookup->home != NULL && *lookup->home != '\0')
        snprintf(candidate, sizeof candidate, "%s/.config/assure/assure.ini", lookup->home);
    if (candidate[0] != '\0' && access(candidate, F_OK) == 0) {
        snprintf(path, size, "%s", candidate);
        return ASSURE_OK;
    }
    if (lookup->system_file != NULL && access(lookup->system_file, F_OK) == 0)
        snprintf(path, size, "%s", lookup->system_file);
    return ASSURE_OK;
}

assure_status config_load(const config_lookup *lookup, assure_config *cfg, assure_error *err)
{
    set_defaults(cfg);
    char path[CONFIG_TEXT_MAX];
    assure_status status = choose_file(lookup, path, sizeof path, err);
    if (status != ASSURE_OK || path[0] == '\0')
        return status;
    ini_file *ini;
    status = ini_load(path, &ini, err);
    if (status != ASSURE_OK)
        return status;
    snprintf(cfg->file, sizeof cfg->file, "%s", path);
    status = apply_file(cfg, ini, err);
    ini_free(ini);
    return status;
}

/* Quote a value when iniparser would otherwise cut or trim it.  Values,
 * paths and $ASSURE_DB come from whoever wrote them: shown visibly, never
 * sent to the terminal as controls. */
static void write_value(FILE *out, const char *raw)
{
    char value[(CONFIG_TEXT_MAX + 32) * 8];
    text_visible(value, sizeof value, raw);
    bool quote = strpbrk(value, ";#\"") != NULL || value[0] == ' ' ||
                 (value[0] != '\0' && value[strlen(value) - 1] == ' ');
    if (!quote) {
        fputs(value, out);
        return;
    }
    fputc('"', out);
    for (const char *p = value; *p; p++) {
        if (*p == '"' || *p == '\\')
            fputc('\\', out);
        fputc(*p, out);
    }
    fputc('"', out);
}

void config_print(const assure_config *cfg, FILE *out)
{
    char shown[CONFIG_SOURCE_MAX * 8];
    text_visible(shown, sizeof shown, cfg->file[0] ? cfg->file : "built-in defaults only");
    fprintf(out, "; assure configuration, read from %s\n", shown);
    const char *section = "";
    for (size_t i = 0; i < KEY_COUNT; i++) {
        const config_key *k = &keys[i];
        if (strcmp(section, k->section) != 0) {
            fprintf(out, "%s[%s]\n", i > 0 ? "\n" : "", k->section);
            section = k->section;
        }
        char value[CONFIG_TEXT_MAX + 32];
        const void *place = (const char *)cfg + k->offset;
        switch (k->kind) {
        case KEY_TEXT: snprintf(value, sizeof value, "%s", (const char *)place); break;
        case KEY_INT: snprintf(value, sizeof value, "%d", *(const int *)place); break;
        case KEY_HUNDREDTHS:
            decimal_format(value, sizeof value, decimal_of(*(const int64_t *)place, 2));
            break;
        case KEY_CHOICE: snprintf(value, sizeof value, "%s", k->choices[*(const int *)place]); break;
        case KEY_FY:
            value[0] = '\0';
            if (*(const int *)place != 0)
                fy_format(value, sizeof value, *(const int *)place);
            break;
        }
        fprintf(out, "; %s\n%s = ", k->comment, k->key);
        write_value(out, value);
        text_visible(shown, sizeof shown, cfg->source[i]);
        fprintf(out, "  ; from %s\n", shown);
    }
}

static const char *const panel_names[PANEL_COUNT] = {"overview", "savings", "staffing", "reviews",
                                                     "risks",    "actions", "plan"};

const char *panel_name(panel_id panel)
{
    return (unsigned)panel < PANEL_COUNT ? panel_names[panel] : "";
}

bool panel_parse(const char *text, panel_id *out)
{
    for (int i = 0; i < PANEL_COUNT; i++) {
        if (strcasecmp(text, panel_names[i]) == 0) {
            *out = (panel_id)i;
            return true;
        }
    }
    return false;
}

assure_status config_set_today(assure_config *cfg, const char *text, const char *source, assure_error *err)
{
    cfg->today_fixed = false;
    if (text == NULL || *text == '\0')
        return ASSURE_OK;
    const char *why = "";
    if (!date_parse(text, &cfg->today, &why))
        return error_set(err, ASSURE_USAGE, "%s=%s: %s", source, text, why);
    cfg->today_fixed = true;
    return ASSURE_OK;
}

calendar_date config_today(const assure_config *cfg)
{
    if (cfg->today_fixed)
        return cfg->today;
    time_t now = time(NULL);
    struct tm local;
    localtime_r(&now, &local);
    return (calendar_date){local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}
