"""The workbook written with the content language Japanese names parties, issues, options,
measures and cards by their Japanese texts (read back with openpyxl and compared with the
scenario file's own ``text.ja`` values), and its weights still import."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
import pytest

from languages import plain_core_text
from negotiator_gui.core import i18n
from negotiator_gui.io.excel import read_weights, write_workbook
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import shipped_scenarios

NOW = dt.datetime(2025, 4, 20, 9, 30)
SHIPPED = shipped_scenarios()


def _names(path: Path) -> tuple[dict[str, str], set[str]]:
    """Japanese name by English name, for every entity of the file that has one; and the
    English names of the issues, options and cards (the rows and cells the workbook lists)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    pairs = {}
    listed = set()
    entities = [
        *((p, "name") for p in doc["parties"]),
        *((i, "title") for i in doc["issues"]),
        *((o, "label") for i in doc["issues"] for o in i["options"]),
        *((m, "title") for m in doc.get("measures", [])),
        *((c, "title") for c in doc.get("cards", [])),
    ]
    for e, field in entities:
        ja = e.get("text", {}).get("ja", {}).get(field)
        if ja:
            pairs[e[field]] = ja
            if field in ("title", "label") and "authority" not in e:
                listed.add(e[field])
    return pairs, listed


def _cells(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)
    return [
        c.value
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and not c.value.startswith("=")
    ]


@pytest.fixture
def japanese_content():
    i18n.set_language("ja")
    yield
    plain_core_text()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_workbook_names_everything_in_japanese(path, tmp_path, japanese_content):
    s = read_scenario(path).scenario
    out = tmp_path / "ja.xlsx"
    write_workbook(out, s, now=NOW)
    cells = _cells(out)
    pairs, listed = _names(path)
    # every issue, option and card is listed by its Japanese text
    shown = set(cells)
    for english in listed:
        assert pairs[english] in shown or any(pairs[english] in c for c in cells), english
    # no cell names an entity in English: a cell equal to an English name, or one that puts it
    # before a bracket, an arrow or a colon, as labels do
    # (the About sheet keeps the English title as the workbook's identifier; notes without a
    # Japanese text stay as written)
    own = {s.title} | ({s.notes} if "notes" not in s.text.get("ja", {}) else set())
    assert s.text["ja"]["description"] in shown
    pieces = {p.strip() for c in cells if c not in own for p in re.split(r" \(| → |: |\n", c)}
    assert sorted(pieces & set(pairs)) == []
    assert read_weights(out, s).changes == []  # what was written still imports


def test_the_workbook_in_english_keeps_the_english_names(tmp_path):
    path = SHIPPED[0]
    s = read_scenario(path).scenario
    out = tmp_path / "en.xlsx"
    write_workbook(out, s, now=NOW)
    shown = set(_cells(out))
    pairs, listed = _names(path)
    assert listed <= shown | {c for c in listed if any(c in x for x in shown)}
    assert not any(ja in shown for ja in pairs.values())
