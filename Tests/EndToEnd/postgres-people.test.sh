#!/usr/bin/env bash
# People and units of a server store from the CLI (issue 17 with 18.9): `casedesk people` and
# `casedesk units` add, rename, retire and list on PostgreSQL as on a directory, each with one
# audit line; a role that may only work on cases is refused with a sentence saying who may
# change them, and nothing changes. Needs the throwaway server .ci/run starts
# (CASEDESK_TEST_PG); skipped without it.
set -euo pipefail
if [ -z "${CASEDESK_TEST_PG:-}" ] || [ -z "${CASEDESK_TEST_PG_SOCKET:-}" ]; then
    echo "SKIP: CASEDESK_TEST_PG is not set (bash .ci/run starts a throwaway PostgreSQL and sets it)"
    exit 0
fi
bin=${CASEDESK_BIN:-.build/debug/casedesk}
db="e2e_people_$$"
clerk="e2e_clerk_$$"
psqlc() { psql -X -q -A -t -h "$CASEDESK_TEST_PG_SOCKET" -U casedesk_test -d "${2:-$db}" -c "$1"; }
psqlc "CREATE DATABASE $db" casedesk_test
trap 'psqlc "DROP DATABASE IF EXISTS $db WITH (FORCE)" casedesk_test || true; psqlc "DROP ROLE IF EXISTS $clerk" casedesk_test || true' EXIT
store=$(printf '%s' "$CASEDESK_TEST_PG" | sed "s|/casedesk_test?|/$db?|")
clerkstore=$(printf '%s' "$store" | sed "s|//casedesk_test@|//$clerk@|")
unset CASEDESK_STORE PGPASSWORD
export CASEDESK_USER=e2e
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin" db init --store "$store" --name "People e2e" >/dev/null
"$bin" people add asharma2 --name "Anil Sharma" --role prosecutor --store "$store" | grep -qx "Added asharma2, Anil Sharma (Prosecutor)." \
    || fail "people add on the server"
"$bin" people rename asharma2 --name "Anil K. Sharma" --store "$store" >/dev/null
"$bin" people retire asharma2 --store "$store" --today 2026-11-30 >/dev/null
"$bin" units add CCU-MAN --name "CCU Manchester" --kind complexCaseworkUnit --store "$store" >/dev/null
"$bin" people list --store "$store" --format tsv | grep -qx $'asharma2\tAnil K. Sharma\tprosecutor\t2026-11-30' \
    || fail "people list does not show the renamed, retired person: $("$bin" people list --store "$store" --format tsv)"
"$bin" units list --store "$store" --format tsv | grep -q "^CCU-MAN" || fail "units list does not show CCU-MAN"
actions=$("$bin" log --store "$store" --format tsv | cut -f3 | grep -c -E '^(person|unit) ')
[ "$actions" = 4 ] || fail "expected 4 audit lines for people and units, saw $actions"
echo "people and units on the server: added, renamed, retired, listed, 4 audit lines"

# A role that works on cases may not change them: told who may, nothing written.
psqlc "CREATE ROLE $clerk LOGIN IN ROLE casedesk_user"
set +e
out=$("$bin" people add x1 --name "X One" --role caseworker --store "$clerkstore" 2>&1); rc=$?
set -e
[ "$rc" -ne 0 ] || fail "a casedesk_user role changed the people"
grep -q "the role that owns its tables" <<<"$out" || fail "the refusal does not say who may: $out"
"$bin" people list --store "$store" --format tsv | grep -q "^x1" && fail "x1 was added despite the refusal"
echo "a case worker's role is refused with: ${out#casedesk: }"
