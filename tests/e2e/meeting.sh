# Meeting mode uses the screen: the headline figures as large as fit, every
# headline reachable (on pages when the screen is small), then the meeting
# pack a section a page (report pack's sections, in its order, in ASCII too),
# the cycle paused with Space and stepped with the arrows, Esc (or q) back to
# the panels; on a large screen each panel with its headline figures in the
# block font above its table (Actions and Plan with the programme office's),
# at 80x24 the panel as always.
# Steps at 80x24: three pages of headlines (four to a page, every label
# whole), the pack's nine sections on fourteen pages (its 17 headlines take
# two; the 13 exceptions fit 24 lines; the highlights five, below), then the
# seven panels: 24.  At 200x60 one page of headlines, the pack's headlines
# on one page and its highlights on one: 17.
# The highlights are a block a workstream: its heading line, then Progress,
# Challenges, Next steps and Decisions needed, each wrapped at 80 - 2 - 18 =
# 60 columns (the label takes 18), a blank line after each block.  Below the
# title (line 2) and the one-line summary (line 4), a page has lines 6 to 23:
# 18.  Counting sample/highlights.sql's November words wrapped at 60:
#   Accommodation 1 + 1 + 2 + 2 + 2 = 8, Commissioning 1 + 2 + 2 + 2 + 2 = 9:
#     8 + blank + 9 = 18, page 1;
#   Outcomes from Decision Making 1 + 3 + 2 + 2 + 1 ("none") = 9, and
#     Right-sizing 1 + 2 + 3 + 2 + 2 = 10: 20, so page 2 is Outcomes alone;
#   Right-sizing 10 and Short Term Services 1 + 2 + 3 + 2 + 2 = 10: 21,
#     page 3; Short Term Services and Transitions 1 + 2 + 2 + 2 + 1 = 8: 19,
#     page 4; Transitions, page 5.  Five pages.
# The sample has eleven headlines (its finance included): savings forecast and
# gap, uncovered vacancy, reviews against target, high risks, overdue risk
# reviews, over budget after actions, the benefit evidenced by KPIs, and the
# programme office's three as the Overview has them.  At 23 Nov 2026
# (sample/raid.sql, milestones.sql, meeting.sql): overdue actions A-01 (due
# 20 Nov) and A-03 (13 Nov): 2, PAM 9 Nov kept 0: +2 worse; open issues I-01
# and I-02 (I-03 resolved 6 Nov): 2, kept 1: +1 worse; slipped milestones
# M-02, M-03, M-04, M-05, M-07, M-12: 6, kept 5: +1 worse.
. "$(dirname "$0")/lib.sh"
sample_db programme.db
export ASSURE_TODAY=2026-11-23
printf '[display]\nmeeting_cycle = 2\n' >"$work/cycle.ini"
labels="Savings forecast|Savings gap|Uncovered vacancy|Reviews against target|High risks|Overdue risk reviews|Over budget after actions|Benefit evidenced by KPIs|Overdue actions|Open issues|Slipped milestones"

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

# ---- 80x24: three pages of four, each figure in the block font ----
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
grep -q "Meeting mode 2/24: headlines 2 of 3" "$work/page2" &&
    pass "the bottom line says the step: 2 of 24 (three pages, fourteen of the pack and seven panels)" ||
    fail "the bottom line says the step: 2 of 24 (three pages, fourteen of the pack and seven panels)" "$(tail -1 "$work/page2")"
press m80 Right
screen m80 >"$work/page3"
cat "$work/page1" "$work/page2" "$work/page3" | grep -oE "$labels" | sort -u >"$work/seen"
[ "$(wc -l <"$work/seen")" -eq 11 ] && pass "Right steps to the third page: all eleven headlines are reachable" ||
    fail "Right steps to the third page: all eleven headlines are reachable" "$(cat "$work/page2" "$work/page3")"
# the programme office's cards, as the Overview's ACTIONS section has them:
# the figure, then its change since PAM 9 Nov under it
grep -qE '^ Overdue actions +Open issues *$' "$work/page3" &&
    grep -qE '^ ▲\+2 worse since last snapshot +▲\+1 worse since last snapshot *$' "$work/page3" &&
    grep -A6 '^ Slipped milestones' "$work/page3" | tail -1 | grep -qE '^ ▲\+1 worse since last snapshot *$' &&
    [ "$(big_read "$work/page3" 1)" = "2 2" ] &&
    pass "the third page: overdue actions 2 (+2 worse), open issues 2 (+1 worse), slipped milestones +1 worse" ||
    fail "the third page: overdue actions 2 (+2 worse), open issues 2 (+1 worse), slipped milestones +1 worse" "$(cat "$work/page3")"
grep -A6 '^ Slipped milestones' "$work/page3" | tail -6 >"$work/slipped80"
[ "$(big_read "$work/slipped80" 1)" = "6" ] && pass "the slipped milestones card reads 6" ||
    fail "the slipped milestones card reads 6" "$(cat "$work/slipped80")"
# The pack, a section a page, in report pack's order; each page's title on
# its second line.  At 23 Nov 2026 (sample/raid.sql): A-03 due 13 Nov is 10
# days overdue, A-01 due 20 Nov 3 days; A-04, due that day, is not.  At
# 80x24 the seventeen headlines take two pages, the other sections one each.
: >"$work/titles"
for step in 4 5 6 7 8 9 10 11 12 13; do
    section=$((step - 4))
    [ "$step" -eq 4 ] && section=1
    press m80 Right
    shows m80 "Meeting mode $step/24: pack $section/9" 20 ||
        fail "step $step is section $section of the pack" "$(tail -1 "$work/m80.screen")"
    sed -n 2p "$work/m80.screen" | sed 's/^ *//;s/ *$//' >>"$work/titles"
    [ "$step" -eq 8 ] && cp "$work/m80.screen" "$work/overdue80"
    [ "$step" -eq 12 ] && cp "$work/m80.screen" "$work/risks80"
done
cat >"$work/want" <<'TITLES'
1. Headlines and changes since PAM 9 Nov 2026 (1 of 2)
1. Headlines and changes since PAM 9 Nov 2026 (2 of 2)
2. Exceptions, worst first
3. Slipped milestones
4. Overdue actions
5. New actions since PAM 9 Nov 2026
6. Actions done since PAM 9 Nov 2026
7. Decisions since PAM 9 Nov 2026
8. Risks whose score moved since PAM 9 Nov 2026
9. Highlights by workstream (1 of 5)
TITLES
cmp -s "$work/titles" "$work/want" && pass "after the headlines, the pack's nine sections in report pack's order" ||
    fail "after the headlines, the pack's nine sections in report pack's order" "$(diff "$work/want" "$work/titles")"
grep -q "2 actions are overdue; the longest, A-03, by 10 days." "$work/overdue80" &&
    grep -q "^ A-03 .* 10 days" "$work/overdue80" && grep -q "^ A-01 .*  3 days" "$work/overdue80" &&
    ! grep -q "^ A-04 " "$work/overdue80" &&
    pass "the overdue actions page: A-03 by 10 days, A-01 by 3, as report pack has them" ||
    fail "the overdue actions page: A-03 by 10 days, A-01 by 3, as report pack has them" "$(cat "$work/overdue80")"
grep -q "No open risk's score has moved since PAM 9 Nov 2026." "$work/risks80" &&
    pass "an empty section says so on its page" || fail "an empty section says so on its page" "$(cat "$work/risks80")"
# sample/highlights.sql: November's reports of six workstreams, two red
# (Commissioning, Right-sizing Care Packages), two amber (Accommodation,
# Short Term Services) and two green; five pages of blocks (counted above),
# every label and every word of each report on them.
cp "$work/m80.screen" "$work/high1"
grep -q "The latest highlight report of 6 workstreams: 2 red, 2 amber, 2 green." "$work/high1" &&
    grep -q "^ Accommodation  AMBER  Nov 2026  Head of Learning Disability" "$work/high1" &&
    grep -q "^ Commissioning  RED  Nov 2026  Head of Commissioning" "$work/high1" &&
    [ "$(grep -cE '^ (Progress|Challenges|Next steps|Decisions needed) ' "$work/high1")" -eq 8 ] &&
    pass "the highlights' first page: Accommodation and Commissioning, each with progress, challenges, next steps and decisions needed" ||
    fail "the highlights' first page: Accommodation and Commissioning, each with progress, challenges, next steps and decisions needed" "$(cat "$work/high1")"
: >"$work/high_all"
for step in 14 15 16 17; do
    press m80 Right
    shows m80 "Meeting mode $step/24: pack 9/9 Highlights $((step - 12)) of 5" 20 ||
        fail "step $step is the highlights' page $((step - 12)) of 5" "$(tail -1 "$work/m80.screen")"
    cat "$work/m80.screen" >>"$work/high_all"
done
cat "$work/high1" "$work/high_all" >"$work/highlights80"
# the words of Commissioning's challenges and Short Term Services' (the
# longest), read back from the wrapped lines after their labels
words() { # words FILE WORKSTREAM LABEL: the text after LABEL in WORKSTREAM's block
    awk -v w=" $2  " -v l=" $3 " '
        index($0, w) == 1 { on = 1; next }
        on && /^ [A-Z][a-z]/ && substr($0, 2, 18) !~ /^ *$/ { grab = index($0, l) == 1 }
        on && /^ *$/ { on = 0; grab = 0 }
        on && grab { print substr($0, 20) }' "$1" | tr -s ' \n' '  ' | sed 's/^ *//;s/ *$//'
}
got="$(words "$work/highlights80" Commissioning Challenges)"
[ "$got" = "The re-tender specification slips to 22 Jan 2027, past the new framework contracts' start on 8 Jan." ] &&
    pass "Commissioning's challenges read in full, wrapped" || fail "Commissioning's challenges read in full, wrapped" "$got"
got="$(words "$work/highlights80" "Short Term Services" Challenges)"
[ "$got" = "Implementation in Castlegate slips to 15 Jan 2027 while its agency cover ends; the effectiveness saving (ASC-02) is not yet validated against homecare hours after reablement." ] &&
    pass "Short Term Services' challenges read in full, wrapped" || fail "Short Term Services' challenges read in full, wrapped" "$got"
[ "$(grep -cE '^ (Accommodation|Commissioning|Outcomes from Decision Making|Right-sizing Care Packages|Short Term Services|Transitions)  (RED|AMBER|GREEN)  Nov 2026' "$work/highlights80")" -eq 6 ] &&
    [ "$(grep -c '^ Next steps ' "$work/highlights80")" -eq 6 ] && [ -z "$(wider_than 80 "$work/highlights80")" ] &&
    pass "the five highlights pages reach all six workstreams, each with its next steps, within 80 columns" ||
    fail "the five highlights pages reach all six workstreams, each with its next steps, within 80 columns" "$(cat "$work/highlights80")"
press m80 Right
shows m80 "Meeting mode 18/24: Overview" 20 && grep -q "EXCEPTIONS" "$work/m80.screen" &&
    pass "after the pack, the Overview" || fail "after the pack, the Overview" "$(cat "$work/m80.screen")"
press m80 g Left
shows m80 "Meeting mode 24/24" 20 && pass "Left steps back, round to the last panel" ||
    fail "Left steps back, round to the last panel" "$(tail -1 "$work/m80.screen")"
press m80 z
shows m80 "Space pauses, Left and Right step, Esc stops" 20 && ! grep -q "Meeting mode stopped" "$work/m80.screen" &&
    pass "a key with no meaning here says which keys work, and does not stop the meeting" ||
    fail "a key with no meaning here says which keys work, and does not stop the meeting" "$(cat "$work/m80.screen")"
press m80 Space
sleep 3
screen m80 >/dev/null
grep -q "Meeting mode 1/24" "$work/m80.screen" && pass "resumed, the cycle moves on after meeting_cycle seconds" ||
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
[ "$(grep -oE "$labels" "$work/big" | sort -u | wc -l)" -eq 11 ] &&
    pass "at 200x60 all eleven headlines show on one page" || fail "at 200x60 all eleven headlines show on one page" "$(cat "$work/big")"
# four rows of cards, each figure ten lines tall (the 3x5 font at twice the size): 40 lines of blocks
blocks=$(grep -c "██" "$work/big")
[ "$blocks" -ge 40 ] && pass "at 200x60 the figures are ten lines tall ($blocks lines of blocks)" ||
    fail "at 200x60 the figures are ten lines tall" "$blocks lines of blocks"
blank=$(awk 'NR > 3 && NR < 60 && /^ *$/' "$work/big" | wc -l)
[ "$blank" -le 12 ] && pass "at 200x60 the page uses the screen ($blank blank lines)" ||
    fail "at 200x60 the page uses the screen" "$blank blank lines"

# ---- 200x60: a panel opens with its figures in the block font ----
# At 200x60 (one page of headlines and nine of the pack, so Savings is step
# 12 of 17) the Savings
# At 200x60 (one page of headlines, so Savings is step 3 of 8) the Savings
# panel has its headline figures above its table, as large as fit in the top
# third.  The figures, from sample/programme.sql: the lines' targets sum to
# £23,414,000, less ASC-11's £700,000 counted in its partner lines (as in
# cli_ready.sh): £22.7m; their forecasts, ASC-11 left out, 6.04m + 2.27m +
# 1.86m + 1.70m + 2.50m + 2.08m + 0.40m + 0.32m + 0.258m + 0 + 0.66m + 1.00m
# + 0.20m + 0.28m + 1.16m = £20,728,000: £20.7m; the gap 22,714,000 -
# 20,728,000 = £1,986,000: £1.99m; delivery 20,728,000 / 22,714,000 = 91.3%,
# between amber_at 80 and green_at 95: AMBER.
# the pack's first page: each headline with its change, a blank line between
# rows for the back of the room (forecast £20,728,000, PAM 9 Nov's 20,910,000)
press m200 Right
shows m200 "Meeting mode 2/17: pack 1/9 Headlines (paused)" 20 ||
    fail "Right steps from the headlines to the pack" "$(tail -1 "$work/m200.screen")"
grep -A1 "^ Savings target " "$work/m200.screen" | tail -1 | grep -q '^ *$' &&
    grep -q "^ Forecast  *£20.7m  AMBER  ▼-£182k worse" "$work/m200.screen" &&
    pass "at 200x60 the pack's headlines, a blank line between rows, the forecast £182k down AMBER" ||
    fail "at 200x60 the pack's headlines, a blank line between rows, the forecast £182k down AMBER" "$(cat "$work/m200.screen")"
# the highlights at 200x60: every block on one page (6 blocks of 5 lines,
# each text on one line at 200 - 2 - 18 = 180 columns, with a blank line
# after each: 36 lines), every label of every workstream
press m200 Right Right Right Right Right Right Right Right
shows m200 "Meeting mode 10/17: pack 9/9 Highlights (paused)" 20 &&
    [ "$(grep -cE '^ (Progress|Challenges|Next steps|Decisions needed) ' "$work/m200.screen")" -eq 24 ] &&
    grep -qF " Challenges        Implementation in Castlegate slips to 15 Jan 2027 while its agency cover ends; the effectiveness saving (ASC-02) is not yet validated against homecare hours after reablement." "$work/m200.screen" &&
    pass "at 200x60 the highlights on one page: six workstreams, each with its four labelled texts in full" ||
    fail "at 200x60 the highlights on one page: six workstreams, each with its four labelled texts in full" "$(cat "$work/m200.screen")"
press m200 Right Right
shows m200 "Meeting mode 12/17: Savings (paused)" 20 ||
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
shows m200 "Meeting mode 13/17: Staffing (paused)" 20 ||
    fail "Right steps to the Staffing panel" "$(tail -1 "$work/m200.screen")"
screen m200 >"$work/staffing200"
header=$(grep -n "^Area  *Role" "$work/staffing200" | head -1 | cut -d: -f1)
head -n "${header:-0}" "$work/staffing200" >"$work/band200"
scale=$(($(grep -c "██" "$work/band200") / 5))
figures=$(big_read "$work/band200" "$scale")
[ "$figures" = "11.8% 9.1%" ] && [ "$scale" -ge 2 ] && grep -q "GREEN" "$work/band200" &&
    grep -q "Meeting mode 13/17: Staffing (paused)   Space resume" "$work/staffing200" &&
    pass "the Staffing panel's figures: vacancy 11.8%, uncovered 9.1% GREEN, ${scale} times the font; the meeting bar stays" ||
    fail "the Staffing panel's figures: vacancy 11.8%, uncovered 9.1% GREEN; the meeting bar stays" "read: $figures at $scale" "$(cat "$work/staffing200")"

# The programme office's panels open with the Overview's ACTIONS figures
# (worked at the top): the Actions panel overdue 2 (+2) and issues 2 (+1),
# the Plan panel 6 milestones slipped (+1).
press m200 Right Right Right
shows m200 "Meeting mode 16/17: Actions (paused)" 20 ||
    fail "Right steps to the Actions panel" "$(tail -1 "$work/m200.screen")"
screen m200 >"$work/actions200"
header=$(grep -n "^Ref  *Action" "$work/actions200" | head -1 | cut -d: -f1)
head -n "${header:-0}" "$work/actions200" >"$work/band200"
scale=$(($(grep -c "██" "$work/band200") / 5))
figures=$(big_read "$work/band200" "$scale")
[ "$figures" = "2 2" ] && grep -qE "^ Overdue +Issues *$" "$work/band200" &&
    grep -qE "^ ▲\+2 worse +▲\+1 worse" "$work/band200" &&
    pass "the Actions panel's figures: overdue actions 2 (+2 worse), open issues 2 (+1 worse)" ||
    fail "the Actions panel's figures: overdue actions 2 (+2 worse), open issues 2 (+1 worse)" "read: $figures at $scale" "$(cat "$work/actions200")"
press m200 Right
shows m200 "Meeting mode 17/17: Plan (paused)" 20 ||
    fail "Right steps to the Plan panel" "$(tail -1 "$work/m200.screen")"
screen m200 >"$work/plan200"
header=$(grep -n "^Ref  *Milestone" "$work/plan200" | head -1 | cut -d: -f1)
head -n "${header:-0}" "$work/plan200" >"$work/band200"
scale=$(($(grep -c "██" "$work/band200") / 5))
figures=$(big_read "$work/band200" "$scale")
[ "$figures" = "6" ] && grep -qE "^ Plan slipped *$" "$work/band200" && grep -qE "^ ▲\+1 worse" "$work/band200" &&
    pass "the Plan panel's figure: 6 milestones slipped (+1 worse)" ||
    fail "the Plan panel's figure: 6 milestones slipped (+1 worse)" "read: $figures at $scale" "$(cat "$work/plan200")"

# ---- 80x24: no room for them, the panel as always ----
dash s80 80 24 -- --config "$work/cycle.ini"
shows s80 EXCEPTIONS >/dev/null
press s80 2
screen s80 >"$work/plain80"
press s80 m Space Right Right Right Right Right Right Right Right Right Right Right Right Right Right Right Right Right Right
shows s80 "Meeting mode 19/24: Savings" 20 ||
    fail "Right steps to the Savings panel at 80x24" "$(tail -1 "$work/s80.screen")"
screen s80 >"$work/meet80"
# the lines between the header and the bottom line, as the panel draws them
sed -n 2,23p "$work/plain80" >"$work/plain80.body"
sed -n 2,23p "$work/meet80" >"$work/meet80.body"
grep -q "^Ref  *Name" "$work/meet80" && cmp -s "$work/plain80.body" "$work/meet80.body" &&
    pass "at 80x24 meeting mode shows the Savings panel as it always is" ||
    fail "at 80x24 meeting mode shows the Savings panel as it always is" "$(diff "$work/plain80.body" "$work/meet80.body")"

# ---- the pack in ASCII at 80x24 ----
# At 23 Nov 2026 (sample/milestones.sql): M-05, forecast 20 Nov against 30
# Oct, 21 days late and 3 overdue; M-08 held up by M-07 by 14 days (its
# cell may wrap: the milestones' names take the room first).
dash a80 80 24 LANG=C -- --config "$work/cycle.ini" --ascii
shows a80 EXCEPTIONS >/dev/null
press a80 m Space Right Right Right Right Right Right
shows a80 "Meeting mode 7/24: pack 3/9 Slipped milestones" 20 ||
    fail "in ASCII, step 7 is the slipped milestones" "$(tail -1 "$work/a80.screen")"
LC_ALL=C grep -q '[^ -~]' "$work/a80.screen" && fail "in ASCII the pack's page is all ASCII" "$(cat "$work/a80.screen")" ||
    pass "in ASCII the pack's page is all ASCII"
grep -q "^ 3. Slipped milestones" "$work/a80.screen" && grep -q "^ M-05 .* 21 days  *3 days" "$work/a80.screen" &&
    grep -A1 "^ M-08 " "$work/a80.screen" | tr -s ' \n' '  ' | grep -q "M-07 by 14 .*days" &&
    [ -z "$(wider_than 80 "$work/a80.screen")" ] &&
    pass "in ASCII at 80x24: M-05 21 days late and 3 overdue, M-08 held up by M-07 by 14 days" ||
    fail "in ASCII at 80x24: M-05 21 days late and 3 overdue, M-08 held up by M-07 by 14 days" "$(cat "$work/a80.screen")"

# ---- a section longer than the screen: more pages ----
# At 100x16 the 13 exceptions (as exceptions.sh counts them) do not fit one
# page: the section takes two, its title says which, and all 13 are reached.
dash p16 100 16 -- --config "$work/cycle.ini"
shows p16 "1-6 Panel" >/dev/null
press p16 m Space
i=0
while [ $i -lt 12 ] && ! grep -q "pack 2/9 Exceptions 1 of 2" "$work/p16.screen" 2>/dev/null; do
    press p16 Right
    screen p16 >/dev/null
    i=$((i + 1))
done
cp "$work/p16.screen" "$work/exceptions1"
press p16 Right
shows p16 "pack 2/9 Exceptions 2 of 2" 20 || fail "Right steps to the exceptions' second page" "$(tail -1 "$work/p16.screen")"
cp "$work/p16.screen" "$work/exceptions2"
rows=$(cat "$work/exceptions1" "$work/exceptions2" | grep -cE "^ +([0-9]+  )?RED  ")
grep -q "^ 2. Exceptions, worst first (1 of 2)" "$work/exceptions1" &&
    grep -q "^ 2. Exceptions, worst first (2 of 2)" "$work/exceptions2" && [ "$rows" -eq 13 ] &&
    grep -q "RED  Budget  *2026/27" "$work/exceptions1" && grep -q "RED  Risk  .*Backlog of assessments" "$work/exceptions2" &&
    pass "at 100x16 the 13 exceptions take two pages, titled 1 of 2 and 2 of 2, the budget first and none lost" ||
    fail "at 100x16 the 13 exceptions take two pages, titled 1 of 2 and 2 of 2, the budget first and none lost" "rows: $rows" "$(cat "$work/exceptions1" "$work/exceptions2")"
finish
