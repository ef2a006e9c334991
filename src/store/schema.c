/* schema.c - the database schema, as a list of migrations.
 *
 * Migration N takes a database from schema version N-1 to N.  Each runs in
 * its own IMMEDIATE transaction together with the PRAGMA user_version that
 * records it.  Never edit a migration that has shipped: add another.
 */
#include "schema.h"

#include <stddef.h>

/* Dates are ISO 8601 text; money is whole pounds; FTE and rates are
 * hundredths; a NULL figure is a blank cell, not zero. */
#define ISO_DATE(column) "CHECK (" column " GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"

/* clang-format off */
static const char migration_1[] =
    /* The four areas of the programme. */
    "CREATE TABLE savings_line ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  name TEXT NOT NULL CHECK (length(name) >= 1),"
    "  workstream TEXT NOT NULL DEFAULT '',"
    "  cohort TEXT NOT NULL DEFAULT '',"
    "  origin TEXT NOT NULL DEFAULT 'existing' CHECK (origin IN ('existing', 'partner', 'overlap')),"
    "  key_metric TEXT NOT NULL DEFAULT '',"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN"
    "    ('planned', 'on_track', 'at_risk', 'slipped', 'delivered', 'dropped'))"
    ") STRICT;"
    "CREATE TABLE savings_profile ("
    "  ref TEXT NOT NULL REFERENCES savings_line(ref) ON UPDATE CASCADE ON DELETE CASCADE,"
    "  fy INTEGER NOT NULL CHECK (fy BETWEEN 1990 AND 2099),"
    "  target INTEGER, stretch INTEGER, forecast INTEGER, actual INTEGER,"
    "  PRIMARY KEY (ref, fy)"
    ") STRICT;"
    "CREATE TABLE staffing ("
    "  as_at TEXT NOT NULL " ISO_DATE("as_at") ","
    "  area TEXT NOT NULL CHECK (length(area) >= 1),"
    "  role TEXT NOT NULL CHECK (length(role) >= 1),"
    "  establishment_fte INTEGER NOT NULL CHECK (establishment_fte >= 0),"
    "  vacancy_fte INTEGER NOT NULL,"
    "  agency_fte INTEGER NOT NULL DEFAULT 0 CHECK (agency_fte >= 0),"
    "  PRIMARY KEY (as_at, area, role)"
    ") STRICT;"
    "CREATE TABLE reviews ("
    "  period_start TEXT NOT NULL " ISO_DATE("period_start") ","
    "  team TEXT NOT NULL CHECK (length(team) >= 1),"
    "  period_days INTEGER NOT NULL DEFAULT 14 CHECK (period_days IN (7, 14)),"
    "  fte INTEGER NOT NULL CHECK (fte >= 0),"
    "  completed INTEGER NOT NULL CHECK (completed >= 0),"
    "  target_per_fte_week INTEGER CHECK (target_per_fte_week > 0),"
    "  backlog INTEGER CHECK (backlog >= 0),"
    "  clients INTEGER CHECK (clients >= 0),"
    "  reviewed_12m INTEGER CHECK (reviewed_12m >= 0),"
    "  PRIMARY KEY (period_start, team)"
    ") STRICT;"
    "CREATE TABLE risk ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  title TEXT NOT NULL CHECK (length(title) >= 1),"
    "  description TEXT NOT NULL DEFAULT '',"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  category TEXT NOT NULL DEFAULT '',"
    "  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),"
    "  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),"
    "  target_likelihood INTEGER CHECK (target_likelihood BETWEEN 1 AND 5),"
    "  target_impact INTEGER CHECK (target_impact BETWEEN 1 AND 5),"
    "  mitigation TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
    "  last_reviewed TEXT " ISO_DATE("last_reviewed") ","
    "  next_review TEXT " ISO_DATE("next_review")
    ") STRICT;";

static const char migration_2[] =
    /* History: risk score history, meeting snapshots, and the audit trail. */
    "CREATE TABLE risk_history ("
    "  id INTEGER PRIMARY KEY,"
    "  ref TEXT NOT NULL REFERENCES risk(ref) ON UPDATE CASCADE ON DELETE CASCADE,"
    "  reviewed_on TEXT NOT NULL " ISO_DATE("reviewed_on") ","
    "  likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),"
    "  impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),"
    "  note TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE INDEX risk_history_by_ref ON risk_history(ref, reviewed_on);"
    "CREATE TABLE snapshot ("
    "  id INTEGER PRIMARY KEY,"
    "  label TEXT NOT NULL UNIQUE CHECK (length(label) >= 1),"
    "  taken_at TEXT NOT NULL" /* UTC, 2026-11-09T10:00:00Z */
    ") STRICT;"
    "CREATE TABLE snapshot_value ("
    "  snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,"
    "  indicator TEXT NOT NULL,"
    "  value INTEGER," /* in the indicator's unit: pounds, tenths of a percent, a count */
    "  PRIMARY KEY (snapshot_id, indicator)"
    ") STRICT;"
    "CREATE TABLE audit ("
    "  id INTEGER PRIMARY KEY,"
    "  at TEXT NOT NULL," /* UTC, 2026-11-09T10:00:00Z */
    "  who TEXT NOT NULL,"
    "  client TEXT NOT NULL DEFAULT ''," /* the SSH client's address, when there is one */
    "  action TEXT NOT NULL CHECK (action IN"
    "    ('import', 'add', 'edit', 'delete', 'review', 'snapshot')),"
    "  table_name TEXT NOT NULL,"
    "  key TEXT NOT NULL DEFAULT '',"
    "  field TEXT NOT NULL DEFAULT '',"
    "  old_value TEXT,"
    "  new_value TEXT,"
    "  source TEXT NOT NULL DEFAULT ''" /* the file an import read */
    ") STRICT;"
    "CREATE INDEX audit_by_time ON audit(at);"
    "CREATE INDEX audit_by_key ON audit(table_name, key);";

static const char migration_3[] =
    /* Declared totals in imported files that disagree with the lines they
     * cover, kept until the lines are imported again. */
    "CREATE TABLE declared_total ("
    "  id INTEGER PRIMARY KEY,"
    "  table_name TEXT NOT NULL,"
    "  ref TEXT NOT NULL DEFAULT ''," /* the line whose total column disagreed; '' for a total row */
    "  label TEXT NOT NULL,"          /* the row as the file names it: 'Older Adults Total' */
    "  fy INTEGER,"                   /* the FY checked; NULL for a total over all years */
    "  measure TEXT NOT NULL CHECK (measure IN ('target', 'stretch', 'forecast', 'actual')),"
    "  declared INTEGER NOT NULL,"
    "  computed INTEGER NOT NULL,"
    "  source TEXT NOT NULL,"
    "  line INTEGER NOT NULL,"
    "  imported_at TEXT NOT NULL"
    ") STRICT;"
    "CREATE INDEX declared_total_by_source ON declared_total(table_name, source);";

static const char migration_4[] =
    /* Programme finance: the budget bridge, KPIs that evidence savings and
     * their values, and what the programme costs. */
    "CREATE TABLE bridge ("
    "  fy INTEGER NOT NULL CHECK (fy BETWEEN 1990 AND 2099),"
    "  section TEXT NOT NULL CHECK (section IN ('budget', 'savings_undelivered', 'overspend', 'underspend',"
    "    'pressure', 'funding', 'action')),"
    "  name TEXT NOT NULL CHECK (length(name) >= 1),"
    "  amount INTEGER NOT NULL," /* pounds, signed as written: reductions negative */
    "  PRIMARY KEY (fy, section, name)"
    ") STRICT;"
    "CREATE TABLE kpi ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  name TEXT NOT NULL CHECK (length(name) >= 1),"
    "  unit TEXT NOT NULL DEFAULT '',"
    "  polarity TEXT NOT NULL DEFAULT 'higher' CHECK (polarity IN ('higher', 'lower')),"
    "  baseline INTEGER NOT NULL," /* hundredths */
    "  target INTEGER,"            /* hundredths */
    "  unit_value INTEGER,"        /* pounds a year per unit of improvement */
    "  saving_ref TEXT NOT NULL DEFAULT ''," /* the savings line it evidences; checked, not enforced */
    "  sustain_periods INTEGER NOT NULL DEFAULT 3 CHECK (sustain_periods BETWEEN 1 AND 120)"
    ") STRICT;"
    "CREATE TABLE kpi_value ("
    "  ref TEXT NOT NULL REFERENCES kpi(ref) ON UPDATE CASCADE ON DELETE CASCADE,"
    "  period TEXT NOT NULL " ISO_DATE("period") ","
    "  value INTEGER NOT NULL," /* hundredths */
    "  PRIMARY KEY (ref, period)"
    ") STRICT;"
    "CREATE TABLE investment ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  kind TEXT NOT NULL DEFAULT 'post' CHECK (kind IN ('post', 'fee', 'other')),"
    "  name TEXT NOT NULL CHECK (length(name) >= 1),"
    "  fte INTEGER CHECK (fte >= 0),"
    "  grade TEXT NOT NULL DEFAULT '',"
    "  cost_pa INTEGER,"
    "  years INTEGER NOT NULL DEFAULT 100 CHECK (years >= 0)," /* hundredths */
    "  one_off INTEGER"
    ") STRICT;"
    /* Declared totals now come from bridge and investment files too, whose
     * figures are not the four savings measures: rebuilt without that check. */
    "CREATE TABLE declared_total_4 ("
    "  id INTEGER PRIMARY KEY,"
    "  table_name TEXT NOT NULL,"
    "  ref TEXT NOT NULL DEFAULT '',"
    "  label TEXT NOT NULL,"
    "  fy INTEGER,"
    "  measure TEXT NOT NULL CHECK (length(measure) BETWEEN 1 AND 32),"
    "  declared INTEGER NOT NULL,"
    "  computed INTEGER NOT NULL,"
    "  source TEXT NOT NULL,"
    "  line INTEGER NOT NULL,"
    "  imported_at TEXT NOT NULL"
    ") STRICT;"
    "INSERT INTO declared_total_4 SELECT id, table_name, ref, label, fy, measure, declared, computed, source, "
    "  line, imported_at FROM declared_total;"
    "DROP TABLE declared_total;"
    "ALTER TABLE declared_total_4 RENAME TO declared_total;"
    "CREATE INDEX declared_total_by_source ON declared_total(table_name, source);";

static const char migration_5[] =
    /* The audit trail becomes a hash chain: each entry carries SHA-256 over
     * the one before's hash and its own content (written by store/chain.c,
     * which also writes the entry that starts the chain and seals the
     * entries before it, in this migration's transaction).  The head keeps
     * the last entry's id and hash, so that entries removed from the end are
     * missed too. */
    "CREATE TABLE audit_5 ("
    "  id INTEGER PRIMARY KEY,"
    "  at TEXT NOT NULL,"
    "  who TEXT NOT NULL,"
    "  client TEXT NOT NULL DEFAULT '',"
    "  action TEXT NOT NULL CHECK (action IN"
    "    ('import', 'add', 'edit', 'delete', 'review', 'snapshot', 'chain')),"
    "  table_name TEXT NOT NULL,"
    "  key TEXT NOT NULL DEFAULT '',"
    "  field TEXT NOT NULL DEFAULT '',"
    "  old_value TEXT,"
    "  new_value TEXT,"
    "  source TEXT NOT NULL DEFAULT '',"
    "  hash TEXT" /* hex SHA-256; NULL for the entries written before the chain began */
    ") STRICT;"
    "INSERT INTO audit_5 (id, at, who, client, action, table_name, key, field, old_value, new_value, source)"
    "  SELECT id, at, who, client, action, table_name, key, field, old_value, new_value, source FROM audit;"
    "DROP TABLE audit;"
    "ALTER TABLE audit_5 RENAME TO audit;"
    "CREATE INDEX audit_by_time ON audit(at);"
    "CREATE INDEX audit_by_key ON audit(table_name, key);"
    "CREATE TABLE audit_head ("
    "  one INTEGER PRIMARY KEY CHECK (one = 1),"
    "  last_id INTEGER NOT NULL,"
    "  last_hash TEXT NOT NULL"
    ") STRICT;";

static const char migration_6[] =
    /* Savings as councils publish them: a line's profile is incremental (each
     * year's new saving) or cumulative (each year the recurrent run rate
     * reached); a line may be pipeline (identified, not yet validated); the
     * years after the last one a table names are one bucket, fy 9999
     * ("later").  Costs carried in savings tables go to investment with
     * their years.  Reviews may be counted by four weeks (28 days) or by
     * calendar month (period_days 0), and a risk may be listed without scores
     * (likelihood and impact empty: unscored).  Tables that others refer to
     * are rebuilt with foreign keys off (store.c turns them off around every
     * migration, and checks them before it commits). */
    "CREATE TABLE savings_line_6 ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  name TEXT NOT NULL CHECK (length(name) >= 1),"
    "  workstream TEXT NOT NULL DEFAULT '',"
    "  cohort TEXT NOT NULL DEFAULT '',"
    "  origin TEXT NOT NULL DEFAULT 'existing' CHECK (origin IN ('existing', 'partner', 'overlap')),"
    "  key_metric TEXT NOT NULL DEFAULT '',"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN"
    "    ('pipeline', 'planned', 'on_track', 'at_risk', 'slipped', 'delivered', 'dropped')),"
    "  basis TEXT NOT NULL DEFAULT 'incremental' CHECK (basis IN ('incremental', 'cumulative'))"
    ") STRICT;"
    "INSERT INTO savings_line_6 (ref, name, workstream, cohort, origin, key_metric, owner, status)"
    "  SELECT ref, name, workstream, cohort, origin, key_metric, owner, status FROM savings_line;"
    "DROP TABLE savings_line;"
    "ALTER TABLE savings_line_6 RENAME TO savings_line;"
    "CREATE TABLE savings_profile_6 ("
    "  ref TEXT NOT NULL REFERENCES savings_line(ref) ON UPDATE CASCADE ON DELETE CASCADE,"
    "  fy INTEGER NOT NULL CHECK (fy BETWEEN 1990 AND 2099 OR fy = 9999),"
    "  target INTEGER, stretch INTEGER, forecast INTEGER, actual INTEGER,"
    "  PRIMARY KEY (ref, fy)"
    ") STRICT;"
    "INSERT INTO savings_profile_6 SELECT ref, fy, target, stretch, forecast, actual FROM savings_profile;"
    "DROP TABLE savings_profile;"
    "ALTER TABLE savings_profile_6 RENAME TO savings_profile;"
    "CREATE TABLE investment_year ("
    "  ref TEXT NOT NULL REFERENCES investment(ref) ON UPDATE CASCADE ON DELETE CASCADE,"
    "  fy INTEGER NOT NULL CHECK (fy BETWEEN 1990 AND 2099 OR fy = 9999),"
    "  amount INTEGER NOT NULL," /* pounds that year */
    "  PRIMARY KEY (ref, fy)"
    ") STRICT;"
    "CREATE TABLE reviews_6 ("
    "  period_start TEXT NOT NULL " ISO_DATE("period_start") ","
    "  team TEXT NOT NULL CHECK (length(team) >= 1),"
    "  period_days INTEGER NOT NULL DEFAULT 14 CHECK (period_days IN (0, 7, 14, 28)),"
    "  fte INTEGER NOT NULL CHECK (fte >= 0),"
    "  completed INTEGER NOT NULL CHECK (completed >= 0),"
    "  target_per_fte_week INTEGER CHECK (target_per_fte_week > 0),"
    "  backlog INTEGER CHECK (backlog >= 0),"
    "  clients INTEGER CHECK (clients >= 0),"
    "  reviewed_12m INTEGER CHECK (reviewed_12m >= 0),"
    "  PRIMARY KEY (period_start, team)"
    ") STRICT;"
    "INSERT INTO reviews_6 SELECT * FROM reviews;"
    "DROP TABLE reviews;"
    "ALTER TABLE reviews_6 RENAME TO reviews;"
    "CREATE TABLE risk_6 ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  title TEXT NOT NULL CHECK (length(title) >= 1),"
    "  description TEXT NOT NULL DEFAULT '',"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  category TEXT NOT NULL DEFAULT '',"
    "  likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 5)," /* both empty: unscored */
    "  impact INTEGER CHECK (impact BETWEEN 1 AND 5),"
    "  target_likelihood INTEGER CHECK (target_likelihood BETWEEN 1 AND 5),"
    "  target_impact INTEGER CHECK (target_impact BETWEEN 1 AND 5),"
    "  mitigation TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),"
    "  last_reviewed TEXT " ISO_DATE("last_reviewed") ","
    "  next_review TEXT " ISO_DATE("next_review") ","
    "  CHECK ((likelihood IS NULL) = (impact IS NULL))"
    ") STRICT;"
    "INSERT INTO risk_6 SELECT * FROM risk;"
    "DROP TABLE risk;"
    "ALTER TABLE risk_6 RENAME TO risk;";

static const char migration_7[] =
    /* The RAID log beside the risk register: the actions a Project
     * Assurance Meeting sets, the issues (a risk that has happened, or a
     * problem now) and the decisions it makes.  An action's link and an
     * issue's risk name a ref (or a workstream) that 'assure check' looks
     * for; they are not enforced, as a kpi's saving_ref is not. */
    "CREATE TABLE action ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  title TEXT NOT NULL CHECK (length(title) >= 1),"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  raised_at TEXT NOT NULL DEFAULT ''," /* a meeting's label or a date, as written */
    "  due TEXT " ISO_DATE("due") ","
    "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),"
    "  done_on TEXT " ISO_DATE("done_on") ","
    "  link TEXT NOT NULL DEFAULT '',"
    "  note TEXT NOT NULL DEFAULT '',"
    "  CHECK (done_on IS NULL OR status = 'done')"
    ") STRICT;"
    "CREATE TABLE issue ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  title TEXT NOT NULL CHECK (length(title) >= 1),"
    "  severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  raised TEXT " ISO_DATE("raised") ","
    "  resolved TEXT " ISO_DATE("resolved") ","
    "  risk TEXT NOT NULL DEFAULT ''," /* the risk that has happened */
    "  impact_gbp INTEGER,"             /* pounds */
    "  note TEXT NOT NULL DEFAULT ''"
    ") STRICT;"
    "CREATE TABLE decision ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  date TEXT NOT NULL " ISO_DATE("date") ","
    "  meeting TEXT NOT NULL DEFAULT '',"
    "  decision TEXT NOT NULL CHECK (length(decision) >= 1),"
    "  made_by TEXT NOT NULL DEFAULT '',"
    "  link TEXT NOT NULL DEFAULT ''"
    ") STRICT;";

static const char migration_8[] =
    /* The plan: milestones by phase, with baseline, forecast and actual
     * dates, and the milestones each cannot finish before (finish to start,
     * refs separated by ";" or ","; import refuses a ref that names none,
     * and a cycle).  The link names a workstream or a savings line's ref, for
     * 'assure check' to look for, as an action's does. */
    "CREATE TABLE milestone ("
    "  ref TEXT PRIMARY KEY CHECK (length(ref) BETWEEN 1 AND 64),"
    "  link TEXT NOT NULL DEFAULT '',"
    "  phase TEXT NOT NULL CHECK (phase IN ('diagnostic', 'design', 'test', 'implement', 'sustain')),"
    "  milestone TEXT NOT NULL CHECK (length(milestone) >= 1),"
    "  owner TEXT NOT NULL DEFAULT '',"
    "  baseline TEXT NOT NULL " ISO_DATE("baseline") ","
    "  forecast TEXT " ISO_DATE("forecast") ","
    "  actual TEXT " ISO_DATE("actual") ","
    "  status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN"
    "    ('not_started', 'on_track', 'at_risk', 'done')),"
    "  depends_on TEXT NOT NULL DEFAULT '',"
    "  note TEXT NOT NULL DEFAULT '',"
    "  CHECK (actual IS NULL OR status = 'done')"
    ") STRICT;";

static const char migration_9[] =
    /* Highlight reports: for each workstream (named as savings lines name
     * it) and period (the month's first day, or the day it reports on), the
     * lead's RAG ('' when not rated) and the words a board reads beside the
     * figures.  One a workstream a period: the history is kept. */
    "CREATE TABLE highlight ("
    "  workstream TEXT NOT NULL CHECK (length(workstream) >= 1),"
    "  period TEXT NOT NULL " ISO_DATE("period") ","
    "  rag TEXT NOT NULL DEFAULT '' CHECK (rag IN ('', 'red', 'amber', 'green')),"
    "  progress TEXT NOT NULL DEFAULT '',"
    "  challenges TEXT NOT NULL DEFAULT '',"
    "  next_steps TEXT NOT NULL DEFAULT '',"
    "  decisions_needed TEXT NOT NULL DEFAULT '',"
    "  lead TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (workstream, period)"
    ") STRICT;";

static const char migration_10[] =
    /* The project register and benefits sign-off.  The programme's
     * workstreams and the projects under them (a project names its parent
     * workstream), each with its sponsor and delivery lead, its phase (as a
     * milestone's) and whether it carries a financial saving; a savings
     * line's workstream names one, for 'assure check' to look for.  A
     * savings line's benefit signed off: how much of its recurrent saving,
     * by whom, on what evidence (a KPI's ref or a document's reference) and
     * whether it was proposed, agreed or rejected; one a line a day, the
     * history kept, the latest agreed the one that counts.  The line is not
     * enforced, as a kpi's saving_ref is not. */
    "CREATE TABLE workstream ("
    "  name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 64),"
    "  kind TEXT NOT NULL DEFAULT 'workstream' CHECK (kind IN ('workstream', 'project')),"
    "  parent TEXT NOT NULL DEFAULT '',"
    "  sponsor TEXT NOT NULL DEFAULT '',"
    "  delivery_lead TEXT NOT NULL DEFAULT '',"
    "  phase TEXT NOT NULL DEFAULT '' CHECK (phase IN"
    "    ('', 'diagnostic', 'design', 'test', 'implement', 'sustain')),"
    "  financial TEXT NOT NULL DEFAULT 'yes' CHECK (financial IN ('yes', 'no')),"
    "  note TEXT NOT NULL DEFAULT '',"
    "  CHECK ((kind = 'project') = (parent <> ''))"
    ") STRICT;"
    "CREATE TABLE signoff ("
    "  line TEXT NOT NULL CHECK (length(line) BETWEEN 1 AND 64),"
    "  signed_on TEXT NOT NULL " ISO_DATE("signed_on") ","
    "  amount INTEGER NOT NULL CHECK (amount >= 0)," /* pounds a year, recurrent */
    "  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'agreed', 'rejected')),"
    "  signed_by TEXT NOT NULL DEFAULT '',"
    "  evidence TEXT NOT NULL DEFAULT '',"
    "  note TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (line, signed_on)"
    ") STRICT;";

static const char migration_11[] =
    /* The meeting a snapshot was taken for: its day (a snapshot taken before
     * this had its meeting the day it was taken) and who attended ("A; B",
     * '' when not given); and each item of the log and the plan as it stood,
     * for what moved since: a milestone's due date (its forecast, else its
     * baseline) and status, a risk's score (likelihood x impact, NULL
     * unscored) and status, an action's due date and status. */
    "ALTER TABLE snapshot ADD COLUMN meeting_date TEXT " ISO_DATE("meeting_date") ";"
    "ALTER TABLE snapshot ADD COLUMN attendees TEXT NOT NULL DEFAULT '';"
    "UPDATE snapshot SET meeting_date = substr(taken_at, 1, 10);"
    "CREATE TABLE snapshot_item ("
    "  snapshot_id INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,"
    "  kind TEXT NOT NULL CHECK (kind IN ('milestone', 'risk', 'action')),"
    "  ref TEXT NOT NULL,"
    "  date TEXT " ISO_DATE("date") "," /* milestone: forecast, else baseline; action: due */
    "  score INTEGER,"                  /* risk: likelihood x impact */
    "  status TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (snapshot_id, kind, ref)"
    ") STRICT;";

static const char migration_12[] =
    /* The rows an import adds are audited as one entry for the import (field
     * "rows added": how many, its batch and the SHA-256 of the rows, in the
     * chain like any entry), each row tied to it in audit_row with what it
     * held, in the order written; import_batch says which entry is each
     * batch's.  Changes and removals stay entries of their own, field by
     * field.  audit_trail reads the trail whole: every entry, and each row
     * an import added as if it were its own entry (the import's time, who
     * and file), after the import's entry. */
    "CREATE TABLE import_batch ("
    "  batch INTEGER PRIMARY KEY,"
    "  entry INTEGER NOT NULL UNIQUE"
    ") STRICT;"
    "CREATE TABLE audit_row ("
    "  batch INTEGER NOT NULL,"
    "  seq INTEGER NOT NULL," /* 1, 2, ... in the order the import wrote them */
    "  table_name TEXT NOT NULL,"
    "  key TEXT NOT NULL,"
    "  new_value TEXT NOT NULL,"
    "  PRIMARY KEY (table_name, key, batch, seq)" /* a row's history found by its key */
    ") WITHOUT ROWID, STRICT;"
    "CREATE VIEW audit_trail AS"
    "  SELECT id, 0 AS seq, at, who, client, action, table_name, key, field, old_value, new_value, source"
    "  FROM audit"
    "  UNION ALL"
    "  SELECT a.id, r.seq, a.at, a.who, a.client, a.action, r.table_name, r.key, '', NULL, r.new_value,"
    "    a.source"
    "  FROM audit_row r JOIN import_batch b ON b.batch = r.batch JOIN audit a ON a.id = b.entry;";

/* clang-format on */
static const char *const migrations[] = {migration_1, migration_2, migration_3, migration_4, migration_5,
                                         migration_6, migration_7, migration_8, migration_9,
                                         migration_10, migration_11, migration_12};

_Static_assert(sizeof migrations / sizeof migrations[0] == SCHEMA_LATEST, "one migration per schema version");

const char *schema_migration(int version)
{
    if (version < 1 || version > SCHEMA_LATEST)
        return NULL;
    return migrations[version - 1];
}
