"""The library the window uses is the session's: relocating it is seen through the session."""

from __future__ import annotations

from pathlib import Path

from dialogs import capture_dialogs


def test_relocating_the_library_changes_the_sessions(window, tmp_path):
    first = window.session.library
    assert first is not None and first is window.library.library
    target = tmp_path / "elsewhere" / "library.sqlite"
    target.parent.mkdir()
    window.library.relocate(target)
    assert window.session.library is window.library.library
    assert Path(window.session.library.path) == target and window.session.library is not first


def test_the_history_dialog_has_a_close_button_and_says_how_to_compare(window, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from negotiator_gui.ui.library import controller

    doc = window.document
    info = window.session.library.create(doc.scenario, message="first")
    doc.library_scenario, doc.library_revision = info.scenario_id, info.id
    shown = capture_dialogs(monkeypatch, controller)
    window.library.history_dialog()
    (dialog,) = shown
    (box,) = dialog.findChildren(QDialogButtonBox)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None
    assert any("Ctrl+click" in label.text() for label in dialog.findChildren(QLabel))
    dialog.show()
    close.click()
    assert not dialog.isVisible()


def test_the_open_dialog_is_wide_enough_for_its_longest_name(window, monkeypatch):
    from PySide6.QtWidgets import QListWidget

    from negotiator_gui.ui.library import controller

    doc = window.document
    long_name = "US–Japan tariff talks, April 2025 — minister's fallback after the G7 meeting"
    window.session.library.create(doc.scenario, name=long_name, message="first")
    shown = capture_dialogs(monkeypatch, controller)
    window.library.open_dialog()
    (dialog,) = shown
    (listing,) = dialog.findChildren(QListWidget)
    row = listing.item(0).text()
    assert long_name in row
    needed = listing.fontMetrics().horizontalAdvance(row)
    limit = int(dialog.screen().availableGeometry().width() * 0.9)
    assert dialog.width() >= min(needed, limit - 80)


def test_the_history_dialog_shows_a_merge_in_words(window, monkeypatch):
    import copy

    from PySide6.QtWidgets import QListWidget, QPlainTextEdit

    from negotiator_gui.core import edits
    from negotiator_gui.ui.library import controller

    lib = window.session.library
    doc = window.document
    first = lib.create(doc.scenario, message="first", author="sato")
    theirs = copy.deepcopy(doc.scenario)
    edits.set_field(theirs, "card", theirs.cards[1].id, "title", "T").apply(theirs)
    branch = lib.save_as_branch(theirs, first.id, "Tanaka copy", author="tanaka")
    both = copy.deepcopy(theirs)
    edits.set_field(both, "card", both.cards[0].id, "title", "M").apply(both)
    merged = lib.save(first.scenario_id, both, first.id, "", merged_id=branch.id, author="sato")
    doc.library_scenario, doc.library_revision = merged.scenario_id, merged.id
    shown = capture_dialogs(monkeypatch, controller)
    window.library.history_dialog()
    (dialog,) = shown
    listing = dialog.findChild(QListWidget)
    words = "Merge of revision 1 of 'Tanaka copy' (tanaka) into revision 1"
    assert words in listing.item(0).text() and "first" in listing.item(1).text()
    (text,) = dialog.findChildren(QPlainTextEdit)
    assert text.toPlainText().startswith(f"Revision 2: {words}")
