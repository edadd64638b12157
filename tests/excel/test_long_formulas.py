"""A space of hundreds of issues: a package's utility formula would pass Excel's 8,192
characters, so the workbook holds the value with a note instead (Excel would refuse the file)."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bargaining"))
from big_spaces import scenario

from negotiator_gui.io.excel import MAX_FORMULA, write_workbook


def _utility_cells(path: Path):
    wb = openpyxl.load_workbook(path)
    ws = wb["Packages"]
    for row in ws.iter_rows():
        yield from row


@pytest.mark.slow
@pytest.mark.parametrize(("issues", "formulas"), [(20, True), (700, False)])
def test_formulas_stay_within_excels_limit(tmp_path: Path, issues: int, formulas: bool) -> None:
    out = tmp_path / "big.xlsx"
    write_workbook(out, scenario(issues, 2), packages=3)
    cells = list(_utility_cells(out))
    longest = max(len(c.value) for c in cells if isinstance(c.value, str) and c.value[:1] == "=")
    assert longest <= MAX_FORMULA
    noted = [c for c in cells if c.comment is not None and "8,192" in c.comment.text]
    assert bool(noted) is not formulas
    for c in noted:
        assert isinstance(c.value, float) and 0 <= c.value <= 100
