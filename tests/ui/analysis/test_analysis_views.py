"""The analysis views, offscreen: the options matrix equals the core's (built off the UI thread,
stale results dropped), sorts and highlights the frontier, hands packages to the builder and to
the counter-package finder, whose rows equal the core's counter-packages for the US's offer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from negotiator_gui.app.document import Document
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import options_matrix
from negotiator_gui.core.analysis_data import status_quo_fill
from negotiator_gui.core.offers import completed, latest_offers
from negotiator_gui.ui.analysis.models import FRONTIER_ROLE, ROW_ROLE, CounterModel, MatrixModel

DEAL = Path(__file__).resolve().parents[3] / "scenarios" / "us-japan-2025-09-deal.scenario.json"


def matrix_ready(qtbot, view) -> None:
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.status.text() != "", timeout=10_000)
    qtbot.waitUntil(lambda: view.model.matrix is not None, timeout=10_000)


def finder_ready(qtbot, finder) -> int:
    gen = finder.refresh()
    qtbot.waitUntil(
        lambda: (
            finder.model.result is not None
            and finder.bg.generation == gen
            and finder.status.text() != "Searching…"
        ),
        timeout=10_000,
    )
    return gen


def test_matrix_rows_equal_core_and_model_is_sound(window, qtbot, qtmodeltester):
    view = window.panel("options-matrix")
    matrix_ready(qtbot, view)
    expected = options_matrix.build(window.document.scenario, partial=True)
    rows = [view.model.data(view.model.index(r, 0), ROW_ROLE) for r in range(view.model.rowCount())]
    assert [(r.key, r.choices, r.utilities, r.on_frontier) for r in rows] == [
        (r.key, r.choices, r.utilities, r.on_frontier) for r in expected.packages
    ]
    assert rows == expected.packages
    qtmodeltester.check(view.model)


def test_sorting_by_a_utility_column_orders_rows(window, qtbot):
    view = window.panel("options-matrix")
    matrix_ready(qtbot, view)
    col = next(c for c, k in enumerate(view.model.columns) if k[2] == ("u", "JP"))
    view.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    values = [
        view.proxy.data(view.proxy.index(r, 0), ROW_ROLE).utilities["JP"]
        for r in range(view.proxy.rowCount())
    ]
    assert values == sorted(values, reverse=True) and len(values) > 3


def test_frontier_rows_highlighted_and_filterable(window, qtbot):
    view = window.panel("options-matrix")
    matrix_ready(qtbot, view)
    m = view.model
    flags = [m.data(m.index(r, 0), FRONTIER_ROLE) for r in range(m.rowCount())]
    backgrounds = [
        m.data(m.index(r, 2), Qt.ItemDataRole.BackgroundRole) for r in range(m.rowCount())
    ]
    assert any(flags) and not all(flags)
    assert [b is not None for b in backgrounds] == flags
    view.frontier_only.setChecked(True)
    assert view.proxy.rowCount() == sum(flags)
    view.frontier_only.setChecked(False)
    view.filter.setText("nash")
    assert 0 < view.proxy.rowCount() < m.rowCount()


def test_use_this_package_sets_current_package(window, qtbot):
    view = window.panel("options-matrix")
    matrix_ready(qtbot, view)
    view.table.selectRow(0)
    row = view.selected()
    assert view.use_button.isEnabled()
    view.use_button.click()
    assert window.session.package.value == row.choices


def test_stale_matrix_result_is_dropped(window, qtbot):
    view = window.panel("options-matrix")
    matrix_ready(qtbot, view)
    before = list(view.model.rows)
    old = view.bg.generation
    view.bg.invalidate()  # an edit arrived: what is still running is stale
    fake = options_matrix.build(window.document.scenario, with_indicators=False, frontier_rows=2)
    view.bg.deliver(old, (fake, window.document.scenario))
    assert view.model.rows == before
    view.bg.deliver(view.bg.generation, (fake, window.document.scenario))
    assert view.model.rows == fake.packages


def test_edit_rebuilds_the_matrix(window, qtbot):
    view = window.panel("options-matrix")
    matrix_ready(qtbot, view)
    gen = view.bg.generation
    s = window.document.scenario
    view._on_event(type("E", (), {"reason": "reset", "changes": []})())
    assert view.bg.generation > gen and view.timer.isActive()
    qtbot.waitUntil(lambda: view.model.matrix is not None and not view.timer.isActive())
    assert s is window.document.scenario


def counters_expected(s, party: str, for_party: str, eps: float, top: int):
    space = bg.build_space(s)
    offer = next(o for o in s.offers if o.id == latest_offers(s)[party])
    pkg = space.index_of(completed(space, offer.choices, status_quo_fill(s)))
    found, _ = bg.counter_packages(
        space, pkg, space.parties.index(party), space.parties.index(for_party), eps, top
    )
    return [space.choices(c.package) for c in found], [c.utilities for c in found]


def test_counter_rows_equal_core_for_us_offer_and_follow_epsilon(window, qtbot, qtmodeltester):
    window.open_document(Document.open_file(DEAL))  # the session follows a new document
    finder = window.panel("counter-packages")
    s = window.document.scenario
    assert s.perspective == "JP"
    assert finder.source.currentData() == ("offer", "US")
    finder_ready(qtbot, finder)
    qtmodeltester.check(finder.model)
    choices, utils = counters_expected(s, "US", "JP", 1.0, 10)
    rows = finder.model.rows
    assert [r.choices for r in rows] == choices
    assert [tuple(r.utilities.values()) for r in rows] == utils
    assert all(r.differs for r in rows)
    finder.epsilon.setValue(5.0)
    finder_ready(qtbot, finder)
    choices5, _ = counters_expected(s, "US", "JP", 5.0, 10)
    assert [r.choices for r in finder.model.rows] == choices5
    assert choices5 != choices
    finder.top.setValue(3)
    finder_ready(qtbot, finder)
    assert len(finder.model.rows) == 3
    # use this package
    finder.table.selectRow(0)
    row = finder.proxy.data(finder.proxy.index(0, 0), ROW_ROLE)
    finder.use_button.click()
    assert window.session.package.value == row.choices
    # the history says where the package came from
    assert window.document.stack.undo_name() == "Choose package “Counter-package 1”"


def test_counter_for_a_matrix_package(window, qtbot):
    view, finder = window.panel("options-matrix"), window.panel("counter-packages")
    matrix_ready(qtbot, view)
    view.table.selectRow(0)
    row = view.selected()
    view.counter_button.click()
    assert finder.source.currentData() == ("custom", "")
    finder_ready(qtbot, finder)
    assert finder.model.result.offer == row.choices
    assert finder.model.result.holder == "US" and finder.model.result.for_party == "JP"


def test_empty_models_are_sound(qtmodeltester):
    qtmodeltester.check(MatrixModel())
    qtmodeltester.check(CounterModel())


@pytest.fixture
def window(panel_host):
    """The analysis panels on their own (a session and a bare host), not a main window."""
    return panel_host


def test_a_search_that_finds_nothing_suggests_widening_the_tolerance(window):
    from negotiator_gui.core.analysis_data import CounterResult

    finder = window.panel("counter-packages")
    finder.epsilon.setValue(0.5)
    empty = CounterResult("US", "JP", {}, {"US": 40.0}, [], True)
    finder._show((empty, window.document.scenario))
    assert "widen the tolerance" in finder.status.text() and "±0.5" in finder.status.text()
    assert finder.model.rowCount() == 0
