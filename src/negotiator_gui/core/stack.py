"""The command stack: undo, redo, clean/dirty state, merging and change events. No Qt.

The GUI's ``QUndoStack`` is only an adapter over this; autosave, the dirty flag, views and the
recompute scheduler all subscribe here, so every edit reaches them the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from negotiator_gui.core.commands import Change, Command
from negotiator_gui.core.model import Scenario


@dataclass
class StackEvent:
    """Sent to subscribers after every do, undo, redo or clean-state change."""

    reason: str  # "do", "merge", "undo", "redo", "clean", "reset"
    changes: list[Change] = field(default_factory=list)
    name: str = ""  # the command's name, for "Undo Move 'Rice access'..."


Listener = Callable[[StackEvent], None]


@dataclass
class _Entry:
    do: Command
    undo: Command


class CommandStack:
    """History of commands applied to one scenario."""

    def __init__(self, scenario: Scenario, limit: int = 0) -> None:
        self.scenario = scenario
        self.limit = limit  # 0: unlimited
        self._entries: list[_Entry] = []
        self._index = 0  # number of entries currently applied
        self._clean = 0  # index at which the document matches its saved state; -1: never
        self._listeners: list[Listener] = []
        self._merge_open = False

    # -- observers --
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, event: StackEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- state --
    @property
    def index(self) -> int:
        return self._index

    def __len__(self) -> int:
        return len(self._entries)

    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._entries)

    def undo_name(self) -> str:
        return self._entries[self._index - 1].do.name if self.can_undo() else ""

    def redo_name(self) -> str:
        return self._entries[self._index].do.name if self.can_redo() else ""

    def names(self) -> list[str]:
        """Names of all commands in the history, oldest first (for a history panel)."""
        return [e.do.name for e in self._entries]

    def names_since_clean(self) -> list[str]:
        """Names of the commands made since the state was saved, oldest first (empty when the
        saved state is not behind the current one: undone past it, or no saved state)."""
        if 0 <= self._clean <= self._index:
            return [e.do.name for e in self._entries[self._clean : self._index]]
        return []

    def is_clean(self) -> bool:
        return self._index == self._clean

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self._clean = self._index
        self._merge_open = False
        self._emit(StackEvent("clean"))

    def mark_dirty(self) -> None:
        """The document differs from anything saved (recovered work): no state is clean."""
        self._clean = -1
        self._emit(StackEvent("clean"))

    def close_merge(self) -> None:
        """The next command starts a new undo step even if it could merge (focus left a cell)."""
        self._merge_open = False

    # -- editing --
    def push(self, command: Command) -> None:
        """Apply ``command`` and record it. Raises what ``apply`` raises, leaving no trace."""
        undo = command.apply(self.scenario)
        top = self._entries[self._index - 1] if self._index else None
        key = command.merge_key
        if (
            key is not None
            and self._merge_open
            and top is not None
            and top.do.merge_key == key
            and self._index == len(self._entries)
            and self._clean != self._index
        ):
            top.do = top.do.merged(command)
            self._emit(StackEvent("merge", command.changes(), top.do.name))
            return
        del self._entries[self._index :]
        if self._clean > self._index:
            self._clean = -1
        self._entries.append(_Entry(command, undo))
        self._index += 1
        if self.limit and len(self._entries) > self.limit:
            drop = len(self._entries) - self.limit
            del self._entries[:drop]
            self._index -= drop
            self._clean = self._clean - drop if self._clean >= drop else -1
        self._merge_open = key is not None
        self._emit(StackEvent("do", command.changes(), command.name))

    def top(self) -> object | None:
        """The latest applied edit's place in the history (None: none applied): a token for
        ``applied``, which stays the same through undo and redo of that edit."""
        return self._entries[self._index - 1] if self._index else None

    def applied(self, token: object | None) -> bool:
        """Whether the edit ``top`` gave ``token`` for is applied now: False once undone, or
        once the history forgot it (a new edit after undoing it, the history's limit)."""
        return token is not None and any(e is token for e in self._entries[: self._index])

    def undo(self) -> bool:
        if not self.can_undo():
            return False
        entry = self._entries[self._index - 1]
        entry.do = entry.undo.apply(self.scenario)
        self._index -= 1
        self._merge_open = False
        self._emit(StackEvent("undo", entry.undo.changes(), entry.do.name))
        return True

    def redo(self) -> bool:
        if not self.can_redo():
            return False
        entry = self._entries[self._index]
        entry.undo = entry.do.apply(self.scenario)
        self._index += 1
        self._merge_open = False
        self._emit(StackEvent("redo", entry.do.changes(), entry.do.name))
        return True

    def undo_all(self) -> None:
        while self.undo():
            pass

    def redo_all(self) -> None:
        while self.redo():
            pass

    def clear(self) -> None:
        """Forget the history (after opening another scenario into the same stack)."""
        self._entries.clear()
        self._index = 0
        self._clean = 0
        self._merge_open = False
        self._emit(StackEvent("reset"))
