# Import the seeds' own tables as a finance officer would export them from
# Excel, and check the computed figures against the published ones.
. "$(dirname "$0")/lib.sh"
data="$top/tests/data"
export ASSURE_DB="$work/seeds.db"
"$assure" init "$ASSURE_DB" >/dev/null

# field ROW COLUMN FILE: one cell of a CSV without quoted commas in the way
# (report csv quotes only where needed; these columns have none).
field() { sed -n "$1p" "$3" | awk -F, -v c="$2" '{print $c}'; }

# Kent (seed 004, §2.2): the staffing table, all 24 rows, UK dates, an unknown column.
run "$assure" import staffing "$data/kent_staffing.csv"
expect "Kent staffing table imports" 0 "staffing: 24 rows added"
# The printed percentage column is checked against each row, not kept
# (tests/e2e/published.sh): it is no unknown column.
grep -q "unknown column" "$work/stderr" &&
    fail "the printed percentage column is recognised, not an unknown column" "$(cat "$work/stderr")" ||
    pass "the printed percentage column is recognised, not an unknown column"
"$assure" report staffing --format csv >"$work/kent.csv"
# uncovered_pct by hand: max(0, vacancy - agency) / establishment, to one decimal
# (the report printed whole percents; see tests/unit/test_staffing.c).
expected="Case Manager/OT 4.5
Senior Practitioner /OT 28.6
Service Manager 50.0
Team Manager 25.0
Administration 0.0
Assessment/Case Officers 0.0
Case Manager/OT 10.6
Assessment/Case Officers 12.5
Administration 19.7
Senior Practitioner /OT 100.0
Senior Practitioner /OT 55.6
Case Manager/OT 4.0
Assessment/Case Officers 15.6
Administration 0.0
Case Manager/OT 14.6
Assessment/Case Officers 15.5
Senior Practitioner /OT 18.2
Administration 9.4"
got=$(awk -F, 'NR > 1 { n = NF; print $(n-6) " " $(n-1) }' "$work/kent.csv")
missing=$(printf '%s\n' "$expected" | while read -r line; do printf '%s\n' "$got" | grep -qxF "$line" || echo "$line"; done)
[ -z "$missing" ] && [ "$(printf '%s\n' "$got" | wc -l)" -eq 24 ] &&
    pass "all 24 Kent rows: uncovered % as worked by hand" ||
    fail "all 24 Kent rows: uncovered % as worked by hand" "missing: $missing" "got: $got"
run "$assure" report staffing --group area --format csv
# DGSS by hand: establishment 129.5, vacancy 30, agency 3: 23.2% vacant, 20.8% uncovered
expect "Kent staffing by area: DGSS 129.50 FTE, 23.2% vacant, 20.8% uncovered" 0 \
    '"Dartford, Gravesham, Swanley & Swale (DGSS)",129.50,30.00,3.00,23.2,20.8,red'
run "$assure" report staffing --group all --format csv
# whole table: 526.5 FTE, 72.07 vacant, 11 agency; 13.7% vacant, 11.6% uncovered
expect "Kent staffing total: 526.50 FTE, 13.7% vacant, 11.6% uncovered" 0 "all,526.50,72.07,11.00,13.7,11.6,amber"

# Somerset (seed 001, Table 2): the Opportunity Matrix as written, with its
# merged cohort cells, subtotal rows and a byte order mark.
run "$assure" import savings "$data/somerset_matrix.csv" --map '=cohort' --map 'Opportunity=name' \
    --map 'Scaled Opportunity=target' --map 'Stretch Opportunity=stretch' --map 'Key metric impacted=key_metric'
expect "the Opportunity Matrix imports" 0 "savings: 7 lines added"
grep -q "declared total" "$work/stderr" && fail "its subtotals and total all agree" "$(cat "$work/stderr")" ||
    pass "its subtotals and total all agree (£11.3M, £2.6M, £0.3M; £14.2M / £17.2M)"
run "$assure" report savings --group cohort --format csv
expect "Older Adults £11.3M scaled, £13.6M stretch" 0 "Older Adults,11300000,13600000"
expect "Working Age £2.6M scaled, £3.3M stretch" 0 "Working Age,2600000,3300000"
run "$assure" report savings --group all --format csv
expect "Opportunity Matrix total £14.2M scaled, £17.2M stretch" 0 "all,14200000,17200000"

# Kent (seed 004, §1.4): phase-2 opportunities with their service totals.
# Its "Target Total" column holds each area's subtotal beside the area's
# first line: money in a column that is none of savings', so it is left out
# on purpose (without --ignore it is an error, not a silent drop).
"$assure" init "$work/kent2.db" >/dev/null
run "$assure" --db "$work/kent2.db" import savings "$data/kent_opportunities.csv" --map 'Service=cohort' \
    --map 'Area=workstream'
expect "Kent's 'Target Total' column of money is not dropped unseen" 3 \
    "kent_opportunities.csv:2:6: column 'Target Total' holds money (£4.14m) but is not a column of savings"
run "$assure" --db "$work/kent2.db" import savings "$data/kent_opportunities.csv" --map 'Service=cohort' \
    --map 'Area=workstream' --ignore 'Target Total'
expect "Kent phase-2 opportunities import" 0 "savings: 10 lines added"
grep -q "declared total" "$work/stderr" && fail "Kent's service totals agree" "$(cat "$work/stderr")" ||
    pass "Kent's service totals agree (£11.91m, £6.77m; Adults £18.68m / £32.95m)"
run "$assure" --db "$work/kent2.db" report savings --group cohort --format csv
expect "Older People, Physical Disability: £11.91m target, £19.96m stretch" 0 \
    '"Older People, Physical Disability",11910000,19960000'
expect "Learning Disability: £6.77m target, £12.99m stretch" 0 "Learning Disability,6770000,12990000"
run "$assure" --db "$work/kent2.db" report savings --group workstream --format csv
# "Target Total" by area: 4.14, 7.77, 4.84, 1.93 (£m)
expect "Acute outcomes £4.14m" 0 "Acute outcomes,4140000"
expect "Outcomes & Process £7.77m" 0 "Outcomes & Process,7770000"
expect "Reshaping the Market £4.84m" 0 "Reshaping the Market,4840000"
expect "Enablement £1.93m" 0 "Enablement,1930000"
run "$assure" --db "$work/kent2.db" report savings --group all --format csv
expect "Kent Adults total: £18.68m target, £32.95m stretch" 0 "all,18680000,32950000"

# Nottingham City (seed 002, §4): wide form in £m, savings in brackets, a
# TOTAL column, CRLF.  Its row totals do not all add up: rows 1, 2 and 4.
# Row 3 is the programme's own cost and row 4 a net row (row 2 less row 3):
# neither is a savings line (tests/e2e/tables.sh has the rest).
"$assure" init "$work/ncc.db" >/dev/null
run "$assure" --db "$work/ncc.db" import savings "$data/nottingham_city.csv" --unit millions --negate --map '=name'
expect "Nottingham City's table imports: two lines and a cost" 0 "savings: 2 lines added"
# By hand: 2.428 + 2.875 + 3.947 + 4.180 = 13.430 against 13.109 declared.
expect "row 1's total is wrong by £321,000" 0 \
    "nottingham_city.csv:2: declared total £13,109,000 ≠ sum £13,430,000 (off by £321,000)"
# 0.226 + 0.885 + 1.416 + 2.073 = 4.600 against 4.650
expect "row 2's total is wrong by £50,000" 0 \
    "nottingham_city.csv:3: declared total £4,650,000 ≠ sum £4,600,000 (off by £50,000)"
# 0.226 + 0.513 + 1.044 + 1.701 = 3.484 against 3.534
expect "row 4's total is wrong by £50,000" 0 \
    "nottingham_city.csv:5: declared total £3,534,000 ≠ sum £3,484,000 (off by £50,000)"
grep -q "nottingham_city.csv:4:" "$work/stderr" && fail "row 3's total (£1.116m) agrees" || pass "row 3's total (£1.116m) agrees"
# The TOTAL TO BE DELIVERED is rows 1 and 2 less the cost: 2.428 + 0.226 =
# 2.654 ... 4.180 + 2.073 - 0.372 = 5.881, as printed.
grep -q "nottingham_city.csv:6:" "$work/stderr" && fail "the TOTAL row agrees" "$(cat "$work/stderr")" ||
    pass "the TOTAL row agrees (rows 1 and 2 less the cost: 2.654, 3.388, 4.991, 5.881)"
run "$assure" --db "$work/ncc.db" check --format csv
expect "check lists the disagreements, kept in the database" 0 \
    'nottingham_city.csv:2: declared total £13,109,000 ≠ sum £13,430,000 (off by £321,000)'
[ "$(grep -c '^warning,savings' "$work/stdout")" -eq 3 ] && pass "check lists all three" ||
    fail "check lists all three" "$(cat "$work/stdout")"
run "$assure" --db "$work/ncc.db" check --strict
expect "check --strict fails on them" 1
run "$assure" --db "$work/ncc.db" report savings --format csv
expect "NCC-1's line total is £13,430,000 (what its years add up to)" 0 "NCC-1,,,Financial savings approved in November 2021,planned,13430000"
grep -q "^NCC-3" "$work/stdout" && fail "the staffing resources are a cost, not a saving" "$(cat "$work/stdout")" ||
    pass "the staffing resources are a cost, not a saving"
run "$assure" --db "$work/ncc.db" export investment
expect "they are the programme's cost, kind other" 0 "NCC-3,other,On going resources (staffing requirement)"
# Importing the file again (the same name, wherever it is) with its row
# totals corrected clears the findings; its TOTAL was right all along.
mkdir -p "$work/corrected"
sed -e 's/(13.109)/(13.430)/; s/(4.650)/(4.600)/; s/(3.534)/(3.484)/' \
    "$data/nottingham_city.csv" >"$work/corrected/nottingham_city.csv"
run "$assure" --db "$work/ncc.db" import savings "$work/corrected/nottingham_city.csv" --unit millions --negate \
    --map '=name'
expect "the corrected file imports" 0 "2 unchanged"
grep -q "declared total" "$work/stderr" && fail "no declared total disagrees in it" "$(cat "$work/stderr")" ||
    pass "no declared total disagrees in it"
run "$assure" --db "$work/ncc.db" check --format csv
[ "$(grep -c 'declared total' "$work/stdout")" -eq 0 ] && pass "the kept findings are gone" ||
    fail "the kept findings are gone" "$(cat "$work/stdout")"

finish
