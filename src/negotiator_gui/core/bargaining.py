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
be listed.

The solutions (Nash, Kalai–Smorodinsky, egalitarian, utilitarian) are maximisers of functions that
increase with every party's utility, so they are found on the frontier points inside the ZOPA;
points that tie are reported together.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

from negotiator_gui.core.i18n import N_, number, tr
from negotiator_gui.core.model import Scenario

#: Fixed-point scale: utilities are integers in units of 1/SCALE points.
SCALE = 10**9
#: Exact counting of the ZOPA enumerates spaces up to this size; larger ones are sampled.
EXACT_COUNT_LIMIT = 20_000_000
#: For three or more parties the frontier may grow large; merging stops beyond this many points.
FRONTIER_LIMIT = 200_000
#: Packages listed per tied frontier point (their number is always given in full).
TIE_LIST_LIMIT = 20


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

    @property
    def size(self) -> int:
        """Number of packages (a Python int: it can exceed 2⁶³)."""
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
    contrib = []
    for issue in scenario.issues:
        block = np.zeros((len(issue.options), len(parties)), dtype=np.int64)
        for j, p in enumerate(parties):
            ip = prefs[p].issues.get(issue.id)
            total_w = sum(x.weight for x in prefs[p].issues.values())
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
                            party=p, option=opt.label, issue=issue.title
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


# -- non-dominated filters ------------------------------------------------------------------


def _nd_2d(u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For 2-party candidate utilities ``u`` (n, 2): the non-dominated distinct vectors (m, 2)
    in order of decreasing first utility, and for each candidate the index of its vector among
    them, or -1 when it is dominated."""
    order = np.lexsort((-u[:, 1], -u[:, 0]))
    su = u[order]
    new = np.r_[True, np.any(su[1:] != su[:-1], axis=1)] if len(su) else np.zeros(0, bool)
    group = np.cumsum(new) - 1
    uniq = su[new]
    best_before = (
        np.r_[np.iinfo(np.int64).min, np.maximum.accumulate(uniq[:-1, 1])]
        if len(uniq)
        else uniq[:, 1]
    )
    keep = uniq[:, 1] > best_before
    point_of_group = np.where(keep, np.cumsum(keep) - 1, -1)
    point = np.empty(len(u), dtype=np.int64)
    point[order] = point_of_group[group]
    return uniq[keep], point


def _nd_general(u: np.ndarray, block: int = 512) -> tuple[np.ndarray, np.ndarray]:
    """The same for any number of parties: distinct vectors, then a blocked dominance check in
    order of decreasing sum (a dominating vector always has the larger sum)."""
    uniq, inverse = np.unique(u, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    order = np.argsort(-uniq.sum(axis=1), kind="stable")
    su = uniq[order]
    keep = np.zeros(len(su), dtype=bool)
    kept = np.zeros((0, u.shape[1]), dtype=np.int64)
    for start in range(0, len(su), block):
        blk = su[start : start + block]
        ge = (blk[:, None, :] >= blk[None, :, :]).all(axis=2)
        dominated = (ge & ~(blk[:, None, :] == blk[None, :, :]).all(axis=2)).any(axis=0)
        if len(kept):
            dominated |= ((kept[:, None, :] >= blk[None, :, :]).all(axis=2)).any(axis=0)
        keep[start : start + len(blk)] = ~dominated
        kept = np.concatenate([kept, blk[~dominated]])
        if len(kept) > FRONTIER_LIMIT:
            raise AnalysisError(
                tr(
                    "the frontier has more than {limit} points for {n} parties; "
                    "fix some issues or merge options to narrow the space"
                ).format(limit=number(FRONTIER_LIMIT), n=u.shape[1])
            )
    kept_pos = np.where(keep, np.cumsum(keep) - 1, -1)
    point_of_uniq = np.empty(len(uniq), dtype=np.int64)
    point_of_uniq[order] = kept_pos
    return su[keep], point_of_uniq[inverse]


def non_dominated(u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct non-dominated vectors of ``u``, and each row's vector index (-1: dominated)."""
    u = np.asarray(u, dtype=np.int64)
    if u.ndim != 2:
        raise ValueError("utilities must be a 2-D array (packages × parties)")
    return _nd_2d(u) if u.shape[1] == 2 else _nd_general(u)


# -- the frontier ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Level:
    points: np.ndarray  # (m, P) the non-dominated partial sums after this issue
    bp_point: np.ndarray  # per back-pointer: the point it produces
    bp_parent: np.ndarray  # per back-pointer: the point of the previous level
    bp_option: np.ndarray  # per back-pointer: the option of this issue


@dataclass(eq=False)
class Frontier:
    """The exact Pareto frontier: distinct utility vectors, each with the packages giving it."""

    space: Space
    levels: list[_Level]
    _counts: list[np.ndarray] = field(default_factory=list)

    @property
    def points(self) -> np.ndarray:
        """(m, P) fixed-point utilities, for two parties ordered by decreasing first utility."""
        return self.levels[-1].points

    def __len__(self) -> int:
        return len(self.points)

    def tie_counts(self) -> np.ndarray:
        """Number of packages behind each frontier point (Python ints may exceed int64: we use
        object arrays only if needed)."""
        if not self._counts:
            counts = [np.ones(1, dtype=object)]
            for lv in self.levels:
                c = np.zeros(len(lv.points), dtype=object)
                np.add.at(c, lv.bp_point, counts[-1][lv.bp_parent])
                counts.append(c)
            self._counts = counts
        return self._counts[-1]

    def packages(self, point: int, limit: int = TIE_LIST_LIMIT) -> list[tuple[int, ...]]:
        """Up to ``limit`` packages (option indices) giving frontier point ``point``."""
        return list(itertools.islice(self._packages(len(self.levels) - 1, point), limit))

    def _packages(self, level: int, point: int) -> Iterator[tuple[int, ...]]:
        lv = self.levels[level]
        for k in np.flatnonzero(lv.bp_point == point):
            option = int(lv.bp_option[k])
            if level == 0:
                yield (option,)
            else:
                for head in self._packages(level - 1, int(lv.bp_parent[k])):
                    yield (*head, option)


def frontier(space: Space) -> Frontier:
    """The exact Pareto frontier by merging issue by issue (see the module doc)."""
    points = np.zeros((1, len(space.parties)), dtype=np.int64)
    levels: list[_Level] = []
    for contrib in space.contrib:
        k = len(contrib)
        cand = (points[:, None, :] + contrib[None, :, :]).reshape(-1, points.shape[1])
        kept, point = non_dominated(cand)
        sel = np.flatnonzero(point >= 0)
        levels.append(_Level(kept, point[sel], sel // k, sel % k))
        points = kept
    return Frontier(space, levels)


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


def zopa_size(space: Space, samples: int = 200_000, seed: int = 2025) -> ZopaSize:
    """Packages every party prefers to no deal: counted exactly for spaces up to
    ``EXACT_COUNT_LIMIT``, estimated from a fixed-seed sample above it (with its margin)."""
    size = space.size
    if size <= EXACT_COUNT_LIMIT:
        n = sum(
            int(np.all(u >= space.reservation, axis=1).sum()) for _, u in enumerate_utilities(space)
        )
        return ZopaSize(n, n / size, True)
    rng = np.random.default_rng(seed)
    u = np.zeros((samples, len(space.parties)), dtype=np.int64)
    for contrib in space.contrib:
        u += contrib[rng.integers(0, len(contrib), samples)]
    p = float(np.all(u >= space.reservation, axis=1).mean())
    margin = 1.96 * math.sqrt(max(p * (1 - p), 1e-12) / samples)
    return ZopaSize(round(p * size), p, False, margin, samples)


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


def _argmax_exact(values: list) -> list[int]:
    best = max(values)
    return [i for i, v in enumerate(values) if v == best]


def solutions(front: Frontier) -> dict[str, Solution | None]:
    """Nash, Kalai–Smorodinsky, egalitarian (max-min gain) and utilitarian over the ZOPA, with
    ties; None for each when the ZOPA is empty. Compared exactly (integers and fractions)."""
    space = front.space
    ir = in_zopa(front)
    if not len(ir):
        return dict.fromkeys(SOLUTIONS)
    d = [int(x) for x in space.reservation]
    pts = [[int(x) for x in front.points[i]] for i in ir]
    gains = [[u - dp for u, dp in zip(p, d, strict=True)] for p in pts]
    ideal = [max(p[j] for p in pts) for j in range(len(d))]
    span = [a - dp for a, dp in zip(ideal, d, strict=True)]

    def ks(g: list[int]) -> Fraction:
        return min(
            Fraction(gj, sj) if sj > 0 else Fraction(1) for gj, sj in zip(g, span, strict=True)
        )

    measures = {
        "nash": [math.prod(g) for g in gains],
        "kalai_smorodinsky": [ks(g) for g in gains],
        "egalitarian": [min(g) for g in gains],
        "utilitarian": [sum(p) for p in pts],
    }
    scale = {
        "nash": SCALE ** len(d),
        "kalai_smorodinsky": 1,
        "egalitarian": SCALE,
        "utilitarian": SCALE,
    }
    out: dict[str, Solution | None] = {}
    for name, values in measures.items():
        best = _argmax_exact(values)
        chosen = tuple(int(ir[i]) for i in best)
        out[name] = Solution(
            name,
            chosen,
            tuple(tuple(float(x) / SCALE for x in front.points[c]) for c in chosen),
            float(Fraction(values[best[0]]) / scale[name]),
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
    node_budget: int = 2_000_000,
) -> tuple[list[Counter], bool]:
    """Packages worth the same to ``party`` (within ``epsilon`` points) ranked by ``for_party``'s
    utility, best first: a trade that costs ``party`` nothing and gains the other side most.

    Branch and bound over the issues (options tried best-first, partial packages pruned when
    they can no longer land in the band or beat the current top); the last issues are expanded
    as arrays. Returns the counters and whether the search was complete (False if it hit the
    node budget: the list is then the best found)."""
    if for_party is None:
        others = [j for j in range(len(space.parties)) if j != party]
        if len(others) != 1:
            raise AnalysisError(
                tr("with more than two parties, say whom the counter-package is for")
            )
        for_party = others[0]
    target = int(space.utility(package)[party])
    tol = round(epsilon * SCALE)
    lo, hi = target - tol, target + tol
    n_issues = len(space.issues)
    order = sorted(range(n_issues), key=lambda i: -int(np.ptp(space.contrib[i][:, for_party])))
    cp = [space.contrib[i][:, party] for i in order]
    cq = [space.contrib[i][:, for_party] for i in order]
    rem_min_p = np.r_[np.cumsum([c.min() for c in cp][::-1])[::-1], 0]
    rem_max_p = np.r_[np.cumsum([c.max() for c in cp][::-1])[::-1], 0]
    rem_max_q = np.r_[np.cumsum([c.max() for c in cq][::-1])[::-1], 0]
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
    best: list[tuple[int, tuple[int, ...]]] = []  # min-heap of (uq, package in search order)
    nodes = 0
    exclude = tuple(package[i] for i in order)

    def floor() -> int:
        return best[0][0] if len(best) >= top else np.iinfo(np.int64).min

    def visit(depth: int, up: int, uq: int, prefix: tuple[int, ...]) -> bool:
        nonlocal nodes
        nodes += 1
        if nodes > node_budget:
            return False
        if up + rem_min_p[depth] > hi or up + rem_max_p[depth] < lo:
            return True
        if uq + rem_max_q[depth] < floor():
            return True
        if depth == tail_start:
            p = up + tail_p
            ok = np.flatnonzero((p >= lo) & (p <= hi))
            if not len(ok):
                return True
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
            return True
        for o in np.argsort(-cq[depth], kind="stable"):
            if not visit(
                depth + 1, up + int(cp[depth][o]), uq + int(cq[depth][o]), (*prefix, int(o))
            ):
                return False
        return True

    complete = visit(0, 0, 0, ())
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
