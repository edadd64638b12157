"""The dialogs of the boards, the library and File → Import/Export speak Japanese, and every
control in them has a tooltip (the dialogs are built in Japanese on a scenario whose free text
is Japanese, as in test_visible_strings.py)."""

from __future__ import annotations

import pytest
from visible_text import check_translated, untranslated

from dialogs import capture_dialogs
from negotiator_gui.ui.boards.card_dialog import CardDialog
from negotiator_gui.ui.io.dialogs import ExportOptionsDialog, GeniusDialog, TableMappingDialog
from negotiator_gui.ui.library import controller as library_ui

check = check_translated


def test_card_dialog(ja_window):
    w, allowed = ja_window
    s = w.document.scenario
    card = next(c for c in s.cards if c.issue and c.option)
    dialog = CardDialog(s, card, w)
    check(dialog, allowed)
    dialog.title.setText("")
    dialog._accept()
    assert dialog.error.text() and not untranslated(dialog, allowed)


def test_board_lanes_and_cards(ja_window):
    w, allowed = ja_window
    for board in w.boards:
        check(board, allowed)


def test_table_mapping_dialog(ja_window, tmp_path):
    w, allowed = ja_window
    table = tmp_path / "flows.csv"
    table.write_text("輸入国,輸出国,品目,金額\n", encoding="utf-8")
    columns = ["輸入国", "輸出国", "品目", "金額"]
    dialog = TableMappingDialog(table, w.document.scenario, None, "", columns, w)
    check(dialog, allowed | {"flows", "csv"})


def test_genius_dialog(ja_window):
    w, allowed = ja_window
    dialog = GeniusDialog(w)
    check(dialog, allowed)


@pytest.mark.parametrize("workbook", [True, False])
def test_export_options_dialog(ja_window, workbook):
    w, allowed = ja_window
    dialog = ExportOptionsDialog(w, workbook=workbook, party="JP")
    check(dialog, allowed)
    dialog.redacted.setChecked(True)
    check(dialog, allowed)


def test_library_dialogs(ja_window, monkeypatch):
    w, allowed = ja_window
    lib = w.library.library
    lib.author = "山田"
    doc = w.document
    info = lib.create(doc.scenario, message="最初の保存")
    doc.library_scenario, doc.library_revision = info.scenario_id, info.id
    shown = capture_dialogs(monkeypatch, library_ui)
    w.library.open_dialog()
    w.library.history_dialog()
    assert len(shown) == 2
    for dialog in shown:
        check(dialog, allowed)
    w._update_title()
    assert "第 1 版" in w.status.text()
