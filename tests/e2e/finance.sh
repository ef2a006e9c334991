# Programme finance from the seeds: Rotherham's budget bridge (seed 003),
# Nottinghamshire's temporary posts in both printings (seed 000), Somerset's
# contingent fee and KPIs on its Opportunity Matrix (seed 001); the export
# and import round trip, check, and bad input.
. "$(dirname "$0")/lib.sh"
data="$top/tests/data"
export ASSURE_DB="$work/finance.db"
export ASSURE_TODAY=2026-11-23
"$assure" init "$ASSURE_DB" >/dev/null
snapshot() { sqlite3 "$ASSURE_DB" .dump >"$work/before.sql"; }
unchanged() {
    sqlite3 "$ASSURE_DB" .dump >"$work/after.sql"
    cmp -s "$work/before.sql" "$work/after.sql" && pass "$1: the database is unchanged" ||
        fail "$1: the database is unchanged" "$(diff "$work/before.sql" "$work/after.sql" | head -5)"
}

# ---- Rotherham (seed 003, §3.1): the bridge as printed, £000, with its
# subtotals, "Revised forecast", "Estimated Adverse variance", "Total planned
# actions" and "Revised position" rows as declared figures ----
run "$assure" import bridge "$data/rotherham_bridge.csv" --unit thousands
expect "the Rotherham bridge imports" 0 "bridge: 26 rows added"
grep -q "declared total" "$work/stderr" && fail "every printed subtotal and result agrees" "$(cat "$work/stderr")" ||
    pass "every printed subtotal and result agrees (7,585; 409; 6,175; (5,979); 65,681; +7,903; (1,682); +6,221)"
run "$assure" report bridge --format csv
# By hand from the seed: 57,778 + 7,585 + 409 - 287 + 6,175 - 5,979 = 65,681;
# 65,681 - 57,778 = +7,903; less 1,682 of actions = +6,221; 2019/20 and 2020/21
# plan (7,903) each against the recurring +7,903: "0", "0".
expect "2018/19: budget 57,778, forecast 65,681, variance +7,903, actions (1,682), revised +6,221" 0 \
    "2018/19,57778000,65681000,7903000,-1682000,6221000"
expect "2019/20: actions (7,903) bring the position to 0" 0 "2019/20,57778000,65681000,7903000,-7903000,0"
expect "2020/21: and keep it there" 0 "2020/21,57778000,65681000,7903000,-7903000,0"
run "$assure" report bridge --fy 2018/19
expect "report bridge --fy shows one year, for people" 0 "+£6,221,000"
grep -q "2019/20" "$work/stdout" && fail "--fy leaves the other years out" || pass "--fy leaves the other years out"
run "$assure" report bridge
expect "the text report says which years carry a position" 0 \
    "2019/20, 2020/21 have planned actions only: they carry 2018/19's position."
# A declared figure that disagrees: said with its line, kept for check.
sed 's/"65,681"/"65,981"/' "$data/rotherham_bridge.csv" >"$work/bridge_bad.csv"
run "$assure" import bridge "$work/bridge_bad.csv" --unit thousands
expect "a wrong declared forecast is reported with its line and both figures" 0 \
    "bridge_bad.csv:22: declared total £65,981,000 ≠ sum £65,681,000 (off by £300,000): Revised forecast, forecast"
run "$assure" check --format csv
expect "check lists it under bridge" 0 "warning,bridge,Revised forecast,"
expect "with the declared and computed pounds" 0 ",65981000,65681000"
run "$assure" import bridge "$data/rotherham_bridge.csv" --unit thousands
run "$assure" check --format csv
grep -q "bridge,Revised forecast" "$work/stdout" && fail "importing the file again clears the finding" ||
    pass "importing the file again clears the finding"

# ---- Nottinghamshire (seed 000, §29 and §35): the posts table printed twice.
# As a finance officer exports it, with a Ref and a Years column added (the
# report says "for two years"). ----
run "$assure" import investment "$data/nottinghamshire_posts_29.csv" --map 'Post title=name' \
    --map '2 year cost=total'
expect "the first printing imports" 0 "investment: 8 rows added"
expect "its only disagreement: the Performance Business Partner's 2-year cost is £1 short of 2 x £40,776" 0 \
    "nottinghamshire_posts_29.csv:5: declared total £81,551 ≠ sum £81,552 (off by £1): Performance Business Partner, total"
[ "$(grep -c "declared total" "$work/stderr")" -eq 1 ] &&
    pass "its Totals row agrees: 14.4 FTE, £684,402 a year, £1,368,804 over two years" ||
    fail "its Totals row agrees" "$(cat "$work/stderr")"
run "$assure" report overview --format json
printf '%s' "$(cat "$work/stdout")" >"$work/o.json"
j() { sqlite3 :memory: "SELECT json_extract(readfile('$work/o.json'), '\$.$1')"; }
[ "$(j investment_gbp)" = 1368804 ] && pass "the overview's investment is £1,368,804" ||
    fail "the overview's investment is £1,368,804" "$(cat "$work/o.json")"
run "$assure" import investment "$data/nottinghamshire_posts_35.csv" --map 'Post title=name' \
    --map '2 year cost=total' --replace
expect "the second printing imports over the first" 0 "investment: 0 rows added, 1 changed, 0 removed, 7 unchanged"
# By hand: 684,402 - 80,835 + 81,551 = 685,118 a year, printed £685,120;
# 2 x 685,118 = 1,370,236 over two years, printed £1,370,240.
expect "its cost a year is £2 out" 0 \
    "nottinghamshire_posts_35.csv:10: declared total £685,120 ≠ sum £685,118 (off by £2): Totals, cost_pa"
expect "its two-year total is £4 out" 0 \
    "nottinghamshire_posts_35.csv:10: declared total £1,370,240 ≠ sum £1,370,236 (off by £4): Totals, total"
grep -q "FTE" "$work/stderr" && fail "its 14.4 FTE still agrees" "$(cat "$work/stderr")" || pass "its 14.4 FTE still agrees"
run "$assure" check --format csv
[ "$(grep -c '^warning,investment,' "$work/stdout")" -eq 3 ] &&
    pass "check lists the second printing's three disagreements, not the first's" ||
    fail "check lists the second printing's three disagreements" "$(cat "$work/stdout")"

# ---- Somerset (seed 001): the Opportunity Matrix as savings lines, and the
# KPIs that evidence them, by hand:
#   KPI-01 reablement finishers (higher): 135 - 100 = 35 x £223,333 = £7,816,655;
#          at the 130 target for its last 3 months: sustained
#   KPI-02 homecare hours a week (lower): 12,500 - 12,010.5 = 489.5 x £3,500 = £1,713,250
#   KPI-03 residential starts (lower): 30 - 27 = 3 x £360,000 = £1,080,000; 27 > 25 target ----
run "$assure" import savings "$data/somerset_matrix.csv" --map '=cohort' --map 'Opportunity=name' \
    --map 'Scaled Opportunity=target' --map 'Stretch Opportunity=stretch' --map 'Key metric impacted=key_metric'
expect "the Opportunity Matrix imports" 0 "savings: 7 lines added"
run "$assure" import kpis "$data/somerset_kpis.csv" --map 'KPI=name'
expect "its KPIs import, each linked to a matrix line" 0 "kpis: 3 rows added"
run "$assure" import kpi_values "$data/somerset_kpi_values.csv"
expect "their monthly values import (UK dates, 12,010.5)" 0 "kpi_values: 11 rows added"
run "$assure" report kpis --format csv
expect "KPI-01: 35 more finishers, £7,816,655 a year, sustained" 0 \
    "KPI-01,Reablement finishers a month,people,100.00,130.00,135.00,35.00,7816655,true,SOM-02"
expect "KPI-02: 489.5 fewer hours, £1,713,250 a year, not yet at target" 0 \
    "KPI-02,Homecare hours a week,hours,12500.00,11700.00,12010.50,489.50,1713250,false,SOM-03"
expect "KPI-03: 3 fewer starts, £1,080,000 a year" 0 "KPI-03,Residential and nursing starts a month,starts,30.00,25.00,27.00,3.00,1080000,false,SOM-01"
run "$assure" report kpis --as-at 2026-07-31
expect "--as-at: KPI-01 as it stood in July (131, not yet 3 months at target)" 0 "31"
"$assure" report kpis --as-at 2026-07-31 --format csv >"$work/july.csv"
grep -q "^KPI-01,.*,131.00,31.00,6923323,false," "$work/july.csv" &&
    pass "in July KPI-01 was 131: 31 x £223,333 = £6,923,323, one month at target" ||
    fail "in July KPI-01 was 131" "$(cat "$work/july.csv")"
run "$assure" report overview --format json
printf '%s' "$(cat "$work/stdout")" >"$work/o.json"
# 7,816,655 + 1,713,250 + 1,080,000 = 10,609,905
[ "$(j kpi_benefit_gbp)|$(j kpis)|$(j kpis_sustained)" = "10609905|3|1" ] &&
    pass "the overview: £10,609,905 a year evidenced by KPIs, 1 of 3 sustained" ||
    fail "the overview's KPI headline" "$(cat "$work/o.json")"

# ---- Somerset (seed 001, §36 b): the contingent fee.  "in the unlikely event
# that only £3m of recurrent benefit is delivered, the total fee ... would be
# proportionately reduced to £2.3m": 3,000,000 / 1.3 = 2,307,692. ----
export ASSURE_DB="$work/fee.db"
"$assure" init "$ASSURE_DB" >/dev/null
printf 'ref,name,fy,target,forecast\nS-1,Recurrent benefit at full run rate,2026/27,3000000,3000000\n' >"$work/benefit.csv"
printf 'ref,kind,name,one_off\nFEE-1,fee,Newton Europe contingent fee (phases 1 and 2),7000000\n' >"$work/fee.csv"
"$assure" import savings "$work/benefit.csv" >/dev/null
run "$assure" import investment "$work/fee.csv"
expect "a fee imports as investment" 0 "investment: 1 rows added"
run "$assure" report overview --format json
printf '%s' "$(cat "$work/stdout")" >"$work/o.json"
# The fee is payable on the benefit signed off, as the contract reads: none
# is yet, so £0 is; the £3m forecast's £2,307,692 is beside it.
[ "$(j fee_payable_forecast_gbp)|$(j fee_payable_gbp)|$(j benefit_signed_off_gbp)" = "2307692|0|0" ] &&
    pass "£3m of recurrent benefit forecast makes £2,307,692 of the £7m fee payable on forecast (\"£2.3m\"), £0 on nothing signed off" ||
    fail "the fee payable on £3m forecast" "$(cat "$work/o.json")"
# The £3m signed off by the programme board: £2,307,692 payable on it.
printf 'line,signed_on,amount,status,signed_by,evidence\nS-1,2026-04-30,3000000,agreed,Programme Board,KPI-1\n' \
    >"$work/signoff.csv"
run "$assure" import signoffs "$work/signoff.csv"
expect "a sign-off imports" 0 "signoffs: 1 rows added"
run "$assure" report overview --format json
printf '%s' "$(cat "$work/stdout")" >"$work/o.json"
[ "$(j fee_payable_gbp)|$(j benefit_signed_off_gbp)|$(j lines_signed_off)" = "2307692|3000000|1" ] &&
    pass "£3m of recurrent benefit signed off makes £2,307,692 of the £7m fee payable" ||
    fail "the fee payable on £3m signed off" "$(cat "$work/o.json")"
# 3,000,000 / 7,000,000 = 0.43:1, under the 3:1 principle
[ "$(j investment_gbp)|$(j roi)|$(j roi_meets_principle)" = "7000000|0.43|0" ] &&
    pass "a return of 0.43:1 does not meet the 3:1 principle" || fail "a return of 0.43:1" "$(cat "$work/o.json")"
run "$assure" report overview
expect "the text overview shows the return against the principle" 0 "Return on investment (principle 3:1)"
expect "and the fee payable" 0 "£2,307,692"
printf '[programme]\nfee_guarantee = 0\nroi_principle = 0.4\n' >"$work/nofee.ini"
run "$assure" --config "$work/nofee.ini" report overview --format json
printf '%s' "$(cat "$work/stdout")" >"$work/o.json"
[ "$(j fee_payable_gbp)|$(j roi_meets_principle)" = "7000000|1" ] &&
    pass "with no guarantee the whole fee is payable; 0.43:1 meets a 0.4:1 principle" ||
    fail "fee_guarantee = 0 and roi_principle = 0.4" "$(cat "$work/o.json")"

# ---- the round trip: export, import back, nothing changes ----
export ASSURE_DB="$work/finance.db"
for table in bridge kpis kpi_values investment; do
    "$assure" export "$table" >"$work/$table.csv"
    run "$assure" import "$table" "$work/$table.csv"
    expect "$table: export then import changes nothing" 0 "0 rows added, 0 changed, 0 removed"
    "$assure" export "$table" >"$work/$table.again.csv"
    cmp -s "$work/$table.csv" "$work/$table.again.csv" && pass "$table exports the same after the round trip" ||
        fail "$table exports the same after the round trip"
done
run "$assure" export kpis --format json
sqlite3 :memory: "SELECT json_extract(readfile('$work/stdout'), '\$[1].baseline')" | grep -qx "12500.0*" &&
    pass "export --format json gives KPI figures as numbers" || fail "export --format json gives KPI figures as numbers" "$(head -3 "$work/stdout")"

# ---- bad input: every bad cell with its place, nothing written ----
snapshot
printf 'fy,section,name,amount\n2026/27,savings,Not a section,100\n2026/27,budget,Budget,12abc\n' >"$work/bad_bridge.csv"
run "$assure" import bridge "$work/bad_bridge.csv"
expect "an unknown section is refused with its place and the sections" 3 \
    'bad_bridge.csv:2:2: section "savings": not a section (budget, savings_undelivered, overspend, underspend, pressure, funding, action)'
expect "and a bad amount too" 3 'bad_bridge.csv:3:4: amount "12abc"'
unchanged "a bad bridge file"
printf 'ref,period,value\nKPI-01,2026-10-01,140\nKPI-99,2026-10-01,3\n' >"$work/orphan.csv"
run "$assure" import kpi_values "$work/orphan.csv"
expect "a value for an unknown KPI is refused" 3 'orphan.csv:3:1: ref "KPI-99": no KPI has this ref (import kpis first)'
unchanged "a value for an unknown KPI"
printf 'ref,name,baseline,polarity,sustain_periods\nK-9,Sideways,10,sideways,0\n' >"$work/bad_kpi.csv"
run "$assure" import kpis "$work/bad_kpi.csv"
expect "an unknown polarity is refused" 3 'bad_kpi.csv:2:4: polarity "sideways": not a polarity (higher or lower: which is better)'
expect "so are 0 sustain periods" 3 'bad_kpi.csv:2:5: sustain_periods "0": must be a whole number from 1 to 120'
unchanged "a bad KPI file"
printf 'ref,kind,name,years\nX-1,salary,A post,-1\n' >"$work/bad_investment.csv"
run "$assure" import investment "$work/bad_investment.csv"
expect "an unknown kind is refused" 3 'bad_investment.csv:2:2: kind "salary": not a kind (post, fee, other)'
expect "so are negative years" 3 'bad_investment.csv:2:4: years "-1": must not be negative'
unchanged "a bad investment file"
run "$assure" report bridge --group fy
expect "report bridge takes no --group" 2 "report bridge: --group does not apply"

# ---- check: KPIs and costs that cannot be worked out ----
printf 'ref,name,baseline,saving_ref\nK-5,No target or value,10,NOPE\n' >"$work/thin_kpi.csv"
"$assure" import kpis "$work/thin_kpi.csv" >/dev/null
run "$assure" check --format csv
expect "check: a KPI evidencing a line that is not there" 0 'warning,kpis,K-5,"evidences savings line NOPE, which is not in the savings"'
expect "check: a KPI with no target" 0 "warning,kpis,K-5,no target: it can never be signed off as sustained"
expect "check: a KPI with no values" 0 "warning,kpis,K-5,no values yet"

# ---- the dashboard's views of the sample programme: a KPI value recorded,
# a bridge row edited, each audited; the read-only screen offers no edits ----
export ASSURE_DB="$work/programme.db"
cp "$top/sample.db" "$ASSURE_DB"
q() { sqlite3 "$ASSURE_DB" "$1"; }
start() { # NAME ARGUMENTS
    tmux_ new-session -d -s "$1" -x 100 -y 30 -c "$work" \
        "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 USER=finance XDG_CONFIG_HOME=$work/xdg ASSURE_TODAY=$ASSURE_TODAY $assure --db $ASSURE_DB $2; sleep 60"
}
wait_for() {
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -t "$1" >"$work/screen" 2>/dev/null
        grep -qF -- "$2" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
keys() { tmux_ send-keys -t "$@"; sleep 0.2; }
start fin savings
wait_for fin "ASC-01" >/dev/null
keys fin i
wait_for fin "Reablement finishers a month" && pass "i shows the KPIs from the Savings panel" ||
    fail "i shows the KPIs from the Savings panel" "$(cat "$work/screen")"
grep -q "SUSTAINED" "$work/screen" && pass "KPI-01 shows as sustained (3 months at 104 or more)" ||
    fail "KPI-01 shows as sustained"
keys fin u
wait_for fin 'KPI-01: ' && pass "u shows the chosen KPI's values" || fail "u shows the chosen KPI's values"
grep -q "KPI-02" "$work/screen" && fail "and only its values" "$(cat "$work/screen")" || pass "and only its values"
# A KPI whose ref holds another's (KPI-010 holds KPI-01): KPI-01's values are still its own.
cp "$ASSURE_DB" "$work/twin.db"
sqlite3 "$work/twin.db" "INSERT INTO kpi SELECT 'KPI-010', 'Twin', unit, polarity, baseline, target, unit_value, saving_ref, sustain_periods FROM kpi WHERE ref = 'KPI-01';
    INSERT INTO kpi_value SELECT 'KPI-010', period, value FROM kpi_value WHERE ref = 'KPI-01'"
tmux_ new-session -d -s twin -x 100 -y 30 -c "$work" \
    "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 ASSURE_TODAY=$ASSURE_TODAY $assure --db $work/twin.db --read-only savings; sleep 60"
wait_for twin "ASC-01" >/dev/null
keys twin i
wait_for twin "Twin" >/dev/null
keys twin u
wait_for twin "KPI-01: " >/dev/null
# by hand: KPI-01 has 6 values in the sample; KPI-010 the same 6, which must not show
grep -q "KPI-01: 6 values" "$work/screen" && ! grep -q "KPI-010" "$work/screen" &&
    pass "u on KPI-01 leaves out KPI-010's values" || fail "u on KPI-01 leaves out KPI-010's values" "$(cat "$work/screen")"
tmux_ send-keys -t twin q
keys fin a
# the form offers the month after the latest value (2026-11-01)
wait_for fin "2026-12-01" && pass "a new value is offered for the next month" ||
    fail "a new value is offered for the next month" "$(cat "$work/screen")"
keys fin Down Down
tmux_ send-keys -t fin -l "99"
keys fin Enter Enter y
wait_for fin "Saved" >/dev/null
[ "$(q "SELECT value FROM kpi_value WHERE ref = 'KPI-01' AND period = '2026-12-01'")" = 9900 ] &&
    pass "the value is saved (99 is 9900 hundredths)" || fail "the value is saved"
[ "$(q "SELECT who || '|' || action || '|' || key FROM audit WHERE table_name = 'kpi_values' ORDER BY id DESC LIMIT 1")" = \
    "$(id -un)|add|KPI-01 / 2026-12-01" ] && pass "and audited" || fail "and audited"
keys fin Escape Escape Escape b
wait_for fin "Waterfall 2026/27" && pass "b shows the bridge with its waterfall" ||
    fail "b shows the bridge with its waterfall" "$(cat "$work/screen")"
keys fin j e
wait_for fin "Edit bridge row 2026/27 / savings_undelivered" >/dev/null &&
    pass "e edits a bridge row, its key fixed" || fail "e edits a bridge row" "$(cat "$work/screen")"
keys fin C-u
tmux_ send-keys -t fin -l "1,012,000"
keys fin Enter Enter y
wait_for fin "Saved" >/dev/null
# by hand: 2,727,000 + (1,012,000 - 912,000) = 2,827,000 variance; after actions 1,327,000
"$assure" report bridge --format csv --fy 2026/27 >"$work/b.csv"
grep -qx "2026/27,61250000,64077000,2827000,-1500000,1327000" "$work/b.csv" &&
    pass "the edit moves the forecast outturn by £100,000 (variance +£2,827,000)" ||
    fail "the edit moves the forecast outturn" "$(cat "$work/b.csv")"
[ "$(q "SELECT old_value || '>' || new_value FROM audit WHERE table_name = 'bridge' AND field = 'amount' ORDER BY id DESC LIMIT 1")" = \
    "912000>1012000" ] && pass "the bridge edit is audited with old and new amounts" || fail "the bridge edit is audited"
keys fin q
start chair "savings --read-only"
wait_for chair "ASC-01" >/dev/null
keys chair c
wait_for chair "Return 3.60:1" && pass "c shows the costs and the return (3.60:1)" ||
    fail "c shows the costs and the return" "$(cat "$work/screen")"
keys chair a
tmux_ capture-pane -p -t chair >"$work/screen"
grep -q "Add a" "$work/screen" && fail "the read-only screen offers no form" || pass "the read-only screen offers no form"
keys chair q

# removing a KPI removes its values too, each one in the audit trail
# (sample: KPI-02 has 5 values, KPI-03 has 5)
cp "$top/sample.db" "$work/kpi_remove.db"
printf 'ref,name,baseline\nKPI-01,Reablement finishers a month,80\n' >"$work/only_kpi01.csv"
run "$assure" --db "$work/kpi_remove.db" import kpis "$work/only_kpi01.csv" --replace
expect "kpis --replace removes the KPIs the file lacks" 0 "2 removed"
[ "$(sqlite3 "$work/kpi_remove.db" "SELECT count(*) FROM audit WHERE table_name = 'kpi_values' AND new_value IS NULL")" = 10 ] &&
    pass "and each of their 10 values is removed with an audit entry" ||
    fail "and each of their 10 values is removed with an audit entry"

finish
