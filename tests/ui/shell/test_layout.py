"""Panel shortcuts bring a panel forward; View → Reset layout puts every panel back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from negotiator_gui.ui.shell import layouts
from negotiator_gui.ui.shell.main_window import PANELS


def _in_front(window, name: str) -> bool:
    dock = window.dock(name)
    return dock.isVisible() and dock.widget().isVisible()


def _shortcut(window, key: str):
    wanted = QKeySequence(key)
    (action,) = [a for a in window.actions() if a.shortcut() == wanted]
    return action


def test_a_panel_shortcut_brings_a_panel_tabbed_behind_to_the_front(window, qtbot):
    qtbot.waitUntil(lambda: window.layout_applied)
    assert not _in_front(window, "package-builder")  # tabbed behind the preferences editor
    assert window.dock("package-builder") in window.tabifiedDockWidgets(
        window.dock("preferences-editor")
    )
    _shortcut(window, "Ctrl+Shift+B").trigger()
    qtbot.waitUntil(lambda: _in_front(window, "package-builder"))
    assert window.panel("package-builder").isVisible()
    _shortcut(window, "Ctrl+Shift+B").trigger()  # again, on the panel in front: hidden
    assert window.dock("package-builder").isHidden()
    _shortcut(window, "Ctrl+Shift+B").trigger()  # and back
    qtbot.waitUntil(lambda: _in_front(window, "package-builder"))


def test_the_view_menu_names_each_panels_key(window):
    texts = [a.text() for a in window.view_menu.actions()]
    assert any(
        t.endswith("\t" + QKeySequence("Ctrl+T").toString(QKeySequence.SequenceFormat.NativeText))
        for t in texts
    )


def test_reset_layout_puts_floating_hidden_and_moved_panels_back(window, qtbot, settings):
    qtbot.waitUntil(lambda: window.layout_applied)
    window.dock("options-matrix").setFloating(True)
    window.dock("utility-space-chart").hide()
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.dock("tariff-editor"))
    settings.setValue("window/state", window.saveState())
    window.act_reset_layout.trigger()
    assert settings.value("window/state") is None
    for spec in PANELS:
        dock = window.dock(spec.name)
        assert not dock.isFloating() and not dock.isHidden(), spec.name
        assert window.dockWidgetArea(dock) == spec.area, spec.name
    for area in {s.area for s in PANELS}:
        docks = [window.dock(s.name) for s in PANELS if s.area == area]
        assert set(window.tabifiedDockWidgets(docks[0])) == set(docks[1:])
    # the front panels are in front again
    qtbot.waitUntil(lambda: _in_front(window, "utility-space-chart"))
    assert _in_front(window, "preferences-editor")


def test_the_card_filter_says_how_many_cards_it_shows(window):
    s = window.document.scenario
    parties = {b.party_id for b in window.boards}
    cards = [c for c in s.cards if c.party in parties]
    assert not window.filter_action.isVisible()
    window.filter.setText("rice")
    shown = [
        c
        for c in cards
        if "rice" in (c.title + c.notes + " ".join(c.tags)).lower()
        or (c.issue and "rice" in s.issue(c.issue).title.lower())
    ]
    assert window.filter_action.isVisible()
    assert window.filter_count.text() == f"{len(shown)} of {len(cards)} cards"
    hidden = sum(
        1
        for b in window.boards
        for lane in b.lanes
        for k in range(lane.count())
        if lane.item(k).isHidden()
    )
    assert hidden == len(cards) - len(shown)  # the count is what the boards show
    window.filter.setText("")
    assert not window.filter_action.isVisible()


def test_the_first_start_fits_the_window_to_the_screen_and_a_saved_size_is_kept(
    make_window, settings
):
    w = make_window()
    area = w.screen().availableGeometry()
    w.fit_to_screen()
    small = (
        area.width() < layouts.SMALL_SCREEN.width() or area.height() < layouts.SMALL_SCREEN.height()
    )
    if small:  # a laptop (the offscreen test screen is 800×800): the whole screen, maximized
        assert w.windowState() & Qt.WindowState.WindowMaximized
        assert w.height() == area.height()
    else:  # nine tenths of the screen, never below the window's minimum
        expect_w = max(w.minimumWidth(), min(int(area.width() * 0.9), 1800, area.width()))
        expect_h = max(w.minimumHeight(), min(int(area.height() * 0.9), 1100, area.height()))
        assert (w.width(), w.height()) == (expect_w, expect_h)
    w.setWindowState(Qt.WindowState.WindowNoState)
    settings.setValue("window/geometry", w.saveGeometry())
    settings.remove("layout")  # saved before layouts were kept per screen size
    w.resize(950, 600)
    w.fit_to_screen()  # a saved geometry: left as it is
    assert (w.width(), w.height()) == (950, 600)
