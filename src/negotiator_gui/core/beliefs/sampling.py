"""Seeded samples of the parties' preferences, and the utilities of packages in each sample.

Sampling. Every range is sampled uniformly between its ends by Latin hypercube sampling: for
each quantity the n samples fall one in each of n equal strata, in an order shuffled
independently per quantity (numpy's PCG64 generator seeded with the stated seed). Each
marginal is then spread evenly (less noise than independent draws), the joint draw stays
random, and the same seed gives the same samples on every machine. Every quantity is drawn
whether or not its range has width, so widening one range never changes another's draws.

Utilities. A sample's utilities are fixed-point integers made the way ``build_space`` makes
them (``round(w_i / Σw · score · SCALE)``); a party with no width anywhere keeps the space's own
contributions. A package's utility in every sample is then a sum over issues; with the issues
cut into a few groups of at most ``GROUP_LIMIT`` option combinations, each group's utilities
are tabulated once per sample and a package costs one gather and add per group (two for the
default scenario instead of eleven).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from negotiator_gui.core.bargaining import SCALE, Space
from negotiator_gui.core.beliefs.ranges import PartyRanges, Ranges

#: Option combinations of one group of issues tabulated per sample.
GROUP_LIMIT = 4096


@dataclass(frozen=True, eq=False)
class Samples:
    """``n`` samples of every party's utilities: per issue (n, options, parties) fixed-point
    contributions, and (n, parties) reservation values."""

    ranges: Ranges
    seed: int
    contrib: tuple[np.ndarray, ...]
    reservation: np.ndarray

    @property
    def n(self) -> int:
        return len(self.reservation)

    @property
    def space(self) -> Space:
        return self.ranges.space


def latin_hypercube(n: int, dims: int, seed: int) -> np.ndarray:
    """(n, dims) points in [0, 1): one per stratum of width 1/n in every dimension."""
    rng = np.random.default_rng(seed)
    u = rng.random((n, dims))
    perm = np.argsort(rng.random((n, dims)), axis=0)
    return (perm + u) / n


def party_contrib(pr: PartyRanges, weights: np.ndarray, scores: Sequence[np.ndarray]):
    """Fixed-point contributions per issue, (n, options), for ``n`` sampled weight rows
    (n, issues) and per-issue score rows (n, options): build_space's formula and rounding."""
    total = weights.sum(axis=1) + pr.extra
    safe = np.where(total > 0, total, 1.0)
    out = []
    for i, s in enumerate(scores):
        share = weights[:, i] / safe
        c = np.rint(share[:, None] * s * SCALE)
        c[total <= 0] = 0
        out.append(c.astype(np.int64))
    return out


def draw(ranges: Ranges, n: int, seed: int) -> Samples:
    """``n`` seeded samples of the ranges (see the module doc)."""
    space = ranges.space
    n_issues = len(space.issues)
    sizes = [len(o) for o in space.options]
    per_party = n_issues + sum(sizes) + 1
    u = latin_hypercube(n, per_party * len(space.parties), seed)
    contrib = [np.empty((n, k, len(space.parties)), dtype=np.int64) for k in sizes]
    reservation = np.empty((n, len(space.parties)), dtype=np.int64)
    for j, pr in enumerate(ranges.parties):
        col = u[:, j * per_party : (j + 1) * per_party]
        if pr.weights_uncertain:
            lo, hi = pr.weights[:, 0], pr.weights[:, 2]
            weights = lo + col[:, :n_issues] * (hi - lo)
            scores = []
            at = n_issues
            for s in pr.scores:
                k = len(s)
                scores.append(s[:, 0] + col[:, at : at + k] * (s[:, 2] - s[:, 0]))
                at += k
            for i, c in enumerate(party_contrib(pr, weights, scores)):
                contrib[i][:, :, j] = c
        else:
            for i, c in enumerate(space.contrib):
                contrib[i][:, :, j] = c[:, j]
        if pr.reservation_uncertain:
            lo, hi = pr.reservation[0], pr.reservation[2]
            reservation[:, j] = np.rint((lo + col[:, -1] * (hi - lo)) * SCALE).astype(np.int64)
        else:
            reservation[:, j] = space.reservation[j]
    return Samples(ranges, seed, tuple(contrib), reservation)


def groups(sizes: Sequence[int], limit: int = GROUP_LIMIT) -> list[tuple[int, int]]:
    """Consecutive issue ranges [a, b) whose option combinations stay within ``limit``."""
    out = []
    a = 0
    while a < len(sizes):
        b, prod = a + 1, sizes[a]
        while b < len(sizes) and prod * sizes[b] <= limit:
            prod *= sizes[b]
            b += 1
        out.append((a, b))
        a = b
    return out


def table(contrib: Sequence[np.ndarray], a: int, b: int) -> np.ndarray:
    """Utilities of every option combination of issues [a, b) in every sample:
    (n, combinations, parties), combinations in mixed radix (last issue fastest)."""
    t = contrib[a]
    for i in range(a + 1, b):
        c = contrib[i]
        t = (t[:, :, None, :] + c[:, None, :, :]).reshape(len(t), -1, t.shape[-1])
    return t


def combination_index(digits: np.ndarray, sizes: Sequence[int], a: int, b: int) -> np.ndarray:
    """Each package's combination number within issues [a, b) (mixed radix, as ``table``)."""
    idx = np.zeros(len(digits), dtype=np.int64)
    for i in range(a, b):
        idx = idx * sizes[i] + digits[:, i]
    return idx


@dataclass(frozen=True, eq=False)
class Tabulated:
    """Samples with each group of issues tabulated: ``tables[g]`` is (n, combinations,
    parties), held per party contiguous for quick gathers as ``by_party[p][g]`` (n, comb)."""

    samples: Samples
    spans: tuple[tuple[int, int], ...]
    by_party: tuple[tuple[np.ndarray, ...], ...]

    def indices(self, digits: np.ndarray) -> list[np.ndarray]:
        sizes = [len(o) for o in self.samples.space.options]
        return [combination_index(digits, sizes, a, b) for a, b in self.spans]

    def utilities(self, party: int, idx: Sequence[np.ndarray], rows: slice) -> np.ndarray:
        """(samples in ``rows``, packages) fixed-point utilities of ``party``."""
        tabs = self.by_party[party]
        u = tabs[0][rows][:, idx[0]]
        for t, ix in zip(tabs[1:], idx[1:], strict=True):
            u += t[rows][:, ix]
        return u


def tabulate(samples: Samples) -> Tabulated:
    sizes = [len(o) for o in samples.space.options]
    spans = tuple(groups(sizes))
    tabs = [table(samples.contrib, a, b) for a, b in spans]
    by_party = tuple(
        tuple(np.ascontiguousarray(t[:, :, p]) for t in tabs)
        for p in range(len(samples.space.parties))
    )
    return Tabulated(samples, spans, by_party)


def sample_chunk(n_packages: int, budget: int = 4_000_000) -> int:
    """Samples processed together so a (samples × packages) block stays near ``budget``."""
    return max(1, min(1024, budget // max(1, n_packages)))


def ceil_share(p: float, n: int) -> int:
    """The fewest of ``n`` samples that make a share of at least ``p`` (no float creep:
    0.8 of 1000 is 800, not 801)."""
    return max(0, math.ceil(round(p * n, 9)))
