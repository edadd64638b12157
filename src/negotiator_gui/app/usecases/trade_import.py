"""Trade flows from a CSV/XLSX table into a scenario: the steps ``negotiator import-trade`` and
File → Import → Trade data share.

1. ``read_trade_table`` reads the table into an ``ImportReport`` (columns used and why, rows
   rejected, partners unmatched); it changes nothing. The window reads from ``reading_view``, a
   copy of the little it needs of the scenario, so a read on a worker thread never touches the
   live document.
2. ``table_columns`` lists the table's headers for a mapping, read the way the import reads
   the table (its own encoding choice and delimiter count), and ``guess_mapping`` matches them
   to fields by the names the known layouts use.
3. ``apply_table`` gives the flow table after the import, checked: the scenario itself is never
   changed, so a refused or failed import leaves it as it was. The caller writes the file (the
   CLI) or pushes one undoable command (the window).

Every failure is a ``TableError`` (``NothingToImport`` and ``InvalidAfterImport`` are kinds of it
that the caller may word its own way).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import Scenario, TradeFlows
from negotiator_gui.core.problems import Problem
from negotiator_gui.io.scenario_file import check_scenario
from negotiator_gui.io.tables import (
    CSV_SUFFIXES,
    FIELDS,
    GENERIC,
    LAYOUTS,
    REQUIRED,
    XLSX_SUFFIXES,
    ApplyCounts,
    ImportReport,
    TableError,
    apply_counts,
    apply_import,
    head_table,
    nested_codes,
    nested_note,
    norm,
    read_table,
    text_encoding,
)

__all__ = [
    "FIELDS",
    "REQUIRED",
    "ImportReport",
    "InvalidAfterImport",
    "NothingToImport",
    "TableError",
    "TableImport",
    "apply_table",
    "guess_mapping",
    "read_trade_table",
    "reading_view",
    "table_columns",
    "text_encoding",
]

#: Problems listed in the message of an import that would leave the scenario invalid.
LISTED_PROBLEMS = 12


class NothingToImport(TableError):
    """No row of the table was accepted: there is nothing to apply."""


class InvalidAfterImport(TableError):
    """The scenario would not be valid with the imported flows; ``problems`` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        listed = "\n".join(str(p) for p in problems[:LISTED_PROBLEMS])
        super().__init__(tr("The scenario would not be valid after the import:") + "\n" + listed)


def reading_view(scenario: Scenario) -> Any:
    """What ``read_table`` needs of a scenario (its parties, the flow table's unit and year),
    copied, so that a background read never touches the live document."""
    flows = scenario.trade_flows
    return SimpleNamespace(
        parties=list(scenario.parties),
        trade_flows=SimpleNamespace(unit=flows.unit, year=flows.year),
    )


def read_trade_table(
    path: str | os.PathLike[str],
    scenario: Any,
    mapping: dict[str, str | None] | None = None,
    *,
    cancel: Callable[[], None] | None = None,
    **options: Any,
) -> ImportReport:
    """The import report of ``path`` for ``scenario`` (or its ``reading_view``) with the
    column ``mapping`` and ``read_table``'s other options (sheet, encoding, importer, exporter,
    aliases, others, scale, currency, year, rates, flow, duty_type). ``cancel`` is called
    before the (uninterruptible) read and may raise to stop."""
    if cancel is not None:
        cancel()
    return read_table(path, mapping, scenario=scenario, **options)


def table_columns(path: str | os.PathLike[str], report: ImportReport | None) -> list[str]:
    """Every column header of the table, for the mapping combos.

    The report says on which row (and sheet, encoding) the header is; without one (the table
    could not be read as it was mapped) the widest of the first rows is taken, as ``read_table``
    does for its error message. Returns [] if the file cannot be read at all (the caller shows
    ``read_table``'s own message instead)."""
    p = Path(path)
    if p.suffix.casefold() not in CSV_SUFFIXES + XLSX_SUFFIXES:
        return []  # a file no mapping can make readable (read_table says what to do)
    try:
        rows = head_table(
            p,
            encoding=report.encoding if report is not None else None,
            sheet=report.sheet if report is not None else None,
        )
    except Exception:  # whatever it is, the caller shows read_table's own message instead
        return []
    if report is not None and 0 < report.header_row <= len(rows):
        row = rows[report.header_row - 1]
    else:
        row = max(rows, key=lambda r: sum(1 for c in r if str(c or "").strip()), default=[])
    return [str(c).strip() for c in row if c is not None and str(c).strip()]


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """Field -> column by the names the known layouts use, for a table ``read_table`` could
    not read as it stood (say, one without importer and exporter columns): the user then only
    has to fill in what is missing instead of mapping every column by hand."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for field in FIELDS:
        names = [*GENERIC.get(field, ())]
        for layout in LAYOUTS:
            names.extend(layout.aliases.get(field, ()))
        for name in names:
            hit = next((c for c in columns if c not in taken and norm(c) == name), None)
            if hit is not None:
                out[field] = hit
                taken.add(hit)
                break
    return out


@dataclasses.dataclass(frozen=True)
class TableImport:
    """The outcome of applying a report to a scenario (which itself is left unchanged)."""

    before: Scenario
    report: ImportReport
    mode: str
    #: The flow table after the import, and the scenario with it (checked: valid).
    flows: TradeFlows
    scenario: Scenario

    def counts(self) -> ApplyCounts:
        """Flows updated, added, kept and removed."""
        return apply_counts(self.before, self.report.flows, self.mode)

    def nested_note(self, where: str = "the merged flow table") -> str | None:
        """A note on product codes nested in others that only the merge brought together (the
        table and the scenario may each nest codes already); None when there are none."""
        if self.mode != "merge":
            return None
        before = (
            nested_codes(self.report.flows).keys() | nested_codes(self.before.trade_flows).keys()
        )
        added = {k: v for k, v in nested_codes(self.flows).items() if k not in before}
        return nested_note(added, where) if added else None


def apply_table(
    scenario: Scenario, report: ImportReport, mode: str = "merge", source: str = ""
) -> TableImport:
    """The scenario with the report's flows merged in (``mode`` "merge") or instead of its own
    ("replace"), checked; ``source`` names the table in messages. Raises ``NothingToImport``
    when no row was accepted, ``InvalidAfterImport`` when the result would not be a valid
    scenario, ``TableError`` when the flows cannot be combined (another year in a merge, say)."""
    if report.rows_accepted == 0:
        raise NothingToImport(
            tr("Nothing to import: no row of {name} was accepted.").format(name=source)
        )
    flows = apply_import(scenario, report.flows, mode, rates_known=report.rates_known)
    updated = dataclasses.replace(scenario, trade_flows=flows)
    problems = check_scenario(updated)
    if problems.has_errors():
        raise InvalidAfterImport(list(problems.errors))
    return TableImport(scenario, report, mode, flows, updated)
