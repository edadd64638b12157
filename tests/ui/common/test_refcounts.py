"""The Qt bindings keep Python's reference counts right.

PySide6 6.12.0 took one reference from ``None`` (or ``True``/``False``) on every call to a method
returning nothing; Python 3.11's ``None`` is not immortal, so after some thousands of calls a
session aborted with "deallocating None". pyproject.toml keeps such a release out; this test
fails if one comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

CALLS = 2000


def test_void_calls_keep_none_and_bool_alive(qapp):
    label = QLabel()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        label.setText("x")
        label.setVisible(True)
        label.setEnabled(False)
    assert sys.getrefcount(None) > none_before - CALLS // 4
    assert sys.getrefcount(True) > true_before - CALLS // 4
