"""The page layout engine of the minister's brief: blocks measured, placed on A4 pages, drawn
into a PDF.

A ``Block`` knows its height at a width and draws itself at a position; ``paginate`` places
blocks top to bottom over at most ``MAX_PAGES`` pages (a table that does not fit is split, its
heading repeated "(continued)"; on the last page what does not fit is shortened, with a line
saying how many items were left out); ``write_pdf`` lays the pages out first and then draws them,
so that a footer can say "page 1 of 2". Everything is vector text and lines, so the page prints
sharp and its text can be searched and copied; every text goes through ``Canvas.text``, which
turns characters no PDF can carry into U+FFFD. Text is set in a font list with Japanese
fallbacks, because scenario titles, party names and cards may be written in Japanese.

What the brief says (its sections, figures and words) is not here: ``ui.brief.pdf`` builds the
blocks from ``core.brief``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from negotiator_gui.app.usecases.output import OutputCheckError
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.text import safe_text

#: Latin faces first, then Japanese ones for the characters they lack. IPA and the Windows/macOS
#: faces come before Noto Sans CJK: Noto maps some kanji (月, 日) to the same glyph as a Kangxi
#: radical, so the PDF's text layer would give ⽉ instead of 月 when searched or copied.
FONT_FAMILIES = [
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Liberation Sans",
    "DejaVu Sans",
    "IPAPGothic",
    "IPAGothic",
    "Yu Gothic",
    "Meiryo",
    "Hiragino Sans",
    "Noto Sans CJK JP",
]
RESOLUTION = 600  # device units per inch; the output is vector, this only sets the grid

NAVY = QColor("#1F3A5F")
INK = QColor("#1A1A1A")
GREY = QColor("#5A5F66")
RULE = QColor("#B8C2CC")
HEAD_BG = QColor("#E8EDF2")
ZEBRA = QColor("#F5F7F9")
GOOD = QColor("#1A7F37")
BAD = QColor("#B3261E")
#: Okabe–Ito, as the charts use, for series (and parties) without a colour of their own.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#000000")

PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 16.0, 13.0, 15.0
MAX_PAGES = 2

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WRAP = Qt.TextFlag.TextWordWrap
CENTER = Qt.AlignmentFlag.AlignCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


# -- drawing primitives ------------------------------------------------------------------------


class Canvas:
    """Millimetres to device units, fonts and wrapped text on one paint device."""

    def __init__(self, device) -> None:
        self.device = device
        self.k = device.resolution() / 25.4  # device units per mm
        self.painter: QPainter | None = None
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}

    def mm(self, v: float) -> float:
        return v * self.k

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        """A shared font (do not change it: copy it first)."""
        key = (size, bold, italic)
        f = self._fonts.get(key)
        if f is None:
            f = QFont()
            f.setFamilies(FONT_FAMILIES)
            f.setPointSizeF(size)
            f.setBold(bold)
            f.setItalic(italic)
            self._fonts[key] = f
        return f

    def text_height(self, text: str, font: QFont, width_mm: float) -> float:
        """Height in mm of ``text`` wrapped to ``width_mm`` (measured as ``text`` draws it)."""
        fm = QFontMetricsF(font, self.device)
        box = QRectF(0, 0, self.mm(width_mm), 1e7)
        rect = fm.boundingRect(box, int(LEFT | WRAP), safe_text(text) or " ")
        return rect.height() / self.k

    def text_width(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(safe_text(text)) / self.k

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.mm(x), self.mm(y), self.mm(w), self.mm(h))

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        font: QFont,
        colour: QColor = INK,
        align: Qt.AlignmentFlag = LEFT,
        wrap: bool = True,
    ) -> None:
        p = self.painter
        assert p is not None
        p.setFont(font)
        p.setPen(colour)
        flags = int(align | (WRAP if wrap else Qt.TextFlag(0)))
        # every text of the brief is drawn here: characters no PDF can carry become U+FFFD
        p.drawText(self.rect(x, y, w, h), flags, safe_text(text))

    def fill(self, x: float, y: float, w: float, h: float, colour: QColor) -> None:
        assert self.painter is not None
        self.painter.fillRect(self.rect(x, y, w, h), colour)

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        colour: QColor,
        width: float = 0.2,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        p = self.painter
        assert p is not None
        pen = QPen(colour, self.mm(width))
        pen.setStyle(style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLine(QPointF(self.mm(x1), self.mm(y1)), QPointF(self.mm(x2), self.mm(y2)))


# -- blocks: measured, placed on a page, then drawn ---------------------------------------------


class Block:
    """Something placed on a page: ``height(width)`` in mm, then ``draw`` at a position."""

    keep_with_next = False
    splittable = False

    def height(self, c: Canvas, width: float) -> float:
        raise NotImplementedError

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        raise NotImplementedError

    def split(self, c: Canvas, width: float, room: float) -> tuple[Block, Block] | None:
        """The part that fits in ``room`` and the rest, or None if it cannot be split."""
        return None

    def truncate(self, c: Canvas, width: float, room: float) -> Block | None:
        """A shortened version that fits in ``room`` (saying what was left out), or None."""
        return None


@dataclass
class Gap(Block):
    size: float

    def height(self, c: Canvas, width: float) -> float:
        return self.size

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        pass


@dataclass
class Heading(Block):
    text: str
    aside: str = ""
    keep_with_next = True

    def height(self, c: Canvas, width: float) -> float:
        return 7.0

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        f = c.font(10.5, bold=True)
        c.text(x, y + 1.2, width, 5.0, self.text, f, NAVY, wrap=False)
        if self.aside:
            w = c.text_width(self.text, f) + 3
            c.text(x + w, y + 1.2, width - w, 5.0, self.aside, c.font(8), GREY, wrap=False)
        c.line(x, y + 6.3, x + width, y + 6.3, NAVY, 0.35)


@dataclass
class Paragraph(Block):
    text: str
    size: float = 8.0
    colour: QColor = field(default_factory=lambda: QColor(GREY))
    italic: bool = False
    bold: bool = False
    pad: float = 1.0

    def _font(self, c: Canvas) -> QFont:
        return c.font(self.size, self.bold, self.italic)

    def height(self, c: Canvas, width: float) -> float:
        return c.text_height(self.text, self._font(c), width) + self.pad

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        h = self.height(c, width)
        c.text(x, y, width, h, self.text, self._font(c), self.colour, TOP_LEFT)


@dataclass
class Column:
    title: str
    width: float  # relative
    align: Qt.AlignmentFlag = LEFT


#: A cell is text, or (text, colour), or a callable drawing into its rect (x, y, w, h).
Cell = str | tuple[str, QColor] | Callable[[Canvas, float, float, float, float], None]


@dataclass
class Table(Block):
    columns: list[Column]
    rows: list[list[Cell]]
    size: float = 8.0
    header: bool = True
    bold_first: bool = False
    more: int = 0  # rows left out (said in a last line)
    splittable = True
    PAD_X = 1.4
    PAD_Y = 0.7

    def _widths(self, width: float) -> list[float]:
        total = sum(col.width for col in self.columns)
        return [width * col.width / total for col in self.columns]

    def _row_height(self, c: Canvas, row: Sequence[Cell], widths: list[float]) -> float:
        h = 0.0
        for k, (cell, w) in enumerate(zip(row, widths, strict=True)):
            if callable(cell):
                continue
            text = cell[0] if isinstance(cell, tuple) else cell
            f = c.font(self.size, bold=self.bold_first and k == 0)
            h = max(h, c.text_height(text, f, w - 2 * self.PAD_X))
        return max(h, c.text_height("Ag", c.font(self.size), 100)) + 2 * self.PAD_Y

    def _header_height(self, c: Canvas) -> float:
        return c.text_height("Ag", c.font(self.size - 0.5, True), 100) + 2 * self.PAD_Y

    def _more_text(self) -> str:
        return tr("… and {n} more (see the application)").format(n=self.more)

    def height(self, c: Canvas, width: float) -> float:
        widths = self._widths(width)
        h = self._header_height(c) if self.header else 0.0
        h += sum(self._row_height(c, r, widths) for r in self.rows)
        if self.more:
            h += c.text_height(self._more_text(), c.font(self.size - 1, italic=True), width) + 1
        return h + 0.6

    def _fit(self, c: Canvas, width: float, room: float) -> int:
        widths = self._widths(width)
        used = (self._header_height(c) if self.header else 0.0) + 0.6
        n = 0
        for r in self.rows:
            used += self._row_height(c, r, widths)
            if used > room:
                break
            n += 1
        return n

    def split(self, c: Canvas, width: float, room: float) -> tuple[Block, Block] | None:
        n = self._fit(c, width, room)
        if n < 2 or n >= len(self.rows):
            return None
        head = Table(self.columns, self.rows[:n], self.size, self.header, self.bold_first)
        rest = Table(
            self.columns, self.rows[n:], self.size, self.header, self.bold_first, self.more
        )
        return head, rest

    def truncate(self, c: Canvas, width: float, room: float) -> Block | None:
        line = c.text_height("Ag", c.font(self.size - 1, italic=True), width) + 1
        n = self._fit(c, width, room - line)
        if n < 1:
            return None
        return Table(
            self.columns,
            self.rows[:n],
            self.size,
            self.header,
            self.bold_first,
            self.more + len(self.rows) - n,
        )

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        widths = self._widths(width)
        top = y
        if self.header:
            hh = self._header_height(c)
            c.fill(x, y, width, hh, HEAD_BG)
            cx = x
            for col, w in zip(self.columns, widths, strict=True):
                c.text(
                    cx + self.PAD_X,
                    y,
                    w - 2 * self.PAD_X,
                    hh,
                    col.title,
                    c.font(self.size - 0.5, True),
                    NAVY,
                    col.align,
                    wrap=False,
                )
                cx += w
            y += hh
        for k, row in enumerate(self.rows):
            rh = self._row_height(c, row, widths)
            if k % 2 == 1:
                c.fill(x, y, width, rh, ZEBRA)
            cx = x
            for j, (cell, col, w) in enumerate(zip(row, self.columns, widths, strict=True)):
                if callable(cell):
                    cell(
                        c, cx + self.PAD_X, y + self.PAD_Y, w - 2 * self.PAD_X, rh - 2 * self.PAD_Y
                    )
                else:
                    text, colour = cell if isinstance(cell, tuple) else (cell, INK)
                    f = c.font(self.size, bold=self.bold_first and j == 0)
                    c.text(
                        cx + self.PAD_X,
                        y + self.PAD_Y,
                        w - 2 * self.PAD_X,
                        rh - 2 * self.PAD_Y,
                        text,
                        f,
                        colour,
                        col.align,
                    )
                cx += w
            y += rh
        c.line(x, top, x + width, top, RULE, 0.15)
        c.line(x, y, x + width, y, RULE, 0.15)
        if self.more:
            f = c.font(self.size - 1, italic=True)
            c.text(x, y + 0.6, width, 5, self._more_text(), f, GREY, wrap=False)


@dataclass
class Columns(Block):
    """Blocks side by side (the two boards), each in an equal share of the width."""

    parts: list[list[Block]]
    gap: float = 6.0

    def _w(self, width: float) -> float:
        n = max(1, len(self.parts))
        return (width - self.gap * (n - 1)) / n

    def height(self, c: Canvas, width: float) -> float:
        w = self._w(width)
        return max((sum(b.height(c, w) for b in part) for part in self.parts), default=0.0)

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        w = self._w(width)
        for k, part in enumerate(self.parts):
            yy = y
            for b in part:
                b.draw(c, x + k * (w + self.gap), yy, w)
                yy += b.height(c, w)

    def truncate(self, c: Canvas, width: float, room: float) -> Block | None:
        w = self._w(width)
        out = []
        for part in self.parts:
            kept: list[Block] = []
            used = 0.0
            for b in part:
                h = b.height(c, w)
                if used + h > room:
                    short = b.truncate(c, w, room - used)
                    if short is not None:
                        kept.append(short)
                    break
                kept.append(b)
                used += h
            out.append(kept)
        return Columns(out, self.gap) if any(out) else None


@dataclass
class Tag(Block):
    """A name as a coloured header with a grey note beside it (a board's party)."""

    name: str
    colour: QColor
    count: str

    def height(self, c: Canvas, width: float) -> float:
        return 5.6

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        c.fill(x, y + 0.6, 1.4, 4.0, self.colour)
        f = c.font(9, True)
        c.text(x + 2.8, y + 0.4, width - 2.8, 4.4, self.name, f, INK, wrap=False)
        w = c.text_width(self.name, f) + 4.5
        c.text(x + w, y + 0.4, width - w, 4.4, self.count, c.font(7.5), GREY, wrap=False)


def bar_cell(colour: QColor, value: float | None, tick: float | None):
    """A table cell drawing a 0–100 bar: ``value`` in ``colour``, ``tick`` as a black mark."""

    def draw(c: Canvas, x: float, y: float, w: float, h: float) -> None:
        bar_h = min(h, 3.2)
        top = y + (h - bar_h) / 2
        c.fill(x, top, w, bar_h, QColor("#E3E6EA"))
        if value is not None:
            c.fill(x, top, w * max(0.0, min(100.0, value)) / 100, bar_h, colour)
        if tick is not None:
            bx = x + w * max(0.0, min(100.0, tick)) / 100
            c.line(bx, top - 0.8, bx, top + bar_h + 0.8, INK, 0.45)

    return draw


def chip_cell(colour: QColor):
    """A table cell filled with ``colour`` (a card's kind)."""

    def draw(c: Canvas, x: float, y: float, w: float, h: float) -> None:
        c.fill(x - 0.6, y, w + 0.6, h, colour)

    return draw


class CardTable(Table):
    """A table whose text cells show a bold first line (the card's title) over grey details."""

    PAD_X = 1.2

    def draw(self, c: Canvas, x: float, y: float, width: float) -> None:
        widths = self._widths(width)
        for row in self.rows:
            rh = self._row_height(c, row, widths)
            cx = x
            for cell, w in zip(row, widths, strict=True):
                if callable(cell):
                    cell(
                        c, cx + self.PAD_X, y + self.PAD_Y, w - 2 * self.PAD_X, rh - 2 * self.PAD_Y
                    )
                else:
                    text = cell[0] if isinstance(cell, tuple) else cell
                    title, _, detail = text.partition("\n")
                    ft, fd = c.font(self.size, True), c.font(self.size - 1)
                    tx, tw = cx + self.PAD_X, w - 2 * self.PAD_X
                    th = c.text_height(title, ft, tw)
                    c.text(tx, y + self.PAD_Y, tw, th, title, ft, INK, TOP_LEFT)
                    dh = c.text_height(detail, fd, tw)
                    c.text(tx, y + self.PAD_Y + th, tw, dh, detail, fd, GREY, TOP_LEFT)
                cx += w
            y += rh + 0.8
        if self.more:
            f = c.font(self.size - 1, italic=True)
            c.text(x, y, width, 4, self._more_text(), f, GREY, wrap=False)

    def _row_height(self, c: Canvas, row: Sequence[Cell], widths: list[float]) -> float:
        h = 0.0
        for cell, w in zip(row, widths, strict=True):
            if callable(cell):
                continue
            text = cell[0] if isinstance(cell, tuple) else cell
            title, _, detail = text.partition("\n")
            tw = w - 2 * self.PAD_X
            h = max(
                h,
                c.text_height(title, c.font(self.size, True), tw)
                + c.text_height(detail, c.font(self.size - 1), tw),
            )
        return h + 2 * self.PAD_Y

    def height(self, c: Canvas, width: float) -> float:
        widths = self._widths(width)
        h = sum(self._row_height(c, r, widths) + 0.8 for r in self.rows)
        if self.more:
            h += 4.0
        return h

    def truncate(self, c: Canvas, width: float, room: float) -> Block | None:
        widths = self._widths(width)
        used, n = 4.0, 0
        for r in self.rows:
            used += self._row_height(c, r, widths) + 0.8
            if used > room:
                break
            n += 1
        if n < 1:
            return None
        return CardTable(
            self.columns, self.rows[:n], self.size, False, False, self.more + len(self.rows) - n
        )


# -- pages -------------------------------------------------------------------------------------


@dataclass
class Page:
    placed: list[tuple[Block, float]] = field(default_factory=list)


def paginate(
    c: Canvas, blocks: list[Block], width: float, height: float, most: int | None = MAX_PAGES
) -> list[Page]:
    """Place blocks top to bottom; a block that does not fit starts a new page (a table is
    split first, its heading repeated); on the last allowed page (``most``; None: no limit,
    as for a printed board or matrix), it is shortened instead."""
    pages = [Page()]
    y = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        h = block.height(c, width)
        need = h
        if block.keep_with_next and queue:  # a heading stays with (the start of) its body
            nxt = queue[0]
            nh = nxt.height(c, width)
            need += min(nh, 15.0) if nxt.splittable else nh
        if y + need <= height + 1e-6:
            pages[-1].placed.append((block, y))
            y += h
            continue
        if isinstance(block, Gap):
            continue
        room = height - y
        last = most is not None and len(pages) >= most
        part = None if last else block.split(c, width, room)
        if part is not None:
            head, rest = part
            pages[-1].placed.append((head, y))
            heading = _last_heading(pages[-1])
            queue.insert(0, rest)
            if heading is not None:
                queue.insert(0, Heading(heading.text + " " + tr("(continued)"), heading.aside))
            pages.append(Page())
            y = 0.0
            continue
        if not last and y > 0:
            pages.append(Page())
            y = 0.0
            queue.insert(0, block)
            continue
        # the last page: shorten what does not fit; nothing after it is shown
        if block.keep_with_next and queue:
            short = queue.pop(0).truncate(c, width, room - h)
            if short is not None:
                pages[-1].placed += [(block, y), (short, y + h)]
        else:
            short = block.truncate(c, width, room)
            if short is not None:
                pages[-1].placed.append((short, y))
        y = height
    return pages


def _last_heading(page: Page) -> Heading | None:
    for block, _ in reversed(page.placed):
        if isinstance(block, Heading):
            return block
    return None


def write_pdf(
    path: str | Path,
    title: str,
    creator: str,
    place: Callable[[Canvas], list[Page]],
    footer: Callable[[Canvas, int, int], None],
    top: float = 0.0,
) -> int:
    """Write an A4 portrait PDF at ``path``: ``place`` lays the blocks out on pages (measured
    with the writer's fonts), then each page is drawn with ``footer(canvas, page, pages)``
    (what every page carries: a banner in the ``top`` mm above the blocks, a footer).
    Returns the number of pages.

    Raises ``OSError`` when the file cannot be written, ``OutputCheckError`` when what was
    written does not read back as a complete PDF."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(a4_layout())
    writer.setTitle(safe_text(title))
    writer.setCreator(creator)
    n = draw_pages(writer, place, footer, top)
    if n < 0:
        raise OSError(tr("{path} cannot be written").format(path=path))
    if not Path(path).is_file() or Path(path).stat().st_size == 0:
        raise OSError(tr("{path} cannot be written").format(path=path))
    check_pdf(Path(path))
    return n


def a4_layout() -> QPageLayout:
    """A4 portrait without margins: the page's own margins are drawn by the layout."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def draw_pages(
    device,
    place: Callable[[Canvas], list[Page]],
    footer: Callable[[Canvas, int, int], None],
    top: float = 0.0,
) -> int:
    """Lay the blocks out and draw every page on ``device`` (a ``QPdfWriter`` or a
    ``QPrinter`` whose page layout is ``a4_layout``); the number of pages, or -1 when the
    device cannot be painted on. The printer and the PDF export share it, so a printed brief
    is the exported one."""
    c = Canvas(device)
    pages = place(c)
    painter = QPainter()
    if not painter.begin(device):
        return -1
    c.painter = painter
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        width = PAGE_W - 2 * MARGIN_X
        for n, page in enumerate(pages, 1):
            if n > 1:
                device.newPage()
            for block, y in page.placed:
                block.draw(c, MARGIN_X, MARGIN_TOP + top + y, width)
            footer(c, n, len(pages))
    finally:
        painter.end()
    return len(pages)


def check_pdf(path: Path) -> None:
    """Read a written PDF back: it must start as a PDF and end with the end-of-file marker (a
    PDF cut short by a failed write ends anywhere). Raises ``OutputCheckError`` otherwise."""
    with open(path, "rb") as fh:
        head = fh.read(8)
        fh.seek(max(0, path.stat().st_size - 1024))
        tail = fh.read()
    if not head.startswith(b"%PDF-") or b"%%EOF" not in tail:
        raise OutputCheckError(
            tr(
                "the PDF written cannot be read back (it is incomplete), so it was not saved. "
                "This is a fault in Negotiator: please report it with the scenario file"
            )
        )
