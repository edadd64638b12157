"""What File → Print… prints: the boards, the options matrix or the minister's brief, drawn on
a printer (or a PDF printer) with the brief's page layout engine (``ui.brief.layout``).

The brief is the exported brief, drawn by the same code (``ui.brief.pdf``). The boards and
the matrix are tables over as many pages as they need, each page with a banner that marks it
confidential and names the scenario, and a footer with the page number; the matrix lists its
packages in reading order (``options_matrix.reading_order``: the recommended ones first, then
the ZOPA), so the first page is the one worth reading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont
from PySide6.QtPrintSupport import QPrinter

from negotiator_gui import __version__
from negotiator_gui.app.session import Session
from negotiator_gui.core import brief as cb
from negotiator_gui.core import options_matrix
from negotiator_gui.core.i18n import local, number, tr
from negotiator_gui.core.labels import party_name
from negotiator_gui.core.model import Scenario
from negotiator_gui.ui.boards.board import LANES
from negotiator_gui.ui.brief import layout as bl
from negotiator_gui.ui.brief import pdf as brief_pdf
from negotiator_gui.ui.brief.export import brief_source
from negotiator_gui.ui.printing.kinds import Kind

BANNER_H, BANNER_GAP = 7.0, 2.2


def prepare(printer: QPrinter) -> None:
    """Print on A4 portrait without the printer's margins: the layout draws its own, as the
    exported brief does."""
    printer.setFullPage(True)
    printer.setPageLayout(bl.a4_layout())


@dataclass(frozen=True)
class Prepared:
    """A document ready to draw: the brief, or the tables of the boards or the matrix, with the
    scenario revision they show (for the page marks) and the printer's document name."""

    kind: Kind
    scenario: Scenario
    title: str
    brief: cb.Brief | None = None
    blocks: list[bl.Block] = field(default_factory=list)


def source(kind: Kind, session: Session) -> Callable[[], Prepared]:
    """What ``kind`` needs, taken now on the UI thread (the revision's read-only copy; for the
    brief, its package and revision line), and the function that builds it on any thread: the
    brief's uncertainty sentence and the matrix of a large space take up to seconds."""
    s = session.document.frozen()
    if kind is Kind.BRIEF:
        build_brief = brief_source(session)

        def brief() -> Prepared:
            b = build_brief()
            return Prepared(kind, s, tr("Minister's brief: {title}").format(title=b.title), b)

        return brief
    if kind is Kind.BOARDS:

        def boards() -> Prepared:
            title = tr("Boards — {title}").format(title=local(s, "title"))
            return Prepared(kind, s, title, blocks=board_blocks(s))

        return boards

    def matrix() -> Prepared:
        title = tr("Options matrix — {title}").format(title=local(s, "title"))
        return Prepared(kind, s, title, blocks=matrix_blocks(s))

    return matrix


def draw(doc: Prepared, printer: QPrinter) -> int:
    """Draw a prepared document on ``printer`` (on the UI thread); the number of pages (-1: the
    printer could not be painted on)."""
    prepare(printer)
    printer.setDocName(doc.title)
    b = doc.brief
    if b is not None:
        return bl.draw_pages(
            printer,
            lambda c: brief_pdf.arrange(c, b, None),
            lambda c, n, pages: brief_pdf.draw_footer(c, b, n, pages),
            brief_pdf.BANNER_H + brief_pdf.BANNER_GAP,
        )
    return draw_tables(printer, doc.scenario, doc.title, doc.blocks)


def render(kind: Kind, session: Session, printer: QPrinter) -> int:
    """Build ``kind`` of the session's document and draw it on ``printer``, both on the calling
    thread; the number of pages (-1: the printer could not be painted on)."""
    return draw(source(kind, session)(), printer)


def draw_tables(printer: QPrinter, s: Scenario, title: str, blocks: list[bl.Block]) -> int:
    """``blocks`` over as many pages as they need, each page marked confidential."""
    height = bl.PAGE_H - bl.MARGIN_TOP - bl.MARGIN_BOTTOM - BANNER_H - BANNER_GAP
    width = bl.PAGE_W - 2 * bl.MARGIN_X

    def place(c: bl.Canvas) -> list[bl.Page]:
        return bl.paginate(c, blocks, width, height, most=None)

    return bl.draw_pages(printer, place, page_marks(s, title), BANNER_H + BANNER_GAP)


def page_marks(s: Scenario, title: str) -> Callable[[bl.Canvas, int, int], None]:
    """Every page's banner (CONFIDENTIAL and what this is) and footer (scenario, page)."""

    def draw(c: bl.Canvas, page: int, pages: int) -> None:
        x, y, width = bl.MARGIN_X, bl.MARGIN_TOP, bl.PAGE_W - 2 * bl.MARGIN_X
        c.fill(x, y, width, BANNER_H, bl.NAVY)
        f = QFont(c.font(8.5, True))
        mark = tr("CONFIDENTIAL")
        c.text(x + 3, y, width - 6, BANNER_H, mark, f, QColor("white"), wrap=False)
        used = 3 + c.text_width(mark, f) + 4
        c.text(
            x + used, y, width - used - 3, BANNER_H, title, c.font(8), QColor("#D8E1EA"), wrap=False
        )
        fy = bl.PAGE_H - bl.MARGIN_BOTTOM + 5.0
        c.line(x, fy, x + width, fy, bl.RULE, 0.2)
        left = tr("{title} · scenario {id} · Negotiator {version}").format(
            title=local(s, "title"), id=s.id, version=__version__
        )
        c.text(x, fy + 0.8, width * 0.75, 4, left, c.font(7), bl.GREY, wrap=False)
        c.text(
            x,
            fy + 0.8,
            width,
            4,
            tr("Page {n} of {total}").format(n=page, total=pages),
            c.font(7),
            bl.GREY,
            bl.RIGHT,
            wrap=False,
        )

    return draw


# -- the boards --------------------------------------------------------------------------------


def board_blocks(s: Scenario) -> list[bl.Block]:
    """Each negotiator's board: a table per lane, cards in their board order."""
    issues = {i.id: i for i in s.issues}
    blocks: list[bl.Block] = []
    cols = [
        bl.Column(tr("Card"), 44),
        bl.Column(tr("Kind"), 14),
        bl.Column(tr("Priority"), 10),
        bl.Column(tr("Issue and option"), 32),
    ]
    for party in s.negotiators():
        cards = [c for c in s.cards if c.party == party.id]
        blocks.append(
            bl.Heading(
                tr("Board of {party}").format(party=party_name(s, party.id)),
                tr("Cards: {n}").format(n=number(len(cards))),
            )
        )
        if not cards:
            blocks.append(bl.Paragraph(tr("No cards.")))
        for lane, statuses in LANES:
            in_lane = sorted((c for c in cards if c.status in statuses), key=lambda c: c.order)
            if not in_lane:
                continue
            blocks.append(bl.Paragraph(tr(lane), 8.5, bl.INK, bold=True, pad=1.0))
            rows: list[list[bl.Cell]] = []
            for card in in_lane:
                issue = issues.get(card.issue)
                where = local(issue, "title") if issue else ""
                opt = (
                    next((o for o in issue.options if o.id == card.option), None) if issue else None
                )
                if opt is not None:
                    where += " → " + local(opt, "label")
                rows.append(
                    [
                        local(card, "title"),
                        cb.kind_label(card.kind),
                        cb.priority_label(card.priority),
                        where,
                    ]
                )
            blocks.append(bl.Table(cols, rows, 7.8))
        blocks.append(bl.Gap(3.0))
    if not blocks:
        blocks.append(bl.Paragraph(tr("The scenario has no negotiating parties.")))
    return blocks


# -- the options matrix ------------------------------------------------------------------------


def matrix_blocks(s: Scenario) -> list[bl.Block]:
    """The candidate packages (recommended first, then the ZOPA, then the rest) with each
    side's utility and flags, then every option's scores and weighted values."""
    m = options_matrix.build(s, with_indicators=False, partial=True)
    labels = {(i.id, o.id): local(o, "label") for i in s.issues for o in i.options}
    titles = {i.id: local(i, "title") for i in s.issues}
    parties = sorted(m.parties, key=lambda p: p != s.perspective)
    lead = parties[0] if parties else None
    blocks: list[bl.Block] = [
        bl.Heading(tr("Candidate packages"), tr("Listed: {n}").format(n=number(len(m.packages)))),
        bl.Paragraph(
            tr(
                "Recommended packages (the bargaining solutions) first, then the other packages "
                "in the ZOPA, then the rest; each group by {party}'s utility."
            ).format(party=party_name(s, lead) if lead else "—")
        ),
    ]
    cols = [bl.Column(tr("Package"), 30), bl.Column(tr("Settled as"), 46)]
    cols += [bl.Column(p, 9, bl.RIGHT) for p in parties]
    cols.append(bl.Column(tr("In ZOPA"), 8))
    rows: list[list[bl.Cell]] = []
    for r in options_matrix.reading_order(m.packages, lead):
        choices = "; ".join(
            f"{titles[i]}: {labels.get((i, o), o)}" for i, o in r.choices.items() if i in titles
        )
        row: list[bl.Cell] = [r.label, choices]
        row += [cb.points(r.utilities.get(p)) for p in parties]
        zopa = (tr("yes"), bl.GOOD) if r.in_zopa else (tr("no"), bl.GREY)
        row.append(zopa if m.complete else "—")
        rows.append(row)
    blocks.append(bl.Table(cols, rows, 7.0, bold_first=True))
    blocks += [
        bl.Gap(3.0),
        bl.Heading(tr("Options"), tr("scores 0–100 and weighted points")),
    ]
    ocols = [bl.Column(tr("Issue"), 30), bl.Column(tr("Option"), 30)]
    for p in parties:
        ocols += [bl.Column(tr("{party} score").format(party=p), 10, bl.RIGHT)]
        ocols += [bl.Column(tr("{party} weighted").format(party=p), 10, bl.RIGHT)]
    orows: list[list[bl.Cell]] = []
    for o in m.options:
        cells: list[bl.Cell] = [o.issue_title, o.label]
        for p in parties:
            cells += [f"{o.scores.get(p, 0.0):.0f}", cb.points(o.weighted.get(p))]
        orows.append(cells)
    blocks.append(bl.Table(ocols, orows, 7.0))
    return blocks
