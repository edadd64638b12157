"""Non-dominated filters and the grid thinning the budgeted frontier merge uses (numpy only).

Each filter takes integer utility vectors ``u`` (n, P) and returns the distinct non-dominated
vectors (m, P) and, for every row of ``u``, the index of its vector among them (-1: dominated),
so that the merge can keep back-pointers for every package that gives a frontier point.

Cost, which the merge's work budget counts (``filter_work``):

* two parties: one sort, O(n log n);
* three parties: a sweep in order of decreasing first utility that keeps the staircase of the
  other two utilities seen so far; a block of candidates is checked against it with one binary
  search each, and within the block pairwise: O(n log n + n·b + (n/b)·s) for blocks of b and a
  staircase of s points;
* four or more: a blocked pairwise check in order of decreasing sum, O(n·(b + m)).

``thin`` keeps one vector per cell of a grid of side δ; a dropped vector has a kept one in its
cell, hence within δ in every coordinate. That is what gives the budgeted merge its error bound.
"""

from __future__ import annotations

import math

import numpy as np

#: Candidates checked together (pairwise) by the three- and more-party filters.
BLOCK = 512


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


def _unique_rows(u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    uniq, inverse = np.unique(u, axis=0, return_inverse=True)
    return uniq, inverse.reshape(-1)


def _finish(
    uniq: np.ndarray, inverse: np.ndarray, order: np.ndarray, keep: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Kept vectors (in ``order``) and each input row's index among them (-1: dominated)."""
    kept_pos = np.where(keep, np.cumsum(keep) - 1, -1)
    point_of_uniq = np.empty(len(uniq), dtype=np.int64)
    point_of_uniq[order] = kept_pos
    return uniq[order][keep], point_of_uniq[inverse]


def _nd_3d(u: np.ndarray, block: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The same for three parties, by a sweep (see the module doc); kept vectors in order of
    decreasing first utility. Blocks are sized so that about ``BLOCK // 2`` candidates of each
    survive the staircase (the pairwise check among them is quadratic), unless ``block`` fixes
    the size."""
    order = np.lexsort((-u[:, 2], -u[:, 1], -u[:, 0]))
    su = u[order]
    new = np.r_[True, np.any(su[1:] != su[:-1], axis=1)] if len(su) else np.zeros(0, bool)
    group = np.cumsum(new) - 1  # each sorted row's distinct vector
    su = su[new]
    keep = np.zeros(len(su), dtype=bool)
    # staircase of (y, z) over every vector seen: y ascending, z strictly descending
    ys = np.zeros(0, dtype=np.int64)
    zs = np.zeros(0, dtype=np.int64)
    start, size = 0, block or BLOCK
    while start < len(su):
        y = su[start : start + size, 1]
        z = su[start : start + size, 2]
        # an earlier vector has an x at least as large, and one with the same (y, z) a larger
        # x (the vectors are distinct): "≥ in y and z" means dominated
        at = np.searchsorted(ys, y, side="left")
        inside = at < len(ys)
        alive = np.ones(len(y), dtype=bool)
        alive[inside] = zs[at[inside]] < z[inside]
        # within the block only earlier rows can dominate (the sort order makes sure of it);
        # those the staircase dominates are dominated by a survivor or an earlier vector
        idx = np.flatnonzero(alive)
        if len(idx) > 1:
            ya, za = y[idx], z[idx]
            ge = (ya[:, None] >= ya[None, :]) & (za[:, None] >= za[None, :])
            ge &= np.tri(len(idx), k=-1, dtype=bool).T
            alive[idx[ge.any(axis=0)]] = False
        keep[start : start + len(y)] = alive
        if alive.any():
            stair, _ = _nd_2d(np.c_[np.r_[ys, y[alive]], np.r_[zs, z[alive]]])
            ys, zs = stair[::-1, 0].copy(), stair[::-1, 1].copy()
        start += len(y)
        if block is None:  # aim at BLOCK // 2 survivors in the next block
            rate = max(len(idx), 1) / len(y)
            size = int(min(16 * BLOCK, max(64, BLOCK // 2 / rate)))
    point_of_vector = np.where(keep, np.cumsum(keep) - 1, -1)
    point = np.empty(len(u), dtype=np.int64)
    point[order] = point_of_vector[group]
    return su[keep], point


def _nd_general(u: np.ndarray, block: int = BLOCK) -> tuple[np.ndarray, np.ndarray]:
    """The same for any number of parties: distinct vectors, then a blocked dominance check in
    order of decreasing sum (a dominating vector always has the larger sum)."""
    uniq, inverse = _unique_rows(u)
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
    return _finish(uniq, inverse, order, keep)


def non_dominated(u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct non-dominated vectors of ``u``, and each row's vector index (-1: dominated)."""
    u = np.asarray(u, dtype=np.int64)
    if u.ndim != 2:
        raise ValueError("utilities must be a 2-D array (packages × parties)")
    if u.shape[1] == 2:
        return _nd_2d(u)
    if u.shape[1] == 3:
        return _nd_3d(u)
    return _nd_general(u)


def filter_work(n: int, parties: int, kept: int) -> int:
    """Work units of one ``non_dominated`` call on ``n`` candidates keeping about ``kept``: the
    unit is about the time of one candidate of the two-party sort (measured: a candidate of the
    three-party sweep costs three, eight pairwise comparisons of the general filter one)."""
    if parties <= 3:
        return n * (1 if parties <= 2 else 3)
    return n * (BLOCK + kept) // 8


# -- thinning ---------------------------------------------------------------------------------


def _cells(u: np.ndarray, delta: int) -> np.ndarray:
    """An int64 key per row naming its grid cell of side ``delta``."""
    c = (u - u.min(axis=0)) // delta
    dims = c.max(axis=0) + 1
    if math.prod(int(d) for d in dims) < 2**62:
        key = np.zeros(len(u), dtype=np.int64)
        for j in range(u.shape[1]):
            key = key * int(dims[j]) + c[:, j]
        return key
    return np.unique(c, axis=0, return_inverse=True)[1].reshape(-1).astype(np.int64)


def _count_cells(u: np.ndarray, delta: int) -> int:
    return len(np.unique(_cells(u, delta)))


def thin(u: np.ndarray, target: int) -> tuple[np.ndarray, int]:
    """Rows of ``u`` to keep so that at most ``target`` remain, one per cell of a square grid of
    side δ (the smallest found that is enough), the one with the largest sum; returns the kept
    row indices (ascending) and δ. Every dropped row has a kept row less than δ away in every
    coordinate. Rows already fewer than ``target`` are all kept (δ = 0)."""
    n, parties = u.shape
    if n <= target:
        return np.arange(n), 0
    target = max(1, target)
    span = int((u.max(axis=0) - u.min(axis=0)).max()) + 1
    # a non-dominated set on a grid of side δ occupies about P·(span/δ)^(P-1) cells
    delta = max(1, int(span * (parties / target) ** (1 / max(1, parties - 1))))
    for _ in range(8):  # refine the guess by the observed count; the loop below makes sure
        count = _count_cells(u, delta)
        if count <= target:
            break
        ratio = (count / target) ** (1 / max(1, parties - 1))
        delta = max(delta + 1, int(delta * ratio * 1.02))
    while _count_cells(u, delta) > target:
        delta = max(delta + 1, int(delta * 1.1))
    # shrink while still enough: a smaller δ is a smaller error bound
    for _ in range(6):
        smaller = int(delta * 0.9)
        if smaller < 1 or smaller == delta or _count_cells(u, smaller) > target:
            break
        delta = smaller
    key = _cells(u, delta)
    total = u.sum(axis=1)
    order = np.lexsort((-total, key))
    sk = key[order]
    first = np.r_[True, sk[1:] != sk[:-1]]
    return np.sort(order[first]), delta
