# Shared by the end-to-end scripts that drive the real binary in tmux (sourced, not run:
# run.sh runs only *.test.sh). Sets $bin (absolute), $work (a temp dir removed on exit) and
# $session (a tmux session killed on exit), and gives screen / wait_for / keys.
# Usage: source "$(dirname "$0")/tmux-lib.sh"; e2e_setup NAME [jq]
e2e_setup() {
    local name=$1 tool
    shift
    bin=${CASEDESK_BIN:-.build/debug/casedesk}
    bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
    for tool in tmux "$@"; do
        command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
    done
    work=$(mktemp -d)
    session="casedesk-$name-$$"
    trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
}

screen() { tmux capture-pane -p -t "$session"; }

# Polls the screen until it shows TEXT (a fixed string), up to 15 s; prints the screen and
# fails if it never does.
wait_for() {
    local text=$1 i
    for i in $(seq 1 150); do
        if screen | grep -qF -- "$text"; then return 0; fi
        sleep 0.1
    done
    echo "timed out waiting for: $text" >&2
    screen >&2
    return 1
}

keys() { tmux send-keys -t "$session" "$@"; }
