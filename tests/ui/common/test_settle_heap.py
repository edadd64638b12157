"""Opening a document settles the heap (``startup.settle_heap``, wired by ``tune_process`` at the
application's start): what is alive then is frozen out of the garbage collector's full passes,
which otherwise walked a large scenario's objects on the UI thread in the middle of an edit; the
previous document's objects stay collectable."""

from __future__ import annotations

import gc
import weakref

from negotiator_gui.app import startup


def test_opening_a_document_freezes_what_is_alive(window):
    from negotiator_gui.app.document import Document

    gc.unfreeze()
    startup.tune_process(window.document_changed)  # as main_window.run does
    try:
        assert gc.get_freeze_count() > 0
        window.set_document(Document.default())  # a document opened later: settled too
        scenario = window.document.scenario
        # a full collection walks only what was made since: not the open scenario
        assert gc.is_tracked(scenario)
        assert not any(o is scenario for o in gc.get_objects(generation=2))
    finally:
        gc.unfreeze()


def test_the_window_alone_changes_nothing_process_wide(make_window):
    gc.unfreeze()
    make_window()  # no tune_process: a window built by a test or an embedding program
    assert gc.get_freeze_count() == 0


class _Node:
    """A reference cycle: only the garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_what_was_frozen_can_still_be_collected_at_the_next_opening():
    """The previous document's objects are frozen with it: the next settle unfreezes them
    first, so garbage among them is collected, not kept for ever."""
    node = _Node()
    old = weakref.ref(node)
    startup.settle_heap()  # frozen while alive
    del node
    gc.collect()
    assert old() is not None  # a frozen cycle is not collected by ordinary passes …
    startup.settle_heap()
    assert old() is None  # … but is at the next settle
