"""The fields of format 3 are checked like the others: a bad value is named by its JSON path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from negotiator_gui.io.scenario_file import ScenarioFileError, read_scenario

FIXTURES = Path(__file__).parent / "fixtures"


def _with(tmp_path: Path, edit) -> Path:
    doc = json.loads((FIXTURES / "minimal.scenario.json").read_text(encoding="utf-8"))
    edit(doc)
    p = tmp_path / "x.scenario.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    return p


def _elasticity(doc, **extra) -> None:
    doc["elasticities"] = [{"id": "e", "kind": "import_demand", "value": 1.0, **extra}]


@pytest.mark.parametrize(
    ("extra", "path", "phrase"),
    [
        ({"low": 2.0, "high": 3.0}, "$.elasticities[0].value", "outside its range"),
        ({"low": 3.0, "high": 2.0}, "$.elasticities[0].low", "above its high end"),
        ({"low": -1.0}, "$.elasticities[0].low", "positive number"),
        ({"high": "big"}, "$.elasticities[0].high", ""),
    ],
)
def test_bad_ranges_are_named(tmp_path: Path, extra, path: str, phrase: str) -> None:
    with pytest.raises(ScenarioFileError) as err:
        read_scenario(_with(tmp_path, lambda d: _elasticity(d, **extra)))
    problems = [(p.path, p.message) for p in err.value.problems]
    assert any(p == path and phrase in m for p, m in problems), problems


def test_a_negative_in_base_rate_is_named(tmp_path: Path) -> None:
    def edit(doc):
        doc["measures"][0]["in_base_rate"] = -0.1

    with pytest.raises(ScenarioFileError) as err:
        read_scenario(_with(tmp_path, edit))
    assert any(p.path == "$.measures[0].in_base_rate" for p in err.value.problems)


def test_good_values_read_back(tmp_path: Path) -> None:
    def edit(doc):
        _elasticity(doc, low=0.5, high=2.0, name="All products: macro η")
        doc["measures"][0]["in_base_rate"] = 0.01
        doc["measures"][0]["uncovered"] = "parts outside chapter 87"

    s = read_scenario(_with(tmp_path, edit)).scenario
    e = s.elasticities[0]
    assert (e.low, e.high, e.name) == (0.5, 2.0, "All products: macro η")
    assert (s.measures[0].in_base_rate, s.measures[0].uncovered) == (
        0.01,
        "parts outside chapter 87",
    )
