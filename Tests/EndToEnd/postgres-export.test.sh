#!/usr/bin/env bash
# Moving a store out of PostgreSQL, and the server store as a user meets it from the shell
# (issue 17.1, 17.2, 17.7): `casedesk export` of a server store writes the same bundle and the
# same CSV as of the directory it was imported from (the bundle's "exported" time aside), byte
# for byte; `casedesk db export` writes the same case files; $CASEDESK_STORE names a server as
# --store does; `casedesk db init` refuses a schema newer than the program and writes nothing;
# a password is never taken from the address nor shown in a message. Needs the throwaway
# server .ci/run starts (CASEDESK_TEST_PG); skipped without it.
set -euo pipefail
if [ -z "${CASEDESK_TEST_PG:-}" ] || [ -z "${CASEDESK_TEST_PG_SOCKET:-}" ]; then
    echo "SKIP: CASEDESK_TEST_PG is not set (bash .ci/run starts a throwaway PostgreSQL and sets it)"
    exit 0
fi
bin=${CASEDESK_BIN:-.build/debug/casedesk}
work=$(mktemp -d)
db="e2e_export_$$"
psqlc() { psql -X -q -A -t -h "$CASEDESK_TEST_PG_SOCKET" -U casedesk_test -d "${2:-$db}" -c "$1"; }
psqlc "CREATE DATABASE $db" casedesk_test
trap 'psqlc "DROP DATABASE IF EXISTS $db WITH (FORCE)" casedesk_test || true; rm -rf "$work"' EXIT
store=$(printf '%s' "$CASEDESK_TEST_PG" | sed "s|/casedesk_test?|/$db?|")
unset CASEDESK_STORE PGPASSWORD
export CASEDESK_USER=e2e
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" demo "$work/dir" --cases 25 --seed 9 --no-open >/dev/null
"$bin" import --from "$work/dir" --store "$store" | grep -q "Imported 25 cases" || fail "import --from"

# The bundle and the CSV of the server are those of the directory.
"$bin" export --store "$store" --output "$work/server.json"
"$bin" export --store "$work/dir" --output "$work/dir.json"
[ "$(jq '.cases | length' "$work/server.json")" = 25 ] || fail "the server's bundle does not hold 25 cases"
cmp <(grep -v '^  "exported": ' "$work/server.json") <(grep -v '^  "exported": ' "$work/dir.json") \
    || fail "the server's bundle differs from the directory's"
cmp <("$bin" export --store "$store" --format csv) <("$bin" export --store "$work/dir" --format csv) \
    || fail "the server's CSV differs from the directory's"
echo "export of the server store: the same bundle and CSV as of the directory, byte for byte"

# Out again as a store directory: the same case files.
"$bin" db export "$work/out" --store "$store" | grep -q "Wrote 25 cases" || fail "db export"
diff -r "$work/dir/cases" "$work/out/cases" || fail "db export: case files differ"
echo "db export: the 25 case files are the directory's, byte for byte"

# $CASEDESK_STORE names the server as --store does.
[ "$(CASEDESK_STORE="$store" "$bin" list --format json | jq length)" = 25 ] || fail "CASEDESK_STORE=postgres://… did not list 25 cases"
CASEDESK_STORE="$store" "$bin" export --output "$work/env.json"
cmp <(grep -v '^  "exported": ' "$work/env.json") <(grep -v '^  "exported": ' "$work/dir.json") || fail "export by \$CASEDESK_STORE differs"
echo "\$CASEDESK_STORE: list and export of the server"

# A password is never taken from the address, and never shown.
set +e
"$bin" list --store "postgres://casedesk_test:hunter2-$$@localhost/$db" >"$work/out.txt" 2>"$work/err.txt"; rc=$?
set -e
[ "$rc" -ne 0 ] || fail "an address with a password was used"
grep -q "holds a password" "$work/err.txt" || fail "no reason given for refusing the address: $(cat "$work/err.txt")"
! grep -q "hunter2" "$work/out.txt" "$work/err.txt" || fail "the password was shown: $(cat "$work/err.txt")"
set +e
PGPASSWORD="hunter3-$$" "$bin" list --store "${store/\/$db?//nosuchdb_$$?}" >"$work/out.txt" 2>"$work/err.txt"; rc=$?
set -e
[ "$rc" -ne 0 ] || fail "a database that does not exist was opened"
grep -q "nosuchdb_$$" "$work/err.txt" || fail "the failure does not name the database: $(cat "$work/err.txt")"
! grep -q "hunter3" "$work/out.txt" "$work/err.txt" || fail "\$PGPASSWORD was shown: $(cat "$work/err.txt")"
echo "passwords: refused in the address, never in a message"

# db init: up to date when run again; a newer schema is refused and left as it is.
"$bin" db init --store "$store" | grep -q "is up to date" || fail "db init run again"
psqlc "INSERT INTO casedesk_schema (version) VALUES (99)"
before=$(psqlc "SELECT count(*) || ' ' || max(version) FROM casedesk_schema")
set +e
"$bin" db init --store "$store" >"$work/out.txt" 2>"$work/err.txt"; rc=$?
set -e
[ "$rc" -ne 0 ] || fail "db init ran on a newer schema"
grep -q "schemaVersion 99" "$work/err.txt" || fail "db init does not say why: $(cat "$work/err.txt")"
[ "$(psqlc "SELECT count(*) || ' ' || max(version) FROM casedesk_schema")" = "$before" ] || fail "db init wrote to a newer schema"
set +e
"$bin" export --store "$store" --output "$work/newer.json" 2>"$work/err.txt"; rc=$?
set -e
[ "$rc" -ne 0 ] && [ ! -e "$work/newer.json" ] || fail "export of a newer schema wrote $work/newer.json"
echo "db init and export refuse a newer schema and write nothing"
echo "postgres-export: 25 cases out as bundle, CSV and directory; 3 refusals"
