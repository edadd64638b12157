"""Effective tariff rates of every product line, day by day, for the open scenario and a package.

The tariff editor shows each line's rate on its view date now and under the current package;
this module is that computation without widgets, so it can run (and be tested) without Qt.
Rates are derived, never stored: ``RateEngine`` computes them vectorised for all lines once per
(scenario version, day, package) and caches them, and is told what changed (``rate_effect`` of
a stack event) so that an edit of an MFN rate or import value refreshes only that column of the
prepared lines instead of sorting 100,000 codes again.

A large flow table is computed off the UI thread: ``rate_job`` takes what the engine knows on the
calling thread and returns a function that only reads a (frozen) scenario and the engine's lines
as they were; its ``RateResult`` is handed back with ``RateEngine.take``. The prepared lines are
shared read-only: a refreshed column gives the engine a new ``Lines`` sharing the sort
(copy-on-write), never a change in place under a running job.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from negotiator_gui.core.commands import Change, ChangeKind
from negotiator_gui.core.i18n import date_text, tr
from negotiator_gui.core.model import Measure, Scenario
from negotiator_gui.core.package_effects import package_tariffs
from negotiator_gui.core.tariffs import (
    Breakdown,
    Lines,
    authority_name,
    compute_rates,
    explain_line,
    percent,
    status_name,
)

#: Change kinds after which rates may differ (issues and options: a package's effects).
RATE_KINDS = frozenset(
    {
        ChangeKind.MEASURE,
        ChangeKind.TRADE_FLOWS,
        ChangeKind.STACKING_RULE,
        ChangeKind.SCENARIO,
        ChangeKind.ISSUE,
        ChangeKind.OPTION,
    }
)
#: Scenario parts no rate depends on (left out of the cached results' key).
NOT_RATES = ("preferences", "cards", "offers", "packages", "working_package")

#: A package (issue id → option id), or None for "no package": the rates now only.
Choices = Mapping[str, str] | None


def choices_key(choices: Choices) -> tuple | None:
    """A package as a cache key (None stays None: no package is not the empty package)."""
    return None if choices is None else tuple(sorted(choices.items()))


def rate_effect(changes: Iterable[Change]) -> tuple[bool, frozenset[str]] | None:
    """What a stack event's changes do to the rates: None when no rate can differ (a card, a
    preference, a party alone), else whether the lines must be prepared again (rows added or
    removed, a replaced table, the parties) and which flow-table columns changed in place."""
    changes = list(changes)
    if not {c.kind for c in changes} & RATE_KINDS:
        return None
    rebuild = any(
        (c.kind == "trade_flows" and (c.action != "changed" or not c.field))
        or (c.kind == "scenario" and c.field in ("trade_flows", "parties", ""))
        or c.kind == "party"
        for c in changes
    )
    columns = frozenset(c.field for c in changes if c.kind == "trade_flows")
    return rebuild, columns


# -- derived rates, cached --------------------------------------------------------------------


class RateEngine:
    """Prepared lines and effective rates of one scenario, cached by (version, day, package).

    ``invalidate`` is told what changed: an edit of MFN rates or import values only refreshes
    that column of the prepared lines (no re-sort of 100,000 codes); rows added or removed, or a
    replaced table, prepare the lines again. ``lines`` is never changed in place once made: a
    background job may be reading it. A refreshed column gives a new ``Lines`` (a shallow copy
    sharing the sort and the scope ranges, which depend only on the codes and parties), made
    when the rates are next computed (``prepared``, on the pool for a large table).
    """

    def __init__(self, scenario) -> None:
        self.scenario = scenario
        self.version = 0
        self.lines: Lines | None = None
        self.stale_columns: frozenset[str] = frozenset()  # refreshed at the next compute
        self._cache: dict[tuple, np.ndarray] = {}
        self._pkg: dict[tuple, list[Measure]] = {}

    def invalidate(self, rebuild: bool = False, columns: frozenset[str] = frozenset()) -> None:
        self.version += 1
        self._cache.clear()
        self._pkg.clear()
        if rebuild:
            self.lines = None
            self.stale_columns = frozenset()
        elif self.lines is not None:
            self.stale_columns |= columns & {"mfn_rate", "value"}

    @staticmethod
    def prepared(
        scenario: Scenario, base: Lines | None, columns: frozenset[str] = frozenset()
    ) -> Lines:
        """The lines of ``scenario`` (any thread; ``scenario`` and ``base`` read-only): ``base``
        when nothing changed, ``base`` with fresh ``columns`` as a new object, or prepared
        afresh when there is no ``base``."""
        flows = scenario.trade_flows
        if base is None:
            parties = [p.id for p in scenario.parties]
            extra = sorted({*flows.importer, *flows.exporter} - set(parties))
            return Lines.from_flows(flows, parties + extra)
        if not columns:
            return base
        fresh = copy.copy(base)  # shares the sort, blocks and range cache: same rows
        if "mfn_rate" in columns:
            fresh.mfn = np.asarray(flows.mfn_rate, dtype=np.float64)
        if "value" in columns:
            fresh.value = np.asarray(flows.value, dtype=np.float64)
        return fresh

    def ensure_lines(self) -> tuple[Lines, bool]:
        """The prepared lines (from the live scenario, UI thread), and whether they were
        (re)built just now."""
        rebuilt = self.lines is None
        if rebuilt or self.stale_columns:
            self.adopt_lines(self.prepared(self.scenario, self.lines, self.stale_columns))
        assert self.lines is not None
        return self.lines, rebuilt

    def adopt_lines(self, lines: Lines) -> None:
        """Take lines prepared for the current version (by a job or ``ensure_lines``)."""
        self.lines = lines
        self.stale_columns = frozenset()

    def package_measures(self, choices: Mapping[str, str]) -> list[Measure]:
        """The scenario's measures as the package makes them (cached per package)."""
        key = choices_key(choices)
        if key not in self._pkg:
            self._pkg[key] = package_tariffs(self.scenario, choices).measures
        return self._pkg[key]

    def cached(self, day: dt.date, choices: Choices) -> np.ndarray | None:
        return self._cache.get((day, choices_key(choices)))

    def keep(self, day: dt.date, choices: Choices, rates: np.ndarray) -> None:
        if len(self._cache) > 64:  # a slider dragged across the year: keep memory bounded
            self._cache.clear()
        self._cache[(day, choices_key(choices))] = rates

    def rates(self, day: dt.date, choices: Choices = None) -> np.ndarray:
        """The rates on ``day`` (under ``choices``), computed now on this thread if not cached."""
        got = self.cached(day, choices)
        if got is None:
            lines, _ = self.ensure_lines()
            measures = self.scenario.measures if choices is None else self.package_measures(choices)
            got = compute_rates(lines, measures, self.scenario.stacking_rules, day).total
            self.keep(day, choices, got)
        return got

    def take(self, result: RateResult) -> None:
        """Adopt a job's lines and, when the result is for the current version, keep its rates
        and package measures (a result for an older version with the same content brings the
        same lines and rates, but the cache is only for the current one)."""
        if result.version == self.version:
            self.keep(result.day, None, result.now)
            if result.package is not None:
                self.keep(result.day, result.choices, result.package)
                if result.package_measures is not None and result.choices is not None:
                    self._pkg.setdefault(choices_key(result.choices), result.package_measures)
        self.adopt_lines(result.lines)


@dataclass(frozen=True)
class RateResult:
    """Rates of every line on one day, now and under a package, for one engine version."""

    engine: RateEngine
    version: int
    day: dt.date
    choices: Choices
    lines: Lines
    now: np.ndarray
    package: np.ndarray | None
    package_measures: list[Measure] | None


def rate_job(
    engine: RateEngine, scenario: Scenario, day: dt.date, choices: Choices
) -> Callable[[], RateResult]:
    """The rate computation for ``engine``'s current version as a function for any thread.

    Called on the UI thread (it reads the engine's state there); the function it returns only
    reads ``scenario`` (the document's frozen copy when it runs on the pool) and the engine's
    lines as they were (read-only), and computes what the engine has not cached."""
    version, base, columns = engine.version, engine.lines, engine.stale_columns
    now_known, pkg_known = engine.cached(day, None), None
    if choices is not None:
        pkg_known = engine.cached(day, choices)
    choices = None if choices is None else dict(choices)

    def work() -> RateResult:
        lines = RateEngine.prepared(scenario, base, columns)
        now = now_known
        if now is None or lines is not base:
            now = compute_rates(lines, scenario.measures, scenario.stacking_rules, day).total
        package = pm = None
        if choices is not None:
            pm = package_tariffs(scenario, choices).measures
            package = pkg_known
            if package is None or lines is not base:
                package = compute_rates(lines, pm, scenario.stacking_rules, day).total
        return RateResult(engine, version, day, choices, lines, now, package, pm)

    return work


# -- a line's rate in words -------------------------------------------------------------------


def signed_percent(share: float) -> str:
    """A layer's contribution with its sign: "+24.13 %", "−0.8653 %" (a measure that replaces
    its earlier layer in the base rate takes some of the line's rate away), "+0 %"."""
    if share < 0:
        return "−" + percent(-share)
    return "+" + percent(share)


def breakdown_text(b: Breakdown) -> list[str]:
    """A line's stack, leaving out measures that do not cover it (they only add noise)."""
    out = [f"{b.importer} ← {b.exporter}  {b.product}:  {percent(b.total)}"]
    out.append("  " + tr("base MFN (flow table): {rate}").format(rate=percent(b.base_mfn)))
    for layer in b.layers:
        if layer.status == "not covered":
            continue
        rate = "—" if layer.rate is None else percent(layer.rate)
        note = f" ({layer.note})" if layer.note else ""
        out.append(
            f"  {layer.title} [{authority_name(layer.authority)}] {rate}: "
            f"{status_name(layer.status)} → {signed_percent(layer.contribution)}{note}"
        )
    return out


def explain_row(
    s: Scenario, row: int, day: dt.date, package_measures: list[Measure] | None = None
) -> str:
    """The stack breakdown of flow row ``row`` on ``day``, and under the package when its
    measures are given; "" for a row the flow table does not have."""
    if not 0 <= row < len(s.trade_flows):
        return ""
    b = explain_line(s.trade_flows, row, s.measures, s.stacking_rules, day)
    text = [tr("On {date}:").format(date=date_text(day)), *breakdown_text(b)]
    if package_measures is not None:
        pb = explain_line(s.trade_flows, row, package_measures, s.stacking_rules, day)
        text += ["", tr("Under the current package:"), *breakdown_text(pb)]
    return "\n".join(text)
