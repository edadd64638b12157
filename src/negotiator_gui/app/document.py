"""The open document: a scenario, its command stack, where it came from, and change events.

This is the application layer (no widgets, no Qt): the window, the boards and the charts observe a
``Document``, edit it only through ``push`` (so every edit is undoable) and learn of changes from
the stack's events. Opening and saving files goes through the io layer, which reports bad input
as ``ScenarioFileError`` and never changes the document on failure.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from negotiator_gui.core.commands import Command
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.stack import CommandStack, StackEvent
from negotiator_gui.io.scenario_file import read_scenario, write_scenario
from negotiator_gui.paths import default_scenario_path

Listener = Callable[[StackEvent], None]


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

    # -- opening and saving --
    @classmethod
    def open_file(cls, path: str | Path) -> Document:
        """Read a scenario file; raises ``ScenarioFileError`` (with every problem) if unusable."""
        loaded = read_scenario(path)
        return cls(loaded.scenario, Path(path), [str(w) for w in loaded.warnings])

    @classmethod
    def default(cls) -> Document:
        """The shipped US–Japan scenario, as a new unsaved document (the shipped file is never
        written over)."""
        doc = cls.open_file(default_scenario_path())
        doc.path = None
        return doc

    def save_file(self, path: str | Path | None = None) -> Path:
        """Write the scenario (atomically) and mark the document clean."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError(tr("The document has no file yet: choose where to save it."))
        write_scenario(self.scenario, target)
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

    # -- editing --
    def push(self, command: Command) -> None:
        self.stack.push(command)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        return self.stack.subscribe(listener)
