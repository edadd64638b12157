"""The welcome panel, and Help → Quick guide / Welcome panel.

The first time Negotiator starts (no "ui/welcomed" setting) it opens the shipped US–Japan
scenario and shows a short panel beside the boards: what the window holds and buttons that bring
the boards, the tariff editor and the charts to the front. It is a dock, not a dialog, so the
window stays usable around it; "Don't show again" stores "ui/welcomed", and Help → Welcome panel
shows it again at any time. Help → Quick guide (F1) opens the offline guide (``help_guide``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.core.i18n import tr
from negotiator_gui.ui.common import settings_keys as keys
from negotiator_gui.ui.shell import help_guide

#: The docks each of the panel's buttons brings forward.
TARGETS: dict[str, tuple[str, ...]] = {
    "Tariff editor": ("tariff-editor",),
    "Charts": ("tariff-charts", "utility-space-chart"),
    "Package builder": ("package-builder",),
}


def bring_panel(window, *names: str) -> QDockWidget | None:
    """Show the docks called ``names``, raise each to the front of its tab group, and give
    the last one the keyboard focus; returns it (None if none is installed)."""
    shown = None
    for name in names:
        dock = window.findChild(QDockWidget, name)
        if dock is None:
            continue
        dock.show()
        dock.raise_()
        shown = dock
    if shown is not None and shown.widget() is not None:
        shown.widget().setFocus(Qt.FocusReason.OtherFocusReason)
    return shown


def focus_boards(window) -> None:
    """Put the keyboard focus on our side's board (its "On the table" lane)."""
    if window.boards:
        board = window.boards[0]
        lane = board.lanes[1] if len(board.lanes) > 1 else board.lanes[0]
        lane.setFocus(Qt.FocusReason.OtherFocusReason)
        if lane.count() and lane.currentRow() < 0:
            lane.setCurrentRow(0)


class WelcomePanel(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setToolTip(tr("Where to start"))
        outer.addWidget(scroll, 1)
        title = QLabel(tr("Welcome to Negotiator"))
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        title.setWordWrap(True)
        title.setToolTip(tr("A short tour of the window"))
        layout.addWidget(title)
        intro = QLabel(
            tr(
                "The US–Japan tariff talks of April 2025 are open as an example. Everything "
                "you change can be undone (Ctrl+Z) and is kept for recovery until you save it "
                "to the library (Ctrl+S)."
            )
        )
        intro.setWordWrap(True)
        intro.setToolTip(tr("What is open now"))
        layout.addWidget(intro)
        self.buttons: dict[str, QPushButton] = {}
        self._add(
            layout,
            tr("Boards"),
            tr("Each side's demands, concessions and red lines, in lanes. Drag a card to move it."),
            tr("Put the keyboard focus on our side's board"),
            lambda: focus_boards(window),
            "boards",
        )
        blurbs = {
            "Tariff editor": tr(
                "Measures in force, each product line's rate on any date, and cuts to try."
            ),
            "Charts": tr(
                "Where packages lie for both sides, the frontier, and the trade each one moves."
            ),
            "Package builder": tr(
                "Pick one option per issue and see it against both BATNAs; record offers."
            ),
        }
        texts = {
            "Tariff editor": tr("Tariff editor"),
            "Charts": tr("Charts"),
            "Package builder": tr("Package builder"),
        }
        tips = {
            "Tariff editor": tr(
                "Show the tariff measures, product lines and their rates over time"
            ),
            "Charts": tr("Show the utility space and the tariff charts"),
            "Package builder": tr(
                "Show the package builder: one option per issue, against the BATNAs"
            ),
        }
        for key, names in TARGETS.items():
            self._add(
                layout,
                texts[key],
                blurbs[key],
                tips[key],
                lambda _=False, n=names: bring_panel(window, *n),
                key,
            )
        self._add(
            layout,
            tr("Quick guide (F1)"),
            tr("Every panel and shortcut, in a few pages."),
            tr("Open the quick guide"),
            lambda: window.welcome.show_guide(),
            "guide",
        )
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(10, 4, 10, 8)
        self.dont_show = QCheckBox(tr("Don't show again"))
        self.dont_show.setToolTip(
            tr("Do not open this panel when Negotiator starts (Help → Welcome panel shows it)")
        )
        self.dont_show.setChecked(keys.welcomed(window.settings))
        self.dont_show.toggled.connect(self._remember)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setToolTip(tr("Close the welcome panel"))
        bottom.addWidget(self.dont_show, 1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

    def _add(self, layout, text, blurb, tip, slot, key) -> None:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setStyleSheet("text-align: left; padding: 4px 10px; font-weight: bold;")
        button.clicked.connect(slot)
        label = QLabel(blurb)
        label.setWordWrap(True)
        label.setToolTip(tip)
        label.setContentsMargins(4, 0, 0, 4)
        layout.addWidget(button)
        layout.addWidget(label)
        self.buttons[key] = button

    def _remember(self, checked: bool) -> None:
        if checked:
            self.window_.settings.setValue(keys.WELCOMED, True)
        else:
            self.window_.settings.remove(keys.WELCOMED)


class Welcome:
    """The welcome dock (shown unless "ui/welcomed"), Help → Quick guide (F1) and
    Help → Welcome panel, and the one quick-guide window."""

    def __init__(self, window) -> None:
        self.window = window
        self.guide: help_guide.QuickGuide | None = None
        panel = WelcomePanel(window)
        dock = QDockWidget(tr("Welcome"), window)
        dock.setObjectName("welcome")
        dock.setToolTip(tr("Where to start"))
        dock.setWidget(panel)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        panel.setMinimumWidth(250)
        panel.setMaximumWidth(380)
        # The left area (used by nothing else) runs the full height while the panel is shown,
        # so its text is not squeezed above the bottom panels; hidden, it takes no room at all.
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        panel.close_button.clicked.connect(dock.close)
        self.dock, self.panel = dock, panel

        first = not keys.welcomed(window.settings)
        dock.setVisible(first)
        # The window restores its saved layout after the panels are built: decide again then.
        QTimer.singleShot(0, dock, lambda: dock.setVisible(first))

        guide = QAction(tr("&Quick guide"), window)
        guide.setShortcut(QKeySequence("F1"))
        guide.setToolTip(tr("The offline guide to every panel and shortcut"))
        guide.setStatusTip(guide.toolTip())
        guide.triggered.connect(self.show_guide)
        again = QAction(tr("&Welcome panel"), window)
        again.setToolTip(tr("Show the welcome panel again"))
        again.setStatusTip(again.toolTip())
        again.triggered.connect(self.show)
        menu = window.help_menu
        first_action = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first_action, [guide, again])
        if first_action is not None:
            menu.insertSeparator(first_action)
        self.act_quick_guide, self.act_welcome = guide, again

    def show(self) -> QDockWidget:
        self.dock.show()
        self.dock.raise_()
        return self.dock

    def show_guide(self) -> help_guide.QuickGuide:
        self.guide = help_guide.show_guide(self.window, self.guide)
        return self.guide
