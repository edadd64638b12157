"""Bring a colleague's copy of a scenario together with ours (``store.merge``), for the window
and for ``negotiator merge``: the merge itself, what it changes in our document, and the change
as one undoable edit."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from negotiator_gui.core.commands import Change, ChangeKind, Command, Compound, SetField
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.io.origin import Origin
from negotiator_gui.io.scenario_writer import content_hash
from negotiator_gui.store import LibraryError
from negotiator_gui.store.diff import Diff, diff_scenarios
from negotiator_gui.store.merge import MINE, THEIRS, Conflict, Merge, changed_values, merge

__all__ = [
    "MINE",
    "THEIRS",
    "Ancestor",
    "Conflict",
    "Merge",
    "changes_to_mine",
    "compare",
    "find_ancestor",
    "merge",
    "merge_command",
    "origin_revision",
]


def changes_to_mine(m: Merge, choices: dict[int, str], default: str | None = MINE) -> Diff:
    """What applying the merge would change in our copy, in words (the preview)."""
    return diff_scenarios(m.mine, m.result(choices, default))


#: What replacing a part of the scenario changes, for the views that follow only some kinds.
_KINDS = {
    "parties": (ChangeKind.PARTY,),
    "issues": (ChangeKind.ISSUE, ChangeKind.OPTION),
    "preferences": (ChangeKind.PREFERENCES,),
    "cards": (ChangeKind.CARD,),
    "measures": (ChangeKind.MEASURE,),
    "stacking_rules": (ChangeKind.STACKING_RULE,),
    "elasticities": (ChangeKind.ELASTICITY,),
    "packages": (ChangeKind.PACKAGE,),
    "offers": (ChangeKind.OFFER,),
    "trade_flows": (ChangeKind.TRADE_FLOWS,),
    "working_package": (ChangeKind.WORKING_PACKAGE,),
}


class _Replace(SetField):
    """A whole part of the scenario replaced, announced as a change of every entity kind in
    it (and of the scenario), and undone the same way."""

    def apply(self, scenario: Scenario) -> Command:
        inverse = super().apply(scenario)
        assert isinstance(inverse, SetField)
        out = _Replace((), self.field, None, self.name)
        out.value = inverse.value
        return out

    def changes(self) -> list[Change]:
        kinds = _KINDS.get(self.field, ())
        return [
            Change(ChangeKind.SCENARIO, (), "changed", self.field),
            *(Change(k, (), "changed", "") for k in kinds),
        ]


def merge_command(current: Scenario, merged: Scenario, name: str = "") -> Compound:
    """One undo step turning ``current`` into ``merged``: a replacement per top-level part that
    differs (so undo restores each part exactly)."""
    steps: list[Command] = [
        _Replace((), f.name, getattr(merged, f.name), name)
        for f in fields(merged)
        if getattr(current, f.name) != getattr(merged, f.name)
    ]
    return Compound(name or tr("Merge a colleague's file"), steps)


@dataclass(frozen=True)
class Ancestor:
    """The version both copies started from, as found in the library."""

    scenario: Scenario
    revision_id: int
    number: int
    name: str  # the library scenario's name

    def text(self) -> str:
        return tr("Common version: revision {number} of “{name}” in the library").format(
            number=self.number, name=self.name
        )


#: How far back the history of our copy is searched.
_SEARCH_DEPTH = 60


def origin_revision(library: Any, origin: Origin | None) -> Any:
    """The revision (``RevisionInfo``) a colleague's file says it was saved from, when this
    library holds it with the same content hash (else None: another library's, or unknown)."""
    if library is None or origin is None:
        return None
    try:
        info = library.revision(origin.revision)
    except LibraryError:
        return None
    return info if info.hash == origin.content_hash else None


def _ancestor(library: Any, info: Any) -> Ancestor:
    name = library.scenario(info.scenario_id).name
    return Ancestor(library.load(info.id), info.id, info.number, name)


def _history(library: Any, revision_id: int) -> list[int]:
    """``revision_id`` and the revisions it descends from (both parents of a merge), nearest
    first, at most ``_SEARCH_DEPTH``."""
    out: list[int] = []
    todo = [revision_id]
    while todo and len(out) < _SEARCH_DEPTH:
        rid = todo.pop(0)
        if rid in out:
            continue
        out.append(rid)
        info = library.revision(rid)
        todo += [r for r in (info.parent_id, info.merged_id) if r is not None]
    return out


def find_ancestor(
    library: Any, revision_id: int | None, theirs: Scenario, origin: Origin | None = None
) -> Ancestor | None:
    """The version both copies started from.

    When the colleague's file names the revision it was saved from (``origin``) and this
    library holds it, that is exact: the revision itself if they edited it since, or, when
    the file is that revision unchanged, the nearest revision both histories share. Otherwise
    it is the library revision, among the ones our copy descends from (``revision_id`` and its
    parents), that the colleague's copy is nearest to (the fewest values differing, the newest
    on a tie): the version they started from, as the library keeps every revision. None when
    neither copy leads into the library (nothing to search)."""
    named = origin_revision(library, origin)
    if named is not None:
        if content_hash(theirs) != named.hash:
            return _ancestor(library, named)
        if revision_id is not None:
            ours = set(_history(library, revision_id))
            shared = next((r for r in _history(library, named.id) if r in ours), None)
            if shared is not None:
                return _ancestor(library, library.revision(shared))
    if library is None or revision_id is None:
        return None
    best: tuple[int, Any, Scenario] | None = None
    seen: set[int] = set()
    rid: int | None = revision_id
    while rid is not None and rid not in seen and len(seen) < _SEARCH_DEPTH:
        seen.add(rid)
        info = library.revision(rid)
        scenario = library.load(rid)
        distance = sum(1 for _ in changed_values(scenario, theirs))
        if best is None or distance < best[0]:
            best = (distance, info, scenario)
        if distance == 0:
            break
        rid = info.parent_id
    if best is None:
        return None
    _, info, scenario = best
    name = library.scenario(info.scenario_id).name
    return Ancestor(scenario, info.id, info.number, name)


def compare(mine: Scenario, theirs: Scenario) -> Diff:
    """The two-way comparison offered when no common version is found."""
    return diff_scenarios(mine, theirs)
