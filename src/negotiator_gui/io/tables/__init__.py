"""Trade flows from the tables officials bring: CSV and XLSX exports of UN Comtrade, WITS/TRAINS,
USITC DataWeb / US Census, or a plain table with our own column names.

Why it is built this way:

- **Nothing is imported silently.** ``read_table`` only reads. It returns an ``ImportReport``
  that says which column feeds which field and how that was decided (given, or recognised from
  the layout's column names), which unit, currency, year and rate convention it assumed and why,
  every rejected row by the row number a spreadsheet shows and the column's header, the partner
  names it could not match (with row counts), rows it skipped (blank rows, aggregates such as
  "World" or "TOTAL", other flows or years) and how many rows it merged. The caller shows the
  report and applies the result with ``apply_import`` only once the user accepts it.
- **Product codes are text.** CSV cells are kept as written, so leading zeros stay. Dots and
  spaces are dropped ("8703.23.01" -> "87032301"). A code a spreadsheet turned into a number
  (201 for 0201) has lost its leading zero; HS codes always have an even number of digits, so an
  odd-length code gets it back, and the report counts how many did.
- **A million rows in seconds.** Rows stream in batches and each batch is handled column by
  column with built-ins that run in C (``map(float, ...)``, ``str.join``, dict look-ups); only a
  batch holding a bad or unusual cell takes the cell-by-cell path that names the problem. No
  object is built per row: results go straight into column lists, like ``TradeFlows`` itself.
- **Bad input is a report, not a crash.** A table that cannot be used at all (wrong extension,
  undecodable bytes, no header, a required column missing) raises ``TableError`` with a message
  for the user; anything wrong with a cell is a row problem in the report.

- **Within limits.** Workbooks are read by ``xlsx.py`` (streamed, checked against the limits of
  ``limits.py`` before and while unpacking); CSV lines, rows and columns are counted too. A file
  beyond a limit is refused within seconds with the limit and the way around it
  (docs/limits-tables.md).

The modules, in the order a table goes through them: ``files`` (opening, encodings,
delimiters, sheets) within ``limits``; ``header`` (the header row and the column of each field,
by the names of ``layouts``); ``units`` (scale, currency, rates); ``rows`` (streaming the data
rows, parsed by ``cells``, parties matched by ``parties``); ``finish`` (selection, ``merge``,
totals) into a ``report``; ``apply`` puts an accepted import into a scenario. ``reading`` holds
``read_table``, which runs them; ``errors`` what goes wrong. This package re-exports the names
the rest of the application uses.

The io layer imports no Qt.
"""

from negotiator_gui.io.tables.apply import ApplyCounts, apply_counts, apply_import
from negotiator_gui.io.tables.errors import TableError
from negotiator_gui.io.tables.files import (
    CSV_SUFFIXES,
    HEADER_SCAN,
    XLSX_SUFFIXES,
    head_lines,
    head_rows,
    head_table,
    text_encoding,
)
from negotiator_gui.io.tables.layouts import FIELDS, GENERIC, LAYOUTS, REQUIRED, Layout, norm
from negotiator_gui.io.tables.merge import nested_codes, nested_note
from negotiator_gui.io.tables.parties import PartyResolver, iso2_of
from negotiator_gui.io.tables.reading import read_table
from negotiator_gui.io.tables.report import ImportReport, RowProblem

__all__ = [
    "CSV_SUFFIXES",
    "FIELDS",
    "GENERIC",
    "HEADER_SCAN",
    "LAYOUTS",
    "REQUIRED",
    "XLSX_SUFFIXES",
    "ApplyCounts",
    "ImportReport",
    "Layout",
    "PartyResolver",
    "RowProblem",
    "TableError",
    "apply_counts",
    "apply_import",
    "head_lines",
    "head_rows",
    "head_table",
    "iso2_of",
    "nested_codes",
    "nested_note",
    "norm",
    "read_table",
    "text_encoding",
]
