# assure report pack writes the whole meeting pack, in order, in Markdown,
# text and JSON; its sections and figures are checked against the sample
# (sample/*.sql) worked by hand at ASSURE_TODAY=2026-11-29, since the sample's
# latest snapshot (PAM 9 Nov 2026, taken 2026-11-09), since PAM 26 Oct 2026 by
# its label and by a date, and with no snapshot held.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-29
sample_db programme.db

# ---- Markdown, since the latest snapshot ----
run assure_on programme.db report pack --format md
expect "report pack --format md exits 0" 0
cp "$work/stdout" "$work/pack.md"
grep '^#' "$work/pack.md" >"$work/headings"
cat >"$work/want" <<'HEADINGS'
# Adult Social Care Transformation: meeting pack, 2026-11-29
## 1. Headlines and changes since PAM 9 Nov 2026
## 2. Exceptions, worst first
## 3. Slipped milestones
## 4. Overdue actions
## 5. New actions since PAM 9 Nov 2026
## 6. Actions done since PAM 9 Nov 2026
## 7. Decisions since PAM 9 Nov 2026
## 8. Risks whose score moved since PAM 9 Nov 2026
## 9. Highlights by workstream
HEADINGS
cmp -s "$work/headings" "$work/want" && pass "the md pack has its title and nine sections, in the meeting's order" ||
    fail "the md pack has its title and nine sections, in the meeting's order" "$(diff "$work/want" "$work/headings")"

# section N's text, from its heading to the next
section() { awk -v n="## $1." 'index($0, n) == 1 { on = 1; next } /^## / { on = 0 } on' "$work/pack.md"; }

# Headlines (sample/programme.sql): the lines' forecasts, ASC-11 counted in its
# partner lines, sum to £20,728,000 (as meeting.sh works it); PAM 9 Nov kept
# 20,910,000: 182,000 lower, worse.  The target 22,714,000 less the forecast
# is a gap of 1,986,000; 20,728,000 / 22,714,000 = 91.3%, amber (80 to 95).
section 1 >"$work/s1"
grep -qF '| Forecast | £20,728,000 | AMBER | ▼ -£182,000 worse |' "$work/s1" &&
    grep -qF 'Savings are forecast at £20,728,000 of the £22,714,000 target (91.3%, AMBER), a gap of £1,986,000.' "$work/s1" &&
    pass "headlines: forecast £20,728,000, £182,000 down since PAM 9 Nov, 91.3% AMBER, gap £1,986,000" ||
    fail "headlines: forecast £20,728,000, £182,000 down since PAM 9 Nov, 91.3% AMBER, gap £1,986,000" "$(cat "$work/s1")"
# Staffing on 20 Nov: 11.8% vacant against PAM 9 Nov's 12.9%: 1.1 points better.
grep -qF '| Vacancy | 11.8% |  | ▼ -1.1 pts better |' "$work/s1" &&
    pass "headlines: vacancy 11.8%, 1.1 points better than PAM 9 Nov's 12.9%" ||
    fail "headlines: vacancy 11.8%, 1.1 points better than PAM 9 Nov's 12.9%" "$(cat "$work/s1")"

# Exceptions: 13, as exceptions.sh works them (the budget, 2 savings lines,
# 5 staffing hot spots, 2 teams, 3 risks overdue for review), the budget first.
section 2 >"$work/s2"
grep -qxF '13 exceptions, all red: the largest gap, shortfall, overspend or score first.' "$work/s2" && grep -qF '| 1 | RED | Budget |  | 2026/27 | £1,227,000 over budget after the planned actions |' "$work/s2" &&
    pass "exceptions: the sample's 13, all red (none amber), the budget's £1,227,000 overspend first" ||
    fail "exceptions: the sample's 13, all red (none amber), the budget's £1,227,000 overspend first" "$(cat "$work/s2")"

# Slipped milestones (sample/milestones.sql), reconciled with the headline
# "Slipped milestones 6" (slipped against baseline, met late included):
# met late, M-02 (14 Jul against 30 Jun: 14 days) and M-03 (16 Oct against
# 30 Sep: 16 days), 30 days; still to be met, M-07 42 days, M-12 30, M-04 28,
# M-05 21: 121 days; 30 + 121 = 151, as report milestones adds them.  M-05,
# forecast 20 Nov, is 9 days overdue; M-08 (due 8 Jan 2027) has not slipped
# but waits on M-07, now forecast 22 Jan 2027: slipped past it by 14 days.
# Since PAM 9 Nov (sample/meeting.sql: due then M-07 11 Dec 2026, M-04 8 Jan
# 2027, M-12 23 Jul 2027, M-05 20 Nov, M-08 8 Jan 2027): M-07 22 Jan 2027
# less 11 Dec = 20 + 22 = 42 days, M-04 15 Jan less 8 Jan = 7, M-12 30 Jul
# less 23 Jul = 7, M-05 and M-08 0: 3 moved later, by 42 + 7 + 7 = 56 days.
section 3 >"$work/s3"
grep -qF '6 milestones have slipped against their baselines, by 151 days in all: 2 met late (M-02, M-03) by 30 days; 4 still to be met by 121 days, 1 of them overdue. M-08 is held up by M-07. Since PAM 9 Nov 2026, 3 shown have moved later, by 56 days.' "$work/s3" &&
    [ "$(grep -c '^| M-' "$work/s3")" -eq 5 ] &&
    grep -qF '| Slipped | Since PAM 9 Nov 2026 | Overdue | Held up by |' "$work/s3" &&
    grep -q '^| M-07 |.*| 42 days | 42 days |  |  |$' "$work/s3" &&
    grep -q '^| M-12 |.*| 30 days | 7 days |  |  |$' "$work/s3" &&
    grep -q '^| M-04 |.*| 28 days | 7 days |  |  |$' "$work/s3" &&
    grep -q '^| M-05 |.*| 2026-10-30 | 2026-11-20 | 21 days | 0 days | 9 days |  |$' "$work/s3" &&
    grep -q '^| M-08 |.*| 0 days | 0 days |  | M-07 by 14 days |$' "$work/s3" &&
    ! grep -q '^| M-0[23] ' "$work/s3" &&
    pass "slipped milestones: 6 as the headline counts them, M-02 and M-03 met late, 4 to be met by 121 days, M-08 held up; since PAM 9 Nov M-07 42 days, M-04 and M-12 7" ||
    fail "slipped milestones: 6 as the headline counts them, M-02 and M-03 met late, 4 to be met by 121 days, M-08 held up; since PAM 9 Nov M-07 42 days, M-04 and M-12 7" "$(cat "$work/s3")"
grep -qF '| Slipped milestones | 6 |' "$work/s1" && pass "the headline's slipped milestones are the section's 6" ||
    fail "the headline's slipped milestones are the section's 6" "$(grep Slipped "$work/s1")"
# the rows worst first
[ "$(grep -o '^| M-[0-9]*' "$work/s3" | tr -d '| ' | tr '\n' ' ')" = "M-07 M-12 M-04 M-05 M-08 " ] &&
    pass "slipped milestones: the most slipped first" ||
    fail "slipped milestones: the most slipped first" "$(cat "$work/s3")"

# Overdue actions (sample/raid.sql): A-03 due 13 Nov, 16 days; A-01 due 20 Nov,
# 9; A-04 due 23 Nov, 6.  A-08, due today, is not yet overdue.
section 4 >"$work/s4"
grep -qF '3 actions are overdue; the longest, A-03, by 16 days.' "$work/s4" &&
    [ "$(grep -o '^| A-[0-9]*' "$work/s4" | tr -d '| ' | tr '\n' ' ')" = "A-03 A-01 A-04 " ] &&
    grep -q '^| A-01 |.*| 2026-11-20 | 9 days | BCC-R01 |$' "$work/s4" &&
    pass "overdue actions: A-03 by 16 days, A-01 by 9, A-04 by 6; A-08 due today is not" ||
    fail "overdue actions: A-03 by 16 days, A-01 by 9, A-04 by 6; A-08 due today is not" "$(cat "$work/s4")"

# New since PAM 9 Nov: raised at that meeting: A-07, A-08 (open), A-10 (done).
section 5 >"$work/s5"
grep -qF '3 actions raised at PAM 9 Nov 2026 or since, 2 of them still open.' "$work/s5" &&
    [ "$(grep -o '^| A-[0-9]*' "$work/s5" | tr -d '| ' | tr '\n' ' ')" = "A-07 A-08 A-10 " ] &&
    pass "new actions: the three raised at PAM 9 Nov, two still open" ||
    fail "new actions: the three raised at PAM 9 Nov, two still open" "$(cat "$work/s5")"
# Done since 9 Nov: A-10 on 25 Nov (A-05, done 6 Nov, and A-02, 23 Oct, before).
section 6 >"$work/s6"
grep -qF '1 action done since PAM 9 Nov 2026.' "$work/s6" && grep -q '^| A-10 |.*| 2026-11-25 | BCC-R08 |$' "$work/s6" &&
    [ "$(grep -c '^| A-' "$work/s6")" -eq 1 ] &&
    pass "actions done since: A-10 on 2026-11-25" || fail "actions done since: A-10 on 2026-11-25" "$(cat "$work/s6")"
# Decisions on or after 9 Nov: D-03 and D-04 (9 Nov), D-05 (23 Nov).
section 7 >"$work/s7"
grep -qF '3 decisions since PAM 9 Nov 2026.' "$work/s7" &&
    [ "$(grep -o '^| D-[0-9]*' "$work/s7" | tr -d '| ' | tr '\n' ' ')" = "D-03 D-04 D-05 " ] &&
    pass "decisions since: D-03, D-04 and D-05" || fail "decisions since: D-03, D-04 and D-05" "$(cat "$work/s7")"
# Risks: every open risk's score now is its score at its last review on or
# before 9 Nov (e.g. BCC-R02 4x5 = 20 reviewed 9 Nov; BCC-R01 4x4 = 16, 12 Oct).
section 8 >"$work/s8"
grep -qF "No open risk's score has moved since PAM 9 Nov 2026." "$work/s8" && ! grep -q '^|' "$work/s8" &&
    pass "risks: none has moved since PAM 9 Nov, and the section says so" ||
    fail "risks: none has moved since PAM 9 Nov, and the section says so" "$(cat "$work/s8")"
# Highlights: sample/highlights.sql's November reports, the latest of each of
# six workstreams: Commissioning and Right-sizing red, Accommodation and Short
# Term Services amber, the other two green.
# The meeting compared with: sample/meeting.sql records PAM 9 Nov 2026 met
# on 9 Nov with seven attending.
grep -qxF "Changes are since PAM 9 Nov 2026, the meeting of 2026-11-09, attended by Strategic Director; Programme Manager; Head of Commissioning; Head of Localities; Head of Reablement; Head of Learning Disability; Head of Preparing for Adulthood." "$work/pack.md" &&
    pass "the pack names the meeting compared with, its day and who attended" ||
    fail "the pack names the meeting compared with, its day and who attended" "$(sed -n 3p "$work/pack.md")"
section 9 >"$work/s9"
grep -qF 'The latest highlight report of 6 workstreams: 2 red, 2 amber, 2 green.' "$work/s9" &&
    [ "$(grep -c '^| .* | Nov 2026 | ' "$work/s9")" -eq 6 ] &&
    grep -qF '| Commissioning | Nov 2026 | RED | Head of Commissioning | Two framework providers have offered 150 of the 400 hours asked for.' "$work/s9" &&
    pass "highlights: November's of six workstreams, two red, two amber and two green, Commissioning's words as written" ||
    fail "highlights: November's of six workstreams, two red, two amber and two green, Commissioning's words as written" "$(cat "$work/s9")"

# ---- text, since PAM 26 Oct 2026 by its label ----
run assure_on programme.db report pack --since "PAM 26 Oct 2026" --format text --width 100
expect "report pack --since 'PAM 26 Oct 2026' --format text exits 0" 0 "1. Headlines and changes since PAM 26 Oct 2026"
cp "$work/stdout" "$work/pack.txt"
[ -z "$(wider_than 100 "$work/pack.txt")" ] && pass "the text pack fits --width 100" ||
    fail "the text pack fits --width 100" "$(wider_than 100 "$work/pack.txt")"
# PAM 26 Oct kept a forecast of 21,050,000: 322,000 lower now.
grep -q '^Forecast  *£20,728,000  AMBER  ▼ -£322,000 worse' "$work/pack.txt" &&
    pass "text: the forecast £322,000 down since PAM 26 Oct" ||
    fail "text: the forecast £322,000 down since PAM 26 Oct" "$(head -30 "$work/pack.txt")"
# Raised at PAM 26 Oct or since: A-04, A-05, A-06 (26 Oct), A-07, A-08, A-10
# (9 Nov); A-05 and A-10 done.  Done on or after 26 Oct: A-05, A-10.  Decisions
# on or after 26 Oct: D-02 (that day), D-03, D-04, D-05.
grep -qF '6 actions raised at PAM 26 Oct 2026 or since, 4 of them still open.' "$work/pack.txt" &&
    grep -qF '2 actions done since PAM 26 Oct 2026.' "$work/pack.txt" &&
    grep -qF '4 decisions since PAM 26 Oct 2026.' "$work/pack.txt" &&
    pass "text: 6 actions raised since PAM 26 Oct (4 open), 2 done, 4 decisions" ||
    fail "text: 6 actions raised since PAM 26 Oct (4 open), 2 done, 4 decisions" "$(cat "$work/pack.txt")"
# Scores at 26 Oct (the last review on or before it) against now:
# BCC-R02 4x4 = 16 (12 Oct) now 4x5 = 20, up; BCC-R04 4x4 = 16 (12 Oct) now
# 3x4 = 12, down; BCC-R08 2x3 = 6 now 2x2 = 4, down; BCC-R10 2x2 = 4 now 3x2 =
# 6, up.  BCC-R05 and BCC-R07 were first scored on 9 Nov: new, not moved.
awk '/^8\. Risks/,/^9\. /' "$work/pack.txt" >"$work/t8"
grep -qF "4 risks' scores moved since PAM 26 Oct 2026: 2 up, 2 down." "$work/t8" &&
    grep -q '^BCC-R02 .* 16  *20  up  *HIGH' "$work/t8" && grep -q '^BCC-R04 .* 16  *12  down  *MEDIUM' "$work/t8" &&
    grep -q '^BCC-R08 .* 6  *4  down  *LOW' "$work/t8" && grep -q '^BCC-R10 .* 4  *6  up  *MEDIUM' "$work/t8" &&
    ! grep -q 'BCC-R0[57]' "$work/t8" &&
    pass "text: BCC-R02 16 to 20 and BCC-R10 4 to 6 up, BCC-R04 16 to 12 and BCC-R08 6 to 4 down" ||
    fail "text: BCC-R02 16 to 20 and BCC-R10 4 to 6 up, BCC-R04 16 to 12 and BCC-R08 6 to 4 down" "$(cat "$work/t8")"

# ---- --since a date: the last snapshot taken by then ----
run assure_on programme.db report pack --since 2026-11-01 --format md
expect "report pack --since 2026-11-01 compares with PAM 26 Oct 2026, the last taken by then" 0 \
    "## 1. Headlines and changes since PAM 26 Oct 2026"
run assure_on programme.db report pack --since 09/11/2026 --format md
expect "report pack --since 09/11/2026 (a UK date) compares with PAM 9 Nov 2026, taken that day" 0 \
    "## 7. Decisions since PAM 9 Nov 2026"

# ---- JSON ----
run assure_on programme.db report pack --since "PAM 26 Oct 2026" --format json
expect "report pack --format json exits 0" 0
cp "$work/stdout" "$work/pack.json"
q() { sqlite3 :memory: "$1" 2>&1; }
keys=$(q "SELECT group_concat(json_extract(value, '$.key'), ' ') FROM json_each(readfile('$work/pack.json'), '$.sections')")
[ "$keys" = "headlines exceptions slipped_milestones actions_overdue actions_new actions_done decisions risks_moved highlights" ] &&
    pass "json: the sections' keys, in order" || fail "json: the sections' keys, in order" "$keys"
row() { # row SECTION WHERE FIELD
    q "SELECT json_extract(r.value, '$.$3') FROM json_each(readfile('$work/pack.json'), '$.sections') s,
        json_each(s.value, '$.rows') r WHERE json_extract(s.value, '$.key') = '$1' AND $2"
}
got="$(row headlines "json_extract(r.value, '$.headline') = 'savings_forecast_gbp'" value) $(row headlines "json_extract(r.value, '$.headline') = 'savings_forecast_gbp'" change) $(row headlines "json_extract(r.value, '$.headline') = 'savings_forecast_gbp'" judgement)"
[ "$got" = "20728000 -322000 worse" ] && pass "json: the forecast 20728000, -322000 since PAM 26 Oct, worse" ||
    fail "json: the forecast 20728000, -322000 since PAM 26 Oct, worse" "$got"
got="$(row slipped_milestones "json_extract(r.value, '$.ref') = 'M-05'" slippage_days) $(row slipped_milestones "json_extract(r.value, '$.ref') = 'M-05'" overdue_days) $(row slipped_milestones "json_extract(r.value, '$.ref') = 'M-08'" blocked_by)"
[ "$got" = "21 9 M-07 by 14 days" ] && pass "json: M-05 21 days slipped and 9 overdue; M-08 held up by M-07 by 14 days" ||
    fail "json: M-05 21 days slipped and 9 overdue; M-08 held up by M-07 by 14 days" "$got"
got=$(q "SELECT json_type(r.value, '$.overdue_days') FROM json_each(readfile('$work/pack.json'), '$.sections') s,
        json_each(s.value, '$.rows') r WHERE json_extract(s.value, '$.key') = 'slipped_milestones' AND json_extract(r.value, '$.ref') = 'M-07'")
[ "$got" = "null" ] && pass "json: a blank cell is null (M-07 is not overdue)" || fail "json: a blank cell is null (M-07 is not overdue)" "$got"
got="$(row actions_overdue "json_extract(r.value, '$.ref') = 'A-03'" overdue_days) $(row risks_moved "json_extract(r.value, '$.ref') = 'BCC-R02'" previous_score) $(row risks_moved "json_extract(r.value, '$.ref') = 'BCC-R02'" score) $(row risks_moved "json_extract(r.value, '$.ref') = 'BCC-R02'" movement)"
[ "$got" = "16 16 20 up" ] && pass "json: A-03 16 days overdue; BCC-R02 from 16 to 20, up" ||
    fail "json: A-03 16 days overdue; BCC-R02 from 16 to 20, up" "$got"
got=$(q "SELECT json_extract(readfile('$work/pack.json'), '$.since.label') || ' ' || json_extract(readfile('$work/pack.json'), '$.since.date') || ' ' || json_extract(readfile('$work/pack.json'), '$.sections[8].summary')")
[ "$got" = "PAM 26 Oct 2026 2026-10-26 The latest highlight report of 6 workstreams: 2 red, 2 amber, 2 green." ] &&
    pass "json: since PAM 26 Oct 2026 (2026-10-26); the highlights' summary counts six workstreams" ||
    fail "json: since PAM 26 Oct 2026 (2026-10-26); the highlights' summary counts six workstreams" "$got"
# PAM 26 Oct 2026 was taken before snapshots kept the plan (sample/meeting.sql):
# slippage since it is null, and the summary says why.
got="$(q "SELECT json_type(r.value, '$.slipped_since_days') FROM json_each(readfile('$work/pack.json'), '$.sections') s,
        json_each(s.value, '$.rows') r WHERE json_extract(s.value, '$.key') = 'slipped_milestones' AND json_extract(r.value, '$.ref') = 'M-07'") $(q "SELECT json_extract(readfile('$work/pack.json'), '$.sections[2].summary')")"
case "$got" in
"null "*"PAM 26 Oct 2026 kept no milestone dates to compare with.") pass "json: since PAM 26 Oct, which kept no milestones, slippage since is null and the summary says so" ;;
*) fail "json: since PAM 26 Oct, which kept no milestones, slippage since is null and the summary says so" "$got" ;;
esac
got=$(row highlights "json_extract(r.value, '$.workstream') = 'Right-sizing Care Packages'" period)
[ "$got" = "2026-11-01" ] && pass "json: a highlight's period is its ISO date" || fail "json: a highlight's period is its ISO date" "$got"

# since PAM 9 Nov (the latest): slipped_since_days as section 3 works them
run assure_on programme.db report pack --format json
cp "$work/stdout" "$work/pack.json"
got="$(row slipped_milestones "json_extract(r.value, '$.ref') = 'M-07'" slipped_since_days) $(row slipped_milestones "json_extract(r.value, '$.ref') = 'M-04'" slipped_since_days) $(row slipped_milestones "json_extract(r.value, '$.ref') = 'M-12'" slipped_since_days) $(row slipped_milestones "json_extract(r.value, '$.ref') = 'M-05'" slipped_since_days)"
[ "$got" = "42 7 7 0" ] && pass "json: slipped_since_days since PAM 9 Nov: M-07 42, M-04 7, M-12 7, M-05 0" ||
    fail "json: slipped_since_days since PAM 9 Nov: M-07 42, M-04 7, M-12 7, M-05 0" "$got"

# ---- text at 80 columns: free text wraps, every word kept ----
run assure_on programme.db report pack --format text --width 80
expect "report pack --format text --width 80 exits 0" 0 "4. Overdue actions"
cp "$work/stdout" "$work/pack80.txt"
[ -z "$(wider_than 80 "$work/pack80.txt")" ] && pass "the text pack fits --width 80" ||
    fail "the text pack fits --width 80" "$(wider_than 80 "$work/pack80.txt")"
# A-03's title (sample/raid.sql), and D-04's decision, each word in order
a03=$(awk '/^4\. Overdue actions/ { on = 1 } /^5\. / { on = 0 } on' "$work/pack80.txt" |
    awk '/^A-03 / { on = 1 } /^A-01 / { on = 0 } on { print substr($0, 7, 20) }' | tr -s ' \n' '  ' | sed 's/ *$//')
[ "$a03" = "Agree the Section 117 and CHC process for Transforming Care placements with the ICB" ] &&
    ! grep -q '…' "$work/pack80.txt" &&
    pass "at 80 columns an action's title wraps, nothing cut to an ellipsis" ||
    fail "at 80 columns an action's title wraps, nothing cut to an ellipsis" "$a03 / $(grep '…' "$work/pack80.txt")"

# The highlights at 80 columns: a block a workstream, nothing dropped.  Its
# heading line (workstream, RAG, period, lead), then a paragraph each for
# progress, challenges, next steps and decisions needed, wrapped at 80
# (sample/highlights.sql's November words; Outcomes from Decision Making and
# Transitions need no decision: "none").
awk '/^9\. Highlights/ { on = 1 } on' "$work/pack80.txt" >"$work/t9"
# para WORKSTREAM LABEL: the paragraph LABEL of WORKSTREAM's block, its lines joined
para() {
    awk -v w="$1  " -v l="  $2: " '
        index($0, w) == 1 { on = 1; next }
        on && /^$/ { on = 0 }
        on && /^  [A-Z]/ { grab = index($0, l) == 1; if (grab) { print substr($0, length(l) + 1); next } }
        on && grab { print substr($0, 3) }' "$work/t9" | tr -s ' \n' '  ' | sed 's/^ *//;s/ *$//'
}
[ "$(grep -cE '^(Accommodation  AMBER|Commissioning  RED|Outcomes from Decision Making  GREEN|Right-sizing Care Packages  RED|Short Term Services  AMBER|Transitions  GREEN)  Nov 2026  ' "$work/t9")" -eq 6 ] &&
    grep -qx "Commissioning  RED  Nov 2026  Head of Commissioning" "$work/t9" &&
    pass "text highlights: a heading line a workstream, its RAG, period and lead" ||
    fail "text highlights: a heading line a workstream, its RAG, period and lead" "$(cat "$work/t9")"
for label in Progress Challenges "Next steps" "Decisions needed"; do
    [ "$(grep -c "^  $label: " "$work/t9")" -eq 6 ] && pass "text highlights: six '$label:' paragraphs, one a workstream" ||
        fail "text highlights: six '$label:' paragraphs, one a workstream" "$(cat "$work/t9")"
done
[ "$(para Commissioning Challenges)" = "The re-tender specification slips to 22 Jan 2027, past the new framework contracts' start on 8 Jan." ] &&
    [ "$(para Commissioning "Next steps")" = "Average homecare hourly rate to the PAM of 7 Dec; re-plan the framework start." ] &&
    [ "$(para "Short Term Services" Challenges)" = "Implementation in Castlegate slips to 15 Jan 2027 while its agency cover ends; the effectiveness saving (ASC-02) is not yet validated against homecare hours after reablement." ] &&
    [ "$(para "Outcomes from Decision Making" "Decisions needed")" = "none" ] &&
    pass "text highlights: challenges and next steps read whole, wrapped; no decision needed says none" ||
    fail "text highlights: challenges and next steps read whole, wrapped; no decision needed says none" \
        "$(para Commissioning Challenges) / $(para "Short Term Services" Challenges)" "$(cat "$work/t9")"

# ---- a snapshot the test takes ----
# Fourteen headlines of the figures, and three of the programme office
# (actions_overdue, issues_open, milestones_slipped): seventeen.
# Taken now of the figures as they stand at ASSURE_TODAY, so every headline
# it keeps is unchanged since it.
sample_db taken.db
assure_on taken.db snapshot --label "PAM 29 Nov 2026" >/dev/null 2>&1
run assure_on taken.db report pack --since "PAM 29 Nov 2026" --format json
expect "report pack --since a snapshot the test took exits 0" 0
cp "$work/stdout" "$work/taken.json"
got=$(sqlite3 :memory: "SELECT json_extract(readfile('$work/taken.json'), '$.since.label') || ' ' ||
    (SELECT count(*) FROM json_each(readfile('$work/taken.json'), '$.sections[0].rows')) || ' ' ||
    (SELECT count(*) FROM json_each(readfile('$work/taken.json'), '$.sections[0].rows')
        WHERE json_extract(value, '$.judgement') = 'no change')")
[ "$got" = "PAM 29 Nov 2026 17 17" ] &&
    pass "since a snapshot just taken, each of the 17 headlines is unchanged" ||
    fail "since a snapshot just taken, each of the 17 headlines is unchanged" "$got"

# ---- refused ----
run assure_on programme.db report pack --since "PAM 1 Jan 2026"
expect "report pack --since an unknown snapshot: exit 2, saying so" 2 "report --since PAM 1 Jan 2026: no snapshot has that label"
[ ! -s "$work/stdout" ] && pass "an unknown snapshot writes no pack" || fail "an unknown snapshot writes no pack" "$(head -5 "$work/stdout")"
run assure_on programme.db report pack --since 2026-10-01
expect "report pack --since a date before every snapshot: exit 2" 2 "no snapshot has that label, or was taken by that date"
run assure_on programme.db report pack --format csv
expect "report pack --format csv: exit 2, naming the formats it takes" 2 "the pack is written as md, text or json"
run assure_on programme.db report pack --as-at 2026-11-01
expect "report pack --as-at: exit 2" 2 "report pack: --as-at does not apply"

# ---- no snapshot held ----
sample_db bare.db
assure_on bare.db snapshot --delete "PAM 26 Oct 2026" >/dev/null 2>&1
assure_on bare.db snapshot --delete "PAM 9 Nov 2026" >/dev/null 2>&1
run assure_on bare.db report pack --format md
expect "report pack with no snapshot held exits 0" 0 "## 1. Headlines"
cp "$work/stdout" "$work/pack.md"
[ "$(grep -c '^There is no earlier meeting to compare with: no snapshot is held.$' "$work/pack.md")" -eq 4 ] &&
    grep -qF 'No snapshot is held, so there is no earlier meeting to compare with.' "$work/pack.md" &&
    grep -qF '| Indicator | Value | RAG |' "$work/pack.md" &&
    grep -qF '3 actions are overdue; the longest, A-03, by 16 days.' "$work/pack.md" &&
    pass "with no snapshot, new and done actions, decisions and risks say there is no earlier meeting; the rest stand" ||
    fail "with no snapshot, new and done actions, decisions and risks say there is no earlier meeting; the rest stand" "$(cat "$work/pack.md")"
finish
