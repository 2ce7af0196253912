#!/usr/bin/env bash
# Two casedesk processes saving the same case in a loop (casedesk note): no update is lost
# (the revision rises by exactly the number of successful saves and every successful note is
# in the file), and every refusal by the store is reported on stderr. Then two processes on
# different cases: both land in full.
set -euo pipefail
bin=${CASEDESK_BIN:-.build/debug/casedesk}
command -v jq >/dev/null || { echo "jq is needed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/store"
"$bin" demo "$store" --cases 20 --seed 3 --no-open >/dev/null
a=$(jq -r '.id' "$(ls "$store"/cases/*.json | sed -n 1p)")
b=$(jq -r '.id' "$(ls "$store"/cases/*.json | sed -n 2p)")
n=25

# writer NAME CASE: N notes "NAME-i"; records the i of each success and keeps stderr.
writer() {
    local name=$1 id=$2 i
    : > "$work/$name.ok"
    for i in $(seq 1 $n); do
        if "$bin" note --store "$store" --user "$name" "$id" "$name-$i" >/dev/null 2>>"$work/$name.err"; then
            echo "$i" >> "$work/$name.ok"
        else
            echo "FAILED $i" >> "$work/$name.err"
        fi
    done
}

check_case() {   # CASE REV_BEFORE NOTES_BEFORE WRITER...
    local id=$1 rev0=$2 notes0=$3; shift 3
    local f="$store/cases/$id.json" total=0 w i
    for w in "$@"; do
        total=$((total + $(wc -l < "$work/$w.ok")))
        while read -r i; do
            jq -e --arg t "$w-$i" '[.notes[].text] | index($t) != null' "$f" >/dev/null \
                || { echo "note $w-$i of $id was saved but is not in the file" >&2; exit 1; }
        done < "$work/$w.ok"
    done
    local rev notes
    rev=$(jq '.revision' "$f"); notes=$(jq '.notes | length' "$f")
    [ "$rev" -eq $((rev0 + total)) ] || { echo "$id: revision $rev, expected $((rev0 + total))" >&2; exit 1; }
    [ "$notes" -eq $((notes0 + total)) ] || { echo "$id: $notes notes, expected $((notes0 + total))" >&2; exit 1; }
    echo "$id: $total saves landed, revision $rev0 -> $rev"
}

# --- the same case from two processes
rev0=$(jq '.revision' "$store/cases/$a.json"); notes0=$(jq '.notes | length' "$store/cases/$a.json")
audit0=$(wc -l < "$store/audit.jsonl")
writer p1 "$a" & pid1=$!
writer p2 "$a" & pid2=$!
wait $pid1 $pid2
check_case "$a" "$rev0" "$notes0" p1 p2
ok=$(( $(wc -l < "$work/p1.ok") + $(wc -l < "$work/p2.ok") ))
audit1=$(wc -l < "$store/audit.jsonl")
[ $((audit1 - audit0)) -eq "$ok" ] || { echo "audit grew by $((audit1 - audit0)), expected $ok" >&2; exit 1; }
# Every stderr line is a reported refusal (or a give-up after all retries, also reported).
refusals=$(cat "$work/p1.err" "$work/p2.err" | grep -c '^casedesk: refused: Case .* was saved by someone else' || true)
other=$(cat "$work/p1.err" "$work/p2.err" | grep -v '^casedesk: refused: ' | grep -v '^FAILED ' | grep -vc '^casedesk: error' || true)
[ "$other" -eq 0 ] || { echo "unexpected stderr:" >&2; cat "$work/p1.err" "$work/p2.err" >&2; exit 1; }
failed=$(cat "$work/p1.err" "$work/p2.err" | grep -c '^FAILED ' || true)
echo "same case: $ok of $((2 * n)) notes saved, $refusals refusals reported and retried, $failed gave up"
[ "$ok" -eq $((2 * n - failed)) ]
tail -1 "$store/audit.jsonl" | jq -e --arg c "$a" '.case == $c and .detail == "notes" and (.user == "p1" or .user == "p2")' >/dev/null

# --- different cases: both land in full
revA=$(jq '.revision' "$store/cases/$a.json"); notesA=$(jq '.notes | length' "$store/cases/$a.json")
revB=$(jq '.revision' "$store/cases/$b.json"); notesB=$(jq '.notes | length' "$store/cases/$b.json")
writer q1 "$a" & pid1=$!
writer q2 "$b" & pid2=$!
wait $pid1 $pid2
[ "$(wc -l < "$work/q1.ok")" -eq $n ] && [ "$(wc -l < "$work/q2.ok")" -eq $n ] \
    || { echo "a save on a different case failed" >&2; cat "$work/q1.err" "$work/q2.err" >&2; exit 1; }
check_case "$a" "$revA" "$notesA" q1
check_case "$b" "$revB" "$notesB" q2
"$bin" log --store "$store" "$b" --format tsv | tail -1 | grep -q "q2"
echo "different cases: both landed"
