"""The workbook being written, as every sheet builder sees it: the scenario, its options
matrix and trade model, the openpyxl write-only workbook with its sheets and styles, the cells
that formulas on other sheets point at, the notes the sheets add for the About sheet, and the
set-up every sheet shares (print set-up with a header and footer, title rows, coverage rows,
defined names).

Its own module so that the builders of the live sheets (``workbook``) and of the context sheets
(``sheets``) both depend on it, and not on each other.
"""

from __future__ import annotations

import datetime as dt

from openpyxl import Workbook
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.page import PageMargins

from negotiator_gui.core.i18n import local, tr
from negotiator_gui.core.impact import Prepared
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.options_matrix import OptionsMatrix, PackageRow
from negotiator_gui.core.paper import A4, LETTER, PAPERS
from negotiator_gui.core.redact import redaction_note
from negotiator_gui.core.text import safe_text
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel.layout import Sheet, Styles, col
from negotiator_gui.io.scenario_writer import content_hash

#: openpyxl's (and Excel's) paper size codes.
PAPER_CODES = {A4: 9, LETTER: 1}
#: Longest user text in a page header (Excel allows 255 characters per header or footer).
HEADER_TEXT = 100


def _hf(text: str) -> str:
    """Header/footer text: safe characters, not too long, and ``&`` (which starts a control
    code there) doubled."""
    if len(text) > HEADER_TEXT:
        text = text[: HEADER_TEXT - 1] + "…"
    return safe_text(text).replace("&", "&&")


class Book:
    """A workbook being written (see the module's docstring)."""

    def __init__(
        self,
        s: Scenario,
        m: OptionsMatrix,
        prep: Prepared | None,
        redacted: bool,
        revision: str | None,
        now: dt.datetime,
        font: str = L.DEFAULT_FONT,
        paper: str = A4,
        with_ranges: bool = True,
    ) -> None:
        if paper not in PAPERS:
            raise ValueError(f"paper must be one of {PAPERS}, not {paper!r}")
        self.paper = paper
        self.s, self.m, self.prep = s, m, prep
        self.redacted, self.revision, self.now = redacted, revision, now
        self.hash = content_hash(s)
        self.notes: list[str] = list(m.notes)
        self.wb = Workbook(write_only=True)
        L.workbook_font(self.wb, font)
        names = (
            L.ABOUT,
            L.OPTIONS,
            L.PACKAGES,
            L.CHART,
            L.GRID,
            L.IMPACT,
            L.TARIFFS,
            L.BOARDS,
            *((L.RANGES,) if with_ranges else ()),
        )
        #: Whether the book has a Ranges sheet: not in a redacted copy that leaves the other
        #: side's ranges out, so that importing it leaves the scenario's ranges as they are.
        self.with_ranges = with_ranges
        #: keyed by the English name; titled in the export's language
        self.ws = {n: self.wb.create_sheet(L.local(n)) for n in names}
        self.options_ref = L.sheet_ref(L.local(L.OPTIONS))
        self.styles = Styles(self.ws[L.ABOUT], font)
        negotiators = [p.id for p in s.negotiators()]
        self.negotiators = sorted(negotiators, key=lambda p: p != s.perspective)
        # parties with utilities, ours first
        self.parties = sorted(m.parties, key=lambda p: p != s.perspective)
        self.issues = {i.id: i for i in s.issues}
        self.labels = {(i.id, o.id): local(o, "label") for i in s.issues for o in i.options}
        self.weighted_cell: dict[tuple[str, str, str], str] = {}  # (party, issue, option) -> ref
        self.reservation_cell: dict[str, tuple[int, int]] = {}  # party -> (row, column)
        self.package_rows: list[PackageRow] = []
        self.package_first = 0
        self.utility_col: dict[str, int] = {}

    def sheet(self, name: str, text_style: str = "text") -> Sheet:
        return Sheet(self.ws[name], self.styles, text_style)

    # -- shared sheet set-up ---------------------------------------------------------------

    def page_setup(
        self, ws, header_rows: str | None, freeze: str | None, landscape: bool = True
    ) -> None:
        """Print set-up: the book's paper, landscape, fit to one page wide, header rows
        repeated on every page, and a header and footer on every page that mark the copy
        confidential and say what it is and where it came from."""
        ws.page_setup.paperSize = PAPER_CODES[self.paper]
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7)
        if header_rows:
            ws.print_title_rows = header_rows
        if freeze:
            ws.freeze_panes = freeze
        hf = ws.HeaderFooter
        confidential = tr("CONFIDENTIAL — {scenario}").replace("&", "&&")
        hf.oddHeader.left.text = confidential.format(scenario=_hf(local(self.s, "title")))
        hf.oddHeader.left.size = 8
        hf.oddHeader.left.font = "-,Bold"
        hf.oddHeader.right.text = _hf(tr("REDACTED COPY")) if self.redacted else "&A"
        hf.oddHeader.right.size = 8
        if self.redacted:
            hf.oddHeader.right.color = "C00000"
        hf.oddFooter.left.text = _hf(
            tr("Exported {when} · hash {hash}").format(
                when=f"{self.now:%Y-%m-%d %H:%M}", hash=self.hash[:12]
            )
        )
        hf.oddFooter.left.size = 8
        hf.oddFooter.center.text = tr("Confidential: for the negotiating team only").replace(
            "&", "&&"
        )
        hf.oddFooter.center.size = 8
        hf.oddFooter.right.text = tr("Page {page} of {pages}").format(page="&P", pages="&N")
        hf.oddFooter.right.size = 8

    def title_rows(self, sh: Sheet, title: str, subtitle: str) -> None:
        sh.add((title, "title"))
        sh.add((subtitle, "subtitle"))
        if self.redacted:
            sh.add(
                (
                    tr("Redacted copy: {note}.").format(
                        note=redaction_note(self.s, keep_ranges=True)
                    ),
                    "warn",
                )
            )
        else:
            sh.blank()

    def coverage_rows(self, sh: Sheet) -> None:
        """What the flow table covers of the balance the indicators show, and the warning
        (in red) when one direction is badly under-covered: beside every balance."""
        coverage, warning = self.m.coverage or ("", None)
        if coverage:
            sh.add((coverage, "note"))
        if warning:
            sh.add((warning, "warn"))
        if coverage or warning:
            sh.blank()

    def define_name(self, name: str, sheet: str, row: int, column: int) -> None:
        ref = f"{L.sheet_ref(L.local(sheet))}!${col(column)}${row}"
        self.wb.defined_names[name] = DefinedName(name, attr_text=ref)
