"""Files as officials have them: encodings (UTF-8 with or without BOM, Shift_JIS, Windows-1252,
UTF-16), delimiters, extensions; and what cannot be read is refused with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from negotiator_gui.io.tables import TableError, read_table

JP_ROWS = [
    ["輸入国", "輸出国", "品目コード", "金額", "税率"],
    ["日本", "アメリカ合衆国", "0201", "100", "38.5%"],
    ["日本", "中国", "1006", "5", "0.1"],
]


def test_shift_jis_csv(tables, scenario):
    path = tables.csv("jp.csv", JP_ROWS, encoding="cp932")
    r = read_table(
        path, {"exporter": "輸出国"}, scenario=scenario, aliases={"アメリカ合衆国": "US"}
    )
    assert r.encoding == "cp932" and "guessed" in r.encoding_why
    assert "Shift_JIS" in r.text()
    assert r.flows.importer == ["JP", "JP"] and r.flows.exporter == ["US", "CN"]
    assert r.flows.product == ["0201", "1006"] and r.flows.mfn_rate == [0.385, 0.1]


def test_shift_jis_after_a_megabyte_of_ascii(tables, scenario):
    """The encoding is checked over the whole file, not guessed from its start."""
    rows = [["importer", "exporter", "product", "value"]]
    rows += [["JP", "US", f"{i % 9000 + 1000:04d}", "1"] for i in range(70_000)]
    rows.append(["日本", "中国", "1006", "5"])
    r = read_table(tables.csv("late.csv", rows, encoding="cp932"), scenario=scenario)
    assert r.encoding == "cp932" and r.flows.exporter[-1] == "CN"


def test_utf8_bom_is_dropped(tables, scenario):
    path = tables.csv(
        "bom.csv",
        [["importer", "exporter", "product", "value"], ["US", "JP", "8703", "1"]],
        encoding="utf-8-sig",
    )
    r = read_table(path, scenario=scenario)
    assert r.columns["importer"] == "importer"  # not "\ufeffimporter"
    assert r.encoding_why == "byte-order mark" and r.flows.importer == ["US"]


def test_utf16_unicode_text_from_excel(tables, scenario):
    path = tables.csv(
        "unicode.txt",
        [["importer", "exporter", "product", "value"], ["JP", "日本", "8703", "1"]],
        encoding="utf-16",
        delimiter="\t",
    )
    r = read_table(path, scenario=scenario, aliases={"日本": "US"})
    assert r.encoding == "utf-16" and r.delimiter == "\t"
    assert r.flows.exporter == ["US"]


def test_windows_1252(tables, scenario):
    path = tables.csv(
        "w.csv",
        [["importer", "exporter", "product", "value"], ["US", "Côte d'Ivoire", "1801", "1"]],
        encoding="cp1252",
    )
    r = read_table(path, scenario=scenario, aliases={"Côte d'Ivoire": "CN"})
    assert r.encoding == "cp1252" and r.flows.exporter == ["CN"]


def test_wrong_encoding_given_names_the_line(tables, scenario):
    path = tables.csv("jp.csv", JP_ROWS, encoding="cp932")
    with pytest.raises(TableError) as exc:
        read_table(path, scenario=scenario, encoding="utf-8")
    msg = str(exc.value)
    assert "line 1 (byte 0)" in msg and "is not UTF-8 text" in msg and "--encoding cp932" in msg
    with pytest.raises(TableError, match="unknown encoding 'klingon'"):
        read_table(path, scenario=scenario, encoding="klingon")


def test_undecodable_bytes_are_reported(tmp_path: Path, scenario):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"importer,exporter,product,value\nUS,JP,8703,1\nUS,\x81\x7f\xff,8703,1\n")
    with pytest.raises(TableError, match=r"line 3 \(byte \d+\): byte 0x81"):
        read_table(path, scenario=scenario)


@pytest.mark.parametrize(("delimiter", "suffix"), [(";", ".csv"), ("\t", ".tsv"), ("|", ".txt")])
def test_delimiters(tables, scenario, delimiter, suffix):
    rows = [
        ["Title, with a comma"],
        ["importer", "exporter", "product", "value"],
        ["US", "JP", "8703", "1,5" if delimiter == ";" else "1.5"],
    ]
    r = read_table(tables.csv("t" + suffix, rows, delimiter=delimiter), scenario=scenario)
    assert r.delimiter == delimiter and r.header_row == 2 and r.flows.value == [1.5]


def test_semicolon_files_read_decimal_commas(tables, scenario):
    rows = [["importer", "exporter", "product", "value"], ["US", "JP", "8703", "1.234,5"]]
    r = read_table(tables.csv("t.csv", rows, delimiter=";"), scenario=scenario)
    assert r.flows.value == [1234.5] and any("decimal mark" in n for n in r.notes)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("t.xls", "cannot be read; open it in Excel or LibreOffice and save it"),
        ("t.ods", "cannot be read; open it in Excel or LibreOffice"),
        ("t.json", "cannot read .json files"),
        ("table", "cannot read extension-less files"),
    ],
)
def test_other_extensions_are_refused(tmp_path: Path, scenario, name, message):
    path = tmp_path / name
    path.write_text("importer,exporter,product,value\n")
    with pytest.raises(TableError, match=message):
        read_table(path, scenario=scenario)


def test_unusable_files(tmp_path: Path, tables, scenario):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TableError, match="is empty"):
        read_table(empty, scenario=scenario)
    with pytest.raises(TableError, match="no such file"):
        read_table(tmp_path / "missing.csv", scenario=scenario)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(TableError, match="is a folder"):
        read_table(folder, scenario=scenario)
    blank = tables.csv("blank.csv", [[], [""], [" "]])
    with pytest.raises(TableError, match="holds no data"):
        read_table(blank, scenario=scenario)
    header_only = tables.csv("h.csv", [["importer", "exporter", "product", "value"]])
    with pytest.raises(TableError, match=r"no data rows below the header \(row 1\)"):
        read_table(header_only, scenario=scenario)
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b"importer,exporter,product,value\nUS,JP,8703,1\nUS,JP,8704," + b"9" * 200_000)
    with pytest.raises(TableError, match="line 3: cannot be read: field larger than field limit"):
        read_table(huge, scenario=scenario)
    nul = tmp_path / "nul.csv"  # Python 3.11 reads NUL characters: a bad cell like any other
    nul.write_bytes(b"importer,exporter,product,value\nUS,JP,87\x0003,1\n")
    assert read_table(nul, scenario=scenario).problems[0].column == "product"


def test_damaged_workbooks(tmp_path: Path, tables, scenario):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(TableError, match="cannot be read as an Excel workbook"):
        read_table(fake, scenario=scenario)
    text = tmp_path / "text.xlsx"
    text.write_text("importer,exporter\n")
    with pytest.raises(TableError, match="cannot be read as an Excel workbook"):
        read_table(text, scenario=scenario)
    book = tables.xlsx("b.xlsx", [["nothing", "here"]], before=[("Notes", [["hello"]])])
    with pytest.raises(TableError, match=r"sheet 'Notes', and the other sheets.*no header row"):
        read_table(book, scenario=scenario)
    with pytest.raises(TableError, match=r"no sheet named 'Data'; its sheets are 'Notes', 'data'"):
        read_table(book, scenario=scenario, sheet="Data")
