"""Saving the open document to the library and the autosave policy (no Qt)."""

from __future__ import annotations

from factories import no_conflict, retitle_first_card
from negotiator_gui.app.document import Document
from negotiator_gui.app.usecases.library_document import Resolution, autosave_work, save_document
from negotiator_gui.store import open_library


def test_a_first_save_creates_the_scenario_and_a_second_adds_a_revision(library):
    doc = Document.default()
    retitle_first_card(doc, "first")
    info = save_document(library, doc, "one", no_conflict)
    assert not doc.dirty and (doc.library_scenario, doc.library_revision) == (
        info.scenario_id,
        info.id,
    )
    retitle_first_card(doc, "second")
    again = save_document(library, doc, "two", no_conflict)
    assert again.scenario_id == info.scenario_id and again.id != info.id
    assert library.load(again.id).cards[0].title == "second"
    assert [r.id for r in library.log(info.scenario_id)][:2] == [again.id, info.id]


def _conflicting(library):
    """Two copies saved from the same revision: the second meets the first's save."""
    mine = Document.default()
    info = save_document(library, mine, "base", no_conflict)
    theirs = Document.default()
    theirs.library_scenario, theirs.library_revision = info.scenario_id, info.id
    retitle_first_card(theirs, "theirs")
    save_document(library, theirs, "their save", no_conflict)
    retitle_first_card(mine, "mine")
    return mine, info


def test_a_conflict_cancelled_saves_nothing_and_keeps_the_edit_unsaved(library):
    mine, info = _conflicting(library)
    asked = []
    assert save_document(library, mine, "mine", lambda c: asked.append(c)) is None
    assert asked and mine.dirty and mine.library_revision == info.id
    assert library.load(library.latest(info.scenario_id).id).cards[0].title == "theirs"


def test_a_conflict_resolved_as_a_branch_keeps_theirs_as_latest(library):
    mine, info = _conflicting(library)
    saved = save_document(library, mine, "mine", lambda c: Resolution.BRANCH)
    assert saved is not None and not mine.dirty
    assert library.load(saved.id).cards[0].title == "mine"
    assert library.load(library.latest(info.scenario_id).id).cards[0].title == "theirs"


def test_a_conflict_resolved_by_overwriting_makes_ours_the_latest(library):
    mine, info = _conflicting(library)
    saved = save_document(library, mine, "mine", lambda c: Resolution.OVERWRITE)
    assert saved.scenario_id == info.scenario_id
    assert library.load(library.latest(info.scenario_id).id).cards[0].title == "mine"


def test_autosave_writes_only_unsaved_work_to_a_writable_library(library, tmp_path):
    doc = Document.default()
    assert autosave_work(None, doc) is None
    assert autosave_work(library, doc) is None  # nothing unsaved
    retitle_first_card(doc, "unsaved")
    work = autosave_work(library, doc)
    assert work is not None
    retitle_first_card(doc, "later")  # the work writes the revision it was made for
    work()
    # this session's own entry (another session would be offered it as pending work)
    (document,) = [r[0] for r in library.db.conn.execute("SELECT document FROM recovery")]
    assert '"unsaved"' in document and '"later"' not in document
    ro = open_library(tmp_path / "library.sqlite", read_only=True)
    try:
        assert autosave_work(ro, doc) is None
    finally:
        ro.close()


def test_the_suggested_message_names_the_edits_since_the_last_save(library):
    from negotiator_gui.app.usecases.library_document import suggested_message

    doc = Document.default()
    assert suggested_message(doc) == ""
    for k in range(5):
        retitle_first_card(doc, f"title {k}")
    names = doc.stack.names()
    assert suggested_message(doc) == "; ".join(names[:3]) + "; and 2 more"
    save_document(library, doc, "saved", no_conflict)
    assert suggested_message(doc) == ""
    retitle_first_card(doc, "after")
    assert suggested_message(doc) == doc.stack.undo_name()
    doc.stack.undo()
    doc.stack.undo()  # behind the saved state: nothing since it
    assert suggested_message(doc) == ""
