"""The saved-packages panel and package choice as undoable edits in the window: new from current,
rename, note, choose and delete are steps of the history; a refused name is said on the panel;
choosing a solution in the builder and putting a card on the table undo as one step each."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.model import CardStatus


def _other(session) -> dict[str, str]:
    """A package that differs from the current one on every issue with two options or more."""
    out = {}
    for issue in session.document.scenario.issues:
        others = [o.id for o in issue.options if o.id != session.package.value.get(issue.id)]
        if others:
            out[issue.id] = others[0]
    return out


def _texts(panel) -> list[str]:
    return [panel.list.item(k).text() for k in range(panel.list.count())]


def _names(panel) -> list[str]:
    return [t.removesuffix(" (under discussion)") for t in _texts(panel)]


def test_the_panel_keeps_renames_notes_chooses_and_deletes_packages_undoably(panel_host):
    panel = panel_host.panel("named-packages")
    session = panel_host.session
    doc = session.document
    stack = doc.stack
    start = _names(panel)
    assert start == [p.name for p in doc.scenario.packages]
    opening = dict(session.package.value)

    assert panel.new_from_current("Option A")
    assert stack.undo_name() == "Save package 'Option A'"
    assert _texts(panel)[-1] == "Option A (under discussion)"
    assert panel.list.currentItem().font().bold()
    saved = doc.scenario.packages[-1]
    assert saved.choices == opening

    assert not panel.new_from_current("  option a ")  # the same name: refused, said
    assert "already a package named 'option a'" in panel.message.text()
    assert not panel.new_from_current("")
    assert "needs a name" in panel.message.text()
    assert len(stack) == 1

    assert panel.rename(saved.id, "Minister's fallback")
    assert _texts(panel)[-1] == "Minister's fallback (under discussion)"
    assert panel.message.text() == ""
    assert panel.edit_note(saved.id, "Only if autos fail")
    assert "Only if autos fail" in panel.list.item(panel.list.count() - 1).toolTip()

    other = _other(session)
    assert session.choose(other)
    assert _texts(panel)[-1] == "Minister's fallback"  # no longer under discussion
    assert panel.choose(saved.id)
    assert stack.undo_name() == "Choose package “Minister's fallback”"
    assert session.package.value == opening
    stack.undo()  # the choice
    assert session.package.value == {**opening, **other}

    assert panel.delete(saved.id)
    assert _names(panel) == start
    stack.undo()
    assert _texts(panel)[-1] == "Minister's fallback"
    while stack.can_undo():
        stack.undo()
    assert _names(panel) == start and session.package.value == opening and not doc.dirty


def test_the_buttons_ask_for_the_name_and_need_a_selection(panel_host, monkeypatch):
    panel = panel_host.panel("named-packages")
    panel.list.setCurrentRow(-1)
    assert not panel.rename_button.isEnabled() and not panel.delete_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Option B", True))
    panel.new_button.click()
    assert _texts(panel)[-1] == "Option B (under discussion)"
    assert panel.selected() == panel_host.document.scenario.packages[-1].id
    assert panel.rename_button.isEnabled() and panel.delete_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))  # cancelled
    panel.rename_button.click()
    assert _texts(panel)[-1] == "Option B (under discussion)"


def test_a_solution_taken_in_the_builder_is_one_named_undo_step(window):
    builder = window.panel("package-builder")
    session, stack = window.session, window.document.stack
    before = dict(session.package.value)
    front = bg.frontier(bg.build_space(window.document.scenario))
    nash = bg.solutions(front)["nash"]
    expected = front.space.choices(front.packages(nash.points[0], 1)[0])
    assert expected != before, "the test needs Nash to differ from the opening package"
    depth = len(stack)
    assert builder.choose_solution("nash")
    assert len(stack) == depth + 1
    assert stack.undo_name() == "Choose package “Nash bargaining solution”"
    assert "Choose package" in window.act_undo.text()
    window.act_undo.trigger()
    assert session.package.value == before
    assert {i: c.currentData() for i, c in builder.combos.items()} == before
    window.act_redo.trigger()
    assert session.package.value == expected


def test_a_card_put_on_the_table_takes_its_option_in_the_same_undo_step(window):
    session, doc = window.session, window.document
    s = doc.scenario
    board, card = next(
        (b, c)
        for b in window.boards
        for c in b.cards_in_lane(0)
        if c.issue and c.option and session.package.value.get(c.issue) != c.option
    )
    before = dict(session.package.value)
    depth = len(doc.stack)
    board.move_to_lane(card.id, 1)
    assert s.card(card.id).status is CardStatus.ON_TABLE
    assert session.package.value == {**before, card.issue: card.option}
    assert len(doc.stack) == depth + 1
    window.act_undo.trigger()
    assert s.card(card.id).status is not CardStatus.ON_TABLE
    assert session.package.value == before
    window.act_redo.trigger()
    assert session.package.value[card.issue] == card.option


def test_saved_packages_survive_a_library_save_quit_and_start(make_window, monkeypatch):
    """Save → quit → start → reopen: the named package (with its note) and the package under
    discussion come back, in the panel and in the session."""
    w = make_window()
    panel = w.panel("named-packages")
    other = _other(w.session)
    assert w.session.choose(other, "Option A")
    chosen = dict(w.session.package.value)
    assert panel.new_from_current("Option A") and panel.edit_note(None, "for the call")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("packages", True))
    assert w.library.save()
    w.close()
    w2 = make_window()  # a new start, as ``run`` does it
    assert w2.library.reopen_last()
    assert w2.session.package.value == chosen and not w2.document.dirty
    panel2 = w2.panel("named-packages")
    assert _texts(panel2)[-1] == "Option A (under discussion)"
    kept = w2.document.scenario.packages[-1]
    assert (kept.name, kept.note, kept.choices) == ("Option A", "for the call", chosen)
    builder = w2.panel("package-builder")
    assert {i: c.currentData() for i, c in builder.combos.items()} == chosen
