/* config.h - assure.ini: lookup order, defaults, validation (SPEC §3).
 *
 * The first file found is used: --config FILE, $ASSURE_CONFIG,
 * $XDG_CONFIG_HOME/assure/assure.ini (default ~/.config/assure/assure.ini),
 * /etc/assure/assure.ini; built-in defaults otherwise.  Every value remembers
 * where it came from, for --print-config.
 */
#ifndef ASSURE_CONFIG_H
#define ASSURE_CONFIG_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "calendar.h"
#include "error.h"
#include "reviews.h"
#include "risks.h"
#include "savings.h"
#include "staffing.h"

typedef enum { COLOUR_AUTO, COLOUR_ALWAYS, COLOUR_NEVER } colour_mode;
typedef enum { CHARSET_AUTO, CHARSET_UTF8, CHARSET_ASCII } charset_mode;
typedef enum { MOUSE_YES, MOUSE_NO } mouse_mode;
typedef enum {
    PANEL_OVERVIEW,
    PANEL_SAVINGS,
    PANEL_STAFFING,
    PANEL_REVIEWS,
    PANEL_RISKS,
    PANEL_ACTIONS,
    PANEL_PLAN
} panel_id;
#define PANEL_COUNT 7

#define CONFIG_TEXT_MAX   1024
#define CONFIG_SOURCE_MAX 1100

typedef struct {
    char database_path[CONFIG_TEXT_MAX];
    char database_programme[CONFIG_TEXT_MAX]; /* PostgreSQL: which programme; "" is main */
    int busy_timeout; /* seconds a write waits for another's to finish */
    colour_mode colour;
    charset_mode charset;
    int refresh; /* seconds between checks for others' changes, 0 = off */
    panel_id start;
    int meeting_cycle; /* seconds per panel in meeting mode */
    mouse_mode mouse;  /* clicks and the wheel in the dashboard */
    savings_thresholds savings;
    staffing_thresholds staffing;
    reviews_thresholds reviews;
    char programme_name[CONFIG_TEXT_MAX];
    int64_t roi_principle; /* hundredths: 3.0 is 300 */
    int64_t fee_guarantee; /* hundredths: 1.3 is 130; 0 = none */
    int final_fy;          /* the run rate's year (2027 is 2027/28); 0 = the last with figures */
    risk_bands risks;

    bool read_only; /* --read-only: no command may write (not an assure.ini key) */
    /* Today as $ASSURE_TODAY fixes it (checked once, at start); when not
     * fixed, config_today reads the clock. */
    bool today_fixed;
    calendar_date today;

    char file[CONFIG_TEXT_MAX];         /* the file read, or "" for defaults only */
    char source[32][CONFIG_SOURCE_MAX]; /* where each key's value came from, by key index */
} assure_config;

/* What the lookup reads from the environment, passed in so tests can set it. */
typedef struct {
    const char *config_option; /* --config FILE, or NULL */
    const char *assure_config; /* $ASSURE_CONFIG */
    const char *xdg_config_home;
    const char *home;
    const char *system_file; /* normally /etc/assure/assure.ini */
} config_lookup;

/* Fill cfg with defaults, then the first file found.  An unreadable file,
 * unknown section or key, or bad value is ASSURE_USAGE with FILE:LINE, the
 * key and the allowed values. */
assure_status config_load(const config_lookup *lookup, assure_config *cfg, assure_error *err);

/* Set section.key from text, recording source; the same validation as a file. */
assure_status config_set(assure_config *cfg, const char *section, const char *key, const char *text,
                         const char *source, assure_error *err);

/* Fix today from text ($ASSURE_TODAY: YYYY-MM-DD); "" or NULL leaves it to
 * the clock.  A date that is no date is ASSURE_USAGE, naming source. */
assure_status config_set_today(assure_config *cfg, const char *text, const char *source, assure_error *err);
/* Today: the date fixed, else the local date now. */
calendar_date config_today(const assure_config *cfg);

/* Write the effective configuration as INI, each value with its source. */
void config_print(const assure_config *cfg, FILE *out);

const char *panel_name(panel_id panel); /* "overview" ... */
bool panel_parse(const char *text, panel_id *out);

#endif
