# Figures as councils publish them: reviews counted by four weeks and by
# calendar month, risks listed without scores, and percentages printed beside
# the figures they are worked from.
. "$(dirname "$0")/lib.sh"
data="$top/tests/data"

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

finish
