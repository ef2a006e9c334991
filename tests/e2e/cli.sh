# The command-line skeleton: help, version, configuration, init, exit codes.
. "$(dirname "$0")/lib.sh"

run "$assure" --help
expect "--help exits 0 and shows usage" 0 "usage: assure"
grep -q "init PATH" "$work/stdout" && pass "--help lists init" || fail "--help lists init"

run "$assure" --version
expect "--version prints the version" 0 "assure 0."

run "$assure" --print-config
expect "--print-config with no file shows defaults" 0 "green_at = 95  ; from default"

# A configuration file in the XDG place is found, and each value says where from.
mkdir -p "$XDG_CONFIG_HOME/assure"
printf '[display]\nrefresh = 10\n[programme]\nname = Brackenshire ASC Transformation\n' >"$XDG_CONFIG_HOME/assure/assure.ini"
run "$assure" --print-config
expect "--print-config names the file and line of a value" 0 "refresh = 10  ; from $XDG_CONFIG_HOME/assure/assure.ini:2"
run env ASSURE_DB=/srv/asc/programme.db "$assure" --print-config
expect "--print-config shows \$ASSURE_DB as the source" 0 "path = /srv/asc/programme.db  ; from \$ASSURE_DB"
run env ASSURE_DB=/srv/asc/programme.db "$assure" --print-config --db other.db
expect "--db overrides \$ASSURE_DB" 0 "path = other.db  ; from --db"
run env NO_COLOR=1 "$assure" --print-config
expect "NO_COLOR turns colour off" 0 "colour = never  ; from NO_COLOR"
run "$assure" --no-color --ascii --print-config
expect "--ascii forces ASCII" 0 "charset = ascii  ; from --ascii"

# Configuration errors: exit 2 with file, line, key and what is allowed.
printf '[display]\ncolour = purple\n' >"$work/bad.ini"
run "$assure" --config "$work/bad.ini" --print-config
expect "a bad value is exit 2 naming file, line and allowed values" 2 \
    "$work/bad.ini:2: [display] colour = \"purple\" is not allowed: expected one of auto | always | never"
printf '[display]\ncolour_scheme = dark\n' >"$work/unknown.ini"
run "$assure" --print-config --config "$work/unknown.ini"
expect "an unknown key is exit 2 listing the known keys" 2 "unknown key 'colour_scheme' in [display]; known keys:"
run env ASSURE_CONFIG="$work/missing.ini" "$assure" --print-config
expect "an unreadable \$ASSURE_CONFIG is exit 2" 2 "$work/missing.ini: cannot read the file named by \$ASSURE_CONFIG"
printf '[display:colour]\n' >"$work/section.ini"
run "$assure" --config "$work/section.ini" --print-config
expect "a section name read as a key (iniparser CVE-2023-33461) is a message, not a crash" 2 "not a section name"
printf '\357\273\277[display]\r\nrefresh = 7\r\n' >"$work/bom.ini"
run "$assure" --config "$work/bom.ini" --print-config
expect "a file with a byte order mark and CRLF loads" 0 "refresh = 7"
run "$assure" --config
expect "--config without a value is a usage error" 2 "--config needs a value"

# init
run "$assure" init "$work/new.db"
expect "init creates a database" 0 "created $work/new.db"
mode=$(stat -c %a "$work/new.db")
case $mode in *[1-7]) fail "init's database is not world-readable" "mode $mode" ;; *) pass "init's database is not world-readable" ;; esac
version=$(sqlite3 "$work/new.db" "PRAGMA user_version")
[ "$version" = 12 ] && pass "init's database has the current schema" || fail "init's database has the current schema" "user_version $version"
run "$assure" init "$work/new.db"
expect "init refuses an existing file" 2 "already exists"
run "$assure" init
expect "init without a path is a usage error" 2 "usage: assure init PATH"
run "$assure" init "$work/no/such/dir/x.db"
expect "init where the directory does not exist is a data error" 3 "cannot create"
# Global options may come after the command.
run "$assure" init "$work/after.db" --config "$work/bom.ini"
expect "global options may follow the command" 0 "created $work/after.db"

# The dashboard needs a database, and says how to get one.
run "$assure"
expect "no database given is exit 2 and says what to do" 2 "no database given: use --db PATH"
run "$assure" --db "$work/absent.db"
expect "a missing database is exit 3 and suggests init" 3 "assure init"
printf 'not a database at all, just text that is long enough to be a header page....\n' >"$work/text.db"
run "$assure" --db "$work/text.db"
expect "a file that is not SQLite is exit 3" 3 "not an assure database"
run "$assure" --db "$work/new.db" frobnicate
expect "an unknown command is exit 2" 2 "unknown command or panel 'frobnicate'"
run "$assure" --db "$work/new.db" --frobnicate
expect "an unknown option is exit 2" 2 "unknown option --frobnicate"
cp "$work/new.db" "$work/newer.db"
sqlite3 "$work/newer.db" "PRAGMA user_version = 13"
run "$assure" --db "$work/newer.db"
expect "a database from a newer assure is refused with exit 3" 3 "made by a newer assure (schema version 13"
run "$assure" --db "$work/new.db" </dev/null
expect "the dashboard without a terminal is exit 2" 2 "needs a terminal"

finish
