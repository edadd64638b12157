"""The measures table in a Japanese window shows and edits the measures' Japanese titles; the
English title stays as it was (and undo takes the Japanese edit back)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from negotiator_gui.paths import default_scenario_path
from negotiator_gui.ui.tariffs.models import MEASURE_KEYS


def _index(panel, measure_id: str, key: str):
    return panel.measures.index(panel.measures.row_of(measure_id), MEASURE_KEYS.index(key))


def test_the_measures_table_shows_and_edits_the_japanese_title(japanese, make_window):
    raw = json.loads(default_scenario_path().read_text(encoding="utf-8"))
    ja = {m["id"]: m["text"]["ja"]["title"] for m in raw["measures"]}
    window = make_window()
    panel = window.panel("tariff-editor")
    model = panel.measures
    for measure_id, title in ja.items():
        assert model.data(_index(panel, measure_id, "title"), Qt.ItemDataRole.DisplayRole) == title
    m = window.document.scenario.measure("s232_steel")
    english = m.title
    assert model.setData(_index(panel, "s232_steel", "title"), "鉄鋼232条")
    assert (m.title, m.text["ja"]["title"]) == (english, "鉄鋼232条")
    window.document.stack.undo()
    assert (m.title, m.text["ja"]["title"]) == (english, ja["s232_steel"])
