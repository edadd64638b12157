"""The score table repaints for what it shows: a weight edit (shown by the weights editor)
leaves its cells alone, a score edit, its undo and a new issue preference do not."""

from __future__ import annotations

from negotiator_gui.app.document import Document
from negotiator_gui.core import edits
from negotiator_gui.ui.preferences.models import ScoresModel


def _changes(model: ScoresModel) -> list:
    seen: list = []
    model.dataChanged.connect(lambda *a: seen.append("data"))
    model.modelReset.connect(lambda: seen.append("reset"))
    return seen


def test_a_weight_edit_leaves_the_score_cells_alone(qapp):
    doc = Document.default()
    model = ScoresModel(doc)
    seen = _changes(model)
    doc.push(edits.rebalance_weight(doc.scenario, "JP", "autos", 31.0))
    doc.stack.undo()
    assert seen == []


def test_a_score_edit_and_its_undo_repaint_the_cells(qapp):
    doc = Document.default()
    model = ScoresModel(doc)
    seen = _changes(model)
    doc.push(edits.set_score(doc.scenario, "JP", "autos", "allin_15", 42.0))
    assert seen == ["data"]
    row = model.row_of("autos", "allin_15")
    col = ScoresModel.FIXED + model.parties.index("JP")
    assert model.index(row, col).data() == "42"
    doc.stack.undo()
    assert seen == ["data", "data"]
    assert model.index(row, col).data() != "42"
