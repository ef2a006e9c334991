/* panel_raid.c - the Actions panel's views of the RAID log's issues and
 * decisions, and what the three share: v going round them, o opening a
 * row's savings line, risk or milestone on its panel, or a workstream's
 * savings lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "panel_raid.h"
#include "panel_savings.h"
#include "raid.h"
#include "view_cells.h"
#include "view_milestones.h"
#include "view_raid.h"
#include "view_risks.h"
#include "view_savings.h"

_Static_assert(ISSUES_COLUMN_COUNT <= LAYOUT_MAX_COLUMNS && DECISIONS_COLUMN_COUNT <= LAYOUT_MAX_COLUMNS,
               "more RAID columns than a layout holds");

/* What a link names: a savings line (its index), a risk, a milestone, a
 * workstream (its index in the register, or -1 when only savings lines
 * name it), or none of them. */
typedef enum { LINK_NONE, LINK_SAVING, LINK_RISK, LINK_MILESTONE, LINK_WORKSTREAM } link_kind;

static link_kind link_find(const tui_state *s, const char *link, size_t *index)
{
    if (link == NULL || link[0] == '\0')
        return LINK_NONE;
    for (size_t i = 0; i < s->data.savings.nlines; i++)
        if (strcmp(s->data.savings.lines[i].ref, link) == 0) {
            *index = i;
            return LINK_SAVING;
        }
    for (size_t i = 0; i < s->data.risks.count; i++)
        if (strcmp(s->data.risks.rows[i].ref, link) == 0) {
            *index = i;
            return LINK_RISK;
        }
    for (size_t i = 0; i < s->data.milestones.count; i++)
        if (strcmp(s->data.milestones.rows[i].ref, link) == 0) {
            *index = i;
            return LINK_MILESTONE;
        }
    if (savings_is_workstream(s, link)) {
        long w = register_find(s->data.workstreams.rows, s->data.workstreams.count, link);
        *index = w >= 0 ? (size_t)w : (size_t)-1;
        return LINK_WORKSTREAM;
    }
    return LINK_NONE;
}

/* o: the linked line on the Savings panel, or the risk on the Risks panel
 * (closed risks shown when it is closed). */
static void follow(tui_state *s, const char *link)
{
    size_t index = 0;
    switch (link_find(s, link, &index)) {
    case LINK_SAVING:
        if (!panel_show_row(s, VIEW_SAVINGS, SAVINGS_COL_REF, link, 0, NULL))
            tui_say(s, 5, "Savings line %s is not shown in the Savings panel as it is grouped", link);
        else
            tui_say(s, 5, "Savings line %s (Tab or 6 goes back to the actions)", link);
        break;
    case LINK_RISK: {
        panel *risks = &s->panels[VIEW_RISKS];
        if (s->data.risks.rows[index].scores.status != RISK_OPEN && risks->option == 0) {
            risks->option = 1; /* a closed risk is listed with the closed */
            risks->stale = true;
        }
        if (!panel_show_row(s, VIEW_RISKS, RISKS_COL_REF, link, 0, NULL))
            tui_say(s, 5, "Risk %s is not shown in the Risks panel (Esc clears a heat map's cell)", link);
        else
            tui_say(s, 5, "Risk %s", link);
        break;
    }
    case LINK_MILESTONE:
        if (!panel_show_row(s, VIEW_PLAN, MILESTONES_COL_REF, link, 0, NULL))
            tui_say(s, 5, "Milestone %s is not shown in the Plan panel (! or w narrows it)", link);
        else
            tui_say(s, 5, "Milestone %s (Tab or 6 goes back to the actions)", link);
        break;
    case LINK_WORKSTREAM: {
        size_t lines = savings_show_workstream(s, link);
        if (lines == 0)
            tui_say(s, 5, "Workstream %s has no savings lines (Esc clears the filter; 6 goes back)", link);
        else
            tui_say(s, 5, "The %zu savings line%s of workstream %s (Esc clears the filter; 6 goes back)",
                    lines, lines == 1 ? "" : "s", link);
        break;
    }
    case LINK_NONE:
        if (link == NULL || link[0] == '\0')
            tui_say(s, 4, "This row is linked to nothing");
        else
            tui_say(s, 5, "%s is no savings line, risk, milestone or workstream: nothing to open", link);
        break;
    }
}

reaction raid_act(panel *p, tui_state *s, action what, const char *link)
{
    (void)p;
    if (what == ACTION_RAID_VIEW) {
        int next = s->current == VIEW_ACTIONS  ? VIEW_ISSUES
                   : s->current == VIEW_ISSUES ? VIEW_DECISIONS
                                               : VIEW_ACTIONS;
        s->current = next;
        tui_say(s, 3, "%s (v: %s)", s->panels[next].layout.title,
                next == VIEW_ACTIONS  ? "issues next"
                : next == VIEW_ISSUES ? "decisions next"
                                      : "actions next");
        return REACT_REDRAW;
    }
    if (what == ACTION_FOLLOW) {
        follow(s, link);
        return REACT_REDRAW;
    }
    return REACT_NONE;
}

void raid_detail_link(tui_state *s, const char *link, text_lines *out)
{
    size_t index = 0;
    switch (link_find(s, link, &index)) {
    case LINK_SAVING:
        lines_add(out, "%s", "");
        lines_add(out, "Linked to savings line %s, %s: o opens it on the Savings panel", link,
                  s->data.savings.lines[index].name);
        break;
    case LINK_RISK:
        lines_add(out, "%s", "");
        lines_add(out, "Linked to risk %s, %s: o opens it on the Risks panel", link,
                  s->data.risks.rows[index].title);
        break;
    case LINK_MILESTONE:
        lines_add(out, "%s", "");
        lines_add(out, "Linked to milestone %s, %s: o opens it on the Plan panel", link,
                  s->data.milestones.rows[index].milestone);
        break;
    case LINK_WORKSTREAM:
        lines_add(out, "%s", "");
        if (index != (size_t)-1 && s->data.workstreams.rows[index].delivery_lead[0] != '\0')
            lines_add(out,
                      "Linked to workstream %s, led by %s: o opens its savings lines on the Savings panel",
                      link, s->data.workstreams.rows[index].delivery_lead);
        else
            lines_add(out, "Linked to workstream %s: o opens its savings lines on the Savings panel", link);
        break;
    case LINK_NONE: break;
    }
}

/* ---- the views: issues and decisions ---- */

static bool add_row(void *context, const view_row *row, const view_column *columns, size_t ncolumns)
{
    view_building *b = context;
    if (row->kind != VIEW_ROW_LINE)
        return true; /* the header says how many */
    table *t = &b->p->table;
    table_row *r = table_add(t, ROW_LINE, 0, row->source);
    if (r == NULL)
        return false;
    view_cells_set(t, &b->s->theme, columns, ncolumns, row, VIEW_CELLS_PERCENT_SIGN);
    return true;
}

static bool add_issue(void *context, const view_row *row)
{
    view_building *b = context;
    bool added = add_row(context, row, issues_view_columns, ISSUES_COLUMN_COUNT);
    if (added && row->kind == VIEW_ROW_LINE) /* open and high or critical: bold */
        b->p->table.rows[b->p->table.nrows - 1].marked =
            row->cells[ISSUES_COL_OPEN].value != 0 && row->cells[ISSUES_COL_SEVERITY].value >= SEVERITY_HIGH;
    return added;
}

static bool add_decision(void *context, const view_row *row)
{
    return add_row(context, row, decisions_view_columns, DECISIONS_COLUMN_COUNT);
}

static void build_issues(panel *p, tui_state *s)
{
    table_clear(&p->table);
    issues_view view = {&s->data.issues};
    view_building b = {p, s};
    issues_view_rows(&view, add_issue, &b);
    table_arrange(&p->table, &p->layout);
}

static void build_decisions(panel *p, tui_state *s)
{
    table_clear(&p->table);
    decisions_view view = {&s->data.decisions};
    view_building b = {p, s};
    decisions_view_rows(&view, add_decision, &b);
    table_arrange(&p->table, &p->layout);
}

static void draw(panel *p, tui_state *s, int y, int x, int height, int width)
{
    panel_draw_table(p, s, y, x, height, width);
}

static const table_row *line_of(panel *p, size_t count)
{
    const table_row *r = table_selected(&p->table);
    return r != NULL && r->kind == ROW_LINE && r->source < count ? r : NULL;
}

static reaction act_issues(panel *p, tui_state *s, action what)
{
    const table_row *r = line_of(p, s->data.issues.count);
    return raid_act(p, s, what, r != NULL ? s->data.issues.rows[r->source].risk : NULL);
}

static reaction act_decisions(panel *p, tui_state *s, action what)
{
    const table_row *r = line_of(p, s->data.decisions.count);
    return raid_act(p, s, what, r != NULL ? s->data.decisions.rows[r->source].link : NULL);
}

static void date_long(char *buf, size_t size, bool has, calendar_date date)
{
    buf[0] = '\0';
    if (has)
        date_format_long(buf, size, date);
}

static void detail_issue(panel *p, tui_state *s, const table_row *row, text_lines *out)
{
    (void)p;
    const issue_row *r = &s->data.issues.rows[row->source];
    char raised[32], resolved[32], impact[48] = "";
    date_long(raised, sizeof raised, r->has_raised, r->raised);
    date_long(resolved, sizeof resolved, r->has_resolved, r->resolved);
    if (r->impact != MONEY_UNKNOWN)
        money_format(impact, sizeof impact, r->impact);
    lines_add(out, "Issue %s", r->ref);
    lines_add(out, "%s", "");
    lines_wrap(out, "Issue", 14, r->title, COLS);
    lines_add(out, "  Severity       %s", issue_severity_name(r->severity));
    lines_add(out, "  Owner          %s", r->owner);
    lines_add(out, "  Raised         %s", raised);
    lines_add(out, "  Resolved       %s%s", resolved, r->has_resolved ? "" : "(open)");
    lines_add(out, "  Risk           %s", r->risk);
    lines_add(out, "  Impact         %s", impact);
    lines_wrap(out, "Note", 14, r->note, COLS);
    raid_detail_link(s, r->risk, out);
    panel_detail_audit(s, "issues", r->ref, out);
}

static void detail_decision(panel *p, tui_state *s, const table_row *row, text_lines *out)
{
    (void)p;
    const decision_row *r = &s->data.decisions.rows[row->source];
    char on[32];
    date_format_long(on, sizeof on, r->date);
    lines_add(out, "Decision %s", r->ref);
    lines_add(out, "%s", "");
    lines_wrap(out, "Decision", 14, r->decision, COLS);
    lines_add(out, "  Date           %s", on);
    lines_add(out, "  Meeting        %s", r->meeting);
    lines_add(out, "  Made by        %s", r->made_by);
    lines_add(out, "  Link           %s", r->link);
    raid_detail_link(s, r->link, out);
    panel_detail_audit(s, "decisions", r->ref, out);
}

static void help_issues(panel *p, tui_state *s, text_lines *out)
{
    (void)p;
    (void)s;
    lines_add(out, "%s", "");
    lines_add(out, "Marks");
    lines_wrap(out, "OPEN", 18, "an issue not yet resolved; open high and critical issues are bold", COLS);
    lines_wrap(out, "dim rows", 18, "resolved issues, their severity grey", COLS);
}

static void caption_issues(panel *p, tui_state *s, char *buf, size_t size)
{
    (void)p;
    size_t open = 0;
    for (size_t i = 0; i < s->data.issues.count; i++)
        open += !s->data.issues.rows[i].has_resolved;
    snprintf(buf, size, "%zu issue%s, %zu open; v decisions", s->data.issues.count,
             s->data.issues.count == 1 ? "" : "s", open);
}

static void caption_decisions(panel *p, tui_state *s, char *buf, size_t size)
{
    (void)p;
    snprintf(buf, size, "%zu decision%s; v actions", s->data.decisions.count,
             s->data.decisions.count == 1 ? "" : "s");
}

static bool record_issue(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    (void)p;
    record_blank(out, TABLE_DEF_ISSUES);
    if (row == NULL) {
        out->values[ISSUE_FIELD_RAISED] = (field_value){false, date_to_days(s->data.today), NULL};
        return true;
    }
    if (row->kind != ROW_LINE)
        return false;
    out->exists = true;
    out->values[ISSUE_FIELD_REF] = (field_value){false, 0, s->data.issues.rows[row->source].ref};
    return true;
}

static bool record_decision(panel *p, tui_state *s, const table_row *row, edit_record *out)
{
    (void)p;
    record_blank(out, TABLE_DEF_DECISIONS);
    if (row == NULL) {
        out->values[DECISION_FIELD_DATE] = (field_value){false, date_to_days(s->data.today), NULL};
        return true;
    }
    if (row->kind != ROW_LINE)
        return false;
    out->exists = true;
    out->values[DECISION_FIELD_REF] = (field_value){false, 0, s->data.decisions.rows[row->source].ref};
    return true;
}

const panel_ops issues_panel = {
    .name = "issues",
    .fields = issues_view_columns,
    .nfields = ISSUES_COLUMN_COUNT,
    .build = build_issues,
    .draw = draw,
    .action = act_issues,
    .detail = detail_issue,
    .help = help_issues,
    .caption = caption_issues,
    .table = TABLE_DEF_ISSUES,
    .record = record_issue,
};

const panel_ops decisions_panel = {
    .name = "decisions",
    .fields = decisions_view_columns,
    .nfields = DECISIONS_COLUMN_COUNT,
    .build = build_decisions,
    .draw = draw,
    .action = act_decisions,
    .detail = detail_decision,
    .caption = caption_decisions,
    .table = TABLE_DEF_DECISIONS,
    .record = record_decision,
};
