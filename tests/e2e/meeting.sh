# Meeting mode uses the screen: the headline figures as large as fit, every
# headline reachable (on pages when the screen is small), the cycle paused
# with Space and stepped with the arrows, Esc (or q) back to the panels.
# The sample has eight headlines (its finance included): savings forecast and
# gap, uncovered vacancy, reviews against target, high risks, overdue risk
# reviews, over budget after actions and the benefit evidenced by KPIs.
. "$(dirname "$0")/lib.sh"
cp "$top/sample.db" "$work/programme.db"
export ASSURE_TODAY=2026-11-23
printf '[display]\nmeeting_cycle = 2\n' >"$work/cycle.ini"
labels="Savings forecast|Savings gap|Uncovered vacancy|Reviews against target|High risks|Overdue risk reviews|Over budget after actions|Benefit evidenced by KPIs"

# ---- 80x24: two pages of four, each figure in the block font ----
dash m80 80 24 -- --config "$work/cycle.ini"
shows m80 EXCEPTIONS >/dev/null
press m80 m Space
shows m80 "(paused)" 20 && pass "Space pauses the meeting cycle, and the bottom line says so" ||
    fail "Space pauses the meeting cycle, and the bottom line says so" "$(cat "$work/m80.screen")"
screen m80 >"$work/page1"
seen=$(grep -oE "$labels" "$work/page1" | sort -u | wc -l)
[ "$seen" -eq 4 ] && pass "at 80x24 the first page shows four headlines" ||
    fail "at 80x24 the first page shows four headlines" "$(cat "$work/page1")"
# the figures in the 3x5 block font: five lines of blocks under each row of cards
blocks=$(grep -c "█" "$work/page1")
[ "$blocks" -ge 10 ] && pass "at 80x24 the figures are in the block font ($blocks lines)" ||
    fail "at 80x24 the figures are in the block font" "$(cat "$work/page1")"
sleep 3
screen m80 >"$work/still"
cmp -s "$work/page1" "$work/still" && pass "paused, the cycle stays on its step past meeting_cycle" ||
    fail "paused, the cycle stays on its step past meeting_cycle" "$(diff "$work/page1" "$work/still")"
press m80 Right
screen m80 >"$work/page2"
cat "$work/page1" "$work/page2" | grep -oE "$labels" | sort -u >"$work/seen"
[ "$(wc -l <"$work/seen")" -eq 8 ] && pass "Right steps to the second page: all eight headlines are reachable" ||
    fail "Right steps to the second page: all eight headlines are reachable" "$(cat "$work/page2")"
grep -q "Meeting mode 2/7: headlines 2 of 2" "$work/page2" &&
    pass "the bottom line says the step: 2 of 7 (two pages and five panels)" ||
    fail "the bottom line says the step: 2 of 7 (two pages and five panels)" "$(tail -1 "$work/page2")"
press m80 Right
shows m80 "Meeting mode 3/7: Overview" 20 && grep -q "EXCEPTIONS" "$work/m80.screen" &&
    pass "after the headlines, the Overview" || fail "after the headlines, the Overview" "$(cat "$work/m80.screen")"
press m80 Left Left Left
shows m80 "Meeting mode 7/7" 20 && pass "Left steps back, round to the last panel" ||
    fail "Left steps back, round to the last panel" "$(tail -1 "$work/m80.screen")"
press m80 z
shows m80 "Space pauses, Left and Right step, Esc stops" 20 && ! grep -q "Meeting mode stopped" "$work/m80.screen" &&
    pass "a key with no meaning here says which keys work, and does not stop the meeting" ||
    fail "a key with no meaning here says which keys work, and does not stop the meeting" "$(cat "$work/m80.screen")"
press m80 Space
sleep 3
screen m80 >/dev/null
grep -q "Meeting mode 1/7" "$work/m80.screen" && pass "resumed, the cycle moves on after meeting_cycle seconds" ||
    fail "resumed, the cycle moves on after meeting_cycle seconds" "$(tail -1 "$work/m80.screen")"
press m80 q
shows m80 "Meeting mode stopped" 20 && ! exited m80 2>/dev/null &&
    pass "q stops meeting mode and leaves the dashboard running" ||
    fail "q stops meeting mode and leaves the dashboard running" "$(cat "$work/m80.screen")"

# ---- 200x60: every headline on one page, figures twice the size ----
dash m200 200 60 -- --config "$work/cycle.ini"
shows m200 EXCEPTIONS >/dev/null
press m200 m Space
screen m200 >"$work/big"
[ "$(grep -oE "$labels" "$work/big" | sort -u | wc -l)" -eq 8 ] &&
    pass "at 200x60 all eight headlines show on one page" || fail "at 200x60 all eight headlines show on one page" "$(cat "$work/big")"
# four rows of cards, each figure ten lines tall (the 3x5 font at twice the size): 40 lines of blocks
blocks=$(grep -c "██" "$work/big")
[ "$blocks" -ge 40 ] && pass "at 200x60 the figures are ten lines tall ($blocks lines of blocks)" ||
    fail "at 200x60 the figures are ten lines tall" "$blocks lines of blocks"
blank=$(awk 'NR > 3 && NR < 60 && /^ *$/' "$work/big" | wc -l)
[ "$blank" -le 12 ] && pass "at 200x60 the page uses the screen ($blank blank lines)" ||
    fail "at 200x60 the page uses the screen" "$blank blank lines"
finish
