"""The tariff editor, the line breakdown and the tariff charts in Japanese: no English left on
screen and a tooltip on every control."""

from __future__ import annotations

import pytest
from visible_text import check_translated, english, japanese_scenario_file

from negotiator_gui.app.document import Document
from negotiator_gui.ui.charts.tariffs import TariffCharts
from negotiator_gui.ui.tariffs.editor import MEASURE_KEYS, TariffEditor
from readiness import idle


@pytest.fixture
def document(tmp_path, japanese):
    path, allowed = japanese_scenario_file(tmp_path)
    return Document.open_file(str(path)), allowed


def _package(s) -> dict[str, str]:
    """A package whose options change tariffs (so the 'under package' texts are shown too)."""
    return {i.id: next((o.id for o in i.options if o.effects), i.options[0].id) for i in s.issues}


_no_english = check_translated


def test_tariff_editor_in_japanese(qtbot, document):
    doc, allowed = document
    s = doc.scenario
    choices = _package(s)
    editor = TariffEditor(doc, lambda: choices)
    qtbot.addWidget(editor)
    editor.resize(1500, 800)
    editor.show()
    editor.recompute()
    # a measure selected (with suspensions where there is one), and a line with its breakdown
    row = next((k for k, m in enumerate(s.measures) if m.suspensions), 0)
    editor.measure_view.setCurrentIndex(
        editor.measures.index(row, MEASURE_KEYS.index("suspensions"))
    )
    editor.line_view.setCurrentIndex(editor.lines.index(0, 0))
    qtbot.waitUntil(lambda: idle(editor) and bool(editor.breakdown.toPlainText()))
    assert not english(editor.breakdown.toPlainText(), allowed | {"MFN"})
    _no_english(editor, allowed)
    # every measure row, every authority and mode name and every day's status
    for r in range(editor.measures.rowCount()):
        for c in range(editor.measures.columnCount()):
            text = editor.measures.index(r, c).data()
            if MEASURE_KEYS[c] not in ("id", "title", "programme", "imposing", "targets"):
                assert not english(text, allowed), (MEASURE_KEYS[c], text)
    # the breakdown of every line (notes on quotas, rules and all-in floors included)
    for r in range(min(200, len(s.trade_flows))):
        text = editor.explain_row(r)
        assert not english(text, allowed), text


def test_tariff_charts_in_japanese(qtbot, document):
    doc, allowed = document
    choices = _package(doc.scenario)
    charts = TariffCharts(doc, lambda: choices)
    qtbot.addWidget(charts)
    charts.resize(1100, 700)
    charts.show()
    qtbot.waitUntil(lambda: not charts.busy, timeout=20_000)
    for chart in (charts.timeline, charts.stack):
        chart.flush()
    # the event labels of the timeline and the segment labels of the stack
    labels = [line.label.format for line in charts.timeline.markers if line.isVisible()]
    labels += [t.toPlainText() for t in charts.stack.labels if t.isVisible()]
    assert labels
    for text in labels:
        assert not english(text, allowed), text
    ticks = (
        charts.timeline.plot.getPlotItem()
        .getAxis("bottom")
        .tickStrings([0.0, 86400 * 100.0], 1.0, 86400 * 30.0)
    )
    for text in ticks:
        assert not english(text, allowed), text
    # the impact tab is another team's: only the timeline and stack tabs are checked
    _no_english(charts.timeline, allowed)
    _no_english(charts.stack, allowed)
