"""The main window and the boards, offscreen: moves by keyboard and by drop, undo/redo, files,
the unsaved-changes prompt, and bad files that leave the window usable."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from negotiator_gui.core import edits
from negotiator_gui.core.model import CardStatus
from negotiator_gui.paths import default_scenario_path
from negotiator_gui.ui.boards.board import LANES, MIME
from negotiator_gui.ui.shell import main_window as mw
from negotiator_gui.ui.shell.main_window import MainWindow

BAD_DIR = Path(__file__).resolve().parents[2] / "io" / "fixtures" / "bad"


def jp_board(w: MainWindow):
    return next(b for b in w.boards if b.party_id == "JP")


def first_card(board, lane: int) -> str:
    return board.cards_in_lane(lane)[0].id


def test_window_shows_both_boards_and_title(window):
    assert window.windowTitle() == "US–Japan tariff talks, April 2025[*] — Negotiator"
    assert not window.isWindowModified()
    assert [b.party_id for b in window.boards] == ["JP", "US"]  # our side first
    board = jp_board(window)
    shown = sum(lane.count() for lane in board.lanes)
    assert shown == sum(1 for c in window.document.scenario.cards if c.party == "JP")


def test_move_card_by_keyboard_then_undo_redo(window, qtbot):
    board = jp_board(window)
    card = first_card(board, 0)
    board.select(card)
    lane = board.lanes[0]
    qtbot.keyClick(lane, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    s = window.document.scenario
    assert s.card(card).status is CardStatus.ON_TABLE
    assert window.isWindowModified()
    assert window.act_undo.text().startswith("&Undo Move '") or "Move '" in window.act_undo.text()
    window.act_undo.trigger()
    assert s.card(card).status is CardStatus.HELD_BACK
    assert not window.isWindowModified()
    window.act_redo.trigger()
    assert s.card(card).status is CardStatus.ON_TABLE
    # the lanes show it where the model has it
    assert card in [c.id for c in board.cards_in_lane(1)]


def test_toolbar_undo_and_redo_buttons_keep_their_text_and_follow_the_stack(window, qtbot):
    from PySide6.QtWidgets import QToolButton

    def button(text: str) -> QToolButton:
        return next(
            b
            for b in window.toolbar.findChildren(QToolButton)
            if b.defaultAction() is not None and b.defaultAction().text() == text
        )

    undo, redo = button("Undo"), button("Redo")
    assert not undo.isEnabled() and not redo.isEnabled()
    board = jp_board(window)
    card = first_card(board, 0)
    board.select(card)
    qtbot.keyClick(board.lanes[0], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    s = window.document.scenario
    assert "Move '" in window.act_undo.text()  # the menu names the edit
    assert undo.text() == "Undo" and undo.isEnabled() and not redo.isEnabled()
    undo.click()
    assert s.card(card).status is CardStatus.HELD_BACK
    assert redo.isEnabled() and not undo.isEnabled()
    redo.click()
    assert s.card(card).status is CardStatus.ON_TABLE
    assert undo.text() == "Undo" and redo.text() == "Redo"


def test_reorder_within_lane_by_keyboard(window, qtbot):
    board = jp_board(window)
    before = [c.id for c in board.cards_in_lane(0)]
    board.select(before[0])
    qtbot.keyClick(board.lanes[0], Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = [c.id for c in board.cards_in_lane(0)]
    assert after[:2] == [before[1], before[0]]


def _drop(lane, card_id: str, row_item=None):
    mime = QMimeData()
    mime.setData(MIME, card_id.encode())
    pos = QPointF(5, 5) if row_item is None else QPointF(lane.visualItemRect(row_item).center())
    if row_item is None:
        pos = QPointF(5, lane.viewport().height() - 2)
    event = QDropEvent(
        pos,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    lane.dropEvent(event)
    lane.board.refresh()


def test_drag_and_drop_moves_and_links(window):
    s = window.document.scenario
    board = jp_board(window)
    card = first_card(board, 0)
    _drop(board.lanes[2], card)
    assert s.card(card).status in LANES[2][1]
    window.act_undo.trigger()
    assert s.card(card).status is CardStatus.HELD_BACK
    # a US card dropped onto a JP card links the two
    us_board = next(b for b in window.boards if b.party_id == "US")
    us_card = first_card(us_board, 0)
    lane = board.lanes[1]
    target = lane.item(0)
    jp_card = target.data(Qt.ItemDataRole.UserRole)
    _drop(lane, us_card, target)
    assert jp_card in s.card(us_card).links and us_card in s.card(jp_card).links


def test_filter_hides_cards(window):
    board = jp_board(window)
    window.filter.setText("Alaska")
    visible = [
        lane.item(i)
        for lane in board.lanes
        for i in range(lane.count())
        if not lane.item(i).isHidden()
    ]
    assert visible
    assert len(visible) < sum(lane.count() for lane in board.lanes)
    window.filter.clear()
    assert all(not lane.item(i).isHidden() for lane in board.lanes for i in range(lane.count()))


def test_edit_card_through_dialog_values(window, monkeypatch):
    board = jp_board(window)
    card = first_card(board, 0)

    def fake_exec(dialog):
        dialog.title.setText("Autos first")
        return True

    monkeypatch.setattr(mw.CardDialog, "exec", fake_exec)
    window.edit_card(card)
    assert window.document.scenario.card(card).title == "Autos first"
    assert "Edit card" in window.act_undo.text()
    window.act_undo.trigger()
    assert window.document.scenario.card(card).title != "Autos first"


def test_new_and_delete_card(window, monkeypatch):
    def fake_exec(dialog):
        dialog.title.setText("ワクチン協力")  # Japanese text survives
        return True

    monkeypatch.setattr(mw.CardDialog, "exec", fake_exec)
    n = len(window.document.scenario.cards)
    window.new_card()
    s = window.document.scenario
    assert len(s.cards) == n + 1 and s.cards[-1].title == "ワクチン協力"
    window.delete_card(s.cards[-1].id)
    assert len(s.cards) == n


def test_save_to_library_history_and_reopen(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("first cut", True))
    board = jp_board(window)
    card = first_card(board, 0)
    board.move_to_lane(card, 1)
    assert window.save()
    doc = window.document
    assert not window.isWindowModified() and doc.library_revision is not None
    first = doc.library_revision
    board = jp_board(window)
    board.move_to_lane(card, 3)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("rejected it", True))
    assert window.save()
    lib = window.library.library
    log = lib.log(doc.library_scenario)
    assert [r.message for r in log] == ["rejected it", "first cut"]  # newest first
    assert any("status" in line for line in lib.diff(first, doc.library_revision).lines())
    # reopen the first revision: the card is back on the table
    assert window.library.open_scenario(doc.library_scenario, first)
    assert window.document.scenario.card(card).status is CardStatus.ON_TABLE
    assert "revision 1" in window.status.text()


def test_conflict_offers_branch(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("mine", True))
    assert window.save()
    doc = window.document
    original = doc.library_scenario
    lib = window.library.library
    other = copy.deepcopy(doc.scenario)
    other.title = "Changed by a colleague"
    lib.save(original, other, doc.library_revision, "theirs")
    jp_board(window).move_to_lane(first_card(jp_board(window), 0), 1)

    def choose_branch(box):
        box.buttons()[0].click()  # "Save as new branch"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_branch)
    assert window.save()
    assert window.document.library_scenario != original
    assert len(lib.scenarios()) == 2
    assert lib.log(original)[0].message == "theirs"  # their work is untouched


CRASH = """
import os, sys
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import default_scenario_path
from negotiator_gui.store import open_library
s = read_scenario(default_scenario_path()).scenario
s.title = "Work in progress"
open_library(sys.argv[1]).save_recovery(None, s, None)
os._exit(9)  # a crash: no clean shutdown
"""


def test_recovery_after_a_crash(window, settings, monkeypatch):
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", CRASH, settings.value("library/path")], check=False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.library.offer_recovery()
    assert window.document.scenario.title == "Work in progress"
    assert window.isWindowModified()
    assert not window.library.library.pending_recovery()  # offered once


def test_autosave_after_a_pause(window, qtbot, monkeypatch):
    monkeypatch.setattr(window.library.autosave, "interval", lambda: 10)
    window.library.autosave.setInterval(10)
    written = []
    real = window.library.library.save_recovery
    monkeypatch.setattr(
        window.library.library, "save_recovery", lambda *a: written.append(a) or real(*a)
    )
    board = jp_board(window)
    board.move_to_lane(first_card(board, 0), 1)
    qtbot.waitUntil(lambda: bool(written), timeout=2000)
    assert written[0][0] is None  # not in the library yet


def test_save_as_file_and_reopen(window, tmp_path, monkeypatch):
    target = tmp_path / "mine.scenario.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    board = jp_board(window)
    board.move_to_lane(first_card(board, 0), 3)
    assert window.save_as()
    assert not window.isWindowModified() and target.is_file()
    saved = copy.deepcopy(window.document.scenario)
    assert window.settings.value("last/scenario") == str(target)
    assert window.open_path(target)
    assert window.document.scenario == saved
    assert str(target) in window.recent_files()


def test_unsaved_prompt_on_new_and_close(window, monkeypatch):
    board = jp_board(window)
    board.move_to_lane(first_card(board, 0), 1)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    before = window.document
    window.new_document()  # cancelled
    assert window.document is before and window.isWindowModified()
    window.new_document()  # discarded
    assert window.document is not before and not window.isWindowModified()
    assert window.document.scenario.title == "New scenario"


def test_close_with_unsaved_changes_can_be_cancelled(window, monkeypatch):
    board = jp_board(window)
    board.move_to_lane(first_card(board, 0), 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()


@pytest.mark.parametrize("bad", sorted(p.name for p in BAD_DIR.glob("*.json")))
def test_bad_files_show_an_error_and_keep_the_window_usable(window, monkeypatch, bad):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    before = window.document
    assert not window.open_path(BAD_DIR / bad)
    assert shown and shown[0].strip()
    assert window.document is before
    board = jp_board(window)
    board.move_to_lane(first_card(board, 0), 1)  # still usable
    assert window.document.dirty


def test_core_undo_keeps_qt_in_step(window):
    board = jp_board(window)
    board.move_to_lane(first_card(board, 0), 1)
    board.move_to_lane(first_card(board, 0), 1)
    window.document.stack.undo()  # not through Qt
    assert window.undo.qstack.index() == window.document.stack.index == 1
    window.act_undo.trigger()
    assert window.document.stack.index == 0 and not window.isWindowModified()


def test_start_document_prefers_last_then_default(settings, tmp_path):
    doc = mw.start_document(settings)
    assert doc.scenario.id == "us-japan-2025-04" and doc.path is None
    p = tmp_path / "x.scenario.json"
    doc.save_file(p)
    settings.setValue("last/scenario", str(p))
    assert mw.start_document(settings).path == p
    p.write_text("{broken")
    assert mw.start_document(settings).scenario.id == "us-japan-2025-04"


def test_zopa_size_in_the_status_bar_follows_edits(window, qtbot):
    qtbot.waitUntil(lambda: "225,323" in window.zopa.text(), timeout=30_000)
    s = window.document.scenario
    from negotiator_gui.core import edits

    window.document.push(edits.set_reservation(s, "JP", value=99.0))
    qtbot.waitUntil(lambda: window.zopa.text().startswith("ZOPA: 0 packages"), timeout=30_000)


def test_duplicate_card_is_one_undo_step(window):
    board = jp_board(window)
    card = first_card(board, 0)
    board.select(card)
    n = len(window.document.scenario.cards)
    window.act_duplicate_card.trigger()
    s = window.document.scenario
    assert len(s.cards) == n + 1
    copy_ = s.cards[s.cards.index(s.card(card)) + 1]
    assert copy_.title.endswith("(copy)") and copy_.id != card and copy_.links == []
    window.act_undo.trigger()
    assert len(s.cards) == n


def test_a_card_put_on_the_table_sets_the_package_under_discussion(window):
    board = jp_board(window)
    card = next(c for c in board.cards_in_lane(0) if c.issue and c.option)
    board.move_to_lane(card.id, 1)
    assert window.session.package.value[card.issue] == card.option


def test_a_scenario_saved_to_the_library_is_reopened_at_the_next_start(
    make_window, settings, monkeypatch
):
    """Save to the library, quit, start again as ``run`` does: the library's scenario opens,
    not the shipped example (and a file opened later takes its place again)."""
    w = make_window()
    card = w.document.scenario.cards[0]
    w.document.push(edits.set_field(w.document.scenario, "card", card.id, "title", "Kept"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("kept", True))
    assert w.library.save()
    sid = w.document.library_scenario
    w.close()
    w2 = make_window()  # starts on start_document(settings): the shipped example
    assert w2.document.library_scenario is None
    assert w2.library.reopen_last()
    assert w2.document.library_scenario == sid and w2.document.scenario.cards[0].title == "Kept"
    assert not w2.document.dirty
    w2.open_path(default_scenario_path())  # a file: the next start opens it instead
    assert not str(settings.value("last/scenario")).startswith("library:")
