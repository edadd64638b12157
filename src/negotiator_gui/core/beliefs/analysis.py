"""Figures over samples: acceptance, frontier membership and expected utilities of packages,
robust bargaining solutions, and the best package for us at a required acceptance.

All of it works on ``Tabulated`` samples (see ``sampling``): a package's utility in a block of
samples is one gather and add per group of issues. Integers throughout (fixed-point), so with
zero-width ranges every comparison is the deterministic analysis's comparison exactly.

What "on the frontier" means here: a package counts as on the frontier in a sample when no
other package *of the candidate set* dominates it there. For spaces of up to
``EXACT_CANDIDATES`` packages the candidate set is the whole space, so the share is against the
exact frontier of each sample. Above that it is the frontier at the point estimates (every
package behind each point, up to ``TIE_LIST_LIMIT`` per point); a package off it that becomes
non-dominated in some sample is not seen, so the share is an upper bound. For the robust
solutions the per-sample answer is likewise the best package of the candidate set.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from negotiator_gui.core import pareto
from negotiator_gui.core.bargaining import SCALE, SOLUTIONS, Frontier
from negotiator_gui.core.beliefs.sampling import (
    Samples,
    Tabulated,
    ceil_share,
    sample_chunk,
    table,
)
from negotiator_gui.core.trade import check_cancelled

Progress = Callable[[int, int], None]
#: Frontiers with more points than this give one package per point as candidates (no ties).
TIES_POINT_LIMIT = 2_000
#: Largest half of the issues (option combinations) the constrained optimum tabulates: spaces
#: up to about its square (16.7 million packages) are searched exactly.
HALF_LIMIT = 4_096
#: Spaces up to this many packages use every package as a candidate (exact per sample).
EXACT_CANDIDATES = 4_096
_NO = np.iinfo(np.int64).min


def frontier_candidates(front: Frontier) -> np.ndarray:
    """The packages of the point-estimate frontier as rows of option indices (every tied
    package up to ``TIE_LIST_LIMIT`` per point; one per point for very large frontiers)."""
    if len(front) > TIES_POINT_LIMIT:
        return front.first_packages(np.arange(len(front)))
    rows = [pkg for pt in range(len(front)) for pkg in front.packages(pt)]
    return np.array(rows, dtype=np.int64).reshape(len(rows), len(front.space.issues))


def candidate_packages(front: Frontier) -> tuple[np.ndarray, bool]:
    """The candidate set (see the module doc) and whether it is the whole space."""
    space = front.space
    if space.size <= EXACT_CANDIDATES:
        grids = np.meshgrid(*[np.arange(len(o)) for o in space.options], indexing="ij")
        return np.stack([g.reshape(-1) for g in grids], axis=1).astype(np.int64), True
    return frontier_candidates(front), False


# -- every package a user sees ------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class PackageFigures:
    """Per package (rows of the digits evaluated): shares of samples."""

    accept: np.ndarray  # (K, P) share of samples with U_p ≥ reservation_p
    accept_all: np.ndarray  # (K,) share with every party at or above its reservation (ZOPA)
    expected: np.ndarray  # (K, P) mean utility in points
    on_frontier: np.ndarray  # (K,) share non-dominated within the candidates; NaN elsewhere


def evaluate(
    tab: Tabulated,
    digits: np.ndarray,
    candidates: np.ndarray | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> PackageFigures:
    """Acceptance, expected utilities and (for the rows flagged in ``candidates``) the share
    of samples in which no other candidate dominates the package."""
    s = tab.samples
    n, k, n_parties = s.n, len(digits), len(s.space.parties)
    idx = tab.indices(np.asarray(digits, dtype=np.int64))
    acc = np.zeros((k, n_parties), dtype=np.int64)
    acc_all = np.zeros(k, dtype=np.int64)
    total = np.zeros((k, n_parties), dtype=np.float64)
    cand = np.flatnonzero(candidates) if candidates is not None else np.zeros(0, np.int64)
    front_hits = np.zeros(len(cand), dtype=np.int64)
    step = sample_chunk(k * n_parties)
    for start in range(0, n, step):
        check_cancelled(cancelled)
        if progress is not None:
            progress(start, n)
        rows = slice(start, min(n, start + step))
        ok = None
        cu = []
        for p in range(n_parties):
            u = tab.utilities(p, idx, rows)
            hit = u >= s.reservation[rows, p][:, None]
            acc[:, p] += np.count_nonzero(hit, axis=0)
            if ok is None:
                ok = hit
            else:
                ok &= hit
            total[:, p] += u.sum(axis=0, dtype=np.int64)
            if len(cand):
                cu.append(u[:, cand])
        acc_all += np.count_nonzero(ok, axis=0)
        if len(cand):
            cu_arr = np.stack(cu, axis=2)
            for r in range(len(cu_arr)):
                _, point = pareto.non_dominated(cu_arr[r])
                front_hits += point >= 0
    if progress is not None:
        progress(n, n)
    on_front = np.full(k, np.nan)
    on_front[cand] = front_hits / n
    return PackageFigures(acc / n, acc_all / n, total / n / SCALE, on_front)


# -- robust solutions ---------------------------------------------------------------------


@dataclass(frozen=True)
class RobustSolution:
    """The package that is a solution in the most samples, and how often."""

    name: str
    candidate: int  # row of the candidate set, -1 when no sample has a ZOPA
    package: tuple[int, ...]
    stability: float  # share of samples in which it is the answer
    no_zopa: float  # share of samples with an empty ZOPA (no answer)
    runner_up: int  # next most frequent candidate, -1 when none
    runner_up_share: float


@dataclass(frozen=True)
class ExpectedNash:
    """The package maximising the expected Nash product E[Π_p max(U_p − d_p, 0)] (points^P;
    a sample outside the package's ZOPA counts 0)."""

    candidate: int
    package: tuple[int, ...]
    value: float
    stability: float  # share of samples in which it is also the Nash answer


def _exact_pick(near: np.ndarray, exact: Callable[[int], object], total: np.ndarray) -> int:
    """Among ``near`` candidates, the largest exact value; of exact ties, the largest sum of
    utilities (``total``), then the first. A solution's value never falls when a utility
    rises, so a package dominating a tied one ties too, and the largest sum is undominated:
    the answer is always on the sample's frontier, as the deterministic solutions are."""
    values = [exact(int(i)) for i in near]
    best = max(values)
    tied = [int(i) for i, v in zip(near, values, strict=True) if v == best]
    return max(tied, key=lambda i: (int(total[i]), -i))


def _answers(gains: np.ndarray, utils: np.ndarray) -> dict[str, np.ndarray]:
    """Per sample (rows), the candidate answering each solution (first of exact ties, -1 when
    the sample's ZOPA among the candidates is empty). ``gains`` and ``utils`` (c, K, P)."""
    _c, _k, _n_parties = gains.shape
    inz = (gains >= 0).all(axis=2)
    has = inz.any(axis=1)
    g = gains.astype(np.float64)
    total = utils.sum(axis=2)
    out: dict[str, np.ndarray] = {}

    def pick(approx: np.ndarray, exact_of: Callable[[int, int], object]) -> np.ndarray:
        approx = np.where(inz, approx, -np.inf)
        top = approx.max(axis=1)
        tol = np.abs(top) * 1e-9 + 1e-300
        near = approx >= (top - tol)[:, None]
        res = np.argmax(approx, axis=1)
        for r in np.flatnonzero(has & (near.sum(axis=1) > 1)):
            res[r] = _exact_pick(
                np.flatnonzero(near[r]), lambda i, r=r: exact_of(int(r), i), total[r]
            )
        return np.where(has, res, -1)

    def gi(r: int, i: int) -> list[int]:
        return [int(x) for x in gains[r, i]]

    out["nash"] = pick(g.prod(axis=2), lambda r, i: math.prod(gi(r, i)))
    span = np.where(inz[:, :, None], gains, _NO).max(axis=1)  # (c, P)
    spf = span.astype(np.float64)
    ratio = np.where(spf[:, None, :] > 0, g / np.maximum(spf[:, None, :], 1), 1.0).min(axis=2)

    def ks(r: int, i: int) -> Fraction:
        return min(
            Fraction(int(x), int(sp)) if sp > 0 else Fraction(1)
            for x, sp in zip(gains[r, i], span[r], strict=True)
        )

    out["kalai_smorodinsky"] = pick(ratio, ks)
    for name, value in (("egalitarian", gains.min(axis=2)), ("utilitarian", total)):
        # integers: exact; of ties, the largest sum (undominated, as above), then the first
        v = np.where(inz, value, _NO)
        top = v == v.max(axis=1, keepdims=True)
        out[name] = np.where(has, np.argmax(np.where(top, total, _NO), axis=1), -1)
    return out


def robust_solutions(
    tab: Tabulated,
    cand_digits: np.ndarray,
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> tuple[dict[str, RobustSolution], ExpectedNash | None, dict[str, np.ndarray]]:
    """Per sample, each bargaining solution among the candidates; the modal answer with its
    stability; the expected-Nash-product package. Also returns the per-sample answers."""
    s = tab.samples
    n, k, n_parties = s.n, len(cand_digits), len(s.space.parties)
    idx = tab.indices(np.asarray(cand_digits, dtype=np.int64))
    answers = {name: np.empty(n, dtype=np.int64) for name in SOLUTIONS}
    nash_sum = np.zeros(k, dtype=np.float64)
    step = sample_chunk(k * n_parties * 4, 2_000_000)
    for start in range(0, n, step):
        check_cancelled(cancelled)
        if progress is not None:
            progress(start, n)
        rows = slice(start, min(n, start + step))
        u = np.stack([tab.utilities(p, idx, rows) for p in range(n_parties)], axis=2)
        gains = u - s.reservation[rows][:, None, :]
        for name, a in _answers(gains, u).items():
            answers[name][rows] = a
        inz = (gains >= 0).all(axis=2)
        prod = (gains.astype(np.float64) / SCALE).prod(axis=2)
        nash_sum += np.where(inz, prod, 0.0).sum(axis=0)
    if progress is not None:
        progress(n, n)
    out = {}
    for name, a in answers.items():
        counts = np.bincount(a[a >= 0], minlength=k) if k else np.zeros(0, np.int64)
        order = np.argsort(-counts, kind="stable")
        best = int(order[0]) if k and counts[order[0]] > 0 else -1
        second = int(order[1]) if k > 1 and counts[order[1]] > 0 else -1
        out[name] = RobustSolution(
            name,
            best,
            tuple(int(x) for x in cand_digits[best]) if best >= 0 else (),
            float(counts[best] / n) if best >= 0 else 0.0,
            float((a < 0).sum() / n),
            second,
            float(counts[second] / n) if second >= 0 else 0.0,
        )
    expected = None
    if k and nash_sum.max() > 0:
        b = int(np.argmax(nash_sum))
        expected = ExpectedNash(
            b,
            tuple(int(x) for x in cand_digits[b]),
            float(nash_sum[b] / n),
            float((answers["nash"] == b).sum() / n),
        )
    return out, expected, answers


# -- best for us at a required acceptance --------------------------------------------------


@dataclass(frozen=True)
class BestForUs:
    """The package with the highest expected utility for ``us`` among those every other party
    accepts in at least ``required`` of the samples (exact over the whole space)."""

    required: float
    packages: tuple[tuple[int, ...], ...]  # ties, up to 20 listed
    ties: int
    expected: float  # our expected utility, points (NaN when none qualifies)
    acceptance: float  # share of samples in which the others accept the first package
    searched: int  # packages whose acceptance was counted (the rest were bounded out)
    method: str


def _split(sizes: list[int]) -> int:
    return min(
        range(len(sizes) + 1),
        key=lambda k: max(math.prod(sizes[:k]), math.prod(sizes[k:])),
    )


def _decode(index: int, sizes: list[int]) -> list[int]:
    out = []
    for sz in reversed(sizes):
        out.append(index % sz)
        index //= sz
    return out[::-1]


def best_for_us(
    samples: Samples,
    us: int,
    required: float,
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> BestForUs | None:
    """Exact search of the whole space by halves (None when a half exceeds ``HALF_LIMIT``).

    The issues are cut in two halves A and B; every sample's utilities of every combination of
    each half are tabulated, so a package (a, b) has utility ``A[a] + B[b]`` in each sample.
    Our expected utility is additive too. Halves A in order of our best possible total, and B
    sorted by our expected utility: for each a only the b that could still reach the best found
    so far are counted (all samples, every other party), and the search stops when no a can.
    Nothing is sampled or approximated beyond the samples themselves."""
    space = samples.space
    sizes = [len(o) for o in space.options]
    k = _split(sizes)
    if math.prod(sizes[:k]) > HALF_LIMIT or math.prod(sizes[k:]) > HALF_LIMIT:
        return None
    n = samples.n
    need = ceil_share(required, n)
    ta = table(samples.contrib, 0, k) if k else np.zeros((n, 1, len(space.parties)), np.int64)
    tb = (
        table(samples.contrib, k, len(sizes))
        if k < len(sizes)
        else np.zeros((n, 1, len(space.parties)), np.int64)
    )
    sum_a = ta[:, :, us].sum(axis=0)
    sum_b = tb[:, :, us].sum(axis=0)
    order_b = np.argsort(-sum_b, kind="stable")
    sb = sum_b[order_b]
    others = [q for q in range(len(space.parties)) if q != us]
    b_of = [np.ascontiguousarray(tb[:, order_b, q]) for q in others]
    res = samples.reservation
    order_a = np.argsort(-sum_a, kind="stable")
    best: int | None = None
    winners: list[tuple[int, int, int]] = []  # (a, b position in order_b, count)
    searched = 0
    for step, a in enumerate(order_a):
        a = int(a)
        if step % 32 == 0:
            check_cancelled(cancelled)
            if progress is not None:
                progress(step, len(order_a))
        top = int(sum_a[a])
        if best is not None and top + int(sb[0]) < best:
            break
        m = len(sb) if best is None else int(np.searchsorted(-sb, -(best - top), side="right"))
        if m == 0:
            continue
        searched += m
        ok = None
        for q, bq in zip(others, b_of, strict=True):
            want = res[:, q] - ta[:, a, q]
            hit = bq[:, :m] >= want[:, None]
            ok = hit if ok is None else ok & hit
        counts = ok.sum(axis=0) if ok is not None else np.full(m, n)
        feasible = np.flatnonzero(counts >= need)
        if not len(feasible):
            continue
        values = top + sb[feasible]
        v = int(values.max())
        tied = feasible[values == v]
        if best is None or v > best:
            best = v
            winners = []
        if v == best:
            winners += [(a, int(b), int(counts[b])) for b in tied]
    if progress is not None:
        progress(len(order_a), len(order_a))
    method = "exact: every package, by halves of the issues with bounds on our expected utility"
    if best is None:
        return BestForUs(required, (), 0, float("nan"), 0.0, searched, method)
    pkgs = tuple(
        tuple(_decode(a, sizes[:k]) + _decode(int(order_b[b]), sizes[k:]))
        for a, b, _ in winners[:20]
    )
    return BestForUs(
        required,
        pkgs,
        len(winners),
        best / n / SCALE,
        winners[0][2] / n,
        searched,
        method,
    )
