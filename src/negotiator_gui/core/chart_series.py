"""The numbers behind the tariff and trade-impact charts, computed without Qt.

The charts (ui/charts/tariffs.py, ui/charts/impact.py) only draw what these functions return, so
tests compare chart data with the core's own results and the heavy parts (trade model runs,
Monte-Carlo draws) can run on a worker thread on a copy of the scenario.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from negotiator_gui.core.hs_names import chapter_label
from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.impact import Analysis, Prepared
from negotiator_gui.core.labels import party_name
from negotiator_gui.core.model import Authority, Measure, Scenario
from negotiator_gui.core.package_effects import package_tariffs
from negotiator_gui.core.tariffs import (
    Lines,
    Timeline,
    explain_line,
    in_force_from,
    percent,
    timeline,
)
from negotiator_gui.core.trade import (
    ROW_FIELDS,
    TornadoBar,
    TradeModel,
    check_cancelled,
    hs_chapter,
    monte_carlo,
    tornado,
)

#: Short names for layers in chart labels ("232 autos 25 %" reads better than an enum value).
AUTHORITY_SHORT = {
    Authority.MFN: N_("MFN"),
    Authority.S232: N_("232"),
    Authority.IEEPA_BASELINE: N_("IEEPA baseline"),
    Authority.IEEPA_COUNTRY: N_("reciprocal"),
    Authority.S301: N_("301"),
    Authority.S122: N_("122"),
    Authority.TRQ: N_("TRQ"),
    Authority.RETALIATION: N_("retaliation"),
    Authority.OTHER: N_("other"),
}
#: What happens to a measure on an event date, as the timeline says it.
EVENT_ACTIONS = {
    "announced": N_("announced"),
    "in force": N_("in force"),
    "paused": N_("paused"),
    "lowered": N_("lowered"),
    "resumes": N_("resumes"),
    "ends": N_("ends"),
}

#: Impact measures the sector chart offers: key of ``aggregate`` rows → Monte-Carlo measure.
IMPACT_FIELDS = ("change", "revenue_change", "welfare")


def year_of(s: Scenario) -> tuple[dt.date, dt.date]:
    """The calendar year of the scenario's as-of date: the span negotiators plan over."""
    return dt.date(s.as_of.year, 1, 1), dt.date(s.as_of.year, 12, 31)


def importers(s: Scenario) -> list[str]:
    """Parties that import something in the flow table, in party order (the perspective's
    partner's market usually comes first in a talk, but the order of the parties is kept)."""
    present = set(s.trade_flows.importer)
    return [p.id for p in s.parties if p.id in present]


@dataclass(frozen=True)
class TimelinePair:
    """Status quo and (when a package is chosen) the package's path from the as-of date."""

    status_quo: Timeline
    package: Timeline | None
    events: list[tuple[dt.date, str]] = field(default_factory=list)


def timelines(
    s: Scenario,
    choices: Mapping[str, str] | None,
    importer: str,
    by: str = "partner",
    lines: Lines | None = None,
) -> TimelinePair:
    """The scenario's year for ``importer``; the package path switches on the as-of date."""
    lines = lines or Lines.from_flows(s.trade_flows, [p.id for p in s.parties])
    start, end = year_of(s)
    sq = timeline(lines, s.measures, s.stacking_rules, importer, start, end, by)
    pkg = None
    if choices:
        measures = package_tariffs(s, choices).measures
        pkg = timeline(
            lines, s.measures, s.stacking_rules, importer, start, end, by,
            switch=(s.as_of, measures),
        )  # fmt: skip
    return TimelinePair(sq, pkg, events(s.measures, importer, start, end))


def events(
    measures: Sequence[Measure], importer: str, start: dt.date, end: dt.date
) -> list[tuple[dt.date, str]]:
    """Announcement, effective, pause and end dates of the importer's measures in the span,
    one label per date (measures sharing a date share a marker)."""
    found: dict[dt.date, list[tuple[str, str]]] = {}

    def add(day: dt.date | None, name: str, action: str) -> None:
        if day is not None and start <= day <= end:
            found.setdefault(day, []).append((name, action))

    for m in measures:
        if m.imposing != importer:
            continue
        name = layer_name(m)
        add(m.announced, name, "announced")
        add(in_force_from(m), name, "in force")
        for sus in m.suspensions:
            add(sus.start, name, "paused" if sus.rate is None else "lowered")
            if sus.end:
                add(sus.end + dt.timedelta(days=1), name, "resumes")
        if m.end:
            add(m.end + dt.timedelta(days=1), name, "ends")
    out = []
    for d in sorted(found):
        by_action: dict[str, list[str]] = {}
        for name, action in found[d]:
            by_action.setdefault(action, []).append(name)
        out.append(
            (
                d,
                tr("; ").join(
                    tr("{measures} {action}").format(
                        measures="/".join(n), action=tr(EVENT_ACTIONS[a])
                    )
                    for a, n in by_action.items()
                ),
            )
        )
    return out


def layer_name(m: Measure) -> str:
    short = AUTHORITY_SHORT.get(Authority(m.authority))
    short = tr(short) if short else str(m.authority)
    return f"{short} {m.programme}".strip() if m.programme else short


def to_epoch(day: dt.date) -> float:
    """Seconds since 1970 (UTC midnight), what pyqtgraph's DateAxisItem reads."""
    return float((day - dt.date(1970, 1, 1)).days * 86400)


def top_keys(pair: TimelinePair, n: int = 8) -> list[str]:
    """The ``n`` keys whose rate moves most over the span (status quo or package): with a
    hundred chapters, the chart shows the ones a negotiator is talking about."""
    keys = pair.status_quo.keys
    if len(keys) <= n:
        return list(keys)

    def span(tl: Timeline | None, j: int) -> float:
        if tl is None or not len(tl.rates) or tl.keys != keys:
            return 0.0
        col = tl.rates[:, j]
        col = col[np.isfinite(col)]
        return float(col.max() - col.min()) if len(col) else 0.0

    moves = {k: max(span(pair.status_quo, j), span(pair.package, j)) for j, k in enumerate(keys)}
    return sorted(sorted(keys)[:], key=lambda k: -moves[k])[:n]


def step_xy(tl: Timeline, key: str) -> tuple[np.ndarray, np.ndarray]:
    """x (one more than y: step edges, epoch seconds) and y (rate in %) for ``stepMode='center'``;
    the last step ends the day after ``tl.end``."""
    j = tl.keys.index(key)
    edges = [*tl.dates, tl.end + dt.timedelta(days=1)]
    return np.array([to_epoch(d) for d in edges]), np.asarray(tl.rates[:, j], float) * 100.0


# -- the tariff stack of one line ----------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    label: str
    contribution: float  # a share (0.025 is 2.5 %)


def stack_segments(
    s: Scenario, row: int, day: dt.date, measures: Sequence[Measure] | None = None
) -> list[Segment]:
    """The line's MFN base then every applied layer that adds something, from ``explain_line``
    (segments sum to the breakdown's total)."""
    ms = list(s.measures if measures is None else measures)
    b = explain_line(s.trade_flows, row, ms, s.stacking_rules, day)
    by_id = {m.id: m for m in ms}
    out = [Segment(f"{tr('MFN')} {percent(b.base_mfn, 3)}", b.base_mfn)]
    for layer in b.layers:
        if layer.status != "applied" or layer.contribution == 0:
            continue
        m = by_id.get(layer.measure)
        name = layer_name(m) if m else layer.title
        out.append(Segment(f"{name} {percent(layer.contribution, 3)}", layer.contribution))
    return out


def line_labels(s: Scenario) -> list[str]:
    """One label per flow row, for the line picker: the product with its name ("8703 Passenger
    cars  US ← JP"), named once per distinct code (a large table repeats few codes)."""
    f = s.trade_flows
    names = {code: chapter_label(code) for code in set(f.product)}
    return [
        f"{names[f.product[k]]}  {f.importer[k]} ← {f.exporter[k]}" for k in range(len(f))
    ]  # fmt: skip


# -- trade impact by sector ----------------------------------------------------------------------


@dataclass
class SectorImpact:
    """Per HS chapter of ``importer``'s imports: the status quo's and the package's value of
    ``field`` (from the base year), with p5/p95 bands (NaN where there are none)."""

    importer: str
    field: str
    model: TradeModel
    sectors: list[str]
    status_quo: np.ndarray
    package: np.ndarray | None
    sq_band: np.ndarray  # (n, 2) p5, p95
    pkg_band: np.ndarray | None
    tornado: list[TornadoBar]
    unit: str = "USD"
    #: What ``sector_bands`` needs (a ``sector_points`` result's runs); None once not needed.
    basis: _Basis | None = field(default=None, repr=False, compare=False)
    #: The importer as a reader knows it (its name), and the day the rates are taken on.
    importer_name: str = ""
    day: dt.date | None = None


def sector_rows(analysis: Analysis, impact, importer: str, field_: str) -> dict[str, float]:
    """``field_`` per chapter of ``importer``'s imports, summed over exporters, from
    ``Analysis.group(impact, "sector")``."""
    out: dict[str, float] = {}
    for row in analysis.group(impact, "sector"):
        if row["importer"] == importer:
            out[row["group"]] = out.get(row["group"], 0.0) + float(row[field_])
    return out


@dataclass(eq=False)
class _Basis:
    """What the bands and the tornado of a ``sector_points`` result are computed from."""

    prepared: Prepared
    sq_rates: np.ndarray
    pkg_rates: np.ndarray | None
    importer: str
    #: The common rates (base, after) of each run: what every supplier pays (two elasticities)
    sq_common: tuple[np.ndarray, np.ndarray] | None = None
    pkg_common: tuple[np.ndarray, np.ndarray] | None = None


def _field_values(impact, field_: str) -> np.ndarray:
    if field_ == "change":
        return impact.m1 - impact.m0
    if field_ == "revenue_change":
        return impact.revenue1 - impact.revenue0
    return getattr(impact, field_)


@dataclass(frozen=True, eq=False)
class Chapters:
    """An importer's rows of a flow table grouped by HS chapter: ``rows`` (None when the
    importer has every row), the chapter id of each of those rows (``kid``) and the chapters'
    names in id order (an order of their 8-byte codes, not alphabetical: callers sort what
    they show)."""

    rows: np.ndarray | None
    kid: np.ndarray
    names: tuple[str, ...]


#: ``chapters_of``'s memo: per prepared flow table (``Lines``, shared read-only between jobs
#: and alive as long as some job or memo holds it), per importer. Weak keys: a table nobody
#: uses any more takes its groups with it.
_chapters_memo: weakref.WeakKeyDictionary[Lines, dict[str, Chapters]] = weakref.WeakKeyDictionary()
_chapters_lock = threading.Lock()
#: Importers remembered per flow table (a table has a handful of importing parties).
_CHAPTERS_PER_LINES = 8


def chapters_of(lines: Lines, importer: str) -> Chapters:
    """``importer``'s rows of ``lines`` grouped by chapter, once per (``lines``, importer).

    Why a memo: grouping sorts the rows (a quarter of a point-value computation on a
    300,000-line table) and depends on nothing a rate edit changes, only on the flow table,
    which a ``Lines`` object prepares once and never changes. Thread-safe: chart jobs run on
    pool threads; two jobs computing the same groups at once both get equal results."""
    with _chapters_lock:
        got = _chapters_memo.get(lines, {}).get(importer)
    if got is not None:
        return got
    got = _group_chapters(lines, importer)
    with _chapters_lock:
        per = _chapters_memo.setdefault(lines, {})
        if len(per) >= _CHAPTERS_PER_LINES:
            per.clear()
        per[importer] = got
    return got


def _group_chapters(lines: Lines, importer: str) -> Chapters:
    mask = lines.importer == lines.party_index(importer)
    mine = None if mask.all() else np.flatnonzero(mask)
    chapters = np.ascontiguousarray(
        hs_chapter(lines.product if mine is None else lines.product[mine])
    )
    # chapters are two characters: grouped as one 8-byte number each (sorting numbers is
    # several times quicker than sorting strings on a large table)
    _, first, kid = np.unique(chapters.view(np.uint64), return_index=True, return_inverse=True)
    kid = kid.astype(np.int64, copy=False).reshape(-1)
    for arr in (mine, kid):
        if arr is not None:
            arr.flags.writeable = False  # shared between jobs: nobody may change them
    return Chapters(mine, kid, tuple(chapters[first].tolist()))


def sector_points(
    s: Scenario,
    choices: Mapping[str, str] | None,
    importer: str,
    field_: str = "change",
    model: TradeModel | str = TradeModel.LINEAR,
    top: int = 12,
    lines: Lines | None = None,
    prepared: Prepared | None = None,
) -> SectorImpact:
    """The point estimates of ``sector_impact``: the ``top`` chapters by largest effect (status
    quo or package), without the Monte-Carlo bands (NaN) and the tornado (empty): two model
    runs, no draws. ``sector_bands`` adds those. ``prepared``: the scenario's market and
    elasticities prepared earlier for the same flow table and elasticities (they are the slow
    part of the preparation, and a rate edit leaves them alone)."""
    model = TradeModel(model)
    if prepared is None:
        prepared = Prepared.of(s, s.as_of, model, lines=lines)
    prep = replace(prepared, scenario=s, day=s.as_of, model=model)  # same flows and η
    groups = chapters_of(prep.lines, importer)

    def run(label: str, measures: Sequence[Measure]) -> tuple[np.ndarray, dict[str, float]]:
        if field_ in ROW_FIELDS:  # only the field shown: a third of a whole run's work
            rates, values = prep.run_field(measures, field_)
        else:
            result = prep.run(label, measures)
            rates, values = result.rates, _field_values(result.impact, field_)
        if groups.rows is not None:
            values = values[groups.rows]
        sums = np.bincount(groups.kid, values, len(groups.names))
        return rates, dict(zip(groups.names, sums.tolist(), strict=True))

    sq_rates, sq = run(N_("status quo"), s.measures)
    pkg_rates, pk = None, None
    pkg_common = None
    if choices:
        pkg_measures = package_tariffs(s, choices).measures
        pkg_rates, pk = run(N_("package"), pkg_measures)
        pkg_common = prep.common(pkg_measures)
    size = {k: max(abs(v), abs(pk.get(k, 0.0)) if pk else 0.0) for k, v in sq.items()}
    sectors = sorted(sorted(size), key=lambda k: -size[k])[:top]
    n = len(sectors)
    return SectorImpact(
        importer,
        field_,
        model,
        sectors,
        np.array([sq[k] for k in sectors], float),
        np.array([pk.get(k, 0.0) for k in sectors], float) if pk is not None else None,
        np.full((n, 2), np.nan),
        np.full((n, 2), np.nan) if pk is not None else None,
        [],
        s.trade_flows.unit,
        _Basis(prep, sq_rates, pkg_rates, importer, prep.common(s.measures), pkg_common),
        party_name(s, importer),
        prep.day,
    )


def sector_bands(
    points: SectorImpact, draws: int = 200, cancelled: Callable[[], bool] | None = None
) -> SectorImpact:
    """``points`` (from ``sector_points``) with its Monte-Carlo bands (p5–p95 of ``draws``) and
    the tornado of the package (or the status quo without one): the slow part.

    ``cancelled``: asked between the stages (bands of the status quo, of the package, the
    tornado) and between batches of draws; when it returns True, ``trade.Cancelled`` is raised,
    so a job whose result would be dropped (the scenario changed again) stops early."""
    check_cancelled(cancelled)
    basis = points.basis
    if basis is None:
        raise ValueError("sector_bands needs a sector_points result")
    prep, field_, model = basis.prepared, points.field, points.model
    # rows keyed by chapter number (the importer's chapters, then one key for every other row),
    # from the memoised groups: string keys over the whole table (chapter codes, their sort)
    # held the interpreter lock for a tenth of a second at 300,000 rows, freezing the window
    groups = chapters_of(prep.lines, basis.importer)
    other = len(groups.names)
    keys = np.full(len(prep.lines), other, dtype=np.int64)
    keys[slice(None) if groups.rows is None else groups.rows] = groups.kid
    key_of = {name: k for k, name in enumerate(groups.names)}
    rev0 = np.bincount(keys, prep.base * prep.market.value, other + 1)  # revenue before
    sectors = points.sectors

    def band(t1: np.ndarray, common) -> np.ndarray:
        if field_ == "welfare":
            return np.full((len(sectors), 2), np.nan)
        name = "change" if field_ == "change" else "revenue1"
        mc = monte_carlo(
            prep.market,
            prep.base,
            t1,
            prep.elasticities,
            draws,
            model=model,
            keys=keys,
            measures=(name,),
            cancelled=cancelled,
            common=common,
        )  # only the measure shown: the change in imports has a quick exact path
        out = []
        for sector in sectors:
            k = key_of[sector]
            b = mc.by_key[k][name]
            shift = float(rev0[k]) if field_ == "revenue_change" else 0.0
            out.append((b.p5 - shift, b.p95 - shift))
        return np.array(out, float).reshape(len(sectors), 2)

    sq_band = band(basis.sq_rates, basis.sq_common)
    check_cancelled(cancelled)
    pkg_band = band(basis.pkg_rates, basis.pkg_common) if basis.pkg_rates is not None else None
    check_cancelled(cancelled)
    t1 = basis.pkg_rates if basis.pkg_rates is not None else basis.sq_rates
    common = basis.pkg_common if basis.pkg_rates is not None else basis.sq_common
    measure = {"change": "change", "revenue_change": "revenue_change", "welfare": "welfare"}
    bars = tornado(
        prep.market,
        prep.base,
        t1,
        prep.elasticities,
        model=model,
        measure=measure[field_],
        cancelled=cancelled,
        common=common,
    )
    return replace(points, sq_band=sq_band, pkg_band=pkg_band, tornado=bars)


def sector_impact(
    s: Scenario,
    choices: Mapping[str, str] | None,
    importer: str,
    field_: str = "change",
    model: TradeModel | str = TradeModel.LINEAR,
    top: int = 12,
    draws: int = 200,
    lines: Lines | None = None,
) -> SectorImpact:
    """The ``top`` chapters by largest effect (status quo or package), with Monte-Carlo bands of
    the same runs and a tornado of the package (or the status quo without one): ``sector_points``
    then ``sector_bands``."""
    return sector_bands(sector_points(s, choices, importer, field_, model, top, lines), draws)
