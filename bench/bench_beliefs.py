"""Planning under uncertainty on the default scenario (1.24 million packages), 1,000 samples
with ranges on the other side's weights and reservation value and on some of our scores.

(a) acceptance and expected utilities of every package a user sees (the frontier's packages,
    the chart's sample of 50,000, the solutions), against a bare numpy kernel doing the same
    sums (the same group tables gathered, compared and summed, no bookkeeping): aim ≤ 2×;
(b) all the figures of (a) plus frontier shares and the robust solutions: aim < 2 s;
(c) the best package for us with acceptance ≥ 0.8 over the whole space, exact: aim < 10 s;
    also with an acceptance no package reaches (the search must count every package)."""

from __future__ import annotations

import time

import numpy as np

from benchkit import best_of, report
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import beliefs as bl
from negotiator_gui.core import utility_cloud
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import scenario_path

SAMPLES = 1000
SEED = 2025


def setup():
    s = read_scenario(scenario_path("us-japan-2025-04.scenario.json")).scenario
    space = bg.build_space(s)
    other, ours = "US", "JP"
    spec = {
        other: {
            "weights": {
                k: (max(0.0, w.weight * 0.7), w.weight * 1.3)
                for k, w in s.preferences_of(other).issues.items()
            },
            "reservation": (42, 54),
        },
        ours: {"scores": {"autos": {o.id: (0, 100) for o in s.issues[0].options[1:-1]}}},
    }
    ranges = bl.ranges_from_mapping(space, spec, s)
    front = bg.frontier(space)
    cand = bl.frontier_candidates(front)
    cloud, _ = utility_cloud._sample_digits(tuple(len(o) for o in space.options))
    seen = np.concatenate([cand, cloud])
    return space, ranges, cand, seen, space.parties.index(ours)


def bare_kernel(tab: bl.Tabulated, seen: np.ndarray) -> None:
    """The same sums with nothing around them: per party, gather and add each group's table,
    compare with the reservation and sum over the samples."""
    s = tab.samples
    idx = tab.indices(seen)
    step = max(1, 4_000_000 // (len(seen) * 2))
    for start in range(0, s.n, step):
        rows = slice(start, start + step)
        for p in range(len(s.space.parties)):
            tabs = tab.by_party[p]
            u = tabs[0][rows][:, idx[0]]
            for t, ix in zip(tabs[1:], idx[1:], strict=True):
                u += t[rows][:, ix]
            (u >= s.reservation[rows, p][:, None]).sum(axis=0)
            u.sum(axis=0)


def main() -> bool:
    ok = True
    space, ranges, cand, seen, us = setup()
    samples = bl.draw(ranges, SAMPLES, SEED)
    tab = bl.tabulate(samples)
    ours = best_of(lambda: bl.evaluate(tab, seen), 3)
    ref = best_of(lambda: bare_kernel(tab, seen), 3)
    ok &= report(
        f"(a) beliefs: {len(seen):,} packages × {SAMPLES:,} samples", ours, ref, "bare kernel", 2.0
    )

    def everything() -> None:
        t = bl.tabulate(bl.draw(ranges, SAMPLES, SEED))
        flags = np.zeros(len(seen), bool)
        flags[: len(cand)] = True
        bl.evaluate(t, seen, flags)
        bl.robust_solutions(t, cand)

    took = best_of(everything, 2)
    ok &= took < 2.0
    print(
        f"(b) beliefs: sample, figures, frontier shares of {len(cand):,} frontier packages and "
        f"robust solutions: {took:.2f} s (aim < 2 s: {'ok' if took < 2.0 else 'MISSED'})"
    )
    for required, label in ((0.8, "acceptance ≥ 0.8"), (1.01, "no package qualifies")):
        t0 = time.perf_counter()
        best = bl.best_for_us(samples, us, required)
        took = time.perf_counter() - t0
        ok &= took < 10.0
        found = (
            "none"
            if best is None or not best.packages
            else f"expected {best.expected:.1f} points, accepted in {best.acceptance:.1%}"
        )
        searched = best.searched if best is not None else 0
        print(
            f"(c) beliefs: best for us, {label}, over {space.size:,} packages: {found}; "
            f"{searched:,} counted; {took:.2f} s (aim < 10 s: {'ok' if took < 10 else 'MISSED'})"
        )
    return ok


if __name__ == "__main__":
    main()
