"""File → Merge a colleague's file…: the preview dialog, the choice per conflict, Apply as one
undoable edit, and the two-way comparison when the library has no common version."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QDialogButtonBox

from negotiator_gui.app.document import Document
from negotiator_gui.core import edits
from negotiator_gui.io.scenario_file import write_scenario


def _in_library(window) -> None:
    doc = window.document
    info = window.session.library.create(doc.scenario, message="shared")
    doc.library_scenario, doc.library_revision = info.scenario_id, info.id


def _colleague_file(window, tmp_path, title: str, card_index: int):
    theirs = copy.deepcopy(window.document.scenario)
    card = theirs.cards[card_index]
    edits.set_field(theirs, "card", card.id, "title", title).apply(theirs)
    path = tmp_path / "colleague.scenario.json"
    write_scenario(theirs, path)
    return str(path), card.id


def test_edits_in_different_places_merge_without_a_question_and_undo(window, tmp_path):
    from negotiator_gui.ui.io.merge import MergeDialog

    _in_library(window)
    doc = window.document
    before = copy.deepcopy(doc.scenario)
    mine_card = doc.scenario.cards[0].id
    doc.push(edits.set_field(doc.scenario, "card", mine_card, "title", "Mine"))
    path, their_card = _colleague_file(window, tmp_path, "Theirs", 1)
    # the colleague started from the library version, not from our unsaved edit
    copy_theirs = copy.deepcopy(before)
    edits.set_field(copy_theirs, "card", their_card, "title", "Theirs").apply(copy_theirs)
    write_scenario(copy_theirs, path)
    part = window.part("merge")
    assert part.action in window.file_menu.actions()
    dialog = part.merge_file(path)
    assert isinstance(dialog, MergeDialog)
    assert dialog.table.rowCount() == 0
    lines = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert len(lines) == 1 and "Theirs" in lines[0]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    s = doc.scenario
    assert s.card(mine_card).title == "Mine"
    assert s.card(their_card).title == "Theirs"
    assert doc.stack.undo_name().endswith("colleague.scenario.json")
    doc.stack.undo()
    assert s.card(their_card).title == before.card(their_card).title
    assert doc.scenario.card(mine_card).title == "Mine"
    doc.stack.redo()
    assert doc.scenario.card(their_card).title == "Theirs"


def test_the_same_field_is_a_conflict_chosen_in_the_dialog(window, tmp_path):
    _in_library(window)
    doc = window.document
    base = copy.deepcopy(doc.scenario)
    card = doc.scenario.cards[0].id
    path, _ = _colleague_file(window, tmp_path, "Theirs", 0)
    doc.push(edits.set_field(doc.scenario, "card", card, "title", "Mine"))
    dialog = window.part("merge").merge_file(path)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row[2] == "“Mine”" and row[3] == "“Theirs”"
    assert row[1] == f"“{base.card(card).title}”"
    # all mine: nothing changes in my copy
    dialog.choose_all("mine")
    assert dialog.changes.count() == 1 and dialog.changes.item(0).text().startswith("Nothing")
    dialog.all_theirs.click()
    assert dialog.choices() == {1: "theirs"}
    assert "Theirs" in dialog.changes.item(0).text()
    depth = doc.stack.index
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert doc.scenario.card(card).title == "Theirs"
    assert doc.stack.index == depth + 1
    doc.stack.undo()
    assert doc.scenario.card(card).title == "Mine"


def test_cancel_changes_nothing(window, tmp_path):
    _in_library(window)
    doc = window.document
    path, _card = _colleague_file(window, tmp_path, "Theirs", 0)
    before = copy.deepcopy(doc.scenario)
    dialog = window.part("merge").merge_file(path)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert doc.scenario == before
    assert not doc.stack.can_undo()


def test_without_a_common_version_it_says_so_and_compares(window, tmp_path):
    from negotiator_gui.ui.io.merge import ComparisonDialog

    doc = window.document
    assert doc.library_revision is None  # not from the library: nothing to search
    path, card = _colleague_file(window, tmp_path, "Theirs", 0)
    dialog = window.part("merge").merge_file(path)
    assert isinstance(dialog, ComparisonDialog)
    assert "No common version" in dialog.message.text()
    lines = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert len(lines) == 1 and card in lines[0] and "Theirs" in lines[0]
    assert not doc.stack.can_undo()


def test_a_merge_applied_then_saved_is_a_revision_with_both_parents(window, tmp_path):
    from negotiator_gui.app.usecases.library_document import file_origin, save_document
    from negotiator_gui.app.usecases.scenario_files import save_scenario

    library = window.library.library
    _in_library(window)
    doc = window.document
    shared = doc.library_revision
    # a colleague branched from the shared revision in the library and sent it as a file
    theirs = copy.deepcopy(doc.scenario)
    their_card = theirs.cards[1].id
    edits.set_field(theirs, "card", their_card, "title", "Theirs").apply(theirs)
    branch = library.save_as_branch(theirs, shared, "Tanaka copy", author="tanaka")
    colleague = Document(theirs)
    colleague.library_scenario, colleague.library_revision = branch.scenario_id, branch.id
    path = tmp_path / "tanaka.scenario.json"
    save_scenario(theirs, path, file_origin(library, colleague))
    # meanwhile we edited another card
    mine_card = doc.scenario.cards[0].id
    doc.push(edits.set_field(doc.scenario, "card", mine_card, "title", "Mine"))
    dialog = window.part("merge").merge_file(str(path))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert doc.scenario.card(their_card).title == "Theirs"
    assert doc.merged_from is not None and doc.merged_from.revision_id == branch.id
    info = save_document(library, doc, "", lambda c: None)
    assert (info.action, info.parent_id, info.merged_id) == ("merge", shared, branch.id)
    assert library.load(info.id).card(mine_card).title == "Mine"
    assert library.describe(library.log(info.scenario_id)[0]) == (
        "Merge of revision 1 of 'Tanaka copy' (tanaka) into revision 1"
    )


def test_a_merged_plain_file_saves_as_a_merge_named_by_the_file(window, tmp_path):
    from negotiator_gui.app.usecases.library_document import save_document

    _in_library(window)
    doc = window.document
    path, their_card = _colleague_file(window, tmp_path, "Theirs", 1)
    dialog = window.part("merge").merge_file(path)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert doc.scenario.card(their_card).title == "Theirs"
    info = save_document(window.library.library, doc, "", lambda c: None)
    assert (info.action, info.merged_id) == ("merge", None)
    assert info.message == "Merge of colleague.scenario.json"


def test_save_as_a_file_names_the_library_revision_it_came_from(window, tmp_path):
    from negotiator_gui.io.scenario_file import read_scenario

    _in_library(window)
    doc = window.document
    info = window.library.library.revision(doc.library_revision)
    path = tmp_path / "mine.scenario.json"
    assert window._save_to(path)
    origin = read_scenario(path).origin
    assert origin is not None and (origin.revision, origin.scenario) == (info.id, info.scenario_id)
    assert origin.content_hash == info.hash
