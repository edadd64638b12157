"""Rate figures say where they become a projection and what the measures' scopes leave out."""

from __future__ import annotations

from negotiator_gui.core.labels import coverage_gaps, rate_caveats
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import default_scenario_path


def test_the_default_scenario_states_its_auto_parts_gap_and_projection() -> None:
    s = read_scenario(default_scenario_path()).scenario
    (gap,) = coverage_gaps(s)
    assert gap.startswith("Section 232 auto parts (25 %)")
    assert "84, 85 and 40" in gap
    short, long = rate_caveats(s)
    assert "projection" in short and "1 coverage gap" in short
    assert "Not modelled" in long and "84, 85 and 40" in long


def test_no_gap_no_gap_note() -> None:
    s = read_scenario(default_scenario_path()).scenario
    for m in s.measures:
        m.uncovered = ""
    assert coverage_gaps(s) == []
    short, long = rate_caveats(s)
    assert "gap" not in short and "Not modelled" not in long
