"""What the advice depends on: for each uncertain weight, where the Nash package changes.

One weight at a time moves across its range, every other quantity held at its point estimate;
at each value the space is rebuilt (weights normalised as ``build_space`` does), its exact
frontier merged and the Nash solution found (about a millisecond for the default scenario).
From the point estimate outwards, the range is scanned in ``GRID`` steps each way; the first
step at which the point-estimate Nash package is no longer a Nash package is narrowed down by
bisection to ``BISECT`` halvings. A change that reverses between two grid steps is not seen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.beliefs.ranges import Ranges
from negotiator_gui.core.beliefs.sampling import party_contrib
from negotiator_gui.core.i18n import number, tr
from negotiator_gui.core.trade import check_cancelled

GRID = 16
BISECT = 24


@dataclass(frozen=True)
class Threshold:
    """Where the Nash package changes as one weight moves within its range."""

    party: int
    issue: int
    low: float
    point: float
    high: float
    below: float | None  # the weight under which it changes (None: not within the range)
    above: float | None  # the weight over which it changes (None: not within the range)

    @property
    def stable_share(self) -> float:
        """Share of the range over which the package stays (smaller: the advice depends more
        on this weight; the tornado's order)."""
        width = self.high - self.low
        if width <= 0:
            return 1.0
        lo = self.low if self.below is None else self.below
        hi = self.high if self.above is None else self.above
        return (hi - lo) / width


def space_at(ranges: Ranges, party: int = -1, issue: int = -1, weight: float = 0.0) -> bg.Space:
    """The space at the point estimates, with ``party``'s weight on ``issue`` set to
    ``weight`` (when a party is given). A party whose weights and scores have no width keeps
    the space's own contributions."""
    space = ranges.space
    cols = []
    for j, pr in enumerate(ranges.parties):
        if j != party and not pr.weights_uncertain:
            cols.append([c[:, j] for c in space.contrib])
            continue
        w = pr.weights[:, 1].copy()
        if j == party:
            w[issue] = weight
        cols.append(
            [c[0] for c in party_contrib(pr, w[None, :], [s[None, :, 1] for s in pr.scores])]
        )
    contrib = tuple(
        np.stack([cols[j][i] for j in range(len(space.parties))], axis=1).astype(np.int64)
        for i in range(len(space.issues))
    )
    reservation = np.array(
        [
            space.reservation[j]
            if not pr.reservation_uncertain
            else round(float(pr.reservation[1]) * bg.SCALE)
            for j, pr in enumerate(ranges.parties)
        ],
        dtype=np.int64,
    )
    return bg.Space(space.parties, space.issues, space.options, contrib, reservation)


def nash_package(space: bg.Space) -> tuple[int, ...] | None:
    """The first package of the (first) Nash point, None when the ZOPA is empty."""
    front = bg.frontier(space)
    sol = bg.solutions(front)["nash"]
    if sol is None:
        return None
    return front.packages(sol.points[0], 1)[0]


def is_nash(space: bg.Space, package: Sequence[int]) -> bool:
    """Whether ``package`` is a Nash package of ``space`` (its utilities equal a Nash point's,
    exactly)."""
    front = bg.frontier(space)
    sol = bg.solutions(front)["nash"]
    if sol is None:
        return False
    u = space.utility(package)
    return any(np.array_equal(front.points[p], u) for p in sol.points)


def _edge(stays: Callable[[float], bool], start: float, end: float) -> float | None:
    """From ``start`` (where it stays) towards ``end``: the value where it first changes."""
    prev = start
    for k in range(1, GRID + 1):
        x = start + (end - start) * k / GRID
        if not stays(x):
            a, b = prev, x
            for _ in range(BISECT):
                mid = (a + b) / 2
                if stays(mid):
                    a = mid
                else:
                    b = mid
            return b
        prev = x
    return None


def thresholds(
    ranges: Ranges,
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[tuple[int, ...] | None, list[Threshold]]:
    """The Nash package at the point estimates and, for every weight with a range, where it
    changes (the list is in tornado order: the weights it depends on most first)."""
    base = nash_package(space_at(ranges))
    out: list[Threshold] = []
    todo = ranges.weight_ranges()
    if base is None:
        return None, out
    for n, (j, i) in enumerate(todo):
        check_cancelled(cancelled)
        if progress is not None:
            progress(n, len(todo))
        lo, pt, hi = (float(x) for x in ranges.parties[j].weights[i])

        def stays(w: float, j: int = j, i: int = i) -> bool:
            check_cancelled(cancelled)
            return is_nash(space_at(ranges, j, i, w), base)

        below = _edge(stays, pt, lo) if lo < pt else None
        above = _edge(stays, pt, hi) if hi > pt else None
        out.append(Threshold(j, i, lo, pt, hi, below, above))
    if progress is not None:
        progress(len(todo), len(todo))
    out.sort(key=lambda t: t.stable_share)
    return base, out


def threshold_sentence(t: Threshold, party: str, issue: str) -> str:
    """The threshold in words, with the party's and issue's names as the user reads them."""
    args = {
        "party": party,
        "issue": issue,
        "low": number(t.low, 1),
        "high": number(t.high, 1),
        "below": number(t.below, 1) if t.below is not None else "",
        "above": number(t.above, 1) if t.above is not None else "",
    }
    if t.below is None and t.above is None:
        text = tr(
            "The Nash package stays the same over the whole range of the weight {party} gives "
            "{issue} ({low} to {high})."
        )
    elif t.below is None:
        text = tr(
            "The Nash package stays the same while the weight {party} gives {issue} is below "
            "{above} (range {low} to {high})."
        )
    elif t.above is None:
        text = tr(
            "The Nash package stays the same while the weight {party} gives {issue} is above "
            "{below} (range {low} to {high})."
        )
    else:
        text = tr(
            "The Nash package stays the same while the weight {party} gives {issue} is between "
            "{below} and {above} (range {low} to {high})."
        )
    return text.format(**args)
