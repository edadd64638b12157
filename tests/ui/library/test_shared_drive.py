"""A library on a network drive, in the window: another desk holding it is named and the
library can still be opened read-only; working from a share is explained once per library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from negotiator_gui.store import open_library
from negotiator_gui.store.filesystem import ENV_VAR
from negotiator_gui.store.lock import record_path

OTHER_DESK = {"user": "tanaka", "host": "DESK-7", "pid": 4242, "since": "2025-04-02T08:15:00Z"}


@pytest.fixture
def share(settings, monkeypatch) -> Path:
    """The test's library, on a drive reported as network, with one scenario saved in it."""
    monkeypatch.setenv(ENV_VAR, "network")
    path = Path(settings.value("library/path"))
    from negotiator_gui.app.document import Document

    with open_library(path) as lib:
        lib.create(Document.default().scenario, name="Talks", message="first")
    return path


class Boxes(list):
    """The message boxes run, in order; ``answers``: the buttons to click, by text."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str] = []


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    """Message boxes built and run with ``exec`` are recorded; each answers by clicking the
    button whose text is first in ``boxes.answers`` (none left: no click, as on Escape)."""
    shown = Boxes()
    answers = shown.answers

    def run(box: QMessageBox) -> int:
        shown.append(box)
        if answers:
            wanted = answers.pop(0)
            (button,) = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    return shown


def informations(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a, **k: said.append(text)
    )
    return said


def test_another_desk_is_named_and_the_library_opens_read_only(
    share, make_window, boxes, monkeypatch
):
    record_path(share).write_text(json.dumps(OTHER_DESK), encoding="utf-8")
    said = informations(monkeypatch)
    window = make_window()
    assert window.library.library is None
    assert not window.library.act_open.isEnabled()
    boxes.answers.append("Open read-only")
    window.library.offer_recovery()
    (box,) = boxes
    assert "tanaka" in box.text() and "DESK-7" in box.text()
    lib = window.library.library
    assert lib is not None and lib.read_only
    assert window.session.library is lib
    assert [s.name for s in lib.scenarios()] == ["Talks"]
    assert window.library.act_open.isEnabled()
    assert said == []  # the offer said why it is read-only
    refused: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: refused.append(text)
    )
    offered: list[str] = []  # a file instead: the save dialog (cancelled)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: offered.append(1) or ("", "")
    )
    assert not window.library.save()
    assert offered
    assert refused and "read-only" in refused[0]
    assert json.loads(record_path(share).read_text()) == OTHER_DESK  # theirs, untouched


def test_cancel_leaves_the_library_closed_without_a_second_message(
    share, make_window, boxes, monkeypatch
):
    record_path(share).write_text(json.dumps(OTHER_DESK), encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a))
    window = make_window()
    boxes.answers.append("Cancel")
    assert not window.library.offer_recovery()
    assert len(boxes) == 1 and warned == []
    assert window.library.library is None


def test_working_from_a_network_drive_is_explained_once_per_library(
    share, make_window, settings, monkeypatch, tmp_path
):
    said = informations(monkeypatch)
    window = make_window()
    assert window.library.library.share is not None  # it holds the lock record
    window.library.offer_recovery()
    assert len(said) == 1 and "network drive" in said[0] and str(share) in said[0]
    window.library.offer_recovery()
    assert len(said) == 1
    window.close()
    again = make_window()  # the next start: remembered in the settings
    again.library.offer_recovery()
    assert len(said) == 1
    other = tmp_path / "team" / "library.sqlite"
    other.parent.mkdir()
    again.library.relocate(other)
    assert len(said) == 2 and str(other) in said[1]


def test_a_local_library_is_not_explained(settings, make_window, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "local")
    said = informations(monkeypatch)
    make_window().library.offer_recovery()
    assert said == []
