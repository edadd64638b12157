"""The first-run and help parts in Japanese: Settings, the welcome panel and the quick guide
show no English (ids and technical terms aside) and every control has a tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from visible_text import check_translated, japanese_window

from negotiator_gui.ui.shell.help_guide import QuickGuide
from negotiator_gui.ui.shell.settings_dialog import SettingsDialog


@pytest.fixture
def ja_window_with_author(qtbot, tmp_path: Path, settings, japanese):
    """The Japanese window with a Japanese author in its settings; the temporary folder's words
    (shown in paths) allowed."""
    settings.setValue("user/author", "日本語の作成者")
    w, allowed = japanese_window(qtbot, tmp_path, settings)
    allowed |= set(str(tmp_path).replace("/", " ").replace("-", " ").replace("_", " ").split())
    return w, allowed


check = check_translated


def test_settings_dialog_in_japanese(ja_window_with_author):
    w, allowed = ja_window_with_author
    dialog = SettingsDialog(w)
    check(dialog, allowed | {"db", "library"})
    dialog.reject()


def test_welcome_panel_in_japanese(ja_window_with_author):
    w, allowed = ja_window_with_author
    check(w.welcome.dock, allowed)


def test_quick_guide_follows_the_language(ja_window_with_author):
    w, allowed = ja_window_with_author
    guide = QuickGuide(w)
    assert guide.path.name == "quick_guide_ja.html"
    # the guide names keys, a platform, a file suffix and a command as they are typed
    as_typed = {"Cmd", "Delete", "Insert", "macOS", "XLSX", "json", "scenario", "negotiator"}
    check(guide, allowed | as_typed | {"import", "weights"})
