"""Opening a table: CSV (encoding and delimiter detected, every byte checked before a row is read)
or a workbook (through ``xlsx.py``, within the limits), as a ``Source`` of rows that says how
they were read. Problems with the file itself become ``TableError`` naming the way forward.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from negotiator_gui.core.i18n import tr
from negotiator_gui.io import limits as LIM
from negotiator_gui.io.tables.errors import TableError
from negotiator_gui.io.tables.limits import bounded_lines

#: Extensions read as delimited text and as workbooks.
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
#: The header must be within this many rows of the top (exports put titles above it).
HEADER_SCAN = 30


CODEC_NAMES = {
    "utf-8-sig": "UTF-8",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp932": "Shift_JIS (cp932)",
    "cp1252": "Windows-1252",
}


def scan_decoding(path: Path, encoding: str) -> tuple[int, int, int] | None:
    """Decode the whole file in chunks: None if it is valid, else (offset, line, byte).

    Decoding is cheap next to parsing (about 1 % of the time for UTF-8), and checking first means
    an encoding guessed from the top of the file is confirmed before any row is read, and a bad
    byte is named by its line, not by a position in some decoding buffer."""
    dec = codecs.getincrementaldecoder(encoding)("strict")
    offset = lines = 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(1 << 20)
            try:
                dec.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                pos = max(0, min(exc.start, len(chunk) - 1)) if chunk else 0
                at = offset + pos
                bad = chunk[pos] if chunk else 0
                return at, lines + chunk[:pos].count(b"\n") + 1, bad
            if not chunk:
                return None
            offset += len(chunk)
            lines += chunk.count(b"\n")


def looks_japanese(text: str) -> bool:
    """Decoded as cp932, Western text turns into half-width katakana or private-use characters;
    real Japanese text has kana and kanji."""
    jp = sum(1 for c in text if "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff")
    odd = sum(1 for c in text if "\uff61" <= c <= "\uff9f" or "\ue000" <= c <= "\uf8ff")
    return jp > 0 and odd <= jp // 4


def choose_encoding(path: Path) -> tuple[str, str]:
    """The file's encoding and how it was found: a byte-order mark, else UTF-8 if the whole file
    is valid UTF-8, else Shift_JIS if the bytes that are not UTF-8 read as Japanese, else
    Windows-1252 (what Excel on Western Windows writes)."""
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        enc, why = "utf-8-sig", tr("byte-order mark")
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc, why = "utf-16", tr("byte-order mark; Excel 'Unicode text'")
    else:
        enc, why = "utf-8-sig", tr("detected")
    failed = scan_decoding(path, enc)
    if failed is None:
        return enc, why
    if enc != "utf-8-sig" or head.startswith(codecs.BOM_UTF8):
        raise decode_error(path, enc, failed)
    offset = failed[0]
    with path.open("rb") as fh:
        fh.seek(max(0, offset - 2048))
        window = fh.read(1 << 16)
    candidates = ["cp932", "cp1252"]
    try:
        if not looks_japanese(window.decode("cp932", errors="replace")):
            candidates.reverse()
    except LookupError:  # pragma: no cover - cp932 ships with CPython
        candidates = ["cp1252"]
    for enc in candidates:
        if scan_decoding(path, enc) is None:
            return enc, "guessed: the file is not UTF-8; --encoding to override"
    raise decode_error(path, "utf-8", failed)


def decode_error(path: Path, encoding: str, failed: tuple[int, int, int]) -> TableError:
    offset, line, byte = failed
    name = CODEC_NAMES.get(encoding, encoding)
    return TableError(
        tr(
            "{path}: line {line} (byte {offset}): byte {byte} is not {encoding} text. Name the "
            "file's encoding with --encoding, e.g. --encoding cp932 (Japanese Shift_JIS) or "
            "--encoding cp1252 (Western Windows), or save it from Excel as 'CSV UTF-8'."
        ).format(
            path=path,
            line=f"{line:,}",
            offset=f"{offset:,}",
            byte=f"0x{byte:02x}",
            encoding=name,
        )
    )


def sniff_delimiter(sample: str, suffix: str) -> str:
    """The delimiter that splits the sample's lines into the most rows of one, wider-than-one
    width. Title lines above a header have one field whatever the delimiter, so they do not
    count; ``csv.Sniffer`` is thrown by them and by quoted commas, so we count ourselves."""
    if suffix == ".tsv":
        return "\t"
    lines = sample.splitlines()[:60]
    if len(lines) > 1:
        lines = lines[:-1]  # the last line of a sample may be cut short
    best, best_score = ",", 0
    for delim in (",", ";", "\t", "|"):
        try:
            widths = Counter(len(r) for r in csv.reader(lines, delimiter=delim) if len(r) > 1)
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        score = count * width
        if score > best_score:
            best, best_score = delim, score
    return best


@dataclass
class Source:
    """Rows of one table and what the user should be told about how they were read."""

    rows: Iterator[Sequence[Any]]
    kind: str  # "CSV" or "XLSX"
    encoding: str | None = None
    encoding_why: str = ""
    delimiter: str | None = None
    sheet: str | None = None
    sheet_why: str = ""
    close: Any = None
    path: Path | None = None

    def take(self, n: int) -> list[Sequence[Any]]:
        """The next ``n`` rows (fewer at the end). A CSV reader is sliced directly, not through
        a generator, which would cost as much as a third of parsing; its errors are turned
        into ``TableError`` here."""
        try:
            return list(itertools.islice(self.rows, n))
        except LIM.LimitError as exc:
            raise TableError(f"{self.path}: {exc}") from None
        except UnicodeDecodeError:
            assert self.path is not None and self.encoding is not None
            failed = scan_decoding(self.path, self.encoding)
            line = getattr(self.rows, "line_num", 0)
            raise decode_error(self.path, self.encoding, failed or (0, line, 0)) from None
        except csv.Error as exc:
            line = getattr(self.rows, "line_num", 0)
            raise TableError(
                tr("{path}: line {line}: cannot be read: {error}").format(
                    path=self.path, line=f"{line:,}", error=exc
                )
            ) from None


def text_encoding(name: str, where: object = None) -> str:
    """The codec of ``--encoding NAME``, which must be a text encoding: Python also has codecs
    from bytes to bytes or text to text (rot13, base64, zlib), which would fail deep inside the
    reading; ``TableError`` names the option instead (after ``where``, the file, if given)."""
    lead = f"{where}: " if where is not None else ""
    hint = tr(
        "name the file's character set, for example cp932 (Japanese Shift_JIS), cp1252 "
        "(Western Windows) or utf-8"
    )
    try:
        info = codecs.lookup(name)
    except (LookupError, TypeError, ValueError):
        raise TableError(
            lead
            + tr("unknown encoding {name} (--encoding); {hint}").format(name=repr(name), hint=hint)
        ) from None
    text = getattr(info, "_is_text_encoding", True)
    if text:
        try:
            codecs.getincrementaldecoder(info.name)("strict").decode(b"", final=True)
        except (UnicodeError, LookupError, TypeError, ValueError):
            text = False
    if not text:
        raise TableError(
            lead
            + tr(
                "{name} is not a text encoding (--encoding): it does not turn bytes into text; "
                "{hint}"
            ).format(name=repr(name), hint=hint)
        )
    return info.name


def open_csv(path: Path, encoding: str | None) -> Source:
    if encoding:
        enc = text_encoding(encoding, path)
        why = tr("given with --encoding")
    else:
        enc, why = choose_encoding(path)
    fh = path.open(encoding=enc, newline="", errors="strict")
    try:
        sample = fh.read(1 << 16)
        fh.seek(0)
    except UnicodeDecodeError:
        fh.close()
        failed = scan_decoding(path, enc)
        raise decode_error(path, enc, failed or (0, 1, 0)) from None
    except UnicodeError as exc:  # a codec that fails in its own way
        fh.close()
        raise TableError(
            tr("{path}: cannot be decoded as {encoding}: {error}").format(
                path=path, encoding=enc, error=exc
            )
        ) from None
    delim = sniff_delimiter(sample, path.suffix.casefold())
    reader = csv.reader(bounded_lines(fh), delimiter=delim)
    return Source(reader, "CSV", enc, why, delim, close=fh.close, path=path)


def open_book(path: Path) -> Any:
    """The workbook, opened within the limits; ``TableError`` says why it cannot be."""
    from negotiator_gui.io.xlsx import Book, NotAWorkbook, XlsxError

    try:
        return Book(path)
    except NotAWorkbook as exc:
        raise TableError(
            tr(
                "{path}: cannot be read as an Excel workbook ({error}); is it "
                "password-protected, or an older .xls renamed? Save it as .xlsx or CSV."
            ).format(path=path, error=exc)
        ) from None
    except (XlsxError, LIM.LimitError) as exc:
        raise TableError(f"{path}: {exc}") from None


def open_xlsx(path: Path, sheet: str | None) -> tuple[Any, list[tuple[str, Iterator]]]:
    wb = open_book(path)
    names = list(wb.sheetnames)
    if sheet is not None and sheet not in names:
        wb.close()
        listed = ", ".join(repr(n) for n in names)
        raise TableError(
            tr("{path}: no sheet named {sheet}; its sheets are {sheets}").format(
                path=path, sheet=repr(sheet), sheets=listed
            )
        )
    order = [sheet] if sheet is not None else names
    if sheet is None and wb.active in order:
        order.remove(wb.active)
        order.insert(0, wb.active)
    return wb, [(n, sheet_rows(wb, path, n)) for n in order]


def sheet_rows(wb: Any, path: Path, name: str) -> Iterator[tuple]:
    """The rows of one sheet; what stops the reading becomes a ``TableError`` naming it."""
    from negotiator_gui.io.xlsx import XlsxError

    try:
        yield from wb.rows(name)
    except (XlsxError, LIM.LimitError) as exc:
        raise TableError(
            tr("{path} (sheet {sheet}): {error}").format(path=path, sheet=repr(name), error=exc)
        ) from None
    except OSError as exc:
        raise TableError(
            tr("{path}: cannot be read: {error}").format(path=path, error=exc.strerror or exc)
        ) from None


def head_rows(path: str | os.PathLike[str], sheet: str | None = None) -> list[tuple]:
    """The first ``HEADER_SCAN`` rows of a workbook's sheet (the active one by default), read
    within the limits like the import itself: for the column choices of the import dialog."""
    p = Path(path)
    wb = open_book(p)
    try:
        name = sheet if sheet in wb.sheetnames else wb.active
        if name is None:
            return []
        return list(itertools.islice(sheet_rows(wb, p, name), HEADER_SCAN))
    finally:
        wb.close()


def head_lines(path: str | os.PathLike[str], encoding: str, n: int = HEADER_SCAN) -> list[str]:
    """The first ``n`` lines of a text file, each read with the line-length bound."""
    with Path(path).open(encoding=encoding, newline="") as fh:
        try:
            return list(itertools.islice(bounded_lines(fh), n))
        except LIM.LimitError as exc:
            raise TableError(f"{path}: {exc}") from None


def check_path(p: Path) -> str:
    """The file's suffix, once the file is known to be one we can read: a CSV or workbook
    extension, an existing non-empty file. ``TableError`` says what to save it as instead."""
    suffix = p.suffix.casefold()
    if suffix in (".xls", ".ods", ".numbers"):
        raise TableError(
            tr(
                "{path}: {suffix} workbooks cannot be read; open it in Excel or LibreOffice and "
                "save it as an Excel workbook (.xlsx) or CSV"
            ).format(path=p, suffix=suffix)
        )
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        if suffix:
            text = tr(
                "{path}: cannot read {suffix} files; save the table as CSV (.csv, .tsv, .txt) or "
                "an Excel workbook (.xlsx)"
            )
        else:
            text = tr(
                "{path}: cannot read extension-less files; save the table as CSV (.csv, .tsv, "
                ".txt) or an Excel workbook (.xlsx)"
            )
        raise TableError(text.format(path=p, suffix=suffix))
    try:
        if p.is_dir():
            raise TableError(tr("{path}: is a folder, not a table").format(path=p))
        if p.stat().st_size == 0:
            raise TableError(tr("{path}: is empty").format(path=p))
    except FileNotFoundError:
        raise TableError(tr("{path}: no such file").format(path=p)) from None
    except OSError as exc:
        raise TableError(
            tr("{path}: cannot be read: {error}").format(path=p, error=exc.strerror or exc)
        ) from None
    return suffix


def head_table(
    path: str | os.PathLike[str], *, encoding: str | None = None, sheet: str | None = None
) -> list[Sequence[Any]]:
    """The first ``HEADER_SCAN`` rows of a table as the import reads them: a workbook's sheet
    (the active one by default), or a CSV in its encoding (``encoding``, else chosen as the
    import chooses it) split at the delimiter the import counts (``csv.Sniffer`` is thrown by
    title lines and quoted commas). For the column choices of the import dialog; ``TableError``
    when the table cannot be read."""
    p = Path(path)
    if p.suffix.casefold() in XLSX_SUFFIXES:
        return head_rows(p, sheet)
    src = open_csv(p, encoding)
    try:
        return src.take(HEADER_SCAN)
    finally:
        src.close()
