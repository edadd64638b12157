"""The limits on every table reader (io/limits.py, docs/limits-tables.md), and the workbook
reader (io/xlsx.py) against openpyxl.

Bombs are made small: the limits are lowered for the test (the readers look them up when they
read), so a few kilobytes stand for gigabytes. Each refusal is a ``TableError`` (exit 2 from the
command line) that names the limit, and the part, line or row where it was met.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negotiator_gui.cli import main
from negotiator_gui.io import limits as LIM
from negotiator_gui.io import xlsx as X
from negotiator_gui.io.tables import TableError, head_rows, read_table

ROOT = Path(__file__).resolve().parents[2]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = ["importer", "exporter", "product", "value"]


def sheet_xml(rows: list[list[object]], extra: str = "") -> bytes:
    """A sheet as Excel writes it: numbers in <v>, text inline (no shared strings needed)."""
    out = [f'<worksheet xmlns="{MAIN}"><sheetData>']
    for r, row in enumerate(rows, 1):
        out.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            ref = f"{X.column_letter(c + 1)}{r}"
            if isinstance(v, str):
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
            else:
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
        out.append("</row>")
    out.append(f"</sheetData>{extra}</worksheet>")
    return "".join(out).encode()


def book(path: Path, sheet: bytes, parts: dict[str, bytes] | None = None) -> Path:
    """A minimal workbook with one sheet "data"; ``parts`` add or replace members."""
    members = {
        "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Default Extension="xml" ContentType="application/xml"/>'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        b'relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        b'"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml"'
        b' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        b'sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{OFFICE}/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'.encode(),
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets><sheet '
        'name="data" sheetId="1" r:id="rId1"/></sheets></workbook>'.encode(),
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
        f'Type="{OFFICE}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
        f'Type="{OFFICE}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" '
        f'Type="{OFFICE}/styles" Target="styles.xml"/></Relationships>'.encode(),
        "xl/worksheets/sheet1.xml": sheet,
    }
    members.update(parts or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


ROWS = [HEAD, ["US", "JP", "870323", 100], ["US", "JP", "870324", 200]]


@pytest.fixture
def limits(monkeypatch):
    """Set limits for one test: ``limits(MAX_ROWS=10)``."""

    def set_(**values: int) -> None:
        for name, value in values.items():
            assert hasattr(LIM, name), name
            monkeypatch.setattr(LIM, name, value)

    return set_


def refused(path: Path, scenario, *words: str, **kw) -> str:
    with pytest.raises(TableError) as err:
        read_table(path, scenario=scenario, **kw)
    text = str(err.value)
    for w in words:
        assert w in text, text
    return text


def test_a_plain_workbook_reads(tmp_path, scenario):
    report = read_table(book(tmp_path / "ok.xlsx", sheet_xml(ROWS)), scenario=scenario)
    assert report.rows_accepted == 2 and report.sheet == "data"


# -- the archive -------------------------------------------------------------------------------


def test_a_member_declared_too_large_is_refused_before_unpacking(tmp_path, scenario, limits):
    limits(MAX_MEMBER_BYTES=50 * 1024)
    path = book(tmp_path / "big.xlsx", sheet_xml(ROWS, extra=" " * 60_000))
    refused(path, scenario, "xl/worksheets/sheet1.xml", "unpacks to", "more than the 50 KB limit")


def test_a_member_packed_too_tightly_is_a_zip_bomb(tmp_path, scenario, limits):
    limits(RATIO_FLOOR=10_000, MAX_RATIO=50)
    path = book(tmp_path / "bomb.xlsx", sheet_xml(ROWS, extra=" " * 500_000))
    text = refused(path, scenario, "xl/worksheets/sheet1.xml", "zip bomb", "more than 50 times")
    assert "CSV" in text  # the way around it


def test_the_whole_archive_and_its_members_are_counted(tmp_path, scenario, limits):
    path = book(tmp_path / "ok.xlsx", sheet_xml(ROWS))
    limits(MAX_TOTAL_BYTES=1_000)
    refused(path, scenario, "unpacks to", "in all, more than the 1000 bytes limit")
    limits(MAX_TOTAL_BYTES=LIM.GiB, MAX_ZIP_MEMBERS=3)
    refused(path, scenario, "holds 5 files; the limit is 3")


def test_parts_read_whole_have_their_own_limit(tmp_path, scenario, limits):
    limits(MAX_PART_BYTES=100)
    path = book(tmp_path / "wb.xlsx", sheet_xml(ROWS))
    refused(path, scenario, "_rels/.rels unpacks to more than 100 bytes")


def _shrink_declared_size(path: Path, member: str, size: int) -> None:
    """Rewrite the central directory so that ``member`` claims ``size`` unpacked bytes."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.rfind(b"PK\x01\x02" + b"\x00" * 0, 0)  # central directory entries
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        assert at >= 0, "member not found"
        n = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + n]) == name:
            struct.pack_into("<I", data, at + 24, size)
            break
        at += 4
    path.write_bytes(bytes(data))


def test_declared_sizes_that_lie_are_caught_while_unpacking(tmp_path, scenario):
    """zipfile stops at the size the central directory declares and then fails the CRC: a
    member that unpacks to more than it declared is damaged, never read beyond its word."""
    path = book(tmp_path / "liar.xlsx", sheet_xml(ROWS * 50))
    _shrink_declared_size(path, "xl/worksheets/sheet1.xml", 100)
    refused(path, scenario, "xl/worksheets/sheet1.xml", "damaged")


def test_the_capped_stream_counts_what_comes_out():
    import io

    raw = io.BytesIO(b"x" * 1000)
    capped = LIM.Capped(raw, 300, lambda: LIM.LimitError("over"))
    assert len(capped.read(200)) == 200
    with pytest.raises(LIM.LimitError, match="over"):
        capped.read(200)
    assert capped.seen == 301  # one byte past the limit, never the whole member


# -- what the parts hold -----------------------------------------------------------------------


def test_rows_beyond_the_limit(tmp_path, scenario, limits):
    limits(MAX_ROWS=10)
    rows = [HEAD] + [["US", "JP", f"8703{i:02d}", i] for i in range(20)]
    refused(book(tmp_path / "r.xlsx", sheet_xml(rows)), scenario, "row 11", "limit of 10 rows")
    # a single row far down the sheet is enough
    far = sheet_xml(ROWS).replace(b'<row r="3">', b'<row r="99">').replace(b'3"', b'99"')
    refused(book(tmp_path / "far.xlsx", far), scenario, "row 99", "limit of 10 rows")


def test_columns_and_cells_beyond_the_limit(tmp_path, scenario, limits):
    limits(MAX_COLUMNS=5)
    wide = [[*HEAD, "a", "b"], ["US", "JP", "870323", 1, 2, 3]]
    refused(book(tmp_path / "w.xlsx", sheet_xml(wide)), scenario, "column F", "limit of 5 columns")
    limits(MAX_COLUMNS=16_384, MAX_CELLS=30)
    rows = [HEAD] + [["US", "JP", f"8703{i:02d}", i] for i in range(10)]
    refused(book(tmp_path / "c.xlsx", sheet_xml(rows)), scenario, "more than 30 cells")


def test_shared_strings_are_counted_and_measured(tmp_path, scenario, limits):
    texts = "".join(f"<si><t>{t}</t></si>" for t in [*HEAD, "US", "JP", "x" * 50])
    sst = f'<sst xmlns="{MAIN}">{texts}</sst>'.encode()
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">' + "".join(
        f'<c r="{c}1" t="s"><v>{i}</v></c>' for i, c in enumerate("ABCD")
    ) + '</row><row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c>' + (
        '<c r="C2"><v>870323</v></c><c r="D2"><v>5</v></c></row></sheetData></worksheet>'
    )  # fmt: skip
    path = book(tmp_path / "s.xlsx", sheet.encode(), {"xl/sharedStrings.xml": sst})
    assert read_table(path, scenario=scenario).rows_accepted == 1
    limits(MAX_SHARED_STRINGS=3)
    refused(path, scenario, "xl/sharedStrings.xml", "more than 3 distinct texts")
    limits(MAX_SHARED_STRINGS=100, MAX_CELL_TEXT=40)
    refused(path, scenario, "shared text 7 holds 50 characters", "more than the 40")


def test_long_inline_text(tmp_path, scenario, limits):
    limits(MAX_CELL_TEXT=40)
    rows = [HEAD, ["US", "JP", "870323" + "0" * 60, 1]]
    refused(book(tmp_path / "t.xlsx", sheet_xml(rows)), scenario, "66 characters", "40")


def test_xml_nesting_is_bounded(tmp_path, scenario, limits):
    limits(MAX_XML_DEPTH=20)
    deep = "<extLst>" + "<ext>" * 30 + "</ext>" * 30 + "</extLst>"
    path = book(tmp_path / "d.xlsx", sheet_xml(ROWS, extra=deep))
    refused(path, scenario, "xl/worksheets/sheet1.xml", "more than 20 deep")
    wb = f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}">' + "<x>" * 30 + "</x>" * 30 + "</workbook>"
    path = book(tmp_path / "w.xlsx", sheet_xml(ROWS), {"xl/workbook.xml": wb.encode()})
    refused(path, scenario, "xl/workbook.xml", "more than 20 deep")


@pytest.mark.parametrize(
    "part, broken",
    [
        ("xl/worksheets/sheet1.xml", b'<worksheet xmlns="' + MAIN.encode() + b'"><sheetData><row'),
        ("xl/worksheets/sheet1.xml", b"\x00\x01garbage"),
        ("xl/workbook.xml", b"<workbook><sheets><sheet name="),
        ("xl/styles.xml", b"<styleSheet><numFmts><numFmt"),
        ("xl/sharedStrings.xml", b"<sst><si><t>cut"),
    ],
)
def test_damaged_parts_are_named(tmp_path, scenario, part, broken):
    sheet = sheet_xml(ROWS).replace(
        b'<c r="A2" t="inlineStr"><is><t>US</t></is></c>', b'<c r="A2" t="s"><v>0</v></c>'
    )
    parts = {
        "xl/styles.xml": b'<styleSheet xmlns="' + MAIN.encode() + b'"/>',
        "xl/sharedStrings.xml": b'<sst xmlns="' + MAIN.encode() + b'"><si><t>US</t></si></sst>',
    }
    parts[part] = broken
    path = book(tmp_path / "bad.xlsx", sheet, parts)
    refused(path, scenario, part, "damaged")


def test_not_a_zip_at_all(tmp_path, scenario):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0 an OLE file: an .xls or an encrypted workbook")
    refused(path, scenario, "cannot be read as an Excel workbook", "password-protected")


# -- CSV -------------------------------------------------------------------------------------


def test_csv_lines_rows_and_columns(tmp_path, scenario, limits):
    path = tmp_path / "t.csv"
    path.write_text("importer,exporter,product,value\nUS,JP,870323,1\n" + "," * 500 + "\n")
    limits(MAX_LINE_CHARS=200)
    refused(path, scenario, "line 3 is longer than 200 characters")
    limits(MAX_LINE_CHARS=LIM.MiB, MAX_COLUMNS=100)
    refused(path, scenario, "row 3 has 501 columns", "limit of 100")
    many = tmp_path / "many.csv"
    many.write_text("importer,exporter,product,value\n" + "US,JP,870323,1\n" * 20)
    limits(MAX_CSV_ROWS=10)
    refused(many, scenario, "more than 10 data rows", "split the table")


@pytest.mark.parametrize("name", ["rot13", "base64", "zlib", "hex", "bz2", "uu", "undefined"])
def test_encodings_that_are_not_text_encodings(tmp_path, scenario, name):
    path = tmp_path / "t.csv"
    path.write_text("importer,exporter,product,value\nUS,JP,870323,1\n")
    refused(path, scenario, repr(name), "--encoding", encoding=name)


def test_every_codec_reads_or_is_refused(tmp_path, scenario):
    """Each codec Python knows gives a report or a TableError, never another exception."""
    import encodings.aliases

    path = tmp_path / "t.csv"
    path.write_bytes(b"importer,exporter,product,value\nUS,JP,870323,1\n")
    for name in sorted(set(encodings.aliases.aliases.values())):
        with contextlib.suppress(TableError):
            read_table(path, scenario=scenario, encoding=name)


def test_cli_rot13_exits_2_naming_the_option(tmp_path, scenario_file, capsys):
    path = tmp_path / "t.csv"
    path.write_text("importer,exporter,product,value\nUS,JP,870323,1\n")
    before = scenario_file.read_bytes()
    code = main(["import-trade", str(path), "--into", str(scenario_file), "--encoding", "rot13"])
    err = capsys.readouterr().err
    assert code == 2 and "--encoding" in err and "rot13" in err and "Traceback" not in err
    assert "not changed" in err and scenario_file.read_bytes() == before


def test_cli_refuses_a_real_zip_bomb_quickly(tmp_path, scenario_file):
    """With the real limits: 40 MB of one byte packs into about 40 KB, a ratio of 1,000."""
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b" " * (40 * LIM.MiB))
    assert path.stat().st_size < 200_000
    command = ["import-trade", str(path), "--into", str(scenario_file), "--dry-run"]
    run = subprocess.run(
        [sys.executable, "-m", "negotiator_gui", *command],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert run.returncode == 2, run.stderr
    assert "zip bomb" in run.stderr and "xl/worksheets/sheet1.xml" in run.stderr
    assert "Traceback" not in run.stderr and "not changed" in run.stderr


# -- the reader against openpyxl, and its two paths against each other ------------------------

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r"),
    max_size=12,
)
cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    texts,
    st.sampled_from(["a & b", "<tag>", '"q"', "日本", "  lead", "x_x000D_y", "'0201"]),
    st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2100, 1, 1)),
)
table = st.lists(st.lists(cells, min_size=0, max_size=6), min_size=1, max_size=12)


def _openpyxl_rows(path: Path) -> list[tuple]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()
        return [tuple(r) for r in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _ours(path: Path) -> list[tuple]:
    with X.Book(path) as b:
        return [tuple(r) for r in b.rows(b.sheetnames[0])]


def _norm(rows: list[tuple]) -> list[tuple]:
    """Rows compared without trailing empty cells or rows (writers differ in what they keep),
    with empty text as no value."""
    out = []
    for r in rows:
        r = tuple(None if v == "" else v for v in r)
        while r and r[-1] is None:
            r = r[:-1]
        out.append(r)
    while out and not out[-1]:
        out.pop()
    return out


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=table, write_only=st.booleans())
def test_reader_agrees_with_openpyxl(tmp_path, monkeypatch, rows, write_only):
    wb = openpyxl.Workbook(write_only=write_only)
    ws = wb.create_sheet("data") if write_only else wb.active
    for r in rows:
        ws.append(r)
    path = tmp_path / "h.xlsx"
    wb.save(path)
    expected = _norm(_openpyxl_rows(path))
    assert _norm(_ours(path)) == expected
    # the ElementTree path gives the same rows
    monkeypatch.setattr(X._SheetReader, "_fast", lambda self, block: None)
    assert _norm(_ours(path)) == expected


def test_fast_path_takes_the_common_shapes(tmp_path, monkeypatch):
    """The shapes Excel and openpyxl write never need ElementTree (or speed would be lost)."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("data")
    for i in range(50):
        ws.append(["US", "JP", f"{i:06d}", i * 1.5, i, True, None, dt.date(2024, 1, 1), "=1+2"])
    wb.save(tmp_path / "w.xlsx")

    def no(self, block):
        raise AssertionError("fell back to ElementTree")

    monkeypatch.setattr(X._SheetReader, "_slow_block", no)
    rows = _ours(tmp_path / "w.xlsx")
    assert len(rows) == 50 and rows[3][:6] == ("US", "JP", "000003", 4.5, 3, True)
    assert rows[3][7] == dt.datetime(2024, 1, 1)
    assert rows[3][8] is None  # a formula that no spreadsheet computed has no value


def test_unusual_but_valid_xml_goes_the_slow_way_and_reads(tmp_path, scenario):
    sheet = (
        f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData><!-- a comment -->'
        "<x:row r='1'><x:c r='A1' t='inlineStr'><x:is><x:t>importer</x:t></x:is></x:c>"
        "<x:c t='inlineStr'><x:is><x:t><![CDATA[exporter]]></x:t></x:is></x:c>"
        '<x:c t="inlineStr"><x:is><x:r><x:t>prod</x:t></x:r><x:r><x:t>uct</x:t></x:r></x:is></x:c>'
        '<x:c t="inlineStr"><x:is><x:t>value</x:t></x:is></x:c></x:row>'
        '<x:row r="2"><x:c r="A2" t="str"><x:f>"U"&amp;"S"</x:f><x:v>US</x:v></x:c>'
        '<x:c r="B2" t="inlineStr"><x:is><x:t>JP</x:t></x:is></x:c>'
        '<x:c r="C2" t="inlineStr"><x:is><x:t>870323</x:t></x:is></x:c>'
        '<x:c r="D2"><x:f>40+2</x:f><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    )
    report = read_table(book(tmp_path / "odd.xlsx", sheet.encode()), scenario=scenario)
    assert report.rows_accepted == 1 and report.flows.value == [42.0]


def test_head_rows_for_the_dialog_use_the_same_limits(tmp_path, limits):
    path = book(tmp_path / "h.xlsx", sheet_xml(ROWS))
    assert head_rows(path)[0] == tuple(HEAD)
    limits(MAX_ZIP_MEMBERS=2)
    with pytest.raises(TableError, match="the limit is 2"):
        head_rows(path)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    strings=st.lists(
        st.one_of(texts, st.sampled_from(["a & b", "<x>", "\u65e5\u672c", " pad "])),
        min_size=1,
        max_size=8,
    ),
    phonetic=st.booleans(),
)
def test_shared_strings_agree_with_openpyxl(tmp_path, monkeypatch, strings, phonetic):
    """Shared texts as Excel writes them (with phonetic guides, as in Japanese workbooks): the
    regular-expression path, the ElementTree path and openpyxl read the same texts."""
    from xml.sax.saxutils import escape

    guide = '<rPh sb="0" eb="1"><t>\u30cb</t></rPh><phoneticPr fontId="1"/>' if phonetic else ""
    items = "".join(f'<si><t xml:space="preserve">{escape(t)}</t>{guide}</si>' for t in strings)
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    sst = f'{decl}<sst xmlns="{MAIN}">{items}</sst>'
    cells = "".join(
        f'<c r="{X.column_letter(i + 1)}1" t="s"><v>{i}</v></c>' for i in range(len(strings))
    )
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{cells}</row></sheetData></worksheet>'
    path = book(tmp_path / "sst.xlsx", sheet.encode(), {"xl/sharedStrings.xml": sst.encode()})
    expected = _norm(_openpyxl_rows(path))
    assert _norm(_ours(path)) == expected
    monkeypatch.setattr(X.Book, "_plain_strings", lambda self, part: None)
    assert _norm(_ours(path)) == expected


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edits=st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=1),
            st.sampled_from(["cut", "drop", "insert", "flip"]),
            st.sampled_from([b"<", b">", b"/", b'"', b"&", b"\xff", b"<row>", b"</c>", b"x"]),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_damaged_sheet_xml_is_a_table_error(tmp_path, scenario, edits):
    """Whatever is done to the sheet's bytes, the reading ends in a report or a TableError."""
    data = bytearray(sheet_xml(ROWS * 3, extra="<pageMargins left='0.7'/>"))
    for where, how, piece in edits:
        if not data:
            break
        at = int(where * (len(data) - 1))
        if how == "cut":
            del data[at:]
        elif how == "drop":
            del data[at : at + 3]
        elif how == "insert":
            data[at:at] = piece
        else:
            data[at] = piece[0]
    path = book(tmp_path / "fuzz.xlsx", bytes(data))
    with contextlib.suppress(TableError):
        read_table(path, scenario=scenario)


def test_head_lines_for_the_dialog_are_bounded(tmp_path, limits):
    from negotiator_gui.io.tables import head_lines

    path = tmp_path / "t.csv"
    path.write_text("importer,exporter,product,value\n" + "x" * 500 + "\n")
    assert head_lines(path, "utf-8", 1) == ["importer,exporter,product,value\n"]
    limits(MAX_LINE_CHARS=100)
    with pytest.raises(TableError, match="line 2 is longer than 100 characters"):
        head_lines(path, "utf-8")
