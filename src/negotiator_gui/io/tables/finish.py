"""After the rows are read: select the flow, duty type and year; merge repeated keys; scale the
values; and fill in the report's counts, totals and notes, then its ``TradeFlows``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario, TradeFlows
from negotiator_gui.io.tables.cells import cell_text
from negotiator_gui.io.tables.errors import TableError
from negotiator_gui.io.tables.header import Plan
from negotiator_gui.io.tables.merge import Pairs, merge_rows, nested_codes, nested_note
from negotiator_gui.io.tables.report import RATES_ASSUMED, ImportReport, rows_count
from negotiator_gui.io.tables.rows import RowReader


def finish(
    report: ImportReport, r: RowReader, plan: Plan, opts: dict[str, Any], scenario: Scenario | None
) -> None:
    """Select flow, year and duty type; scale; merge rows with the same key; total up."""
    sel = _Selection(report)
    if "flow" in r.cols:
        _select_flow(sel, r, opts["flow"])
    if "duty_type" in r.cols:
        _select_duty_type(sel, r, opts["duty_type"])
    report.year = int(_select_year(sel, r, plan, opts["year"], scenario))
    n = len(r.prod)
    imp, exp, prod, val = r.imp, r.exp, r.prod, r.val
    rate, duty = r.rate or None, r.duty or None
    if "importer" in report.fixed:
        imp = [report.fixed["importer"]] * n
    if "exporter" in report.fixed:
        exp = [report.fixed["exporter"]] * n
    if sel.keep is not None:
        keep = sel.keep
        imp, exp, prod, val = (list(itertools.compress(c, keep)) for c in (imp, exp, prod, val))
        rate = list(itertools.compress(rate, keep)) if rate is not None else None
        duty = list(itertools.compress(duty, keep)) if duty is not None else None
        n = len(prod)

    pairs = Pairs(imp, exp)
    if pairs.has_duplicates(prod):
        merged = merge_rows(imp, exp, prod, val, rate, duty)
        report.merged = n - len(merged.val)
        imp, exp, prod, val, rates_out = merged
        pairs = Pairs(imp, exp)
    elif duty is not None:
        rates_out = [round(d / v, 10) if v > 0 else 0.0 for d, v in zip(duty, val, strict=True)]
    elif rate is not None:
        rates_out = rate
    else:
        rates_out = [0.0] * n
    val = _scaled(report, val)
    report.totals = pairs.totals(val)
    _counts(report, r, n)
    _notes(report, r, plan, rates_out)
    source = Path(report.source).name
    report.flows = flows = TradeFlows(
        year=report.year,
        unit=report.currency,
        source=f"{source} ({report.layout}), imported",
        importer=list(imp),
        exporter=list(exp),
        product=list(prod),
        value=val,
        mfn_rate=(np.asarray(rates_out, dtype=float) + 0.0).tolist(),
    )
    if len(r.code_lengths) > 1:
        nested = nested_codes(flows)
        if nested:
            report.notes.append(nested_note(nested))


class _Selection:
    """The rows kept by the flow, duty-type and year selections so far (None: all), with the
    rows each selection drops counted in the report by why."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        self.keep: list[bool] | None = None

    def select(self, tags: list, chosen: Any, why_skip: str) -> None:
        mask = [t == chosen for t in tags]
        keep = self.keep
        before = keep if keep is not None else itertools.repeat(True)
        dropped = Counter(t for t, k, b in zip(tags, mask, before, strict=False) if b and not k)
        for t, count in dropped.items():
            self.report.skipped[why_skip.format(t)] = count
        self.keep = mask if keep is None else [a and b for a, b in zip(keep, mask, strict=True)]


def _select_flow(sel: _Selection, r: RowReader, chosen: str | None) -> None:
    """Imports unless asked otherwise, or unless there are only exports."""
    report = sel.report
    kinds = set(r.flow)
    if chosen is None:
        chosen = "M" if "M" in kinds or not kinds else "X"
        report.flow_why = (
            tr("imports are what tariffs apply to; --flow X or --flow both to change")
            if chosen == "M"
            else tr("the table has only exports")
        )
    else:
        report.flow_why = tr("given with --flow")
    report.flow = chosen
    if chosen != "both" and kinds - {chosen}:
        sel.select(r.flow, chosen, tr("flow {} (not the flow imported; see --flow)"))
    if chosen == "both" and kinds == {"M", "X"}:
        report.notes.append(
            tr(
                "imports and exports both kept: where both sides report the same flow "
                "(mirror statistics) it is counted twice"
            )
        )


def _select_duty_type(sel: _Selection, r: RowReader, given: str | None) -> None:
    """The duty type given, else MFN, else the only one; several others: the user chooses."""
    report = sel.report
    types = Counter(r.dtype)
    chosen = (given or "").upper()
    if not chosen:
        if "MFN" in types or not types:
            chosen = "MFN"
        elif len(types) == 1:
            chosen = next(iter(types))
        else:
            listed = ", ".join(f"{t} ({rows_count(c)})" for t, c in types.most_common())
            raise TableError(
                tr(
                    "{source}: the table holds several duty types: {types}; choose one with "
                    "--duty-type"
                ).format(source=report.source, types=listed)
            )
    if set(types) - {chosen}:
        sel.select(r.dtype, chosen, tr("duty type {} (see --duty-type)"))
    report.notes.append(tr("duty type: {type} rows only").format(type=chosen))


def _select_year(
    sel: _Selection, r: RowReader, plan: Plan, year: int | None, scenario: Scenario | None
) -> int:
    """The year imported, with why: given, the table's only year, the year of its value
    column, else the scenario's (or last year's). Several years: the user chooses."""
    report = sel.report
    if "year" in r.cols:
        years = Counter(r.year)
        if year is None:
            if len(years) > 1:
                listed = ", ".join(f"{y} ({rows_count(c)})" for y, c in sorted(years.items()))
                raise TableError(
                    tr(
                        "{source}: the table holds several years: {years}; choose one with --year"
                    ).format(source=report.source, years=listed)
                )
            year = next(iter(years)) if years else default_year(scenario)
            report.year_why = tr("from the column {column}").format(
                column=repr(report.columns["year"])
            )
        else:
            report.year_why = tr("given with --year")
        if set(years) - {year}:
            sel.select(r.year, year, tr("year {} (not the year imported; see --year)"))
        if any(len(cell_text(k)) == 6 for k in r.year_memo):
            report.notes.append(tr("the year column holds months: their values are added up"))
    elif plan.wide_year is not None:
        year = plan.wide_year
        report.year_why = tr("the year of the value column {column}").format(
            column=repr(report.columns["value"])
        )
    elif year is not None:
        report.year_why = tr("given with --year")
    else:
        year = default_year(scenario)
        report.year_why = (
            tr("the scenario's year: the table has no year column; --year to set it")
            if scenario is not None
            else tr("assumed: the table has no year column; --year to set it")
        )
    return year


def _scaled(report: ImportReport, val: list[float]) -> list[float]:
    """Values times the report's scale, rounded to a millionth, so 0.1 thousand is 100, not
    100.00000000000001; adding 0.0 turns a "-0" cell into 0."""
    arr = np.asarray(val, dtype=float)
    if report.scale != 1:
        arr = np.round(arr * report.scale, 6)
    if not np.isfinite(arr).all():
        raise TableError(
            tr("{source}: values too large once scaled and added up (x {scale})").format(
                source=report.source, scale=f"{report.scale:g}"
            )
        )
    return (arr + 0.0).tolist()


def _counts(report: ImportReport, r: RowReader, accepted: int) -> None:
    """The reader's row counts into the report (the selections' skips come first)."""
    report.rows_read = r.read
    report.rows_blank = r.blank
    report.rows_rejected = r.rejected
    report.problems = r.problems
    report.problems_not_listed = r.not_listed
    for why, c in r.skipped.most_common():
        report.skipped[why] = report.skipped.get(why, 0) + c
    report.unmatched = dict(r.unmatched)
    report.to_others = dict(r.to_others)
    report.rows_accepted = accepted
    report.padded_codes = r.padded
    report.padded_example = r.padded_example


def _notes(report: ImportReport, r: RowReader, plan: Plan, rates_out: list[float]) -> None:
    """Notes on a column read but not imported, and on rates assumed to be fractions that
    mostly look like percent."""
    if "quantity" in r.cols:
        report.notes.append(
            tr(
                "quantity column {column} recognised but not imported (the flow table holds values)"
            ).format(column=repr(plan.headers[r.cols["quantity"]]))
        )
    if report.rates == "fraction" and report.rates_why == tr(RATES_ASSUMED) and rates_out:
        high = sum(1 for x in rates_out if x > 1)
        if high * 2 > len(rates_out):
            report.notes.append(
                tr("most rates are above 100 %: is the tariff column in percent? (--rates percent)")
            )


def default_year(scenario: Scenario | None) -> int:
    return scenario.trade_flows.year if scenario is not None else dt.date.today().year - 1
