"""The options-matrix workbook of a scenario: the step ``negotiator export --xlsx`` and
File → Export → Excel options matrix share.

``io.excel`` builds the workbook and writes it whole or not at all (read back before it replaces
the target: ``OutputCheckError`` when it does not read back, our fault; ``OSError`` when it
cannot be written; ``AnalysisError`` when the package space cannot be listed as asked).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from negotiator_gui.core.model import Package, Scenario
from negotiator_gui.core.paper import system_paper
from negotiator_gui.io.atomic_write import OutputCheckError
from negotiator_gui.io.excel import ExportResult, write_workbook

__all__ = ["ExportResult", "OutputCheckError", "export_workbook"]


def export_workbook(
    path: str | os.PathLike[str],
    scenario: Scenario,
    *,
    packages: str | int = "frontier",
    extra: Sequence[Package] = (),
    redacted: bool = False,
    keep_ranges: bool = False,
    revision: str | None = None,
    cancel: Callable[[], None] | None = None,
    paper: str | None = None,
) -> ExportResult:
    """Write the workbook of ``scenario`` to ``path``: the candidate ``packages`` ("frontier",
    "all" or how many frontier points) and the ``extra`` ones; ``redacted`` leaves out our side's
    private numbers (the matrix is then built from the redacted copy) and, unless
    ``keep_ranges``, the other side's preference ranges; ``revision`` is the
    library's label to show on About. ``cancel`` is called before the work and may raise.
    ``paper`` ("a4" or "letter") is the paper the sheets print on: by default the user's
    locale's (``core.paper.system_paper``)."""
    if cancel is not None:
        cancel()
    return write_workbook(
        path,
        scenario,
        packages=packages,
        extra=extra,
        redacted=redacted,
        keep_ranges=keep_ranges,
        revision=revision,
        paper=paper or system_paper(),
    )
