"""The workbook on paper: the sheets are set up for the paper asked (A4 unless a US-Letter
locale), with print titles, fit to one page wide, and a confidentiality header and footer on
every sheet; the Packages sheet lists the recommended packages and the ZOPA first. LibreOffice
prints it: every page of its PDF is A4 and carries the header."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import openpyxl
import pytest

from negotiator_gui.cli import main as cli_main
from negotiator_gui.core.paper import paper_for, system_paper
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel import matrix_for, write_workbook

NOW = dt.datetime(2025, 4, 20, 9, 30)
#: Excel's paper codes, from the OOXML standard (ECMA-376 §18.3.1.63), not from the writer.
A4_CODE, LETTER_CODE = 9, 1
#: A4 and US Letter in PostScript points (1/72 inch): 210 × 297 mm and 8.5 × 11 in.
A4_PT = (210 / 25.4 * 72, 297 / 25.4 * 72)
LETTER_PT = (8.5 * 72, 11 * 72)
POPPLER = shutil.which("pdftotext") is not None


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US.UTF-8", "letter"),
        ("en-CA", "letter"),
        ("es_MX", "letter"),
        ("English_United States", "letter"),
        ("ja_JP.UTF-8", "a4"),
        ("en_GB", "a4"),
        ("de_DE@euro", "a4"),
        ("en", "a4"),
        ("C", "a4"),
        ("", "a4"),
        (None, "a4"),
    ],
)
def test_paper_for_a_locale(name, paper):
    assert paper_for(name) == paper


def test_system_paper_follows_the_environment(monkeypatch):
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert system_paper() == "letter"
    monkeypatch.setenv("LC_ALL", "ja_JP.UTF-8")  # LC_ALL overrides LC_PAPER
    assert system_paper() == "a4"


@pytest.mark.parametrize(("paper", "code"), [("a4", A4_CODE), ("letter", LETTER_CODE)])
def test_every_sheet_prints_on_the_paper_asked_with_the_marks(tmp_path, april, paper, code):
    out = tmp_path / "m.xlsx"
    write_workbook(out, april, now=NOW, paper=paper)
    wb = openpyxl.load_workbook(out)
    assert len(wb.worksheets) == 9  # Ranges included
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == code, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.oddHeader.left.text == f"CONFIDENTIAL — {april.title}", ws.title
        assert "Confidential" in (ws.oddFooter.center.text or ""), ws.title
        assert ws.oddFooter.right.text == "Page &P of &N"


def test_an_unknown_paper_is_refused(tmp_path, teaching):
    with pytest.raises(ValueError, match="paper"):
        write_workbook(tmp_path / "m.xlsx", teaching, paper="a3")


def test_an_ampersand_in_the_title_is_not_a_header_code(tmp_path, teaching):
    import copy

    s = copy.deepcopy(teaching)
    s.title = "Rice & autos"
    write_workbook(tmp_path / "m.xlsx", s, now=NOW)
    ws = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[0]
    assert ws.oddHeader.left.text == "CONFIDENTIAL — Rice && autos"


def test_the_cli_writes_the_paper_asked(tmp_path, capsys):
    from negotiator_gui.paths import scenario_path

    out = tmp_path / "m.xlsx"
    src = scenario_path("teaching-3-issues.scenario.json")
    assert cli_main(["export", str(src), "--xlsx", str(out), "--paper", "letter"]) == 0
    wb = openpyxl.load_workbook(out)
    assert {int(ws.page_setup.paperSize) for ws in wb.worksheets} == {LETTER_CODE}


def test_packages_list_the_recommended_then_the_zopa_first(tmp_path, april):
    """The first rows of the Packages sheet (its first printed page) are the bargaining
    solutions, then the other packages in the ZOPA; before, they were the packages best for
    us, all outside the ZOPA."""
    out = tmp_path / "m.xlsx"
    write_workbook(out, april, now=NOW)
    ws = openpyxl.load_workbook(out)[L.PACKAGES]
    rows = list(ws.iter_rows(values_only=True))
    k = next(i for i, r in enumerate(rows) if r[0] == "Package")
    listed = [r[0] for r in rows[k + 1 :] if r[0] and r[1] is not None]
    m = matrix_for(april)
    by_label = {r.label: r for r in m.packages}
    solutions = {"nash", "kalai_smorodinsky", "egalitarian", "utilitarian"}
    groups = [
        0 if solutions & set(by_label[x].kinds) else 1 if by_label[x].in_zopa else 2 for x in listed
    ]
    assert groups == sorted(groups)
    assert groups[0] == 0 and 1 in groups and 2 in groups  # the case shows all three groups
    for g in (0, 1, 2):
        jp = [by_label[x].utilities["JP"] for x, gx in zip(listed, groups, strict=True) if gx == g]
        assert jp == sorted(jp, reverse=True)


# -- printed by LibreOffice --------------------------------------------------------------------


def _pdf_pages(pdf) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))


def _media_boxes(pdf) -> list[tuple[float, float]]:
    """The size of each page's MediaBox, in points (the page tree's own box left out)."""
    raw = pdf.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]", raw)
    sizes = [(float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in boxes]
    return sizes[-_pdf_pages(pdf) :]


@pytest.mark.slow
@pytest.mark.office
@pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext) is not installed")
@pytest.mark.parametrize(("paper", "size"), [("a4", A4_PT), ("letter", LETTER_PT)])
def test_libreoffice_prints_every_page_on_the_paper_with_the_header(
    tmp_path, april, libreoffice, paper, size
):
    book = tmp_path / f"april-{paper}.xlsx"
    write_workbook(book, april, now=NOW, paper=paper)
    (pdf,) = libreoffice([book], tmp_path / "pdf", tmp_path / "profile", fmt="pdf")
    pages = _pdf_pages(pdf)
    assert pages > 8  # every sheet, the long ones over several pages
    boxes = _media_boxes(pdf)
    assert len(boxes) == pages
    for w, h in boxes:
        assert sorted((w, h)) == pytest.approx(sorted(size), abs=0.5)
    header = f"CONFIDENTIAL — {april.title}"
    for n in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
            check=True,
            capture_output=True,
        ).stdout.decode("utf-8")
        assert header in text, f"page {n} has no confidentiality header"
        assert re.search(r"Page \d+ of \d+", text), f"page {n} has no page number"
