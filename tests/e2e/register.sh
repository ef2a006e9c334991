# The project register and benefits sign-off: workstreams and projects, and
# the benefits signed off, imported as a programme office's tracker writes
# them, bad cells named by line and column with nothing written, exported
# back exactly, checked, kept in the audit trail; the contingent fee payable
# on the benefit signed off with the forecast's figure beside it; and an
# older database upgraded to hold them.  Figures by hand from
# sample/register.sql (whose comments work them), sample/programme.sql and
# tests/data/register_*.csv.
. "$(dirname "$0")/lib.sh"
data="$top/tests/data"
export ASSURE_TODAY=2026-11-23
export ASSURE_DB="$work/register.db"
"$assure" init "$ASSURE_DB" >/dev/null
dump() { sqlite3 "$ASSURE_DB" .dump; }

# ---- the register, as Excel writes a tracker: a byte order mark, CRLF, its
# own headings, "Implementation" and "Testing" for the phases, Yes, No and N ----
run "$assure" import workstreams "$data/register_workstreams.csv" --map 'Workstream or project=name' \
    --map 'Type=kind' --map 'Notes=note'
expect "a tracker's register imports" 0 "workstreams: 4 rows added, 0 changed, 0 removed, 0 unchanged"
run "$assure" export workstreams
expect "the columns, in the contract's order" 0 "name,kind,parent,sponsor,delivery_lead,phase,financial,note"
expect "Implementation is the implement phase; Yes is yes; a note with a comma stays one cell" 0 \
    'Short Term Services,workstream,,Strategic Director,Head of Reablement,implement,yes,"Reablement, short term beds"'
expect "a project with no financial saving: its parent, Testing as test, No as no" 0 \
    "Strength-based practice,project,Outcomes from Decision Making,Assistant Director,Principal Social Worker,test,no,A practice project: no saving of its own"
expect "N is no too" 0 "Digital front door,project,Outcomes from Decision Making,,,design,no,"

# ---- bad cells: each named by line and column, nothing written ----
dump >"$work/before.sql"
run "$assure" import workstreams "$data/register_workstreams_bad.csv"
expect "a kind that is none: line 3, column 2" 3 \
    "register_workstreams_bad.csv:3:2: kind \"programme\": not a kind of register entry (workstream, project)"
expect "a project with no parent: line 4, column 3" 3 \
    "register_workstreams_bad.csv:4:3: parent \"\": required for a project: name the workstream it belongs to"
expect "financial neither yes nor no: line 5, column 7" 3 "register_workstreams_bad.csv:5:7: financial \"perhaps\": not yes or no"
expect "a phase that is none: line 6, column 6" 3 "register_workstreams_bad.csv:6:6: phase \"mobilise\": not a phase"
expect "and nothing is imported" 3 "4 errors; nothing was imported (the database is unchanged)"
dump >"$work/after.sql"
cmp -s "$work/before.sql" "$work/after.sql" && pass "the database is exactly as it was (Good not written either)" ||
    fail "the database is exactly as it was (Good not written either)"

# ---- sign-offs: UK dates, pounds as a tracker writes them ("£1,590,000",
# "£1.2m", "500k"), "Signed off" for agreed ----
run "$assure" import signoffs "$data/register_signoffs.csv" --map 'Savings ref=line' \
    --map 'Date signed off=signed_on' --map 'Signed off by=signed_by' --map 'Notes=note'
expect "a tracker's sign-offs import" 0 "signoffs: 3 rows added, 0 changed, 0 removed, 0 unchanged"
run "$assure" export signoffs
expect "the sign-off columns, in the contract's order" 0 "line,signed_on,amount,status,signed_by,evidence,note"
expect "£1,590,000 on 10/09/2026, Signed off: agreed" 0 \
    'ASC-01,2026-09-10,1590000,agreed,Adults Programme Board,KPI-01,"2024/25 and 2025/26, KPI sustained"'
expect "£1.2m is 1200000; a line signed off twice keeps both" 0 "ASC-01,2026-07-09,1200000,proposed,Head of Reablement,KPI-01,"
expect "500k is 500000; rejected" 0 "ASC-02,2026-10-08,500000,rejected,Adults Programme Board,KPI-02,KPI-02 not sustained"
dump >"$work/before.sql"
run "$assure" import signoffs "$data/register_signoffs_bad.csv"
expect "a date that is none: line 3, column 2" 3 "register_signoffs_bad.csv:3:2: signed_on \"31/11/2026\": no such day in that month"
expect "an amount below zero: line 4, column 3" 3 \
    "register_signoffs_bad.csv:4:3: amount \"-620000\": below zero: a benefit signed off is what a line saves a year"
expect "a status that is none: line 5, column 4" 3 \
    "register_signoffs_bad.csv:5:4: status \"pending\": not a sign-off's status (proposed, agreed, rejected)"
expect "no line: line 6, column 1" 3 "register_signoffs_bad.csv:6:1: line \"\": required, but blank"
expect "and nothing of the sign-offs is imported" 3 "4 errors; nothing was imported (the database is unchanged)"
dump >"$work/after.sql"
cmp -s "$work/before.sql" "$work/after.sql" && pass "after the bad sign-offs, the database is exactly as it was" ||
    fail "after the bad sign-offs, the database is exactly as it was"

# ---- the audit trail ----
run "$assure" log --table signoffs
expect "the audit trail has each sign-off, by line and day" 0 "import  signoffs  ASC-01 / 2026-09-10"
expect "with what was signed off" 0 "amount=1590000; status=agreed; signed_by=Adults Programme Board; evidence=KPI-01"
expect "and the import's summary" 0 "3 added, 0 changed, 0 removed, 0 unchanged"
run "$assure" log --table workstreams
expect "and each workstream and project" 0 "import  workstreams  Strength-based practice"
run "$assure" log --verify
expect "the audit trail verifies" 0 "intact"

# ---- export writes back what import reads: a round trip, byte for byte ----
for table in workstreams signoffs; do
    "$assure" export "$table" >"$work/$table-1.csv"
    [ -f "$work/copy.db" ] || "$assure" init "$work/copy.db" >/dev/null 2>&1
    run "$assure" --db "$work/copy.db" import "$table" "$work/$table-1.csv"
    expect "the $table export imports" 0 "$table: "
    "$assure" --db "$work/copy.db" export "$table" >"$work/$table-2.csv"
    cmp -s "$work/$table-1.csv" "$work/$table-2.csv" && pass "$table: export, import, export is byte-exact" ||
        fail "$table: export, import, export is byte-exact" "$(diff "$work/$table-1.csv" "$work/$table-2.csv" | head -5)"
done
cp "$top/sample.db" "$work/sample.db"
export ASSURE_DB="$work/sample.db"
"$assure" export workstreams >"$work/sample-ws.csv"
run "$assure" import workstreams "$work/sample-ws.csv"
expect "the sample's seven workstreams and two projects round trip unchanged" 0 \
    "workstreams: 0 rows added, 0 changed, 0 removed, 9 unchanged"
"$assure" export signoffs >"$work/sample-so.csv"
run "$assure" import signoffs "$work/sample-so.csv"
expect "the sample's eight sign-offs round trip unchanged" 0 "signoffs: 0 rows added, 0 changed, 0 removed, 8 unchanged"
grep -q '^Strength-based practice,project,Outcomes from Decision Making,.*,implement,no,' "$work/sample-ws.csv" &&
    pass "the sample holds a project with no financial saving" ||
    fail "the sample holds a project with no financial saving" "$(cat "$work/sample-ws.csv")"

# ---- the fee: payable on the benefit signed off, the forecast's beside it ----
# Signed off at 23 Nov 2026 (sample/register.sql): ASC-01 1,590,000 (agreed
# 10 Sep; its 9 Jul proposal does not count) + ASC-03 620,000 (agreed 8 Oct,
# its 9 Apr 100,000 superseded) + ASC-08 320,000 + ASC-09 258,000 =
# 2,788,000 on 4 lines (ASC-02 rejected, ASC-06 proposed).  Payable:
# min(5,000,000, 2,788,000 / 1.3 = 2,144,615.4) = 2,144,615.  On the forecast
# run rate of 6,120,000: 6,120,000 / 1.3 = 4,707,692.3, so 4,707,692.
run "$assure" report overview
expect "report overview: the fee payable on the benefit signed off" 0 "Fee payable on signed-off benefit              £2,144,615"
expect "the benefit signed off, each line's latest agreed" 0 "Benefit signed off (latest agreed, 4 lines)    £2,788,000"
expect "and the fee payable on the forecast beside it" 0 "Fee payable on the forecast (of £5,000,000)    £4,707,692"
j() { sqlite3 :memory: "SELECT json_extract(readfile('$work/o.json'), '\$.$1')"; }
"$assure" report overview --format json >"$work/o.json"
[ "$(j fee_payable_gbp)|$(j fee_payable_forecast_gbp)|$(j benefit_signed_off_gbp)|$(j lines_signed_off)" = \
    "2144615|4707692|2788000|4" ] && pass "report overview --format json: 2,144,615 payable on 2,788,000 signed off; 4,707,692 on forecast" ||
    fail "report overview --format json: the fee" "$(cat "$work/o.json")"
# As at 1 Jul 2026: ASC-03's 100,000 (agreed 9 Apr) + ASC-08 320,000 +
# ASC-09 258,000 = 678,000 on 3 lines; 678,000 / 1.3 = 521,538.5: 521,538.
"$assure" report overview --as-at 2026-07-01 --format json >"$work/o.json"
[ "$(j fee_payable_gbp)|$(j benefit_signed_off_gbp)|$(j lines_signed_off)" = "521538|678000|3" ] &&
    pass "as at 1 Jul 2026: 521,538 payable on the 678,000 then signed off" ||
    fail "as at 1 Jul 2026: the fee" "$(cat "$work/o.json")"
# With no sign-off held, none is payable, and the report says none is signed off.
cp "$work/sample.db" "$work/none.db"
printf 'line,signed_on,amount\n' >"$work/empty.csv"
run "$assure" --db "$work/none.db" import signoffs "$work/empty.csv" --replace
expect "--replace with no rows removes the eight sign-offs" 0 "signoffs: 0 rows added, 0 changed, 8 removed, 0 unchanged"
run "$assure" --db "$work/none.db" report overview
expect "none signed off: £0 payable" 0 "Fee payable on signed-off benefit                      £0"
expect "and the report says none is" 0 "Benefit signed off (none yet)                          £0"
expect "the forecast's figure stands beside it" 0 "Fee payable on the forecast (of £5,000,000)    £4,707,692"

# ---- report workstreams and report signoffs ----
# Each entry's lines (their workstream names it), their recurrent forecast
# (each line's years added; ASC-11, overlap, counted in its partner line, not
# added) and the latest agreed sign-offs on them (programme.sql, register.sql):
#   Short Term Services: ASC-01 210,000 + 1,380,000 + 2,050,000 + 2,400,000 =
#     6,040,000, ASC-02 420,000 + 700,000 + 1,150,000 = 2,270,000, ASC-16
#     300,000 + 440,000 + 420,000 = 1,160,000: 3 lines, 9,470,000; signed off
#     ASC-01's 1,590,000 (ASC-02's rejected).
#   Outcomes from Decision Making: ASC-03 1,860,000 + ASC-14 200,000 + ASC-15
#     280,000 = 2,340,000 on 4 lines (ASC-11 not added); signed off 620,000.
#   Accommodation: ASC-05 2,500,000 + ASC-06 2,080,000 + ASC-08 320,000 =
#     4,900,000; signed off ASC-08's 320,000 (ASC-06's only proposed).
#   The two projects name no line: 0.
run "$assure" report workstreams --format csv
expect "report workstreams: the register's columns" 0 \
    "name,kind,parent,sponsor,delivery_lead,phase,financial,lines,forecast_gbp,signed_off_gbp"
expect "Short Term Services: 3 lines, £9,470,000 forecast, £1,590,000 signed off" 0 \
    '"Strategic Director, Adult Care",Head of Reablement,implement,yes,3,9470000,1590000'
expect "Outcomes from Decision Making: 4 lines, the overlap line not added" 0 \
    "Outcomes from Decision Making,workstream,,\"Assistant Director, Operations\",Principal Social Worker,implement,yes,4,2340000,620000"
expect "Accommodation: £320,000 signed off, the proposal not counted" 0 "Head of Learning Disability,design,yes,3,4900000,320000"
expect "a project with no financial saving names no line" 0 \
    "Strength-based practice,project,Outcomes from Decision Making,\"Assistant Director, Operations\",Principal Social Worker,implement,no,0,0,0"
run "$assure" report workstreams
expect "the text report's footer counts them" 0 \
    "7 workstreams and 2 projects, 2 with no financial saving; £2,788,000 signed off on 4 lines"
run "$assure" report signoffs --format csv
expect "report signoffs: ASC-01's agreed sign-off counts" 0 \
    'ASC-01,2026-09-10,1590000,agreed,true,Adults Programme Board,KPI-01'
expect "its earlier proposal does not" 0 "ASC-01,2026-07-09,1200000,proposed,false,"
expect "ASC-03's April sign-off, superseded in October, does not" 0 'ASC-03,2026-04-09,100000,agreed,false,'
run "$assure" report signoffs --as-at 2026-07-01
expect "as at 1 Jul 2026 three had been signed off, all counting" 0 \
    "3 sign-offs: 3 agreed, 0 proposed, 0 rejected; £678,000 counts, on 3 lines"
run "$assure" report signoffs --overdue
expect "report signoffs takes no --overdue" 2 "report signoffs: --overdue does not apply"

# ---- the dashboard: a savings line's detail lists its sign-offs, the one
# that counts marked; the costs view gives both fees (read-only, 80x24) ----
screen_wait() { # TEXT: until the dashboard's screen shows TEXT
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -t reg >"$work/screen" 2>/dev/null
        grep -qF -- "$1" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
tmux_ new-session -d -s reg -x 80 -y 24 -c "$work" \
    "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 ASSURE_TODAY=$ASSURE_TODAY $assure --db $work/sample.db --read-only savings; sleep 60"
screen_wait "ASC-01" >/dev/null
tmux_ send-keys -t reg Enter
screen_wait "Benefit signed off" >/dev/null
tmux_ send-keys -t reg NPage # the rest of the detail, below the KPIs
screen_wait "COUNTS" &&
    grep -q "2026-09-10   £1,590,000  agreed   COUNTS Adults Programme Board; KPI-01" "$work/screen" &&
    grep -q "2026-07-09   £1,200,000  proposed        Head of Reablement; KPI-01" "$work/screen" &&
    pass "ASC-01's detail: its agreed sign-off counts, its proposal does not" ||
    fail "ASC-01's detail lists its sign-offs" "$(cat "$work/screen")"
tmux_ send-keys -t reg Escape c
screen_wait "Fee payable on forecast" &&
    grep -q "^Fee payable on signed-off benefit £2.14m of £5.00m: £2.79m agreed on 4 lines" "$work/screen" &&
    pass "the costs view: £2.14m payable on £2.79m signed off, then £4.71m on forecast" ||
    fail "the costs view gives both fees" "$(cat "$work/screen")"
tmux_ send-keys -t reg q

# ---- check ----
run "$assure" check --format csv
[ "$(grep -c ',workstreams,\|,signoffs,\|^notice,' "$work/stdout")" = 0 ] &&
    pass "check: the sample's register and sign-offs have no findings" ||
    fail "check: the sample's register and sign-offs have no findings" "$(cat "$work/stdout")"
cp "$work/sample.db" "$work/broken.db"
# Behind assure's back: a sign-off of ASC-99, which is no line; ASC-08's
# agreed without evidence, ASC-09's without who; ASC-06's proposal raised to
# 2,080,001, a pound above its forecast 220,000 + 640,000 + 720,000 + 500,000
# = 2,080,000; Transitions gone from the register (ASC-07 names it); and
# Commissioning without its delivery lead.
sqlite3 "$work/broken.db" "INSERT INTO signoff (line, signed_on, amount, status) VALUES ('ASC-99', '2026-11-01', 1, 'proposed');
  UPDATE signoff SET evidence = '' WHERE line = 'ASC-08';
  UPDATE signoff SET signed_by = '' WHERE line = 'ASC-09';
  UPDATE signoff SET amount = 2080001 WHERE line = 'ASC-06';
  DELETE FROM workstream WHERE name = 'Transitions';
  UPDATE workstream SET delivery_lead = '' WHERE name = 'Commissioning';"
run "$assure" --db "$work/broken.db" check --format csv
expect "a sign-off of a line not held is an error: exit 1" 1 'error,signoffs,ASC-99 / 2026-11-01,"line ""ASC-99"" is no savings line held"'
expect "agreed without evidence is an error" 1 \
    'error,signoffs,ASC-08 / 2026-05-14,"agreed, but no evidence: say who signed it off and on what evidence"'
expect "agreed without who is an error" 1 \
    'error,signoffs,ASC-09 / 2026-06-11,"agreed, but no signed_by: say who signed it off and on what evidence"'
expect "an amount above the line's forecast recurrent saving is a warning" 1 \
    "warning,signoffs,ASC-06 / 2026-11-12,\"£2,080,001 proposed is above the line's forecast recurrent saving of £2,080,000\""
expect "a workstream without its delivery lead is a warning" 1 \
    "warning,workstreams,Commissioning,no delivery_lead: every workstream has a sponsor and a delivery lead"
expect "a line's workstream the register lacks is a notice" 1 \
    'notice,savings,ASC-07,"workstream ""Transitions"" is not in the project register"'
run "$assure" --db "$work/broken.db" check
# 3 errors; 7 warnings of the sample's own (faults.sh) + ASC-06's and Commissioning's = 9; 1 notice
expect "check counts the notice apart" 1 "3 errors, 9 warnings, 1 notice"
# A notice alone fails neither check nor check --strict.
export ASSURE_DB="$work/notice.db"
"$assure" init "$ASSURE_DB" >/dev/null
printf 'ref,name,workstream,fy,target\nL-1,Homecare,Home First,2026/27,1000\n' >"$work/line.csv"
printf 'name,sponsor,delivery_lead\nReablement,Director,Head of Reablement\n' >"$work/ws.csv"
"$assure" import savings "$work/line.csv" >/dev/null 2>&1
"$assure" import workstreams "$work/ws.csv" >/dev/null 2>&1
run "$assure" check --strict
expect "a notice alone: check --strict passes" 0 "0 errors, 0 warnings, 1 notice"
expect "and names the workstream" 0 "workstream \"Home First\" is not in the project register"

# ---- an older database is upgraded in place, its rows kept ----
latest=$(sqlite3 "$work/register.db" "PRAGMA user_version")
before=$((latest - 1))
old_database="$top/${ASSURE_BUILD:-build}/tests/old_database"
"$old_database" create "$work/old.db" "$before"
sqlite3 "$work/old.db" "INSERT INTO milestone (ref, phase, milestone, baseline) VALUES ('M-1', 'design', 'Kept', '2026-12-01')"
run "$assure" --db "$work/old.db" export signoffs
expect "an export, which only reads, asks for the upgrade" 3 "schema version $before needs upgrading to $latest"
run "$assure" --db "$work/old.db" import workstreams "$data/register_workstreams.csv" --map 'Workstream or project=name' \
    --map 'Type=kind' --map 'Notes=note'
expect "the database before the register is upgraded in place" 0 "upgraded from schema version $before to $latest"
expect "and takes the register" 0 "workstreams: 4 rows added"
[ "$(sqlite3 "$work/old.db" "SELECT milestone FROM milestone WHERE ref = 'M-1'")" = Kept ] &&
    pass "its milestone is kept" || fail "its milestone is kept"
run "$assure" --db "$work/old.db" log --verify
expect "its audit trail verifies" 0 "intact"

# ---- a register and sign-offs as trackers head them: "Workstream",
# "Delivery Lead"; "Savings Ref", "Date Signed", "Signed Off By" ----
reg="$work/tracker_register.db"
"$assure" init "$reg" >/dev/null
run "$assure" --db "$reg" import workstreams "$top/tests/data/tracker_workstreams.csv"
expect "tracker register headings import" 0 "workstreams: 1 rows added"
run "$assure" --db "$reg" export workstreams
expect "Workstream, Sponsor, Delivery Lead and Phase land" 0 "Reablement,workstream,,Director of Adult Social Care,Head of Reablement,implement,yes,"
run "$assure" --db "$reg" import signoffs "$top/tests/data/tracker_signoffs.csv"
expect "tracker sign-off headings import" 0 "signoffs: 1 rows added"
run "$assure" --db "$reg" export signoffs
# tracker_signoffs.csv line 2: signed 30/11/2026, £120,000
expect "Savings Ref, Date Signed, Signed Off By and Evidence land" 0 "BCC-01,2026-11-30,120000,agreed,Director of Finance,KPI RB-1 sustained three months,"

finish
