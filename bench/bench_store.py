"""The scenario library (issue 5): save and load of a scenario with 100,000 tariff lines × 3
partners (300,000 flow rows) against a raw ``sqlite3`` ``executemany`` / ``SELECT`` of the same
rows (aim ≤ 2×); opening the latest revision of the default scenario (aim ≤ 50 ms); listing,
logging and diffing in a library of 1,000 revisions (printed, aim: no perceptible delay).

Every database here is a temporary file with the library's own settings (WAL, synchronous=FULL),
so the reference pays for the same durability as a save does. A line with an aim times its
reference in turn with it (``benchkit.paired``: the median ratio of 7 pairs of runs).
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from itertools import count, repeat
from pathlib import Path

from benchkit import best_of, paired, report
from negotiator_gui.core.model import CardStatus, TradeFlows
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import default_scenario_path
from negotiator_gui.store import open_library

LINES = 100_000
PARTNERS = ("JP", "KR", "EU")
REVISIONS = 1_000


def big_scenario():
    """The default scenario with 100,000 HS-10 lines imported by the US from three partners."""
    s = read_scenario(default_scenario_path()).scenario
    rng = random.Random(2025)
    codes = [str(c) for c in rng.sample(range(10**9, 10**10), LINES)]
    f = TradeFlows(year=2024, unit="USD", source="synthetic benchmark data")
    for partner in PARTNERS:
        for code in codes:
            f.importer.append("US")
            f.exporter.append(partner)
            f.product.append(code)
            f.value.append(float(round(rng.lognormvariate(13, 2))))
            f.mfn_rate.append(rng.choice([0.0, 0.025, 0.05, 0.1, 0.27]))
    s.trade_flows = f
    return s


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


_SAME_SHAPE = """CREATE TABLE flows (scenario_id INTEGER NOT NULL, position INTEGER NOT NULL,
importer TEXT, exporter TEXT, product TEXT, value REAL, mfn_rate REAL,
PRIMARY KEY (scenario_id, position)) WITHOUT ROWID"""
_BARE = "CREATE TABLE flows (importer TEXT, exporter TEXT, product TEXT, value REAL, mfn_rate REAL)"


_FILES = count()


def _fresh(folder: Path, ddl: str | None):
    """A factory of new, empty databases (so each timed run writes into an empty file)."""

    def make():
        path = folder / f"db{next(_FILES)}.sqlite"
        if ddl is None:
            return open_library(path, author="bench")
        conn = _raw(path)
        conn.execute(ddl)
        return conn

    return make


def _timed_each(setup, run, repeat_: int = 5) -> float:
    """Best of ``repeat_`` runs, each on a fresh object from ``setup`` (not timed)."""
    best = float("inf")
    for _ in range(repeat_):
        obj = setup()
        t0 = time.perf_counter()
        run(obj)
        best = min(best, time.perf_counter() - t0)
    return best


def _line(name: str, seconds: float, aim_ms: float | None = None) -> bool:
    ok = aim_ms is None or seconds * 1e3 <= aim_ms
    verdict = f"  (aim ≤ {aim_ms:g} ms: {'ok' if ok else 'MISSED'})" if aim_ms else ""
    print(f"{name:<44} {seconds * 1e3:8.1f} ms{verdict}")
    return ok


def bench_big(folder: Path) -> bool:
    s = big_scenario()
    f = s.trade_flows
    print(f"scenario: {LINES:,} lines × {len(PARTNERS)} partners = {len(f):,} flow rows")

    def raw_insert(conn, shaped: bool = True):
        rows = (
            zip(repeat(1), count(), f.importer, f.exporter, f.product, f.value, f.mfn_rate)
            if shaped
            else zip(f.importer, f.exporter, f.product, f.value, f.mfn_rate, strict=True)
        )
        marks = ", ".join("?" * (7 if shaped else 5))
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO flows VALUES ({marks})", rows)
        conn.execute("COMMIT")

    libs = _fresh(folder, None)
    ours, ref_save = paired(
        lambda lib: lib.create(s),
        raw_insert,
        setup_ours=libs,
        setup_reference=_fresh(folder, _SAME_SHAPE),
    )
    ref_bare = _timed_each(_fresh(folder, _BARE), lambda c: raw_insert(c, shaped=False))
    ok = report("save (new revision + plain tables, 300k rows)", ours, ref_save, "executemany", 2.0)
    report("  the same, against a bare 5-column table", ours, ref_bare, "executemany", None)

    lib = libs()
    rev = lib.create(s)
    s.notes = "an edit that leaves the flows alone"
    resave = best_of(lambda: lib.save(rev.scenario_id, s, lib.latest(rev.scenario_id).id))
    report("  re-save, flows unchanged (rows kept)", resave, ref_save, "executemany", None)
    s.trade_flows.value[0] += 1
    base = lib.latest(rev.scenario_id).id
    t0 = time.perf_counter()
    flow_edit = lib.save(rev.scenario_id, s, base)
    report(
        "  re-save, one flow changed (that row updated)",
        time.perf_counter() - t0,
        ref_save,
        "executemany",
        None,
    )

    conn = lib.db.conn
    select = "SELECT importer, exporter, product, value, mfn_rate FROM flows WHERE scenario_id = ?"
    load, ref_load = paired(
        lambda _: lib.load(flow_edit.id),
        lambda _: conn.execute(select, [rev.scenario_id]).fetchall(),
    )
    ok &= report("load (read + check + build model)", load, ref_load, "SELECT fetchall", 2.0)
    lib.close()
    return ok


def bench_default(folder: Path) -> bool:
    path = folder / "default.sqlite"
    with open_library(path) as lib:
        rev = lib.import_file(default_scenario_path())
        warm = best_of(lambda: lib.open_latest(rev.scenario_id), repeat=20)
    ok = _line("open latest revision of the default scenario", warm, 50)

    def cold():
        with open_library(path) as lib:
            lib.open_latest(rev.scenario_id)

    ok &= _line("  the same, opening the library first", best_of(cold, repeat=10), 50)
    return ok


def bench_history(folder: Path) -> bool:
    path = folder / "history.sqlite"
    lib = open_library(path, author="bench")
    lib.db.execute("PRAGMA synchronous = OFF")  # set-up only: 1,000 saves without fsync
    s = read_scenario(default_scenario_path()).scenario
    for i in range(49):
        s.title = f"Variant {i}"
        lib.create(s)
    s.title = "Busy scenario"
    rev = first = lib.create(s)
    statuses = list(CardStatus)
    t0 = time.perf_counter()
    for i in range(REVISIONS - 1):
        card = s.cards[i % len(s.cards)]
        card.status = statuses[(statuses.index(card.status) + 1) % len(statuses)]
        s.notes = f"revision {i + 2}"
        rev = lib.save(rev.scenario_id, s, rev.id, f"step {i + 2}")
    n = lib.db.execute("SELECT count(*) FROM revisions").fetchone()[0]
    print(f"library: {n:,} revisions in 50 scenarios, built in {time.perf_counter() - t0:.1f} s")
    lib.db.execute("PRAGMA synchronous = FULL")
    ok = _line("list scenarios (with their latest revision)", best_of(lib.scenarios), 100)
    ok &= _line("search scenarios ('japan')", best_of(lambda: lib.scenarios("japan")), 100)
    ok &= _line(
        f"log of a scenario with {REVISIONS:,} revisions",
        best_of(lambda: lib.log(rev.scenario_id)),
        100,
    )
    ok &= _line(
        "diff of two adjacent revisions",
        best_of(lambda: lib.diff(rev.parent_id, rev.id)),
        100,
    )
    ok &= _line(
        f"diff of revision 1 and revision {REVISIONS:,}",
        best_of(lambda: lib.diff(first.id, rev.id)),
        100,
    )
    s.notes = "one more"
    ok &= _line("save one more revision", best_of(lambda: _save(lib, s), repeat=5), 100)
    lib.close()
    return ok


def _save(lib, s):
    s.notes += "."
    latest = lib.latest(lib.find("Busy scenario").id)
    lib.save(latest.scenario_id, s, latest.id)


def main() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ok = bench_big(folder)
        ok &= bench_default(folder)
        ok &= bench_history(folder)
    return ok


if __name__ == "__main__":
    main()
