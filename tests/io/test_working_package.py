"""The package under discussion in a scenario file: an optional field of format 3, so files
written before it read as before (none chosen) and a file with it round-trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from negotiator_gui.io.scenario_file import ScenarioFileError, read_scenario, write_scenario
from negotiator_gui.io.schema import schema

FIXTURES = Path(__file__).parent / "fixtures"


def _minimal() -> dict:
    return json.loads((FIXTURES / "minimal.scenario.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, doc: dict) -> Path:
    p = tmp_path / "x.scenario.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    return p


def test_a_file_without_it_reads_with_none_chosen_and_is_written_without_it(tmp_path):
    doc = _minimal()
    assert "working_package" not in doc
    s = read_scenario(_write(tmp_path, doc)).scenario
    assert s.working_package == {}
    out = tmp_path / "out.scenario.json"
    write_scenario(s, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert "working_package" not in written and written["version"] == doc["version"]


def test_a_file_with_it_round_trips_and_meets_the_schema(tmp_path):
    doc = _minimal()
    doc["working_package"] = {"autos": "cut"}
    doc["packages"] = [{"id": "a", "name": "Option A", "choices": {"autos": "keep"}, "note": "n"}]
    s = read_scenario(_write(tmp_path, doc)).scenario
    assert s.working_package == {"autos": "cut"}
    out = tmp_path / "out.scenario.json"
    write_scenario(s, out)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["working_package"] == {"autos": "cut"}
    assert list(written)[-1] == "working_package"  # after the offers, as the schema lists it
    validator = Draft202012Validator(schema())
    assert not list(validator.iter_errors(written))
    assert read_scenario(out).scenario == s


@pytest.mark.parametrize(
    ("value", "path", "phrase"),
    [
        ({"autos": "nope"}, "$.working_package.autos", "unknown option 'nope'"),
        ({"rice": "keep"}, "$.working_package.rice", "unknown issue 'rice'"),
        (["autos"], "$.working_package", "expected an object"),
    ],
)
def test_a_bad_working_package_is_named_by_its_path(tmp_path, value, path, phrase):
    doc = _minimal()
    doc["working_package"] = value
    with pytest.raises(ScenarioFileError) as err:
        read_scenario(_write(tmp_path, doc))
    problems = [(p.path, p.message) for p in err.value.problems]
    assert any(p == path and phrase in m for p, m in problems), problems
