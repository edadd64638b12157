"""A host for a panel on its own: what a panel may ask of a window (``registry.Host``), without
the main window.

A panel test builds a ``Session`` and the panel through its registry factory with a
``BareHost``: no boards, menus, other docks or library, so the test costs the panel only.
A quick look by hand (``python -m ...``) can use it too.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QVBoxLayout, QWidget

from negotiator_gui.app.session import Session
from negotiator_gui.ui.common.registry import PanelSpec


class BareHost(QWidget):
    """One panel (or several) in a plain widget; menus exist but are not shown, messages go
    to a status bar that a test can read."""

    def __init__(self, session: Session, specs: tuple[PanelSpec, ...] = ()) -> None:
        super().__init__()
        self.session = session
        self.specs = {s.name: s for s in specs}
        self.panels: dict[str, QWidget] = {}
        self.menus: dict[str, QMenu] = {}
        self.actions_: dict[str, QAction] = {}
        self.messages: list[str] = []
        self._status = QStatusBar(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def document(self):
        return self.session.document

    # -- registry.Host --
    def parent_widget(self) -> QWidget:
        return self

    def menu(self, name: str) -> QMenu:
        return self.menus.setdefault(name, QMenu(name, self))

    def add_action(self, action: QAction, menu: str | None = None) -> None:
        if menu is not None:
            self.menu(menu).addAction(action)
        self.addAction(action)

    def register_action(self, name: str, action: QAction) -> None:
        self.actions_[name] = action

    def action(self, name: str) -> QAction | None:
        return self.actions_.get(name)

    def status_bar(self) -> QStatusBar:
        return self._status

    def show_message(self, text: str, msecs: int = 8000) -> None:
        self.messages.append(text)
        self._status.showMessage(text, msecs)

    def show_panel(self, name: str) -> QWidget | None:
        return self.panel(name)

    def maybe_save(self) -> bool:
        return True

    def open_document(self, document) -> None:
        self.session.set_document(document)

    # -- building --
    def panel(self, name: str) -> QWidget | None:
        """The panel called ``name`` (one of ``specs``), built and laid out on first use."""
        if name not in self.panels:
            spec = self.specs.get(name)
            if spec is None:
                return None
            widget = spec.factory(self.session, self)
            self._layout.addWidget(widget)
            widget.setVisible(self.isVisible())  # added to a shown host: shown too
            self.panels[name] = widget
        return self.panels[name]
