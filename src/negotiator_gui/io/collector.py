"""Python's cyclic garbage collector paused over a burst of allocations that must all live.

Reading a sheet block or building a workbook's rows makes tens of thousands of containers that
live until the block or the sheet is done. Each time they outlive a young collection they count
towards a full one, which walks every object the process holds (an import's column lists of a
million cells; the options matrix of 10,000 packages) and frees none of them: those full
collections took half the time of a million-row sheet read and 80-120 ms of a 10,000-package
workbook (1.3 s). The work paused this way makes few or no reference cycles, and any it makes
are collected once the collector is back on, so nothing is lost.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block, back on after it (also when it raises). Left alone if
    it is already off (someone else paused it, or the process runs without it)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
