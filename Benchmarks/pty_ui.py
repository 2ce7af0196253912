#!/usr/bin/env python3
"""Times the real CaseDesk UI in a pseudo-terminal: what a user waits for, key to last byte drawn.

    python3 Benchmarks/pty_ui.py STORE [--casedesk BIN] [--rounds 10] [--cold] [--json FILE]

The program runs as a user runs it (`casedesk ui`, TERM=xterm-256color, 140x40). A figure is
the time from writing a key to the pty to the last byte of the screen update it caused: the
harness reads until the terminal has been quiet for `--quiet` ms (20 by default) and takes the
time of the last byte before the silence, so the quiet period itself is never counted.

  open         start to "N of N cases" on screen (with --cold, STORE/.cache/summaries is removed first)
  filter key   each key of "operation kes" typed after `/`, then erased, `--rounds` times
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
import statistics
import struct
import sys
import termios
import time

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

    def key(self, data, quiet):
        """Writes `data` and returns seconds to the last byte of the answer (None if none came)."""
        self.drain(quiet)
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
        return None if last is None else last - start

    def drain(self, quiet):
        while select.select([self.fd], [], [], quiet)[0]:
            if not os.read(self.fd, 1 << 16):
                raise RuntimeError("the UI exited")

    def quit(self):
        os.write(self.fd, b"\x1b")
        time.sleep(0.05)
        os.write(self.fd, b"q")
        _, status = os.waitpid(self.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise RuntimeError(f"the UI exited with status {code}")


def stats(name, xs):
    xs = sorted(x * 1000 for x in xs if x is not None)
    if not xs:
        return {"name": name, "n": 0}
    p99 = xs[min(len(xs) - 1, int(round(0.99 * (len(xs) - 1))))]
    return {"name": name, "n": len(xs), "median": statistics.median(xs), "p99": p99, "worst": xs[-1], "best": xs[0]}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("store")
    p.add_argument("--casedesk", default=".build/release/casedesk")
    p.add_argument("--rounds", type=int, default=10)
    p.add_argument("--quiet", type=float, default=20, help="ms of silence that ends a screen update")
    p.add_argument("--cold", action="store_true", help="remove the summary cache before opening")
    p.add_argument("--json")
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

    typing = []
    for _ in range(a.rounds):
        ui.key(b"/", quiet)
        for ch in b"operation kes":
            typing.append(ui.key(bytes([ch]), quiet))
        for _ in range(len(b"operation kes")):
            typing.append(ui.key(b"\x7f", quiet))
        ui.key(b"\x1b", quiet)
    results.append(stats("filter key", typing))

    sorts = [ui.key(b"s", quiet) for _ in range(11)]
    results.append(stats("first sort of each column", sorts))
    ui.key(b"2", quiet)
    board = [ui.key(b"s", quiet) for _ in range(4 * a.rounds)]
    results.append(stats("board sort", board))
    ui.key(b"1", quiet)
    ui.quit()

    for r in results:
        if "p99" in r:
            print(f"{r['name']:28} n={r['n']:4}  median {r['median']:7.1f} ms  p99 {r['p99']:7.1f} ms  worst {r['worst']:7.1f} ms")
        else:
            print(f"{r['name']:28} {r['median']:9.0f} ms  ({r.get('cases', '')} cases)")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"store": store, "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
