"""Package analysis: utilities, the ZOPA, the exact Pareto frontier and the bargaining solutions.

A package chooses one option per issue. Each party's utility is linear-additive (models.md §3):
``U_p(x) = Σ_i w_{p,i}·v_{p,i}(x_i)`` with the weights scaled to sum to 1 and option scores on
0–100, so utilities are on 0–100 too, like the reservation values.

Exactness. Utilities are held as integers in units of 10⁻⁹ points: every sum is then exact, equal
utility vectors are recognised as ties without a tolerance, and the frontier found by merging is
*identical* to the one found by enumerating (which the tests check on random domains).

The frontier without enumeration. For additive utilities the non-dominated set of a sum is the
non-dominated set of the sum of non-dominated sets: ``ND(A ⊕ B) = ND(ND(A) ⊕ ND(B))``. Merging
issue by issue and pruning after each step finds the exact frontier of 20 issues × 6 options
(3.7·10¹⁵ packages) while only ever holding a few thousand points. Each kept point remembers which
(previous point, option) pairs produced it, so every package on the frontier — ties included — can
be listed (without recursion: a space may have thousands of issues).

Budgets. Each long computation counts its work and stops growing at a limit, returning a result
that says what it is rather than running on: the merge thins the points it carries on a grid
once the work budget would be exceeded (``Frontier.exact`` False, with an error bound in points),
the ZOPA is sampled above a size, the counter-package search stops at a node count. Sizes are
exact integers throughout. docs/limits-analysis.md lists every limit and what the user sees.

The solutions (Nash, Kalai–Smorodinsky, egalitarian, utilitarian) are maximisers of functions that
increase with every party's utility, so they are found on the frontier points inside the ZOPA;
points that tie are reported together.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

import numpy as np

from negotiator_gui.core import pareto
from negotiator_gui.core.i18n import N_, local, number, tr
from negotiator_gui.core.model import Scenario

# Re-exported: the filters (now in ``pareto``) and the core's one cancellation exception.
from negotiator_gui.core.pareto import _nd_2d as _nd_2d
from negotiator_gui.core.pareto import _nd_general as _nd_general
from negotiator_gui.core.pareto import non_dominated as non_dominated
from negotiator_gui.core.trade import Cancelled as Cancelled
from negotiator_gui.core.trade import check_cancelled

#: Fixed-point scale: utilities are integers in units of 1/SCALE points.
SCALE = 10**9
#: Exact counting of the ZOPA enumerates spaces up to this size; larger ones are sampled.
EXACT_COUNT_LIMIT = 20_000_000
#: Work units (``pareto.filter_work``: about one sorted candidate) the frontier merge may spend
#: before it thins the points it carries: a few seconds on a laptop. Spaces within it get the
#: exact frontier; docs/limits-analysis.md lists what larger ones give.
MERGE_WORK_LIMIT = 20_000_000
#: The merge never thins below this many points (the approximation's floor, whatever the budget).
MIN_POINTS = 1_000
#: Largest frontier kept: the solutions and the listings visit every point.
FRONTIER_LIMIT = 200_000
#: Candidates of one issue's merge (points carried × the issue's options) held at once: their
#: memory, about 100 bytes each while they are sorted.
LEVEL_CANDIDATE_LIMIT = 4_000_000
#: Packages listed per tied frontier point (their number is always given in full).
TIE_LIST_LIMIT = 20
#: A sampled ZOPA draws at most this many option choices in all (samples × issues).
SAMPLE_WORK_LIMIT = 20_000_000
#: ... and at least this many samples, however many issues.
MIN_SAMPLES = 10_000
#: Nodes the counter-package search may visit before it returns the best found so far.
COUNTER_NODE_LIMIT = 500_000


class AnalysisError(Exception):
    """An analysis that cannot be done as asked (the message says why and what to change)."""


# -- the package space ----------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Space:
    """Issues, options and each party's fixed-point utility contribution of every option."""

    parties: tuple[str, ...]
    issues: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    contrib: tuple[np.ndarray, ...]  # per issue: (n_options, n_parties) int64
    reservation: np.ndarray  # (n_parties,) int64
    warnings: tuple[str, ...] = ()

    @cached_property
    def size(self) -> int:
        """Number of packages (a Python int: it can exceed 2⁶³ and any float)."""
        return math.prod(len(o) for o in self.options)

    def index_of(self, choices: Mapping[str, str]) -> tuple[int, ...]:
        """Option indices of a complete package given as issue id → option id."""
        out = []
        for i, issue in enumerate(self.issues):
            if issue not in choices:
                raise AnalysisError(
                    tr("the package leaves issue '{issue}' open").format(issue=issue)
                )
            try:
                out.append(self.options[i].index(choices[issue]))
            except ValueError:
                raise AnalysisError(
                    tr("unknown option '{option}' of '{issue}'").format(
                        option=choices[issue], issue=issue
                    )
                ) from None
        return tuple(out)

    def choices(self, package: Sequence[int]) -> dict[str, str]:
        return {
            issue: self.options[i][o]
            for i, (issue, o) in enumerate(zip(self.issues, package, strict=True))
        }

    def utility(self, package: Sequence[int]) -> np.ndarray:
        """Fixed-point utility vector of a package given as option indices."""
        total = np.zeros(len(self.parties), dtype=np.int64)
        for i, o in enumerate(package):
            total += self.contrib[i][o]
        return total


def to_points(u) -> np.ndarray | float:
    """Fixed-point utilities to utility points (floats, for display)."""
    return np.asarray(u, dtype=np.float64) / SCALE if np.ndim(u) else float(u) / SCALE


def build_space(scenario: Scenario, parties: Sequence[str] | None = None) -> Space:
    """The package space of a scenario for its negotiating parties (or ``parties``).

    Weights are scaled to sum to 1 per party; a missing weight counts 0 and a missing score
    counts 0 (both reported in ``warnings``). A reservation given as a package is that package's
    utility; an open issue in it contributes nothing (also reported).
    """
    parties = tuple(parties or (p.id for p in scenario.negotiators()))
    if len(parties) < 2:
        raise AnalysisError(tr("an analysis needs at least two negotiating parties"))
    if not scenario.issues:
        raise AnalysisError(tr("the scenario has no issues to negotiate"))
    warnings: list[str] = []
    prefs = {}
    for p in parties:
        try:
            prefs[p] = scenario.preferences_of(p)
        except KeyError:
            raise AnalysisError(
                tr("party '{party}' has no preferences (weights and scores)").format(party=p)
            ) from None
    for issue in scenario.issues:
        if not issue.options:
            raise AnalysisError(
                tr("issue '{issue}' has no options").format(issue=local(issue, "title"))
            )
    totals = {p: sum(x.weight for x in prefs[p].issues.values()) for p in parties}
    contrib = []
    for issue in scenario.issues:
        block = np.zeros((len(issue.options), len(parties)), dtype=np.int64)
        for j, p in enumerate(parties):
            ip = prefs[p].issues.get(issue.id)
            total_w = totals[p]
            if ip is None or total_w <= 0:
                if total_w <= 0:
                    warnings.append(
                        tr("{party} has no weights: all its utilities are 0").format(party=p)
                    )
                continue
            for k, opt in enumerate(issue.options):
                score = ip.scores.get(opt.id)
                if score is None:
                    warnings.append(
                        tr("{party} has no score for '{option}' of '{issue}': 0").format(
                            party=p, option=local(opt, "label"), issue=local(issue, "title")
                        )
                    )
                    score = 0.0
                block[k, j] = round(ip.weight / total_w * score * SCALE)
        contrib.append(block)
    space = Space(
        parties=parties,
        issues=tuple(i.id for i in scenario.issues),
        options=tuple(tuple(o.id for o in i.options) for i in scenario.issues),
        contrib=tuple(contrib),
        reservation=np.zeros(len(parties), dtype=np.int64),
        warnings=(),
    )
    reservation = np.zeros(len(parties), dtype=np.int64)
    for j, p in enumerate(parties):
        res = prefs[p].reservation
        if res.package:
            pkg = scenario.package(res.package)
            total = 0
            for i, issue in enumerate(space.issues):
                if issue in pkg.choices:
                    total += int(space.contrib[i][space.options[i].index(pkg.choices[issue])][j])
                else:
                    warnings.append(
                        tr("{party}'s no-deal package leaves '{issue}' open: it counts 0").format(
                            party=p, issue=issue
                        )
                    )
            reservation[j] = total
        elif res.value is not None:
            reservation[j] = round(res.value * SCALE)
    return Space(
        space.parties,
        space.issues,
        space.options,
        space.contrib,
        reservation,
        tuple(dict.fromkeys(warnings)),
    )


# -- the frontier ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Level:
    """The back-pointers of one issue's merge, grouped by the point they produce (CSR): those
    of point ``p`` are ``parent[start[p]:start[p + 1]]`` (the point of the previous level) and
    ``option[...]`` (the option of this issue), in candidate order. Every point has at least one."""

    start: np.ndarray  # (m + 1,) int64
    parent: np.ndarray  # int32
    option: np.ndarray  # int32

    def __len__(self) -> int:
        return len(self.start) - 1


@dataclass(eq=False)
class Frontier:
    """The Pareto frontier: distinct utility vectors, each with the packages giving it.

    Exact unless the merge had to thin the points it carried to stay within its work budget
    (``exact`` False): then every point is still a real package with its exact utilities, and
    every package of the space is within ``error`` (fixed-point) of some point in every party's
    utility at once; tie counts and package lists then cover only the packages the merge kept
    (they are lower bounds)."""

    space: Space
    levels: list[_Level]
    points: np.ndarray  # (m, P) fixed-point; for two parties by decreasing first utility
    error: int = 0
    work: int = 0
    thinned: int = 0  # levels after which points were thinned
    _counts: np.ndarray | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.points)

    @property
    def exact(self) -> bool:
        return self.thinned == 0

    @property
    def error_points(self) -> float:
        """The error bound in utility points (0 when exact)."""
        return self.error / SCALE

    def note(self) -> str:
        """What a user must know about an approximate frontier (empty when exact)."""
        if self.exact:
            return ""
        return tr(
            "the frontier is approximate: the space is too large to merge exactly within the "
            "work limit, so the points carried from issue to issue were thinned {n} times; "
            "every point shown is a real package, and every package is within {error} points "
            "of a point shown, for every party at once (fix some issues or merge options for "
            "an exact frontier)"
        ).format(n=number(self.thinned), error=number(self.error_points, 3))

    def tie_counts(self) -> np.ndarray:
        """Number of packages behind each frontier point (exact integers: an object array once
        they may exceed int64)."""
        if self._counts is None:
            counts = np.ones(1, dtype=np.int64)
            reach = 1  # packages of the issues merged so far: a bound on every count
            for lv, options in zip(self.levels, self.space.options, strict=True):
                reach *= len(options)
                if counts.dtype != object and reach >= 2**62:
                    counts = counts.astype(object)
                counts = np.add.reduceat(counts[lv.parent], lv.start[:-1])
            self._counts = counts
        return self._counts

    def packages(self, point: int, limit: int = TIE_LIST_LIMIT) -> list[tuple[int, ...]]:
        """Up to ``limit`` packages (option indices) giving frontier point ``point``."""
        return list(itertools.islice(self._packages(point), max(0, limit)))

    def _packages(self, point: int) -> Iterator[tuple[int, ...]]:
        """Depth first over the back-pointers, without recursion (a space may have thousands
        of issues); the options chosen so far are kept as a linked list from the last issue."""
        last = len(self.levels) - 1
        stack: list[tuple[int, int, tuple | None]] = [(last, int(point), None)]
        while stack:
            level, pt, chosen = stack.pop()
            lv = self.levels[level]
            a, b = int(lv.start[pt]), int(lv.start[pt + 1])
            if level == 0:
                for k in range(a, b):
                    out = [int(lv.option[k])]
                    rest = chosen
                    while rest is not None:
                        out.append(rest[0])
                        rest = rest[1]
                    yield tuple(out)
                continue
            for k in range(b - 1, a - 1, -1):  # pushed in reverse: popped in candidate order
                stack.append((level - 1, int(lv.parent[k]), (int(lv.option[k]), chosen)))

    def first_packages(self, points: Sequence[int] | np.ndarray) -> np.ndarray:
        """One package (the first listed) of each of ``points``, as rows of option indices;
        vectorised, for listing many points of a frontier over many issues."""
        pts = np.asarray(points, dtype=np.int64).reshape(-1)
        out = np.empty((len(pts), len(self.levels)), dtype=np.int64)
        for i in range(len(self.levels) - 1, -1, -1):
            lv = self.levels[i]
            bp = lv.start[pts]
            out[:, i] = lv.option[bp]
            pts = lv.parent[bp].astype(np.int64)
        return out


def _cap(remaining: int, later_options: int, next_options: int, parties: int) -> int:
    """How many points the merge may carry into the next issue (``next_options`` options) so
    that the later issues (``later_options`` options in all, the next one included) fit in the
    ``remaining`` work (see ``pareto.filter_work``): at least ``MIN_POINTS``, but never so many
    that one issue's candidates exceed ``LEVEL_CANDIDATE_LIMIT`` (their memory)."""
    per_option = max(0, remaining) // max(1, later_options)
    if parties <= 3:
        cap = per_option // pareto.filter_work(1, parties, 0)
    else:  # m·(BLOCK + m)/8 ≤ per_option
        b = pareto.BLOCK
        cap = int((-b + math.sqrt(b * b + 32 * per_option)) / 2)
    cap = min(FRONTIER_LIMIT, max(MIN_POINTS, cap))
    return max(1, min(cap, LEVEL_CANDIDATE_LIMIT // max(1, next_options)))


def frontier(
    space: Space,
    *,
    work_limit: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Frontier:
    """The Pareto frontier by merging issue by issue (see the module doc).

    The merge counts its work (``pareto.filter_work``) against ``work_limit`` (default
    ``MERGE_WORK_LIMIT``). Before each issue it works out how many points it can afford to carry
    through the issues left; when the non-dominated partial sums are more, it thins them on a
    grid to half that many and adds the grid's side to the error bound (``Frontier.error``).
    A space within the budget is never thinned: its frontier is exact.

    ``cancelled`` is asked before every issue (``Cancelled`` is raised when it says so);
    ``progress(done, total)`` is told the issues merged so far."""
    limit = MERGE_WORK_LIMIT if work_limit is None else work_limit
    parties = len(space.parties)
    n = len(space.contrib)
    later = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        later[i] = later[i + 1] + len(space.contrib[i])
    points = np.zeros((1, parties), dtype=np.int64)
    levels: list[_Level] = []
    work = error = thinned = 0
    for i, contrib in enumerate(space.contrib):
        check_cancelled(cancelled)
        if progress is not None:
            progress(i, n)
        k = len(contrib)
        cand = (points[:, None, :] + contrib[None, :, :]).reshape(-1, parties)
        kept, point = pareto.non_dominated(cand)
        work += pareto.filter_work(len(cand), parties, len(kept))
        if i + 1 < n:
            cap = _cap(limit - work, later[i + 1], len(space.contrib[i + 1]), parties)
        else:
            cap = FRONTIER_LIMIT
        if len(kept) > cap:
            keep, delta = pareto.thin(kept, max(1, cap // 2) if i + 1 < n else cap)
            renumber = np.full(len(kept) + 1, -1, dtype=np.int64)  # the last entry: dominated
            renumber[keep] = np.arange(len(keep))
            point = renumber[point]
            kept = kept[keep]
            error += delta
            thinned += 1
        sel = np.flatnonzero(point >= 0)
        sel = sel[np.argsort(point[sel], kind="stable")]
        start = np.searchsorted(point[sel], np.arange(len(kept) + 1)).astype(np.int64)
        levels.append(_Level(start, (sel // k).astype(np.int32), (sel % k).astype(np.int32)))
        points = kept
    if progress is not None:
        progress(n, n)
    return Frontier(space, levels, points, error, work, thinned)


def enumerate_utilities(
    space: Space, chunk: int = 1_000_000
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """All packages in chunks: (option indices (n, issues), utilities (n, P)). For tests, the
    enumeration benchmark and exact ZOPA counts of small spaces."""
    sizes = [len(o) for o in space.options]
    total = space.size
    for start in range(0, total, chunk):
        idx = np.arange(start, min(start + chunk, total), dtype=np.int64)
        digits = np.empty((len(idx), len(sizes)), dtype=np.int64)
        rest = idx
        for i in range(len(sizes) - 1, -1, -1):
            digits[:, i] = rest % sizes[i]
            rest = rest // sizes[i]
        u = np.zeros((len(idx), len(space.parties)), dtype=np.int64)
        for i, contrib in enumerate(space.contrib):
            u += contrib[digits[:, i]]
        yield digits, u


# -- the ZOPA -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ZopaSize:
    packages: int  # exact count, or the estimate
    fraction: float
    exact: bool
    margin: float = 0.0  # ± of the fraction at 95 % (sampled only)
    samples: int = 0


def _count_exact(space: Space, cancelled: Callable[[], bool] | None = None) -> int:
    """Packages in the ZOPA, counted exactly as pairs of two halves of the issues: every
    package of the first half against every package of the second, a comparison each (no
    package is spelled out, which cost a division per issue and package)."""
    sizes = [len(o) for o in space.options]
    split = min(
        range(len(sizes) + 1),
        key=lambda k: max(math.prod(sizes[:k]), math.prod(sizes[k:])),
    )
    first = _half(space, 0, split)
    need = space.reservation[None, :] - first  # what the second half must still bring
    second = _half(space, split, len(sizes))
    step = max(1, 1_000_000 // len(second))
    count = 0
    for start in range(0, len(need), step):
        check_cancelled(cancelled)
        block = need[start : start + step]
        count += int((second[None, :, :] >= block[:, None, :]).all(axis=2).sum())
    return count


def _half(space: Space, start: int, stop: int) -> np.ndarray:
    """Utilities of every package of issues ``start``..``stop`` (one zero row when none)."""
    sub = Space(
        space.parties,
        space.issues[start:stop],
        space.options[start:stop],
        space.contrib[start:stop],
        space.reservation,
    )
    return np.concatenate([u for _, u in enumerate_utilities(sub)])


def zopa_size(
    space: Space,
    samples: int = 200_000,
    seed: int = 2025,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> ZopaSize:
    """Packages every party prefers to no deal: counted exactly for spaces up to
    ``EXACT_COUNT_LIMIT``, estimated from a fixed-seed sample above it (with its margin at 95 %).

    The sample is smaller for spaces of many issues (``SAMPLE_WORK_LIMIT`` option draws in all,
    at least ``MIN_SAMPLES``); the estimate is an exact integer, however large the space."""
    size = space.size
    if size <= EXACT_COUNT_LIMIT:
        n = _count_exact(space, cancelled)
        return ZopaSize(n, n / size, True)
    samples = max(MIN_SAMPLES, min(samples, SAMPLE_WORK_LIMIT // max(1, len(space.contrib))))
    rng = np.random.default_rng(seed)
    u = np.zeros((samples, len(space.parties)), dtype=np.int64)
    for i, contrib in enumerate(space.contrib):
        if i % 64 == 0:
            check_cancelled(cancelled)
        u += contrib[rng.integers(0, len(contrib), samples)]
    hits = int(np.all(u >= space.reservation, axis=1).sum())
    p = hits / samples
    # no hit (or all): the "rule of three" bound instead of a normal margin of zero
    margin = 1.96 * math.sqrt(p * (1 - p) / samples) if 0 < hits < samples else 3 / samples
    return ZopaSize(hits * size // samples, p, False, margin, samples)


# -- solutions ------------------------------------------------------------------------------

SOLUTIONS = ("nash", "kalai_smorodinsky", "egalitarian", "utilitarian")
#: The solutions' names as the user reads them (translated with ``tr`` where shown).
SOLUTION_NAMES = {
    "nash": N_("Nash bargaining solution"),
    "kalai_smorodinsky": N_("Kalai–Smorodinsky"),
    "egalitarian": N_("Max-min gain (egalitarian)"),
    "utilitarian": N_("Utilitarian (max sum)"),
}


@dataclass(frozen=True)
class Solution:
    name: str
    points: tuple[int, ...]  # frontier point indices (ties)
    utilities: tuple[tuple[float, ...], ...]  # in points, per tied point
    value: float  # the maximised quantity (product of gains, min ratio, min gain, sum)


def in_zopa(front: Frontier) -> np.ndarray:
    return np.flatnonzero(np.all(front.points >= front.space.reservation, axis=1))


def _argmax_exact(approx: np.ndarray, exact: Callable[[int], object]) -> list[int]:
    """Indices of the largest ``exact(i)``, with ties. Floats ``approx`` (relative error far
    below 10⁻⁹) pick the few candidates near the top; only those are compared exactly, so a
    frontier of many thousand points costs no more than a few fractions."""
    top = float(approx.max())
    near = np.flatnonzero(approx >= top - abs(top) * 1e-9 - 1e-300)
    values = [exact(int(i)) for i in near]
    best = max(values)
    return [int(i) for i, v in zip(near, values, strict=True) if v == best]


def solutions(front: Frontier) -> dict[str, Solution | None]:
    """Nash, Kalai–Smorodinsky, egalitarian (max-min gain) and utilitarian over the ZOPA, with
    ties; None for each when the ZOPA is empty. Compared exactly (integers and fractions)."""
    space = front.space
    ir = in_zopa(front)
    if not len(ir):
        return dict.fromkeys(SOLUTIONS)
    d = [int(x) for x in space.reservation]
    pts_arr = front.points[ir]
    gains_arr = pts_arr - space.reservation  # int64: utilities are at most 100 points
    span = [int(x) for x in gains_arr.max(axis=0)]  # ideal − reservation, per party

    def point(i: int) -> list[int]:
        return [int(x) for x in pts_arr[i]]

    def gains(i: int) -> list[int]:
        return [u - dp for u, dp in zip(point(i), d, strict=True)]

    def ks(i: int) -> Fraction:
        return min(
            Fraction(gj, sj) if sj > 0 else Fraction(1)
            for gj, sj in zip(gains(i), span, strict=True)
        )

    g = gains_arr.astype(np.float64)
    ratio = np.where(np.array(span) > 0, g / np.maximum(np.array(span, dtype=float), 1), 1.0)
    measures: dict[str, tuple[np.ndarray, Callable[[int], object]]] = {
        "nash": (g.prod(axis=1), lambda i: math.prod(gains(i))),
        "kalai_smorodinsky": (ratio.min(axis=1), ks),
        "egalitarian": (g.min(axis=1), lambda i: min(gains(i))),
        "utilitarian": (pts_arr.sum(axis=1).astype(np.float64), lambda i: sum(point(i))),
    }
    scale = {
        "nash": SCALE ** len(d),
        "kalai_smorodinsky": 1,
        "egalitarian": SCALE,
        "utilitarian": SCALE,
    }
    out: dict[str, Solution | None] = {}
    for name, (approx, exact) in measures.items():
        best = _argmax_exact(approx, exact)
        chosen = tuple(int(ir[i]) for i in best)
        out[name] = Solution(
            name,
            chosen,
            tuple(tuple(float(x) / SCALE for x in front.points[c]) for c in chosen),
            float(Fraction(exact(best[0])) / scale[name]),
        )
    return out


# -- counter-packages, improvements, distances ----------------------------------------------


@dataclass(frozen=True)
class Counter:
    package: tuple[int, ...]
    utilities: tuple[float, ...]  # points, every party


def counter_packages(
    space: Space,
    package: Sequence[int],
    party: int,
    for_party: int | None = None,
    epsilon: float = 1.0,
    top: int = 10,
    node_budget: int | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[Counter], bool]:
    """Packages worth the same to ``party`` (within ``epsilon`` points) ranked by ``for_party``'s
    utility, best first: a trade that costs ``party`` nothing and gains the other side most.

    Branch and bound over the issues (options tried best-first, partial packages pruned when
    they can no longer land in the band or beat the current top); the last issues are expanded
    as arrays. The search is depth first with its own stack (no recursion: a space may have
    thousands of issues). Returns the counters and whether the search was complete (False if it
    visited ``node_budget`` nodes, default ``COUNTER_NODE_LIMIT``: the list is then the best
    found). ``top`` 0 or less asks for none."""
    if for_party is None:
        others = [j for j in range(len(space.parties)) if j != party]
        if len(others) != 1:
            raise AnalysisError(
                tr("with more than two parties, say whom the counter-package is for")
            )
        for_party = others[0]
    if top <= 0:
        return [], True
    budget = COUNTER_NODE_LIMIT if node_budget is None else node_budget
    target = int(space.utility(package)[party])
    tol = round(epsilon * SCALE)
    lo, hi = target - tol, target + tol
    n_issues = len(space.issues)
    order = sorted(range(n_issues), key=lambda i: -int(np.ptp(space.contrib[i][:, for_party])))
    cp = [space.contrib[i][:, party] for i in order]
    cq = [space.contrib[i][:, for_party] for i in order]
    rem_min_p = [int(x) for x in np.r_[np.cumsum([int(c.min()) for c in cp][::-1])[::-1], 0]]
    rem_max_p = [int(x) for x in np.r_[np.cumsum([int(c.max()) for c in cp][::-1])[::-1], 0]]
    rem_max_q = [int(x) for x in np.r_[np.cumsum([int(c.max()) for c in cq][::-1])[::-1], 0]]
    # expand the last issues as arrays (up to ~4,000 combinations)
    tail_start = n_issues
    combos = 1
    while tail_start > 0 and combos * len(cp[tail_start - 1]) <= 4096:
        tail_start -= 1
        combos *= len(cp[tail_start])
    tail_idx = np.array(
        list(itertools.product(*[range(len(cp[i])) for i in range(tail_start, n_issues)])),
        dtype=np.int64,
    ).reshape(combos, n_issues - tail_start)
    tail_p = sum(
        (cp[i][tail_idx[:, k]] for k, i in enumerate(range(tail_start, n_issues))),
        np.zeros(combos, dtype=np.int64),
    )
    tail_q = sum(
        (cq[i][tail_idx[:, k]] for k, i in enumerate(range(tail_start, n_issues))),
        np.zeros(combos, dtype=np.int64),
    )
    # per depth: the options best-first for ``for_party``, with both contributions as ints
    moves = [
        [(int(o), int(cp[d][o]), int(cq[d][o])) for o in np.argsort(-cq[d], kind="stable")][::-1]
        for d in range(tail_start)
    ]
    best: list[tuple[int, tuple[int, ...]]] = []  # min-heap of (uq, package in search order)
    exclude = tuple(package[i] for i in order)
    floor_none = np.iinfo(np.int64).min

    def unroll(chosen: tuple | None) -> tuple[int, ...]:
        out: list[int] = []
        while chosen is not None:
            out.append(chosen[0])
            chosen = chosen[1]
        return tuple(reversed(out))

    def leaf(up: int, uq: int, chosen: tuple | None) -> None:
        p = up + tail_p
        ok = np.flatnonzero((p >= lo) & (p <= hi))
        if not len(ok):
            return
        prefix = unroll(chosen)
        q = uq + tail_q[ok]
        for k in ok[np.argsort(-q, kind="stable")][: top + 1]:
            full = prefix + tuple(int(x) for x in tail_idx[k])
            if full == exclude:
                continue
            value = uq + int(tail_q[k])
            if len(best) < top:
                heapq.heappush(best, (value, full))
            elif value > best[0][0]:
                heapq.heapreplace(best, (value, full))
            else:
                break

    # (depth, utility of party, utility of for_party, options chosen as a linked list)
    stack: list[tuple[int, int, int, tuple | None]] = [(0, 0, 0, None)]
    nodes = 0
    complete = True
    while stack:
        depth, up, uq, chosen = stack.pop()
        nodes += 1
        if nodes > budget:
            complete = False
            break
        if nodes % 4096 == 1:
            check_cancelled(cancelled)
        if up + rem_min_p[depth] > hi or up + rem_max_p[depth] < lo:
            continue
        if uq + rem_max_q[depth] < (best[0][0] if len(best) >= top else floor_none):
            continue
        if depth == tail_start:
            leaf(up, uq, chosen)
            continue
        for o, dp, dq in moves[depth]:  # reversed best-first: the best is popped first
            stack.append((depth + 1, up + dp, uq + dq, (o, chosen)))
    out = []
    for _, searched in sorted(best, key=lambda t: -t[0]):
        pkg = [0] * n_issues
        for k, i in enumerate(order):
            pkg[i] = searched[k]
        u = space.utility(pkg)
        out.append(Counter(tuple(pkg), tuple(float(x) / SCALE for x in u)))
    return out, complete


def improvements(front: Frontier, package: Sequence[int]) -> list[int]:
    """Frontier points that Pareto-dominate an agreed package (post-settlement improvements)."""
    u = front.space.utility(package)
    pts = front.points
    return [int(i) for i in np.flatnonzero(np.all(pts >= u, axis=1) & np.any(pts > u, axis=1))]


def distance_to(
    front: Frontier, package: Sequence[int], point: Sequence[float] | None = None
) -> float:
    """Euclidean distance in utility points from a package to the nearest frontier point, or to
    ``point`` (e.g. the Nash solution's utilities) when given."""
    u = to_points(front.space.utility(package))
    if point is not None:
        return float(np.linalg.norm(u - np.asarray(point, dtype=float)))
    return float(np.min(np.linalg.norm(to_points(front.points) - u, axis=1)))
