"""Two copies of the app on one library: no lost update, a conflict with the diff, and a choice
(save as branch or overwrite); two processes saving at once never corrupt anything."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factories import small_scenario
from negotiator_gui.core.model import CardStatus
from negotiator_gui.store import Conflict, open_library


@pytest.fixture
def two(db_path: Path):
    a = open_library(db_path, author="Aiko")
    b = open_library(db_path, author="Ben")
    yield a, b
    a.close()
    b.close()


def test_saving_on_a_stale_base_raises_conflict_with_the_diff(two):
    a, b = two
    r1 = a.create(small_scenario())
    sid = r1.scenario_id
    mine_a = a.load(r1.id)
    mine_b = b.load(r1.id)
    mine_a.cards[0].status = CardStatus.ACCEPTED
    r2 = a.save(sid, mine_a, r1.id, "accepted the autos card")
    mine_b.title = "Ben's title"
    with pytest.raises(Conflict) as err:
        b.save(sid, mine_b, r1.id, "retitled")
    c = err.value
    assert c.scenario_id == sid and c.base == r1 and c.latest == r2
    assert "Revision 2" in str(c) and "Aiko" in str(c) and "branch" in str(c)
    # What overwriting would do to the latest revision: Ben's title, and Aiko's card undone.
    assert c.diff.lines() == [
        "Scenario: title changed from “Small US–Japan test scenario” to “Ben's title”",
        "Card “自動車関税を15 %に” (jp-d-autos): status changed from accepted to on table",
    ]
    assert c.their_changes.lines() == [
        "Card “自動車関税を15 %に” (jp-d-autos): status changed from on table to accepted"
    ]
    assert [r.number for r in a.log(sid)] == [2, 1]  # nothing was written


def test_conflict_resolved_by_branch_or_by_overwrite(two):
    a, b = two
    r1 = a.create(small_scenario())
    sid = r1.scenario_id
    theirs = a.load(r1.id)
    theirs.notes = "A's notes"
    r2 = a.save(sid, theirs, r1.id)
    mine = b.load(r1.id)
    mine.notes = "B's notes"
    with pytest.raises(Conflict):
        b.save(sid, mine, r1.id)
    branch = b.save_as_branch(mine, r1.id)
    assert b.scenario(branch.scenario_id).name == "Small US–Japan test scenario (branch)"
    assert branch.parent_id == r1.id and b.load(branch.id).notes == "B's notes"
    r3 = b.save(sid, mine, r1.id, "mine wins", overwrite=True)
    assert (r3.number, r3.parent_id, r3.action, r3.author) == (3, r2.id, "overwrite", "Ben")
    assert a.load(r2.id).notes == "A's notes"  # theirs stays in the history
    assert a.latest(sid) == r3


def test_same_content_saved_twice_is_no_conflict(two):
    a, b = two
    r1 = a.create(small_scenario())
    s = small_scenario()
    s.notes = "both typed this"
    r2 = a.save(r1.scenario_id, s, r1.id)
    assert b.save(r1.scenario_id, s, r1.id) == r2


_SAVER = r"""
import json, sys, time
from negotiator_gui.store import Conflict, open_library
lib = open_library(sys.argv[1], author=sys.argv[2])
sid = lib.scenarios()[0].id
while time.time() < float(sys.argv[3]):  # start together, so the saves interleave
    time.sleep(0.001)
saved, conflicts = [], 0
for i in range(12):
    while True:
        info, s = lib.open_latest(sid)
        s.notes = f"{sys.argv[2]} {i}"
        try:
            saved.append(lib.save(sid, s, info.id).id)
            break
        except Conflict:
            conflicts += 1  # the user looks at the diff and redoes the edit on the latest
print(json.dumps({"saved": saved, "conflicts": conflicts}))
"""


@pytest.mark.slow
def test_two_processes_saving_at_once_lose_nothing(db_path: Path):
    with open_library(db_path) as lib:
        lib.create(small_scenario())
    start = str(time.time() + 1.5)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(db_path), who, start],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("P1", "P2")
    ]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    saved = [rid for r in results for rid in r["saved"]]
    with open_library(db_path) as lib:
        sid = lib.scenarios()[0].id
        log = lib.log(sid)
        assert lib.check() == []
    assert len(saved) == 24 and len(set(saved)) == 24
    assert sorted(r.id for r in log[:-1]) == sorted(saved)  # every reported save is there
    numbers = [r.number for r in reversed(log)]
    assert numbers == list(range(1, 26))
    by_id = {r.id: r for r in log}
    for r in log[:-1]:  # a single line of history: each on top of the one before
        assert by_id[r.parent_id].number == r.number - 1
