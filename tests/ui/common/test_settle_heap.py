"""Opening a document settles the heap (``jobs.settle_heap``): what is alive then is frozen out
of the garbage collector's full passes, which otherwise walked a large scenario's objects on the
UI thread in the middle of an edit; the previous document's objects stay collectable."""

from __future__ import annotations

import gc
import weakref

from negotiator_gui.ui.common import jobs


def test_opening_a_document_freezes_what_is_alive(window):
    assert gc.get_freeze_count() > 0
    scenario = window.document.scenario
    # a full collection walks only what was made since: not the open scenario
    assert gc.is_tracked(scenario)
    assert not any(o is scenario for o in gc.get_objects(generation=2))


class _Node:
    """A reference cycle: only the garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_what_was_frozen_can_still_be_collected_at_the_next_opening():
    """The previous document's objects are frozen with it: the next settle unfreezes them
    first, so garbage among them is collected, not kept for ever."""
    node = _Node()
    old = weakref.ref(node)
    jobs.settle_heap()  # frozen while alive
    del node
    gc.collect()
    assert old() is not None  # a frozen cycle is not collected by ordinary passes …
    jobs.settle_heap()
    assert old() is None  # … but is at the next settle
