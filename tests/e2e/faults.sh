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

# ---- configuration and start-up ----

# ---- one rule for each parser ----

# ---- the run rate ----

finish
