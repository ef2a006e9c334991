# Meeting mode uses the screen: the headline figures as large as fit, every
# headline reachable (on pages when the screen is small), the cycle paused
# with Space and stepped with the arrows, Esc (or q) back to the panels; on a
# large screen each panel with its headline figures in the block font above
# its table, at 80x24 the panel as always.
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
grep -q "Meeting mode 2/9: headlines 2 of 2" "$work/page2" &&
    pass "the bottom line says the step: 2 of 9 (two pages and seven panels)" ||
    fail "the bottom line says the step: 2 of 9 (two pages and seven panels)" "$(tail -1 "$work/page2")"
press m80 Right
shows m80 "Meeting mode 3/9: Overview" 20 && grep -q "EXCEPTIONS" "$work/m80.screen" &&
    pass "after the headlines, the Overview" || fail "after the headlines, the Overview" "$(cat "$work/m80.screen")"
press m80 Left Left Left
shows m80 "Meeting mode 9/9" 20 && pass "Left steps back, round to the last panel" ||
    fail "Left steps back, round to the last panel" "$(tail -1 "$work/m80.screen")"
press m80 z
shows m80 "Space pauses, Left and Right step, Esc stops" 20 && ! grep -q "Meeting mode stopped" "$work/m80.screen" &&
    pass "a key with no meaning here says which keys work, and does not stop the meeting" ||
    fail "a key with no meaning here says which keys work, and does not stop the meeting" "$(cat "$work/m80.screen")"
press m80 Space
sleep 3
screen m80 >/dev/null
grep -q "Meeting mode 1/9" "$work/m80.screen" && pass "resumed, the cycle moves on after meeting_cycle seconds" ||
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
# big_read FILE SCALE: the figures written in the block font in FILE, read
# back: its first five dots' height of block rows, each dot SCALE cells,
# every figure a run of 3x5 glyphs (src/tui/draw.c), figures apart by spaces.
big_read() {
    sed 's/█/#/g' "$1" | awk -v s="$2" '
        BEGIN {
            split("0 ####.##.##.#### 1 .#.##..#..#.### 2 ###..#####..### 3 ###..####..#### " \
                  "4 #.##.####..#..# 5 ####..###..#### 6 ####..####.#### 7 ###..#..#..#..# " \
                  "8 ####.#####.#### 9 ####.####..#### . ............#.. , ..........#.#.. " \
                  "% #.#..#..#..#..# - ......###...... + ....#.###.#.... m ......##.####.# " \
                  "k #..#.###.#.##.# £ .##.#.###.#.###", g, " ")
            for (i = 1; i < 36; i += 2) glyph[g[i + 1]] = g[i]
        }
        /#/ && n < 5 * s { row[n++] = $0 }
        END {
            if (s < 1 || n < 5 * s) exit
            first = 0
            for (r = 0; r < n; r++) { c = index(row[r], "#"); if (c && (!first || c < first)) first = c }
            width = 0
            for (r = 0; r < 5; r++) {
                line = row[r * s]
                dots[r] = ""
                for (c = first; c <= length(line); c += s) dots[r] = dots[r] substr(line, c, 1)
                if (length(dots[r]) > width) width = length(dots[r])
            }
            out = ""; gap = 0
            for (c = 1; c <= width;) {
                ink = 0
                for (r = 0; r < 5; r++) if (substr(dots[r], c, 1) == "#") ink = 1
                if (!ink) { gap = 1; c++; continue }
                p = ""
                for (r = 0; r < 5; r++) { d = substr(dots[r] "   ", c, 3); gsub(/ /, ".", d); p = p d }
                out = out (gap && out != "" ? " " : "") (p in glyph ? glyph[p] : "?")
                gap = 0; c += 4
            }
            print out
        }'
}

# ---- 200x60: a panel opens with its figures in the block font ----
# At 200x60 (one page of headlines, so Savings is step 3 of 8) the Savings
# panel has its headline figures above its table, as large as fit in the top
# third.  The figures, from sample/programme.sql: the lines' targets sum to
# £23,414,000, less ASC-11's £700,000 counted in its partner lines (as in
# cli_ready.sh): £22.7m; their forecasts, ASC-11 left out, 6.04m + 2.27m +
# 1.86m + 1.70m + 2.50m + 2.08m + 0.40m + 0.32m + 0.258m + 0 + 0.66m + 1.00m
# + 0.20m + 0.28m + 1.16m = £20,728,000: £20.7m; the gap 22,714,000 -
# 20,728,000 = £1,986,000: £1.99m; delivery 20,728,000 / 22,714,000 = 91.3%,
# between amber_at 80 and green_at 95: AMBER.
press m200 Right Right
shows m200 "Meeting mode 3/8: Savings (paused)" 20 ||
    fail "Right steps to the Savings panel" "$(tail -1 "$work/m200.screen")"
screen m200 >"$work/savings200"
header=$(grep -n "^Ref  *Name" "$work/savings200" | head -1 | cut -d: -f1)
blocks=$(awk -v h="${header:-0}" 'NR < h && /██/' "$work/savings200" | wc -l)
[ "$blocks" -gt 5 ] && grep -q "Programme total.*£22.7m.*91.3% AMBER" "$work/savings200" &&
    pass "at 200x60 the Savings panel's figures, larger than the 5-line font ($blocks lines), are above its table, whole to its total" ||
    fail "at 200x60 the Savings panel's figures, larger than the 5-line font, are above its table, whole to its total" "$(cat "$work/savings200")"
# scale 2: ten lines of blocks fit the top third (4 + 5 x 2 = 14 lines of 20)
head -n "${header:-0}" "$work/savings200" >"$work/band200"
figures=$(big_read "$work/band200" 2)
[ "$figures" = "£22.7m £20.7m £1.99m 91.3%" ] &&
    pass "the big figures read target £22.7m, forecast £20.7m, gap £1.99m, delivery 91.3%" ||
    fail "the big figures read target £22.7m, forecast £20.7m, gap £1.99m, delivery 91.3%" "read: $figures" "$(cat "$work/band200")"
grep -qE "^ Target +Forecast +Gap +Delivery" "$work/band200" &&
    grep -q "AMBER" "$work/band200" && grep -q "^ Savings, as at 23 Nov 2026" "$work/band200" &&
    pass "each figure has its label, the delivery its rating in words, the band its title" ||
    fail "each figure has its label, the delivery its rating in words, the band its title" "$(cat "$work/band200")"
# Staffing on 20 Nov (as report.sh has it): 62.1 of 526.5 FTE vacant,
# 11.8%; 48.1 uncovered after agency, 9.1%, below amber_pct 10: GREEN.
press m200 Right
shows m200 "Meeting mode 4/8: Staffing (paused)" 20 ||
    fail "Right steps to the Staffing panel" "$(tail -1 "$work/m200.screen")"
screen m200 >"$work/staffing200"
header=$(grep -n "^Area  *Role" "$work/staffing200" | head -1 | cut -d: -f1)
head -n "${header:-0}" "$work/staffing200" >"$work/band200"
scale=$(($(grep -c "██" "$work/band200") / 5))
figures=$(big_read "$work/band200" "$scale")
[ "$figures" = "11.8% 9.1%" ] && [ "$scale" -ge 2 ] && grep -q "GREEN" "$work/band200" &&
    grep -q "Meeting mode 4/8: Staffing (paused)   Space resume" "$work/staffing200" &&
    pass "the Staffing panel's figures: vacancy 11.8%, uncovered 9.1% GREEN, ${scale} times the font; the meeting bar stays" ||
    fail "the Staffing panel's figures: vacancy 11.8%, uncovered 9.1% GREEN; the meeting bar stays" "read: $figures at $scale" "$(cat "$work/staffing200")"

# ---- 80x24: no room for them, the panel as always ----
dash s80 80 24 -- --config "$work/cycle.ini"
shows s80 EXCEPTIONS >/dev/null
press s80 2
screen s80 >"$work/plain80"
press s80 m Space Right Right Right
shows s80 "Meeting mode 4/9: Savings" 20 ||
    fail "Right steps to the Savings panel at 80x24" "$(tail -1 "$work/s80.screen")"
screen s80 >"$work/meet80"
# the lines between the header and the bottom line, as the panel draws them
sed -n 2,23p "$work/plain80" >"$work/plain80.body"
sed -n 2,23p "$work/meet80" >"$work/meet80.body"
grep -q "^Ref  *Name" "$work/meet80" && cmp -s "$work/plain80.body" "$work/meet80.body" &&
    pass "at 80x24 meeting mode shows the Savings panel as it always is" ||
    fail "at 80x24 meeting mode shows the Savings panel as it always is" "$(diff "$work/plain80.body" "$work/meet80.body")"
finish
