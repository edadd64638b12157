"""Cards in two languages: the card dialog edits a card's Japanese title as one undoable step,
and a window in Japanese shows the Japanese names of the scenario file (read as plain JSON)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from negotiator_gui.core.i18n import local
from negotiator_gui.paths import default_scenario_path
from negotiator_gui.ui.shell import main_window as mw


def _raw():
    return json.loads(default_scenario_path().read_text(encoding="utf-8"))


def test_the_card_dialog_sets_the_japanese_title_undoably(window, monkeypatch):
    s = window.document.scenario
    card = next(c for c in s.cards if c.party == "JP")
    english = card.title

    def fake_exec(dialog):
        assert dialog.local_titles["ja"].text() == card.text.get("ja", {}).get("title", "")
        dialog.local_titles["ja"].setText("自動車関税の全面撤廃")
        return True

    monkeypatch.setattr(mw.CardDialog, "exec", fake_exec)
    before = dict(card.text)
    window.edit_card(card.id)
    card = window.document.scenario.card(card.id)
    assert card.text["ja"]["title"] == "自動車関税の全面撤廃" and card.title == english
    window.act_undo.trigger()
    assert window.document.scenario.card(card.id).text == before


def test_clearing_the_japanese_title_shows_the_english_one_again(window, monkeypatch):
    s = window.document.scenario
    card = next(c for c in s.cards if c.text.get("ja", {}).get("title"))

    def fake_exec(dialog):
        dialog.local_titles["ja"].setText("")
        return True

    monkeypatch.setattr(mw.CardDialog, "exec", fake_exec)
    window.edit_card(card.id)
    card = window.document.scenario.card(card.id)
    assert "title" not in card.text.get("ja", {})
    assert local(card, "title", "ja") == card.title


def test_a_window_in_japanese_shows_the_japanese_names(japanese, make_window):
    window = make_window()
    raw = _raw()
    ja_cards = {c["id"]: c["text"]["ja"]["title"] for c in raw["cards"]}
    ja_parties = {p["id"]: p["text"]["ja"]["name"] for p in raw["parties"]}
    en_cards = {c["title"] for c in raw["cards"]}
    for board in window.boards:
        assert board.header.text().startswith(ja_parties[board.party_id])
        for k, lane in enumerate(board.lanes):
            cards = board.cards_in_lane(k)
            shown = [lane.item(i).text().split("\n")[0] for i in range(lane.count())]
            assert shown == [ja_cards[c.id] for c in cards]
            assert not set(shown) & en_cards


def test_the_board_filter_finds_a_card_by_either_title(window):
    board = next(b for b in window.boards if b.party_id == "JP")
    s = window.document.scenario
    card = next(c for c in s.cards if c.party == "JP" and c.text.get("ja", {}).get("title"))
    for needle in (card.title, card.text["ja"]["title"]):
        window.filter.setText(needle)
        visible = [
            lane.item(i).data(Qt.ItemDataRole.UserRole)
            for lane in board.lanes
            for i in range(lane.count())
            if not lane.item(i).isHidden()
        ]
        assert card.id in visible, needle
    window.filter.clear()


def test_ok_without_a_change_is_quiet_in_japanese(japanese, make_window, monkeypatch):
    """A card dialog closed with OK and nothing changed warns of nothing, whatever the language
    ("nothing changed" is told apart by its type, not by its translated message)."""
    window = make_window()
    card = window.document.scenario.cards[0]
    warned = []
    monkeypatch.setattr(mw.CardDialog, "exec", lambda dialog: True)
    monkeypatch.setattr(mw.QMessageBox, "warning", lambda *a, **k: warned.append(a))
    depth = len(window.document.stack)
    window.edit_card(card.id)
    assert warned == [] and len(window.document.stack) == depth
