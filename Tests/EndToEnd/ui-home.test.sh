#!/usr/bin/env bash
# The real program in a real terminal (tmux, 100x30) on a demo store: filter, open a case,
# record a chase and add a note on the MLA board, look at the Dashboard after those saves,
# quit; then check the screen, the case file, the audit lines and that the terminal was given
# back. Waits for text on the screen, never for time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup home jq

store="$work/store"
"$bin" demo "$store" --cases 120 --seed 7 --no-open >/dev/null

# The case to look for, and how many drafts head the board (they cannot be chased).
first_case=$(jq -r '.id' "$(ls "$store"/cases/*.json | head -1)")
first_title=$(jq -r '.title' "$store/cases/$first_case.json")
drafts=$(cat "$store"/cases/*.json | jq -s '[.[].requests[] | select(.status == "draft")] | length')
audit_before=$(wc -l < "$store/audit.jsonl")

tmux new-session -d -s "$session" -x 100 -y 30 \
    "env LANG=C.UTF-8 CASEDESK_USER=e2e sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; stty -a > \"$work/stty.txt\"; sleep 600'"

# Home screen: the list fills in and says how many cases there are.
wait_for "of 120 cases"
wait_for "Requests"

# Filter as you type: the list narrows to the one case.
keys /
keys -l "$first_case"
wait_for "1 of 120 cases"
keys Enter
keys Enter
# Case detail, with its tabs and marking.
wait_for "Overview"
wait_for "$first_title"
screen | grep -qE "OFFICIAL(-SENSITIVE)?" || { echo "no protective marking on the case detail" >&2; screen >&2; exit 1; }
keys Escape
# Esc alone is the key (not the start of Alt-something) only once the program has acted on it.
wait_for "1 of 120 cases"

# The MLA board: skip the drafts, chase the first sent request.
keys 2
# The board's own frame (the header names every screen): `2` alone switches once its wait for
# a second key is over (a count, CountPrefix); a j sent before that would make it `2j`.
wait_for "┏ MLA board"
for _ in $(seq 1 "$drafts"); do keys j; done
keys c
wait_for "note (optional"
keys -l "e2e chase"
keys Enter
wait_for "recorded"
chased=$(screen | grep -oE "Chase of [^ ]+ recorded" | awk '{print $3}')
[ -n "$chased" ] || { echo "no chase message" >&2; exit 1; }

# A note on the same request goes to its case's notes.
keys a
wait_for "Note on $chased"
keys -l "e2e note"
keys Enter
wait_for "added to"

# The Dashboard after the saves: its figures come from the measures built off the loop.
keys 3
wait_for "Conviction rate"
wait_for "Custody time limits"
wait_for "Caseload"
keys q
wait_for "of 120 cases"

# Quit (q went back to Cases from the Dashboard).
keys q
wait_for "EXIT=0"

# The case file has exactly one new chase, today, by the user, with the note.
today=$(date -u +%Y-%m-%d)
hits=$(cat "$store"/cases/*.json | jq -c --arg r "$chased" '.requests[] | select(.id == $r) | .chases // [] | map(select(.note == "e2e chase"))[]')
[ "$(printf '%s\n' "$hits" | grep -c .)" -eq 1 ] || { echo "expected one chase with the note on $chased, found: $hits" >&2; exit 1; }
printf '%s' "$hits" | jq -e --arg d "$today" '.date == $d and .by == "e2e"' >/dev/null \
    || { echo "chase not dated today by e2e: $hits" >&2; exit 1; }
case_id=$(grep -l "\"$chased\"" "$store"/cases/*.json | head -1 | xargs basename | sed 's/\.json$//')
jq -e --arg r "$chased" --arg d "$today" '.requests[] | select(.id == $r) | .lastChased == $d' "$store/cases/$case_id.json" >/dev/null \
    || { echo "lastChased of $chased is not today" >&2; exit 1; }

# The note: the case's last note, by the user, naming the request.
jq -e --arg t "$chased: e2e note" '.notes[-1] | .text == $t and .author == "e2e"' "$store/cases/$case_id.json" >/dev/null \
    || { echo "no note on $chased in $case_id: $(jq -c '.notes[-1]' "$store/cases/$case_id.json")" >&2; exit 1; }

# One audit line for each save.
audit_after=$(wc -l < "$store/audit.jsonl")
[ $((audit_after - audit_before)) -eq 2 ] || { echo "expected 2 new audit lines, found $((audit_after - audit_before))" >&2; exit 1; }
tail -2 "$store/audit.jsonl" | head -1 | jq -e --arg c "$case_id" '.case == $c and .action == "chase" and .user == "e2e"' >/dev/null \
    || { echo "bad audit line: $(tail -2 "$store/audit.jsonl" | head -1)" >&2; exit 1; }
tail -1 "$store/audit.jsonl" | jq -e --arg c "$case_id" '.case == $c and .action == "note" and .user == "e2e"' >/dev/null \
    || { echo "bad audit line: $(tail -1 "$store/audit.jsonl")" >&2; exit 1; }

# The terminal is given back: normal screen, canonical mode and echo on.
[ "$(tmux display -p -t "$session" '#{alternate_on}')" = "0" ] || { echo "still on the alternate screen" >&2; exit 1; }
for _ in $(seq 1 50); do [ -s "$work/stty.txt" ] && break; sleep 0.1; done
grep -qE '(^| )icanon( |$)' "$work/stty.txt" || { echo "icanon is off after quitting" >&2; cat "$work/stty.txt" >&2; exit 1; }
grep -qE '(^| )echo( |$)' "$work/stty.txt" || { echo "echo is off after quitting" >&2; cat "$work/stty.txt" >&2; exit 1; }
echo "ok: filtered, opened $first_case, chased $chased and noted it on the board, saw the Dashboard, quit cleanly"
