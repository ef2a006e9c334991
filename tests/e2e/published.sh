# Figures as councils publish them: reviews counted by four weeks and by
# calendar month, risks listed without scores, and percentages printed beside
# the figures they are worked from.
. "$(dirname "$0")/lib.sh"
data="$top/tests/data"

# wait_for SESSION TEXT: poll the pane until TEXT shows (15 s at most).
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
# dashboard NAME DB PANEL [COLUMNS]: the dashboard, 132 (or COLUMNS) by 30, as a person sees it.
dashboard() {
    tmux_ new-session -d -s "$1" -x "${4:-132}" -y 30 -c "$work" \
        "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=1 XDG_CONFIG_HOME=$work/xdg ASSURE_TODAY=2026-11-23 $assure --db $2 $3; echo EXIT=\$?; sleep 60"
}

# ---- printed percentages ----
#
# Kent (seed 004, §2.2) prints "Vacancy % including agency workers" beside
# each row's establishment, vacancy and agency FTE: max(0, vacancy - agency)
# / establishment (SPEC §4.2 uncovered_pct).  Worked by hand, row by row, to
# the precision printed (a whole percent agrees within half a point):
#   West Kent: 1/2 = 50 (50%), 0/4 = 0 (0%), 2/11 = 18.18 (18%), 7.5/51.5 =
#     14.56 (15%), 7.5/48.5 = 15.46 (15%), 3/32 = 9.38 (9%);
#   Thanet & Kent Coast: 0/2 = 0 (0%), 1/4 = 25 (25%), (9-4)/9 = 55.56
#     (printed 55%: WRONG, 55.56 is not within 54.5 to 55.5), 2.2/55 = 4.00
#     (4%), 5.7/36.5 = 15.62 (16%), max(0, 0.07-1)/26 = 0 (0%);
#   DGSS: 1/2 = 50 (50%), 2/4 = 50 (50%), 8/8 = 100 (100%), (4.3-1)/31 =
#     10.65 (11%), 6.8/54.5 = 12.48 (12%), (7.9-2)/30 = 19.67 (20%);
#   Ashford, Canterbury & Coastal: 1/2 = 50 (50%), 1/4 = 25 (25%), 2/7 =
#     28.57 (29%), (2.9-1)/42 = 4.52 (4.5%: 4.45 to 4.55), -2.5 -> 0 (0%),
#     max(0, -1.3-2) -> 0 (0%).
# So exactly one row of the seed's table is misprinted: Thanet & Kent
# Coast's Senior Practitioner /OT (the 9th row, line 10 of the file).
export ASSURE_DB="$work/kent.db"
"$assure" init "$ASSURE_DB" >/dev/null
run "$assure" import staffing "$data/kent_staffing.csv"
expect "Kent's staffing table imports with its printed percentages" 0 "staffing: 24 rows added"
expect "Thanet's Senior Practitioner /OT, printed 55% for 55.56%, is flagged at import" 0 \
    "kent_staffing.csv:10:6: printed 55% ≠ 55.56% worked out (off by 0.56 points): uncovered_pct, 2015-01-30 / Thanet & Kent Coast / Senior Practitioner /OT"
[ "$(grep -c 'printed' "$work/stderr")" -eq 1 ] && pass "and no other row is" || fail "and no other row is" "$(cat "$work/stderr")"
expect "the import says how many disagree" 0 "1 printed percentage disagrees with the figures it is worked from"
run "$assure" check --format csv
expect "check lists it, kept, as a percentage rather than money" 0 \
    'warning,staffing,2015-01-30 / Thanet & Kent Coast / Senior Practitioner /OT,"'
expect "naming the column as printed" 0 \
    'kent_staffing.csv:10: printed 55% ≠ 55.56% worked out (off by 0.56 points): uncovered_pct, Vacancy % including agency workers",,'
[ "$(grep -c 'printed' "$work/stdout")" -eq 1 ] && pass "check lists that one alone" || fail "check lists that one alone" "$(cat "$work/stdout")"
[ "$(sqlite3 "$ASSURE_DB" "SELECT declared || '|' || computed || '|' || measure FROM declared_total")" = "5500|5556|uncovered_pct" ] &&
    pass "kept in hundredths of a percent: 5500 printed, 5556 worked out" ||
    fail "kept in hundredths of a percent" "$(sqlite3 "$ASSURE_DB" "SELECT * FROM declared_total")"
run "$assure" check --strict
expect "check --strict fails on it" 1
# Printed to a tenth, 55.6% agrees (55.55 to 55.65 holds 55.56); a figure
# printed from the vacancy alone (DGSS Administration: 7.9 / 30 = 26.33%,
# printed 26%) does not agree with the uncovered 19.67%.
mkdir -p "$work/again"
sed -e 's/,9,9,55%,4$/,9,9,55.6%,4/' -e 's/,30,7.9,20%,2$/,30,7.9,26%,2/' "$data/kent_staffing.csv" \
    >"$work/again/kent_staffing.csv"
run "$assure" import staffing "$work/again/kent_staffing.csv"
expect "imported again" 0 "24 unchanged"
grep -q "Thanet" "$work/stderr" && fail "55.6% agrees with 55.56%" "$(cat "$work/stderr")" || pass "55.6% agrees with 55.56%"
expect "26% for an uncovered 19.67% is flagged" 0 \
    "kent_staffing.csv:19:6: printed 26% ≠ 19.67% worked out (off by 6.33 points): uncovered_pct, 2015-01-30 / Dartford, Gravesham, Swanley & Swale (DGSS) / Administration"
run "$assure" check --format csv
grep -q "Thanet" "$work/stdout" && fail "the row imported again clears its kept finding" "$(cat "$work/stdout")" ||
    pass "the row imported again clears its kept finding"
[ "$(grep -c 'printed' "$work/stdout")" -eq 1 ] && pass "and keeps the new one" || fail "and keeps the new one" "$(cat "$work/stdout")"
# A heading of the council's own, mapped; a plain "Vacancy %" is the vacancy
# % (Thanet SP/OT: 9 / 9 = 100%, so its 55% is off by 45 points).
printf 'As at,Area,Role,Establishment FTE,Vacancy FTE,Agency FTE,Not covered\n30/01/2015,Thanet & Kent Coast,Senior Practitioner /OT,9,9,4,55%%\n' \
    >"$work/mapped.csv"
run "$assure" import staffing "$work/mapped.csv" --map 'Not covered=uncovered_pct' --dry-run
expect "--map names a printed column" 0 "printed 55% ≠ 55.56% worked out"
printf 'As at,Area,Role,Establishment FTE,Vacancy FTE,Agency FTE,Vacancy %%\n30/01/2015,Thanet & Kent Coast,Senior Practitioner /OT,9,9,4,55%%\n' \
    >"$work/plain.csv"
run "$assure" import staffing "$work/plain.csv" --dry-run
expect "a plain Vacancy % is checked against the vacancy %" 0 "printed 55% ≠ 100% worked out (off by 45 points): vacancy_pct"
printf 'As at,Area,Role,Establishment FTE,Vacancy FTE,Vacancy %%\n30/01/2015,West Kent,Team Manager,4,0,about none\n' \
    >"$work/words.csv"
run "$assure" import staffing "$work/words.csv"
expect "a printed figure that is not a percentage is a bad cell" 3 'words.csv:2:6: vacancy_pct "about none": not a number'

# ---- reviews by calendar month and by four weeks ----
#
# Rotherham (seed 003, §5.3) counts reviews against "2 reviews per week per
# FTE": "Activity was expected to be "0" in May ... The target set for
# June/July was met".  The seed prints no monthly counts, so the team's FTE
# (5) and the counts below are made up around those words; every figure
# expected is worked by hand from them at 2 a week per FTE.
export ASSURE_DB="$work/reviews.db"
"$assure" init "$ASSURE_DB" >/dev/null
cat >"$work/monthly.csv" <<'EOF'
Period start,Team,Period,FTE,Completed,Backlog
01/05/2018,Adult Reviewing Team,month,5,0,120
01/06/2018,Adult Reviewing Team,Monthly,5,43,100
01/07/2018,Adult Reviewing Team,calendar month,5,45,80
07/05/2018,Cohort Review Team,4 weeks,3,20,30
04/06/2018,Cohort Review Team,four-weekly,3,24,18
01/02/2026,Adult Reviewing Team,month,5,40,0
01/03/2026,Adult Reviewing Team,month,5,40,62
EOF
run "$assure" import reviews "$work/monthly.csv" --map 'Period=period_days'
expect "months and four-week periods import, their lengths written as councils write them" 0 \
    "reviews: 7 rows added"
run "$assure" report reviews --format csv
# May 2018, 31 days: target 5 x 2 x 31 / 7 = 44.2857 -> 44.29; nothing done: 0.0%, red.
expect "May 2018 is 31 days: target 44.29, none done (as Rotherham expected)" 0 \
    "2018-05-01,31,Adult Reviewing Team,5.00,0,44.29,0.00,0.0,120,,,red"
# June 2018, 30 days: 5 x 2 x 30 / 7 = 42.857 -> 42.86; 43 done = 100.3%; per FTE
# week 43 x 7 / (5 x 30) = 2.007 -> 2.01; weeks to clear 100 x 30 / (43 x 7) = 9.97 -> 10.0.
expect "June 2018 is 30 days: target 42.86, 43 done is 100.3% (the target met)" 0 \
    "2018-06-01,30,Adult Reviewing Team,5.00,43,42.86,2.01,100.3,100,10.0,,green"
# July 2018: 44.29 again; 45 done = 101.6%; 45 x 7 / 155 = 2.03; 80 x 31 / 315 = 7.87 -> 7.9.
expect "July 2018 is 31 days: 45 done is 101.6%" 0 \
    "2018-07-01,31,Adult Reviewing Team,5.00,45,44.29,2.03,101.6,80,7.9,,green"
# Four weeks: 3 x 2 x 28 / 7 = 24; 20 done = 83.3% (amber); 20 x 7 / 84 = 1.67;
# 30 x 28 / (20 x 7) = 6.0 weeks.
expect "four weeks are 28 days: target 24, 20 done is 83.3%" 0 \
    "2018-05-07,28,Cohort Review Team,3.00,20,24.00,1.67,83.3,30,6.0,,amber"
# February 2026 has 28 days: 5 x 2 x 4 = 40; March 2026 31: 44.29, 40 done = 90.3%,
# per FTE week 280 / 155 = 1.81, weeks to clear 62 x 31 / 280 = 6.86 -> 6.9.
expect "a month from 2026-02-01 is 28 days: target 40" 0 \
    "2026-02-01,28,Adult Reviewing Team,5.00,40,40.00,2.00,100.0,0,0.0,,green"
expect "a month from 2026-03-01 is 31 days: target 44.29" 0 \
    "2026-03-01,31,Adult Reviewing Team,5.00,40,44.29,1.81,90.3,62,6.9,,green"
run "$assure" report reviews --width 160
expect "as text a calendar month reads month" 0 "2018-06-01  month  Adult Reviewing Team"
expect "as text four weeks read 28" 0 "2018-06-04     28  Cohort Review Team"
run "$assure" report reviews --group team --format csv
# The Cohort team: 20 + 24 done of 24 + 24 = 91.7%; 44 x 7 / (3 x 56) = 1.83;
# the latest backlog 18 at 44 in 8 weeks: 18 x 56 / (44 x 7) = 3.27 -> 3.3.
expect "a four-weekly team's periods add up by their days" 0 "Cohort Review Team,3.00,44,48.00,1.83,91.7,18,3.3,,green"
# Export, then import the export into another database: the same rows and figures.
run "$assure" export reviews
expect "export writes a calendar month as month" 0 "2018-06-01,Adult Reviewing Team,5.00,43,month,,100,,"
expect "export writes four weeks as 28" 0 "2018-05-07,Cohort Review Team,3.00,20,28,,30,,"
cp "$work/stdout" "$work/exported.csv"
run "$assure" export reviews --format json
expect "export json writes a calendar month as the string month" 0 '"period_days": "month"'
expect "and four weeks as the number 28" 0 '"period_days": 28,'
"$assure" report reviews --format csv >"$work/before.csv"
"$assure" init "$work/again.db" >/dev/null
run "$assure" --db "$work/again.db" import reviews "$work/exported.csv"
expect "the export imports back" 0 "reviews: 7 rows added"
"$assure" --db "$work/again.db" report reviews --format csv >"$work/after.csv"
cmp -s "$work/before.csv" "$work/after.csv" && pass "export then import gives back the same report" ||
    fail "export then import gives back the same report" "$(diff "$work/before.csv" "$work/after.csv")"
printf 'period_start,team,fte,completed,period_days\n2026-04-01,Adult Reviewing Team,5,40,quarterly\n' \
    >"$work/quarterly.csv"
run "$assure" import reviews "$work/quarterly.csv"
expect "a length that is none of these is refused, saying which are" 3 \
    'quarterly.csv:2:5: period_days "quarterly": must be 7 (weekly), 14 (fortnightly), 28 (four-weekly) or month (a calendar month)'

# The Reviews panel: a calendar month's Days read month; the form edits it.
dashboard reviews "$ASSURE_DB" reviews
wait_for reviews "Adult Reviewing Team" && pass "the Reviews panel opens" || fail "the Reviews panel opens" "$(cat "$work/screen")"
grep -q "Adult Reviewing Team  *1 Mar 2026  *month  5.00   40   44.3   90.3" "$work/screen" &&
    pass "a calendar month's Days read month, its target on 31 days (44.3)" ||
    fail "a calendar month's Days read month" "$(cat "$work/screen")"
grep -q "Cohort Review Team  *4 Jun 2018  *28  3.00   24   24.0  100.0" "$work/screen" &&
    pass "four weeks read 28" || fail "four weeks read 28" "$(cat "$work/screen")"
keys reviews v
wait_for reviews "1 Jun 2018  month" && pass "every period, each month so marked" || fail "every period" "$(cat "$work/screen")"
keys reviews /
tmux_ send-keys -t reviews -l "1 Jun 2018"
keys reviews Enter Down e # the team's header row first, then its period
wait_for reviews "Edit review period 2018-06-01 / Adult Reviewing Team" && pass "e opens the period's form" ||
    fail "e opens the period's form" "$(cat "$work/screen")"
grep -q "period days  *month" "$work/screen" && pass "the form shows its length as month" ||
    fail "the form shows its length as month" "$(cat "$work/screen")"
keys reviews Down Down C-u
tmux_ send-keys -t reviews -l "four-weekly"
keys reviews NPage NPage Enter y
wait_for reviews "Saved" && pass "a length typed as councils write it saves" || fail "a length typed as councils write it saves" "$(cat "$work/screen")"
keys reviews q
[ "$(sqlite3 "$ASSURE_DB" "SELECT period_days FROM reviews WHERE period_start = '2018-06-01'")" = 28 ] &&
    pass "four-weekly is kept as 28 days" || fail "four-weekly is kept as 28 days"
run "$assure" report reviews --format csv
# 28 days now: 5 x 2 x 4 = 40 target; 43 done = 107.5%; 43 x 7 / 140 = 2.15; 100 x 28 / 301 = 9.3 weeks
expect "and worked on 28 days: target 40, 43 done is 107.5%" 0 \
    "2018-06-01,28,Adult Reviewing Team,5.00,43,40.00,2.15,107.5,100,9.3,,green"

# ---- risks listed without scores ----
#
# Nottingham City (seed 002, §6) lists six programme risks, each with its
# mitigations and no likelihood or impact: tests/data/nottingham_city_risks.csv
# holds them as printed, the printed numeral beside our ref (the report
# numbers two of them III).
export ASSURE_DB="$work/risks.db"
export ASSURE_TODAY=2026-11-23
"$assure" init "$ASSURE_DB" >/dev/null
q() { sqlite3 "$ASSURE_DB" "$1"; }
run "$assure" import risks "$data/nottingham_city_risks.csv" --map 'Risk=title'
expect "Nottingham City's risk list imports as printed, with no score columns" 0 "risks: 6 rows added"
expect "the printed numerals are an unknown column, ignored" 0 "unknown column 'No.' ignored"
[ "$(q "SELECT count(*) FROM risk WHERE likelihood IS NULL AND impact IS NULL")" -eq 6 ] &&
    pass "all six are unscored: likelihood and impact empty" || fail "all six are unscored" "$(q "SELECT * FROM risk")"
[ "$(q "SELECT substr(mitigation, 1, 30) FROM risk WHERE ref = 'NCC-R1'")" = "The prioritisation of demand. " ] &&
    pass "with their mitigations" || fail "with their mitigations" "$(q "SELECT mitigation FROM risk WHERE ref = 'NCC-R1'")"
# Their numerals as refs: the list numbers two risks III, and import says so.
sed '1s/^Ref,No\./Our ref,Ref/' "$data/nottingham_city_risks.csv" >"$work/numerals.csv"
run "$assure" import risks "$work/numerals.csv" --map 'Risk=title' --dry-run
expect "by their printed numerals, two risks are III: a duplicate key" 3 \
    "numerals.csv:5: duplicate key (ref) III: first on line 4"
run "$assure" report risks --format csv
expect "report: no likelihood, impact or score, and the rating unscored" 0 \
    "NCC-R1,Insufficient homecare capacity.,,,,,,unscored,,,,false,open"
[ "$(grep -c ',,,,unscored,' "$work/stdout")" -eq 6 ] && pass "all six so" || fail "all six so" "$(cat "$work/stdout")"
run "$assure" report risks --format json
expect "json: score null" 0 '"score": null'
expect "json: rating unscored" 0 '"rating": "unscored"'
run "$assure" report risks --width 150
expect "text says how many are unscored" 0 "6 unscored (listed last): give each a likelihood and impact"
run "$assure" report risks --group rating --format csv
expect "grouped by rating, they are a group of their own: none high, medium or low" 0 "unscored,6,0,0,0,0"
run "$assure" report overview --format json
printf '%s' "$(cat "$work/stdout")" >"$work/o.json"
j() { sqlite3 :memory: "SELECT json_extract(readfile('$work/o.json'), '\$.$1')"; }
[ "$(j risks_open)|$(j risks_high)|$(j risks_overdue)" = "6|0|0" ] &&
    pass "the overview counts them open, and none high" || fail "the overview counts them open, and none high" "$(cat "$work/o.json")"
run "$assure" check --format csv
expect "check lists each as a warning" 0 "warning,risks,NCC-R1,unscored: give it a likelihood and impact,,"
[ "$(grep -c 'unscored: give it a likelihood and impact' "$work/stdout")" -eq 6 ] && pass "all six" ||
    fail "all six" "$(cat "$work/stdout")"
grep -q "score out of range" "$work/stdout" && fail "no score out of range" || pass "no score out of range"
run "$assure" check --strict
expect "check --strict fails on them" 1
# Scores come in pairs.
printf 'ref,title,likelihood,impact\nX1,Half scored,3,\n' >"$work/half.csv"
run "$assure" import risks "$work/half.csv"
expect "a likelihood without an impact is refused" 3 \
    'half.csv:2:4: impact "": blank, but likelihood is given: give both, or neither (an unscored risk)'
printf 'ref,title,likelihood\nX1,Half scored,3\n' >"$work/half_columns.csv"
run "$assure" import risks "$work/half_columns.csv"
expect "a likelihood column without an impact column is refused" 3 \
    "half_columns.csv:1: missing column impact; a risk's likelihood and impact come together"

# The Risks panel: unscored in words, the heat map leaves them out and says
# how many; a review (R) scores one, and the form (e) scores another.
dashboard risks "$ASSURE_DB" risks 100 # the heat maps below the register
# heat_map_rows: the current scores' map as last captured, likelihood 5 down to 1.
heat_map_rows() {
    sed -n '/Current scores/,/likelihood up/p' "$work/screen" | sed -n '2,6p' |
        LC_ALL=C.UTF-8 sed -e 's/^\(.\{22\}\).*/\1/' -e 's/ *$//'
}
wait_for risks "NCC-R6" && pass "the Risks panel lists them" || fail "the Risks panel lists them" "$(cat "$work/screen")"
[ "$(grep -c 'NCC-R[1-6] .* - unscored' "$work/screen")" -eq 6 ] &&
    pass "each reads unscored, in words, with - for its score" || fail "each reads unscored" "$(cat "$work/screen")"
grep -qF "Current scores; 6 unscored" "$work/screen" && pass "the heat map says it leaves six out" ||
    fail "the heat map says it leaves six out" "$(cat "$work/screen")"
grep -qF "open risks (6 unscored)" "$work/screen" && pass "and so does the caption" ||
    fail "and so does the caption" "$(cat "$work/screen")"
# The heat map's cells, past each row's label: every one empty.
heat_map_rows | sed 's/^[1-5]//' | grep -q '[0-9]' && fail "and shows none of them" "$(heat_map_rows)" ||
    pass "and shows none of them"
keys risks /
tmux_ send-keys -t risks -l "NCC-R1"
keys risks Enter
keys risks R
wait_for risks "Review risk NCC-R1" && pass "R opens a review of an unscored risk" || fail "R opens a review of an unscored risk" "$(cat "$work/screen")"
keys risks 4 Down 4 Down
tmux_ send-keys -t risks -l "Scored at the PAM"
keys risks Down Enter y
wait_for risks "Saved" && pass "the review saves" || fail "the review saves" "$(cat "$work/screen")"
[ "$(q "SELECT likelihood || 'x' || impact || '|' || last_reviewed || '|' || next_review FROM risk WHERE ref = 'NCC-R1'")" = "4x4|2026-11-23|2026-12-21" ] &&
    pass "the review scores it 4 x 4, reviewed today, next in 28 days" ||
    fail "the review scores it" "$(q "SELECT * FROM risk WHERE ref = 'NCC-R1'")"
[ "$(q "SELECT likelihood || 'x' || impact || ' ' || note FROM risk_history WHERE ref = 'NCC-R1'")" = "4x4 Scored at the PAM" ] &&
    pass "and its first score goes into the history" || fail "and its first score goes into the history" "$(q "SELECT * FROM risk_history")"
keys risks Escape
wait_for risks "Current scores; 5 unscored" && pass "the heat map now leaves five out" ||
    fail "the heat map now leaves five out" "$(cat "$work/screen")"
[ "$(heat_map_rows | sed -n 2p)" = "4   ·   ·   ·   1   ·" ] && pass "and shows NCC-R1 at likelihood 4, impact 4" ||
    fail "and shows NCC-R1 at likelihood 4, impact 4" "$(heat_map_rows)"
grep -q "NCC-R1 .* 4 4 *16 HIGH" "$work/screen" && pass "and NCC-R1 is 16, HIGH" || fail "and NCC-R1 is 16, HIGH" "$(cat "$work/screen")"
# The form: a likelihood alone is marked; with an impact it saves.
keys risks /
tmux_ send-keys -t risks -l "NCC-R2"
keys risks Enter e
wait_for risks "Edit risk NCC-R2" && pass "e opens the form of an unscored risk" || fail "e opens the form of an unscored risk" "$(cat "$work/screen")"
keys risks Down 3
wait_for risks "blank, but likelihood is given" && pass "a likelihood alone is marked as it is typed" ||
    fail "a likelihood alone is marked as it is typed" "$(cat "$work/screen")"
keys risks Down 2
keys risks NPage NPage NPage Enter y
wait_for risks "Saved" && pass "with an impact it saves" || fail "with an impact it saves" "$(cat "$work/screen")"
[ "$(q "SELECT likelihood || 'x' || impact FROM risk WHERE ref = 'NCC-R2'")" = "3x2" ] && pass "scored 3 x 2" ||
    fail "scored 3 x 2" "$(q "SELECT * FROM risk WHERE ref = 'NCC-R2'")"
# A review that gives no scores keeps the risk unscored, and moves its dates.
keys risks Escape /
tmux_ send-keys -t risks -l "NCC-R3"
keys risks Enter R
wait_for risks "Review risk NCC-R3" >/dev/null
keys risks Down Down Down Enter y
wait_for risks "Saved" && pass "a review without scores saves" || fail "a review without scores saves" "$(cat "$work/screen")"
[ "$(q "SELECT ifnull(likelihood, 'none') || '|' || last_reviewed FROM risk WHERE ref = 'NCC-R3'")" = "none|2026-11-23" ] &&
    [ "$(q "SELECT count(*) FROM risk_history WHERE ref = 'NCC-R3'")" -eq 0 ] &&
    pass "and leaves it unscored, reviewed today, with no score in the history" ||
    fail "and leaves it unscored" "$(q "SELECT * FROM risk WHERE ref = 'NCC-R3'")"
keys risks q
run "$assure" check --format csv
[ "$(grep -c 'unscored: give it a likelihood and impact' "$work/stdout")" -eq 4 ] &&
    pass "check now lists the four still unscored" || fail "check now lists the four still unscored" "$(cat "$work/stdout")"

finish
