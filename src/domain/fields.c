/* fields.c - the parsing, writing and comparing of every value a user can give. */
#include "fields.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "bridge.h"
#include "calendar.h"
#include "highlights.h"
#include "investment.h"
#include "kpis.h"
#include "milestones.h"
#include "project_register.h"
#include "raid.h"
#include "reviews.h"
#include "risks.h"
#include "savings.h"
#include "text.h"

#define TEXT_MAX 100000 /* bytes: a description or mitigation can be long, not unbounded */
#define REF_MAX  64

static const char *const measure_names[] = {"target", "stretch", "forecast", "actual"};

/* A measure by name, or by a label naming one as printed tables do
 * ("Reductions target", "Stretch targets", "Forecast savings"): a stretch
 * target is stretch; -1 when it names none. */
static int measure_of_label(const char *text)
{
    for (int i = 0; i < 4; i++)
        if (text_same_key(text, measure_names[i]))
            return i;
    static const struct {
        const char *word;
        int measure;
    } words[] = {
        {"stretch", 1}, {"forecast", 2},  {"forecasts", 2}, {"actual", 3},
        {"actuals", 3}, {"delivered", 3}, {"target", 0},    {"targets", 0},
    };
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t n = strlen(words[w].word);
        for (const char *p = text; *p; p++) {
            bool starts = p == text || !isalnum((unsigned char)p[-1]);
            if (starts && strncasecmp(p, words[w].word, n) == 0 && !isalnum((unsigned char)p[n]))
                return words[w].measure;
        }
    }
    return -1;
}

char *field_trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    return s;
}

static bool has_control_characters(const char *text)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if (*p < 0x20 || *p == 0x7F)
            return true;
    return false;
}

static bool parse_whole(const char *text, int64_t min, int64_t max, int64_t *out, const char **why)
{
    int64_t value;
    if (strchr(text, '.') != NULL) {
        *why = "must be a whole number";
        return false;
    }
    if (!decimal_parse(text, 0, true, &value, why))
        return false; /* its reason: two signs, commas, not a number */
    if (value < min || value > max) {
        *why = min == 0 && value < 0 ? "must not be negative" : "out of range";
        return false;
    }
    *out = value;
    return true;
}

bool field_parse(const field_def *f, const char *text, const money_options *money_reading, field_value *out,
                 const char **why)
{
    static const char *ignored;
    if (why == NULL)
        why = &ignored;
    out->blank = false;
    out->number = 0;
    out->text = NULL;
    if (text[0] == '\0' && f->fallback != NULL)
        text = f->fallback;
    if (text[0] == '\0') {
        out->blank = true;
        if (f->required) {
            *why = "required, but blank";
            return false;
        }
        if (f->kind == FIELD_MONEY)
            out->number = MONEY_UNKNOWN;
        return true;
    }
    switch (f->kind) {
    case FIELD_TEXT:
        if (strlen(text) > TEXT_MAX) {
            *why = "longer than 100,000 characters";
            return false;
        }
        out->text = text;
        return true;
    case FIELD_REF:
        if (strlen(text) > REF_MAX) {
            *why = "longer than 64 characters";
            return false;
        }
        if (has_control_characters(text)) {
            *why = "contains a control character";
            return false;
        }
        out->text = text;
        return true;
    case FIELD_MONEY: {
        money_parsed parsed;
        if (!money_parse(text, money_reading != NULL ? money_reading->unit : 1, &parsed, why))
            return false;
        out->number = parsed.value;
        if (money_reading != NULL && money_reading->negate && parsed.value != MONEY_UNKNOWN)
            out->number = -parsed.value;
        out->blank = parsed.value == MONEY_UNKNOWN;
        return true;
    }
    case FIELD_FTE:
    case FIELD_SIGNED_FTE:
        if (!fte_parse(text, f->kind == FIELD_SIGNED_FTE, &out->number, why))
            return false;
        if (out->number > 100000000 || out->number < -100000000) {
            *why = "more FTE than any council employs";
            return false;
        }
        return true;
    case FIELD_DATE: {
        calendar_date date;
        /* a period may be written as its month: that month's first day */
        if (!(strcmp(f->name, "period") == 0 && month_parse(text, &date)) && !date_parse(text, &date, why))
            return false;
        out->number = date_to_days(date);
        return true;
    }
    case FIELD_FY: {
        int fy;
        if (!fy_parse(text, &fy, why))
            return false;
        out->number = fy;
        return true;
    }
    case FIELD_PROFILE_FY: {
        int fy;
        if (fy_is_later(text)) {
            out->number = FY_LATER;
            return true;
        }
        if (!fy_parse(text, &fy, why))
            return false;
        out->number = fy;
        return true;
    }
    case FIELD_COUNT: return parse_whole(text, 0, 1000000000000LL, &out->number, why);
    case FIELD_RATE:
        if (!decimal_parse(text, 2, false, &out->number, why))
            return false;
        if (out->number <= 0 || out->number > 100000) {
            *why = "must be above 0 and at most 1000";
            return false;
        }
        return true;
    case FIELD_SCALE:
        if (!parse_whole(text, 1, 5, &out->number, why)) {
            *why = "must be a whole number from 1 to 5";
            return false;
        }
        return true;
    case FIELD_PERIOD_DAYS: {
        int days;
        if (!reviews_period_parse(text, &days)) {
            *why = "must be 7 (weekly), 14 (fortnightly), 28 (four-weekly) or month (a calendar month)";
            return false;
        }
        out->number = days;
        return true;
    }
    case FIELD_SAVINGS_STATUS: {
        savings_status status;
        if (!savings_status_parse(text, &status)) {
            *why = "not a status (pipeline, planned, on_track, at_risk, slipped, delivered, dropped)";
            return false;
        }
        out->number = status;
        out->text = savings_status_name(status);
        return true;
    }
    case FIELD_ORIGIN: {
        savings_origin origin;
        if (!savings_origin_parse(text, &origin)) {
            *why = "not an origin (existing, partner, overlap)";
            return false;
        }
        out->number = origin;
        out->text = savings_origin_name(origin);
        return true;
    }
    case FIELD_RISK_STATUS: {
        risk_status status;
        if (!risk_status_parse(text, &status)) {
            *why = "not a risk status (open, closed)";
            return false;
        }
        out->number = status;
        out->text = risk_status_name(status);
        return true;
    }
    case FIELD_MEASURE: {
        int measure = measure_of_label(text);
        if (measure < 0) {
            *why = "not a measure (target, stretch, forecast, actual)";
            return false;
        }
        out->number = measure;
        out->text = measure_names[measure];
        return true;
    }
    case FIELD_BASIS: {
        savings_basis basis;
        if (!savings_basis_parse(text, &basis)) {
            *why = "not a basis (incremental, cumulative)";
            return false;
        }
        out->number = basis;
        out->text = savings_basis_name(basis);
        return true;
    }
    case FIELD_ROW_KIND: {
        savings_row_kind kind;
        if (!savings_row_kind_parse(text, &kind)) {
            *why = "not a kind of row (saving, cost, net)";
            return false;
        }
        out->number = kind;
        out->text = savings_row_kind_name(kind);
        return true;
    }
    case FIELD_DECIMAL:
        if (!decimal_parse(text, 2, true, &out->number, why))
            return false;
        if (out->number > 100000000000000LL || out->number < -100000000000000LL) {
            *why = "out of range (at most a trillion)";
            return false;
        }
        return true;
    case FIELD_YEARS:
        if (!decimal_parse(text, 2, false, &out->number, why))
            return false;
        if (out->number > 10000) {
            *why = "more than 100 years";
            return false;
        }
        return true;
    case FIELD_PERIODS:
        if (!parse_whole(text, 1, 120, &out->number, why)) {
            *why = "must be a whole number from 1 to 120";
            return false;
        }
        return true;
    case FIELD_BRIDGE_SECTION: {
        bridge_section section;
        if (!bridge_section_parse(text, &section)) {
            *why = "not a section (budget, savings_undelivered, overspend, underspend, pressure, funding, "
                   "action)";
            return false;
        }
        out->number = section;
        out->text = bridge_section_name(section);
        return true;
    }
    case FIELD_POLARITY: {
        kpi_polarity polarity;
        if (!kpi_polarity_parse(text, &polarity)) {
            *why = "not a polarity (higher or lower: which is better)";
            return false;
        }
        out->number = polarity;
        out->text = kpi_polarity_name(polarity);
        return true;
    }
    case FIELD_ACTION_STATUS: {
        action_status status;
        if (!action_status_parse(text, &status)) {
            *why = "not an action's status (open, done, dropped)";
            return false;
        }
        out->number = status;
        out->text = action_status_name(status);
        return true;
    }
    case FIELD_PHASE: {
        milestone_phase phase;
        if (!milestone_phase_parse(text, &phase)) {
            *why = "not a phase (diagnostic, design, test, implement, sustain)";
            return false;
        }
        out->number = phase;
        out->text = milestone_phase_name(phase);
        return true;
    }
    case FIELD_PLAN_STATUS: {
        milestone_status status;
        if (!milestone_status_parse(text, &status)) {
            *why = "not a milestone's status (not started, on track, at risk, done)";
            return false;
        }
        out->number = status;
        out->text = milestone_status_name(status);
        return true;
    }
    case FIELD_REF_LIST: {
        if (strlen(text) > TEXT_MAX) {
            *why = "longer than 100,000 characters";
            return false;
        }
        if (has_control_characters(text)) {
            *why = "contains a control character";
            return false;
        }
        const char *cursor = text, *ref;
        size_t length;
        while (milestone_depends_next(&cursor, &ref, &length))
            if (length > REF_MAX) {
                *why = "a ref in it is longer than 64 characters";
                return false;
            }
        out->text = text;
        return true;
    }
    case FIELD_RAG: {
        rag rating;
        if (!highlight_rag_parse(text, &rating)) {
            *why = "not a RAG rating (red, amber, green)";
            return false;
        }
        out->number = rating;
        out->text = rag_name(rating);
        return true;
    }
    case FIELD_REGISTER_KIND: {
        register_kind kind;
        if (!register_kind_parse(text, &kind)) {
            *why = "not a kind of register entry (workstream, project)";
            return false;
        }
        out->number = kind;
        out->text = register_kind_name(kind);
        return true;
    }
    case FIELD_YES_NO: {
        bool yes;
        if (!yes_no_parse(text, &yes)) {
            *why = "not yes or no";
            return false;
        }
        out->number = yes;
        out->text = yes ? "yes" : "no";
        return true;
    }
    case FIELD_SIGNOFF_STATUS: {
        signoff_status status;
        if (!signoff_status_parse(text, &status)) {
            *why = "not a sign-off's status (proposed, agreed, rejected)";
            return false;
        }
        out->number = status;
        out->text = signoff_status_name(status);
        return true;
    }
    case FIELD_SEVERITY: {
        issue_severity severity;
        if (!issue_severity_parse(text, &severity)) {
            *why = "not a severity (low, medium, high, critical)";
            return false;
        }
        out->number = severity;
        out->text = issue_severity_name(severity);
        return true;
    }
    case FIELD_INVESTMENT_KIND: {
        investment_kind kind;
        if (!investment_kind_parse(text, &kind)) {
            *why = "not a kind (post, fee, other)";
            return false;
        }
        out->number = kind;
        out->text = investment_kind_name(kind);
        return true;
    }
    }
    *why = "unknown field";
    return false;
}

size_t field_format(const field_def *f, const field_value *value, char *buf, size_t size)
{
    if (value->blank)
        return (size_t)snprintf(buf, size, "%s", "");
    switch (f->kind) {
    case FIELD_TEXT:
    case FIELD_REF:
    case FIELD_SAVINGS_STATUS:
    case FIELD_ORIGIN:
    case FIELD_RISK_STATUS:
    case FIELD_MEASURE:
    case FIELD_BASIS:
    case FIELD_ROW_KIND:
    case FIELD_BRIDGE_SECTION:
    case FIELD_POLARITY:
    case FIELD_INVESTMENT_KIND:
    case FIELD_ACTION_STATUS:
    case FIELD_SEVERITY:
    case FIELD_PHASE:
    case FIELD_PLAN_STATUS:
    case FIELD_REF_LIST:
    case FIELD_RAG: return (size_t)snprintf(buf, size, "%s", value->text != NULL ? value->text : "");
    case FIELD_REGISTER_KIND:
    case FIELD_YES_NO:
    case FIELD_SIGNOFF_STATUS:
        return (size_t)snprintf(buf, size, "%s", value->text != NULL ? value->text : "");
    case FIELD_MONEY: return money_format_plain(buf, size, value->number);
    case FIELD_FTE:
    case FIELD_SIGNED_FTE:
    case FIELD_RATE:
    case FIELD_DECIMAL:
    case FIELD_YEARS: return decimal_format(buf, size, decimal_of(value->number, 2));
    case FIELD_DATE: return date_format(buf, size, date_from_days((day_number)value->number));
    case FIELD_FY:
    case FIELD_PROFILE_FY: return fy_format(buf, size, (int)value->number);
    case FIELD_PERIOD_DAYS: return reviews_period_format(buf, size, (int)value->number);
    case FIELD_COUNT:
    case FIELD_SCALE:
    case FIELD_PERIODS: return (size_t)snprintf(buf, size, "%lld", (long long)value->number);
    }
    return (size_t)snprintf(buf, size, "%s", "");
}

bool field_values_equal(const field_def *f, const field_value *a, const field_value *b)
{
    if (field_kind_is_text(f->kind)) {
        const char *x = a->blank || a->text == NULL ? "" : a->text;
        const char *y = b->blank || b->text == NULL ? "" : b->text;
        return strcmp(x, y) == 0;
    }
    if (a->blank || b->blank)
        return a->blank == b->blank;
    return a->number == b->number;
}

bool field_kind_is_text(field_kind kind)
{
    switch (kind) {
    case FIELD_TEXT:
    case FIELD_REF:
    case FIELD_SAVINGS_STATUS:
    case FIELD_ORIGIN:
    case FIELD_RISK_STATUS:
    case FIELD_MEASURE:
    case FIELD_BASIS:
    case FIELD_ROW_KIND:
    case FIELD_BRIDGE_SECTION:
    case FIELD_POLARITY:
    case FIELD_INVESTMENT_KIND:
    case FIELD_ACTION_STATUS:
    case FIELD_SEVERITY:
    case FIELD_PHASE:
    case FIELD_PLAN_STATUS:
    case FIELD_REF_LIST:
    case FIELD_RAG: return true;
    case FIELD_REGISTER_KIND:
    case FIELD_YES_NO:
    case FIELD_SIGNOFF_STATUS: return true;
    default: return false;
    }
}

bool field_kind_is_number(field_kind kind)
{
    return !field_kind_is_text(kind) && kind != FIELD_DATE && kind != FIELD_FY && kind != FIELD_PROFILE_FY;
}

bool field_value_is_number(const field_def *f, const field_value *value)
{
    if (f->kind == FIELD_PERIOD_DAYS && !value->blank && value->number == REVIEWS_CALENDAR_MONTH)
        return false; /* written "month" */
    return field_kind_is_number(f->kind);
}

bool field_heading_matches(const field_def *f, const char *heading)
{
    return text_same_key(f->name, heading);
}
