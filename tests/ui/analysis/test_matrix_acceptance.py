"""The options matrix under uncertainty: an acceptance column whose figures equal a brute-force
count over the same seeded samples; no column at all with zero-width ranges."""

from __future__ import annotations

import pytest

from beliefs_brute import brute_acceptance
from factories import small_scenario
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core.beliefs import ranges as ranges_mod
from negotiator_gui.ui.analysis.views import OptionsMatrixView

SPEC = {"US": {"weights": {"rice": (0, 50)}, "reservation": (30, 60)}}


def _view(qtbot, spec, monkeypatch) -> OptionsMatrixView:
    if spec is not None:
        monkeypatch.setattr(
            ranges_mod,
            "scenario_ranges",
            lambda scenario, space: ranges_mod.ranges_from_mapping(space, spec, scenario),
        )
    view = OptionsMatrixView(Session(Document(small_scenario())))
    qtbot.addWidget(view, before_close_func=lambda v: v.document.stack.set_clean())
    view.show()
    view.set_document(view.session.document)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.bg.busy)
    return view


def test_acceptance_column_equals_brute_force(qtbot, monkeypatch):
    view = _view(qtbot, SPEC, monkeypatch)
    heads = [c[0] for c in view.model.columns]
    assert "Accepted by United States" in heads
    col = heads.index("Accepted by United States")
    assert "1,000 samples, seed 2025" in view.model.columns[col][1]
    s = view.session.document.scenario
    shown = 0
    for r, row in enumerate(view.model.rows):
        if set(row.choices) != {i.id for i in s.issues}:
            continue
        want = brute_acceptance(s, SPEC, 1000, 2025, dict(row.choices))[1]
        assert view.model.acceptance[id(row)] == pytest.approx(want, abs=1.5e-3)
        assert view.model.index(r, col).data() == f"{want * 100:.0f} %"
        shown += 1
    assert shown


def test_no_column_with_zero_width_ranges(qtbot, monkeypatch):
    plain = _view(qtbot, None, monkeypatch)
    zero = _view(qtbot, {"US": {"weights": {"rice": (20, 20)}}}, monkeypatch)
    assert [c[0] for c in zero.model.columns] == [c[0] for c in plain.model.columns]
    assert not any("Accepted" in c[0] for c in zero.model.columns)
