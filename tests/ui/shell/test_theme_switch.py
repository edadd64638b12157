"""View → Theme: the application palette and every chart switch together, and the choice is
remembered (chart data, not pixels)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from negotiator_gui.ui.charts import base as charts_base
from negotiator_gui.ui.charts.base import ChartPanel
from negotiator_gui.ui.shell import theme
from negotiator_gui.ui.shell.main_window import MainWindow
from spies import spy


def _window_lightness() -> int:
    return QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness()


def _charts(w: MainWindow) -> list[ChartPanel]:
    for name in ("tariff-charts", "utility-space-chart", "concession-history-chart"):
        w.panel(name)  # built when first shown: build them all
    charts = w.findChildren(ChartPanel)
    assert len(charts) >= 5  # utility, history, timeline, impact sectors + tornado, stack
    return charts


def _backgrounds(w: MainWindow) -> set[str]:
    return {c.plot.backgroundBrush().color().name().upper() for c in _charts(w)}


def test_dark_then_light_switches_palette_charts_and_settings(qtbot, settings, make_window):
    w = make_window()
    assert w.theme.actions["system"].isChecked()
    w.theme.actions["dark"].trigger()
    assert w.theme.actions["dark"].isChecked()
    assert _window_lightness() < 80
    assert charts_base.current_theme() == "dark"
    assert _backgrounds(w) == {charts_base.THEMES["dark"]["background"]}
    assert settings.value(theme.SETTING) == "dark"
    w.theme.actions["light"].trigger()
    assert not w.theme.actions["dark"].isChecked()
    assert _window_lightness() > 180
    assert charts_base.theme_colours() == charts_base.THEMES["light"]
    assert _backgrounds(w) == {charts_base.THEMES["light"]["background"]}
    assert settings.value(theme.SETTING) == "light"


def test_charts_redraw_in_the_new_theme(qtbot, settings, make_window, monkeypatch):
    w = make_window()
    qtbot.waitUntil(
        w.panel("utility-space-chart").is_idle, timeout=30_000
    )  # a loaded 2-core machine is slow
    redraws = spy(monkeypatch, w.panel("utility-space-chart"), "redraw")
    w.theme.actions["dark"].trigger()
    qtbot.waitUntil(lambda: redraws.count > 0, timeout=15_000)
    axis = w.panel("utility-space-chart").plot.getPlotItem().getAxis("left")
    assert axis.pen().color().name().upper() == charts_base.THEMES["dark"]["foreground"]


def test_saved_choice_is_applied_at_start(qtbot, settings, make_window):
    settings.setValue(theme.SETTING, "dark")
    w = make_window()
    assert w.theme.actions["dark"].isChecked()
    assert _window_lightness() < 80
    assert _backgrounds(w) == {charts_base.THEMES["dark"]["background"]}


def test_system_follows_the_platform_default(qtbot, settings, make_window):
    app = QApplication.instance()
    original = app.palette().color(QPalette.ColorRole.Window)
    w = make_window()
    w.theme.actions["dark"].trigger()
    w.theme.actions["system"].trigger()
    assert app.palette().color(QPalette.ColorRole.Window) == original
    assert settings.value(theme.SETTING) == "system"
    expected = "dark" if original.lightness() < 128 else "light"
    assert charts_base.current_theme() == expected
    assert _backgrounds(w) == {charts_base.THEMES[expected]["background"]}


def test_unknown_saved_theme_falls_back_to_system(qtbot, settings, make_window):
    settings.setValue(theme.SETTING, "purple")
    w = make_window()
    assert w.theme.actions["system"].isChecked()
    assert charts_base.current_theme() in ("light", "dark")
