"""The brief's pages: the banner on every page, the draft mark and the revision line, and the
Japanese brief within the English brief's page budget (two pages at most) with nothing
overlapping; checked in the layout's own page boxes and in the PDF's text (poppler)."""

from __future__ import annotations

import copy
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtGui import QFontDatabase, QPdfWriter

from factories import small_scenario
from negotiator_gui.core.brief import build_brief
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Card, CardKind
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import scenario_path
from negotiator_gui.ui.brief import layout as bl
from negotiator_gui.ui.brief import pdf as bp
from negotiator_gui.ui.brief.pdf import write_brief

POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdfinfo"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")
REVISION = "Unsaved edits since library revision 12 of 2025-04-20"


def pages_text(pdf) -> list[str]:
    """Each page's text with every space removed (the banner is set letter-spaced)."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    pages = unicodedata.normalize("NFKC", out.decode("utf-8")).split("\f")
    return ["".join(p.split()) for p in pages if p.strip()]


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def large():
    """A scenario whose brief needs two pages: many issues and many cards."""
    s = small_scenario()
    template = s.issues[0]
    for k in range(30):
        issue = copy.deepcopy(template)
        issue.id, issue.title = f"extra{k}", f"Extra issue number {k}"
        s.issues.append(issue)
    for k in range(12):
        s.cards.append(Card(f"x{k}", "JP", CardKind.DEMAND, f"Extra demand {k} " * 4))
    return s


def check_no_overlap(b, tmp_path) -> int:
    """The layout's page boxes: blocks one under the other, inside the page below the banner."""
    c = bl.Canvas(QPdfWriter(str(tmp_path / "measure.pdf")))
    width = bl.PAGE_W - 2 * bl.MARGIN_X
    room = bl.PAGE_H - bl.MARGIN_TOP - bl.MARGIN_BOTTOM - bp.BANNER_H - bp.BANNER_GAP
    pages = bp.arrange(c, b, None)
    for n, page in enumerate(pages, 1):
        bottom = 0.0
        for block, y in page.placed:
            assert y >= bottom - 1e-6, f"page {n}: {type(block).__name__} over the one above"
            bottom = y + block.height(c, width)
        assert bottom <= room + 1e-6, f"page {n} runs into the footer"
    return len(pages)


@needs_poppler
def test_a_draft_says_so_on_every_page_with_its_revision(qapp, tmp_path):
    s = large()
    pdf = tmp_path / "draft.pdf"
    b = build_brief(s, {"autos": "keep"}, revision=REVISION, draft=True)
    assert write_brief(pdf, b) == 2
    pages = pages_text(pdf)
    assert len(pages) == 2
    for text in pages:
        assert "MINISTER'SBRIEF" in text and "DRAFT:unsavededits" in text
    assert squeeze(REVISION) in pages[0]
    assert "MINISTER'SBRIEF(continued)" in pages[1]


@needs_poppler
def test_a_saved_brief_names_its_revision_without_a_draft_mark(qapp, tmp_path):
    s = small_scenario()
    pdf = tmp_path / "saved.pdf"
    line = "Library revision 12 of 2025-04-20"
    write_brief(pdf, build_brief(s, None, revision=line, draft=False))
    text = "".join(pages_text(pdf))
    assert squeeze(line) in text and "DRAFT" not in text


def test_pages_do_not_overlap(qapp, tmp_path):
    assert check_no_overlap(build_brief(large(), {"autos": "keep"}, draft=True), tmp_path) == 2
    assert check_no_overlap(build_brief(small_scenario(), None, revision="File x"), tmp_path) == 1


@needs_poppler
@pytest.mark.parametrize("package", [None, "nash", "energy_for_autos", "us_opening"])
def test_the_japanese_brief_keeps_the_english_page_budget(qapp, tmp_path, japanese, package):
    """The shipped scenario's brief in Japanese: no more pages than in English (at most two),
    the banner on each page, nothing overlapping."""
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        pytest.skip("no font with Japanese characters is installed")
    from negotiator_gui.ui.shell import language

    s = read_scenario(scenario_path("us-japan-2025-04.scenario.json")).scenario
    choices = dict(s.package(package).choices) if package else None
    counts = {}
    for lang in ("en", "ja"):
        assert language.install(qapp, lang)
        b = build_brief(s, choices, revision=REVISION, draft=True)
        pdf = tmp_path / f"{lang}.pdf"
        counts[lang] = write_brief(pdf, b)
        assert check_no_overlap(b, tmp_path) == counts[lang]
        pages = pages_text(pdf)
        assert len(pages) == counts[lang]
        banner = squeeze(tr("MINISTER'S BRIEF"))
        for text in pages:
            assert banner in text, f"{lang}: a page without the banner"
    assert banner == "大臣向けブリーフ"  # the Japanese one, last
    assert counts["ja"] <= counts["en"] <= 2


@needs_poppler
def test_a_two_page_japanese_brief_has_the_banner_on_both(qapp, tmp_path, japanese):
    if not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        pytest.skip("no font with Japanese characters is installed")
    b = build_brief(large(), {"autos": "keep"}, revision=REVISION, draft=True)
    pdf = tmp_path / "ja.pdf"
    assert write_brief(pdf, b) == 2
    check_no_overlap(b, tmp_path)
    pages = pages_text(pdf)
    assert "大臣向けブリーフ" in pages[0] and "大臣向けブリーフ(続き)" in pages[1]
    for text in pages:
        assert "草案:未保存の編集あり" in text
