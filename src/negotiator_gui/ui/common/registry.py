"""The panel registry: what each feature adds to the window, declared instead of installed.

A feature package (boards, preferences, packages, tariffs, charts, analysis, library, io,
brief) lists its docks as ``PanelSpec`` and its menu additions as ``PartSpec``; the shell builds
them from a ``Session`` and a ``Host`` (what the window offers a panel: its menus, status bar,
other panels by name). A panel is built when its dock is first shown. Before, each module had an
``install(window)`` that set attributes on the window for the others to find; now panels share
state through the session and never see the window's attributes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

    from negotiator_gui.app.session import Session


class Host(Protocol):
    """What a panel may ask of the window it lives in (the main window implements it; a panel
    test can use ``ui.common.host.BareHost``)."""

    def parent_widget(self) -> QWidget:
        """The widget dialogs are parented to."""
        ...

    def menu(self, name: str) -> QMenu:
        """A menu by name: ``file``, ``export``, ``edit``, ``view``, ``scenario``, ``help``."""
        ...

    def add_action(self, action: QAction, menu: str | None = None) -> None:
        """Make ``action``'s shortcut work anywhere in the window (and add it to ``menu``)."""
        ...

    def action(self, name: str) -> QAction | None:
        """An action another part registered with ``register_action`` (None if none did)."""
        ...

    def register_action(self, name: str, action: QAction) -> None: ...

    def status_bar(self) -> QStatusBar: ...

    def show_message(self, text: str, msecs: int = 8000) -> None: ...

    def show_panel(self, name: str) -> QWidget | None:
        """Show the panel called ``name`` in front of its tab group (building it if needed)."""
        ...

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False if the user cancelled."""
        ...

    def open_document(self, document) -> None:
        """Make ``document`` the window's open document."""
        ...


Factory = Callable[["Session", Host], "QWidget"]


@dataclass(frozen=True)
class PanelSpec:
    """A dock: ``factory(session, host)`` builds its widget when the dock is first shown.
    ``title`` and ``tooltip`` are untranslated (``N_``); ``name`` keeps the dock's place in
    the saved layout."""

    name: str
    title: str
    factory: Factory
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea
    shortcut: str | None = None
    tooltip: str = ""
    #: Brought to the front of its tab group in the first-run layout.
    front: bool = False


@dataclass(frozen=True)
class PartSpec:
    """A part with no dock of its own (menu actions and what they do): built with the window."""

    name: str
    factory: Callable[[Session, Host], object]
