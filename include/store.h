/* store.h - the SQLite store: opening, schema migrations, transactions.
 *
 * The only module that includes <sqlite3.h>.  A database is created by
 * store_create (assure init) and opened by store_open, which refuses a
 * database from a newer assure, and backs up then migrates an older one.
 * Connections run in WAL mode with a busy timeout and foreign keys on; a
 * read-only connection cannot write even by mistake (read-only open and
 * PRAGMA query_only).
 */
#ifndef ASSURE_STORE_H
#define ASSURE_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "error.h"
#include "fields.h"
#include "overview.h"
#include "records.h"
#include "slippage.h"

#define STORE_SCHEMA_VERSION 12
#define STORE_APPLICATION_ID 0x41535552 /* "ASUR" */

typedef struct store store;

typedef enum { STORE_READ_WRITE, STORE_READ_ONLY } store_mode;

/* What opening did beyond opening. */
typedef struct {
    int found_version; /* schema version before any migration */
    bool migrated;     /* true when the database was upgraded */
    bool damaged;      /* opening failed because SQLite found the file damaged */
    char backup[4096]; /* the copy kept before upgrading */
} store_open_report;

/* Create a new, empty database at path (which must not exist), readable and
 * writable by its owner and group only. */
assure_status store_create(const char *path, assure_error *err);
/* Open an existing database.  report may be NULL. */
assure_status store_open(const char *path, store_mode mode, store **out, store_open_report *report,
                         assure_error *err);
void store_close(store *s);

/* A location that begins postgresql:// or postgres:// is a PostgreSQL
 * database (libpq's URI), which holds programmes each in a schema of its
 * own; any other is a SQLite file, which holds one, "main".  The
 * _programme forms name the programme (NULL or "": "main"). */
bool store_location_is_postgresql(const char *location);
bool store_programme_name_ok(const char *name);
assure_status store_create_programme(const char *location, const char *programme, assure_error *err);
assure_status store_open_programme(const char *location, const char *programme, store_mode mode, store **out,
                                   store_open_report *report, assure_error *err);
/* The programmes a database holds, sorted, each name to be freed and then
 * the array: a PostgreSQL database's schemas that hold one, or a SQLite
 * file's one, main. */
assure_status store_programmes(const char *location, char ***names, size_t *count, assure_error *err);
/* Take away a programme this run created and could not finish (a copy
 * that failed its check): a SQLite file and its side files, or a
 * PostgreSQL programme's schema.  Never for one made before. */
assure_status store_remove_made(const char *location, const char *programme, assure_error *err);
/* The location as it may be shown: a PostgreSQL one without any password. */
void store_location_shown(const char *location, char *out, size_t size);
/* The open programme's name ("main" for a SQLite file). */
const char *store_programme(const store *s);

const char *store_path(const store *s);

/* Is the path still the file that was opened?  Another user may restore a
 * backup over it (cp, mv) or remove it while a dashboard has it open; a
 * write then would go into a file nobody will see again, or damage the one
 * now at the path.  Every write checks first, and writes nothing when moved. */
typedef enum { STORE_FILE_SAME, STORE_FILE_REPLACED, STORE_FILE_REMOVED, STORE_CONNECTION_LOST } store_file_state;
/* A PostgreSQL store is SAME, or CONNECTION_LOST when the server ended the
 * connection (restarted, the session terminated, the network dropped). */
store_file_state store_file_check(store *s);
/* Open the file now at the path in place of the one opened (as store_open
 * does, upgrading it if it is older); s is kept, and on failure still holds
 * the file it had.  On PostgreSQL: connect again, to the same programme.
 * A PostgreSQL store also connects again by itself when a transaction
 * begins on a lost connection, so a save after a drop goes through. */
assure_status store_reopen(store *s, store_open_report *report, assure_error *err);
bool store_is_read_only(const store *s);
/* The schema version (PRAGMA user_version), or -1 with err set when it
 * cannot be read or is one no assure writes (negative, or absurdly high). */
int store_schema_version(store *s, assure_error *err);

/* Rows in one of the tables a user sees (for savings: lines; for risks: risks). */
assure_status store_count(store *s, table_id table, long long *count, assure_error *err);
/* The store's own tables, beside the user's: meeting snapshots and the audit trail. */
typedef enum { STORE_OWN_SNAPSHOTS, STORE_OWN_AUDIT } store_own_table;
#define STORE_OWN_TABLE_COUNT 2
/* "snapshots", "audit": as the audit trail and 'assure log --table' name them. */
const char *store_own_table_name(store_own_table table);
assure_status store_count_own(store *s, store_own_table table, long long *count, assure_error *err);
/* The name users know the table by that a stored SQL table is part of
 * ("risks" for risk_history, "snapshots" for snapshot_value), or NULL. */
const char *store_table_of(const char *stored);

/* Load a whole table, ordered by its key. */
/* The most rows of one table that the loaders read into memory: a table
 * with more is refused with a message saying so, rather than read until the
 * server runs out of memory. */
#define STORE_LOAD_MAX_ROWS 2000000

/* Every row of a table (its main part) in key order, one at a time, so that
 * memory stays the same however many there are: values are indexed by the
 * table's fields and live until fn returns; fn returns false to stop. */
typedef bool (*store_row_fn)(void *context, const field_value *values);
assure_status store_each_row(store *s, table_id table, store_row_fn fn, void *context, assure_error *err);
/* True when the table's rows are written one at a time by store_each_row
 * (so that an export of any size keeps memory level); false for those
 * written with what each row keeps beside it (savings, bridge, costs). */
bool store_table_streams(table_id table);

assure_status store_load_savings(store *s, savings_set *out, assure_error *err);
/* Staffing rows of one snapshot date (as_at "YYYY-MM-DD"), or of every date when NULL. */
assure_status store_load_staffing(store *s, const char *as_at, staffing_set *out, assure_error *err);
/* One area and role at every snapshot date, oldest first. */
assure_status store_load_staffing_post(store *s, const char *area, const char *role, staffing_set *out,
                                       assure_error *err);
/* The latest staffing snapshot date on or before until ("YYYY-MM-DD", or
 * NULL: any) into date, or "" when there is none. */
assure_status store_latest_staffing_date(store *s, const char *until, char date[11], assure_error *err);
/* The staffing snapshot dates, oldest first (an array of "YYYY-MM-DD" to free). */
assure_status store_staffing_dates(store *s, char (**dates)[11], size_t *count, assure_error *err);
assure_status store_load_reviews(store *s, reviews_set *out, assure_error *err);
/* The rows of the latest `periods` periods starting on or before until
 * ("YYYY-MM-DD", or NULL: any), ordered as above: what a screen of recent
 * throughput needs, however many years the table holds. */
assure_status store_load_recent_reviews(store *s, const char *until, size_t periods, reviews_set *out,
                                        assure_error *err);
/* One team's rows, oldest first. */
assure_status store_load_team_reviews(store *s, const char *team, reviews_set *out, assure_error *err);
assure_status store_load_risks(store *s, risks_set *out, assure_error *err);
assure_status store_load_risk_history(store *s, risk_history_set *out, assure_error *err);
/* Of each risk's history only its latest keep reviews (a score's movement
 * needs two), ordered as above. */
assure_status store_load_latest_risk_history(store *s, size_t keep, risk_history_set *out, assure_error *err);
/* One risk's history, oldest first. */
assure_status store_load_risk_history_of(store *s, const char *ref, risk_history_set *out, assure_error *err);
assure_status store_load_bridge(store *s, bridge_set *out, assure_error *err);
/* The KPIs with their values. */
assure_status store_load_kpis(store *s, kpi_set *out, assure_error *err);
assure_status store_load_investment(store *s, investment_set *out, assure_error *err);
/* The RAID log beside the risk register, each by ref. */
assure_status store_load_actions(store *s, actions_set *out, assure_error *err);
assure_status store_load_issues(store *s, issues_set *out, assure_error *err);
assure_status store_load_decisions(store *s, decisions_set *out, assure_error *err);
/* The plan's milestones, by ref. */
assure_status store_load_milestones(store *s, milestones_set *out, assure_error *err);
/* Highlight reports, by workstream (whatever its case) then period. */
assure_status store_load_highlights(store *s, highlights_set *out, assure_error *err);
/* The project register by name; the benefits signed off by line, then signed_on. */
assure_status store_load_workstreams(store *s, workstreams_set *out, assure_error *err);
assure_status store_load_signoffs(store *s, signoffs_set *out, assure_error *err);

/* Who made a change, when, and from what file: every change is audited. */
typedef struct {
    const char *at;     /* UTC: 2026-11-23T18:40:00Z */
    const char *who;    /* the operating system's account of the real uid */
    const char *client; /* the SSH client's address, or "" */
    const char *source; /* the file imported, or "" */
} audit_actor;

/* Who is changing the data now: the account of the process's real uid (its
 * passwd entry; never $USER, which anyone can set), $SSH_CLIENT's address,
 * the time in UTC.  The actor's strings point into the struct. */
typedef struct {
    char at[32], who[128], client[64];
    audit_actor actor;
} store_actor;

void store_actor_now(store_actor *out, const char *source);

/* Waiting for a colleague: a write waits for another's to finish for up to
 * seconds ([database] busy_timeout; STORE_BUSY_TIMEOUT unless set). */
#define STORE_BUSY_TIMEOUT 30
void store_set_busy_timeout(store *s, int seconds);
/* Called about once a second while a write waits: who is writing, where the
 * system says ("" otherwise), the seconds waited and the most it will wait.
 * Returning false stops waiting: the write fails, and nothing is written. */
typedef bool (*store_wait_fn)(void *context, const char *holder, int waited, int most);
void store_on_wait(store *s, store_wait_fn report, void *context);
/* Who holds the database's write lock now, where the system says (Linux's
 * /proc/locks): "r.okafor (pid 4242: assure import reviews x.csv)". */
bool store_lock_holder(store *s, char *out, size_t size);

/* True when the last failure was the database being locked by another writer
 * for longer than the busy timeout: worth trying again. */
bool store_busy(store *s);

typedef struct {
    long added, changed, removed, unchanged;
} import_counts;

/* Savings rows have two parts: the line, and its profile by FY. */
typedef enum { IMPORT_MAIN, IMPORT_PROFILE } import_part;

/* A declared total that disagrees with the lines it covers, or a printed
 * percentage that disagrees with its row. */
typedef struct {
    const char *ref;          /* the line whose total column disagreed, or "" for a total row; a
                                 staffing row's key ("2015-01-30 / West Kent / Team Manager") */
    const char *label;        /* the row as the file names it; a percentage's column heading */
    int fy;                   /* the FY checked, or 0 for all years */
    const char *measure;      /* target, stretch, forecast or actual (or what a bridge or investment
                                 figure is); a percentage's name ending _pct: uncovered_pct */
    money declared, computed; /* pounds, FTE hundredths for fte, hundredths of a percent for _pct */
    int line;
} declared_total_record;

typedef struct store_import store_import;

/* Begin an import into table: one IMMEDIATE transaction, which nothing else
 * sees until store_import_finish commits it.  With replace, rows the file
 * does not hold are removed at the end. */
assure_status store_import_begin(store *s, table_id table, bool replace, const audit_actor *actor,
                                 store_import **out, assure_error *err);
/* Note that the file holds the row whose key is in values (indexed by the
 * table's fields) at line.  *first_line is 0 for a new key, else the line
 * that held it first: a duplicate. */
assure_status store_import_key(store_import *import, import_part part, const field_value *values, int line,
                               int *first_line, assure_error *err);
/* Insert or update one row, auditing what it adds or changes.  present (by
 * field; NULL: all) says which fields the file has: updating a row keeps
 * the stored value of a field the file does not have. */
assure_status store_import_row(store_import *import, import_part part, const field_value *values,
                               const bool *present, assure_error *err);
/* Whether table holds a row with the key in values (as the import's
 * transaction sees it): a KPI value's KPI. */
assure_status store_import_row_exists(store_import *import, table_id table, const field_value *values,
                                      bool *found, assure_error *err);
/* A bridge file holds rows of year fy: what earlier imports found of that
 * year's declared figures gives way to what this one finds. */
assure_status store_import_clear_year_findings(store_import *import, int fy, assure_error *err);
/* A cost a savings file carries (a row of the programme's own costs): it
 * goes to the programme's costs, an investment row of kind other under the
 * cost row's ref, with its money by year in investment_year (a year it no
 * longer gives is removed). */
typedef struct {
    const char *ref, *name;
    const int *fys;       /* the years it has money in (FY_LATER: the later years) */
    const money *amounts; /* pounds, one per year */
    size_t nyears;
} import_cost;
assure_status store_import_cost(store_import *import, const import_cost *cost, assure_error *err);
/* The file makes ref a cost or a net row, not a savings line: a line stored
 * under it is removed (its profile years first, each audited), and the
 * findings kept for the ref give way to what this import finds. */
assure_status store_import_not_a_line(store_import *import, const char *ref, assure_error *err);
/* The costs written so far: added, changed, unchanged. */
import_counts store_import_cost_counts(const store_import *import);
/* Keep a disagreeing declared total (savings, bridge, investment). */
assure_status store_import_declared_total(store_import *import, const declared_total_record *total,
                                          assure_error *err);
/* End the import: commit (or, for a dry run or after errors, roll back) and
 * free it.  counts[IMPORT_MAIN] and counts[IMPORT_PROFILE] say what changed. */
assure_status store_import_finish(store_import *import, bool commit, import_counts counts[2],
                                  assure_error *err);

/* Meeting snapshots of the headline indicators. */
typedef struct {
    long long id;
    char label[256];
    char taken_at[32];     /* UTC, 2026-11-09T10:00:00Z */
    char meeting_date[11]; /* the meeting's day, 2026-11-09 */
    char attendees[512];   /* "Strategic Director; Programme Manager", "" when not given */
} snapshot_info;

/* Every snapshot, oldest first (an array to free). */
assure_status store_list_snapshots(store *s, snapshot_info **list, size_t *count, assure_error *err);
/* The value a snapshot kept for an indicator; *present is false when it kept none. */
assure_status store_snapshot_value(store *s, long long id, const char *indicator, int64_t *value,
                                   bool *present, assure_error *err);

/* What a snapshot kept of each item of the RAID log and the plan, so that
 * what moved since the meeting can be said (a snapshot taken before these
 * were kept has none):
 *   SNAPSHOT_MILESTONE  date: its forecast, else its baseline; status:
 *                       not_started, on_track, at_risk or done
 *   SNAPSHOT_RISK       score: likelihood x impact (has_score false when
 *                       unscored); status: open or closed
 *   SNAPSHOT_ACTION     date: its due date (has_date false when none);
 *                       status: open, done or dropped */
typedef enum { SNAPSHOT_MILESTONE, SNAPSHOT_RISK, SNAPSHOT_ACTION, SNAPSHOT_ITEM_KINDS } snapshot_item_kind;

typedef struct {
    snapshot_item_kind kind;
    char ref[65];
    bool has_date, has_score;
    calendar_date date;
    int score;
    char status[16];
} snapshot_item;

typedef struct {
    snapshot_item *items; /* by kind (milestones, risks, actions), then ref */
    size_t count;
} snapshot_item_set;

/* The items snapshot id kept (of every kind); free with snapshot_item_set_free. */
assure_status store_snapshot_items(store *s, long long id, snapshot_item_set *out, assure_error *err);
/* The item of that kind and ref in set, or NULL when the snapshot kept none. */
const snapshot_item *snapshot_item_find(const snapshot_item_set *set, snapshot_item_kind kind,
                                        const char *ref);
void snapshot_item_set_free(snapshot_item_set *set);

/* The declared totals kept from imports (for assure check). */
typedef struct {
    char table[16];
    char ref[128];
    char label[256];
    int fy;
    char measure[16];
    money declared, computed;
    char source[512];
    int line;
} declared_total_finding;

assure_status store_load_declared_totals(store *s, declared_total_finding **list, size_t *count,
                                         assure_error *err);

/* One entry of the audit trail. */
typedef struct {
    char at[32], who[128], client[64], action[16], table[16];
    char key[256], field[64];
    char old_value[512], new_value[512]; /* "" when none; cut at 511 bytes */
    char source[256];
} audit_entry;

/* The audit entries for one row (table as the user names it, key as the
 * trail writes it: "ASC-01", "2026-11-20 / Castlegate / Team Manager"), or
 * for every row of the table when key is NULL; newest first, at most max. */
assure_status store_audit_for(store *s, const char *table, const char *key, size_t max, audit_entry **list,
                              size_t *count, assure_error *err);
/* The newest entry of the whole trail; *found is false when it is empty. */
assure_status store_last_change(store *s, audit_entry *entry, bool *found, assure_error *err);

/* An edit from the dashboard: one row (a savings line with its profile years). */
#define EDIT_MAX_YEARS 24

typedef struct {
    table_id table;
    bool exists;                          /* false for a row being added */
    field_value values[TABLE_MAX_FIELDS]; /* the table's fields, as tables.c numbers them */
    size_t nyears;                        /* savings: the profile years */
    field_value years[EDIT_MAX_YEARS][TABLE_MAX_FIELDS];
    string_pool *strings; /* holds the texts read from the store */
} edit_record;

/* Read the stored row whose key is in key->values (and, for savings, its
 * profile years) into out; out->exists is false when there is none. */
assure_status store_record_read(store *s, const edit_record *key, edit_record *out, assure_error *err);
void edit_record_free(edit_record *record);

/* Save after in place of before (before->exists false: add a new row), in one
 * IMMEDIATE transaction, auditing each change under `action` (add, edit).
 * When the stored row no longer matches before - someone else saved it since
 * the form opened, or added a row with that key - nothing is written and
 * *conflict is set; store_record_read gives what is stored now. */
assure_status store_record_save(store *s, const audit_actor *actor, const edit_record *before,
                                const edit_record *after, bool *conflict, assure_error *err);
/* Delete the row (and a savings line's profile years), if it still matches before. */
assure_status store_record_delete(store *s, const audit_actor *actor, const edit_record *before,
                                  bool *conflict, assure_error *err);
/* Record a risk review: new likelihood and impact, a note, last_reviewed =
 * reviewed, next_review = next; its score goes into the history.  Likelihood
 * and impact 0 leave the risk unscored, with nothing for the history. */
assure_status store_risk_review(store *s, const audit_actor *actor, const edit_record *before, int likelihood,
                                int impact, const char *note, calendar_date reviewed, calendar_date next,
                                bool *conflict, assure_error *err);

/* The meeting a snapshot is taken for. */
typedef struct {
    const char *label;     /* "PAM 23 Nov 2026" */
    calendar_date date;    /* the meeting's day */
    const char *attendees; /* "A; B", or "" */
} snapshot_meeting;

/* Take a snapshot for the meeting: the headline indicators (values in each
 * one's unit; known[i] false for one with no value), and each milestone,
 * risk and action as it stands (see snapshot_item), in one transaction. */
assure_status store_snapshot_save(store *s, const audit_actor *actor, const snapshot_meeting *meeting,
                                  const char *const *names, const int64_t *values, const bool *known,
                                  size_t count, assure_error *err);
/* Take a snapshot of the programme's headlines as o has them, each by its
 * name (overview.h), a headline without a value kept as unknown. */
assure_status store_snapshot_headlines(store *s, const audit_actor *actor, const snapshot_meeting *meeting,
                                       const overview *o, assure_error *err);
assure_status store_snapshot_delete(store *s, const audit_actor *actor, const char *label, assure_error *err);

/* The audit trail, oldest first: since an ISO date (or NULL), of one table
 * (or NULL), of one row's key (or NULL: its profile years' keys count too). */
assure_status store_audit_search(store *s, const char *since, const char *table, const char *key, size_t max,
                                 audit_entry **list, size_t *count, assure_error *err);

/* The savings forecasts the audit trail saw change since a snapshot (NULL:
 * since the trail began), oldest first: each profile year's changed
 * forecast, and each year added or removed with the forecast its row held.
 * "Since" is after the trail's entry for taking the snapshot, or, for one
 * taken without one, from its time on. */
assure_status store_forecast_changes(store *s, const snapshot_info *since, forecast_change_set *out,
                                     assure_error *err);

/* What walking the audit trail's hash chain found. */
typedef struct {
    bool intact;
    long long entries;   /* entries of the chain that verify, its start included */
    long long sealed;    /* entries written before the chain began, sealed by its start */
    char began[32];      /* when the chain began (UTC) */
    long long broken_id; /* the entry where the chain breaks */
    char problem[768];   /* what was found there, naming the entry */
} audit_verification;

/* Walk the chain from its start: the first entry changed, inserted or
 * removed behind assure's back, if any, goes into out->problem. */
assure_status store_audit_verify(store *s, audit_verification *out, assure_error *err);

/* What checking the file found: damage (SQLite's own check failed), or a
 * stored value that breaks its table's rules (a period that is not a date),
 * naming the row by its key. */
#define INTEGRITY_MAX_FINDINGS 200
typedef struct {
    bool damage;
    char table[32]; /* the table as stored; "" for damage to the file */
    char row[512];  /* the row's key; "" for damage */
    char message[640];
} integrity_finding;

typedef struct {
    integrity_finding items[INTEGRITY_MAX_FINDINGS];
    size_t count;
    bool damaged; /* the file itself is damaged: what it holds cannot be trusted */
    bool more;    /* there was more to say than items holds */
} integrity_report;

/* SQLite's quick check (its integrity check when full), then each stored
 * value against its table's rules. */
assure_status store_integrity_check(store *s, bool full, integrity_report *out, assure_error *err);

/* Copying a whole programme database to another store (assure copy). */
#define STORE_COPY_MAX_TABLES 48
typedef struct {
    const char *table; /* as stored: savings_line, savings_profile, audit, ... */
    long long rows;
} store_copy_table;

typedef struct {
    store_copy_table tables[STORE_COPY_MAX_TABLES]; /* parents first */
    size_t count;
    long long rows; /* of every table */
} store_copy_report;

/* Copy every row of every table of `from` into `to`, a database just made
 * (whose own first entries it replaces), in one write transaction: each
 * row's values as they are (NULL apart from ''), the audit trail and its
 * hash chain with them, ids and all.  Then check it: each table's rows,
 * counted and digested in key order on both, must be the same; a table
 * that differs is an error naming it.  `from` is read in one transaction. */
assure_status store_copy(store *from, store *to, store_copy_report *report, assure_error *err);

/* PRAGMA data_version: changes when another connection commits. */
assure_status store_data_version(store *s, long long *version, assure_error *err);
/* A file descriptor to wait on beside the keyboard: readable when another
 * connection may have committed (PostgreSQL's notices arrive on it), so a
 * dashboard hears a change at once.  -1 when there is none (a SQLite file,
 * whose data_version is polled, or a lost connection). */
int store_wait_fd(const store *s);

/* Several reads that see one state of the database: between these, another
 * connection's commit is not seen halfway through.  store_read_end after
 * store_read_begin succeeded, whatever the reads did.  They nest: reads
 * begun inside an open one are part of it, and it ends with the outermost. */
assure_status store_read_begin(store *s, assure_error *err);
void store_read_end(store *s);

#endif
