"""The first-run and help parts in Japanese: Settings, the welcome panel and the quick guide
show no English (ids and technical terms aside) and every control has a tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from visible_text import controls_without_tooltip, japanese_scenario_file, untranslated

from negotiator_gui.app.document import Document
from negotiator_gui.ui.help_guide import QuickGuide
from negotiator_gui.ui.main_window import MainWindow
from negotiator_gui.ui.settings_dialog import SettingsDialog


@pytest.fixture
def window(qtbot, tmp_path: Path, japanese):
    path, allowed = japanese_scenario_file(tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("library/path", str(tmp_path / "library.db"))
    settings.setValue("user/author", "日本語の作成者")
    w = MainWindow(Document.open_file(str(path)), settings)
    qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
    allowed |= set(str(tmp_path).replace("/", " ").replace("-", " ").replace("_", " ").split())
    return w, allowed


def check(widget, allowed: set[str]) -> None:
    found = untranslated(widget, allowed)
    assert not found, f"{len(found)} untranslated:\n" + "\n".join(found)
    missing = controls_without_tooltip(widget)
    assert not missing, f"{len(missing)} controls without a tooltip:\n" + "\n".join(missing)


def test_settings_dialog_in_japanese(window):
    w, allowed = window
    dialog = SettingsDialog(w)
    check(dialog, allowed | {"db", "library"})
    dialog.reject()


def test_welcome_panel_in_japanese(window):
    w, allowed = window
    check(w.welcome_dock, allowed)


def test_quick_guide_follows_the_language(window):
    w, allowed = window
    guide = QuickGuide(w)
    assert guide.path.name == "quick_guide_ja.html"
    # the guide names keys, a platform, a file suffix and a command as they are typed
    as_typed = {"Cmd", "Delete", "Insert", "macOS", "XLSX", "json", "scenario", "negotiator"}
    check(guide, allowed | as_typed | {"import", "weights"})
