#!/usr/bin/env bash
# First run and housekeeping on the command line (issue 18.9) and `casedesk show` (18.6):
# no store says how to make one; init makes an empty one; options before the command; an
# unknown command names itself and the commands; note on an unknown case names the store;
# --lawyer nobody says no such person; show prints every tab with the marking on every page.
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup cli-habits jq
fail() { echo "$1" >&2; [ -n "${2:-}" ] && cat "$2" >&2; exit 1; }
export CASEDESK_USER=e2e

# No store: the UI is not started, and the message says how to make one.
if "$bin" --store "$work/none" </dev/null >"$work/out" 2>"$work/err"; then fail "casedesk started on no store"; fi
grep -qF "there is no store at $work/none. Make an empty one with 'casedesk init $work/none', or try one with made-up cases: 'casedesk demo'." "$work/err" \
    || fail "no first-run advice" "$work/err"
# Every command that reads a store says the same, not only "no such directory"; a directory
# with no store.json is told to take a new or empty directory.
for cmd in list requests "report --by year" agenda; do
    if "$bin" $cmd --store "$work/none" </dev/null >"$work/out" 2>"$work/err"; then fail "$cmd ran on no store"; fi
    grep -qF "there is no store at $work/none. Make an empty one with 'casedesk init $work/none', or try one with made-up cases: 'casedesk demo'." "$work/err" \
        || fail "$cmd: no first-run advice" "$work/err"
done
# check lists it as the store's one problem, on stdout as it lists every problem.
if "$bin" check --store "$work/none" </dev/null >"$work/out" 2>"$work/err"; then fail "check passed no store"; fi
grep -qF "Make an empty one with 'casedesk init $work/none'" "$work/out" || fail "check: no first-run advice" "$work/out"
mkdir -p "$work/plain" && echo x >"$work/plain/readme.txt"
if "$bin" list --store "$work/plain" </dev/null >"$work/out" 2>"$work/err"; then fail "list ran on a plain directory"; fi
grep -qF "$work/plain is not a CaseDesk store (it has no store.json). Make an empty one with 'casedesk init $work/plain' (in a new or empty directory), or try one with made-up cases: 'casedesk demo'." "$work/err" \
    || fail "list on a plain directory: no advice" "$work/err"

# init, then the UI's and list's view of it; options before the command.
"$bin" init "$work/fresh" --name "Test Division" >"$work/out"
grep -qF 'Made an empty store "Test Division"' "$work/out" || fail "init said nothing" "$work/out"
[ "$(stat -c %a "$work/fresh")" = 700 ] || fail "the new store is not 0700"
[ "$(jq -r .name "$work/fresh/store.json")" = "Test Division" ] || fail "the store has no name"
"$bin" --store "$work/fresh" list --format json >"$work/out"
[ "$(jq length "$work/out")" = 0 ] || fail "options before the command: list did not run" "$work/out"
# A command of a group (people, units) takes them too: they go after its subcommand.
"$bin" --store "$work/fresh" --user e2e units add TEST-U --name "Test Unit" --kind other >"$work/out" 2>"$work/err" \
    || fail "options before the command: units add refused them" "$work/err"
"$bin" --store "$work/fresh" units list --format tsv >"$work/out" 2>"$work/err" \
    || fail "options before the command: units list refused them" "$work/err"
grep -qF "TEST-U" "$work/out" || fail "options before the command: units list did not list the unit" "$work/out"
# views are the user's, not the store's: options before the command are taken and ignored.
XDG_CONFIG_HOME="$work/config" "$bin" --store "$work/fresh" --user e2e views list >"$work/out" 2>"$work/err" \
    || fail "options before the command: views list refused them" "$work/err"
grep -qF "No saved views in $work/config/casedesk/views.toml" "$work/out" || fail "views list said something else" "$work/out"
# Every command and group subcommand takes the options before it: the ones that read a store
# (those whose help lists --store) use them, the others (views) drop them, so the first option
# the command refuses is the one after the options (or its own missing argument), never
# --store or --user.
subcommands() { sed -n '/^SUBCOMMANDS:/,/^$/p' | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'; }
paths=""
for cmd in $("$bin" --help | subcommands); do
    subs=$("$bin" help "$cmd" | subcommands)
    [ -n "$subs" ] || paths="$paths $cmd"
    for sub in $subs; do paths="$paths $cmd:$sub"; done
done
storeless=""
for path in $paths; do
    words=${path/:/ }
    "$bin" $words --help | grep -qF -- "--store" || storeless="$storeless $path"
    set +e; "$bin" --store "$work/fresh" --user e2e $words --no-such-option </dev/null >"$work/out" 2>"$work/err"; status=$?; set -e
    [ "$status" = 2 ] || fail "$words after the shared options: status $status" "$work/err"
    if grep -qE -- "--(store|user)'" "$work/err"; then fail "$words: the shared options before it were refused" "$work/err"; fi
done
case "$storeless" in *" views:list"*) ;; *) fail "views list takes --store now? storeless:$storeless";; esac
if "$bin" init "$work/fresh" 2>"$work/err"; then fail "init over a store"; fi
grep -qF "a store already exists here" "$work/err" || fail "init over a store: no reason" "$work/err"

# An unknown command.
set +e; "$bin" frobnicate 2>"$work/err"; status=$?; set -e
[ "$status" = 2 ] || fail "unknown command: status $status"
grep -qxF "casedesk: unknown command 'frobnicate'" "$work/err" || fail "unknown command: no message" "$work/err"
grep -qF "Commands: ui, init, demo, list" "$work/err" || fail "unknown command: no list" "$work/err"

# note on an unknown case, --lawyer nobody.
store="$work/demo"
"$bin" demo "$store" --cases 12 --seed 3 --no-open >/dev/null
# demo --store DIR writes there, as demo DIR does (it made a temporary directory instead);
# two different directories are refused, a server address is told how to get the demo there.
"$bin" demo --store "$work/demo-opt" --cases 3 --no-open >"$work/out" 2>"$work/err" || fail "demo --store failed" "$work/err"
[ "$(cat "$work/out")" = "$work/demo-opt" ] || fail "demo --store wrote elsewhere" "$work/out"
[ "$(ls "$work/demo-opt/cases" | wc -l)" = 3 ] || fail "demo --store: no cases in the directory"
if "$bin" demo "$work/demo-a" --store "$work/demo-b" --no-open >"$work/out" 2>"$work/err"; then fail "demo took two directories"; fi
grep -qF "give the demo's directory once" "$work/err" || fail "demo DIR --store OTHER: no message" "$work/err"
if "$bin" demo --store postgres://nobody@localhost/none --no-open >"$work/out" 2>"$work/err"; then fail "demo wrote to a server"; fi
grep -qF "casedesk import --from" "$work/err" || fail "demo --store postgres://: no advice" "$work/err"
# With no $USER (cron, a bare su, tmux started without it) the audit names the login, not "unknown".
env -u USER -u CASEDESK_USER "$bin" demo "$work/demo-nouser" --cases 2 --no-open >/dev/null
[ "$(jq -r .user "$work/demo-nouser/audit.jsonl" | sort -u)" = "$(id -un)" ] \
    || fail "no \$USER: the audit does not name the login" "$work/demo-nouser/audit.jsonl"
if "$bin" note NO-SUCH-CASE "hello" --store "$store" 2>"$work/err"; then fail "note on no case"; fi
grep -qF "(store $store)" "$work/err" || fail "note on an unknown case does not name the store" "$work/err"
if "$bin" list --lawyer nobody --store "$store" 2>"$work/err"; then fail "--lawyer nobody listed"; fi
grep -qF -- '--lawyer "nobody": there is no such person in the store; people: ' "$work/err" || fail "--lawyer nobody" "$work/err"

# show: every tab, the marking at the top and bottom of every page, markdown and json.
id=$(jq -r '.id' "$(ls "$store"/cases/*.json | sed -n 2p)")
marking=$(jq -r 'if .sensitivity == "officialSensitive" then "OFFICIAL-SENSITIVE" else "OFFICIAL" end' "$store/cases/$id.json")
"$bin" show "$id" --store "$store" --page-lines 30 >"$work/show.txt"
for h in OVERVIEW DEFENDANTS HEARINGS REQUESTS NOTES HISTORY; do grep -qx "$h" "$work/show.txt" || fail "show: no $h" "$work/show.txt"; done
pages=$(grep -c "^$marking .*$id · page [0-9]* of " "$work/show.txt")
[ "$pages" -ge 2 ] || fail "show: $pages pages" "$work/show.txt"
[ "$(grep -cx "$marking" "$work/show.txt")" = "$pages" ] || fail "show: not every page closes with the marking" "$work/show.txt"
[ "$(tr -cd '\f' < "$work/show.txt" | wc -c)" = $((pages - 1)) ] || fail "show: pages are not separated by form feeds"
"$bin" show "$id" --store "$store" --format markdown >"$work/show.md"
[ "$(head -1 "$work/show.md")" = "**$marking**" ] && [ "$(tail -1 "$work/show.md")" = "**$marking**" ] || fail "markdown marking" "$work/show.md"
"$bin" show "$id" --store "$store" --format json | jq -e --arg id "$id" --arg m "$marking" '.marking == $m and .case.id == $id and (.history | length) >= 1' >/dev/null \
    || fail "show --format json"
if "$bin" show NOPE --store "$store" 2>"$work/err"; then fail "show of no case"; fi
grep -qF "($store)" "$work/err" || fail "show of no case does not name the store" "$work/err"
echo "ok: no-store advice, init, demo --store, the login as user, options before the command, unknown command, note/--lawyer messages, show text/markdown/json"
