"""The main window in Japanese for the i18n tests (``visible_text.japanese_window``)."""

from __future__ import annotations

import pytest
from visible_text import japanese_window


@pytest.fixture
def ja_window(qtbot, tmp_path, settings, japanese):
    """(the main window in Japanese on a scenario whose free text is Japanese, the words
    allowed to stay as they are); not shown: a test shows what it reads."""
    return japanese_window(qtbot, tmp_path, settings)
