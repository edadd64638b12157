"""The limits of ``io/limits.py`` applied to tables: lines read with a length bound (one line of a
hundred million commas is refused before it is split), rows and columns counted batch by batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from negotiator_gui.core.i18n import tr
from negotiator_gui.io import limits as LIM
from negotiator_gui.io.tables.errors import TableError


def bounded_lines(fh: Any) -> Iterator[str]:
    """The lines of a text file for ``csv.reader``, each read with a bound, so that one line of
    a hundred million commas is refused before it is split into as many cells."""
    readline = fh.readline
    limit = LIM.MAX_LINE_CHARS
    number = 0
    while True:
        line = readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            raise LIM.LimitError(
                tr(
                    "line {line} is longer than {limit} characters; is it a table? If so, {hint}"
                ).format(line=f"{number:,}", limit=f"{limit:,}", hint=tr(LIM.SPLIT_HINT))
            )
        yield line


def check_batch(p: Path, kind: str, batch: list, first: int, read: int) -> None:
    """The limits on rows and columns, counted batch by batch with built-ins (a workbook's
    rows and columns are also bounded by its reader, whose limits are Excel's own)."""
    if kind == "CSV" and read + len(batch) > LIM.MAX_CSV_ROWS:
        raise TableError(
            tr("{path}: more than {limit} data rows; {hint}").format(
                path=p, limit=f"{LIM.MAX_CSV_ROWS:,}", hint=tr(LIM.SPLIT_HINT)
            )
        )
    if max(map(len, batch)) > LIM.MAX_COLUMNS:
        row = next(i for i, r in enumerate(batch) if len(r) > LIM.MAX_COLUMNS)
        raise TableError(
            tr("{path}: row {row} has {n} columns, more than the limit of {limit}; {hint}").format(
                path=p,
                row=f"{first + row:,}",
                n=f"{len(batch[row]):,}",
                limit=f"{LIM.MAX_COLUMNS:,}",
                hint=tr(LIM.SPLIT_HINT),
            )
        )
