# The Overview hides nothing without saying so: its lists say how many they
# leave out, the page scrolls to what is below, and Enter on an exception
# opens its row in its panel; at 80x24, 200x60 and 40x10.
# The figures are the sample's: four open risks score above 12 (BCC-R02 and
# BCC-R06 at 20, BCC-R01 and BCC-R03 at 16), five staffing rows of the latest
# snapshot are red (three at Castlegate, one each at Riverside and Coastal),
# and there are thirteen exceptions (see sample/ and `assure report exceptions`).
. "$(dirname "$0")/lib.sh"
sample_db programme.db
export ASSURE_TODAY=2026-11-23

# ---- 80x24: lists say what they leave out; the exceptions are reached ----
dash o80 80 24 --
shows o80 EXCEPTIONS >/dev/null
high=$(grep -F "BCC-R02 20" "$work/o80.screen")
case $high in
*"+1 more"*) pass "at 80x24 the high risks line names three and says +1 more" ;;
*BCC-R03*) pass "at 80x24 the high risks line names all four" ;;
*) fail "at 80x24 the high risks line says how many it leaves out" "$high" ;;
esac
spots=$(grep -F "Hot spots" "$work/o80.screen")
count=$(printf '%s' "$spots" | grep -o "Castlegate\|Riverside\|Coastal" | wc -l)
more=$(printf '%s' "$spots" | sed -n 's/.*+\([0-9]*\) more.*/\1/p')
[ "$((count + ${more:-0}))" -eq 5 ] && pass "hot spots shown and '+N more' add up to the five red rows" ||
    fail "hot spots shown and '+N more' add up to the five red rows" "$spots"
grep -q "and 12 more (Down or PgDn" "$work/o80.screen" &&
    pass "at 80x24 the hidden exceptions are counted and the way to them said" ||
    fail "at 80x24 the hidden exceptions are counted and the way to them said" "$(cat "$work/o80.screen")"
press o80 G
shows o80 "BCC-R03 Backlog of assessments" 20 &&
    pass "G scrolls the Overview to the last exception" || fail "G scrolls the Overview to the last exception" "$(cat "$work/o80.screen")"
grep -q "lines above (Home" "$work/o80.screen" && pass "scrolled down, the Overview says how much is above" ||
    fail "scrolled down, the Overview says how much is above" "$(cat "$work/o80.screen")"
press o80 g
shows o80 "SAVINGS   Target" 20 && pass "g goes back to the top of the Overview" ||
    fail "g goes back to the top of the Overview" "$(cat "$work/o80.screen")"

# Down chooses the second exception (ASC-05, the worst savings line);
# Enter opens the Savings panel on it, and Enter there its detail.
press o80 Down Enter
shows o80 "16 lines, all years" 20 && pass "Enter on a savings exception opens the Savings panel" ||
    fail "Enter on a savings exception opens the Savings panel" "$(cat "$work/o80.screen")"
press o80 Enter
shows o80 "My Front Door" 20 && grep -q "ASC-05" "$work/o80.screen" &&
    pass "... with its line chosen: its detail is ASC-05's" || fail "... with its line chosen: its detail is ASC-05's" "$(cat "$work/o80.screen")"
press o80 Escape 1 G Enter
shows o80 "BCC-R03" 20 && shows o80 "5 Risks" 5 && ! grep -q "EXCEPTIONS" "$work/o80.screen" &&
    pass "Enter on the last exception, a risk, opens the Risks panel" ||
    fail "Enter on the last exception, a risk, opens the Risks panel" "$(cat "$work/o80.screen")"
press o80 Enter
shows o80 "Backlog of assessments and reviews grows" 20 &&
    pass "... with that risk chosen" || fail "... with that risk chosen" "$(cat "$work/o80.screen")"

# ---- 200x60: room for everything, nothing left out ----
dash o200 200 60 --
shows o200 EXCEPTIONS >/dev/null
grep -q "BCC-R03 16 overdue" "$work/o200.screen" && ! grep -q "more" "$work/o200.screen" &&
    pass "at 200x60 every high risk, hot spot and exception shows, and nothing says more" ||
    fail "at 200x60 every high risk, hot spot and exception shows, and nothing says more" "$(cat "$work/o200.screen")"
[ "$(grep -c '^RED ' "$work/o200.screen")" -eq 13 ] && pass "at 200x60 all thirteen exceptions are listed" ||
    fail "at 200x60 all thirteen exceptions are listed" "$(grep -c '^RED ' "$work/o200.screen")"

# ---- 40x10: cards flow onto the next line rather than be cut ----
dash o40 40 10 --
shows o40 "more lines below" >/dev/null && pass "at 40x10 the Overview says how many lines are below" ||
    fail "at 40x10 the Overview says how many lines are below" "$(cat "$work/o40.screen")"
: >"$work/all40"
i=0
while [ $i -lt 12 ]; do
    screen o40 >>"$work/all40"
    press o40 PgDn
    i=$((i + 1))
done
for card in "Delivery 91.3% AMBER" "Gap £1.99m" "Net of costs £17.0m" "Backlog 416" "Overdue reviews 3" \
    "Return 3.60:1 GREEN" "BCC-R03 Backlog of"; do
    grep -qF -- "$card" "$work/all40" && pass "at 40x10, paging down shows '$card' whole" ||
        fail "at 40x10, paging down shows '$card' whole" "$(cat "$work/all40" | head -40)"
done
# a line that reaches the right edge is cut with an ellipsis, never silently
# (the header, the tabs and the key bar are the frame's, not the Overview's;
# the re-profiled note is wrapped at a space, tested after)
awk 'NR % 10 > 2 && NR % 10 != 0' "$work/all40" | grep -v "slipped out of 2 lines$" | while IFS= read -r line; do
    [ "$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m)" -ge 40 ] && case $line in *…) ;; *) echo "$line" ;; esac
done >"$work/cut40"
[ ! -s "$work/cut40" ] && pass "at 40x10 no line of the Overview is cut at the edge without an ellipsis" ||
    fail "at 40x10 no line of the Overview is cut at the edge without an ellipsis" "$(sort -u "$work/cut40")"
grep -A1 "slipped out of 2 lines$" "$work/all40" | grep -q "^ *since PAM 9 Nov 2026$" &&
    pass "at 40x10 the re-profiled note wraps at a space, losing nothing" ||
    fail "at 40x10 the re-profiled note wraps at a space, losing nothing" "$(grep -A1 "slipped" "$work/all40")"
grep -q "Hot spots" "$work/all40" && grep -q "Castlegate Senior" "$work/all40" &&
    pass "at 40x10 the worst hot spot is named, on a line of its own" ||
    fail "at 40x10 the worst hot spot is named, on a line of its own" "$(grep -A1 "Hot spots" "$work/all40")"
finish
