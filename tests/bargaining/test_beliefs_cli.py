"""``negotiator analyze --uncertainty N --seed S``: the uncertainty part of the report."""

from __future__ import annotations

import json

from negotiator_gui.cli import main
from negotiator_gui.paths import scenario_path


def test_zero_width_uncertainty_report_repeats_the_deterministic_solutions(capsys):
    path = str(scenario_path("teaching-3-issues.scenario.json"))
    assert main(["analyze", path, "--json", "--uncertainty", "64", "--seed", "3"]) == 0
    doc = json.loads(capsys.readouterr().out)
    u = doc["uncertainty"]
    assert u["samples"] == 64 and u["seed"] == 3 and u["uncertain"] is False
    for name, sol in doc["solutions"].items():
        robust = u["robust"][name]
        if sol is None:
            assert robust["package"] is None
            continue
        packages = [pkg for pt in sol["points"] for pkg in pt["packages"]]
        assert robust["package"] in packages
        assert robust["stability"] == 1.0
        assert set(robust["acceptance"].values()) == {1.0}
    assert u["thresholds"] == []  # no range, nothing the advice depends on


def test_text_report_and_bad_arguments(capsys):
    path = str(scenario_path("teaching-3-issues.scenario.json"))
    assert main(["analyze", path, "--uncertainty", "20"]) == 0
    out = capsys.readouterr().out
    assert "Under uncertainty: 20 samples, seed 2025" in out
    assert main(["analyze", path, "--uncertainty", "-1"]) == 2
    assert main(["analyze", path, "--uncertainty", "5", "--acceptance", "1.5"]) == 2
