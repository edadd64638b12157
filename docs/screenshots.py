"""Make the user guide's screenshots (``make screenshots``): the application on the default
scenario, in English and in Japanese, one picture per part of the window the guide explains.

Run under Xvfb (the Makefile does: ``xvfb-run``) so the pictures show a real X11 window with
its real fonts; ``QT_QPA_PLATFORM=offscreen`` also works. Settings and the library live in a
temporary folder, so the user's own are never read or changed. Writes ``docs/images/*.png``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from negotiator_gui.app.document import Document
from negotiator_gui.ui.shell import language
from negotiator_gui.ui.shell.main_window import MainWindow
from negotiator_gui.ui.shell.settings_dialog import SettingsDialog

OUT = Path(__file__).resolve().parent / "images"
SIZE = (1440, 900)
#: (file stem, dock object names to bring to the front; empty: the window as it opens)
SHOTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("main-window", ()),
    ("tariff-editor", ("tariff-editor", "tariff-charts")),
    ("package-builder", ("package-builder", "utility-space-chart")),
    ("options-matrix", ("options-matrix", "concession-history-chart")),
)


def settle(app: QApplication, seconds: float = 1.5) -> None:
    """Let background analyses finish and charts redraw."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def front(window: MainWindow, names: tuple[str, ...]) -> None:
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in names:
            dock.show()
            dock.raise_()


def grab(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path.relative_to(OUT.parent.parent))


def shoot(app: QApplication, lang: str, folder: Path) -> None:
    language.install(app, lang)
    settings = QSettings(str(folder / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
    settings.setValue("library/path", str(folder / f"library-{lang}.db"))
    window = MainWindow(Document.default(), settings)  # a first start: with the welcome panel
    window.resize(*SIZE)
    window.show()
    settle(app, 2.5)
    suffix = "" if lang == "en" else f"-{lang}"
    grab(window, OUT / f"first-start{suffix}.png")
    window.welcome.dock.hide()
    dialog = SettingsDialog(window)
    dialog.show()
    settle(app, 0.5)
    grab(dialog, OUT / f"settings{suffix}.png")
    dialog.reject()
    for stem, docks in SHOTS:
        front(window, docks)
        settle(app)
        grab(window, OUT / f"{stem}{suffix}.png")
    window.document.stack.set_clean()
    window.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Negotiator")
    app.setApplicationName("Negotiator")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "ja"):
            shoot(app, lang, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
