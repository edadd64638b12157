"""The open document: a scenario, its command stack, where it came from, and change events.

This is the application layer (no widgets, no Qt): the window, the boards and the charts observe a
``Document``, edit it only through ``push`` (so every edit is undoable) and learn of changes from
the stack's events. Opening and saving files goes through the io layer, which reports bad input
as ``ScenarioFileError`` and never changes the document on failure.
"""

from __future__ import annotations

import copy
import dataclasses
import io
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from negotiator_gui.app.usecases.scenario_files import open_scenario, save_scenario
from negotiator_gui.core.commands import Command
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario, TradeFlows
from negotiator_gui.core.stack import CommandStack, StackEvent
from negotiator_gui.io.origin import Origin
from negotiator_gui.paths import default_scenario_path

Listener = Callable[[StackEvent], None]


@dataclass(frozen=True)
class MergedFrom:
    """A colleague's copy merged into the document (``Document.merged_from``)."""

    source: str  # their file's name
    revision_id: int | None  # their library revision in our library, when their file named it


#: Kinds of change after which the trade-flow table may differ (a flow cell, a row, the whole
#: table replaced, a party renamed): the shared copy of the table is made again.
FLOW_KINDS = frozenset({"trade_flows", "party", "scenario"})


def copy_flows(flows: TradeFlows) -> TradeFlows:
    """A copy of the flow table that no later edit reaches: new column lists, shared items
    (strings and floats are immutable), so a 300,000-row table costs a few milliseconds."""
    return dataclasses.replace(flows, **{c: list(getattr(flows, c)) for c in TradeFlows.COLUMNS})


#: Scenario fields pickled on their own (each stood for by its name in the rest's pickle): a
#: content key can leave any of them out without pickling again, and a copy made after an edit
#: reuses the unchanged ones' copies instead of unpickling them again.
PARTS = tuple(
    f.name
    for f in dataclasses.fields(Scenario)
    if f.name != "trade_flows"
    and (f.type.startswith(("list[", "Provenance")) or f.name == "working_package")
)


#: The part of the scenario each kind of change is in (see ``commands.describe_path``).
PART_OF_KIND = {
    "party": "parties",
    "issue": "issues",
    "option": "issues",
    "preferences": "preferences",
    "card": "cards",
    "measure": "measures",
    "stacking_rule": "stacking_rules",
    "elasticity": "elasticities",
    "package": "packages",
    "offer": "offers",
    "working_package": "working_package",
}


def stale_pickles(event: StackEvent) -> set[str] | None:
    """The pickles (``""`` the rest, or a name in ``PARTS``) an event's changes may have made
    stale; None: all of them (a reset, or a change this does not place). A weight edit leaves
    the issues, cards and the rest as they were: pickling them again was most of the cost of
    the content keys after every edit."""
    if event.reason == "reset" or not event.changes:
        return None
    stale: set[str] = set()
    for change in event.changes:
        if change.kind == "trade_flows":
            continue  # the table is not pickled: its revision stands for it
        if change.kind == "scenario":
            if change.field in PARTS:
                stale.add(change.field)
            elif change.field == "trade_flows":
                continue
            elif change.field:
                stale.add("")
            else:
                return None
            continue
        part = PART_OF_KIND.get(change.kind)
        if part is None:
            return None
        stale.add(part)
    return stale


class _PartsAside(pickle.Pickler):
    """Pickles a scenario with its flow table and ``PARTS`` stood for by their names."""

    def __init__(self, file, scenario: Scenario) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.aside = {id(getattr(scenario, n)): n for n in (*PARTS, "trade_flows")}

    def persistent_id(self, obj):
        return self.aside.get(id(obj))


class _PartsBack(pickle.Unpickler):
    def __init__(self, data: bytes, parts: dict[str, object]) -> None:
        super().__init__(io.BytesIO(data))
        self.parts = parts

    def persistent_load(self, pid):
        return self.parts[pid]


def _dumps(obj) -> bytes:
    return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


class Document:
    """One scenario being edited."""

    def __init__(self, scenario: Scenario, path: Path | None = None, warnings=()) -> None:
        self.scenario = scenario
        self.path = path
        self.warnings = list(warnings)
        self.stack = CommandStack(scenario)
        # where it lives in the scenario library, once saved or opened there
        self.library_scenario: int | None = None
        self.library_revision: int | None = None
        #: The library revision a file opened here was saved from (its ``origin``), kept so
        #: that saving it as a file again still names it.
        self.origin: Origin | None = None
        #: A colleague's copy merged in since the last library save: the next library save
        #: records it (a "merge" revision, with their revision as second parent when known).
        self._merged: tuple[MergedFrom, object] | None = None
        #: Counts changes (every event but "clean"); ``flows_revision`` only those that may
        #: change the trade-flow table. Shared snapshots and caches are keyed by them.
        self.revision = 0
        self.flows_revision = 0
        self._frozen: Scenario | None = None
        self._frozen_flows: tuple[TradeFlows, TradeFlows] | None = None  # (live, copy)
        #: This revision's pickles: "" the rest of the scenario, then each of ``PARTS`` (those an
        #: edit left as they were are kept; the missing ones are made when next asked for).
        self._pickles: dict[str, bytes] = {}
        #: The copies of ``PARTS`` in the last frozen scenario, with the pickles they came from.
        self._frozen_parts: dict[str, tuple[bytes, object]] = {}
        # The first listener: the shared snapshot is stale before any view hears of a change.
        self.stack.subscribe(self._changed)

    # -- opening and saving --
    @classmethod
    def open_file(cls, path: str | Path) -> Document:
        """Read a scenario file; raises ``ScenarioFileError`` (with every problem) if unusable."""
        loaded = open_scenario(path)
        doc = cls(loaded.scenario, Path(path), [str(w) for w in loaded.warnings])
        doc.origin = loaded.origin
        return doc

    @classmethod
    def default(cls) -> Document:
        """The shipped US–Japan scenario, as a new unsaved document (the shipped file is never
        written over)."""
        doc = cls.open_file(default_scenario_path())
        doc.path = None
        return doc

    def save_file(self, path: str | Path | None = None, origin: Origin | None = None) -> Path:
        """Write the scenario (atomically) and mark the document clean. ``origin`` (default:
        the one the opened file had) names the library revision it came from in the file."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError(tr("The document has no file yet: choose where to save it."))
        save_scenario(self.scenario, target, origin or self.origin)
        self.path = target
        self.stack.set_clean()
        return target

    # -- state --
    @property
    def title(self) -> str:
        return self.scenario.title or (self.path.name if self.path else tr("Untitled"))

    @property
    def dirty(self) -> bool:
        return not self.stack.is_clean()

    def snapshot(self) -> Scenario:
        """A deep copy of the scenario as it is now (for background work and autosave)."""
        return copy.deepcopy(self.scenario)

    def frozen(self) -> Scenario:
        """The scenario as it is now, copied once per revision and shared by every reader (the
        charts' and analysis views' background jobs): treat it as read-only.

        Edits change the live scenario in place, so readers on other threads need a copy; one
        per reader and edit cost seconds on a large flow table. Here the copy is made once per
        revision from the revision's pickles (see ``_pickled``: the content key's bytes too), the
        flow table (the large part) only when it may have changed, and each other part only
        when its pickle changed: an edit to a rate copies the measures and the small rest."""
        if self._frozen is None:
            pickles = self._pickled()
            parts: dict[str, object] = {"trade_flows": self._frozen_flows[1]}
            kept: dict[str, tuple[bytes, object]] = {}
            for name in PARTS:
                data = pickles[name]
                old = self._frozen_parts.get(name)
                obj = old[1] if old is not None and old[0] == data else pickle.loads(data)
                kept[name] = (data, obj)
                parts[name] = obj
            self._frozen_parts = kept
            self._frozen = _PartsBack(pickles[""], parts).load()
        return self._frozen

    def content_key(self, ignore: tuple[str, ...] = ()) -> tuple:
        """A hashable key equal for equal scenario content: the flow table's revision and the
        rest pickled, less the fields named in ``ignore`` (those a result does not depend on: a
        tariff chart ignores ``preferences``, ``cards``, ``offers``). Results cached by it
        survive undo/redo and a value toggled back and forth; a different key for the same
        content only costs a recomputation. Made of the revision's pickles (no pickling of its
        own)."""
        pickles = self._pickled()
        unknown = set(ignore) - set(PARTS)
        if unknown:
            raise ValueError(f"content_key can leave out only {PARTS}, not {sorted(unknown)}")
        return (
            self.flows_revision,
            pickles[""],
            *(pickles[n] if n not in ignore else None for n in PARTS),
        )

    def _pickled(self) -> dict[str, bytes]:
        """The scenario without its flow table, pickled once per revision (the copy's source and
        the key's content): the rest, and each of ``PARTS`` on its own; only the pickles the
        revision's edit may have changed are made again (``stale_pickles``)."""
        live = self.scenario.trade_flows
        if self._frozen_flows is None or self._frozen_flows[0] is not live:
            if self._frozen_flows is not None:
                self.flows_revision += 1  # the table was replaced outside the stack
            self._frozen_flows = (live, copy_flows(live))
        pickles = self._pickles
        if len(pickles) <= len(PARTS):
            if "" not in pickles:
                buffer = io.BytesIO()
                _PartsAside(buffer, self.scenario).dump(self.scenario)
                pickles[""] = buffer.getvalue()
            for name in PARTS:
                if name not in pickles:
                    pickles[name] = _dumps(getattr(self.scenario, name))
        return pickles

    def _changed(self, event: StackEvent) -> None:
        if event.reason == "clean":
            return
        self.revision += 1
        self._frozen = None
        stale = stale_pickles(event)
        if stale is None:
            self._pickles = {}
        else:
            self._pickles = {k: v for k, v in self._pickles.items() if k not in stale}
        if event.reason == "reset" or any(c.kind in FLOW_KINDS for c in event.changes):
            self._frozen_flows = None
            self.flows_revision += 1

    @property
    def merged_from(self) -> MergedFrom | None:
        """The colleague's copy merged in since the last library save, while the edit that
        merged it is applied: undoing the merge (or forgetting it: a new edit after the undo)
        forgets it too, so the next save is not recorded as a merge of a copy no longer in."""
        if self._merged is not None and self.stack.applied(self._merged[1]):
            return self._merged[0]
        return None

    @merged_from.setter
    def merged_from(self, merged: MergedFrom | None) -> None:
        """Set right after pushing the merge: it belongs to that edit (None: forget it)."""
        self._merged = None if merged is None else (merged, self.stack.top())

    # -- editing --
    def push(self, command: Command) -> None:
        self.stack.push(command)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self.stack.subscribe(listener)
