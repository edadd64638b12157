"""File → Merge a colleague's file…: the menu item, built at start-up.

The merge itself (the engine, its dialogs, the library search for the common version) is in
``ui.io.merge`` and is imported when a file is first chosen, not when the window starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog

from negotiator_gui.core.i18n import tr

if TYPE_CHECKING:
    from negotiator_gui.ui.io.merge import Merger


class MergeFile:
    """The File-menu action and what it does (``window.part("merge")``)."""

    def __init__(self, window) -> None:
        self.window = window
        self._merger: Merger | None = None
        self.action = QAction(tr("&Merge a colleague's file…"), window)
        self.action.setStatusTip(
            tr("Bring a colleague's edited copy of this scenario into yours, change by change")
        )
        self.action.setToolTip(self.action.statusTip())
        self.action.triggered.connect(self.choose_file)
        menu = window.file_menu
        actions = menu.actions()
        anchor = window.act_save_as
        after = actions[actions.index(anchor) + 1 :] if anchor in actions else []
        before = next((a for a in after if a.isSeparator()), None)
        if before is not None:
            menu.insertAction(before, self.action)
        else:
            menu.addAction(self.action)

    @property
    def merger(self) -> Merger:
        if self._merger is None:
            from negotiator_gui.ui.io.merge import Merger

            self._merger = Merger(self.window)
        return self._merger

    @property
    def last_dialog(self) -> QDialog | None:
        """The last preview or comparison opened (tests, and a second look)."""
        return self._merger.last_dialog if self._merger is not None else None

    def choose_file(self) -> None:
        from negotiator_gui.ui.io.import_export import SCENARIO_FILTER

        path, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Merge a colleague's file"),
            str(self.window.settings.value("io/folder", "")),
            tr(SCENARIO_FILTER),
        )
        if path:
            self.merge_file(path)

    def merge_file(self, path: str) -> QDialog | None:
        """Read ``path``, find the common version and open the preview (or the comparison)."""
        return self.merger.merge_file(path)
