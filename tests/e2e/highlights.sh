# Highlight reports: a workstream's RAG and words for a period, imported as
# the table's own columns or from a savings tracker's commentary gathered
# under each line's workstream, exported back exactly, reported (the latest
# of each workstream, every period, as at a day), checked, kept in the audit
# trail, shown beside the workstream's figures in the Savings panel, and an
# older database upgraded to hold them.  Figures by hand from
# sample/highlights.sql (whose comments work them) and tests/data/highlights_*.csv.
. "$(dirname "$0")/lib.sh"
data="$top/tests/data"
export ASSURE_TODAY=2026-11-29
cp "$top/sample.db" "$work/sample.db"
export ASSURE_DB="$work/sample.db"
dump() { sqlite3 "$ASSURE_DB" .dump; }
firsts() { cut -d, -f1 "$work/stdout" | tr '\n' '|'; }

# ---- report highlights on the sample: the latest of each workstream ----
# November's six: Accommodation amber, Commissioning red, Outcomes from
# Decision Making green, Right-sizing Care Packages red, Short Term Services
# amber, Transitions green; two rated red.
run "$assure" report highlights --format csv
expect "csv has the contract's columns" 0 "workstream,period,rag,progress,challenges,next_steps,decisions_needed,lead"
[ "$(firsts)" = "workstream|Accommodation|Commissioning|Outcomes from Decision Making|Right-sizing Care Packages|Short Term Services|Transitions|" ] &&
    pass "one row a workstream, by workstream" || fail "one row a workstream, by workstream" "$(firsts)"
[ "$(grep -c ',2026-11-01,' "$work/stdout")" = 6 ] && pass "each the November report, the latest" ||
    fail "each the November report, the latest" "$(cat "$work/stdout")"
expect "Right-sizing is red, with its decision needed" 0 "Right-sizing Care Packages,2026-11-01,red,Legacy caseloads closed; the review team now concentrates on review activity only.,The unforeseen closure of a 48 bed nursing and residential home diverted the review team; the backlog in Riverside and Castlegate is growing.,Weekly backlog report to each PAM; a targeted improvement plan for locality teams.,Agree two agency reviewers for twelve weeks to clear the backlog.,Head of Localities"
expect "a blank decision stays blank" 0 "Transitions,2026-11-01,green,Pipeline of future transition cases built; average package cost aged 18-25 tracked monthly.,The volume of young people in transition to adult care is considerable.,Pathway from age 14 to the Adults Programme Board in February.,,Head of Preparing for Adulthood"
run "$assure" report highlights --width 200
expect "text: the title says which" 0 "Highlight reports, the latest"
expect "text: the footer counts them" 0 "6 highlight reports, 2 rated red"
run "$assure" report highlights --format md
expect "md is a Markdown table" 0 "| Commissioning | 2026-11-01 | RED | Two framework providers have offered 150 of the 400 hours asked for. |"
run "$assure" report highlights --format json
expect "json: a record, a blank decision null" 0 '{"workstream": "Transitions", "period": "2026-11-01", "rag": "green", "progress": "Pipeline of future transition cases built; average package cost aged 18-25 tracked monthly.", "challenges": "The volume of young people in transition to adult care is considerable.", "next_steps": "Pathway from age 14 to the Adults Programme Board in February.", "decisions_needed": null, "lead": "Head of Preparing for Adulthood"}'

# ---- history, a workstream, as at a day ----
run "$assure" report highlights --all --format csv
[ "$(grep -c ',2026-10-01,' "$work/stdout") $(grep -c ',2026-11-01,' "$work/stdout")" = "6 6" ] &&
    pass "--all: October's six and November's six" || fail "--all: October's six and November's six" "$(cat "$work/stdout")"
run "$assure" report highlights --all --workstream "right-sizing care packages" --format csv
expect "--workstream, whatever its case: October amber" 0 "Right-sizing Care Packages,2026-10-01,amber,"
expect "then November red, oldest first" 0 "Right-sizing Care Packages,2026-11-01,red,"
[ "$(wc -l <"$work/stdout")" = 3 ] && pass "--workstream: its two periods only" || fail "--workstream: its two periods only" "$(cat "$work/stdout")"
# On 31 Oct only October's were written: amber, green, amber, amber, green, amber.
run "$assure" report highlights --as-at 31/10/2026 --width 200
expect "--as-at: the title says the day" 0 "Highlight reports, the latest, as at 2026-10-31"
expect "--as-at 31 Oct: October's six, none red" 0 "6 highlight reports, 0 rated red"
run "$assure" report highlights --as-at 2026-09-30 --format csv
[ "$(wc -l <"$work/stdout")" = 1 ] && pass "--as-at before any: none" || fail "--as-at before any: none" "$(cat "$work/stdout")"
run "$assure" report highlights --overdue
expect "report highlights --overdue: exit 2" 2 "report highlights: --overdue does not apply; it applies to actions and milestones only"
run "$assure" report milestones --all
expect "report milestones --all: exit 2" 2 "report milestones: --all does not apply; it applies to highlights only"

# ---- check: the sample has a highlight for every workstream for November ----
run "$assure" check --format csv
[ "$(grep -c ',highlights,' "$work/stdout")" = 0 ] && pass "check: the sample's highlights have no findings" ||
    fail "check: the sample's highlights have no findings" "$(grep ',highlights,' "$work/stdout")"

# ---- export writes back what import reads: a round trip, byte for byte ----
"$assure" export highlights >"$work/h-1.csv"
run "$assure" import highlights "$work/h-1.csv"
expect "the sample's twelve round trip unchanged" 0 "highlights: 0 rows added, 0 changed, 0 removed, 12 unchanged"
"$assure" init "$work/copy.db" >/dev/null
run "$assure" --db "$work/copy.db" import highlights "$work/h-1.csv"
expect "its export imports into an empty database" 0 "highlights: 12 rows added"
"$assure" --db "$work/copy.db" export highlights >"$work/h-2.csv"
cmp -s "$work/h-1.csv" "$work/h-2.csv" && pass "export, import, export is byte-exact" ||
    fail "export, import, export is byte-exact" "$(diff "$work/h-1.csv" "$work/h-2.csv" | head -5)"

# ---- bad cells: each named by line and column, nothing written ----
dump >"$work/before.sql"
run "$assure" import highlights "$data/highlights_bad.csv"
expect "a RAG that is none: line 2, column 3" 3 "highlights_bad.csv:2:3: rag \"Blue\": not a RAG rating (red, amber, green)"
expect "a day that is none: line 3, column 2" 3 "highlights_bad.csv:3:2: period \"31/11/2026\": no such day in that month"
expect "no workstream: line 4, column 1" 3 "highlights_bad.csv:4:1: workstream \"\": required, but blank"
expect "one workstream twice in a period (1 Dec, ISO or UK): line 6" 3 "highlights_bad.csv:6: duplicate key (workstream + period) Commissioning / 2026-12-01: first on line 5"
expect "and nothing is imported" 3 "4 errors; nothing was imported (the database is unchanged)"
dump >"$work/after.sql"
cmp -s "$work/before.sql" "$work/after.sql" && pass "the database is exactly as it was (Commissioning's good row not written)" ||
    fail "the database is exactly as it was (Commissioning's good row not written)"
run "$assure" import highlights "$data/highlights_tracker.csv"
expect "a file with no period, and no --period: refused" 3 "highlights_tracker.csv:1: missing column period; highlights needs workstream, period (or --period DATE"
run "$assure" import highlights "$data/highlights_tracker.csv" --period 2026-13-01
expect "--period a day that is none: exit 2" 2 "--period 2026-13-01:"
run "$assure" import milestones "$data/plan_milestones.csv" --period 2026-12-01
expect "--period is for highlights: exit 2" 2 "--period is for highlights"
printf 'Ref,RAG,Commentary\nASC-99,A,Nobody\nASC-01,A,Fine\n' >"$work/stray.csv"
run "$assure" import highlights "$work/stray.csv" --period 2026-12-01
expect "a tracker's ref no line holds, with no workstream: line 2, column 1" 3 "stray.csv:2:1: ref \"ASC-99\": no savings line held has this ref, and the row names no workstream"
dump >"$work/after.sql"
cmp -s "$work/before.sql" "$work/after.sql" && pass "after the stray ref, the database is exactly as it was" ||
    fail "after the stray ref, the database is exactly as it was"

# --map names a tracker's column of line refs; "Update" is read as progress.
printf 'Saving ID,Update\nASC-07,Cohort profile drawn up\n' >"$work/mapped.csv"
run "$assure" import highlights "$work/mapped.csv" --map 'Saving ID=ref' --period 2026-12-01 --dry-run
expect "--map 'Saving ID=ref': ASC-07's words are Transitions'" 0 "dry run, nothing written: highlights: 1 rows added"
run "$assure" import highlights "$work/mapped.csv" --map 'Saving ID=line'
expect "--map to a column that is none names ref among them: exit 2" 2 "or ref: a tracker's savings line refs"

# ---- a savings tracker's commentary (Excel: byte order mark, CRLF, £) ----
# Its lines' workstreams are the lines held: ASC-04 and ASC-09 Right-sizing
# Care Packages, ASC-12 and ASC-13 Commissioning.  Right-sizing: A and G,
# amber; ASC-04's words once though its 2027/28 row repeats them.
# Commissioning: R and G, red; ASC-12 has no words.
run "$assure" import highlights "$data/highlights_tracker.csv" --period 01/12/2026
expect "a tracker's commentary imports as two workstreams' highlights" 0 "highlights: 2 rows added, 0 changed, 0 removed, 0 unchanged"
expect "its figures' columns are warned of, not kept" 0 "unknown column 'Target' ignored"
run "$assure" export highlights
expect "Right-sizing: each line's words, once, the worst RAG" 0 "Right-sizing Care Packages,2026-12-01,amber,\"ASC-04: 47 customers reviewed, only 3 needing the same support; ASC-09: Night visiting contract ended\",,ASC-04: 2 reviews per FTE per week,,Head of Localities"
expect "Commissioning: red; a line with no words adds none" 0 "Commissioning,2026-12-01,red,ASC-13: 150 of the 400 hours offered,,ASC-13: Report the average hourly rate,,Head of Commissioning"
run "$assure" import highlights "$data/highlights_tracker.csv" --period 2026-12-01
expect "imported again, nothing changes" 0 "highlights: 0 rows added, 0 changed, 0 removed, 2 unchanged"
run "$assure" log --table highlights
expect "the audit trail has the import, row by row" 0 "import  highlights  Right-sizing Care Packages / 2026-12-01"
expect "and its summary" 0 "2 added, 0 changed, 0 removed, 0 unchanged"
run "$assure" report highlights --format csv
expect "the latest of Commissioning is December's now" 0 "Commissioning,2026-12-01,red,"
expect "Accommodation's latest is still November's" 0 "Accommodation,2026-11-01,amber,"

# ---- check: December is the latest period; four workstreams wrote none ----
printf 'Workstream,Period,RAG\nNowhere,2026-12-01,G\n' >"$work/nowhere.csv"
run "$assure" import highlights "$work/nowhere.csv"
expect "a workstream no line is in imports (check names it)" 0 "highlights: 1 rows added"
run "$assure" check --format csv
expect "check: a workstream no savings line is in" 0 "warning,highlights,Nowhere / 2026-12-01,\"workstream \"\"Nowhere\"\" is no savings line's: a highlight for work the figures do not hold\""
expect "check: a workstream without December's, naming its last" 0 "warning,highlights,Short Term Services,\"no highlight report for 2026-12-01, the latest period reported (its last is 2026-11-01)\""
# Short Term Services, Outcomes from Decision Making, Accommodation, Transitions; and Nowhere.
[ "$(grep -c ',highlights,' "$work/stdout")" = 5 ] && pass "check: five highlight findings" ||
    fail "check: five highlight findings" "$(grep ',highlights,' "$work/stdout")"

# ---- the Savings panel: a line's detail shows its workstream's latest ----
export ASSURE_DB=
db=sample.db dash panel 100 50 -- --read-only savings
shows panel "ASC-01" || fail "the Savings panel opens" "$(screen panel)"
press panel Enter
shows panel "Highlight report of Short Term Services, 1 Nov 2026 (Head of Reablement)" &&
    pass "ASC-01's detail: Short Term Services' November report" || fail "ASC-01's detail: Short Term Services' November report" "$(screen panel)"
grep -q "Decisions   Agree that ASC-02's 2026/27 forecast stays at £700,000 until it is validated." "$work/panel.screen" &&
    pass "with the decision it needs" || fail "with the decision it needs" "$(cat "$work/panel.screen")"

# ---- an older database is upgraded in place, its rows kept ----
old_database="$top/${ASSURE_BUILD:-build}/tests/old_database"
# the version a new database has: the latest, whatever number the highlights' migration has
latest=$(sqlite3 "$work/copy.db" "PRAGMA user_version")
"$old_database" create "$work/v8.db" 8
sqlite3 "$work/v8.db" "INSERT INTO action (ref, title) VALUES ('A-1', 'Kept')"
run "$assure" --db "$work/v8.db" report highlights --format csv
expect "a report, which only reads, asks for the upgrade" 3 "schema version 8 needs upgrading to $latest"
run "$assure" --db "$work/v8.db" import highlights "$work/h-1.csv"
expect "a schema 8 database is upgraded in place" 0 "upgraded from schema version 8 to $latest"
expect "and takes highlights" 0 "highlights: 12 rows added"
[ "$(sqlite3 "$work/v8.db" "SELECT count(*) FROM highlight")" = 12 ] && pass "they are in its highlight table" ||
    fail "they are in its highlight table"
[ "$(sqlite3 "$work/v8.db" "SELECT title FROM action WHERE ref = 'A-1'")" = Kept ] && pass "its action is kept" ||
    fail "its action is kept"
run "$assure" --db "$work/v8.db" log --verify
expect "its audit trail verifies" 0 "intact"

# ---- a period written as trackers write a month: "Nov 2026", "December 2026",
# "2027-01" each read as that month's first day; a due date stays strict ----
months="$work/months.db"
"$assure" init "$months" >/dev/null
run "$assure" --db "$months" import highlights "$data/highlights_months.csv"
expect "months as periods import" 0 "highlights: 3 rows added"
run "$assure" --db "$months" export highlights
expect "Nov 2026 is 1 November 2026" 0 "Reablement,2026-11-01,amber,Rotas drafted"
expect "December 2026 is 1 December 2026" 0 "Reablement,2026-12-01,green,Rotas live"
expect "2027-01 is 1 January 2027" 0 "Reablement,2027-01-01,green,Sustained"
printf 'ref,title,due\nM-1,A month is no due date,Nov 2026\n' >"$work/month_due.csv"
run "$assure" --db "$months" import actions "$work/month_due.csv"
expect "a month is not a due date" 3 'month_due.csv:2:3: due "Nov 2026"'

finish
