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

Callers may ask for the whole frontier (``frontier_rows=None``), for every package of a small
space (``all_packages``, e.g. a workbook of every option combination), for packages of their own
(``extra``), and for a *partial* matrix when a negotiator's preferences are not known (a redacted
scenario, see ``core/redact.py``): it then has no frontier, ZOPA or bargaining solution, since
those need every side's utilities, and lists the offers and stored packages with the utilities
of the parties that are known.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.i18n import local, number, tr
from negotiator_gui.core.impact import Indicators, Prepared, Window, coverage_note
from negotiator_gui.core.impact import indicators as package_indicators
from negotiator_gui.core.labels import party_name
from negotiator_gui.core.model import Package, Scenario
from negotiator_gui.core.offers import completed, latest_offers

#: Frontier packages shown as candidates (evenly spread along the frontier).
FRONTIER_ROWS = 12
#: ``all_packages`` lists every package only of spaces up to this size (a spreadsheet row each).
ALL_PACKAGES_LIMIT = 100_000
#: "Every frontier point" lists at most this many option choices (points × issues): a frontier
#: over thousands of issues is thinned to evenly spread points, with a note.
FRONTIER_CELL_LIMIT = 200_000


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
    #: why it is here: frontier, nash, kalai_smorodinsky, offer, batna (the status quo
    #: package), walk_away (a side's reservation package), package (stored), chosen, all
    kinds: tuple[str, ...]
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
    zopa: bg.ZopaSize | None  # None in a partial matrix
    frontier_size: int
    date: dt.date | None = None
    notes: list[str] = field(default_factory=list)
    #: Negotiators whose preferences are not known (a partial matrix): they have no scores,
    #: weights or utilities here, and the matrix has no frontier, ZOPA or solutions.
    unknown: tuple[str, ...] = ()
    #: The period the indicators average over (None without indicators): shown beside them.
    window: Window | None = None
    #: What the flow table covers of the balance the indicators show, and a warning when one
    #: direction is badly under-covered (``impact.coverage_text``); None without indicators.
    coverage: tuple[str, str | None] | None = None

    @property
    def complete(self) -> bool:
        """Every negotiator's preferences are known (frontier, ZOPA and solutions exist)."""
        return not self.unknown


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
                CardRef(c.id, c.party, str(c.kind), str(c.status), local(c, "title"))
                for c in s.cards
                if c.issue == issue.id and (c.option == opt.id or not c.option)
            )
            # weights as entered; ``weighted`` uses them scaled to sum to 1 (as utilities do)
            rows.append(
                OptionRow(
                    issue.id,
                    local(issue, "title"),
                    opt.id,
                    local(opt, "label"),
                    scores,
                    weights,
                    weighted,
                    cards,
                )
            )
    return rows


def _grid(
    s: Scenario,
    space: bg.Space,
    front: bg.Frontier | None,
    nash: bg.Solution | None,
    latest: Mapping[str, str],
    unknown: Sequence[str] = (),
) -> dict[str, dict[str, GridCell]]:
    offers = {o.id: o for o in s.offers}
    target = front.packages(nash.points[0], 1)[0] if front and nash else None
    # one package per frontier point in the ZOPA, as rows of option indices (vectorised: a
    # frontier over many issues has thousands of points)
    zopa_pkgs = front.first_packages(bg.in_zopa(front)) if front else np.zeros((0, 0), int)
    grid: dict[str, dict[str, GridCell]] = {}
    for i, issue in enumerate(space.issues):
        grid[issue] = {}
        for p in unknown:  # only what is on the table: the party's latest offer
            offer = offers.get(latest.get(p, ""))
            grid[issue][p] = GridCell(offer.choices.get(issue, "") if offer else "", "", "")
        for j, p in enumerate(space.parties):
            own = space.contrib[i][:, j]
            best = space.options[i][int(np.argmax(own))]
            offer = offers.get(latest.get(p, ""))
            opening = offer.choices.get(issue, best) if offer else best
            tgt = space.options[i][target[i]] if target else ""
            if len(zopa_pkgs):
                column = zopa_pkgs[:, i]
                resistance = space.options[i][int(column[np.argmin(own[column])])]
            else:
                resistance = ""
            grid[issue][p] = GridCell(opening, tgt, resistance)
    return grid


def _known_space(s: Scenario, parties: Sequence[str]) -> bg.Space:
    """The package space for ``parties`` even when fewer than two are known (``build_space``
    needs two): one party is computed as a pair with itself, then narrowed to one column, so its
    utilities come from exactly the same code."""
    if len(parties) >= 2:
        return bg.build_space(s, parties)
    if not parties:
        return bg.Space(
            (),
            tuple(i.id for i in s.issues),
            tuple(tuple(o.id for o in i.options) for i in s.issues),
            tuple(np.zeros((len(i.options), 0), dtype=np.int64) for i in s.issues),
            np.zeros(0, dtype=np.int64),
        )
    pair = bg.build_space(s, (parties[0], parties[0]))
    return bg.Space(
        pair.parties[:1],
        pair.issues,
        pair.options,
        tuple(c[:, :1].copy() for c in pair.contrib),
        pair.reservation[:1].copy(),
        pair.warnings,
    )


def build(
    s: Scenario,
    prepared: Prepared | None = None,
    with_indicators: bool = True,
    frontier_rows: int | None = FRONTIER_ROWS,
    *,
    all_packages: bool = False,
    extra: Sequence[Package] = (),
    partial: bool = False,
    cancelled: Callable[[], bool] | None = None,
    analysis: tuple[bg.Space, bg.Frontier, dict[str, bg.Solution | None]] | None = None,
    zopa: bg.ZopaSize | None = None,
) -> OptionsMatrix:
    """The options matrix of a scenario (indicators need trade flows; pass ``prepared`` to reuse
    a prepared trade model, e.g. the GUI's).

    ``frontier_rows`` frontier points are listed, evenly spread (None: every point, one package
    each). ``all_packages`` lists every package of the space too (``AnalysisError`` above
    ``ALL_PACKAGES_LIMIT``). ``extra`` packages (possibly partial, completed from the status
    quo) are listed with the kind ``chosen``. With ``partial``, a negotiator without preferences
    does not stop the matrix (it would otherwise raise ``AnalysisError``): see the module doc.
    Every frontier point (``frontier_rows=None``) means at most ``FRONTIER_CELL_LIMIT`` option
    choices in all; an approximate frontier (a very large space) is said so in ``notes``.
    ``cancelled`` is passed to the frontier and the ZOPA count (``Cancelled`` when it says so).
    ``analysis`` is the space (for the negotiators in scenario order), frontier and solutions
    when they are known already (the GUI shares one per edit), ``zopa`` the ZOPA's size with
    them.
    """
    negotiators = tuple(p.id for p in s.negotiators())
    known = {p.party for p in s.preferences}
    unknown = tuple(p for p in negotiators if p not in known) if partial else ()
    if unknown:
        space = _known_space(s, tuple(p for p in negotiators if p in known))
        front = None
        sols: dict[str, bg.Solution | None] = dict.fromkeys(bg.SOLUTIONS)
        zopa = None
        front_points: set[tuple[int, ...]] = set()
    elif analysis is not None:
        space, front, sols = analysis
        if zopa is None:
            zopa = bg.zopa_size(space, cancelled=cancelled)
        front_points = {tuple(int(x) for x in u) for u in front.points}
    else:
        space = bg.build_space(s)
        front = bg.frontier(space, cancelled=cancelled)
        sols = bg.solutions(front)
        zopa = bg.zopa_size(space, cancelled=cancelled)
        front_points = {tuple(int(x) for x in u) for u in front.points}
    if all_packages and space.size > ALL_PACKAGES_LIMIT:
        raise bg.AnalysisError(
            tr(
                "the package space has {size} packages, more than the {limit} that can be "
                "listed one by one; list the frontier instead"
            ).format(size=number(space.size), limit=number(ALL_PACKAGES_LIMIT))
        )
    notes = list(space.warnings)
    if front is not None and not front.exact:
        notes.append(front.note())
    if unknown:
        notes.append(
            tr(
                "the preferences of {parties} are not known: no frontier, ZOPA or "
                "bargaining solution (they need every side's utilities)"
            ).format(parties=", ".join(unknown))
        )
    latest = latest_offers(s)
    d = space.reservation

    def row(key: str, label: str, kind: str, pkg: tuple[int, ...]) -> PackageRow:
        u = space.utility(pkg)
        return PackageRow(
            key,
            label,
            (kind,),
            space.choices(pkg),
            {p: float(x) / bg.SCALE for p, x in zip(space.parties, u, strict=True)},
            not unknown and bool(np.all(u >= d)),
            tuple(int(x) for x in u) in front_points,
        )

    rows: list[PackageRow] = []
    names = {k: tr(v) for k, v in bg.SOLUTION_NAMES.items()}
    for name, sol in sols.items():
        if sol is None or front is None:
            continue
        for t, point in enumerate(sol.points):
            pkg = front.packages(point, 1)[0]
            label = (
                tr("{name} (tie {n})").format(name=names[name], n=t + 1)
                if len(sol.points) > 1
                else names[name]
            )
            rows.append(row(name if not t else f"{name}:{t}", label, name, pkg))
    if front is not None and not any(sols.values()):
        notes.append(
            tr(
                "the ZOPA is empty: no package is at least as good as every party's walk-away "
                "value (BATNA)"
            )
        )
    sq = next((p for p in s.packages if p.id in ("status_quo", "no_deal")), None)
    fill = sq.choices if sq else {}
    offers = {o.id: o for o in s.offers}
    for party, offer_id in sorted(latest.items()):
        off = offers[offer_id]
        pkg = space.index_of(completed(space, off.choices, fill))
        rows.append(
            row(
                f"offer:{party}",
                tr("{party}'s latest offer (round {n})").format(
                    party=party_name(s, party), n=off.round
                ),
                "offer",
                pkg,
            )
        )
    batna_ids = {p.reservation.package for p in s.preferences if p.reservation.package}
    for p in s.packages:
        pkg = space.index_of(completed(space, p.choices, fill))
        # the status quo package, a side's walk-away (reservation) package, or another one
        kind = "batna" if p is sq else "walk_away" if p.id in batna_ids else "package"
        rows.append(row(f"package:{p.id}", p.name, kind, pkg))
    for k, p in enumerate(extra):
        pkg = space.index_of(completed(space, p.choices, fill))
        rows.append(row(f"chosen:{p.id or k}", p.name or tr("Chosen package"), "chosen", pkg))
    n = len(front) if front is not None else 0
    if frontier_rows is None:
        most = max(FRONTIER_ROWS, FRONTIER_CELL_LIMIT // max(1, len(space.issues)))
        picks = list(range(n))
        if n > most:
            picks = sorted(set(np.linspace(0, n - 1, most).round().astype(int).tolist()))
            notes.append(
                tr(
                    "{k} of the {n} frontier points are listed, evenly spread (a listing of "
                    "every point is limited to {limit} option choices)"
                ).format(k=number(len(picks)), n=number(n), limit=number(FRONTIER_CELL_LIMIT))
            )
    else:
        picks = (
            sorted(set(np.linspace(0, n - 1, min(frontier_rows, n)).round().astype(int).tolist()))
            if n and frontier_rows > 0
            else []
        )
    picked = front.first_packages(picks) if front is not None else np.zeros((0, 0), int)
    for k, (point, pkg) in enumerate(zip(picks, picked.tolist(), strict=True)):
        rows.append(
            row(
                f"frontier:{point}",
                tr("Frontier point {k} of {n}").format(k=k + 1, n=len(picks)),
                "frontier",
                tuple(pkg),
            )
        )
    if all_packages:
        width = len(str(space.size))
        package_label = tr("Package {n}")  # translated once, not per row
        index = 0  # the enumeration order: the last issue's option changes fastest
        for digits, _u in bg.enumerate_utilities(space):
            for pkg in digits.tolist():
                rows.append(
                    row(
                        f"all:{index}",
                        package_label.format(n=f"{index + 1:0{width}d}"),
                        "all",
                        pkg,
                    )
                )
                index += 1
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
    window: Window | None = None
    coverage: tuple[str, str | None] | None = None
    if with_indicators and len(s.trade_flows) and s.negotiators():
        prep = prepared or Prepared.of(s)
        window = Window.default(s)  # the same window for every row: one table, one period
        # A package's indicators depend only on its options that change tariffs or commit to
        # purchases: packages alike there share one run over the window (a 10,000-package
        # matrix has few distinct tariff paths).
        relevant = {i.id for i in s.issues if any(o.effects or o.commitments for o in i.options)}
        runs: dict[tuple, Indicators | None] = {}

        def indicators(prep: Prepared, choices: dict[str, str], w: Window) -> Indicators | None:
            key = tuple(sorted((k, v) for k, v in choices.items() if k in relevant))
            if key not in runs:
                runs[key] = package_indicators(prep, choices, w)
            return runs[key]

        packages = [
            PackageRow(
                r.key,
                r.label,
                r.kinds,
                r.choices,
                r.utilities,
                r.in_zopa,
                r.on_frontier,
                indicators(prep, r.choices, window),
            )
            for r in packages
        ]
        first = next((r.indicators for r in packages if r.indicators is not None), None)
        if first is not None:
            coverage = coverage_note(s, first.party, first.partner)
    return OptionsMatrix(
        scenario_id=s.id,
        parties=space.parties,
        perspective=s.perspective,
        issues=space.issues,
        reservation={p: float(x) / bg.SCALE for p, x in zip(space.parties, d, strict=True)},
        options=_option_rows(s, space),
        grid=_grid(s, space, front, sols["nash"], latest, unknown),
        packages=packages,
        space_size=space.size,
        zopa=zopa,
        frontier_size=n,
        date=(prepared.day if prepared else s.as_of) if with_indicators else None,
        notes=notes,
        unknown=unknown,
        window=window if coverage is not None else None,
        coverage=coverage,
    )


#: The bargaining solutions, the rows a reader of the matrix should see first.
RECOMMENDED_KINDS = tuple(bg.SOLUTION_NAMES)


def reading_order(rows: Sequence[PackageRow], lead: str | None = None) -> list[PackageRow]:
    """Package rows in the order a printed page should show them: the recommended packages
    (the bargaining solutions) first, then the other packages in the ZOPA, then the rest.

    Sorted by utility alone, the first printed page of a matrix held only packages outside the
    ZOPA (the ones best for the lead party, which the other side refuses). Within each group
    the rows go by ``lead``'s utility, highest first (then the other parties'), else keep their
    order; the sort is stable, so equal rows keep the matrix's order."""

    def group(r: PackageRow) -> int:
        if any(k in RECOMMENDED_KINDS for k in r.kinds):
            return 0
        return 1 if r.in_zopa else 2

    def utility(r: PackageRow) -> tuple[float, ...]:
        if lead is None or lead not in r.utilities:
            return ()
        others = [p for p in r.utilities if p != lead]
        return (-r.utilities[lead], *(-r.utilities[p] for p in others))

    return sorted(rows, key=lambda r: (group(r), utility(r)))
