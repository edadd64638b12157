"""How a card looks on a board: a painted card that a reader can scan in a narrow lane.

The lanes used to show each card as one wrapped block of text: in a 150 px lane every word went
on its own line, the title had the weight of its metadata, the colours were unexplained and
"value −1.4 · cost to them −3.5" had to be decoded. A card is now painted by ``CardDelegate``:

- the title in bold, on at most two lines, cut at a word with "…" (the full title is in the
  tooltip);
- a coloured badge for the kind (demand, concession, red line; ``kind_key`` explains the
  colours above the lanes) and the priority in words;
- the issue and option it maps to, in words ("Autos → Zero tariff");
- the estimates as a reader says them ("worth +30 to us · costs them 20"), "us" being the side
  whose point of view the scenario takes;
- "Notes ▸", which shows the notes on the card (a click on it, or Space on the selected card).

Every piece is laid out to the lane's width (``CardGeometry``), so a lane never needs a
horizontal scroll bar, and the item's display text stays the whole card in words for screen
readers, keyboard search and the translation checks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt, QTextBoundaryFinder
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from negotiator_gui.core.i18n import N_, local, number, tr
from negotiator_gui.core.model import LABELS, Card, CardKind, Priority, Scenario
from negotiator_gui.ui.common.text import escape, literal

#: The item data role that holds a card's ``CardFace``.
FACE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The item data role that says whether the card shows its notes.
EXPANDED_ROLE = Qt.ItemDataRole.UserRole + 2

#: Badge colours by kind: the Okabe–Ito palette (colour-blind safe), darkened so that white
#: badge text reads (contrast at least 4.5:1).
KIND_COLOURS = {
    CardKind.DEMAND: QColor("#005A96"),
    CardKind.CONCESSION: QColor("#006B4F"),
    CardKind.RED_LINE: QColor("#A8430A"),
}
PRIORITY_TEXT = {
    Priority.HIGH: N_("High priority"),
    Priority.MEDIUM: N_("Medium priority"),
    Priority.LOW: N_("Low priority"),
}
ELLIPSIS = "…"
#: Inner margin of a card, gap between its rows and between the pieces of a row (px).
PAD, GAP, SPACE = 6, 3, 6
#: The most lines the title and the issue line take on a card.
TITLE_LINES, LINK_LINES = 2, 2


def signed(value: float) -> str:
    """A points estimate with its sign, in the user's number format (``+5``, ``-2.5``)."""
    text = number(value, 0 if float(value).is_integer() else 1)
    return f"+{text}" if value > 0 else text


def points(value: float) -> str:
    """A number of points without a sign (``2.5``)."""
    return number(abs(value), 0 if float(value).is_integer() else 1)


def estimate_words(card: Card, ours: bool) -> str:
    """The card's estimates in plain words: ``value_to_us`` is what the board's owner gains and
    ``cost_to_them`` what the other side loses (``core.model.Card``). "us" is the scenario's own
    side, so on the other side's board the two are said the other way round."""
    out = []
    if card.value_to_us is not None:
        v = card.value_to_us
        if v >= 0:
            text = tr("worth {points} to us") if ours else tr("worth {points} to them")
            out.append(text.format(points=signed(v)))
        else:
            text = tr("costs us {points}") if ours else tr("costs them {points}")
            out.append(text.format(points=points(v)))
    if card.cost_to_them is not None:
        c = card.cost_to_them
        if c >= 0:
            text = tr("costs them {points}") if ours else tr("costs us {points}")
            out.append(text.format(points=points(c)))
        else:
            text = tr("worth {points} to them") if ours else tr("worth {points} to us")
            out.append(text.format(points=signed(-c)))
    return " · ".join(out)


def link_words(s: Scenario, card: Card) -> str:
    """The issue and option a card maps to, by their names ("Autos → Zero tariff")."""
    if not card.issue:
        return ""
    try:
        issue = s.issue(card.issue)
    except KeyError:
        return card.issue
    if not card.option:
        return local(issue, "title")
    label = next((local(o, "label") for o in issue.options if o.id == card.option), card.option)
    return f"{local(issue, 'title')} → {label}"


@dataclass(frozen=True)
class CardFace:
    """What a card shows, in the user's language (made once per redraw of the board)."""

    id: str
    title: str
    kind: CardKind
    priority: Priority
    link: str
    estimates: str
    notes: str

    @classmethod
    def of(cls, s: Scenario, card: Card) -> CardFace:
        return cls(
            card.id,
            local(card, "title"),
            card.kind,
            card.priority,
            link_words(s, card),
            estimate_words(card, card.party == s.perspective),
            local(card, "notes").strip(),
        )

    @property
    def kind_text(self) -> str:
        return tr(LABELS[self.kind])

    @property
    def priority_text(self) -> str:
        return tr(PRIORITY_TEXT[self.priority])

    def text(self) -> str:
        """The card in words, one line a piece (the item's display text)."""
        lines = [self.title, f"{self.kind_text} · {self.priority_text}", self.link, self.estimates]
        return "\n".join(line for line in lines if line)

    def tooltip(self) -> str:
        """The full title, the card in words and its notes (user text shown as written)."""
        lines = [self.text()]
        if self.estimates:
            lines.append(tr("Points are utility points, counted from the status quo."))
        if self.notes:
            lines += ["", self.notes]
        return literal("\n".join(lines))


# -- fitting text to a width ------------------------------------------------------------------
def break_points(text: str) -> list[int]:
    """Where a line of ``text`` may end (Unicode line breaking: after a space or a hyphen, and
    between Japanese characters), ascending, ending with ``len(text)``."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    out = []
    pos = finder.toNextBoundary()
    while pos != -1:
        if pos > 0:
            out.append(pos)
        pos = finder.toNextBoundary()
    if not out or out[-1] != len(text):
        out.append(len(text))
    return out


def elide_at_word(text: str, fm: QFontMetrics, width: int) -> str:
    """``text`` if it fits in ``width``, else cut after a whole word with "…". A text without
    spaces (Japanese) is cut where a line may break; a first word wider than ``width`` by
    characters."""
    text = text.strip()
    if fm.horizontalAdvance(text) <= width:
        return text
    spaces = [k for k, ch in enumerate(text) if ch == " "]
    breaks = [k for k in break_points(text) if k < len(text)]
    for cuts in (spaces, breaks):  # after a whole word; else after "/" or "-", or in Japanese
        best = ""
        for k in cuts:
            head = text[:k].rstrip()
            if head and fm.horizontalAdvance(head + ELLIPSIS) <= width:
                best = head
            elif head:
                break
        if best:
            return best + ELLIPSIS
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


def wrap(text: str, fm: QFontMetrics, width: int, max_lines: int = 0) -> list[str]:
    """``text`` in lines no wider than ``width``, broken where a line may break; with
    ``max_lines`` the last line is cut at a word with "…" (``elide_at_word``)."""
    text = " ".join(text.split())  # one line: the notes' line breaks are kept by the caller
    lines: list[str] = []
    start = 0
    breaks = break_points(text)
    while start < len(text):
        if max_lines and len(lines) == max_lines - 1:
            lines.append(elide_at_word(text[start:], fm, width))
            break
        end = 0
        for k in breaks:
            if k <= start:
                continue
            if fm.horizontalAdvance(text[start:k].rstrip()) <= width:
                end = k
            else:
                break
        if not end:  # a word wider than the line: as many characters as fit
            end = start + 1
            while end < len(text) and fm.horizontalAdvance(text[start : end + 1]) <= width:
                end += 1
        lines.append(text[start:end].rstrip())
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
    return lines


# -- the card's pieces ------------------------------------------------------------------------
@dataclass(frozen=True)
class Piece:
    """One thing painted on a card: its role, where, and its text."""

    role: str  # title | badge | priority | notes-toggle | link | estimates | notes
    rect: QRect
    text: str


def fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """The title font (bold, a little larger), the body font and the badge font (bold)."""
    title = QFont(base)
    title.setBold(True)
    if base.pointSizeF() > 0:
        title.setPointSizeF(base.pointSizeF() * 1.1)
    badge = QFont(base)
    badge.setBold(True)
    if base.pointSizeF() > 0:
        badge.setPointSizeF(base.pointSizeF() * 0.9)
    return title, QFont(base), badge


class CardGeometry:
    """A card's pieces laid out in ``width`` pixels: used to size, paint and hit-test it."""

    def __init__(self, face: CardFace, expanded: bool, width: int, base: QFont) -> None:
        self.face = face
        self.title_font, self.body_font, self.badge_font = fonts(base)
        title_fm, body_fm, badge_fm = (
            QFontMetrics(self.title_font),
            QFontMetrics(self.body_font),
            QFontMetrics(self.badge_font),
        )
        inner = max(width - 2 * PAD - 4, 20)  # 4: the kind stripe on the left
        left = PAD + 4
        self.pieces: list[Piece] = []
        y = PAD
        self.title_lines = wrap(face.title, title_fm, inner, TITLE_LINES) or [""]
        for line in self.title_lines:
            self.pieces.append(Piece("title", QRect(left, y, inner, title_fm.height()), line))
            y += title_fm.height()
        y += GAP
        # the badge, the priority and the notes toggle in a row (wrapping when the lane is narrow)
        chips = [
            ("badge", face.kind_text, badge_fm, 10),
            ("priority", face.priority_text, body_fm, 0),
        ]
        if face.notes:
            toggle = tr("Notes ▾") if expanded else tr("Notes ▸")
            chips.append(("notes-toggle", toggle, body_fm, 0))
        x, row_height = left, max(badge_fm.height() + 2, body_fm.height())
        for role, text, fm, extra in chips:
            shown = elide_at_word(text, fm, inner - extra)
            w = fm.horizontalAdvance(shown) + extra
            if x > left and x + w > left + inner:
                x, y = left, y + row_height + GAP
            self.pieces.append(Piece(role, QRect(x, y, w, row_height), shown))
            x += w + SPACE
        y += row_height + GAP
        # the estimates on one line if they fit, else one line each
        parts = face.estimates.split(" · ") if face.estimates else []
        if body_fm.horizontalAdvance(face.estimates) <= inner:
            parts = [face.estimates] if face.estimates else []
        rows = [("link", face.link, LINK_LINES)] + [("estimates", p, 2) for p in parts]
        for role, text, most in rows:
            for line in wrap(text, body_fm, inner, most) if text else []:
                self.pieces.append(Piece(role, QRect(left, y, inner, body_fm.height()), line))
                y += body_fm.height()
        if expanded and face.notes:
            y += GAP
            for paragraph in face.notes.splitlines() or [""]:
                for line in wrap(paragraph, body_fm, inner) or [""]:
                    self.pieces.append(
                        Piece("notes", QRect(left, y, inner, body_fm.height()), line)
                    )
                    y += body_fm.height()
        self.height = y + PAD - GAP

    def texts(self, role: str) -> list[str]:
        return [p.text for p in self.pieces if p.role == role]

    def at(self, point: QPoint) -> str:
        """The role of the piece under ``point`` (card coordinates), "" if none."""
        return next((p.role for p in self.pieces if p.rect.contains(point)), "")


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way to ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class CardDelegate(QStyledItemDelegate):
    """Paints a lane's cards (``CardGeometry``) to the lane's width; a click on "Notes ▸"
    calls ``toggle_notes`` with the card's id."""

    def __init__(self, view: QWidget, toggle_notes: Callable[[str], None]) -> None:
        super().__init__(view)
        self.view = view
        self.toggle_notes = toggle_notes

    def card_width(self) -> int:
        """The width a card takes: the lane's viewport less the spacing around the card."""
        spacing = self.view.spacing() if hasattr(self.view, "spacing") else 0
        return max(self.view.viewport().width() - 2 * spacing, 40)

    def geometry(self, index: QModelIndex, width: int) -> CardGeometry | None:
        face = index.data(FACE_ROLE)
        if not isinstance(face, CardFace):
            return None
        return CardGeometry(face, bool(index.data(EXPANDED_ROLE)), width, self.view.font())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = self.card_width()
        geometry = self.geometry(index, width)
        if geometry is None:
            return super().sizeHint(option, index)
        return QSize(width, geometry.height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect = QRect(option.rect.topLeft(), QSize(self.card_width(), option.rect.height()))
        geometry = self.geometry(index, rect.width())
        if geometry is None:
            super().paint(painter, option, index)
            return
        face = geometry.face
        palette = option.palette
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        kind = KIND_COLOURS[face.kind]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = rect.adjusted(0, 0, -1, -1)
        fill = _blend(base, kind, 0.10)
        if selected:
            fill = _blend(fill, palette.color(QPalette.ColorRole.Highlight), 0.18)
        painter.setPen(
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind)
        painter.drawRoundedRect(QRect(card.left(), card.top(), 4, card.height() + 1), 2, 2)
        dim = _blend(text, fill, 0.25)
        link = palette.color(QPalette.ColorRole.Link)
        for piece in geometry.pieces:
            r = piece.rect.translated(rect.topLeft())
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            if piece.role == "title":
                painter.setFont(geometry.title_font)
                painter.setPen(text)
            elif piece.role == "badge":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(kind)
                painter.drawRoundedRect(r, 3, 3)
                painter.setFont(geometry.badge_font)
                painter.setPen(QColor("white"))
                align = Qt.AlignmentFlag.AlignCenter
            elif piece.role == "notes-toggle":
                painter.setFont(geometry.body_font)
                painter.setPen(link)
            else:
                painter.setFont(geometry.body_font)
                painter.setPen(dim if piece.role in ("link", "notes") else text)
            painter.drawText(r, int(align), piece.text)
        painter.restore()

    def editorEvent(self, event, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        """A click on "Notes ▸" shows or hides the notes (the card stays selected)."""
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
        ):
            geometry = self.geometry(index, self.card_width())
            point = event.position().toPoint() - option.rect.topLeft()
            if geometry is not None and geometry.at(point) == "notes-toggle":
                self.toggle_notes(geometry.face.id)
                return True
        return super().editorEvent(event, model, option, index)


def kind_key() -> str:
    """The key to the badge colours, as rich text for a label above the lanes."""
    chips = [
        f'<span style="background-color:{KIND_COLOURS[kind].name()}; color:white; '
        f'font-weight:bold">&nbsp;{escape(tr(LABELS[kind]))}&nbsp;</span>'
        for kind in CardKind
    ]
    return "&nbsp;&nbsp;".join(chips)


def kind_key_tooltip() -> str:
    return tr(
        "The badge on each card says what it is: a demand of that side, a concession it can "
        "make, or a red line it will not cross. Estimates are in utility points, counted from "
        "the status quo; 'us' is our side."
    )
