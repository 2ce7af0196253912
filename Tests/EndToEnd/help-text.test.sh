#!/usr/bin/env bash
# Every command's --help reads as paragraphs at 80 columns: argument-parser wraps the text to
# the terminal and keeps the source's line breaks, so a paragraph written with hard breaks at
# 88 columns came out ragged ("...defendants with" / "outcomes since ..." / "stage, and MLA,").
# A ragged paragraph shows as a short line followed by a line that goes on with the sentence.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup help-text
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }

commands=$("$bin" --help | awk '/^SUBCOMMANDS:/{f=1;next} f&&/^  [a-z]/{print $1}')
[ "$(echo "$commands" | wc -w)" -ge 10 ] || fail "the command list was not found" <("$bin" --help)
for width in 80 100; do
    for cmd in "" $commands; do
        COLUMNS=$width "$bin" $cmd --help >"$work/help" 2>&1 || fail "casedesk $cmd --help failed"
        # The discussion: between OVERVIEW's paragraph and USAGE:, prose only (not the examples).
        awk -v w="$width" '
            /^USAGE:/ { exit }
            prev != "" && prev !~ /^ / && $0 ~ /^[a-z(]/ && length(prev) + 1 + length($1) <= w - 2 {
                print "ragged at " w " columns: \"" prev "\" / \"" $0 "\""; bad = 1
            }
            { prev = $0 }
            END { exit bad }' "$work/help" || fail "casedesk $cmd --help is ragged" "$work/help"
    done
done
echo "figures: $(echo "$commands" | wc -w) commands' help read at 80 and 100 columns"
