"""The package builder under uncertainty: the acceptance it shows equals a brute-force count over
the same seeded samples, recomputed independently; the job can be cancelled; the best package at
a required acceptance is chosen as one undoable edit; with no ranges nothing is computed.

Ranges come from the one provider ``core.beliefs.ranges.scenario_ranges``, patched here with the
mapping of ``ranges_from_mapping`` (the scenario format has no ranges yet)."""

from __future__ import annotations

import itertools
import threading

import pytest

from beliefs_brute import brute_acceptance
from factories import small_scenario
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.beliefs import ranges as ranges_mod
from negotiator_gui.ui.common.text import escape
from negotiator_gui.ui.packages.builder import PackageBuilder

SPEC = {
    "US": {
        "weights": {"autos": (30, 70), "rice": (5, 40)},
        "reservation": (35, 60),
    }
}


@pytest.fixture
def ranged(monkeypatch):
    """Give every scenario the ranges of ``SPEC`` (returns a setter for other ranges)."""
    spec = {"value": SPEC}

    def provider(scenario, space):
        return ranges_mod.ranges_from_mapping(space, spec["value"], scenario)

    monkeypatch.setattr(ranges_mod, "scenario_ranges", provider)
    return spec


def make_builder(qtbot, scenario=None) -> PackageBuilder:
    session = Session(Document(scenario or small_scenario()))
    b = PackageBuilder(session)
    qtbot.addWidget(b, before_close_func=lambda w: w.session.document.stack.set_clean())
    b.resize(1400, 900)
    b.show()
    return b


def ready(b: PackageBuilder, qtbot) -> None:
    qtbot.waitUntil(lambda: b.beliefs.state in ("ready", "none", "failed", "cancelled"))
    assert b.beliefs.state != "failed", b.beliefs.status.text()


def test_builder_shows_acceptance_equal_to_a_brute_force_count(qtbot, ranged):
    b = make_builder(qtbot)
    ready(b, qtbot)
    assert b.beliefs.state == "ready"
    r = b.beliefs.report
    assert (r.n, r.seed) == (1000, 2025)
    s = b.session.document.scenario
    names = {p.id: p.name for p in s.parties}
    # every package of the tiny space (27): the panel's figures equal the brute-force count
    issues = [i.id for i in s.issues]
    for opts in itertools.product(*[[o.id for o in i.options] for i in s.issues]):
        choices = dict(zip(issues, opts, strict=True))
        acc, _ = r.acceptance(choices)
        expected = brute_acceptance(s, SPEC, 1000, 2025, choices)
        assert acc == pytest.approx(expected, abs=1.5e-3), choices
    # the current package's line states the share, the unit, and names the parties
    b.set_choices(dict(zip(issues, ["cut-half", "set-10", "standards"], strict=True)))
    exp = brute_acceptance(s, SPEC, 1000, 2025, b.choices)
    text = b.beliefs.acceptance_label.text()
    assert f"{names['US']} {exp[1] * 100:.0f} %" in text
    assert "1,000 samples, seed 2025" in text
    # the US acceptance varies with its ranges (the count is not trivially 0 or 1)
    assert 0 < exp[1] < 1
    # each suggestion (solutions, frontier points) states its acceptance too
    model = b.suggestion_model
    row = next(k for k, rw in enumerate(model.rows) if rw[0] == "frontier")
    point = model.rows[row][1]
    pkg = b.front.space.choices(b.front.packages(point, 1)[0])
    want = brute_acceptance(s, SPEC, 1000, 2025, pkg)[1]
    assert f"{want * 100:.0f} % by {names['US']}" in model.index(row, 0).data()
    # robust solutions with their stability, and thresholds in words and as a tornado
    assert "of samples" in b.beliefs.robust_label.text()
    assert len(b.beliefs.tornado.rows) == 2
    assert "weight" in b.beliefs.thresholds_label.text()


def test_slider_chooses_the_best_package_as_one_undoable_edit(qtbot, ranged):
    b = make_builder(qtbot)
    ready(b, qtbot)
    b.beliefs.required.setValue(70)
    qtbot.waitUntil(lambda: b.beliefs.best is not None and b.beliefs.best.required == 0.7)
    s = b.session.document.scenario
    # brute force: among every package the US accepts in ≥ 70 % of the samples, the highest
    # utility for Japan (whose preferences have no range: its utility is the point estimate)
    space = bg.build_space(s, ["JP", "US"])
    best_u, best = None, []
    for digits in itertools.product(*[range(len(o)) for o in space.options]):
        choices = space.choices(digits)
        if brute_acceptance(s, SPEC, 1000, 2025, choices)[1] >= 0.7 - 1e-9:
            u = int(space.utility(digits)[0])
            if best_u is None or u > best_u:
                best_u, best = u, [choices]
            elif u == best_u:
                best.append(choices)
    assert b.beliefs.best_choices() in best
    before = dict(b.session.package.value)
    assert b.beliefs.best_choices() != before
    b.beliefs.choose_button.click()
    assert b.session.package.value == b.beliefs.best_choices()
    assert b.choices == b.beliefs.best_choices()
    b.session.document.stack.undo()
    assert b.session.package.value == before


def test_cancel_stops_the_job_and_compute_starts_it_again(qtbot, monkeypatch):
    release = threading.Event()
    entered = threading.Event()

    def slow(scenario, space):
        entered.set()
        release.wait(30)
        return ranges_mod.ranges_from_mapping(space, SPEC, scenario)

    monkeypatch.setattr(ranges_mod, "scenario_ranges", slow)
    b = make_builder(qtbot)
    qtbot.waitUntil(entered.is_set)
    assert b.beliefs.state == "busy" and b.beliefs.cancel_button.isEnabled()
    assert b.beliefs.progress.isVisible()  # busy: the progress bar shows
    b.beliefs.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: b.beliefs.state == "cancelled")
    assert b.beliefs.report is None
    assert "Stopped" in b.beliefs.status.text()
    b.beliefs.compute_button.click()
    ready(b, qtbot)
    assert b.beliefs.state == "ready" and b.beliefs.report is not None


def test_no_ranges_no_figures_and_suggestions_unchanged(qtbot, monkeypatch):
    # zero-width ranges (low = high = the point estimate) count as none
    def zero(scenario, space):
        return ranges_mod.ranges_from_mapping(
            space, {"US": {"weights": {"autos": (50, 50)}}}, scenario
        )

    plain = make_builder(qtbot)
    ready(plain, qtbot)
    texts = [plain.suggestion_model.index(k, 0).data() for k in range(plain.suggestions.count())]
    monkeypatch.setattr(ranges_mod, "scenario_ranges", zero)
    b = make_builder(qtbot)
    ready(b, qtbot)
    assert b.beliefs.state == "none" and b.beliefs.report is None
    assert "No ranges entered" in b.beliefs.status.text()
    assert not b.beliefs.acceptance_label.isVisible()
    assert [b.suggestion_model.index(k, 0).data() for k in range(b.suggestions.count())] == texts


def test_figures_follow_a_preference_edit(qtbot, ranged):
    """A different scenario (other Japanese weights): the figures are computed again after a
    weight edit, and equal the brute-force count for the edited scenario."""
    from negotiator_gui.core import edits

    s = small_scenario()
    s.preferences_of("JP").issues["rice"].weight = 40
    b = make_builder(qtbot, s)
    ready(b, qtbot)
    first = b.beliefs.report
    assert first is not None
    doc = b.session.document
    doc.push(edits.set_weight(doc.scenario, "US", "reciprocal", 10))
    qtbot.waitUntil(lambda: b.beliefs.report is not None and b.beliefs.report is not first)
    choices = dict(b.choices)
    acc, _ = b.beliefs.report.acceptance(choices)
    assert acc == pytest.approx(
        brute_acceptance(doc.scenario, SPEC, 1000, 2025, choices), abs=1.5e-3
    )


def test_robust_solution_link_takes_its_package_undoably(qtbot, ranged):
    b = make_builder(qtbot)
    ready(b, qtbot)
    before = dict(b.session.package.value)
    name = next(
        n for n in b.beliefs.report.robust if b.beliefs.robust_choices(n) not in (None, before)
    )
    assert f"href='{name}'" in b.beliefs.robust_label.text()
    # the line says where that package differs from the one under discussion, by name
    s = b.session.document.scenario
    theirs = b.beliefs.robust_choices(name)
    changed = [
        (i.title, next(o.label for o in i.options if o.id == theirs[i.id]))
        for i in s.issues
        if theirs.get(i.id) != before.get(i.id)
    ]
    if len(changed) <= 2:  # the issues with their options
        want = "differs on " + "; ".join(f"{t}: {o}" for t, o in changed)
    else:  # how many, and the first two issues
        want = f"differs on {len(changed)} issues: {changed[0][0]}, {changed[1][0]}, …"
    assert changed and "another package" not in b.beliefs.robust_label.text()
    assert escape(want) in b.beliefs.robust_label.text()
    b.beliefs.robust_label.linkActivated.emit(name)
    assert b.session.package.value == b.beliefs.robust_choices(name)
    # the line of that solution now says "this package", with its stability in %
    stability = b.beliefs.report.robust[name].stability
    assert f"this package in {stability * 100:.0f} % of samples" in b.beliefs.robust_label.text()
    b.session.document.stack.undo()
    assert b.session.package.value == before


def test_tornado_labels_are_cut_at_their_end_and_whole_in_the_tooltip(qtbot, monkeypatch):
    """A label wider than its column loses its end behind "…" (never its start), and the row's
    tooltip gives it whole."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from negotiator_gui.core.beliefs.thresholds import Threshold
    from negotiator_gui.ui.packages.beliefs_panel import Tornado

    t = Threshold(0, 0, 2.0, 5.0, 9.0, 3.9, 6.2)
    long = "Section 232 tariff on Japanese cars and parts, with every kind of part listed"
    tornado = Tornado()
    qtbot.addWidget(tornado)
    tornado.set_rows([("Rice", t), (long, t)])
    tornado.resize(300, 60)
    tornado.show()
    fm = tornado.fontMetrics()
    assert fm.horizontalAdvance(long) > tornado.label_width()  # the case in question
    shown = tornado.shown_label(1)
    assert shown.endswith("…") and long.startswith(shown[:-1].rstrip())
    assert fm.horizontalAdvance(shown) <= tornado.label_width() - 6
    assert tornado.shown_label(0) == "Rice"  # a label that fits is whole
    tips = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, w=None: tips.append(text))
    y = 2 + 18 * 1 + 8  # the middle of the second row
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(10, y), tornado.mapToGlobal(QPoint(10, y)))
    tornado.event(event)
    assert tips == [long]


def test_one_sides_weights_are_named_once_in_the_title(qtbot, ranged):
    """With ranges on one side's weights only, the rows are the issues and the title names the
    side (the rows were "United States: …" and lost their start to the column)."""
    b = make_builder(qtbot)
    ready(b, qtbot)
    r = b.beliefs.report
    parties = {t.party for t in r.thresholds}
    assert len(parties) == 1
    (party,) = parties
    assert [name for name, _t in b.beliefs.tornado.rows] == [
        r.issue_names[t.issue] for t in r.thresholds
    ]
    assert f"the weights {r.party_names[party]} gives" in b.beliefs.tornado_title.text()
