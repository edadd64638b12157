"""Results derived from the open scenario, computed once per content and shared by every panel.

Each result is a pure core function with the kinds of change it depends on (``ChangeKind``) and
the parts of the scenario its content key leaves out. The package builder, the utility chart,
the concession history and the ZOPA status all need the bargaining space and its frontier;
before, each built its own after every weight edit (four spaces, two frontiers). Now the first
panel to ask builds it and the others get the same object: ``Derived.get`` holds one entry per
content key, and a second request for a key being built waits for that build instead of doing
it again. Keys are content, not revisions: an undo or a weight toggled back is a cache hit.

Any thread may call ``get`` (background jobs do); the key must be taken on the thread that owns
the document (``key``/``request`` read the live scenario), the computation then runs on the
frozen, read-only copy of that revision.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from negotiator_gui.core import bargaining, utility_cloud
from negotiator_gui.core.commands import ChangeKind
from negotiator_gui.core.model import Scenario

if TYPE_CHECKING:
    from negotiator_gui.app.document import Document

K = ChangeKind


#: What a result's computation gets: the frozen scenario, the parties, and
#: ``use(result, parties)``, the value of a result it needs (shared: computed once for both).
Use = Callable[..., Any]


@dataclass(frozen=True)
class Result:
    """One derived result: ``compute(scenario, parties, use)``, the kinds of change it depends
    on, the scenario parts its key leaves out (named as in ``document.PARTS``; a test checks
    them against ``depends``), and the results it is computed from (``needs``)."""

    name: str
    depends: frozenset[ChangeKind]
    ignore: tuple[str, ...]
    compute: Callable[[Scenario, tuple[str, ...] | None, Use], Any]
    needs: tuple[Result, ...] = ()

    def matters(self, kinds) -> bool:
        """Whether a change of any of ``kinds`` may change this result."""
        return not self.depends.isdisjoint(kinds)

    def closure(self) -> list[Result]:
        """This result and every result it needs, directly or not."""
        out: list[Result] = []
        for r in (self, *(n for need in self.needs for n in need.closure())):
            if r not in out:
                out.append(r)
        return out


def negotiator_ids(s: Scenario) -> list[str]:
    """Negotiating parties, our side (the perspective) first, as the boards show them."""
    ids = [p.id for p in s.negotiators()]
    return sorted(ids, key=lambda p: p != s.perspective)


def _space(s: Scenario, parties: tuple[str, ...] | None, use: Use) -> bargaining.Space:
    """The space is built once, for the negotiators with our side first; the same parties in
    another order (the options matrix lists them as the scenario does) are that space's
    columns reordered, not a second build."""
    if parties is None:
        parties = tuple(p.id for p in s.negotiators())
    canonical = tuple(negotiator_ids(s))
    if parties != canonical and sorted(parties) == sorted(canonical):
        return reorder(use(SPACE, canonical), parties)
    return bargaining.build_space(s, list(parties))


def reorder(space: bargaining.Space, parties: tuple[str, ...]) -> bargaining.Space:
    """``space`` with its party columns in the order of ``parties`` (the same parties)."""
    cols = [space.parties.index(p) for p in parties]
    return bargaining.Space(
        tuple(parties),
        space.issues,
        space.options,
        tuple(np.ascontiguousarray(c[:, cols]) for c in space.contrib),
        space.reservation[cols].copy(),
        space.warnings,
    )


def _analysis(s: Scenario, parties: tuple[str, ...] | None, use: Use) -> tuple:
    """The space, its Pareto frontier and the bargaining solutions."""
    space = use(SPACE)
    front = bargaining.frontier(space)
    return space, front, bargaining.solutions(front)


def _cloud(s: Scenario, parties: tuple[str, ...] | None, use: Use) -> utility_cloud.Analysis:
    """The utility chart's cloud of packages, with the shared frontier and solutions."""
    space, front, solutions = use(ANALYSIS)
    return utility_cloud.analyse(space, front, solutions)


def _zopa(s: Scenario, parties: tuple[str, ...] | None, use: Use) -> bargaining.ZopaSize:
    """How many packages every party prefers to its BATNA (the same for any party order)."""
    return bargaining.zopa_size(use(SPACE))


#: The parts of a scenario a bargaining space is made of: the parties' preferences over the
#: issues' options (and the parties themselves).
_SPACE_DEPENDS = frozenset({K.SCENARIO, K.PARTY, K.ISSUE, K.OPTION, K.PREFERENCES})
_NOT_SPACE = (
    "cards",
    "measures",
    "stacking_rules",
    "elasticities",
    "packages",
    "offers",
    "working_package",
)

#: The bargaining space of two (or more) parties.
SPACE = Result("space", _SPACE_DEPENDS, _NOT_SPACE, _space)
#: The space with its Pareto frontier and the bargaining solutions on it.
ANALYSIS = Result("analysis", _SPACE_DEPENDS, _NOT_SPACE, _analysis, (SPACE,))
#: The utility chart's package cloud (with the frontier and solutions of ``ANALYSIS``).
CLOUD = Result("cloud", _SPACE_DEPENDS, _NOT_SPACE, _cloud, (ANALYSIS,))

#: The size of the zone of possible agreement (the status bar's and the options matrix's).
ZOPA = Result("zopa", _SPACE_DEPENDS, _NOT_SPACE, _zopa, (SPACE,))

RESULTS: tuple[Result, ...] = (SPACE, ANALYSIS, CLOUD, ZOPA)


class _Entry:
    __slots__ = ("done", "error", "lock", "value")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.done = False
        self.value: Any = None
        self.error: BaseException | None = None


class Derived:
    """The shared results of one session's document (see the module doc)."""

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()

    # -- keys (the document's thread) --
    @staticmethod
    def key(result: Result, document: Document, parties: Sequence[str] | None = None) -> tuple:
        """The content key of ``result`` for ``document`` as it is now."""
        return (
            result.name,
            id(document),
            document.content_key(result.ignore),
            tuple(parties) if parties is not None else None,
        )

    def request(
        self, result: Result, document: Document, parties: Sequence[str] | None = None
    ) -> tuple[tuple, Callable[[], Any]]:
        """The key and a function that returns the result from any thread (computing it on
        this revision's frozen copy, unless it is already known or being computed)."""
        contents = {r: self.key(r, document)[:-1] for r in (*result.closure(), SPACE)}
        frozen = document.frozen()
        args = tuple(parties) if parties is not None else None

        def use(r: Result, for_parties: tuple[str, ...] | None = args) -> Any:
            key = (*contents[r], for_parties)
            return self.get(key, lambda: r.compute(frozen, for_parties, use))

        return (*contents[result], args), lambda: use(result)

    def compute(self, result: Result, document: Document, parties: Sequence[str] | None = None):
        """The result now, on this thread (a cache hit costs the key only)."""
        return self.request(result, document, parties)[1]()

    # -- values (any thread) --
    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The value for ``key``: the one known, else the one another thread is computing, else
        ``compute()``'s. An exception is kept as the value (and raised to every asker): the
        same content fails the same way."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                entry = self._entries[key] = _Entry()
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
            else:
                self._entries.move_to_end(key)
        with entry.lock:
            if not entry.done:
                try:
                    entry.value = compute()
                except Exception as exc:
                    entry.error = exc
                entry.done = True
        if entry.error is not None:
            raise entry.error
        return entry.value

    def known(self, key: Hashable) -> bool:
        """Whether ``key``'s value is ready (a panel can then skip a background job)."""
        with self._lock:
            entry = self._entries.get(key)
        return entry is not None and entry.done

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
