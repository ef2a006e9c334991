# Terminal safety: data holding escape sequences (window title, OSC 52
# clipboard writes, clearing the screen, tmux's window name), C1 controls,
# bidirectional overrides, zero-width characters, bytes that are not UTF-8
# and 10,000-character fields is shown visibly in every panel, view, detail,
# report and export, and never acts on the terminal.
. "$(dirname "$0")/lib.sh"
export ASSURE_TODAY=2026-11-23
db="$work/hostile.db"
cp "$top/sample.db" "$db"

# Ten hostile strings, each put before the text of every free-text column
# (before, so that keys stay unique), row by row in turn.
payloads="char(27) || ']0;PWNED' || char(7) || 'Title',
char(27) || ']52;c;cm0gLXJmIH4K' || char(7) || 'Clip',
char(27) || '[2J' || char(27) || '[H' || 'Clear',
char(155) || '2J' || 'Csi',
char(157) || '0;PWNED' || char(156) || 'Osc',
char(8238) || 'Evil' || char(8236),
'Zero' || char(8203) || char(8205) || 'Width' || char(65279) || char(917601) || char(8232),
CAST(X'46FF41FE' AS TEXT) || 'Bad',
'Long' || printf('%.10000c', 'w'),
char(27) || 'kRENAMED' || char(27) || '\\' || 'Win'"
npayloads=10
i=0
echo "$payloads" | while IFS= read -r p; do printf 'WHEN %d THEN %s\n' $i "${p%,}"; i=$((i + 1)); done >"$work/cases"
poison() { # TABLE COLUMN...
    table=$1
    shift
    for column in "$@"; do
        sqlite3 "$db" "UPDATE $table SET $column = (CASE rowid % $npayloads $(cat "$work/cases") END) || $column" ||
            echo "# could not poison $table.$column"
        columns=$((columns + 1))
    done
}
columns=0
poison savings_line name workstream cohort key_metric owner
poison staffing area role
poison reviews team
poison risk title description owner category mitigation
poison risk_history note
poison bridge name
poison kpi name unit
poison investment name grade
poison snapshot label
poison action title
poison decision decision
poison milestone milestone
poison audit who client old_value new_value
[ "$(sqlite3 "$db" "SELECT count(*) FROM risk WHERE title LIKE '%PWNED%'")" -ge 1 ] &&
    pass "the database holds $npayloads hostile strings in $columns columns" || fail "the hostile database is made"

# bad FILE: what in FILE could act on a terminal, or is not UTF-8 (empty if nothing).
bad() {
    LC_ALL=C grep -c -P '[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8b-\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf|\xf3\xa0[\x80\x81]' "$1" |
        grep -v '^0$'
    iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || echo "not UTF-8"
}
outputs=0
clean() { # NAME FILE
    outputs=$((outputs + 1))
    found=$(bad "$2")
    [ -z "$found" ] && pass "$1: nothing that acts on a terminal" ||
        fail "$1: nothing that acts on a terminal" "$found line(s) with controls: $(LC_ALL=C grep -n -P '[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]' "$2" | head -c 300 | od -c | head -5)"
}

# ---- the dashboard: every panel, view, detail and the help ----
tmux_ new-session -d -s hostile -x 120 -y 40 -n assure \
    "sleep 0.5; env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 ASSURE_TODAY=$ASSURE_TODAY $assure --db $db; sleep 60"
# what a program could abuse: OSC 52 to the clipboard, ESC k to the window name
tmux_ set-option -g set-clipboard on
tmux_ set-option -g allow-rename on
title_before=$(tmux_ display-message -p -t hostile '#{pane_title}')
wait_for() {
    i=0
    while [ $i -lt 150 ]; do
        tmux_ capture-pane -p -t hostile >"$work/screen" 2>/dev/null
        grep -qF -- "$1" "$work/screen" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}
screens=0
look() { # WHAT KEYS...: press the keys, then check the screen and the window
    what=$1
    shift
    tmux_ send-keys -t hostile "$@"
    sleep 0.4
    tmux_ capture-pane -p -t hostile >"$work/screen"
    cat "$work/screen" >>"$work/all-screens"
    screens=$((screens + 1))
    title=$(tmux_ display-message -p -t hostile '#{pane_title}|#{window_name}')
    buffers=$(tmux_ list-buffers 2>/dev/null | wc -l)
    first=$(head -1 "$work/screen")
    if [ "$title" = "$title_before|assure" ] && [ "$buffers" -eq 0 ] && [ -n "$(printf '%s' "$first" | tr -d ' ')" ]; then
        pass "$what: the window title, name and clipboard are untouched and the screen intact"
    else
        fail "$what: the window title, name and clipboard are untouched and the screen intact" \
            "title|name: $title (before: $title_before|assure); buffers: $buffers; first line: $first"
    fi
}
wait_for "EXCEPTIONS" >/dev/null
look "Overview" 1
look "Savings" 2
look "a savings line's detail" Enter
look "the next line's detail" Escape j j Enter
look "Bridge" Escape b
look "a bridge line's detail" j Enter
look "KPIs" Escape Escape i
look "a KPI's detail" Enter
look "KPI values" Escape u
look "Costs" Escape Escape c
look "a cost's detail" j Enter
look "Staffing" Escape Escape 3
look "a staffing row's detail" j Enter
look "Reviews" Escape 4
look "a team's detail" j Enter
look "Risks" Escape 5
look "a risk's detail, with its history" Enter
look "a 10,000-character risk's detail" Escape / L o n g Enter Enter
look "a risk's edit form" Escape e
look "the help" Escape Escape '?'
look "meeting mode" Escape m
tmux_ send-keys -t hostile Escape q
for shown in '^[]0;PWNED^GTitle' '^[]52;c;cm0gLXJmIH4K^GClip' '^[[2J^[[HClear' '<U+009B>2JCsi' '<U+202E>Evil<U+202C>' \
    'Zero<U+200B><U+200D>Width<U+FEFF><U+E0061><U+2028>' 'F\xFFA\xFEBad' '^[kRENAMED^[\Win'; do
    grep -qF -- "$shown" "$work/all-screens" && pass "shown visibly on screen: $shown" ||
        fail "shown visibly on screen: $shown"
done
grep -q "Longwwwwwwwww" "$work/all-screens" && pass "a 10,000-character field is shown, cut to fit" ||
    fail "a 10,000-character field is shown, cut to fit"

# ---- reports, exports and the audit trail, to a terminal and to files ----
for panel in overview savings staffing reviews risks bridge kpis exceptions slippage; do
    for format in text md json; do
        "$assure" --db "$db" report $panel --format $format >"$work/out" 2>&1
        clean "report $panel --format $format" "$work/out"
    done
    # as a terminal sees it: script gives the command a terminal
    script -qc "$assure --db $db report $panel --format csv" /dev/null >"$work/out" 2>&1
    tr -d '\r' <"$work/out" >"$work/out.lf"
    clean "report $panel --format csv, on a terminal" "$work/out.lf"
done
# the meeting pack quotes risks' titles, actions, decisions and milestones
for format in text md json; do
    "$assure" --db "$db" report pack --format $format >"$work/out" 2>&1
    clean "report pack --format $format" "$work/out"
done
for table in savings staffing reviews risks bridge kpis kpi_values investment; do
    "$assure" --db "$db" export $table --format json >"$work/out" 2>&1
    clean "export $table --format json" "$work/out"
    script -qc "$assure --db $db export $table" /dev/null | tr -d '\r' >"$work/out"
    clean "export $table, on a terminal" "$work/out"
done
"$assure" --db "$db" log >"$work/out" 2>&1
clean "log" "$work/out"
"$assure" --db "$db" check >"$work/out" 2>&1
clean "check" "$work/out"
"$assure" --db "$db" snapshot --list >"$work/out" 2>&1
clean "snapshot --list" "$work/out"

# Messages about a file quote its data: shown visibly too.
printf 'ref,name,fy,target\nS1,Alpha,2025/26,100\nS1,\033[2J\033]0;PWNED\007Beta,2026/27,100\n' >"$work/names.csv"
"$assure" --db "$db" import savings "$work/names.csv" >"$work/out" 2>&1
clean "import's message about a name that differs" "$work/out"
grep -qF '^[[2J^[]0;PWNED^GBeta' "$work/out" && pass "and it shows the name visibly" ||
    fail "and it shows the name visibly" "$(cat -v "$work/out")"
printf 'fy,section,name,amount\n,forecast,\033]0;PWNED\007Outturn,100\n' >"$work/bridge.csv"
"$assure" --db "$db" import bridge "$work/bridge.csv" >"$work/out" 2>&1
clean "import's message about a bridge row without a year" "$work/out"

# A CSV export to a file is the data exactly: it imports back byte for byte.
"$assure" --db "$db" export risks >"$work/risks.csv"
"$assure" init "$work/again.db" >/dev/null
"$assure" --db "$work/again.db" import risks "$work/risks.csv" >/dev/null 2>&1
same() { sqlite3 "$1" "SELECT hex(group_concat(title || owner || mitigation, '')) FROM (SELECT * FROM risk WHERE title NOT LIKE '%Bad%' ORDER BY ref)"; }
[ "$(same "$db")" = "$(same "$work/again.db")" ] &&
    pass "a CSV export to a file keeps the hostile text exactly, and imports back" ||
    fail "a CSV export to a file keeps the hostile text exactly, and imports back"
# bytes FF and FE are not UTF-8; read back they are Windows-1252's y and thorn, C3 BF and C3 BE
[ "$(sqlite3 "$work/again.db" "SELECT DISTINCT substr(hex(title), 1, 14) FROM risk WHERE title LIKE '%Bad%'")" = 46C3BF41C3BE42 ] &&
    pass "bytes that are not UTF-8 come back as Windows-1252 reads them" ||
    fail "bytes that are not UTF-8 come back as Windows-1252 reads them"

echo "# $npayloads hostile strings in $columns columns: $screens screens and $outputs outputs checked"
finish
