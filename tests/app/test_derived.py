"""Derived results (no Qt): computed once per content, shared, keyed by content."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from negotiator_gui.app import derived
from negotiator_gui.app.document import PART_OF_KIND, PARTS, Document
from negotiator_gui.core import bargaining, edits
from negotiator_gui.core.commands import ChangeKind

PART_OF = PART_OF_KIND


@pytest.mark.parametrize("result", derived.RESULTS, ids=lambda r: r.name)
def test_a_result_ignores_exactly_the_parts_it_does_not_depend_on(result):
    """The key leaves out a part only if no kind the result depends on is in it, and every
    part of a kind it does not depend on is left out (else edits there recompute it)."""
    assert set(result.ignore) <= set(PARTS)
    for kind, part in PART_OF.items():
        assert (part in result.ignore) == (kind not in result.depends), (kind, part)


def test_a_weight_edit_changes_the_space_key_and_a_card_edit_does_not():
    doc = Document.default()
    key = derived.Derived.key(derived.SPACE, doc)
    card = doc.scenario.cards[0]
    doc.push(edits.set_field(doc.scenario, "card", card.id, "title", card.title + " (2)"))
    assert derived.Derived.key(derived.SPACE, doc) == key
    doc.push(edits.rebalance_weight(doc.scenario, "JP", "autos", 31.0))
    assert derived.Derived.key(derived.SPACE, doc) != key
    doc.stack.undo()
    assert derived.Derived.key(derived.SPACE, doc) == key  # undo: a cache hit


def test_the_space_is_built_once_for_all_askers_and_orders(monkeypatch):
    doc = Document.default()
    calls = []
    real = bargaining.build_space
    monkeypatch.setattr(bargaining, "build_space", lambda *a: (calls.append(a), real(*a))[1])
    d = derived.Derived()
    ids = derived.negotiator_ids(doc.scenario)
    a = d.compute(derived.SPACE, doc, ids)
    b = d.compute(derived.ANALYSIS, doc, ids)[0]
    reversed_ = d.compute(derived.SPACE, doc, ids[::-1])
    assert len(calls) == 1 and a is b
    # the reordered space is the same space: each party's utility of every package agrees
    direct = real(doc.scenario, ids[::-1])
    assert reversed_.parties == direct.parties
    for x, y in zip(reversed_.contrib, direct.contrib, strict=True):
        assert np.array_equal(x, y)
    assert np.array_equal(reversed_.reservation, direct.reservation)


def test_concurrent_askers_wait_for_one_computation():
    d = derived.Derived()
    started, release, calls = threading.Event(), threading.Event(), []

    def slow():
        calls.append(1)
        started.set()
        release.wait(10)
        return "value"

    results = []
    threads = [threading.Thread(target=lambda: results.append(d.get("k", slow))) for _ in range(4)]
    threads[0].start()
    started.wait(10)
    for t in threads[1:]:
        t.start()
    release.set()
    for t in threads:
        t.join(10)
    assert calls == [1] and results == ["value"] * 4


def test_a_failure_is_kept_and_raised_to_every_asker():
    d = derived.Derived()
    calls = []

    def bad():
        calls.append(1)
        raise bargaining.AnalysisError("no")

    for _ in range(2):
        with pytest.raises(bargaining.AnalysisError):
            d.get("k", bad)
    assert calls == [1]


def test_old_entries_are_dropped_beyond_the_size():
    d = derived.Derived(size=2)
    for k in range(3):
        d.get(k, lambda k=k: k)
    assert not d.known(0) and d.known(1) and d.known(2)


def _never_ignores_what_it_depends_on(depends, ignore) -> None:
    for kind, part in PART_OF.items():
        if kind in depends:
            assert part not in ignore, (kind, part)


def test_the_tariff_charts_and_rates_never_leave_out_a_part_they_depend_on():
    """Their cached results are keyed without ``ignore``: leaving out a part that one of their
    change kinds is in would show a stale chart after such an edit."""
    from negotiator_gui.app import rates

    _never_ignores_what_it_depends_on(rates.RATE_KINDS, rates.NOT_RATES)
    assert all(isinstance(k, ChangeKind) for k in rates.RATE_KINDS)
