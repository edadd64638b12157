"""Problems found in a scenario: where (a JSON path into the file layout) and what.

The model mirrors the file layout, so the same path names a place in a file being loaded and in a
scenario being edited. Loaders collect every problem (up to a cap) instead of stopping at the
first, so a user can fix a file in one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from negotiator_gui.core.i18n import tr

#: Stop collecting after this many problems; the rest are summarised in one line.
MAX_PROBLEMS = 100


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    path: str  # JSON path, e.g. "$.issues[2].options[0].id"
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        if self.severity is Severity.ERROR:
            return f"{self.path}: {self.message}"
        return tr("{path}: warning: {message}").format(path=self.path, message=self.message)


def key_path(path: str, key: str) -> str:
    """Append an object key to a JSON path, quoting keys that are not plain names."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        return f"{path}.{key}"
    return f"{path}[{key!r}]"


class Problems:
    """An append-only list of problems with a cap, shared by the parsing and validation passes."""

    def __init__(self, cap: int = MAX_PROBLEMS) -> None:
        self.items: list[Problem] = []
        self.cap = cap
        self.dropped = 0
        #: Set when checking stopped early because the cap was reached, so more problems may
        #: exist than ``dropped`` counts.
        self.truncated = False

    def error(self, path: str, message: str) -> None:
        self.add(Problem(path, message, Severity.ERROR))

    def warning(self, path: str, message: str) -> None:
        self.add(Problem(path, message, Severity.WARNING))

    def add(self, problem: Problem) -> None:
        if len(self.items) < self.cap:
            self.items.append(problem)
        else:
            self.dropped += 1

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.WARNING]

    @property
    def full(self) -> bool:
        return len(self.items) >= self.cap

    def stop(self) -> None:
        """Record that a pass stopped checking early because the list is full."""
        self.truncated = True

    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.items)

    def lines(self) -> list[str]:
        out = [str(p) for p in self.items]
        if self.dropped or self.truncated:
            out.append(more_not_shown(self.dropped, self.truncated))
        return out


def more_not_shown(dropped: int, truncated: bool) -> str:
    """The line that ends a capped list of problems."""
    if not truncated:
        return tr("... and {n} more problems not shown").format(n=dropped)
    if dropped:
        return tr("... and at least {n} more problems not shown (checking stopped early)").format(
            n=dropped
        )
    return tr("... and more problems not shown (checking stopped early)")
