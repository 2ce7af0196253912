#!/usr/bin/env bash
# Issue 16.4: the peak memory of the real UI on a 100,000-case store (docs/performance.md).
# ui_rss.sh BIN STORE LABEL: the real UI in tmux 140x40, the full list, then the Dashboard
# (3) with its figures, then q; prints the peak RSS from /usr/bin/time -v.
bin=$1; store=$2; label=$3
s=memrss$$
out=/tmp/memrss-$$.txt
tmux new-session -d -s $s -x 140 -y 40 "/usr/bin/time -v $bin --store $store 2>$out"
wait_for() { for i in $(seq 1 600); do tmux capture-pane -p -t $s 2>/dev/null | grep -q "$1" && return 0; sleep 0.2; done; echo "timeout waiting for $1"; return 1; }
wait_for "100,000 of 100,000 cases"
sleep 1
tmux send-keys -t $s 3
wait_for "Conviction rate"
sleep 3
for k in q q q; do
  tmux has-session -t $s 2>/dev/null || break
  tmux send-keys -t $s $k
  for i in $(seq 1 25); do tmux has-session -t $s 2>/dev/null || break; sleep 0.2; done
done
sleep 0.5
echo "$label: $(grep 'Maximum resident' $out | awk '{print $6}') KB peak RSS; load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f $out
