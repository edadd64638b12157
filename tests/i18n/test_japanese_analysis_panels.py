"""The analysis panels in Japanese: the utility-space chart, the concession history, the trade
impact and tornado charts, the options matrix, the counter-package finder and the ZOPA status
show no untranslated text, and every control in them has a tooltip.

Each panel is built on its own (as the window docks it) on the default scenario with Japanese
free text (see visible_text.py) and read back once its background work has delivered, so the
texts that only appear with results (status lines, table cells, axis labels, legends) are read.
"""

from __future__ import annotations

import pytest
from visible_text import check_translated, english, japanese_scenario_file

from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session
from readiness import idle
from spies import spy


@pytest.fixture
def scenario(tmp_path, japanese):
    path, allowed = japanese_scenario_file(tmp_path)
    return Document.open_file(str(path)), allowed


_check = check_translated


def _show(qtbot, panel) -> None:
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()


def test_utility_chart_in_japanese(qtbot, scenario):
    from negotiator_gui.ui.charts.utility import UtilitySpacePanel

    document, allowed = scenario
    _show(qtbot, panel := UtilitySpacePanel(Session(document)))
    qtbot.waitUntil(lambda: panel.analysis is not None and panel.is_idle(), timeout=30_000)
    assert panel.status.text()
    assert any("パレートフロンティア" in text for text in panel.key.texts()), panel.key.texts()
    _check(panel, allowed)
    hover = panel.describe(("frontier", None), 0)  # the tooltip of a frontier point
    assert not english(hover, allowed), hover


def test_concession_history_in_japanese(qtbot, scenario, monkeypatch):
    from negotiator_gui.ui.charts.history import ConcessionHistoryPanel

    document, allowed = scenario
    panel = ConcessionHistoryPanel(Session(document))
    redraws = spy(monkeypatch, panel, "redraw")  # drawn when shown, not before
    _show(qtbot, panel)
    qtbot.waitUntil(lambda: redraws.count > 0, timeout=10_000)
    assert panel.plot.getPlotItem().axes["bottom"]["item"].labelText == "ラウンド"
    _check(panel, allowed)


def test_impact_and_tornado_charts_in_japanese(qtbot, scenario, monkeypatch):
    from negotiator_gui.ui.charts.impact import ImpactPanel

    document, allowed = scenario
    panel = ImpactPanel(document, lambda: {})
    tornado_redraws = spy(monkeypatch, panel.tornado, "redraw")  # drawn when shown, not before
    _show(qtbot, panel)
    qtbot.waitUntil(lambda: panel.sectors.data is not None, timeout=60_000)
    qtbot.waitUntil(lambda: tornado_redraws.count > 0, timeout=10_000)
    qtbot.waitUntil(lambda: idle(panel), timeout=60_000)  # the bands and their texts too
    assert panel.sectors.plot.getPlotItem().titleLabel.text
    _check(panel, allowed)
    for chart in (panel.sectors, panel.tornado):
        _check(chart, allowed)


def test_options_matrix_in_japanese(qtbot, scenario):
    from negotiator_gui.ui.analysis.views import OptionsMatrixView

    document, allowed = scenario
    view = OptionsMatrixView(Session(document))
    _show(qtbot, view)
    view.set_document(document)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=60_000)
    assert view.status.text()
    _check(view, allowed)


def test_counter_packages_in_japanese(qtbot, scenario):
    from negotiator_gui.ui.analysis.views import CounterFinder

    document, allowed = scenario
    view = CounterFinder(Session(document))
    _show(qtbot, view)

    def searched() -> bool:
        text = view.status.text()
        return not view.timer.isActive() and bool(text) and text != "検索中…"

    view.set_document(document)
    qtbot.waitUntil(searched, timeout=60_000)
    assert view.source.count()  # each side's latest offer, in Japanese
    _check(view, allowed)
    package = next(p for p in document.scenario.packages if len(p.choices) > 1)
    view.set_package(dict(package.choices), "日本語パッケージ")
    qtbot.waitUntil(searched, timeout=60_000)
    assert view.model.rowCount()
    _check(view, allowed)


def test_zopa_status_in_japanese(qtbot, scenario):
    from negotiator_gui.ui.packages.zopa_status import ZopaStatus

    document, allowed = scenario
    label = ZopaStatus(Session(document))
    _show(qtbot, label)
    qtbot.waitUntil(lambda: bool(label.text()), timeout=30_000)
    assert "件" in label.text() or "—" in label.text()
    _check(label, allowed)
