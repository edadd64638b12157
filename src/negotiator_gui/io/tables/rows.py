"""Streaming the data rows of one table into column lists, batch by batch and column by column
with built-ins that run in C; only a column of a batch holding a bad or unusual cell goes cell by
cell, to name the problem. Rows are then flagged (blank, skipped, rejected, unmatched).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

import numpy as np

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.validation import MAX_RATE
from negotiator_gui.io.tables.cells import (
    AGGREGATE,
    EMPTY,
    Memo,
    cell_text,
    is_blank,
    parse_code,
    parse_duty_type,
    parse_flow,
    parse_number,
    parse_rate,
    parse_year,
    show,
)
from negotiator_gui.io.tables.errors import BadCell, EmptyCell, SkipRow
from negotiator_gui.io.tables.header import Plan
from negotiator_gui.io.tables.parties import PartyResolver
from negotiator_gui.io.tables.report import RowProblem

#: Rejected rows listed one by one in a report; the rest are counted.
MAX_LISTED = 100


class RowReader:
    """Streams the data rows of one table into column lists, batch by batch.

    Each batch goes column by column through built-ins; a cell that fails a fast check sends
    that column of that batch through the cell-by-cell parser, which names the problem. Rows
    are then flagged (blank, skipped, rejected, unmatched) and the others appended to the
    column lists."""

    def __init__(
        self, plan: Plan, resolver: PartyResolver, rates: str, decimal_comma: bool = False
    ) -> None:
        self.cols = plan.cols
        self.decimal_comma = decimal_comma
        self.resolver = resolver
        self.rate_percent = rates == "percent"
        self.used = [i for f, i in plan.cols.items() if f != "quantity"]
        self.need = max(self.used) + 1 if self.used else 1
        self.get = {f: itemgetter(i) for f, i in plan.cols.items()}
        self.header = {f: plan.headers[i] or f"column {i + 1}" for f, i in plan.cols.items()}
        self.imp: list[str] = []
        self.exp: list[str] = []
        self.prod: list[str] = []
        self.val: list[float] = []
        self.rate: list[float] = []
        self.duty: list[float] = []
        self.flow: list[str] = []
        self.year: list[int] = []
        self.dtype: list[str] = []
        self.read = 0
        self.blank = 0
        self.rejected = 0
        self.problems: list[RowProblem] = []
        self.not_listed = 0
        self.skipped: Counter[str] = Counter()
        self.unmatched: Counter[tuple[str, str]] = Counter()
        self.to_others: Counter[str] = Counter()
        self.padded = 0
        self.padded_example = ""
        self.code_lengths: set[int] = set()
        self.flow_memo = Memo(parse_flow)
        self.year_memo = Memo(parse_year)
        self.dtype_memo = Memo(parse_duty_type)

    # -- one batch --------------------------------------------------------------------------
    def batch(self, rows: list[Sequence[Any]], first: int) -> None:
        """Read ``rows``; ``first`` is the spreadsheet row number of ``rows[0]``."""
        n = len(rows)
        self.read += n
        if min(map(len, rows)) < self.need:  # short rows: Excel and CSV writers drop empties
            pad = (None,) * self.need
            rows = [r if len(r) >= self.need else (*r, *pad[: self.need - len(r)]) for r in rows]
        cols, get = self.cols, self.get
        fl = Flags()

        prod = self._codes(list(map(get["product"], rows)), fl)
        val = self._numbers("value", list(map(get["value"], rows)), fl)
        rate = duty = None
        if "mfn_rate" in cols:
            rate = self._rates(list(map(get["mfn_rate"], rows)), fl)
        elif "duties" in cols:
            duty = self._numbers("duties", list(map(get["duties"], rows)), fl)
            self._check_duties(val, duty, fl)
        imp = self._parties("importer", rows, fl)
        exp = self._parties("exporter", rows, fl)
        flows = self._memo("flow", rows, self.flow_memo, fl)
        if flows is not None:
            kinds = set(flows)
            if kinds - {"M", "X"}:
                for i, f in enumerate(flows):
                    if type(f) is str and f not in ("M", "X") and f is not EMPTY:
                        fl.skip.setdefault(
                            i,
                            tr("flow {flow} (only imports and exports are read)").format(
                                flow=repr(f)
                            ),
                        )
            if "X" in kinds and imp is not None and exp is not None:
                # On an export row the reporter (the importer column) is the exporter.
                imp, exp = (
                    [e if f == "X" else m for m, e, f in zip(imp, exp, flows, strict=True)],
                    [m if f == "X" else e for m, e, f in zip(imp, exp, flows, strict=True)],
                )
        years = self._memo("year", rows, self.year_memo, fl)
        dtypes = self._memo("duty_type", rows, self.dtype_memo, fl)

        keep = self._settle(rows, first, fl) if fl else None

        def add(target: list, column: Sequence | None) -> None:
            if column is not None:
                target.extend(column if keep is None else itertools.compress(column, keep))

        add(self.imp, imp)
        add(self.exp, exp)
        add(self.prod, prod)
        add(self.val, val)
        add(self.rate, rate)
        add(self.duty, duty)
        add(self.flow, flows)
        add(self.year, years)
        add(self.dtype, dtypes)

    def _settle(self, rows: list[Sequence[Any]], first: int, fl: Flags) -> list[bool]:
        """Decide each flagged row, in this order: blank (every cell we read is empty), skipped
        (an aggregate, another flow, or no value: never imported, so its other cells do not
        matter), rejected (with every problem on it), unmatched (a party not in the scenario)."""
        keep = [True] * len(rows)
        flagged = set(fl.bad) | set(fl.empty) | set(fl.skip) | set(fl.unmatched)
        for i in sorted(flagged):
            keep[i] = False
            row = rows[i]
            if i in fl.empty and i not in fl.skip and all(is_blank(row[c]) for c in self.used):
                self.blank += 1
            elif i in fl.skip:
                self.skipped[fl.skip[i]] += 1
            elif fl.empty.get(i) == ["value"] and i not in fl.bad:
                # Exports leave the value empty where nothing was traded (a year column of a
                # DataWeb table): nothing to import, and nothing the user must fix.
                self.skipped["the value is empty (no trade recorded)"] += 1
            elif i in fl.bad or i in fl.empty:
                self.rejected += 1
                probs = fl.bad.get(i, []) + [(f, "empty cell") for f in fl.empty.get(i, ())]
                probs.sort(key=lambda fm: self.cols.get(fm[0], 0))
                for f, m in probs:
                    if len(self.problems) < MAX_LISTED:
                        self.problems.append(RowProblem(first + i, self.header[f], m))
                    else:
                        self.not_listed += 1
            else:
                self.unmatched[fl.unmatched[i]] += 1
        for i, name in fl.via_others.items():
            if keep[i]:
                self.to_others[name] += 1
        return keep

    # -- columns ----------------------------------------------------------------------------
    def _codes(self, cells: list, fl: Flags) -> list:
        try:
            lengths = set(map(len, cells))
            joined = "".join(cells)
            if lengths <= EVEN_LENGTHS and joined.isdigit() and joined.isascii():
                self.code_lengths |= lengths
                return cells
        except TypeError:  # numbers from a workbook
            pass
        out: list = [None] * len(cells)
        for i, c in enumerate(cells):
            try:
                code, padded = parse_code(c)
            except EmptyCell:
                fl.empty.setdefault(i, []).append("product")
                continue
            except SkipRow as exc:
                fl.skip[i] = tr("{what} is a total, not a product line").format(what=exc)
                continue
            except BadCell as exc:
                fl.bad.setdefault(i, []).append(("product", str(exc)))
                continue
            if padded:
                self.padded += 1
                if not self.padded_example:
                    self.padded_example = f"{show(c)} -> {code!r}"
            self.code_lengths.add(len(code))
            out[i] = code
        return out

    @staticmethod
    def _floats(cells: list) -> list[float] | None:
        """All cells as finite, non-negative floats, or None to go cell by cell. Text goes
        through ``float`` (which refuses "", "1,234" and "12%"); workbook cells must be int or
        float (``float(True)`` would pass a boolean as 1)."""
        if cells and type(cells[0]) is not str and not set(map(type, cells)) <= NUMBER_TYPES:
            return None
        try:
            out = list(map(float, cells))
        except (TypeError, ValueError, OverflowError):
            return None
        if out and not (math.isfinite(sum(out)) and min(out) >= 0):
            return None
        return out

    def _numbers(self, f: str, cells: list, fl: Flags) -> list[float]:
        out = self._floats(cells)
        if out is not None:
            return out
        out = [0.0] * len(cells)
        for i, c in enumerate(cells):
            try:
                out[i] = parse_number(c, self.decimal_comma)
            except EmptyCell:
                fl.empty.setdefault(i, []).append(f)
            except BadCell as exc:
                fl.bad.setdefault(i, []).append((f, str(exc)))
        return out

    def _rates(self, cells: list, fl: Flags) -> list[float]:
        pct = self.rate_percent
        raw = self._floats(cells)
        if raw is not None:
            out = [round(x / 100, 10) for x in raw] if pct else raw
            if not out or max(out) <= MAX_RATE:
                return out
        out = [0.0] * len(cells)
        for i, c in enumerate(cells):
            try:
                out[i] = parse_rate(c, pct, self.decimal_comma)
            except EmptyCell:
                fl.empty.setdefault(i, []).append("mfn_rate")
            except BadCell as exc:
                fl.bad.setdefault(i, []).append(("mfn_rate", str(exc)))
        return out

    @staticmethod
    def _check_duties(val: list[float], duty: list[float], fl: Flags) -> None:
        v = np.asarray(val, dtype=float)
        d = np.asarray(duty, dtype=float)
        for i in np.flatnonzero(d > MAX_RATE * v).tolist():
            if v[i] == 0:
                msg = f"duties {d[i]:g} on a value of 0"
            else:
                msg = f"duties {d[i]:g} are {d[i] / v[i] * 100:,.0f} % of the value, over the limit"
            fl.bad.setdefault(i, []).append(("duties", msg))

    def _memo(self, f: str, rows: list, memo: Memo, fl: Flags) -> list | None:
        if f not in self.cols:
            return None
        out = list(map(memo.__getitem__, map(self.get[f], rows)))
        distinct = set(out)
        if EMPTY in distinct or any(isinstance(x, BadCell) for x in distinct):
            for i, x in enumerate(out):
                if x is EMPTY:
                    fl.empty.setdefault(i, []).append(f)
                elif isinstance(x, BadCell):
                    fl.bad.setdefault(i, []).append((f, str(x)))
        return out

    def _parties(self, f: str, rows: list, fl: Flags) -> list | None:
        if f not in self.cols:
            return None  # fixed for every row: filled in at the end
        r = self.resolver
        cells = list(map(self.get[f], rows))
        ids = list(map(r.__getitem__, cells))
        distinct = set(ids)
        others = r.others
        if (
            None in distinct
            or EMPTY in distinct
            or AGGREGATE in distinct
            or (others is not None and others in distinct and r.via_others)
        ):
            header = self.header[f]
            for i, pid in enumerate(ids):
                if pid is None:
                    fl.unmatched.setdefault(i, (header, cell_text(cells[i])))
                elif pid is EMPTY:
                    fl.empty.setdefault(i, []).append(f)
                elif pid is AGGREGATE:
                    name = cell_text(cells[i])
                    fl.skip.setdefault(
                        i,
                        tr("{name} in {column} is a total, not one economy").format(
                            name=repr(name), column=repr(header)
                        ),
                    )
                elif pid == others and cells[i] in r.via_others:
                    fl.via_others[i] = cell_text(cells[i])
        return ids


EVEN_LENGTHS = frozenset({2, 4, 6, 8, 10})
NUMBER_TYPES = frozenset({int, float})


class Flags:
    """What is wrong with which rows of a batch (by index in the batch)."""

    __slots__ = ("bad", "empty", "skip", "unmatched", "via_others")

    def __init__(self) -> None:
        self.bad: dict[int, list[tuple[str, str]]] = {}
        self.empty: dict[int, list[str]] = {}
        self.skip: dict[int, str] = {}
        self.unmatched: dict[int, tuple[str, str]] = {}
        self.via_others: dict[int, str] = {}

    def __bool__(self) -> bool:
        return bool(self.bad or self.empty or self.skip or self.unmatched or self.via_others)
