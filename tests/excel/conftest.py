"""Shared fixtures of the workbook tests: scenarios, a formula evaluator for the few formula
shapes the writer emits (so the numbers are checked without a spreadsheet), and LibreOffice.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import scenario_path

_REF = re.compile(r"^(?:(\w+)!)?\$?([A-Z]+)\$?(\d+)$")
_TOL = re.compile(r"^(\w+)-([0-9.]+E-?\d+)$")
_IF = re.compile(r"^IF\((\w+)>0,(\w+)/(\w+)(?:\*(\$?[A-Z]+\$?\d+))?,0\)$")


@pytest.fixture(scope="session")
def april():
    """The shipped US–Japan scenario (perspective JP): 11 issues, trade flows, both boards."""
    return read_scenario(scenario_path("us-japan-2025-04.scenario.json")).scenario


@pytest.fixture(scope="session")
def teaching():
    return read_scenario(scenario_path("teaching-3-issues.scenario.json")).scenario


class Evaluator:
    """Values of a workbook's cells, evaluating the writer's formulas in Python: sums of cell
    references, ``IF(total>0, weight/total[*score], 0)`` and the ZOPA test. Anything else is
    an error, so a new formula shape cannot slip through untested."""

    def __init__(self, wb) -> None:
        self.wb = wb
        self.names = {
            name: dn.attr_text.replace("$", "").replace("'", "")
            for name, dn in wb.defined_names.items()
        }
        self.cache: dict[tuple[str, str], object] = {}

    def cell(self, sheet: str, coord: str):
        key = (sheet, coord.replace("$", ""))
        if key not in self.cache:
            self.cache[key] = self._eval(sheet, self.wb[sheet][key[1]].value)
        return self.cache[key]

    def ref(self, sheet: str, text: str):
        text = text.strip()
        if text in self.names:
            sh, coord = self.names[text].split("!")
            return self.cell(sh, coord)
        m = _REF.match(text)
        assert m, f"not a reference: {text}"
        return self.cell(m.group(1) or sheet, f"{m.group(2)}{m.group(3)}")

    def _eval(self, sheet: str, value):
        if not (isinstance(value, str) and value.startswith("=")):
            return 0.0 if value is None else value
        body = value[1:]
        m = _IF.match(body)
        if m:
            total = self.ref(sheet, m.group(1))
            if not total > 0:
                return 0.0
            out = self.ref(sheet, m.group(2)) / self.ref(sheet, m.group(3))
            return out * self.ref(sheet, m.group(4)) if m.group(4) else out
        if body.startswith("SUM("):
            sh_col_a, b = body[4:-1].split(":")
            ma, mb = _REF.match(sh_col_a), _REF.match(b)
            c = ma.group(2)
            return sum(
                float(self.cell(sheet, f"{c}{r}") or 0.0)
                for r in range(int(ma.group(3)), int(mb.group(3)) + 1)
            )
        if body.startswith("IF(AND("):
            tests = body[len("IF(AND(") : body.index("),")].split(",")
            ok = True
            for t in tests:
                left, right = t.split(">=")
                name, tol = _TOL.match(right).groups()
                ok &= self.ref(sheet, left) >= self.ref(sheet, name) - float(tol)
            return "yes" if ok else "no"
        return sum(self.ref(sheet, part) for part in body.split("+"))


@pytest.fixture
def evaluate():
    return Evaluator


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="session")
def libreoffice():
    """``recalc`` below; skips the test where LibreOffice is not installed."""
    if soffice_path() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return recalc


def recalc(files: list[Path], outdir: Path, profile: Path, fmt: str = "xlsx") -> list[Path]:
    """Open ``files`` in LibreOffice headless (one start for all), recalculate and save them as
    ``fmt`` into ``outdir``; a private profile keeps runs independent of any user set-up."""
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = [
        soffice_path(),
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        fmt,
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    out = [outdir / f"{f.stem}.{fmt}" for f in files]
    missing = [p for p in out if not p.exists()]
    assert not missing, f"LibreOffice did not write {missing}"
    return out
