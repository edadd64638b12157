"""Bring a colleague's copy of a scenario together with ours (``store.merge``), for the window
and for ``negotiator merge``: the merge itself, what it changes in our document, and the change
as one undoable edit."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from negotiator_gui.core.commands import Change, ChangeKind, Command, Compound, SetField
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario
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


def find_ancestor(library: Any, revision_id: int | None, theirs: Scenario) -> Ancestor | None:
    """The library revision, among the ones our copy descends from (``revision_id`` and its
    parents), that the colleague's copy is nearest to (the fewest values differing, the newest
    on a tie): the version they started from, as the library keeps every revision. None when
    our copy is not from the library (nothing to search)."""
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
