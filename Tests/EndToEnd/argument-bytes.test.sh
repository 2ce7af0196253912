#!/usr/bin/env bash
# Issue 13.9: no argument, however hostile, makes the binary write a terminal control byte.
# Each hostile argument goes to each place that echoes arguments (option values, unknown
# options and subcommands, the theme name); stdout and stderr must hold no C0 control other
# than newline, no DEL and no C1 control (U+0080-U+009F as UTF-8, or as raw bytes).
set -euo pipefail
bin=${CASEDESK_BIN:-.build/debug/casedesk}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CASEDESK_USER=e2e-tester
fail() { echo "FAIL: $*" >&2; exit 1; }

store="$work/store"
"$bin" demo "$store" --no-open --cases 3 --seed 3 >/dev/null
export CASEDESK_STORE="$store"

hostile=(
    $'Q\e]52;c;SGk=\a'            # OSC 52: write the clipboard
    $'\e[2J\e[31mred'             # CSI: clear screen, colour
    $'x\x9b31mC1\xc2\x9b1m'       # C1 CSI, raw and as UTF-8
    $'\eP1$r\e\\'                 # DCS
    $'a\x7fb\x08\x0dc'            # DEL, backspace, carriage return
    $'id\u202e\u200f\u200b'       # bidi override and invisible marks (shown as <U+…>)
)
tried=0
check_bytes() { # FILE LABEL
    # Any byte 0x00-0x09, 0x0B-0x1F, 0x7F, 0x80-0x9F on its own, or UTF-8 C1 (C2 80-9F).
    if LC_ALL=C grep -aqP '[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$1"; then
        od -c "$1" | head -5 >&2
        fail "$2: a control byte reached the terminal"
    fi
    if LC_ALL=C grep -aqP '(?<![\xc0-\xff])[\x80-\x9f]' "$1" && ! iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1; then
        fail "$2: a raw C1 byte reached the terminal"
    fi
    if grep -aqP '\x{202e}|\x{200f}|\x{200b}' "$1" 2>/dev/null; then fail "$2: an invisible mark reached the terminal"; fi
}
run() { # LABEL ARGS...: a usage error or a failure, said on stderr
    local label=$1; shift
    set +e; "$bin" "$@" >"$work/out" 2>"$work/err"; local rc=$?; set -e
    if [ "$label" != "help" ]; then
        [ "$rc" -ne 0 ] || fail "$label: exited 0 on a hostile argument"
        [ -s "$work/err" ] || fail "$label: said nothing on stderr"
    fi
    check_bytes "$work/out" "$label (stdout)"
    check_bytes "$work/err" "$label (stderr)"
    tried=$((tried + 1))
}

for h in "${hostile[@]}"; do
    run "list --status" list --status "$h"
    run "list --sort" list --sort "$h"
    run "list --format" list --format "$h"
    run "report --period" report --period "$h"
    run "report --by" report --by "$h"
    run "requests --sort" requests --sort "$h"
    run "unknown option" list "--$h"
    run "unknown option value" list --lawyer
    run "unknown subcommand" "$h"
    run help help "$h"
    run "note unknown case" note "$h" text
    run "log unknown case" log "$h"
    run "--theme" --theme "$h"
    run "--store" list --store "$work/$h"
    run "--today" report --today "$h"
    run "import" import "$work/$h"
done
grep -q "␛\]52;c;SGk=␇" <("$bin" list --status $'Q\e]52;c;SGk=\a' 2>&1 || true) \
    || fail "the OSC 52 argument is not shown in its visible form"
echo "argument bytes: $tried hostile command lines, no control byte reached the terminal"
