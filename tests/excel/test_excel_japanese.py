"""A workbook exported while the window runs in Japanese: sheet names, headers and labels in
Japanese, a font with Japanese glyphs, formulas that still refer to the (renamed) Options sheet,
and weights that still import. LibreOffice, where installed, reads the Japanese text back."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from negotiator_gui.core.i18n import tr
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel import read_weights, write_workbook

NOW = dt.datetime(2025, 4, 20, 9, 30)


@pytest.fixture
def workbook(april, tmp_path, japanese) -> Path:
    path = tmp_path / "japanese.xlsx"
    write_workbook(path, april, now=NOW)
    return path


def test_sheets_headers_and_font_are_japanese(workbook, april):
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames == [
        "概要",
        "選択肢",
        "パッケージ",
        "グラフ",
        "論点一覧",
        "影響",
        "関税",
        "ボード",
        "範囲",
    ]
    about = {r[0]: r[1] for r in wb["概要"].iter_rows(values_only=True) if r and r[0]}
    assert about["シナリオID"] == april.id
    assert about["ブック形式"] == L.FORMAT_LINE
    options = wb["選択肢"]
    heads = [c.value for c in options[5]]
    assert heads[:3] == ["論点 / 選択肢", "論点ID", "選択肢ID"]
    assert "JP ウェイト" in heads and "US スコア" in heads
    tariffs = [c.value for row in wb["関税"].iter_rows(max_row=8) for c in row if c.value]
    assert "措置" in tariffs and "法的根拠" in tariffs
    # the Japanese face everywhere: styled cells and the workbook's default (Normal) font
    assert options["A5"].font.name == L.JAPANESE_FONT == "Yu Gothic"
    assert wb["概要"]["A1"].font.name == L.JAPANESE_FONT
    assert wb._fonts[0].name == L.JAPANESE_FONT
    # formulas and defined names refer to the renamed sheet, quoted
    name = wb.defined_names[L.weight_name("JP", april.issues[0].id)]
    assert name.attr_text.startswith("'選択肢'!$")
    packages = wb["パッケージ"]
    formulas = [c.value for row in packages.iter_rows(min_row=5, max_row=8) for c in row]
    assert any(isinstance(f, str) and f.startswith("='選択肢'!") for f in formulas)
    assert any(isinstance(f, str) and '"はい","いいえ"' in f for f in formulas)


def test_japanese_workbook_imports_back(workbook, april):
    result = read_weights(workbook, april)
    assert set(result.parties) == {"JP", "US"}
    assert result.changes == []
    assert result.hash_matches
    assert result.exported_title == april.title


def test_english_outside_the_window(april, tmp_path):
    """No translator (the command line): English names and Calibri, as before."""
    assert tr("Options") == "Options"
    path = tmp_path / "english.xlsx"
    write_workbook(path, april, now=NOW)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["About", "Options"]
    assert wb["Options"]["A5"].font.name == "Calibri"


@pytest.mark.slow
@pytest.mark.office
@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")),
    reason="LibreOffice (soffice) is not installed",
)
def test_libreoffice_reads_the_japanese_text(workbook, tmp_path):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    out = tmp_path / "csv"
    cmd = [
        office,
        f"-env:UserInstallation={(tmp_path / 'profile').resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76",  # comma, double quote, UTF-8
        "--outdir",
        str(out),
        str(workbook),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    rows = list(csv.reader((out / "japanese.csv").open(encoding="utf-8")))
    cells = {c for row in rows for c in row}
    assert any(c.startswith("オプション・マトリクス") for c in cells)  # the About sheet's title
    assert {"シナリオID", "ブック形式", "内容ハッシュ"} <= cells
