/* tui_internal.h - what the files of tui/ share.
 *
 * The dashboard is a set of panels over one loaded copy of the data.  A table
 * panel builds rows of cells (text made safe, a sort key, a colour) from the
 * domain's figures; the table widget sorts, filters, scrolls and draws them
 * in the columns its screens/NAME.ini layout names.  Keys are bound in one
 * table (keys.c) that also draws the key bar and the help screen; colours and
 * glyphs come from one theme (theme.c).
 */
#ifndef ASSURE_TUI_INTERNAL_H
#define ASSURE_TUI_INTERNAL_H

#include <curses.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "exceptions.h"
#include "overview.h"
#include "records.h"
#include "terminal.h"
#include "tui.h"

/* ---- theme: colours and glyphs ---- */

typedef enum {
    E_NORMAL,
    E_HEADER,
    E_TAB,
    E_TAB_ACTIVE,
    E_KEYBAR,
    E_KEY,
    E_SELECTED,
    E_TITLE,
    E_DIM,
    E_RED,
    E_AMBER,
    E_GREEN,
    E_BLUE,
    E_GREY,
    E_PIPELINE,
    E_GOOD,
    E_BAD,
    E_TOTAL,
    E_STATUS,
    E_COUNT
} element;

typedef struct {
    bool utf8, colour;
    const char *hline, *vline, *corner;
    const char *block, *shade, *medium, *tick; /* bars: actual, up to target, forecast, stretch */
    const char *spark[8];
    const char *up, *down, *same, *ellipsis, *cursor;
    const char *later, *earlier; /* a forecast moved to a later year (or out of the profile), to an earlier */
} theme;

void theme_init(theme *t, bool utf8, bool colour);
attr_t theme_attr(const theme *t, element e);
element element_for_rag(rag value);
/* The word a rating shows as, colour or none: RED, AMBER ... */
const char *rag_word(rag value);

/* ---- drawing ---- */

/* Draw data text at y, x in exactly width columns (cut with an ellipsis, or
 * padded), right-aligned if asked.  Control characters are shown visibly;
 * in ASCII mode anything beyond ASCII becomes '?' (and £ is left out). */
void draw_text(const theme *t, int y, int x, int width, const char *text, attr_t attr, bool right);
/* Draw text as it comes, clipped at the screen's edge; returns the columns used. */
int draw_plain(const theme *t, int y, int x, int limit, const char *text, attr_t attr);
void draw_rule(const theme *t, int y, int x, int width, attr_t attr);
/* A bar of `width` cells: actual, then forecast, then up to target; a tick at stretch. */
void draw_profile_bar(const theme *t, int y, int x, int width, money scale, const savings_figures *f);
/* A sparkline of the defined values, one cell each, scaled between lo and hi. */
void draw_sparkline(const theme *t, int y, int x, const decimal *values, size_t count, int64_t lo, int64_t hi,
                    attr_t attr);
/* Text in a 3x5 block font (digits, . , % £ m k + - and space); returns its width. */
int draw_big(const theme *t, int y, int x, const char *text, attr_t attr);
int big_width(const char *text);
/* Display columns of UTF-8 text. */
int text_columns(const char *text);

/* ---- loaded data ---- */

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
    char (*dates)[11]; /* staffing snapshot dates, oldest first */
    size_t ndates;
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
    snapshot_info *snapshots;
    size_t nsnapshots;
    overview now;
    bool has_snapshot; /* the latest snapshot, for each headline's change */
    snapshot_info since;
    bool since_known[HEADLINE_COUNT];
    int64_t since_value[HEADLINE_COUNT];
    forecast_change_set changes; /* savings forecasts changed since that snapshot */
    forecast_move *moves;        /* ... paired into moves between years, by line */
    size_t nmoves;
    slippage_totals reprofiled;
    bool has_last_change;
    audit_entry last_change;
    calendar_date today;
    long long version; /* PRAGMA data_version as read with the data */
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
/* Each risk's score at the review before (for its movement), by risk, from
 * the risks' latest reviews when first asked for; the reviews are not kept.
 * NULL when out of memory. */
const int *data_previous_scores(tui_data *d);
/* Every review period (for the by-period view), read when first asked for;
 * NULL when it cannot be read (err says why). */
const reviews_set *data_all_reviews(tui_data *d, assure_error *err);

/* ---- layouts (screens/NAME.ini) ---- */

typedef struct {
    const char *name;    /* the field as layouts name it */
    const char *heading; /* its default heading */
    const char *help;    /* what it means, for the help screen */
    bool right;          /* numbers align right */
} field_spec;

#define LAYOUT_MAX_COLUMNS 24

typedef struct {
    int field; /* index into the panel's field registry */
    char heading[48];
    int width;
    bool right;
    int priority;
} layout_column;

typedef struct {
    char title[48];
    int key;        /* the digit that selects it */
    int sort_field; /* -1 for the panel's natural order */
    bool sort_descending;
    layout_column columns[LAYOUT_MAX_COLUMNS];
    size_t ncolumns;
    char path[1024]; /* the file it came from */
} panel_layout;

/* Load the layout of panel `name` whose fields are `fields`, from the first
 * of: the user's ~/.config/assure/screens, the screens folder beside the
 * program, the installed share/assure/screens.  Errors name FILE:LINE and
 * the known fields. */
assure_status layout_load(const char *name, const field_spec *fields, size_t nfields, panel_layout *out,
                          assure_error *err);

/* ---- the table widget ---- */

typedef struct {
    const char *text;
    int64_t sort; /* the value sorted by, for a numeric cell */
} cell;

typedef enum { ROW_LINE, ROW_SUBTOTAL, ROW_TOTAL } row_kind;

/* A cell's colour (an element) and, in the top bit, whether it sorts by
 * number: kept apart from the cells, a byte each, as a large panel has
 * hundreds of thousands of cells. */
#define CELL_NUMERIC 0x80u

typedef struct {
    cell *cells;         /* one per field of the panel's registry */
    unsigned char *look; /* one per field: its element, and CELL_NUMERIC */
    row_kind kind;
    int group;     /* rows of a group stay together, its subtotal last */
    size_t source; /* what the row shows, for the detail view */
    bool marked;   /* drawn bold: a hot spot, an overdue risk */
} table_row;

typedef struct {
    size_t nfields;
    table_row *rows;
    size_t nrows, capacity;
    string_pool *strings;
    size_t *order; /* rows shown, sorted and filtered */
    size_t norder;
    size_t selected, top; /* positions in order */
    int sort_column;      /* index into the layout's columns, or -1 */
    bool descending;
    char filter[96];
    int only_field; /* with only: rows whose cell in this field is exactly only (-1: all) */
    char only[160];
    int page;       /* rows the last draw could show */
    table_row kept; /* the row selected when the rows were cleared (its kind, group, source) */
    bool has_kept;
} table;

void table_init(table *t, size_t nfields);
void table_clear(table *t);
/* Let the rows go (also for a panel no longer shown): its sort, filter,
 * selection and scroll stay for when they are built again. */
void table_free(table *t);
table_row *table_add(table *t, row_kind kind, int group, size_t source);
/* Set a cell of the last row added (text is copied and made safe). */
void table_set(table *t, size_t field, const char *text, int64_t sort, bool numeric, element colour);
/* Sort and filter after rows change; keeps the selection on the same source when it can. */
void table_arrange(table *t, const panel_layout *layout);
/* Draw in the box; the selected row reversed when focused. */
void table_draw(table *t, const theme *th, const panel_layout *layout, int y, int x, int height, int width,
                bool focused);
/* Movement: up, down, page, home, end.  True when the selection moved. */
bool table_move(table *t, int delta);
void table_home(table *t);
void table_end(table *t);
/* The selected row, or NULL. */
const table_row *table_selected(const table *t);

/* ---- detail view lines ---- */

typedef struct {
    char **lines;
    size_t count, capacity;
} text_lines;

void lines_add(text_lines *l, const char *format, ...) __attribute__((format(printf, 2, 3)));
void lines_free(text_lines *l);
/* "  Label          text..." wrapped at width, continuation lines indented
 * under the text (label padded to label_width). */
void lines_wrap(text_lines *l, const char *label, int label_width, const char *text, int width);

/* ---- panels ---- */

typedef struct tui_state tui_state;
typedef struct panel panel;

typedef struct {
    const char *name; /* overview, savings ... */
    const field_spec *fields;
    size_t nfields;
    /* (Re)build the panel's rows from the data. */
    void (*build)(panel *p, tui_state *s);
    /* Draw the body (the table and any chart) in the box. */
    void (*draw)(panel *p, tui_state *s, int y, int x, int height, int width);
    /* A key of the panel's own; true when it used it. */
    bool (*key)(panel *p, tui_state *s, int key);
    /* The detail of a row: every field, its history. */
    void (*detail)(panel *p, tui_state *s, const table_row *row, text_lines *out);
    /* A line for the header: what the panel shows ("as at 20 Nov 2026"). */
    void (*caption)(panel *p, tui_state *s, char *buf, size_t size);
    /* The table its rows are edited in, or -1 (the Overview). */
    int table;
    /* The key of a row for editing (false for a total), or with row NULL the
     * defaults of a new one. */
    bool (*record)(panel *p, tui_state *s, const table_row *row, edit_record *out);
} panel_ops;

struct panel {
    const panel_ops *ops;
    panel_layout layout;
    table table;
    int grouping;       /* the panel's own: savings grouping, staffing grouping ... */
    int option;         /* the panel's own: staffing date index, risks heat map ... */
    int cell_l, cell_i; /* risks: the heat map's cursor and filter (0 = none) */
    bool map_focus, map_filter, map_target;
    bool stale; /* its rows are of older data: build before showing */
};

extern const panel_ops overview_panel, savings_panel, staffing_panel, reviews_panel, risks_panel;
/* Views of the Savings panel, reached from it by a key: the budget bridge
 * (b), the KPIs (i) and their values by period, and the investment (c). */
extern const panel_ops bridge_panel, kpis_panel, kpi_values_panel, investment_panel;

/* The panels after PANEL_COUNT are views of the Savings panel: its tab
 * stays lit while one is shown. */
enum { VIEW_BRIDGE = PANEL_COUNT, VIEW_KPIS, VIEW_KPI_VALUES, VIEW_INVESTMENT, VIEW_COUNT };

/* ---- keys ---- */

typedef enum {
    ACTION_NONE,
    ACTION_QUIT,
    ACTION_HELP,
    ACTION_PANEL,
    ACTION_NEXT_PANEL,
    ACTION_PREVIOUS_PANEL,
    ACTION_UP,
    ACTION_DOWN,
    ACTION_PAGE_UP,
    ACTION_PAGE_DOWN,
    ACTION_HOME,
    ACTION_END,
    ACTION_DETAIL,
    ACTION_FILTER,
    ACTION_SORT,
    ACTION_SORT_REVERSE,
    ACTION_RELOAD,
    ACTION_REPAINT,
    ACTION_MEETING,
    ACTION_EXPORT,
    ACTION_ADD,
    ACTION_EDIT,
    ACTION_DELETE,
    ACTION_REVIEW,
    ACTION_SNAPSHOT,
    ACTION_VIEW,     /* b, i, u, c: a view of the Savings panel, or back from one */
    ACTION_PANEL_KEY /* handled by the panel: v, [, ], h, t ... */
} action;

typedef struct {
    action action;
    int keys[6];
    const char *label; /* as the key bar and help show the key: "/" */
    const char *does;  /* short, for the key bar: "Filter" */
    const char *help;  /* long, for the help screen */
    unsigned panels;   /* panels it applies to (bit per panel); 0 for all */
    int bar_priority;  /* 0: not in the key bar; 1 first to stay */
    bool edits;        /* changes data: hidden and refused when read-only */
} binding;

const binding *keys_bindings(size_t *count);
/* The action bound to key in panel (index), or ACTION_NONE; editing
 * actions are ACTION_NONE when read_only. */
action keys_action(int key, int panel_index, bool read_only);
/* Draw the key bar for the panel on line y. */
void keys_draw_bar(const theme *t, int y, int width, int panel_index, bool read_only);

/* ---- the dashboard's state ---- */

typedef enum {
    MODE_PANEL,
    MODE_HELP,
    MODE_DETAIL,
    MODE_FILTER,
    MODE_EXPORT,
    MODE_MEETING,
    MODE_FORM,
    MODE_CONFIRM_DELETE,
    MODE_SNAPSHOT
} mode;

/* ---- forms ---- */

typedef struct form form;
typedef enum { FORM_RECORD, FORM_REVIEW } form_kind;
typedef enum { FORM_OPEN, FORM_SAVED, FORM_ABANDONED } form_result;

/* A form for the row keyed by key (key->exists false: a new row, key's
 * values its defaults); NULL with err on failure. */
form *form_open(tui_state *s, form_kind kind, table_id table, const edit_record *key, const char *title,
                assure_error *err);
void form_draw(form *f, tui_state *s);
form_result form_key(form *f, tui_state *s, int key);
/* Say something on the form's status line (a wait, as it goes). */
void form_say(form *f, const char *message);
void form_free(form *f);

struct tui_state {
    const tui_options *options;
    const assure_config *cfg;
    theme theme;
    tui_data data;
    bool data_ok;
    char problem[512];
    panel panels[VIEW_COUNT];
    int current;
    int shown; /* the panel whose rows are held: the one drawn last */
    mode mode;
    text_lines detail;
    size_t detail_top;
    char filter_edit[96];
    char status[512];
    time_t status_until;
    time_t meeting_switched;
    int meeting_step; /* 0: the big headlines, then each panel */
    long long data_version;
    char loaded_at[16]; /* when the data was last read: 18:42:05 */
    form *form;
    edit_record pending;   /* the row a delete asks about */
    char prompt[400];      /* the question being asked, or the label being typed */
    char prompt_note[600]; /* why what was typed could not be used, said beside it */
    int since_choice;      /* the snapshot compared with: -1 the latest, else its index */
    store_file_state file; /* the database file: still the one opened, or replaced or removed */
};

/* Is the database file still the one opened?  When it is not, say so until
 * it is opened again; returns its state. */
store_file_state tui_check_file(tui_state *s);
/* Open the file now at the database's path in place of the one that was
 * replaced, and read it; false (and said why) when it cannot be. */
bool tui_reopen(tui_state *s);

/* Mark every value of a record blank: a new row's defaults start from this. */
void record_blank(edit_record *out, table_id which);

/* Read the data again (after a save, or when someone else has saved). */
void tui_reload(tui_state *s, bool by_request);

/* Draw a panel's standard table and return the rows it used. */
int panel_draw_table(panel *p, tui_state *s, int y, int x, int height, int width);
/* Append the audit history of a row to a detail view. */
void panel_detail_audit(tui_state *s, const char *table, const char *key, text_lines *out);
/* "3.00" to "3", "1.30" to "1.3": a decimal without the zeros that say nothing. */
void screen_trim_zeros(char *text);
/* Money for screens: £1.2m, £150k; "" when unknown. */
void screen_money(char *buf, size_t size, money value);
/* The same with a + before a rise: +£2.7m. */
void screen_money_signed(char *buf, size_t size, money value);
/* The change of headline h since the snapshot, as "▼-£182k worse", and its judgement. */
change_judgement headline_change(const tui_state *s, headline h, char *buf, size_t size);
/* How screens write headlines: short money, arrows as the theme draws them. */
headline_style screen_headline_style(const tui_state *s);

/* Write an edit that could not be saved to a new CSV file (here, else in the
 * home directory) that import takes back; its path into path. */
assure_status unsaved_write(const edit_record *record, char *path, size_t size, assure_error *err);

/* Write the current panel's rows (as shown) to a file; returns its path in buf. */
assure_status export_panel(tui_state *s, bool markdown, char *path, size_t size, assure_error *err);

#endif
