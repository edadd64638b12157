"""The tariff editor's rates computed on the pool (as for a large flow table; forced here on the
default scenario): the table keeps the previous rates with a note until the new ones arrive,
the work runs off the UI thread on the frozen copy, a stale result is dropped, an undo is shown
from the cache without a job, and a hidden panel does no work until shown."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtWidgets import QDockWidget

from negotiator_gui.app import rates as ar
from negotiator_gui.core import edits


@pytest.fixture
def panel(window, qtbot, monkeypatch):
    p = window.panel("tariff-editor")
    p.inline_lines = 0  # every table counts as large: rates on the pool
    qtbot.waitUntil(lambda: window.layout_applied)  # it brings other docks to the front
    window.findChild(QDockWidget, "tariff-editor").raise_()  # in front of its tabs: on screen
    qtbot.waitUntil(p.isVisible)
    p.recompute()  # the opening rates too, as for a large table (they were computed inline)
    qtbot.waitUntil(lambda: not p.rates_pending)
    threads: list[int] = []
    real = ar.compute_rates

    def counted(*args, **kwargs):
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(ar, "compute_rates", counted)
    p.threads = threads
    return p


def car_row(window) -> int:
    return window.document.scenario.trade_flows.index_of("US", "JP", "8703")


def rate_edit(window, rate: float):
    s = window.document.scenario
    window.document.push(edits.set_field(s, "measure", "s232_autos", "rate", rate))


def test_rates_arrive_from_the_pool_and_the_table_waits_for_them(window, panel, qtbot):
    car = car_row(window)
    before = float(panel.lines.now[car])
    rate_edit(window, 0.30)
    qtbot.waitUntil(lambda: not panel.timer.isActive())
    if panel.rates_pending:  # the job may already be done on a fast machine
        assert float(panel.lines.now[car]) == before  # the previous rates meanwhile
        assert not panel.pending_note.isHidden()
    qtbot.waitUntil(lambda: not panel.rates_pending)
    assert panel.pending_note.isHidden()
    assert float(panel.lines.now[car]) == pytest.approx(before + 0.05)
    assert panel.threads and threading.get_ident() not in panel.threads
    # the engine took the job's rates: asked again, it answers from its cache, computing nothing
    assert panel.engine.cached(panel.day, None) is panel.lines.now
    assert panel.engine.rates(panel.day) is panel.lines.now
    assert threading.get_ident() not in panel.threads
    expected = ar.compute_rates(
        panel.engine.lines, window.document.scenario.measures,
        window.document.scenario.stacking_rules, panel.day,
    ).total  # fmt: skip
    assert np.array_equal(panel.lines.now, expected)
    index = panel.lines.index(panel.lines.view_row(car), 0)
    panel.line_view.setCurrentIndex(index)
    assert "30" in panel.breakdown.toPlainText()


def test_a_stale_result_is_dropped(window, panel, qtbot):
    car = car_row(window)
    runner = panel.rates_runner
    rate_edit(window, 0.30)
    rate_edit(window, 0.40)  # before the first edit's rates were asked for: one job
    qtbot.waitUntil(lambda: not panel.rates_pending)
    assert float(panel.lines.now[car]) == pytest.approx(0.425)
    shown = panel.lines.now
    runner.deliver(runner.generation - 1, object())  # a late result for an older request
    assert panel.lines.now is shown  # dropped
    # a result arriving while a newer recompute is due is not shown either
    rate_edit(window, 0.20)
    lines = panel.engine.lines
    panel._apply_rates(object())  # the timer is running: this would be out of date
    # dropped unread (showing it would fail on a result that is not one): neither shown nor
    # taken by the engine
    assert panel.lines.now is shown and panel.engine.lines is lines
    qtbot.waitUntil(lambda: not panel.rates_pending)
    assert float(panel.lines.now[car]) == pytest.approx(0.225)


def test_an_undo_is_shown_from_the_cache_without_a_job(window, panel, qtbot):
    car = car_row(window)
    runner = panel.rates_runner
    rate_edit(window, 0.30)
    qtbot.waitUntil(lambda: not panel.rates_pending)
    n = len(panel.threads)  # the rate jobs that ran (a spy on the work)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: not panel.rates_pending)
    assert float(panel.lines.now[car]) == pytest.approx(0.275)
    assert len(panel.threads) == n and not runner.busy


def test_a_hidden_panel_computes_when_shown(window, panel, qtbot, monkeypatch):
    from negotiator_gui.ui.tariffs import editor

    jobs_built: list[int] = []  # a spy: one rate job built per job started
    real_job = editor.rate_job
    monkeypatch.setattr(
        editor, "rate_job", lambda *a, **k: (jobs_built.append(1), real_job(*a, **k))[1]
    )
    car = car_row(window)
    dock = panel.parentWidget()
    dock.hide()
    rate_edit(window, 0.35)
    qtbot.waitUntil(lambda: not panel.timer.isActive())
    # the rates were asked for: a job would start on the runner's turn of the event loop
    qtbot.waitUntil(lambda: not panel.rates_runner.timer.isActive())
    assert jobs_built == [] and panel.rates_runner.stale
    dock.show()
    qtbot.waitUntil(lambda: not panel.rates_pending)
    assert float(panel.lines.now[car]) == pytest.approx(0.375)
    assert jobs_built == [1]
