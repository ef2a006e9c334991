# The commands' output as people and programs read it: the log and the
# snapshot list fitted to a terminal (whole to a pipe), every figure that
# decides the savings total in csv and json, options a report does not take
# refused, review dates and negative forecasts questioned, and dates in text
# written one way (ISO 8601, as SPEC §1 writes them).
. "$(dirname "$0")/lib.sh"
cp "$top/sample.db" "$work/programme.db"
export ASSURE_TODAY=2026-11-23
export ASSURE_DB="$work/programme.db"

# on_terminal OUT COLUMNS CMD...: CMD's output on a terminal of COLUMNS
# columns (script(1) gives it one), carriage returns removed.
on_terminal() {
    on_out=$1 on_columns=$2
    shift 2
    script -qec "stty cols $on_columns rows 50; $*" /dev/null </dev/null | tr -d '\r' >"$on_out"
}

# ---- assure log ----
# A long value: a savings line renamed by an import, the name 40 words long
# (439 characters: the log holds a value's first 511 bytes).
long=$(printf 'Reablement %.0s' $(seq 1 40) | sed 's/ $//')
"$assure" export savings >"$work/savings.csv"
sed "s/^ASC-01,Reablement capacity and referrals,/ASC-01,$long,/" "$work/savings.csv" >"$work/long.csv"
run "$assure" import savings "$work/long.csv"
expect "an import renames ASC-01 with a 439-character name" 0 "changed"

"$assure" log >"$work/log.pipe"
grep -qF "$long" "$work/log.pipe" && pass "log to a pipe keeps the long value whole" ||
    fail "log to a pipe keeps the long value whole"
grep -qF "0 added, 2 changed, 0 removed, 58 unchanged" "$work/log.pipe" &&
    pass "log to a pipe keeps the import's summary whole" || fail "log to a pipe keeps the import's summary whole"

on_terminal "$work/log.tty" 80 env LANG=C.UTF-8 LC_ALL= "$assure" log
wide=$(wider_than 80 "$work/log.tty")
[ -s "$work/log.tty" ] && [ -z "$wide" ] && pass "log on an 80-column terminal: no line over 80 columns" ||
    fail "log on an 80-column terminal: no line over 80 columns" "$(printf '%s' "$wide" | cut -c1-200)"
grep -q "j.patel" "$work/log.tty" && grep -q "forecast" "$work/log.tty" && grep -q "850000" "$work/log.tty" &&
    pass "and who changed which field from what is still there" ||
    fail "and who changed which field from what is still there" "$(head -4 "$work/log.tty")"
# "0 added, 2 changed, 0 removed, 58 unchanged": the import's summary of 18 Nov
grep -q "  0 added, 2$" "$work/log.tty" && grep -q "^  *changed, 0" "$work/log.tty" &&
    pass "a long value wraps onto the lines below, under its column" ||
    fail "a long value wraps onto the lines below, under its column" "$(grep -A2 "0 added, 2" "$work/log.tty")"
grep -q "Reablem[a-z ]*…" "$work/log.tty" && pass "a value longer than three lines ends with an ellipsis" ||
    fail "a value longer than three lines ends with an ellipsis" "$(grep Reablement "$work/log.tty" | head -2)"
on_terminal "$work/log.ascii" 80 env LANG=C LC_ALL=C "$assure" log
grep -q "Reablem[a-z ]*\.\.\." "$work/log.ascii" && [ -z "$(wider_than 80 "$work/log.ascii")" ] &&
    pass "in ASCII the ellipsis is three dots" ||
    fail "in ASCII the ellipsis is three dots" "$(grep Reablement "$work/log.ascii" | head -2)"
on_terminal "$work/log.wide" 80 env LANG=C.UTF-8 LC_ALL= "$assure" log --wide
grep -qF "$long" "$work/log.wide" && pass "log --wide on a terminal shows the whole value" ||
    fail "log --wide on a terminal shows the whole value"
"$assure" log --wide >"$work/log.pipe-wide"
cmp -s "$work/log.pipe" "$work/log.pipe-wide" && pass "log --wide to a pipe is the same as without it" ||
    fail "log --wide to a pipe is the same as without it"
on_terminal "$work/log.narrow" 60 env LANG=C.UTF-8 LC_ALL= COLUMNS=200 "$assure" log
[ -z "$(wider_than 60 "$work/log.narrow")" ] && pass "log fits a 60-column terminal too (its size, not \$COLUMNS)" ||
    fail "log fits a 60-column terminal too (its size, not \$COLUMNS)"
# --verify walks the whole trail: an option choosing entries does not apply to it.
run "$assure" log --verify --since 2026-11-20
expect "log --verify --since is a usage error naming --since" 2 "log --verify: --since does not apply"
run "$assure" log --table=risks --verify
expect "so is log --table=risks --verify" 2 "log --verify: --table does not apply"
run "$assure" log --verify
expect "log --verify alone still verifies" 0 "The audit trail is intact"
run "$assure" snapshot --label X --wide
expect "snapshot --wide applies to --list only" 2 "snapshot --wide applies to --list only"

# ---- snapshot --list ----
label="PAM $(printf 'with a very long label %.0s' $(seq 1 8))end"
run "$assure" snapshot --label "$label"
expect "a snapshot with a 190-character label" 0 "taken"
on_terminal "$work/snap.tty" 80 env LANG=C.UTF-8 LC_ALL= "$assure" snapshot --list
[ -z "$(wider_than 80 "$work/snap.tty")" ] && grep -q "PAM with a very long label" "$work/snap.tty" &&
    pass "snapshot --list on an 80-column terminal: no line over 80 columns" ||
    fail "snapshot --list on an 80-column terminal: no line over 80 columns" "$(wider_than 80 "$work/snap.tty")"
"$assure" snapshot --list >"$work/snap.pipe"
grep -qF "$label" "$work/snap.pipe" && pass "snapshot --list to a pipe keeps the label whole" ||
    fail "snapshot --list to a pipe keeps the label whole"
on_terminal "$work/snap.wide" 80 env LANG=C.UTF-8 LC_ALL= "$assure" snapshot --list --wide
grep -qF "$label" "$work/snap.wide" && pass "snapshot --list --wide shows the whole label" ||
    fail "snapshot --list --wide shows the whole label"
# Every figure in one column, whatever the length of its name: two spaces
# or more before each, at the same place on every line.
awk '/^    / { if (match($0, /[^ ]  +[^ ]/)) print RSTART + RLENGTH - 1; else print "none" }' \
    "$work/snap.pipe" | sort -u >"$work/snap.columns"
[ "$(grep -c . "$work/snap.columns")" -eq 1 ] && ! grep -q none "$work/snap.columns" &&
    pass "snapshot --list lines its figures up in one column" ||
    fail "snapshot --list lines its figures up in one column" "$(grep -m3 '^    ' "$work/snap.pipe")"
"$assure" snapshot --delete "$label" >/dev/null

# ---- the savings total from csv and json ----
# sample/programme.sql: the 16 lines' targets sum to £23,414,000; ASC-11
# (origin overlap, £300,000 in 2025/26 and £400,000 in 2026/27) is counted in
# its partner lines, so the stated total is 23,414,000 - 700,000 = 22,714,000.
"$assure" init "$work/sums.db" >/dev/null
"$assure" export savings --db "$top/sample.db" >"$work/sample-savings.csv"
"$assure" report savings --db "$top/sample.db" --format csv >"$work/savings-report.csv"
head -1 "$work/savings-report.csv" | grep -q "^ref,workstream,cohort,name,status,target_gbp," &&
    pass "savings csv keeps its columns where they were" || fail "savings csv keeps its columns where they were"
head -1 "$work/savings-report.csv" | grep -q ",origin,in_total$" &&
    pass "savings csv ends with origin and in_total" ||
    fail "savings csv ends with origin and in_total" "$(head -1 "$work/savings-report.csv")"
# awk: quoted fields (names with commas) made one word first; target_gbp is
# the 6th column, in_total the last.
sum=$(awk -F, 'NR > 1 { gsub(/"[^"]*"/, "q"); if ($NF == "true") s += $6 } END { print s + 0 }' "$work/savings-report.csv")
[ "$sum" = 22714000 ] && pass "summing target_gbp where in_total is true gives 22714000" ||
    fail "summing target_gbp where in_total is true gives 22714000" "got $sum"
overview=$("$assure" report overview --db "$top/sample.db" --format json >"$work/overview.json" &&
    sqlite3 :memory: "SELECT json_extract(readfile('$work/overview.json'), '\$.savings_target_gbp')")
[ "$overview" = 22714000 ] && pass "and report overview's savings_target_gbp agrees" ||
    fail "and report overview's savings_target_gbp agrees" "got $overview"
"$assure" report savings --db "$top/sample.db" | grep -q "^Total .*£22,714,000" &&
    pass "and so does the total line of report savings" || fail "and so does the total line of report savings"
"$assure" report savings --db "$top/sample.db" --format json >"$work/savings.json"
json=$(sqlite3 :memory: "SELECT sum(json_extract(value, '\$.target_gbp')) FROM json_each(readfile('$work/savings.json')) WHERE json_extract(value, '\$.in_total')")
[ "$json" = 22714000 ] && pass "json: target_gbp where in_total is true sums to 22714000" ||
    fail "json: target_gbp where in_total is true sums to 22714000" "got $json"
origin=$(sqlite3 :memory: "SELECT json_extract(value, '\$.origin') || ' ' || json_extract(value, '\$.status') || ' ' || json_extract(value, '\$.basis') FROM json_each(readfile('$work/savings.json')) WHERE json_extract(value, '\$.ref') = 'ASC-11'")
[ "$origin" = "overlap on_track incremental" ] && pass "json gives ASC-11's origin, status and basis" ||
    fail "json gives ASC-11's origin, status and basis" "got $origin"
# A pipeline line is in no total either (SPEC §4.1, savings.h): one made so.
sed 's/^\(ASC-07,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,\)planned,/\1pipeline,/' "$work/sample-savings.csv" >"$work/pipeline.csv"
"$assure" --db "$work/sums.db" import savings "$work/pipeline.csv" >/dev/null 2>&1
"$assure" --db "$work/sums.db" report savings --format csv >"$work/pipeline-report.csv"
grep -q "^ASC-07,.*,pipeline,.*,false$" "$work/pipeline-report.csv" && pass "a pipeline line is not in_total" ||
    fail "a pipeline line is not in_total" "$(grep ASC-07 "$work/pipeline-report.csv")"
sum=$(awk -F, 'NR > 1 { gsub(/"[^"]*"/, "q"); if ($NF == "true") s += $6 } END { print s + 0 }' "$work/pipeline-report.csv")
total=$("$assure" --db "$work/sums.db" report overview --format json >"$work/overview.json" &&
    sqlite3 :memory: "SELECT json_extract(readfile('$work/overview.json'), '\$.savings_target_gbp')")
# ASC-07's target is £400,000 (sample/programme.sql): 22,714,000 - 400,000.
[ "$sum" = 22314000 ] && [ "$total" = 22314000 ] && pass "without it both sum to 22314000" ||
    fail "without it both sum to 22314000" "csv $sum, overview $total"

# ---- options a report does not take ----
# The table: which options each report takes (--format and --width: all).
applies() {
    case "$1" in
    group) echo "savings staffing reviews risks" ;;
    fy) echo "savings bridge" ;;
    as-at) echo "overview staffing reviews risks kpis kpi_values exceptions actions milestones highlights workstreams signoffs" ;;
    since) echo "overview slippage milestones pack" ;;
    rows) echo "bridge" ;;
    esac
}
value() {
    case "$1" in
    group) case "$2" in savings) echo cohort ;; staffing) echo area ;; reviews) echo team ;; *) echo rating ;; esac ;;
    fy) echo 2026/27 ;;
    as-at) echo 2026-11-20 ;;
    since) echo "PAM 9 Nov 2026" ;;
    rows) echo "" ;;
    esac
}
wrong=""
for option in group fy as-at since rows; do
    for report in overview savings staffing reviews risks bridge kpis kpi_values costs slippage exceptions \
        actions issues decisions milestones highlights pack workstreams signoffs; do
        v=$(value "$option" "$report")
        if [ -n "$v" ]; then run "$assure" report "$report" "--$option" "$v"; else run "$assure" report "$report" "--$option"; fi
        case " $(applies "$option") " in
        *" $report "*) [ "$status" -eq 0 ] || wrong="$wrong; report $report --$option: exit $status $(head -c 200 "$work/stderr")" ;;
        *) if [ "$status" -ne 2 ] || ! grep -qF -- "--$option" "$work/stderr" ||
            ! grep -qF "$(applies "$option" | sed 's/ /, /g; s/, \([^,]*\)$/ and \1/')" "$work/stderr"; then
            wrong="$wrong; report $report --$option: exit $status $(head -c 200 "$work/stderr")"
        fi ;;
        esac
    done
done
[ -z "$wrong" ] && pass "each report takes its own options and refuses the others (exit 2, naming where they apply)" ||
    fail "each report takes its own options and refuses the others" "$wrong"
run "$assure" report overview --group cohort
expect "report overview --group is a usage error" 2 "report overview: --group does not apply; it applies to savings, staffing, reviews and risks only"
run "$assure" report overview --fy 2026/27
expect "report overview --fy is a usage error" 2 "report overview: --fy does not apply; it applies to savings and bridge only"

# ---- staffing before any snapshot ----
# sample/programme.sql: staffing snapshots from 2026-10-02 to 2026-11-20.
run "$assure" report staffing --as-at 2020-01-01
expect "report staffing before the first snapshot is a data error" 3 \
    "no staffing data on or before 2020-01-01: the earliest held is 2026-10-02"
[ ! -s "$work/stdout" ] && pass "and prints no empty table" || fail "and prints no empty table" "$(head -3 "$work/stdout")"
run "$assure" report staffing --as-at 2026-10-02
expect "on the first snapshot's date it reports that snapshot" 0 "Staffing as at 2026-10-02"
run "$assure" --db "$work/sums.db" report staffing --as-at 2020-01-01
expect "with no staffing held at all it is an empty report, and says so" 0 "Staffing: no staffing data is held yet"
# and review periods: the sample's first starts 2026-08-03
run "$assure" report reviews --as-at 2020-01-01
expect "report reviews before the first period is a data error" 3 \
    "no review period started on or before 2020-01-01: the earliest held starts 2026-08-03"
run "$assure" report reviews --as-at 2026-08-03 --format csv
expect "on the first period's start it reports that period" 0 "2026-08-03"

# ---- dates in text: ISO 8601 ----
run "$assure" report staffing
expect "report staffing's title dates its snapshot as ISO" 0 "Staffing as at 2026-11-20"
run "$assure" report risks
expect "report risks' title dates it as ISO" 0 "as at 2026-11-23"
run "$assure" report overview
expect "report overview's title dates it as ISO" 0 "overview as at 2026-11-23"
grep -q "Vacancy (2026-11-20)" "$work/stdout" && pass "and its vacancy's snapshot is ISO" ||
    fail "and its vacancy's snapshot is ISO" "$(grep Vacancy "$work/stdout")"
run "$assure" report exceptions
expect "report exceptions' title dates it as ISO" 0 "exceptions as at 2026-11-23"
for r in overview staffing risks exceptions slippage; do "$assure" report "$r"; done >"$work/all.txt"
months=$(sed 's/PAM [0-9]* [A-Z][a-z][a-z] [0-9]*//g' "$work/all.txt" | grep -E '[0-9]+ (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20[0-9][0-9]' | head -3)
[ -z "$months" ] && pass "no report writes a date as '23 Nov 2026' (snapshot labels aside)" ||
    fail "no report writes a date as '23 Nov 2026'" "$months"

# ---- a risk's next review before its last ----
"$assure" export risks >"$work/risks.csv"
# AANDH0030 was last reviewed 2026-11-09: its next review on 2026-11-01 is before it.
sed 's/^\(AANDH0030,.*\),open,2026-11-09,2026-12-07$/\1,open,2026-11-09,2026-11-01/' "$work/risks.csv" >"$work/backwards.csv"
grep -q "2026-11-09,2026-11-01$" "$work/backwards.csv" || fail "the test's file has the backward dates"
cp "$work/programme.db" "$work/before.db"
run "$assure" import risks "$work/backwards.csv"
expect "a next review before the last is refused, naming the field" 3 "next_review"
grep -qF "2026-11-01" "$work/stderr" && grep -q "last_reviewed" "$work/stderr" &&
    pass "saying what it is before" || fail "saying what it is before" "$(cat "$work/stderr")"
cmp -s "$work/programme.db" "$work/before.db" && pass "and the database is unchanged" ||
    fail "and the database is unchanged"
sed 's/^\(AANDH0030,.*\),open,2026-11-09,2026-12-07$/\1,open,2026-11-09,2026-11-09/' "$work/risks.csv" >"$work/same-day.csv"
run "$assure" import risks "$work/same-day.csv" --dry-run
expect "a next review on the day of the last is accepted" 0
# The dashboard's form keeps the same rule: BCC-R02 (last reviewed
# 2026-11-09) due again on 2026-11-01 is refused at the field, not saved.
dash form 100 40 --
shows form "Providers cannot recruit" >/dev/null
press form 5 g e
shows form "Edit risk BCC-R02" >/dev/null
press form Down Down Down Down Down Down Down Down Down Down Down C-u
tmux_ send-keys -t form -l "2026-11-01"
press form Down Enter
shows form "before last_reviewed" && grep -q "next review  *2026-11-01.*before last_reviewed" "$work/form.screen" &&
    pass "the dashboard's form refuses it at next_review" ||
    fail "the dashboard's form refuses it at next_review" "$(grep "next review" "$work/form.screen")"
[ "$(sqlite3 "$work/programme.db" "SELECT next_review FROM risk WHERE ref = 'BCC-R02'")" = 2026-12-07 ] &&
    pass "and saves nothing" || fail "and saves nothing"
press form Escape q

# ---- a negative forecast ----
# ASC-16's 2026/27 forecast written as a reduction: -£120,000.
grep -q "^ASC-16,.*,2026/27," "$work/sample-savings.csv" || fail "the sample has ASC-16 in 2026/27"
awk -F, 'BEGIN { OFS = "," } $1 == "ASC-16" && $10 == "2026/27" { $13 = "-120000" } { print }' \
    "$work/sample-savings.csv" >"$work/negative.csv"
"$assure" init "$work/negative.db" >/dev/null
run "$assure" --db "$work/negative.db" import savings "$work/negative.csv"
expect "a negative forecast is imported" 0 "added"
grep -q "negative.csv:[0-9]*:13: .*forecast -120000 is negative" "$work/stderr" &&
    pass "with a warning naming the file, line, column and value" ||
    fail "with a warning naming the file, line, column and value" "$(cat "$work/stderr")"
run env LANG=C.UTF-8 LC_ALL= "$assure" --db "$work/negative.db" check
expect "check lists the negative forecast" 0 "ASC-16"
grep -q "warning  savings  ASC-16 .*2026/27 forecast is negative (-£120,000)" "$work/stdout" &&
    pass "as a warning with its year and amount" || fail "as a warning with its year and amount" "$(cat "$work/stdout")"
run "$assure" --db "$work/negative.db" check --strict
expect "check --strict fails on it" 1 "ASC-16"
run "$assure" check
grep -q "negative" "$work/stdout" && fail "the sample has no negative forecast to report" ||
    pass "the sample has no negative forecast to report"

finish
