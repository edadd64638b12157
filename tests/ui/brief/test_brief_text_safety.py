"""Text no PDF can carry (C0 control characters other than tab, LF and CR, U+FFFE, U+FFFF,
unpaired surrogates) in a scenario's texts reaches the brief as U+FFFD: nothing drawn on a page
and nothing in the document's properties holds one. A PDF that does not read back complete is
not put in place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QMessageBox

from factories import small_scenario
from negotiator_gui.app.document import Document
from negotiator_gui.core.brief import build_brief
from negotiator_gui.io.atomic_write import OutputCheckError
from negotiator_gui.ui.brief import export as brief_ui
from negotiator_gui.ui.brief import layout as brief_layout
from negotiator_gui.ui.brief import pdf as brief_pdf
from negotiator_gui.ui.shell.main_window import MainWindow

FORBIDDEN_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
BAD = "\x07bell\x1b\ufffe\udc00"


def _recording(monkeypatch) -> tuple[list[str], list[str]]:
    """Texts drawn on the pages and document properties set, recorded as the PDF is made."""
    drawn: list[str] = []
    properties: list[str] = []

    class Painter(QPainter):
        def drawText(self, *args):
            drawn.extend(a for a in args if isinstance(a, str))
            return super().drawText(*args)

    class Writer(QPdfWriter):
        def setTitle(self, title):
            properties.append(title)
            return super().setTitle(title)

        def setCreator(self, creator):
            properties.append(creator)
            return super().setCreator(creator)

    monkeypatch.setattr(brief_layout, "QPainter", Painter)
    monkeypatch.setattr(brief_layout, "QPdfWriter", Writer)
    return drawn, properties


def test_forbidden_characters_are_drawn_as_u_fffd(qapp, tmp_path, monkeypatch):
    s = small_scenario()
    s.title = "Title " + BAD
    for p in s.parties:
        p.name += BAD
        p.batna += BAD
    for issue in s.issues:
        issue.title += BAD
        for o in issue.options:
            o.label += BAD
    for c in s.cards:
        c.title += BAD
    package = s.package("pkg-july")
    package.name += BAD
    drawn, properties = _recording(monkeypatch)
    pdf = tmp_path / "brief.pdf"
    pages = brief_pdf.write_brief(pdf, build_brief(s, dict(package.choices)))
    assert pages in (1, 2)
    assert drawn and properties
    assert [t for t in drawn + properties if FORBIDDEN_RE.search(t)] == []
    safe = "\ufffdbell\ufffd\ufffd\ufffd"
    assert any(t.startswith("Title " + safe) for t in drawn)
    assert any(safe in t for t in properties)
    assert sum(safe in t for t in drawn) >= 5  # parties, issues, options, cards …
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def test_check_pdf_refuses_a_cut_short_file(tmp_path):
    pdf = tmp_path / "cut.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 5000)
    with pytest.raises(OutputCheckError, match="cannot be read back"):
        brief_layout.check_pdf(pdf)


def test_a_brief_that_does_not_read_back_is_not_put_in_place(qtbot, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("library/path", str(tmp_path / "library.db"))
    window = MainWindow(Document.default(), settings)

    def before_close(win: MainWindow) -> None:
        win.panel("package-builder").runner.wait()
        win.document.stack.set_clean()

    qtbot.addWidget(window, before_close_func=before_close)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Ok
    )
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "brief.pdf"
    pdf.write_bytes(b"older brief")
    monkeypatch.setattr(window.part("brief-export"), "ask_path", lambda suggested: str(pdf))

    def cut_short(path, brief, timeline_image=None):
        Path(path).write_bytes(b"%PDF-1.4 and then the disk went away")
        brief_layout.check_pdf(Path(path))
        return 1

    monkeypatch.setattr(brief_ui, "write_brief", cut_short)
    part = window.part("brief-export")
    task = part.export()
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    assert part.written is None
    assert pdf.read_bytes() == b"older brief"
    assert [p.name for p in out.iterdir()] == ["brief.pdf"]
    assert len(shown) == 1 and "not written" in shown[0] and "Traceback" not in shown[0]
