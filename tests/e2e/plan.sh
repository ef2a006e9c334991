# Panel 7, Plan: the sample's milestones on a copy of the sample at 80x24 and
# 200x60, in ASCII and UTF-8, as a table and (v) as a time-line; ! and w
# narrowing them, Enter's detail with the dependencies, a form refusing a
# dependency cycle and saving a new forecast to the audit trail, and
# --read-only.  Figures by hand from sample/milestones.sql, today 29 Nov 2026:
#   slippage (forecast, or actual once met, less baseline): M-01 -4, M-02 14,
#     M-03 16, M-04 28, M-05 21, M-07 42, M-09 -2, M-12 30; the rest 0.
#   overdue (not met, forecast before today): M-05 only, by 29 - 20 = 9 days.
#   blocked: M-08 (forecast 8 Jan 2027) waits for M-07, forecast 22 Jan 2027:
#     slipped past it by 14 days.
#   slipped since PAM 9 Nov 2026, the latest snapshot (sample/meeting.sql kept
#     each one's forecast, else baseline): M-04 8 Jan 2027 then, 15 Jan now:
#     7; M-07 11 Dec 2026 then, 22 Jan 2027 now: 20 + 22 = 42; M-12 23 Jul
#     2027 then, 30 Jul now: 7; the rest due the same day: 0.  3 later.
#   workstreams (a link, or its savings line's workstream): Accommodation
#     M-05 and M-06 (ASC-06); Commissioning M-07 and M-08 (ASC-13); Outcomes
#     from Decision Making M-09; Right-sizing Care Packages M-10; Short Term
#     Services M-02, M-03 (ASC-02), M-04, M-12; Transitions M-11 (ASC-07).
# The time-line spans March 2026 (M-01 met 27 Mar) to July 2027 (M-12's
# forecast, 30 Jul): 17 months.  A date's column is its month's first
# column plus (day - 1) * columns a month / days in the month, rounded down.
#   80 columns: a label of 6 (the ref, its flag, a space), 74 left: 4 a month.
#     today 29 Nov: November is month 8, 32 + 28 * 4 / 30 = 35: screen column 41
#     M-05 baseline 30 Oct: 28 + 29 * 4 / 31 = 31 (screen 37), forecast 20 Nov:
#       32 + 19 * 4 / 30 = 34 (screen 40): "o--*|" from column 37
#     M-07 baseline 11 Dec: 36 + 10 * 4 / 31 = 37 (screen 43), forecast 22 Jan
#       2027: 40 + 21 * 4 / 31 = 42 (screen 48): "| o----*" from column 41
#     M-08 forecast 8 Jan 2027: 40 + 7 * 4 / 31 = 40: screen column 46
#     M-12 baseline 30 Jun 2027: 60 + 29 * 4 / 30 = 63 (screen 69), forecast
#       30 Jul: 64 + 29 * 4 / 31 = 67 (screen 73): "o---*" from column 69
#     months: Mar at screen column 6, Nov at 6 + 32 = 38, Jan 2027 at 46
#   200 columns: the label also holds the milestone's words, 200 / 4 = 50 cut
#     to 40, + 1: 4 + 2 + 41 = 47; 153 left: 9 a month.
#     today: 72 + 28 * 9 / 30 = 80: screen column 127
#     M-05: 63 + 29 * 9 / 31 = 71 (screen 118), 72 + 19 * 9 / 30 = 77 (124)
#     M-07: 81 + 10 * 9 / 31 = 83 (screen 130), 90 + 21 * 9 / 31 = 96 (143)
. "$(dirname "$0")/lib.sh"
sample_db programme.db
export ASSURE_TODAY=2026-11-29

# refs NAME: the refs of the milestone rows on the screen (above the
# time-line's legend, under which the chosen one is said in words).
refs() { sed '/ baseline  . forecast/,$d' "$work/$1.screen" | grep -oE '^M-[0-9]+' | tr '\n' ' ' | sed 's/ $//'; }

# check NAME TEXT DESCRIPTION: TEXT shows on the screen.
check() {
    if shows "$1" "$2" 30; then pass "$3"; else fail "$3" "$(cat "$work/$1.screen")"; fi
}

# at NAME REF COLUMN TEXT: on the screen's row of REF (the time-line's, drawn
# in ASCII: the UTF-8 marks read as their ASCII ones), TEXT starts at COLUMN
# (counted from 0).
at() {
    sed 's/◇/o/g; s/◆/*/g; s/●/#/g; s/─/-/g; s/│/|/g; s/…/~/g' "$work/$1.screen" |
        grep -E "^$2[ !]" | head -1 | awk -v c="$3" -v t="$4" '{ exit substr($0, c + 1, length(t)) != t }'
}

# line NAME N: the screen's line N (from 1), the UTF-8 marks read as ASCII.
line() { sed -n "$2p" "$work/$1.screen" | sed 's/◇/o/g; s/◆/*/g; s/●/#/g; s/─/-/g; s/│/|/g'; }

# ---- 80x24, ASCII: the table ----
s=small
dash $s 80 24 LANG=C --
shows $s "EXCEPTIONS" >/dev/null
press $s 7
check $s "12 milestones, 1 overdue, 1 blocked; v time-line" "7 opens the Plan panel: 12 milestones, 1 overdue, 1 blocked"
[ "$(refs $s)" = "M-01 M-02 M-03 M-04 M-05 M-06 M-07 M-08 M-09 M-10 M-11 M-12" ] &&
    pass "every milestone, in ref order" || fail "every milestone, in ref order" "$(refs $s)"
head -4 "$work/$s.screen" | grep -q 'Ref  Milestone .*Forecast .*Slipped Overdue Blocked by' &&
    pass "at 80 columns the forecast, slippage, overdue mark and blocked-by are all shown" ||
    fail "at 80 columns the forecast, slippage, overdue mark and blocked-by are all shown" "$(sed -n 4p "$work/$s.screen")"
[ "$(grep -c 'OVERDUE' "$work/$s.screen")" -eq 1 ] && grep -qE '^M-05 .*20 Nov 2026 +21 OVERDUE' "$work/$s.screen" &&
    pass "M-05 alone is OVERDUE, forecast 20 Nov 2026, slipped 21 days" ||
    fail "M-05 alone is OVERDUE, forecast 20 Nov 2026, slipped 21 days" "$(cat "$work/$s.screen")"
grep -qE '^M-08 .* 0 +M-07$' "$work/$s.screen" && pass "M-08 is blocked by M-07" ||
    fail "M-08 is blocked by M-07" "$(grep '^M-08' "$work/$s.screen")"
grep -qE '^M-07 .*22 Jan 2027 +42$' "$work/$s.screen" && grep -qE '^M-01 .* -4$' "$work/$s.screen" &&
    grep -qE '^M-12 .*30 Jul 2027 +30$' "$work/$s.screen" &&
    pass "slippage in days: M-07 42 late, M-01 4 early, M-12 30" ||
    fail "slippage in days: M-07 42 late, M-01 4 early, M-12 30" "$(cat "$work/$s.screen")"
sed -n 3p "$work/$s.screen" | grep -q '1 blocked; v time-line; 3 later since PAM 9 Nov 2026$' &&
    pass "the header counts 3 due later than at PAM 9 Nov 2026 (M-04, M-07, M-12)" ||
    fail "the header counts 3 due later than at PAM 9 Nov 2026 (M-04, M-07, M-12)" "$(sed -n 3p "$work/$s.screen")"
sed -n 4p "$work/$s.screen" | grep -q 'Since' &&
    fail "at 80 columns the Since column gives way to the milestone's words" "$(sed -n 4p "$work/$s.screen")" ||
    pass "at 80 columns the Since column gives way to the milestone's words"
sed -n 2p "$work/$s.screen" | grep -q ' 1 Overview  2 Savings  3 Staffing  4 Reviews  5 Risks  6 Actions  7 Plan' &&
    pass "every tab is named at 80 columns, 7 Plan the last" || fail "every tab is named at 80 columns, 7 Plan the last" "$(sed -n 2p "$work/$s.screen")"
tail -1 "$work/$s.screen" | grep -q '^1-7 Panel' && pass "the key bar says the digits are 1-7" ||
    fail "the key bar says the digits are 1-7" "$(tail -1 "$work/$s.screen")"
LC_ALL=C grep -q '[^ -~]' "$work/$s.screen" && fail "ASCII mode draws only ASCII" "$(cat "$work/$s.screen")" ||
    pass "ASCII mode draws only ASCII"

# !: the overdue only
press $s '!'
check $s "1 milestone, overdue only, 0 blocked" "! shows the overdue only, and says so"
[ "$(refs $s)" = "M-05" ] && pass "with !, M-05 alone" || fail "with !, M-05 alone" "$(refs $s)"
press $s '!'

# w: a workstream at a time, in alphabetical order, then all again
press $s w
check $s "2 milestones of Accommodation, 1 overdue, 0 blocked" "w: Accommodation's two, M-05 overdue"
[ "$(refs $s)" = "M-05 M-06" ] && pass "Accommodation: M-05 and M-06 (linked to ASC-06, an Accommodation line)" ||
    fail "Accommodation: M-05 and M-06 (linked to ASC-06, an Accommodation line)" "$(refs $s)"
press $s w
check $s "2 milestones of Commissioning, 0 overdue, 1 blocked" "w again: Commissioning's two, one blocked"
[ "$(refs $s)" = "M-07 M-08" ] && pass "Commissioning: M-07 and M-08 (ASC-13)" || fail "Commissioning: M-07 and M-08 (ASC-13)" "$(refs $s)"
press $s w w w
check $s "4 milestones of Short Term Services" "w on past Outcomes and Right-sizing: Short Term Services' four"
[ "$(refs $s)" = "M-02 M-03 M-04 M-12" ] && pass "Short Term Services: M-02, M-03 (ASC-02), M-04, M-12" ||
    fail "Short Term Services: M-02, M-03 (ASC-02), M-04, M-12" "$(refs $s)"
press $s w
check $s "1 milestone of Transitions" "then Transitions: M-11 (ASC-07)"
press $s w
check $s "12 milestones, 1 overdue, 1 blocked" "after the last workstream, w shows all again"

# v: the time-line, hand-worked columns
press $s v
check $s "12 milestones, 1 overdue, 1 blocked; v table" "v shows the time-line, and the header says v goes back"
[ "$(refs $s)" = "M-01 M-02 M-03 M-04 M-05 M-06 M-07 M-08 M-09 M-10 M-11 M-12" ] &&
    pass "the time-line has a row a milestone, in the table's order" || fail "the time-line has a row a milestone, in the table's order" "$(refs $s)"
line $s 4 | grep -qE '^ {6}2026 {36}2027' && pass "the years over March 2026 (column 6) and January 2027 (46)" ||
    fail "the years over March 2026 (column 6) and January 2027 (46)" "$(line $s 4)"
line $s 5 | grep -q '^Ref   Mar Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar Apr May Jun Jul$' &&
    pass "at 80 columns the 17 months from March 2026 to July 2027 fit, 4 columns each" ||
    fail "at 80 columns the 17 months from March 2026 to July 2027 fit, 4 columns each" "$(line $s 5)"
at $s M-01 41 '|' && at $s M-10 41 '|' && pass "today, 29 Nov 2026, is column 41 down the rows" ||
    fail "today, 29 Nov 2026, is column 41 down the rows" "$(cat "$work/$s.screen")"
at $s M-05 37 'o--*|' && pass "M-05: baseline at 37 (30 Oct), forecast at 40 (20 Nov), before today" ||
    fail "M-05: baseline at 37 (30 Oct), forecast at 40 (20 Nov), before today" "$(grep '^M-05' "$work/$s.screen")"
at $s M-07 41 '| o----*' && pass "M-07: baseline at 43 (11 Dec), slipped to 48 (22 Jan 2027)" ||
    fail "M-07: baseline at 43 (11 Dec), slipped to 48 (22 Jan 2027)" "$(grep '^M-07' "$work/$s.screen")"
at $s 'M-08' 0 'M-08!' && at $s M-08 46 '*' && pass "M-08 is flagged ! (M-07 slipped past it), its forecast at 46 (8 Jan 2027)" ||
    fail "M-08 is flagged ! (M-07 slipped past it), its forecast at 46 (8 Jan 2027)" "$(grep '^M-08' "$work/$s.screen")"
at $s M-12 69 'o---*' && pass "M-12: baseline at 69 (30 Jun 2027), forecast at 73 (30 Jul 2027)" ||
    fail "M-12: baseline at 69 (30 Jun 2027), forecast at 73 (30 Jul 2027)" "$(grep '^M-12' "$work/$s.screen")"
at $s M-01 9 '#' && at $s M-09 37 '#' && pass "met milestones at their actual: M-01 at 9 (27 Mar), M-09 at 37 (28 Oct)" ||
    fail "met milestones at their actual: M-01 at 9 (27 Mar), M-09 at 37 (28 Oct)" "$(cat "$work/$s.screen")"
[ "$(grep -c '!' "$work/$s.screen")" -eq 2 ] && pass "one row flagged (and ! in the legend)" ||
    fail "one row flagged (and ! in the legend)" "$(cat "$work/$s.screen")"
check $s "o baseline  * forecast  # met  - slipped  | today, 29 Nov 2026  ! blocked" "the legend says what each mark is, in ASCII"
LC_ALL=C grep -q '[^ -~]' "$work/$s.screen" && fail "the time-line in ASCII mode draws only ASCII" "$(cat "$work/$s.screen")" ||
    pass "the time-line in ASCII mode draws only ASCII"
[ -z "$(wider_than 80 "$work/$s.screen")" ] && pass "the time-line fits 80 columns" || fail "the time-line fits 80 columns" "$(wider_than 80 "$work/$s.screen")"
# the chosen milestone in words under it; the selection and filters as the table's
press $s j j j j
check $s "OVERDUE by 9 days" "Down on the time-line chooses M-05, said in words under it: overdue by 9 days"
grep -q "forecast 20 Nov 2026, 21 days late" "$work/$s.screen" && pass "and 21 days late against its baseline" ||
    fail "and 21 days late against its baseline" "$(cat "$work/$s.screen")"
press $s '!'
check $s "1 milestone, overdue only, 0 blocked; v table" "! narrows the time-line too"
[ "$(refs $s)" = "M-05" ] && pass "to M-05 alone" || fail "to M-05 alone" "$(refs $s)"
# with M-05 alone its months run from its baseline to today: October and November
line $s 5 | grep -qE '^Ref +Oct +Nov *$' && pass "the months compress to those M-05 and today span: October, November" ||
    fail "the months compress to those M-05 and today span: October, November" "$(line $s 5)"
press $s '!'

# Enter: the detail, with what it waits for and what waits for it
press $s g j j j j j j j Enter
check $s "Milestone M-08" "Enter on the time-line opens the chosen milestone's detail"
check $s "M-07   finishes 22 Jan 2027: SLIPPED PAST this milestone by 14 days" "M-08's detail: M-07 slipped past it by 14 days"
press $s Escape k Enter
check $s "Needed by:" "M-07's detail lists what needs it"
grep -qE '^ +M-08 +New homecare framework contracts start' "$work/$s.screen" && grep -q "Slipped        42 days after the baseline" "$work/$s.screen" &&
    pass "M-08 needs M-07, which slipped 42 days" || fail "M-08 needs M-07, which slipped 42 days" "$(cat "$work/$s.screen")"
# M-07 forecast 22 Jan 2027 (sample/milestones.sql), M-08 due 8 Jan 2027: 14 days after
check $s "M-07 now finishes 14 days after M-08 is due" "M-07's detail says it now finishes 14 days after M-08 is due"
check $s "Status         at risk" "M-07's status in words, not at_risk"
press $s Escape v
check $s "v time-line" "v goes back to the table"

# help: the keys and the marks
press $s '?'
check $s "Help: the Plan panel" "? shows the Plan panel's help"
all="$work/help.txt"
: >"$all"
i=0
while [ $i -lt 8 ]; do
    screen $s >>"$all"
    press $s NPage
    i=$((i + 1))
done
for said in "v            plan: the time-line" "!            plan: only the overdue milestones" \
    "w            plan: only the next workstream's milestones" "Blocked by         a milestone it depends on" \
    "OVERDUE            a milestone not met" "time-line          o baseline  * forecast"; do
    grep -qF -- "$said" "$all" && pass "the help says: $said" || fail "the help says: $said" "$(cat "$all")"
done
press $s Escape

# x: the panel's rows to a CSV, whole
press $s x c
check $s "Exported" "x exports the milestones and says where"
exported="$work/assure-plan-2026-11-29.csv"
[ -f "$exported" ] && head -1 "$exported" | grep -q '^Ref,Milestone,' && [ "$(grep -c '^M-' "$exported")" -eq 12 ] &&
    grep -q '^M-05,Equality Impact Assessment for the accommodation workstream signed off by the programme board,' "$exported" &&
    grep '^M-08,' "$exported" | grep -q ',M-07' &&
    pass "the export is a CSV of the twelve milestones, their words whole, M-08 blocked by M-07" ||
    fail "the export is a CSV of the twelve milestones, their words whole, M-08 blocked by M-07" "$(cat "$exported" 2>/dev/null)"

# e: a dependency cycle refused; a new forecast saved and audited
press $s g j j j j j j e
check $s "Edit milestone M-07" "e opens M-07 in a form"
press $s Down Down Down Down Down Down Down Down C-u # from the link to depends on
tmux_ send-keys -t $s -l "M-08"
press $s NPage NPage Enter
check $s "a dependency cycle (M-07 on M-08, M-08 on M-07)" "M-07 waiting for M-08, which waits for it, is refused as a cycle"
press $s C-u
tmux_ send-keys -t $s -l "M-01"
press $s Up Up Up C-u # the forecast
tmux_ send-keys -t $s -l "2027-01-05"
press $s NPage NPage Enter y
check $s "12 milestones, 1 overdue, 0 blocked" "M-07 forecast for 5 Jan 2027, before M-08's 8 Jan: nothing is blocked"
[ "$(sql_on programme.db "SELECT forecast || '|' || depends_on FROM milestone WHERE ref = 'M-07'")" = "2027-01-05|M-01" ] &&
    pass "stored: forecast 2027-01-05, depends on M-01 as before" || fail "stored: forecast 2027-01-05, depends on M-01 as before" \
    "$(sql_on programme.db "SELECT * FROM milestone WHERE ref = 'M-07'")"
grep -qE '^M-07 .*5 Jan 2027 +25$' "$work/$s.screen" && pass "M-07 now slipped 25 days (11 Dec to 5 Jan: 20 + 5)" ||
    fail "M-07 now slipped 25 days (11 Dec to 5 Jan: 20 + 5)" "$(grep '^M-07' "$work/$s.screen")"
run assure_on programme.db log --table milestones --ref M-07
grep -qE "edit +milestones +M-07 +forecast +2027-01-22 +2027-01-05" "$work/stdout" &&
    pass "the audit trail has M-07's forecast edited from 2027-01-22 to 2027-01-05" ||
    fail "the audit trail has M-07's forecast edited from 2027-01-22 to 2027-01-05" "$(cat "$work/stdout")"
press $s a
check $s "Add a milestone" "a opens a form to add a milestone"
press $s Escape
shows $s "Discard" 10 >/dev/null && press $s y
press $s q
exited $s

# ---- 80x24, UTF-8: the time-line's marks ----
sample_db programme.db
s=utf
dash $s 80 24 -- plan
check $s "12 milestones, 1 overdue, 1 blocked" "assure plan opens the dashboard at the Plan panel"
press $s v
check $s "◇ baseline  ◆ forecast  ● met  ─ slipped  │ today, 29 Nov 2026" "in UTF-8 the legend has its own marks"
grep -q '^M-05 .*◇──◆│' "$work/$s.screen" && at $s M-05 37 'o--*|' && at $s M-07 41 '| o----*' &&
    pass "in UTF-8 the marks stand where they do in ASCII" || fail "in UTF-8 the marks stand where they do in ASCII" "$(cat "$work/$s.screen")"
press $s q
exited $s

# ---- 200x60, UTF-8: every column, the milestones' words beside the time-line ----
s=large
dash $s 200 60 -- plan
check $s "12 milestones, 1 overdue, 1 blocked; v time-line" "at 200x60 the Plan panel opens"
grep -q 'Ref  Milestone .*Phase .*Owner .*Baseline .*Forecast .*Actual .*Status .*Slipped Overdue Blocked by Since Link .*Depends on' "$work/$s.screen" &&
    pass "at 200 columns every column is shown" || fail "at 200 columns every column is shown" "$(sed -n 3p "$work/$s.screen")"
grep -E '^M-04 ' "$work/$s.screen" | grep -qE 'implement .*Head of Reabl.*18 Dec 2026 15 Jan 2027 +at risk +28 .*Short Term Se.*M-03' &&
    pass "M-04: implement, at risk (in words), 28 days late, after M-03" || fail "M-04: implement, at risk (in words), 28 days late, after M-03" "$(grep '^M-04' "$work/$s.screen")"
# Since: days later than at PAM 9 Nov 2026, just before the link
since_of() { grep -E "^$1 " "$work/$s.screen" | sed -E 's/ +(Short Term Se|Commissioning|ASC-|Accommodation|Outcomes from|Right-sizing).*$//' | awk '{ print $NF }'; }
[ "$(since_of M-07)" = 42 ] && [ "$(since_of M-04)" = 7 ] && [ "$(since_of M-12)" = 7 ] &&
    pass "Since: M-07 42 days later than at PAM 9 Nov 2026, M-04 and M-12 7" ||
    fail "Since: M-07 42 days later than at PAM 9 Nov 2026, M-04 and M-12 7" "$(cat "$work/$s.screen")"
zero=0
for ref in M-02 M-03 M-05 M-06 M-08 M-09 M-10 M-11; do [ "$(since_of $ref)" = 0 ] || zero=$ref; done
[ "$zero" = 0 ] && pass "Since: the other eight with a link are due the same day as then: 0" ||
    fail "Since: the other eight with a link are due the same day as then: 0" "$zero: $(grep "^$zero " "$work/$s.screen")"
press $s g j j j j j j Enter
check $s "Since          due 42 days later than at PAM 9 Nov 2026" "M-07's detail: due 42 days later than at PAM 9 Nov 2026"
press $s Escape g j j j j j j j Enter
check $s "Since          due the same day as at PAM 9 Nov 2026" "M-08's detail: due the same day as at PAM 9 Nov 2026"
press $s Escape g
press $s v
check $s "v table" "v: the time-line at 200 columns"
grep -q '^M-08! New homecare framework contracts start' "$work/$s.screen" && pass "the milestone's words beside its ref" ||
    fail "the milestone's words beside its ref" "$(grep '^M-08' "$work/$s.screen")"
line $s 4 | grep -qE '^Ref   Milestone {32}Mar {6}Apr' && line $s 4 | cut -c120- | grep -q '^Nov' &&
    pass "9 columns a month from column 47: November at 119" || fail "9 columns a month from column 47: November at 119" "$(line $s 4)"
at $s M-05 118 'o-----*  |' && pass "M-05 at 118 and 124, today at 127" || fail "M-05 at 118 and 124, today at 127" "$(grep '^M-05' "$work/$s.screen")"
at $s M-07 127 '|  o------------*' && pass "M-07 at 130 slipped 12 columns to 143" || fail "M-07 at 130 slipped 12 columns to 143" "$(grep '^M-07' "$work/$s.screen")"
press $s j j j j j j j
check $s "M-08 New homecare framework contracts start: baseline 8 Jan 2027, forecast 8 Jan 2027; ! M-07 finishes 22 Jan 2027, 14 days after it is due" \
    "the chosen M-08 in words: M-07 finishes 22 Jan 2027, 14 days after it is due"
press $s q
exited $s

# report plan: the Plan panel's rows, as report milestones gives them
run assure_on programme.db report plan --format csv
cp "$work/stdout" "$work/plan.csv"
run assure_on programme.db report milestones --format csv
[ -s "$work/plan.csv" ] && cmp -s "$work/plan.csv" "$work/stdout" && pass "report plan is report milestones" ||
    fail "report plan is report milestones" "$(head -3 "$work/plan.csv")"

# ---- --read-only: no editing keys ----
s=chair
dash $s 200 60 LANG=C -- --read-only plan
check $s "12 milestones, 1 overdue, 1 blocked" "--read-only opens the Plan panel"
tail -1 "$work/$s.screen" | grep -qE ' a Add| e Edit| d Delete' &&
    fail "read-only, the key bar has no a, e or d" "$(tail -1 "$work/$s.screen")" ||
    pass "read-only, the key bar has no a, e or d"
press $s a
check $s "Read-only: the dashboard was opened with --read-only" "read-only, a says nothing can be changed"
press $s Escape e
check $s "Read-only" "read-only, e is refused too"
press $s '!' v
check $s "1 milestone, overdue only, 0 blocked; v table" "read-only, the filters and the time-line still work"
# o: M-08 is for savings line ASC-13, M-07 for the Commissioning workstream (sample/milestones.sql)
press $s v '!' g j j j j j j j o
check $s "Savings line ASC-13 (Tab or 7 goes back to the plan)" "o on M-08 opens its savings line ASC-13"
# M-07 is for the Commissioning workstream: its lines are ASC-12 and ASC-13
# (sample/programme.sql), not ASC-10 of Promoting Independence
press $s 7 k o
check $s "The 2 savings lines of workstream Commissioning (Esc clears the filter" "o on M-07, linked to a workstream, opens its savings lines"
[ "$(grep -oE '^ASC-[0-9]+' "$work/$s.screen" | tr '\n' ' ')" = "ASC-12 ASC-13 " ] &&
    grep -q 'filter "Commissioning"; 2 of 16 lines' "$work/$s.screen" &&
    pass "the Savings panel filtered to Commissioning: ASC-12 and ASC-13" ||
    fail "the Savings panel filtered to Commissioning: ASC-12 and ASC-13" "$(cat "$work/$s.screen")"
press $s q
exited $s

# ---- a snapshot that kept no plan: no Since column, the detail says so ----
# With PAM 9 Nov 2026 deleted, the latest is PAM 26 Oct 2026, taken before
# snapshots kept milestones (sample/meeting.sql): nothing to compare with.
sample_db programme.db
assure_on programme.db snapshot --delete "PAM 9 Nov 2026" >/dev/null 2>&1
s=bare
dash $s 200 60 LANG=C -- --read-only plan
check $s "12 milestones, 1 overdue, 1 blocked; v time-line" "the Plan panel opens with PAM 26 Oct 2026 the latest snapshot"
grep -q 'later since' "$work/$s.screen" && fail "no count of milestones later since a snapshot that kept none" "$(sed -n 2p "$work/$s.screen")" ||
    pass "no count of milestones later since a snapshot that kept none"
sed -n 3p "$work/$s.screen" | grep -q 'Blocked by Since' &&
    fail "no Since column when the snapshot kept no plan" "$(sed -n 3p "$work/$s.screen")" ||
    pass "no Since column when the snapshot kept no plan"
press $s g j j j j j j Enter
check $s "Since          PAM 26 Oct 2026 kept no date for it" "M-07's detail: PAM 26 Oct 2026 kept no date for it"
press $s q q
exited $s

finish
