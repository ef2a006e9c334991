# The plan: milestones and their finish-to-start dependencies imported as a
# programme office's tracker writes them, exported back exactly, reported in
# every format with their filters, checked, kept in the audit trail, and an
# older database upgraded to hold them.  Figures by hand from
# sample/milestones.sql (whose comments work them) and tests/data/plan_*.csv.
. "$(dirname "$0")/lib.sh"
data="$top/tests/data"
export ASSURE_TODAY=2026-11-29
export ASSURE_DB="$work/plan.db"
"$assure" init "$ASSURE_DB" >/dev/null
dump() { sqlite3 "$ASSURE_DB" .dump; }
refs() { cut -d, -f1 "$work/stdout" | tr '\n' ' '; }

# ---- import, as Excel writes a tracker: a byte order mark, CRLF, its own
# "Workstream" heading for the link, UK dates, "Testing" and "Implementation"
# for the phases, "Complete" for done, and a RAG column of its own ----
run "$assure" import milestones "$data/plan_milestones.csv" --map 'Workstream=link'
expect "a tracker's milestones import" 0 "milestones: 4 rows added, 0 changed, 0 removed, 0 unchanged"
expect "its own RAG column is a warning, not an error" 0 "unknown column 'RAG' ignored"
run "$assure" export milestones
expect "the columns, in the contract's order" 0 "ref,link,phase,milestone,owner,baseline,forecast,actual,status,depends_on,note"
expect "UK dates are written ISO; Complete is done" 0 "P-01,,diagnostic,Diagnostic report to the Executive,Director of Adult Social Care,2023-03-31,,2023-03-24,done,,November 2022 to March 2023"
expect "Testing is the test phase; On Track on_track" 0 "P-03,Short Term Services,test,Reablement pilot in one locality,Head of Reablement,2023-12-29,2024-01-26,,on_track,P-02,"
expect "Implementation is the implement phase; depends_on as written" 0 "P-04,ASC-02,implement,Reablement model implemented across the county,Head of Reablement,2024-06-28,,,not_started,P-03; P-02,"
expect "a note with a comma stays one cell" 0 '"Tested, piloted, then implemented and embedded"'
run "$assure" log
expect "the audit trail has the import, row by row" 0 "import  milestones  P-01"
expect "and its summary" 0 "4 added, 0 changed, 0 removed, 0 unchanged"

# ---- bad cells: each named by line and column, nothing written ----
dump >"$work/before.sql"
run "$assure" import milestones "$data/plan_bad.csv"
expect "a phase that is none: line 3, column 2" 3 "plan_bad.csv:3:2: phase \"mobilise\": not a phase (diagnostic, design, test, implement, sustain)"
expect "a date that is none: line 4, column 5" 3 "plan_bad.csv:4:5: forecast \"31/11/2026\": no such day in that month"
expect "an actual on a milestone not done: line 5, column 6" 3 "plan_bad.csv:5:6: actual \"2026-11-20\": given, but the milestone is not done"
# Q-01 is in the file (Q-02, with a bad phase, still counts as there); Q-09 is nowhere.
expect "a depends_on ref that names no milestone: line 6, column 8" 3 "plan_bad.csv:6:8: depends_on \"Q-09\": no milestone has this ref"
expect "and nothing is imported" 3 "4 errors; nothing was imported (the database is unchanged)"
dump >"$work/after.sql"
cmp -s "$work/before.sql" "$work/after.sql" && pass "the database is exactly as it was (Q-01 not written either)" ||
    fail "the database is exactly as it was (Q-01 not written either)"
# C-02 on C-04, C-04 on C-03, C-03 on C-02: a ring, named from C-02's line 3.
run "$assure" import milestones "$data/plan_cycle.csv"
expect "a dependency cycle is refused, naming its refs" 3 "plan_cycle.csv:3:5: depends_on: a dependency cycle (C-02 on C-04, C-04 on C-03, C-03 on C-02)"
dump >"$work/after.sql"
cmp -s "$work/before.sql" "$work/after.sql" && pass "after the cycle, the database is exactly as it was" ||
    fail "after the cycle, the database is exactly as it was"
printf 'ref,phase,milestone,baseline,depends_on\nP-05,sustain,Sustained,2024-12-20,P-05\n' >"$work/self.csv"
run "$assure" import milestones "$work/self.csv"
expect "a milestone that depends on itself is a cycle too" 3 "self.csv:2:5: depends_on: a dependency cycle (P-05 on P-05)"
# A file of one milestone may depend on one held: the import adds to the plan.
printf 'ref,phase,milestone,baseline,depends_on\nP-05,sustain,KPIs sustained and signed off,2024-12-20,P-04\n' >"$work/more.csv"
run "$assure" import milestones "$work/more.csv"
expect "depends_on may name a milestone held" 0 "milestones: 1 rows added, 0 changed, 0 removed, 0 unchanged"
# ... but not one --replace would remove.
run "$assure" import milestones "$work/more.csv" --replace
expect "with --replace, P-04 would be gone: refused" 3 "more.csv:2:5: depends_on \"P-04\": no milestone has this ref"
# A held milestone's dependency closes a ring with one in the file: P-01 on P-05, P-05 on P-04, ... on P-01.
printf 'ref,phase,milestone,baseline,depends_on\nP-01,diagnostic,Diagnostic report to the Executive,2023-03-31,P-05\n' >"$work/ring.csv"
run "$assure" import milestones "$work/ring.csv"
expect "a ring through held milestones is refused" 3 "ring.csv:2:5: depends_on: a dependency cycle (P-01 on P-05, P-05 on P-04, P-04 on P-03, P-03 on P-02, P-02 on P-01)"

# ---- export writes back what import reads: a round trip, byte for byte ----
"$assure" export milestones >"$work/plan-1.csv"
"$assure" --db "$work/copy.db" init "$work/copy.db" >/dev/null 2>&1
run "$assure" --db "$work/copy.db" import milestones "$work/plan-1.csv"
expect "its export imports" 0 "milestones: 5 rows added"
"$assure" --db "$work/copy.db" export milestones >"$work/plan-2.csv"
cmp -s "$work/plan-1.csv" "$work/plan-2.csv" && pass "export, import, export is byte-exact" ||
    fail "export, import, export is byte-exact" "$(diff "$work/plan-1.csv" "$work/plan-2.csv" | head -5)"
run "$assure" import milestones "$work/plan-1.csv"
expect "its export imported again changes nothing" 0 "0 rows added, 0 changed, 0 removed, 5 unchanged"
cp "$top/sample.db" "$work/sample.db"
export ASSURE_DB="$work/sample.db"
"$assure" export milestones >"$work/sample-plan.csv"
run "$assure" import milestones "$work/sample-plan.csv"
expect "the sample's twelve milestones round trip unchanged" 0 "milestones: 0 rows added, 0 changed, 0 removed, 12 unchanged"

# ---- report milestones on the sample at 29 Nov 2026 ----
# Slippage: M-01 -4 (met 27 Mar, baseline 31 Mar), M-04 28 (18 Dec to 15 Jan),
# M-05 21 (30 Oct to 20 Nov), M-07 42 (11 Dec to 22 Jan).  Overdue: M-05 only,
# forecast 20 Nov and not met.  M-08, due 8 Jan, is blocked by M-07, forecast 22 Jan.
run "$assure" report milestones --format csv
expect "csv has the contract's columns" 0 "ref,link,phase,milestone,owner,baseline,forecast,actual,status,depends_on,slippage_days,overdue,blocked_by"
expect "M-01 met 4 days early" 0 "M-01,,diagnostic,\"Diagnostic report to the Adults Programme Board: the opportunity matrix, targeted and stretch\",Programme Manager,2026-03-31,2026-03-31,2026-03-27,done,,-4,false,"
expect "M-04 28 days late, not overdue" 0 ",2026-12-18,2027-01-15,,at_risk,M-03,28,false,"
expect "M-05 21 days late and overdue" 0 "M-05,Accommodation,design,Equality Impact Assessment for the accommodation workstream signed off by the programme board,Head of Learning Disability,2026-10-30,2026-11-20,,on_track,M-01,21,true,"
expect "M-07 42 days late" 0 ",2026-12-11,2027-01-22,,at_risk,M-01,42,false,"
expect "M-08 blocked by M-07" 0 "M-08,ASC-13,implement,New homecare framework contracts start,Head of Commissioning,2027-01-08,2027-01-08,,on_track,M-07,0,false,M-07"
[ "$(grep -c ',true,' "$work/stdout")" = 1 ] && pass "one milestone is overdue" ||
    fail "one milestone is overdue" "$(grep ',true,' "$work/stdout")"
[ "$(wc -l <"$work/stdout")" = 13 ] && pass "all twelve milestones are listed, with the header" ||
    fail "all twelve milestones are listed, with the header" "$(wc -l <"$work/stdout") lines"
run "$assure" report milestones --width 200
expect "text: the title says the day" 0 "Milestones, as at 2026-11-29"
# Slipped: M-02 14, M-03 16, M-04 28, M-05 21, M-07 42, M-12 30: six, 151 days.
expect "text: the footer counts them" 0 "12 milestones, 1 overdue; 6 slipped by 151 days in all; 1 with a predecessor slipped past it"
expect "text: OVERDUE where it is" 0 "OVERDUE"
run "$assure" report milestones --format md
expect "md is a Markdown table" 0 "| M-08 | ASC-13 | implement | New homecare framework contracts start |"
run "$assure" report milestones --format json
expect "json: M-08 as a record, its numbers numbers" 0 '{"ref": "M-08", "link": "ASC-13", "phase": "implement", "milestone": "New homecare framework contracts start", "owner": "Head of Commissioning", "baseline": "2027-01-08", "forecast": "2027-01-08", "actual": null, "status": "on_track", "depends_on": "M-07", "slippage_days": 0, "overdue": false, "blocked_by": "M-07", "slipped_since_days": 0}'
expect "json: M-05's slippage is a number, blocked_by null" 0 '"slippage_days": 21, "overdue": true, "blocked_by": null, "slipped_since_days": 0}'
expect "json: M-01 early is negative" 0 '"slippage_days": -4'

# ---- filters ----
run "$assure" report milestones --overdue --format csv
[ "$(refs)" = "ref M-05 " ] && pass "--overdue: M-05 only" || fail "--overdue: M-05 only" "$(refs)"
# Short Term Services: M-02, M-04, M-12 by name (any case), M-03 by its line ASC-02.
run "$assure" report milestones --workstream "short term services" --format csv
[ "$(refs)" = "ref M-02 M-03 M-04 M-12 " ] && pass "--workstream: by name, and by a line of it" ||
    fail "--workstream: by name, and by a line of it" "$(refs)"
# Commissioning: M-07 by name, M-08 by ASC-13.
run "$assure" report milestones --workstream Commissioning --overdue --format csv
[ "$(refs)" = "ref " ] && pass "--workstream with --overdue: none of Commissioning's is overdue" ||
    fail "--workstream with --overdue: none of Commissioning's is overdue" "$(refs)"
run "$assure" report milestones --workstream Commissioning
expect "text: the title names the workstream" 0 "Milestones of Commissioning, as at 2026-11-29"
expect "text: its two" 0 "2 milestones, 0 overdue; 1 slipped by 42 days in all; 1 with a predecessor slipped past it"
# On 20 Nov M-05 was due that day: not yet overdue.  On 9 Jan 2027 M-05 (50
# days) and M-08 (forecast 8 Jan) are; M-04 (15 Jan) is not yet.
run "$assure" report milestones --as-at 2026-11-20 --overdue --format csv
[ "$(refs)" = "ref " ] && pass "--as-at 20 Nov: none overdue" || fail "--as-at 20 Nov: none overdue" "$(refs)"
run "$assure" report milestones --as-at 09/01/2027 --overdue --format csv
[ "$(refs)" = "ref M-05 M-08 " ] && pass "--as-at 9 Jan 2027: M-05 and M-08" || fail "--as-at 9 Jan 2027: M-05 and M-08" "$(refs)"
run "$assure" report milestones --owner "Programme Manager"
expect "report milestones --owner: exit 2" 2 "report milestones: --owner does not apply; it applies to actions only"
run "$assure" report actions --workstream Commissioning
expect "report actions --workstream: exit 2" 2 "report actions: --workstream does not apply; it applies to milestones and highlights only"
run "$assure" report milestones --workstream
expect "--workstream needs a name" 2 "report --workstream needs a workstream's name"

# ---- check ----
run "$assure" check --format csv
expect "check: an overdue milestone is a warning with its date and owner" 0 "warning,milestones,M-05,\"overdue: forecast 2026-11-20 (9 days ago) and not met, owner Head of Learning Disability\""
expect "check: a predecessor slipped past its successor, both days named" 0 "warning,milestones,M-08,\"predecessor M-07 slipped past it: it finishes 2027-01-22, 14 days after this milestone's forecast 2027-01-08\""
[ "$(grep -c ',milestones,' "$work/stdout")" = 2 ] && pass "check: the sample's plan has those two findings only" ||
    fail "check: the sample's plan has those two findings only" "$(grep ',milestones,' "$work/stdout")"
cp "$work/sample.db" "$work/broken.db"
# Behind assure's back: M-09 done with no actual, M-10 on a milestone that is
# none, and M-01 on M-12, which closes a ring back to M-01 through M-04, M-03, M-02.
sqlite3 "$work/broken.db" "PRAGMA ignore_check_constraints = 1;
  UPDATE milestone SET actual = NULL WHERE ref = 'M-09';
  UPDATE milestone SET depends_on = 'M-99' WHERE ref = 'M-10';
  UPDATE milestone SET depends_on = 'M-12' WHERE ref = 'M-01';"
run "$assure" --db "$work/broken.db" check
expect "done without an actual is an error: exit 1" 1 "done, but no actual: give the day it was met"
expect "a depends_on ref held nowhere is an error" 1 "depends_on \"M-99\" is no milestone held"
expect "a cycle is an error naming the ring" 1 "a dependency cycle (M-01 on M-12, M-12 on M-04, M-04 on M-03, M-03 on M-02, M-02 on M-01)"
# M-09, no longer met, is overdue since its forecast of 30 Oct: 30 days.
expect "M-09 without its actual is overdue" 1 "overdue: forecast 2026-10-30 (30 days ago) and not met, owner Principal Social Worker"

# ---- an older database is upgraded in place, its rows kept ----
old_database="$top/${ASSURE_BUILD:-build}/tests/old_database"
"$old_database" create "$work/v7.db" 7
sqlite3 "$work/v7.db" "INSERT INTO action (ref, title) VALUES ('A-1', 'Kept')"
run "$assure" --db "$work/v7.db" report milestones --format csv
expect "a report, which only reads, asks for the upgrade" 3 "schema version 7 needs upgrading to 12"
run "$assure" --db "$work/v7.db" import milestones "$data/plan_milestones.csv" --map 'Workstream=link'
expect "a schema 7 database is upgraded in place" 0 "upgraded from schema version 7 to 12"
expect "and takes milestones" 0 "milestones: 4 rows added"
[ "$(sqlite3 "$work/v7.db" "PRAGMA user_version")" = 12 ] && pass "it is at schema 12" || fail "it is at schema 12"
[ "$(sqlite3 "$work/v7.db" "SELECT title FROM action WHERE ref = 'A-1'")" = Kept ] && pass "its action is kept" ||
    fail "its action is kept"
run "$assure" --db "$work/v7.db" log --verify
expect "its audit trail verifies" 0 "intact"

# ---- a plan as trackers head it (Excel's BOM and CRLF): "Workstream" for the
# link, "Baseline Date", "Forecast Date", "Actual Date", "Predecessors", "Notes" ----
plan="$work/tracker_plan.db"
"$assure" init "$plan" >/dev/null
run "$assure" --db "$plan" import milestones "$top/tests/data/tracker_milestones.csv"
expect "tracker plan headings import" 0 "milestones: 2 rows added"
grep -q "unknown column" "$work/stderr" && fail "no plan heading is unknown" || pass "no plan heading is unknown"
run "$assure" --db "$plan" export milestones
# tracker_milestones.csv line 3: baseline 31/10/2026, forecast 30/11/2026, after TM-1
expect "each heading lands in its field" 0 "TM-2,Reablement,implement,New rotas live,Head of Reablement,2026-10-31,2026-11-30,,at_risk,TM-1,Recruitment slow"
expect "Actual Date lands" 0 "TM-1,Reablement,design,Service model agreed,Head of Reablement,2026-09-30,,2026-09-28,done,,"

finish
