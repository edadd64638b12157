"""A fast path for reading the trade-flow rows of a document in the writer's layout.

``json.loads`` builds one list per row (300,000 of them in a big library scenario) and the
reader then takes them apart again into columns. In the layout ``dumps_scenario`` writes, one
row per line, the rows can instead be parsed as one flat list, with a ``null`` put where each
row ends, and the columns taken from it by slicing, in C: that is most of the load time of a
big scenario saved. Anything not exactly in that layout (hand-written files, other indents,
bad cells, NaN, huge whole numbers) gets ``None`` here and goes the ordinary way, which names
every problem. What this returns is exactly what the ordinary reader would have read.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from negotiator_gui.io.json_reader import NonFinite

#: Where the flow table's rows start and end in the writer's layout. No raw line break can be
#: part of a JSON string, so these can only match between tokens.
_TABLE = '\n  "trade_flows": {\n'
_START = '\n    "rows": ['
_FIRST = "\n      ["
_END = "\n    ]"
_BETWEEN = "],\n      ["
_NULL = ", null, "
_NEXT_KEY = '\n  "'

#: Whole numbers beyond this are read as floats (or refused) by the ordinary reader.
_BIG = 2**53

Columns = tuple[list[str], list[str], list[str], list[Any], list[Any]]


class FlowColumns:
    """Rows already read as columns, standing in for the ``rows`` list of a parsed document
    (the reader takes them as they are: ``read_flow_rows`` checked every cell's type)."""

    __slots__ = ("columns",)

    def __init__(self, columns: Columns) -> None:
        self.columns = columns


def split_flow_rows(text: str) -> tuple[str, str, str] | None:
    """(the text with the rows replaced by a placeholder string, the placeholder, the rows'
    text), or None when the text is not in the writer's layout."""
    table = text.find(_TABLE)
    if table < 0:
        return None
    start = text.find(_START, table)
    if start < 0:
        return None
    if text.find(_NEXT_KEY, table + 1, start) >= 0:  # those rows belong to a later key
        return None
    value = start + len(_START) - 1  # the opening bracket
    if not text.startswith(_FIRST, value + 1):
        return None  # no rows, or not one per line: the ordinary reader is quick enough
    end = text.find(_END, value)
    if end < 0:
        return None
    end += len(_END)
    # A fresh placeholder each time, so no document can hold it already.
    token = f"\x00rows {uuid.uuid4().hex}"
    return text[:value] + json.dumps(token) + text[end:], token, text[value:end]


def read_flow_rows(rows: str) -> Columns | None:
    """The rows' text (``[\\n      [...],\\n      [...]\\n    ]``) as five checked columns, or
    None if any row or cell is not what the ordinary reader's fast check accepts."""
    flat_text = rows.replace(_BETWEEN, _NULL)
    between = (len(rows) - len(flat_text)) // (len(_BETWEEN) - len(_NULL))  # rows ended
    try:
        outer = json.loads(flat_text, parse_constant=NonFinite)
    except (ValueError, RecursionError):
        return None
    if len(outer) != 1 or type(outer[0]) is not list:
        return None
    flat = outer[0]
    # Every row is five cells and the null put in after it. With the cells' types checked
    # below (no null among them), the nulls are all where rows end, so each row had five cells.
    if len(flat) != 6 * between + 5 or (between and set(flat[5::6]) != {None}):
        return None
    return checked_columns(*(flat[k::6] for k in range(5)))


def checked_columns(
    imp: list[Any], exp: list[Any], prod: list[Any], val: list[Any], mfn: list[Any]
) -> Columns | None:
    """The five columns if every cell is what the ordinary reader takes as it is (text codes,
    finite numbers, whole numbers within ``_BIG``), else None for that reader to read and name.

    ``set(map(type, ...))`` keeps the per-cell work inside C: what holds a 100,000-line load
    within a small multiple of ``json.loads``."""
    for col in (imp, exp, prod):
        if set(map(type, col)) != {str}:
            return None
    for col in (val, mfn):
        types = set(map(type, col))
        if not types <= {int, float}:
            return None
        if int in types and (max(col) > _BIG or min(col) < -_BIG):
            return None  # the ordinary reader turns a big whole number into a float, or names it
    return imp, exp, prod, val, mfn
