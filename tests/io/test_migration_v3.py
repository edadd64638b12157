"""A file from before format 3 (the April 2025 scenario as it shipped) opens and converts."""

from __future__ import annotations

import json
from pathlib import Path

from negotiator_gui.io.migrations import migrate
from negotiator_gui.io.scenario_file import read_scenario, write_scenario
from negotiator_gui.io.scenario_writer import VERSION

OLD = Path(__file__).parent / "fixtures" / "v2" / "us-japan-2025-04.v2.scenario.json"


def test_a_version_2_file_opens_and_converts(tmp_path: Path) -> None:
    loaded = read_scenario(OLD)
    assert loaded.migrated_from == 2
    s = loaded.scenario
    titles = {m.id: m.title for m in s.measures}
    # the rate was repeated in the title; version 3 shows it from the measure's data
    assert titles["s232_autos"] == "Section 232 automobiles"
    assert titles["ieepa_jp"] == "IEEPA country rate for Japan"
    assert all(m.in_base_rate == 0 and m.uncovered == "" for m in s.measures)
    out = tmp_path / "converted.scenario.json"
    write_scenario(s, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == VERSION
    assert read_scenario(out).scenario == s


def test_a_bracketed_rate_that_is_not_the_measures_own_is_kept() -> None:
    doc = {
        "version": 2,
        "measures": [
            {"id": "a", "title": "Duty (25%)", "rate": 0.5},
            {"id": "b", "title": "Deal (15% all-in)", "rate": 0.15},
            {"id": "c", "title": "Quota (in-quota 0%)", "rate": 0.25},
        ],
    }
    out = migrate(doc, 2, 3)
    assert [m["title"] for m in out["measures"]] == [
        "Duty (25%)",  # not its rate: kept, so the file's meaning is not guessed at
        "Deal",
        "Quota (in-quota 0%)",
    ]
