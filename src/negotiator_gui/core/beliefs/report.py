"""What the window, the workbook and the brief show of planning under uncertainty.

One ``Report`` per scenario content, sample count and seed: the seeded samples of the ranges
the scenario carries (``ranges.scenario_ranges``, the one provider), tabulated once, so every
package a user sees (the builder's, the suggestions, the matrix rows, the chart's cloud) is
evaluated on the same draws; the robust solutions with their stability; the thresholds of the
Nash package. ``analyse`` returns None when no range has width: nothing is shown then, and every
output stays exactly as without ranges. Our side (the perspective) is party 0 of the space, as
the boards and the builder order the negotiators.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.beliefs import ranges as ranges_mod
from negotiator_gui.core.beliefs.analysis import (
    BestForUs,
    PackageFigures,
    RobustSolution,
    best_for_us,
    candidate_packages,
    evaluate,
    robust_solutions,
)
from negotiator_gui.core.beliefs.ranges import Ranges
from negotiator_gui.core.beliefs.sampling import Samples, Tabulated, draw, tabulate
from negotiator_gui.core.beliefs.thresholds import Threshold, threshold_sentence, thresholds
from negotiator_gui.core.i18n import local, tr
from negotiator_gui.core.model import Scenario

#: Samples drawn unless the user asks for another count (the panel's spin box).
DEFAULT_SAMPLES = 1_000
#: The fixed seed: the same scenario gives the same figures on every machine and every run
#: (the same default as ``negotiator analyze --seed``).
DEFAULT_SEED = 2025
#: The weights a recommendation is said to hinge on, at most (the brief's sentence).
HINGES = 2

Stage = Callable[[str, int, int], None]


def negotiator_order(s: Scenario) -> tuple[str, ...]:
    """Negotiating parties, our side (the perspective) first (``app.derived.negotiator_ids``)."""
    ids = [p.id for p in s.negotiators()]
    return tuple(sorted(ids, key=lambda p: p != s.perspective))


@dataclass(eq=False)
class Report:
    """The figures over ``n`` samples drawn with ``seed`` (see the module doc)."""

    scenario: Scenario
    ranges: Ranges
    samples: Samples
    tabulated: Tabulated
    robust: dict[str, RobustSolution]
    nash: tuple[int, ...] | None
    thresholds: list[Threshold]
    #: names of the parties and issues, for sentences (read once, on the worker)
    party_names: tuple[str, ...] = ()
    issue_names: tuple[str, ...] = ()
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def space(self) -> bg.Space:
        return self.ranges.space

    @property
    def n(self) -> int:
        return self.samples.n

    @property
    def seed(self) -> int:
        return self.samples.seed

    def digits(self, packages: Sequence[Mapping[str, str]]) -> np.ndarray:
        """Option indices of complete packages (issue id → option id)."""
        rows = [self.space.index_of(p) for p in packages]
        return np.array(rows, dtype=np.int64).reshape(len(rows), len(self.space.issues))

    def figures(self, packages: Sequence[Mapping[str, str]]) -> PackageFigures:
        """Acceptance (per party and by all), expected utilities, for complete packages."""
        return evaluate(self.tabulated, self.digits(packages))

    def acceptance(self, choices: Mapping[str, str]) -> tuple[tuple[float, ...], float]:
        """(share of samples each party accepts the package, share all do), memoised."""
        key = tuple(sorted(choices.items()))
        if key not in self._cache:
            f = self.figures([choices])
            self._cache[key] = (tuple(float(x) for x in f.accept[0]), float(f.accept_all[0]))
        return self._cache[key]

    def other_acceptance(self, choices: Mapping[str, str]) -> float:
        """The share of samples in which every other side accepts (two sides: the other's)."""
        acc, both = self.acceptance(choices)
        if len(acc) == 2:
            return acc[1]
        return both

    def other_acceptance_text(self, choices: Mapping[str, str]) -> str:
        """ "82 % by United States" (two sides) or "82 % by all" (more)."""
        share = percent(self.other_acceptance(choices))
        if len(self.party_names) == 2:
            return tr("{share} by {party}").format(share=share, party=self.party_names[1])
        return tr("{share} by all").format(share=share)

    def best(
        self, required: float, cancelled: Callable[[], bool] | None = None
    ) -> BestForUs | None:
        """The best package for us among those the others accept in ≥ ``required`` of the
        samples (None: the space is too large for the exact search)."""
        return best_for_us(self.samples, 0, required, cancelled=cancelled)

    def hinges(self, most: int = HINGES) -> list[Threshold]:
        """The weights the Nash package changes within, most sensitive first."""
        return [t for t in self.thresholds if t.below is not None or t.above is not None][:most]

    def threshold_text(self, t: Threshold) -> str:
        return threshold_sentence(t, self.party_names[t.party], self.issue_names[t.issue])

    def basis(self) -> str:
        """The unit of every share shown: what it is a share of."""
        return tr("% of {n} samples, seed {seed}").format(n=f"{self.n:,}", seed=self.seed)


def percent(share: float) -> str:
    return f"{share * 100:.0f} %"


def analyse(
    s: Scenario,
    n: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Stage | None = None,
    acceptance_only: bool = False,
    space_of: Callable[[], bg.Space] | None = None,
    with_robust: bool = True,
) -> Report | None:
    """The report for ``s``, or None when no range has width (or fewer than two sides).
    ``acceptance_only``: the samples only, no robust solutions or thresholds (the options
    matrix and the workbook list acceptance per package, nothing else). ``space_of`` gives the
    space of the negotiators, our side first, when the caller shares one (the window's
    ``app.derived.SPACE``): built here otherwise. ``with_robust`` False leaves out the robust
    solutions (the brief needs the thresholds only)."""
    parties = negotiator_order(s)
    if len(parties) < 2:
        return None
    space = space_of() if space_of is not None else bg.build_space(s, list(parties))
    ranges = ranges_mod.scenario_ranges(s, space)
    if not ranges.uncertain:
        return None

    def stage(name: str) -> Callable[[int, int], None] | None:
        return None if progress is None else (lambda done, total: progress(name, done, total))

    if progress is not None:
        progress("samples", 0, n)
    samples = draw(ranges, n, seed)
    tab = tabulate(samples)
    robust: dict[str, RobustSolution] = {}
    nash, ths = None, []
    if not acceptance_only:
        if with_robust:
            cand, _whole = candidate_packages(bg.frontier(space, cancelled=cancelled))
            robust, _exp, _ = robust_solutions(
                tab, cand, cancelled=cancelled, progress=stage("solutions")
            )
        nash, ths = thresholds(ranges, cancelled=cancelled, progress=stage("thresholds"))
    titles = {i.id: local(i, "title") or i.id for i in s.issues}
    names = []
    for p in space.parties:
        try:
            names.append(local(s.party(p), "name") or p)
        except KeyError:
            names.append(p)
    return Report(
        s,
        ranges,
        samples,
        tab,
        robust,
        nash,
        ths,
        tuple(names),
        tuple(titles.get(i, i) for i in space.issues),
    )


def brief_sentence(report: Report, choices: Mapping[str, str]) -> str:
    """The brief's sentence: the package's acceptance by the other side and the one or two
    weights the recommendation hinges on ("" for an incomplete package)."""
    if set(choices) != set(report.space.issues):
        return ""
    share = report.other_acceptance(choices)
    others = report.party_names[1] if len(report.party_names) == 2 else tr("every other side")
    head = tr(
        "Under the ranges entered, {party} accepts this package in {share} of {n} samples "
        "(seed {seed})."
    ).format(party=others, share=percent(share), n=f"{report.n:,}", seed=report.seed)
    hinges = report.hinges()
    if not hinges:
        return head + " " + tr("The Nash package stays the same within every weight's range.")
    weight = [
        tr("the weight {party} gives {issue}").format(
            party=report.party_names[t.party], issue=report.issue_names[t.issue]
        )
        for t in hinges
    ]
    if len(weight) == 1:
        tail = tr("The advice hinges most on {a}.").format(a=weight[0])
    else:
        tail = tr("The advice hinges most on {a} and {b}.").format(a=weight[0], b=weight[1])
    return head + " " + tail
