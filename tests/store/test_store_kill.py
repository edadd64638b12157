"""A process killed (``kill -9``) at random points while saving, 60 times: the file always passes
``PRAGMA integrity_check``, and every revision that was reported saved is there, intact."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from negotiator_gui.store import open_library

ROUNDS = 60


@pytest.mark.slow
@pytest.mark.kill
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks its savers (POSIX)")
def test_kill_9_during_saves_never_loses_a_reported_revision(db_path: Path):
    harness = Path(__file__).with_name("kill_harness.py")
    proc = subprocess.run(
        [sys.executable, str(harness), str(db_path), str(ROUNDS), "2025", "0.12"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["integrity"] == ["ok"] * ROUNDS
    reported = result["reported"]
    assert len(reported) >= ROUNDS // 5  # every fifth round waits for a reported save
    with open_library(db_path) as lib:
        assert lib.check() == []
        (info,) = lib.scenarios()
        log = lib.log(info.id)
        assert [r.number for r in log] == list(range(len(log), 0, -1))
        for rid, digest in reported:
            rev = lib.revision(rid)
            assert rev.hash == digest
            text = lib.text(rid)
            assert hashlib.sha256(text.encode()).hexdigest() == digest
        assert lib.load(reported[-1][0]).trade_flows.product[0] == "1000000000"
        # The plain tables match the latest revision, whatever moment the last kill hit.
        latest = lib.load(log[0].id)
        values = [v for (v,) in lib.db.execute("SELECT value FROM flows ORDER BY position")]
        assert values == latest.trade_flows.value
        assert lib.db.execute("SELECT count(*) FROM cards").fetchone()[0] == len(latest.cards)
