"""Limits on the tables and workbooks a colleague can send, in one place.

An .xlsx file is a zip archive of XML parts; a few megabytes of it can unpack into gigabytes
(a "zip bomb", made on purpose or by a tool gone wrong), and a CSV file can hold one line of a
hundred million commas. Every reader of such files (``tables`` for trade tables,
``xlsx.py`` under it and under ``excel.weights`` for workbooks read back) checks these limits
and refuses a file beyond them within seconds, in bounded memory, with a message that names the
limit and the way around it. docs/limits-tables.md lists them for users; the tests lower them
(monkeypatching this module's constants) to build small bombs, so the readers must look them up
here at the time of reading, never copy them at import.

The values are well above what a real table needs: the largest sheet Excel can save
(1,048,576 rows) of a 14-column trade table is about 0.8 GB of sheet XML, packed about 14 to 1.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from typing import IO

from negotiator_gui.core.i18n import N_, tr

MiB = 1 << 20
GiB = 1 << 30

# -- the zip archive, from its central directory, before anything is unpacked ----------------
#: Members (files) in one workbook; a real one has tens, a few thousand with many charts.
MAX_ZIP_MEMBERS = 10_000
#: The declared unpacked size of one member (a full 1,048,576-row sheet is about 0.8 GB).
MAX_MEMBER_BYTES = 2 * GiB
#: The declared unpacked size of all members together.
MAX_TOTAL_BYTES = 4 * GiB
#: Unpacked ÷ packed size of one member. Sheet XML packs 5–20 to 1; deflate cannot exceed
#: about 1,030 to 1, which is what bombs use. Members under ``RATIO_FLOOR`` are not held to it
#: (a small, repetitive part may pack very well and is harmless).
MAX_RATIO = 200
RATIO_FLOOR = 16 * MiB
#: Parts read whole into memory: the workbook, relationship, content-type and styles parts.
MAX_PART_BYTES = 64 * MiB
#: The shared-strings part (every distinct text of the workbook), read whole into memory.
MAX_SHARED_STRINGS_BYTES = 512 * MiB

# -- what the parts hold, counted while reading (declared sizes and counts can lie) ------------
#: Distinct texts in the shared-strings part.
MAX_SHARED_STRINGS = 5_000_000
#: Rows of a sheet: Excel's own limit, so no sheet Excel wrote is refused.
MAX_ROWS = 1_048_576
#: Columns of a row: Excel's own limit (column XFD).
MAX_COLUMNS = 16_384
#: Cells (with a value or not) of one sheet: 57 full columns of Excel's largest sheet.
MAX_CELLS = 60_000_000
#: Characters of text in one cell: Excel's own limit.
MAX_CELL_TEXT = 32_767
#: Nesting of XML elements (a sheet needs 7: worksheet, sheetData, row, c, is, r, t).
MAX_XML_DEPTH = 100

# -- delimited text (CSV, TSV) ----------------------------------------------------------------
#: Characters in one line of a CSV file (a row of 16,384 long cells still fits).
MAX_LINE_CHARS = 16 * MiB
#: Data rows of a CSV table (five times Excel's largest sheet).
MAX_CSV_ROWS = 5_000_000

#: The ways around a limit, shown with it.
SPLIT_HINT = N_(
    "split the table into smaller files (by year, partner or HS chapter) and import each"
)
CSV_HINT = N_(
    "open it in Excel or LibreOffice, save the sheet as CSV (File → Save As → CSV UTF-8) and "
    "import that"
)


class LimitError(Exception):
    """A file beyond one of the limits above; the message names the limit, the part or row
    where it was met, and what to do. Readers turn it into their own error type."""


def size(n: int) -> str:
    """A byte count as users read it ("1.5 GB", "64 MB")."""
    for unit, scale in (("GB", GiB), ("MB", MiB), ("KB", 1024)):
        if n >= scale:
            x = n / scale
            return f"{x:.0f} {unit}" if x >= 10 or x.is_integer() else f"{x:.1f} {unit}"
    return f"{n} bytes"


def check_archive(zf: zipfile.ZipFile, hint: str | None = None) -> None:
    """Refuse an archive whose central directory declares too much, before anything is
    unpacked: too many members, a member or the whole too large, or packed too tightly.

    Python's ``zipfile`` never returns more bytes of a member than the central directory
    declares (it stops there and then fails the CRC check), so the declared sizes checked here
    bound what any reader of this archive unpacks; ``Capped`` guards the streams as well.
    ``hint`` is the way around a limit the caller suggests (by default: split the table, or
    save it as CSV)."""
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise LimitError(
            tr(
                "the workbook holds {n} files; the limit is {limit}: is it a workbook at all?"
            ).format(n=f"{len(infos):,}", limit=f"{MAX_ZIP_MEMBERS:,}")
        )
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES:
            raise LimitError(
                tr("its part {part} unpacks to {size}, more than the {limit} limit; {hint}").format(
                    part=info.filename,
                    size=size(info.file_size),
                    limit=size(MAX_MEMBER_BYTES),
                    hint=hint or tr(SPLIT_HINT),
                )
            )
        packed = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * packed:
            raise LimitError(
                tr(
                    "its part {part} unpacks to {size} from {packed}, {ratio} times its packed "
                    "size; more than {limit} times is refused as a zip bomb. If the file is "
                    "genuine: {hint}"
                ).format(
                    part=info.filename,
                    size=size(info.file_size),
                    packed=size(info.compress_size),
                    ratio=f"{info.file_size // packed:,}",
                    limit=MAX_RATIO,
                    hint=hint or tr(CSV_HINT),
                )
            )
    if total > MAX_TOTAL_BYTES:
        raise LimitError(
            tr("it unpacks to {size} in all, more than the {limit} limit; {hint}").format(
                size=size(total), limit=size(MAX_TOTAL_BYTES), hint=hint or tr(SPLIT_HINT)
            )
        )


class Capped:
    """A stream of an archive member that fails once more than ``limit`` bytes came out of it:
    what is counted is what was actually unpacked, whatever the archive declared."""

    def __init__(self, raw: IO[bytes], limit: int, on_limit: Callable[[], Exception]) -> None:
        self.raw = raw
        self.limit = limit
        self.seen = 0
        self.on_limit = on_limit

    def read(self, n: int = -1) -> bytes:
        want = self.limit + 1 - self.seen if n is None or n < 0 else n
        data = self.raw.read(max(0, min(want, self.limit + 1 - self.seen)))
        self.seen += len(data)
        if self.seen > self.limit:
            raise self.on_limit()
        return data

    def close(self) -> None:
        self.raw.close()
