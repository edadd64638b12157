"""Ranges on the parties' preferences: each weight, option score and reservation value as
(low, point, high).

Our own preferences are known; the other side's are estimates. A range says how far an estimate
may be off. A range of zero width is the point estimate itself, and a party whose every range
has zero width keeps the space's exact fixed-point utilities (``Space.contrib``), so an analysis
with no uncertainty reproduces the deterministic one bit for bit.

Weights are in points as entered (a party's weights add up to about 100) and are normalised per
sample exactly as ``bargaining.build_space`` normalises them: ``w_i / Σ_j w_j``. Scores are on
0–100, reservation values in utility points.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from negotiator_gui.core.bargaining import SCALE, AnalysisError, Space
from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.preference_ranges import ranges_spec


@dataclass(frozen=True, eq=False)
class PartyRanges:
    """One party's ranges. Each array holds (low, point, high) in its last axis."""

    weights: np.ndarray  # (issues, 3) points as entered
    scores: tuple[np.ndarray, ...]  # per issue (options, 3) on 0–100
    reservation: np.ndarray  # (3,) utility points
    #: weight given to issues outside the space: it still counts in the normalising total
    extra: float = 0.0

    @property
    def uncertain(self) -> bool:
        """Whether any range has width (else the space's exact utilities are used)."""
        return bool(self.weights_uncertain or self.reservation_uncertain)

    @property
    def weights_uncertain(self) -> bool:
        """Whether any weight or score has width (the utilities must be sampled)."""
        return bool(
            np.any(self.weights[:, 0] != self.weights[:, 2])
            or any(np.any(s[:, 0] != s[:, 2]) for s in self.scores)
        )

    @property
    def reservation_uncertain(self) -> bool:
        return bool(self.reservation[0] != self.reservation[2])


@dataclass(frozen=True, eq=False)
class Ranges:
    """Every negotiating party's ranges over one space (parties in the space's order)."""

    space: Space
    parties: tuple[PartyRanges, ...]

    @property
    def uncertain(self) -> bool:
        return any(p.uncertain for p in self.parties)

    def weight_ranges(self) -> list[tuple[int, int]]:
        """(party, issue) of every weight whose range has width, in order."""
        return [
            (j, i)
            for j, pr in enumerate(self.parties)
            for i in range(len(self.space.issues))
            if pr.weights[i, 0] != pr.weights[i, 2]
        ]


def _decompose(space: Space, j: int) -> tuple[np.ndarray, list[np.ndarray]]:
    """Weights (summing to 100) and scores (best option 100) that give party ``j``'s
    contributions, for a space known only by its contributions."""
    weights = np.zeros(len(space.issues))
    scores = []
    for i, c in enumerate(space.contrib):
        col = c[:, j].astype(np.float64) / SCALE
        top = float(col.max()) if len(col) else 0.0
        weights[i] = max(top, 0.0)
        scores.append(col / top * 100 if top > 0 else np.zeros(len(col)))
    return weights, scores


def point_estimates(space: Space, scenario: Scenario | None = None) -> Ranges:
    """Zero-width ranges at the entered values: the scenario's weights and scores as entered
    (a missing one counts 0, as in ``build_space``), or, without a scenario, a decomposition of
    the space's contributions (weights adding up to 100, each issue's best option at 100)."""
    out = []
    for j, party in enumerate(space.parties):
        prefs = None
        if scenario is not None:
            try:
                prefs = scenario.preferences_of(party)
            except KeyError:
                prefs = None
        if prefs is not None:
            weights = np.zeros(len(space.issues))
            scores = []
            for i, issue in enumerate(space.issues):
                ip = prefs.issues.get(issue)
                weights[i] = ip.weight if ip is not None else 0.0
                scores.append(
                    np.array(
                        [
                            (ip.scores.get(o) if ip is not None else None) or 0.0
                            for o in space.options[i]
                        ],
                        dtype=np.float64,
                    )
                )
            # a weight given to an issue outside the space still counts in build_space's total
            extra = float(
                sum(ip.weight for issue, ip in prefs.issues.items() if issue not in space.issues)
            )
        else:
            weights, scores = _decompose(space, j)
            extra = 0.0
        res = float(space.reservation[j]) / SCALE
        out.append(
            PartyRanges(
                np.repeat(weights[:, None], 3, axis=1),
                tuple(np.repeat(s[:, None], 3, axis=1) for s in scores),
                np.array([res, res, res]),
                extra,
            )
        )
    return Ranges(space, tuple(out))


def _pair(value, what: str) -> tuple[float, float]:
    try:
        lo, hi = (float(x) for x in value)
    except (TypeError, ValueError):
        raise AnalysisError(tr("{what}: a range is a pair (low, high)").format(what=what)) from None
    if not lo <= hi:
        raise AnalysisError(tr("{what}: the low end is above the high end").format(what=what))
    return lo, hi


def _set(triple: np.ndarray, lo: float, hi: float, what: str) -> None:
    """Set (low, high) and keep the point inside the range (clipped when outside)."""
    if lo < 0:
        raise AnalysisError(tr("{what}: a range cannot go below 0").format(what=what))
    triple[0], triple[2] = lo, hi
    triple[1] = min(max(triple[1], lo), hi)


def ranges_from_mapping(
    space: Space, spec: Mapping | None, scenario: Scenario | None = None
) -> Ranges:
    """Ranges from a plain mapping, party id → ``{"weights": {issue: (lo, hi)}, "scores":
    {issue: {option: (lo, hi)}}, "reservation": (lo, hi)}``; anything not given keeps its
    point estimate (zero width). Unknown parties, issues or options are errors (a typo must
    not silently mean "certain")."""
    base = point_estimates(space, scenario)
    parties = [
        PartyRanges(
            p.weights.copy(), tuple(s.copy() for s in p.scores), p.reservation.copy(), p.extra
        )
        for p in base.parties
    ]
    for party, entry in (spec or {}).items():
        if party not in space.parties:
            raise AnalysisError(tr("ranges for unknown party '{party}'").format(party=party))
        pr = parties[space.parties.index(party)]
        for issue, rng in (entry.get("weights") or {}).items():
            if issue not in space.issues:
                raise AnalysisError(tr("ranges for unknown issue '{issue}'").format(issue=issue))
            i = space.issues.index(issue)
            lo, hi = _pair(rng, f"{party}/{issue}")
            _set(pr.weights[i], lo, hi, f"{party}/{issue}")
        for issue, opts in (entry.get("scores") or {}).items():
            if issue not in space.issues:
                raise AnalysisError(tr("ranges for unknown issue '{issue}'").format(issue=issue))
            i = space.issues.index(issue)
            for option, rng in opts.items():
                if option not in space.options[i]:
                    raise AnalysisError(
                        tr("unknown option '{option}' of '{issue}'").format(
                            option=option, issue=issue
                        )
                    )
                what = f"{party}/{issue}/{option}"
                lo, hi = _pair(rng, what)
                _set(pr.scores[i][space.options[i].index(option)], lo, hi, what)
        if entry.get("reservation") is not None:
            lo, hi = _pair(entry["reservation"], f"{party}/reservation")
            pr.reservation[0], pr.reservation[2] = lo, hi
            pr.reservation[1] = min(max(pr.reservation[1], lo), hi)
    return Ranges(space, tuple(parties))


def scenario_ranges(scenario: Scenario, space: Space) -> Ranges:
    """The ranges a scenario carries (``preference_ranges.ranges_spec``: the explicit ranges
    and the confidence levels' bands); a number without one is its point estimate."""
    return ranges_from_mapping(space, ranges_spec(scenario), scenario)
