# Panel 6, Actions: the RAID log's actions on a copy of the sample at 80x24
# and 200x60 in ASCII, its filters (c, M, !, p), v going round actions,
# issues and decisions, Enter and o on a linked row (a risk, a savings line,
# a milestone, a workstream's lines on the Savings panel), adding, editing and
# deleting with a bad date refused, the audit trail, and --read-only.
# Figures by hand from sample/raid.sql with today 29 Nov 2026:
#   open: A-01 (due 20 Nov), A-03 (13 Nov), A-04 (23 Nov), A-06 (30 Nov),
#         A-07 (7 Dec), A-08 (29 Nov); done A-02, A-05, A-10; dropped A-09.
#   overdue (open, due before 29 Nov): A-01, A-03, A-04 - three.
#   the next meeting: the latest snapshot, PAM 9 Nov 2026, + 14 = 23 Nov (not
#   after today), + 28 = 7 Dec 2026; due before it and open: A-01, A-03,
#   A-04, A-06, A-08 (A-07 is due on the day).
. "$(dirname "$0")/lib.sh"
sample_db programme.db
export ASSURE_TODAY=2026-11-29
me=$(id -un)

# refs NAME: the refs of the action, issue or decision rows on the screen.
refs() { grep -oE '^[ADI]-[0-9]+' "$work/$1.screen" | tr '\n' ' ' | sed 's/ $//'; }

# check NAME TEXT DESCRIPTION: TEXT shows on the screen.
check() {
    if shows "$1" "$2" 30; then pass "$3"; else fail "$3" "$(cat "$work/$1.screen")"; fi
}

# ---- 80x24, ASCII ----
s=small
dash $s 80 24 LANG=C --
shows $s "EXCEPTIONS" >/dev/null
press $s 6
check $s "6 open actions, 3 overdue" "6 opens the Actions panel: 6 open actions, 3 of them overdue"
[ "$(refs $s)" = "A-01 A-03 A-04 A-06 A-07 A-08" ] && pass "by default only the open actions, in ref order" ||
    fail "by default only the open actions, in ref order" "$(refs $s)"
[ "$(grep -c 'OVERDUE' "$work/$s.screen")" -eq 3 ] &&
    grep -E '^A-01 .*OVERDUE' "$work/$s.screen" | grep -q 'BCC-R01' &&
    grep -qE '^A-03 .*OVERDUE' "$work/$s.screen" && grep -qE '^A-04 .*OVERDUE' "$work/$s.screen" &&
    pass "A-01, A-03 and A-04 are marked OVERDUE in words, A-01 with its link BCC-R01" ||
    fail "A-01, A-03 and A-04 are marked OVERDUE in words, A-01 with its link BCC-R01" "$(cat "$work/$s.screen")"
grep -qE '^A-08 .*OVERDUE' "$work/$s.screen" && fail "A-08, due today, is not overdue" || pass "A-08, due today, is not overdue"
head -4 "$work/$s.screen" | grep -q 'Owner.*Due.*Status.*Overdue.*Link' &&
    pass "at 80 columns the owner, due date, status, overdue mark and link are all shown" ||
    fail "at 80 columns the owner, due date, status, overdue mark and link are all shown" "$(sed -n 4p "$work/$s.screen")"
sed -n 2p "$work/$s.screen" | grep -q ' 1 Overview  2 Savings  3 Staffing  4 Reviews  5 Risks  6 Actions  7 Plan' &&
    pass "every tab is named at 80 columns" || fail "every tab is named at 80 columns" "$(sed -n 2p "$work/$s.screen")"
LC_ALL=C grep -q '[^ -~]' "$work/$s.screen" && fail "ASCII mode draws only ASCII" "$(cat "$work/$s.screen")" ||
    pass "ASCII mode draws only ASCII"
tail -1 "$work/$s.screen" | grep -q '^1-7 Panel' && pass "the key bar says the digits are 1-7" ||
    fail "the key bar says the digits are 1-7" "$(tail -1 "$work/$s.screen")"

# c: done and dropped too - all ten, still three overdue
press $s c
check $s "10 actions, done and dropped too, 3 overdue" "c shows done and dropped actions too, and says so in the header"
[ "$(refs $s)" = "A-01 A-02 A-03 A-04 A-05 A-06 A-07 A-08 A-09 A-10" ] && pass "with c, all ten actions" ||
    fail "with c, all ten actions" "$(refs $s)"
grep -qE '^A-09 .*dropped' "$work/$s.screen" && ! grep -qE '^A-09 .*OVERDUE' "$work/$s.screen" &&
    pass "A-09, dropped though its date has passed, is not overdue" ||
    fail "A-09, dropped though its date has passed, is not overdue" "$(grep '^A-09' "$work/$s.screen")"
press $s c

# !: the overdue only
press $s '!'
check $s "3 open actions, overdue only" "! shows the overdue actions only, and says so in the header"
[ "$(refs $s)" = "A-01 A-03 A-04" ] && pass "with !, A-01, A-03 and A-04" || fail "with !, A-01, A-03 and A-04" "$(refs $s)"
press $s '!'

# p: due before the next meeting, 7 Dec 2026
press $s p
check $s "5 open actions, due before 7 Dec 2026" "p shows those due before the next meeting, 7 Dec 2026, and says so"
[ "$(refs $s)" = "A-01 A-03 A-04 A-06 A-08" ] && pass "with p, A-01, A-03, A-04, A-06 and A-08 (A-07 is due on the day)" ||
    fail "with p, A-01, A-03, A-04, A-06 and A-08 (A-07 is due on the day)" "$(refs $s)"
press $s c
check $s "9 actions, done and dropped too, due before 7 Dec 2026" "p with c: all but A-07"
press $s c p

# M: the login's own - the sample's owners are posts, so none yet
press $s M
check $s "0 open actions of $me" "M shows the login's own actions ($me: none in the sample), and says whose"
check $s "No rows." "with M and no action of $me's, no rows"
press $s M

# v: actions, issues, decisions, round
press $s v
check $s "6 Actions: Issues" "v goes on to the issues, lighting the Actions tab"
check $s "3 issues, 2 open" "the issues: three, I-01 and I-02 open"
[ "$(refs $s)" = "I-01 I-02 I-03" ] && grep -qE '^I-01 .*HIGH.*BCC-R01.*OPEN' "$work/$s.screen" &&
    pass "I-01 is HIGH, BCC-R01's, OPEN" || fail "I-01 is HIGH, BCC-R01's, OPEN" "$(cat "$work/$s.screen")"
press $s v
check $s "5 decisions" "v again: the five decisions"
[ "$(refs $s)" = "D-01 D-02 D-03 D-04 D-05" ] && pass "D-01 to D-05" || fail "D-01 to D-05" "$(refs $s)"
press $s v
check $s "6 open actions, 3 overdue" "v again: back to the actions"

# Enter on A-01: its detail offers its risk; o from the detail opens it
press $s g Enter
check $s "OVERDUE by 9 days" "Enter on A-01 shows its detail: overdue by 9 days (29 - 20 Nov)"
check $s "Linked to risk BCC-R01, Insufficient homecare capacity: o opens it" "the detail offers the linked risk"
press $s o
check $s "open risks; h heat map" "o in the detail opens the Risks panel"
press $s Enter
check $s "Risk BCC-R01" "with BCC-R01 chosen there"
press $s Escape 6 g j j
press $s o # A-04 is for ASC-02, a savings line
check $s "Savings line ASC-02" "o on A-04 opens its savings line ASC-02 on the Savings panel"
press $s Enter
check $s "ASC-02" "with ASC-02 chosen there"
# A-08 is for the Accommodation workstream (sample/register.sql, delivery lead
# Head of Learning Disability): its savings lines in sample/programme.sql are
# ASC-05, ASC-06 and ASC-08, of 16.  Targets: ASC-05 1,268,000 + 1,806,000 +
# 250,000 = 3,324,000; ASC-06 200,000 + 600,000 + 700,000 + 500,000 =
# 2,000,000; ASC-08 150,000 + 170,000 = 320,000: 5,644,000 (GBP5.64m).
# Forecasts: 900,000 + 1,200,000 + 400,000; 220,000 + 640,000 + 720,000 +
# 500,000; 320,000: 4,900,000 (GBP4.90m).
press $s Escape 6 G Enter
check $s "Linked to workstream Accommodation, led by Head of Learning Disability: o" \
    "A-08's detail names its workstream and its lead"
check $s "opens its savings lines on the Savings panel" "and says o opens the workstream's savings lines"
press $s Escape o
check $s "The 3 savings lines of workstream Accommodation (Esc clears the filter" "o on A-08 opens the Accommodation workstream's savings lines"
check $s 'filter "Accommodation"; 3 of 16 lines' "the Savings panel shows the filter, as / would: 3 of the 16 lines"
[ "$(grep -oE '^ASC-[0-9]+' "$work/$s.screen" | tr '\n' ' ')" = "ASC-05 ASC-06 ASC-08 " ] &&
    pass "Accommodation's lines: ASC-05, ASC-06 and ASC-08" ||
    fail "Accommodation's lines: ASC-05, ASC-06 and ASC-08" "$(cat "$work/$s.screen")"
grep -E 'Total of 3 shown' "$work/$s.screen" | grep -qE '5\.64m +[^ ]*4\.90m' &&
    pass "the total is of those three: target 5.64m, forecast 4.90m" ||
    fail "the total is of those three: target 5.64m, forecast 4.90m" "$(cat "$work/$s.screen")"
press $s Escape
check $s "16 lines, all years" "Esc clears the workstream's filter: all 16 lines"
grep -q 'filter "' "$work/$s.screen" && fail "no filter is shown after Esc" "$(sed -n 3p "$work/$s.screen")" ||
    pass "no filter is shown after Esc"

# help: every key of the panel, the columns and the marks
press $s 6 '?'
check $s "Help: the Actions panel" "? shows the Actions panel's help"
press $s G
tmux_ capture-pane -p -S -200 -t $s >/dev/null
all="$work/help.txt"
: >"$all"
press $s g
i=0
while [ $i -lt 8 ]; do
    screen $s >>"$all"
    press $s NPage
    i=$((i + 1))
done
for said in "v            actions: the next view of the RAID log" "c            actions: show done and dropped" \
    "M            actions: only those whose owner is your login's name" "!            actions: only the overdue" \
    "p            actions: only those due before the next meeting" "o            actions, issues, decisions: open" \
    "Days         days since it fell due" "OVERDUE            an open action whose due date has passed" \
    "next meeting       the latest snapshot's date" "o                  opens what the row's link names"; do
    grep -qF -- "$said" "$all" && pass "the help says: $said" || fail "the help says: $said" "$(cat "$all")"
done
tr -s ' \n' '  ' <"$all" | grep -qF "a workstream, its savings lines on the Savings panel, filtered to it" &&
    pass "the help says o on a workstream opens its savings lines, filtered" ||
    fail "the help says o on a workstream opens its savings lines, filtered" "$(cat "$all")"
press $s Escape

# x: the panel's rows to a CSV
press $s x c
check $s "Exported" "x exports the actions and says where"
exported="$work/assure-actions-2026-11-29.csv"
[ -f "$exported" ] && head -1 "$exported" | grep -q '^Ref,Action,Owner,Due' && [ "$(grep -c '^A-' "$exported")" -eq 6 ] &&
    pass "the export is a CSV of the six open actions in the panel's columns" ||
    fail "the export is a CSV of the six open actions in the panel's columns" "$(cat "$exported" 2>/dev/null)"

# a: an action of the login's own, a bad date refused with its message
press $s a
check $s "Add an action" "a opens a form to add an action"
tmux_ send-keys -t $s -l "A-11"
press $s Down
tmux_ send-keys -t $s -l "Chase the ICB on Section 117"
press $s Down
tmux_ send-keys -t $s -l "$me"
press $s Down
tmux_ send-keys -t $s -l "23/11/2026" # raised at: a UK date, kept ISO
press $s Down
tmux_ send-keys -t $s -l "31/11/2026"
check $s "no such day in that month" "a due date of 31/11/2026 is marked as it is typed"
press $s NPage NPage Enter
check $s "Fix due first: no such day in that month" "saving with the bad date is refused, naming the field"
press $s C-u
tmux_ send-keys -t $s -l "2026-11-27"
press $s NPage NPage Enter y
check $s "7 open actions, 4 overdue" "saved: 7 open actions, 4 overdue (A-11 due 27 Nov is 2 days over)"
[ "$(sql_on programme.db "SELECT owner || '|' || due || '|' || status FROM action WHERE ref = 'A-11'")" = "$me|2026-11-27|open" ] &&
    pass "the new action is stored, open, due 2026-11-27, owned by $me" ||
    fail "the new action is stored, open, due 2026-11-27, owned by $me"
[ "$(sql_on programme.db "SELECT raised_at FROM action WHERE ref = 'A-11'")" = "2026-11-23" ] &&
    pass "a raised_at typed 23/11/2026 is stored 2026-11-23" ||
    fail "a raised_at typed 23/11/2026 is stored 2026-11-23" "$(sql_on programme.db "SELECT raised_at FROM action WHERE ref = 'A-11'")"
press $s M
check $s "1 open action of $me, 1 overdue" "M now shows the one action of $me's"
[ "$(refs $s)" = "A-11" ] && pass "and it is A-11" || fail "and it is A-11" "$(refs $s)"

# e: a status word not an action's is refused; done, with its day, is saved
press $s g e
check $s "Edit action A-11" "e opens A-11 in a form"
press $s Down Down Down Down C-u # from the title to the status
tmux_ send-keys -t $s -l "finished"
check $s "not an action's status (open, done, dropped)" "a status of 'finished' is marked with the words it takes"
press $s C-u
tmux_ send-keys -t $s -l "done"
press $s Down C-u
tmux_ send-keys -t $s -l "2026-11-28"
press $s NPage NPage Enter y
check $s "0 open actions of $me" "done, A-11 leaves the open actions"
press $s c
check $s "1 action of $me, done and dropped too, 0 overdue" "with c it is there, done and not overdue"
run assure_on programme.db log --table actions --ref A-11
expect "the audit trail has A-11 added by $me" 0 "add     actions  A-11"
grep -E "^[^ ]+ +$me +edit +actions +A-11 +status +open +done" "$work/stdout" >/dev/null &&
    pass "and its status edited by $me from open to done" ||
    fail "and its status edited by $me from open to done" "$(cat "$work/stdout")"

# d: deleted after asking
press $s d
check $s "Delete" "d asks before deleting A-11"
press $s y
check $s "0 actions of $me, done and dropped too" "deleted, A-11 is gone"
run assure_on programme.db log --table actions --ref A-11
expect "the audit trail has its deletion" 0 "delete"
[ "$(sql_on programme.db "SELECT count(*) FROM action WHERE ref = 'A-11'")" = 0 ] &&
    pass "A-11 is no longer stored" || fail "A-11 is no longer stored"
press $s q
exited $s

# ---- 200x60, ASCII: every column, the context beside the tabs ----
s=large
dash $s 200 60 LANG=C -- actions
check $s "6 open actions, 3 overdue" "assure actions opens the dashboard at the Actions panel"
sed -n 2p "$work/$s.screen" | grep -q '7 Plan   6 open actions, 3 overdue; v issues' &&
    pass "at 200 columns the context is beside the tabs" ||
    fail "at 200 columns the context is beside the tabs" "$(sed -n 2p "$work/$s.screen")"
grep -q 'Owner .*Due .*Status .*Overdue .*Days .*Link .*Raised at' "$work/$s.screen" &&
    ! grep -q 'Done on' "$work/$s.screen" &&
    pass "at 200 columns every column is shown but Done on, blank for every open action" ||
    fail "at 200 columns every column is shown but Done on, blank for every open action" "$(sed -n 3p "$work/$s.screen")"
grep -E '^A-03 ' "$work/$s.screen" | grep -q 'Head of Lea.*13 Nov 2026 .*OVERDUE *16 BCC-R06 *PAM 12 Oct 2026' &&
    pass "A-03 is 16 days overdue (29 - 13 Nov)" || fail "A-03 is 16 days overdue (29 - 13 Nov)" "$(grep '^A-03' "$work/$s.screen")"
press $s c
check $s "Done on" "with c, the Done on column shows"
grep -E '^A-10 ' "$work/$s.screen" | grep -q 'done .*25 Nov 2026' && pass "A-10 was done on 25 Nov 2026" ||
    fail "A-10 was done on 25 Nov 2026" "$(grep '^A-10' "$work/$s.screen")"
press $s c v
check $s "I-02" "v shows the issues at 200 columns"
grep -E '^I-02 ' "$work/$s.screen" | grep -q '86k' && pass "I-02's impact of 86,000 pounds is shown" ||
    fail "I-02's impact of 86,000 pounds is shown" "$(grep '^I-02' "$work/$s.screen")"
press $s q # from a view, q goes back to the actions; q again quits
press $s q
exited $s

# ---- --read-only: no editing keys ----
s=chair
dash $s 200 60 LANG=C -- --read-only actions
check $s "6 open actions, 3 overdue" "--read-only opens the Actions panel"
tail -1 "$work/$s.screen" | grep -qE ' a Add| e Edit| d Delete' &&
    fail "read-only, the key bar has no a, e or d" "$(tail -1 "$work/$s.screen")" ||
    pass "read-only, the key bar has no a, e or d"
press $s a
check $s "Read-only: the dashboard was opened with --read-only" "read-only, a says nothing can be changed"
press $s v e
check $s "Read-only" "read-only, e on the issues is refused too"
press $s v v '!'
check $s "3 open actions, overdue only" "read-only, the filters still work"
press $s q
exited $s

# ---- o on an action linked to a milestone: the Plan panel on it ----
# A-08 (the accommodation EIA, due 29 Nov 2026) pointed at M-05, the
# milestone of the same EIA in sample/milestones.sql
sql_on programme.db "UPDATE action SET link = 'M-05' WHERE ref = 'A-08'"
s=plan
dash $s 200 60 LANG=C -- --read-only actions
check $s "6 open actions, 3 overdue" "the Actions panel with A-08 linked to milestone M-05"
press $s G Enter
check $s "Linked to milestone M-05, Equality Impact Assessment" "A-08's detail offers the linked milestone"
press $s Escape o
check $s "Milestone M-05 (Tab or 6 goes back to the actions)" "o on A-08 opens milestone M-05 on the Plan panel"
press $s Enter
check $s "Milestone M-05" "with M-05 chosen there"
press $s q q
exited $s

# ---- o on an action linked to a workstream: its lines alone ----
# A-08 pointed at "commissioning" (any case): the Commissioning workstream's
# lines are ASC-12 and ASC-13 (sample/programme.sql); ASC-10, owned by the
# Head of Commissioning but of Promoting Independence, is not one of them.
sql_on programme.db "UPDATE action SET link = 'commissioning' WHERE ref = 'A-08'"
s=ws
dash $s 200 60 LANG=C -- --read-only actions
check $s "6 open actions, 3 overdue" "the Actions panel with A-08 linked to the Commissioning workstream"
press $s G o
check $s "The 2 savings lines of workstream commissioning" "o on A-08 opens the Commissioning workstream's two lines"
[ "$(grep -oE '^ASC-[0-9]+' "$work/$s.screen" | tr '\n' ' ')" = "ASC-12 ASC-13 " ] &&
    pass "ASC-12 and ASC-13 alone, not ASC-10 whose owner is the Head of Commissioning" ||
    fail "ASC-12 and ASC-13 alone, not ASC-10 whose owner is the Head of Commissioning" "$(cat "$work/$s.screen")"
check $s 'filter "Commissioning"; 2 of 16 lines' "the filter is the workstream's name as its lines spell it"
press $s Escape
check $s "16 lines, all years" "Esc: every line again"
press $s q
exited $s

finish
