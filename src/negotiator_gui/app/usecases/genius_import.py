"""A new scenario from a GENIUS/ANAC domain and one profile per party: the step
``negotiator import-genius`` and File → Import → GENIUS domain share.

The mapping rules live in ``io.genius_xml``; any input that cannot be imported (a file that is
not GENIUS XML, profiles that do not match the domain, fewer than two profiles, names that do
not fit) is a ``GeniusError`` naming the file, the line and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence

from negotiator_gui.io.genius_xml import GeniusError, GeniusImport
from negotiator_gui.io.genius_xml import import_genius as _read

__all__ = ["GeniusError", "GeniusImport", "import_genius"]


def import_genius(
    domain: str | os.PathLike[str],
    profiles: Sequence[str | os.PathLike[str]],
    *,
    names: list[str] | None = None,
    title: str | None = None,
    as_of: dt.date | None = None,
    bins: int | None = None,
    cancel: Callable[[], None] | None = None,
) -> GeniusImport:
    """The scenario (``.scenario``) and what was read of each profile (``.profiles``: file,
    discount factor). Parties are named ``names`` (default A, B, …) in profile order; the first
    is the perspective. ``cancel`` is called before the reading and may raise to stop."""
    if cancel is not None:
        cancel()
    return _read(domain, list(profiles), names=names, title=title, as_of=as_of, bins=bins)
