#!/usr/bin/env bash
# `y` and `o` in a real terminal (tmux, 100x30): y puts the selected case id, then a request
# id, on the clipboard with OSC 52 (tmux takes it with set-clipboard on: `show-buffer`); o
# shows the whole case in the real `less -R` ($PAGER unset), marking at the top, every tab,
# from a private 0600 file that is gone once less quits, and CaseDesk comes back drawn.
# With options.clipboard = off, y says so and copies nothing. Waits for text, never time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup handoff jq less
store="$work/store"
"$bin" demo "$store" --cases 40 --seed 5 --no-open >/dev/null
mkdir -m 700 "$work/tmp" "$work/config" "$work/config/casedesk"
start() {
    tmux kill-session -t "$session" 2>/dev/null || true
    tmux new-session -d -s "$session" -x 100 -y 30 \
        "env -i HOME='$work' PATH='$PATH' TERM=xterm-256color LANG=C.UTF-8 TMUX=e2e TMPDIR='$work/tmp' \
         XDG_CONFIG_HOME='$work/config' CASEDESK_USER=e2e '$bin' --store '$store'; echo EXITED; sleep 600"
    # tmux takes OSC 52 from what runs in it only with set-clipboard on (a server option).
    tmux set-option -s set-clipboard on
    wait_for "of 40 cases"
}
start

# 1. y: the selected case's id.
# The list opens sorted by id: the first case file's id is the one selected.
id=$(basename "$(ls "$store"/cases/*.json | head -1)" .json)
tmux set-buffer -b e2e-empty "nothing yet"
keys y
wait_for "Copied the case id $id to the clipboard."
[ "$(tmux show-buffer)" = "$id" ] || { echo "the clipboard holds '$(tmux show-buffer)', not $id" >&2; exit 1; }

# 2. o: the whole case in less -R; q gives CaseDesk back.
keys o
wait_for "OVERVIEW"
screen | head -1 | grep -qE '^OFFICIAL(-SENSITIVE)? +'"$id"' · page 1 of 1' \
    || { echo "no marking on the pager's first line" >&2; screen >&2; exit 1; }
[ "$(stat -c %a "$work/tmp"/casedesk-*/"$id.txt")" = 600 ] || { echo "the pager's file is not 0600" >&2; exit 1; }
keys G
wait_for "HISTORY"
keys q
wait_for "of 40 cases"
[ -z "$(ls -A "$work/tmp")" ] || { echo "the pager's file was left behind: $(ls -A "$work/tmp")" >&2; exit 1; }
tmux capture-pane -p -t "$session" > "$work/after-pager.txt"
grep -qF "CaseDesk" "$work/after-pager.txt" || { echo "CaseDesk is not redrawn after the pager" >&2; cat "$work/after-pager.txt" >&2; exit 1; }

# 3. The detail screen's Requests tab: y copies the request id.
keys Enter
wait_for "[Overview]"
keys Tab Tab Tab
wait_for "[Requests]"
keys y
wait_for "Copied the request id"
req=$(tmux show-buffer)
[[ "$req" =~ ^[A-Z0-9-]+$ ]] && [ "$req" != "$id" ] || { echo "the clipboard holds '$req', not a request id" >&2; exit 1; }

# 4. options.clipboard = off: y says why and copies nothing.
keys q q
wait_for "EXITED"
echo "options.clipboard = off" > "$work/config/casedesk/config"
start
tmux set-buffer "untouched"
keys y
wait_for "copying to the clipboard is turned off (options.clipboard = off)"
[ "$(tmux show-buffer)" = "untouched" ] || { echo "y copied although the clipboard is off" >&2; exit 1; }
keys q
wait_for "EXITED"
echo "ok: y copies case and request ids through OSC 52 into tmux, o shows the case in less -R and CaseDesk comes back, options.clipboard = off"
