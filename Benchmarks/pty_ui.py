#!/usr/bin/env python3
"""Times the real CaseDesk UI in a pseudo-terminal: what a user waits for, key to last byte drawn.

    python3 Benchmarks/pty_ui.py STORE [--casedesk BIN] [--rounds 10] [--cold] [--json FILE]

The program runs as a user runs it (`casedesk ui`, TERM=xterm-256color, 140x40). A figure is
the time from writing a key to the pty to the last byte of the screen update it caused: the
harness reads until the terminal has been quiet for `--quiet` ms (20 by default) and takes the
time of the last byte before the silence, so the quiet period itself is never counted.

  open         start to "N of N cases" on screen (with --cold, STORE/.cache/summaries is removed first)
  filter key   each key of a query typed after `/`, then erased; another query each round (`QUERIES`)
  first sort   `s` on the Cases screen, column after column (the first sort of each column)
  board sort   `2` (MLA board) then `s`, sort after sort

Prints median, p99 and worst of each, and with --json writes them for a baseline.
"""
import argparse
import fcntl
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

# Typed in turn, one a round: words of the generated and demo stores (titles, names, offences, countries).
QUERIES = [b"operation kes", b"patel fraud", b"murphy es", b"trafficking ro", b"cd-2015 bell", b"drug supply de"]
COUNT = re.compile(rb"([\d,]+) of ([\d,]+) cases")


class UI:
    def __init__(self, casedesk, store, cols=140, rows=40):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["TERM"] = "xterm-256color"
            os.environ.pop("NO_COLOR", None)
            os.execv(casedesk, [casedesk, "ui", "--store", store, "--user", "bench"])
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.screen = b""
        self.costs = []

    def read_until(self, pattern, timeout=600):
        """Reads until `pattern` matches what arrived; returns the time of the matching read."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            r, _, _ = select.select([self.fd], [], [], 0.5)
            if r:
                chunk = os.read(self.fd, 1 << 16)
                if not chunk:
                    raise RuntimeError("the UI exited")
                self.screen = (self.screen + chunk)[-(1 << 20):]
                m = pattern.search(self.screen)
                if m:
                    return time.perf_counter(), m
        raise RuntimeError(f"timed out waiting for {pattern.pattern!r}")

    def cpu(self):
        """Seconds of CPU the UI's threads have used so far, and seconds they waited for a core
        (`/proc/PID/task/*/schedstat`): what a key cost whatever the machine's load."""
        run = wait = 0
        try:
            tasks = os.listdir(f"/proc/{self.pid}/task")
        except OSError:
            return 0.0, 0.0
        for t in tasks:
            try:
                with open(f"/proc/{self.pid}/task/{t}/schedstat") as f:
                    r, w, _ = f.read().split()
                run += int(r)
                wait += int(w)
            except (OSError, ValueError):
                pass
        return run / 1e9, wait / 1e9

    def key(self, data, quiet):
        """Writes `data` and returns seconds to the last byte of the answer (None if none came).
        The CPU and run-queue wait the UI spent on it are appended to `self.costs`."""
        self.drain(quiet)
        cpu0, wait0 = self.cpu()
        start = time.perf_counter()
        os.write(self.fd, data)
        last = None
        wait = 5.0  # the first byte may take long; after it, silence of `quiet` ends the update
        while True:
            r, _, _ = select.select([self.fd], [], [], wait)
            if not r:
                break
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                raise RuntimeError("the UI exited")
            self.screen = (self.screen + chunk)[-(1 << 20):]
            last = time.perf_counter()
            wait = quiet
        cpu1, wait1 = self.cpu()
        self.costs.append((cpu1 - cpu0, wait1 - wait0))
        return None if last is None else last - start

    def drain(self, quiet):
        while select.select([self.fd], [], [], quiet)[0]:
            if not os.read(self.fd, 1 << 16):
                raise RuntimeError("the UI exited")

    def quit(self):
        """Esc then q; then `:q` Enter if it is still running (a digit typed last may still be
        waiting for its count); SIGTERM as the last resort, which is an error."""
        for keys, wait in ((b"\x1b", 0.3), (b"q", 3.0), (b":q\r", 5.0)):
            os.write(self.fd, keys)
            deadline = time.perf_counter() + wait
            while time.perf_counter() < deadline:
                try:
                    if select.select([self.fd], [], [], 0.05)[0]:
                        os.read(self.fd, 1 << 16)
                except OSError:
                    pass
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    code = os.waitstatus_to_exitcode(status)
                    if code != 0:
                        raise RuntimeError(f"the UI exited with status {code}")
                    return
        os.kill(self.pid, signal.SIGTERM)
        os.waitpid(self.pid, 0)
        raise RuntimeError("the UI did not quit on Esc q nor on :q")


def stats(name, xs, costs=()):
    xs = sorted(x * 1000 for x in xs if x is not None)
    if not xs:
        return {"name": name, "n": 0}
    p99 = xs[min(len(xs) - 1, int(round(0.99 * (len(xs) - 1))))]
    r = {"name": name, "n": len(xs), "median": statistics.median(xs), "p99": p99, "worst": xs[-1], "best": xs[0]}
    if costs:
        cpu = sorted(c * 1000 for c, _ in costs)
        r["cpu median"] = statistics.median(cpu)
        r["cpu p99"] = cpu[min(len(cpu) - 1, int(round(0.99 * (len(cpu) - 1))))]
        r["waited median"] = statistics.median(w * 1000 for _, w in costs)
    return r


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("store")
    p.add_argument("--casedesk", default=".build/release/casedesk")
    p.add_argument("--rounds", type=int, default=10)
    p.add_argument("--quiet", type=float, default=20, help="ms of silence that ends a screen update")
    p.add_argument("--cold", action="store_true", help="remove the summary cache before opening")
    p.add_argument("--json")
    p.add_argument("--slowest", type=int, default=0, help="print the N slowest filter keys and what was typed")
    p.add_argument("--perf", metavar="FILE", help="record `perf record -g` of the UI while keys are typed, sorted and board-sorted")
    p.add_argument("--only", choices=["filter", "sort", "board"], action="append",
                   help="time only these parts (repeatable; all by default)")
    a = p.parse_args()
    quiet = a.quiet / 1000
    casedesk = os.path.abspath(a.casedesk)
    store = os.path.abspath(a.store)
    if a.cold:
        try:
            os.unlink(os.path.join(store, ".cache", "summaries"))
        except FileNotFoundError:
            pass
    start = time.perf_counter()
    ui = UI(casedesk, store)
    full = re.compile(rb"([\d,]+) of \1 cases")
    t, m = ui.read_until(full)
    results = [{"name": "open" + (" cold" if a.cold else " warm"), "n": 1, "median": (t - start) * 1000,
                "cases": m.group(1).decode()}]
    ui.drain(0.3)
    # The builds made off the loop right after the open (sort indexes, the Dashboard's measures)
    # take both cores for a few seconds: keys are timed once the program is idle, and how long
    # that took is said (keys typed meanwhile wait for a core, as the waits show).
    settle = time.perf_counter()
    while time.perf_counter() - settle < 60:
        before = ui.cpu()[0]
        time.sleep(0.3)
        if ui.cpu()[0] - before < 0.005:
            break
    results.append({"name": "busy after the open", "n": 1, "median": (time.perf_counter() - settle) * 1000})
    parts = a.only or ["filter", "sort", "board"]
    perf = None
    if a.perf:
        perf = subprocess.Popen(["perf", "record", "-g", "-o", a.perf, "-p", str(ui.pid)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)

    if "filter" in parts:
        typing, costs = [], []
        slow = []
        for n in range(a.rounds):
            # Another query each round, so a round is not answered from what the last one typed.
            query = QUERIES[n % len(QUERIES)]
            ui.key(b"/", quiet)
            for k in range(len(query)):
                typing.append(ui.key(query[k:k + 1], quiet))
                costs.append(ui.costs[-1])
                slow.append((typing[-1] or 0, costs[-1][0], query[:k + 1].decode()))
            for k in range(len(query)):
                typing.append(ui.key(b"\x7f", quiet))
                costs.append(ui.costs[-1])
                slow.append((typing[-1] or 0, costs[-1][0], query[:len(query) - k - 1].decode() + " (erased)"))
            ui.key(b"\x1b", quiet)
        results.append(stats("filter key", typing, costs))
        for wall, cpu, text in sorted(slow, reverse=True)[:a.slowest]:
            print(f"  slow key: {wall * 1000:6.1f} ms (CPU {cpu * 1000:5.1f} ms) -> /{text}")
    if "sort" in parts:
        sorts = [ui.key(b"s", quiet) for _ in range(11)]
        results.append(stats("first sort of each column", sorts, ui.costs[-11:]))
    if "board" in parts:
        ui.key(b"2", quiet)
        board = [ui.key(b"s", quiet) for _ in range(4 * a.rounds)]
        results.append(stats("board sort", board, ui.costs[-4 * a.rounds:]))
        ui.key(b"1", quiet)
    if perf:
        perf.send_signal(signal.SIGINT)
        perf.wait()

    print(f"load average {' '.join(open('/proc/loadavg').read().split()[:3])}")
    for r in results:
        if "p99" in r:
            print(f"{r['name']:28} n={r['n']:4}  median {r['median']:7.1f} ms  p99 {r['p99']:7.1f} ms  worst {r['worst']:7.1f} ms"
                  f"  (CPU median {r['cpu median']:5.1f} p99 {r['cpu p99']:5.1f} ms, waited for a core median {r['waited median']:4.1f} ms)")
        else:
            print(f"{r['name']:28} {r['median']:9.0f} ms" + (f"  ({r['cases']} cases)" if "cases" in r else ""))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"store": store, "results": results}, f, indent=1)
    sys.stdout.flush()
    ui.quit()


if __name__ == "__main__":
    main()
