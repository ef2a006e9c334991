# The keys as terminals send them: Home, End, F1 and F10 in the forms xterm,
# PuTTY (TERM=xterm, its default), VT220, screen, rxvt and the Linux console
# send, whatever TERM says; an escape sequence nobody knows changes nothing;
# q goes back from a view and quits only from a panel; a key that does
# nothing says why.  Line editing in forms and prompts is in the second half.
. "$(dirname "$0")/lib.sh"
sample_db programme.db
export ASSURE_TODAY=2026-11-23

# The sample's staffing snapshots: 20 Nov 2026 is the latest (shown first),
# 30 Oct 2026 the one before; grouped by area, its first row is Castlegate's
# header (its subtotal, "Castlegate, All roles") and its last the All areas
# total (sample.db, staffing table).
latest="as at 20 Nov 2026"

# detail_of NAME: the row selected, as its detail's title names it
# ("Staffing: Castlegate, Administration"; a total has no "Staffing: "),
# by Enter, then back with Esc.
detail_of() {
    press "$1" Enter
    shows "$1" "or Enter back" 20 >/dev/null
    sed -n 3p "$work/$1.screen" | sed 's/^ *//; s/ *$//'
    press "$1" Escape
}

# body NAME: the screen without its bottom line (the status line or key bar).
body() {
    screen "$1" >/dev/null
    sed '$d' "$work/$1.screen"
}

terms="xterm linux"
if infocmp putty-256color >/dev/null 2>&1; then
    terms="xterm putty-256color linux"
else
    pass "TERM=putty-256color # SKIP not installed here; PuTTY's bytes are sent under xterm and linux"
fi

[ -n "${E2E_TERM:-}" ] && terms=$E2E_TERM # tests/e2e/terms.sh: one terminal at a time
for term in $terms; do
    for size in 80x24 200x60; do
        s="k-$term-$size"
        s=$(printf '%s' "$s" | tr -c 'a-z0-9\n-' '-')
        dash "$s" "${size%x*}" "${size#*x}" TERM="$term" --
        shows "$s" "EXCEPTIONS" || fail "$term $size: the dashboard starts" "$(screen "$s")"
        press "$s" 3
        shows "$s" "Estab" 30 || fail "$term $size: key 3 shows Staffing" "$(screen "$s")"
        # PuTTY's End, then Home: ESC [ 4 ~ and ESC [ 1 ~ (PuTTY's default keyboard)
        bytes "$s" 1b 5b 34 7e
        if shows "$s" "$latest" 10 && grep -q "Estab" "$work/$s.screen"; then
            pass "$term $size: PuTTY's End leaves Staffing and its date as they were"
        else
            fail "$term $size: PuTTY's End leaves Staffing and its date as they were" "$(cat "$work/$s.screen")"
        fi
        row=$(detail_of "$s")
        [ "$row" = "All areas, All roles" ] && pass "$term $size: PuTTY's End selects the last row" ||
            fail "$term $size: PuTTY's End selects the last row" "selected: $row"
        bytes "$s" 1b 5b 31 7e
        if shows "$s" "$latest" 10 && grep -q "Estab" "$work/$s.screen"; then
            pass "$term $size: PuTTY's Home leaves Staffing and its date as they were"
        else
            fail "$term $size: PuTTY's Home leaves Staffing and its date as they were" "$(cat "$work/$s.screen")"
        fi
        row=$(detail_of "$s")
        [ "$row" = "Castlegate, All roles" ] && pass "$term $size: PuTTY's Home selects the first row" ||
            fail "$term $size: PuTTY's Home selects the first row" "selected: $row"
        # The other forms of End and Home: xterm's ESC[F/ESC[H and ESC O F/H,
        # rxvt's ESC[8~/ESC[7~, xterm's Ctrl-End/Ctrl-Home ESC[1;5F/ESC[1;5H.
        for pair in "1b 5b 46:1b 5b 48:xterm CSI" "1b 4f 46:1b 4f 48:xterm SS3" "1b 5b 38 7e:1b 5b 37 7e:rxvt" \
            "1b 5b 31 3b 35 46:1b 5b 31 3b 35 48:Ctrl"; do
            end=${pair%%:*} rest=${pair#*:}
            home=${rest%%:*} form=${rest#*:}
            bytes "$s" $end
            first=$(detail_of "$s")
            bytes "$s" $home
            second=$(detail_of "$s")
            shows "$s" "$latest" 10 >/dev/null
            if [ "$first" = "All areas, All roles" ] && [ "$second" = "Castlegate, All roles" ] &&
                grep -q "$latest" "$work/$s.screen"; then
                pass "$term $size: $form End and Home go to the last and first rows"
            else
                fail "$term $size: $form End and Home go to the last and first rows" "after End: $first" \
                    "after Home: $second" "$(cat "$work/$s.screen")"
            fi
        done
        # A sequence nobody sends for a key: consumed whole, nothing changes.
        before=$(body "$s")
        bytes "$s" 1b 5b 39 39 7e
        after=$(body "$s")
        if [ "$before" = "$after" ] && grep -q "not used here" "$work/$s.screen"; then
            pass "$term $size: an unknown escape sequence changes nothing and says the key is not used"
        else
            fail "$term $size: an unknown escape sequence changes nothing and says the key is not used" \
                "$(diff "$(printf '%s' "$before" >"$work/b"; echo "$work/b")" \
                    "$(printf '%s' "$after" >"$work/a"; echo "$work/a")" | head -10)" "$(tail -1 "$work/$s.screen")"
        fi
        # F1 as xterm (ESC O P), VT220 and PuTTY (ESC [ 1 1 ~), the Linux
        # console (ESC [ [ A), and with Shift (ESC [ 1 ; 2 P) opens the help.
        for f1 in "1b 4f 50" "1b 5b 31 31 7e" "1b 5b 5b 41" "1b 5b 31 3b 32 50"; do
            bytes "$s" $f1
            if shows "$s" "Help: the Staffing panel" 20; then
                pass "$term $size: F1 ($f1) opens the help"
            else
                fail "$term $size: F1 ($f1) opens the help" "$(cat "$work/$s.screen")"
            fi
            press "$s" Escape
        done
        # F10 (ESC [ 2 1 ~ from xterm, PuTTY and the Linux console alike) quits.
        bytes "$s" 1b 5b 32 31 7e
        if exited "$s" && [ "$(cat "$work/$s.status")" = 0 ]; then
            pass "$term $size: F10 quits with status 0"
        else
            fail "$term $size: F10 quits with status 0" "$(screen "$s")"
        fi
    done
done

# ---- q: back from a view, quit from a panel ----
for size in 80x24 200x60; do
    s="q-$size"
    dash "$s" "${size%x*}" "${size#*x}" --
    shows "$s" "EXCEPTIONS" >/dev/null
    press "$s" 2 b
    shows "$s" "Bridge" 20 >/dev/null
    press "$s" q
    sleep 0.3
    if [ ! -s "$work/$s.status" ] && shows "$s" "Ref" 20 && ! grep -q "Budget bridge" "$work/$s.screen"; then
        pass "$size: q on the Bridge goes back to Savings, still running"
    else
        fail "$size: q on the Bridge goes back to Savings, still running" "$(cat "$work/$s.screen")"
    fi
    for view in i c; do
        press "$s" "$view"
        sleep 0.3
        press "$s" q
        if [ ! -s "$work/$s.status" ] && shows "$s" "Ref" 20; then
            pass "$size: q on the Savings view $view goes back, still running"
        else
            fail "$size: q on the Savings view $view goes back, still running" "$(cat "$work/$s.screen")"
        fi
    done
    press "$s" q
    if exited "$s" && [ "$(cat "$work/$s.status")" = 0 ]; then
        pass "$size: q on the Savings panel quits with status 0"
    else
        fail "$size: q on the Savings panel quits with status 0" "$(screen "$s")"
    fi
done

# ---- a key that does nothing says why ----
s=why
dash $s 120 30 --
shows $s "EXCEPTIONS" >/dev/null
for key in a e d; do
    press $s $key
    if shows $s "The Overview has no rows to add or edit: press 2-7 for a panel" 20; then
        pass "$key on the Overview says there are no rows to add or edit"
    else
        fail "$key on the Overview says there are no rows to add or edit" "$(tail -1 "$work/$s.screen")"
    fi
    press $s h # a key no panel binds clears it, before the next
done
press $s x
shows $s "The Overview has no rows to export: press 2-7 for a panel" 20 &&
    pass "x on the Overview says there are no rows to export" ||
    fail "x on the Overview says there are no rows to export" "$(tail -1 "$work/$s.screen")"
press $s z
shows $s "That key is not used here" 20 && pass "an unbound key (z) says it is not used here" ||
    fail "an unbound key (z) says it is not used here" "$(tail -1 "$work/$s.screen")"
press $s 8
shows $s "No panel is on 8" 20 && pass "a digit with no panel says so" ||
    fail "a digit with no panel says so" "$(tail -1 "$work/$s.screen")"
press $s 3 h
shows $s "Not on this panel: risks" 20 && pass "a key of another panel (h on Staffing) says whose it is" ||
    fail "a key of another panel (h on Staffing) says whose it is" "$(tail -1 "$work/$s.screen")"
press $s q
exited $s

s=readonly
dash $s 120 30 -- --read-only
shows $s "EXCEPTIONS" >/dev/null
press $s 5
shows $s "Risk" 20 >/dev/null
for key in a e d R n; do
    press $s $key
    if shows $s "Read-only:" 20; then
        pass "$key under --read-only says the dashboard is read-only"
    else
        fail "$key under --read-only says the dashboard is read-only" "$(tail -1 "$work/$s.screen")"
    fi
    press $s z
done
press $s q
exited $s

# ---- line editing: forms, the filter and the snapshot label ----
# risk_of NAME: the ref of the risk the form edits, from its title ("Edit risk BCC-R02").
risk_of() {
    sed -n 's/^ *Edit risk \([^ ]*\).*/\1/p' "$work/$1.screen" | head -1
}
# field NAME LABEL: the box of the form's field LABEL, as the screen shows it.
field() {
    screen "$1" >/dev/null
    grep -a "^ $2  " "$work/$1.screen" | head -1 | sed "s/^ $2 *//"
}
# save NAME: from any field, to Save (PgDn goes ten fields on, no further
# than Save), Enter, and y.
save() {
    press "$1" PgDn PgDn Enter
    shows "$1" "Save? y saves" 20 >/dev/null
    press "$1" y
    shows "$1" "Saved" 30
}
long="START-abcdefghijklmnopqrstuvwxyz-0123456789-ABCDEFGHIJK-END" # 60 characters
for size in 80x24 200x60; do
    s="form-$size"
    dash "$s" "${size%x*}" "${size#*x}" --
    shows "$s" "EXCEPTIONS" >/dev/null
    press "$s" 5 e
    shows "$s" "Edit risk" 20 >/dev/null
    ref=$(risk_of "$s")
    # the title is focused first; typing replaces what is there
    tmux_ send-keys -t "$s" -l "$long"
    sleep 0.3
    box=$(field "$s" title)
    case "$box" in
    *"-ABCDEFGHIJK-END"*) pass "$size: a 60-character title scrolls to show its end as it is typed" ;;
    *) fail "$size: a 60-character title scrolls to show its end as it is typed" "box: $box" ;;
    esac
    press "$s" Home
    box=$(field "$s" title)
    case "$box" in
    "START-abcdefghij"*) pass "$size: Home shows the start of the title" ;;
    *) fail "$size: Home shows the start of the title" "box: $box" ;;
    esac
    press "$s" End
    box=$(field "$s" title)
    case "$box" in
    *"-ABCDEFGHIJK-END"*) pass "$size: End shows its end again" ;;
    *) fail "$size: End shows its end again" "box: $box" ;;
    esac
    # Ctrl-W takes the word before the cursor (back to a space: none here,
    # so all of it), Ctrl-U clears to the start; then words typed mid-line
    tmux_ send-keys -t "$s" -l "Start"
    press "$s" C-a
    tmux_ send-keys -t "$s" -l "The "
    press "$s" C-e
    tmux_ send-keys -t "$s" -l " of it"
    press "$s" C-w Left Left BSpace
    tmux_ send-keys -t "$s" -l "x"
    save "$s" || fail "$size: the form saves" "$(screen "$s")"
    got=$(sql_on programme.db "select title from risk where ref = '$ref'")
    # typed: $long then "Start"; "The " before it; " of it" after; Ctrl-W
    # takes "it"; two Lefts go back over the space and "f", Backspace takes
    # the "o", x goes in; the space at the end is trimmed when saved
    want="The ${long}Start xf"
    [ "$got" = "$want" ] && pass "$size: the title saved is as edited with Home, End, Ctrl-A, Ctrl-E, Ctrl-W and Backspace" ||
        fail "$size: the title saved is as edited with Home, End, Ctrl-A, Ctrl-E, Ctrl-W and Backspace" "saved: $got" "wanted: $want"
    press "$s" q
    exited "$s"
done

s=edits
dash $s 80 24 --
shows $s "EXCEPTIONS" >/dev/null
press $s 5 e
shows $s "Edit risk" 20 >/dev/null
ref=$(risk_of $s)
was=$(sql_on programme.db "select next_review from risk where ref = '$ref'")
# next_review is the twelfth field, eleven below the title
press $s Down Down Down Down Down Down Down Down Down Down Down
tmux_ send-keys -t $s -l "2027-01-15"
sleep 0.3
box=$(field $s "next review")
case "$box" in
"2027-01-15"*) pass "typing a date into a filled date field replaces it (it was $was)" ;;
*) fail "typing a date into a filled date field replaces it (it was $was)" "box: $box" ;;
esac
# Esc on a changed form asks; n goes back with the typing kept
press $s Escape
if shows $s "Discard your changes?" 20; then
    pass "Esc on a changed form asks before discarding"
else
    fail "Esc on a changed form asks before discarding" "$(tail -1 "$work/$s.screen")"
fi
press $s n
box=$(field $s "next review")
case "$box" in
"2027-01-15"*) pass "n keeps the form as it was typed" ;;
*) fail "n keeps the form as it was typed" "box: $box" ;;
esac
# a date's last character replaced: Left, Delete, 6
press $s Left DC
tmux_ send-keys -t $s -l 6
save $s || fail "the edited date saves" "$(screen $s)"
got=$(sql_on programme.db "select next_review from risk where ref = '$ref'")
[ "$got" = 2027-01-16 ] && pass "the date saved is the one typed, edited in place (2027-01-16)" ||
    fail "the date saved is the one typed, edited in place (2027-01-16)" "saved: $got"
# Esc on an unchanged form closes it at once; on a changed one, y discards
press $s e
shows $s "Edit risk" 20 >/dev/null
press $s Escape
if shows $s "Abandoned" 20 && ! grep -q "Edit risk" "$work/$s.screen"; then
    pass "Esc on an unchanged form closes it"
else
    fail "Esc on an unchanged form closes it" "$(screen $s)"
fi
press $s e
shows $s "Edit risk" 20 >/dev/null
# UTF-8: a character is one step of the cursor, whatever its bytes
tmux_ send-keys -t $s -l "naïve café"
press $s Left Left Left Left Left Left Left BSpace
press $s Escape
press $s y
shows $s "Abandoned" 20 >/dev/null
got=$(sql_on programme.db "select title from risk where ref = '$ref'")
[ "$got" = "The ${long}Start xf" ] && pass "y discards the changes: the title is as saved before" ||
    fail "y discards the changes: the title is as saved before" "title: $got"
press $s e
shows $s "Edit risk" 20 >/dev/null
tmux_ send-keys -t $s -l "naïve café"
press $s Left Left Left Left Left Left Left BSpace
save $s || fail "the UTF-8 title saves" "$(screen $s)"
got=$(sql_on programme.db "select title from risk where ref = '$ref'")
# seven Lefts from the end of "naïve café" (ten characters) stop before "v"; Backspace takes "ï"
[ "$got" = "nave café" ] && pass "Left and Backspace move and delete by character in UTF-8 text" ||
    fail "Left and Backspace move and delete by character in UTF-8 text" "title: $got"

# the filter: the same line editor; Staffing rows by area
press $s 3 /
tmux_ send-keys -t $s -l "Coastal"
press $s Home
tmux_ send-keys -t $s -l "zz"
sleep 0.3
screen $s >/dev/null
# (totals stay, filtered or not: the rows of a role show whether the filter matches)
if ! grep -q "^Coastal  *Administration" "$work/$s.screen"; then
    press $s C-u
    screen $s >/dev/null
    if grep -q "^Coastal  *Administration" "$work/$s.screen" &&
        ! grep -q "^Castlegate  *Administration" "$work/$s.screen"; then
        pass "the filter edits in place: zz typed at its start, then Ctrl-U clears it to the start"
    else
        fail "the filter edits in place: zz typed at its start, then Ctrl-U clears it to the start" "$(cat "$work/$s.screen")"
    fi
else
    fail "the filter edits in place: Home, then zz typed before Coastal, matches nothing" "$(cat "$work/$s.screen")"
fi
press $s Enter Escape
# the snapshot label: typing replaces the label offered
press $s n
shows $s "Snapshot label" 20 >/dev/null
tmux_ send-keys -t $s -l "Board December"
press $s Enter
got=$(sql_on programme.db "select count(*) from snapshot where label = 'Board December'")
[ "$got" = 1 ] && pass "a snapshot label typed replaces the one offered" ||
    fail "a snapshot label typed replaces the one offered" \
        "labels: $(sql_on programme.db "select label from snapshot order by id desc limit 2" | tr '\n' ' ')"
press $s q
exited $s

finish
