# assure report exceptions lists what the Overview's exceptions list shows,
# the same exceptions in the same order, in every format; seen as a person
# sees the panel (a tmux capture of the dashboard on sample.db).
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
sample_db programme.db

# The Overview at 132x50, tall enough for every exception of the sample.
dash overview 132 50 TERM=xterm-256color LC_ALL=C.UTF-8 -- --read-only
i=0
while [ $i -lt 150 ]; do
    tmux_ capture-pane -p -t overview >"$work/screen" 2>/dev/null
    grep -q 'EXCEPTIONS (' "$work/screen" && grep -q '1-7 Panel' "$work/screen" && break
    sleep 0.1
    i=$((i + 1))
done
# the lines under the heading, up to the first blank one
sed -n '/^EXCEPTIONS (/,/^$/p' "$work/screen" | sed '1d;/^$/d' >"$work/panel.txt"
shown=$(sed -n 's/^EXCEPTIONS (\([0-9]*\), worst first).*/\1/p' "$work/screen")
# the sample (sample/programme.sql; tests/golden/overview-132x43-utf8.txt shows
# the same) has 13: the budget 2026/27 £1,227,000 over after its actions, 2
# red savings lines, 5 staffing hot spots, 2 teams under target and 3 high
# risks overdue for review
[ "$shown" = 13 ] && [ "$(wc -l <"$work/panel.txt")" -eq 13 ] &&
    pass "the Overview lists the sample's 13 exceptions" ||
    fail "the Overview lists the sample's 13 exceptions" "heading says ${shown:-nothing}" "$(cat "$work/screen")"

run assure_on programme.db report exceptions --format json
expect "report exceptions --format json exits 0" 0
cp "$work/stdout" "$work/exceptions.json"
# Each as the panel writes it: the rating in 7 columns, the area in 10, then
# ref and name, then a colon.
sqlite3 :memory: "SELECT printf('%-7s%-10s%s%s%s:', upper(json_extract(value, '$.rag')),
        json_extract(value, '$.area'), coalesce(json_extract(value, '$.ref'), ''),
        CASE WHEN coalesce(json_extract(value, '$.ref'), '') <> '' AND json_extract(value, '$.name') <> ''
             THEN ' ' ELSE '' END, coalesce(json_extract(value, '$.name'), ''))
    FROM json_each(readfile('$work/exceptions.json')) ORDER BY key" >"$work/report.txt"
[ "$(wc -l <"$work/report.txt")" -eq "$(wc -l <"$work/panel.txt")" ] &&
    pass "report exceptions lists as many as the Overview shows" ||
    fail "report exceptions lists as many as the Overview shows" "$(cat "$work/report.txt")"
mismatch=""
n=0
while IFS= read -r expected; do
    n=$((n + 1))
    line=$(sed -n "${n}p" "$work/panel.txt")
    case "$line" in
    "$expected"*) ;;
    *) mismatch="$mismatch|$n: report '$expected', panel '$line'" ;;
    esac
done <"$work/report.txt"
[ -z "$mismatch" ] && pass "report exceptions gives the Overview's exceptions in the Overview's order" ||
    fail "report exceptions gives the Overview's exceptions in the Overview's order" "$mismatch"

# The first and the last, by hand: the budget over by £1,227,000 after its
# actions (sample bridge 2026/27), and BCC-R03, score 16, due 16 Nov 2026.
head -n 1 "$work/panel.txt" | grep -q '^RED    Budget    2026/27: £1.23m over budget after the planned actions' &&
    tail -n 1 "$work/panel.txt" | grep -q '^RED    Risk      BCC-R03 .*: score 16, review overdue since 16 Nov 2026' &&
    pass "worst first: the budget, then down to the last overdue high risk" ||
    fail "worst first: the budget, then down to the last overdue high risk" "$(cat "$work/panel.txt")"

# Every format, the same list.
run assure_on programme.db report exceptions --format csv
expect "report exceptions --format csv has its fixed columns" 0 "rank,rag,area,ref,name,detail"
[ "$(sed 1d "$work/stdout" | cut -d, -f1 | tr '\n' ' ')" = "1 2 3 4 5 6 7 8 9 10 11 12 13 " ] &&
    grep -q '^2,red,Savings,ASC-05,My Front Door: day and respite services,"75.2% of target, gap £824,000"$' \
        "$work/stdout" &&
    pass "csv: ranked 1 to 13, money in full" || fail "csv: ranked 1 to 13, money in full" "$(cat "$work/stdout")"
run assure_on programme.db report exceptions --format md
expect "report exceptions --format md is a Markdown table" 0 "| # | RAG | Area | Ref | Name | Detail |"
[ "$(grep -c '^| [0-9]' "$work/stdout")" -eq 13 ] && pass "md: a row for each" ||
    fail "md: a row for each" "$(cat "$work/stdout")"
run assure_on programme.db report exceptions --width 80
expect "report exceptions as text" 0 "13 exceptions: red before amber"
[ -z "$(wider_than 80 "$work/stdout")" ] && pass "text fits --width 80" ||
    fail "text fits --width 80" "$(wider_than 80 "$work/stdout")"
run assure_on programme.db report exceptions --group area
expect "report exceptions --group is refused" 2 "--group does not apply"
# As at 1 Nov 2026 no risk review was overdue but BCC-R06's (due 26 Oct).
run assure_on programme.db report exceptions --as-at 2026-11-01 --format csv
expect "report exceptions --as-at" 0 "BCC-R06"
grep -q 'BCC-R01\|BCC-R03' "$work/stdout" && fail "--as-at: reviews due after it are not overdue" ||
    pass "--as-at: reviews due after it are not overdue"

finish
