"""Help → Quick guide: the offline HTML guide shipped in ``resources/help/``, in the language
the window runs in.

The guide is plain HTML shown in a ``QTextBrowser`` (no network, no web engine): links inside it
jump to its own anchors, and any other link is refused rather than followed, so nothing ever
goes online.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from negotiator_gui.core.i18n import tr
from negotiator_gui.paths import resource_path
from negotiator_gui.ui.common.settings_keys import current_language
from negotiator_gui.ui.shell.language import LANGUAGES


def guide_path(language: str | None = None) -> Path:
    """The guide file for ``language`` ("en"/"ja"; default: the window's language)."""
    language = language or current_language()
    if language not in LANGUAGES:
        language = "en"
    return resource_path("help", f"quick_guide_{language}.html")


class QuickGuide(QDialog):
    """A non-modal window with the guide; ``show_section(anchor)`` jumps to a section."""

    def __init__(self, parent=None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Negotiator quick guide"))
        self.resize(820, 680)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # every link is handled here: anchors only
        self.browser.setOpenExternalLinks(False)
        self.browser.setToolTip(tr("The quick guide; links jump to its sections"))
        self.browser.anchorClicked.connect(self._follow)
        self.path = guide_path(language)
        self.browser.setSearchPaths([str(self.path.parent)])
        self.browser.setHtml(self.path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(tr("Close the guide"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def _follow(self, url: QUrl) -> None:
        """Jump to an anchor of the guide; any other link (a web address) is not opened."""
        if url.hasFragment() and (not url.scheme() or url.path() in ("", self.path.name)):
            self.show_section(url.fragment())

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)


def show_guide(window, guide: QuickGuide | None = None) -> QuickGuide:
    """Show ``guide`` (made for ``window`` if None), raised if already open; returns it so the
    caller keeps one guide window."""
    if guide is None:
        guide = QuickGuide(window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
