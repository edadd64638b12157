"""The revision line and draft mark of a brief: a library revision by number and date, unsaved
edits since it, a file, or nothing saved yet (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from factories import no_conflict, retitle_first_card
from languages import plain_core_text
from negotiator_gui.app.document import Document
from negotiator_gui.app.usecases.brief_revision import brief_revision
from negotiator_gui.app.usecases.library_document import save_document


@pytest.fixture(autouse=True)
def _iso_dates():
    plain_core_text()  # ISO dates


def test_a_new_document_is_a_draft_not_saved_yet(library):
    rev = brief_revision(Document.default(), library)
    assert rev.draft and rev.line == "Not saved yet: a draft"


def test_library_revisions_by_number_and_date_then_unsaved_edits(library):
    doc = Document.default()
    for k in range(3):
        retitle_first_card(doc, f"edit {k}")
        info = save_document(library, doc, f"save {k}", no_conflict)
    day = dt.datetime.fromisoformat(info.created_at.replace("Z", "+00:00")).date().isoformat()
    assert brief_revision(doc, library).line == f"Library revision 3 of {day}"
    assert not brief_revision(doc, library).draft
    retitle_first_card(doc, "not saved")
    rev = brief_revision(doc, library)
    assert rev.draft and rev.line == f"Unsaved edits since library revision 3 of {day}"
    doc.stack.undo()  # back to the saved state: no longer a draft
    assert not brief_revision(doc, library).draft


def test_a_file_by_name_and_edits_to_it(tmp_path):
    doc = Document.default()
    doc.save_file(tmp_path / "talks.scenario.json")
    rev = brief_revision(doc)
    assert (rev.line, rev.draft) == ("File talks.scenario.json", False)
    retitle_first_card(doc, "changed")
    rev = brief_revision(doc)
    assert (rev.line, rev.draft) == ("Unsaved edits to file talks.scenario.json", True)


def test_a_revision_the_library_does_not_know_falls_back_to_the_file(library, tmp_path):
    doc = Document.default()
    doc.save_file(tmp_path / "x.scenario.json")
    doc.library_scenario, doc.library_revision = 1, 999
    assert brief_revision(doc, library).line == "File x.scenario.json"
    assert brief_revision(doc, None).line == "File x.scenario.json"
