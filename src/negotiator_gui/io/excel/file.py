"""The workbook as a file: saved so that a failure stays quiet after it is reported, and read
back before it is put in place.

``save`` is openpyxl's own save with one difference: when writing fails (a full disk), the zip
archive and the streaming sheets are closed here. Left to the garbage collector, their
finalisers would write to the broken file again and print a traceback ("Exception ignored in
ZipFile.__del__") after the clean error.

``check_workbook`` proves a written workbook before the export reports success: every part is
intact (its checksum) and well-formed XML, and openpyxl opens it. A workbook that fails is our
fault, not the user's: ``OutputCheckError`` says which part and why.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import IO
from xml.parsers import expat
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.workbook import Workbook
from openpyxl.writer.excel import ExcelWriter

from negotiator_gui.core.i18n import tr
from negotiator_gui.io.atomic_write import OutputCheckError

#: Parts read as XML by the check (the rest, such as images, are only read whole).
_XML_PARTS = (".xml", ".rels", ".vml")


def save(wb: Workbook, fh: IO[bytes]) -> None:
    """Save ``wb`` into the open binary file ``fh`` (as ``Workbook.save`` would)."""
    archive = ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True)
    wb.properties.modified = dt.datetime.now(tz=dt.UTC).replace(tzinfo=None)
    try:
        ExcelWriter(wb, archive).save()  # closes the archive when done
    except BaseException:
        _close_quietly(archive)
        abandon(wb)
        raise


def abandon(wb: Workbook) -> None:
    """Close the streaming sheets of a workbook that will not be saved, so their temporary
    files are not left to the garbage collector (whose finalisers would print errors long
    after)."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):  # best effort, on a failure path
            ws.close()


def _close_quietly(archive: ZipFile) -> None:
    """Close a failed archive without a word: what it has not written is lost anyway (the
    file is removed), and a later attempt by its finaliser would only print a traceback."""
    with contextlib.suppress(Exception):
        archive.close()
    archive.fp = None  # close() leaves it when a part was still open: the finaliser needs None


def check_workbook(path: Path) -> None:
    """Read the workbook at ``path`` back; raises ``OutputCheckError`` if any part is damaged
    (its checksum) or not well-formed XML (what made openpyxl and LibreOffice refuse a workbook
    with a control character in it). Every part is parsed, the page headers after the sheet
    data included; openpyxl's own read-only open is not repeated on top, because it costs a
    quarter of the write on a 10,000-package matrix and reads less (it stops at the sheets'
    data)."""
    part = ""
    try:
        with ZipFile(path) as z:
            for info in z.infolist():
                part = info.filename
                with z.open(info) as f:  # reading to the end checks the part's CRC
                    if part.endswith(_XML_PARTS):
                        expat.ParserCreate().ParseFile(f)
                    else:
                        while f.read(1 << 20):
                            pass
        part = ""
    except Exception as exc:  # whatever stops a reader, the file is not fit to hand over
        why = f"{part}: {exc}" if part else str(exc) or type(exc).__name__
        raise OutputCheckError(
            tr(
                "the workbook written cannot be read back ({why}), so it was not saved. This "
                "is a fault in Negotiator: please report it with the scenario file"
            ).format(why=why)
        ) from exc
