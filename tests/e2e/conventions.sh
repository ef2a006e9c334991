# The conventions of the terminal tools people know (htop, tig, visidata):
# sorting by a chosen column with < and > (among the columns shown), the
# heading's arrow on it.
# The figures are the sample's open risks (`assure report risks`): sorted by
# score, high first; their target scores run from 2 (BCC-R08, the only one)
# to 12 (BCC-R02 and BCC-R06).
. "$(dirname "$0")/lib.sh"
# click NAME X Y [BUTTON]: a press of the mouse at column X, line Y (from 1)
# as xterm and PuTTY report it (SGR, ESC [ < button ; x ; y M), then its release.
click() {
    for sgr in "\033[<${4:-0};$2;$3M" "\033[<${4:-0};$2;$3m"; do
        # shellcheck disable=SC2059
        bytes "$1" $(printf "$sgr" | od -An -tx1)
    done
}
# row NAME N [M]: line N (to M) of the last capture as if the table's heading
# were on line 3: one further down when the panel's context takes a line of
# its own under the tabs (line 3 then starts with a space, as no table does).
row() {
    row_o=0
    sed -n 3p "$work/$1.screen" | grep -q '^ ' && row_o=1
    sed -n "$(($2 + row_o)),$((${3:-$2} + row_o))p" "$work/$1.screen"
}
# column_of NAME TEXT LINE: the column (from 1) where TEXT starts on LINE of the last capture.
column_of() { sed -n "$3p" "$work/$1.screen" | awk -v t="$2" '{ print index($0, t) }'; }
sample_db programme.db
export ASSURE_TODAY=2026-11-23

for size in 80x24 200x60; do
    s="sort$size"
    dash "$s" "${size%x*}" "${size#*x}" --
    shows "$s" EXCEPTIONS >/dev/null
    press "$s" 5 '>'
    shows "$s" "Sorted by Rating, low to high" 20 && pass "$size: > moves the sort from Score a column right, to Rating" ||
        fail "$size: > moves the sort from Score a column right, to Rating" "$(tail -1 "$work/$s.screen")"
    press "$s" '>'
    # the chosen row stays chosen and in sight: Home shows the order's top
    shows "$s" "Sorted by Tgt, low to high" 20 && press "$s" g && screen "$s" >/dev/null && row "$s" 4 | grep -q "^BCC-R08 " &&
        pass "$size: > again sorts by Tgt, low to high: BCC-R08 (2) first" ||
        fail "$size: > again sorts by Tgt, low to high: BCC-R08 (2) first" "$(row "$s" 3 5)"
    grep -qE "Tgt?▲" "$work/$s.screen" && pass "$size: the Tgt heading carries the arrow" ||
        fail "$size: the Tgt heading carries the arrow" "$(row "$s" 3)"
    press "$s" S
    shows "$s" "Sorted by Tgt, high to low" 20 && press "$s" g && screen "$s" >/dev/null && row "$s" 4 | grep -qE "^BCC-R0(2|6) " &&
        pass "$size: S reverses: a target of 12 first" || fail "$size: S reverses: a target of 12 first" "$(row "$s" 3 5)"
    press "$s" '<' '<' '<'
    shows "$s" "Sorted by I, low to high" 20 && pass "$size: < moves the sort a column left, through Score to I" ||
        fail "$size: < moves the sort a column left, through Score to I" "$(tail -1 "$work/$s.screen")"
    press "$s" '<' '<' '<' '<' '<' '<'
    shows "$s" "Sorted by Ref, low to high" 20 && pass "$size: < stops at the first column" ||
        fail "$size: < stops at the first column" "$(tail -1 "$work/$s.screen")"
done
# at 80 columns the Owner is not shown: < goes from L to Title, past it
dash narrow 80 24 --
shows narrow EXCEPTIONS >/dev/null
press narrow 5 '<' '<' '<'
shows narrow "Sorted by Title" 20 && pass "at 80x24 < passes over the Owner column, not shown" ||
    fail "at 80x24 < passes over the Owner column, not shown" "$(tail -1 "$work/narrow.screen")"

# ---- find, with the next and the previous: the rows stay as they are ----
# The sample's Head of Commissioning owns two open risks: BCC-R02 (score 20,
# the first row) and BCC-R01 (16, the third); eleven risks are open.
for size in 80x24 200x60; do
    s="find$size"
    dash "$s" "${size%x*}" "${size#*x}" --
    shows "$s" EXCEPTIONS >/dev/null
    press "$s" 5 f
    tmux_ send-keys -t "$s" -l "Commissioning"
    press "$s" Enter
    shows "$s" '"Commissioning": row 1 of 11' 20 && pass "$size: f finds the first row holding the text, BCC-R02" ||
        fail "$size: f finds the first row holding the text, BCC-R02" "$(tail -2 "$work/$s.screen")"
    grep -q "^BCC-R06 " "$work/$s.screen" && ! grep -q "filter" "$work/$s.screen" &&
        pass "$size: ... and the rows stay: BCC-R06, not holding it, is still there" ||
        fail "$size: ... and the rows stay: BCC-R06, not holding it, is still there" "$(cat "$work/$s.screen")"
    press "$s" .
    shows "$s" '"Commissioning": row 3 of 11' 20 && pass "$size: . goes to the next, BCC-R01" ||
        fail "$size: . goes to the next, BCC-R01" "$(tail -2 "$work/$s.screen")"
    press "$s" .
    shows "$s" '"Commissioning": row 1 of 11' 20 && pass "$size: . again goes round to BCC-R02" ||
        fail "$size: . again goes round to BCC-R02" "$(tail -2 "$work/$s.screen")"
    press "$s" ,
    shows "$s" '"Commissioning": row 3 of 11' 20 && pass "$size: , goes to the one before, round the start" ||
        fail "$size: , goes to the one before, round the start" "$(tail -2 "$work/$s.screen")"
    press "$s" Enter
    shows "$s" "Insufficient homecare capacity" 20 && pass "$size: the row found is the one chosen: Enter opens BCC-R01" ||
        fail "$size: the row found is the one chosen: Enter opens BCC-R01" "$(cat "$work/$s.screen")"
    press "$s" Escape f
    tmux_ send-keys -t "$s" -l "no such words"
    press "$s" Enter
    shows "$s" 'No row shown holds "no such words"' 20 && pass "$size: text no row holds is said" ||
        fail "$size: text no row holds is said" "$(tail -2 "$work/$s.screen")"
done

# ---- the columns scroll sideways, the first staying ----
# The Risks panel's layout: Ref, Title, Owner, L, I, Score, Rating, Tgt, ...;
# at 80 columns Owner and Tgt are not shown until Title and Owner scroll out.
for size in 80x24 200x60; do
    s="side$size"
    dash "$s" "${size%x*}" "${size#*x}" --
    shows "$s" EXCEPTIONS >/dev/null
    press "$s" 5 Right
    shows "$s" "1 column left out after Ref" 20 && row "$s" 3 | grep -q "^Ref " &&
        ! row "$s" 3 | grep -q "Title" && pass "$size: Right scrolls Title out, Ref staying" ||
        fail "$size: Right scrolls Title out, Ref staying" "$(sed -n '3p;$p' "$work/$s.screen")"
    press "$s" Right
    row "$s" 3 >/dev/null
    shows "$s" "2 columns left out after Ref" 20 && row "$s" 3 | grep -q " Tgt " &&
        pass "$size: Right again: Owner out too, and Tgt in sight" ||
        fail "$size: Right again: Owner out too, and Tgt in sight" "$(sed -n '3p;$p' "$work/$s.screen")"
    press "$s" Left Left
    shows "$s" "The columns from the first" 20 && row "$s" 3 | grep -q "^Ref  *Title" &&
        pass "$size: Left brings them back" || fail "$size: Left brings them back" "$(sed -n '3p;$p' "$work/$s.screen")"
done

# ---- a group's header row comes first, and folds and unfolds ----
# The sample by cohort (`assure report savings`): All Adults is five lines,
# ASC-04, -10, -11, -12 and -15, whose targets are £1,812,000 + £150,000 +
# £700,000 + £650,000 + £300,000, less ASC-11's £700,000 counted in partner
# lines (an overlap): £2,912,000, £2.91m; Older Adults comes next.  The
# programme's total stays £22.7m however the groups are shown.
for size in 80x24 200x60; do
    s="fold$size"
    dash "$s" "${size%x*}" "${size#*x}" --
    shows "$s" EXCEPTIONS >/dev/null
    press "$s" 2 v
    shows "$s" "by cohort" 20 >/dev/null
    row "$s" 4 | grep -q "^▾ All Adults  5 lines  .*£2.91m" &&
        [ "$(row "$s" 5 9 | cut -c1-6 | tr '\n' ' ')" = "ASC-04 ASC-10 ASC-11 ASC-12 ASC-15 " ] &&
        row "$s" 10 | grep -q "^▾ Older Adults  6 lines " &&
        pass "$size: by cohort, the first row is All Adults' header, whole, with its £2.91m, then its five lines" ||
        fail "$size: by cohort, the first row is All Adults' header, whole, with its £2.91m, then its five lines" \
            "$(cat "$work/$s.screen")"
    press "$s" g j -
    shows "$s" "Folded to its header" 20 && ! grep -q "^ASC-04 \|^ASC-10 \|^ASC-15 " "$work/$s.screen" &&
        row "$s" 4 | grep -q "^▸ All Adults  5 lines  .*£2.91m" &&
        row "$s" 5 | grep -q "^▾ Older Adults " &&
        pass "$size: - on a line folds All Adults to its header, marked ▸" ||
        fail "$size: - on a line folds All Adults to its header, marked ▸" "$(cat "$work/$s.screen")"
    grep -q "Programme total.*£22.7m" "$work/$s.screen" && pass "$size: ... the programme's total the same" ||
        fail "$size: ... the programme's total the same" "$(grep "total" "$work/$s.screen")"
    press "$s" +
    shows "$s" "Unfolded" 20 && row "$s" 4 | grep -q "^▾ All Adults  5 lines " &&
        row "$s" 5 | grep -q "^ASC-04 " && pass "$size: + unfolds it under its header, marked ▾" ||
        fail "$size: + unfolds it under its header, marked ▾" "$(cat "$work/$s.screen")"
done

# Staffing by area, as it opens (`assure report staffing`): Castlegate has six
# roles, 30.00 + 54.50 + 31.00 + 8.00 + 2.00 + 4.00 = 129.50 FTE established
# and 6.90 + 7.30 + 4.80 + 8.00 + 1.00 + 2.00 = 30.00 vacant; Coastal next.
for size in 80x24 200x60; do
    s="staff$size"
    dash "$s" "${size%x*}" "${size#*x}" --
    shows "$s" EXCEPTIONS >/dev/null
    press "$s" 3
    shows "$s" "change since" 20 >/dev/null
    row "$s" 4 | grep -q "^▾ Castlegate  6 roles  *129.50  *30.00 " &&
        [ "$(row "$s" 5 10 | grep -c "^Castlegate ")" = 6 ] &&
        row "$s" 11 | grep -q "^▾ Coastal  6 roles " &&
        pass "$size: staffing by area, the first row is Castlegate's header with its 129.50 FTE, then its six roles" ||
        fail "$size: staffing by area, the first row is Castlegate's header with its 129.50 FTE, then its six roles" \
            "$(cat "$work/$s.screen")"
    press "$s" g j -
    shows "$s" "Folded to its header" 20 && row "$s" 4 | grep -q "^▸ Castlegate  6 roles .*129.50" &&
        ! grep -q "^Castlegate " "$work/$s.screen" && row "$s" 5 | grep -q "^▾ Coastal " &&
        pass "$size: - on a role folds Castlegate to its header, marked ▸" ||
        fail "$size: - on a role folds Castlegate to its header, marked ▸" "$(cat "$work/$s.screen")"
    press "$s" +
    shows "$s" "Unfolded" 20 && row "$s" 4 | grep -q "^▾ Castlegate " &&
        row "$s" 5 | grep -q "^Castlegate  *Administration " && pass "$size: + unfolds Castlegate" ||
        fail "$size: + unfolds Castlegate" "$(cat "$work/$s.screen")"
done

# In ASCII the marks are - (unfolded) and + (folded).
dash foldascii 80 24 -- --ascii
shows foldascii EXCEPTIONS >/dev/null
press foldascii 2 v
shows foldascii "by cohort" 20 && row "foldascii" 4 | grep -q "^- All Adults  5 lines  .*2.91m" &&
    pass "ascii: the header is marked -" || fail "ascii: the header is marked -" "$(cat "$work/foldascii.screen")"
press foldascii -
shows foldascii "Folded to its header" 20 && row "foldascii" 4 | grep -q "^+ All Adults  5 lines " &&
    pass "ascii: folded, it is marked +" || fail "ascii: folded, it is marked +" "$(cat "$work/foldascii.screen")"

# ---- the mouse: tabs, headings, rows, heat-map cells, the wheel ----
# (not on the Linux console: its mouse is gpm's, and assure leaves it alone)
case ${E2E_TERM:-xterm} in
linux*)
    dash mouse 100 30 --
    shows mouse EXCEPTIONS >/dev/null
    [ "$(tmux_ display -p -t mouse '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}')" = 0000 ] &&
        pass "on the Linux console the terminal is not asked for the mouse" ||
        fail "on the Linux console the terminal is not asked for the mouse"
    ;;
*)
    dash mouse 100 30 --
    shows mouse EXCEPTIONS >/dev/null
    [ "$(tmux_ display -p -t mouse '#{mouse_sgr_flag}')" = 1 ] && pass "the dashboard asks the terminal for the mouse" ||
        fail "the dashboard asks the terminal for the mouse"
    # three turns of the wheel, three lines each: down the exceptions, the page following
    click mouse 3 20 65
    click mouse 3 20 65
    click mouse 3 20 65
    shows mouse "lines above" 20 && pass "the wheel scrolls the Overview" || fail "the wheel scrolls the Overview" "$(cat "$work/mouse.screen")"
    x=$(column_of mouse "5 Risks" 2)
    click mouse "$((x + 2))" 2
    shows mouse "Next review" 20 && pass "a press on the tab '5 Risks' opens the Risks panel" ||
        fail "a press on the tab '5 Risks' opens the Risks panel" "$(cat "$work/mouse.screen")"
    x=$(column_of mouse "Score" 3)
    click mouse "$((x + 1))" 3
    shows mouse "Sorted by Score, low to high" 20 && row "mouse" 4 | grep -q "^BCC-R08 " &&
        pass "a press on the Score heading sorts by it the other way: BCC-R08 (4) first" ||
        fail "a press on the Score heading sorts by it the other way: BCC-R08 (4) first" "$(row "mouse" 3 5)"
    click mouse 3 6
    click mouse 3 6
    shows mouse "Risk BCC-R" 20 && grep -q "Detail\|detail\|History\|history" "$work/mouse.screen" &&
        pass "a press chooses a row, a second press opens its detail" ||
        fail "a press chooses a row, a second press opens its detail" "$(cat "$work/mouse.screen")"
    press mouse Escape
    shows mouse "Current scores" 20 >/dev/null
    # the current map's cell for likelihood 4, impact 5: its line is the map's
    # title's plus 2 (likelihood 5, then 4), its column the title's plus 2 + 4 x 4
    y=$(grep -n "Current scores" "$work/mouse.screen" | head -1 | cut -d: -f1)
    x=$(column_of mouse "Current scores" "$y")
    click mouse "$((x + 2 + 16 + 1))" "$((y + 2))"
    shows mouse "Risks with likelihood 4 and impact 5 (current)" 20 &&
        [ "$(grep -c "^BCC-R0[26] " "$work/mouse.screen")" -eq 2 ] && ! grep -q "^BCC-R01 " "$work/mouse.screen" &&
        pass "a press on a heat-map cell filters the register to its two risks (BCC-R02, BCC-R06)" ||
        fail "a press on a heat-map cell filters the register to its two risks" "$(cat "$work/mouse.screen")"
    ;;
esac
# --no-mouse (or [display] mouse = no) leaves the mouse to the terminal: select and paste
dash still 100 30 -- --no-mouse
shows still EXCEPTIONS >/dev/null
[ "$(tmux_ display -p -t still '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}')" = 0000 ] &&
    pass "with --no-mouse the terminal is not asked for the mouse" || fail "with --no-mouse the terminal is not asked for the mouse"
printf '[display]\nmouse = no\n' >"$work/nomouse.ini"
dash still2 100 30 -- --config "$work/nomouse.ini"
shows still2 EXCEPTIONS >/dev/null
[ "$(tmux_ display -p -t still2 '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}')" = 0000 ] &&
    pass "nor with [display] mouse = no" || fail "nor with [display] mouse = no"

# One word for a KPI's progress on the screen and in the report: the sample's
# KPI-01 has held its target the three periods agreed (SUSTAINED), KPI-03
# two of three (35 starts against a target of 36 for two months), KPI-02
# none yet (8,880 hours against a target of 8,600, lower being better).
run assure_on programme.db report kpis
grep -q "^KPI-02 .*not yet" "$work/stdout" && grep -q "^KPI-03 .*2 of 3" "$work/stdout" &&
    pass "the KPIs report says not yet for KPI-02 and 2 of 3 for KPI-03" ||
    fail "the KPIs report says not yet for KPI-02 and 2 of 3 for KPI-03" "$(cat "$work/stdout")"
dash kpis 132 43 --
shows kpis EXCEPTIONS >/dev/null
press kpis 2 i
shows kpis "KPI-03" 20
grep -q "^KPI-02 .*not yet" "$work/kpis.screen" && grep -q "^KPI-03 .*2 of 3" "$work/kpis.screen" &&
    pass "... and the KPIs view says the same" || fail "... and the KPIs view says the same" "$(cat "$work/kpis.screen")"
finish
