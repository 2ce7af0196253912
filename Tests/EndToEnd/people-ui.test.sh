#!/usr/bin/env bash
# People and units from the screen (issue 18.9): key 6 opens it; a person added through its
# form is in store.json at once (seen by `casedesk people list`) with one audit line by the
# user; a reused id is refused in the form, naming the id, and writes nothing.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup people-ui jq
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }
export CASEDESK_USER=e2e
store="$work/store"
"$bin" demo "$store" --cases 8 --seed 3 --no-open >/dev/null
tmux new-session -d -s "$session" -x 100 -y 30 \
    "env XDG_STATE_HOME='$work/state' XDG_CONFIG_HOME='$work/config' CASEDESK_USER=e2e '$bin' --store '$store'"
wait_for "8 of 8 cases"
keys 6
# The screen's own table, not the footer's "6 alone: People and units" while the digit waits.
wait_for "Role or kind"
first=$(jq -r '.people[0].id' "$store/store.json")

# A reused id: refused in the form, nothing written.
cp "$store/store.json" "$work/before.json"
keys a
wait_for "Add a person"
keys -l "$first"; keys Tab; keys -l "Someone Else"; keys Tab; keys -l caseworker; keys Enter
wait_for "There is already a person $first; ids are never reused."
cmp -s "$store/store.json" "$work/before.json" || fail "a refused change wrote store.json"
keys Escape
wait_for "Nothing saved."

keys a
wait_for "Add a person"
keys -l asharma2; keys Tab; keys -l "Anil Sharma"; keys Tab; keys -l prosecutor; keys Enter
wait_for "Added asharma2, Anil Sharma (Prosecutor). Audit: person add by e2e."
"$bin" people list --store "$store" --format tsv >"$work/list"
grep -q "^asharma2	Anil Sharma	prosecutor	\$" "$work/list" || fail "people list does not show the person added" "$work/list"
"$bin" log --store "$store" --format json | jq -e '[.[] | select(.action == "person add")] | length == 1 and .[0].user == "e2e"' >/dev/null \
    || fail "one audit line by e2e" <("$bin" log --store "$store")
keys q
wait_for "1 Cases"
keys q
echo "ok: a person added from the People screen is listed by casedesk people list, audited once; a reused id refused"
