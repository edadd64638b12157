"""``import-weights`` on the workbooks a colleague could send back: numbers typed as text,
NaN and infinity, error values, renamed or missing headers, damaged parts and zip bombs.

Each case starts from a real exported workbook and changes one thing: a cell through openpyxl,
or a part of the zip rewritten by hand. What must hold: the import refuses with a
``WorkbookError`` naming the cell or the part (the command line exits 2, prints no traceback and
leaves the file as it was), or reads exactly the number meant, never a rescaled one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from negotiator_gui.cli import main
from negotiator_gui.io import limits as LIM
from negotiator_gui.io.excel import (
    NumberTextError,
    WorkbookError,
    number_text,
    read_weights,
    write_workbook,
)
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.scenario_file import write_scenario

NOW = dt.datetime(2025, 4, 20, 9, 30)
SCORE = "Options!F11"  # JP's score of autos / zero, whose value is 100 in the scenario


@pytest.fixture(scope="module")
def book(tmp_path_factory, april) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "april.xlsx"
    write_workbook(path, april, now=NOW)
    return path


def _edit(src: Path, dst: Path, fn) -> Path:
    wb = openpyxl.load_workbook(src)
    fn(wb[L.OPTIONS])
    wb.save(dst)
    return dst


def _rewrite(src: Path, dst: Path, part: str, fn) -> Path:
    """A copy of the workbook with one part's bytes replaced by ``fn(bytes)``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, fn(data) if info.filename == part else data)
    return dst


def _options_part(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        wb = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(r'<sheet[^>]*name="Options"[^>]*r:id="(\w+)"', wb).group(1)
    target = re.search(rf'Id="{rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="{rid}"', rels)
    return "xl/" + (target.group(1) or target.group(2)).lstrip("/").removeprefix("xl/")


def _refused(path: Path, scenario, *words: str) -> str:
    with pytest.raises(WorkbookError) as err:
        read_weights(path, scenario)
    text = str(err.value)
    for w in words:
        assert w in text, text
    return text


# -- the number-text rule ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("30", 30.0),
        ("30.5", 30.5),
        ("30,5", 30.5),
        (" 30,25 ", 30.25),
        ("0,125", 0.125),
        ("0.125", 0.125),
        ("1,2345", 1.2345),
        ("-2", -2.0),
        ("", None),
        ("   ", None),
    ],
)
def test_number_text_reads(text, value):
    assert number_text(text) == value


@pytest.mark.parametrize(
    "text",
    ["1,234", "1.234", "100.000", "1,234.5", "1.234,5", "1 234", "1e3", "30%", "$30", "NaN",
     "inf", "-Infinity", "3O", ",", ".", "30,5,1", "0x1A", "1_000"],
)  # fmt: skip
def test_number_text_refuses(text):
    with pytest.raises(NumberTextError):
        number_text(text)


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


@settings(max_examples=400, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=10**9),
    frac=st.text(alphabet="0123456789", max_size=6),
    mark=st.sampled_from([".", ","]),
    sep=st.sampled_from(["", ",", ".", " ", "\u00a0", "'"]),
)
@example(whole=1, frac="234", mark=",", sep="")
@example(whole=1234, frac="", mark=".", sep=",")
@example(whole=30, frac="5", mark=",", sep="")
def test_number_text_never_rescales(whole, frac, mark, sep):
    """Any number written as text, with either decimal mark and any thousands separator,
    reads back as exactly that number or is refused."""
    if sep == mark:
        return
    text = _group(str(whole), sep) + (mark + frac if frac else "")
    meant = float(f"{whole}.{frac or '0'}")
    try:
        got = number_text(text)
    except NumberTextError:
        return
    assert got == meant, f"{text!r} read as {got}, meant {meant}"


# -- numbers in cells --------------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [("30,5", 30.5), ("30.5", 30.5), (" 42 ", 42.0)])
def test_text_in_a_score_cell_is_read_by_the_rule(book, april, tmp_path, text, value):
    edited = _edit(book, tmp_path / "t.xlsx", lambda ws: setattr(ws["F11"], "value", text))
    result = read_weights(edited, april)
    assert [(c.cell, c.old, c.new) for c in result.changes] == [(SCORE, 100, value)]


@pytest.mark.parametrize("text", ["1,234", "1.234", "1,234.5", "30%", "nan", "inf"])
def test_ambiguous_or_foreign_text_is_refused_naming_the_cell(book, april, tmp_path, text):
    edited = _edit(book, tmp_path / "t.xlsx", lambda ws: setattr(ws["F11"], "value", text))
    _refused(edited, april, SCORE, "is not a number", repr(text))


@pytest.mark.parametrize("raw", ["NaN", "nan", "inf", "-INF", "1e999"])
def test_nan_and_infinity_in_a_number_cell(book, april, tmp_path, raw):
    """Not empty: a value that is not a finite number, with its cell."""
    part = _options_part(book)

    def poison(data: bytes) -> bytes:
        out, n = re.subn(
            rb'(<c r="F11"[^>]*>)<v>[^<]*</v>', rb"\1<v>" + raw.encode() + b"</v>", data
        )
        assert n == 1
        return out

    path = _rewrite(book, tmp_path / "n.xlsx", part, poison)
    text = _refused(path, april, SCORE)
    assert "not a finite number" in text and "empty" not in text


def test_an_empty_value_element_is_not_read_as_empty(book, april, tmp_path):
    """openpyxl writes NaN and infinity as <v/>: that cell holds no valid number."""
    edited = _edit(book, tmp_path / "v.xlsx", lambda ws: setattr(ws["F11"], "value", float("nan")))
    _refused(edited, april, SCORE, "no valid number", "NaN")


@pytest.mark.parametrize("value", ["#DIV/0!", "#N/A"])
def test_error_values_are_refused(book, april, tmp_path, value):
    part = _options_part(book)

    def err(data: bytes) -> bytes:
        return re.sub(
            rb'<c r="F11"([^>]*)>(?:<v>[^<]*</v>)?</c>',
            b'<c r="F11" t="e"><v>' + value.encode() + b"</v></c>",
            data,
        )

    path = _rewrite(book, tmp_path / "e.xlsx", part, err)
    _refused(path, april, SCORE, f"error value {value}")


def test_a_date_is_not_a_number(book, april, tmp_path):
    edited = _edit(
        book, tmp_path / "d.xlsx", lambda ws: setattr(ws["F11"], "value", dt.date(2025, 1, 30))
    )
    _refused(edited, april, SCORE, "is not a number")


# -- headers and redaction ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell, new, missing",
    [
        ("D5", "JP weights", "JP weight"),
        ("D5", "Japan weight", "JP weight"),
        ("H5", "US Weight", "US weight"),
        ("B5", "Issue ID", "Issue id"),
        ("C5", "Option", "Option id"),
    ],
)
def test_a_renamed_header_is_refused_naming_its_cell(book, april, tmp_path, cell, new, missing):
    edited = _edit(book, tmp_path / "h.xlsx", lambda ws: setattr(ws[cell], "value", new))
    text = _refused(edited, april, f"'{missing}' header is missing", f"Options!{cell} '{new}'")
    assert "restructured" in text


def test_deleted_party_columns_are_not_taken_for_a_redacted_copy(book, april, tmp_path):
    """The About sheet lists JP's reservation value, so JP's columns must be there."""
    edited = _edit(book, tmp_path / "x.xlsx", lambda ws: ws.delete_cols(4, 4))
    _refused(edited, april, "'JP weight' header is missing", "restructured")


def test_cleared_party_headers_are_refused(book, april, tmp_path):
    def clear(ws):
        for c in ("D5", "E5", "F5", "G5"):
            ws[c].value = None

    _refused(_edit(book, tmp_path / "c.xlsx", clear), april, "'JP weight' header is missing")


def test_party_columns_the_about_sheet_does_not_list_are_refused(tmp_path, april):
    """A redacted copy that gained our party's columns (copied in from another workbook)."""
    red = tmp_path / "red.xlsx"
    write_workbook(red, april, redacted=True, now=NOW)
    wb = openpyxl.load_workbook(red)
    ws = wb[L.OPTIONS]
    header = next(r for r in ws.iter_rows(max_row=10) if r[0].value == L.H_LABEL)
    free = max(c.column for c in header if c.value) + 1
    ws.cell(header[0].row, free).value = L.h_weight("JP", False)
    wb.save(red)
    _refused(red, april, "lists no reservation value for JP", "'JP weight'")


def test_a_genuine_redacted_copy_still_imports(tmp_path, april):
    red = tmp_path / "red.xlsx"
    write_workbook(red, april, redacted=True, now=NOW)
    result = read_weights(red, april)
    assert result.parties == ("US",) and result.missing == ("JP",) and result.redacted
    assert "(a redacted copy)" in result.report("b", "f", april)


# -- damaged parts and bombs, through the command line -----------------------------------------


def _cli(book_path: Path, scenario, tmp_path: Path, capsys) -> tuple[int, str]:
    file = tmp_path / "s.scenario.json"
    write_scenario(scenario, file)
    before = file.read_bytes()
    code = main(["import-weights", str(book_path), str(file), "--yes"])
    err = capsys.readouterr().err
    assert file.read_bytes() == before
    assert "Traceback" not in err and "internal error" not in err
    return code, err


@pytest.mark.parametrize(
    "part, damage",
    [
        ("options", lambda b: b[: len(b) // 2]),
        ("options", lambda b: b.replace(b"<sheetData>", b"<sheetData><row r='1'><c>", 1)),
        ("options", lambda b: b"\xff\xfe not xml"),
        ("xl/workbook.xml", lambda b: b.replace(b"</sheets>", b"<sheets>", 1)),
        ("xl/styles.xml", lambda b: b[:200]),
        ("xl/_rels/workbook.xml.rels", lambda b: b"<Relationships"),
    ],
)
def test_damaged_parts_exit_2_naming_the_part(book, april, tmp_path, capsys, part, damage):
    name = _options_part(book) if part == "options" else part
    with zipfile.ZipFile(book) as z:
        assert name in z.namelist(), name
    path = _rewrite(book, tmp_path / "dmg.xlsx", name, damage)
    code, err = _cli(path, april, tmp_path, capsys)
    assert code == 2 and name in err and "damaged" in err, err
    assert "not changed" in err


@pytest.mark.parametrize("damaged", [False, True])
def test_shared_strings_and_damaged_shared_strings(book, april, tmp_path, capsys, damaged):
    """The export writes its text inline; give the Options sheet a shared text (as Excel and
    LibreOffice write text), then damage the shared-strings part."""
    part = _options_part(book)
    sst = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    with zipfile.ZipFile(book) as zin, zipfile.ZipFile(tmp_path / "s.xlsx", "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdS" Type="{sst}" Target="sharedStrings.xml"/>'.encode()
                    + b"</Relationships>",
                )
            elif info.filename == part:
                data, n = re.subn(rb'<c r="B6"[^>]*>.*?</c>', b'<c r="B6" t="s"><v>0</v></c>', data)
                assert n == 1
            zout.writestr(info.filename, data)
        main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        text = b"<sst><si><t>autos</si></sst>" if damaged else (
            f'<sst xmlns="{main_ns}"><si><t>autos</t><rPh><t>\u3042</t></rPh></si></sst>'.encode()
        )  # fmt: skip
        zout.writestr("xl/sharedStrings.xml", text)
    if not damaged:
        assert read_weights(tmp_path / "s.xlsx", april).changes == []
        return
    code, err = _cli(tmp_path / "s.xlsx", april, tmp_path, capsys)
    assert code == 2 and "xl/sharedStrings.xml" in err and "damaged" in err, err


def test_a_zip_bomb_exits_2(book, april, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(LIM, "RATIO_FLOOR", 100_000)
    monkeypatch.setattr(LIM, "MAX_RATIO", 50)
    part = _options_part(book)
    bomb = _rewrite(
        book,
        tmp_path / "bomb.xlsx",
        part,
        lambda b: b.replace(b"<sheetData>", b"<sheetData>" + b" " * 2_000_000, 1),
    )
    code, err = _cli(bomb, april, tmp_path, capsys)
    assert code == 2 and "zip bomb" in err and part in err
    assert "export a fresh one" in err


def test_an_options_sheet_far_too_large_is_refused(book, april, tmp_path, monkeypatch):
    from negotiator_gui.io.excel import weights as EI

    monkeypatch.setattr(EI, "MAX_SHEET_CELLS", 100)
    _refused(book, april, "more than 100 cells")


def test_a_copy_that_is_not_changed_still_reads(book, april, tmp_path):
    copy = tmp_path / "copy.xlsx"
    shutil.copy(book, copy)
    assert read_weights(copy, april).changes == []


@settings(max_examples=30, deadline=None)
@given(
    where=st.floats(min_value=0, max_value=1),
    how=st.sampled_from(["cut", "drop", "insert"]),
    piece=st.sampled_from([b"<", b"</row>", b"&", b"\xff", b'"', b"<c r='A1'>"]),
)
def test_damaged_options_sheet_is_a_workbook_error(
    book, april, tmp_path_factory, where, how, piece
):
    """Whatever is done to the Options sheet's bytes: a result or a WorkbookError."""
    part = _options_part(book)

    def damage(data: bytes) -> bytes:
        b = bytearray(data)
        at = int(where * (len(b) - 1))
        if how == "cut":
            del b[at:]
        elif how == "drop":
            del b[at : at + 5]
        else:
            b[at:at] = piece
        return bytes(b)

    path = _rewrite(book, tmp_path_factory.mktemp("fz") / "f.xlsx", part, damage)
    with contextlib.suppress(WorkbookError):
        read_weights(path, april)


def test_without_reservation_lines_the_headers_decide(book, april, tmp_path):
    """A workbook whose About sheet lost its reservation lines: the parties are those with a
    weight column, and each of them must still have all its headers."""
    wb = openpyxl.load_workbook(book)
    about = wb[L.ABOUT]
    for row in about.iter_rows(max_row=60):
        if isinstance(row[0].value, str) and row[0].value.startswith(
            ("Reservation value", "Walk-away value")
        ):
            row[0].value = None
    wb.save(tmp_path / "a.xlsx")
    assert read_weights(tmp_path / "a.xlsx", april).parties == ("JP", "US")

    def clear(ws):
        for c in ("D5", "E5", "F5", "G5"):
            ws[c].value = None

    edited = _edit(tmp_path / "a.xlsx", tmp_path / "b.xlsx", clear)
    result = read_weights(edited, april)
    assert result.parties == ("US",) and result.missing == ("JP",) and not result.redacted
    renamed = _edit(
        tmp_path / "a.xlsx", tmp_path / "c.xlsx", lambda ws: setattr(ws["F5"], "value", "x")
    )
    _refused(renamed, april, "'JP score' header is missing", "Options!F5 'x'")
    renamed = _edit(
        tmp_path / "a.xlsx", tmp_path / "d.xlsx", lambda ws: setattr(ws["D5"], "value", "y")
    )
    _refused(renamed, april, "'JP weight' header is missing", "Options!D5 'y'")
