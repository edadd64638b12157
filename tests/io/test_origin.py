"""A scenario file's ``origin``: the library revision it was saved from. Optional in format 4
(files without it read as before), round-trips, is checked with its JSON path, is not part of
the content hash, and a redacted copy leaves it out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from factories import small_scenario
from negotiator_gui.app.usecases.scenario_files import export_scenario, save_scenario
from negotiator_gui.io.origin import Origin
from negotiator_gui.io.scenario_file import ScenarioFileError, read_scenario
from negotiator_gui.io.scenario_writer import content_hash
from negotiator_gui.io.schema import schema

ORIGIN = Origin("library.sqlite", 3, 14, "ab" * 32)


def _doc(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _write(tmp_path: Path, doc: dict) -> Path:
    p = tmp_path / "edited.scenario.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    return p


def test_origin_round_trips_after_the_version_and_meets_the_schema(tmp_path):
    path = tmp_path / "a.scenario.json"
    save_scenario(small_scenario(), path, ORIGIN)
    doc = _doc(path)
    assert list(doc)[:3] == ["format", "version", "origin"]
    assert doc["origin"] == {
        "library": "library.sqlite",
        "scenario": 3,
        "revision": 14,
        "content_hash": "ab" * 32,
    }
    assert list(Draft202012Validator(schema()).iter_errors(doc)) == []
    loaded = read_scenario(path)
    assert loaded.origin == ORIGIN and loaded.scenario == small_scenario()


def test_a_file_without_origin_reads_with_none(tmp_path):
    path = tmp_path / "a.scenario.json"
    save_scenario(small_scenario(), path)
    assert "origin" not in _doc(path)
    assert read_scenario(path).origin is None


def test_origin_is_not_part_of_the_content_hash(tmp_path):
    a, b = tmp_path / "a.scenario.json", tmp_path / "b.scenario.json"
    save_scenario(small_scenario(), a)
    save_scenario(small_scenario(), b, ORIGIN)
    assert a.read_bytes() != b.read_bytes()
    assert content_hash(read_scenario(b).scenario) == content_hash(small_scenario())


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"revision": "14"}, "$.origin.revision"),
        ({"scenario": [3]}, "$.origin.scenario"),
        ({"content_hash": "not-a-hash"}, "$.origin.content_hash"),
        ({"content_hash": "AB" * 32}, "$.origin.content_hash"),
        ({"library": 7}, "$.origin.library"),
        ({"branch": "main"}, "$.origin.branch"),
    ],
)
def test_a_wrong_origin_is_refused_with_its_path(tmp_path, change, path):
    good = tmp_path / "a.scenario.json"
    save_scenario(small_scenario(), good, ORIGIN)
    doc = _doc(good)
    doc["origin"].update(change)
    with pytest.raises(ScenarioFileError) as err:
        read_scenario(_write(tmp_path, doc))
    assert [p.path for p in err.value.problems] == [path]
    assert list(Draft202012Validator(schema()).iter_errors(doc)) != []


def test_a_missing_part_and_a_non_object_are_refused(tmp_path):
    good = tmp_path / "a.scenario.json"
    save_scenario(small_scenario(), good, ORIGIN)
    doc = _doc(good)
    del doc["origin"]["revision"]
    with pytest.raises(ScenarioFileError) as err:
        read_scenario(_write(tmp_path, doc))
    assert [p.path for p in err.value.problems] == ["$.origin.revision"]
    doc["origin"] = "revision 14"
    with pytest.raises(ScenarioFileError) as err:
        read_scenario(_write(tmp_path, doc))
    assert [p.path for p in err.value.problems] == ["$.origin"]


def test_a_redacted_copy_leaves_the_origin_out(tmp_path):
    shared, kept = tmp_path / "shared.scenario.json", tmp_path / "kept.scenario.json"
    export_scenario(shared, small_scenario(), redacted=True, origin=ORIGIN)
    export_scenario(kept, small_scenario(), origin=ORIGIN)
    assert "origin" not in _doc(shared) and read_scenario(shared).origin is None
    assert read_scenario(kept).origin == ORIGIN
