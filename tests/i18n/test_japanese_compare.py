"""The comparison panel and its across-scenarios dialog in Japanese: no English left where a
translation exists (table headers, row labels with their units, notes, buttons, tooltips),
read once two packages are compared and one is pinned."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from visible_text import check_translated, english, japanese_scenario_file

from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session


@pytest.fixture
def scenario(tmp_path, japanese):
    path, allowed = japanese_scenario_file(tmp_path)
    return Document.open_file(str(path)), allowed


def test_compare_panel_in_japanese(qtbot, scenario):
    from negotiator_gui.ui.compare.view import AcrossDialog, ComparePanel

    document, allowed = scenario
    session = Session(document)
    panel = ComparePanel(session)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitUntil(panel.is_idle, timeout=30_000)
    keys = [src.key for src in panel.sources]
    offer = next(k for k in keys if k.startswith("offer:"))
    panel.tick("current", "solution:nash", offer, "package:jp_opening")
    qtbot.waitUntil(panel.is_idle, timeout=30_000)
    rows = panel.model.comparison.rows
    assert len(panel.model.comparison.names) == 4 and any(r.differs for r in rows)
    assert {r.key[0] for r in rows} >= {"issue", "utility", "gain", "zopa", "exports"}
    assert (
        panel.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        == "比較項目"
    )
    assert panel.pin("A", "solution:nash")
    assert panel.pins_label.text().startswith("効用チャートの A")
    # every row, not only the first few the generic reader looks at
    for k in range(panel.model.rowCount()):
        for col in range(panel.model.columnCount()):
            text = panel.model.index(k, col).data()
            assert not english(text, allowed), text
    check_translated(panel, allowed)
    dialog = AcrossDialog(session, panel)
    qtbot.addWidget(dialog)
    assert dialog.message.text()  # no library: it says to choose a file
    check_translated(dialog, allowed)
