"""The options table in a Japanese window shows and edits the options' Japanese labels (from
the scenario file's ``text.ja``); the English label stays, and undo takes the edit back."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from negotiator_gui.paths import default_scenario_path

E = Qt.ItemDataRole.EditRole


def test_the_options_table_shows_and_edits_japanese_labels(japanese, make_window):
    raw = json.loads(default_scenario_path().read_text(encoding="utf-8"))
    ja = {(i["id"], o["id"]): o["text"]["ja"]["label"] for i in raw["issues"] for o in i["options"]}
    window = make_window()
    model = window.panel("preferences-editor").model
    for (issue, option), label in ja.items():
        assert model.data(model.index(model.row_of(issue, option), 1)) == label
    index = model.index(model.row_of("rice", "plus_25"), 1)
    opt = next(o for o in window.document.scenario.issue("rice").options if o.id == "plus_25")
    english = opt.label
    assert model.setData(index, "米国枠を25％拡大", E)
    assert (opt.label, opt.text["ja"]["label"]) == (english, "米国枠を25％拡大")
    window.document.stack.undo()
    assert opt.text["ja"]["label"] == ja[("rice", opt.id)]
