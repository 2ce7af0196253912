#!/usr/bin/env bash
# The server going away under a running UI (tmux, 100x30), on the throwaway cluster .ci/run
# starts. (1) Every backend of the database killed with pg_terminate_backend from psql: the
# header says the server is unreachable, the UI reconnects by itself, the save it had
# acknowledged is on the server, and a save made right after the kill is saved. (2) The
# server stopped: a chase with a note and a form saved meanwhile are refused with a message
# naming the server, keeping what was typed, and nothing reaches the database; once the
# server is started again the same Enter saves each. Skipped without CASEDESK_TEST_PG; part
# (2) needs the cluster .ci/pg-cluster started (it stops and starts it).
set -euo pipefail
source "$(dirname "$0")/tmux-lib.sh"
if [ -z "${CASEDESK_TEST_PG:-}" ] || [ -z "${CASEDESK_TEST_PG_SOCKET:-}" ]; then
    echo "SKIP: CASEDESK_TEST_PG is not set (bash .ci/run starts a throwaway PostgreSQL and sets it)"
    exit 0
fi
source "$(dirname "$0")/../../.ci/pg-cluster"
e2e_setup pgdrop jq
db="e2e_drop_$$"
sql() { psql -X -q -A -t -h "$CASEDESK_TEST_PG_SOCKET" -U casedesk_test -d "${2:-casedesk_test}" -c "$1"; }
sql "CREATE DATABASE $db"
trap 'tmux kill-session -t "$session" 2>/dev/null || true
      if [ -n "${PG_CLUSTER_DIR:-}" ] && [ ! -f "$PG_CLUSTER_DIR/data/postmaster.pid" ]; then pg_cluster_resume || true; fi
      sql "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; rm -rf "$work"' EXIT
store=$(printf '%s' "$CASEDESK_TEST_PG" | sed "s|/casedesk_test?|/$db?|")
"$bin" demo "$work/dir" --cases 20 --seed 7 --no-open >/dev/null
"$bin" import --from "$work/dir" --store "$store" --user e2e >/dev/null
# A case whose first request can be chased (sent, not closed).
id=$(for f in "$work/dir"/cases/*.json; do
        jq -r 'select((.requests | length) > 0 and (.requests[0].status | IN("sent","acknowledged","inExecution","partiallyExecuted"))) | .id' "$f"
     done | head -1)
[ -n "$id" ] || { echo "the demo store has no case with a request to chase" >&2; exit 1; }
request=$(jq -r '.requests[0].id' "$work/dir/cases/$id.json")
rev=$(sql "SELECT revision FROM cases WHERE id = '$id'" "$db")
title_on_server() { sql "SELECT title FROM cases WHERE id = '$id'" "$db"; }
kill_backends() {
    sql "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$db' AND pid <> pg_backend_pid()"
}
wait_reconnected() {   # the header's notice gone: the UI is connected again
    local i
    for i in $(seq 1 150); do
        screen | head -1 | grep -qF "server unreachable" || return 0
        sleep 0.1
    done
    echo "the UI did not reconnect" >&2; screen >&2; return 1
}
open_case_form() {   # e on the Overview: a case with tasks first asks which part (1 is the case)
    local i
    keys e
    for i in $(seq 1 150); do
        if screen | grep -qF "Edit case $id"; then return 0; fi
        if screen | grep -qF "Edit in $id"; then keys 1; wait_for "Edit case $id"; return 0; fi
        sleep 0.1
    done
    echo "no form opened" >&2; screen >&2; return 1
}
edit_title() {   # TITLE: the form's first field, then Enter
    open_case_form
    keys C-u
    keys -l "$1"
    keys Enter
}

tmux new-session -d -s "$session" -x 100 -y 30 \
    "env LANG=C.UTF-8 CASEDESK_USER=e2e sh -c '\"$bin\" --store \"$store\"; echo EXIT=\$?; sleep 600'"
wait_for "of 20 cases"
keys /
keys -l "$id"
wait_for "1 of 20 cases"
keys Enter   # ends the filter
keys Enter   # opens the case
wait_for "Revision: "

# 1. An acknowledged save, then every backend of the database killed from psql.
edit_title "Operation Acknowledged"
wait_for "saved (revision $((rev + 1)))"
killed=$(kill_backends)
[ "$killed" -ge 1 ] || { echo "psql killed no backend of $db" >&2; exit 1; }
wait_for "server unreachable"
echo "psql killed $killed backends: the header says the server is unreachable"
wait_reconnected
[ "$(title_on_server)" = "Operation Acknowledged" ] || { echo "the acknowledged save is not on the server" >&2; exit 1; }
echo "reconnected by itself; the acknowledged save is on the server"
kill_backends >/dev/null
wait_for "server unreachable"
edit_title "Operation Right After"
wait_for "saved (revision $((rev + 2)))"
[ "$(title_on_server)" = "Operation Right After" ] || { echo "the save right after the kill is not on the server" >&2; exit 1; }
echo "a save right after the backends were killed is on the server"

if [ -z "${PG_CLUSTER_DIR:-}" ] || [ -z "${PG_CLUSTER_BIN:-}" ]; then
    keys q; keys q
    echo "the stop/start part needs the cluster .ci/pg-cluster starts; not run here"
    exit 0
fi

# 2. The server stopped. A chase with a note on the Requests tab is refused and given back.
for _ in 1 2 3; do keys Tab; done
wait_for "Chases"
pg_cluster_pause
wait_for "server unreachable"
keys c
wait_for "Chase $request"
keys -l "Rang while the server was down"
keys Enter
wait_for "Not saved, the chase is kept (Enter tries again"
"$bin" log --store "$store" "$id" --format tsv >/dev/null 2>&1 && { echo "the server answered while stopped" >&2; exit 1; }
screen | grep -qF "Rang while the server was down" || { echo "the chase note is gone" >&2; screen >&2; exit 1; }
echo "a chase while the server is stopped is refused and its note is kept in the prompt"
# Back: the same Enter records it.
pg_cluster_resume
wait_reconnected
keys Enter
wait_for "Chase of $request recorded"
sql "SELECT source FROM cases WHERE id = '$id'" "$db" | grep -qF "Rang while the server was down" \
    || { echo "the chase is not on the server" >&2; exit 1; }
echo "after the restart the same Enter recorded the chase"

# A form being filled in when the server stops: Enter is refused and keeps what was typed.
for _ in 1 2 3; do keys '['; done
wait_for "Summary"
open_case_form
keys C-u
keys -l "Operation While Down"
pg_cluster_pause
wait_for "server unreachable"
keys Enter
wait_for "Not saved: cannot reach the PostgreSQL server"
screen | grep -qF "Operation While Down" || { echo "the typed title is gone from the form" >&2; screen >&2; exit 1; }
echo "a form saved while the server is stopped is refused and keeps the typed title"
pg_cluster_resume
wait_reconnected
keys Enter
wait_for "saved (revision $((rev + 4)))"
[ "$(title_on_server)" = "Operation While Down" ] || { echo "the title typed while down is not on the server" >&2; exit 1; }
echo "after the restart the same Enter saved the form"
keys Escape
wait_for "Enter open"
keys q
wait_for "EXIT=0"
