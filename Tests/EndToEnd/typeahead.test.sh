#!/usr/bin/env bash
# Keys in one burst (tmux send-keys -l: one write, as a paste or SSH delivers them) on screens
# whose form opens only after the case is read: every key reaches the form, none runs as a
# command. Cases list `e`, the detail's Notes tab `a`, Overview `e`; then a burst ending in
# Enter saves. Waits for text on the screen, never for time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup typeahead jq
store="$work/store"
"$bin" demo "$store" --cases 40 --seed 9 --no-open >/dev/null
id=$(jq -r '.id' "$(ls "$store"/cases/*.json | sed -n 4p)")
file="$store/cases/$id.json"
title=$(jq -r '.title' "$file")
notes=$(jq '.notes | length' "$file")

tmux new-session -d -s "$session" -x 100 -y 30 \
    "env LANG=C.UTF-8 CASEDESK_USER=e2e sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
wait_for "of 40 cases"
keys /
keys -l "$id"
wait_for "1 of 40 cases"
keys Enter

# 1. Cases list: `e` then the text at once: the first letter is not lost.
keys -l "eHello"
wait_for "Edit case $id"
wait_for "${title}Hello"
keys Escape
wait_for "Nothing saved."

# 2. The Notes tab: the whole burst is the note; `r`, `l`, `d` never ran as commands.
keys Enter
wait_for "[Overview]"
keys Tab Tab Tab Tab
wait_for "[Notes]"
keys -l "aHello burst"
wait_for "Hello burst"
screen | grep -qF "Reloading" && { echo "r ran as a command (reload)" >&2; exit 1; }
screen | grep -qF "[Notes]" || { echo "the tab changed under the form" >&2; screen >&2; exit 1; }
keys Enter
wait_for "saved (revision"
[ "$(jq '.notes | length' "$file")" -eq $((notes + 1)) ] || { echo "the note was not added" >&2; exit 1; }
[ "$(jq -r '.notes[-1].text' "$file")" = "Hello burst" ] || { echo "the note is not the whole burst: $(jq -r '.notes[-1].text' "$file")" >&2; exit 1; }

# 3. Overview `e`, the text and Enter in one burst: saved whole, then the next burst key (`]`,
# next tab) runs as a command once the save is done.
keys '['
keys '['
keys '['
keys '['
wait_for "[Overview]"
keys -l "e Burst"
keys Enter
keys -l "]"
wait_for "[Defendants]"
[ "$(jq -r '.title' "$file")" = "$title Burst" ] || { echo "title after the burst: $(jq -r '.title' "$file")" >&2; exit 1; }

keys q q
wait_for "EXIT=0"
echo "ok: bursts after e and a reach their forms whole (cases list, Notes, Overview), none ran as a command"
