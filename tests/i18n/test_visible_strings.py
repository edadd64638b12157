"""Every string the window shows is translated: in Japanese, no English is left on screen.

The window is built in Japanese on a scenario whose free text is Japanese (see visible_text.py);
every label, button, menu, tooltip, table header, combo item and chart title is then read back
and any English word that is not an id, a code or a technical term fails the test, with the
widget and the text named so the missing ``tr()`` or translation is quick to find.
"""

from __future__ import annotations

import pytest
from visible_text import WORD, controls_without_tooltip, japanese_window, untranslated

from negotiator_gui import translations as T
from readiness import idle


@pytest.fixture
def ja_window_all_docks(qtbot, tmp_path, settings, japanese):
    """The Japanese window shown with every dock open, once their background work has shown
    its results (status lines, table cells and chart texts appear only then)."""
    w, allowed = japanese_window(qtbot, tmp_path, settings)
    allowed |= set(WORD.findall(str(w.document.path)))  # the file's path is shown in the status bar
    w.show()
    for dock in w.findChildren(type(w.history_dock)):
        dock.show()
    # the texts that come with results (status lines, table cells, chart texts) are read too
    qtbot.waitUntil(lambda: idle(w), timeout=60_000)
    return w, allowed


def test_catalogue_is_complete_and_consistent():
    assert T.problems("ja") == []


def test_main_window_in_japanese_shows_no_english(ja_window_all_docks):
    w, allowed = ja_window_all_docks
    found = untranslated(w, allowed)
    assert not found, f"{len(found)} untranslated:\n" + "\n".join(found)


def test_every_control_has_a_tooltip(ja_window_all_docks):
    w, _ = ja_window_all_docks
    missing = controls_without_tooltip(w)
    assert not missing, f"{len(missing)} controls without a tooltip:\n" + "\n".join(missing)
