/* bridge.c - the budget bridge by financial year. */
#include "bridge.h"

#include <string.h>

#include "text.h"
#include "totals.h"

static const char *const section_names[BRIDGE_SECTION_COUNT] = {
    "budget", "savings_undelivered", "overspend", "underspend", "pressure", "funding", "action",
};

static const char *const section_labels[BRIDGE_SECTION_COUNT] = {
    "Budget",  "Savings to deliver", "Overspends", "Underspends", "Demand pressures",
    "Funding", "Planned actions",
};

/* The words a council's bridge uses for each section, by their text_key. */
static const struct {
    const char *key;
    bridge_section section;
} section_synonyms[] = {
    {"budget", BRIDGE_BUDGET},
    {"savingsundelivered", BRIDGE_SAVINGS_UNDELIVERED},
    {"undeliveredsavings", BRIDGE_SAVINGS_UNDELIVERED},
    {"savingsstilltodeliver", BRIDGE_SAVINGS_UNDELIVERED},
    {"savingsstilltobedelivered", BRIDGE_SAVINGS_UNDELIVERED},
    {"savingstobeachieved", BRIDGE_SAVINGS_UNDELIVERED},
    {"overspend", BRIDGE_OVERSPEND},
    {"overspends", BRIDGE_OVERSPEND},
    {"underspend", BRIDGE_UNDERSPEND},
    {"underspends", BRIDGE_UNDERSPEND},
    {"pressure", BRIDGE_PRESSURE},
    {"pressures", BRIDGE_PRESSURE},
    {"demandpressure", BRIDGE_PRESSURE},
    {"demandpressures", BRIDGE_PRESSURE},
    {"funding", BRIDGE_FUNDING},
    {"action", BRIDGE_ACTION},
    {"actions", BRIDGE_ACTION},
    {"plannedaction", BRIDGE_ACTION},
    {"plannedactions", BRIDGE_ACTION},
};

const char *bridge_section_name(bridge_section section)
{
    return (unsigned)section < BRIDGE_SECTION_COUNT ? section_names[section] : "";
}

const char *bridge_section_label(bridge_section section)
{
    return (unsigned)section < BRIDGE_SECTION_COUNT ? section_labels[section] : "";
}

bool bridge_section_parse(const char *text, bridge_section *out)
{
    char key[64];
    text_key(key, sizeof key, text);
    for (size_t i = 0; i < sizeof section_synonyms / sizeof section_synonyms[0]; i++) {
        if (strcmp(key, section_synonyms[i].key) == 0) {
            *out = section_synonyms[i].section;
            return true;
        }
    }
    return false;
}

static void year_start(bridge_year *y, int fy)
{
    memset(y, 0, sizeof *y);
    y->fy = fy;
    y->budget = y->forecast = y->variance = y->revised_variance = MONEY_UNKNOWN;
    y->actions = 0;
}

size_t bridge_years(const bridge_row *rows, size_t n, bridge_year *out)
{
    /* The FYs, ascending (a bridge names a handful: insertion). */
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        size_t at = 0;
        while (at < count && out[at].fy < rows[i].fy)
            at++;
        if (at < count && out[at].fy == rows[i].fy)
            continue;
        memmove(&out[at + 1], &out[at], (count - at) * sizeof *out);
        year_start(&out[at], rows[i].fy);
        count++;
    }
    for (size_t y = 0; y < count; y++) {
        bridge_year *year = &out[y];
        bool own = false;
        for (size_t i = 0; i < n; i++) {
            if (rows[i].fy != year->fy || rows[i].amount == MONEY_UNKNOWN)
                continue;
            year->sections[rows[i].section] = money_add(year->sections[rows[i].section], rows[i].amount);
            if (rows[i].section != BRIDGE_ACTION)
                own = true;
        }
        year->actions = year->sections[BRIDGE_ACTION];
        if (own) {
            /* forecast outturn = every section but the actions */
            money forecast = 0;
            for (int s = 0; s < BRIDGE_SECTION_COUNT; s++)
                if (s != BRIDGE_ACTION)
                    forecast = money_add(forecast, year->sections[s]);
            year->budget = year->sections[BRIDGE_BUDGET];
            year->forecast = forecast;
            year->variance = money_add(forecast, -year->budget);
        } else {
            /* only actions: the latest earlier year's position stands */
            for (size_t e = y; e-- > 0;) {
                if (out[e].carried_from == 0 && out[e].forecast != MONEY_UNKNOWN) {
                    year->carried_from = out[e].fy;
                    year->budget = out[e].budget;
                    year->forecast = out[e].forecast;
                    year->variance = out[e].variance;
                    for (int s = 0; s < BRIDGE_ACTION; s++)
                        year->sections[s] = out[e].sections[s];
                    break;
                }
            }
        }
        if (year->variance != MONEY_UNKNOWN)
            year->revised_variance = money_add(year->variance, year->actions);
    }
    return count;
}

bridge_declares bridge_declared(const char *section_text, const char *name, bridge_section *section)
{
    char key[64];
    text_key(key, sizeof key, section_text != NULL ? section_text : "");
    if (strcmp(key, "forecast") == 0 || strcmp(key, "outturn") == 0 || strcmp(key, "forecastoutturn") == 0 ||
        strcmp(key, "revisedforecast") == 0)
        return BRIDGE_DECLARES_FORECAST;
    if (strcmp(key, "variance") == 0)
        return BRIDGE_DECLARES_VARIANCE;
    if (strcmp(key, "revisedvariance") == 0 || strcmp(key, "revisedposition") == 0)
        return BRIDGE_DECLARES_REVISED;
    if (!totals_label_is_total(name))
        return BRIDGE_DECLARES_NOTHING;
    if (key[0] == '\0')
        return BRIDGE_DECLARES_FORECAST;
    if (!bridge_section_parse(section_text, section))
        return BRIDGE_DECLARES_NOTHING; /* a bad section: reported as a row's */
    return BRIDGE_DECLARES_SECTION;
}

const char *bridge_declares_name(bridge_declares what, bridge_section section)
{
    switch (what) {
    case BRIDGE_DECLARES_SECTION: return bridge_section_name(section);
    case BRIDGE_DECLARES_FORECAST: return "forecast";
    case BRIDGE_DECLARES_VARIANCE: return "variance";
    case BRIDGE_DECLARES_REVISED: return "revised_variance";
    case BRIDGE_DECLARES_NOTHING: break;
    }
    return "";
}
