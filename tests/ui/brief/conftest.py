"""The brief export runs in the background: tests start it and wait until its task is over."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def export_brief(qtbot, window) -> Callable[[], Path | None]:
    """File → Export brief… once, waited for: the file written, or None (no file chosen, the
    build failed or was cancelled, or the write was refused)."""

    def run() -> Path | None:
        part = window.part("brief-export")
        task = part.export()
        if task is None:
            return None
        qtbot.waitUntil(lambda: not task.running, timeout=60_000)
        return part.written

    return run
