"""View → Theme: System, Light or Dark for the whole window and every chart.

Officials use the tool in dim meeting rooms as often as at a desk, so the window and the charts
switch together: the application gets a Fusion palette (the native styles ignore a custom
palette on some platforms), and ``charts_base.set_theme`` restyles every open chart. "System"
puts back the style and palette the application started with, so it follows the platform. The
choice is remembered in the settings ("ui/theme") and applied when the window is built.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.ui.charts import base as charts_base

SETTING = "ui/theme"
THEMES: tuple[tuple[str, str], ...] = (
    ("system", N_("&System")),
    ("light", N_("&Light")),
    ("dark", N_("&Dark")),
)

#: What the application looked like before any theme was applied ("System" goes back to it).
_original: tuple[str, QPalette] | None = None
#: The theme applied last (None: nothing changed yet, so "System" has nothing to undo).
_applied: str | None = None


def _remember_original(app: QApplication) -> tuple[str, QPalette]:
    global _original
    if _original is None:
        _original = (app.style().name(), QPalette(app.palette()))
    return _original


def dark_palette() -> QPalette:
    """A dark palette whose text keeps good contrast on every role (Fusion draws all of them)."""
    p = QPalette()
    window, base, text = QColor("#2B2B2B"), QColor("#1E1E1E"), QColor("#E0E0E0")
    disabled = QColor("#7A7A7A")
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    for role, colour in (
        (R.Window, window),
        (R.WindowText, text),
        (R.Base, base),
        (R.AlternateBase, QColor("#262626")),
        (R.ToolTipBase, QColor("#3A3A3A")),
        (R.ToolTipText, text),
        (R.PlaceholderText, disabled),
        (R.Text, text),
        (R.Button, QColor("#353535")),
        (R.ButtonText, text),
        (R.BrightText, QColor("#FF6E6E")),
        (R.Light, QColor("#454545")),
        (R.Midlight, QColor("#3A3A3A")),
        (R.Mid, QColor("#303030")),
        (R.Dark, QColor("#191919")),
        (R.Shadow, QColor("#000000")),
        (R.Link, QColor("#56B4E9")),
        (R.LinkVisited, QColor("#CC79A7")),
        (R.Highlight, QColor("#0072B2")),
        (R.HighlightedText, QColor("#FFFFFF")),
    ):
        p.setColor(role, colour)
    for role in (R.WindowText, R.Text, R.ButtonText, R.HighlightedText):
        p.setColor(G.Disabled, role, disabled)
    return p


def light_palette() -> QPalette:
    """Fusion's own light palette: the same on every platform, whatever the desktop theme."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def apply(name: str) -> str:
    """Apply theme ``name`` ("system", "light" or "dark") to the application and the charts;
    an unknown name (a hand-edited settings file) falls back to "system". Returns what was
    applied."""
    global _applied
    if name not in dict(THEMES):
        name = "system"
    if name == "system" and _applied in (None, "system"):
        # Nothing to undo: the charts already follow the platform. Restyling every open chart
        # for nothing also churns PySide6 6.12 bindings, which have crashed on bool refcounts.
        _applied = name
        return name
    app = QApplication.instance()
    if app is not None:
        style, palette = _remember_original(app)
        if name == "system":
            app.setStyle(style)
            app.setPalette(palette)
        else:
            app.setStyle("Fusion")
            app.setPalette(dark_palette() if name == "dark" else light_palette())
    charts_base.set_theme(None if name == "system" else name)
    _applied = name
    return name


class ThemeMenu:
    """View → Theme: its actions by theme name, in one exclusive group."""

    def __init__(self, window) -> None:
        self.settings = window.settings
        menu = window.view_menu.addMenu(tr("&Theme"))
        self.group = QActionGroup(window)
        self.group.setExclusive(True)
        current = apply(str(self.settings.value(SETTING, "system") or "system"))
        self.actions: dict[str, QAction] = {}
        tips = {
            "system": tr("Follow the colours of the operating system"),
            "light": tr("Dark text on a light background, in the window and every chart"),
            "dark": tr("Light text on a dark background, for dim rooms"),
        }
        for key, text in THEMES:
            act = QAction(tr(text), window)
            act.setCheckable(True)
            act.setData(key)
            act.setStatusTip(tips[key])
            act.setToolTip(tips[key])
            act.setChecked(key == current)
            self.group.addAction(act)
            menu.addAction(act)
            self.actions[key] = act
        self.group.triggered.connect(self._chosen)

    def _chosen(self, act: QAction) -> None:
        self.settings.setValue(SETTING, apply(act.data()))
