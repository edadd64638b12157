"""Planning under uncertainty: ranges on the parties' preferences, seeded samples, and the
bargaining figures over them (docs/bargaining.md, "Planning under uncertainty").

``ranges`` holds (low, point, high) per weight, option score and reservation value;
``sampling`` draws them (Latin hypercube, seeded) and tabulates utilities; ``analysis`` gives
acceptance, frontier shares, expected utilities, robust solutions and the best package for us
at a required acceptance; ``thresholds`` finds where the Nash package changes as one weight
moves. ``summarise`` runs all of it for one space, cancellable and with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.beliefs.analysis import (
    BestForUs,
    ExpectedNash,
    PackageFigures,
    RobustSolution,
    best_for_us,
    candidate_packages,
    evaluate,
    frontier_candidates,
    robust_solutions,
)
from negotiator_gui.core.beliefs.ranges import (
    PartyRanges,
    Ranges,
    point_estimates,
    ranges_from_mapping,
    scenario_ranges,
)
from negotiator_gui.core.beliefs.sampling import Samples, Tabulated, draw, tabulate
from negotiator_gui.core.beliefs.thresholds import Threshold, threshold_sentence, thresholds

__all__ = [
    "BeliefsSummary",
    "BestForUs",
    "ExpectedNash",
    "PackageFigures",
    "PartyRanges",
    "Ranges",
    "RobustSolution",
    "Samples",
    "Tabulated",
    "Threshold",
    "best_for_us",
    "candidate_packages",
    "draw",
    "evaluate",
    "frontier_candidates",
    "point_estimates",
    "ranges_from_mapping",
    "robust_solutions",
    "scenario_ranges",
    "summarise",
    "tabulate",
    "threshold_sentence",
    "thresholds",
]

#: The acceptance the "best for us" figure asks for unless told otherwise.
DEFAULT_REQUIRED = 0.8
SAMPLING = "Latin hypercube, uniform within each range, numpy PCG64"


@dataclass(eq=False)
class BeliefsSummary:
    """Everything ``analyze --uncertainty`` reports for one space."""

    space: bg.Space
    samples: int
    seed: int
    us: int
    candidates: np.ndarray  # (K, issues): every package, or the point-estimate frontier's
    whole_space: bool  # whether the candidates are every package (exact per-sample frontier)
    figures: PackageFigures
    robust: dict[str, RobustSolution]
    expected_nash: ExpectedNash | None
    best: BestForUs | None
    nash: tuple[int, ...] | None
    thresholds: list[Threshold] = field(default_factory=list)
    #: the samples, tabulated: evaluate more packages (the chart's sample) on the same draws
    tabulated: Tabulated | None = field(default=None, repr=False)

    def to_dict(self, names: Callable[[int, int], tuple[str, str]] | None = None) -> dict:
        """JSON-ready; ``names(party, issue)`` gives the names for the sentences."""
        sp = self.space

        def pkg(p) -> dict[str, str] | None:
            return sp.choices(p) if p else None

        def figures(row: int) -> dict[str, Any]:
            f = self.figures
            return {
                "acceptance": dict(zip(sp.parties, map(float, f.accept[row]), strict=True)),
                "in_zopa": float(f.accept_all[row]),
                "on_frontier": float(f.on_frontier[row]),
                "expected": dict(zip(sp.parties, map(float, f.expected[row]), strict=True)),
            }

        out: dict[str, Any] = {
            "samples": self.samples,
            "seed": self.seed,
            "sampling": SAMPLING,
            "us": sp.parties[self.us],
            "frontier_note": "on_frontier: share of samples in which no other package "
            + (
                "of the space dominates the package (exact)"
                if self.whole_space
                else "of the point-estimate frontier dominates the package (an upper bound)"
            ),
            "candidates": [
                {"package": sp.choices(c), **figures(r)}
                for r, c in enumerate(self.candidates)
                if self.figures.on_frontier[r] > 0
            ],
            "robust": {
                name: {
                    "package": pkg(r.package),
                    "stability": r.stability,
                    "no_zopa": r.no_zopa,
                    **(figures(r.candidate) if r.candidate >= 0 else {}),
                }
                for name, r in self.robust.items()
            },
            "expected_nash": None
            if self.expected_nash is None
            else {
                "package": pkg(self.expected_nash.package),
                "expected_product": self.expected_nash.value,
                "stability": self.expected_nash.stability,
            },
            "best_for_us": None
            if self.best is None
            else {
                "required_acceptance": self.best.required,
                "package": pkg(self.best.packages[0]) if self.best.packages else None,
                "ties": self.best.ties,
                "expected_utility": None if not self.best.packages else self.best.expected,
                "acceptance": self.best.acceptance,
                "method": self.best.method,
            },
            "nash_at_point_estimates": pkg(self.nash),
            "thresholds": [
                {
                    "party": sp.parties[t.party],
                    "issue": sp.issues[t.issue],
                    "range": [t.low, t.high],
                    "point": t.point,
                    "changes_below": t.below,
                    "changes_above": t.above,
                    "text": threshold_sentence(
                        t,
                        *(
                            names(t.party, t.issue)
                            if names
                            else (sp.parties[t.party], sp.issues[t.issue])
                        ),
                    ),
                }
                for t in self.thresholds
            ],
        }
        return out


def summarise(
    ranges: Ranges,
    n: int,
    seed: int,
    us: int = 0,
    required: float = DEFAULT_REQUIRED,
    *,
    with_thresholds: bool = True,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> BeliefsSummary:
    """Sample; evaluate the candidates (every package of a small space, else the packages of
    the point-estimate frontier); the robust solutions; the best package for us (party ``us``)
    at ``required`` acceptance; and the thresholds of the Nash package. Progress is reported
    as (stage, done, total) with the stages "packages", "solutions", "best", "thresholds".

    Every other package the user sees (the chart's sample, the builder's lists) is evaluated
    on the same samples with ``evaluate(summary.tabulated, digits)``."""

    def stage(name: str) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, total: progress(name, done, total)

    space = ranges.space
    front = bg.frontier(space, cancelled=cancelled)
    cand, whole = candidate_packages(front)
    samples = draw(ranges, n, seed)
    tab = tabulate(samples)
    figs = evaluate(
        tab, cand, np.ones(len(cand), bool), cancelled=cancelled, progress=stage("packages")
    )
    robust, exp_nash, _ = robust_solutions(
        tab, cand, cancelled=cancelled, progress=stage("solutions")
    )
    best = best_for_us(samples, us, required, cancelled=cancelled, progress=stage("best"))
    nash, ths = (None, [])
    if with_thresholds:
        nash, ths = thresholds(ranges, cancelled=cancelled, progress=stage("thresholds"))
    return BeliefsSummary(space, n, seed, us, cand, whole, figs, robust, exp_nash, best, nash, ths)
