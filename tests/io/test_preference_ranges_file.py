"""Preference ranges in scenario files: optional fields of format 4 (no new version), so files
written before them read as before; files with them round-trip through the file, the schema and
the library; bad ranges are refused with their JSON path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from negotiator_gui.core.model import Confidence
from negotiator_gui.core.preference_ranges import ranges_spec
from negotiator_gui.io.scenario_file import ScenarioFileError, read_scenario, write_scenario
from negotiator_gui.io.schema import schema
from negotiator_gui.paths import scenario_path
from negotiator_gui.store import open_library

FIXTURES = Path(__file__).parent / "fixtures"


def _minimal() -> dict:
    return json.loads((FIXTURES / "minimal.scenario.json").read_text(encoding="utf-8"))


def _with_ranges() -> dict:
    doc = _minimal()
    us = next(p for p in doc["preferences"] if p["party"] == "US")
    us["confidence"] = "low"
    us["issues"]["autos"]["weight_range"] = [80, 100]
    us["issues"]["autos"]["score_ranges"] = {"cut": [0, 15.5]}
    us["reservation"] = {"value": 40, "range": [30, 55]}
    return doc


def _write(tmp_path: Path, doc: dict, name: str = "x") -> Path:
    p = tmp_path / f"{name}.scenario.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    return p


def test_a_file_without_ranges_reads_as_points_and_writes_no_range_fields(tmp_path):
    doc = _minimal()
    s = read_scenario(_write(tmp_path, doc)).scenario
    assert ranges_spec(s) == {}
    out = tmp_path / "out.scenario.json"
    write_scenario(s, out)
    text = out.read_text(encoding="utf-8")
    assert "range" not in text and "confidence" not in text
    assert json.loads(text)["version"] == doc["version"] == 4


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_older_files_migrate_with_no_ranges(version):
    path = next((FIXTURES / version).glob("us-japan-2025-04*.json"))
    s = read_scenario(path).scenario
    assert ranges_spec(s) == {}
    assert all(p.confidence is None for p in s.preferences)


def test_a_file_with_ranges_round_trips_and_meets_the_schema(tmp_path):
    doc = _with_ranges()
    assert not list(Draft202012Validator(schema()).iter_errors(doc))
    s = read_scenario(_write(tmp_path, doc)).scenario
    us = s.preferences_of("US")
    assert us.confidence is Confidence.LOW
    assert us.issues["autos"].weight_range == (80, 100)
    assert us.issues["autos"].score_ranges == {"cut": (0, 15.5)}
    assert us.reservation.range == (30, 55)
    out = tmp_path / "out.scenario.json"
    write_scenario(s, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    wus = next(p for p in written["preferences"] if p["party"] == "US")
    assert wus["confidence"] == "low"
    assert wus["issues"]["autos"]["weight_range"] == [80, 100]
    assert wus["issues"]["autos"]["score_ranges"] == {"cut": [0, 15.5]}
    assert wus["reservation"] == {"value": 40, "range": [30, 55]}
    again = read_scenario(out).scenario
    assert again == s
    out2 = tmp_path / "out2.scenario.json"
    write_scenario(again, out2)
    assert out2.read_bytes() == out.read_bytes()


def test_ranges_round_trip_through_the_library(tmp_path):
    s = read_scenario(_write(tmp_path, _with_ranges())).scenario
    with open_library(tmp_path / "lib.sqlite", author="Tester") as lib:
        rev = lib.create(s, message="with ranges")
        back = lib.load(rev.id)
    assert back == s
    assert ranges_spec(back) == ranges_spec(s) != {}


def _problems(tmp_path: Path, doc: dict) -> dict[str, str]:
    with pytest.raises(ScenarioFileError) as err:
        read_scenario(_write(tmp_path, doc))
    return {p.path: p.message for p in err.value.problems}


@pytest.mark.parametrize(
    ("edit", "path", "words"),
    [
        (
            lambda us: us["issues"]["autos"].update(weight_range=[90, 100, 1]),
            "weight_range",
            "range",
        ),
        (lambda us: us["issues"]["autos"].update(weight_range="80-100"), "weight_range", "range"),
        (
            lambda us: us["issues"]["autos"].update(weight_range=[80, "x"]),
            "weight_range[1]",
            "number",
        ),
        (lambda us: us["issues"]["autos"].update(weight_range=[-5, 100]), "weight_range", "0–100"),
        (
            lambda us: us["issues"]["autos"].update(weight_range=[20, 50]),
            "weight_range",
            "estimate",
        ),
        (lambda us: us["issues"]["autos"].update(weight_range=[100, 90]), "weight_range", "above"),
        (
            lambda us: us["issues"]["autos"].update(score_ranges={"cut": [5, 10]}),
            "score_ranges.cut",
            "estimate",
        ),
        (
            lambda us: us["issues"]["autos"].update(score_ranges={"zz": [0, 1]}),
            "score_ranges.zz",
            "unknown option",
        ),
        (lambda us: us.update(confidence="very"), "confidence", "not one of"),
        (
            lambda us: us.update(reservation={"range": [1, 2]}),
            "reservation.range",
            "reservation value",
        ),
    ],
)
def test_bad_ranges_are_refused_with_their_json_path(tmp_path, edit, path, words):
    doc = _minimal()
    us = next(p for p in doc["preferences"] if p["party"] == "US")
    edit(us)
    k = doc["preferences"].index(us)
    problems = _problems(tmp_path, doc)
    full = next(
        (p for p in problems if p.startswith(f"$.preferences[{k}]") and p.endswith(path)), None
    )
    assert full is not None, problems
    assert words in problems[full], problems


def test_a_non_finite_range_in_the_file_is_refused(tmp_path):
    doc = _minimal()
    text = json.dumps(doc).replace(
        '"weight": 100, "scores": {"keep": 100',
        '"weight": 100, "weight_range": [NaN, 100], "scores": {"keep": 100',
        1,
    )
    assert "NaN" in text
    p = tmp_path / "nan.scenario.json"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioFileError) as err:
        read_scenario(p)
    assert any("weight_range" in x.path for x in err.value.problems)


def test_the_shipped_us_japan_scenarios_give_the_us_side_ranges_with_reasons():
    for name in ("us-japan-2025-04.scenario.json", "us-japan-2025-09-deal.scenario.json"):
        s = read_scenario(scenario_path(name)).scenario
        spec = ranges_spec(s)
        assert set(spec) == {"US"}, name  # Japan's own numbers stay points
        us = s.preferences_of("US")
        assert set(spec["US"]["weights"]) == set(us.issues)
        for issue_id, (lo, hi) in spec["US"]["weights"].items():
            assert lo < us.issues[issue_id].weight < hi
        lo, hi = spec["US"]["reservation"]
        assert lo < us.reservation.value < hi
        assert "Ranges on the US side" in s.notes
        assert "米国側の選好の幅" in s.text["ja"]["notes"]


def test_the_library_diff_lists_range_changes():
    from negotiator_gui.store.diff import diff_scenarios

    a = read_scenario(scenario_path("us-japan-2025-04.scenario.json")).scenario
    b = read_scenario(scenario_path("us-japan-2025-04.scenario.json")).scenario
    us = b.preferences_of("US")
    us.issues["lng"].weight_range = (6, 14)
    us.issues["rice"].score_ranges["plus_25"] = (30, 40)
    us.confidence = Confidence.HIGH
    us.reservation.range = None
    words = [c.text() for e in diff_scenarios(a, b).changes for c in e.fields]
    assert "weight range of lng changed from [5, 16] to [6, 14]" in words
    assert any("score range of rice/plus_25" in w and "[30, 40]" in w for w in words), words
    assert any("confidence" in w and "high" in w for w in words), words
    assert any("range" in w and "[40, 56]" in w for w in words), words
