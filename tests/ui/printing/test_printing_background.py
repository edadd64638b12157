"""Print and Print preview build their document off the UI thread (the brief's uncertainty
sentence, a large matrix), draw it on the UI thread, and a preview's repaints draw the document
built once instead of building it again."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtPrintSupport import QPrintPreviewWidget

from negotiator_gui.core import brief as core_brief
from negotiator_gui.ui.common.printing import pdf_printer
from negotiator_gui.ui.printing import documents
from negotiator_gui.ui.printing.documents import Kind


@pytest.fixture
def held_boards(monkeypatch):
    """``board_blocks`` made to wait for ``release``, recording the thread it ran on."""
    release = threading.Event()
    ran_on: list[threading.Thread] = []
    real = documents.board_blocks

    def blocks(s):
        ran_on.append(threading.current_thread())
        assert release.wait(30), "the test never released the build"
        return real(s)

    monkeypatch.setattr(documents, "board_blocks", blocks)
    return release, ran_on


def start_print(window, monkeypatch, kind, path):
    part = window.part("print")
    monkeypatch.setattr(part, "choose", lambda title: kind)
    monkeypatch.setattr(part, "ask_printer", lambda printer: True)
    return part, part.print_(printer=pdf_printer(path))


def test_printing_builds_off_the_ui_thread(qtbot, window, monkeypatch, tmp_path, held_boards):
    release, ran_on = held_boards
    pdf = tmp_path / "boards.pdf"
    part, task = start_print(window, monkeypatch, Kind.BOARDS, pdf)
    qtbot.waitUntil(lambda: bool(ran_on))
    assert task.running and part.printed is None  # print_ returned while the build waits
    assert ran_on[0] is not threading.main_thread()
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    assert task.state == "done" and part.printed >= 1
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Printed" in window.statusBar().currentMessage()


def test_cancelling_the_build_prints_nothing(qtbot, window, monkeypatch, tmp_path, held_boards):
    release, ran_on = held_boards
    out = tmp_path / "out"
    out.mkdir()
    part, task = start_print(window, monkeypatch, Kind.BOARDS, out / "boards.pdf")
    qtbot.waitUntil(lambda: bool(ran_on))
    task.cancel()  # the progress dialog's Cancel
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    assert task.state == "cancelled" and part.printed is None
    assert list(out.iterdir()) == []
    assert "nothing was printed" in window.statusBar().currentMessage()


def test_a_failed_build_is_a_warning_not_a_traceback(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def broken(s):
        raise RuntimeError("the boards fell over")

    monkeypatch.setattr(documents, "board_blocks", broken)
    part, task = start_print(window, monkeypatch, Kind.BOARDS, tmp_path / "b.pdf")
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    assert task.state == "failed" and part.printed is None
    assert len(shown) == 1 and "the boards fell over" in shown[0]
    assert "Traceback" not in shown[0]


def test_the_preview_repaints_without_building_again(qtbot, window, monkeypatch):
    builds: list[int] = []
    real = core_brief.build_brief

    def counted(*args, **kwargs):
        builds.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(core_brief, "build_brief", counted)
    part = window.part("print")
    monkeypatch.setattr(part, "choose", lambda title: Kind.BRIEF)
    monkeypatch.setattr(part, "show_preview", lambda d: d.show())
    task = part.preview()
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    dialog = part.dialog
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1)
    painted: list[int] = []
    dialog.paintRequested.connect(lambda p: painted.append(1))
    preview.updatePreview()  # what a page-setup change asks for: the pages drawn again
    qtbot.waitUntil(lambda: bool(painted))
    assert builds == [1]
    dialog.close()
