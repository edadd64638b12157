"""The library the window uses is the session's: relocating it is seen through the session."""

from __future__ import annotations

from pathlib import Path


def test_relocating_the_library_changes_the_sessions(window, tmp_path):
    first = window.session.library
    assert first is not None and first is window.library.library
    target = tmp_path / "elsewhere" / "library.sqlite"
    target.parent.mkdir()
    window.library.relocate(target)
    assert window.session.library is window.library.library
    assert Path(window.session.library.path) == target and window.session.library is not first
