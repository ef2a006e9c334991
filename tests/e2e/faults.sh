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

# /dev/full refuses every write with ENOSPC, as a full disk does.  Each command
# that writes to standard output must say so and exit 3, never 0.
full="$work/full.db"
cp "$top/sample.db" "$full"
# to_full NAME COMMAND...: the command's output to /dev/full: exit 3, and the
# cause on stderr in so many words.
to_full() {
    name=$1
    shift
    "$@" >/dev/full 2>"$work/stderr"
    status=$?
    if [ "$status" -ne 3 ]; then
        fail "$name > /dev/full exits 3" "exit status $status" "stderr: $(head -c 300 "$work/stderr")"
    elif ! grep -qxF "assure: writing standard output: No space left on device" "$work/stderr"; then
        fail "$name > /dev/full exits 3" "stderr: $(head -c 300 "$work/stderr")"
    else
        pass "$name > /dev/full exits 3: writing standard output: No space left on device"
    fi
}
for panel in overview savings staffing reviews risks bridge kpis; do
    for format in text csv md json; do
        to_full "report $panel --format $format" "$assure" --db "$full" report $panel --format $format
    done
done
to_full "report savings --group cohort" "$assure" --db "$full" report savings --group cohort
for table in savings staffing reviews risks bridge kpis kpi_values investment; do
    for format in csv json; do
        to_full "export $table --format $format" "$assure" --db "$full" export $table --format $format
    done
done
to_full "check" "$assure" --db "$full" check
to_full "check --format csv" "$assure" --db "$full" check --format csv
to_full "log" "$assure" --db "$full" log
to_full "log --format csv" "$assure" --db "$full" log --format csv
to_full "log with nothing to show" "$assure" --db "$full" log --ref NO-SUCH-REF
to_full "snapshot --list" "$assure" --db "$full" snapshot --list
to_full "snapshot --label" "$assure" --db "$full" snapshot --label "Board 1 Dec"
to_full "snapshot --delete" "$assure" --db "$full" snapshot --delete "Board 1 Dec"
to_full "--print-config" "$assure" --db "$full" --print-config
to_full "--help" "$assure" --help
to_full "--version" "$assure" --version
"$assure" --db "$full" export risks >"$work/risks.csv"
to_full "import's summary" "$assure" --db "$full" import risks "$work/risks.csv"
to_full "import --dry-run's summary" "$assure" --db "$full" import risks "$work/risks.csv" --dry-run
to_full "init's message" "$assure" init "$work/full-new.db"
# check's own exit 1 (the sample's three overdue reviews are warnings, so
# --strict finds them) stands only when its output was written.
run "$assure" --db "$full" check --strict
expect "check --strict on the sample, written: exit 1 for its three warnings" 1 "0 errors, 3 warnings"
to_full "check --strict with findings" "$assure" --db "$full" check --strict
# A closed standard output is a failure too, said as such.
"$assure" --version >&- 2>"$work/stderr"
status=$?
[ $status -eq 3 ] && grep -qF "writing standard output: Bad file descriptor" "$work/stderr" &&
    pass "--version with standard output closed exits 3 and says why" ||
    fail "--version with standard output closed exits 3 and says why" "exit $status: $(head -c 200 "$work/stderr")"
# Output that is written is no failure: a report to a file exits 0, whole.
run "$assure" --db "$full" report savings --format csv
expect "report savings to a file still exits 0, to its last line (ASC-16, the sample's last ref)" 0 "ASC-16,Short Term Services"

# A long trail stops at the first failed write rather than trying every one
# (it used to try 5,960 writes of a 24 MB trail, all refused, then exit 0).
# 3,000 staffing rows added by one import: 3,000 audit rows, about 1 MB of log.
awk 'BEGIN { print "as_at,area,role,establishment_fte,vacancy_fte,agency_fte";
             for (i = 0; i < 3000; i++) printf "2027-01-01,Area %d,Role %d,10.00,1.00,0.00\n", i, i }' >"$work/big.csv"
"$assure" --db "$full" import staffing "$work/big.csv" >/dev/null
"$assure" --db "$full" log >"$work/trail.txt"
[ "$(wc -c <"$work/trail.txt")" -gt 500000 ] && pass "the trail is over 500 kB as text" ||
    fail "the trail is over 500 kB as text" "$(wc -c <"$work/trail.txt") bytes"
if command -v strace >/dev/null 2>&1 && strace -o /dev/null true 2>/dev/null; then
    for format in text csv; do
        # (LeakSanitizer cannot run under ptrace: the sanitized build leaves it out here)
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
            strace -f -e trace=write -o "$work/writes" "$assure" --db "$full" log --format $format >/dev/full 2>/dev/null
        status=$?
        # writes to fd 1 refused with ENOSPC: one, or two with the final flush
        refused=$(grep -c '^[0-9]* *write(1,.*ENOSPC' "$work/writes")
        [ $status -eq 3 ] && [ "$refused" -le 2 ] && pass "log --format $format stops at the first refused write ($refused of them)" ||
            fail "log --format $format stops at the first refused write" "exit $status, $refused refused writes"
    done
else
    pass "log stops at the first refused write # SKIP strace cannot run here"
fi

# ---- check finds a corrupt file ----

# ---- an audit trail that cannot lie ----

# ---- one consistent reading ----

# ---- read-only places ----

# ---- a colleague holds the lock ----

# ---- terminal-safe everywhere ----

# What a colleague can put where assure prints it - a database's or a
# configuration file's name, $ASSURE_DB, --db, a value in assure.ini, a label -
# holding a window-title escape (OSC 0), a clipboard write (OSC 52), a screen
# clear, and C1 controls (CSI 0x9b and OSC 0x9d, raw and as UTF-8).
hostile="$(printf '\033]0;PWNED\007\033]52;c;cm0gLXJmIH4K\007\033[2J\033[H\2332J\2350;X\302\2332J\302\235')"
# unsafe FILE: what in FILE could act on a terminal (nothing when it is safe).
unsafe() {
    LC_ALL=C grep -c -P '[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]' "$1" | grep -v '^0$'
    iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || echo "bytes that are not UTF-8 (a raw C1 control)"
}
# safe NAME STATUS FRAGMENT: the last run exited STATUS, said FRAGMENT (as
# text_visible shows the escape: ^[ for ESC, ^G for BEL), and nothing in its
# stdout or stderr could act on a terminal.
safe() {
    found="$(unsafe "$work/stdout")$(unsafe "$work/stderr")"
    if [ -n "$found" ]; then
        fail "$1: nothing that acts on a terminal" "$found" "$(od -c "$work/stdout" "$work/stderr" | grep -m3 033)"
    else
        expect "$1: shown visibly, nothing that acts on a terminal" "$2" "$3"
    fi
}
shown='^[]0;PWNED^G^[]52;c;cm0gLXJmIH4K^G^[[2J^[[H\x9B2J\x9D0;X<U+009B>2J<U+009D>'
# and in a quoted INI value (the ; in it would end one unquoted), \ doubled
quoted='^[]0;PWNED^G^[]52;c;cm0gLXJmIH4K^G^[[2J^[[H\\x9B2J\\x9D0;X<U+009B>2J<U+009D>'
run env ASSURE_DB="$work/$hostile.db" "$assure" --print-config
safe "--print-config of \$ASSURE_DB" 0 "path = \"$work/$quoted.db\"  ; from \$ASSURE_DB"
run "$assure" --db "$hostile" --print-config
safe "--print-config of --db" 0 "path = \"$quoted\"  ; from --db"
mkdir -p "$work/conf$hostile"
printf '[programme]\nname = "Programme %s"\n' "$hostile" >"$work/conf$hostile/assure.ini"
run "$assure" --config "$work/conf$hostile/assure.ini" --print-config
safe "--print-config of a value and the file it came from" 0 "name = \"Programme $quoted\"  ; from $work/conf$shown/assure.ini:2"
# An older database (schema 3: sample.db without what schema 4 added) named
# with the escapes: the upgrade notice names it and its backup.
older() {
    cp "$top/sample.db" "$1"
    q "$1" "DROP TABLE bridge; DROP TABLE kpi_value; DROP TABLE kpi; DROP TABLE investment; PRAGMA user_version = 3"
}
older "$work/old$hostile.db"
run "$assure" --db "$work/old$hostile.db" snapshot --label "After the upgrade"
safe "a command's upgrade notice" 0 "assure: $work/old$shown.db: upgraded from schema version 3 to 4; the old file is kept as $work/old$shown.db.v3.bak"
older "$work/dash$hostile.db"
run "$assure" --db "$work/dash$hostile.db" </dev/null
safe "the dashboard's upgrade notice" 2 "assure: $work/dash$shown.db: upgraded from schema version 3 to 4"
run "$assure" init "$work/new$hostile.db"
safe "init's message" 0 "created $work/new$shown.db: an empty assure database"
run "$assure" --db "$work/missing$hostile.db" report
safe "an error naming a missing database" 3 "$work/missing$shown.db: no database here"
"$assure" --db "$work/new$hostile.db" export risks >"$work/risks$hostile.csv"
run "$assure" --db "$work/new$hostile.db" import risks "$work/risks$hostile.csv"
safe "import's summary" 0 "risks: 0 rows added"
printf 'ref,title,likelihood,impact\nR1,A risk,9,1\n' >"$work/bad$hostile.csv"
run "$assure" --db "$work/new$hostile.db" import risks "$work/bad$hostile.csv"
safe "import's error naming the file" 3 "$work/bad$shown.csv:2:"
run "$assure" --db "$work/new$hostile.db" snapshot --label "$hostile"
safe "snapshot --label's message" 0 "snapshot \"$shown\" taken"
run "$assure" --db "$work/new$hostile.db" snapshot --list
safe "snapshot --list" 0 "$shown"
run "$assure" --db "$work/new$hostile.db" snapshot --delete "$hostile"
safe "snapshot --delete's message" 0 "snapshot \"$shown\" deleted"

# ---- no formula injection ----

# ---- configuration and start-up ----

# A shared configuration's relative [database] path is the configuration
# file's neighbour, not whatever file of that name is in the user's current
# directory (/etc/assure/assure.ini saying "path = programme.db", run from /tmp).
mkdir -p "$work/etc/data" "$work/elsewhere" "$work/xdg/assure"
cp "$top/sample.db" "$work/etc/programme.db"
"$assure" init "$work/elsewhere/programme.db" >/dev/null # a decoy here, empty
printf '[database]\npath = programme.db\n' >"$work/etc/assure.ini"
cd "$work/elsewhere" || exit 1
run "$assure" --config "$work/etc/assure.ini" --print-config
expect "a relative [database] path is the configuration file's directory's, as --print-config shows" 0 \
    "path = $work/etc/programme.db  ; from $work/etc/assure.ini:2"
run "$assure" --config "$work/etc/assure.ini" report savings --format csv
# ASC-16 is the sample's last savings line; the decoy here has none
expect "and that database is the one opened, not the decoy in the current directory" 0 "ASC-16,Short Term Services"
run env ASSURE_CONFIG=../etc/assure.ini "$assure" --print-config
expect "a configuration named relatively: its directory, as seen from here" 0 \
    "path = ../etc/programme.db  ; from ../etc/assure.ini:2"
printf '[database]\npath = data/programme.db\n' >"$work/xdg/assure/assure.ini"
run env XDG_CONFIG_HOME="$work/xdg" "$assure" --print-config
expect "the user's own assure.ini: beside it too" 0 "path = $work/xdg/assure/data/programme.db  ; from $work/xdg/assure/assure.ini:2"
rm "$work/xdg/assure/assure.ini"
printf '[database]\npath = %s/etc/programme.db\n' "$work" >"$work/etc/absolute.ini"
run "$assure" --config "$work/etc/absolute.ini" --print-config
expect "an absolute path stays as it is" 0 "path = $work/etc/programme.db  ; from $work/etc/absolute.ini:2"
# --db and $ASSURE_DB are typed here, so they mean here.
run "$assure" --config "$work/etc/assure.ini" --db programme.db --print-config
expect "--db stays relative to the current directory" 0 "path = programme.db  ; from --db"
run env ASSURE_DB=programme.db "$assure" --config "$work/etc/assure.ini" --print-config
expect "\$ASSURE_DB stays relative to the current directory" 0 "path = programme.db  ; from \$ASSURE_DB"
run "$assure" --config "$work/etc/assure.ini" --db programme.db report savings --format csv
grep -q "ASC-16" "$work/stdout" && fail "--db programme.db opens the one here (the empty decoy)" ||
    pass "--db programme.db opens the one here (the empty decoy)"
cd "$top" || exit 1

# A schema version no assure writes (someone ran PRAGMA user_version) is
# refused with a message naming the file, and the file is left as it was.
for version in -5 -1 2147483647 1001; do
    cp "$top/sample.db" "$work/version.db"
    q "$work/version.db" "PRAGMA user_version = $version"
    cp "$work/version.db" "$work/version-before.db"
    run "$assure" --db "$work/version.db" report
    expect "user_version $version: exit 3, naming the file" 3 "$work/version.db: schema version $version is not one any assure writes"
    run "$assure" --db "$work/version.db" snapshot --label "PAM"
    expect "user_version $version: refused for writing too" 3 "$work/version.db: schema version $version is not one any assure writes"
    cmp -s "$work/version.db" "$work/version-before.db" && pass "user_version $version: the file is as it was" ||
        fail "user_version $version: the file is as it was"
done

# LINES and COLUMNS override the terminal's own size, and ncurses believes
# anything: 99999999 made it refuse the terminal ("terminal type 'xterm-256color'
# is not known here") or, under AddressSanitizer, abort allocating the screen.
# One that is not a whole number from 1 to 1000 is ignored, and the status line
# says so; the dashboard opens at the terminal's real size (80x24 here).
cp "$top/sample.db" "$work/screen.db"
size=0
for setting in LINES=99999999 COLUMNS=99999999 COLUMNS=-3 LINES=abc "LINES=0 COLUMNS=1001"; do
    size=$((size + 1))
    tmux_ new-session -d -s "size$size" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 $setting ASSURE_TODAY=$ASSURE_TODAY $assure --db $work/screen.db; echo EXIT=\$?; sleep 30"
    first=${setting%% *}
    i=0
    while [ $i -lt 100 ]; do
        tmux_ capture-pane -p -t "size$size" >"$work/screen" 2>/dev/null
        grep -qF "$first ignored" "$work/screen" && break
        sleep 0.1
        i=$((i + 1))
    done
    if ! grep -qF "$first ignored" "$work/screen"; then
        fail "$setting: ignored, and said in the status line" "$(head -5 "$work/screen")"
    elif ! head -1 "$work/screen" | grep -qF "Adult Social Care Transformation"; then
        fail "$setting: the dashboard opens" "$(head -3 "$work/screen")"
    elif [ "$(wc -l <"$work/screen")" -ne 24 ] || [ -n "$(wider_than 80 "$work/screen")" ] ||
        ! sed -n 24p "$work/screen" | grep -qF "$first ignored"; then
        fail "$setting: the dashboard fills the real 80x24 terminal" "$(cat "$work/screen")"
    else
        pass "$setting: ignored, said in the status line, the dashboard at the real 80x24"
    fi
    tmux_ send-keys -t "size$size" q
done
grep -qF "LINES=0 ignored, COLUMNS=1001 ignored" "$work/screen" && pass "both named when both are absurd" ||
    fail "both named when both are absurd" "$(tail -1 "$work/screen")"

# ---- one rule for each parser ----

# ---- the run rate ----

finish
