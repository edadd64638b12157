"""Panel shortcuts bring a panel forward; View → Reset layout puts every panel back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

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
