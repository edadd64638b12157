"""Cells -> values: numbers (with thousands separators and decimal commas), rates, HS codes
(text, leading zeros restored), years, flows and duty types. Each parser raises ``BadCell``,
``EmptyCell`` or ``SkipRow`` for what is not a value; ``Memo`` parses each distinct cell once.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.validation import MAX_RATE
from negotiator_gui.io.tables.errors import BadCell, EmptyCell, SkipRow
from negotiator_gui.io.tables.layouts import norm

#: Product codes that stand for a total of all products: like the aggregate parties of
#: ``parties``, their rows would count the same trade twice, so they are skipped (and counted).
AGGREGATE_PRODUCTS = frozenset({"total", "all", "ag2", "ag4", "ag6", "合計", "総額"})

#: What a parsed or resolved cell holds when it is empty, or names a total (``Memo`` and
#: ``PartyResolver`` store these instead of raising, so a column maps at C speed).
EMPTY = "\x00empty"
AGGREGATE = "\x00aggregate"


def cell_text(cell: object) -> str:
    """A cell as text: stripped, "" for an empty cell, 2024 (not 2024.0) for a whole float."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def show(cell: object) -> str:
    """A cell as a message quotes it (long text cut at 40 characters)."""
    if isinstance(cell, str):
        return repr(cell[:40] + "…") if len(cell) > 40 else repr(cell)
    return str(cell)


THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?\Z")
DECIMAL_COMMA = re.compile(r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d*\Z")


def parse_number(cell: object, decimal_comma: bool = False) -> float:
    """A finite, non-negative number from a cell: numbers as they are, text as Python reads it
    or with thousands separators ("1,234,567", as Census and Excel write them). In a
    semicolon-separated file (``decimal_comma``), written by Excel where the comma is the
    decimal mark, "1.234,5" is 1234.5."""
    if cell is None:
        raise EmptyCell
    if isinstance(cell, bool):
        raise BadCell(tr("{cell} is not a number").format(cell=cell))
    if isinstance(cell, int | float):
        try:
            x = float(cell)
        except OverflowError:
            raise BadCell(tr("{cell}… is far too large").format(cell=str(cell)[:20])) from None
    elif isinstance(cell, str):
        s = cell.strip().replace("\u00a0", "")
        if not s:
            raise EmptyCell
        if decimal_comma and DECIMAL_COMMA.match(s):
            s = s.replace(".", "").replace(",", ".")
        try:
            x = float(s)
        except ValueError:
            if decimal_comma or not THOUSANDS.match(s):
                raise BadCell(tr("{cell} is not a number").format(cell=show(cell))) from None
            x = float(s.replace(",", ""))
    elif isinstance(cell, dt.date | dt.time | dt.timedelta):
        raise BadCell(tr("{cell} is a date or time, not a number").format(cell=cell))
    else:
        raise BadCell(tr("{cell} is not a number").format(cell=show(cell)))
    if not math.isfinite(x):
        raise BadCell(tr("{cell} is not a finite number").format(cell=show(cell)))
    if x < 0:
        raise BadCell(tr("{cell} is negative").format(cell=show(cell)))
    return x


def parse_rate(cell: object, percent: bool, decimal_comma: bool = False) -> float:
    """A tariff rate as a fraction. A cell ending in "%" is in percent whatever the column."""
    if isinstance(cell, str) and cell.strip().endswith(("%", "％")):
        cell, percent = cell.strip()[:-1], True
    x = parse_number(cell, decimal_comma)
    r = round(x / 100, 10) if percent else x
    if r > MAX_RATE:
        if percent:
            text = tr("rate {rate} is {percent} %, above the {limit} % limit")
        else:
            text = tr(
                "rate {rate} is {percent} %, above the {limit} % limit; is the column in "
                "percent? (--rates percent)"
            )
        raise BadCell(
            text.format(rate=f"{x:g}", percent=f"{r * 100:g}", limit=f"{MAX_RATE * 100:g}")
        )
    return r


DIGITS = frozenset("0123456789")


def parse_code(cell: object) -> tuple[str, bool]:
    """An HS/HTS code as 2–10 digits of text, and whether a lost leading zero was restored.

    Numbers come from spreadsheets that read the code as a number: 201 was 0201, 8703.2 was
    8703.20. HS codes always have an even number of digits, so an odd-length code gets its
    leading zero back, and a dotted code is read as a heading of 4 digits followed by pairs.
    Excel's ways of keeping text (a leading apostrophe, ``="0201"``) are undone."""
    if cell is None:
        raise EmptyCell
    if isinstance(cell, bool | dt.date | dt.time | dt.timedelta):
        raise BadCell(
            tr("{cell} is not a product code (did a spreadsheet turn it into a date?)").format(
                cell=cell
            )
        )
    if isinstance(cell, int):
        s = str(cell)
    elif isinstance(cell, float):
        if not math.isfinite(cell):
            raise BadCell(tr("{cell} is not a product code").format(cell=cell))
        s = str(int(cell)) if cell.is_integer() else repr(cell)
    else:
        s = str(cell).strip()
    if not s:
        raise EmptyCell
    if s.casefold() in AGGREGATE_PRODUCTS:
        raise SkipRow(tr("product {name}").format(name=repr(s)))
    t = s.replace(" ", "").replace("\u00a0", "")
    if t.startswith('="') and t.endswith('"'):
        t = t[2:-1]
    t = t.lstrip("'")
    padded = False
    if "." in t:
        parts = t.split(".")
        if not all(parts) or not all(DIGITS.issuperset(p) for p in parts):
            raise BadCell(tr("{cell} is not an HS code (2–10 digits)").format(cell=show(cell)))
        head = parts[0]
        if len(head) % 2:
            head, padded = "0" + head, True
        tail = ""
        for p in parts[1:]:
            if len(p) % 2:
                p, padded = p + "0", True
            tail += p
        t = head + tail
    elif not t or not DIGITS.issuperset(t):
        raise BadCell(tr("{cell} is not an HS code (2–10 digits)").format(cell=show(cell)))
    elif len(t) % 2:
        t, padded = "0" + t, True
    if not 2 <= len(t) <= 10:
        raise BadCell(tr("{cell} is not an HS code (2–10 digits)").format(cell=show(cell)))
    return t, padded


def parse_year(cell: object) -> int:
    """A year from "2024", 2024, 2024.0 or a Comtrade period such as "202401"."""
    text = cell_text(cell)
    if not text:
        raise EmptyCell
    if text.isascii() and text.isdigit() and len(text) in (4, 6):
        y = int(text[:4])
        if 1900 <= y <= 2100:
            return y
    raise BadCell(tr("{cell} is not a year").format(cell=show(cell)))


FLOW_WORDS = {
    "m": "M",
    "x": "X",
    "1": "M",
    "2": "X",
    "5": "M",
    "6": "X",
    "import": "M",
    "imports": "M",
    "export": "X",
    "exports": "X",
    "grossimp": "M",
    "grossexp": "X",
    "輸入": "M",
    "輸出": "X",
}


def parse_flow(cell: object) -> str:
    """ "M" (import), "X" (export), or the text of another flow (re-exports, ...) to skip."""
    text = cell_text(cell)
    if not text:
        raise EmptyCell
    return FLOW_WORDS.get(norm(text), text)


class Memo(dict):
    """Cell -> parsed value, parsed once per distinct cell: a column of years, flow codes or
    duty types holds a handful of distinct cells, so ``map(memo.__getitem__, column)`` turns
    the column at C speed. A failure is stored as a ``BadCell`` instance or ``EMPTY``."""

    def __init__(self, parse) -> None:
        super().__init__()
        self.parse = parse

    def __missing__(self, cell: object) -> object:
        try:
            hit = self.parse(cell)
        except EmptyCell:
            hit = EMPTY
        except BadCell as exc:
            hit = exc
        self[cell] = hit
        return hit


def parse_duty_type(cell: object) -> str:
    text = cell_text(cell).upper()
    if not text:
        raise EmptyCell
    return text


def is_blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())
