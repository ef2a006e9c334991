# Export and import round trip; reports in every format; check's exit codes;
# the man page and --help agree.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
sample="$top/sample.db"

# Round trip: export every table, import into a new database, and the data is
# the same, row for row; exporting again gives the same bytes.
"$assure" init "$work/copy.db" >/dev/null
for table in savings staffing reviews risks; do
    "$assure" --db "$sample" export "$table" >"$work/$table.csv"
    run "$assure" --db "$work/copy.db" import "$table" "$work/$table.csv"
    expect "export then import of $table" 0 "added"
    "$assure" --db "$work/copy.db" export "$table" >"$work/$table.again.csv"
    cmp -s "$work/$table.csv" "$work/$table.again.csv" && pass "$table exports the same after the round trip" ||
        fail "$table exports the same after the round trip"
done
data_dump() {
    for t in savings_line savings_profile staffing reviews risk; do
        sqlite3 "$1" "SELECT * FROM $t ORDER BY 1, 2"
    done
}
data_dump "$sample" >"$work/a.txt"
data_dump "$work/copy.db" >"$work/b.txt"
cmp -s "$work/a.txt" "$work/b.txt" && pass "the round trip leaves the data identical" ||
    fail "the round trip leaves the data identical" "$(diff "$work/a.txt" "$work/b.txt" | head -5)"
run "$assure" --db "$work/copy.db" import savings "$work/savings.csv"
expect "importing the export again changes nothing" 0 "0 lines added, 0 changed, 0 removed, 16 unchanged"
"$assure" --db "$sample" export risks --format json >"$work/risks.json"
[ "$(sqlite3 :memory: "SELECT json_valid(readfile('$work/risks.json')), json_array_length(readfile('$work/risks.json'))")" = "1|12" ] &&
    pass "export --format json is valid JSON with every risk" || fail "export --format json is valid JSON with every risk"

# A long name is written whole for a committee paper or a program, never cut
# without a sign (Markdown once cut a cell at 2047 bytes); text for people
# shortens it to the width, and says so with the ellipsis.
long=$(printf 'Reablement %.0s' $(seq 1 300) | sed 's/ $//')
"$assure" init "$work/long.db" >/dev/null
sed "s/^ASC-01,Reablement capacity and referrals,/ASC-01,$long,/" "$work/savings.csv" >"$work/long.csv"
run "$assure" --db "$work/long.db" import savings "$work/long.csv"
expect "a savings line with a 3,299-character name imports" 0 "added"
for format in md csv json; do
    "$assure" --db "$work/long.db" report savings --format "$format" >"$work/long.$format"
    grep -qF -- "$long" "$work/long.$format" && pass "report --format $format writes a 3,299-character name whole" ||
        fail "report --format $format writes a 3,299-character name whole" "$(grep -c Reablement "$work/long.$format")"
done
"$assure" --db "$work/long.db" report savings --format text --width 1000 >"$work/long.text"
grep -q '^ASC-01  .*  Reablement Reablement .*Reablement …  ' "$work/long.text" &&
    pass "report --format text shortens a 3,299-character name with an ellipsis" ||
    fail "report --format text shortens a 3,299-character name with an ellipsis" "$(grep ASC-01 "$work/long.text" | cut -c1-120)"

export ASSURE_DB="$sample"
# The overview: sample/programme.sql's figures, summed by hand.
run "$assure" report overview --format json
printf '%s' "$(cat "$work/stdout")" >"$work/overview.json"
j() { sqlite3 :memory: "SELECT json_extract(readfile('$work/overview.json'), '\$.$1')"; }
[ "$(j savings_target_gbp)" = 22714000 ] && pass "programme target £22,714,000 (overlap ASC-11 left out)" ||
    fail "programme target £22,714,000" "$(j savings_target_gbp)"
[ "$(j savings_forecast_gbp)" = 20728000 ] && pass "forecast £20,728,000" || fail "forecast £20,728,000"
[ "$(j savings_gap_gbp)" = 1986000 ] && pass "gap £1,986,000" || fail "gap £1,986,000"
[ "$(j savings_delivery_pct)" = 91.3 ] && pass "delivery 91.3% (20,728 / 22,714)" || fail "delivery 91.3%"
[ "$(j savings_rag)" = amber ] && pass "savings amber" || fail "savings amber"
# staffing on 20 Nov: 526.5 FTE, 62.1 vacant (11.8%), 14 agency: 48.1 uncovered (9.1%)
[ "$(j staffing_vacancy_pct)|$(j staffing_uncovered_pct)" = "11.8|9.1" ] && pass "staffing 11.8% vacant, 9.1% uncovered" ||
    fail "staffing 11.8% vacant, 9.1% uncovered"
# reviews on 9 Nov: 91 done against 101 (2 x 2 x FTE, LD at 1.5): 90.1%; backlog 416
[ "$(j reviews_target_pct)|$(j reviews_backlog)" = "90.1|416" ] && pass "reviews 90.1% of target, backlog 416" ||
    fail "reviews 90.1% of target, backlog 416"
[ "$(j risks_high)|$(j risks_overdue)|$(j risks_open)" = "4|3|11" ] && pass "4 high risks, 3 overdue, 11 open" ||
    fail "4 high risks, 3 overdue, 11 open"
# against the snapshot PAM 9 Nov 2026: forecast was £20,910,000, overdue 1
[ "$(j since)|$(j savings_forecast_gbp_change)|$(j risks_overdue_change)" = "PAM 9 Nov 2026|-182000|2" ] &&
    pass "changes since the latest snapshot" || fail "changes since the latest snapshot" "$(cat "$work/overview.json")"
run "$assure" report overview --format csv --since "PAM 26 Oct 2026"
expect "--since a label picks that snapshot" 0 "PAM 26 Oct 2026,2026-10-26T10:00:00Z,0,0,-322000"
run "$assure" report overview --since 2026-11-01 --format csv
expect "--since a date picks the last snapshot by then" 0 "PAM 26 Oct 2026"
run "$assure" report overview --since "no such meeting"
expect "--since an unknown snapshot is a usage error" 2 "no snapshot has that label"
run "$assure" report
expect "the text overview marks a fall in forecast as worse" 0 "▼ -£182,000 worse"
expect "and a fall in backlog as better" 0 "▼ -4 better"

# Savings in every format.
run "$assure" report savings --format csv
expect "savings csv has SPEC's columns" 0 "ref,workstream,cohort,name,status,target_gbp,stretch_gbp,forecast_gbp,actual_gbp,gap_gbp,delivery_pct,rag"
expect "a red line: ASC-05 at 75.2%" 0 "ASC-05,Accommodation,Working Age,My Front Door: day and respite services,at_risk,3324000,3324000,2500000,2220000,824000,75.2,red"
expect "a delivered line is blue" 0 "ASC-08,Accommodation,Working Age,Shared Lives expansion,delivered,320000,320000,320000,320000,0,100.0,blue"
grep -q '^Total' "$work/stdout" && fail "csv has no total row" || pass "csv has no total row"
run "$assure" report savings --format md
expect "md is a Markdown table" 0 "| Ref | Workstream | Cohort | Name | Status | Target |"
expect "md ends with the total in bold" 0 "| **Total** |"
run "$assure" report savings --format json
printf '%s' "$(cat "$work/stdout")" >"$work/savings.json"
[ "$(sqlite3 :memory: "SELECT json_valid(readfile('$work/savings.json')), json_array_length(readfile('$work/savings.json')), json_extract(readfile('$work/savings.json'), '\$[6].forecast_gbp'), json_type(readfile('$work/savings.json'), '\$[6].actual_gbp')")" = "1|16|400000|null" ] &&
    pass "json: valid, one object per line, null where there is no figure" || fail "json: valid, one object per line, null where there is no figure"
run "$assure" report savings --fy 2024/25 --format csv
expect "--fy keeps one year's figures" 0 "ASC-04,Right-sizing Care Packages,All Adults,Review of all community care packages,slipped,900000,900000,450000,450000,450000,50.0,red"
grep -q "^ASC-07" "$work/stdout" && fail "--fy leaves out lines with nothing that year" || pass "--fy leaves out lines with nothing that year"
run "$assure" report savings --group origin --format csv
expect "by origin, the overlap group shows what it holds" 0 "overlap,700000,700000,600000,420000,100000,85.7,amber"
run "$assure" report savings --width 80
long=$(wider_than 80 "$work/stdout")
[ -z "$long" ] && pass "--width 80 fits every line in 80 columns" || fail "--width 80 fits every line in 80 columns" "$long"
expect "narrow text keeps the important columns" 0 "Forecast"
grep -q '\[3[0-9]m\|\[1m' "$work/stdout" && fail "no colour in a pipe" || pass "no colour in a pipe"
run "$assure" report savings --group widgets
expect "an unknown group is a usage error" 2 "expected cohort, workstream, fy, origin or all"
run "$assure" report dashboards
expect "an unknown panel is a usage error" 2 "unknown panel 'dashboards'"

# Control characters in data never reach the terminal.
cp "$sample" "$work/hostile.db"
sqlite3 "$work/hostile.db" "UPDATE savings_line SET name = 'Evil' || char(27) || ']0;pwned' || char(7) || char(27) || '[31m' WHERE ref = 'ASC-01'"
run "$assure" --db "$work/hostile.db" report savings
expect "escape sequences in data are shown as ^[" 0 'Evil^[]0;pwned^G^[[31m'
if grep -q "$(printf '\033')" "$work/stdout"; then fail "no raw escape in the text report"; else pass "no raw escape in the text report"; fi
run "$assure" --db "$work/hostile.db" report savings --format md
if grep -q "$(printf '\033')" "$work/stdout"; then fail "no raw escape in Markdown"; else pass "no raw escape in Markdown"; fi
run "$assure" --db "$work/hostile.db" report savings --format json
expect "json escapes control characters" 0 'Evil\u001b]0;pwned\u0007\u001b[31m'

# Staffing, reviews, risks: columns and hand-worked figures.
run "$assure" report staffing --format csv
expect "staffing csv has SPEC's columns" 0 "as_at,area,role,establishment_fte,vacancy_fte,agency_fte,vacancy_pct,uncovered_pct,rag"
expect "the Castlegate hot spot: 8 of 8 senior practitioners vacant" 0 "2026-11-20,Castlegate,Senior Practitioner/OT,8.00,8.00,0.00,100.0,100.0,red"
expect "over establishment shows no vacancy" 0 "2026-11-20,Coastal,Assessment/Case Officers,33.50,-2.50,0.00,0.0,0.0,green"
run "$assure" report staffing --as-at 2026-10-15 --format csv
expect "--as-at takes the snapshot before the date" 0 "2026-10-02,Castlegate,Senior Practitioner/OT,8.00,6.00,0.00,75.0,75.0,red"
run "$assure" report reviews --format csv
expect "reviews csv has SPEC's columns" 0 "period_start,period_days,team,fte,completed,target,per_fte_week,target_pct,backlog,weeks_to_clear,reviewed_12m_pct,rag"
# Castlegate 9 Nov: 3.5 FTE x 2 a week x 2 weeks = 14 target, 6 done: 42.9%;
# 6 done in 14 days is 3 a week, so a backlog of 142 takes 142 x 14 / (6 x 7) = 47.3 weeks
expect "Castlegate on 9 Nov: 6 of 14, 42.9%, 47.3 weeks to clear" 0 "2026-11-09,14,Castlegate Locality,3.50,6,14.00,0.86,42.9,142,47.3,"
# nothing completed: no weeks to clear (blank), not a division by zero
expect "nothing completed gives no weeks to clear" 0 "2026-08-03,14,Adult Reviewing Team,6.00,0,24.00,0.00,0.0,140,,"
run "$assure" report risks --format csv
expect "risks csv has SPEC's columns" 0 "ref,title,owner,category,likelihood,impact,score,rating,target_score,target_rating,next_review,overdue,status"
expect "Somerset's AANDH0030: 3 x 3 = 9, medium" 0 "AANDH0030,Unable to achieve MTFP targets / deliver a balanced budget,Director of Adult Social Care,Finance,3,3,9,medium,9,medium,2026-12-07,false,open"
expect "an overdue high risk" 0 "BCC-R06,Transforming Care placements unfunded,Head of Learning Disability,Finance,4,5,20,high,12,medium,2026-10-26,true,open"
grep -q "BCC-R09" "$work/stdout" && fail "closed risks are left out by default" || pass "closed risks are left out by default"
run "$assure" report risks --as-at 2026-11-10 --format csv
expect "--as-at moves today: on 10 Nov only BCC-R01 and BCC-R06 were overdue" 0 "BCC-R03,Backlog of assessments and reviews grows,Head of Localities,Operational,4,4,16,high,6,medium,2026-11-16,false,open"
run "$assure" report risks --group rating --format csv
expect "risks by rating" 0 "high,4,4,0,0,3"

# check: warnings only on the sample; an error makes the exit status 1.
run "$assure" check --format csv
expect "check on the sample: the three overdue reviews" 0 "warning,risks,BCC-R01,review overdue since 2026-11-09,,"
cp "$sample" "$work/broken.db"
sqlite3 "$work/broken.db" "UPDATE staffing SET vacancy_fte = 900 WHERE area = 'Coastal' AND role = 'Team Manager' AND as_at = '2026-11-20';
  PRAGMA ignore_check_constraints = 1; UPDATE risk SET likelihood = 7 WHERE ref = 'BCC-R10';
  UPDATE reviews SET fte = 0 WHERE team = 'Coastal Locality' AND period_start = '2026-11-09';
  INSERT INTO savings_line (ref, name, origin, workstream) VALUES ('ORPHAN', 'Overlap with nothing', 'overlap', 'Nowhere');"
run "$assure" --db "$work/broken.db" check
expect "vacancy above establishment is an error" 1 "vacancy 9.00 FTE is above the establishment of 4.00 FTE"
expect "a likelihood of 7 is an error" 1 "score out of range: likelihood 7"
expect "completions without FTE are an error" 1 "17 reviews completed with no reviewing FTE"
expect "an overlap line without a partner is a warning" 1 "an overlap line with no partner line in its workstream (Nowhere)"
expect "a line with no profile is a warning" 1 "no profile: no figures for any financial year"
run "$assure" check --strict
expect "--strict makes warnings fail" 1

# The man page and --help describe the same commands and options.
"$assure" --help >"$work/help.txt"
sed 's/\\-/-/g' "$top/assure.1" >"$work/man.txt"
missing=""
for option in $(grep -o -- '--[a-z][a-z-]*' "$work/help.txt" | sort -u); do
    grep -q -- "$option" "$work/man.txt" || missing="$missing $option"
done
[ -z "$missing" ] && pass "every option in --help is in the man page" || fail "every option in --help is in the man page" "$missing"
missing=""
for option in $(grep -o -- '--[a-z][a-z-]*' "$work/man.txt" | sort -u); do
    grep -q -- "$option" "$work/help.txt" || missing="$missing $option"
done
[ -z "$missing" ] && pass "every option in the man page is in --help" || fail "every option in the man page is in --help" "$missing"
for command in init import export report check snapshot log copy programmes; do
    grep -q "^\.B assure $command" "$top/assure.1" && grep -q "assure $command" "$work/help.txt" &&
        pass "$command is in both" || fail "$command is in both"
done

finish
