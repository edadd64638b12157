"""Layouts that stay put: Boards focus, layouts per screen size, minimum dock sizes.

On a 1366×768 laptop the docks took two thirds of the window and left each lane of the boards
a sliver. So:

- View → Boards focus (Ctrl+Shift+F) hides the chart and editor docks and gives the boards the
  window; a toolbar keeps each chart one click away and "Panels ▾" brings back any panel.
  Turned off, the docks come back as they were.
- The layout is remembered per screen size (``layout/<w>x<h>/…``): the laptop's layout and the
  office monitor's do not overwrite each other. A screen size seen for the first time gets the
  first-start treatment: the window sized to the screen (maximized on a small one) and, under
  ``FOCUS_BELOW`` pixels of width, Boards focus turned on.
- Every dock has a minimum useful size (``MIN_SIDE_WIDTH``, ``MIN_BOTTOM_HEIGHT``): dragging a
  splitter cannot collapse a panel to a sliver.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QToolBar, QToolButton

from negotiator_gui.core.i18n import tr

#: Under this available screen width the first start turns Boards focus on.
FOCUS_BELOW = 1500
#: A screen this small gets a maximized window on the first start (else nine tenths of it).
SMALL_SCREEN = QSize(1500, 950)
#: Minimum sizes of a dock beside the boards (width) and below them (height), in pixels.
MIN_SIDE_WIDTH = 260
MIN_BOTTOM_HEIGHT = 150
SHORTCUT = "Ctrl+Shift+F"
SIDE_AREAS = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


def screen_area(window) -> QRect:
    """The available area of the screen the window is on (a test may replace this)."""
    screen = window.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def size_key(area: QRect) -> str:
    """The settings group of the layout for a screen whose available area is ``area``."""
    return f"layout/{area.width()}x{area.height()}"


class Layouts:
    """The window's Boards focus, its per-screen-size layouts and its docks' minimum sizes."""

    def __init__(self, window: QMainWindow, panels) -> None:
        #: the main window (``main_window.MainWindow``: its view menu, docks, settings, layout)
        self.window = window
        self.panels = panels  # the window's PanelSpecs
        #: the window's state before Boards focus hid the docks (None: show the first layout)
        self.before: QByteArray | None = None
        act = self.act_focus = QAction(tr("&Boards focus"), window)
        act.setCheckable(True)
        act.setShortcut(QKeySequence(SHORTCUT))
        act.setToolTip(
            tr("Give the boards the whole window; the charts and panels stay one click away")
        )
        act.setStatusTip(act.toolTip())
        act.toggled.connect(self._toggled)
        view = window.view_menu
        first = view.actions()[0] if view.actions() else None
        view.insertAction(first, act)
        self.toolbar = self._build_toolbar()
        for dock in self._docks():
            self._keep_minimum(dock)
            dock.dockLocationChanged.connect(lambda _area, d=dock: self._keep_minimum(d))

    # -- Boards focus --------------------------------------------------------------------------
    def _build_toolbar(self) -> QToolBar:
        """Buttons for the charts (each brings its chart to the front, or hides it) and the
        "Panels ▾" menu with every panel."""
        w = self.window
        tb = QToolBar(tr("Boards focus"), w)
        tb.setObjectName("focus-toolbar")
        tb.setToolTip(tr("Charts and panels while the boards have the window"))
        for spec in self.panels:
            if spec.area == Qt.DockWidgetArea.RightDockWidgetArea:
                act = QAction(tr(spec.title), tb)
                act.setToolTip(tr("Show or hide the chart '{name}'").format(name=tr(spec.title)))
                act.triggered.connect(lambda _=False, name=spec.name: w.panel_key(name))
                tb.addAction(act)
        self.panels_menu = QMenu(tr("Panels"), tb)
        for spec in self.panels:
            act = self.panels_menu.addAction(tr(spec.title))
            act.triggered.connect(lambda _=False, name=spec.name: w.show_panel(name))
        self.panels_menu.addSeparator()
        self.panels_menu.addAction(tr("Show every panel (leave Boards focus)")).triggered.connect(
            lambda: self.act_focus.setChecked(False)
        )
        button = QToolButton(tb)
        button.setText(tr("Panels ▾"))
        button.setToolTip(tr("Bring any panel back in one click"))
        button.setMenu(self.panels_menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # the text has ▾
        tb.addWidget(button)
        self.panels_button = button
        w.addToolBar(tb)
        tb.hide()
        return tb

    def _docks(self) -> list[QDockWidget]:
        """The docks Boards focus hides: every panel's and the history's."""
        docks = [self.window.dock(spec.name) for spec in self.panels]
        return [d for d in docks if d is not None] + [self.window.history_dock]

    @property
    def focused(self) -> bool:
        return self.act_focus.isChecked()

    def set_focus(self, on: bool) -> None:
        self.act_focus.setChecked(on)

    def _toggled(self, on: bool) -> None:
        w = self.window
        if on:
            self.before = w.saveState()
            for dock in self._docks():
                dock.hide()
            self.toolbar.show()
        else:
            before, self.before = self.before, None
            if before is None or not w.restoreState(before):
                w.reset_layout()  # no layout of the user's yet: the first-run one
            self.toolbar.hide()

    def forget(self) -> None:
        """View → Reset layout: Boards focus off and this screen size's saved layout gone."""
        self.before = None
        self.act_focus.blockSignals(True)
        self.act_focus.setChecked(False)
        self.act_focus.blockSignals(False)
        self.toolbar.hide()
        self.window.settings.remove(size_key(screen_area(self.window)))

    # -- minimum sizes -------------------------------------------------------------------------
    def _keep_minimum(self, dock: QDockWidget) -> None:
        """A dock beside the boards keeps ``MIN_SIDE_WIDTH``, one below them
        ``MIN_BOTTOM_HEIGHT`` (a floating one both)."""
        area = self.window.dockWidgetArea(dock)
        if dock.isFloating():
            dock.setMinimumSize(MIN_SIDE_WIDTH, MIN_BOTTOM_HEIGHT)
        elif area in SIDE_AREAS:
            dock.setMinimumSize(MIN_SIDE_WIDTH, 0)
        else:
            dock.setMinimumSize(0, MIN_BOTTOM_HEIGHT)

    # -- per screen size -----------------------------------------------------------------------
    def save(self) -> None:
        """Remember the layout for the screen size the window is on."""
        w, key = self.window, size_key(screen_area(self.window))
        s = w.settings
        s.setValue(f"{key}/geometry", w.saveGeometry())
        s.setValue(f"{key}/state", w.saveState())
        s.setValue(f"{key}/focus", self.focused)
        if self.focused and self.before is not None:
            s.setValue(f"{key}/before", self.before)
        else:
            s.remove(f"{key}/before")

    def restore(self) -> bool:
        """The layout saved for this screen size, if there is one (False if not)."""
        w, key = self.window, size_key(screen_area(self.window))
        s = w.settings
        state = s.value(f"{key}/state")
        if state is None:
            return False
        geometry = s.value(f"{key}/geometry")
        if geometry is not None:
            w.restoreGeometry(geometry)
        if not w.restoreState(state):
            return False
        focus = str(s.value(f"{key}/focus", "false")).lower() in ("true", "1")
        self.act_focus.blockSignals(True)
        self.act_focus.setChecked(focus)
        self.act_focus.blockSignals(False)
        self.toolbar.setVisible(focus)
        self.before = s.value(f"{key}/before") if focus else None
        return True

    def first_start(self) -> bool:
        """On the first start, or on a screen size not seen before: the window sized to the
        screen (maximized on a small screen) and, on a narrow one, Boards focus. A layout saved
        before layouts were kept per screen size (``window/geometry`` and no ``layout/`` group)
        is kept as it is (False)."""
        w = self.window
        s = w.settings
        if s.value("window/geometry") is not None and "layout" not in s.childGroups():
            return False
        if s.value("window/state") is not None:
            # the last layout, restored by the window, was made on another screen size
            w.reset_layout()
        area = screen_area(w)
        if area.width() < SMALL_SCREEN.width() or area.height() < SMALL_SCREEN.height():
            w.setGeometry(area)  # the whole screen, maximized when it is the real one
            screen = w.screen() or QApplication.primaryScreen()
            if screen is not None and screen.availableGeometry() == area:
                w.setWindowState(w.windowState() | Qt.WindowState.WindowMaximized)
        else:
            width = max(w.minimumWidth(), min(int(area.width() * 0.9), 1800))
            height = max(w.minimumHeight(), min(int(area.height() * 0.9), 1100))
            w.resize(min(width, area.width()), min(height, area.height()))
            w.move(
                area.x() + (area.width() - w.width()) // 2,
                area.y() + (area.height() - w.height()) // 2,
            )
        self.set_focus(area.width() < FOCUS_BELOW)
        self.before = None  # turned off, the docks take the first-run layout
        if self.focused:  # say where the charts went
            w.statusBar().showMessage(
                tr(
                    "Boards focus is on for this screen: the charts are in the tool bar, and "
                    "Ctrl+Shift+F brings every panel back."
                ),
                15000,
            )
        return True
