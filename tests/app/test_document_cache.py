"""The document's shared copy and content keys, without Qt: one pickling per revision serves the
frozen copy and every content key, and an edit pickles again only the part it changed."""

from __future__ import annotations

import pytest

from negotiator_gui.app import document as app_document
from negotiator_gui.app.document import PARTS, Document
from negotiator_gui.core import edits
from spies import spy


def rate_edit(doc: Document, rate: float):
    return edits.set_field(doc.scenario, "measure", doc.scenario.measures[0].id, "rate", rate)


def pickled(doc: Document, part_pickles, rest_pickles) -> list[str]:
    """Which pickles were made, by name ("" the scenario less its parts), sorted."""
    names = {id(getattr(doc.scenario, name)): name for name in PARTS}
    made = [names[id(args[0])] for args, _ in part_pickles.args]
    made += ["" for args, _ in rest_pickles.args if args[1] is doc.scenario]
    return sorted(made)


def test_one_pickling_per_revision_serves_the_copy_and_every_key(monkeypatch):
    doc = Document.default()
    parts = spy(monkeypatch, app_document, "_dumps")  # each of PARTS on its own
    rest = spy(monkeypatch, app_document._PartsAside, "dump")  # the scenario less its parts
    doc.frozen(), doc.content_key(), doc.content_key(("cards", "offers"))
    assert pickled(doc, parts, rest) == sorted(["", *PARTS])  # each pickle made once
    first = doc.frozen()
    parts.args.clear()
    rest.args.clear()
    doc.push(rate_edit(doc, 0.4242))
    keys = [doc.content_key(("preferences", "cards", "offers", "packages")), doc.content_key()]
    second = doc.frozen()
    doc.content_key(("cards", "offers"))
    # the second revision: only the measures pickled again, once, for the copy and every key
    assert pickled(doc, parts, rest) == ["measures"] and keys[1] == doc.content_key()
    assert second is not first and second == doc.scenario
    # a rate edit: the measures copied again, the parts it did not touch shared with the last copy
    assert second.measures is not first.measures and second.cards is first.cards
    assert second.trade_flows is first.trade_flows
    with pytest.raises(ValueError):
        doc.content_key(("title",))
