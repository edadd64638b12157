"""``read_table``: check the options and the file, open it, find the header, decide units, stream
the rows and finish the report. Only reads: applying is ``apply.py``.
"""

from __future__ import annotations

import itertools
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.core.model import Scenario
from negotiator_gui.io.tables.cells import AGGREGATE, EMPTY
from negotiator_gui.io.tables.errors import TableError
from negotiator_gui.io.tables.files import (
    CSV_SUFFIXES,
    HEADER_SCAN,
    Source,
    check_path,
    open_csv,
    open_xlsx,
)
from negotiator_gui.io.tables.finish import finish
from negotiator_gui.io.tables.header import Plan, no_header, plan_columns
from negotiator_gui.io.tables.layouts import FIELDS, NOT_VALUES, REQUIRED, norm
from negotiator_gui.io.tables.limits import check_batch
from negotiator_gui.io.tables.parties import PartyResolver
from negotiator_gui.io.tables.report import ImportReport
from negotiator_gui.io.tables.rows import RowReader
from negotiator_gui.io.tables.units import rate_convention, value_currency, value_scale

#: Rows handled together; large enough for the column-wise built-ins to pay off.
BATCH = 512


def read_table(
    path: str | os.PathLike[str],
    mapping: dict[str, str | None] | None = None,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    scenario: Scenario | None = None,
    importer: str | None = None,
    exporter: str | None = None,
    aliases: dict[str, str] | None = None,
    others: str | None = None,
    scale: float | None = None,
    currency: str | None = None,
    year: int | None = None,
    rates: str | None = None,
    flow: str | None = None,
    duty_type: str | None = None,
) -> ImportReport:
    """Read a CSV or XLSX table of trade flows; raises ``TableError`` if it cannot be used.

    ``mapping`` names the column of a field (``{"value": "Customs Value"}``) and overrides
    detection; a field mapped to None or "" is not read. ``scenario`` supplies the parties that
    names are matched against, and the unit and year assumed when the table does not say.
    ``importer``/``exporter`` fix that party for every row (DataWeb tables are US imports);
    ``aliases`` maps names in the table to party ids and ``others`` takes every partner still
    unmatched. ``scale`` multiplies values (1000 for a table in thousands), ``currency`` names
    their currency, ``year`` picks the year (and the column of that year in a table with one
    column per year), ``rates`` is "percent" or "fraction", ``flow`` is "M", "X" or "both"
    (default: imports, or exports if there are none) and ``duty_type`` picks the WITS duty type
    (default MFN).
    """
    p = Path(path)
    mapping = dict(mapping or {})
    currency = _check_options(mapping, scale, currency, year, rates, flow)
    suffix = check_path(p)
    resolver, fixed = _parties(scenario, importer, exporter, aliases, others, mapping)
    opts = {
        "scale": scale,
        "currency": currency,
        "year": year,
        "rates": rates,
        "flow": flow,
        "duty_type": duty_type,
    }
    job = _Job(p, mapping, resolver, fixed, scenario, opts)
    try:
        if suffix in CSV_SUFFIXES:
            return _read_csv(job, encoding)
        return _read_workbook(job, sheet)
    except MemoryError:
        raise TableError(
            tr("{path}: too large to read in the memory available").format(path=p)
        ) from None


@dataclass
class _Job:
    """One call of ``read_table`` once its options are checked: what every step needs."""

    path: Path
    mapping: dict[str, str | None]
    resolver: PartyResolver
    fixed: dict[str, str]  # field -> party id for every row
    scenario: Scenario | None
    opts: dict[str, Any]


def _check_options(
    mapping: dict[str, str | None],
    scale: float | None,
    currency: str | None,
    year: int | None,
    rates: str | None,
    flow: str | None,
) -> str | None:
    """Refuse options no table could satisfy, before the file is opened; returns the currency
    as it will be used (stripped; a three-letter code in capitals)."""
    for f in mapping:
        if f not in FIELDS:
            raise TableError(f"--map {f}=...: unknown field; the fields are {', '.join(FIELDS)}")
    if rates not in (None, "percent", "fraction"):
        raise TableError(f"rates must be 'percent' or 'fraction', not {rates!r}")
    if flow not in (None, "M", "X", "both"):
        raise TableError(f"flow must be M, X or both, not {flow!r}")
    if scale is not None and not (math.isfinite(scale) and scale > 0):
        raise TableError(f"scale must be a positive number, not {scale!r}")
    if year is not None and not 1900 <= year <= 2100:
        raise TableError(f"year must be from 1900 to 2100, not {year}")
    if currency is not None:
        currency = currency.strip()
        if not currency or len(currency) > 40:
            raise TableError(f"currency must be a short name such as USD, not {currency!r}")
        if len(currency) == 3 and currency.isalpha():
            currency = currency.upper()
    return currency


def _parties(
    scenario: Scenario | None,
    importer: str | None,
    exporter: str | None,
    aliases: dict[str, str] | None,
    others: str | None,
    mapping: dict[str, str | None],
) -> tuple[PartyResolver, dict[str, str]]:
    """The resolver of party names, with ``--others`` and ``--party`` checked against the
    scenario, and the parties fixed for every row (``--importer``/``--exporter``), whose
    columns are then not read (``mapping`` is updated)."""
    parties = scenario.parties if scenario is not None else None
    resolver = PartyResolver(parties, aliases, others)
    if others is not None and parties is not None and others not in resolver.ids:
        raise TableError(f"--others {others}: not a party of the scenario")
    for name, pid in (aliases or {}).items():
        if parties is not None and pid not in resolver.ids:
            raise TableError(f"--party {name}={pid}: {pid!r} is not a party of the scenario")
    fixed: dict[str, str] = {}
    for f, given in (("importer", importer), ("exporter", exporter)):
        if given is not None:
            pid = resolver.resolve(given)
            if pid is None or pid in (EMPTY, AGGREGATE):
                known = ", ".join(sorted(resolver.ids or ())) or "none"
                raise TableError(f"--{f} {given}: not a party of the scenario (parties: {known})")
            fixed[f] = pid
            mapping[f] = None
    return resolver, fixed


def _read_csv(job: _Job, encoding: str | None) -> ImportReport:
    p = job.path
    try:
        src = open_csv(p, encoding)
    except OSError as exc:
        raise TableError(
            tr("{path}: cannot be read: {error}").format(path=p, error=exc.strerror or exc)
        ) from None
    try:
        prefetched = src.take(HEADER_SCAN)
        plan = plan_columns(prefetched, job.mapping, job.opts["year"])
        if plan is None:
            raise no_header(p, prefetched, job.mapping)
        return _read(job, src, prefetched, plan)
    finally:
        src.close()


def _read_workbook(job: _Job, sheet: str | None) -> ImportReport:
    """Read the sheet given, else the active sheet, else the first sheet with a header."""
    p = job.path
    wb, sheets = open_xlsx(p, sheet)
    try:
        seen: list[tuple[str, list]] = []
        for name, rows in sheets:
            prefetched = list(itertools.islice(rows, HEADER_SCAN))
            plan = plan_columns(prefetched, job.mapping, job.opts["year"])
            if plan is not None:
                if sheet is not None:
                    why = tr("given with --sheet")
                elif not seen:
                    why = tr("the active sheet")
                else:
                    why = tr("the first sheet with a header")
                src = Source(rows, "XLSX", sheet=name, sheet_why=why)
                return _read(job, src, prefetched, plan)
            seen.append((name, prefetched))
        if not seen:
            raise TableError(tr("{path}: the workbook has no sheets").format(path=p))
        name, prefetched = seen[0]
        raise no_header(p, prefetched, job.mapping, sheet=name, others=[n for n, _ in seen[1:]])
    finally:
        wb.close()


def _read(job: _Job, src: Source, prefetched: list, plan: Plan) -> ImportReport:
    """Check the plan, stream every data row, then select, scale and merge."""
    implied = _implied_party(job, src, plan)
    _check_required(job, plan, implied)
    for f in ("importer", "exporter"):
        if f in job.fixed:
            plan.cols.pop(f, None)
    scenario = job.scenario
    scale, scale_why = value_scale(plan, job.opts["scale"])
    default_unit = scenario.trade_flows.unit if scenario is not None else "USD"
    cur, cur_why = value_currency(plan, job.opts["currency"], default_unit)
    rates, rates_why = rate_convention(plan, job.opts["rates"])
    reader = RowReader(plan, job.resolver, rates, decimal_comma=src.delimiter == ";")
    _stream(job.path, src, prefetched, plan, reader)
    report = ImportReport(
        source=str(job.path),
        kind=src.kind,
        layout=plan.layout.name if plan.layout is not None else tr("columns by name"),
        layout_why=plan.layout_why,
        header_row=plan.header_row,
        columns={f: plan.headers[i] or f"column {i + 1}" for f, i in plan.cols.items()},
        columns_how={f: plan.how[f] for f in list(plan.cols) + list(job.fixed)},
        fixed=dict(job.fixed),
        encoding=src.encoding,
        encoding_why=src.encoding_why,
        delimiter=src.delimiter,
        sheet=src.sheet,
        sheet_why=src.sheet_why,
        scale=scale,
        scale_why=scale_why,
        currency=cur,
        currency_why=cur_why,
        rates=rates,
        rates_why=rates_why,
    )
    if src.delimiter == ";":
        report.notes.append(
            tr(
                "semicolon-separated, as Excel writes where the comma is the decimal mark: a "
                "comma in a number is read as the decimal mark (1,5 = 1.5)"
            )
        )
    finish(report, reader, plan, job.opts, scenario)
    return report


def _implied_party(job: _Job, src: Source, plan: Plan) -> str:
    """A layout with only a partner column (DataWeb): the US is the other side, the importer
    unless the title or sheet says the table is of exports (then the country is the importer).
    Fixes that party for every row; returns its name if the scenario has no such party."""
    cols, how, layout, fixed = plan.cols, plan.how, plan.layout, job.fixed
    if layout is None or not layout.implied_party or "importer" in cols:
        return ""
    exports = bool(re.search(r"export", f"{plan.title} {src.sheet or ''}", re.I))
    if exports and "exporter" in cols and "importer" not in fixed:
        cols["importer"] = cols.pop("exporter")
        how["importer"] = how.pop("exporter")
    side = "exporter" if exports else "importer"
    if side in fixed:
        return ""
    pid = job.resolver.resolve(layout.implied_party)
    if pid is None or pid in (EMPTY, AGGREGATE):
        return layout.implied_party
    fixed[side] = pid
    trade = (
        N_("{layout} tables are US exports") if exports else N_("{layout} tables are US imports")
    )
    how[side] = tr(trade).format(layout=layout.name)
    return ""


def _check_required(job: _Job, plan: Plan, implied: str) -> None:
    """Every required field has a column or a fixed party; else say how to name it."""
    cols, how, fixed = plan.cols, plan.how, job.fixed
    for f in ("importer", "exporter"):
        if f in fixed:
            how.setdefault(f, tr("given with --{option}").format(option=f))
    missing = [f for f in REQUIRED if f not in cols and f not in fixed]
    if not missing:
        return
    seen = [h for h in plan.headers if h]
    listed = ", ".join(repr(h) for h in seen[:40])
    hints = []
    for f in missing:
        if f in ("importer", "exporter"):
            hints.append(f"{f} (name its column with --map {f}=COLUMN or fix it with --{f} ID)")
        else:
            hints.append(f"{f} (name its column with --map {f}=COLUMN)")
    extra = ""
    for n, why in NOT_VALUES.items():
        if "value" in missing and n in [norm(h) for h in seen]:
            extra = f" (a column like {why.split(' are')[0]} is not used: {why})"
    if implied:
        extra += f" The table holds {implied} trade, but the scenario has no such party."
    raise TableError(
        f"{job.path}: header on row {plan.header_row}, but no column for "
        f"{'; '.join(hints)}.{extra} The columns it has are: {listed}"
    )


def _stream(p: Path, src: Source, prefetched: list, plan: Plan, reader: RowReader) -> None:
    """Every data row through ``reader``, in batches: first the rows read ahead while looking
    for the header, then the rest, within the limits on rows and columns."""
    first = plan.header_row + 1
    pending = prefetched[plan.header_row :]
    while True:
        batch = pending + src.take(BATCH - len(pending))
        pending = []
        if not batch:
            break
        check_batch(p, src.kind, batch, first, reader.read)
        reader.batch(batch, first)
        first += len(batch)
        if len(batch) < BATCH:
            break
    if reader.read == 0:
        raise TableError(
            tr("{path}: no data rows below the header (row {row})").format(
                path=p, row=plan.header_row
            )
        )
