"""The tariff editor's table models pass Qt's model tester, and the 100,000-line model sorts and
edits through vectorised paths."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from tariff_line_data import synthetic_flows

from negotiator_gui.app.document import Document
from negotiator_gui.core.tariff_edits import apply_operator_to_lines
from negotiator_gui.ui.tariffs.editor import TariffEditor
from negotiator_gui.ui.tariffs.models import LINE_KEYS


@pytest.fixture
def panel(qtbot) -> TariffEditor:
    p = TariffEditor(Document.default())
    qtbot.addWidget(p)
    return p


def test_measures_model_passes_model_tester(qtmodeltester, panel):
    qtmodeltester.check(panel.measures)


def test_lines_model_passes_model_tester(qtmodeltester, panel):
    panel.lines.sort(LINE_KEYS.index("now"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(panel.lines)


@pytest.fixture
def big(qtbot) -> TariffEditor:
    doc = Document.default()
    doc.scenario.trade_flows = synthetic_flows(doc.scenario, 100_000)
    p = TariffEditor(doc)
    qtbot.addWidget(p)
    assert p.rates_pending and p.lines.rowCount() == 0  # a large table: prepared on the pool
    qtbot.waitUntil(lambda: not p.rates_pending)
    return p


def test_100k_lines_sort_filter_and_edit_fast(big, qtbot):
    model = big.lines
    assert model.rowCount() == 100_000
    t0 = time.perf_counter()
    big.line_view.sortByColumn(LINE_KEYS.index("now"), Qt.SortOrder.DescendingOrder)
    assert time.perf_counter() - t0 < 0.5
    assert np.all(np.diff(model.now[model.view]) <= 0)
    big.code_filter.setText("12")
    assert 0 < model.rowCount() < 100_000
    assert all(model.data(model.index(r, 0)).startswith("12") for r in range(model.rowCount()))
    big.code_filter.clear()
    # a rate edit: one recompute, on the pool, without preparing the lines again
    lines_before = big.engine.lines
    mfn_before = lines_before.mfn.copy()
    doc = big.document
    big.measures.setData(big.measures.index(4, 8), 12.0)  # ieepa_baseline → 12 %
    qtbot.waitUntil(lambda: not big.rates_pending)
    assert big.engine.lines is lines_before
    # an operator on 5,000 lines is one step, and quick (row hints, no search per line)
    rows = np.arange(0, 100_000, 20)
    t0 = time.perf_counter()
    doc.push(apply_operator_to_lines(doc.scenario, rows, "linear_cut", 50))
    assert time.perf_counter() - t0 < 2.0
    qtbot.waitUntil(lambda: not big.rates_pending)
    # only the MFN column was refreshed, copy-on-write: the sort is shared, the lines a job
    # may still have been reading are untouched
    assert big.engine.lines is not lines_before
    assert big.engine.lines.perm is lines_before.perm
    assert np.array_equal(lines_before.mfn, mfn_before)
    assert model.mfn[rows] == pytest.approx(np.asarray(doc.scenario.trade_flows.mfn_rate)[rows])
    doc.stack.undo()
    qtbot.waitUntil(lambda: not big.rates_pending)
    assert np.all(np.diff(model.now[model.view]) <= 0)  # still sorted after the recompute
