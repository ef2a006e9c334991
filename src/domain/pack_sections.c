/* pack_sections.c - the meeting pack's sections from the programme office:
 * the slipped milestones, the actions overdue and those raised and done
 * since the last meeting, the decisions made since, and the risks whose
 * score moved. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pack_build.h"
#include "view_milestones.h"

static day_number days_of(calendar_date date)
{
    return date_to_days(date);
}

/* ---- slipped milestones ---- */

enum {
    MS_REF,
    MS_NAME,
    MS_LINK,
    MS_OWNER,
    MS_BASELINE,
    MS_DUE,
    MS_SLIPPAGE,
    MS_SINCE,
    MS_OVERDUE,
    MS_BLOCKED,
    MS_COLUMNS
};
static const pack_column milestone_columns[MS_COLUMNS] = {
    [MS_REF] = {"ref", "Ref", PACK_STRING, false, 1, false},
    [MS_NAME] = {"milestone", "Milestone", PACK_STRING, false, 1, true},
    [MS_LINK] = {"link", "For", PACK_STRING, false, 3, true},
    [MS_OWNER] = {"owner", "Owner", PACK_STRING, false, 3, true},
    [MS_BASELINE] = {"baseline", "Baseline", PACK_STRING, false, 2, false},
    [MS_DUE] = {"due", "Due", PACK_STRING, false, 1, false},
    [MS_SLIPPAGE] = {"slippage_days", "Slipped", PACK_NUMBER, true, 1, false},
    /* shown only with a snapshot: "Since PAM 9 Nov 2026" */
    [MS_SINCE] = {NULL, NULL, PACK_NUMBER, true, 2, false},
    [MS_OVERDUE] = {"overdue_days", "Overdue", PACK_NUMBER, true, 1, false},
    [MS_BLOCKED] = {"blocked_by", "Held up by", PACK_STRING, false, 1, true},
};

typedef struct {
    size_t index;
    int32_t slippage;
} ranked;

/* Larger first, then in the set's order (by ref). */
static int by_larger(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->slippage != y->slippage)
        return x->slippage > y->slippage ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* The predecessors of milestone i that finish after it is due, and by how
 * many days: "M-07 by 14 days"; with refs_only, "M-07"; "" for none. */
static const char *slipped_past(pack_builder *b, const milestone_plan *plan, size_t i, bool refs_only)
{
    const milestones_set *set = b->sources->milestones;
    char text[512] = "";
    size_t used = 0, n = 0, count = plan != NULL ? milestone_plan_ndepends(plan, i) : 0;
    for (size_t k = 0; k < count; k++) {
        long p = milestone_plan_depends(plan, i, k);
        int32_t days = 0;
        if (p < 0 || !milestone_slipped_past(&set->rows[p].dates, &set->rows[i].dates, &days))
            continue;
        const char *sep = n == 0 ? "" : refs_only ? " and " : "; ";
        if (refs_only)
            used += (size_t)snprintf(text + used, used < sizeof text ? sizeof text - used : 0, "%s%s", sep,
                                     set->rows[p].ref);
        else
            used +=
                (size_t)snprintf(text + used, used < sizeof text ? sizeof text - used : 0, "%s%s by %d day%s",
                                 sep, set->rows[p].ref, (int)days, days == 1 ? "" : "s");
        n++;
        if (used >= sizeof text)
            break;
    }
    return pack_printf(b, "%s", text);
}

/* The day the snapshot kept milestone ref due, if it kept it. */
static bool due_then(const pack_sources *src, const char *ref, calendar_date *out)
{
    const milestone_due_then *kept =
        milestone_due_then_find(src->since_milestones, src->nsince_milestones, ref);
    if (kept != NULL)
        *out = kept->due;
    return kept != NULL;
}

/* Refs joined for a sentence: "M-02, M-03"; past a few, "and 4 more". */
typedef struct {
    char text[256];
    size_t used, count;
} ref_list;

static void ref_list_add(ref_list *list, const char *text)
{
    enum { NAMED = 6 };
    if (list->count++ < NAMED && list->used < sizeof list->text)
        list->used += (size_t)snprintf(list->text + list->used, sizeof list->text - list->used, "%s%s",
                                       list->count > 1 ? ", " : "", text);
}

static const char *ref_list_words(pack_builder *b, const ref_list *list)
{
    return list->count > 6 ? pack_printf(b, "%s and %zu more", list->text, list->count - 6)
                           : pack_printf(b, "%s", list->text);
}

/* The summary: the slipped milestones as the headline counts them (met
 * late, and still to be met), those held up, and those due later than at
 * the snapshot. */
typedef struct {
    size_t met_late, to_meet, overdue, moved, blocked;
    long long met_late_days, to_meet_days, moved_days;
    ref_list met_late_refs, held_up;      /* held up: "M-08 (by M-07)" */
    const char *held_up_ref, *held_up_by; /* the first held up, and by what */
    bool since_kept;
} milestone_counts;

static const char *plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

static const char *milestones_summary(pack_builder *b, const milestone_counts *c)
{
    const pack_sources *src = b->sources;
    size_t slipped = c->met_late + c->to_meet;
    long long days = c->met_late_days + c->to_meet_days;
    const char *first;
    if (slipped == 0)
        first = "No milestone has slipped against its baseline.";
    else {
        const char *met = c->met_late == 0 ? "none met late"
                                           : pack_printf(b, "%zu met late (%s) by %lld day%s", c->met_late,
                                                         ref_list_words(b, &c->met_late_refs),
                                                         c->met_late_days, c->met_late_days == 1 ? "" : "s");
        const char *open = c->to_meet == 0 ? "none still to be met"
                                           : pack_printf(b, "%zu still to be met by %lld day%s", c->to_meet,
                                                         c->to_meet_days, c->to_meet_days == 1 ? "" : "s");
        const char *late = c->overdue == 0 ? "" : pack_printf(b, ", %zu of them overdue", c->overdue);
        first =
            pack_printf(b, "%zu milestone%s slipped against %s baseline%s, by %lld day%s in all: %s; %s%s.",
                        slipped, plural(slipped, " has", "s have"), plural(slipped, "its", "their"),
                        plural(slipped, "", "s"), days, days == 1 ? "" : "s", met, open, late);
    }
    const char *held = "";
    if (c->blocked == 1)
        held = pack_printf(b, " %s is held up by %s.", c->held_up_ref, c->held_up_by);
    else if (c->blocked > 1)
        held = pack_printf(b, " Held up by a predecessor: %s.", ref_list_words(b, &c->held_up));
    const char *since = "";
    if (src->has_since && !c->since_kept)
        since = pack_printf(b, " %s kept no milestone dates to compare with.", src->since.label);
    else if (src->has_since && c->moved == 0)
        since = pack_printf(b, " None shown has moved later since %s.", src->since.label);
    else if (src->has_since)
        since =
            pack_printf(b, " Since %s, %zu shown %s moved later, by %lld day%s.", src->since.label, c->moved,
                        plural(c->moved, "has", "have"), c->moved_days, c->moved_days == 1 ? "" : "s");
    return pack_printf(b, "%s%s%s", first, held, since);
}

/* Not yet met and slipped (as the headline counts it), or held up by a
 * predecessor slipped past it: a row each, the most slipped first. */
void pack_milestones(pack_builder *b)
{
    const pack_sources *src = b->sources;
    const milestones_set *set = src->milestones;
    calendar_date today = src->today;
    pack_section *section = pack_section_begin(b, PACK_MILESTONES, "slipped_milestones", "Slipped milestones",
                                               milestone_columns, MS_COLUMNS);
    if (src->has_since) {
        section->own_columns = malloc(sizeof milestone_columns);
        if (section->own_columns == NULL) {
            b->failed = true;
            return;
        }
        memcpy(section->own_columns, milestone_columns, sizeof milestone_columns);
        section->own_columns[MS_SINCE].key = "slipped_since_days";
        section->own_columns[MS_SINCE].heading = pack_printf(b, "Since %s", src->since.label);
        section->columns = section->own_columns;
    }
    size_t count = set != NULL ? set->count : 0;
    milestone_plan *plan = count > 0 ? milestones_plan(set) : NULL;
    ranked *list = count > 0 ? malloc(count * sizeof *list) : NULL;
    if (count > 0 && (plan == NULL || list == NULL)) {
        milestone_plan_free(plan);
        free(list);
        b->failed = true;
        return;
    }
    milestone_counts c = {.since_kept = src->nsince_milestones > 0};
    size_t n = 0;
    for (size_t i = 0; i < count; i++) {
        const milestone_row *m = &set->rows[i];
        int32_t slippage = milestone_slippage_days(&m->dates);
        bool slipped = milestone_is_slipped(&m->dates, today);
        if (m->dates.has_actual || m->dates.status == MILESTONE_DONE) {
            if (slipped) { /* met late: its slippage is history, named in the summary */
                c.met_late++;
                c.met_late_days += slippage > 0 ? slippage : 0;
                ref_list_add(&c.met_late_refs, m->ref);
            }
            continue;
        }
        bool is_blocked = slipped_past(b, plan, i, true)[0] != '\0';
        if (!slipped && !is_blocked)
            continue;
        list[n++] = (ranked){i, slippage};
        if (slipped) {
            c.to_meet++;
            c.to_meet_days += slippage > 0 ? slippage : 0;
        } else {
            const char *by = slipped_past(b, plan, i, true);
            if (c.blocked++ == 0)
                c.held_up_ref = m->ref, c.held_up_by = by;
            ref_list_add(&c.held_up, pack_printf(b, "%s (by %s)", m->ref, by));
        }
        c.overdue += milestone_is_overdue(&m->dates, today);
    }
    qsort(list, n, sizeof *list, by_larger);
    for (size_t k = 0; k < n; k++) {
        const milestone_row *m = &set->rows[list[k].index];
        pack_cell *row = pack_add_row(b, section);
        if (row == NULL)
            break;
        calendar_date due, then;
        pack_set_text(b, &row[MS_REF], m->ref);
        pack_set_text(b, &row[MS_NAME], m->milestone);
        pack_set_text(b, &row[MS_LINK], m->link);
        pack_set_text(b, &row[MS_OWNER], m->owner);
        if (m->dates.has_baseline)
            pack_set_date(b, &row[MS_BASELINE], m->dates.baseline);
        if (milestone_due(&m->dates, &due))
            pack_set_date(b, &row[MS_DUE], due);
        pack_set_days(b, &row[MS_SLIPPAGE], list[k].slippage);
        if (list[k].slippage > 0)
            row[MS_SLIPPAGE].rating = RAG_AMBER;
        int32_t moved = 0;
        if (src->has_since && due_then(src, m->ref, &then) &&
            milestone_moved_since(&m->dates, then, &moved)) {
            pack_set_days(b, &row[MS_SINCE], moved);
            if (moved > 0) {
                row[MS_SINCE].rating = RAG_RED;
                c.moved++;
                c.moved_days += moved;
            }
        }
        if (milestone_is_overdue(&m->dates, today)) {
            pack_set_days(b, &row[MS_OVERDUE], milestone_days_overdue(&m->dates, today));
            row[MS_OVERDUE].rating = RAG_RED;
        }
        pack_set_text(b, &row[MS_BLOCKED], slipped_past(b, plan, list[k].index, false));
        if (row[MS_BLOCKED].text[0] != '\0')
            row[MS_BLOCKED].rating = RAG_RED;
    }
    milestone_plan_free(plan);
    free(list);
    section->summary = milestones_summary(b, &c);
}

/* ---- actions ---- */

enum {
    ACT_REF,
    ACT_TITLE,
    ACT_OWNER,
    ACT_RAISED,
    ACT_DUE,
    ACT_OVERDUE,
    ACT_STATUS,
    ACT_DONE_ON,
    ACT_LINK,
    ACT_COLUMNS
};
/* Each column once; each list takes those it shows, in its order. */
#define ACT_REF_COLUMN                                                                                       \
    {                                                                                                        \
        "ref", "Ref", PACK_STRING, false, 1, false                                                           \
    }
#define ACT_TITLE_COLUMN                                                                                     \
    {                                                                                                        \
        "title", "Action", PACK_STRING, false, 1, true                                                       \
    }
#define ACT_OWNER_COLUMN                                                                                     \
    {                                                                                                        \
        "owner", "Owner", PACK_STRING, false, 1, true                                                        \
    }
#define ACT_RAISED_COLUMN                                                                                    \
    {                                                                                                        \
        "raised_at", "Raised at", PACK_STRING, false, 3, false                                               \
    }
#define ACT_DUE_COLUMN                                                                                       \
    {                                                                                                        \
        "due", "Due", PACK_STRING, false, 2, false                                                           \
    }
#define ACT_OVERDUE_COLUMN                                                                                   \
    {                                                                                                        \
        "overdue_days", "Overdue", PACK_NUMBER, true, 1, false                                               \
    }
#define ACT_STATUS_COLUMN                                                                                    \
    {                                                                                                        \
        "status", "Status", PACK_STRING, false, 2, false                                                     \
    }
#define ACT_DONE_ON_COLUMN                                                                                   \
    {                                                                                                        \
        "done_on", "Done on", PACK_STRING, false, 2, false                                                   \
    }
#define ACT_LINK_COLUMN                                                                                      \
    {                                                                                                        \
        "link", "Linked to", PACK_STRING, false, 3, false                                                    \
    }
static const int overdue_columns[] = {ACT_REF, ACT_TITLE, ACT_OWNER, ACT_DUE, ACT_OVERDUE, ACT_LINK};
static const pack_column overdue_table[] = {ACT_REF_COLUMN, ACT_TITLE_COLUMN,   ACT_OWNER_COLUMN,
                                            ACT_DUE_COLUMN, ACT_OVERDUE_COLUMN, ACT_LINK_COLUMN};
static const int new_columns[] = {ACT_REF, ACT_TITLE, ACT_OWNER, ACT_RAISED, ACT_DUE, ACT_STATUS};
static const pack_column new_table[] = {ACT_REF_COLUMN,    ACT_TITLE_COLUMN, ACT_OWNER_COLUMN,
                                        ACT_RAISED_COLUMN, ACT_DUE_COLUMN,   ACT_STATUS_COLUMN};
static const int done_columns[] = {ACT_REF, ACT_TITLE, ACT_OWNER, ACT_DONE_ON, ACT_LINK};
static const pack_column done_table[] = {ACT_REF_COLUMN, ACT_TITLE_COLUMN, ACT_OWNER_COLUMN,
                                         ACT_DONE_ON_COLUMN, ACT_LINK_COLUMN};
#define NCOLS(a) (sizeof(a) / sizeof(a)[0])
_Static_assert(NCOLS(overdue_columns) == NCOLS(overdue_table), "a column for each");
_Static_assert(NCOLS(new_columns) == NCOLS(new_table), "a column for each");
_Static_assert(NCOLS(done_columns) == NCOLS(done_table), "a column for each");

static void add_action(pack_builder *b, pack_section *section, const int *which, const action_row *a)
{
    pack_cell *row = pack_add_row(b, section);
    if (row == NULL)
        return;
    calendar_date today = b->sources->today;
    for (size_t c = 0; c < section->ncolumns; c++) {
        pack_cell *cell = &row[c];
        switch (which[c]) {
        case ACT_REF: pack_set_text(b, cell, a->ref); break;
        case ACT_TITLE: pack_set_text(b, cell, a->title); break;
        case ACT_OWNER: pack_set_text(b, cell, a->owner); break;
        case ACT_RAISED: pack_set_text(b, cell, a->raised_at); break;
        case ACT_DUE:
            if (a->dates.has_due)
                pack_set_date(b, cell, a->dates.due);
            break;
        case ACT_OVERDUE:
            if (action_is_overdue(&a->dates, today)) {
                pack_set_days(b, cell, action_days_overdue(&a->dates, today));
                cell->rating = RAG_RED;
            }
            break;
        case ACT_STATUS: pack_set_text(b, cell, action_status_name(a->dates.status)); break;
        case ACT_DONE_ON:
            if (a->dates.has_done_on)
                pack_set_date(b, cell, a->dates.done_on);
            break;
        case ACT_LINK: pack_set_text(b, cell, a->link); break;
        }
    }
}

static void actions_overdue(pack_builder *b)
{
    const actions_set *set = b->sources->actions;
    size_t count = set != NULL ? set->count : 0;
    pack_section *section = pack_section_begin(b, PACK_ACTIONS_OVERDUE, "actions_overdue", "Overdue actions",
                                               overdue_table, NCOLS(overdue_columns));
    ranked *list = count > 0 ? malloc(count * sizeof *list) : NULL;
    if (count > 0 && list == NULL) {
        b->failed = true;
        return;
    }
    size_t n = 0;
    for (size_t i = 0; i < count; i++)
        if (action_is_overdue(&set->rows[i].dates, b->sources->today))
            list[n++] = (ranked){i, action_days_overdue(&set->rows[i].dates, b->sources->today)};
    qsort(list, n, sizeof *list, by_larger);
    for (size_t k = 0; k < n; k++)
        add_action(b, section, overdue_columns, &set->rows[list[k].index]);
    if (n == 0)
        section->summary = "No action is overdue.";
    else
        section->summary = pack_printf(b, "%zu action%s overdue; the longest, %s, by %d day%s.", n,
                                       n == 1 ? " is" : "s are", set->rows[list[0].index].ref,
                                       (int)list[0].slippage, list[0].slippage == 1 ? "" : "s");
    free(list);
}

/* Raised at the snapshot's meeting or after it: a meeting's actions are
 * new to the meeting after it. */
static void actions_new(pack_builder *b)
{
    const pack_sources *src = b->sources;
    pack_section *section = pack_section_begin(
        b, PACK_ACTIONS_NEW, "actions_new",
        src->has_since ? pack_printf(b, "New actions %s", pack_since_words(b)) : "New actions", new_table,
        NCOLS(new_columns));
    if (!src->has_since) {
        section->summary = pack_no_meeting(b);
        return;
    }
    size_t n = 0, open = 0;
    for (size_t i = 0; src->actions != NULL && i < src->actions->count; i++) {
        const action_row *a = &src->actions->rows[i];
        calendar_date raised;
        if (!pack_raised_on(a->raised_at, src->meetings, src->nmeetings, &raised) ||
            days_of(raised) < days_of(src->since.date))
            continue;
        add_action(b, section, new_columns, a);
        n++;
        open += a->dates.status == ACTION_OPEN;
    }
    if (n == 0)
        section->summary = pack_printf(b, "No action has been raised %s.", pack_since_words(b));
    else
        section->summary = pack_printf(b, "%zu action%s raised at %s or since, %zu of them still open.", n,
                                       n == 1 ? "" : "s", src->since.label, open);
}

static void actions_done(pack_builder *b)
{
    const pack_sources *src = b->sources;
    pack_section *section = pack_section_begin(
        b, PACK_ACTIONS_DONE, "actions_done",
        src->has_since ? pack_printf(b, "Actions done %s", pack_since_words(b)) : "Actions done", done_table,
        NCOLS(done_columns));
    if (!src->has_since) {
        section->summary = pack_no_meeting(b);
        return;
    }
    size_t n = 0;
    for (size_t i = 0; src->actions != NULL && i < src->actions->count; i++) {
        const action_row *a = &src->actions->rows[i];
        if (a->dates.status != ACTION_DONE || !a->dates.has_done_on ||
            days_of(a->dates.done_on) < days_of(src->since.date))
            continue;
        add_action(b, section, done_columns, a);
        n++;
    }
    section->summary =
        n == 0 ? pack_printf(b, "No action has been done %s.", pack_since_words(b))
               : pack_printf(b, "%zu action%s done %s.", n, n == 1 ? "" : "s", pack_since_words(b));
}

void pack_actions(pack_builder *b)
{
    actions_overdue(b);
    actions_new(b);
    actions_done(b);
}

/* ---- decisions ---- */

enum { DEC_REF, DEC_DATE, DEC_MEETING, DEC_DECISION, DEC_MADE_BY, DEC_LINK, DEC_COLUMNS };
static const pack_column decision_columns[DEC_COLUMNS] = {
    [DEC_REF] = {"ref", "Ref", PACK_STRING, false, 1, false},
    [DEC_DATE] = {"date", "Date", PACK_STRING, false, 1, false},
    [DEC_MEETING] = {"meeting", "Meeting", PACK_STRING, false, 3, false},
    [DEC_DECISION] = {"decision", "Decision", PACK_STRING, false, 1, true},
    [DEC_MADE_BY] = {"made_by", "Made by", PACK_STRING, false, 2, true},
    [DEC_LINK] = {"link", "Linked to", PACK_STRING, false, 3, false},
};

void pack_decisions(pack_builder *b)
{
    const pack_sources *src = b->sources;
    pack_section *section =
        pack_section_begin(b, PACK_DECISIONS, "decisions",
                           src->has_since ? pack_printf(b, "Decisions %s", pack_since_words(b)) : "Decisions",
                           decision_columns, DEC_COLUMNS);
    if (!src->has_since) {
        section->summary = pack_no_meeting(b);
        return;
    }
    size_t n = 0;
    for (size_t i = 0; src->decisions != NULL && i < src->decisions->count; i++) {
        const decision_row *d = &src->decisions->rows[i];
        if (days_of(d->date) < days_of(src->since.date))
            continue;
        pack_cell *row = pack_add_row(b, section);
        if (row == NULL)
            return;
        pack_set_text(b, &row[DEC_REF], d->ref);
        pack_set_date(b, &row[DEC_DATE], d->date);
        pack_set_text(b, &row[DEC_MEETING], d->meeting);
        pack_set_text(b, &row[DEC_DECISION], d->decision);
        pack_set_text(b, &row[DEC_MADE_BY], d->made_by);
        pack_set_text(b, &row[DEC_LINK], d->link);
        n++;
    }
    section->summary = n == 0
                           ? pack_printf(b, "No decision has been recorded %s.", pack_since_words(b))
                           : pack_printf(b, "%zu decision%s %s.", n, n == 1 ? "" : "s", pack_since_words(b));
}

/* ---- risks whose score moved ---- */

enum { RISK_REF, RISK_TITLE, RISK_OWNER, RISK_WAS, RISK_NOW, RISK_MOVED, RISK_RATING, RISK_COLUMNS };
static const pack_column risk_columns[RISK_COLUMNS] = {
    [RISK_REF] = {"ref", "Ref", PACK_STRING, false, 1, false},
    [RISK_TITLE] = {"title", "Risk", PACK_STRING, false, 1, true},
    [RISK_OWNER] = {"owner", "Owner", PACK_STRING, false, 3, true},
    [RISK_WAS] = {"previous_score", "Was", PACK_NUMBER, true, 1, false},
    [RISK_NOW] = {"score", "Now", PACK_NUMBER, true, 1, false},
    [RISK_MOVED] = {"movement", "Moved", PACK_STRING, false, 1, false},
    [RISK_RATING] = {"rating", "Rating", PACK_STRING, false, 2, false},
};

void pack_risks(pack_builder *b)
{
    const pack_sources *src = b->sources;
    const risks_set *risks = src->figures->risks;
    pack_section *section =
        pack_section_begin(b, PACK_RISKS, "risks_moved",
                           src->has_since ? pack_printf(b, "Risks whose score moved %s", pack_since_words(b))
                                          : "Risks whose score moved",
                           risk_columns, RISK_COLUMNS);
    if (!src->has_since) {
        section->summary = pack_no_meeting(b);
        return;
    }
    size_t count = risks != NULL ? risks->count : 0;
    ranked *list = count > 0 ? malloc(count * sizeof *list) : NULL;
    int *was = count > 0 ? malloc(count * sizeof *was) : NULL;
    if (count > 0 && (list == NULL || was == NULL)) {
        free(list);
        free(was);
        b->failed = true;
        return;
    }
    size_t n = 0, up = 0;
    for (size_t i = 0; i < count; i++) {
        const risk_row *r = &risks->rows[i];
        int now = risk_score(r->scores.likelihood, r->scores.impact);
        was[i] = pack_score_on(src->risk_history, r->ref, src->since.date);
        if (r->scores.status != RISK_OPEN || now == 0 || was[i] == 0 || was[i] == now)
            continue; /* a risk first scored since is new, not moved */
        list[n++] = (ranked){i, now};
        up += now > was[i];
    }
    qsort(list, n, sizeof *list, by_larger);
    for (size_t k = 0; k < n; k++) {
        const risk_row *r = &risks->rows[list[k].index];
        pack_cell *row = pack_add_row(b, section);
        if (row == NULL)
            break;
        int now = list[k].slippage, then = was[list[k].index];
        risk_rating rating = risk_rating_for_score(now, src->figures->settings->risks);
        pack_set_text(b, &row[RISK_REF], r->ref);
        pack_set_text(b, &row[RISK_TITLE], r->title);
        pack_set_text(b, &row[RISK_OWNER], r->owner);
        pack_set_count(b, &row[RISK_WAS], then);
        pack_set_count(b, &row[RISK_NOW], now);
        pack_set_text(b, &row[RISK_MOVED], now > then ? "up" : "down");
        row[RISK_MOVED].rating = now > then ? RAG_RED : RAG_GREEN;
        static const char *const rated[] = {"", "LOW", "MEDIUM", "HIGH"};
        row[RISK_RATING] = (pack_cell){rated[rating], risk_rating_name(rating), risk_rating_rag(rating)};
    }
    free(list);
    free(was);
    if (n == 0)
        section->summary = pack_printf(b, "No open risk's score has moved %s.", pack_since_words(b));
    else
        section->summary = pack_printf(b, "%zu risk%s moved %s: %zu up, %zu down.", n,
                                       n == 1 ? "'s score" : "s' scores", pack_since_words(b), up, n - up);
}
