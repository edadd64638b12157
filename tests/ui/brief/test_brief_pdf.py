"""File → Export brief…: the PDF is written through the action, replaces an older file only
when complete, shows an error instead of a traceback, and its pages, rendered with poppler, are
not blank, number one or two, and carry the scenario's title and parties (in Japanese too)."""

from __future__ import annotations

import copy
import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QFontDatabase, QImage
from PySide6.QtWidgets import QMessageBox

from factories import small_scenario
from negotiator_gui.core.brief import build_brief
from negotiator_gui.core.model import Card, CardKind, Issue, Option
from negotiator_gui.ui.brief import export as brief_ui
from negotiator_gui.ui.brief.pdf import write_brief

POPPLER = all(shutil.which(tool) for tool in ("pdftoppm", "pdftotext", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")


def has_japanese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))


# -- helpers -----------------------------------------------------------------------------------


def pages_of(pdf: Path, out: Path) -> list[QImage]:
    """Each page rendered at 50 dpi with pdftoppm."""
    out.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(out / "page")], check=True)
    return [QImage(str(p)) for p in sorted(out.glob("page*.png"))]


def grey(img: QImage) -> np.ndarray:
    g = img.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = np.frombuffer(g.constBits(), np.uint8).reshape(g.height(), g.bytesPerLine())
    return raw[:, : g.width()].copy()


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    # a font may map a kanji to its look-alike radical (⽉ for 月): compare the normal forms
    return unicodedata.normalize("NFKC", out.decode("utf-8"))


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True).stdout.decode()
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def check_not_blank(pages: list[QImage]) -> None:
    assert 1 <= len(pages) <= 2
    for k, img in enumerate(pages):
        px = grey(img)
        inked = float((px < 235).mean())
        assert inked > 0.02, f"page {k + 1} is nearly blank ({inked:.3f} inked)"
        if k == 0:  # the title block: a dark band and dark title text
            top = px[: px.shape[0] // 7]
            assert float((top < 100).mean()) > 0.03


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    """Message boxes shown (title: text), instead of showing them."""
    shown: list[str] = []

    def fake_exec(box):
        shown.append(f"{box.windowTitle()}: {box.text()} {box.informativeText()}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def save_to(monkeypatch, window, path) -> list[str]:
    asked: list[str] = []

    def ask(suggested: str) -> str:
        asked.append(suggested)
        return str(path)

    monkeypatch.setattr(window.part("brief-export"), "ask_path", ask)
    return asked


# -- the action --------------------------------------------------------------------------------


def test_menu_entry(window):
    act = window.part("brief-export").action
    assert act in window.file_menu.actions()
    assert act.shortcut().toString() == brief_ui.SHORTCUT
    assert act.toolTip() and act.text().startswith("Export")
    shortcuts = [
        a.shortcut().toString()
        for a in window.findChildren(type(act))
        if a is not act and not a.shortcut().isEmpty()
    ]
    assert brief_ui.SHORTCUT not in shortcuts


@needs_poppler
def test_export_default_scenario_with_the_nash_package(qtbot, window, monkeypatch, tmp_path, boxes):
    s = window.document.scenario
    window.panel("package-builder").set_choices(dict(s.package("nash").choices))
    assert window.session.package.value == dict(s.package("nash").choices)
    edits_before = window.document.stack.names()  # choosing the package is an edit; exporting not
    out = tmp_path / "out"
    out.mkdir()
    asked = save_to(monkeypatch, window, out / "minister")  # no suffix: .pdf is added
    window.part("brief-export").action.trigger()
    task = window.part("brief-export").task
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    pdf = out / "minister.pdf"
    assert asked == ["us-japan-2025-04-brief.pdf"]
    assert not boxes and pdf.is_file()
    assert list(out.glob(".*.tmp")) == []
    assert "Wrote the brief" in window.statusBar().currentMessage()
    assert window.settings.value(brief_ui.SETTING_FOLDER) == str(out)
    pages = pages_of(pdf, tmp_path / "png")
    check_not_blank(pages)
    assert page_count(pdf) == len(pages) == 1  # the default scenario fits on one page
    text = text_of(pdf)
    for expected in (s.title, "United States", "Japan", s.package("nash").name, "BATNA"):
        assert expected in text
    assert window.document.stack.names() == edits_before


def test_overwrites_only_a_complete_file(window, monkeypatch, tmp_path, boxes, export_brief):
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"old brief")
    save_to(monkeypatch, window, pdf)
    assert export_brief() == pdf
    assert pdf.read_bytes().startswith(b"%PDF") and not boxes
    # a failing write leaves the older file as it was and says why, without a traceback
    pdf.write_bytes(b"old brief")

    def broken(path, brief, timeline_image=None):
        Path(path).write_bytes(b"half")
        raise RuntimeError("the printer caught fire")

    monkeypatch.setattr(brief_ui, "write_brief", broken)
    assert export_brief() is None
    assert pdf.read_bytes() == b"old brief"
    assert list(tmp_path.glob(".*.tmp")) == []
    assert len(boxes) == 1 and "the printer caught fire" in boxes[0]
    assert "Traceback" not in boxes[0]


def test_unwritable_folder_shows_an_error(window, monkeypatch, tmp_path, boxes, export_brief):
    save_to(monkeypatch, window, tmp_path / "no-such-folder" / "brief.pdf")
    assert export_brief() is None
    assert len(boxes) == 1 and "Cannot export the brief" in boxes[0]
    assert "brief.pdf" in boxes[0]


def test_cancelled_dialog_writes_nothing(window, monkeypatch, tmp_path, boxes, export_brief):
    monkeypatch.setattr(window.part("brief-export"), "ask_path", lambda suggested: "")
    assert export_brief() is None
    assert list(tmp_path.glob("*.pdf")) == [] and not boxes


# -- the PDF itself ----------------------------------------------------------------------------


@needs_poppler
def test_small_scenario_without_a_package(qapp, tmp_path):
    s = small_scenario()
    pdf = tmp_path / "small.pdf"
    assert write_brief(pdf, build_brief(s, None)) == 1
    check_not_blank(pages_of(pdf, tmp_path / "png"))
    text = text_of(pdf)
    assert s.title in text and "No package chosen yet" in text
    assert "United States" in text and "Japan" in text


@needs_poppler
def test_japanese_text_comes_back(qapp, tmp_path):
    if not has_japanese_font():
        pytest.skip("no font with Japanese characters is installed")
    s = small_scenario()
    s.title = "日米関税交渉：七月の合意案"
    s.party("JP").name = "日本"
    s.party("US").name = "米国"
    pdf = tmp_path / "ja.pdf"
    write_brief(pdf, build_brief(s, dict(s.package("pkg-july").choices)))
    check_not_blank(pages_of(pdf, tmp_path / "png"))
    text = text_of(pdf)
    for expected in ("日米関税交渉", "七月の合意案", "日本", "米国", "自動車関税を15 %に"):
        assert unicodedata.normalize("NFKC", expected) in text


@needs_poppler
def test_a_large_scenario_stops_at_two_pages(qapp, tmp_path):
    s = small_scenario()
    template = s.issues[0]
    for k in range(60):
        issue = copy.deepcopy(template)
        issue.id, issue.title = f"extra{k}", f"Extra issue number {k}"
        s.issues.append(issue)
    s.issues.append(Issue("empty", "An issue with options", [Option("a", "A")]))
    for k in range(40):
        s.cards.append(Card(f"x{k}", "JP", CardKind.DEMAND, f"Extra demand {k} " * 4))
    pdf = tmp_path / "large.pdf"
    assert write_brief(pdf, build_brief(s, {"autos": "keep"})) == 2
    pages = pages_of(pdf, tmp_path / "png")
    check_not_blank(pages)
    assert page_count(pdf) == 2
    text = text_of(pdf)
    # the issue list is cut short so that every other section still has its place
    assert "and 40 more (see the application)" in text
    for heading in ("Utility against the BATNA", "Key economic indicators", "Boards"):
        assert heading in text
    assert "Page 2 of 2" in text


def test_overflow_is_cut_short_on_the_second_page(qapp, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from negotiator_gui.ui.brief import layout as bp

    canvas = bp.Canvas(QPdfWriter(str(tmp_path / "unused.pdf")))
    rows = [[f"row {k}", "value"] for k in range(300)]
    blocks = [bp.Heading("Big"), bp.Table([bp.Column("a", 1), bp.Column("b", 1)], rows)]
    blocks += [bp.Heading("After"), bp.Paragraph("never shown")]
    pages = bp.paginate(canvas, blocks, 170.0, 260.0)
    assert len(pages) == 2
    first, second = ([type(b).__name__ for b, _ in p.placed] for p in pages)
    assert first == ["Heading", "Table"] and second == ["Heading", "Table"]
    last = pages[1].placed[-1][0]
    shown = len(pages[0].placed[1][0].rows) + len(last.rows)
    assert last.more == 300 - shown > 0
    assert pages[1].placed[0][0].text == "Big (continued)"


@needs_poppler
def test_a_chart_image_can_stand_in_for_the_drawn_timeline(qapp, tmp_path):
    img = QImage(900, 320, QImage.Format.Format_RGB32)
    img.fill(QColor("#0072B2"))
    pdf = tmp_path / "image.pdf"
    write_brief(pdf, build_brief(small_scenario(), None), timeline_image=img)
    px = grey(pages_of(pdf, tmp_path / "png")[0])
    blue = float((np.abs(px.astype(int) - 95) < 25).mean())  # the image's grey level
    assert blue > 0.05
