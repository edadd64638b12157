"""File → Print… and Print preview…: the boards, the options matrix and the brief drawn on a
printer (a PDF printer here), every page marked; the preview window opens on the document."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.model import CardStatus
from negotiator_gui.ui.common.printing import pdf_printer
from negotiator_gui.ui.printing.documents import Kind

POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


def pages_text(pdf) -> list[str]:
    """Each page's text (form feeds split pdftotext's pages), whitespace squeezed."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    pages = unicodedata.normalize("NFKC", out.decode("utf-8")).split("\f")
    return [" ".join(p.split()) for p in pages if p.strip()]


def page_count(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True).stdout.decode()
    return int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))


def print_to_pdf(qtbot, window, monkeypatch, kind: Kind, path) -> int:
    """Print ``kind`` to a PDF and wait until it is printed; the pages printed."""
    part = window.part("print")
    monkeypatch.setattr(part, "choose", lambda title: kind)
    monkeypatch.setattr(part, "ask_printer", lambda printer: True)
    task = part.print_(printer=pdf_printer(path))
    assert task is not None
    # the document is built in the background, then printed on the UI thread
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    assert task.state == "done", task.error
    return part.printed


def test_menu_entries_and_shortcut(window):
    part = window.part("print")
    file_actions = window.file_menu.actions()
    assert part.action in file_actions and part.preview_action in file_actions
    assert file_actions.index(part.action) < file_actions.index(window.act_quit)
    assert part.action.shortcut().toString() == "Ctrl+P"
    others = [
        a.shortcut().toString()
        for a in window.findChildren(type(part.action))
        if a is not part.action and not a.shortcut().isEmpty()
    ]
    assert "Ctrl+P" not in others
    assert window.action("print") is part.action


@needs_poppler
def test_print_the_boards(qtbot, window, monkeypatch, tmp_path):
    s = window.document.scenario
    pdf = tmp_path / "boards.pdf"
    n = print_to_pdf(qtbot, window, monkeypatch, Kind.BOARDS, pdf)
    assert n == page_count(pdf) >= 1
    pages = pages_text(pdf)
    assert len(pages) == n
    for k, text in enumerate(pages, 1):
        assert "CONFIDENTIAL" in text and f"Page {k} of {n}" in text
    whole = " ".join(pages)
    for card in s.cards:  # every card, on whichever board and page
        assert " ".join(card.title.split())[:30] in whole, card.title
    for party in s.negotiators():
        assert f"Board of {party.name}" in whole
    assert ("Rejected / withdrawn" in whole) == any(
        c.status in (CardStatus.REJECTED, CardStatus.WITHDRAWN) for c in s.cards
    )


@needs_poppler
def test_print_the_matrix_lists_the_solutions_and_the_zopa_first(
    qtbot, window, monkeypatch, tmp_path
):
    pdf = tmp_path / "matrix.pdf"
    n = print_to_pdf(qtbot, window, monkeypatch, Kind.MATRIX, pdf)
    assert n == page_count(pdf) >= 1
    pages = pages_text(pdf)
    assert all("CONFIDENTIAL" in p for p in pages)
    first = pages[0]
    assert "Candidate packages" in first
    rows = first[first.index("Settled as JP US") + len("Settled as JP US") :].lstrip()
    # the first row is a bargaining solution, and the ZOPA's "yes" rows come before any "no"
    assert any(rows.startswith(name) for name in bg.SOLUTION_NAMES.values()), rows[:80]
    flags = [w for w in rows.split() if w in ("yes", "no")]
    assert flags and flags == sorted(flags, key=lambda w: w == "no")


@needs_poppler
def test_print_the_brief_is_the_exported_brief(qtbot, window, monkeypatch, tmp_path):
    s = window.document.scenario
    window.panel("package-builder").set_choices(dict(s.package("nash").choices))
    pdf = tmp_path / "brief.pdf"
    n = print_to_pdf(qtbot, window, monkeypatch, Kind.BRIEF, pdf)
    assert 1 <= n <= 2 and page_count(pdf) == n
    pages = pages_text(pdf)
    for text in pages:
        assert "MINISTER" in text.replace(" ", "")
    assert s.title in pages[0] and "Not saved yet: a draft" in pages[0]
    assert "DRAFT" in pages[0]


def test_cancelled_choice_prints_nothing(qtbot, window, monkeypatch, tmp_path):
    part = window.part("print")
    monkeypatch.setattr(part, "choose", lambda title: None)
    asked = []
    monkeypatch.setattr(part, "ask_printer", lambda printer: asked.append(printer) or True)
    assert part.print_(printer=pdf_printer(tmp_path / "x.pdf")) is None
    assert not asked and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("kind", list(Kind))
def test_print_preview_opens_on_the_document(window, monkeypatch, qtbot, kind):
    part = window.part("print")
    monkeypatch.setattr(part, "choose", lambda title: kind)
    shown: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(part, "show_preview", lambda d: (shown.append(d), d.show()))
    if kind is Kind.BRIEF:
        window.panel("package-builder").set_choices(
            dict(window.document.scenario.package("nash").choices)
        )
    task = part.preview()
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)  # built in the background
    dialog = part.dialog
    assert shown == [dialog]
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.printer() is part.preview_printer
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() >= 1)
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_chooser_offers_the_three_documents(window, qtbot):
    from negotiator_gui.ui.printing.actions import Chooser

    dialog = Chooser(window, "Print", Kind.MATRIX)
    qtbot.addWidget(dialog)
    assert set(dialog.buttons) == set(Kind)
    assert dialog.kind() is Kind.MATRIX
    dialog.buttons[Kind.BRIEF].click()
    assert dialog.kind() is Kind.BRIEF


@needs_poppler
def test_the_printed_brief_follows_the_document_saved_then_edited(
    qtbot, window, monkeypatch, tmp_path
):
    from negotiator_gui.core import edits

    doc = window.document
    doc.save_file(tmp_path / "talks.scenario.json")
    pdf = tmp_path / "saved.pdf"
    print_to_pdf(qtbot, window, monkeypatch, Kind.BRIEF, pdf)
    text = " ".join(pages_text(pdf))
    assert "File talks.scenario.json" in text and "DRAFT" not in text
    card = doc.scenario.cards[0]
    doc.push(edits.set_field(doc.scenario, "card", card.id, "title", "A new title"))
    pdf = tmp_path / "edited.pdf"
    n = print_to_pdf(qtbot, window, monkeypatch, Kind.BRIEF, pdf)
    pages = pages_text(pdf)
    assert "Unsaved edits to file talks.scenario.json" in pages[0]
    assert len(pages) == n and all("DRAFT: unsaved edits" in p for p in pages)
