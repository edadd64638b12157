"""A party's concession/demand board: cards in lanes by status, moved by drag and drop or keys.

The board never edits the scenario: a drop or a key press becomes a named command pushed on the
document (so it can be undone), and the board redraws from the scenario when the document
announces a change to cards. Dropping a card from the other side's board onto one of ours links
the two (a demand of theirs answered by a concession of ours).

Keys on a card: Ctrl+Right / Ctrl+Left move it to the next / previous lane, Ctrl+Up / Ctrl+Down
reorder it, Enter edits it, Delete removes it, Space shows or hides its notes. How a card is
painted (and fitted to the lane's width, so a lane never scrolls sideways) is ``card_view``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from negotiator_gui.app.document import Document
from negotiator_gui.core import edits
from negotiator_gui.core.commands import Command, CommandError
from negotiator_gui.core.i18n import N_, local, number, tr
from negotiator_gui.core.model import LABELS, Card, CardKind, CardStatus, Priority, Scenario
from negotiator_gui.core.stack import StackEvent
from negotiator_gui.ui.boards.card_view import (
    EXPANDED_ROLE,
    FACE_ROLE,
    CardDelegate,
    CardFace,
    kind_key,
    kind_key_tooltip,
)
from negotiator_gui.ui.common.text import plain_label

MIME = "application/x-negotiator-card"

#: Lanes left to right, each with the statuses it shows (the first is where a dropped card goes).
LANES: tuple[tuple[str, tuple[CardStatus, ...]], ...] = (
    (N_("Held back"), (CardStatus.HELD_BACK,)),
    (N_("On the table"), (CardStatus.ON_TABLE,)),
    (N_("Accepted / traded"), (CardStatus.ACCEPTED, CardStatus.TRADED)),
    (N_("Rejected / withdrawn"), (CardStatus.REJECTED, CardStatus.WITHDRAWN)),
)

#: Card kinds and priorities as a user reads them (the model's labels, in enum order).
KIND_LABELS = {kind: LABELS[kind] for kind in CardKind}
PRIORITY_LABELS = {priority: LABELS[priority] for priority in Priority}


def matches_filter(s: Scenario, card: Card, text: str) -> bool:
    """A card matches a filter text when its title, notes, tags, owner or issue contain it, in
    English or in any other language they are written in (colleagues type either)."""
    if not text:
        return True
    needle = text.casefold()
    hay = [card.title, card.notes, card.owner, card.issue, *card.tags]
    hay += [t for texts in card.text.values() for t in texts.values()]
    if card.issue:
        with contextlib.suppress(KeyError):
            issue = s.issue(card.issue)
            hay += [issue.title, *(t.get("title", "") for t in issue.text.values())]
    return any(needle in h.casefold() for h in hay)


class LaneList(QListWidget):
    """One lane: a list of cards that accepts drops and handles the board's keys."""

    def __init__(self, board: BoardWidget, lane: int) -> None:
        super().__init__()
        self.board = board
        self.lane = lane
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # cards are fitted to the lane's width (``card_view``): never a sideways scroll bar
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # laid out again when the lane resizes
        self.setUniformItemSizes(False)
        self.setWordWrap(True)  # also what makes the list lay its cards out again on a resize
        self.setSpacing(3)
        self.setItemDelegate(CardDelegate(self, board.toggle_notes))
        self.setAccessibleName(f"{board.party_id} {tr(LANES[lane][0])}")
        self.setToolTip(
            tr(
                "Cards '{lane}'. Drag a card to another lane, or press Ctrl+Left/Right; "
                "Ctrl+Up/Down reorders, Enter edits, Delete removes, Space shows its notes. Drop "
                "a card of the other side onto one of ours to link them."
            ).format(lane=tr(LANES[lane][0]))
        )

    # -- drag and drop: the mime data carries the card id; the drop becomes a command --
    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(MIME, items[0].data(Qt.ItemDataRole.UserRole).encode("utf-8"))
        return data

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        card_id = bytes(event.mimeData().data(MIME)).decode("utf-8")
        target = self.itemAt(event.position().toPoint())
        row = self.row(target) if target is not None else self.count()
        onto = target.data(Qt.ItemDataRole.UserRole) if target is not None else None
        # Copy, not move: the source must not delete its item; the board redraws from the model.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.board.dropped(card_id, self.lane, row, onto)

    # -- keys --
    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if item is not None:
            card_id = item.data(Qt.ItemDataRole.UserRole)
            key = event.key()
            if ctrl and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
                step = 1 if key == Qt.Key.Key_Right else -1
                self.board.move_to_lane(card_id, self.lane + step)
                return
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                self.board.move_within_lane(card_id, self.row(item) + step)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.board.edit_requested.emit(card_id)
                return
            if key == Qt.Key.Key_Delete:
                self.board.delete_requested.emit(card_id)
                return
            if key == Qt.Key.Key_Space and not event.modifiers():
                self.board.toggle_notes(card_id)
                return
        super().keyPressEvent(event)


class BoardWidget(QWidget):
    """One party's board. Signals ask the window to edit or delete a card (it owns dialogs)."""

    edit_requested = Signal(str)
    delete_requested = Signal(str)
    message = Signal(str)  # a refused move, for the status bar
    put_on_table = Signal(str, str)  # issue, option of a card just put on the table

    def __init__(self, document: Document, party_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.party_id = party_id
        self.filter_text = ""
        #: the cards showing their notes (kept across redraws)
        self.expanded: set[str] = set()
        self._select_after_refresh: str | None = None
        #: Joins a card's move onto the table with the choice of its option in the package
        #: under discussion, as one undo step: ``(move, issue, option) -> command``. The window
        #: sets it from its session; None (a board on its own) moves the card only.
        self.package_hook: Callable[[Command, str, str], Command] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        party = document.scenario.party(party_id)
        self.header = plain_label()  # the party's name
        self.header.setStyleSheet(
            f"font-weight: bold; font-size: 13pt; border-bottom: 3px solid {party.colour};"
        )
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        #: what the badge colours mean, above the lanes
        self.key = QLabel(kind_key())
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setToolTip(kind_key_tooltip())
        top.addWidget(self.key)
        layout.addLayout(top)
        row = self.lane_row = QHBoxLayout()
        layout.addLayout(row, 1)
        self.lanes: list[LaneList] = []
        self.lane_titles: list[QLabel] = []
        for k, (title, _) in enumerate(LANES):
            col = QVBoxLayout()
            label = QLabel(tr(title))
            label.setStyleSheet("font-weight: bold;")  # palette colour: readable in dark mode
            label.setWordWrap(True)  # a long lane name must not widen a narrow lane
            col.addWidget(label)
            lane = LaneList(self, k)
            lane.itemDoubleClicked.connect(
                lambda it: self.edit_requested.emit(it.data(Qt.ItemDataRole.UserRole))
            )
            col.addWidget(lane, 1)
            frame = QFrame()
            frame.setLayout(col)
            row.addWidget(frame, 1)
            self.lanes.append(lane)
            self.lane_titles.append(label)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._unsubscribe = document.subscribe(self._on_event)
        self.refresh()

    def closeEvent(self, event) -> None:
        self._unsubscribe()
        super().closeEvent(event)

    def _on_event(self, event: StackEvent) -> None:
        if event.reason in ("clean",):
            return
        if event.reason == "reset" or any(
            c.kind in ("card", "issue", "option", "party", "scenario") for c in event.changes
        ):
            # Redraw once the current event is over: a key press or drop on a lane must not see
            # its items deleted under it, and a burst of edits costs one redraw.
            self._refresh_timer.start()

    # -- drawing --
    def cards_in_lane(self, lane: int) -> list[Card]:
        statuses = LANES[lane][1]
        s = self.document.scenario
        cards = [c for c in s.cards if c.party == self.party_id and c.status in statuses]
        return sorted(cards, key=lambda c: (statuses.index(c.status), c.order))

    def refresh(self) -> None:
        s = self.document.scenario
        party = s.party(self.party_id)
        total = sum(1 for c in s.cards if c.party == self.party_id)
        self.header.setText(tr("{party} ({n})").format(party=local(party, "name"), n=number(total)))
        selected = self.selected_card()
        for k, lane in enumerate(self.lanes):
            lane.clear()
            cards = self.cards_in_lane(k)
            self.lane_titles[k].setText(f"{tr(LANES[k][0])} ({len(cards)})")
            # a lane with cards gets twice the width of an empty one (still a place to drop)
            self.lane_row.setStretch(k, 2 if cards else 1)
            for card in cards:
                face = CardFace.of(s, card)
                item = QListWidgetItem(face.text())
                item.setData(Qt.ItemDataRole.UserRole, card.id)
                item.setData(FACE_ROLE, face)
                item.setData(EXPANDED_ROLE, card.id in self.expanded)
                item.setToolTip(face.tooltip())
                lane.addItem(item)
                item.setHidden(not matches_filter(s, card, self.filter_text))  # once in the list
                if card.id == selected:
                    lane.setCurrentItem(item)
        if self._select_after_refresh:
            card_id, self._select_after_refresh = self._select_after_refresh, None
            self.select(card_id)

    def toggle_notes(self, card_id: str) -> None:
        """Show or hide a card's notes on the card (Space, or a click on "Notes ▸")."""
        self.expanded ^= {card_id}
        for lane in self.lanes:
            for i in range(lane.count()):
                item = lane.item(i)
                if item.data(Qt.ItemDataRole.UserRole) == card_id:
                    item.setData(EXPANDED_ROLE, card_id in self.expanded)
                    lane.itemDelegate().sizeHintChanged.emit(lane.indexFromItem(item))
                    return

    def set_filter(self, text: str) -> None:
        self.filter_text = text
        self.refresh()

    def selected_card(self) -> str | None:
        for lane in self.lanes:
            item = lane.currentItem()
            if item is not None and lane.hasFocus():
                return item.data(Qt.ItemDataRole.UserRole)
        for lane in self.lanes:
            item = lane.currentItem()
            if item is not None and item.isSelected():
                return item.data(Qt.ItemDataRole.UserRole)
        return None

    def select_later(self, card_id: str) -> None:
        """Select a card once the pending redraw has shown it."""
        self._select_after_refresh = card_id

    def select(self, card_id: str) -> None:
        for lane in self.lanes:
            for i in range(lane.count()):
                if lane.item(i).data(Qt.ItemDataRole.UserRole) == card_id:
                    lane.setCurrentRow(i)
                    lane.setFocus()
                    return

    # -- edits (all through commands) --
    def _push(self, make: Callable[[], object]) -> bool:
        try:
            self.document.push(make())
        except CommandError as exc:
            self.message.emit(str(exc))
            return False
        return True

    def _lane_of(self, card: Card) -> int:
        return next(k for k, (_, sts) in enumerate(LANES) if card.status in sts)

    def move_to_lane(self, card_id: str, lane: int, row: int | None = None) -> None:
        if not 0 <= lane < len(LANES):
            return
        s = self.document.scenario
        card = s.card(card_id)
        statuses = LANES[lane][1]
        status = card.status if card.status in statuses else statuses[0]
        lane_cards = [c for c in self.cards_in_lane(lane) if c.status == status and c.id != card_id]
        position = len(lane_cards) if row is None else min(row, len(lane_cards))
        was = card.status
        to_table = status is CardStatus.ON_TABLE and was is not status
        issue, option = card.issue, card.option

        def make() -> Command:
            move = edits.move_card(s, card_id, status, position)
            if to_table and issue and option and self.package_hook is not None:
                return self.package_hook(move, issue, option)
            return move

        if self._push(make):
            self._select_after_refresh = card_id
            if to_table and issue and option:
                self.put_on_table.emit(issue, option)

    def move_within_lane(self, card_id: str, row: int) -> None:
        card = self.document.scenario.card(card_id)
        self.move_to_lane(card_id, self._lane_of(card), max(0, row))

    def dropped(self, card_id: str, lane: int, row: int, onto: str | None) -> None:
        s = self.document.scenario
        try:
            card = s.card(card_id)
        except KeyError:
            return
        if card.party != self.party_id:
            if onto is None:
                self.message.emit(tr("Drop a card of the other side onto one of ours to link them"))
                return
            self._push(lambda: edits.link_cards(s, card_id, onto))
            return
        self.move_to_lane(card_id, lane, row)
