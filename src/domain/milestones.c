/* milestones.c - a milestone's slippage, overdue rule and broken
 * dependencies; the names of phases and statuses; the plan's dependencies
 * as indexes, and the cycles among them. */
#include "milestones.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

static const char *const phase_names[PHASE_COUNT] = {"diagnostic", "design", "test", "implement", "sustain"};
static const char *const status_names[MILESTONE_STATUS_COUNT] = {"not_started", "on_track", "at_risk",
                                                                 "done"};

/* Phases and statuses as trackers write them, by their text_key. */
static const struct {
    const char *key;
    int phase;
} phase_synonyms[] = {
    {"diagnostic", PHASE_DIAGNOSTIC},
    {"design", PHASE_DESIGN},
    {"test", PHASE_TEST},
    {"testing", PHASE_TEST},
    {"pilot", PHASE_TEST},
    {"implement", PHASE_IMPLEMENT},
    {"implementation", PHASE_IMPLEMENT},
    {"sustain", PHASE_SUSTAIN},
    {"sustainability", PHASE_SUSTAIN},
};
static const struct {
    const char *key;
    milestone_status status;
} status_synonyms[] = {
    {"notstarted", MILESTONE_NOT_STARTED},
    {"planned", MILESTONE_NOT_STARTED},
    {"ontrack", MILESTONE_ON_TRACK},
    {"inprogress", MILESTONE_ON_TRACK},
    {"atrisk", MILESTONE_AT_RISK},
    {"delayed", MILESTONE_AT_RISK},
    {"done", MILESTONE_DONE},
    {"met", MILESTONE_DONE},
    {"complete", MILESTONE_DONE},
    {"completed", MILESTONE_DONE},
    {"achieved", MILESTONE_DONE},
};

bool milestone_due(const milestone_dates *m, calendar_date *out)
{
    if (m->has_forecast)
        *out = m->forecast;
    else if (m->has_baseline)
        *out = m->baseline;
    else
        return false;
    return true;
}

bool milestone_finish(const milestone_dates *m, calendar_date *out)
{
    if (m->has_actual) {
        *out = m->actual;
        return true;
    }
    return milestone_due(m, out);
}

int32_t milestone_slippage_days(const milestone_dates *m)
{
    calendar_date finish;
    if (!m->has_baseline || !milestone_finish(m, &finish))
        return 0;
    return date_to_days(finish) - date_to_days(m->baseline);
}

bool milestone_is_slipped(const milestone_dates *m, calendar_date today)
{
    if (!m->has_baseline)
        return false;
    return milestone_slippage_days(m) > 0 ||
           (!m->has_actual && date_to_days(today) > date_to_days(m->baseline));
}

bool milestone_is_overdue(const milestone_dates *m, calendar_date today)
{
    calendar_date due;
    return !m->has_actual && milestone_due(m, &due) && date_to_days(due) < date_to_days(today);
}

int32_t milestone_days_overdue(const milestone_dates *m, calendar_date today)
{
    calendar_date due;
    if (!milestone_is_overdue(m, today) || !milestone_due(m, &due))
        return 0;
    return date_to_days(today) - date_to_days(due);
}

bool milestone_moved_since(const milestone_dates *m, calendar_date due_then, int32_t *days)
{
    calendar_date due;
    if (!milestone_due(m, &due))
        return false;
    *days = date_to_days(due) - date_to_days(due_then);
    return true;
}

const milestone_due_then *milestone_due_then_find(const milestone_due_then *kept, size_t count,
                                                  const char *ref)
{
    for (size_t i = 0; kept != NULL && i < count; i++)
        if (strcmp(kept[i].ref, ref) == 0)
            return &kept[i];
    return NULL;
}

bool milestone_slipped_past(const milestone_dates *predecessor, const milestone_dates *successor,
                            int32_t *days)
{
    calendar_date finish, due;
    if (successor->has_actual || !milestone_finish(predecessor, &finish) || !milestone_due(successor, &due))
        return false;
    int32_t late = date_to_days(finish) - date_to_days(due);
    if (days != NULL)
        *days = late > 0 ? late : 0;
    return late > 0;
}

const char *milestone_phase_name(milestone_phase phase)
{
    return (unsigned)phase < PHASE_COUNT ? phase_names[phase] : "";
}

bool milestone_phase_parse(const char *text, milestone_phase *out)
{
    char key[32];
    text_key(key, sizeof key, text);
    for (size_t i = 0; i < sizeof phase_synonyms / sizeof phase_synonyms[0]; i++)
        if (strcmp(key, phase_synonyms[i].key) == 0) {
            *out = (milestone_phase)phase_synonyms[i].phase;
            return true;
        }
    return false;
}

const char *milestone_status_name(milestone_status status)
{
    return (unsigned)status < MILESTONE_STATUS_COUNT ? status_names[status] : "";
}

bool milestone_status_parse(const char *text, milestone_status *out)
{
    char key[32];
    text_key(key, sizeof key, text);
    for (size_t i = 0; i < sizeof status_synonyms / sizeof status_synonyms[0]; i++)
        if (strcmp(key, status_synonyms[i].key) == 0) {
            *out = status_synonyms[i].status;
            return true;
        }
    return false;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

bool milestone_depends_next(const char **cursor, const char **ref, size_t *length)
{
    const char *p = *cursor;
    for (;;) {
        while (is_space(*p) || *p == ';' || *p == ',')
            p++;
        if (*p == '\0') {
            *cursor = p;
            return false;
        }
        const char *start = p;
        while (*p != '\0' && *p != ';' && *p != ',')
            p++;
        const char *end = p;
        while (end > start && is_space(end[-1]))
            end--;
        *cursor = p;
        *ref = start;
        *length = (size_t)(end - start);
        return true;
    }
}

typedef struct {
    const char *ref;
    size_t index;
} plan_entry;

struct milestone_plan {
    size_t count;
    plan_entry *by_ref; /* the nodes in the order of their refs */
    size_t *first;      /* node i's dependencies are depends[first[i]] to depends[first[i + 1] - 1] */
    long *depends;
};

static int by_ref(const void *a, const void *b)
{
    return strcmp(((const plan_entry *)a)->ref, ((const plan_entry *)b)->ref);
}

long milestone_plan_find(const milestone_plan *plan, const char *ref, size_t length)
{
    size_t low = 0, high = plan->count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        const char *at = plan->by_ref[mid].ref;
        int c = strncmp(at, ref, length);
        if (c == 0 && at[length] != '\0')
            c = 1;
        if (c == 0)
            return (long)plan->by_ref[mid].index;
        if (c < 0)
            low = mid + 1;
        else
            high = mid;
    }
    return -1;
}

milestone_plan *milestone_plan_make(const milestone_node *nodes, size_t count)
{
    milestone_plan *plan = calloc(1, sizeof *plan);
    if (plan == NULL)
        return NULL;
    plan->count = count;
    size_t total = 0;
    for (size_t i = 0; i < count; i++) {
        const char *cursor = nodes[i].depends_on != NULL ? nodes[i].depends_on : "", *ref;
        size_t length;
        while (milestone_depends_next(&cursor, &ref, &length))
            total++;
    }
    plan->by_ref = malloc((count + 1) * sizeof *plan->by_ref);
    plan->first = malloc((count + 1) * sizeof *plan->first);
    plan->depends = malloc((total + 1) * sizeof *plan->depends);
    if (plan->by_ref == NULL || plan->first == NULL || plan->depends == NULL) {
        milestone_plan_free(plan);
        return NULL;
    }
    for (size_t i = 0; i < count; i++) {
        plan->by_ref[i].ref = nodes[i].ref != NULL ? nodes[i].ref : "";
        plan->by_ref[i].index = i;
    }
    qsort(plan->by_ref, count, sizeof *plan->by_ref, by_ref);
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        plan->first[i] = n;
        const char *cursor = nodes[i].depends_on != NULL ? nodes[i].depends_on : "", *ref;
        size_t length;
        while (milestone_depends_next(&cursor, &ref, &length))
            plan->depends[n++] = milestone_plan_find(plan, ref, length);
    }
    plan->first[count] = n;
    return plan;
}

void milestone_plan_free(milestone_plan *plan)
{
    if (plan == NULL)
        return;
    free(plan->by_ref);
    free(plan->first);
    free(plan->depends);
    free(plan);
}

size_t milestone_plan_ndepends(const milestone_plan *plan, size_t i)
{
    return i < plan->count ? plan->first[i + 1] - plan->first[i] : 0;
}

long milestone_plan_depends(const milestone_plan *plan, size_t i, size_t k)
{
    return k < milestone_plan_ndepends(plan, i) ? plan->depends[plan->first[i] + k] : -1;
}

enum { UNSEEN, ON_PATH, DONE };

/* Depth first from each node in turn, without recursion: a dependency met
 * again while it is still on the path closes a cycle. */
size_t milestone_plan_cycle(const milestone_plan *plan, size_t *cycle)
{
    size_t count = plan->count;
    unsigned char *state = calloc(count + 1, 1);
    size_t *path = malloc((count + 1) * sizeof *path), *next = malloc((count + 1) * sizeof *next);
    size_t *place = malloc((count + 1) * sizeof *place);
    size_t found = 0;
    if (state == NULL || path == NULL || next == NULL || place == NULL)
        goto done;
    for (size_t start = 0; start < count && found == 0; start++) {
        if (state[start] != UNSEEN)
            continue;
        size_t depth = 0;
        path[depth] = start;
        next[depth] = 0;
        place[start] = depth;
        state[start] = ON_PATH;
        while (found == 0) {
            size_t at = path[depth];
            if (next[depth] == milestone_plan_ndepends(plan, at)) {
                state[at] = DONE;
                if (depth == 0)
                    break;
                depth--;
                continue;
            }
            long d = milestone_plan_depends(plan, at, next[depth]++);
            if (d < 0 || state[d] == DONE)
                continue;
            if (state[d] == ON_PATH) {
                found = depth - place[d] + 1;
                memcpy(cycle, path + place[d], found * sizeof *cycle);
                break;
            }
            depth++;
            path[depth] = (size_t)d;
            next[depth] = 0;
            place[d] = depth;
            state[d] = ON_PATH;
        }
    }
    if (found > 1) { /* from its lowest index, the order kept */
        size_t lowest = 0;
        for (size_t i = 1; i < found; i++)
            if (cycle[i] < cycle[lowest])
                lowest = i;
        for (size_t i = 0; i < found; i++)
            path[i] = cycle[(lowest + i) % found];
        memcpy(cycle, path, found * sizeof *cycle);
    }
done:
    free(state);
    free(path);
    free(next);
    free(place);
    return found;
}
