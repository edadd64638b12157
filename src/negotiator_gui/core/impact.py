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
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from negotiator_gui.core import elasticities as el_lib
from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.model import Commitment, Scenario
from negotiator_gui.core.package_effects import package_tariffs
from negotiator_gui.core.tariffs import Lines, compute_rates
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


@dataclass(eq=False)
class Prepared:
    """What every run on one scenario and date shares: prepared lines, market, elasticities and
    base rates. Build it once, then run the status quo and any number of packages on it."""

    scenario: Scenario
    day: dt.date
    model: TradeModel
    parties: tuple[str, ...]
    lines: Lines
    market: Market
    elasticities: ElasticityArrays
    base: np.ndarray

    @classmethod
    def of(
        cls,
        s: Scenario,
        day: dt.date | None = None,
        model: TradeModel | str = TradeModel.LINEAR,
        presets: Sequence[str] = ("smart", "caliendo-parro-2015"),
        lines: Lines | None = None,
    ) -> Prepared:
        parties = tuple(p.id for p in s.parties)
        lines = lines or Lines.from_flows(s.trade_flows, parties)
        market = Market(lines.importer, lines.exporter, lines.product, lines.value)
        el = _elasticities(s, market, parties, presets)
        return cls(s, day or s.as_of, TradeModel(model), parties, lines, market, el, lines.mfn)

    def run(self, label: str, measures, warnings: list[str] | None = None) -> Result:
        """Rates under ``measures`` on the day and their effects from the base year; the model's
        warnings (and the other model's disagreement) go to ``warnings`` if given."""
        r = compute_rates(self.lines, measures, self.scenario.stacking_rules, self.day)
        other = TradeModel.EXACT if self.model is TradeModel.LINEAR else TradeModel.LINEAR
        main = simulate(self.market, self.base, r.total, self.elasticities, self.model)
        alt = None
        if warnings is not None:  # the other model only serves the "models differ" warning
            alt = simulate(self.market, self.base, r.total, self.elasticities, other)
            warnings.extend(w for w in r.warnings if w not in warnings)
            lin, exa = (main, alt) if self.model is TradeModel.LINEAR else (alt, main)
            for w in impact_warnings(
                self.market, self.base, r.total, self.elasticities, lin, exa, party_ids=self.parties
            ):
                text = tr("{run}: {warning}").format(run=tr(label), warning=w)
                if text not in warnings:
                    warnings.append(text)
        return Result(label, r.total, main, alt)

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
            r = compute_rates(self.lines, measures, rules, self.day)
            values = simulate_field(
                self.market, self.base, r.total, self.elasticities, field, self.model
            )
            got = _field_runs.put(self, measures, rules, field, r.total, values)
        return got


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


def indicators(prep: Prepared, choices: Mapping[str, str]) -> Indicators | None:
    """Indicators of one candidate package (None without a second negotiator)."""
    s = prep.scenario
    others = [p.id for p in s.negotiators() if p.id != s.perspective]
    if not others:
        return None
    me, them = s.perspective, others[0]
    notes: list[str] = []
    pt = package_tariffs(s, choices)
    result = prep.run(N_("package"), pt.measures)
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
    )


def analyse(
    s: Scenario,
    day: dt.date | None = None,
    choices: Mapping[str, str] | None = None,
    model: TradeModel | str = TradeModel.LINEAR,
    presets: Sequence[str] = ("smart", "caliendo-parro-2015"),
    lines: Lines | None = None,
) -> Analysis:
    """Rates and trade effects of the status quo (and of a package, if ``choices`` are given)."""
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

    status_quo = prep.run(N_("status quo"), s.measures, warnings)
    package = None
    commitments: dict[tuple[str, str], float] = {}
    if choices:
        pt = package_tariffs(s, choices)
        warnings.extend(pt.notes)
        package = prep.run(N_("package"), pt.measures, warnings)
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
