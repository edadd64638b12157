"""Fixtures for the table-import tests: every table is written by the test itself, in tmp_path.

``tables.csv(name, rows)`` and ``tables.xlsx(name, rows)`` write a list of rows (the header is
just a row, so title rows above it are easy) and return the path. ``scenario_file`` is the
small test scenario (parties US, JP and the third party CN; flows in USD for 2024) written with
``write_scenario``.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from factories import small_scenario
from negotiator_gui.io.scenario_file import write_scenario


class Tables:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def csv(
        self,
        name: str,
        rows: Sequence[Sequence[Any]],
        *,
        encoding: str = "utf-8",
        delimiter: str = ",",
    ) -> Path:
        path = self.folder / name
        with path.open("w", newline="", encoding=encoding) as fh:
            csv.writer(fh, delimiter=delimiter).writerows(rows)
        return path

    def xlsx(
        self,
        name: str,
        rows: Sequence[Sequence[Any]],
        *,
        sheet: str = "data",
        before: Sequence[tuple[str, Sequence[Sequence[Any]]]] = (),
    ) -> Path:
        """A workbook whose sheet ``sheet`` holds ``rows``; ``before`` are (name, rows) of
        sheets placed ahead of it (DataWeb puts its query parameters first)."""
        from openpyxl import Workbook

        wb = Workbook()
        wb.remove(wb.active)
        for other, other_rows in before:
            ws = wb.create_sheet(other)
            for r in other_rows:
                ws.append(list(r))
        ws = wb.create_sheet(sheet)
        for r in rows:
            ws.append(list(r))
        path = self.folder / name
        wb.save(path)
        return path


@pytest.fixture
def tables(tmp_path: Path) -> Tables:
    return Tables(tmp_path)


@pytest.fixture
def scenario():
    return small_scenario()


@pytest.fixture
def scenario_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.scenario.json"
    write_scenario(small_scenario(), path)
    return path
