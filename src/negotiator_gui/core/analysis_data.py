"""Counter-packages as rows a table can show: the offer, the equal-value trades and what differs.

``bargaining.counter_packages`` works on package indices; the GUI's counter-package finder needs
the same search started from an offer as recorded (possibly partial, completed from the status
quo exactly as the options matrix and the CLI complete it), with each result's choices and the
issues where it departs from the offer. Kept here, free of Qt, so tests can compare the finder's
rows with the core's directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.offers import completed, latest_offers


@dataclass(frozen=True)
class CounterRow:
    rank: int
    choices: dict[str, str]
    utilities: dict[str, float]  # party -> points
    differs: tuple[str, ...]  # issue ids where the counter departs from the offer


@dataclass(frozen=True)
class CounterResult:
    holder: str  # whose utility is held (within epsilon)
    for_party: str  # whose utility is maximised
    offer: dict[str, str]  # the offer, completed
    offer_utilities: dict[str, float]
    rows: list[CounterRow]
    complete: bool  # False: the search hit its node budget, the list is the best found


def status_quo_fill(s: Scenario) -> dict[str, str]:
    """The choices that complete a partial offer (the status-quo package), as the matrix does."""
    sq = next((p for p in s.packages if p.id in ("status_quo", "no_deal")), None)
    return dict(sq.choices) if sq else {}


def latest_offer_choices(s: Scenario, party: str) -> dict[str, str] | None:
    """``party``'s latest offer as recorded (None if it has made none)."""
    offer_id = latest_offers(s).get(party)
    offer = next((o for o in s.offers if o.id == offer_id), None)
    return dict(offer.choices) if offer else None


def counters(
    s: Scenario,
    choices: Mapping[str, str],
    holder: str,
    for_party: str,
    epsilon: float = 1.0,
    top: int = 10,
    space: bg.Space | None = None,
) -> CounterResult:
    """Packages worth the same as ``choices`` to ``holder`` (within ``epsilon`` points), best
    for ``for_party`` first."""
    space = space or bg.build_space(s)
    full = completed(space, choices, status_quo_fill(s))
    pkg = space.index_of(full)
    found, complete = bg.counter_packages(
        space, pkg, space.parties.index(holder), space.parties.index(for_party), epsilon, top
    )
    rows = []
    for rank, c in enumerate(found, 1):
        ch = space.choices(c.package)
        rows.append(
            CounterRow(
                rank,
                ch,
                dict(zip(space.parties, c.utilities, strict=True)),
                tuple(i for i in space.issues if ch[i] != full[i]),
            )
        )
    u = space.utility(pkg)
    return CounterResult(
        holder,
        for_party,
        full,
        {p: float(x) / bg.SCALE for p, x in zip(space.parties, u, strict=True)},
        rows,
        complete,
    )
