"""Modal dialogs captured instead of shown: a test reads what a dialog holds without a user."""

from __future__ import annotations


def capture_dialogs(monkeypatch, module) -> list:
    """Make ``module``'s ``QDialog`` a subclass whose ``exec`` records the dialog and returns
    0 (rejected) at once; returns the list the dialogs go to, in the order they were opened."""
    from PySide6.QtWidgets import QDialog

    shown: list[QDialog] = []

    class Captured(QDialog):
        def exec(self) -> int:
            shown.append(self)
            return 0

    monkeypatch.setattr(module, "QDialog", Captured)
    return shown
