"""Finding the header row and deciding which column feeds each field: columns named with --map
first, then the recognised layout's names, then common names, then (for a table with one
column per year) the year columns. When no header is found, the error lists what was seen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from negotiator_gui.core.i18n import tr
from negotiator_gui.io.tables.cells import cell_text, is_blank
from negotiator_gui.io.tables.errors import TableError
from negotiator_gui.io.tables.files import HEADER_SCAN
from negotiator_gui.io.tables.layouts import FIELDS, GENERIC, LAYOUTS, YEAR_HEADER, Layout, norm


@dataclass
class Plan:
    """What each field is read from, decided before the first data row."""

    header_row: int  # 1-based
    headers: list[str]
    cols: dict[str, int]
    how: dict[str, str]
    layout: Layout | None
    layout_why: str
    title: str  # text of the rows above the header
    wide_year: int | None = None


BRACKETED = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")


def header_forms(cell: object) -> tuple[str, str]:
    """A header as compared, whole and without bracketed units: "金額(千円)" matches "金額"
    and "Trade Value (US$)" matches "Trade Value"; the units are read separately."""
    if cell is None:
        return "", ""
    text = str(cell)
    return norm(text), norm(BRACKETED.sub("", text))


def find_column(forms: Sequence[tuple[str, str]], name: str, taken: set[int] = frozenset()) -> int:
    for i, (whole, bare) in enumerate(forms):
        if (whole == name or bare == name) and i not in taken:
            return i
    return -1


def match_column(
    forms: Sequence[tuple[str, str]], aliases: Iterable[str], taken: set[int]
) -> int | None:
    for alias in aliases:
        i = find_column(forms, alias, taken)
        if i >= 0:
            return i
    return None


def present_names(forms: Sequence[tuple[str, str]]) -> set[str]:
    return {x for pair in forms for x in pair if x}


def detect_layout(forms: Sequence[tuple[str, str]]) -> tuple[Layout | None, int]:
    """The layout whose own names match most columns of a header row (and how many)."""
    present = present_names(forms)
    best, best_n = None, 0
    for layout in LAYOUTS:
        n = sum(1 for aliases in layout.aliases.values() if present.intersection(aliases))
        if n > best_n:
            best, best_n = layout, n
    return best, best_n


def generic_matches(forms: Sequence[tuple[str, str]]) -> int:
    present = present_names(forms)
    return sum(1 for aliases in GENERIC.values() if present.intersection(aliases))


def plan_columns(
    prefetched: list[Sequence[Any]],
    mapping: dict[str, str | None],
    year: int | None,
) -> Plan | None:
    """Find the header row and decide every field's column; None if no row looks like a header.

    The header is the first row that holds every column named in ``mapping`` and, counting
    those, at least two known column names. Title rows (Census and DataWeb put a few above the
    header) hold one cell of text and never match two names."""
    wanted = {f: norm(c) for f, c in mapping.items() if c}
    for r, row in enumerate(prefetched):
        forms = [header_forms(c) for c in row]
        if not any(whole for whole, _ in forms):
            continue
        if wanted and not all(find_column(forms, w) >= 0 for w in wanted.values()):
            continue
        layout, n_layout = detect_layout(forms)
        if max(n_layout, generic_matches(forms)) + len(wanted) < 2:
            continue
        headers = ["" if c is None else str(c).strip() for c in row]
        return decide_columns(
            r, headers, forms, layout, n_layout, prefetched[:r], wanted, mapping, year
        )
    return None


def decide_columns(
    r: int,
    headers: list[str],
    forms: list[tuple[str, str]],
    layout: Layout | None,
    n_layout: int,
    above: list[Sequence[Any]],
    wanted: dict[str, str],
    mapping: dict[str, str | None],
    year: int | None,
) -> Plan:
    cols: dict[str, int] = {}
    how: dict[str, str] = {}
    taken: set[int] = set()
    for f, w in wanted.items():
        cols[f] = find_column(forms, w)
        how[f] = tr("given with --map")
        taken.add(cols[f])
    off = {f for f, c in mapping.items() if not c}
    for f in FIELDS:
        if f in cols or f in off:
            continue
        i = None
        if layout is not None and f in layout.aliases:
            i = match_column(forms, layout.aliases[f], taken)
            why = tr("{layout} column name").format(layout=layout.name)
        if i is None:
            i = match_column(forms, GENERIC.get(f, ()), taken)
            why = tr("common column name")
        if i is not None:
            cols[f] = i
            how[f] = why
            taken.add(i)
    wide_year = None
    if "value" not in cols and "value" not in off:
        years = [
            (int(w), i) for i, (w, _) in enumerate(forms) if YEAR_HEADER.match(w) and i not in taken
        ]
        if years:
            chosen = [(y, i) for y, i in years if y == year] if year else [max(years)]
            if chosen:
                wide_year, i = chosen[0]
                cols["value"] = i
                how["value"] = (
                    tr("the column of the year given with --year")
                    if year
                    else tr("the latest year column (--year to choose another)")
                )
    title = " ".join(cell_text(c) for row in above for c in row if cell_text(c))
    why = (
        tr("recognised from {n} of its column names").format(n=n_layout)
        if layout is not None
        else tr("not a known layout; columns matched by common names")
    )
    return Plan(r + 1, headers, cols, how, layout, why, title, wide_year)


def no_header(
    p: Path,
    prefetched: list,
    mapping: dict[str, str | None],
    sheet: str | None = None,
    others: Sequence[str] = (),
) -> TableError:
    if not sheet:
        where = str(p)
    elif others:
        where = tr("{path} (sheet {sheet}, and the other sheets)").format(path=p, sheet=repr(sheet))
    else:
        where = tr("{path} (sheet {sheet})").format(path=p, sheet=repr(sheet))
    if not any(any(not is_blank(c) for c in row) for row in prefetched):
        return TableError(tr("{where}: holds no data").format(where=where))
    wanted = {f: c for f, c in mapping.items() if c}
    seen = widest(prefetched)
    listed = ", ".join(repr(c) for c in seen[:40]) or tr("none")
    if wanted:
        missing = [
            tr("{column} (for {field})").format(column=repr(c), field=f)
            for f, c in wanted.items()
            if not any(norm(c) in [norm(x) for x in row if x is not None] for row in prefetched)
        ]
        if missing:
            return TableError(
                tr(
                    "{where}: no column named {missing} in the first {n} rows; the columns it "
                    "has are: {columns}"
                ).format(where=where, missing=", ".join(missing), n=HEADER_SCAN, columns=listed)
            )
    return TableError(
        tr(
            "{where}: no header row found in the first {n} rows (no known column names). Name "
            'the columns with --map, e.g. --map product="HTS Number" --map '
            'value="Customs Value". The widest row has: {columns}'
        ).format(where=where, n=HEADER_SCAN, columns=listed)
    )


def widest(rows: list) -> list[str]:
    best: list[str] = []
    for row in rows:
        cells = [cell_text(c) for c in row if not is_blank(c)]
        if len(cells) > len(best):
            best = cells
    return best
