"""Undoable edits. Every change to a document's scenario is a ``Command``.

``command.apply(scenario)`` changes the scenario in place and returns the inverse command, which
``apply``'d in turn restores the scenario exactly and returns a redo. A handful of primitives
(set a field, insert / remove / move in a list, edit the flow table) address their target with a
*path* from the scenario root, so they work on every entity; readable user-level edits
(``edits.py``) are compounds of primitives with a name such as "Move 'Rice access' to On the
table". ``CommandStack`` (``stack.py``) keeps the history.

Paths: a tuple of steps. A text step in a list selects the element with that id (``Preferences``
by its party); an int step in a list is an index; a step in a dict is a key; otherwise it names an
attribute. ``("issues", "rice", "options", "o2")`` is an option; ``("preferences", "JP",
"issues", "rice", "scores")`` is a scores map.
"""

from __future__ import annotations

import copy
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario, TradeFlows

Step = str | int
Path = tuple[Step, ...]


class CommandError(Exception):
    """An edit that cannot be made (unknown id, value out of range, would break a reference)."""


class NothingChanged(CommandError):
    """An edit that would leave everything as it is (a dialog closed with OK and no change):
    not an error to show, and told apart by its type, not by its translated message."""


class ChangeKind(StrEnum):
    """The kinds of entity an edit can change: what observers and derived results declare
    they depend on. A ``StrEnum``, so ``ChangeKind.MEASURE == "measure"``; a misspelt kind in a
    dependency set is an ``AttributeError`` instead of a set that silently never matches."""

    SCENARIO = "scenario"
    PARTY = "party"
    ISSUE = "issue"
    OPTION = "option"
    PREFERENCES = "preferences"
    CARD = "card"
    MEASURE = "measure"
    STACKING_RULE = "stacking_rule"
    ELASTICITY = "elasticity"
    PACKAGE = "package"
    OFFER = "offer"
    TRADE_FLOWS = "trade_flows"
    #: The package under discussion (``Scenario.working_package``): only the views that show
    #: the current package follow it; no derived result depends on it.
    WORKING_PACKAGE = "working_package"


@dataclass(frozen=True, slots=True)
class Change:
    """What an applied command changed: observers update only their part.

    ``kind`` is the entity kind (``issue``, ``option``, ``card``, ``preferences``, ``measure``,
    ``trade_flows``, ``scenario`` …), ``ids`` the ids on the path to it, ``action`` one of added,
    removed, changed, moved; ``field`` the attribute that changed, where one did.
    """

    kind: ChangeKind
    ids: tuple[str, ...]
    action: str
    field: str = ""


_SINGULAR = {
    "parties": ChangeKind.PARTY,
    "issues": ChangeKind.ISSUE,
    "options": ChangeKind.OPTION,
    "preferences": ChangeKind.PREFERENCES,
    "cards": ChangeKind.CARD,
    "measures": ChangeKind.MEASURE,
    "stacking_rules": ChangeKind.STACKING_RULE,
    "elasticities": ChangeKind.ELASTICITY,
    "packages": ChangeKind.PACKAGE,
    "offers": ChangeKind.OFFER,
}


#: The scenario field that holds the package under discussion.
WORKING_PACKAGE = "working_package"


def _key_of(item: Any) -> str:
    key = getattr(item, "id", None)
    if key is None:
        key = getattr(item, "party", None)
    if not isinstance(key, str):
        raise CommandError(tr("{what} has no id").format(what=type(item).__name__))
    return key


def _step(obj: Any, step: Step) -> Any:
    if isinstance(obj, list):
        if isinstance(step, int):
            if not 0 <= step < len(obj):
                raise CommandError(tr("no element {n}").format(n=step))
            return obj[step]
        for item in obj:
            if _key_of(item) == step:
                return item
        raise CommandError(tr("no element with id {id!r}").format(id=step))
    if isinstance(obj, dict):
        if step not in obj:
            raise CommandError(tr("no entry {key!r}").format(key=step))
        return obj[step]
    if not isinstance(step, str) or not hasattr(obj, step):
        raise CommandError(
            tr("{what} has no field {field!r}").format(what=type(obj).__name__, field=step)
        )
    return getattr(obj, step)


def resolve(scenario: Scenario, path: Path) -> Any:
    obj: Any = scenario
    for step in path:
        obj = _step(obj, step)
    return obj


def _list_index(items: list, key: Step) -> int:
    if isinstance(key, int):
        if not 0 <= key < len(items):
            raise CommandError(tr("no element {n}").format(n=key))
        return key
    for i, item in enumerate(items):
        if _key_of(item) == key:
            return i
    raise CommandError(tr("no element with id {id!r}").format(id=key))


def describe_path(path: Path, field: str = "", action: str = "changed") -> Change:
    """The change a primitive at ``path`` makes, named by its deepest id-addressed entity.

    A party's preferences keep the kind ``preferences``, with the party and issue as ids. The
    field is the first attribute below that entity (``scores`` for a score, ``effects`` for an
    effect), or ``field`` when the primitive sets the entity's own attribute.
    """
    kind, ids, rest = ChangeKind.SCENARIO, [], []
    for i, step in enumerate(path):
        prev = path[i - 1] if i else None
        if isinstance(step, str) and kind == "preferences" and prev == "issues":
            ids.append(step)
            rest = []
        elif isinstance(step, str) and prev in _SINGULAR:
            kind = _SINGULAR[prev]
            ids.append(step)
            rest = []
        elif step == "trade_flows" and i == 0:
            kind, rest = ChangeKind.TRADE_FLOWS, []
        elif step == WORKING_PACKAGE and i == 0:
            return Change(ChangeKind.WORKING_PACKAGE, (), "changed", WORKING_PACKAGE)
        else:
            rest.append(step)
    if not path and field == WORKING_PACKAGE:
        return Change(ChangeKind.WORKING_PACKAGE, (), action, field)
    if rest:
        # an edit inside a nested list or map is a change of its owner
        return Change(kind, tuple(ids), "changed", str(rest[0]))
    return Change(kind, tuple(ids), action, field)


class Command:
    """Base class. Subclasses implement ``apply`` and ``changes``; ``name`` is shown to users."""

    name: str = ""

    def apply(self, scenario: Scenario) -> Command:
        raise NotImplementedError

    def changes(self) -> list[Change]:
        raise NotImplementedError

    def introduced(self) -> list[Any] | None:
        """The values this command puts into the scenario (None: not known), so a check of what
        only a new value can break (a text the file reader would refuse) looks at them alone
        instead of the whole scenario. Removing or moving introduces nothing."""
        return None

    # -- merging consecutive small edits (typing in one cell) --
    @property
    def merge_key(self) -> Hashable | None:
        return None

    def merged(self, later: Command) -> Command:
        """One command with the effect of ``self`` then ``later`` (same ``merge_key``)."""
        return Compound(self.name, [self, later])


class SetField(Command):
    """Set an attribute of the object at ``path``, or a key of the dict at ``path``."""

    def __init__(
        self, path: Path, field: str, value: Any, name: str = "", mergeable: bool = False
    ) -> None:
        self.path = tuple(path)
        self.field = field
        self.value = copy.deepcopy(value)
        self.name = name or tr("Set {field}").format(field=field)
        self.mergeable = mergeable

    def apply(self, scenario: Scenario) -> Command:
        target = resolve(scenario, self.path)
        if isinstance(target, dict):
            if self.field in target:
                old = target[self.field]
                target[self.field] = self.value
                return SetField(self.path, self.field, old, self.name, self.mergeable)
            target[self.field] = self.value
            return DeleteKey(self.path, self.field, self.name)
        if not hasattr(target, self.field):
            raise CommandError(
                tr("{what} has no field {field!r}").format(
                    what=type(target).__name__, field=self.field
                )
            )
        old = getattr(target, self.field)
        setattr(target, self.field, self.value)
        inverse = SetField(self.path, self.field, None, self.name, self.mergeable)
        inverse.value = old  # the detached old value: no copy needed
        return inverse

    def changes(self) -> list[Change]:
        return [describe_path(self.path, self.field)]

    def introduced(self) -> list[Any] | None:
        return [self.value]

    @property
    def merge_key(self) -> Hashable | None:
        return ("set", self.path, self.field) if self.mergeable else None

    def merged(self, later: Command) -> Command:
        assert isinstance(later, SetField)
        return SetField(self.path, self.field, later.value, self.name, True)

    def __repr__(self) -> str:
        return f"SetField({self.path!r}, {self.field!r}, {self.value!r})"


class DeleteKey(Command):
    """Remove a key from the dict at ``path`` (the inverse of setting a new key)."""

    def __init__(self, path: Path, key: str, name: str = "") -> None:
        self.path = tuple(path)
        self.key = key
        self.name = name or tr("Remove {key}").format(key=key)

    def apply(self, scenario: Scenario) -> Command:
        target = resolve(scenario, self.path)
        if not isinstance(target, dict) or self.key not in target:
            raise CommandError(tr("no entry {key!r} to remove").format(key=self.key))
        # keep the key's position so undo restores the same dict order
        keys = list(target)
        pos = keys.index(self.key)
        old = target.pop(self.key)
        return _InsertKey(self.path, self.key, old, pos, self.name)

    def changes(self) -> list[Change]:
        return [describe_path(self.path, str(self.path[-1]) if self.path else self.key)]

    def introduced(self) -> list[Any] | None:
        return []


class _InsertKey(Command):
    """Put a key back at its old position in a dict (so undo gives an identical dict)."""

    def __init__(self, path: Path, key: str, value: Any, pos: int, name: str) -> None:
        self.path, self.key, self.value, self.pos, self.name = path, key, value, pos, name

    def apply(self, scenario: Scenario) -> Command:
        target = resolve(scenario, self.path)
        items = list(target.items())
        items.insert(self.pos, (self.key, self.value))
        target.clear()
        target.update(items)
        return DeleteKey(self.path, self.key, self.name)

    def changes(self) -> list[Change]:
        return [describe_path(self.path, str(self.path[-1]) if self.path else self.key)]

    def introduced(self) -> list[Any] | None:
        return [self.value]


class Insert(Command):
    """Insert ``item`` into the list at ``path`` at ``index`` (None: at the end)."""

    def __init__(self, path: Path, item: Any, index: int | None = None, name: str = "") -> None:
        self.path = tuple(path)
        self.item = copy.deepcopy(item)
        self.index = index
        self.name = name or tr("Add")

    def apply(self, scenario: Scenario) -> Command:
        items = resolve(scenario, self.path)
        if not isinstance(items, list):
            raise CommandError(tr("{path!r} is not a list").format(path=self.path))
        index = len(items) if self.index is None else self.index
        if not 0 <= index <= len(items):
            raise CommandError(tr("position {n} is outside the list").format(n=index))
        item = self.item
        items.insert(index, item)
        key = _key_of(item) if hasattr(item, "id") or hasattr(item, "party") else index
        # by position: a (refused) duplicate id must not make undo remove the original
        return Remove(self.path, key, self.name, at=index)

    def changes(self) -> list[Change]:
        if hasattr(self.item, "id") or hasattr(self.item, "party"):
            return [describe_path((*self.path, _key_of(self.item)), action="added")]
        return [describe_path(self.path, action="added")]

    def introduced(self) -> list[Any] | None:
        return [self.item]


class Remove(Command):
    """Remove the element with id (or at index) ``key`` from the list at ``path``.

    ``at`` pins the position (used by undo of an insert); the element there must match ``key``.
    """

    def __init__(self, path: Path, key: Step, name: str = "", at: int | None = None) -> None:
        self.path = tuple(path)
        self.key = key
        self.name = name or tr("Remove")
        self.at = at

    def apply(self, scenario: Scenario) -> Command:
        items = resolve(scenario, self.path)
        if self.at is None:
            index = _list_index(items, self.key)
        else:
            index = self.at
            if not 0 <= index < len(items) or (
                isinstance(self.key, str) and _key_of(items[index]) != self.key
            ):
                raise CommandError(
                    tr("no element {key!r} at position {n}").format(key=self.key, n=index)
                )
        item = items.pop(index)
        inverse = Insert(self.path, None, index, self.name)
        inverse.item = item  # detached: no copy needed
        return inverse

    def changes(self) -> list[Change]:
        if isinstance(self.key, str):
            return [describe_path((*self.path, self.key), action="removed")]
        return [describe_path(self.path, action="removed")]

    def introduced(self) -> list[Any] | None:
        return []


class Move(Command):
    """Move the element ``key`` of the list at ``path`` to position ``index``."""

    def __init__(self, path: Path, key: Step, index: int, name: str = "") -> None:
        self.path = tuple(path)
        self.key = key
        self.index = index
        self.name = name or tr("Move")

    def apply(self, scenario: Scenario) -> Command:
        items = resolve(scenario, self.path)
        old = _list_index(items, self.key)
        if not 0 <= self.index < len(items):
            raise CommandError(tr("position {n} is outside the list").format(n=self.index))
        item = items.pop(old)
        items.insert(self.index, item)
        key = self.index if isinstance(self.key, int) else self.key
        return Move(self.path, key, old, self.name)

    def changes(self) -> list[Change]:
        if isinstance(self.key, str):
            return [describe_path((*self.path, self.key), action="moved")]
        return [describe_path(self.path, action="moved")]

    def introduced(self) -> list[Any] | None:
        return []


# -- the trade-flow table --------------------------------------------------------------------

FlowRow = tuple[str, str, str, float, float]


def _flow_change(action: str, field: str = "") -> Change:
    return Change(ChangeKind.TRADE_FLOWS, (), action, field)


class _FlowCommand(Command):
    """A change of the flow table's rows: their columns are ids, codes and numbers, checked
    with the table, not scanned as text."""

    def introduced(self) -> list[Any] | None:
        return []


class SetFlowCell(_FlowCommand):
    """Set the ``value`` or ``mfn_rate`` of one flow, found by its (importer, exporter, product)."""

    def __init__(
        self,
        key: tuple[str, str, str],
        column: str,
        value: float,
        name: str = "",
        mergeable: bool = False,
    ) -> None:
        if column not in ("value", "mfn_rate"):
            raise CommandError(
                tr("flow column {column!r} cannot be set; replace the row").format(column=column)
            )
        self.key, self.column, self.value = key, column, value
        self.name = name or tr("Set {column} of {key}").format(column=column, key="/".join(key))
        self.mergeable = mergeable

    def apply(self, scenario: Scenario) -> Command:
        flows = scenario.trade_flows
        try:
            i = flows.index_of(*self.key)
        except KeyError:
            raise CommandError(tr("no flow {key}").format(key="/".join(self.key))) from None
        col = getattr(flows, self.column)
        old = col[i]
        col[i] = self.value
        return SetFlowCell(self.key, self.column, old, self.name, self.mergeable)

    def changes(self) -> list[Change]:
        return [_flow_change("changed", self.column)]

    @property
    def merge_key(self) -> Hashable | None:
        return ("flow", self.key, self.column) if self.mergeable else None

    def merged(self, later: Command) -> Command:
        assert isinstance(later, SetFlowCell)
        return SetFlowCell(self.key, self.column, later.value, self.name, True)


class InsertFlow(_FlowCommand):
    def __init__(self, row: Sequence[Any], index: int | None = None, name: str = "") -> None:
        self.row = tuple(row)
        self.index = index
        self.name = name or tr("Add flow {key}").format(key="/".join(map(str, self.row[:3])))

    def apply(self, scenario: Scenario) -> Command:
        flows = scenario.trade_flows
        index = len(flows) if self.index is None else self.index
        if not 0 <= index <= len(flows):
            raise CommandError(tr("position {n} is outside the flow table").format(n=index))
        for column, value in zip(TradeFlows.COLUMNS, self.row, strict=True):
            getattr(flows, column).insert(index, value)
        # by position: a (refused) duplicate key must not make undo remove the original row
        return RemoveFlow(self.row[:3], self.name, at=index)  # type: ignore[arg-type]

    def changes(self) -> list[Change]:
        return [_flow_change("added")]


class RemoveFlow(_FlowCommand):
    """Remove the flow with ``key``; ``at`` pins its row (used by undo of an insert)."""

    def __init__(self, key: tuple[str, str, str], name: str = "", at: int | None = None) -> None:
        self.key = tuple(key)
        self.name = name or tr("Remove flow {key}").format(key="/".join(self.key))
        self.at = at

    def apply(self, scenario: Scenario) -> Command:
        flows = scenario.trade_flows
        if self.at is not None and 0 <= self.at < len(flows) and flows.key(self.at) == self.key:
            i = self.at
        elif self.at is not None:
            raise CommandError(
                tr("no flow {key} at row {n}").format(key="/".join(self.key), n=self.at)
            )
        else:
            try:
                i = flows.index_of(*self.key)
            except KeyError:
                raise CommandError(tr("no flow {key}").format(key="/".join(self.key))) from None
        row = flows.row(i)
        for column in TradeFlows.COLUMNS:
            getattr(flows, column).pop(i)
        return InsertFlow(row, i, self.name)

    def changes(self) -> list[Change]:
        return [_flow_change("removed")]


class Compound(Command):
    """Several commands as one undo step; all or nothing."""

    def __init__(self, name: str, commands: Sequence[Command]) -> None:
        self.name = name
        self.commands = list(commands)

    def apply(self, scenario: Scenario) -> Command:
        done: list[Command] = []
        try:
            for cmd in self.commands:
                done.append(cmd.apply(scenario))
        except BaseException:
            for inverse in reversed(done):
                inverse.apply(scenario)
            raise
        return Compound(self.name, list(reversed(done)))

    def changes(self) -> list[Change]:
        out: list[Change] = []
        for cmd in self.commands:
            for ch in cmd.changes():
                if ch not in out:
                    out.append(ch)
        return out

    def introduced(self) -> list[Any] | None:
        out: list[Any] = []
        for cmd in self.commands:
            values = cmd.introduced()
            if values is None:
                return None
            out.extend(values)
        return out
