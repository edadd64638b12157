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


@pytest.fixture
def window(qtbot, tmp_path, settings, japanese):
    w, allowed = japanese_window(qtbot, tmp_path, settings)
    allowed |= set(WORD.findall(str(w.document.path)))  # the file's path is shown in the status bar
    w.show()
    for dock in w.findChildren(type(w.history_dock)):
        dock.show()
    qtbot.wait(300)  # let the background analyses fill the charts and tables
    return w, allowed


def test_catalogue_is_complete_and_consistent():
    assert T.problems("ja") == []


def test_main_window_in_japanese_shows_no_english(window):
    w, allowed = window
    found = untranslated(w, allowed)
    assert not found, f"{len(found)} untranslated:\n" + "\n".join(found)


def test_every_control_has_a_tooltip(window):
    w, _ = window
    missing = controls_without_tooltip(w)
    assert not missing, f"{len(missing)} controls without a tooltip:\n" + "\n".join(missing)
