# The bench's pseudo-terminal driver (tests/bench/drive.c): what it times and
# counts, on a program whose output is known byte for byte.
. "$(dirname "$0")/lib.sh"
drive="$top/${ASSURE_BUILD:-build}/tests/drive"
# The program: a first frame, silent work, then a frame for each line typed.
cat >"$work/program" <<'PROGRAM'
stty -echo
printf 'loading'
sleep 0.4
printf ' frame Quit\n'
read -r line
printf 'answer\n'
read -r line
printf 'working'
sleep 0.3
printf ' done\n'
read -r line
PROGRAM
printf 'one\tx\\n\nuntil\ty\\n\tdone\nquit\t\\n\n' >"$work/steps"
DRIVE_FIRST=Quit DRIVE_QUIET=100 "$drive" 80 24 "$work/steps" -- sh "$work/program" >"$work/out" 2>"$work/err"
field() { awk -F '\t' -v s="$1" -v c="$2" '$1 == s { print $c }' "$work/out"; }
# by hand: the terminal turns each \n into \r\n: "loading" + " frame Quit\r\n" is 7 + 13 bytes
[ "$(field "first frame" 3)" = 20 ] && pass "the first frame's bytes, counted to the last" ||
    fail "the first frame's bytes, counted to the last" "$(cat "$work/out" "$work/err")"
awk -v t="$(field "first frame" 2)" 'BEGIN { exit !(t >= 400 && t < 2000) }' &&
    pass "a program silent while it works is timed until its key bar has come" ||
    fail "a program silent while it works is timed until its key bar has come" "$(field "first frame" 2) ms"
[ "$(field one 3)" = 8 ] && awk -v t="$(field one 2)" 'BEGIN { exit !(t < 300) }' &&
    pass "a key's redraw: its 8 bytes (answer and a new line), timed without the quiet wait" ||
    fail "a key's redraw: its 8 bytes, timed without the quiet wait" "$(cat "$work/out")"
# "working" then, 0.3 s later, " done\r\n": the step ends when "done" has come
[ "$(field until 3)" = 14 ] && awk -v t="$(field until 2)" 'BEGIN { exit !(t >= 300 && t < 2000) }' &&
    pass "a step with a text to wait for ends when it has come" ||
    fail "a step with a text to wait for ends when it has come" "$(cat "$work/out")"
awk -v k="$(field "peak memory" 2)" 'BEGIN { exit !(k > 0) }' && pass "the program's peak memory is read" ||
    fail "the program's peak memory is read" "$(cat "$work/out")"
finish
