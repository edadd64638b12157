"""The session: what the whole application shares, in one declared place (no Qt).

One ``Session`` per window holds the open document, the package under discussion, the date the
tariff views show, the settings, the recent files and the shared derived results. Panels are
built from a session (``factory(session, host)``) and meet only through it: the package builder
chooses a package with ``session.choose``; the charts, the tariff editor and the brief read
``session.package`` and follow ``session.package.changed``. Before this, the same state lived
in attributes of the main window that each panel looked up by name, so no panel could be built
or tested without a whole window.

The package under discussion is part of the scenario (``Scenario.working_package``), so it is
saved with it and choosing one is an undoable edit; ``session.package`` is that package made
whole (every issue with a valid option) and follows the document through undo and redo.

Events are plain callbacks (``Event``), called on the thread that changes the value: the GUI
changes session state on its main thread only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from negotiator_gui.app.derived import Derived
from negotiator_gui.app.document import Document
from negotiator_gui.core import edits, package_math
from negotiator_gui.core.commands import ChangeKind, Command
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.pins import Pin
from negotiator_gui.core.stack import StackEvent

T = TypeVar("T")
Choices = dict[str, str]

#: How many files File → Open recent lists.
MAX_RECENT = 8
RECENT_KEY = "recent/files"
#: The scenario to reopen at start: a file's path, or ``library:<scenario id>``.
LAST_KEY = "last/scenario"
LIBRARY_PREFIX = "library:"


class Event:
    """A list of listeners called in order with the emitted arguments; ``connect`` returns the
    listener so that it can be disconnected later (the same shape as a Qt signal's API, so a
    panel follows a session event as it would a signal)."""

    def __init__(self) -> None:
        self._listeners: list[Callable[..., Any]] = []

    def connect(self, listener: Callable[..., Any]) -> Callable[..., Any]:
        self._listeners.append(listener)
        return listener

    def disconnect(self, listener: Callable[..., Any]) -> None:
        """Stop calling ``listener``; one not connected is ignored (a panel closing twice)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, *args: Any) -> None:
        for listener in list(self._listeners):  # a listener may disconnect itself
            listener(*args)

    def __len__(self) -> int:
        return len(self._listeners)


class Value(Generic[T]):
    """A value that says when it changes (``changed`` is emitted with the new value; setting an
    equal value emits nothing, so listeners do no work for a re-announced package)."""

    def __init__(self, value: T) -> None:
        self._value = value
        self.changed = Event()

    @property
    def value(self) -> T:
        return self._value

    def set(self, value: T) -> bool:
        """Take ``value``; True if it differed from the one held."""
        if value == self._value:
            return False
        self._value = value
        self.changed.emit(value)
        return True


class Settings(Protocol):
    """What the session needs of a settings store (``QSettings`` has this shape; tests and the
    CLI use ``MemorySettings``)."""

    def value(self, key: str, defaultValue: Any = None) -> Any: ...

    def setValue(self, key: str, value: Any) -> None: ...


class MemorySettings:
    """Settings kept in a dict: a session for a test or a batch run, with nothing on disk."""

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        self.values: dict[str, Any] = dict(values or {})

    def value(self, key: str, defaultValue: Any = None) -> Any:
        return self.values.get(key, defaultValue)

    def setValue(self, key: str, value: Any) -> None:
        self.values[key] = value


class RecentFiles:
    """The files opened last, newest first, kept in the settings (``recent/files``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.changed = Event()

    def paths(self) -> list[str]:
        value = self.settings.value(RECENT_KEY) or []
        if isinstance(value, str):  # QSettings gives a one-item list back as a string
            value = [value]
        return [str(v) for v in value]

    def remember(self, path: str | Path) -> None:
        path = str(path)
        recent = [p for p in self.paths() if p != path]
        self.settings.setValue(RECENT_KEY, [path, *recent][:MAX_RECENT])
        self.settings.setValue(LAST_KEY, path)
        self.changed.emit(self.paths())


def default_package(s: Scenario) -> Choices:
    """The package a document opens with: our side's latest offer where there is one (the
    package under discussion), else each issue's first option."""
    choices = {i.id: i.options[0].id for i in s.issues if i.options}
    latest = package_math.next_round(s) - 1
    mine = [o for o in s.offers if o.party == s.perspective and o.round == latest]
    if mine:
        choices.update({k: v for k, v in mine[-1].choices.items() if k in choices})
    return choices


def valid_package(s: Scenario, choices: Mapping[str, str]) -> Choices:
    """``choices`` kept where the option still exists; issues without a valid choice take their
    first option (an issue or option was added, removed or renamed)."""
    valid: Choices = {}
    for issue in s.issues:
        ids = [o.id for o in issue.options]
        if ids:
            chosen = choices.get(issue.id)
            valid[issue.id] = chosen if chosen in ids else ids[0]
    return valid


#: Edits after which the current package may differ: it was chosen, or it may name options
#: that no longer exist.
PACKAGE_KINDS = frozenset(
    {ChangeKind.ISSUE, ChangeKind.OPTION, ChangeKind.SCENARIO, ChangeKind.WORKING_PACKAGE}
)


def current_package(s: Scenario) -> Choices:
    """The package under discussion, whole: the one saved with the scenario where there is one
    (issues it leaves open take the opening package's option), else the opening package."""
    if not s.working_package:
        return default_package(s)
    return valid_package(s, {**default_package(s), **s.working_package})


class Session:
    """The state every panel shares (see the module doc)."""

    def __init__(
        self,
        document: Document,
        settings: Settings | None = None,
        library: Any = None,
    ) -> None:
        self.settings: Settings = settings if settings is not None else MemorySettings()
        self.recent = RecentFiles(self.settings)
        #: The scenario library (``store.Library``), or None where none could be opened.
        self.library = library
        self.derived = Derived()
        #: Emitted with the new document after another scenario is opened or started.
        self.document_changed = Event()
        #: The package under discussion: issue id → option id.
        self.package: Value[Choices] = Value({})
        #: Packages marked on the utility chart by the comparison: "A"/"B" → ``Pin``.
        self.pinned: Value[dict[str, Pin]] = Value({})
        #: The date the tariff views show rates for.
        self.day: Value[dt.date] = Value(document.scenario.as_of or dt.date.today())
        self._document = document
        self._unsubscribe = document.subscribe(self._on_event)
        self.package.set(current_package(document.scenario))

    @property
    def document(self) -> Document:
        return self._document

    def set_document(self, document: Document) -> None:
        """Make ``document`` the open one: results of the old one are dropped, the package
        starts again from the new scenario, and listeners hear of it."""
        self._unsubscribe()
        self._document = document
        self._unsubscribe = document.subscribe(self._on_event)
        self.derived.clear()
        self.remember_last(document)
        self.package.set(current_package(document.scenario))
        self.pinned.set({})  # pins name the old scenario's options
        self.day.set(document.scenario.as_of or self.day.value)
        self.document_changed.emit(document)

    def remember_last(self, document: Document) -> None:
        """Remember ``document`` as the one to reopen at the next start: its file (and in the
        recent files), else its place in the library; a new unsaved one changes nothing."""
        if document.path is not None:
            self.recent.remember(document.path)
        elif document.library_scenario is not None:
            self.settings.setValue(LAST_KEY, f"{LIBRARY_PREFIX}{document.library_scenario}")

    def last_library_scenario(self) -> int | None:
        """The library scenario to reopen at start, if the last one came from the library."""
        last = str(self.settings.value(LAST_KEY) or "")
        if last.startswith(LIBRARY_PREFIX) and last[len(LIBRARY_PREFIX) :].isdigit():
            return int(last[len(LIBRARY_PREFIX) :])
        return None

    def choose(self, choices: Mapping[str, str], name: str = "") -> bool:
        """Take a package (a solution, a matrix row, a chart point, a saved package) as an
        undoable edit named after ``name`` where it has one ("Choose package “Nash”"): choices
        the scenario does not have (an unknown issue or option) are dropped, issues not named
        keep their current option. True if the package changed."""
        command = self.choice_command(choices, name)
        if command is None:
            return False
        self._document.push(command)
        return True

    def choice_command(self, choices: Mapping[str, str], name: str = "") -> Command | None:
        """The edit that would make ``choices`` (merged into the current package as ``choose``
        does) the package under discussion; None if it is that already."""
        s = self._document.scenario
        new = self._merged(choices)
        if new == self.package.value:
            return None
        return edits.choose_package(s, new, name)

    def with_choice(self, command: Command, choices: Mapping[str, str]) -> Command:
        """``command`` and the choice of ``choices`` as one undo step (a card put on the table
        takes its option into the package; undoing the move undoes both)."""
        s = self._document.scenario
        new = self._merged(choices)
        if new == self.package.value:
            return command
        return edits.with_package(s, command, new)

    def _merged(self, choices: Mapping[str, str]) -> Choices:
        s = self._document.scenario
        options = {i.id: {o.id for o in i.options} for i in s.issues}
        taken = {k: v for k, v in choices.items() if v in options.get(k, ())}
        return valid_package(s, {**self.package.value, **taken})

    def _on_event(self, event: StackEvent) -> None:
        if event.reason == "clean":
            return
        if event.reason == "reset" or any(c.kind in PACKAGE_KINDS for c in event.changes):
            self.package.set(current_package(self._document.scenario))
