#!/usr/bin/env bash
# Issue 13.12 (a): the damaged-content battery. Every kind of damage a case file, store.json
# or audit.jsonl can suffer (truncated, empty, wrong types, unknown enums, a BOM, NUL bytes,
# invalid UTF-8, 100,000 nested arrays, trailing garbage, huge numbers, files over the size
# limit, and the special kinds: directory, FIFO, dangling link, link loop, link to a device)
# must be reported by `check` naming the file with a clear message, and must never crash or
# hang any other command (each runs under a timeout; a signal or a timeout fails the test).
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
e2e_setup damage jq
export CASEDESK_USER=e2e-tester
unset CASEDESK_STORE
fail() { echo "FAIL: $*" >&2; exit 1; }
tried=0

base="$work/base"
"$bin" demo "$base" --no-open --cases 12 --seed 5 >/dev/null
good=$(cd "$base/cases" && ls | head -1)
good=${good%.json}
valid() { # ID: a valid case file for ID (no requests: their ids are unique in the store)
    jq --arg id "$1" '.id = $id | .requests = [] | .revision = 1' "$base/cases/$good.json"
}

# run STORE LABEL COMMAND...: must end by itself (60 s) without a signal; output kept in $work/out, $work/err
run() {
    local store=$1 label=$2; shift 2
    set +e; timeout 60 "$bin" "$@" --store "$store" >"$work/out" 2>"$work/err" </dev/null; rc=$?; set -e
    [ "$rc" -ne 124 ] || fail "$label: '$*' hung (killed after 60 s)"
    [ "$rc" -lt 128 ] || { tail -5 "$work/err" >&2; fail "$label: '$*' crashed (status $rc)"; }
    tried=$((tried + 1))
}

# --- Case files: every kind at once in one store, each named by check, export and the UI.
store="$work/cases"
cp -a "$base" "$store"
c="$store/cases"
nest=$(printf '%*s' 100000 '' | tr ' ' '[')$(printf '%*s' 100000 '' | tr ' ' ']')
valid DMG-TRUNCATED | head -c 300 >"$c/DMG-TRUNCATED.json"
: >"$c/DMG-EMPTY.json"
valid DMG-WRONGTYPE | jq '.title = 5 | .defendants = "none"' >"$c/DMG-WRONGTYPE.json"
valid DMG-ENUM | jq '.status = "frobnicated"' >"$c/DMG-ENUM.json"
{ printf '\xef\xbb\xbf'; valid DMG-BOM; } >"$c/DMG-BOM.json"
{ printf '{\0'; valid DMG-NUL | tail -c +2; } >"$c/DMG-NUL.json"
valid DMG-UTF8 | sed 's/"title": "/"title": "\xff\xfe/' >"$c/DMG-UTF8.json"
printf '{"id": "DMG-DEEP", "summary": %s}\n' "$nest" >"$c/DMG-DEEP.json"
printf '%s' "$nest" >"$c/DMG-DEEPTOP.json"
{ valid DMG-TRAILING; echo 'garbage}'; } >"$c/DMG-TRAILING.json"
valid DMG-HUGE | jq '.revision = 1e400' >"$c/DMG-HUGE.json" 2>/dev/null || valid DMG-HUGE | sed 's/"revision": 1/"revision": 1e400/' >"$c/DMG-HUGE.json"
valid DMG-DUPKEY | sed 's/^{/{"status": "charged", /' >"$c/DMG-DUPKEY.json"
truncate -s 65M "$c/DMG-OVERLIMIT.json"
mkdir "$c/DMG-DIR.json"
mkfifo "$c/DMG-FIFO.json"
ln -s /nonexistent/x.json "$c/DMG-DANGLING.json"
ln -s DMG-LOOP.json "$c/DMG-LOOP.json"
ln -s /dev/zero "$c/DMG-DEVICE.json"
kinds=$(cd "$c" && ls -d DMG-*.json | sed 's/\.json$//')
count=$(echo "$kinds" | wc -l)

run "$store" "case files" check
[ "$rc" -eq 1 ] || fail "check exited $rc on a store with $count damaged case files"
for k in $kinds; do
    line=$(grep -F "$c/$k.json" "$work/out" | head -1 || true)
    [ -n "$line" ] || { cat "$work/out" >&2; fail "check does not name $k.json"; }
    # A clear message: the file, then what is wrong (more than the path alone).
    [ "${#line}" -gt $(( ${#c} + ${#k} + 12 )) ] || fail "check names $k.json without saying what is wrong: $line"
done
grep -F "$c/DMG-DEEP.json" "$work/out" | grep -qi "nest" || fail "deep nesting is not called what it is: $(grep DMG-DEEP "$work/out")"
grep -F "$c/DMG-OVERLIMIT.json" "$work/out" | grep -q "limit" || fail "a file over the limit does not name the limit"
grep -F "$c/DMG-FIFO.json" "$work/out" | grep -q "FIFO" || fail "a FIFO is not called a FIFO"

for cmd in "list" "list --format json" "report" "requests" "agenda" "log" "export --format csv"; do
    # shellcheck disable=SC2086
    run "$store" "case files" $cmd
    [ "$rc" -le 1 ] || fail "$cmd exited $rc"
    [ -s "$work/out" ] || [ "$cmd" = log ] || fail "$cmd printed nothing for the good cases"
done
run "$store" "case files" export
[ "$rc" -eq 1 ] || fail "export exited $rc with damaged case files"
jq -e . "$work/out" >/dev/null || fail "export wrote a document that is not valid JSON"
# A BOM is skipped when read (check warns): that case is exported; every other one is named.
for k in $kinds; do
    [ "$k" != DMG-BOM ] || continue
    jq -e --arg k "$k" 'any(.leftOut[]; .id == $k)' "$work/out" >/dev/null || fail "export does not name $k in leftOut"
done
grep -qF "left out" "$work/err" || fail "export does not say on stderr that cases were left out"
[ "$(jq '.cases | length' "$work/out")" -eq 13 ] || fail "export lost good cases"
run "$store" "case files" note "$good" "a note beside damaged files"
[ "$rc" -eq 0 ] || { cat "$work/err" >&2; fail "note on a good case failed beside damaged files"; }

# The UI opens, says the store has damaged files and lists the good cases.
tmux new-session -d -s "$session" -x 120 -y 30 "'$bin' --store '$store'; echo UI-EXITED; sleep 30"
wait_for "$good"
screen | grep -qi "damaged" || { screen >&2; fail "the UI does not say that files are damaged"; }
keys q
wait_for UI-EXITED
tmux kill-session -t "$session"

# --- store.json and audit.jsonl: each kind in its own store. check names the file; every
# other command ends by itself, naming the file when it cannot go on.
meta_kinds="truncated empty wrongtype enum bom nul utf8 deep trailing huge dir fifo dangling loop device overlimit"
damage() { # FILE KIND VALID-CONTENT-FILE
    local f=$1 kind=$2 src=$3
    rm -f "$f"
    case $kind in
        truncated) head -c 40 "$src" >"$f" ;;
        empty) : >"$f" ;;
        wrongtype) jq '.units = 5' "$src" >"$f" ;;
        enum) jq '.units[0].kind = "frobnicated"' "$src" >"$f" ;;
        bom) { printf '\xef\xbb\xbf'; cat "$src"; } >"$f" ;;
        nul) { printf '{\0'; tail -c +2 "$src"; } >"$f" ;;
        utf8) sed '0,/"/s//"\xff/' "$src" >"$f" ;;   # invalid UTF-8 in the first string
        deep) printf '%s\n' "$nest" >"$f" ;;
        trailing) { cat "$src"; echo 'garbage}'; } >"$f" ;;
        huge) jq '.chaseIntervalDays = 99999999999999999999999999' "$src" >"$f" ;;
        dir) mkdir "$f" ;;
        fifo) mkfifo "$f" ;;
        dangling) ln -s /nonexistent/x "$f" ;;
        loop) ln -s "$(basename "$f")" "$f" ;;
        device) ln -s /dev/zero "$f" ;;
        overlimit) truncate -s 17M "$f" ;;
    esac
}
for kind in $meta_kinds; do
    store="$work/meta-$kind"
    cp -a "$base" "$store"
    cp "$base/store.json" "$work/store.json.valid"
    damage "$store/store.json" "$kind" "$work/store.json.valid"
    run "$store" "store.json $kind" check
    grep -qF "store.json" "$work/out" "$work/err" || fail "check does not name store.json ($kind): $(cat "$work/out" "$work/err")"
    # A BOM is skipped when read (a warning); every other kind makes the store unusable.
    want=1 && [ "$kind" != bom ] || want=0
    [ "$rc" -eq "$want" ] || fail "check exited $rc on store.json $kind"
    for cmd in list "note $good x" report export; do
        # shellcheck disable=SC2086
        run "$store" "store.json $kind" $cmd
        [ "$rc" -eq "$want" ] || fail "$cmd exited $rc with store.json $kind"
        [ "$want" -eq 0 ] || grep -qF "store.json" "$work/err" || fail "$cmd does not name store.json ($kind): $(cat "$work/err")"
    done
    rm -rf "$store"
done

# audit.jsonl: a damaged trail never stops the cases being read; check reports it.
for kind in truncated empty bom nul utf8 deep trailing dir fifo dangling loop device; do
    store="$work/audit-$kind"
    cp -a "$base" "$store"
    cp "$base/audit.jsonl" "$work/audit.valid"
    damage "$store/audit.jsonl" "$kind" "$work/audit.valid"
    run "$store" "audit.jsonl $kind" check
    case $kind in
        # A torn or unreadable line is a warning (a crash while appending leaves one) unless
        # it hides a revision's line, which check then reports as missing.
        empty|truncated) [ "$rc" -eq 1 ] || fail "check accepted a trail that lost its lines ($kind)" ;;
        *) [ "$rc" -eq 1 ] || grep -qF "audit.jsonl" "$work/out" || fail "check says nothing of audit.jsonl $kind" ;;
    esac
    grep -qF "audit.jsonl" "$work/out" "$work/err" || grep -q "audit line" "$work/out" \
        || fail "check does not mention the audit trail ($kind): $(cat "$work/out")"
    for cmd in list "log $good" report; do
        # shellcheck disable=SC2086
        run "$store" "audit.jsonl $kind" $cmd
        [ "$rc" -le 1 ] || fail "$cmd exited $rc with audit.jsonl $kind"
    done
    rm -rf "$store"
done
echo "damage: $count kinds of damaged case file, $(echo $meta_kinds | wc -w) of store.json, 12 of audit.jsonl; $tried runs of the binary, none crashed or hung"
