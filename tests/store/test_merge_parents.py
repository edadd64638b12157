"""Merges in the library: a merge revision records both parents (schema version 4), the
history says so in words, the window's document remembers a merge until its next library save,
and a file's ``origin`` makes the common version exact."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest

from factories import small_scenario
from negotiator_gui.app.document import Document, MergedFrom
from negotiator_gui.app.usecases.library_document import file_origin, save_document
from negotiator_gui.app.usecases.merge import find_ancestor, merge, origin_revision
from negotiator_gui.core import edits
from negotiator_gui.io.origin import Origin
from negotiator_gui.io.scenario_writer import dumps_scenario
from negotiator_gui.store import NotFound


def _titled(s, index: int, title: str):
    out = copy.deepcopy(s)
    edits.set_field(out, "card", out.cards[index].id, "title", title).apply(out)
    return out


def _sha(s) -> str:
    # independent of content_hash: the canonical text's SHA-256, as the store documents it
    return hashlib.sha256(dumps_scenario(s).encode("utf-8")).hexdigest()


def test_a_merge_revision_has_both_parents_and_says_so_in_words(lib):
    base = small_scenario()
    first = lib.create(base, "Talks", "shared", author="sato")
    their_doc = _titled(base, 1, "Theirs")
    theirs = lib.save_as_branch(their_doc, first.id, "Tanaka branch", author="tanaka")
    mine = lib.save(first.scenario_id, _titled(base, 0, "Mine"), first.id, "mine", author="sato")
    merged = _titled(_titled(base, 0, "Mine"), 1, "Theirs")
    info = lib.save(first.scenario_id, merged, mine.id, "", merged_id=theirs.id, author="sato")
    assert (info.action, info.parent_id, info.merged_id) == ("merge", mine.id, theirs.id)
    (latest, *_rest) = lib.log(first.scenario_id)
    assert latest == info and latest.number == 3
    assert lib.describe(latest) == (
        "Merge of revision 1 of 'Tanaka branch' (tanaka) into revision 2"
    )
    # an ordinary save says what it always said
    assert lib.describe(lib.revision(mine.id)) == "mine"
    # the row in the table, as Datasette would show it
    row = next(lib.db.query("SELECT merged_id, action FROM revisions WHERE id = ?", [info.id]))
    assert row == {"merged_id": theirs.id, "action": "merge"}


def test_a_merge_within_one_scenario_names_the_revisions_and_author(lib):
    base = small_scenario()
    first = lib.create(base, "Talks", author="sato")
    second = lib.save(first.scenario_id, _titled(base, 1, "T"), first.id, author="tanaka")
    # sato kept working on revision 1 and overwrote; then merged tanaka's revision 2 back in
    third = lib.save(
        first.scenario_id, _titled(base, 0, "M"), first.id, overwrite=True, author="sato"
    )
    both = _titled(_titled(base, 0, "M"), 1, "T")
    info = lib.save(first.scenario_id, both, third.id, "both kept", merged_id=second.id)
    assert lib.describe(info) == "Merge of revision 2 (tanaka) into revision 3: both kept"


def test_a_second_parent_must_be_a_revision_of_this_library(saved):
    lib, first = saved
    with pytest.raises(NotFound):
        lib.save(first.scenario_id, _titled(small_scenario(), 0, "x"), first.id, merged_id=999)
    assert [r.number for r in lib.log(first.scenario_id)] == [1]


def _merged_in(lib):
    """A library revision, a colleague's branch of it, and a document opened from the revision
    with the colleague's edit merged in (as File → Merge leaves it)."""
    base = small_scenario()
    first = lib.create(base, "Talks", author="sato")
    theirs = lib.save_as_branch(_titled(base, 1, "Theirs"), first.id, author="tanaka")
    doc = Document(copy.deepcopy(base))
    doc.library_scenario, doc.library_revision = first.scenario_id, first.id
    doc.push(edits.set_field(doc.scenario, "card", base.cards[1].id, "title", "Theirs"))
    doc.merged_from = MergedFrom("colleague.scenario.json", theirs.id)
    return base, first, theirs, doc


def test_the_document_remembers_a_merge_until_its_next_library_save(lib):
    base, first, theirs, doc = _merged_in(lib)
    info = save_document(lib, doc, "", lambda c: None)
    assert info is not None
    assert (info.action, info.parent_id, info.merged_id) == ("merge", first.id, theirs.id)
    assert doc.merged_from is None and not doc.dirty
    # the next save is an ordinary one again
    doc.push(edits.set_field(doc.scenario, "card", base.cards[0].id, "title", "Later"))
    later = save_document(lib, doc, "later", lambda c: None)
    assert (later.action, later.merged_id) == ("save", None)


def test_a_merge_undone_before_saving_is_not_recorded(lib):
    base, first, theirs, doc = _merged_in(lib)
    doc.stack.undo()
    assert doc.merged_from is None  # the merge is no longer in the document
    doc.stack.redo()
    assert doc.merged_from is not None and doc.merged_from.revision_id == theirs.id
    doc.stack.undo()
    doc.push(edits.set_field(doc.scenario, "card", base.cards[0].id, "title", "Mine"))
    doc.stack.undo()
    doc.stack.redo()  # the merge's place in the history was taken by another edit
    assert doc.merged_from is None
    info = save_document(lib, doc, "my edit", lambda c: None)
    assert (info.action, info.parent_id, info.merged_id) == ("save", first.id, None)
    assert lib.describe(info) == "my edit"


def test_a_merged_plain_file_is_a_merge_named_by_its_file(saved):
    lib, first = saved
    doc = Document(small_scenario())
    doc.library_scenario, doc.library_revision = first.scenario_id, first.id
    doc.push(edits.set_field(doc.scenario, "card", doc.scenario.cards[0].id, "title", "X"))
    doc.merged_from = MergedFrom("from-tokyo.scenario.json", None)
    info = save_document(lib, doc, "", lambda c: None)
    assert (info.action, info.merged_id) == ("merge", None)
    assert info.message == "Merge of from-tokyo.scenario.json"
    assert lib.describe(info) == "Merge of from-tokyo.scenario.json"


def test_a_file_saved_from_the_library_names_its_revision(saved, db_path: Path):
    lib, first = saved
    doc = Document(small_scenario())
    assert file_origin(lib, doc) is None  # not from the library
    doc.library_scenario, doc.library_revision = first.scenario_id, first.id
    assert file_origin(lib, doc) == Origin(
        db_path.name, first.scenario_id, first.id, _sha(small_scenario())
    )


def test_the_origin_revision_is_the_common_version_even_when_another_is_nearer(lib):
    base = small_scenario()
    first = lib.create(base, "Talks")
    # revision 2 happens to be what the colleague's copy is nearest to ...
    second = lib.save(first.scenario_id, _titled(base, 1, "Theirs"), first.id)
    mine = lib.save(first.scenario_id, _titled(_titled(base, 1, "Theirs"), 0, "M"), second.id)
    theirs = _titled(base, 1, "Theirs")
    assert find_ancestor(lib, mine.id, theirs).revision_id == second.id
    # ... but their file says it was saved from revision 1: that is where they started
    origin = Origin("library.sqlite", first.scenario_id, first.id, _sha(base))
    found = find_ancestor(lib, mine.id, theirs, origin)
    assert found is not None and (found.revision_id, found.number) == (first.id, 1)
    assert found.scenario == base
    # so both sides changed card 1's title the same way: no conflict
    assert merge(found.scenario, lib.load(mine.id), theirs).conflicts == []


def test_an_origin_from_another_library_is_not_trusted(lib):
    base = small_scenario()
    first = lib.create(base, "Talks")
    second = lib.save(first.scenario_id, _titled(base, 1, "Theirs"), first.id)
    theirs = _titled(base, 1, "Theirs")
    # the same revision id, but another content: another library's revision 1
    wrong = Origin("other.sqlite", 1, first.id, "0" * 64)
    assert origin_revision(lib, wrong) is None
    assert find_ancestor(lib, second.id, theirs, wrong).revision_id == second.id
    assert origin_revision(lib, Origin("x", 1, 10**6, _sha(base))) is None


def test_a_file_that_is_a_revision_finds_the_version_both_histories_share(lib):
    base = small_scenario()
    first = lib.create(base, "Talks")
    branch_doc = _titled(base, 1, "Theirs")
    branch = lib.save_as_branch(branch_doc, first.id, author="tanaka")
    mine = lib.save(first.scenario_id, _titled(base, 0, "M"), first.id)
    origin = Origin("library.sqlite", branch.scenario_id, branch.id, _sha(branch_doc))
    found = find_ancestor(lib, mine.id, branch_doc, origin)
    assert found is not None and found.revision_id == first.id
