#!/usr/bin/env bash
# Issue 13.7 and 13.10 through the real binary. Exports are as private as the store (0600,
# also under umask 000) and never replace a file without --force; an export to stdout with an
# unreadable case file is a whole, valid document naming what it left out (exit 1, the file
# on stderr), never half a document; the messages of 13.10 say what happened.
set -euo pipefail
bin=${CASEDESK_BIN:-.build/debug/casedesk}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CASEDESK_USER=e2e-tester
unset CASEDESK_STORE
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_status() { # STATUS COMMAND...: stdout in $work/out, stderr in $work/err
    local want=$1; shift
    set +e; "$@" >"$work/out" 2>"$work/err"; local got=$?; set -e
    [ "$got" -eq "$want" ] || { cat "$work/err" >&2; fail "'$*' exited $got, expected $want"; }
}
mode() { stat -c %a "$1"; }
tried=0

store="$work/store"
"$bin" demo "$store" --no-open --cases 30 --seed 4 >/dev/null
export CASEDESK_STORE="$store"

echo "== private and never replaced (7)"
umask 000
for f in json csv; do
    out="$work/cases.$f"
    expect_status 0 "$bin" export --format $f --output "$out"
    [ "$(mode "$out")" = 600 ] || fail "export --format $f --output is $(mode "$out") under umask 000, not 600"
    cp "$out" "$work/first"
    echo "someone's file" >"$out"
    expect_status 1 "$bin" export --format $f --output "$out"
    grep -q "already exists; nothing was written (--force replaces it)" "$work/err" || fail "refusal does not say why: $(cat "$work/err")"
    [ "$(cat "$out")" = "someone's file" ] || fail "export --format $f wrote over an existing file"
    expect_status 0 "$bin" export --format $f --output "$out" --force
    # The same export again (a bundle's "exported" time aside).
    if [ $f = json ]; then
        [ "$(jq -c 'del(.exported)' "$out")" = "$(jq -c 'del(.exported)' "$work/first")" ] || fail "export --force did not write the export"
    else
        cmp -s "$out" "$work/first" || fail "export --force did not write the export"
    fi
    [ "$(mode "$out")" = 600 ] || fail "export --force left mode $(mode "$out")"
    tried=$((tried + 4))
done
[ -z "$(find "$work" -maxdepth 1 -name '.*.tmp')" ] || fail "temp files left beside the export"
expect_status 2 "$bin" export --force
umask 077

echo "== an unreadable case: a whole document that names it (10)"
ids=$(cd "$store/cases" && ls | head -3 | sed 's/\.json$//')
bad=$(echo "$ids" | sed -n 2p)
head -c 100 "$store/cases/$bad.json" >"$work/cut" && mv "$work/cut" "$store/cases/$bad.json"
mkfifo "$store/cases/FIFO-1.json"
expect_status 1 "$bin" export
jq -e . "$work/out" >/dev/null || fail "export to stdout wrote invalid JSON"
[ "$(jq '.cases | length' "$work/out")" -eq 29 ] || fail "export lost readable cases"
[ "$(jq -r '[.leftOut[].id] | join(" ")' "$work/out")" = "$(printf '%s\n' FIFO-1 "$bad" | sort | tr '\n' ' ' | sed 's/ $//')" ] || fail "leftOut does not name both: $(jq -c .leftOut "$work/out")"
grep -qF "$store/cases/$bad.json" "$work/err" && grep -q "left out" "$work/err" || fail "stderr does not name the file: $(cat "$work/err")"
cp "$work/out" "$work/partial.json"
"$bin" demo "$work/other" --no-open --cases 1 --seed 99 >/dev/null
rm -f "$work/other/cases/"*.json
expect_status 0 "$bin" import "$work/partial.json" --store "$work/other"
grep -q "lacks 2 cases" "$work/err" || fail "import does not say the bundle lacks cases: $(cat "$work/err")"
rm -f "$store/cases/FIFO-1.json"
tried=$((tried + 2))

echo "== messages say what happened (10)"
cp -a "$store" "$work/nocases" && rm -rf "$work/nocases/cases" && echo x >"$work/nocases/cases"
expect_status 1 "$bin" export --store "$work/nocases"
! grep -q "NSCocoaErrorDomain" "$work/err" || fail "export names a Foundation error: $(cat "$work/err")"
grep -q "cases" "$work/err" && grep -qi "not a directory" "$work/err" || fail "export does not say cases is not a directory: $(cat "$work/err")"
[ ! -s "$work/out" ] || fail "export wrote something before finding cases/ unusable"
rm "$work/nocases/cases"
expect_status 1 "$bin" note "$(echo "$ids" | head -1)" text --store "$work/nocases"
! grep -q "There is no case" "$work/err" || fail "note on a store without cases/ says the case is absent"
grep -q "no cases directory" "$work/err" || fail "note does not say cases/ is missing: $(cat "$work/err")"
one=$(echo "$ids" | head -1)
cp -a "$store" "$work/dir" && rm "$work/dir/cases/$one.json" && mkdir "$work/dir/cases/$one.json"
expect_status 1 "$bin" note "$one" text --store "$work/dir"
grep -q "Cannot read" "$work/err" && ! grep -q "Cannot write" "$work/err" || fail "a read error is called a write error: $(cat "$work/err")"
tried=$((tried + 3))
echo "export: $tried checks of private exports, refused overwrites, leftOut documents and messages"
