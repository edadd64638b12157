"""Scenario format 4: entities carry their texts in other languages (``text``), a version-3
file migrates without losing anything, and the texts survive files and the library."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from factories import small_scenario
from negotiator_gui.core.problems import Problems
from negotiator_gui.io.migrations import migrate
from negotiator_gui.io.scenario_file import (
    ScenarioFileError,
    parse_scenario_text,
    read_scenario,
    write_scenario,
)
from negotiator_gui.io.scenario_reader import read_scenario_body
from negotiator_gui.io.scenario_writer import VERSION, scenario_to_document
from negotiator_gui.store import open_library

V3 = Path(__file__).parent / "fixtures" / "v3" / "us-japan-2025-04.v3.scenario.json"


def test_a_version_3_file_migrates_keeping_everything(tmp_path: Path) -> None:
    raw = json.loads(V3.read_text(encoding="utf-8"))
    assert raw["version"] == 3
    local_names = {p["id"]: p["name_local"] for p in raw["parties"] if p.get("name_local")}
    assert local_names  # the fixture has some, or this test would prove nothing
    loaded = read_scenario(V3)
    assert loaded.migrated_from == 3
    s = loaded.scenario
    # the local names became the Japanese names, and nothing else gained a text
    assert {p.id: p.text["ja"]["name"] for p in s.parties if p.text} == local_names
    assert all(p.text == {"ja": {"name": p.text["ja"]["name"]}} for p in s.parties if p.text)
    assert not any(e.text for e in (*s.issues, *s.measures, *s.cards))
    # the document is the version-3 one with name_local where text was: nothing else changed
    back = scenario_to_document(s)
    assert back["version"] == VERSION == 4
    back["version"] = 3
    for p in back["parties"]:
        text = p.pop("text", None)
        if text:
            p["name_local"] = text["ja"]["name"]
    assert back == raw
    out = tmp_path / "v4.scenario.json"
    write_scenario(s, out)
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 4
    assert read_scenario(out).scenario == s


def test_a_local_name_that_is_not_japanese_is_kept_in_the_notes() -> None:
    doc = {
        "version": 3,
        "parties": [
            {"id": "KR", "name": "South Korea", "name_local": "한국", "notes": "Seoul"},
            {"id": "JP", "name": "Japan", "name_local": "日本"},
            {"id": "XX", "name": "Nowhere", "name_local": ""},
        ],
    }
    out = migrate(copy.deepcopy(doc), 3, 4)
    kr, jp, xx = out["parties"]
    assert kr == {"id": "KR", "name": "South Korea", "notes": "Seoul\nLocal name: 한국"}
    assert jp == {"id": "JP", "name": "Japan", "text": {"ja": {"name": "日本"}}}
    assert xx == {"id": "XX", "name": "Nowhere"}


def _with_texts():
    s = small_scenario()
    s.issues[0].text = {"ja": {"title": "自動車関税", "description": "最優先の論点"}}
    s.issues[0].options[0].text = {"ja": {"label": "現状維持"}}
    s.cards[0].text = {"ja": {"title": "関税の撤廃", "notes": "「自動車」"}}
    s.measures[0].text = {"ja": {"title": "232条 鉄鋼"}}
    return s


def test_texts_round_trip_through_a_file(tmp_path: Path) -> None:
    s = _with_texts()
    path = tmp_path / "s.scenario.json"
    write_scenario(s, path)
    text = path.read_text(encoding="utf-8")
    assert '"text": {"ja": {"label": "現状維持"}}' in text  # short texts on one line
    assert read_scenario(path).scenario == s


def test_texts_round_trip_through_the_library(tmp_path: Path) -> None:
    s = _with_texts()
    with open_library(tmp_path / "lib.sqlite") as lib:
        rev = lib.create(s)
        assert lib.load(rev.id) == s
        rows = {
            r["id"]: r["text"]
            for r in lib.db.query(
                "SELECT id, text FROM issues WHERE scenario_id = ?", [rev.scenario_id]
            )
        }
    assert json.loads(rows[s.issues[0].id]) == s.issues[0].text


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ({"fr": {"title": "Autos"}}, "$.issues[0].text.fr"),
        ({"ja": {"name": "自動車"}}, "$.issues[0].text.ja.name"),
        ({"ja": {"title": 3}}, "$.issues[0].text.ja.title"),
        ({"ja": "自動車"}, "$.issues[0].text.ja"),
    ],
)
def test_a_bad_text_is_refused_with_its_path(text, path) -> None:
    doc = scenario_to_document(small_scenario())
    doc["issues"][0]["text"] = text
    with pytest.raises(ScenarioFileError) as err:
        parse_scenario_text(json.dumps(doc, ensure_ascii=False), "test")
    assert path in str(err.value)


def test_empty_texts_are_dropped_on_reading() -> None:
    doc = scenario_to_document(small_scenario())
    doc["issues"][0]["text"] = {"ja": {"title": ""}}
    pr = Problems()
    s = read_scenario_body(pr, doc)
    assert not pr.has_errors() and s.issues[0].text == {}
