"""Printers the features share: a ``QPrinter`` that writes a PDF file, for "print to PDF"
and for tests of what File → Print… draws, without a real printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter


def pdf_printer(path: str | Path) -> QPrinter:
    """A high-resolution printer whose output is the PDF file ``path``."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer
