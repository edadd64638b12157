"""Shared helpers for benchmarks: best-of-N timing and a ratio line.

Machines here are noisy, so each figure is the best of several runs, and what we report is the
ratio to a reference kernel measured in the same run, not seconds; ``paired`` takes the runs of
the two in turn and reports the median of the pairs' ratios, so that load from other programs
falls on both.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def paired(
    ours: Callable[[Any], object],
    reference: Callable[[Any], object],
    repeat: int = 7,
    setup_ours: Callable[[], Any] = lambda: None,
    setup_reference: Callable[[], Any] = lambda: None,
) -> tuple[float, float]:
    """``repeat`` pairs of runs, each pair taken back to back (ours, then the reference), so
    that a busy spell of a shared machine slows both of a pair rather than one; returns the
    times of the pair whose ratio is the median (best-of of each separately can pair our
    busiest moment with the reference's quietest). Each run gets a new object from its
    ``setup`` (not timed), such as an empty database to write into."""
    pairs = []
    for _ in range(repeat):
        times = []
        for fn, setup in ((ours, setup_ours), (reference, setup_reference)):
            obj = setup()
            t0 = time.perf_counter()
            fn(obj)
            times.append(time.perf_counter() - t0)
        pairs.append((times[0], times[1]))
    pairs.sort(key=lambda p: p[0] / p[1] if p[1] > 0 else float("inf"))
    return pairs[len(pairs) // 2]


def report(name: str, ours: float, reference: float, ref_name: str, aim: float | None) -> bool:
    ratio = ours / reference if reference > 0 else float("inf")
    verdict = ""
    ok = True
    if aim is not None:
        ok = ratio <= aim
        verdict = f"  (aim ≤ {aim:g}×: {'ok' if ok else 'MISSED'})"
    print(
        f"{name:<44} {ratio:6.2f}×  vs {ref_name}  "
        f"[{ours * 1e3:8.1f} ms vs {reference * 1e3:8.1f} ms]{verdict}"
    )
    return ok
