#!/usr/bin/env bash
# The mouse in a real terminal (issue 18.7). The program asks the terminal for mouse reports
# (tmux's pane flags say which: X10-style "normal" 1000 under tmux's own TERM, SGR 1006 under
# xterm-256color, as ncurses reads kmous); events are sent to the pane in that encoding, as
# tmux or xterm would write them: a click on a case row selects it, the wheel moves on, a
# click on a header tab and on a Dashboard figure selects them. With --no-mouse the program
# asks for no reports, so the terminal keeps clicks for selecting text; on exit the modes are
# off again. Waits for text, never for time.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup mouse
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }
store="$work/store"
"$bin" demo "$store" --cases 30 --seed 5 --no-open >/dev/null
# The cases in the list's default order (id ascending).
mapfile -t ids < <("$bin" list --store "$store" --format tsv --columns id | tail -n +2)

start() {   # TERM for the program ("" keeps tmux's), then casedesk's extra options
    tmux kill-session -t "$session" 2>/dev/null || true
    tmux new-session -d -s "$session" -x 100 -y 30 \
        "env LANG=C.UTF-8 ${1:+TERM=$1} CASEDESK_USER=e2e sh -c '\"$bin\" --store \"$store\" $2; echo EXIT=\$?; sleep 600'"
    wait_for "of 30 cases"
}
flag() { tmux display -p -t "$session" "#{$1}"; }
chr() { printf "\\$(printf %03o "$1")"; }
# A mouse event at screen cell X Y (from 0) with button code B (0 left, 64/65 wheel up/down),
# in the encoding the program enabled; a press of the left button is followed by its release.
mouse() {
    local b=$1 x=$(($2 + 1)) y=$(($3 + 1))
    if [ "$(flag mouse_sgr_flag)" = 1 ]; then
        keys -l $'\e'"[<$b;$x;${y}M"
        [ "$b" -ge 64 ] || keys -l $'\e'"[<$b;$x;${y}m"
    else
        keys -l $'\e'"[M$(chr $((32 + b)))$(chr $((32 + x)))$(chr $((32 + y)))"
        [ "$b" -ge 64 ] || keys -l $'\e'"[M#$(chr $((32 + x)))$(chr $((32 + y)))"
    fi
}
# The column of TEXT on screen line Y (from 0), from 0.
column_of() { screen | sed -n "$(($2 + 1))p" | awk -v t="$1" '{ i = index($0, t); print (i ? i - 1 : -1) }'; }
selected() { screen | grep -F '›' | grep -qF "$1"; }
wait_selected() {
    local i
    for i in $(seq 1 150); do selected "$1" && return 0; sleep 0.1; done
    echo "timed out waiting for the selection on: $1" >&2; screen >&2; return 1
}

for term in "" xterm-256color; do
    start "$term" ""
    [ "$(flag mouse_standard_flag)" = 1 ] || fail "TERM=${term:-tmux-256color}: the program did not ask for mouse reports"
    want_sgr=$([ "$term" = xterm-256color ] && echo 1 || echo 0)
    [ "$(flag mouse_sgr_flag)" = "$want_sgr" ] || fail "TERM=${term:-tmux-256color}: SGR reports $(flag mouse_sgr_flag), expected $want_sgr"
    # The list's rows start on screen line 4 (header, context, border, column titles).
    mouse 0 20 7
    wait_selected "${ids[3]}"
    mouse 65 20 10
    wait_selected "${ids[4]}"
    mouse 64 20 10
    wait_selected "${ids[3]}"
    [ "$term" = "" ] && screen >"$work/clicked.txt"
    # A screen's tab in the header, then a figure of the Dashboard.
    x=$(column_of "MLA board" 0)
    [ "$x" -ge 0 ] || fail "no MLA board tab" <(screen)
    mouse 0 "$x" 0
    wait_for "Draft ("
    x=$(column_of "Dashboard" 0)
    mouse 0 "$x" 0
    wait_for "Open incoming"
    y=$(screen | grep -n -m1 "Open incoming" | cut -d: -f1)
    y=$((y - 1))
    x=$(column_of "Open incoming" "$y")
    mouse 0 "$x" "$y"
    wait_selected "Open incoming"
    keys 1
    wait_for "of 30 cases"
    keys q
    wait_for "EXIT=0"
    [ "$(flag mouse_standard_flag)$(flag mouse_sgr_flag)" = 00 ] || fail "TERM=${term:-tmux-256color}: mouse reports still on after exit"
done
mkdir -p /work/wt/captures 2>/dev/null && cp "$work/clicked.txt" /work/wt/captures/issue18-ux-mouse-click-100x30.txt 2>/dev/null || true

# --no-mouse: the terminal is asked for nothing, so it keeps clicks and the wheel for itself.
start "" --no-mouse
[ "$(flag mouse_standard_flag)$(flag mouse_button_flag)$(flag mouse_any_flag)$(flag mouse_sgr_flag)" = 0000 ] \
    || fail "--no-mouse still asked for mouse reports"
selected "${ids[0]}" || fail "the first case is not selected at start" <(screen)
keys q
wait_for "EXIT=0"
echo "ok: click, wheel, header tab and Dashboard figure in X10 and SGR encodings; --no-mouse asks for no reports"
