# Trust under faults: what an unlucky user and a hostile colleague on a shared
# server would do to assure, and what must hold when they do.  Each section
# reproduces one way it used to fail: a save into a file replaced under the
# dashboard, a failure that exited 0, a corrupt file called consistent, an
# audit trail that could be forged, a half-old half-new report, a read-only
# place, a colleague holding the lock, terminal escapes, spreadsheet formulas,
# start-up, the parsers' rules, and the run rate.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
q() { sqlite3 "$1" "$2"; }

# ---- the file under an open dashboard is replaced or removed ----

# ---- no failure exits 0 ----

# ---- check finds a corrupt file ----

# ---- an audit trail that cannot lie ----

# ---- one consistent reading ----

# ---- read-only places ----

# ---- a colleague holds the lock ----

# ---- terminal-safe everywhere ----

# ---- no formula injection ----

# A text cell that a spreadsheet would run (it begins with = + - @, a tab or a
# line break) is written with a leading ' and read back without it; a text
# that itself begins with ' before one of those (or before another ') gets one
# more ', so that export then import gives back exactly what was there.
# Numbers are never marked.  The file hostile.csv is what import reads; the
# titles it stores and the export expected are written out by hand from that
# rule.
tab=$(printf '\t')
"$assure" --db "$work/formula.db" init "$work/formula.db" >/dev/null
cat >"$work/hostile.csv" <<EOF
ref,title,likelihood,impact,owner
F1,"=HYPERLINK(""http://x"",""y"")",3,3,=cmd|' /C calc'!A0
F2,+1,2,2,
F3,-2,2,2,
F4,@SUM(A1),2,2,
F5,'${tab}tabbed,1,1,
F6,''=already,1,1,
F7,'''x,1,1,
F8,'plain,1,1,
F9,Care home places,1,1,-Bob
EOF
run "$assure" --db "$work/formula.db" import risks "$work/hostile.csv"
expect "import reads hostile titles" 0
# What the database must hold: the cells above, less the one leading ' that
# marks a cell beginning ' then = + - @ tab CR LF or '.
printf '%s\n' "F1|=HYPERLINK(\"http://x\",\"y\")|=cmd|' /C calc'!A0" "F2|+1|" "F3|-2|" "F4|@SUM(A1)|" \
    "F5|${tab}tabbed|" "F6|'=already|" "F7|''x|" "F8|'plain|" "F9|Care home places|-Bob" >"$work/titles.want"
q "$work/formula.db" "SELECT ref, title, owner FROM risk ORDER BY ref" >"$work/titles.got"
cmp -s "$work/titles.want" "$work/titles.got" && pass "a cell marked with ' is stored without the mark" ||
    fail "a cell marked with ' is stored without the mark" "$(diff "$work/titles.want" "$work/titles.got")"
cat >"$work/export.want" <<EOF
ref,title,likelihood,impact,description,owner,category,target_likelihood,target_impact,mitigation,status,last_reviewed,next_review
F1,"'=HYPERLINK(""http://x"",""y"")",3,3,,'=cmd|' /C calc'!A0,,,,,open,,
F2,'+1,2,2,,,,,,,open,,
F3,'-2,2,2,,,,,,,open,,
F4,'@SUM(A1),2,2,,,,,,,open,,
F5,'${tab}tabbed,1,1,,,,,,,open,,
F6,''=already,1,1,,,,,,,open,,
F7,'''x,1,1,,,,,,,open,,
F8,'plain,1,1,,,,,,,open,,
F9,Care home places,1,1,,'-Bob,,,,,open,,
EOF
"$assure" --db "$work/formula.db" export risks >"$work/export1.csv"
cmp -s "$work/export.want" "$work/export1.csv" && pass "export marks text a spreadsheet would run, and only that" ||
    fail "export marks text a spreadsheet would run, and only that" "$(diff "$work/export.want" "$work/export1.csv")"
"$assure" --db "$work/formula2.db" init "$work/formula2.db" >/dev/null
run "$assure" --db "$work/formula2.db" import risks "$work/export1.csv" --replace
expect "export's file imports into a fresh database" 0
q "$work/formula2.db" "SELECT ref, title, owner FROM risk ORDER BY ref" >"$work/titles2.got"
cmp -s "$work/titles.want" "$work/titles2.got" && pass "export then import gives back every hostile title exactly" ||
    fail "export then import gives back every hostile title exactly" "$(diff "$work/titles.want" "$work/titles2.got")"
"$assure" --db "$work/formula2.db" export risks >"$work/export2.csv"
cmp -s "$work/export1.csv" "$work/export2.csv" && pass "export, import, export: the same bytes" ||
    fail "export, import, export: the same bytes" "$(diff "$work/export1.csv" "$work/export2.csv")"
# report --format csv: text marked, numbers (score 9, likelihood 3) as they are.
run "$assure" --db "$work/formula.db" report risks --format csv
grep -qxF "F1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'=cmd|' /C calc'!A0,,3,3,9,medium,,,,false,open" \
    "$work/stdout" && grep -qxF "F3,'-2,,,2,2,4,low,,,,false,open" "$work/stdout" &&
    pass "report --format csv marks text cells, not numbers" ||
    fail "report --format csv marks text cells, not numbers" "$(head -5 "$work/stdout")"
# Money stays a number: a savings line with a target of -1234 and a name "-2".
printf 'ref,name,fy,target\n-S1,-2,2024/25,-1234\n' >"$work/negative.csv"
run "$assure" --db "$work/formula.db" import savings "$work/negative.csv"
expect "import reads a negative target" 0
run "$assure" --db "$work/formula.db" export savings
grep -qxF "'-S1,'-2,,,existing,,,planned,2024/25,-1234,,," "$work/stdout" &&
    pass "export leaves money -1234 as a number and marks the text -2" ||
    fail "export leaves money -1234 as a number and marks the text -2" "$(cat "$work/stdout")"
run "$assure" --db "$work/formula.db" report savings --format csv
grep -q "^'-S1,,,'-2,planned,-1234,,,,-1234," "$work/stdout" &&
    pass "report --format csv leaves money -1234 as a number" ||
    fail "report --format csv leaves money -1234 as a number" "$(cat "$work/stdout")"
# Markdown is for committee papers, not spreadsheets: text as written.
run "$assure" --db "$work/formula.db" report risks --format md
grep -qF '| F3 | -2 |' "$work/stdout" && pass "report --format md leaves text unmarked" ||
    fail "report --format md leaves text unmarked" "$(head -5 "$work/stdout")"

# The dashboard's x export writes the rows as shown: the same rule, by cell
# (money, shown there as -£1k, is a number and not marked).
# xdash NAME DIR DB [SHELL...]: a dashboard at 132x43 in DIR on DB, after the
# shell commands given (a limit, another user); xwait NAME TEXT: until it shows.
xdash() {
    name=$1 dir=$2 db=$3
    shift 3
    tmux_ new-session -d -s "$name" -x 132 -y 43 -c "$dir" \
        "$* env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_COLOR=1 ASSURE_TODAY=$ASSURE_TODAY $assure --db $db; sleep 30"
}
xwait() {
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -t "$1" >"$work/screen" 2>/dev/null
        grep -qF -- "$2" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
mkdir "$work/sheets"
xdash formula-x "$work/sheets" "$work/formula.db"
xwait formula-x "EXCEPTIONS" >/dev/null
tmux_ send-keys -t formula-x 5 x c
xwait formula-x "Exported" && tmux_ send-keys -t formula-x 2 x c && sleep 0.5 && xwait formula-x "Exported 2 rows" &&
    pass "x exports the Risks and Savings panels" || fail "x exports the Risks and Savings panels" "$(tail -2 "$work/screen")"
tmux_ kill-session -t formula-x
risks_csv="$work/sheets/assure-risks-2026-11-23.csv"
savings_csv="$work/sheets/assure-savings-2026-11-23.csv"
# The Risks panel's columns (screens/risks.ini): ref, title, owner, likelihood,
# impact, score, rating, target_score, movement, next_review, overdue.
grep -qxF "F1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'=cmd|' /C calc'!A0,3,3,9,MEDIUM,,,," "$risks_csv" &&
    grep -qxF "F5,'${tab}tabbed,,1,1,1,LOW,,,," "$risks_csv" && grep -qxF "F6,''=already,,1,1,1,LOW,,,," "$risks_csv" &&
    grep -qxF "F8,'plain,,1,1,1,LOW,,,," "$risks_csv" && grep -qxF "F9,Care home places,'-Bob,1,1,1,LOW,,,," "$risks_csv" &&
    pass "x marks text cells a spreadsheet would run, and leaves numbers" ||
    fail "x marks text cells a spreadsheet would run, and leaves numbers" "$(cat "$risks_csv")"
grep -q "^'-S1,'-2,,,,planned,-£1k," "$savings_csv" && pass "x marks the text -2 and leaves money -£1k unmarked" ||
    fail "x marks the text -2 and leaves money -£1k unmarked" "$(cat "$savings_csv")"

# ---- configuration and start-up ----

# ---- one rule for each parser ----

# Every figure takes at most one sign (+ or -), or brackets for negative,
# never both; whole numbers, FTE and decimals as money does.
"$assure" --db "$work/parse.db" init "$work/parse.db" >/dev/null
for cell in '++5' '+-5' '-+5' '--5' '(-5)' '(+5)' '-(5)' '-£-5'; do
    printf 'fy,section,name,amount\n2024/25,budget,Base,%s\n' "$cell" >"$work/cell.csv"
    run "$assure" --db "$work/parse.db" import bridge "$work/cell.csv" --dry-run
    expect "money $cell is refused, saying why" 3 "sign"
done
printf 'fy,section,name,amount\n2024/25,budget,a,+5\n2024/25,budget,b,-5\n2024/25,budget,c,(5)\n2024/25,budget,d,£-5\n2024/25,budget,e,- £ 5\n' \
    >"$work/signs.csv"
run "$assure" --db "$work/parse.db" import bridge "$work/signs.csv"
expect "money +5, -5, (5), £-5 and - £ 5 are read" 0
# the amounts as written: +5 is 5, the other four -5
[ "$(q "$work/parse.db" "SELECT group_concat(name || '=' || amount, ' ') FROM (SELECT * FROM bridge ORDER BY name)")" = \
    "a=5 b=-5 c=-5 d=-5 e=-5" ] && pass "one sign or brackets: +5 is 5, -5 (5) £-5 and - £ 5 are -5" ||
    fail "one sign or brackets: +5 is 5, -5 (5) £-5 and - £ 5 are -5" "$(q "$work/parse.db" "SELECT name, amount FROM bridge")"
for cell in '--3' '+-3' '(-3)'; do
    printf 'period_start,team,fte,completed\n2026-11-02,North,4,%s\n' "$cell" >"$work/cell.csv"
    run "$assure" --db "$work/parse.db" import reviews "$work/cell.csv" --dry-run
    expect "a count $cell is refused, saying why" 3 "sign"
done
printf 'as_at,area,role,establishment_fte,vacancy_fte\n2026-11-01,North,SW,10,(1.5)\n2026-11-01,North,OT,10,--1\n' \
    >"$work/cell.csv"
run "$assure" --db "$work/parse.db" import staffing "$work/cell.csv" --dry-run
expect "FTE --1 is refused as money --1 is" 3 'vacancy_fte "--1": more than one sign'
grep -q 'vacancy_fte "(1.5)"' "$work/stderr" && fail "FTE (1.5) is read as -1.50, as money (5) is -5" "$(cat "$work/stderr")" ||
    pass "FTE (1.5) is read as -1.50, as money (5) is -5"

# Two-digit financial years follow POSIX's window (69-99 are 19xx, 00-68 are
# 20xx): 89/90 is 1989/90, refused as 1989/90 is (the range is 1990/91 to
# 2099/00), with advice to write the year in full.
for cell in '89/90' 'FY89/90' '89-90' '1989/90'; do
    printf 'fy,section,name,amount\n%s,budget,Base,100\n' "$cell" >"$work/fy.csv"
    run "$assure" --db "$work/parse.db" import bridge "$work/fy.csv" --dry-run
    expect "financial year $cell is refused" 3 "financial year out of range (1990/91 to 2099/00)"
done
printf 'fy,section,name,amount\n89/90,budget,Base,100\n' >"$work/fy.csv"
run "$assure" --db "$work/parse.db" import bridge "$work/fy.csv" --dry-run
expect "89/90 is refused with advice to write the year in full" 3 "write a later year in full (2089/90)"
printf 'fy,section,name,amount\n2024/25,budget,a,1\nFY24/25,budget,b,1\n2024-25,budget,c,1\n24/25,budget,d,1\n24-25,budget,e,1\n95/96,budget,f,1\n2089/90,budget,g,1\n' \
    >"$work/fy.csv"
run "$assure" --db "$work/parse.db" import bridge "$work/fy.csv" --replace
expect "financial years in every spelling are read" 0
# a to e are 2024/25 however written; 95/96 is 1995/96; 2089/90 in full
[ "$(q "$work/parse.db" "SELECT group_concat(name || '=' || fy, ' ') FROM (SELECT * FROM bridge ORDER BY name)")" = \
    "a=2024 b=2024 c=2024 d=2024 e=2024 f=1995 g=2089" ] &&
    pass "2024/25, FY24/25, 2024-25, 24/25, 24-25 are one year; 95/96 is 1995/96" ||
    fail "2024/25, FY24/25, 2024-25, 24/25, 24-25 are one year; 95/96 is 1995/96" \
        "$(q "$work/parse.db" "SELECT name, fy FROM bridge")"
printf 'period_start,team,fte,completed\n02/11/26,North,4,3\n' >"$work/date.csv"
run "$assure" --db "$work/parse.db" import reviews "$work/date.csv" --dry-run
expect "a date's year is written in full" 3 "give the year in four digits"

# --map: one heading mapped to two columns is a usage error naming both; the
# same mapping twice is harmless.
printf 'Code,Title,likelihood,impact\nR1,Falls,2,3\n' >"$work/map.csv"
run "$assure" --db "$work/parse.db" import risks "$work/map.csv" --map 'Code=ref' --map 'Code=title'
expect "--map of one heading to two columns is a usage error" 2 "--map 'Code=ref' and --map 'Code=title'"
run "$assure" --db "$work/parse.db" import risks "$work/map.csv" --map 'Code=ref' --map 'code=title'
expect "--map of one heading (in any case) to two columns is a usage error" 2 "--map 'Code=ref' and --map 'code=title'"
run "$assure" --db "$work/parse.db" import risks "$work/map.csv" --map 'Code=ref' --map 'Code=ref'
expect "the same --map twice is harmless" 0 "risks: 1 rows added"
grep -q "no heading" "$work/stderr" && fail "the same --map twice warns of nothing" "$(cat "$work/stderr")" ||
    pass "the same --map twice warns of nothing"
# --unit likewise: two different units is a usage error, the same one twice harmless.
printf 'fy,section,name,amount\n2024/25,budget,Base,1.5\n' >"$work/unit.csv"
run "$assure" --db "$work/parse.db" import bridge "$work/unit.csv" --unit thousands --unit millions --dry-run
expect "--unit given as two units is a usage error" 2 "--unit thousands and --unit millions"
run "$assure" --db "$work/parse.db" import bridge "$work/unit.csv" --unit thousands --unit thousands --dry-run
expect "the same --unit twice is harmless" 0 "bridge: 1 rows added"

# A failed init leaves nothing behind.  A file-size limit (dash's ulimit -f
# counts 512-byte blocks) stops it part-way, even for root: with 8 or 16
# blocks the database's first pages are written, then its write-ahead log
# fails.  SIGXFSZ is ignored so that the write fails rather than kills.
mkdir "$work/full"
for blocks in 1 8 16 64; do
    (trap '' XFSZ && ulimit -f $blocks && exec "$assure" init "$work/full/new.db") >"$work/stdout" 2>"$work/stderr"
    status=$?
    left=$(ls -A "$work/full")
    [ $status -eq 3 ] && [ -z "$left" ] && pass "init stopped by a $blocks-block file limit fails and leaves nothing" ||
        fail "init stopped by a $blocks-block file limit fails and leaves nothing" "exit $status, left: $left" \
            "$(cat "$work/stderr")"
done
(ulimit -f 1024 && exec "$assure" init "$work/full/new.db") >/dev/null 2>&1 && [ -f "$work/full/new.db" ] &&
    pass "init within a 1024-block limit makes the database" || fail "init within a 1024-block limit makes the database"
rm -f "$work/full/new.db"*
# Another user cannot write here (run as nobody: root may write anywhere).
chmod 711 "$work"
mkdir -m 755 "$work/locked"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    run setpriv --reuid=65534 --regid=65534 --clear-groups "$assure" init "$work/locked/new.db"
    expect "init where nobody may write fails" 3 "cannot create"
    [ -z "$(ls -A "$work/locked")" ] && pass "init where nobody may write leaves nothing" ||
        fail "init where nobody may write leaves nothing" "$(ls -A "$work/locked")"
else
    pass "init where nobody may write: skipped (needs root and setpriv)"
fi

# The dashboard's x export is written to a temporary file beside it and
# given its name only when whole: a full disk leaves no part of a file.  600
# risks with 200-character titles make a CSV over 120 KB; the limit of 128
# blocks (64 KB) lets the dashboard open the database, not write the export.
"$assure" --db "$work/big.db" init "$work/big.db" >/dev/null
long=$(printf '%0200d' 0 | tr 0 t)
awk -v long="$long" 'BEGIN { print "ref,title,likelihood,impact"; for (i = 1; i <= 600; i++) printf "B%03d,%s,3,3\n", i, long }' \
    >"$work/big.csv"
"$assure" --db "$work/big.db" import risks "$work/big.csv" >/dev/null
mkdir "$work/exports"
xdash parse-full "$work/exports" "$work/big.db" "trap '' XFSZ; ulimit -f 128;"
xwait parse-full "EXCEPTIONS" >/dev/null
tmux_ send-keys -t parse-full 5 x c
xwait parse-full "Export failed" && pass "x under a full disk says the export failed" ||
    fail "x under a full disk says the export failed" "$(tail -2 "$work/screen")"
tmux_ kill-session -t parse-full
[ -z "$(ls -A "$work/exports")" ] && pass "x under a full disk leaves no partial file, nor a temporary one" ||
    fail "x under a full disk leaves no partial file, nor a temporary one" "$(ls -lA "$work/exports")"
# A directory it cannot write: nothing there, and it says so.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    # the database nobody's own, in a folder of its own (SQLite writes beside it)
    mkdir "$work/nobodys"
    cp "$work/big.db" "$work/nobodys/big.db"
    chown -R 65534:65534 "$work/nobodys"
    xdash parse-nobody "$work/locked" "$work/nobodys/big.db" "setpriv --reuid=65534 --regid=65534 --clear-groups"
    xwait parse-nobody "EXCEPTIONS" >/dev/null
    tmux_ send-keys -t parse-nobody 5 x c
    xwait parse-nobody "Export failed" && pass "x where it may not write says the export failed" ||
        fail "x where it may not write says the export failed" "$(tail -2 "$work/screen")"
    tmux_ kill-session -t parse-nobody
    [ -z "$(ls -A "$work/locked")" ] && pass "x where it may not write leaves nothing" ||
        fail "x where it may not write leaves nothing" "$(ls -lA "$work/locked")"
else
    pass "x where it may not write: skipped (needs root and setpriv)"
fi
# The export is no more open than the database: a 0600 database gives a 0600
# file (the umask of these tests, 027, would allow 0640); a 0666 one, under a
# umask of 0, 0660 (never for every user).
chmod 600 "$work/formula.db"
mkdir "$work/private" "$work/shared"
xdash parse-0600 "$work/private" "$work/formula.db"
xwait parse-0600 "EXCEPTIONS" >/dev/null
tmux_ send-keys -t parse-0600 5 x c
xwait parse-0600 "Exported" >/dev/null
tmux_ kill-session -t parse-0600
mode=$(stat -c %a "$work/private/assure-risks-2026-11-23.csv" 2>/dev/null)
[ "$mode" = 600 ] && pass "x from a 0600 database writes a 0600 file" ||
    fail "x from a 0600 database writes a 0600 file" "mode ${mode:-none}"
chmod 666 "$work/formula.db"
xdash parse-0660 "$work/shared" "$work/formula.db" "umask 0;"
xwait parse-0660 "EXCEPTIONS" >/dev/null
tmux_ send-keys -t parse-0660 5 x c
xwait parse-0660 "Exported" >/dev/null
tmux_ kill-session -t parse-0660
mode=$(stat -c %a "$work/shared/assure-risks-2026-11-23.csv" 2>/dev/null)
[ "$mode" = 660 ] && pass "x from a 0666 database under umask 0 writes a 0660 file" ||
    fail "x from a 0666 database under umask 0 writes a 0660 file" "mode ${mode:-none}"
chmod 640 "$work/formula.db"

# ---- the run rate ----

finish
