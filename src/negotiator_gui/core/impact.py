"""A scenario's tariffs and their trade effects on a date, for the status quo and for a package.

This joins the tariff engine (``tariffs``, ``package_effects``) and the trade model (``trade``,
``elasticities``). Effects are measured from the base year, when lines paid their MFN rate (the
flow table's ``mfn_rate``): the status quo is "the tariffs in force on the date", a package is
"the tariffs in force on the date under that package"; the difference between the two is what
the package changes. Both runs use the same elasticities, and every result says which model made
it. The bilateral balance adds the package's commitments (``usd_per_year``: the committing party
buys that much more from the other negotiator each year).
"""

from __future__ import annotations

import copy
import datetime as dt
import threading
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from negotiator_gui.core import elasticities as el_lib
from negotiator_gui.core import labels
from negotiator_gui.core.i18n import N_, date_text, language, local, number, plural, tr
from negotiator_gui.core.model import Commitment, Measure, Scenario
from negotiator_gui.core.package_effects import package_tariffs
from negotiator_gui.core.tariffs import Lines, change_dates, compute_rates
from negotiator_gui.core.trade import (
    SECTION_NAMES,
    ElasticityArrays,
    Impact,
    Market,
    TradeModel,
    aggregate,
    hs_chapter,
    hs_section,
    impact_warnings,
    simulate,
    simulate_field,
)

GROUPINGS = ("sector", "section", "partner", "line", "total", "groups")

#: The default evaluation window: this many months from the scenario's as-of date.
DEFAULT_MONTHS = 12


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(f"no date {months} months after {day}")


@dataclass(frozen=True)
class Window:
    """The period indicators are evaluated over: every measure counts for the days it is in
    force between ``start`` and ``end`` (both included), on the scheduled legal path of "no
    deal" (pauses end, announced measures start); a package's tariffs apply from
    ``package_from`` (default: ``start``). A window of one day is the single-date evaluation.

    Why a window: on one date a paused rate looks like the future, and a deal can look worse
    than no deal (16 April 2025 sat inside the 90-day pause of the 24 % rate, which no deal
    would have brought back on 10 July)."""

    start: dt.date
    end: dt.date
    package_from: dt.date | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"the window ends ({self.end}) before it starts ({self.start})")

    @classmethod
    def months_after(
        cls, day: dt.date, months: int = DEFAULT_MONTHS, package_from: dt.date | None = None
    ) -> Window:
        if months < 1:
            raise ValueError("a window needs at least one month")
        return cls(day, add_months(day, months) - dt.timedelta(days=1), package_from)

    @classmethod
    def single(cls, day: dt.date) -> Window:
        return cls(day, day)

    @classmethod
    def default(cls, s: Scenario) -> Window:
        """The 12 months after the scenario's as-of date, the package in force from it."""
        return cls.months_after(s.as_of)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def single_day(self) -> bool:
        return self.start == self.end

    @property
    def switch(self) -> dt.date:
        return max(self.package_from or self.start, self.start)

    def describe(self) -> str:
        """What a reader needs beside an indicator table, e.g. "average of 16 Apr 2025 – 15 Apr
        2026 (365 days; each tariff weighted by the days it is in force; package from 16 Apr
        2025)" or "on 16 Apr 2025"."""
        if self.single_day:
            return tr("on {date}").format(date=date_text(self.start))
        return tr(
            "average of {start} – {end} ({days} days; each tariff weighted by the days it is in "
            "force; package from {switch})"
        ).format(
            start=date_text(self.start),
            end=date_text(self.end),
            days=number(self.days),
            switch=date_text(self.switch),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "days": self.days,
            "package_from": self.switch.isoformat(),
        }


def path_steps(
    window: Window, before: Sequence[Measure], after: Sequence[Measure] | None = None
) -> list[tuple[dt.date, Sequence[Measure], int]]:
    """The days on which the rates may change inside ``window``, each with the measures in
    force from it and the number of days it lasts: ``before`` until the switch date, ``after``
    (a package's tariffs) from it."""
    dates = set(change_dates(before))
    if after is not None:
        dates |= set(change_dates(after)) | {window.switch}
    days = sorted({window.start} | {d for d in dates if window.start < d <= window.end})
    out = []
    for k, day in enumerate(days):
        stop = days[k + 1] if k + 1 < len(days) else window.end + dt.timedelta(days=1)
        active = after if after is not None and day >= window.switch else before
        out.append((day, active, (stop - day).days))
    return out


def custom_groups(
    products: np.ndarray, groups: Mapping[str, str], other: str = "other"
) -> np.ndarray:
    """User-defined sectors: each product goes to the group of its longest matching HS prefix
    (``{"8703": "Cars", "8708": "Parts", "87": "Other vehicles"}``), else to ``other``.

    Vectorised over the distinct product codes, so a 100,000-line table costs little."""
    uniq, inverse = np.unique(np.asarray(products, dtype=str), return_inverse=True)
    ordered = sorted(groups.items(), key=lambda kv: -len(kv[0]))
    labels = []
    for code in uniq.tolist():
        labels.append(next((name for prefix, name in ordered if code.startswith(prefix)), other))
    out = np.array(labels or [other], dtype=str)
    return out[inverse] if len(uniq) else np.zeros(0, dtype=str)


@dataclass(frozen=True)
class Balance:
    """Trade between two negotiators, seen from ``party``: exports to and imports from ``partner``.

    ``base`` is the base year; ``status_quo`` and ``package`` are after the tariffs in force
    (and, for the package, its commitments: ``commitments`` is their net effect on ``party``'s
    balance)."""

    party: str
    partner: str
    exports: dict[str, float]
    imports: dict[str, float]
    commitments: float

    def balance(self, stage: str) -> float:
        return self.exports[stage] - self.imports[stage]


@dataclass
class Result:
    """One run (status quo or package) of the trade model, from the base year."""

    label: str
    rates: np.ndarray
    impact: Impact
    other_model: Impact | None  # the same run with the other model, when warnings were asked

    def grouped(self, analysis: Analysis, by: str) -> list[dict[str, Any]]:
        return analysis.group(self.impact, by)


@dataclass
class Analysis:
    scenario_id: str
    date: dt.date
    model: TradeModel
    choices: dict[str, str]
    parties: tuple[str, ...]
    lines: Lines
    market: Market
    elasticities: ElasticityArrays
    base_rates: np.ndarray
    status_quo: Result
    package: Result | None
    balances: list[Balance]
    warnings: list[str] = field(default_factory=list)
    window: Window | None = None
    scenario: Scenario | None = None

    def group_keys(self, by: str, groups: Mapping[str, str] | None = None) -> np.ndarray:
        """One label per row: ``IMPORTER<EXPORTER`` then the group (chapter, section, line, or
        a user-defined group from ``groups``: HS prefix → group name)."""
        if by not in GROUPINGS:
            raise ValueError(f"unknown grouping {by!r}: one of {', '.join(GROUPINGS)}")
        parties = np.array(self.parties)
        pair = np.char.add(
            np.char.add(parties[self.lines.importer], "<"), parties[self.lines.exporter]
        )
        if by == "partner" or by == "total":
            group = np.full(len(self.lines), "all" if by == "partner" else "total")
            if by == "total":
                return group
        elif by == "sector":
            group = hs_chapter(self.lines.product)
        elif by == "section":
            group = hs_section(self.lines.product)
        elif by == "groups":
            if not groups:
                raise ValueError("grouping by user-defined groups needs the groups")
            group = custom_groups(self.lines.product, groups)
        else:
            group = self.lines.product
        return np.char.add(np.char.add(pair, "\t"), group)

    def group(
        self, impact: Impact, by: str, groups: Mapping[str, str] | None = None
    ) -> list[dict[str, Any]]:
        """Aggregated results as rows with ``importer``, ``exporter`` and ``group``."""
        rows = []
        for key, values in aggregate(impact, self.group_keys(by, groups)).items():
            if by == "total":
                entry: dict[str, Any] = {"importer": "*", "exporter": "*", "group": "total"}
            else:
                pair, group = str(key).split("\t")
                importer, exporter = pair.split("<")
                entry = {"importer": importer, "exporter": exporter, "group": group}
                if by == "section":
                    entry["name"] = SECTION_NAMES.get(group, "")
            entry.update(values)
            rows.append(entry)
        return rows


def _elasticities(s: Scenario, market: Market, parties: Sequence[str], presets) -> ElasticityArrays:
    return el_lib.resolve(s.elasticities, market, parties, presets)


def _commitment_flows(
    s: Scenario, commitments: Sequence[tuple[str, str, Commitment]], notes: list[str]
) -> dict[tuple[str, str], float]:
    """US$ per year added to (exporter, importer) trade by purchase-type commitments."""
    negotiators = [p.id for p in s.negotiators()]
    added: dict[tuple[str, str], float] = {}
    for issue_id, option_id, c in commitments:
        if c.usd_per_year is None:
            continue
        others = [p for p in negotiators if p != c.party]
        if len(others) != 1:
            notes.append(
                tr(
                    "{issue}={option}: commitment '{label}' has no single counterparty; "
                    "left out of the balance"
                ).format(issue=issue_id, option=option_id, label=c.label)
            )
            continue
        key = (others[0], c.party)  # the other side exports, the committing party imports
        added[key] = added.get(key, 0.0) + c.usd_per_year
    return added


#: The party id of the notional supplier whose rates are the "common" rates of a market: named
#: by no country-specific measure, so it pays what every supplier pays (MFN and measures on
#: every partner). Not a valid party id, so no scenario can name it.
REST = "\u2217rest"


def _shadow(lines: Lines, market: Market) -> tuple[Lines, np.ndarray, np.ndarray]:
    """One row per (importer, product) market, supplied by ``REST``, with the market's base
    rate weighted by base-year imports (the plain mean where it has none); and each row's
    market index into it. Built from the market's cached ids: no per-row string work, which
    would hold the interpreter lock (and the window) for a tenth of a second on 300,000 rows."""
    mid = market.market_id
    n = market.n_markets
    value = np.bincount(mid, lines.value, n)
    weighted = np.bincount(mid, lines.value * lines.mfn, n)
    plain = np.bincount(mid, lines.mfn, n) / np.maximum(np.bincount(mid, minlength=n), 1)
    base = np.divide(weighted, value, out=plain.copy(), where=value > 0)
    shadow = Lines(
        parties=(*lines.parties, REST),
        importer=market.market_importer.astype(np.int64),
        exporter=np.full(n, len(lines.parties), dtype=np.int64),
        product=market.unique_products[market.market_product],
        value=value,
        mfn=base,
        unit=lines.unit,
    )
    return shadow, base, mid


@dataclass(eq=False)
class Prepared:
    """What every run on one scenario and date shares: prepared lines, market, elasticities and
    base rates. Build it once, then run the status quo and any number of packages on it.

    Runs use the two-elasticity model (models.md §2) unless ``model`` is ``smart``: beside each
    row's own rate, the rate every supplier of its market pays (the "common" rate, computed on
    a shadow table whose supplier no country-specific measure names) moves total imports with
    the macro η, and the row's rate relative to it moves its share with the micro σ."""

    scenario: Scenario
    day: dt.date
    model: TradeModel
    parties: tuple[str, ...]
    lines: Lines
    market: Market
    elasticities: ElasticityArrays
    base: np.ndarray
    shadow: tuple[Lines, np.ndarray, np.ndarray] | None = None

    @classmethod
    def of(
        cls,
        s: Scenario,
        day: dt.date | None = None,
        model: TradeModel | str = TradeModel.LINEAR,
        presets: Sequence[str] = el_lib.DEFAULT_PRESETS,
        lines: Lines | None = None,
    ) -> Prepared:
        parties = tuple(p.id for p in s.parties)
        lines = lines or Lines.from_flows(s.trade_flows, parties)
        market = Market(lines.importer, lines.exporter, lines.product, lines.value)
        el = _elasticities(s, market, parties, presets)
        base = lines.mfn
        return cls(
            s,
            day or s.as_of,
            TradeModel(model),
            parties,
            lines,
            market,
            el,
            base,
            _shadow(lines, market),
        )

    def common(self, measures, day: dt.date | None = None):
        """The common rates of every row (before: its base rate; after: its base rate plus what
        a supplier named by no country-specific measure pays on top of the market's base rate,
        on the day under ``measures``), or None for the SMART mode (which answers each row's
        own rate)."""
        if self.model is TradeModel.SMART or self.shadow is None:
            return None
        lines, base, mid = self.shadow
        r = compute_rates(lines, measures, self.scenario.stacking_rules, day or self.day)
        # what every supplier pays on top of its base rate, added to each row's own base: the
        # common rate seen at the row's own price (the same rows then share the same relative
        # changes, which keeps the Monte-Carlo bands' grouped sums small)
        added = (r.total - base)[mid]
        return self.base, self.base + added

    def rates(self, measures, day: dt.date | None = None) -> np.ndarray:
        """Every row's rate on the day (default: the prepared day) under ``measures``."""
        day = day or self.day
        return compute_rates(self.lines, measures, self.scenario.stacking_rules, day).total

    def run(self, label: str, measures, warnings: list[str] | None = None) -> Result:
        """Rates under ``measures`` on the day and their effects from the base year; the model's
        warnings (and the other model's disagreement) go to ``warnings`` if given."""
        r = compute_rates(self.lines, measures, self.scenario.stacking_rules, self.day)
        total = r.total
        common = self.common(measures)
        other = TradeModel.EXACT if self.model is not TradeModel.EXACT else TradeModel.LINEAR
        main = simulate(self.market, self.base, total, self.elasticities, self.model, common=common)
        alt = None
        if warnings is not None:  # the other model only serves the "models differ" warning
            alt = simulate(self.market, self.base, total, self.elasticities, other, common=common)
            warnings.extend(w for w in r.warnings if w not in warnings)
            lin, exa = (alt, main) if self.model is TradeModel.EXACT else (main, alt)
            for w in impact_warnings(
                self.market, self.base, total, self.elasticities, lin, exa, party_ids=self.parties
            ):
                text = tr("{run}: {warning}").format(run=tr(label), warning=w)
                if text not in warnings:
                    warnings.append(text)
        return Result(label, total, main, alt)

    def run_path(
        self,
        label: str,
        window: Window,
        before: Sequence[Measure],
        after: Sequence[Measure] | None = None,
        warnings: list[str] | None = None,
    ) -> Result:
        """The effects averaged over ``window``: the model run on every stretch of days with
        the same tariffs (``before``, then ``after`` from the window's switch date), each
        weighted by its days. Flows are per year, so the result is the window's average annual
        flow; ``rates`` are the day-weighted average rates. A one-day window is ``run``."""
        steps = path_steps(window, before, after)
        found: list[str] | None = None if warnings is None else []
        results = [replace(self, day=day).run(label, ms, found) for day, ms, _ in steps]
        if warnings is not None and found is not None:
            # one warning of a kind per run: the steps repeat it with other line counts
            heads = {w[:48] for w in warnings}
            for w in found:
                if w[:48] not in heads:
                    heads.add(w[:48])
                    warnings.append(w)
        if len(results) == 1:
            return results[0]
        w = np.array([n for _, _, n in steps], dtype=np.float64)
        w /= w.sum()
        rates = np.sum([wk * r.rates for wk, r in zip(w, results, strict=True)], axis=0)
        return Result(label, rates, _average([r.impact for r in results], w), None)

    def run_field(self, measures, field: str) -> tuple[np.ndarray, np.ndarray]:
        """Rates under ``measures`` on the day, and one per-row quantity of their effects from
        the base year (one of ``trade.ROW_FIELDS``): the same numbers as ``run(...).impact``
        gives, without building the whole impact (a chart showing one quantity of a large
        table spends most of a run's time on the fields it does not show).

        Remembered (``_FieldRuns``) by everything the run depends on, so a package whose
        tariffs equal the status quo's (no tariff issue changed), or a package toggled back,
        costs no run. The arrays returned are read-only: they may be shared."""
        rules = self.scenario.stacking_rules
        got = _field_runs.get(self, measures, rules, field)
        if got is None:
            total = self.rates(measures)
            values = simulate_field(
                self.market,
                self.base,
                total,
                self.elasticities,
                field,
                self.model,
                common=self.common(measures),
            )
            got = _field_runs.put(self, measures, rules, field, total, values)
        return got


def _average(impacts: Sequence[Impact], w: np.ndarray) -> Impact:
    """The day-weighted average of runs on one table (every money field is a flow per year)."""
    names = ("m1", "creation", "diversion", "price_change", "revenue1", "welfare", "t1")
    avg = {
        n: np.sum([wk * getattr(i, n) for wk, i in zip(w, impacts, strict=True)], axis=0)
        for n in names
    }
    first = impacts[0]
    return Impact(model=first.model, m0=first.m0, revenue0=first.revenue0, t0=first.t0, **avg)


class _FieldRuns:
    """A small memo of ``Prepared.run_field`` results, safe for pool threads.

    The key is everything a run depends on: the prepared flow table, market, elasticities and
    base rates by identity (they are shared read-only, and held weakly: a table nobody uses
    any more is forgotten), day, model and field by value, and the measures and stacking rules
    by content, compared with ``==`` against deep copies taken when the entry was stored (the
    scenario's own objects may be edited in place later; a copy cannot be)."""

    SIZE = 4

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[tuple] = []

    @staticmethod
    def _same(entry: tuple, prep: Prepared, measures, rules, field: str) -> bool:
        refs, day, model, fld, ms, rs = entry[:6]
        objs = (prep.lines, prep.market, prep.elasticities, prep.base)
        return (
            all(ref() is obj for ref, obj in zip(refs, objs, strict=True))
            and (day, model, fld) == (prep.day, prep.model, field)
            and ms == list(measures)
            and rs == list(rules)
        )

    def get(self, prep: Prepared, measures, rules, field: str):
        with self._lock:
            for k, entry in enumerate(self._entries):
                if self._same(entry, prep, measures, rules, field):
                    self._entries.insert(0, self._entries.pop(k))  # most recent first
                    return entry[6]
        return None

    def put(self, prep: Prepared, measures, rules, field: str, rates, values):
        for arr in (rates, values):
            arr.flags.writeable = False  # shared by every caller the memo answers
        refs = tuple(
            weakref.ref(obj) for obj in (prep.lines, prep.market, prep.elasticities, prep.base)
        )
        key = (refs, prep.day, prep.model, field)
        entry = (*key, copy.deepcopy(list(measures)), copy.deepcopy(list(rules)), (rates, values))
        with self._lock:
            self._entries = [e for e in self._entries if all(r() is not None for r in e[0])]
            self._entries.insert(0, entry)
            del self._entries[self.SIZE :]
        return rates, values

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_field_runs = _FieldRuns()


@dataclass(frozen=True)
class Indicators:
    """A package's economic indicators, seen from ``party`` trading with ``partner``: the change
    of ``party``'s exports to ``partner`` and the tariff revenue ``partner`` collects on them
    (both from the base year), and ``party``'s bilateral balance including the commitments."""

    party: str
    partner: str
    exports_change: float
    revenue: float
    balance: float
    commitments: float
    window: Window | None = None  # what the figures average over (annual flows)


def indicators(
    prep: Prepared, choices: Mapping[str, str], window: Window | None = None
) -> Indicators | None:
    """Indicators of one candidate package (None without a second negotiator), averaged over
    ``window`` (default: the 12 months after the scenario's as-of date, the package in force
    from it; ``Window.single`` for one day). Empty ``choices`` is "no deal": the scenario's
    measures on their scheduled legal path."""
    s = prep.scenario
    others = [p.id for p in s.negotiators() if p.id != s.perspective]
    if not others:
        return None
    me, them = s.perspective, others[0]
    window = window or Window.default(s)
    notes: list[str] = []
    pt = package_tariffs(s, choices)
    if choices:
        result = prep.run_path(N_("package"), window, s.measures, pt.measures)
    else:
        result = prep.run_path(N_("no deal"), window, s.measures)
    added = _commitment_flows(s, pt.commitments, notes)
    if s.trade_flows.unit.strip().upper() != "USD":
        added = {}  # commitments are in US$: not mixed into another currency's balance
    lines = prep.lines
    i, j = lines.party_index(me), lines.party_index(them)
    to_them = (lines.importer == j) & (lines.exporter == i)
    from_them = (lines.importer == i) & (lines.exporter == j)
    imp = result.impact
    exports = float(imp.m1[to_them].sum()) + added.get((me, them), 0.0)
    imports = float(imp.m1[from_them].sum()) + added.get((them, me), 0.0)
    net = added.get((me, them), 0.0) - added.get((them, me), 0.0)
    return Indicators(
        me,
        them,
        float(imp.m1[to_them].sum() - imp.m0[to_them].sum()),
        float(imp.revenue1[to_them].sum()),
        exports - imports,
        net,
        window,
    )


def analyse(
    s: Scenario,
    day: dt.date | None = None,
    choices: Mapping[str, str] | None = None,
    model: TradeModel | str = TradeModel.LINEAR,
    presets: Sequence[str] = el_lib.DEFAULT_PRESETS,
    lines: Lines | None = None,
    window: Window | None = None,
) -> Analysis:
    """Rates and trade effects of the status quo (and of a package, if ``choices`` are given),
    on ``day`` or averaged over ``window`` (a window wins; neither: the as-of date)."""
    if window is not None:
        day = window.start
    else:
        window = Window.single(day or s.as_of)
    prep = Prepared.of(s, day, model, presets, lines)
    lines = prep.lines
    warnings: list[str] = []
    for m in s.measures:
        coarse = lines.coarse_lines(m)
        if len(coarse):
            codes = ", ".join(sorted({str(lines.product[i]) for i in coarse})[:5])
            warnings.append(
                tr(
                    "measure '{measure}' is scoped finer than the lines {codes}: it does not "
                    "apply to them; split those lines in the flow table"
                ).format(measure=m.id, codes=codes)
            )

    status_quo = prep.run_path(N_("status quo"), window, s.measures, None, warnings)
    package = None
    commitments: dict[tuple[str, str], float] = {}
    if choices:
        pt = package_tariffs(s, choices)
        warnings.extend(pt.notes)
        package = prep.run_path(N_("package"), window, s.measures, pt.measures, warnings)
        commitments = _commitment_flows(s, pt.commitments, warnings)
        if commitments and s.trade_flows.unit.strip().upper() != "USD":
            warnings.append(
                tr(
                    "commitments are in US$, the flows in {unit}: the balance mixes "
                    "bases and leaves the commitments out"
                ).format(unit=s.trade_flows.unit)
            )
            commitments = {}
    balances = _balances(s, lines, status_quo, package, commitments)
    for other in (p.id for p in s.negotiators() if p.id != s.perspective):
        _, unbalanced = coverage_text(s, s.perspective, other)
        if unbalanced:
            warnings.append(unbalanced)
    return Analysis(
        scenario_id=s.id,
        date=prep.day,
        model=prep.model,
        choices=dict(choices or {}),
        parties=prep.parties,
        lines=lines,
        market=prep.market,
        elasticities=prep.elasticities,
        base_rates=prep.base,
        status_quo=status_quo,
        package=package,
        balances=balances,
        warnings=warnings,
        window=window,
        scenario=s,
    )


def _balances(
    s: Scenario,
    lines: Lines,
    sq: Result,
    pkg: Result | None,
    commitments: dict[tuple[str, str], float],
) -> list[Balance]:
    """The perspective party's balance with each other negotiator."""
    me = s.perspective
    out = []
    for other in (p.id for p in s.negotiators() if p.id != s.perspective):
        i, j = lines.party_index(me), lines.party_index(other)
        to_them = (lines.importer == j) & (lines.exporter == i)
        from_them = (lines.importer == i) & (lines.exporter == j)
        exports = {
            "base": float(sq.impact.m0[to_them].sum()),
            "status_quo": float(sq.impact.m1[to_them].sum()),
        }
        imports = {
            "base": float(sq.impact.m0[from_them].sum()),
            "status_quo": float(sq.impact.m1[from_them].sum()),
        }
        net = commitments.get((me, other), 0.0) - commitments.get((other, me), 0.0)
        if pkg is not None:
            exports["package"] = float(pkg.impact.m1[to_them].sum()) + commitments.get(
                (me, other), 0.0
            )
            imports["package"] = float(pkg.impact.m1[from_them].sum()) + commitments.get(
                (other, me), 0.0
            )
        out.append(Balance(me, other, exports, imports, net))
    return out


@dataclass(frozen=True)
class Coverage:
    """What the flow table holds of one direction of trade: ``total`` from ``exporter`` to
    ``importer``, of which ``listed`` on product lines and ``other`` on "all other goods" rows
    (product ``00``), over ``lines`` rows."""

    importer: str
    exporter: str
    total: float
    listed: float
    other: float
    lines: int

    @property
    def complete(self) -> bool:
        """The direction holds every good: an "all other goods" row, or at least 90 chapters."""
        return self.other > 0


def coverage(s: Scenario, a: str, b: str) -> tuple[Coverage, Coverage]:
    """Both directions of trade between ``a`` and ``b`` in the flow table (``a``'s exports to
    ``b`` first)."""
    from negotiator_gui.core.hs_names import ALL_OTHER

    f = s.trade_flows
    importer, exporter = np.asarray(f.importer), np.asarray(f.exporter)
    value = np.asarray(f.value, dtype=np.float64)
    rest = np.asarray(f.product) == ALL_OTHER
    out = []
    for imp, exp in ((b, a), (a, b)):
        rows = (importer == imp) & (exporter == exp)
        other = float(value[rows & rest].sum())
        listed = float(value[rows & ~rest].sum())
        out.append(Coverage(imp, exp, listed + other, listed, other, int(rows.sum())))
    return out[0], out[1]


#: A direction of trade this many times smaller than the other, with no "all other goods"
#: row, is taken to be partly listed: the balance between the two would mislead.
UNBALANCED = 3.0


def coverage_text(s: Scenario, a: str, b: str) -> tuple[str, str | None]:
    """What the modelled lines cover, in words, for a balance between ``a`` and ``b``; and a
    warning when the two directions are badly unbalanced in coverage (else None)."""
    exports, imports = coverage(s, a, b)
    unit = s.trade_flows.unit
    year = s.trade_flows.year

    def name(pid: str) -> str:
        try:
            return local(s.party(pid), "name") or pid
        except KeyError:
            return pid

    def part(c: Coverage) -> str:
        text = plural(
            c.lines,
            N_("{exporter}→{importer} {total} on {n} line"),
            N_("{exporter}→{importer} {total} on {n} lines"),
        ).format(
            exporter=name(c.exporter),
            importer=name(c.importer),
            total=money_text(c.total, unit),
            n=number(c.lines),
        )
        if c.other:
            text += tr(", of which {other} 'all other goods'").format(
                other=money_text(c.other, unit)
            )
        return text

    text = tr("Base-year ({year}) goods trade in the flow table: {exports}; {imports}.").format(
        year=year, exports=part(exports), imports=part(imports)
    )
    small, big = sorted((exports, imports), key=lambda c: c.total)
    warning = None
    if not small.complete and small.total * UNBALANCED < big.total:
        warning = tr(
            "The flow table holds {small} of {exporter}→{importer} trade against {big} the other "
            "way, with no 'all other goods' row: if it lists only part of that direction, the "
            "bilateral balance is overstated. Add the rest as a row with product 00."
        ).format(
            small=money_text(small.total, unit),
            exporter=name(small.exporter),
            importer=name(small.importer),
            big=money_text(big.total, unit),
        )
    return text, warning


def money_text(x: float, unit: str) -> str:
    """One money format for figures a reader compares (``labels.money_scale``: billions with
    one decimal from 1 bn up, else millions; 億 and 万 in Japanese); never "-0.0"."""

    scale = labels.money_scale([x], labels.money_unit(unit), japanese=language() == "ja")
    return scale.text(x)


_coverage_lock = threading.Lock()
_coverage_memo: list[tuple[tuple, str, str, tuple[str, str | None]]] = []


def coverage_note(s: Scenario, a: str, b: str) -> tuple[str, str | None]:
    """``coverage_text`` (what the flow table covers of the trade between ``a`` and
    ``b``, and a warning when one direction is badly under-covered), remembered per flow
    table content: it loops over every flow row in Python, and the panels ask after every
    edit while the table itself seldom changes. The key holds the language and number format
    too: the text is written in them."""
    f = s.trade_flows
    # the table's content, cheaply (a table edited in place is another key), not its identity
    key = (
        len(f),
        f.unit,
        f.year,
        sum(f.value),
        hash(tuple(f.importer)),
        hash(tuple(f.exporter)),
        hash(tuple(f.product)),
        tuple((p.id, local(p, "name")) for p in s.parties),  # the text names the parties
        tr("Base-year ({year}) goods trade in the flow table: {exports}; {imports}."),
        number(1234.5, 1),  # the language and the number format the text is written in
    )
    with _coverage_lock:
        for k, x, y, got in _coverage_memo:
            if k == key and (x, y) == (a, b):
                return got
    got = coverage_text(s, a, b)
    with _coverage_lock:
        _coverage_memo.insert(0, (key, a, b, got))
        del _coverage_memo[4:]
    return got
