"""The options-matrix workbook, written and read back.

``workbook`` writes it (``write_workbook``: the live Options, Packages and Chart sheets and
About), ``sheets`` the context sheets (issue grid, trade impact, tariffs, boards), both on the
shared ``book`` (the workbook being written and its common set-up); ``layout`` is what the
writer and the reader agree on (sheet names, headers, defined names) and how cells are written
safely; ``file`` saves and checks the file; ``weights`` reads an official's changed weights,
scores and reservation values back (``read_weights``).

This package re-exports the names the rest of the application uses.
"""

from negotiator_gui.io.excel.weights import (
    NumberTextError,
    WeightsImport,
    WorkbookError,
    number_text,
    read_weights,
)
from negotiator_gui.io.excel.workbook import (
    MAX_FORMULA,
    ExportResult,
    matrix_for,
    write_workbook,
)

__all__ = [
    "MAX_FORMULA",
    "ExportResult",
    "NumberTextError",
    "WeightsImport",
    "WorkbookError",
    "matrix_for",
    "number_text",
    "read_weights",
    "write_workbook",
]
