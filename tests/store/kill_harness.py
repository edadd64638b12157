"""Run by ``test_store_kill``: save in a child process, ``kill -9`` it at a random moment,
check the file, repeat. Prints JSON: the revisions each child reported saved (id and hash, only
after ``save`` returned) and ``PRAGMA integrity_check`` after every kill.

Children are forked from this process after the imports, so each round starts in a millisecond
and the kills land inside saves, not inside Python's start-up.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import sys
import time

from negotiator_gui.core.model import TradeFlows
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import default_scenario_path
from negotiator_gui.store import open_library

FLOWS = 3000


def scenario():
    s = read_scenario(default_scenario_path()).scenario
    f = TradeFlows(year=2024, unit="USD", source="kill test")
    for i in range(FLOWS):
        f.importer.append("US")
        f.exporter.append(("JP", "KR", "EU")[i % 3])
        f.product.append(str(1_000_000_000 + i))
        f.value.append(float(1000 + i))
        f.mfn_rate.append(0.025)
    s.trade_flows = f
    return s


def saver(db: str, round_no: int, out: int) -> None:
    """Save forever (a killed child never returns): flows change on every other save, so both
    the big and the small path of a save are interrupted."""
    rng = random.Random(round_no)
    lib = open_library(db, author=f"round {round_no}")
    items = lib.scenarios()
    s = scenario()
    if not items:
        rev = lib.create(s, name="kill test")
        os.write(out, f"{rev.id} {rev.hash}\n".encode())
    else:
        rev, s = lib.open_latest(items[0].id)
    i = 0
    while True:
        s.notes = f"round {round_no}, save {i}"
        if i % 2:
            k = rng.randrange(len(s.trade_flows))
            s.trade_flows.value[k] += 1
        rev = lib.save(rev.scenario_id, s, rev.id, f"save {i}")
        os.write(out, f"{rev.id} {rev.hash}\n".encode())
        i += 1


def main(db: str, rounds: int, seed: int, max_delay: float) -> None:
    rng = random.Random(seed)
    reported: list[list] = []
    checks: list[str] = []
    for r in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read_end)
            try:
                saver(db, r, write_end)
            finally:
                os._exit(3)
        os.close(write_end)
        fh = os.fdopen(read_end, "rb")
        first = b""
        if r % 5 == 0:
            # every fifth round waits for one save to be reported before the random kill, so
            # a loaded machine (slow saves) still yields reported revisions to check
            first = fh.readline()
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with fh:
            data = (first + fh.read()).decode()
        for line in data.splitlines(keepends=True):
            if line.endswith("\n"):  # a line cut by the kill was not reported
                rid, digest = line.split()
                reported.append([int(rid), digest])
        conn = sqlite3.connect(db)
        checks.append(conn.execute("PRAGMA integrity_check").fetchone()[0])
        conn.close()
    print(json.dumps({"reported": reported, "integrity": checks}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))
