"""Offer history: each round's offers with every party's utility, and how fast each side concedes.

An offer may leave issues open; its utility then counts only the issues it settles, and the row
says so (``complete`` False). A party's concession rate is the change of its *own* utility from
its previous offer, divided by the rounds in between (negative: it gave ground).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from negotiator_gui.core.bargaining import SCALE, Space
from negotiator_gui.core.model import Scenario


@dataclass(frozen=True)
class OfferRow:
    offer: str
    round: int
    party: str
    date: str
    utilities: dict[str, float]  # party id -> points
    complete: bool
    concession: float | None  # own-utility change per round since this party's previous offer


def partial_utility(space: Space, choices: Mapping[str, str]) -> dict[str, float]:
    """Utility of a (possibly partial) package: open issues contribute nothing."""
    total = [0] * len(space.parties)
    for i, issue in enumerate(space.issues):
        if issue in choices and choices[issue] in space.options[i]:
            row = space.contrib[i][space.options[i].index(choices[issue])]
            total = [t + int(x) for t, x in zip(total, row, strict=True)]
    return {p: t / SCALE for p, t in zip(space.parties, total, strict=True)}


def completed(space: Space, choices: Mapping[str, str], fill: Mapping[str, str]) -> dict[str, str]:
    """A partial package completed from ``fill`` (e.g. the status quo), then the first option."""
    out = {}
    for i, issue in enumerate(space.issues):
        if issue in choices and choices[issue] in space.options[i]:
            out[issue] = choices[issue]
        elif fill.get(issue) in space.options[i]:
            out[issue] = fill[issue]
        else:
            out[issue] = space.options[i][0]
    return out


def history(scenario: Scenario, space: Space) -> list[OfferRow]:
    """Offers in round order (then date, then file order) with utilities and concession rates."""
    ordered = sorted(
        enumerate(scenario.offers),
        key=lambda t: (t[1].round, t[1].date.isoformat() if t[1].date else "", t[0]),
    )
    last: dict[str, tuple[int, float]] = {}
    rows = []
    for _, off in ordered:
        utils = partial_utility(space, off.choices)
        complete = all(i in off.choices for i in space.issues)
        own = utils.get(off.party)
        concession = None
        if own is not None and off.party in last:
            prev_round, prev_u = last[off.party]
            gap = max(1, off.round - prev_round)
            concession = (own - prev_u) / gap
        if own is not None:
            last[off.party] = (off.round, own)
        rows.append(
            OfferRow(
                off.id,
                off.round,
                off.party,
                off.date.isoformat() if off.date else "",
                utils,
                complete,
                concession,
            )
        )
    return rows


def latest_offers(scenario: Scenario) -> dict[str, str]:
    """Each party's latest offer id (highest round; later in the file on a tie)."""
    out: dict[str, tuple[int, int, str]] = {}
    for k, off in enumerate(scenario.offers):
        key = (off.round, k, off.id)
        if off.party not in out or key > out[off.party]:
            out[off.party] = key
    return {party: v[2] for party, v in out.items()}
