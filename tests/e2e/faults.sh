# Trust under faults: what an unlucky user and a hostile colleague on a shared
# server would do to assure, and what must hold when they do.  Each section
# reproduces one way it used to fail: a save into a file replaced under the
# dashboard, a failure that exited 0, a corrupt file called consistent, an
# audit trail that could be forged, a half-old half-new report, a read-only
# place, a colleague holding the lock, terminal escapes, spreadsheet formulas,
# start-up, the parsers' rules, and the run rate.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
q() { sqlite3 "$1" "$2"; }

# ---- the file under an open dashboard is replaced or removed ----

# ---- no failure exits 0 ----

# ---- check finds a corrupt file ----

# ---- an audit trail that cannot lie ----

# ---- one consistent reading ----

# ---- read-only places ----

# ---- a colleague holds the lock ----

# ---- terminal-safe everywhere ----

# ---- no formula injection ----

# ---- configuration and start-up ----

# ---- one rule for each parser ----

# ---- the run rate ----
# The recurrent run rate is the counted lines' forecast (dropped and overlap
# lines left out, as totals leave overlap lines out) in the programme's final
# year: [programme] final_fy, by default the last year a counted line has a
# figure for.  By hand from sample/programme.sql: 2027/28 is the last such
# year, and its forecasts are ASC-01 2,400,000 + ASC-02 1,150,000 + ASC-03
# 620,000 + ASC-06 500,000 + ASC-07 250,000 + ASC-12 250,000 + ASC-13 700,000
# + ASC-14 50,000 + ASC-15 200,000 = £6,120,000.  The fee payable is
# min(fee, run rate / guarantee) (SPEC §4.5): INV-01's £5,000,000 fee against
# 6,120,000 / 1.3 = 4,707,692.3, so £4,707,692.
rate_json() { # DB [ASSURE-OPTIONS]: the run rate's year and pounds, and the fee payable
    db=$1
    shift
    "$assure" --db "$db" "$@" report overview --format json 2>"$work/rate_stderr" | tr ',' '\n' |
        sed -n 's/^ *"\(savings_run_rate_fy\|savings_run_rate_gbp\|fee_payable_gbp\)": //p' | tr -d '"' |
        paste -sd ' '
}
rate_is() { # NAME WANT GOT
    [ "$3" = "$2" ] && pass "$1" || fail "$1" "got: $3" "expected: $2"
}
rate_is "the sample: the 2027/28 run rate £6,120,000, £4,707,692 of the fee payable" \
    "2027/28 6120000 4707692" "$(rate_json "$top/sample.db")"

# An overlap line of £50,000 in 2028/29 (its savings counted in a partner's
# line) once made 2028/29 the final year, with nothing counted in it: run
# rate none, fee payable £0.  It is not counted, so nothing moves.
cp "$top/sample.db" "$work/rate_overlap.db"
printf 'ref,name,origin,fy,target,forecast\nRR-OVL,Later council plan,overlap,2028/29,50000,50000\n' \
    >"$work/rate_overlap.csv"
"$assure" --db "$work/rate_overlap.db" import savings "$work/rate_overlap.csv" >/dev/null 2>&1
rate_is "an overlap line of £50,000 in 2028/29 leaves the run rate at 2027/28's £6,120,000 and £4,707,692 payable" \
    "2027/28 6120000 4707692" "$(rate_json "$work/rate_overlap.db")"
run "$assure" --db "$work/rate_overlap.db" report overview
expect "report overview says so for people" 0 "Recurrent run rate (2027/28 forecast)          £6,120,000"
expect "with the fee payable beside it" 0 "Fee payable on the run rate (of £5,000,000)    £4,707,692"

# A dropped line with £100 in 2029/30 once made the run rate £100.
cp "$top/sample.db" "$work/rate_dropped.db"
printf 'ref,name,status,fy,target,forecast\nRR-DRP,Dropped idea,dropped,2029/30,100,100\n' >"$work/rate_dropped.csv"
"$assure" --db "$work/rate_dropped.db" import savings "$work/rate_dropped.csv" >/dev/null 2>&1
rate_is "a dropped line with £100 in 2029/30 leaves the run rate at 2027/28's £6,120,000 and £4,707,692 payable" \
    "2027/28 6120000 4707692" "$(rate_json "$work/rate_dropped.db")"
run "$assure" --db "$work/rate_dropped.db" check --format csv
grep -q "RR-DRP" "$work/stdout" && fail "check says nothing of a dropped line's later years" "$(cat "$work/stdout")" ||
    pass "check says nothing of a dropped line's later years"

# [programme] final_fy from a file: 2026/27's counted forecasts are ASC-01
# 2,050,000 + ASC-02 700,000 + ASC-03 620,000 + ASC-04 650,000 + ASC-05
# 400,000 + ASC-06 720,000 + ASC-07 150,000 + ASC-12 260,000 + ASC-13 300,000
# + ASC-14 100,000 + ASC-15 80,000 + ASC-16 420,000 = £6,450,000 (ASC-11's
# £350,000 is an overlap); 6,450,000 / 1.3 = 4,961,538.5, so £4,961,538.
printf '[programme]\nfinal_fy = 2026/27\n' >"$work/rate_2026.ini"
rate_is "final_fy = 2026/27 in --config makes the run rate 2026/27's £6,450,000 and £4,961,538 payable" \
    "2026/27 6450000 4961538" "$(rate_json "$top/sample.db" --config "$work/rate_2026.ini")"
run "$assure" --db "$top/sample.db" --config "$work/rate_2026.ini" check --format csv
expect "check warns of a counted line whose profile runs past final_fy, naming it and the year" 0 \
    "warning,savings,ASC-01,profile runs past the programme's final year 2026/27 ([programme] final_fy): 2027/28 is left out of the run rate"
late=$(grep -c "past the programme's final year" "$work/stdout")
# ASC-01, 02, 03, 06, 07, 12, 13, 14 and 15 have 2027/28 figures; ASC-11 (overlap) and the rest end by 2026/27
rate_is "and of each of the nine such lines, once" 9 "$late"
run "$assure" --db "$top/sample.db" check --format csv
grep -q "final year" "$work/stdout" && fail "without final_fy, no line runs past the final year" "$(cat "$work/stdout")" ||
    pass "without final_fy, no line runs past the final year"
printf '[programme]\nfinal_fy = 2025/26\n' >"$work/rate_2025.ini"
run "$assure" --db "$top/sample.db" --config "$work/rate_2025.ini" check
expect "a line past it by two years has both named" 0 "2026/27, 2027/28 are left out of the run rate"

# A counted line with a target but no forecast in 2028/29: 2028/29 is the
# final year, and the line's blank forecast contributes nothing: £0, not
# none, and nothing payable.  final_fy = 2027/28 puts the run rate back, and
# check names the line.
cp "$top/sample.db" "$work/rate_target.db"
printf 'ref,name,fy,target\nRR-NEW,New line,2028/29,50000\n' >"$work/rate_target.csv"
"$assure" --db "$work/rate_target.db" import savings "$work/rate_target.csv" >/dev/null 2>&1
rate_is "a counted line with only a target in 2028/29: that year's run rate is £0, nothing payable" \
    "2028/29 0 0" "$(rate_json "$work/rate_target.db")"
printf '[programme]\nfinal_fy = 2027/28\n' >"$work/rate_2027.ini"
rate_is "final_fy = 2027/28 gives £6,120,000 and £4,707,692 again" \
    "2027/28 6120000 4707692" "$(rate_json "$work/rate_target.db" --config "$work/rate_2027.ini")"
run "$assure" --db "$work/rate_target.db" --config "$work/rate_2027.ini" check
expect "and check names the line past it" 0 "2028/29 is left out of the run rate"
expect "by its ref" 0 "RR-NEW"

# A final year no counted line has a figure for: the run rate is none.
printf '[programme]\nfinal_fy = 2030/31\n' >"$work/rate_2030.ini"
rate_is "final_fy = 2030/31, with no figures for it: run rate none (null), nothing payable" \
    "2030/31 null 0" "$(rate_json "$top/sample.db" --config "$work/rate_2030.ini")"
run "$assure" --db "$top/sample.db" --config "$work/rate_2030.ini" report overview
expect "shown as none" 0 "Recurrent run rate (2030/31 forecast)                none"

# The key: checked, named when wrong, printed with where it came from.
printf '[programme]\nname = Test\nfinal_fy = 2027\n' >"$work/rate_bad.ini"
run "$assure" --db "$top/sample.db" --config "$work/rate_bad.ini" report overview
expect "a final_fy that is not a financial year stops assure (exit 2)" 2 \
    "rate_bad.ini:3: [programme] final_fy = \"2027\" is not allowed: expected a financial year such as 2027/28"
run "$assure" --config "$work/rate_2026.ini" --print-config
expect "--print-config shows final_fy and the file it came from" 0 "final_fy = 2026/27  ; from $work/rate_2026.ini:2"
run "$assure" --print-config
expect "and, unset, that it is the default" 0 "final_fy =   ; from default"

# The dashboard shows the same figure: the fee in the costs view and a KPI's
# line forecast (KPI-01 evidences ASC-01: £2,050,000 in 2026/27).
rate_wait() { # SESSION TEXT
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -t "$1" >"$work/screen" 2>/dev/null
        grep -qF -- "$2" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
tmux_ new-session -d -s rate -x 132 -y 43 -c "$work" \
    "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 ASSURE_TODAY=$ASSURE_TODAY $assure --db $work/rate_dropped.db --config $work/rate_2026.ini --read-only savings; sleep 60"
rate_wait rate "ASC-01" >/dev/null
tmux_ send-keys -t rate c
rate_wait rate "Fee payable £4.96m of £5.00m: the 2026/27 run rate £6.45m" &&
    pass "the costs view: the 2026/27 run rate £6.45m, £4.96m payable" || fail "the costs view" "$(cat "$work/screen")"
tmux_ send-keys -t rate Escape i
rate_wait rate "Reablement finishers a month" >/dev/null
grep "^KPI-01 " "$work/screen" | grep -q " ASC-01 *£2.05m" &&
    pass "the KPIs view: ASC-01's forecast for 2026/27, £2.05m" || fail "the KPIs view" "$(cat "$work/screen")"
tmux_ send-keys -t rate q

finish
