"""Package analysis: the merged frontier and solutions against a vectorised numpy enumeration of
the same space (a), and the sizes enumeration cannot reach (b–d). Frontier sizes are printed with
the times. Aims: (a) at least 50× faster than enumeration; (b) under 100 ms; (c) under 1 s."""

from __future__ import annotations

import time

import numpy as np

from benchkit import best_of
from negotiator_gui.core.bargaining import (
    SCALE,
    Space,
    enumerate_utilities,
    frontier,
    non_dominated,
    solutions,
)


def random_space(issues: int, options: int, parties: int = 2, seed: int = 1) -> Space:
    """Weights × scores as an official would enter them: integer weights, scores 0–100 with each
    party's best option of an issue at 100 and worst at 0; interests mostly opposed (the second
    party's scores mirror the first's, with noise), as in a real negotiation."""
    rng = np.random.default_rng(seed)
    contrib = []
    weights = rng.integers(1, 20, size=(issues, parties)).astype(float)
    weights /= weights.sum(axis=0)
    for i in range(issues):
        scores = rng.integers(0, 101, size=(options, parties)).astype(float)
        scores[:, 1] = np.clip(100 - scores[:, 0] + rng.normal(0, 15, options), 0, 100)
        for j in range(parties):
            s = scores[:, j]
            span = s.max() - s.min()
            scores[:, j] = np.round((s - s.min()) / span * 100) if span else 100
        contrib.append(np.round(scores * weights[i] * SCALE).astype(np.int64))
    return Space(
        tuple(f"P{j}" for j in range(parties)),
        tuple(f"i{k}" for k in range(issues)),
        tuple(tuple(f"o{m}" for m in range(options)) for _ in range(issues)),
        tuple(contrib),
        np.full(parties, 40 * SCALE, dtype=np.int64),
    )


def by_merging(space: Space):
    front = frontier(space)
    return front, solutions(front)


def by_enumeration(space: Space):
    """The straightforward vectorised approach: every package's utilities, then the
    non-dominated filter (the fast 2-D sweep), then the solutions."""
    u = np.concatenate([u for _, u in enumerate_utilities(space, chunk=1 << 20)])
    points, _ = non_dominated(u)
    gains = points - space.reservation
    ok = (gains >= 0).all(axis=1)
    g = gains[ok].astype(float)
    if len(g):
        np.argmax(g.prod(axis=1))
        np.argmax(g.min(axis=1))
        np.argmax((g / g.max(axis=0)).min(axis=1))
    return points


def main() -> bool:
    ok = True
    a = random_space(8, 5)
    front, _ = by_merging(a)
    assert np.array_equal(front.points, by_enumeration(a)), "merging and enumeration disagree"
    merge_t = best_of(lambda: by_merging(a), 5)
    enum_t = best_of(lambda: by_enumeration(a), 3)
    speedup = enum_t / merge_t
    ok &= speedup >= 50
    print(
        f"(a) 8×5, 2 parties ({a.size:,} packages): frontier {len(front)} points; merging "
        f"{merge_t * 1e3:.2f} ms vs enumeration {enum_t * 1e3:.1f} ms: {speedup:.0f}× faster "
        f"(aim ≥ 50×: {'ok' if speedup >= 50 else 'MISSED'})"
    )
    for label, space, aim in (
        ("(b) 20×6, 2 parties", random_space(20, 6), 0.100),
        ("(c) 50×8, 2 parties", random_space(50, 8), 1.0),
        ("(d) 8×5, 3 parties", random_space(8, 5, parties=3), None),
    ):
        t0 = time.perf_counter()
        front, _ = by_merging(space)
        took = time.perf_counter() - t0
        took = min(took, best_of(lambda s=space: by_merging(s), 3))
        verdict = (
            ""
            if aim is None
            else f" (aim < {aim * 1e3:.0f} ms: {'ok' if took < aim else 'MISSED'})"
        )
        if aim is not None:
            ok &= took < aim
        print(
            f"{label} ({float(space.size):.2e} packages): frontier {len(front):,} points, "
            f"{took * 1e3:.1f} ms{verdict}"
        )
    return ok


if __name__ == "__main__":
    main()
