#!/usr/bin/env bash
# People and units from the command line (issue 18.9): add, rename, retire and list with
# validation and an audit line each; a retired person stays on their cases; a refused change
# and a damaged store.json write nothing.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup cli-people jq
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }
export CASEDESK_USER=e2e
store="$work/store"
"$bin" demo "$store" --cases 8 --seed 3 --no-open >/dev/null

"$bin" people add asharma2 --name "Anil Sharma" --role prosecutor --store "$store" >"$work/out"
grep -qx "Added asharma2, Anil Sharma (Prosecutor)." "$work/out" || fail "people add" "$work/out"
"$bin" people rename asharma2 --name "Anil K. Sharma" --store "$store" >/dev/null
lawyer=$(jq -r '.lawyer' "$(ls "$store"/cases/*.json | head -1)")
"$bin" people retire "$lawyer" --store "$store" --today 2026-11-30 >/dev/null
"$bin" units add OCD-MAN --name "OCD Manchester" --kind organisedCrimeDivision --store "$store" >/dev/null
[ "$(jq -r '.people[] | select(.id == "asharma2") | .name' "$store/store.json")" = "Anil K. Sharma" ] || fail "rename not saved"
[ "$(jq -r --arg l "$lawyer" '.people[] | select(.id == $l) | .retired' "$store/store.json")" = 2026-11-30 ] || fail "retire not saved"
"$bin" people list --store "$store" --format tsv | grep -q "^$lawyer	.*	2026-11-30\$" || fail "people list shows no retired day"
"$bin" units list --store "$store" --format csv | grep -q '^OCD-MAN,OCD Manchester,organisedCrimeDivision,' || fail "units list"

# A retired person stays on their cases, by name; the store still checks clean.
"$bin" list --store "$store" --lawyer "$lawyer" --format json | jq -e --arg l "$lawyer" 'length >= 1 and all(.[]; .lawyer == $l)' >/dev/null \
    || fail "the retired lawyer's cases"
"$bin" check --store "$store" >/dev/null || fail "check after the changes"
"$bin" log --store "$store" --format json | jq -e '[.[] | select(.user == "e2e" and .action != "demo") | .action] == ["person add", "person rename", "person retire", "unit add"]' >/dev/null \
    || fail "audit lines" <("$bin" log --store "$store")

# Refusals name the store and write nothing.
cp "$store/store.json" "$work/before.json"
if "$bin" people add asharma2 --name X --role caseworker --store "$store" 2>"$work/err"; then fail "a reused id was accepted"; fi
grep -qF "there is already a person asharma2; ids are never reused ($store)" "$work/err" || fail "reused id message" "$work/err"
if "$bin" units retire NOPE --store "$store" 2>"$work/err"; then fail "retired no unit"; fi
grep -qF 'there is no unit "NOPE"; units: ' "$work/err" || fail "no such unit message" "$work/err"
cmp -s "$store/store.json" "$work/before.json" || fail "a refused change wrote store.json"
printf '{"format": "casedesk-store",' >"$store/store.json"
if "$bin" people add z9 --name Z --role caseworker --store "$store" 2>"$work/err"; then fail "wrote over a damaged store.json"; fi
[ "$(cat "$store/store.json")" = '{"format": "casedesk-store",' ] || fail "the damaged store.json was written over"
echo "ok: people and units add/rename/retire/list, audit lines, retired stays on cases, refusals write nothing"
