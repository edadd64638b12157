"""The package builder: named solutions set the combos and the utilities, the frontier follows
preference edits but not card edits, indicators arrive off the UI thread, offers are recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import edits
from readiness import idle


def builder(window):
    return window.panel("package-builder")


def test_window_exposes_the_package(window):
    b = builder(window)
    seen = []
    window.session.package.changed.connect(seen.append)
    b.combos["rice"].setCurrentIndex(2)
    assert (
        window.session.package.value["rice"] == window.document.scenario.issue("rice").options[2].id
    )
    assert seen and seen[-1] == window.session.package.value


def test_nash_sets_the_combos_and_shows_bargainings_utilities(window, qtbot):
    b = builder(window)
    s = window.document.scenario
    space = bg.build_space(s)
    front = bg.frontier(space)
    nash = bg.solutions(front)["nash"]
    assert b.choose_solution("nash")
    expected = space.choices(front.packages(nash.points[0], 1)[0])
    assert {i: c.currentData() for i, c in b.combos.items()} == expected
    assert window.session.package.value == expected
    for party, u in zip(space.parties, nash.utilities[0], strict=True):
        assert b.shown[party].utility == pytest.approx(u, abs=1e-9)
        assert f"{u:.1f}" in b.util_rows[party][2].text()
    to_front, to_nash = b.distances
    assert to_front == pytest.approx(0.0) and to_nash == pytest.approx(0.0)
    qtbot.waitUntil(lambda: b.indicators is not None and not b.runner.jobs.busy)
    assert b.indicators.party == "JP"
    assert "bn" in b.ind_labels[0][1].text()


def test_suggestion_list_takes_a_frontier_point(window):
    b = builder(window)
    item = next(
        b.suggestions.item(k)
        for k in range(b.suggestions.count())
        if b.suggestions.item(k).data(Qt.ItemDataRole.UserRole)[0] == "point"
    )
    b.take_suggestion(item)
    assert b.distances[0] == pytest.approx(0.0)


def test_record_offer_then_undo(window):
    b = builder(window)
    s = window.document.scenario
    n = len(s.offers)
    assert b.round.value() == 2  # one after the latest round
    b.side.setCurrentIndex(b.side.findData("US"))
    b.choose_solution("utilitarian")
    b.record_button.click()
    assert len(s.offers) == n + 1
    offer = s.offers[-1]
    assert (offer.party, offer.round, offer.date) == ("US", 2, s.as_of)
    assert offer.choices == window.session.package.value
    assert b.round.value() == 3
    window.document.stack.undo()
    assert len(s.offers) == n


def test_utilities_follow_a_weight_edit_but_cards_do_not_recompute(window, qtbot):
    b = builder(window)
    s = window.document.scenario
    front = b.front
    before = b.shown["JP"].utility
    card = s.cards[0]
    window.document.push(edits.set_field(s, "card", card.id, "title", "Renamed"))
    qtbot.waitUntil(lambda: idle(b), timeout=15_000)  # whatever the edit asked for is done
    assert b.front is front  # a card edit leaves the frontier alone
    window.panel("preferences-editor").weights.set_weight("JP", "autos", 60.0)
    qtbot.waitUntil(lambda: b.front is not front)
    assert b.shown["JP"].utility != pytest.approx(before)
    space = bg.build_space(s, ["JP", "US"])
    u = space.utility(space.index_of(window.session.package.value))
    assert b.shown["JP"].utility == pytest.approx(bg.to_points(u)[0])


def test_stale_indicator_results_are_dropped(window, qtbot):
    b = builder(window)
    runner = b.runner
    qtbot.waitUntil(lambda: not runner.jobs.busy)
    got = []
    runner.ready.connect(got.append)
    old = runner.jobs.generation
    runner.request(b.document, b.choices)  # a newer request …
    runner.jobs.deliver(old, (None, (object(), None)))  # … and an old result arriving late
    assert got == []
    qtbot.waitUntil(lambda: not runner.jobs.busy)
    assert got == [b.indicators]  # the newer request's result is shown


def test_the_frontier_is_computed_off_the_ui_thread_and_cached(window, qtbot, monkeypatch):
    """A weight edit recomputes the space on the pool at once (no fixed delay); the state
    undone back to is shown from the cache, without a job."""
    import threading

    from negotiator_gui.ui.packages import builder as pb

    b = builder(window)
    threads = []
    real = pb.bg.frontier
    monkeypatch.setattr(
        pb.bg, "frontier", lambda space: threads.append(threading.get_ident()) or real(space)
    )
    weights = window.panel("preferences-editor").weights
    old = b.front
    weights.set_weight("JP", "autos", 60.0)
    qtbot.waitUntil(lambda: not b.space_runner.busy and b.front is not old)
    assert threads and threading.get_ident() not in threads
    first = b.front
    weights.set_weight("JP", "autos", 40.0)
    qtbot.waitUntil(lambda: not b.space_runner.busy and b.front is not first)
    computed = len(threads)
    window.document.stack.undo()  # back to a state seen before
    qtbot.waitUntil(lambda: not b.space_runner.busy)
    assert b.front is first and len(threads) == computed  # no frontier computed again


def test_a_hidden_suggestion_list_is_filled_when_shown_or_read(make_window, qtbot):
    """Tabbed behind another dock, the builder still follows edits (the package, the
    utilities) but its suggestion list is filled only when shown or read."""
    from PySide6.QtWidgets import QDockWidget

    from negotiator_gui.ui.common import jobs

    window = make_window()  # the docks of the main window

    b = builder(window)
    qtbot.waitUntil(lambda: window.layout_applied)
    prefs = window.findChild(QDockWidget, "preferences-editor")
    dock = window.findChild(QDockWidget, "package-builder")
    assert dock in window.tabifiedDockWidgets(prefs)
    prefs.raise_()
    qtbot.waitUntil(lambda: jobs.hidden(b.suggestions))
    front = b.front
    window.panel("preferences-editor").weights.set_weight("JP", "autos", 60.0)
    qtbot.waitUntil(lambda: b.front is not front)
    assert b.suggestions.pending is not None  # put off
    model = b.suggestions.model()
    assert model._front is front  # still the old rows
    n = b.suggestions.count()  # read: filled now
    assert b.suggestions.pending is None and model._front is b.front
    assert n == len(b.solutions) + len(window.document.scenario.offers) + len(b.front)
    window.panel("preferences-editor").weights.set_weight("JP", "autos", 40.0)
    qtbot.waitUntil(lambda: b.suggestions.pending is not None)
    dock.raise_()  # shown: filled
    qtbot.waitUntil(lambda: b.suggestions.pending is None)
    assert model._front is b.front


@pytest.fixture
def window(panel_host):
    """The panels on their own (a session and a bare host), not a main window."""
    return panel_host
