"""Beside every indicator table on screen: the window the figures average over and what the
flow table covers of the balance (a visible warning when one direction is under-covered);
one money unit per table and no "−0.0"; the status quo package named apart from the
walk-away values."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from negotiator_gui.core import edits
from negotiator_gui.core.impact import Window, coverage_text
from negotiator_gui.core.labels import WHY_THEY_DIFFER


def indicators_ready(qtbot, builder) -> None:
    runner = builder.runner
    qtbot.waitUntil(
        lambda: builder.indicators is not None and not runner.jobs.busy,
        timeout=15_000,
    )


def test_the_builder_says_the_window_and_the_coverage_beside_its_indicators(window, qtbot):
    b = window.panel("package-builder")
    indicators_ready(qtbot, b)
    s = window.document.scenario
    expected = Window.default(s).describe()
    assert b.indicators.window == Window.default(s)
    assert expected in b.ind_window.text() and "365 days" in expected
    coverage, warning = coverage_text(s, "JP", "US")
    assert b.ind_coverage.text() == coverage and warning is None
    assert b.ind_warning.isHidden()
    # one unit for the four figures, and no sign on a figure that rounds to nothing
    amounts = [value.text() for _, value in b.ind_labels]
    units = {re.search(r"(bn|m)</b>$", a).group(1) for a in amounts}
    assert len(units) == 1, amounts
    assert not any(re.search(r"[−-]US\$ 0\.0 ", a) for a in amounts), amounts


def test_an_under_covered_direction_shows_a_warning(window, qtbot):
    b = window.panel("package-builder")
    indicators_ready(qtbot, b)
    doc = window.document
    doc.push(edits.remove_flow(doc.scenario, ("JP", "US", "00")))  # US→JP 'all other goods'
    _, warning = coverage_text(doc.scenario, "JP", "US")
    assert warning
    qtbot.waitUntil(lambda: warning in b.ind_warning.text(), timeout=15_000)
    assert not b.ind_warning.isHidden()
    doc.stack.undo()
    qtbot.waitUntil(lambda: b.ind_warning.isHidden(), timeout=15_000)


def test_the_options_matrix_says_its_window_and_names_the_status_quo_package(window, qtbot):
    view = window.panel("options-matrix")
    view.refresh()
    qtbot.waitUntil(lambda: view.model.matrix is not None, timeout=15_000)
    s = window.document.scenario
    matrix = view.model.matrix
    assert matrix.window == Window.default(s)
    assert Window.default(s).describe() in view.context.text()
    assert coverage_text(s, "JP", "US")[0] in view.context.text()
    model = view.model
    kinds = [c[2] for c in model.columns].index("kinds")
    row = next(k for k, r in enumerate(model.rows) if "batna" in r.kinds)
    index = model.index(row, kinds)
    assert "status quo package" in model.data(index)
    assert "no deal" not in model.data(index)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == WHY_THEY_DIFFER
    # the money columns: one unit in the headers, no "−0.0" in the cells
    heads = [c[0] for c in model.columns if c[2] in ("exports", "revenue", "balance")]
    assert len({h[h.index("(") :] for h in heads}) == 1, heads
    for r in range(model.rowCount()):
        for c, col in enumerate(model.columns):
            if col[2] in ("exports", "revenue", "balance"):
                text = model.data(model.index(r, c))
                assert text not in ("−0.0", "-0.0", "+0.0"), (r, col[2], text)


@pytest.fixture
def window(panel_host):
    """The panels on their own (a session and a bare host), not a main window."""
    return panel_host
