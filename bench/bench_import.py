"""Import of trade tables (issue: "1,000,000 rows import in seconds, not minutes").

- CSV: ``read_table`` on a 1,000,000-row UN Comtrade-style file, against a bare ``csv.reader``
  loop over the same file that only converts the value column to float, the least any reader
  must do. Aim: at most 3×.
- XLSX: ``read_table`` on a 100,000-row workbook, against iterating the same sheet with
  openpyxl's read-only mode. Reported, no aim: since ``io/xlsx.py`` (a streaming reader of our
  own, with limits) the reader is far quicker than that reference; docs/limits-tables.md gives
  the full-sheet figures (1,048,575 rows in 8–10 s, about 3× the same rows as CSV).
"""

from __future__ import annotations

import csv
import random
import tempfile
from pathlib import Path

from benchkit import best_of, report
from negotiator_gui.core.model import Party, Scenario
from negotiator_gui.io.tables import read_table

CSV_ROWS = 1_000_000
XLSX_ROWS = 100_000

HEADER = [
    "typeCode",
    "freqCode",
    "refYear",
    "reporterCode",
    "reporterISO",
    "reporterDesc",
    "flowCode",
    "partnerCode",
    "partnerISO",
    "partnerDesc",
    "cmdCode",
    "cmdDesc",
    "qty",
    "primaryValue",
]
PARTNERS = [
    ("392", "JPN", "Japan"),
    ("156", "CHN", "China"),
    ("410", "KOR", "Rep. of Korea"),
    ("276", "DEU", "Germany"),
    ("484", "MEX", "Mexico"),
]


def scenario() -> Scenario:
    import datetime as dt

    return Scenario(
        id="bench",
        title="bench",
        as_of=dt.date(2025, 4, 1),
        perspective="US",
        parties=[
            Party("US", "United States"),
            Party("JP", "Japan"),
            Party("CN", "China"),
            Party("KR", "South Korea"),
            Party("EU", "European Union"),
            Party("ROW", "Rest of world"),
        ],
    )


def rows(n: int, seed: int = 2025):
    """Comtrade-like rows: every (partner, product) key once, so nothing merges; HS-6 codes
    with leading zeros; a few description strings, as a real export has."""
    rng = random.Random(seed)
    codes = [f"{c:06d}" for c in rng.sample(range(10_000, 999_999), n // len(PARTNERS) + 1)]
    for i in range(n):
        code, iso, name = PARTNERS[i % len(PARTNERS)]
        yield [
            "C",
            "A",
            "2024",
            "842",
            "USA",
            "USA",
            "M",
            code,
            iso,
            name,
            codes[i // len(PARTNERS)],
            "Motor cars and other motor vehicles",
            str(rng.randrange(1, 10_000)),
            f"{rng.lognormvariate(12, 2):.2f}",
        ]


def write_csv(path: Path, n: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows(n))


def write_xlsx(path: Path, n: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("data")
    ws.append(HEADER)
    for r in rows(n):
        r[-1] = float(r[-1])
        ws.append(r)
    wb.save(path)


def bare_csv(path: Path) -> float:
    total = 0.0
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        for row in reader:
            total += float(row[13])
    return total


def bare_xlsx(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for _ in wb["data"].iter_rows(values_only=True):
        n += 1
    wb.close()
    return n


def main() -> bool:
    s = scenario()
    aliases = {"DEU": "EU", "MEX": "ROW"}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "comtrade.csv"
        write_csv(path, CSV_ROWS)
        r = read_table(path, scenario=s, aliases=aliases)
        assert r.rows_accepted == CSV_ROWS and not r.rows_left_out, r.text()
        print(f"CSV: {CSV_ROWS:,} rows, {path.stat().st_size / 2**20:.0f} MB")
        ok = report(
            "read_table, 1,000,000-row CSV",
            best_of(lambda: read_table(path, scenario=s, aliases=aliases), repeat=3),
            best_of(lambda: bare_csv(path), repeat=3),
            "csv.reader + float",
            3.0,
        )
        xpath = Path(tmp) / "comtrade.xlsx"
        write_xlsx(xpath, XLSX_ROWS)
        r = read_table(xpath, scenario=s, aliases=aliases)
        assert r.rows_accepted == XLSX_ROWS and not r.rows_left_out, r.text()
        report(
            "read_table, 100,000-row XLSX",
            best_of(lambda: read_table(xpath, scenario=s, aliases=aliases), repeat=1),
            best_of(lambda: bare_xlsx(xpath), repeat=1),
            "openpyxl read-only",
            None,
        )
    return ok


if __name__ == "__main__":
    main()
