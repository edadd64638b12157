"""Shared helpers for benchmarks: best-of-N timing and a ratio line.

Machines here are noisy, so each figure is the best of several runs, and what we report is the
ratio to a reference kernel measured in the same run, not seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


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
