# The data generator for measuring assure: seeded and deterministic, the sizes
# it promises, and files that import cleanly.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
generate="$top/${ASSURE_BUILD:-build}/tests/generate"
mkdir -p "$work/a" "$work/b" "$work/c" "$work/stress"
"$generate" county "$work/a" 7 && "$generate" county "$work/b" 7 && "$generate" county "$work/c" 8
same=0
for f in savings.csv staffing.csv reviews.csv risks.csv risk_history.sql; do cmp -s "$work/a/$f" "$work/b/$f" && same=$((same + 1)); done
[ $same -eq 5 ] && pass "the same seed writes the same five files, byte for byte" || fail "the same seed writes the same files" "$same of 5"
cmp -s "$work/a/reviews.csv" "$work/c/reviews.csv" && fail "another seed writes other figures" || pass "another seed writes other figures"

db="$work/county.db"
"$assure" init "$db" >/dev/null
for table in savings staffing reviews risks; do
    run "$assure" --db "$db" import $table "$work/a/$table.csv"
    expect "the county's $table.csv imports without a message" 0 " added, 0 changed"
    [ -s "$work/stderr" ] && fail "and without a warning" "$(head -3 "$work/stderr")"
done
sqlite3 "$db" <"$work/a/risk_history.sql"
# by hand, from the sizes asked for: 40 teams x 260 weeks; 30 areas x 12 roles x 130 fortnights;
# 300 lines x 6 FYs; 300 risks, each reviewed monthly for a year
counts=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM reviews) || '|' || (SELECT count(DISTINCT team) FROM reviews) || '|' ||
    (SELECT count(*) FROM staffing) || '|' || (SELECT count(DISTINCT as_at) FROM staffing) || '|' ||
    (SELECT count(*) FROM savings_line) || '|' || (SELECT count(*) FROM savings_profile) || '|' ||
    (SELECT count(*) FROM risk) || '|' || (SELECT count(*) FROM risk_history)")
[ "$counts" = "10400|40|46800|130|300|1800|300|3600" ] && pass "county: 10,400 review rows of 40 teams, 46,800 staffing rows on 130 dates, 300 lines x 6 FYs, 300 risks with 3,600 reviews" ||
    fail "county has the sizes asked for" "$counts"
[ "$(sqlite3 "$db" "SELECT (SELECT max(period_start) FROM reviews) || '|' || (SELECT max(as_at) FROM staffing)")" = "2026-11-16|2026-11-20" ] &&
    pass "its latest week and staffing date are the week of 23 Nov 2026" || fail "its latest dates are the week of 23 Nov 2026"

"$generate" stress "$work/stress"
# by hand: 1,000 teams x 1,000 weeks; 50 areas x 20 roles x 500 fortnights; 20,000 lines x 6 FYs;
# 20,000 risks x 10 reviews (each file has a heading line; the SQL a BEGIN and a COMMIT)
lines="$(($(wc -l <"$work/stress/reviews.csv") - 1))|$(($(wc -l <"$work/stress/staffing.csv") - 1))|$(($(wc -l <"$work/stress/savings.csv") - 1))|$(($(wc -l <"$work/stress/risks.csv") - 1))|$(($(wc -l <"$work/stress/risk_history.sql") - 2))"
[ "$lines" = "1000000|500000|120000|20000|200000" ] &&
    pass "stress: 1,000,000 review rows, 500,000 staffing rows, 20,000 lines x 6 FYs, 20,000 risks, 200,000 history rows" ||
    fail "stress has the sizes asked for" "$lines"

finish
