#!/usr/bin/env bash
# Issue 13.12 (c): a full disk. A store on a small tmpfs, filled up: a note, a UI-equivalent
# save (casedesk-savedriver) and an import are refused with a message that says the disk is
# full (an import also says how many of its cases were written), and nothing is lost: every
# file of the store is as it was and `check` passes. An import that fills the disk half way
# writes none of its cases, and runs to the end once there is room. Needs to mount a tmpfs
# (root with CAP_SYS_ADMIN); where it cannot, it says so in one SKIP line and passes.
set -euo pipefail
bin=${CASEDESK_BIN:-.build/debug/casedesk}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
driver=$(dirname "$bin")/casedesk-savedriver
work=$(mktemp -d)
mnt="$work/mnt"
mounted=0
trap '[ "$mounted" -eq 0 ] || umount "$mnt"; rm -rf "$work"' EXIT
export CASEDESK_USER=e2e-full
unset CASEDESK_STORE
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$driver" ] || fail "$driver is missing; run 'swift build' first"

mkdir "$mnt"
if ! mount -t tmpfs -o size=4m,mode=0700 tmpfs "$mnt" 2>"$work/mount.err"; then
    echo "SKIP: cannot mount a 4 MB tmpfs here ($(head -1 "$work/mount.err")); a full disk needs root with CAP_SYS_ADMIN"
    exit 0
fi
mounted=1

store="$mnt/store"
"$bin" demo "$store" --no-open --cases 6 --seed 21 >/dev/null
id=$(cd "$store/cases" && ls | head -1) && id=${id%.json}
"$bin" demo "$work/source" --no-open --cases 206 --seed 21 >/dev/null
# The bundle: the source's cases whose ids the store does not have.
"$bin" export --store "$work/source" | jq --argjson have "$(cd "$store/cases" && ls | sed 's/\.json$//' | jq -R . | jq -s .)" \
    '.cases |= map(select(.id as $i | $have | index($i) | not))' >"$work/bundle.json"
[ "$(jq '.cases | length' "$work/bundle.json")" -eq 200 ] || fail "the bundle does not have 200 cases"
"$bin" list --store "$store" >/dev/null    # the summary cache, so later opens need not write it

fill() { # [KB to leave free]: fill the tmpfs up to that
    rm -f "$mnt/filler"
    local avail; avail=$(df -k --output=avail "$mnt" | tail -1)
    local keep=${1:-0}
    if [ "$keep" -eq 0 ]; then
        dd if=/dev/zero of="$mnt/filler" bs=4096 2>/dev/null || true
    else
        dd if=/dev/zero of="$mnt/filler" bs=1024 count=$((avail - keep)) 2>/dev/null
    fi
}
# Every file of the store but the derived cache and the journal (an empty journal file may be
# created by a refused write; that it holds nothing is checked on its own).
state() { (cd "$store" && find . -path ./.cache -prune -o -type f ! -name .journal -print0 | sort -z | xargs -0 sha256sum) }
expect_refused() { # LABEL: the last command failed saying the disk is full, and nothing changed
    [ "$rc" -ne 0 ] || fail "$1 on a full disk exited 0"
    grep -q "No space left on device" "$work/err" || { cat "$work/err" >&2; fail "$1 on a full disk does not say the disk is full"; }
    [ "$(grep -c . "$work/err")" -le 2 ] || { cat "$work/err" >&2; fail "$1: more than a clear message"; }
    [ ! -s "$store/.journal" ] || fail "$1 on a full disk left lines in the journal"
    state >"$work/after"
    diff -q "$work/before" "$work/after" >/dev/null || { diff "$work/before" "$work/after" >&2; fail "$1 changed the store on a full disk"; }
    "$bin" check --store "$store" >"$work/check" 2>&1 || { cat "$work/check" >&2; fail "check fails after $1 on a full disk"; }
}

fill
state >"$work/before"
set +e; "$bin" note "$id" "on a full disk" --store "$store" >/dev/null 2>"$work/err"; rc=$?; set -e
expect_refused "note"
set +e; "$driver" "$store" "$id" 3 full >/dev/null 2>"$work/err"; rc=$?; set -e
expect_refused "a UI-equivalent save"
set +e; "$bin" import "$work/bundle.json" --store "$store" >/dev/null 2>"$work/err"; rc=$?; set -e
expect_refused "import"
grep -q "No case of the bundle was written" "$work/err" || fail "a refused import does not say how many cases were written: $(cat "$work/err")"

# Room for about a quarter of the bundle: the import stops half way and writes none of it.
fill 300
state >"$work/before"
set +e; "$bin" import "$work/bundle.json" --store "$store" >/dev/null 2>"$work/err"; rc=$?; set -e
expect_refused "an import that fills the disk"
grep -q "No case of the bundle was written" "$work/err" || fail "the import does not say how many cases were written: $(cat "$work/err")"
[ -z "$(find "$store" -name '*.tmp')" ] || fail "the refused import left temp files"

# With room again, everything works and the same import completes.
rm -f "$mnt/filler"
"$bin" note "$id" "with room again" --store "$store" >/dev/null
"$bin" import "$work/bundle.json" --store "$store" >"$work/out"
[ "$(find "$store/cases" -name '*.json' ! -name '.*' | wc -l)" -eq 206 ] || fail "the import did not complete with room again"
"$bin" check --store "$store" >/dev/null || fail "check fails after the import"
echo "fulldisk: note, UI-equivalent save and import refused on a full disk with nothing lost; an import that filled the disk wrote none of its 200 cases and completed with room"
