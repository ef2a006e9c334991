# Savings tables as councils publish them: a cumulative benefits profile
# (Somerset, seed 001), a "Future years" bucket after the last named year
# (Nottinghamshire, seed 000) and a table with its own costs, net rows and
# total (Nottingham City, seed 002).  Each is imported as printed and its
# published figures checked; every expected figure is worked by hand.
. "$(dirname "$0")/lib.sh"
data="$top/tests/data"
export ASSURE_TODAY=2026-11-23

# json_field FILE NAME: one field of a JSON object.
json_field() { sqlite3 :memory: "SELECT json_extract(readfile('$1'), '\$.$2')"; }
# overview DB: report overview as json, in $work/o.json.
overview() {
    "$assure" --db "$1" report overview --format json >"$work/o.json"
}

# ---- Somerset (seed 001), "Table 2: Benefits profile": each year is the
# recurrent run rate reached, not a new saving.  Transcribed as printed (the
# measure in the row label), with a Ref and a Name added. ----
db="$work/somerset.db"
"$assure" init "$db" >/dev/null
run "$assure" --db "$db" import savings "$data/somerset_benefits_profile.csv" --map '=measure' --cumulative
expect "the benefits profile imports as a cumulative profile" 0 "savings: 1 lines added"
run "$assure" --db "$db" report savings --group all --format csv
# A cumulative line is worth its last year: FY26/27's £14.2m target and
# £17.0m stretch, not 0.2 + 10.4 + 13.1 + 14.2 = £37.9m.
expect "the programme is worth £14.2m a year (target), £17.0m (stretch)" 0 "all,14200000,17000000,"
run "$assure" --db "$db" report savings --group fy --format csv
# New savings by year are the steps: target 0.2, 10.4 - 0.2 = 10.2,
# 13.1 - 10.4 = 2.7, 14.2 - 13.1 = 1.1; stretch 0.7, 13.1 - 0.7 = 12.4,
# 16.1 - 13.1 = 3.0, 17.0 - 16.1 = 0.9 (they add up to 14.2 and 17.0).
expect "2023/24: £0.2m new, £0.7m stretch" 0 "2023/24,200000,700000,"
expect "2024/25: the step of £10.2m is that year's new saving (£12.4m stretch)" 0 "2024/25,10200000,12400000,"
expect "2025/26: £2.7m new (£3.0m stretch)" 0 "2025/26,2700000,3000000,"
expect "2026/27: £1.1m new (£0.9m stretch)" 0 "2026/27,1100000,900000,"
[ "$(awk -F, 'NR > 1 { t += $2; s += $3 } END { print t, s }' "$work/stdout")" = "14200000 17000000" ] &&
    pass "the years' new savings add up to the programme's £14.2m / £17.0m" ||
    fail "the years' new savings add up to the programme's £14.2m / £17.0m" "$(cat "$work/stdout")"
run "$assure" --db "$db" report savings --format csv
expect "report savings has a basis column" 0 "ref,workstream,cohort,name,status,target_gbp,stretch_gbp,forecast_gbp,actual_gbp,gap_gbp,delivery_pct,rag,basis"
expect "the line is cumulative, worth £14.2m / £17.0m" 0 "SOM-BP,,,Benefits profile,planned,14200000,17000000,"
expect "and says so" 0 ",cumulative"
run "$assure" --db "$db" report savings --format json
expect "json names the basis" 0 '"basis": "cumulative"'
run "$assure" --db "$db" report savings --format md
expect "Markdown has a Basis column" 0 "| Basis |"
run "$assure" --db "$db" report savings --fy 2024/25 --format csv
expect "--fy 2024/25 shows that year's new saving, £10.2m" 0 "SOM-BP,,,Benefits profile,planned,10200000,12400000,"
# The run rate reached stays when the profile ends before the final year:
# with final_fy 2027/28 the line still counts its FY26/27 figures.
run "$assure" --db "$db" export savings
expect "export writes the basis" 0 "ref,name,workstream,cohort,origin,key_metric,owner,status,basis,fy,target"
expect "and each year as written" 0 "SOM-BP,Benefits profile,,,existing,,,planned,cumulative,2024/25,10400000,13100000,,"
"$assure" --db "$db" export savings >"$work/somerset_export.csv"
"$assure" init "$work/somerset2.db" >/dev/null
run "$assure" --db "$work/somerset2.db" import savings "$work/somerset_export.csv"
expect "the export imports again" 0 "savings: 1 lines added"
run "$assure" --db "$work/somerset2.db" report savings --group all --format csv
expect "and keeps its basis: still £14.2m / £17.0m" 0 "all,14200000,17000000,"
# Without --cumulative the years are new savings, as before: £37.9m.
"$assure" init "$work/somerset3.db" >/dev/null
run "$assure" --db "$work/somerset3.db" import savings "$data/somerset_benefits_profile.csv" --map '=measure'
run "$assure" --db "$work/somerset3.db" report savings --group all --format csv
expect "incremental is the default: 0.2 + 10.4 + 13.1 + 14.2 = £37.9m (stretch £46.9m)" 0 "all,37900000,46900000,"
# A basis column chooses per line, and wins over --cumulative.
printf 'ref,name,basis,fy,target,forecast\nINC,Homecare review,incremental,2024/25,100000,100000\nINC,Homecare review,,2025/26,100000,100000\nINC,Homecare review,,2026/27,100000,90000\nCUM,Reablement,cumulative,2024/25,50000,50000\nCUM,Reablement,,2025/26,100000,100000\nCUM,Reablement,,2026/27,150000,120000\n' >"$work/mixed.csv"
"$assure" init "$work/mixed.db" >/dev/null
run "$assure" --db "$work/mixed.db" import savings "$work/mixed.csv"
expect "a file with a basis column imports" 0 "savings: 2 lines added"
run "$assure" --db "$work/mixed.db" report savings --group all --format csv
# Over all years: INC adds its years, 100,000 x 3 = 300,000; CUM counts its
# last, 150,000: 450,000 target.  Forecast 100,000 + 100,000 + 90,000 = 290,000
# and 120,000: 410,000.
expect "a mixed programme: £300,000 + £150,000 = £450,000 target, £410,000 forecast" 0 \
    "all,450000,,410000,"
run "$assure" --db "$work/mixed.db" report savings --group fy --format csv
# By year, new savings: 2025/26 is INC's 100,000 + CUM's step 100,000 - 50,000.
expect "2025/26's new savings: £100,000 + £50,000 = £150,000" 0 "2025/26,150000,,150000,"
# 2026/27: 100,000 + 50,000 target; forecast 90,000 + (120,000 - 100,000).
expect "2026/27's new savings: £150,000 target, £110,000 forecast" 0 "2026/27,150000,,110000,"
overview "$work/mixed.db"
# The run rate in 2026/27: INC's figure that year, 90,000; CUM's run rate
# reached that year, 120,000: 210,000.
[ "$(json_field "$work/o.json" savings_run_rate_gbp)" = 210000 ] &&
    pass "the run rate takes each line's 2026/27 forecast as its basis reads it: £90,000 + £120,000" ||
    fail "the run rate takes each line's 2026/27 forecast as its basis reads it" "$(cat "$work/o.json")"
run "$assure" --db "$work/mixed.db" import savings "$work/mixed.csv" --cumulative
expect "--cumulative leaves a line whose basis cell says incremental as it is" 0 "2 unchanged"
printf 'ref,name,basis,fy,target\nBAD,Bad basis,sometimes,2024/25,1\n' >"$work/bad_basis.csv"
run "$assure" --db "$work/mixed.db" import savings "$work/bad_basis.csv"
expect "an unknown basis is a bad cell" 3 "bad_basis.csv:2:3: basis \"sometimes\": not a basis (incremental, cumulative)"

# ---- Nottinghamshire (seed 000), Figure 1: savings profile, £'000, with a
# "Future years" row in Column C (£6,219k) and a Totals row.  Its three
# columns are the file's three lines (as the SPEC names them: existing,
# overlap, partner); headings, cells and totals as printed. ----
db="$work/notts.db"
"$assure" init "$db" >/dev/null
run "$assure" --db "$db" import savings "$data/nottinghamshire_profile.csv" --unit thousands
expect "Figure 1 imports" 0 "savings: 3 lines added"
grep -q "unknown column" "$work/stderr" && fail "'Future years' is a column of later years, not unknown" "$(cat "$work/stderr")" ||
    pass "'Future years' is a column of later years, not unknown"
grep -q "declared total" "$work/stderr" && fail "its Totals agree (7,445; 10,536; 20,223)" "$(cat "$work/stderr")" ||
    pass "its Totals agree (7,445; 10,536; 20,223)"
run "$assure" --db "$db" report savings --group origin --format csv
# Column C: 712 + 5,414 + 7,878 + 6,219 = 20,223
expect "the partner's total is £20,223k, future years counted" 0 "partner,20223000,"
expect "Column A: 6,804 + 588 + 53 = 7,445" 0 "existing,7445000,"
expect "Column B: 5,379 + 3,461 + 1,696 = 10,536" 0 "overlap,10536000,"
run "$assure" --db "$db" report savings --group all --format csv
expect "the programme counts the overlap once: 7,445 + 20,223 = £27,668k" 0 "all,27668000,"
run "$assure" --db "$db" report savings --group fy --format csv
expect "2018/19: 6,804 + 712 = 7,516" 0 "2018/19,7516000,"
expect "the later years come after the named ones, as 'later': 6,219" 0 "later,6219000,"
run "$assure" --db "$db" report savings --fy later --format csv
expect "--fy later shows the later years" 0 "NCS-C,,,Column C: New Newton savings proposals Starting 1/4/18,planned,6219000,"
grep -q "^NCS-A" "$work/stdout" && fail "--fy later leaves out lines with no later years" || pass "--fy later leaves out lines with no later years"
overview "$db"
[ "$(json_field "$work/o.json" savings_run_rate_fy)" = 2020/21 ] &&
    pass "the later years are not the run rate's final year: 2020/21 is" ||
    fail "the later years are not the run rate's final year" "$(cat "$work/o.json")"
run "$assure" --db "$db" check --format csv
grep -q "NCS-C" "$work/stdout" && fail "check does not call the later years outside the programme" "$(cat "$work/stdout")" ||
    pass "check does not call the later years outside the programme"
"$assure" --db "$db" export savings >"$work/notts_export.csv"
grep -q "^NCS-C,.*,later,6219000,,,$" "$work/notts_export.csv" && pass "export writes the bucket as 'later'" ||
    fail "export writes the bucket as 'later'" "$(cat "$work/notts_export.csv")"
"$assure" init "$work/notts2.db" >/dev/null
run "$assure" --db "$work/notts2.db" import savings "$work/notts_export.csv"
run "$assure" --db "$work/notts2.db" report savings --group origin --format csv
expect "and import reads it back: the partner's £20,223k again" 0 "partner,20223000,"
# A column of money that is neither a year nor a known column is an error,
# not dropped: mapped or left out on purpose.
sed 's/Future years/Newton extra/' "$data/nottinghamshire_profile.csv" >"$work/extra.csv"
run "$assure" --db "$work/notts2.db" import savings "$work/extra.csv" --unit thousands --dry-run
expect "an unknown column holding money is an error naming file, line, column and heading" 3 \
    "extra.csv:4:7: column 'Newton extra' holds money (6,219) but is not a column of savings"
expect "it says how to map it or leave it out" 3 "--map 'Newton extra=COLUMN' or leave it out with --ignore 'Newton extra'"
run "$assure" --db "$work/notts2.db" import savings "$work/extra.csv" --unit thousands --dry-run --ignore 'Newton extra'
expect "--ignore leaves it out on purpose" 0 "dry run"
expect "when the total then disagrees, that is said: 712 + 5,414 + 7,878 = 14,004" 0 \
    "declared total £20,223,000 ≠ sum £14,004,000 (off by £6,219,000)"
run "$assure" --db "$work/notts2.db" import savings "$work/extra.csv" --unit thousands --dry-run --map 'Newton extra=later'
expect "--map 'Newton extra=later' takes it as the later years" 0 "dry run"
grep -q "declared total" "$work/stderr" && fail "and then the totals agree" "$(cat "$work/stderr")" || pass "and then the totals agree"
awk -F, 'BEGIN { OFS = "," } { print $0, (NR == 1 ? "Notes" : "see appendix A") }' "$data/nottinghamshire_profile.csv" |
    tr -d '\r' >"$work/notes.csv"
run "$assure" --db "$work/notts2.db" import savings "$work/notes.csv" --unit thousands --dry-run
expect "an unknown column of text stays a warning" 0 "unknown column 'Notes' ignored"
run "$assure" --db "$work/notts2.db" import savings "$work/notes.csv" --unit thousands --dry-run --ignore notes
grep -q "Notes" "$work/stderr" && fail "--ignore says nothing of a column left out on purpose" "$(cat "$work/stderr")" ||
    pass "--ignore says nothing of a column left out on purpose"
printf 'ref,name,fy,target\nL1,Later,Beyond MTFS,100\nL2,Post,Post 2025/26,200\nL3,Onwards,2026/27 onwards,300\n' >"$work/later_rows.csv"
run "$assure" --db "$work/notts2.db" import savings "$work/later_rows.csv" --dry-run
expect "fy cells 'Beyond MTFS', 'Post 2025/26' and '2026/27 onwards' are the later years" 0 "3 lines added"

# ---- Nottingham City (seed 002, §4): gross savings, a cost row, a net row
# and a TOTAL, £m, savings in brackets (tests/data/nottingham_city.csv). ----
db="$work/ncc.db"
"$assure" init "$db" >/dev/null
run "$assure" --db "$db" import savings "$data/nottingham_city.csv" --unit millions --negate --map '=name'
expect "the table imports: two savings lines" 0 "savings: 2 lines added"
expect "and one cost, to the programme's costs" 0 "costs: 1 added"
# The three row totals that do not add up, by hand:
#   2.428 + 2.875 + 3.947 + 4.180 = 13.430, printed 13.109
#   0.226 + 0.885 + 1.416 + 2.073 = 4.600, printed 4.650
#   0.226 + 0.513 + 1.044 + 1.701 = 3.484, printed 3.534
expect "row 1's total is wrong by £321,000" 0 \
    "nottingham_city.csv:2: declared total £13,109,000 ≠ sum £13,430,000 (off by £321,000)"
expect "row 2's total is wrong by £50,000" 0 \
    "nottingham_city.csv:3: declared total £4,650,000 ≠ sum £4,600,000 (off by £50,000)"
expect "the net row's total is wrong by £50,000" 0 \
    "nottingham_city.csv:5: declared total £3,534,000 ≠ sum £3,484,000 (off by £50,000)"
[ "$(grep -c "declared total" "$work/stderr")" -eq 3 ] && pass "exactly three findings" ||
    fail "exactly three findings" "$(cat "$work/stderr")"
# What agrees: the cost row, 0.372 x 3 = 1.116; the net row, year by year,
# row 2 less the cost: 0.226, 0.885 - 0.372 = 0.513, 1.416 - 0.372 = 1.044,
# 2.073 - 0.372 = 1.701; the TOTAL, rows 1 and 2 less the cost: 2.428 + 0.226
# = 2.654, 2.875 + 0.885 - 0.372 = 3.388, 3.947 + 1.416 - 0.372 = 4.991,
# 4.180 + 2.073 - 0.372 = 5.881, and 2.654 + 3.388 + 4.991 + 5.881 = 16.914.
grep -q "nottingham_city.csv:[46]:" "$work/stderr" && fail "the cost row and the TOTAL agree" "$(cat "$work/stderr")" ||
    pass "the cost row (£1.116m) and the TOTAL (£16.914m) agree"
run "$assure" --db "$db" check --format csv
[ "$(grep -c '^warning,savings' "$work/stdout")" -eq 3 ] && pass "check lists the three" ||
    fail "check lists the three" "$(cat "$work/stdout")"
run "$assure" --db "$db" report savings --format csv
expect "NCC-1's line total is what its years add up to" 0 "NCC-1,,,Financial savings approved in November 2021,planned,13430000,"
grep -q "^NCC-3\|^NCC-4" "$work/stdout" && fail "the cost and the net row are not savings lines" "$(cat "$work/stdout")" ||
    pass "the cost and the net row are not savings lines"
overview "$db"
# Gross 13.430 + 4.600 = 18.030; costs 1.116; net 18.030 - 1.116 = 16.914.
[ "$(json_field "$work/o.json" savings_gross_gbp)" = 18030000 ] && pass "gross savings £18,030,000" ||
    fail "gross savings £18,030,000" "$(cat "$work/o.json")"
[ "$(json_field "$work/o.json" savings_costs_gbp)" = 1116000 ] && pass "costs £1,116,000" ||
    fail "costs £1,116,000" "$(cat "$work/o.json")"
[ "$(json_field "$work/o.json" savings_net_gbp)" = 16914000 ] && pass "net to be delivered £16,914,000" ||
    fail "net to be delivered £16,914,000" "$(cat "$work/o.json")"
run "$assure" --db "$db" report overview
expect "the text overview shows the net" 0 "£16,914,000"
run "$assure" --db "$db" report overview --format csv
expect "csv names the three" 0 "savings_gross_gbp,savings_costs_gbp,savings_net_gbp"
run "$assure" --db "$db" export investment
expect "the cost is an investment row of kind other, under the cost row's ref" 0 \
    "NCC-3,other,On going resources (staffing requirement),"
[ "$(json_field "$work/o.json" investment_gbp)" = 1116000 ] &&
    pass "the programme's investment counts the cost's years: £1,116,000" ||
    fail "the programme's investment counts the cost's years: £1,116,000" "$(cat "$work/o.json")"
# Importing the file again with its row totals corrected clears the findings,
# the net row's too.
mkdir -p "$work/corrected"
sed -e 's/(13.109)/(13.430)/; s/(4.650)/(4.600)/; s/(3.534)/(3.484)/' \
    "$data/nottingham_city.csv" >"$work/corrected/nottingham_city.csv"
run "$assure" --db "$db" import savings "$work/corrected/nottingham_city.csv" --unit millions --negate --map '=name'
expect "the corrected file imports, nothing changed" 0 "savings: 0 lines added, 0 changed, 0 removed, 2 unchanged"
grep -q "declared total" "$work/stderr" && fail "no declared total disagrees in it" "$(cat "$work/stderr")" ||
    pass "no declared total disagrees in it"
run "$assure" --db "$db" check --format csv
[ "$(grep -c 'declared total' "$work/stdout")" -eq 0 ] && pass "the kept findings are gone" ||
    fail "the kept findings are gone" "$(cat "$work/stdout")"
# A kind column says which rows are costs and nets, whatever their names.
printf 'ref,name,kind,2024/25,2025/26,total\nA,Reablement,saving,100,200,300\nB,Cost avoidance in placements,,50,50,100\nC,Project team,cost,30,30,60\nN,Savings after the team,net,120,220,340\n,Total,,120,220,340\n' >"$work/kinds.csv"
"$assure" init "$work/kinds.db" >/dev/null
run "$assure" --db "$work/kinds.db" import savings "$work/kinds.csv"
expect "a kind column: two lines and a cost" 0 "savings: 2 lines added"
# Net by hand: (100 + 50) - 30 = 120 and (200 + 50) - 30 = 220; total 340.
grep -q "declared total" "$work/stderr" && fail "its net row and total agree" "$(cat "$work/stderr")" ||
    pass "its net row and total agree: 150 - 30 = 120, 250 - 30 = 220"
overview "$work/kinds.db"
[ "$(json_field "$work/o.json" savings_net_gbp)" = 340 ] && pass "net £400 - £60 = £340" ||
    fail "net £400 - £60 = £340" "$(cat "$work/o.json")"
sed 's/^N,Savings after the team,net,120,/N,Savings after the team,net,125,/' "$work/kinds.csv" >"$work/kinds_bad.csv"
run "$assure" --db "$work/kinds.db" import savings "$work/kinds_bad.csv"
expect "a net row that is not the gross less the costs is a warning" 0 \
    "kinds_bad.csv:5: declared total £125 ≠ sum £120 (off by £5): Savings after the team, target, 2024/25"

# ---- The dashboard, as people see it (tmux, 132x43) ----
# dash NAME DB [PANEL]: the dashboard on DB in a session of its own.
dash() {
    tmux_ new-session -d -s "$1" -x 132 -y 43 -c "$work" \
        "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_COLOR=1 ASSURE_TODAY=$ASSURE_TODAY $assure --db $2 ${3:-}; sleep 30"
}
# wait_for NAME TEXT: poll the pane until TEXT shows (15 s at most).
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
keys() { tmux_ send-keys -t "$@"; sleep 0.3; }
dash som "$work/somerset.db" savings
wait_for som "SOM-BP" && grep -q "SOM-BP .*cumulative .*£14.2m" "$work/screen" &&
    pass "the Savings panel shows the line's basis and its £14.2m" ||
    fail "the Savings panel shows the line's basis and its £14.2m" "$(cat "$work/screen")"
keys som v v v
wait_for som "Grouped by FY" && wait_for som "▾ 2024/25  1 line" && grep -q "^▾ 2024/25 .*£10.2m" "$work/screen" &&
    pass "grouped by FY, 2024/25 shows the £10.2m step as its new saving" ||
    fail "grouped by FY, 2024/25 shows the £10.2m step as its new saving" "$(cat "$work/screen")"
keys som v v g Enter
wait_for som "basis cumulative" && grep -q "New savings by year" "$work/screen" &&
    pass "the line's detail says its basis and shows its steps" ||
    fail "the line's detail says its basis and shows its steps" "$(cat "$work/screen")"
keys som Escape e
wait_for som "Edit savings" && grep -q "basis .*cumulative" "$work/screen" && pass "the form shows the basis" ||
    fail "the form shows the basis" "$(cat "$work/screen")"
keys som Down Down Down Down Down Down Down
tmux_ send-keys -t som C-u
tmux_ send-keys -t som -l "incremental"
keys som NPage NPage NPage NPage Enter y
wait_for som "Saved" && [ "$(sqlite3 "$work/somerset.db" "SELECT basis FROM savings_line WHERE ref = 'SOM-BP'")" = incremental ] &&
    pass "and changing it there saves it" ||
    fail "and changing it there saves it" "$(cat "$work/screen")"
wait_for som "£37.9m" && pass "the line is then worth its years added, £37.9m" ||
    fail "the line is then worth its years added, £37.9m" "$(cat "$work/screen")"
tmux_ send-keys -t som q
dash ncc "$work/ncc.db"
wait_for ncc "Net of costs £16.9m" && pass "the Overview shows the savings net of costs, £16.9m" ||
    fail "the Overview shows the savings net of costs, £16.9m" "$(cat "$work/screen")"
tmux_ send-keys -t ncc q

finish
