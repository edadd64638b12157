"""The boards on a 1366×768 laptop: each lane shows at least three whole cards, no lane scrolls
sideways, titles are cut only at a word, estimates are said in words, notes open on the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from negotiator_gui.core.model import Card, CardKind
from negotiator_gui.ui.boards.card_view import (
    FACE_ROLE,
    CardGeometry,
    elide_at_word,
    estimate_words,
    wrap,
)
from negotiator_gui.ui.shell import layouts

#: A 1366×768 laptop screen, less a 40 px task bar.
LAPTOP = QRect(0, 0, 1366, 728)


@pytest.fixture
def laptop(make_window, monkeypatch, qtbot):
    """The main window started for the first time on a 1366×768 laptop."""
    monkeypatch.setattr(layouts, "screen_area", lambda window: QRect(LAPTOP))
    w = make_window()
    w.fit_to_screen()
    qtbot.waitUntil(lambda: w.layout_applied)
    qtbot.waitUntil(lambda: w.width() == LAPTOP.width() and w.height() == LAPTOP.height())
    return w


def whole_cards(lane) -> int:
    """How many of a lane's cards are shown whole in its viewport."""
    viewport = lane.viewport().rect()
    return sum(
        1
        for i in range(lane.count())
        if not lane.item(i).isHidden() and viewport.contains(lane.visualItemRect(lane.item(i)))
    )


def lanes_laid_out(window) -> bool:
    """Every card as tall as its painted content at the lane's current width (the list lays
    its cards out again a moment after a resize)."""
    for board in window.boards:
        for lane in board.lanes:
            delegate = lane.itemDelegate()
            for i in range(lane.count()):
                index = lane.indexFromItem(lane.item(i))
                want = delegate.geometry(index, delegate.card_width()).height
                if lane.visualItemRect(lane.item(i)).height() != want:
                    return False
    return True


def test_each_lane_shows_three_whole_cards_and_never_scrolls_sideways(laptop, qtbot):
    assert laptop.layouts.focused  # a narrow screen: Boards focus on the first start
    qtbot.waitUntil(lambda: lanes_laid_out(laptop))
    s = laptop.document.scenario
    for board in laptop.boards:
        for k, lane in enumerate(board.lanes):
            n = len(board.cards_in_lane(k))
            assert lane.count() == n
            assert whole_cards(lane) >= min(3, n), (board.party_id, k)
            assert not lane.horizontalScrollBar().isVisible()
            assert lane.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            for i in range(lane.count()):  # no card wider than the lane
                assert lane.visualItemRect(lane.item(i)).right() <= lane.viewport().width()
    assert sum(lane.count() for b in laptop.boards for lane in b.lanes) == len(s.cards)


def _shown_words_are_a_word_prefix(title: str, lines: list[str]) -> bool:
    """The lines show the title whole, or its first words followed by "…" (a cut after a
    "/" or "-" inside a word counts as a word)."""
    shown = " ".join(lines)
    if not shown.endswith("…"):
        return shown.split() == title.split()
    head = shown[:-1].replace(" ", "")
    flat = title.replace(" ", "")
    if not flat.startswith(head):
        return False
    # where the cut falls in the title: at a space, or after a "/" or "-"
    k, n = 0, 0
    while n < len(head):
        if title[k] != " ":
            n += 1
        k += 1
    return k == len(title) or title[k] == " " or title[k - 1] in "/-"


def test_titles_are_whole_or_cut_at_a_word(laptop, qtbot):
    qtbot.waitUntil(lambda: lanes_laid_out(laptop))
    cut = 0
    for board in laptop.boards:
        for lane in board.lanes:
            delegate = lane.itemDelegate()
            for i in range(lane.count()):
                index = lane.indexFromItem(lane.item(i))
                geometry = delegate.geometry(index, delegate.card_width())
                title = geometry.face.title
                lines = geometry.texts("title")
                assert 1 <= len(lines) <= 2
                fm = QFontMetrics(geometry.title_font)
                pieces = [p for p in geometry.pieces if p.role == "title"]
                for line, piece in zip(lines, pieces, strict=True):
                    assert fm.horizontalAdvance(line) <= piece.rect.width()
                    assert piece.rect.right() < delegate.card_width()
                assert _shown_words_are_a_word_prefix(title, lines), (title, lines)
                cut += lines[-1].endswith("…")
                # the full title is in the tooltip
                assert title in lane.item(i).toolTip()
    assert cut  # the laptop's lanes are narrow enough that some titles are cut


def test_a_wider_lane_shows_more_of_each_title(laptop):
    lane = laptop.boards[0].lanes[0]
    faces = [lane.item(i).data(FACE_ROLE) for i in range(lane.count())]
    face = max(faces, key=lambda f: len(f.title))
    font = lane.font()
    narrow = CardGeometry(face, False, 120, font)
    wide = CardGeometry(face, False, 2000, font)
    assert wide.texts("title") == [face.title]
    assert narrow.texts("title")[-1].endswith("…") and len(narrow.texts("title")) == 2
    assert narrow.height > wide.height  # the narrow card is taller, not wider than its lane


@pytest.mark.parametrize(
    "value, cost, ours, expected",
    [
        (1.4, 3.5, True, "worth +1.4 to us · costs them 3.5"),
        (-1.4, -3.5, True, "costs us 1.4 · worth +3.5 to them"),
        (30, 20, False, "worth +30 to them · costs us 20"),
        (-8, None, False, "costs them 8"),
        (None, -2, True, "worth +2 to them"),
        (None, None, True, ""),
    ],
)
def test_estimates_are_said_in_words_with_a_sign_that_reads(value, cost, ours, expected):
    card = Card("c", "JP", CardKind.DEMAND, "t", value_to_us=value, cost_to_them=cost)
    assert estimate_words(card, ours) == expected


def test_elision_and_wrapping_respect_words(qapp):
    from PySide6.QtGui import QFont

    fm = QFontMetrics(QFont())
    text = "No rice access beyond the minimum-access quota"
    for width in range(40, fm.horizontalAdvance(text) + 20, 7):
        cut = elide_at_word(text, fm, width)
        assert fm.horizontalAdvance(cut) <= width or " " not in cut
        if cut != text:
            assert cut.endswith("…")
            assert _shown_words_are_a_word_prefix(text, [cut])
        lines = wrap(text, fm, width)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert all(fm.horizontalAdvance(line) <= width for line in lines if " " in line)


def test_notes_open_on_the_card_with_space_and_a_click(laptop, qtbot):
    board = laptop.boards[0]
    lane = board.lanes[0]
    card = next(c for c in board.cards_in_lane(0) if c.notes)
    board.select(card.id)
    item = lane.currentItem()
    before = lane.visualItemRect(item).height()
    qtbot.keyClick(lane, Qt.Key.Key_Space)
    assert card.id in board.expanded
    delegate = lane.itemDelegate()
    geometry = delegate.geometry(lane.indexFromItem(item), delegate.card_width())
    shown = " ".join(geometry.texts("notes")).replace(" ", "")
    assert shown == card.notes.replace(" ", "").replace("\n", "")
    qtbot.waitUntil(lambda: lane.visualItemRect(item).height() > before)
    # a redraw keeps them open; a click on "Notes ▾" closes them
    board.refresh()
    item = next(
        lane.item(i)
        for i in range(lane.count())
        if lane.item(i).data(Qt.ItemDataRole.UserRole) == card.id
    )
    geometry = delegate.geometry(lane.indexFromItem(item), delegate.card_width())
    toggle = next(p for p in geometry.pieces if p.role == "notes-toggle")
    assert toggle.text == "Notes ▾"
    at = toggle.rect.center() + lane.visualItemRect(item).topLeft()
    qtbot.mouseClick(lane.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert card.id not in board.expanded
    qtbot.waitUntil(lambda: lane.visualItemRect(item).height() == before)


def test_a_key_explains_the_badge_colours(laptop):
    from negotiator_gui.ui.boards.card_view import KIND_COLOURS

    for board in laptop.boards:
        key = board.key.text()
        for colour in KIND_COLOURS.values():
            assert colour.name() in key
        for word in ("Demand", "Concession", "Red line"):
            assert word in key
        assert board.key.toolTip()


def test_japanese_text_without_spaces_is_cut_where_a_line_may_break(qapp):
    from PySide6.QtGui import QFont

    fm = QFontMetrics(QFont())
    text = "米国産コメの輸入枠拡大は最低輸入量の範囲内に限る"
    width = fm.horizontalAdvance(text) // 2
    cut = elide_at_word(text, fm, width)
    assert cut.endswith("…") and text.startswith(cut[:-1]) and len(cut) > 1
    assert fm.horizontalAdvance(cut) <= width
    lines = wrap(text, fm, width, max_lines=3)
    assert "".join(lines) == text
    assert all(fm.horizontalAdvance(line) <= width for line in lines)
