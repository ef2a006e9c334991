/* data.h - the one loaded copy of the data the dashboard shows. */
#ifndef ASSURE_TUI_DATA_H
#define ASSURE_TUI_DATA_H

#include <stdbool.h>
#include <stdint.h>

#include "exceptions.h"
#include "overview.h"
#include "pack.h"
#include "records.h"
#include "tui.h"

/* What the dashboard holds is what its screens show, not whole tables: a
 * screen's worth of staffing dates, the recent review periods, each risk's
 * last reviews.  The rest is read when asked for (another date, every
 * period, a row's detail), so memory and the time to start stay the same
 * however many years of history the database keeps. */
#define DATA_STAFFING_DATES 3  /* the latest, the one shown, the one before it */
#define DATA_REVIEW_PERIODS 24 /* the trends and charts show at most this many */
#define DATA_RISK_REVIEWS   2  /* a score's movement is against the review before */
/* Every period of every team, as rows on screen, costs about 0.4 KB a row:
 * past this many the view says so, and where to find them instead. */
#define DATA_EVERY_PERIOD_ROWS 200000

typedef struct {
    char date[11];
    staffing_set rows;
    unsigned long used; /* when it was last asked for: the least recent goes first */
} staffing_held;

typedef struct {
    store *store;
    savings_set savings;
    staffing_held staffing[DATA_STAFFING_DATES]; /* see data_staffing_on */
    unsigned long staffing_clock;
    char latest_date[11]; /* the latest staffing snapshot date ("" when none) */
    char (*dates)[11];    /* every snapshot date, oldest first, once asked for (data_staffing_dates) */
    size_t ndates;
    bool has_dates;
    reviews_set reviews;     /* the latest DATA_REVIEW_PERIODS periods */
    reviews_set all_reviews; /* every period, once asked for (data_all_reviews) */
    bool has_all_reviews;
    risks_set risks;
    int *previous_scores;           /* each risk's score at the review before, once asked for */
    overview_exception *exceptions; /* the Overview's, worst first, once found */
    size_t nexceptions;
    bool has_exceptions;
    bridge_set bridge;
    kpi_set kpis;
    investment_set investment;
    signoffs_set signoffs;       /* the benefits signed off, by line then day */
    workstreams_set workstreams; /* the project register: what a link may name */
    actions_set actions;         /* the RAID log */
    issues_set issues;
    decisions_set decisions;
    highlights_set highlights;  /* by workstream, then period: the Savings panel shows the latest */
    milestones_set milestones;  /* the plan */
    calendar_date next_meeting; /* the latest snapshot's date plus whole fortnights after today */
    snapshot_info *snapshots;
    size_t nsnapshots;
    overview now;
    bool has_snapshot; /* the latest snapshot, for each headline's change */
    snapshot_info since;
    bool since_known[HEADLINE_COUNT];
    int64_t since_value[HEADLINE_COUNT];
    snapshot_item_set since_items;        /* what that snapshot kept of the plan, risks and actions */
    milestone_due_then *since_milestones; /* ... the milestones' due dates among them, by ref */
    size_t nsince_milestones;
    forecast_change_set changes; /* savings forecasts changed since that snapshot */
    forecast_move *moves;        /* ... paired into moves between years, by line */
    size_t nmoves;
    slippage_totals reprofiled;
    bool has_last_change;
    audit_entry last_change;
    calendar_date today;
    long long version; /* PRAGMA data_version as read with the data */
    pack *pack;        /* the meeting pack, once meeting mode asks for it (meeting_pack.c) */
} tui_data;

/* Read everything; compare with snapshot number since_choice (-1: the latest). */
assure_status data_load(store *s, const assure_config *cfg, calendar_date today, int since_choice,
                        tui_data *d, assure_error *err);
void data_free(tui_data *d);
indicator_settings data_settings(const assure_config *cfg);
/* The staffing rows of one snapshot date, read when first asked for; the
 * set is the data's, and stays good until DATA_STAFFING_DATES other dates
 * have been asked for.  Empty when it cannot be read. */
staffing_set data_staffing_on(tui_data *d, const char *date);
/* Every staffing snapshot date, oldest first, read when first asked for
 * (the Staffing panel steps through them; the Overview needs only the
 * latest): their count, *dates pointing at the data's.  When they cannot be
 * read, the latest alone. */
size_t data_staffing_dates(tui_data *d, const char (**dates)[11]);
/* Each risk's score at the review before (for its movement), by risk, from
 * the risks' latest reviews when first asked for; the reviews are not kept.
 * NULL when out of memory. */
const int *data_previous_scores(tui_data *d);
/* Every review period (for the by-period view), read when first asked for;
 * NULL when it cannot be read (err says why). */
const reviews_set *data_all_reviews(tui_data *d, assure_error *err);

#endif
