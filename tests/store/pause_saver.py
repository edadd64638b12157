"""Run by ``test_store_shared_drive``: open a library (on a drive the test says is a network
one), save a few revisions and report each, then start one more save and stop in the middle of
it, inside the transaction after the revision and the plain tables are written, with SQLite's
cache so small that changed pages have already gone to the file. Prints ``paused`` and waits
for the ``kill -9``."""

from __future__ import annotations

import os
import sys
import time

from kill_harness import scenario

from negotiator_gui.store import library as library_module
from negotiator_gui.store import open_library


def main(db: str, saves: int) -> None:
    lib = open_library(db, author="desk A")
    s = scenario()
    rev = lib.create(s, name="shared")
    print(rev.id, rev.hash, flush=True)
    for i in range(saves):
        s.notes = f"save {i}"
        rev = lib.save(rev.scenario_id, s, rev.id, f"save {i}")
        print(rev.id, rev.hash, flush=True)
    lib.db.execute("PRAGMA cache_size = 2")
    write_latest = library_module.write_latest

    def stop_half_way(conn, *args):
        write_latest(conn, *args)
        print("paused", flush=True)
        time.sleep(3600)

    library_module.write_latest = stop_half_way
    s.trade_flows.value = [v * 2 for v in s.trade_flows.value]
    s.notes = "never saved"
    lib.save(rev.scenario_id, s, rev.id, "killed")
    os._exit(3)  # not reached


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
