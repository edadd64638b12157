"""The options matrix: what negotiators put in a spreadsheet, as one structure.

The GUI's options view and the Excel export both read ``OptionsMatrix``, so they always show the
same numbers. It holds:

- option rows: every issue × option with each party's score, weight and weighted value, and the
  board cards that refer to the option (or to its issue);
- the issue grid: per issue and party, the opening (the option in the party's latest offer, or its
  best), the target (the option in the Nash package) and the resistance point (the party's worst
  option among the efficient packages both sides prefer to no deal);
- package rows: the candidates (a sample of the frontier, the named solutions, each side's latest
  offer, the stored packages, the no-deal packages) with utilities, flags and, for these
  candidates only, the trade model's indicators.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.impact import Indicators, Prepared, indicators
from negotiator_gui.core.model import Scenario
from negotiator_gui.core.offers import completed, latest_offers

#: Frontier packages shown as candidates (evenly spread along the frontier).
FRONTIER_ROWS = 12


@dataclass(frozen=True)
class CardRef:
    card: str
    party: str
    kind: str
    status: str
    title: str


@dataclass(frozen=True)
class OptionRow:
    issue: str
    issue_title: str
    option: str
    label: str
    scores: dict[str, float]  # party -> 0–100
    weights: dict[str, float]  # party -> points as entered
    weighted: dict[str, float]  # party -> contribution to utility (points)
    cards: tuple[CardRef, ...]


@dataclass(frozen=True)
class GridCell:
    opening: str
    target: str
    resistance: str


@dataclass(frozen=True)
class PackageRow:
    key: str  # stable id of the row: "nash", "offer:US", "package:logroll", "frontier:3" …
    label: str
    kinds: tuple[str, ...]  # why it is here: frontier, nash, kalai_smorodinsky, offer, batna …
    choices: dict[str, str]
    utilities: dict[str, float]
    in_zopa: bool
    on_frontier: bool
    indicators: Indicators | None = None


@dataclass
class OptionsMatrix:
    scenario_id: str
    parties: tuple[str, ...]
    perspective: str
    issues: tuple[str, ...]
    reservation: dict[str, float]
    options: list[OptionRow]
    grid: dict[str, dict[str, GridCell]]  # issue -> party -> cell
    packages: list[PackageRow]
    space_size: int
    zopa: bg.ZopaSize
    frontier_size: int
    date: dt.date | None = None
    notes: list[str] = field(default_factory=list)


def _option_rows(s: Scenario, space: bg.Space) -> list[OptionRow]:
    prefs = {p: s.preferences_of(p) for p in space.parties}
    rows = []
    for i, issue in enumerate(s.issues):
        for k, opt in enumerate(issue.options):
            scores, weights = {}, {}
            for p in space.parties:
                ip = prefs[p].issues.get(issue.id)
                scores[p] = float(ip.scores.get(opt.id, 0.0)) if ip else 0.0
                weights[p] = float(ip.weight) if ip else 0.0
            weighted = {
                p: float(space.contrib[i][k][j]) / bg.SCALE for j, p in enumerate(space.parties)
            }
            cards = tuple(
                CardRef(c.id, c.party, str(c.kind), str(c.status), c.title)
                for c in s.cards
                if c.issue == issue.id and (c.option == opt.id or not c.option)
            )
            # weights as entered; ``weighted`` uses them scaled to sum to 1 (as utilities do)
            rows.append(
                OptionRow(
                    issue.id, issue.title, opt.id, opt.label, scores, weights, weighted, cards
                )
            )
    return rows


def _grid(
    s: Scenario,
    space: bg.Space,
    front: bg.Frontier,
    nash: bg.Solution | None,
    latest: Mapping[str, str],
) -> dict[str, dict[str, GridCell]]:
    offers = {o.id: o for o in s.offers}
    target = front.packages(nash.points[0], 1)[0] if nash else None
    zopa_pkgs = [front.packages(int(i), 1)[0] for i in bg.in_zopa(front)]
    grid: dict[str, dict[str, GridCell]] = {}
    for i, issue in enumerate(space.issues):
        grid[issue] = {}
        for j, p in enumerate(space.parties):
            own = space.contrib[i][:, j]
            best = space.options[i][int(np.argmax(own))]
            offer = offers.get(latest.get(p, ""))
            opening = offer.choices.get(issue, best) if offer else best
            tgt = space.options[i][target[i]] if target else ""
            if zopa_pkgs:
                worst = min((pkg[i] for pkg in zopa_pkgs), key=lambda o: own[o])
                resistance = space.options[i][worst]
            else:
                resistance = ""
            grid[issue][p] = GridCell(opening, tgt, resistance)
    return grid


def build(
    s: Scenario,
    prepared: Prepared | None = None,
    with_indicators: bool = True,
    frontier_rows: int = FRONTIER_ROWS,
) -> OptionsMatrix:
    """The options matrix of a scenario (indicators need trade flows; pass ``prepared`` to reuse
    a prepared trade model, e.g. the GUI's)."""
    space = bg.build_space(s)
    front = bg.frontier(space)
    sols = bg.solutions(front)
    zopa = bg.zopa_size(space)
    notes = list(space.warnings)
    latest = latest_offers(s)
    d = space.reservation

    def row(key: str, label: str, kind: str, pkg: tuple[int, ...]) -> PackageRow:
        u = space.utility(pkg)
        on = bool(np.any(np.all(front.points == u, axis=1)))
        return PackageRow(
            key,
            label,
            (kind,),
            space.choices(pkg),
            {p: float(x) / bg.SCALE for p, x in zip(space.parties, u, strict=True)},
            bool(np.all(u >= d)),
            on,
        )

    rows: list[PackageRow] = []
    names = {
        "nash": "Nash bargaining solution",
        "kalai_smorodinsky": "Kalai–Smorodinsky",
        "egalitarian": "Max-min gain (egalitarian)",
        "utilitarian": "Utilitarian (max sum)",
    }
    for name, sol in sols.items():
        if sol is None:
            continue
        for t, point in enumerate(sol.points):
            pkg = front.packages(point, 1)[0]
            suffix = f" (tie {t + 1})" if len(sol.points) > 1 else ""
            rows.append(row(name if not t else f"{name}:{t}", names[name] + suffix, name, pkg))
    if not any(sols.values()):
        notes.append("the ZOPA is empty: no package is better than no deal for every party")
    sq = next((p for p in s.packages if p.id in ("status_quo", "no_deal")), None)
    fill = sq.choices if sq else {}
    offers = {o.id: o for o in s.offers}
    for party, offer_id in sorted(latest.items()):
        off = offers[offer_id]
        pkg = space.index_of(completed(space, off.choices, fill))
        rows.append(
            row(f"offer:{party}", f"{party}'s latest offer (round {off.round})", "offer", pkg)
        )
    batna_ids = {p.reservation.package for p in s.preferences if p.reservation.package}
    for p in s.packages:
        pkg = space.index_of(completed(space, p.choices, fill))
        kind = "batna" if p.id in batna_ids or p is sq else "package"
        rows.append(row(f"package:{p.id}", p.name, kind, pkg))
    n = len(front)
    picks = (
        sorted(set(np.linspace(0, n - 1, min(frontier_rows, n)).round().astype(int).tolist()))
        if n
        else []
    )
    for k, point in enumerate(picks):
        rows.append(
            row(
                f"frontier:{point}",
                f"Frontier point {k + 1} of {len(picks)}",
                "frontier",
                front.packages(point, 1)[0],
            )
        )
    # merge rows that are the same package (keep the first key, collect the kinds)
    merged: dict[tuple, PackageRow] = {}
    for r in rows:
        key = tuple(sorted(r.choices.items()))
        if key in merged:
            old = merged[key]
            merged[key] = PackageRow(
                old.key,
                old.label,
                old.kinds + tuple(k for k in r.kinds if k not in old.kinds),
                old.choices,
                old.utilities,
                old.in_zopa,
                old.on_frontier,
            )
        else:
            merged[key] = r
    packages = list(merged.values())
    if with_indicators and len(s.trade_flows) and s.negotiators():
        prep = prepared or Prepared.of(s)
        packages = [
            PackageRow(
                r.key,
                r.label,
                r.kinds,
                r.choices,
                r.utilities,
                r.in_zopa,
                r.on_frontier,
                indicators(prep, r.choices),
            )
            for r in packages
        ]
    return OptionsMatrix(
        scenario_id=s.id,
        parties=space.parties,
        perspective=s.perspective,
        issues=space.issues,
        reservation={p: float(x) / bg.SCALE for p, x in zip(space.parties, d, strict=True)},
        options=_option_rows(s, space),
        grid=_grid(s, space, front, sols["nash"], latest),
        packages=packages,
        space_size=space.size,
        zopa=zopa,
        frontier_size=len(front),
        date=(prepared.day if prepared else s.as_of) if with_indicators else None,
        notes=notes,
    )
