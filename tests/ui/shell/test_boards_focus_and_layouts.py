"""Boards focus gives the boards the window and gives the panels back; layouts are kept per
screen size; no dock collapses below its minimum useful size."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from negotiator_gui.ui.shell import layouts
from negotiator_gui.ui.shell.main_window import PANELS


def _visible_docks(window) -> set[str]:
    return {spec.name for spec in PANELS if not window.dock(spec.name).isHidden()}


def test_boards_focus_hides_the_panels_and_gives_them_back(window, qtbot):
    qtbot.waitUntil(lambda: window.layout_applied)
    window.dock("options-matrix").hide()  # the user's own layout
    shown = _visible_docks(window)
    width = window.centralWidget().width()
    window.layouts.act_focus.trigger()
    assert window.layouts.focused and _visible_docks(window) == set()
    assert window.layouts.toolbar.isVisibleTo(window)
    qtbot.waitUntil(lambda: window.centralWidget().width() > width)
    # every chart is one click away, and the Panels menu lists every panel
    titles = [a.text() for a in window.layouts.toolbar.actions()]
    for spec in PANELS:
        if spec.area == Qt.DockWidgetArea.RightDockWidgetArea:
            assert spec.title in titles
    menu = [a.text() for a in window.layouts.panels_menu.actions()]
    assert all(spec.title in menu for spec in PANELS)
    chart = next(a for a in window.layouts.toolbar.actions() if a.text() == "Utility space")
    chart.trigger()
    qtbot.waitUntil(lambda: window.dock("utility-space-chart").isVisible())
    next(a for a in window.layouts.panels_menu.actions() if a.text() == "Tariffs").trigger()
    assert not window.dock("tariff-editor").isHidden()
    window.layouts.act_focus.trigger()  # off: the layout from before Boards focus
    assert not window.layouts.focused and not window.layouts.toolbar.isVisibleTo(window)
    assert _visible_docks(window) == shown
    assert window.layouts.act_focus.shortcut().toString() == "Ctrl+Shift+F"
    assert window.layouts.act_focus in window.view_menu.actions()


def test_reset_layout_leaves_boards_focus(window, qtbot):
    qtbot.waitUntil(lambda: window.layout_applied)
    window.layouts.set_focus(True)
    window.act_reset_layout.trigger()
    assert not window.layouts.focused and not window.layouts.toolbar.isVisibleTo(window)
    assert _visible_docks(window) == {spec.name for spec in PANELS}


def _on_screen(monkeypatch, width: int, height: int) -> None:
    monkeypatch.setattr(layouts, "screen_area", lambda w: QRect(0, 0, width, height))


def test_layouts_are_kept_per_screen_size(make_window, settings, monkeypatch, qtbot):
    _on_screen(monkeypatch, 1366, 728)
    laptop = make_window()
    laptop.fit_to_screen()
    assert laptop.layouts.focused  # first start on a narrow screen
    assert "Ctrl+Shift+F" in laptop.statusBar().currentMessage()  # where the charts went
    # (heights only: the offscreen screen is 800×800, and a restored geometry is kept on it)
    laptop.resize(1300, 700)
    laptop.close()
    assert settings.value("layout/1366x728/state") is not None
    # a big screen, first time: its own first start, without Boards focus
    _on_screen(monkeypatch, 2560, 1400)
    big = make_window()
    big.fit_to_screen()
    assert not big.layouts.focused
    # the laptop's layout (Boards focus, the panels put away) is not the big screen's
    assert _visible_docks(big) == {spec.name for spec in PANELS}
    assert not big.layouts.toolbar.isVisibleTo(big)
    assert (big.width(), big.height()) == (1800, 1100)  # nine tenths, at most 1800×1100
    qtbot.waitUntil(lambda: big.layout_applied)
    big.resize(1700, 760)
    big.dock("tariff-editor").hide()
    big.close()
    # back on the laptop: its layout, Boards focus and all
    _on_screen(monkeypatch, 1366, 728)
    again = make_window()
    again.fit_to_screen()
    assert again.layouts.focused and _visible_docks(again) == set()
    assert again.height() == 700
    again.layouts.set_focus(False)  # the first-run layout: nothing of the user's to go back to
    assert _visible_docks(again) == {spec.name for spec in PANELS}
    again.close()
    # and the big screen's
    _on_screen(monkeypatch, 2560, 1400)
    big2 = make_window()
    big2.fit_to_screen()
    assert not big2.layouts.focused and big2.layout_applied
    assert big2.height() == 760
    assert big2.dock("tariff-editor").isHidden()


def test_docks_keep_a_minimum_useful_size(window, qtbot):
    qtbot.waitUntil(lambda: window.layout_applied)
    window.resize(1000, 640)
    right = [window.dock(s.name) for s in PANELS if s.area == Qt.DockWidgetArea.RightDockWidgetArea]
    bottom = [
        window.dock(s.name) for s in PANELS if s.area == Qt.DockWidgetArea.BottomDockWidgetArea
    ]
    window.resizeDocks(right[:1], [5], Qt.Orientation.Horizontal)
    window.resizeDocks(bottom[:1], [5], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: window.width() == 1000)
    for dock in right:
        if dock.isVisible():
            assert dock.width() >= layouts.MIN_SIDE_WIDTH, dock.objectName()
    for dock in bottom:
        if dock.isVisible():
            assert dock.height() >= layouts.MIN_BOTTOM_HEIGHT, dock.objectName()
    # a dock moved to another area takes that area's minimum
    dock = bottom[0]
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    assert dock.minimumWidth() == layouts.MIN_SIDE_WIDTH
