"""The minister's brief as a PDF: A4 portrait, one page when it fits, never more than two.

``write_brief(path, brief)`` says what the page holds: a title block, then one small section
each for the package, the utilities against the BATNAs, the economic indicators, the tariff
timeline (drawn from the brief's series, or a given image) and the top items of both boards,
then the notes. The figures and words come from ``core.brief`` (chosen and formatted there,
without Qt); this module turns them into the layout engine's blocks (``ui.brief.layout``), which
places them on pages and writes the PDF.

If the full brief would need a second page, a more compact one is tried first (fewer board items,
a lower chart, ``FITS``), so a brief that can fit on one page does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QImage

from negotiator_gui import __version__
from negotiator_gui.core import brief as cb
from negotiator_gui.core import labels
from negotiator_gui.core.brief import Brief
from negotiator_gui.core.i18n import tr
from negotiator_gui.ui.brief.chart import Chart
from negotiator_gui.ui.brief.layout import (
    BAD,
    CENTER,
    GOOD,
    GREY,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    NAVY,
    PAGE_H,
    PAGE_W,
    PALETTE,
    RIGHT,
    RULE,
    TOP_LEFT,
    Block,
    Canvas,
    CardTable,
    Cell,
    Column,
    Columns,
    Gap,
    Heading,
    Page,
    Paragraph,
    Table,
    Tag,
    bar_cell,
    chip_cell,
    paginate,
    write_pdf,
)

#: (board items, chart height in mm) from the fullest brief to the most compact one-page one.
FITS = ((5, 46.0), (4, 42.0), (4, 37.0), (3, 38.0), (3, 32.0), (3, 29.0), (3, 26.0), (2, 26.0))
#: A card's kind as the boards colour it.
KIND_COLOURS = {"demand": "#CCE3F2", "concession": "#CCECE2", "red_line": "#F6D8C6"}


def party_colour(colour: str, k: int) -> QColor:
    """A party's colour, else the palette's ``k``-th (as the window's charts pick)."""
    return QColor(colour or PALETTE[k % len(PALETTE)])


# -- the sections ------------------------------------------------------------------------------


#: The banner every page carries above its blocks (mm), and the gap below it.
BANNER_H, BANNER_GAP = 7.0, 2.2
#: The draft mark's colour (unsaved edits): the brief's "bad" red.
DRAFT = BAD


@dataclass
class TitleBlock(Block):
    """The scenario's title, the line saying as of when and for whom, and which revision of
    the scenario this is (in red on a draft). The banner above it is every page's."""

    brief: Brief

    def _lines(self) -> list[tuple[str, float, bool]]:
        b = self.brief
        out = [(b.title, 17.0, True), (cb.meta_line(b), 8.5, False)]
        if b.revision:
            out.append((b.revision, 8.0, b.draft))
        return out

    def height(self, c: Canvas, width: float) -> float:
        h = sum(
            c.text_height(text, c.font(size, bold), width) for text, size, bold in self._lines()
        )
        return h + 0.8 * (len(self._lines()) - 1) + 1.0

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        b = self.brief
        for k, (text, size, bold) in enumerate(self._lines()):
            f = c.font(size, bold)
            h = c.text_height(text, f, width)
            colour = NAVY if k == 0 else DRAFT if (k == 2 and b.draft) else GREY
            c.text(x, y, width, h, text, f, colour, TOP_LEFT)
            y += h + 0.8


def draw_banner(c: Canvas, b: Brief, page: int) -> None:
    """The navy banner at the top of every page: what this is, for whom, and DRAFT in a red
    box when the brief shows unsaved edits (so a second page alone still says so)."""
    x, y, width = MARGIN_X, MARGIN_TOP, PAGE_W - 2 * MARGIN_X
    c.fill(x, y, width, BANNER_H, NAVY)
    f = QFont(c.font(8.5, True))
    f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
    name = tr("MINISTER'S BRIEF") if page == 1 else tr("MINISTER'S BRIEF (continued)")
    c.text(x + 3, y, width - 6, BANNER_H, name, f, QColor("white"), wrap=False)
    used = 3 + c.text_width(name, f) * 1.12 + 3
    if b.draft:
        mark = tr("DRAFT: unsaved edits")
        mf = c.font(8, True)
        w = c.text_width(mark, mf) + 4
        c.fill(x + used, y + 1.0, w, BANNER_H - 2.0, DRAFT)
        c.text(x + used, y, w, BANNER_H, mark, mf, QColor("white"), CENTER, wrap=False)
        used += w + 3
    note = tr("For the negotiating team · not for distribution")
    nf = c.font(7.5)
    if c.text_width(note, nf) + used + 3 <= width:  # never over the name or the mark
        c.text(x + 3, y, width - 6, BANNER_H, note, nf, QColor("#D8E1EA"), RIGHT, wrap=False)


def package_blocks(b: Brief) -> list[Block]:
    out: list[Block] = [Heading(tr("The package"), cb.package_title(b))]
    if not b.choices:
        out.append(Paragraph(tr("The scenario has no issues to settle.")))
        return out
    if not b.has_package:
        out.append(Paragraph(tr("No package chosen yet: every issue is open."), 8.5, INK, pad=1.8))
    shown, more = cb.package_rows(b)
    rows: list[list[Cell]] = [[r.issue, (r.settled, GREY) if r.open else r.settled] for r in shown]
    out.append(Table([Column(tr("Issue"), 45), Column(tr("Settled as"), 55)], rows, 7.8, more=more))
    return out


def standing_blocks(b: Brief) -> list[Block]:
    out: list[Block] = [Heading(tr("Utility against the BATNA"), tr("0–100 points"))]
    if not b.standings:
        out.append(Paragraph(tr("The scenario has no negotiating parties.")))
        return out
    rows: list[list[Cell]] = []
    for k, st in enumerate(b.standings):
        m = st.margin
        margin: Cell = "—" if m is None else (cb.points(m, True), GOOD if m >= 0 else BAD)
        rows.append(
            [
                st.name,
                cb.points(st.utility),
                cb.points(st.batna) if st.batna is not None else (tr("not set"), GREY),
                margin,
                bar_cell(party_colour(st.colour, k), st.utility, st.batna),
            ]
        )
    cols = [
        Column(tr("Party"), 26),
        Column(tr("Utility"), 11, RIGHT),
        Column(tr("BATNA"), 11, RIGHT),
        Column(tr("Margin"), 11, RIGHT),
        Column(tr("Utility (bar) and BATNA (tick)"), 41),
    ]
    out.append(Table(cols, rows, 8.5, bold_first=True))
    verdict = cb.zopa_verdict(b)
    if verdict is not None:
        text, inside = verdict
        out.append(Paragraph(text, 8.5, GOOD if inside else BAD, bold=True, pad=1.5))
    if b.uncertainty:  # only with ranges on the preferences
        out.append(Paragraph(b.uncertainty, 8.0, INK, pad=1.2))
    return out


def indicator_blocks(b: Brief) -> list[Block]:
    out: list[Block] = [Heading(tr("Key economic indicators"), cb.indicator_aside(b))]
    if not b.indicators:
        out.append(Paragraph(tr("No economic indicators: the scenario has no trade data.")))
        return out
    rows: list[list[Cell]] = [list(row) for row in cb.indicator_rows(b)]
    cols = [
        Column(tr("Indicator"), 40),
        Column(tr(labels.NO_DEAL_TARIFFS), 29, RIGHT),
        Column(tr("With the package"), 17, RIGHT),
        Column(tr("Difference"), 14, RIGHT),
    ]
    out.append(Table(cols, rows, 8.5))
    context = cb.indicator_context(b)
    if context:
        out.append(Paragraph(context, 6.5, GREY, pad=0.6))
    if b.coverage_warning:
        out.append(Paragraph("⚠ " + b.coverage_warning, 7.2, BAD, bold=True, pad=1.2))
    return out


def timeline_blocks(b: Brief, image: QImage | None, plot_h: float) -> list[Block]:
    tl = b.timeline
    if tl is None:
        return [
            Heading(tr("Tariff timeline")),
            Paragraph(tr("No tariff timeline: the scenario has no trade data.")),
        ]
    return [Heading(tl.title, cb.timeline_aside(tl)), Chart(tl, image, plot_h)]


def board_blocks(b: Brief, top: int) -> list[Block]:
    heading = Heading(tr("Boards: what each side cares about most"))
    if not b.boards:
        return [heading, Paragraph(tr("No boards: the scenario has no negotiating parties."))]
    parts: list[list[Block]] = []
    for k, board in enumerate(b.boards):
        shown = board.items[:top]
        part: list[Block] = [
            Tag(board.name, party_colour(board.colour, k), cb.board_count(board, len(shown)))
        ]
        if not shown:
            part.append(Paragraph(tr("No cards in play.")))
        else:
            rows: list[list[Cell]] = [
                [
                    chip_cell(QColor(KIND_COLOURS.get(it.kind.value, "#DDDDDD"))),
                    it.title + "\n" + cb.card_detail(it),
                ]
                for it in shown
            ]
            part.append(CardTable([Column("", 3), Column("", 97)], rows, 7.5, header=False))
        parts.append(part)
    return [heading, Columns(parts)]


def notes_blocks(b: Brief) -> list[Block]:
    if not b.notes:
        return []
    return [Gap(1.5), Paragraph(tr("Notes: ") + " ".join(b.notes), 7.0, GREY, italic=True)]


# -- the pages ---------------------------------------------------------------------------------


def build_blocks(b: Brief, image: QImage | None, top: int, plot_h: float) -> list[Block]:
    """The brief's blocks in reading order, with ``top`` items per board and a chart
    ``plot_h`` mm high; a section that says nothing (no notes) is left out."""
    blocks: list[Block] = [TitleBlock(b)]
    for part in (
        package_blocks(b),
        standing_blocks(b),
        indicator_blocks(b),
        timeline_blocks(b, image, plot_h),
        board_blocks(b, top),
        notes_blocks(b),
    ):
        if part:
            blocks.append(Gap(2.2))
            blocks.extend(part)
    return blocks


def draw_footer(c: Canvas, b: Brief, page: int, pages: int) -> None:
    """What every page carries: the banner at the top; at the bottom a rule, then what the
    brief is of (title, scenario, version) and the page number."""
    draw_banner(c, b, page)
    y = PAGE_H - MARGIN_BOTTOM + 5.0
    width = PAGE_W - 2 * MARGIN_X
    c.line(MARGIN_X, y, MARGIN_X + width, y, RULE, 0.2)
    f = c.font(7)
    left = cb.footer_text(b, __version__)
    c.text(MARGIN_X, y + 0.8, width * 0.8, 4, left, f, GREY, wrap=False)
    c.text(
        MARGIN_X,
        y + 0.8,
        width,
        4,
        tr("Page {n} of {total}").format(n=page, total=pages),
        f,
        GREY,
        RIGHT,
        wrap=False,
    )


def arrange(c: Canvas, b: Brief, image: QImage | None) -> list[Page]:
    """One page if the brief fits on one with a little less (fewer board items, a lower
    chart), else the full brief on two pages (the paginator shortens what still overflows)."""
    width = PAGE_W - 2 * MARGIN_X
    height = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - BANNER_H - BANNER_GAP
    tries = [paginate(c, build_blocks(b, image, top, h), width, height) for top, h in FITS]
    return next((pages for pages in tries if len(pages) == 1), tries[0])


def write_brief(path: str | Path, brief: Brief, timeline_image: QImage | None = None) -> int:
    """Write the brief as an A4 PDF at ``path``; returns the number of pages (1 or 2).

    Raises ``OSError`` when the file cannot be written, ``OutputCheckError`` when it does not
    read back complete."""
    return write_pdf(
        path,
        tr("Minister's brief: {title}").format(title=brief.title),
        f"Negotiator {__version__}",
        lambda c: arrange(c, brief, timeline_image),
        lambda c, n, pages: draw_footer(c, brief, n, pages),
        BANNER_H + BANNER_GAP,
    )
