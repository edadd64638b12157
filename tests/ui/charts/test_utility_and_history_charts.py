"""The utility-space and concession-history charts in the main window, offscreen: their data
follows edits (not pixels), clicks set the package, stale results are dropped, exports work."""

from __future__ import annotations

import numpy as np
import pytest

from negotiator_gui.core import bargaining, edits, offers
from negotiator_gui.ui.charts.utility import analyse, chart_parties
from negotiator_gui.ui.shell.main_window import MainWindow
from spies import spy


@pytest.fixture(autouse=True)
def utility_chart_ready(request, qtbot) -> None:
    """For a test here that takes the shared ``window`` (tests/ui/conftest.py): the window
    large enough for the charts, its utility chart drawn before the test starts."""
    if "window" not in request.fixturenames:
        return
    window = request.getfixturevalue("window")
    window.resize(1400, 900)
    qtbot.waitUntil(window.panel("utility-space-chart").is_idle, timeout=10_000)


def core_view(w: MainWindow):
    s = w.document.scenario
    space = bargaining.build_space(s, chart_parties(s))
    front = bargaining.frontier(space)
    return s, space, front


def test_frontier_and_nash_follow_a_weight_edit(window, qtbot, monkeypatch):
    from negotiator_gui.core import utility_cloud

    analysed = []  # a spy on the cloud's computation (the chart's job)
    real = utility_cloud.analyse
    monkeypatch.setattr(utility_cloud, "analyse", lambda *a: analysed.append(1) or real(*a))
    panel = window.panel("utility-space-chart")
    s, _, front = core_view(window)
    x, y = panel.frontier_points.getData()
    assert np.allclose(np.column_stack([x, y]), bargaining.to_points(front.points))
    us = chart_parties(s)[0]
    issue = s.preferences_of(us).issues
    issue_id = max(issue, key=lambda k: issue[k].weight)
    window.document.push(edits.rebalance_weight(s, us, issue_id, 5.0))
    assert not panel.is_idle()
    qtbot.waitUntil(panel.is_idle, timeout=10_000)
    assert analysed  # a new space: its cloud computed again
    s, _, front = core_view(window)
    x, y = panel.frontier_points.getData()
    expected = bargaining.to_points(front.points)
    assert len(x) == len(expected)
    assert np.allclose(np.column_stack([x, y]), expected)
    nash = bargaining.solutions(front)["nash"]
    nx, ny = panel.solution_items["nash"].getData()
    assert np.allclose(np.column_stack([nx, ny]), np.array(nash.utilities))
    window.document.push(edits.set_weight(s, us, issue_id, 60.0))
    qtbot.waitUntil(panel.is_idle, timeout=10_000)
    _, _, front = core_view(window)
    x, y = panel.frontier_points.getData()
    assert np.allclose(np.column_stack([x, y]), bargaining.to_points(front.points))


def test_clicking_a_frontier_point_sets_the_package(window, qtbot):
    panel = window.panel("utility-space-chart")
    _, space, front = core_view(window)
    k = len(front) // 3
    panel.click_frontier_point(k)
    expected = space.choices(front.packages(k, 1)[0])
    assert window.session.package.value == expected
    u = bargaining.to_points(space.utility(space.index_of(window.session.package.value)))
    assert np.allclose(u, bargaining.to_points(front.points[k]))
    panel.flush()
    cx, cy = panel.current.getData()
    assert np.allclose([cx[0], cy[0]], u)
    # a solution marker and a cloud point too
    panel.choose(("solution", "nash"), 0)
    nash = bargaining.solutions(front)["nash"]
    assert window.session.package.value == space.choices(front.packages(nash.points[0], 1)[0])
    # named in the history by what was clicked (the solution's name, with any it coincides
    # with); a frontier point by that name
    assert window.document.stack.undo_name().startswith("Choose package “Nash")
    window.document.stack.undo()
    window.document.stack.undo()
    panel.click_frontier_point(k)
    assert window.document.stack.undo_name() == "Choose package “Frontier point”"
    panel.choose(("cloud", None), 7)
    a = panel.analysis
    assert window.session.package.value == space.choices([int(v) for v in a.cloud_digits[7]])
    assert np.allclose(
        a.cloud_xy[7], space.utility(space.index_of(window.session.package.value)) / 1e9
    )


def test_hover_text_names_the_package(window):
    panel = window.panel("utility-space-chart")
    _, space, front = core_view(window)
    text = panel.describe(("frontier", None), 0)
    s = window.document.scenario
    choices = space.choices(front.packages(0, 1)[0])
    issue = s.issues[0]
    label = next(o.label for o in issue.options if o.id == choices[issue.id])
    assert f"{issue.title} → {label}" in text
    x, y = bargaining.to_points(front.points[0])
    assert panel.pick(x, y) == (("frontier", None), 0) or panel.pick(x, y)[0][0] == "solution"


def test_offer_trails_and_concession_history_follow_history(window):
    panel = window.panel("utility-space-chart")
    s, space, _ = core_view(window)
    rows = offers.history(s, space)
    us, them = chart_parties(s)
    panel.flush()
    for side, party in enumerate((us, them)):
        mine = [r for r in rows if r.party == party]
        x, y = panel.trails[side].getData()
        assert list(x) == pytest.approx([r.utilities[us] for r in mine])
        assert list(y) == pytest.approx([r.utilities[them] for r in mine])
    hist = window.panel("concession-history-chart")
    hist.flush()
    for side, party in enumerate((us, them)):
        own = [r for r in rows if r.party == party]
        other = [r for r in rows if r.party != party]
        x, y = hist.lines[(side, "own")].getData()
        assert list(x) == [r.round for r in own]
        assert list(y) == pytest.approx([r.utilities[party] for r in own])
        x, y = hist.lines[(side, "other")].getData()
        assert list(y) == pytest.approx([r.utilities[party] for r in other])


def test_a_stale_result_is_dropped(window, qtbot):
    panel = window.panel("utility-space-chart")
    s, old_space, _ = core_view(window)
    us = chart_parties(s)[0]
    issue_id = next(iter(s.preferences_of(us).issues))
    window.document.push(edits.rebalance_weight(s, us, issue_id, 1.0))
    qtbot.waitUntil(panel.is_idle, timeout=10_000)
    shown = panel.analysis
    panel.runner.deliver(panel.runner.generation, analyse(old_space))  # the old space's, late
    assert panel.analysis is shown and panel.analysis.space is not old_space  # dropped
    qtbot.waitUntil(panel.is_idle, timeout=10_000)
    _, _, front = core_view(window)
    x, y = panel.frontier_points.getData()
    assert np.allclose(np.column_stack([x, y]), bargaining.to_points(front.points))


def test_export_and_screenshot(window, tmp_path):
    panel = window.panel("utility-space-chart")
    png = panel.export(tmp_path / "utility.png")
    svg = panel.export(tmp_path / "utility.svg")
    assert png.stat().st_size > 5000
    assert "<svg" in svg.read_text()
    window.panel("concession-history-chart").export(tmp_path / "history.png")
    assert (tmp_path / "history.png").stat().st_size > 1000
    for widget in (window, panel):
        image = widget.grab().toImage()
        assert not image.isNull() and image.width() > 100
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 17)
            for y in range(0, image.height(), 17)
        }
        assert len(colours) > 10


def test_small_spaces_are_drawn_whole_large_ones_sampled():
    contrib = tuple(
        np.array([[k * 10**9, (3 - k) * 10**9] for k in range(4)], dtype=np.int64) for _ in range(3)
    )
    space = bargaining.Space(
        ("A", "B"), ("i", "j", "k"), (("a", "b", "c", "d"),) * 3, contrib, np.zeros(2, np.int64)
    )
    a = analyse(space)
    assert not a.sampled and len(a.cloud_xy) == 64
    assert {tuple(d) for d in a.cloud_digits.tolist()} == {
        (x, y, z) for x in range(4) for y in range(4) for z in range(4)
    }
    assert np.allclose(a.front_xy, bargaining.to_points(bargaining.frontier(space).points))
    big = bargaining.Space(
        ("A", "B"), tuple("ijklmnopq"), (("a", "b", "c", "d"),) * 9, contrib * 3, space.reservation
    )
    b = analyse(big)
    assert b.sampled and len(b.cloud_xy) == 50_000
    assert np.array_equal(b.cloud_digits, analyse(big).cloud_digits)  # fixed seed
    # each sampled dot is the utilities of the package its digits name
    for k in (0, 7, 49_999):
        u = big.utility(big.index_of(big.choices([int(v) for v in b.cloud_digits[k]])))
        assert np.array_equal(b.cloud_xy[k], bargaining.to_points(u))
    # other utilities (a weight edit), the same sample: only the utilities are new
    heavier = bargaining.Space(
        big.parties, big.issues, big.options, tuple(c * 2 for c in big.contrib), big.reservation
    )
    c = analyse(heavier)
    assert c.cloud_digits is b.cloud_digits and not c.cloud_digits.flags.writeable
    assert np.array_equal(c.cloud_xy, 2 * b.cloud_xy)


def _weight_edit(window, value: float):
    s = window.document.scenario
    us = chart_parties(s)[0]
    issue = max(s.preferences_of(us).issues, key=lambda k: s.preferences_of(us).issues[k].weight)
    window.document.push(edits.rebalance_weight(s, us, issue, value))


def test_a_new_space_is_drawn_once_when_its_analysis_arrives(window, qtbot, monkeypatch):
    """No drawing of the offers over the old cloud first: one redraw, with the new frontier."""
    panel = window.panel("utility-space-chart")
    redraws = spy(monkeypatch, panel, "redraw")
    _weight_edit(window, 17.25)
    qtbot.waitUntil(panel.is_idle, timeout=10_000)
    assert redraws.count == 1


def test_a_slow_analysis_draws_the_offers_meanwhile(window, qtbot, monkeypatch):
    import threading

    from negotiator_gui.core import utility_cloud as cu

    gate = threading.Event()
    real = cu.analyse
    monkeypatch.setattr(cu, "analyse", lambda *args: (gate.wait(10), real(*args))[1])
    panel = window.panel("utility-space-chart")
    redraws = spy(monkeypatch, panel, "redraw")
    _weight_edit(window, 18.5)
    qtbot.waitUntil(lambda: redraws.count == 1, timeout=5_000)  # the interim
    assert not panel.is_idle() and panel.runner.busy
    xs, ys, _ = panel.trail_data(0)
    tx, ty = panel.trails[0].getData()
    assert np.allclose(tx, xs) and np.allclose(ty, ys)  # the offers at the new utilities
    gate.set()
    qtbot.waitUntil(panel.is_idle, timeout=10_000)
    assert redraws.count == 2
