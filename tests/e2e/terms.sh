# The dashboard's suites again under the terminals a council's staff use
# besides xterm: PuTTY (putty-256color, from ncurses-term) and the Linux
# console.  Each suite's tests run at 80x24 and 200x60 as they do under
# xterm; here every test's name says which terminal it ran under.
# E2E_TERMS and E2E_SUITES choose some of them (tests/run runs each pair as a
# job of its own).
. "$(dirname "$0")/lib.sh"
suites=${E2E_SUITES:-screens sizes dates filtered_views overview conventions meeting keys plan}
terms=${E2E_TERMS:-putty-256color linux}
case " $terms " in
*" putty-256color "*)
    if ! infocmp putty-256color >/dev/null 2>&1; then
        pass "TERM=putty-256color # SKIP not installed here (package ncurses-term)"
        terms=$(echo " $terms " | sed 's/ putty-256color / /')
    fi
    ;;
esac
for term in $terms; do
    for suite in $suites; do
        E2E_TERM=$term ASSURE_BUILD="${ASSURE_BUILD:-build}" sh "$top/tests/e2e/$suite.sh" \
            >"$work/out" 2>&1
        status=$?
        ran=0
        while IFS= read -r line; do
            case $line in
            "ok "*)
                ran=$((ran + 1))
                pass "TERM=$term $suite: ${line#ok * - }"
                ;;
            "not ok "*)
                ran=$((ran + 1))
                fail "TERM=$term $suite: ${line#not ok * - }"
                ;;
            "# "*) [ "$failures" -gt 0 ] && echo "$line" ;;
            esac
        done <"$work/out"
        if [ "$ran" -eq 0 ] || { [ "$status" -ne 0 ] && ! grep -q '^not ok' "$work/out"; }; then
            fail "TERM=$term $suite: the suite runs to its end" "exit status $status" \
                "$(tail -5 "$work/out")"
        fi
    done
done
finish
