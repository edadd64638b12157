"""The comparison panel: two packages ticked show side by side with the rows where they differ
in bold with a marker and a tint; "Pin as A/B" marks them on the utility chart at their
utilities (worked out here from the weights and scores); the current package across another
revision or scenario file."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from negotiator_gui.app.document import Document
from negotiator_gui.app.usecases.scenario_files import save_scenario
from negotiator_gui.core import edits
from negotiator_gui.core.model import Scenario
from negotiator_gui.ui.compare.view import DIFFERS, AcrossDialog


def utility(s: Scenario, party: str, choices: dict[str, str]) -> float:
    """Σ weight / Σ weights × score, in points."""
    prefs = s.preferences_of(party)
    total = sum(p.weight for p in prefs.issues.values())
    return sum(p.weight / total * p.scores.get(choices[i], 0.0) for i, p in prefs.issues.items())


@pytest.fixture
def panels(panel_host, qtbot):
    compare = panel_host.panel("compare-packages")
    chart = panel_host.panel("utility-space-chart")
    qtbot.waitUntil(lambda: chart.is_idle() and chart.analysis is not None, timeout=30_000)
    qtbot.waitUntil(compare.is_idle, timeout=30_000)
    return panel_host, compare, chart


def _tick(compare, *keys: str) -> None:
    """Tick exactly ``keys`` in the list, as a user would."""
    for k in range(compare.list.count()):
        item = compare.list.item(k)
        want = (
            Qt.CheckState.Checked
            if item.data(Qt.ItemDataRole.UserRole) in keys
            else (Qt.CheckState.Unchecked)
        )
        if item.checkState() != want:
            compare.list.item(k).setCheckState(want)


def _select(compare, key: str) -> None:
    row = next(
        k
        for k in range(compare.list.count())
        if compare.list.item(k).data(Qt.ItemDataRole.UserRole) == key
    )
    compare.list.setCurrentRow(row)


def test_two_packages_differences_marked(panels, qtbot):
    host, compare, _chart = panels
    s = host.session.document.scenario
    jp, us = s.package("jp_opening"), s.package("nash")
    _tick(compare, "package:jp_opening", "package:nash")
    qtbot.waitUntil(lambda: compare.model.comparison.names == (jp.name, us.name))
    model = compare.model
    assert model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == jp.name
    rows = {r.key: k for k, r in enumerate(model.comparison.rows)}
    for issue in s.issues:
        k = rows[("issue", issue.id)]
        differs = jp.choices.get(issue.id) != us.choices.get(issue.id)
        label = model.index(k, 0).data()
        font = model.index(k, 1).data(Qt.ItemDataRole.FontRole)
        assert label.startswith(DIFFERS) == differs, label
        assert (font is not None and font.bold()) == differs
        assert (model.index(k, 2).data(Qt.ItemDataRole.BackgroundRole) is not None) == differs
        for col, pkg in ((1, jp), (2, us)):
            option = next(o for o in issue.options if o.id == pkg.choices[issue.id])
            assert model.index(k, col).data() == option.label
    assert any(jp.choices[i] == us.choices[i] for i in jp.choices)  # some rows are not marked
    for party in ("JP", "US"):
        k = rows[("utility", party)]
        assert "(points, 0–100)" in model.index(k, 0).data()
        for col, pkg in ((1, jp), (2, us)):
            assert model.index(k, col).data() == f"{utility(s, party, pkg.choices):.1f}"


def test_pins_are_marked_on_the_utility_chart(panels, qtbot):
    host, compare, chart = panels
    s = host.session.document.scenario
    _select(compare, "package:jp_opening")
    compare.pin_a.click()
    _select(compare, "package:energy_for_autos")
    compare.pin_b.click()
    pins = host.session.pinned.value
    assert set(pins) == {"A", "B"}
    qtbot.waitUntil(lambda: set(chart.pinned.shown) == {"A", "B"} and chart.is_idle())
    for letter, pid in (("A", "jp_opening"), ("B", "energy_for_autos")):
        pkg = s.package(pid)
        x, y = chart.pinned.shown[letter]
        assert x == pytest.approx(utility(s, "JP", pkg.choices), abs=1e-6)
        assert y == pytest.approx(utility(s, "US", pkg.choices), abs=1e-6)
        assert chart.pinned.text(letter) == f"{letter}: {pkg.name}"
        assert pkg.name in compare.pins_label.text()
        # the chart's key names the pin too, after the current package
        assert chart.key.text_of(f"pin-{letter}") == f"Pinned {letter}: {pkg.name}"
    ids = [id for id, _ in chart.key.entries()]
    assert ids.index("pin-A") < ids.index("pin-B")
    assert ids.index("current") < ids.index("pin-A")
    xs, ys = chart.pinned.marks.getData()
    assert sorted(zip(xs, ys, strict=True)) == sorted(chart.pinned.shown.values())
    compare.unpin.click()
    qtbot.waitUntil(lambda: not chart.pinned.shown and chart.is_idle())
    assert chart.pinned.text("A") == ""
    assert chart.key.text_of("pin-A") is None
    assert len(chart.pinned.marks.getData()[0]) == 0
    # pins name one scenario's options: another document drops them
    compare.pin("A", "current")
    qtbot.waitUntil(lambda: set(chart.pinned.shown) == {"A"} and chart.is_idle())
    host.session.set_document(Document.default())
    assert host.session.pinned.value == {}
    qtbot.waitUntil(lambda: not chart.pinned.shown and chart.is_idle())


def test_the_table_follows_an_edit_of_the_preferences(panels, qtbot):
    host, compare, _chart = panels
    s = host.session.document.scenario
    compare.tick("current", "package:jp_opening")
    qtbot.waitUntil(compare.is_idle)
    issue = s.issues[0].id
    chosen = host.session.package.value[issue]
    before = compare.model.comparison.row("utility", "JP").texts[0]
    host.session.document.push(edits.set_score(s, "JP", issue, chosen, 0.0))
    expected = f"{utility(s, 'JP', host.session.package.value):.1f}"
    assert expected != before
    qtbot.waitUntil(lambda: compare.model.comparison.row("utility", "JP").texts[0] == expected)


def test_pin_without_a_selection_says_what_to_do(panels):
    host, compare, _chart = panels
    compare.list.setCurrentRow(-1)
    assert not compare.pin("A")
    assert compare.pins_label.text() == "Select a package in the list to pin it"
    assert host.session.pinned.value == {}


def test_the_current_package_across_another_scenario_file(panels, qtbot, tmp_path):
    host, compare, _chart = panels
    s = host.session.document.scenario
    other = copy.deepcopy(s)
    other.title = "Revised talks"
    issue = other.issues[0]
    chosen = host.session.package.value[issue.id]
    option = next(o for o in issue.options if o.id == chosen)
    option.label = "Renamed option"
    path = tmp_path / "other.scenario.json"
    save_scenario(other, path)
    dialog = AcrossDialog(host.session, compare)
    qtbot.addWidget(dialog)
    assert dialog.load_file(str(path))
    compare.compare_with(dialog.chosen)
    qtbot.waitUntil(compare.is_idle)
    comparison = compare.model.comparison
    assert comparison.names == ("This scenario", "Revised talks")
    row = comparison.row("issue", issue.id)
    assert row.texts[1] == "Renamed option" and row.differs
    assert not comparison.row("issue", s.issues[1].id).differs
    assert not comparison.row("utility", "JP").differs  # the same weights and scores
    assert compare.back.isVisibleTo(compare)
    compare.back.click()
    qtbot.waitUntil(compare.is_idle)
    assert compare.across is None and compare.model.comparison.names != comparison.names


def test_across_a_library_revision(panels, qtbot, tmp_path):
    """Revision 1 of the open scenario, then revision 2 with the chosen option's score for
    Japan set to 0: the dialog lists both, newest first; comparing with revision 2 shows
    Japan's utility change and the United States' not."""
    from negotiator_gui.app.library import open_library

    host, compare, _chart = panels
    session = host.session
    s = session.document.scenario
    library = open_library(tmp_path / "compare.db", author="tester")
    first = library.create(copy.deepcopy(s), "Talks", "first")
    changed = copy.deepcopy(s)
    issue = s.issues[0].id
    chosen = session.package.value[issue]
    changed.preferences_of("JP").issues[issue].scores[chosen] = 0.0
    second = library.save(first.scenario_id, changed, first.id, "second")
    session.library = library
    session.document.library_scenario = first.scenario_id
    dialog = AcrossDialog(session, compare)
    qtbot.addWidget(dialog)
    listed = [dialog.revisions.item(k).data(Qt.ItemDataRole.UserRole) for k in range(2)]
    assert listed == [second.id, first.id]  # newest first
    assert "first" in dialog.revisions.item(1).text()
    dialog.revisions.setCurrentRow(0)
    dialog.accept_revision()
    assert dialog.chosen is not None and dialog.chosen[1] == changed
    compare.compare_with(dialog.chosen)
    qtbot.waitUntil(compare.is_idle)
    package = session.package.value
    row = compare.model.comparison.row("utility", "JP")
    expected = (utility(s, "JP", package), utility(changed, "JP", package))
    assert expected[0] - expected[1] > 0.05  # the chosen option counted before
    assert row.texts == tuple(f"{u:.1f}" for u in expected) and row.differs
    assert not compare.model.comparison.row("utility", "US").differs
    library.close()
