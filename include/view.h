/* view.h - a panel's rows as typed cells, one model for the screen and the
 * report.
 *
 * A view turns the data into rows of cells: money (whole pounds), percent
 * and other decimals, FTE (hundredths), count, date, FY, text, RAG and a few
 * of the panels' own (a rating, a movement, a trend), each typed and exact,
 * never a float, with the rows that sum others (a group's subtotal, the
 * total) marked as such.  Its columns are named once, in a registry per view: the
 * name screens/NAME.ini uses, a heading, a type, what it means, and the
 * field the report writes it as.  The dashboard turns cells into text and
 * colour; `assure report` into text, Markdown, CSV and JSON.
 */
#ifndef ASSURE_VIEW_H
#define ASSURE_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "figures.h"
#include "rag.h"

typedef enum {
    VIEW_TYPE_TEXT,
    VIEW_TYPE_MONEY,   /* whole pounds */
    VIEW_TYPE_PERCENT, /* a decimal percentage, usually to one place */
    VIEW_TYPE_DECIMAL, /* a rate or a ratio: a decimal, not a percentage */
    VIEW_TYPE_FTE,     /* hundredths of a full-time equivalent */
    VIEW_TYPE_COUNT,
    VIEW_TYPE_DATE, /* ISO 8601, held in the cell's word */
    VIEW_TYPE_FY,   /* a financial year as calendar.h numbers it */
    VIEW_TYPE_RAG,
    VIEW_TYPE_SHIFT,    /* money moved between years: later or earlier */
    VIEW_TYPE_CHANGE,   /* a percentage's change in points since a snapshot: a rise is bad */
    VIEW_TYPE_TREND,    /* the direction of the row's history (a trend enum), drawn from it */
    VIEW_TYPE_RATING,   /* a rating on a scale of its own (a risk's): its name, its word, a RAG colour */
    VIEW_TYPE_MOVEMENT, /* which way a score moved since the review before: up is worse */
    VIEW_TYPE_FLAG,     /* true or false; people see its word when true, in its RAG colour */
    VIEW_TYPE_VARIANCE, /* money against a budget, signed: over it (positive) is bad; its RAG colour */
    VIEW_TYPE_MEASURE,  /* a KPI's measure in hundredths: 12,010.5 for people, 12010.50 for programs */
    VIEW_TYPE_BETTER,   /* a measure's improvement in hundredths: worse (negative) is bad */
    VIEW_TYPE_PROGRESS, /* periods towards a number needed: the word once reached, else how many of it */
    VIEW_TYPE_SPARK     /* the row's history as levels 0 to 7 (the view scales them), drawn from it */
} view_type;

/* Whether a column of this type holds a number that reads right-aligned. */
#define VIEW_TYPE_IS_FIGURE(type)                                                                            \
    ((type) == VIEW_TYPE_MONEY || (type) == VIEW_TYPE_PERCENT || (type) == VIEW_TYPE_DECIMAL ||              \
     (type) == VIEW_TYPE_FTE || (type) == VIEW_TYPE_COUNT || (type) == VIEW_TYPE_CHANGE ||                   \
     (type) == VIEW_TYPE_VARIANCE || (type) == VIEW_TYPE_MEASURE || (type) == VIEW_TYPE_BETTER)

/* How a cell asks to be shown beside its neighbours: dim (an overlap line),
 * a warning (a line at risk), a note (a team over establishment), an alert
 * (a review overdue), bad (a KPI gone the wrong way). */
typedef enum {
    VIEW_TONE_NORMAL,
    VIEW_TONE_DIM,
    VIEW_TONE_WARN,
    VIEW_TONE_NOTE,
    VIEW_TONE_ALERT,
    VIEW_TONE_BAD /* worse than where it started (a KPI's benefit below nothing) */
} view_tone;

typedef struct {
    const char *name;    /* as screens/NAME.ini names it: target */
    const char *heading; /* for people: Target */
    view_type type;
    const char *field; /* the report's csv heading and json key (target_gbp); NULL: on screen only */
    int importance;    /* the text report drops the highest numbers first when narrow */
    bool flexible;     /* the text report may shorten it (names, titles) */
    const char *help;  /* what it means, for the help screen */
} view_column;

/* Entries of a registry from an X-macro list of columns (see view_savings.h). */
#define VIEW_COLUMN_ENUM(name, id, heading, type, field, importance, flexible, help) name,
#define VIEW_COLUMN_ENTRY(name, id, heading, type, field, importance, flexible, help)                        \
    [name] = {id, heading, type, field, importance, flexible, help},

typedef struct {
    bool defined;  /* false: blank (csv), null (json) */
    int64_t value; /* money, FTE hundredths, count, FY, percent units, money shifted */
    int places;    /* percent, decimal, FTE: the decimal places of value */
    int direction; /* shift: 1 moved later (or out), -1 earlier; movement: 1 up, -1 down; 0 neither */
    const char *text;
    char word[28]; /* a date; a count as people read it ("month"); a rating's or flag's word */
    rag rating;    /* a RAG cell's rating */
    view_tone tone;
    bool ordered; /* text: one of a list, sorted by value (its place in the list), not by its letters */
} view_cell;

typedef enum {
    VIEW_ROW_LINE,     /* one record (or one record's year) */
    VIEW_ROW_SUBTOTAL, /* the lines of a group, summed */
    VIEW_ROW_TOTAL,    /* every line that counts, summed */
    VIEW_ROW_PIPELINE  /* lines in no total, summed on their own */
} view_row_kind;

#define VIEW_MAX_COLUMNS 24
#define VIEW_MAX_HISTORY 12

typedef struct {
    view_row_kind kind;
    int group;         /* a line's group, a subtotal's: 0 when not grouped */
    size_t source;     /* a line: the index of the record it shows */
    size_t count;      /* a subtotal, total or pipeline: the lines in it */
    size_t reached;    /* a total: its lines that have reached what they aim at (KPIs sustained) */
    const char *label; /* a subtotal: its group's name ("" for lines with none; NULL by FY) */
    char caption[96];  /* a summary row's words of its own, where a view gives them ("2018/19 forecast
                          outturn") */
    view_cell cells[VIEW_MAX_COLUMNS];
    decimal history[VIEW_MAX_HISTORY]; /* a trend cell's values, oldest first */
    size_t nhistory;
} view_row;

/* Rows are handed over one at a time, in order, so that a report of many
 * lines is written as it goes; false from it stops the view. */
typedef bool (*view_emit)(void *context, const view_row *row);

/* A row of the kind, every cell blank. */
void view_row_start(view_row *row, view_row_kind kind, int group, size_t source);
void view_set_text(view_row *row, size_t column, const char *text, view_tone tone);
/* Text that is one of a list (a kind, a section): it sorts by its place, value. */
void view_set_choice(view_row *row, size_t column, const char *text, int value);
/* Money; MONEY_UNKNOWN leaves it blank. */
void view_set_money(view_row *row, size_t column, money value);
/* A decimal (a percentage or a rate); undefined leaves it blank. */
void view_set_decimal(view_row *row, size_t column, decimal value);
void view_set_fte(view_row *row, size_t column, fte_hundredths value, view_tone tone);
void view_set_count(view_row *row, size_t column, int64_t value, bool defined);
/* A count that people read as a word ("month" for a calendar month's days). */
void view_set_count_word(view_row *row, size_t column, int64_t value, const char *word);
/* The direction of the row's history (set there first). */
void view_set_trend(view_row *row, size_t column, int direction);
void view_set_fy(view_row *row, size_t column, int fy);
/* A date as ISO 8601 text (copied); "" leaves it blank. */
void view_set_date(view_row *row, size_t column, const char *iso, view_tone tone);
/* A rating: its name for programs, its word for people, its colour. */
void view_set_rating(view_row *row, size_t column, int value, const char *name, const char *word, rag colour);
/* Which way a score moved: direction 1 up, -1 down, 0 the same; value orders them. */
void view_set_movement(view_row *row, size_t column, int value, int direction, bool defined);
/* True or false, and the word and colour people see when true. */
void view_set_flag(view_row *row, size_t column, bool value, const char *word, rag colour);
void view_set_rag(view_row *row, size_t column, rag value);
/* Money against a budget, and the colour it is rated; MONEY_UNKNOWN leaves it blank. */
void view_set_variance(view_row *row, size_t column, money value, rag colour);
void view_set_shift(view_row *row, size_t column, money amount, int direction);
/* A change in points (a decimal); undefined leaves it blank. */
void view_set_change(view_row *row, size_t column, decimal points);
/* A KPI's measure, or its improvement, in hundredths; not defined leaves it blank. */
void view_set_measure(view_row *row, size_t column, int64_t hundredths, bool defined);
/* Periods at a target towards the number needed: reached, people see word
 * (in colour); else "2 of 3", or not_yet before the first (on the screen
 * and in reports alike: view_cell_progress_words). */
void view_set_progress(view_row *row, size_t column, bool reached, int periods, int needed, const char *word,
                       const char *not_yet, rag colour);
/* The row's history as levels 0 to 7, oldest first (set there first). */
void view_set_spark(view_row *row, size_t column);
/* "12,010.5": a measure in hundredths for people, thousands grouped, no
 * trailing zeros after the point. */
void view_format_measure(char *buf, size_t size, int64_t hundredths);
/* A percentage or decimal cell as a decimal (undefined when blank). */
decimal view_cell_decimal(const view_cell *cell);
/* A progress cell in words, the same on the screen and in reports: its word
 * when reached ("SUSTAINED"), the periods so far ("1 of 3"), else its
 * not-yet text ("not yet"); "" when undefined. */
const char *view_cell_progress_words(const view_cell *cell);

#endif
