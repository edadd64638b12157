"""Every text on a chart (axes, titles, key, annotations) and the party names and gains beside
the package builder's BATNA bars read against their background in the light and the dark theme:
a WCAG 2 contrast ratio of at least 4.5, computed here from the colours' sRGB values."""

from __future__ import annotations

import re

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QPalette

from factories import small_scenario
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import Session

MIN_RATIO = 4.5


def luminance(hex_rgb: str) -> float:
    """WCAG 2's relative luminance of "#RRGGBB"."""
    channels = [int(hex_rgb[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: QColor | str, b: QColor | str) -> float:
    la, lb = luminance(QColor(a).name()), luminance(QColor(b).name())
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def test_the_ratio_here_matches_known_values() -> None:
    assert ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic near-miss
    assert ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the lightest passing


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp):
    """The charts in theme ``param`` (the application's style is left alone: restyling every
    widget of the session between tests churns the bindings; the builder's test sets the
    theme's palette on the builder itself)."""
    from negotiator_gui.ui.charts import base as charts_base

    charts_base.set_theme(request.param)
    yield request.param
    charts_base.set_theme(None)


def chart_texts(panel) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background) for every text the chart panel shows."""
    background = panel.plot.backgroundBrush().color()
    item = panel.plot.getPlotItem()
    out = []
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        out.append((f"{name} ticks", axis.textPen().color(), background))
        if axis.label.isVisible():
            out.append((f"{name} label", QColor(axis.labelStyle["color"]), background))
    if item.titleLabel.text:
        out.append(("title", QColor(item.titleLabel.opts.get("color")), background))
    for child in item.getViewBox().allChildren():
        if isinstance(child, pg.TextItem) and child.isVisible() and child.toPlainText():
            under = getattr(child, "drawn_on", None)  # a label on a bar is on the bar's colour
            out.append(
                (
                    f"annotation {child.toPlainText()!r}",
                    child.textItem.defaultTextColor(),
                    QColor(under) if under is not None else background,
                )
            )
    text, key_background = panel.key.colours()
    assert key_background.rgb() == background.rgb()  # the key sits on the chart's background
    out += [(f"key {t!r}", text, key_background) for t in panel.key.texts()]
    return out


def assert_readable(texts) -> None:
    bad = [(what, c.name(), b.name(), round(ratio(c, b), 2)) for what, c, b in texts]
    bad = [x for x in bad if x[3] < MIN_RATIO]
    assert not bad, bad


def test_utility_and_history_charts_read_in_both_themes(themed, qtbot, hosted) -> None:
    from negotiator_gui.ui.charts.history import ConcessionHistoryPanel
    from negotiator_gui.ui.charts.utility import UtilitySpacePanel

    session = Session(Document(small_scenario()))
    utility = hosted(lambda parent: UtilitySpacePanel(session, parent), (900, 600))
    history = hosted(lambda parent: ConcessionHistoryPanel(session, parent), (900, 600))
    qtbot.waitUntil(lambda: utility.analysis is not None and utility.is_idle(), timeout=30_000)
    qtbot.waitUntil(history.is_idle)
    for panel in (utility, history):
        panel.flush()
        texts = chart_texts(panel)
        assert any(w.startswith("key") for w, _, _ in texts)
        assert_readable(texts)
    # the offers' round labels are among them, in (a readable form of) the party's colour
    assert any(w.startswith("annotation 'R") for w, _, _ in chart_texts(utility))
    dark = themed == "dark"
    assert (luminance(utility.plot.backgroundBrush().color().name()) < 0.1) == dark


@pytest.mark.usefixtures("tariff_charts_front")  # charts/conftest.py
def test_tariff_charts_read_in_both_themes(themed, window, qtbot) -> None:
    charts = window.panel("tariff-charts")
    window.panel("package-builder").set_choices({"autos": "allin_15", "reciprocal": "allin_15"})
    for page in (charts.timeline, charts.stack, charts.impact):
        charts.setCurrentWidget(page)
        qtbot.waitUntil(page.isVisible)
        qtbot.waitUntil(lambda: not charts.busy, timeout=30_000)
    qtbot.waitUntil(lambda: charts.impact.bands_current, timeout=30_000)
    for chart in (charts.timeline, charts.stack, charts.impact.sectors, charts.impact.tornado):
        chart.flush()
        texts = chart_texts(chart)
        assert any(w.startswith("key") for w, _, _ in texts), chart
        assert_readable(texts)
    # the stack's layer labels sit on the layers' colours, and were checked against them
    assert any(w.startswith("annotation") for w, _, _ in chart_texts(charts.stack))


def test_batna_bar_names_and_gains_read_in_both_themes(themed, qtbot) -> None:
    from negotiator_gui.ui.packages.builder import PackageBuilder
    from negotiator_gui.ui.shell import theme

    s = small_scenario()
    s.parties[0].colour = "#1A1A40"  # dark: unreadable on the dark theme as it is
    s.parties[1].colour = "#F0E442"  # light: unreadable on the light theme as it is
    builder = PackageBuilder(Session(Document(s)))
    qtbot.addWidget(builder)
    builder.show()
    builder.set_choices({i.id: i.options[1].id for i in s.issues})
    qtbot.waitUntil(lambda: len(builder.util_rows) == 2 and bool(builder.shown), timeout=20_000)
    # the theme's palette, as View → Theme sets it on the application (a palette change)
    builder.setPalette(theme.dark_palette() if themed == "dark" else theme.light_palette())
    background = builder.palette().color(QPalette.ColorRole.Window)
    for name, _bar, text in builder.util_rows.values():
        colour = name.palette().color(QPalette.ColorRole.WindowText)
        assert ratio(colour, background) >= MIN_RATIO, (name.text(), colour.name())
        plain = text.palette().color(QPalette.ColorRole.WindowText)
        assert ratio(plain, background) >= MIN_RATIO
        for span in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", text.text()):
            assert ratio(span, background) >= MIN_RATIO, (text.text(), background.name())
