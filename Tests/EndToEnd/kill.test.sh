#!/usr/bin/env bash
# Issue 13.12 (b): the SIGKILL loop. Kills at random moments during `casedesk note`, during a
# UI-equivalent session of saves (casedesk-savedriver: the note form and store.save, as the
# UI's save effect, many saves per process) and during `casedesk import`. After every kill:
# `check` passes (no damaged or partial case file, and every revision of every case has
# exactly one audit line, counting those the journal holds), every save that was
# acknowledged is on disk, and an import cut short completes when run again. At the end no
# temp file or pending journal is left once the store was opened.
# KILL_NOTES, KILL_SAVES and KILL_IMPORTS set how many kills of each (default 100 each).
set -euo pipefail
bin=${CASEDESK_BIN:-.build/debug/casedesk}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
driver=$(dirname "$bin")/casedesk-savedriver
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CASEDESK_USER=e2e-killer
unset CASEDESK_STORE
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -x "$driver" ] || fail "$driver is missing; run 'swift build' first"
command -v jq >/dev/null || fail "jq is needed"

store="$work/store"
"$bin" demo "$store" --no-open --cases 6 --seed 11 >/dev/null
mapfile -t ids < <(cd "$store/cases" && ls | sed 's/\.json$//')
note_case=${ids[0]} drive_case=${ids[1]}
: >"$work/acked.$note_case"
: >"$work/acked.$drive_case"
kills=0 acked=0

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
pause() { # a random pause of 0 to $1 ms
    local ms=$(( RANDOM % ($1 + 1) ))
    sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
}
# check, straight after a kill and before anything opens the store again.
verify() { # STORE LABEL
    set +e; "$bin" check --store "$1" >"$work/check" 2>&1; local rc=$?; set -e
    [ "$rc" -eq 0 ] || { cat "$work/check" >&2; fail "$2: check failed after kill $kills"; }
}
present() { # CASE: every acknowledged note text of CASE is in its file
    jq -r '.notes[].text' "$store/cases/$1.json" | sort -u >"$work/have"
    sort -u "$work/acked.$1" | comm -23 - "$work/have" >"$work/missing"
    [ ! -s "$work/missing" ] || fail "acknowledged saves lost from $1 after kill $kills: $(head -3 "$work/missing" | tr '\n' ' ')"
}
# The time a run of COMMAND takes here, in ms (the kills fall anywhere within it).
duration() {
    local t0; t0=$(now_ms)
    "$@" >/dev/null 2>&1 || true
    echo $(( $(now_ms) - t0 + 1 ))
}

# --- casedesk note
n_note=${KILL_NOTES:-100}
span=$(duration "$bin" note "$note_case" "timing" --store "$store")
echo timing >>"$work/acked.$note_case"
i=0 killed=0
while [ "$killed" -lt "$n_note" ]; do
    i=$((i + 1))
    "$bin" note "$note_case" "note-$i" --store "$store" >/dev/null 2>"$work/note.err" &
    pid=$!
    pause "$span"
    kill -9 "$pid" 2>/dev/null || true
    set +e; { wait "$pid"; } 2>/dev/null; rc=$?; set -e
    case $rc in
        0) echo "note-$i" >>"$work/acked.$note_case"; acked=$((acked + 1)) ;;
        137) killed=$((killed + 1)); kills=$((kills + 1)) ;;
        *) cat "$work/note.err" >&2; fail "note exited $rc" ;;
    esac
    verify "$store" "note"
    present "$note_case"
    [ "$i" -lt $((n_note * 20)) ] || fail "only $killed of $i notes could be killed"
done
note_kills=$killed

# --- UI-equivalent saves: one process saving again and again, killed mid-session
n_save=${KILL_SAVES:-100}
for i in $(seq 1 "$n_save"); do
    "$driver" "$store" "$drive_case" 1000000 "save-$i" >"$work/drive.out" 2>"$work/drive.err" &
    pid=$!
    pause 700
    kill -9 "$pid" 2>/dev/null || true
    set +e; { wait "$pid"; } 2>/dev/null; rc=$?; set -e
    [ "$rc" -eq 137 ] || { cat "$work/drive.err" >&2; fail "the save driver exited $rc instead of being killed"; }
    kills=$((kills + 1))
    awk '$1 == "acked" { print $3 }' "$work/drive.out" >>"$work/acked.$drive_case"
    acked=$((acked + $(grep -c '^acked' "$work/drive.out" || true)))
    last=$(awk '$1 == "acked" { r = $2 } END { print r + 0 }' "$work/drive.out")
    verify "$store" "saves"
    present "$drive_case"
    [ "$(jq .revision "$store/cases/$drive_case.json")" -ge "$last" ] || fail "revision $last was acknowledged and is gone"
done

# --- casedesk import: killed, run again (and maybe killed again) until it completes
n_import=${KILL_IMPORTS:-100}
"$bin" demo "$work/source" --no-open --cases 43 --seed 12 >/dev/null
"$bin" demo "$work/target0" --no-open --cases 3 --seed 12 >/dev/null
# The bundle: the source's cases whose ids the target does not have.
"$bin" export --store "$work/source" | jq --argjson have "$(cd "$work/target0/cases" && ls | sed 's/\.json$//' | jq -R . | jq -s .)" \
    '.cases |= map(select(.id as $i | $have | index($i) | not))' >"$work/bundle.json"
[ "$(jq '.cases | length' "$work/bundle.json")" -eq 40 ] || fail "the bundle does not have 40 cases"
target="$work/target"
cp -a "$work/target0" "$target"
span=$(duration "$bin" import "$work/bundle.json" --store "$target")
rm -rf "$target" && cp -a "$work/target0" "$target"
killed=0 completed=0 i=0
while [ "$killed" -lt "$n_import" ]; do
    i=$((i + 1))
    "$bin" import "$work/bundle.json" --store "$target" >/dev/null 2>"$work/import.err" &
    pid=$!
    pause "$span"
    kill -9 "$pid" 2>/dev/null || true
    set +e; { wait "$pid"; } 2>/dev/null; rc=$?; set -e
    verify "$target" "import"
    case $rc in
        137) killed=$((killed + 1)); kills=$((kills + 1)) ;;
        0)
            # Completed (at once or as a re-run after kills): every case of the bundle is there.
            n=$(find "$target/cases" -name '*.json' ! -name '.*' | wc -l)
            [ "$n" -eq 43 ] || fail "an import that said it was done left $n case files, not 43"
            completed=$((completed + 1))
            rm -rf "$target" && cp -a "$work/target0" "$target"
            ;;
        *) cat "$work/import.err" >&2; fail "import exited $rc (a re-run of a killed import must complete it)" ;;
    esac
    [ "$i" -lt $((n_import * 20)) ] || fail "only $killed of $i imports could be killed"
done
# The last one, killed, completes when run again.
"$bin" import "$work/bundle.json" --store "$target" >"$work/import.out" 2>&1 || { cat "$work/import.out" >&2; fail "the re-run import failed"; }
[ "$(find "$target/cases" -name '*.json' ! -name '.*' | wc -l)" -eq 43 ] || fail "the re-run did not complete the import"
verify "$target" "import re-run"

# Opened once more, nothing of the kills is left: no temp file, no pending journal.
for s in "$store" "$target"; do
    "$bin" list --store "$s" >/dev/null
    left=$(find "$s" -name '*.tmp' | head -3)
    [ -z "$left" ] || fail "temp files left after an open: $left"
    [ ! -s "$s/.journal" ] || fail "a journal is still pending in $s after an open"
    "$bin" check --store "$s" >"$work/check"
    ! grep -q "interrupted" "$work/check" || fail "check still reports an interrupted write in $s"
done
echo "kill: $kills kills (note $note_kills, UI-equivalent saves $n_save, import $killed with $completed completed by a re-run);" \
     "$acked acknowledged saves all on disk; check passed after every kill"
