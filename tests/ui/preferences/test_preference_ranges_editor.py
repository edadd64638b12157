"""Ranges in the preferences editor: a range field beside each weight and the reservation value,
a range column beside each party's scores, a confidence level per party; every edit one undo
step, bad text refused inline; and the export dialog's "keep the other side's ranges"."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from negotiator_gui.app.document import Document
from negotiator_gui.core.model import Confidence
from negotiator_gui.ui.io.dialogs import ExportOptionsDialog
from negotiator_gui.ui.preferences.editor import PreferencesEditor
from negotiator_gui.ui.preferences.models import ScoresModel

E = Qt.ItemDataRole.EditRole
D = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def editor(qtbot):
    doc = Document.default()
    ed = PreferencesEditor(doc)
    qtbot.addWidget(ed)
    ed.show()
    return ed


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_weight_range_typed_beside_the_weight_is_one_undo_step(editor, qtbot):
    doc = editor.document
    s = doc.scenario
    field = editor.weights.ranges["JP", "autos"]  # JP autos: weight 30, no range
    assert field.text() == ""
    depth = doc.stack.index
    _type(qtbot, field, "25-40")
    qtbot.waitUntil(lambda: s.preferences_of("JP").issues["autos"].weight_range == (25, 40))
    assert doc.stack.index == depth + 1
    assert "range" in doc.stack.undo_name()
    doc.stack.undo()
    assert s.preferences_of("JP").issues["autos"].weight_range is None
    qtbot.waitUntil(lambda: field.text() == "")
    doc.stack.redo()
    qtbot.waitUntil(lambda: field.text() == "25–40")


def test_a_band_typed_as_plus_minus_and_the_shipped_ranges_shown(editor, qtbot):
    s = editor.document.scenario
    assert editor.weights.ranges["US", "autos"].text() == "14–30"  # shipped
    assert editor.weights.reservation_ranges["US"].text() == "40–56"
    _type(qtbot, editor.weights.reservation_ranges["JP"], "±5")  # JP reservation 57
    qtbot.waitUntil(lambda: s.preferences_of("JP").reservation.range == (52, 62))


def test_bad_range_text_is_refused_inline_and_changes_nothing(editor, qtbot):
    s = editor.document.scenario
    before = copy.deepcopy(s)
    depth = editor.document.stack.index
    _type(qtbot, editor.weights.ranges["JP", "autos"], "lots")
    qtbot.waitUntil(lambda: editor.weights_error.isVisible())
    assert "low–high" in editor.weights_error.text()
    _type(qtbot, editor.weights.ranges["JP", "autos"], "40-50")  # does not hold 30
    qtbot.waitUntil(lambda: "estimate" in editor.weights_error.text())
    assert s == before and editor.document.stack.index == depth


def test_the_confidence_level_is_chosen_per_party(editor, qtbot):
    s = editor.document.scenario
    combo = editor.weights.confidences["US"]
    assert combo.currentData() == "medium"  # shipped
    combo.setCurrentIndex(combo.findData("low"))
    combo.activated.emit(combo.currentIndex())
    assert s.preferences_of("US").confidence is Confidence.LOW
    editor.document.stack.undo()
    assert s.preferences_of("US").confidence is Confidence.MEDIUM
    qtbot.waitUntil(lambda: combo.currentData() == "medium")


def test_score_ranges_sit_in_a_column_per_party(editor, qtmodeltester):
    model = editor.model
    s = editor.document.scenario
    qtmodeltester.check(model)
    n = len(model.parties)
    assert model.columnCount() == ScoresModel.FIXED + 2 * n
    row = model.row_of("rice", "plus_25")
    jp = model.index(row, model.range_column("JP"))
    us = model.index(row, model.range_column("US"))
    assert model.headerData(model.range_column("JP"), Qt.Orientation.Horizontal) == "Japan range"
    # US: the medium confidence band around 35, shown but not its own (empty to edit)
    assert model.data(us, D) == "25–45" and model.data(us, E) == ""
    assert model.data(jp, D) == ""  # JP: no range, no confidence
    assert model.setData(jp, "±5", E)  # JP score 75
    assert s.preferences_of("JP").issues["rice"].score_ranges == {"plus_25": (70, 80)}
    assert model.data(jp, D) == "70–80" and model.data(jp, E) == "70–80"
    assert model.setData(jp, "", E)  # cleared
    assert s.preferences_of("JP").issues["rice"].score_ranges == {}
    editor.document.stack.undo()
    assert s.preferences_of("JP").issues["rice"].score_ranges == {"plus_25": (70, 80)}
    # the score columns are where they were: FIXED + party index
    assert model.data(model.index(row, ScoresModel.FIXED + model.parties.index("JP")), D) == "75"


def test_a_bad_score_range_is_refused(editor, qtbot):
    model = editor.model
    s = editor.document.scenario
    before = copy.deepcopy(s)
    index = model.index(model.row_of("rice", "plus_25"), model.range_column("JP"))
    assert not model.setData(index, "90–95", E)
    qtbot.waitUntil(lambda: editor.error.isVisible())
    assert not model.setData(index, "nonsense", E)
    assert s == before


def test_export_dialog_keeps_the_other_sides_ranges_only_in_a_redacted_copy(qtbot):
    dialog = ExportOptionsDialog(None, workbook=False, party="JP")
    qtbot.addWidget(dialog)
    assert not dialog.keep_ranges.isEnabled() and not dialog.keep_other_ranges
    dialog.keep_ranges.setChecked(True)
    assert not dialog.keep_other_ranges  # not redacted: the whole scenario goes anyway
    dialog.redacted.setChecked(True)
    assert dialog.keep_ranges.isEnabled() and dialog.keep_other_ranges
    dialog.keep_ranges.setChecked(False)
    assert not dialog.keep_other_ranges
