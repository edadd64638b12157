"""Where a scenario file came from: the library revision it was saved from (``origin``).

A file saved from a library scenario names that library, scenario and revision and the
revision's content hash, so that merging a colleague's copy back can find the exact version they
started from (``app.usecases.merge.find_ancestor``) instead of guessing the nearest one. It is
file metadata, not part of the scenario: it is not in the library's documents, not in the
content hash, and a redacted copy (shared with the other side) leaves it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from negotiator_gui.core.i18n import N_
from negotiator_gui.core.problems import Problems
from negotiator_gui.io.json_reader import Obj

_HASH_RE = re.compile(r"[0-9a-f]{64}\Z")


@dataclass(frozen=True)
class Origin:
    """The library revision a file was saved from."""

    library: str  # the library's file name (informative: libraries have no other identity)
    scenario: int  # the library scenario's id
    revision: int  # the library revision's id (unique in its library)
    content_hash: str  # SHA-256 of the revision's document (``content_hash``)

    def to_json(self) -> dict[str, Any]:
        return {
            "library": self.library,
            "scenario": self.scenario,
            "revision": self.revision,
            "content_hash": self.content_hash,
        }


def read_origin(pr: Problems, value: Any, path: str = "$.origin") -> Origin | None:
    """Read an ``origin`` object, recording problems under ``path``; None if it is unusable."""
    o = Obj(pr, value, path)
    if not o.ok:
        return None
    errors = len(pr.errors) + pr.dropped
    origin = Origin(
        library=o.str("library", required=True),
        scenario=o.int("scenario", required=True),
        revision=o.int("revision", required=True),
        content_hash=o.str(
            "content_hash", required=True, pattern=_HASH_RE, what=N_("content hash")
        ),
    )
    o.done()
    return origin if len(pr.errors) + pr.dropped == errors else None
