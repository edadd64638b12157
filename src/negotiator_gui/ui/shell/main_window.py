"""The main window: both parties' boards side by side, menus, undo/redo, files.

Every edit goes through the document's command stack (mirrored into a QUndoStack for the Edit
menu and the history panel), so the window title's unsaved marker, Undo/Redo and the boards all
follow from one place. Opening a bad file shows its problems and leaves the current document as
it was.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStatusBar,
    QToolBar,
    QUndoView,
    QWidget,
)

from negotiator_gui import __version__
from negotiator_gui.app import startup
from negotiator_gui.app.document import Document
from negotiator_gui.app.session import LAST_KEY, LIBRARY_PREFIX, Session
from negotiator_gui.app.usecases.library_document import file_origin
from negotiator_gui.app.usecases.output import os_error_text
from negotiator_gui.app.usecases.scenario_files import SUFFIX, ScenarioFileError
from negotiator_gui.core import edits
from negotiator_gui.core.commands import Command, CommandError, NothingChanged
from negotiator_gui.core.i18n import N_, date_text, number, tr
from negotiator_gui.core.model import Card, CardKind, Party, Provenance, Role, Scenario
from negotiator_gui.ui.analysis import panels as analysis_panels
from negotiator_gui.ui.boards.board import BoardWidget, matches_filter
from negotiator_gui.ui.boards.card_dialog import CardDialog, new_card_id
from negotiator_gui.ui.brief import panels as brief_panels
from negotiator_gui.ui.charts import panels as chart_panels
from negotiator_gui.ui.common import jobs, shutdown
from negotiator_gui.ui.common.registry import PanelSpec, PartSpec
from negotiator_gui.ui.common.text import literal, plain_label
from negotiator_gui.ui.compare import panels as compare_panels
from negotiator_gui.ui.io import panels as io_panels
from negotiator_gui.ui.library.controller import LibraryController
from negotiator_gui.ui.packages import panels as package_panels
from negotiator_gui.ui.packages.zopa_status import ZopaStatus
from negotiator_gui.ui.preferences import panels as preference_panels
from negotiator_gui.ui.printing import panels as printing_panels
from negotiator_gui.ui.shell import language, layouts, settings_dialog, theme, welcome
from negotiator_gui.ui.shell.undo import UndoAdapter
from negotiator_gui.ui.tariffs import panels as tariff_panels

#: The docks, in the order they are added (and tabbed, and listed in the View menu).
PANELS: tuple[PanelSpec, ...] = (
    *preference_panels.PANELS,
    *package_panels.PANELS,
    *compare_panels.PANELS,
    *tariff_panels.PANELS,
    *chart_panels.PANELS,
    *analysis_panels.PANELS,
)
#: Menu additions of the features, built with the window (in this order: the brief's item goes
#: after the Export submenu).
PARTS: tuple[PartSpec, ...] = (*io_panels.PARTS, *brief_panels.PARTS, *printing_panels.PARTS)
#: Translated where used (``tr(FILE_FILTER)``); the ``(*.json)`` patterns stay as they are.
FILE_FILTER = N_("Negotiator scenarios (*.scenario.json);;JSON files (*.json);;All files (*)")


def button_text(text: str) -> str:
    """A menu text as a toolbar button shows it: no accelerator ("ファイルを開く(&O)…" and
    "&Open file…" become "ファイルを開く" and "Open file") and no ellipsis."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").replace("…", "").strip()


def blank_scenario() -> Scenario:
    """What File → New starts from: two negotiating parties and nothing else yet."""
    today = dt.date.today()
    return Scenario(
        id="new-scenario",
        title=tr("New scenario"),
        as_of=today,
        perspective="US",
        parties=[
            Party("US", tr("Our side"), "#0072B2", Role.NEGOTIATOR),
            Party("THEM", tr("Other side"), "#D55E00", Role.NEGOTIATOR),
        ],
        provenance=Provenance(created=today),
    )


class BoardsSplitter(QSplitter):
    """The boards side by side when there is room for every lane to be readable, else one
    above the other (each then gets the full width)."""

    #: The narrowest a lane stays readable in, on average (a lane with cards gets twice the
    #: width of an empty one: ``BoardWidget.refresh``).
    LANE_WIDTH = 120

    def resizeEvent(self, event) -> None:
        lanes = sum(len(getattr(self.widget(i), "lanes", ())) for i in range(self.count()))
        wide = event.size().width() >= lanes * self.LANE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.orientation():
            self.setOrientation(orientation)
            self.setSizes([1] * self.count())  # share the space equally again
        super().resizeEvent(event)


class MainWindow(QMainWindow):
    #: Emitted with the new ``Document`` whenever another scenario is opened or started.
    document_changed = Signal(object)
    #: Emitted once, on the next turn after the window's first paint (or RELEASE_MS after it
    #: was first shown, if it is not painted by then): the held analyses have just started.
    first_painted = Signal()
    #: The longest the analyses wait for the window's first paint (a window shown where
    #: nothing is painted, e.g. minimized, still gets them).
    RELEASE_MS = 1000

    def __init__(self, document: Document | Session, settings: QSettings | None = None) -> None:
        super().__init__()
        shutdown.release_at_exit(self)  # deleted in order even if no event loop ever ran
        if isinstance(document, Session):
            self.session = document
        else:
            self.session = Session(document, settings if settings is not None else QSettings())
        self.settings = self.session.settings
        #: name → [spec, dock, widget or None until first shown]
        self._panels: dict[str, list] = {}
        self._parts: dict[str, object] = {}
        self._actions: dict[str, QAction] = {}
        self.setAcceptDrops(True)
        #: None until first shown, False until first painted, then True (see ``setVisible``).
        self._first_paint: bool | None = None
        self._release_jobs: Callable[[], None] = lambda: None
        self.setMinimumSize(900, 560)
        self.boards: list[BoardWidget] = []
        self.undo = None
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.history = QUndoView()
        self.history.setToolTip(
            tr("Every change since the scenario was opened; click one to go back to it")
        )
        self.history.setEmptyLabel(tr("<original>"))
        dock = QDockWidget(tr("History"), self)
        dock.setObjectName("history")
        dock.setWidget(self.history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self.history_dock = dock
        self.act_history.toggled.connect(dock.setVisible)
        dock.visibilityChanged.connect(self.act_history.setChecked)
        self.status = plain_label()  # the file's path
        self.status.setToolTip(
            tr("Where the scenario is saved, how many cards it has and its as-of date")
        )
        self.statusBar().addPermanentWidget(self.status)
        self.zopa = ZopaStatus(self.session)
        self.statusBar().addPermanentWidget(self.zopa)
        self.day_label = QLabel()
        self.day_label.setToolTip(tr("The date the tariff view shows rates for"))
        self.statusBar().addPermanentWidget(self.day_label)
        self.session.day.changed.connect(self._show_day)
        self._show_day(self.session.day.value)
        self.session.recent.changed.connect(lambda _paths: self._fill_recent())
        self.library = LibraryController(self)
        for spec in PANELS:
            self._add_dock(spec)
        for part in PARTS:
            self._parts[part.name] = part.factory(self.session, self)
        self.theme = theme.ThemeMenu(self)
        self.settings_menu = settings_dialog.SettingsMenu(self)
        self.welcome = welcome.Welcome(self)
        self.layouts = layouts.Layouts(self, PANELS)  # Boards focus, layouts per screen size
        self.set_document(self.session.document)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        self._layout_pending = state is None or not self.restoreState(state)
        if self._layout_pending:
            self._raise_front()  # shown first: only the panels in front are built at start
        #: The docks are where they will stay: the saved layout, or the first-run layout
        #: (made once the window is shown; it brings some docks to the front of their tabs).
        self.layout_applied = not self._layout_pending

    def setVisible(self, visible: bool) -> None:
        if visible and self._first_paint is None:
            # The panels shown with the window (built as their docks are shown, before the
            # window's show event) ask for their analyses now; these start once the window
            # has been painted (``jobs.hold``), or after RELEASE_MS at the latest.
            self._first_paint = False
            self._release_jobs = jobs.hold()
            QTimer.singleShot(self.RELEASE_MS, self._release_jobs)  # also if the window went
            QTimer.singleShot(self.RELEASE_MS, self._painted)
        super().setVisible(visible)
        if not visible and self._first_paint is False:
            self._painted()  # hidden (closed) before it was painted: the hold ends with it

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._layout_pending:
            self._layout_pending = False
            QTimer.singleShot(0, self.default_layout)  # once the window has its final size

    def paintEvent(self, event) -> None:
        # (not ``event``: a Python frame around every event, the window's deletion included,
        # would hold the interpreter lock while Qt waits for the panels' threads to end)
        super().paintEvent(event)
        if self._first_paint is False:
            QTimer.singleShot(0, self._painted)  # the next turn: after the paint is flushed

    def _painted(self) -> None:
        """The window's first paint is done: the analyses held since it was shown start."""
        if self._first_paint is False:
            self._first_paint = True
            self._release_jobs()
            self.first_painted.emit()

    def default_layout(self) -> None:
        """The first-run layout: the boards keep most of the window; the charts take a third of
        its width on the right and the panels below a third of its height."""
        areas = {
            Qt.DockWidgetArea.RightDockWidgetArea: (Qt.Orientation.Horizontal, 0.40),
            Qt.DockWidgetArea.BottomDockWidgetArea: (Qt.Orientation.Vertical, 0.34),
        }
        for area, (orientation, share) in areas.items():
            docks = [
                d
                for d in self.findChildren(QDockWidget)
                if self.dockWidgetArea(d) == area and d.isVisible()
            ]
            if docks:
                total = self.width() if orientation == Qt.Orientation.Horizontal else self.height()
                self.resizeDocks(docks, [int(total * share)] * len(docks), orientation)
        self._raise_front()
        self.layout_applied = True

    def _raise_front(self) -> None:
        """The first tabs worth seeing in front of their groups, not the last added."""
        for spec in PANELS:
            dock = self._panels[spec.name][1]
            if spec.front and not dock.isHidden():
                dock.raise_()

    # -- building ---------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        """An action; ``text`` and ``tip`` are already translated (``tr("&New")``)."""
        act = QAction(text, self)
        act.setIconText(button_text(text))
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        tip = tip or text.replace("&", "").replace("…", "")
        act.setStatusTip(tip)
        act.setToolTip(tip)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new = self._action(
            tr("&New"), self.new_document, K.New, tr("Start a new scenario")
        )
        self.act_open = self._action(
            tr("&Open file…"), self.open_dialog, K.Open, tr("Open a scenario file")
        )
        self.act_save = self._action(
            tr("&Save"), self.save, K.Save, tr("Save the scenario to the library, with a message")
        )
        self.act_save_as = self._action(
            tr("Save &as file…"), self.save_as, K.SaveAs, tr("Save the scenario to a new file")
        )
        self.act_revert = self._action(
            tr("&Revert"), self.revert, None, tr("Discard unsaved changes")
        )
        self.act_quit = self._action(tr("&Quit"), self.close, K.Quit, tr("Close Negotiator"))
        self.act_new_card = self._action(
            tr("New &card…"), self.new_card, "Ctrl+Shift+N", tr("Add a card to the selected board")
        )
        self.act_edit_card = self._action(
            tr("&Edit card…"), self.edit_selected, None, tr("Edit the selected card")
        )
        self.act_duplicate_card = self._action(
            tr("D&uplicate card"), self.duplicate_selected, "Ctrl+D", tr("Copy the selected card")
        )
        self.act_delete_card = self._action(
            tr("&Delete card"), self.delete_selected, None, tr("Delete the selected card")
        )
        self.act_find = self._action(
            tr("&Find cards"), self.focus_filter, K.Find, tr("Filter the boards by text")
        )
        self.act_history = QAction(tr("&History panel"), self)
        self.act_history.setCheckable(True)
        self.act_history.setShortcut(QKeySequence("Ctrl+H"))
        self.act_history.setToolTip(tr("Show or hide the list of changes (undo history)"))
        self.act_history.setStatusTip(self.act_history.toolTip())
        self.act_about = self._action(
            tr("&About Negotiator"), self.about, None, tr("The version of Negotiator")
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = self.file_menu = bar.addMenu(tr("&File"))
        file.addActions([self.act_new, self.act_open])
        self.recent_menu = file.addMenu(tr("Open &recent"))
        file.addSeparator()
        file.addActions([self.act_save, self.act_save_as, self.act_revert])
        file.addSeparator()
        file.addAction(self.act_quit)
        self.edit_menu = bar.addMenu(tr("&Edit"))
        view = self.view_menu = bar.addMenu(tr("&View"))
        view.addAction(self.act_history)
        self.act_reset_layout = self._action(
            tr("&Reset layout"),
            self.reset_layout,
            None,
            tr("Put every panel back where it starts, in its tab group"),
        )
        view.addAction(self.act_reset_layout)
        view.addSeparator()
        scenario = self.scenario_menu = bar.addMenu(tr("&Scenario"))
        scenario.addActions(
            [self.act_new_card, self.act_edit_card, self.act_duplicate_card, self.act_delete_card]
        )
        scenario.addSeparator()
        scenario.addAction(self.act_find)
        help_menu = self.help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.act_about)
        self._fill_recent()

    def _build_toolbar(self) -> None:
        tb = QToolBar(tr("Main"))
        tb.setObjectName("main-toolbar")
        self.addToolBar(tb)
        tb.addActions([self.act_open, self.act_save])
        self.toolbar = tb
        tb.addSeparator()
        self.tb_undo_anchor = tb.addSeparator()
        tb.addAction(self.act_new_card)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter cards by text, issue or tag"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(320)
        self.filter.setToolTip(tr("Show only the cards whose title, notes, tags or issue match"))
        self.filter.textChanged.connect(self._apply_filter)
        tb.addWidget(self.filter)
        #: "2 of 7 cards" while the boards are filtered (hidden cards are not a surprise)
        self.filter_count = QLabel()
        self.filter_count.setToolTip(tr("How many of the boards' cards the filter shows"))
        self.filter_action = tb.addWidget(self.filter_count)
        self.filter_action.setVisible(False)

    def _add_dock(self, spec: PanelSpec) -> QDockWidget:
        """Add a panel's dock (tabbed with the other panels of its area) and a View-menu toggle
        for it; the panel itself is built when the dock is first shown (``panel``)."""
        dock = QDockWidget(tr(spec.title), self)
        dock.setObjectName(spec.name)
        if spec.tooltip:
            dock.setToolTip(tr(spec.tooltip))
        # a panel wider or taller than its share scrolls instead of squeezing the boards
        scroller = QScrollArea()
        scroller.setObjectName(f"{spec.name}-scroll")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        dock.setWidget(scroller)
        # A dock tabbed behind another is moved out of sight, not hidden: its panel would still
        # count as visible and redo its work at every edit. Its content is hidden with its tab
        # (panels then put their work off, see ``jobs.hidden``) and shown, with a show event
        # that lets them catch up, when the tab is brought to the front.
        keep = scroller.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the dock keeps its size with its content hidden
        scroller.setSizePolicy(keep)
        dock.visibilityChanged.connect(scroller.setVisible)
        dock.visibilityChanged.connect(
            lambda visible, name=spec.name: self.panel(name) if visible else None
        )
        existing = [e[1] for e in self._panels.values() if self.dockWidgetArea(e[1]) == spec.area]
        self.addDockWidget(spec.area, dock)
        if existing:
            self.tabifyDockWidget(existing[-1], dock)
        toggle = dock.toggleViewAction()
        # opened from the View menu: in front of the docks it is tabbed with, not behind them
        toggle.triggered.connect(lambda checked, d=dock: d.raise_() if checked else None)
        self.view_menu.addAction(toggle)
        if spec.shortcut:
            # The shortcut brings the panel to the front (it used to toggle the dock, which
            # hid a panel tabbed behind another instead of showing it); pressed again on the
            # panel in front, it hides it. The menu item shows the key.
            key = QKeySequence(spec.shortcut)
            toggle.setText(
                f"{toggle.text()}\t{key.toString(QKeySequence.SequenceFormat.NativeText)}"
            )
            front = QAction(self)
            front.setShortcut(key)
            front.triggered.connect(lambda _=False, name=spec.name: self.panel_key(name))
            self.addAction(front)
        self._panels[spec.name] = [spec, dock, None]
        return dock

    def fit_to_screen(self) -> None:
        """At start: the layout saved for the size of the screen the window is on; else, the
        first time on that screen size, the window sized to the screen (maximized on a laptop)
        with Boards focus on a narrow one (``layouts``)."""
        if self.layouts.restore():
            self._layout_pending = False
            self.layout_applied = True
        elif self.layouts.first_start():  # the first-run layout, at the window's new size
            if self.isVisible():
                QTimer.singleShot(0, self.default_layout)
            else:
                self._layout_pending = True

    def panel_key(self, name: str) -> None:
        """A panel's shortcut: to the front if it is hidden or behind another tab, else
        hidden."""
        dock = self.dock(name)
        if dock is None:
            return
        if dock.isVisible() and dock.widget().isVisible():  # in front
            dock.hide()
        else:
            self.show_panel(name)

    def reset_layout(self) -> None:
        """View → Reset layout: every panel docked where it starts, in its tab group, with the
        first-run sizes and front tabs; the saved layout is forgotten."""
        for spec in PANELS:
            dock = self._panels[spec.name][1]
            dock.setFloating(False)
            self.addDockWidget(spec.area, dock)  # moved back (also from another area)
        groups: dict = {}
        for spec in PANELS:
            dock = self._panels[spec.name][1]
            if spec.area in groups:
                self.tabifyDockWidget(groups[spec.area], dock)
            else:
                groups[spec.area] = dock
            dock.show()
        self.settings.remove("window/state")
        self.layouts.forget()
        self.default_layout()

    # -- the host of the panels (``ui.common.registry.Host``) -------------------------------
    def panel(self, name: str) -> QWidget | None:
        """The panel called ``name``, built now if it was not yet (None: no such panel)."""
        entry = self._panels.get(name)
        if entry is None:
            return None
        spec, dock, widget = entry
        if widget is None:
            widget = entry[2] = spec.factory(self.session, self)
            dock.widget().setWidget(widget)
        return widget

    def built_panels(self) -> list[str]:
        """The names of the panels built so far."""
        return [name for name, entry in self._panels.items() if entry[2] is not None]

    def dock(self, name: str) -> QDockWidget | None:
        entry = self._panels.get(name)
        return entry[1] if entry is not None else None

    def part(self, name: str) -> object | None:
        """A feature's menu part (``import-export``, ``brief-export``)."""
        return self._parts.get(name)

    def parent_widget(self) -> QWidget:
        return self

    def menu(self, name: str) -> QMenu:
        if name == "export":
            return self._parts["import-export"].export_menu
        menus = {
            "file": self.file_menu,
            "edit": self.edit_menu,
            "view": self.view_menu,
            "scenario": self.scenario_menu,
            "help": self.help_menu,
        }
        return menus[name]

    def add_action(self, action: QAction, menu: str | None = None) -> None:
        if menu is not None:
            self.menu(menu).addAction(action)
        self.addAction(action)

    def register_action(self, name: str, action: QAction) -> None:
        self._actions[name] = action

    def action(self, name: str) -> QAction | None:
        return self._actions.get(name)

    def status_bar(self) -> QStatusBar:
        return self.statusBar()

    def show_message(self, text: str, msecs: int = 8000) -> None:
        self.statusBar().showMessage(text, msecs)

    def show_panel(self, name: str) -> QWidget | None:
        dock = self.dock(name)
        if dock is None:
            return None
        dock.show()
        dock.raise_()
        return self.panel(name)

    def open_document(self, document: Document) -> None:
        self.set_document(document)

    def _show_day(self, day: dt.date) -> None:
        self.day_label.setText(tr("Tariffs on {date}").format(date=date_text(day)))

    @property
    def document(self) -> Document:
        return self.session.document

    # -- the document -----------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        if self.undo is not None:
            self.undo.detach()
        for board in self.boards:
            board.close()
        if document is not self.session.document:
            self.session.set_document(document)  # remembers it as the last one, too
        else:  # the session's first document (the ZOPA status follows the session)
            self.session.remember_last(document)
        self.undo = UndoAdapter(document)
        self.library.attach(document)
        self.history.setStack(self.undo.qstack)
        self.undo.qstack.cleanChanged.connect(lambda _clean: self._update_title())
        self.undo.qstack.indexChanged.connect(lambda _i: self._update_title())
        self.undo.qstack.indexChanged.connect(lambda _i: self._show_filter_count())
        self._install_undo_actions()
        splitter = BoardsSplitter()
        s = document.scenario
        parties = [s.perspective] + [p.id for p in s.negotiators() if p.id != s.perspective]
        self.boards = []
        for party in parties:
            board = BoardWidget(document, party)
            board.edit_requested.connect(self.edit_card)
            board.delete_requested.connect(self.delete_card)
            board.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            board.package_hook = self._card_on_table  # the move and the package: one undo step
            board.set_filter(self.filter.text())
            splitter.addWidget(board)
            self.boards.append(board)
        self.setCentralWidget(splitter)
        self._show_filter_count()
        self._update_title()
        for w in document.warnings[:3]:
            self.statusBar().showMessage(w, 10000)
        self.document_changed.emit(document)

    def _install_undo_actions(self) -> None:
        for act in getattr(self, "_undo_actions", []):
            self.edit_menu.removeAction(act)
            self.toolbar.removeAction(act)
            act.deleteLater()  # the previous document's stack's
        undo = self.undo.qstack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIconText(button_text(tr("&Undo")))
        undo.setToolTip(tr("Undo the last change"))
        undo.setStatusTip(undo.toolTip())
        redo = self.undo.qstack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        redo.setIconText(button_text(tr("&Redo")))
        redo.setToolTip(tr("Redo the change just undone"))
        redo.setStatusTip(redo.toolTip())
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.edit_menu.insertActions(first, [undo, redo])
        buttons = [self._toolbar_twin(undo), self._toolbar_twin(redo)]
        self.toolbar.insertActions(self.tb_undo_anchor, buttons)
        self.act_undo, self.act_redo = undo, redo
        self._undo_actions = [undo, redo, *buttons]

    def _toolbar_twin(self, action: QAction) -> QAction:
        """A toolbar button for the stack's undo or redo action: the same trigger, enabled
        state and tooltip, but a fixed text. The stack renames its actions at every edit
        ("Undo Set weight…"), and a button whose action changes is laid out again, with the
        whole window: a millisecond of every edit, for a button whose text does not change.
        The menu keeps the descriptive action and the shortcuts."""
        twin = QAction(action.iconText(), self)
        twin.setToolTip(action.toolTip())
        twin.setStatusTip(action.statusTip())
        twin.setEnabled(action.isEnabled())
        twin.triggered.connect(action.trigger)
        action.enabledChanged.connect(twin.setEnabled)
        return twin

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.title}[*] — Negotiator")
        self.setWindowModified(self.document.dirty)
        where = str(self.document.path) if self.document.path else tr("no file")
        cards = tr("{n} cards").format(n=number(len(self.document.scenario.cards)))
        as_of = date_text(self.document.scenario.as_of)
        self.status.setText(" · ".join([self.library.status(), where, cards, as_of]))

    def _apply_filter(self, text: str) -> None:
        for board in self.boards:
            board.set_filter(text)
        self._show_filter_count()

    def _show_filter_count(self) -> None:
        text = self.filter.text()
        self.filter_action.setVisible(bool(text.strip()))
        if not text.strip():
            return
        s = self.document.scenario
        parties = {b.party_id for b in self.boards}
        cards = [c for c in s.cards if c.party in parties]
        shown = sum(1 for c in cards if matches_filter(s, c, text))
        self.filter_count.setText(
            tr("{n} of {total} cards").format(n=number(shown), total=number(len(cards)))
        )

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -- files --------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False if the user cancelled."""
        if not self.document.dirty:
            return True
        answer = QMessageBox.question(
            self,
            tr("Unsaved changes"),
            literal(
                tr("'{title}' has unsaved changes. Save them first?").format(
                    title=self.document.title
                )
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.library.discard_recovery()
            return True
        return False

    def new_document(self) -> None:
        if self.maybe_save():
            self.set_document(Document(blank_scenario()))

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.document.path.parent) if self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self, tr("Open scenario"), start, tr(FILE_FILTER))
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        """Open a scenario file; on bad input show its problems and keep the current document."""
        if ask and not self.maybe_save():
            return False
        try:
            doc = Document.open_file(path)
        except ScenarioFileError as exc:
            self.show_file_error(exc)
            return False
        self.set_document(doc)
        self.statusBar().showMessage(tr("Opened {path}").format(path=path), 5000)
        return True

    def show_file_error(self, exc: ScenarioFileError) -> None:
        lines = [str(p) for p in exc.problems[:12]]
        more = len(exc.problems) - 12 + exc.dropped
        if more > 0:
            lines.append(tr("… and {n} more").format(n=more))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Cannot open the file"),
            literal(tr("{source} cannot be used:").format(source=Path(exc.source).name)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(literal("\n".join(lines)))  # the problems quote the file
        box.setDetailedText(exc.report())
        box.exec()

    def save(self) -> bool:
        """Save to the library with a message (to a file when the library is unavailable)."""
        return self.library.save()

    def save_as(self) -> bool:
        suggested = self.document.path or Path.home() / f"{self.document.scenario.id}{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save scenario as"), str(suggested), tr(FILE_FILTER)
        )
        if not path:
            return False
        if not path.endswith(".json"):
            path += SUFFIX
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save_file(path, file_origin(self.library.library, self.document))
        except OSError as exc:
            QMessageBox.warning(
                self,
                tr("Cannot save"),
                literal(
                    tr("{path} cannot be written: {why}").format(path=path, why=os_error_text(exc))
                ),
            )
            return False
        self.session.recent.remember(path)  # also the one reopened at the next start
        self._update_title()
        self.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    def revert(self) -> None:
        """Go back to the last saved state (the library revision, or the file)."""
        doc = self.document
        if not doc.dirty or (doc.path is None and doc.library_revision is None):
            return
        answer = QMessageBox.question(
            self,
            tr("Revert"),
            literal(tr("Discard all unsaved changes to '{title}'?").format(title=doc.title)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.library.discard_recovery()
        if doc.library_revision is not None:
            self.library.open_scenario(doc.library_scenario, doc.library_revision)
        else:
            self.open_path(doc.path, ask=False)

    def recent_files(self) -> list[str]:
        return self.session.recent.paths()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for path in files:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(literal(path))
            act.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(files))

    # -- drag a scenario file onto the window ----------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().endswith(".json"):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(urls[0].toLocalFile())

    # -- cards ----------------------------------------------------------------------------------
    def current_board(self) -> BoardWidget:
        focus = self.focusWidget()
        for board in self.boards:
            if focus is not None and board.isAncestorOf(focus):
                return board
        return self.boards[0]

    def selected_card(self) -> str | None:
        for board in [self.current_board(), *self.boards]:
            card = board.selected_card()
            if card:
                return card
        return None

    def _push(self, make) -> bool:
        try:
            self.document.push(make())
        except CommandError as exc:
            QMessageBox.warning(self, tr("Cannot make that change"), literal(str(exc)))
            return False
        return True

    def new_card(self) -> None:
        board = self.current_board()
        s = self.document.scenario
        card = Card(new_card_id(s, board.party_id), board.party_id, CardKind.DEMAND, "")
        dialog = CardDialog(s, card, self)
        if dialog.exec():
            for field, value in dialog.values().items():
                setattr(card, field, value)
            if self._push(lambda: edits.add_card(s, card)):
                board.select(card.id)

    def edit_card(self, card_id: str) -> None:
        s = self.document.scenario
        dialog = CardDialog(s, s.card(card_id), self)
        if dialog.exec():
            try:
                cmd = edits.update_fields(s, "card", card_id, dialog.values())
            except NothingChanged:
                return
            except CommandError as exc:
                QMessageBox.warning(self, tr("Cannot make that change"), literal(str(exc)))
                return
            self.document.push(cmd)

    def edit_selected(self) -> None:
        card = self.selected_card()
        if card:
            self.edit_card(card)

    def delete_card(self, card_id: str) -> None:
        s = self.document.scenario
        self._push(lambda: edits.remove_card(s, card_id))

    def duplicate_selected(self) -> None:
        card_id = self.selected_card()
        if not card_id:
            return
        s = self.document.scenario
        copy_ = copy.deepcopy(s.card(card_id))
        copy_.id = new_card_id(s, copy_.party)
        copy_.title = tr("{title} (copy)").format(title=copy_.title)
        copy_.links = []
        index = s.cards.index(s.card(card_id)) + 1
        if self._push(lambda: edits.add_card(s, copy_, index)):
            for board in self.boards:
                if board.party_id == copy_.party:
                    board.select_later(copy_.id)

    def _card_on_table(self, move: Command, issue: str, option: str) -> Command:
        """A card that maps to an option goes on the table: the package under discussion
        takes that option, in the same undo step as the move."""
        return self.session.with_choice(move, {issue: option})

    def delete_selected(self) -> None:
        card = self.selected_card()
        if card:
            self.delete_card(card)

    # -- help and closing -----------------------------------------------------------------------
    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("About Negotiator"),
            tr("Negotiator {version}\nPlan a tariff negotiation, offline.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.library.close()  # an autosave being written is finished first
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.layouts.save()
        event.accept()

    def before_exit(self) -> None:
        """The window is deleted without being closed (``ui.shutdown``: the process ends with it
        open, or ``release``): no prompt, nobody would answer it; an autosave being written is
        finished, none is started."""
        self.library.close()


def start_document(settings: QSettings) -> Document:
    """The last scenario opened from a file, or the default one the first time (or if the last
    is gone). When the last came from the library, the window reopens it from there once its
    library is open (``LibraryController.reopen_last``)."""
    last = settings.value(LAST_KEY)
    if last and not str(last).startswith(LIBRARY_PREFIX) and Path(str(last)).is_file():
        try:
            return Document.open_file(str(last))
        except ScenarioFileError:
            pass
    return Document.default()


def run(argv: list[str] | None = None) -> int:
    """Start the application (``negotiator`` without a command)."""
    import sys

    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setOrganizationName("Negotiator")
    app.setApplicationName("Negotiator")
    app.setApplicationVersion(__version__)
    settings = QSettings()
    language.install_from_settings(app, settings)
    window = MainWindow(start_document(settings), settings)
    window.library.reopen_last()  # the last scenario, if it came from the library
    # process-wide: the short switch interval, and the heap settled after each document opened
    # (the first settling, a full collection, once the window is on screen)
    window.first_painted.connect(lambda: startup.tune_process(window.document_changed))
    window.fit_to_screen()
    window.show()
    QTimer.singleShot(0, window.library.offer_recovery)
    return app.exec()
