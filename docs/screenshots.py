"""Make the user guide's screenshots (``make screenshots``): the application on the default
scenario as it first opens, at the two screen sizes officials use (a 1366×768 delegation laptop
and a 1920×1080 office desktop), in English and Japanese, in the light and the dark theme; then
one picture per part of the window the guide explains, at laptop size.

Run under Xvfb (the Makefile does: ``xvfb-run``, once per screen size, with ``--screen 1366`` or
``--screen 1920``) so the pictures show a real X11 window with its real fonts, sized by the
application itself to the screen it opens on, as a user's first start is. Every window starts
from fresh settings and an empty library in a temporary folder (a first start), so the user's
own are never read or changed. Writes ``docs/images/*.png``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from negotiator_gui.app.document import Document
from negotiator_gui.ui.common import settings_keys
from negotiator_gui.ui.shell import language
from negotiator_gui.ui.shell.main_window import MainWindow
from negotiator_gui.ui.shell.settings_dialog import SettingsDialog

OUT = Path(__file__).resolve().parent / "images"
#: The screens the guide shows: (name in the file, width, height).
SIZES: tuple[tuple[str, int, int], ...] = (("1366", 1366, 768), ("1920", 1920, 1080))
THEMES = ("light", "dark")
#: Parts of the window, at laptop size: (file stem, dock object names to bring to the front).
SHOTS: tuple[tuple[str, tuple[str, ...]], ...] = (
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
    found = set()
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in names:
            found.add(dock.objectName())
            dock.show()
            dock.raise_()
    if missing := set(names) - found:
        raise SystemExit(f"no panel named {', '.join(sorted(missing))}")


def grab(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path.relative_to(OUT.parent.parent))


def first_start(folder: Path, name: str, theme: str) -> MainWindow:
    """A window as it opens the first time, on fresh settings, sized to the screen by
    ``fit_to_screen`` exactly as ``negotiator_gui.ui.shell.main_window.run`` does."""
    settings = QSettings(str(folder / f"settings-{name}.ini"), QSettings.Format.IniFormat)
    settings.setValue("library/path", str(folder / f"library-{name}.db"))
    settings.setValue(settings_keys.THEME, theme)
    window = MainWindow(Document.default(), settings)
    window.fit_to_screen()
    window.show()
    return window


def close(window: MainWindow) -> None:
    window.document.stack.set_clean()
    window.close()
    window.deleteLater()


def shoot(app: QApplication, lang: str, folder: Path, screen: str) -> None:
    language.install(app, lang)
    suffix = "" if lang == "en" else f"-{lang}"
    for theme in THEMES:
        window = first_start(folder, f"{lang}-{screen}-{theme}", theme)
        settle(app, 2.5)
        grab(window, OUT / f"window-{screen}-{theme}{suffix}.png")
        close(window)
    if screen != SIZES[0][0]:
        return
    window = first_start(folder, f"{lang}-parts", "light")
    settle(app, 2.5)
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
    compare_shot(app, window, suffix)
    beliefs_shot(app, window, suffix)
    close(window)


def beliefs_shot(app: QApplication, window: MainWindow, suffix: str) -> None:
    """Planning under uncertainty: the package builder's acceptance figures and the utility
    chart coloured by the other side's acceptance, from the ranges the scenario carries."""
    front(window, ("package-builder", "utility-space-chart"))
    chart = window.panel("utility-space-chart")
    chart.acceptance_colours.mode.setCurrentIndex(chart.acceptance_colours.mode.findData("other"))
    settle(app, 6.0)
    grab(window, OUT / f"beliefs{suffix}.png")


def compare_shot(app: QApplication, window: MainWindow, suffix: str) -> None:
    """The comparison of the scenario's first saved packages, the first two pinned as A and B
    on the utility chart (the scenario's own packages: nothing here names one)."""
    front(window, ("compare-packages", "utility-space-chart"))
    settle(app)
    compare = window.panel("compare-packages")
    keys = [
        compare.list.item(k).data(Qt.ItemDataRole.UserRole) for k in range(compare.list.count())
    ]
    saved = [k for k in keys if str(k).startswith("package:")][:3]
    if len(saved) < 2:
        raise SystemExit("the default scenario has fewer than two saved packages to compare")
    for k in range(compare.list.count()):
        if compare.list.item(k).data(Qt.ItemDataRole.UserRole) in saved:
            compare.list.item(k).setCheckState(Qt.CheckState.Checked)
    for letter, key in zip("AB", saved, strict=False):
        compare.pin(letter, key)
    settle(app, 2.5)
    grab(window, OUT / f"compare{suffix}.png")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    screen = args[args.index("--screen") + 1] if "--screen" in args else SIZES[0][0]
    if screen not in {name for name, _, _ in SIZES}:
        raise SystemExit(f"--screen must be one of {', '.join(n for n, _, _ in SIZES)}")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Negotiator")
    app.setApplicationName("Negotiator")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "ja"):
            shoot(app, lang, Path(tmp), screen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
