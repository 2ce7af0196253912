#!/usr/bin/env bash
# What the ncurses backend leaves in a real terminal's cells (issue 18.11: after filtering and
# moving the selection, a bold unselected row and a bold/underline patchwork in the selection
# bar stayed, and Ctrl-L did not clear them). `casedesk-bench frames` draws a list, filters it
# and moves the selection (styled ASCII runs next to runs with other characters) in one tmux
# pane; the same frames, written as plain escape sequences with every cell's whole style, go
# to a second pane. After each frame, and after Ctrl-L, the two panes' cells (text and
# attributes, `capture-pane -e`) must be the same. Waits for text, never time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup drawing
bench="$(dirname "$bin")/casedesk-bench"
[ -x "$bench" ] || { echo "$bench is missing (swift build makes it)" >&2; exit 1; }
width=60 height=12
reference="$session-ref"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; tmux kill-session -t "$reference" 2>/dev/null || true; rm -rf "$work"' EXIT

tmux new-session -d -s "$session" -x $width -y $height \
    "env TERM=xterm-256color LANG=C.UTF-8 '$bench' frames; sleep 600"
# The pane's cells in one canonical form (styles spelt out, trailing blanks dropped).
cells() { tmux capture-pane -e -p -t "$1" | "$bench" cells; }

# Frame N (1-based; "repainted" after Ctrl-L) drawn by the backend must match the reference's cells.
same_as_reference() {
    local n=$1 what=$2 repainted=${3:-}
    "$bench" frames $((n - 1)) $width $height $repainted > "$work/frame$n.txt"
    tmux kill-session -t "$reference" 2>/dev/null || true
    tmux new-session -d -s "$reference" -x $width -y $height \
        "env TERM=xterm-256color LANG=C.UTF-8 sh -c 'cat \"$work/frame$n.txt\"; exec sleep 600'"
    local i
    for i in $(seq 1 150); do
        tmux capture-pane -p -t "$reference" | grep -qF "frame $n of 3${repainted:+ $repainted}" && break
        sleep 0.1
    done
    cells "$reference" > "$work/want$n.txt"
    cells "$session" > "$work/got$n.txt"
    if ! diff -u "$work/want$n.txt" "$work/got$n.txt" > "$work/diff$n.txt"; then
        echo "$what: the terminal's cells differ from the frame (- wanted, + drawn):" >&2
        cat "$work/diff$n.txt" >&2
        exit 1
    fi
}

wait_for "frame 1 of 3"
same_as_reference 1 "first frame"
keys n
wait_for "frame 2 of 3"
same_as_reference 2 "after filtering"
keys n
wait_for "frame 3 of 3"
same_as_reference 3 "after clearing the filter and moving the selection"
# Ctrl-L repaints every cell: still the same cells.
keys C-l
wait_for "frame 3 of 3 repainted"
same_as_reference 3 "after Ctrl-L" repainted
keys q
echo "ok: the backend's cells match each frame's styles (filter, selection moved, Ctrl-L)"
