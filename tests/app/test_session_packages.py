"""The package under discussion and the named packages are work kept with the scenario (no Qt):
choosing is an undoable edit, and both survive a save to a file or the library and a new start."""

from __future__ import annotations

import pytest

from negotiator_gui.app.document import Document
from negotiator_gui.app.session import MemorySettings, Session
from negotiator_gui.app.usecases.library_document import save_document
from negotiator_gui.core import edits
from negotiator_gui.core.commands import CommandError
from negotiator_gui.core.model import CardStatus
from negotiator_gui.store import open_library


def _other_options(session: Session) -> dict[str, str]:
    """Every issue on an option that is not the current one (any scenario with 2+ options)."""
    s = session.document.scenario
    out = {}
    for issue in s.issues:
        others = [o.id for o in issue.options if o.id != session.package.value.get(issue.id)]
        if others:
            out[issue.id] = others[-1]
    assert out, "the scenario needs an issue with two options"
    return out


def test_choose_is_an_undoable_named_edit_and_the_package_follows_undo_and_redo():
    session = Session(Document.default())
    doc = session.document
    opening = dict(session.package.value)
    target = _other_options(session)
    assert session.choose(target, "Nash")
    assert doc.stack.undo_name() == "Choose package “Nash”" and doc.dirty
    assert session.package.value == {**opening, **target}
    assert doc.scenario.working_package == {**opening, **target}
    assert not session.choose(target, "Nash")  # already so: no second step
    assert len(doc.stack) == 1
    doc.stack.undo()
    assert session.package.value == opening and not doc.dirty
    doc.stack.redo()
    assert session.package.value == {**opening, **target}


def test_a_card_move_and_its_option_undo_as_one_step():
    session = Session(Document.default())
    doc, s = session.document, session.document.scenario
    card = next(
        c
        for c in s.cards
        if c.issue
        and c.option
        and c.status is not CardStatus.ON_TABLE
        and session.package.value.get(c.issue) != c.option
    )
    before = dict(session.package.value)
    move = edits.move_card(s, card.id, CardStatus.ON_TABLE, 0)
    doc.push(session.with_choice(move, {card.issue: card.option}))
    assert session.package.value == {**before, card.issue: card.option}
    assert len(doc.stack) == 1 and doc.stack.undo_name() == move.name
    doc.stack.undo()
    assert s.card(card.id).status is not CardStatus.ON_TABLE
    assert session.package.value == before


def test_named_and_working_packages_survive_a_file_save_and_reopen(tmp_path):
    session = Session(Document.default())
    doc = session.document
    target = _other_options(session)
    session.choose(target)
    doc.push(edits.save_package(doc.scenario, "Option A", session.package.value, "for the call"))
    chosen = dict(session.package.value)
    path = tmp_path / "work.scenario.json"
    doc.save_file(path)
    again = Session(Document.open_file(path))
    assert again.package.value == chosen
    assert again.document.scenario.working_package == chosen
    kept = [p for p in again.document.scenario.packages if p.name == "Option A"]
    assert len(kept) == 1 and kept[0].choices == chosen and kept[0].note == "for the call"


def test_library_save_then_a_new_session_reopens_the_last_scenario_with_its_packages(tmp_path):
    settings = MemorySettings()
    library = open_library(tmp_path / "library.sqlite", author="test")
    try:
        session = Session(Document.default(), settings, library)
        doc = session.document
        session.choose(_other_options(session), "Minister's fallback")
        doc.push(edits.save_package(doc.scenario, "Minister's fallback", session.package.value))
        chosen = dict(session.package.value)
        save_document(library, doc, "packages", lambda conflict: None)
        session.remember_last(doc)
    finally:
        library.close()
    # a new start: the settings say which scenario, the library has it
    library = open_library(tmp_path / "library.sqlite", author="test")
    try:
        fresh = Session(Document.default(), settings, library)
        sid = fresh.last_library_scenario()
        assert sid is not None
        _info, scenario = library.open_latest(sid)
        fresh.set_document(Document(scenario))
        assert fresh.package.value == chosen
        names = [p.name for p in fresh.document.scenario.packages]
        assert names.count("Minister's fallback") == 1
    finally:
        library.close()


@pytest.mark.parametrize("issue_removed", [True, False])
def test_a_package_naming_a_removed_issue_reopens_whole(issue_removed):
    """An issue or option removed after the package was chosen: the package under discussion
    is still one option per issue, and undo brings the chosen option back."""
    session = Session(Document.default())
    doc, s = session.document, session.document.scenario

    def removal(issue):
        """The removal to try, or None where the scenario refuses it (a rule needs it)."""
        try:
            if issue_removed:
                return edits.remove_issue(s, issue.id)
            return edits.remove_option(s, issue.id, issue.options[-1].id)
        except CommandError:
            return None

    issue = next(i for i in s.issues if len(i.options) >= 3 and removal(i) is not None)
    last = issue.options[-1].id
    session.choose({issue.id: last})
    doc.push(removal(issue))
    if issue_removed:
        assert issue.id not in session.package.value
    else:
        assert session.package.value[issue.id] == issue.options[0].id
    assert set(session.package.value) == {i.id for i in doc.scenario.issues if i.options}
    doc.stack.undo()
    assert session.package.value[issue.id] == last


def test_choosing_a_package_leaves_the_shared_results_keys_and_the_frozen_copy_follows():
    """No derived result depends on the package under discussion: choosing one recomputes
    nothing shared; the frozen copy (background jobs, autosave) has the new choice."""
    from negotiator_gui.app import derived

    session = Session(Document.default())
    doc = session.document
    keys = {r.name: derived.Derived.key(r, doc) for r in derived.RESULTS}
    session.choose(_other_options(session))
    assert {r.name: derived.Derived.key(r, doc) for r in derived.RESULTS} == keys
    assert doc.frozen().working_package == session.package.value
    doc.stack.undo()
    assert doc.frozen().working_package == {}
