# The RAID log beside the risk register: actions, issues and decisions
# imported as a programme office's tracker writes them, exported back exactly,
# reported in every format, checked, kept in the audit trail, and an older
# database upgraded to hold them.  Figures by hand from sample/raid.sql (whose
# comments work them) and tests/data/pam_actions.csv.
. "$(dirname "$0")/lib.sh"
data="$top/tests/data"
export ASSURE_TODAY=2026-11-29
export ASSURE_DB="$work/raid.db"
"$assure" init "$ASSURE_DB" >/dev/null
dump() { sqlite3 "$ASSURE_DB" .dump; }

# ---- import, as a tracker writes it: its own headings ("Action No",
# "Raised At"), UK dates, "Complete" for done, and a RAG column of its own ----
run "$assure" import actions "$data/pam_actions.csv" --map 'Action No=ref' --map 'Action=title'
expect "a PAM's action tracker imports" 0 "actions: 3 rows added, 0 changed, 0 removed, 0 unchanged"
expect "its own RAG column is a warning, not an error" 0 "RAG"
run "$assure" export actions
expect "UK dates are written ISO" 0 "PAM-01,Commission more homecare capacity,Head of Commissioning,PAM 12 Oct 2026,2026-11-20,open,,BCC-R01"
expect "Complete is done, with its day" 0 "PAM-02,Weekly backlog report to each PAM,Head of Localities,PAM 12 Oct 2026,2026-10-26,done,2026-10-23,BCC-R03,"
expect "a note with a comma stays one cell" 0 '"Framework providers asked for 400 more hours, 150 offered"'
run "$assure" log
expect "the audit trail has the import, row by row, with its file" 0 "import  actions  PAM-01"
expect "and its summary" 0 "3 added, 0 changed, 0 removed, 0 unchanged"

printf 'ref,title,severity,owner,raised,resolved,risk,impact_gbp,note\nI-1,Homecare capacity shortfall,High,Head of Commissioning,09/11/2026,,BCC-R01,,\nI-2,Agency cover in Castlegate,medium,Head of Localities,26/10/2026,,,"£86,000",\n' >"$work/issues.csv"
run "$assure" import issues "$work/issues.csv"
expect "issues import" 0 "issues: 2 rows added"
printf 'Ref,Date,Meeting,Decision,Made by,Link\nD-1,12/10/2026,PAM 12 Oct 2026,"Spot purchase homecare, reviewed at each PAM",Strategic Director,BCC-R01\n' >"$work/decisions.csv"
run "$assure" import decisions "$work/decisions.csv"
expect "decisions import" 0 "decisions: 1 rows added"

# ---- a bad row: every bad cell named by line and column, nothing written ----
dump >"$work/before.sql"
printf 'ref,title,owner,raised_at,due,status,done_on\nB-1,Fine,Jo,PAM,2026-12-01,open,\nB-2,Bad date,Jo,PAM,31/11/2026,open,\nB-3,Bad status,Jo,PAM,2026-12-01,in progress,\nB-4,Done on but open,Jo,PAM,2026-12-01,open,2026-11-20\n' >"$work/bad.csv"
run "$assure" import actions "$work/bad.csv"
expect "a bad date is named by line 3, column 5" 3 "bad.csv:3:5: due \"31/11/2026\": no such day in that month"
expect "a bad status by line 4, column 6" 3 "bad.csv:4:6: status \"in progress\": not an action's status (open, done, dropped)"
expect "done_on on an open action by line 5, column 7" 3 "bad.csv:5:7: done_on \"2026-11-20\": given, but the action is not done"
expect "and nothing is imported" 3 "3 errors; nothing was imported (the database is unchanged)"
dump >"$work/after.sql"
cmp -s "$work/before.sql" "$work/after.sql" && pass "the database is exactly as it was (B-1 not written either)" ||
    fail "the database is exactly as it was (B-1 not written either)"
printf 'ref,title,severity\nI-9,No such severity,severe\n' >"$work/bad_issue.csv"
run "$assure" import issues "$work/bad_issue.csv"
expect "a bad severity is named by line and column" 3 "bad_issue.csv:2:3: severity \"severe\": not a severity (low, medium, high, critical)"
printf 'ref,date,meeting\nD-9,2026-11-09,PAM\n' >"$work/bad_decision.csv"
run "$assure" import decisions "$work/bad_decision.csv"
expect "a decision without its decision column is refused" 3 "decision"
printf 'ref,title\r\n"A-1,broken\r\n' >"$work/malformed.csv"
run "$assure" import actions "$work/malformed.csv"
expect "a malformed CSV is an error naming its line" 3 "malformed.csv:2"

# ---- export writes back what import reads: a round trip, byte for byte ----
for table in actions issues decisions; do
    "$assure" export $table >"$work/$table-1.csv"
    "$assure" --db "$work/copy.db" init "$work/copy.db" >/dev/null 2>&1
    run "$assure" --db "$work/copy.db" import $table "$work/$table-1.csv"
    expect "$table: its export imports" 0 "$table:"
    "$assure" --db "$work/copy.db" export $table >"$work/$table-2.csv"
    cmp -s "$work/$table-1.csv" "$work/$table-2.csv" && pass "$table: export, import, export is byte-exact" ||
        fail "$table: export, import, export is byte-exact" "$(diff "$work/$table-1.csv" "$work/$table-2.csv" | head -5)"
    run "$assure" import $table "$work/$table-1.csv"
    expect "$table: its export imported again changes nothing" 0 "0 rows added, 0 changed, 0 removed"
done
cp "$top/sample.db" "$work/sample.db"
export ASSURE_DB="$work/sample.db"
"$assure" export actions >"$work/sample-actions.csv"
run "$assure" import actions "$work/sample-actions.csv"
expect "the sample's ten actions round trip unchanged" 0 "actions: 0 rows added, 0 changed, 0 removed, 10 unchanged"

# ---- report actions on the sample at 29 Nov 2026 ----
# Overdue (open, due before 29 Nov): A-01 due 20 Nov (9 days), A-03 due 13 Nov
# (16 days), A-04 due 23 Nov (6 days): 3.  A-08 is due on the day: not
# overdue; A-09 is dropped; A-02, A-05, A-10 are done.
run "$assure" report actions --format csv
expect "csv has the contract's columns" 0 "ref,title,owner,raised_at,due,status,done_on,link,overdue,days_overdue"
expect "A-01 is 9 days overdue" 0 "A-01,Commission additional homecare capacity to clear hospital discharge waits,Head of Commissioning,PAM 12 Oct 2026,2026-11-20,open,,BCC-R01,true,9"
expect "A-03 is 16 days overdue" 0 ",2026-11-13,open,,BCC-R06,true,16"
expect "A-04 is 6 days overdue" 0 ",2026-11-23,open,,ASC-02,true,6"
expect "A-08, due today, is not overdue" 0 ",2026-11-29,open,,Accommodation,false,0"
expect "A-09, dropped, is not overdue" 0 ",2026-11-02,dropped,,ASC-10,false,0"
expect "A-02, done, with its day" 0 ",2026-10-26,done,2026-10-23,BCC-R03,false,0"
[ "$(grep -c ',true,' "$work/stdout")" = 3 ] && pass "three actions are overdue" ||
    fail "three actions are overdue" "$(grep ',true,' "$work/stdout")"
[ "$(wc -l <"$work/stdout")" = 11 ] && pass "all ten actions are listed, with the header" ||
    fail "all ten actions are listed, with the header" "$(wc -l <"$work/stdout") lines"
run "$assure" report actions --width 200
expect "text: the title says the day" 0 "Actions, as at 2026-11-29"
expect "text: the footer counts them" 0 "10 actions, 3 overdue"
expect "text: OVERDUE where it is" 0 "OVERDUE"
run "$assure" report actions --format md
expect "md is a Markdown table" 0 "| A-01 |"
run "$assure" report actions --format json
expect "json: A-04 as a record" 0 '{"ref": "A-04", "title": "Validate the reablement effectiveness saving against homecare hours after reablement", "owner": "Head of Reablement", "raised_at": "PAM 26 Oct 2026", "due": "2026-11-23", "status": "open", "done_on": null, "link": "ASC-02", "overdue": true, "days_overdue": 6}'
run "$assure" report actions --overdue --format csv
[ "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')" = "ref A-01 A-03 A-04 " ] && pass "--overdue: A-01, A-03, A-04 only" ||
    fail "--overdue: A-01, A-03, A-04 only" "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')"
# Head of Learning Disability owns A-03, A-08 and A-09; the name in any case.
run "$assure" report actions --owner "head of learning disability" --format csv
[ "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')" = "ref A-03 A-08 A-09 " ] && pass "--owner: that owner's three" ||
    fail "--owner: that owner's three" "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')"
run "$assure" report actions --owner "Head of Learning Disability" --overdue --format csv
[ "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')" = "ref A-03 " ] && pass "--owner with --overdue: A-03" ||
    fail "--owner with --overdue: A-03" "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')"
# Due before 20 Nov: A-02 (26 Oct), A-03 (13 Nov), A-05 (9 Nov), A-09 (2 Nov); not A-01, due that day.
run "$assure" report actions --due-before 20/11/2026 --format csv
[ "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')" = "ref A-02 A-03 A-05 A-09 " ] && pass "--due-before 20 Nov: four" ||
    fail "--due-before 20 Nov: four" "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')"
# On 23 Nov only A-01 (3 days) and A-03 (10 days) were overdue: A-04 fell due that day.
run "$assure" report actions --as-at 2026-11-23 --overdue --format csv
expect "--as-at moves today: A-01 3 days overdue on 23 Nov" 0 ",2026-11-20,open,,BCC-R01,true,3"
[ "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')" = "ref A-01 A-03 " ] && pass "--as-at 23 Nov: A-01 and A-03" ||
    fail "--as-at 23 Nov: A-01 and A-03" "$(cut -d, -f1 "$work/stdout" | tr '\n' ' ')"
run "$assure" report actions --due-before 2026-13-01
expect "--due-before a date that is none is a usage error" 2 "report --due-before 2026-13-01"

# An option a report does not take is a usage error, exit 2.
run "$assure" report issues --overdue
expect "report issues --overdue: exit 2" 2 "report issues: --overdue does not apply; it applies to actions and milestones only"
run "$assure" report risks --owner "Programme Manager"
expect "report risks --owner: exit 2" 2 "--owner does not apply; it applies to actions only"
run "$assure" report decisions --due-before 2026-12-01
expect "report decisions --due-before: exit 2" 2 "--due-before does not apply"
run "$assure" report actions --group owner
expect "report actions --group: exit 2" 2 "--group does not apply"

# ---- report issues and decisions ----
run "$assure" report issues --format csv
expect "issues csv columns" 0 "ref,title,severity,owner,raised,resolved,risk,impact_gbp,open"
expect "I-01 is BCC-R01 happened, open" 0 "I-01,Insufficient homecare capacity: people waiting in hospital for packages of care,high,Head of Commissioning,2026-11-09,,BCC-R01,,true"
expect "I-02's impact in whole pounds" 0 ",2026-10-26,,BCC-R03,86000,true"
expect "I-03 is resolved" 0 ",2026-10-12,2026-11-06,,,false"
run "$assure" report issues
expect "issues text: two of three open" 0 "3 issues, 2 open"
expect "issues text: the impact for people" 0 "£86,000"
run "$assure" report issues --format json
expect "issues json: money is a number" 0 '"impact_gbp": 86000'
run "$assure" report decisions --format csv
expect "decisions csv" 0 "ref,date,meeting,decision,made_by,link"
expect "D-05 from the PAM of 23 Nov" 0 "D-05,2026-11-23,PAM 23 Nov 2026,Take the homecare re-tender to the Adults Programme Board before Cabinet,Adults Programme Board,ASC-13"
run "$assure" report decisions --format md
expect "decisions md" 0 "| D-01 | 2026-10-12 |"

# ---- check ----
run "$assure" check --format csv
expect "check: an overdue action is a warning with its owner and due date" 0 "warning,actions,A-01,\"overdue: due 2026-11-20 (9 days ago), owner Head of Commissioning\""
expect "check: A-04 too" 0 "warning,actions,A-04,\"overdue: due 2026-11-23 (6 days ago), owner Head of Reablement\""
grep -q "A-08" "$work/stdout" && fail "check: due today is no finding" || pass "check: due today is no finding"
grep -q "issues\|decisions" "$work/stdout" && fail "check: the sample's links all name something held" "$(cat "$work/stdout")" ||
    pass "check: the sample's links all name something held"
cp "$work/sample.db" "$work/broken.db"
sqlite3 "$work/broken.db" "PRAGMA ignore_check_constraints = 1;
  UPDATE action SET done_on = NULL WHERE ref = 'A-02';
  UPDATE action SET link = 'ASC-99' WHERE ref = 'A-07';
  UPDATE issue SET risk = 'BCC-R99' WHERE ref = 'I-02';
  UPDATE decision SET made_by = '' WHERE ref = 'D-03';"
run "$assure" --db "$work/broken.db" check
expect "done without done_on is an error: exit 1" 1 "done, but no done_on"
expect "a decision without a maker is an error" 1 "no made_by: say who made the decision"
expect "an issue's risk that is not held is a warning" 1 "risk \"BCC-R99\" is not in the risk register"
expect "an action's link that names nothing is a warning" 1 "link \"ASC-99\" is no savings line, risk or workstream held"
# 8 warnings: the three risks overdue for review, A-01, A-03 and A-04 overdue,
# A-07's link and I-02's risk; and 2 of the plan's (sample/milestones.sql):
# M-05 overdue and M-08 slipped past by M-07.
expect "check counts them" 1 "2 errors, 10 warnings"

# ---- an older database is upgraded in place, its rows kept ----
# ---- a tracker's own headings (Excel's BOM and CRLF): "Due Date", "Linked To",
# "Notes"; "Date Raised", "Date Resolved", "Linked Risk", "Impact (£)";
# "Decision Date", "Decided By", "Linked To" -- each lands in its field ----
tracker="$work/tracker.db"
"$assure" init "$tracker" >/dev/null
run "$assure" --db "$tracker" import actions "$data/tracker_actions.csv"
expect "tracker action headings import" 0 "actions: 2 rows added"
grep -q "unknown column" "$work/stderr" && fail "no tracker heading is unknown" || pass "no tracker heading is unknown"
run "$assure" --db "$tracker" export actions
# tracker_actions.csv line 2: due 20/11/2026, link BCC-R01, note "Chase at next PAM"
expect "Due Date, Linked To and Notes land; a UK raised_at kept ISO" 0 "TA-1,Agree homecare framework uplift,Head of Commissioning,2026-11-23,2026-11-20,open,,BCC-R01,Chase at next PAM"
expect "Done On lands" 0 "TA-2,Publish review backlog figures,Head of Localities,PAM 12 Oct 2026,2026-10-30,done,2026-10-28,,"
run "$assure" --db "$tracker" check
# due 2026-11-20, today 2026-11-29: 9 days overdue
expect "so the action can be overdue" 0 "TA-1  overdue: due 2026-11-20 (9 days ago)"
run "$assure" --db "$tracker" import issues "$data/tracker_issues.csv"
expect "tracker issue headings import" 0 "issues: 1 rows added"
run "$assure" --db "$tracker" export issues
expect "Date Raised, Linked Risk, Impact (£) and Notes land" 0 "TI-1,Homecare hours short of plan,high,Head of Commissioning,2026-11-09,,BCC-R01,86000,Spot purchase agreed"
run "$assure" --db "$tracker" import decisions "$data/tracker_decisions.csv"
expect "tracker decision headings import" 0 "decisions: 2 rows added"
run "$assure" --db "$tracker" export decisions
expect "Decision Date, Decided By and Linked To land" 0 "TD-1,2026-10-12,PAM 12 Oct 2026,Spot purchase homecare until the framework is let,Strategic Director,BCC-R01"
run "$assure" --db "$tracker" check
expect "a decision's unknown link is a warning, as an action's is" 0 'TD-2  link "XYZ-9" is no savings line, risk or workstream held'
printf 'Ref,Title,Linked To,Link\nX-1,Twice,BCC-R01,BCC-R02\n' >"$work/twice.csv"
run "$assure" --db "$tracker" import actions "$work/twice.csv"
expect "a heading and its field's own name are one field given twice" 3 "column 'link' is given twice"

old_database="$top/${ASSURE_BUILD:-build}/tests/old_database"
"$old_database" create "$work/v6.db" 6
sqlite3 "$work/v6.db" "INSERT INTO risk (ref, title, likelihood, impact) VALUES ('R1', 'Kept', 3, 3)"
run "$assure" --db "$work/v6.db" report actions --format csv
expect "a report, which only reads, asks for the upgrade" 3 "schema version 6 needs upgrading to 12"
run "$assure" --db "$work/v6.db" import actions "$data/pam_actions.csv" --map 'Action No=ref' --map 'Action=title'
expect "a schema 6 database is upgraded in place" 0 "upgraded from schema version 6 to 12"
expect "and takes actions" 0 "actions: 3 rows added"
[ "$(sqlite3 "$work/v6.db" "PRAGMA user_version")" = 12 ] && pass "it is at schema 12" || fail "it is at schema 12"
[ "$(sqlite3 "$work/v6.db" "SELECT title FROM risk WHERE ref = 'R1'")" = Kept ] && pass "its risk is kept" ||
    fail "its risk is kept"
run "$assure" --db "$work/v6.db" log --verify
expect "its audit trail verifies" 0 "intact"

finish
