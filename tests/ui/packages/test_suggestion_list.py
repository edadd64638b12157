"""The package builder's suggestion list (a model formatting rows on demand): the same rows,
texts, tooltips and greyed points outside the ZOPA as the core's frontier and solutions; Enter
on a row takes it as the package; a weight edit resets the list once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import edits
from negotiator_gui.ui.packages.builder import ROLE, PackageBuilder


@pytest.fixture
def builder(qtbot) -> PackageBuilder:
    b = PackageBuilder(Session(Document.default()))
    qtbot.addWidget(b, before_close_func=lambda w: w.runner.wait())
    b.resize(1400, 520)
    b.show()
    return b


def test_rows_follow_the_core(builder):
    s = builder.document.scenario
    space = bg.build_space(s, ["JP", "US"])
    front = bg.frontier(space)
    sols = bg.solutions(front)
    model = builder.suggestions.model()
    assert model.rowCount() == len(sols) + len(s.offers) + len(front)
    zopa = {int(i) for i in bg.in_zopa(front)}
    first = len(sols) + len(s.offers)
    for k in range(len(front)):
        index = model.index(first + k)
        assert index.data(ROLE) == ("point", k)
        assert index.data(Qt.ItemDataRole.DisplayRole).startswith(f"Frontier {k + 1}: ")
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        grey = index.data(Qt.ItemDataRole.ForegroundRole)
        if k in zopa:
            assert tip.endswith("in the ZOPA") and grey is None
        else:
            assert tip.endswith("outside the ZOPA") and QColor(grey) == QColor("#8a8a8a")
    star = model.index(0)
    assert star.data(Qt.ItemDataRole.DisplayRole).startswith("★ ")
    assert star.data(ROLE)[0] in ("point", "none")
    offers = [model.index(len(sols) + k).data(ROLE) for k in range(len(s.offers))]
    assert {o for _, o in offers} == {o.id for o in s.offers}


def test_enter_takes_the_suggestion(builder, qtbot):
    view = builder.suggestions
    model = view.model()
    row = next(
        k
        for k in range(model.rowCount())
        if model.index(k).data(ROLE)[0] == "point" and model.index(k).data(ROLE)[1] > 0
    )
    builder.set_choices({i.id: i.options[0].id for i in builder.document.scenario.issues})
    assert builder.distances[0] > 1  # a package well inside the frontier
    view.setFocus()
    view.setCurrentIndex(model.index(row))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert builder.distances[0] == pytest.approx(0.0)


def test_a_weight_edit_resets_the_list_once(builder, qtbot):
    model = builder.suggestions.model()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    s = builder.document.scenario
    old = builder.front
    builder.document.push(edits.rebalance_weight(s, "JP", "autos", 55.0))
    qtbot.waitUntil(lambda: not builder.space_runner.busy and builder.front is not old)
    assert resets == [1]
    assert model.rowCount() == builder.suggestions.count() > 0
