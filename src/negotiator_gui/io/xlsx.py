"""Reading .xlsx workbooks ourselves: streamed, within the limits of ``limits.py``, and fast.

Why not openpyxl here: its read-only mode still builds a dictionary per cell and reads the
shared strings, styles and workbook parts with no bound, so a 3 MB file packed from gigabytes
of XML ran for minutes, and a 1,048,576-row sheet took two to three minutes where the same rows
as CSV take seconds. This reader opens the zip archive itself, refuses it if its central
directory declares too much (``limits.check_archive``), reads every part through a stream that
counts what is actually unpacked (``limits.Capped``), and counts rows, columns, cells, shared
strings, text length and XML nesting as it goes.

Sheets are read in blocks of whole rows. A block in the shapes Excel, LibreOffice, openpyxl and
Google Sheets write (``<row><c r="A1" t="s"><v>0</v></c>…</row>``) is taken apart with regular
expressions and converted column by column with built-ins; the rows of a block that share their
columns and cell types are converted together. Anything else (a comment, CDATA, a formula, an
unusual attribute order, a byte that is not UTF-8, damage) sends that block through
ElementTree, which reads every well-formed shape and names what is broken. Both paths give the
same values; the tests compare them, and with openpyxl.

Values are what openpyxl gives with ``data_only=True``: text as ``str``, numbers as ``int`` when
written without a decimal point or exponent and ``float`` otherwise, numbers in a date format as
``datetime``/``time``/``timedelta``, booleans, error values as their text ("#N/A"), and a
formula's saved result (``Book.cells`` also tells which cells hold a formula).
"""

from __future__ import annotations

import datetime as dt
import itertools
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple
from xml.etree import ElementTree as ET
from xml.sax.saxutils import quoteattr

from negotiator_gui.core.i18n import N_, tr
from negotiator_gui.io import collector
from negotiator_gui.io import limits as LIM

MAIN_NS = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # "strict" Open XML
)
REL_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
#: Bytes read from an archive member at a time.
CHUNK = 1 << 20
#: A single row's XML may not be larger than this (a row of 16,384 long cells is far less).
MAX_ROW_BYTES = 256 * LIM.MiB

DAMAGED_HINT = N_("open the workbook in Excel or LibreOffice and save it again")


class XlsxError(Exception):
    """A workbook that cannot be read: not a workbook, damaged, or beyond a limit. The message
    names the part (the file inside the .xlsx) or cell and says what to do; the caller puts the
    workbook's path in front."""


class NotAWorkbook(XlsxError):
    """The file is not a zip archive at all (an .xls, a password-protected workbook, text);
    the message is the archive reader's reason."""


class Cell(NamedTuple):
    """One cell of ``Book.cells``: 1-based row and column, the value (a formula's saved result,
    None if it has none), the cell's type as written ("n" number, "s" text, "b", "e" error, "d"
    date; "void" a number cell with an empty value, which some writers leave for NaN or
    infinity) and the formula's text without "=" (None if the cell holds no formula)."""

    row: int
    column: int
    value: Any
    kind: str
    formula: str | None = None

    @property
    def coordinate(self) -> str:
        return f"{column_letter(self.column)}{self.row}"


def column_letter(index: int) -> str:
    """1 -> "A", 27 -> "AA"."""
    out = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


class _ColumnIndex(dict):
    """Column letters -> 1-based index, each computed once."""

    def __missing__(self, letters: str | bytes) -> int:
        text = letters.decode("ascii") if isinstance(letters, bytes) else letters
        n = 0
        for ch in text:  # A–Z only: the callers check
            n = n * 26 + ord(ch) - 64
        self[letters] = n
        return n


_COLUMNS = _ColumnIndex()
#: Element names of the main namespace (either flavour) -> local name, for the tags read.
_TAGS = {f"{{{ns}}}{name}": name for ns in MAIN_NS for name in ("row", "c", "v", "f", "is")}


class _Where:
    """A cell's reference, written out only if a message needs it."""

    __slots__ = ("col", "row")

    def __init__(self, col: int, row: int) -> None:
        self.col, self.row = col, row

    def __str__(self) -> str:
        return f"{column_letter(self.col)}{self.row}"


_LETTERS = re.compile(r"[A-Z]{1,7}")


class _Fallback(Exception):
    """A block the fast path does not take; ElementTree reads it instead."""


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

#: Number formats built into Excel that show dates or times (ids 27–36 and 50–58 are the East
#: Asian ones), and the one that shows a duration.
_BUILTIN_DATES = frozenset([*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59)])
_BUILTIN_DURATION = frozenset([46])
_LITERAL = re.compile(r'"[^"]*"|\\.|_.|\*.')
_BRACKET = re.compile(r"\[([^\]]*)\]")
_ELAPSED = re.compile(r"\[(h+|m+|s+)\]", re.I)


def _format_kind(code: str) -> str | None:
    """ "date" if a number format shows a date or time, "duration" if an elapsed time, else
    None: the first section of the code, literals and colours left out, holds d, m, y, h or s."""
    first = code.split(";")[0]
    if _ELAPSED.search(first):
        return "duration"
    bare = _BRACKET.sub("", _LITERAL.sub("", first))
    return "date" if re.search(r"[dmyhsDMYHS]", bare) else None


def _from_serial(x: float, epoch_1904: bool, duration: bool) -> Any:
    """A date, time or duration from a spreadsheet's serial number of days (Excel's 1900
    calendar counts a 29 February 1900 that never was; serials before it are one day off)."""
    if duration:
        return dt.timedelta(days=x)
    if epoch_1904:
        base = dt.datetime(1904, 1, 1)
    else:
        base = dt.datetime(1899, 12, 30) if x >= 60 or x < 0 else dt.datetime(1899, 12, 31)
    day, fraction = divmod(x, 1)
    clock = dt.timedelta(milliseconds=round(fraction * 86_400_000))
    if 0 <= x < 1 and clock.days == 0:
        return (dt.datetime.min + clock).time()
    return base + dt.timedelta(days=day) + clock


# --------------------------------------------------------------------------------------------
# Text and numbers of cells
# --------------------------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _entity(m: re.Match) -> str:
    if m.group(1):
        return _NAMED[m.group(1)]
    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
    if code > 0x10FFFF:
        raise _Fallback
    return chr(code)


def _text(raw: bytes) -> str:
    """Cell text as written in the XML: UTF-8 with the five entities and character references
    undone. Anything else (a stray "&", a bad byte) is for ElementTree to judge."""
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Fallback from None
    if "&" in s:
        if "&" in _ENTITY.sub("", s):
            raise _Fallback
        s = _ENTITY.sub(_entity, s)
    return s


def _number(raw: str | bytes) -> int | float:
    """openpyxl's rule: a number without ".", "e" or "E" is an int."""
    if isinstance(raw, bytes):
        raw = raw.decode("ascii")
    raw = raw.strip()
    if "." in raw or "e" in raw or "E" in raw or raw.lower() in ("nan", "inf", "-inf", "+inf"):
        return float(raw)
    return int(raw)


class _Numbers(dict):
    """Number text -> number, each distinct text parsed once (years, codes and flags repeat)."""

    def __missing__(self, raw: bytes) -> int | float | None:
        if not raw:
            value = None
        else:
            try:
                value = _number(raw)
            except (ValueError, UnicodeDecodeError):
                raise _Fallback from None
        self[raw] = value
        return value


# --------------------------------------------------------------------------------------------
# The book
# --------------------------------------------------------------------------------------------


@dataclass
class _Sheet:
    name: str
    part: str | None  # the archive member; None if the relationship is missing
    kind: str  # "worksheet", "chartsheet" or another sheet type


class _Styles:
    """Which cell formats (``s`` attribute) show numbers as dates or durations."""

    def __init__(
        self, dates: frozenset[int] = frozenset(), durations: frozenset[int] = frozenset()
    ):
        self.dates = dates
        self.durations = durations


class Book:
    """An .xlsx workbook opened for reading within the limits (see the module doc).

    ``sheetnames`` in workbook order, ``active`` the sheet shown when it was saved,
    ``defined_names`` the workbook-wide names and what they refer to; ``rows(name)`` streams a
    sheet's values row by row, ``cells(name)`` its cells with their types and formulas."""

    def __init__(self, path: str | Path, hint: str | None = None) -> None:
        self.path = Path(path)
        #: The way around a limit to suggest (by default: split the table or save it as CSV).
        self.hint = hint
        try:
            self.zf = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            ValueError,
            EOFError,
            OverflowError,
            NotImplementedError,
            struct.error,
        ) as exc:
            raise NotAWorkbook(f"{type(exc).__name__}: {exc}") from None
        try:
            LIM.check_archive(self.zf, hint)
            self._members = {i.filename: i for i in self.zf.infolist()}
            self._open_workbook()
        except BaseException:
            self.zf.close()
            raise
        self._styles: _Styles | None = None
        self._strings: list[str] | None = None

    # -- parts ------------------------------------------------------------------------------
    def close(self) -> None:
        self.zf.close()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _stream(self, part: str, limit: int) -> LIM.Capped:
        info = self._members.get(part)
        if info is None:
            raise XlsxError(
                tr("its part {part} is missing; {hint}").format(part=part, hint=tr(DAMAGED_HINT))
            )

        def over() -> Exception:
            return LIM.LimitError(
                tr("its part {part} unpacks to more than {limit}; {hint}").format(
                    part=part, limit=LIM.size(limit), hint=self.hint or tr(LIM.SPLIT_HINT)
                )
            )

        try:
            raw = self.zf.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
            raise _damaged_zip(part, exc) from None
        return LIM.Capped(raw, limit, over)

    def _read_chunks(self, stream: LIM.Capped, part: str) -> Iterator[bytes]:
        try:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    return
                yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise _damaged_zip(part, exc) from None

    def _tree(self, part: str, limit: int | None = None) -> ET.Element:
        """A part read whole (it is small), with its nesting counted."""
        stream = self._stream(part, limit or LIM.MAX_PART_BYTES)
        root = None
        try:
            for _, elem, _ in _depth_events(self._read_chunks(stream, part), part):
                root = root if root is not None else elem
        except ET.ParseError as exc:
            raise _damaged(part, exc) from None
        finally:
            stream.close()
        if root is None:
            raise _damaged(part, tr("it is empty"))
        return root

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, target part) of a part; {} if it has none."""
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        if rels not in self._members:
            return {}
        out: dict[str, tuple[str, str]] = {}
        for rel in self._tree(rels):
            if _local(rel.tag) != "Relationship":
                continue
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External":
                continue
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id") or ""] = (rel.get("Type") or "", resolved)
        return out

    def _open_workbook(self) -> None:
        main = next(
            (t for kind, t in self._rels("").values() if kind.endswith("/officeDocument")),
            "xl/workbook.xml",
        )
        if main not in self._members:
            raise XlsxError(
                tr(
                    "not an Excel workbook: it has no workbook part ({part}). Is it a Word or "
                    "PowerPoint file, or an .xlsb? Save it as .xlsx or CSV."
                ).format(part=main)
            )
        root = self._tree(main)
        if _namespace(root.tag) not in MAIN_NS or _local(root.tag) != "workbook":
            raise _damaged(main, tr("it is not a workbook part"))
        rels = self._rels(main)
        self.sheets: list[_Sheet] = []
        self.defined_names: dict[str, str] = {}
        self.date_1904 = False
        active = 0
        for child in root:
            tag = _local(child.tag)
            if tag == "sheets":
                for sh in child:
                    if _local(sh.tag) != "sheet":
                        continue
                    rid = next((v for k, v in sh.attrib.items() if _rel_attr(k, "id")), None)
                    kind, part = rels.get(rid or "", ("", None))
                    kind = kind.rsplit("/", 1)[-1] or "worksheet"
                    self.sheets.append(_Sheet(sh.get("name") or "", part, kind))
            elif tag == "workbookPr":
                self.date_1904 = (child.get("date1904") or "").lower() in ("1", "true")
            elif tag == "bookViews":
                view = next(iter(child), None)
                if view is not None:
                    try:
                        active = int(view.get("activeTab") or 0)
                    except ValueError:
                        active = 0
            elif tag == "definedNames":
                for dn in child:
                    name = dn.get("name")
                    if name and dn.get("localSheetId") is None:
                        self.defined_names.setdefault(name, (dn.text or "").strip())
        self.sheetnames = [s.name for s in self.sheets]
        self.active = self.sheetnames[active] if 0 <= active < len(self.sheets) else None
        self._parts = {
            kind.rsplit("/", 1)[-1]: target
            for kind, target in rels.values()
            if kind.endswith(("/sharedStrings", "/styles"))
        }

    def styles(self) -> _Styles:
        """The date formats of the styles part (read once; a damaged part is refused)."""
        if self._styles is None:
            part = self._parts.get("styles")
            if part is None or part not in self._members:
                self._styles = _Styles()
            else:
                self._styles = _read_styles(self._tree(part), part)
        return self._styles

    def strings(self) -> list[str]:
        """The shared strings, counted and measured as they are read."""
        if self._strings is None:
            part = self._parts.get("sharedStrings")
            self._strings = (
                [] if part is None or part not in self._members else self._read_strings(part)
            )
        return self._strings

    def _read_strings(self, part: str) -> list[str]:
        """The shared strings: by regular expressions when every item is plain text (with
        phonetic guides at most), else, from the start again, by ElementTree."""
        try:
            fast = self._plain_strings(part)
        except _Fallback:
            fast = None
        return fast if fast is not None else self._element_strings(part)

    def _string_limits(self, part: str, out: list[str], added: Sequence[str]) -> None:
        if len(out) > LIM.MAX_SHARED_STRINGS:
            raise LIM.LimitError(
                tr("its part {part} holds more than {limit} distinct texts; {hint}").format(
                    part=part,
                    limit=f"{LIM.MAX_SHARED_STRINGS:,}",
                    hint=self.hint or tr(LIM.SPLIT_HINT),
                )
            )
        if added and max(map(len, added)) > LIM.MAX_CELL_TEXT:
            at = next(i for i, x in enumerate(added) if len(x) > LIM.MAX_CELL_TEXT)
            n = len(out) - len(added) + at + 1
            raise _long_text(tr("shared text {n}").format(n=n), len(added[at]))

    def _plain_strings(self, part: str) -> list[str] | None:
        stream = self._stream(part, LIM.MAX_SHARED_STRINGS_BYTES)
        out: list[str] = []
        try:
            chunks = self._read_chunks(stream, part)
            buf = b""
            item = None
            for chunk in chunks:
                buf += chunk
                if item is None:
                    head = _SST_HEAD.match(buf)
                    if head is None:
                        if len(buf) > CHUNK:
                            return None
                        continue
                    prefix, attrs = head.group(1), head.group(2)
                    declared = dict(_CELL_ATTR.findall(attrs))
                    ns = declared.get(b"xmlns" + (b":" + prefix[:-1] if prefix else b""), b"")
                    if ns.decode("ascii", "replace") not in MAIN_NS or head.group(3):
                        return None
                    p = re.escape(prefix)
                    t = rb"<" + p + rb't(?: xml:space="preserve")?>([^<]*)</' + p + rb"t>"
                    item = re.compile(
                        rb"<" + p + rb"si>" + t
                        + rb"(?:<" + p + rb"rPh\b" + _ATTR + rb"\s*><" + p + rb"t>[^<]*</"
                        + p + rb"t></" + p + rb"rPh>)*(?:<" + p + rb"phoneticPr\b" + _ATTR
                        + rb"\s*/>)?</" + p + rb"si>|(\S)"
                    )  # fmt: skip
                    end_item = b"</" + prefix + b"si>"
                    end_root = re.compile(rb"</" + p + rb"sst>\s*\Z")
                    buf = buf[head.end() :]
                cut = buf.rfind(end_item)
                if cut < 0:
                    if len(buf) > 16 * LIM.MiB:
                        return None  # no text is that long: ElementTree says what it is
                    continue
                cut += len(end_item)
                self._plain_block(buf[:cut], item, part, out)
                buf = buf[cut:]
            if item is None or end_root.match(buf) is None:
                return None
            return out
        finally:
            stream.close()

    def _plain_block(self, block: bytes, item: re.Pattern, part: str, out: list[str]) -> None:
        found = item.findall(block)
        if not found:
            return
        texts, junk = zip(*found, strict=True)
        if any(junk) or b"\r" in block:
            raise _Fallback
        try:
            added = (
                list(map(bytes.decode, texts)) if b"&" not in block else [_text(x) for x in texts]
            )
        except UnicodeDecodeError:
            raise _Fallback from None
        out.extend(added)
        self._string_limits(part, out, added)

    def _element_strings(self, part: str) -> list[str]:
        stream = self._stream(part, LIM.MAX_SHARED_STRINGS_BYTES)
        out: list[str] = []
        root = None
        try:
            for event, elem, depth in _depth_events(self._read_chunks(stream, part), part):
                if event == "start":
                    if depth == 1:
                        root = elem
                    continue
                if depth != 2 or _local(elem.tag) != "si":
                    continue
                text = _rich_text(elem)
                out.append(text)
                self._string_limits(part, out, [text])
                assert root is not None
                root.remove(elem)
        except ET.ParseError as exc:
            raise _damaged(part, exc) from None
        finally:
            stream.close()
        return out

    def _sheet(self, name: str) -> _Sheet:
        for s in self.sheets:
            if s.name == name:
                return s
        raise KeyError(name)

    def is_worksheet(self, name: str) -> bool:
        return self._sheet(name).kind == "worksheet"

    # -- sheets -----------------------------------------------------------------------------
    def rows(self, name: str) -> Iterator[tuple]:
        """The values of sheet ``name``, one tuple per row from row 1 (a row with no cells,
        or missing from the file, is ``()``; a cell with no value is None). A chart sheet
        has no rows."""
        sheet = self._sheet(name)
        if sheet.kind != "worksheet":
            return iter(())
        if sheet.part is None or sheet.part not in self._members:
            raise XlsxError(
                tr("the sheet {sheet} has no part in the workbook; {hint}").format(
                    sheet=repr(name), hint=tr(DAMAGED_HINT)
                )
            )
        return _SheetReader(self, sheet.part, formulas=False).values()

    def cells(self, name: str) -> Iterator[list[Cell]]:
        """The cells of sheet ``name`` that the file holds, one list per row that has any,
        with their types and formulas (read through ElementTree: for small sheets)."""
        sheet = self._sheet(name)
        if sheet.kind != "worksheet" or sheet.part is None or sheet.part not in self._members:
            return iter(())
        return _SheetReader(self, sheet.part, formulas=True).cells()


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _namespace(tag: str) -> str:
    return tag[1:].partition("}")[0] if tag.startswith("{") else ""


def _rel_attr(key: str, name: str) -> bool:
    return _local(key) == name and _namespace(key) in REL_NS


def _rich_text(si: ET.Element) -> str:
    """The text of a shared or inline string: its ``t``, or the ``t`` of each run; phonetic
    guides (``rPh``, the kana over Japanese text) are not part of the text."""
    parts = []
    for child in si:
        tag = _local(child.tag)
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "r":
            for t in child:
                if _local(t.tag) == "t":
                    parts.append(t.text or "")
    return "".join(parts)


def _read_styles(root: ET.Element, part: str) -> _Styles:
    custom: dict[int, str] = {}
    xfs: list[int] = []
    for child in root:
        tag = _local(child.tag)
        if tag == "numFmts":
            for fmt in child:
                try:
                    custom[int(fmt.get("numFmtId") or "")] = fmt.get("formatCode") or ""
                except ValueError:
                    raise _damaged(part, tr("a number format has no valid id")) from None
        elif tag == "cellXfs":
            for xf in child:
                try:
                    xfs.append(int(xf.get("numFmtId") or 0))
                except ValueError:
                    raise _damaged(part, tr("a cell format has no valid number format")) from None
    dates, durations = set(), set()
    for i, fmt in enumerate(xfs):
        if fmt in custom:
            kind = _format_kind(custom[fmt])
        elif fmt in _BUILTIN_DURATION:
            kind = "duration"
        else:
            kind = "date" if fmt in _BUILTIN_DATES else None
        if kind == "date":
            dates.add(i)
        elif kind == "duration":
            durations.add(i)
    return _Styles(frozenset(dates), frozenset(durations))


def _damaged(part: str, why: object) -> XlsxError:
    return XlsxError(
        tr("its part {part} is damaged ({why}); {hint}").format(
            part=part, why=why, hint=tr(DAMAGED_HINT)
        )
    )


def _damaged_zip(part: str, exc: BaseException) -> XlsxError:
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc).lower():
        return XlsxError(
            tr("its part {part} is encrypted; save the workbook without a password").format(
                part=part
            )
        )
    return _damaged(part, f"{type(exc).__name__}: {exc}")


def _too_deep(part: str) -> LIM.LimitError:
    return LIM.LimitError(
        tr(
            "its part {part} nests XML elements more than {limit} deep, which no spreadsheet "
            "writes; {hint}"
        ).format(part=part, limit=LIM.MAX_XML_DEPTH, hint=tr(DAMAGED_HINT))
    )


def _depth_events(
    chunks: Iterable[bytes], part: str, base: int = 0
) -> Iterator[tuple[str, ET.Element, int]]:
    """The start and end events of a part fed chunk by chunk, each with its element's depth
    (``base + 1`` for the root), refusing nesting deeper than ``MAX_XML_DEPTH``. A parse error
    passes to the caller, which knows how to say where it is."""
    parser = ET.XMLPullParser(events=("start", "end"))
    depth = base
    for chunk in chunks:
        parser.feed(chunk)
        for event, elem in parser.read_events():
            if event == "start":
                depth += 1
                if depth > LIM.MAX_XML_DEPTH:
                    raise _too_deep(part)
                yield event, elem, depth
            else:
                yield event, elem, depth
                depth -= 1
    parser.close()


def _long_text(where: str, n: int) -> LIM.LimitError:
    return LIM.LimitError(
        tr(
            "{where} holds {n} characters of text, more than the {limit} a cell can hold in "
            "Excel; {hint}"
        ).format(where=where, n=f"{n:,}", limit=f"{LIM.MAX_CELL_TEXT:,}", hint=tr(DAMAGED_HINT))
    )


# --------------------------------------------------------------------------------------------
# A sheet, block by block
# --------------------------------------------------------------------------------------------

_ATTR = rb'(?:\s+[\w:.-]+="[^"<]*")*'
_SHEETDATA = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)sheetData(" + _ATTR + rb")\s*(/?)>")
_ROW_NUMBER = re.compile(rb'\sr="([0-9]+)"')
_CELL_ATTR = re.compile(rb'([\w:.-]+)="([^"<]*)"')
_SST_HEAD = re.compile(
    rb"""\s*(?:<\?xml version="1\.0"(?: encoding="(?:UTF|utf)-8")?(?: standalone="yes")?\s*\?>)?"""
    rb"\s*<((?:[A-Za-z_][\w.-]*:)?)sst(" + _ATTR + rb")\s*(/?)>"
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""")


class _Kinds(dict):
    """The attributes of a cell after its reference (`` s="3" t="s"``) -> how to read its value:
    "s" shared text, "n" number, "date"/"duration" a number shown as one, "inline" inline text,
    "str" a formula's text, "b", "e", "d" (an ISO date). Unknown types go to ElementTree."""

    def __init__(self, styles: _Styles) -> None:
        super().__init__()
        self.styles = styles

    def __missing__(self, attrs: bytes) -> str:
        found = dict(_CELL_ATTR.findall(attrs))
        t = found.get(b"t", b"n")
        if t == b"n":
            try:
                s = int(found.get(b"s", b"0"))
            except ValueError:
                raise _Fallback from None
            kind = (
                "date"
                if s in self.styles.dates
                else "duration"
                if s in self.styles.durations
                else "n"
            )
        else:
            kind = {b"s": "s", b"inlineStr": "inline", b"str": "str", b"b": "b", b"e": "e"}.get(
                t, ""
            )
            if not kind:
                raise _Fallback
        self[attrs] = kind
        return kind


class _SheetReader:
    """One pass over a sheet part (see the module doc for the two paths)."""

    def __init__(self, book: Book, part: str, formulas: bool) -> None:
        self.book = book
        self.part = part
        self.formulas = formulas
        self.styles = book.styles()
        self.kinds = _Kinds(self.styles)
        self.numbers = _Numbers()
        self.last = 0  # the last row number read
        self.cells_seen = 0
        self._layouts: dict[tuple, tuple[list[int], bool]] = {}
        self.amp = True  # whether the block being read has "&" (entities) in it

    # -- limits -----------------------------------------------------------------------------
    def _row_number(self, r: int) -> int:
        if r <= self.last:
            raise XlsxError(
                tr("its part {part} is damaged (row {row} comes after row {last}); {hint}").format(
                    part=self.part, row=r, last=self.last, hint=tr(DAMAGED_HINT)
                )
            )
        if r > LIM.MAX_ROWS:
            raise LIM.LimitError(
                tr(
                    "the sheet has a row {row}, beyond the limit of {limit} rows (Excel's "
                    "own); {hint}"
                ).format(row=f"{r:,}", limit=f"{LIM.MAX_ROWS:,}", hint=self.hint(LIM.SPLIT_HINT))
            )
        self.last = r
        return r

    def hint(self, default: str) -> str:
        return self.book.hint or tr(default)

    def _column_limit(self, col: int) -> None:
        if col > LIM.MAX_COLUMNS:
            letters = column_letter(col)
            raise LIM.LimitError(
                tr(
                    "it has a cell in column {column}, beyond the limit of {limit} columns "
                    "(Excel's own); {hint}"
                ).format(column=letters, limit=f"{LIM.MAX_COLUMNS:,}", hint=self.hint(LIM.CSV_HINT))
            )

    def _count(self, n: int) -> None:
        self.cells_seen += n
        if self.cells_seen > LIM.MAX_CELLS:
            raise LIM.LimitError(
                tr("the sheet has more than {limit} cells; {hint}").format(
                    limit=f"{LIM.MAX_CELLS:,}", hint=self.hint(LIM.SPLIT_HINT)
                )
            )

    # -- the two entry points ---------------------------------------------------------------
    def values(self) -> Iterator[tuple]:
        """Row tuples from row 1, gaps filled with ``()``."""
        emitted = 0
        for batch in self._rows():
            if batch and batch[0][0] == emitted + 1 and batch[-1][0] == emitted + len(batch):
                yield from map(_second, batch)  # no gaps: the common case, at C speed
                emitted = batch[-1][0]
                continue
            for r, row in batch:
                while emitted + 1 < r:
                    emitted += 1
                    yield ()
                emitted = r
                yield row

    def cells(self) -> Iterator[list[Cell]]:
        stream = self.book._stream(self.part, LIM.MAX_MEMBER_BYTES)
        try:
            for _, cells in self._slow_document(self.book._read_chunks(stream, self.part)):
                if cells:
                    yield cells
        finally:
            stream.close()

    def _rows(self) -> Iterator[list[tuple[int, tuple]]]:
        """Batches of (row number, values) of the rows the file holds, in order."""
        stream = self.book._stream(self.part, LIM.MAX_MEMBER_BYTES)
        chunks = self.book._read_chunks(stream, self.part)
        try:
            head = b""
            found = None
            for chunk in chunks:
                head += chunk
                found = _SHEETDATA.search(head, max(0, len(head) - len(chunk) - 4096))
                if found is not None:
                    break
                if len(head) > LIM.MAX_PART_BYTES:
                    break
            enc = _XML_ENCODING.match(head)
            plain = head[:2] not in (b"\xff\xfe", b"\xfe\xff") and (
                enc is None or enc.group(1).lower() in (b"utf-8", b"utf8")
            )
            if found is None or not plain:
                yield from _batches(map(_as_values, self._slow_document(_prepend(head, chunks))))
                return
            empty = bool(found.group(3))
            parser, prefix = self._head(head[: found.end()], found, empty)
            if parser is None:
                yield from _batches(map(_as_values, self._slow_document(_prepend(head, chunks))))
                return
            yield from self._body(head[found.end() :], chunks, parser, prefix, empty)
        finally:
            chunks.close()
            stream.close()

    # -- the head and the tail (everything but the rows) go through one ElementTree parser --
    def _head(
        self, head: bytes, found: re.Match, empty: bool
    ) -> tuple[ET.XMLPullParser | None, bytes]:
        """Parse everything up to and including the sheetData start tag; the parser is then
        fed the tail, so the whole part but its rows is checked as XML."""
        parser = ET.XMLPullParser(events=("start", "end", "start-ns"))
        try:
            parser.feed(head)
            depth = 0
            last = None
            pending: list[tuple[str, str]] = []
            scope: list[list[tuple[str, str]]] = []
            for event, item in parser.read_events():
                if event == "start-ns":
                    pending.append(item)
                elif event == "start":
                    depth += 1
                    scope.append(pending)
                    pending = []
                    last = item
                    if depth > LIM.MAX_XML_DEPTH:
                        raise _too_deep(self.part)
                else:
                    depth -= 1
                    scope.pop()
        except ET.ParseError as exc:
            raise _damaged(self.part, exc) from None
        if (
            last is None
            or depth != (1 if empty else 2)
            or _local(last.tag) != "sheetData"
            or _namespace(last.tag) not in MAIN_NS
        ):
            return None, b""
        prefix = found.group(1)
        self.wrap_open = (
            b"<"
            + prefix
            + b"sheetData"
            + b"".join(
                (b" xmlns" + (b":" + p.encode() if p else b"") + b"=" + quoteattr(uri).encode())
                for decls in scope
                for p, uri in decls
            )
            + b">"
        )
        self.wrap_close = b"</" + prefix + b"sheetData>"
        self.depth = depth
        return parser, prefix

    def _body(
        self,
        buf: bytes,
        chunks: Iterator[bytes],
        parser: ET.XMLPullParser,
        prefix: bytes,
        empty: bool,
    ) -> Iterator[list[tuple[int, tuple]]]:
        p = re.escape(prefix)
        self.prefix = p
        self.template: tuple | None = None
        # One pattern for everything a block of rows holds, so that a block is one findall;
        # each match is (a row's start or end tag, column letters, cell attributes, <v> text,
        # inline text, anything else).
        formula = _formula(p)
        self.block_re = re.compile(
            rb"(<" + p + rb"row" + _ATTR + rb"\s*/?>|</" + p + rb"row>)"
            rb"|<" + p + rb'c r="([A-Z]{1,3})[0-9]+"(' + _ATTR + rb")\s*"
            rb"(?:/>|>" + formula + rb"(?:<" + p + rb"v>([^<]*)</" + p + rb"v>|<" + p
            + rb"v\s*/>)?</" + p + rb"c>"
            rb"|><" + p + rb"is><" + p + rb't(?: xml:space="preserve")?>([^<]*)</'
            + p + rb"t></" + p + rb"is></" + p + rb"c>)|(\S)"
        )  # fmt: skip
        end_tag = b"</" + prefix + b"sheetData"
        row_tag = b"<" + prefix + b"row"
        tail = b""
        if empty:
            tail, buf = buf, b""
        else:
            exhausted = False
            while True:
                end = buf.find(end_tag)
                if end >= 0:
                    yield self._block(buf[:end])
                    tail = buf[end:]
                    break
                cut = buf.rfind(row_tag)
                while cut > 0 and buf[cut + len(row_tag) : cut + len(row_tag) + 1] not in (
                    b" ",
                    b">",
                    b"/",
                    b"\t",
                    b"\n",
                    b"\r",
                ):
                    cut = buf.rfind(row_tag, 0, cut)
                if cut > 0:
                    yield self._block(buf[:cut])
                    buf = buf[cut:]
                if len(buf) > MAX_ROW_BYTES:
                    raise LIM.LimitError(
                        tr("a row of the sheet is more than {limit} of XML; {hint}").format(
                            limit=LIM.size(MAX_ROW_BYTES), hint=self.hint(LIM.CSV_HINT)
                        )
                    )
                if exhausted:
                    raise _damaged(self.part, tr("it ends inside the rows: is it cut short?"))
                chunk = next(chunks, b"")
                if not chunk:
                    exhausted = True
                buf += chunk
        # The tail: fed to the head's parser, which checks the rest of the part as XML.
        depth = self.depth
        try:
            for piece in _prepend(tail, chunks):
                parser.feed(piece)
                for event, _ in parser.read_events():
                    if event == "start":
                        depth += 1
                        if depth > LIM.MAX_XML_DEPTH:
                            raise _too_deep(self.part)
                    elif event == "end":
                        depth -= 1
            parser.close()
        except ET.ParseError as exc:
            raise _damaged(self.part, exc) from None

    # -- one block of whole rows ------------------------------------------------------------
    def _block(self, block: bytes) -> list[tuple[int, tuple]]:
        if not block or block.isspace():
            return []
        first = self.last
        try:
            with collector.paused():
                rows = self._fast(block)
        except _Fallback:
            rows = None
        if rows is None:
            self.last = first
            rows = list(map(_as_values, self._slow_block(block)))
        return rows

    def _fast(self, block: bytes) -> list[tuple[int, tuple]] | None:
        """The rows of a block by regular expressions, or None for ElementTree to read it."""
        if b"\r" in block:
            return None  # XML turns CR LF into LF in text: ElementTree does it right
        self.amp = b"&" in block  # entities to undo in this block's text
        if self.template is not None:
            rows = self._templated(block)
            if rows is not None:
                return rows
        found = self.block_re.findall(block)
        if not found:
            return []
        tags, cols, attrs, vs, texts, junk = zip(*found, strict=True)
        if any(junk):
            return None
        n = len(found)
        marks = list(itertools.compress(range(n), tags))
        ends = [i for i in marks if tags[i][1:2] == b"/"]
        first = [i for i in marks if tags[i][1:2] != b"/"]
        closed = {i for i in first if tags[i].endswith(b"/>")}
        numbers = _ROW_NUMBER.findall(b"|".join(tags[i] for i in first))
        if len(numbers) == len(first) == len(ends) and not closed and first:
            width = ends[0] - first[0] - 1
            step = width + 2
            if width > 0 and n == step * len(first) and first == list(range(0, n, step)):
                rows = self._uniform(found, first, ends, numbers, width, cols, attrs, vs, texts)
                if rows is not None:
                    return rows
        return self._rowwise(first, ends, closed, tags, cols, attrs, vs, texts, n)

    def _uniform(self, found, first, last, numbers, width, cols, attrs, vs, texts):
        """A block whose rows all have the same cells of the same types (the body of most
        tables): each column is a slice, converted with built-ins; no work per row or cell in
        Python. None if the rows differ after all."""
        step = width + 2
        rows = len(first)
        if last != list(range(step - 1, len(found), step)):
            return None  # then every other item is a cell of its row
        shape_cols = cols[1 : width + 1]
        shape_attrs = attrs[1 : width + 1]
        for k in range(width):
            if (
                cols[k + 1 :: step].count(shape_cols[k]) != rows
                or attrs[k + 1 :: step].count(shape_attrs[k]) != rows
            ):
                return None
        nums = list(map(int, numbers))
        if nums[0] <= self.last or nums[-1] > LIM.MAX_ROWS or nums != sorted(set(nums)):
            return None  # the rows one by one say which is out of order or beyond the limit
        self.last = nums[-1]
        self._count(rows * width)
        index, dense = self._layout((shape_cols, shape_attrs))
        kinds = [self.kinds[a] for a in shape_attrs]
        columns = []
        for k, kind in enumerate(kinds):
            columns.append(self._column(kind, vs[k + 1 :: step], texts[k + 1 :: step]))
        values = zip(*columns, strict=True)
        if not dense:
            values = map(self._placer(index), values)
        out = list(zip(nums, values, strict=True))
        self._make_template(shape_cols, shape_attrs, kinds, index, dense)
        return out

    def _make_template(self, cols, attrs, kinds, index, dense) -> None:
        """A pattern for a whole row of this shape, for the blocks that follow: one match per
        row (its number and the text of each cell) instead of one per cell."""
        p = self.prefix
        parts = [rb"<" + p + rb'row r="([0-9]+)"' + _ATTR + rb"\s*>"]
        for col, attr, kind in zip(cols, attrs, kinds, strict=True):
            parts.append(rb"<" + p + rb'c r="' + col + rb'[0-9]+"' + re.escape(attr) + rb"\s*")
            if kind == "inline":
                parts.append(
                    rb"><" + p + rb"is><" + p + rb't(?: xml:space="preserve")?>([^<]*)</'
                    + p + rb"t></" + p + rb"is></" + p + rb"c>"
                )  # fmt: skip
            else:
                parts.append(
                    rb"(?:/>|>" + _formula(p) + rb"(?:<" + p + rb"v>([^<]*)</" + p + rb"v>|<"
                    + p + rb"v\s*/>)?</" + p + rb"c>)"
                )  # fmt: skip
        parts.append(rb"</" + p + rb"row>|(\S)")
        self.template = (re.compile(b"".join(parts)), kinds, index, dense)

    def _templated(self, block: bytes) -> list[tuple[int, tuple]] | None:
        """The rows of a block that are all of the last uniform block's shape, or None."""
        assert self.template is not None
        regex, kinds, index, dense = self.template
        found = regex.findall(block)
        if not found:
            return None
        columns = list(zip(*found, strict=True))
        if any(columns[-1]):
            return None  # a row of another shape, or something else
        nums = list(map(int, columns[0]))
        if nums[0] <= self.last or nums[-1] > LIM.MAX_ROWS or nums != sorted(set(nums)):
            return None
        values = []
        for k, kind in enumerate(kinds):
            raw = columns[k + 1]
            values.append(self._column(kind, (), raw) if kind == "inline" else
                          self._column(kind, raw, ()))  # fmt: skip
        self.last = nums[-1]
        self._count(len(nums) * len(kinds))
        rows = zip(*values, strict=True)
        if not dense:
            rows = map(self._placer(index), rows)
        return list(zip(nums, rows, strict=True))

    def _rowwise(self, first, last, closed, tags, cols, attrs, vs, texts, n):
        """A block of rows that differ: rows with the same cells and types are converted
        together. None if the block is not rows of cells after all."""
        out: list[Any] = []
        groups: dict[tuple, list[tuple[int, int, int]]] = {}
        ends = iter(last)
        end = -1
        count = 0
        for i in first:
            if i <= end:
                return None  # a row inside a row
            m = _ROW_NUMBER.search(tags[i])
            r = self._row_number(int(m.group(1)) if m else self.last + 1)
            if i in closed:
                out.append((r, ()))
                end = i
                continue
            end = next(ends, n)
            if end >= n or end <= i or any(not c for c in cols[i + 1 : end]):
                return None  # no end, or a row or stray end inside the row
            if end == i + 1:
                out.append((r, ()))
                continue
            key = (cols[i + 1 : end], attrs[i + 1 : end])
            group = groups.get(key)
            if group is None:
                group = groups[key] = []
            group.append((len(out), i + 1, end))
            out.append(r)
            count += end - i - 1
        if next(ends, None) is not None or count + len(first) + len(last) != n:
            return None  # cells or row ends outside rows
        self._count(count)
        for key, members in groups.items():
            index, dense = self._layout(key)
            kinds = [self.kinds[a] for a in key[1]]
            columns = []
            for k, kind in enumerate(kinds):
                raw = tuple(vs[a + k] for _, a, _ in members)
                inline = tuple(texts[a + k] for _, a, _ in members)
                columns.append(self._column(kind, raw, inline))
            values = zip(*columns, strict=True)
            if not dense:
                values = map(self._placer(index), values)
            for (pos, _, _), row in zip(members, values, strict=True):
                out[pos] = (out[pos], row)
        if len(self.numbers) > 100_000:
            self.numbers.clear()
        return out

    def _layout(self, key: tuple) -> tuple[list[int], bool]:
        """The column numbers of a row shape, and whether they are 1, 2, 3 … (then a row's
        values are its tuple as it is)."""
        layout = self._layouts.get(key)
        if layout is None:
            index = [_COLUMNS[c] for c in key[0]]
            self._column_limit(max(index))
            layout = (index, index == list(range(1, len(index) + 1)))
            if len(self._layouts) > 10_000:
                self._layouts.clear()
            self._layouts[key] = layout
        return layout

    @staticmethod
    def _placer(index: list[int]):
        width = max(index)

        def place(values: tuple) -> tuple:
            row: list[Any] = [None] * width
            for i, v in zip(index, values, strict=True):
                row[i - 1] = v
            return tuple(row)

        return place

    def _column(self, kind: str, raw: Sequence[bytes], inline: Sequence[bytes]) -> Sequence[Any]:
        """One column of a group of rows, converted with built-ins where it can be: ``raw``
        holds the texts of the cells' <v>, ``inline`` their inline text."""
        if kind == "s":
            strings = self.book.strings()
            try:
                return list(map(strings.__getitem__, map(int, raw)))
            except (ValueError, IndexError):
                return [self._shared(x, strings) for x in raw]
        if kind == "n":
            return self._numbers(raw)
        if kind == "inline":
            if raw and any(raw):
                raise _Fallback  # a <v> where inline text belongs
            texts = self._texts(inline)
            return texts if all(texts) else [x or None for x in texts]
        if kind == "str":
            return self._texts(raw)
        if kind in ("date", "duration"):
            nums = list(map(self.numbers.__getitem__, raw))
            return [self._serial(x, kind) for x in nums]
        if kind == "b":
            return [None if not x else x == b"1" for x in raw]
        if kind == "e":
            return [x.decode("ascii", "replace") if x else None for x in raw]
        raise _Fallback

    def _numbers(self, raw: Sequence[bytes]) -> list[Any]:
        """Numbers as openpyxl gives them (int unless written with ".", "e" or "E"); a column
        of whole numbers or of decimals is converted at C speed, a mixed one cell by cell."""
        try:
            return list(map(int, raw))
        except ValueError:
            pass
        try:
            floats = list(map(float, raw))
        except ValueError:
            return list(map(self.numbers.__getitem__, raw))
        whole = [i for i, x in enumerate(raw) if not (b"." in x or b"e" in x or b"E" in x)]
        for i in whole:
            floats[i] = self.numbers[raw[i]]
        return floats

    def _texts(self, raw: Sequence[bytes]) -> list[str]:
        if max(map(len, raw)) > LIM.MAX_CELL_TEXT:
            longest = max((_text(x) for x in raw), key=len)
            if len(longest) > LIM.MAX_CELL_TEXT:
                raise _long_text(tr("a cell of the sheet"), len(longest))
        if self.amp:
            return [_text(x) for x in raw]
        try:
            return list(map(bytes.decode, raw))  # UTF-8, strict
        except UnicodeDecodeError:
            raise _Fallback from None

    def _shared(self, raw: bytes, strings: list[str]) -> str | None:
        if not raw:
            return None
        try:
            return strings[int(raw)]
        except (ValueError, IndexError):
            raise _Fallback from None

    def _serial(self, x: Any, kind: str) -> Any:
        if x is None:
            return None
        try:
            return _from_serial(x, self.book.date_1904, kind == "duration")
        except (OverflowError, ValueError):
            return "#VALUE!"  # as openpyxl: a date beyond the calendar

    # -- ElementTree: any well-formed shape, and the names of what is broken ----------------
    def _slow_block(self, block: bytes) -> Iterator[tuple[int, list[Cell]]]:
        """The rows of one block, parsed inside a copy of the sheetData start tag (with the
        namespace declarations in scope)."""
        yield from self._slow_document(
            iter((self.wrap_open, block, self.wrap_close)), row_depth=2, base=self.depth - 1
        )

    def _slow_document(
        self, chunks: Iterator[bytes], row_depth: int = 3, base: int = 0
    ) -> Iterator[tuple[int, list[Cell]]]:
        parent = None
        try:
            for event, elem, depth in _depth_events(chunks, self.part, base):
                if event == "start":
                    if depth == base + row_depth - 1:
                        parent = elem
                    continue
                if depth != base + row_depth:
                    continue
                if _TAGS.get(elem.tag) == "row":
                    yield self._element_row(elem)
                if parent is not None:
                    parent.remove(elem)
        except ET.ParseError as exc:
            raise _damaged(self.part, tr("{error}, near row {row}").format(
                error=exc, row=f"{self.last + 1:,}"
            )) from None  # fmt: skip

    def _element_row(self, elem: ET.Element) -> tuple[int, list[Cell]]:
        rattr = elem.get("r")
        try:
            number = int(rattr) if rattr else self.last + 1
        except ValueError:
            raise _damaged(
                self.part, tr("a row number is {value}").format(value=repr(rattr))
            ) from None
        r = self._row_number(number)
        cells: list[Cell] = []
        col = 0
        for c in elem:
            if _TAGS.get(c.tag) != "c":
                continue
            ref = c.get("r")
            if ref:
                letters = ref.rstrip("0123456789").upper()
                if not (letters and len(letters) < len(ref) and _LETTERS.fullmatch(letters)):
                    raise _damaged(self.part, tr("a cell is at {ref}").format(ref=repr(ref)))
                col = _COLUMNS[letters]
            else:
                col += 1
            self._column_limit(col)
            cells.append(self._element_cell(c, r, col))
        self._count(len(cells))
        return r, cells

    def _element_cell(self, c: ET.Element, r: int, col: int) -> Cell:
        t = c.get("t") or "n"
        v = f = None
        inline = None
        for child in c:
            tag = _TAGS.get(child.tag)
            if tag == "v":
                v = child.text or ""
            elif tag == "f":
                f = child.text or ""
            elif tag == "is":
                inline = _rich_text(child)
        where = _Where(col, r)
        value: Any = None
        try:
            if t == "inlineStr":
                value = (inline if inline is not None else v) or None
                t = "s"
            elif v == "" and t == "n" and f is None:
                value, t = None, "void"  # <v/>: what some writers leave for NaN or infinity
            elif v is None or (v == "" and t != "str"):
                value = None
                t = "s" if t == "str" else t
            elif t == "n":
                value = _number(v)
                s = int(c.get("s") or 0)
                if s in self.styles.dates:
                    value = self._serial(value, "date")
                elif s in self.styles.durations:
                    value = self._serial(value, "duration")
            elif t == "s":
                strings = self.book.strings()
                if not 0 <= int(v) < len(strings):
                    raise _damaged(
                        self.part,
                        tr("cell {cell} refers to shared text {n} of {count}").format(
                            cell=where, n=int(v) + 1, count=len(strings)
                        ),
                    )
                value = strings[int(v)]
            elif t == "str":
                value, t = v, "s"
            elif t == "b":
                value = v.strip() in ("1", "true")
            elif t == "e":
                value = v
            elif t == "d":
                value = dt.datetime.fromisoformat(v.strip().rstrip("Z"))
            else:
                raise _damaged(self.part, tr("cell {cell} has type {type}").format(
                    cell=where, type=repr(t)
                ))  # fmt: skip
        except (ValueError, IndexError, OverflowError):
            raise _damaged(
                self.part,
                tr("cell {cell} holds {value}, which is not a value of its type {type}").format(
                    cell=where, value=repr((v or "")[:40]), type=repr(t)
                ),
            ) from None
        if isinstance(value, str) and len(value) > LIM.MAX_CELL_TEXT:
            raise _long_text(tr("cell {cell}").format(cell=where), len(value))
        return Cell(r, col, value, t, f if self.formulas else None)


def _as_values(row: tuple[int, list[Cell]]) -> tuple[int, tuple]:
    """A row of cells as the values of its columns from A (None where there is no cell)."""
    r, cells = row
    if not cells:
        return r, ()
    out: list[Any] = [None] * max(c.column for c in cells)
    for c in cells:
        out[c.column - 1] = c.value
    return r, tuple(out)


def _formula(p: bytes) -> bytes:
    """A cell's formula, skipped: the value is the result the spreadsheet saved after it."""
    return (
        rb"(?:<" + p + rb"f\b" + _ATTR + rb"\s*/>|<" + p + rb"f\b" + _ATTR + rb"\s*>[^<]*</"
        + p + rb"f>)?"
    )  # fmt: skip


def _second(pair: tuple[int, tuple]) -> tuple:
    return pair[1]


def _batches(rows: Iterator[tuple[int, tuple]], size: int = 512) -> Iterator[list]:
    while batch := list(itertools.islice(rows, size)):
        yield batch


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


__all__ = ["Book", "Cell", "NotAWorkbook", "XlsxError", "column_letter"]
