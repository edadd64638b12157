"""Read back the weights, scores and reservation values an official changed in a workbook.

The options-matrix workbook goes up the chain; a senior official may change a weight or a score
in its Options sheet and send it back. ``read_weights`` finds those inputs the way the writer
laid them out (``excel_layout``): the About sheet's format line and scenario id say whose
workbook it is, the Options sheet's header texts say which column is which party's weight and
score, the id columns say which row is which issue and option, and the defined names of the
weight cells must still point at those cells. Anything else is refused with the reason, so a
workbook that is not ours, or was restructured (a header renamed, an id column deleted, rows
shuffled out of their issue), never silently writes the wrong number into the scenario.

Cells are matched by ids, not positions: an official may insert columns or rows, recolour, add
notes or sheets. A cell holding a formula is read through the value the spreadsheet saved for
it; a workbook never saved by a spreadsheet has none, and is refused for that cell.
"""

from __future__ import annotations

import dataclasses
import math
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from negotiator_gui.core.i18n import tr
from negotiator_gui.core.model import IssuePreference, Preferences, Scenario
from negotiator_gui.io import excel_layout as L
from negotiator_gui.io.scenario_file import check_scenario
from negotiator_gui.io.scenario_writer import content_hash
from negotiator_gui.translations import LANGUAGES, catalogue

#: How many rows of the About sheet are searched for its key/value lines.
ABOUT_ROWS = 60


class WorkbookError(Exception):
    """A workbook the weights cannot be read from; the message says why and what to do."""


@dataclass(frozen=True)
class Change:
    party: str
    what: str  # "weight", "score" or "reservation"
    issue: str
    option: str
    old: float | None
    new: float | None
    cell: str  # e.g. "Options!D7"

    def text(self, s: Scenario) -> str:
        def num(x: float | None) -> str:
            return "—" if x is None else f"{x:g}"

        if self.what == "reservation":
            where = tr("reservation value")
        else:
            issue = next((i for i in s.issues if i.id == self.issue), None)
            title = issue.title if issue else self.issue
            if self.what == "weight":
                where = tr("weight of '{title}' ({issue})").format(title=title, issue=self.issue)
            else:
                opt = (
                    next((o for o in issue.options if o.id == self.option), None) if issue else None
                )
                label = opt.label if opt else self.option
                where = tr("score of '{title}' / '{label}' ({issue}/{option})").format(
                    title=title, label=label, issue=self.issue, option=self.option
                )
        return tr("{party} {where}: {old} → {new}  [{cell}]").format(
            party=self.party, where=where, old=num(self.old), new=num(self.new), cell=self.cell
        )


@dataclass
class WeightsImport:
    scenario: Scenario  # the updated copy
    changes: list[Change]
    parties: tuple[str, ...]  # parties whose inputs the workbook holds
    missing: tuple[str, ...]  # negotiators it has no columns for (a redacted copy)
    hash_matches: bool
    exported_title: str = ""
    notes: list[str] = field(default_factory=list)

    def report(self, book: str, file: str, before: Scenario) -> str:
        lines = [
            tr("{book}: options matrix of '{title}' ({id})").format(
                book=book, title=self.exported_title, id=before.id
            )
        ]
        if self.hash_matches:
            lines.append(
                "  "
                + tr("exported from {file} as it is now (content hash matches)").format(file=file)
            )
        else:
            lines.append(
                "  "
                + tr(
                    "{file} has changed since the export (content hash differs): the changes "
                    "below are against the file as it is now"
                ).format(file=file)
            )
        parties = ", ".join(self.parties) or tr("no party")
        lines.append("  " + tr("inputs read for {parties}").format(parties=parties))
        if self.missing:
            lines.append(
                "  "
                + tr("no columns for {parties} (a redacted copy?): left as they are").format(
                    parties=", ".join(self.missing)
                )
            )
        if not self.changes:
            lines.append(tr("No changes."))
        else:
            n = len(self.changes)
            lines.append((tr("{n} change:") if n == 1 else tr("{n} changes:")).format(n=n))
            lines += [f"  {c.text(before)}" for c in self.changes]
        lines += [tr("note: {note}").format(note=x) for x in self.notes]
        return "\n".join(lines)


def _open(path: Path, data_only: bool = False):
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except FileNotFoundError:
        raise WorkbookError(tr("{path}: no such file").format(path=path)) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise WorkbookError(
            tr("{path}: not an Excel workbook (.xlsx) ({error})").format(path=path, error=exc)
        ) from None
    except OSError as exc:
        raise WorkbookError(
            tr("{path}: cannot be read: {error}").format(path=path, error=exc.strerror or exc)
        ) from None


@dataclass(frozen=True)
class _Names:
    """The layout texts in the language the workbook was written in: English (the command
    line's), the language the program runs in now, or any other language it ships (a
    colleague's workbook exported in Japanese is read in an English session, and back)."""

    render: Callable[[str], str]

    def __call__(self, text: str) -> str:
        return self.render(text)


def _as_written(text: str) -> str:
    return text


def _shipped(table: dict[str, str]) -> Callable[[str], str]:
    return lambda text: table.get(text, text)


def _languages() -> list[_Names]:
    """The languages a workbook may be in: English, the running one, every shipped one."""
    return [
        _Names(_as_written),
        _Names(tr),
        *(_Names(_shipped(catalogue(lang))) for lang in LANGUAGES),
    ]


def _about(wb, path: Path) -> tuple[dict[str, Any], _Names]:
    not_ours = tr(
        "{path}: not an options-matrix workbook exported by Negotiator (no {sheet} sheet with "
        "its '{line}' line)"
    ).format(path=path, sheet=tr(L.ABOUT), line=tr(L.ABOUT_FORMAT))
    n = next((n for n in _languages() if n(L.ABOUT) in wb.sheetnames), None)
    if n is None:
        raise WorkbookError(not_ours)
    about: dict[str, Any] = {}
    for row in wb[n(L.ABOUT)].iter_rows(min_row=1, max_row=ABOUT_ROWS, max_col=2, values_only=True):
        if row and isinstance(row[0], str) and len(row) > 1:
            about.setdefault(row[0].strip(), row[1])
    fmt = about.get(n(L.ABOUT_FORMAT))
    if not isinstance(fmt, str) or not fmt.startswith(L.FORMAT_ID + " "):
        raise WorkbookError(not_ours)
    try:
        version = int(fmt.split()[1])
    except (IndexError, ValueError):
        raise WorkbookError(not_ours) from None
    if version > L.FORMAT_VERSION:
        raise WorkbookError(
            tr(
                "{path}: written by a newer Negotiator (workbook format {version}); update to "
                "read it"
            ).format(path=path, version=version)
        )
    return about, n


def _restructured(path: Path, why: str) -> WorkbookError:
    return WorkbookError(
        tr(
            "{path}: the {sheet} sheet has been restructured, so its inputs cannot be matched "
            "safely: {why}. Export a fresh workbook and make the changes there."
        ).format(path=path, sheet=tr(L.OPTIONS), why=why)
    )


def read_weights(path: str | os.PathLike[str], scenario: Scenario) -> WeightsImport:
    """The scenario with the workbook's weights, scores and reservation values (see the module
    doc); ``WorkbookError`` when the workbook is not ours, is for another scenario, was
    restructured, or holds a value that is not allowed."""
    path = Path(path)
    wb = _open(path)
    try:
        return _read(wb, path, scenario)
    finally:
        wb.close()


def _read(wb, path: Path, s: Scenario) -> WeightsImport:
    about, n = _about(wb, path)
    sid = about.get(n(L.ABOUT_SCENARIO_ID))
    if sid != s.id:
        raise WorkbookError(
            tr(
                "{path}: exported from scenario {found}, not from {id}; import it into that "
                "scenario's file"
            ).format(path=path, found=repr(sid), id=repr(s.id))
        )
    t = n.render
    if n(L.OPTIONS) not in wb.sheetnames:
        raise _restructured(
            path, tr("there is no sheet named '{sheet}'").format(sheet=n(L.OPTIONS))
        )
    rows = list(wb[n(L.OPTIONS)].iter_rows())
    header_at, heads = _header(rows, path, n)
    negotiators = [p.id for p in s.negotiators()]
    parties = [p for p in negotiators if L.h_weight(p, t) in heads]
    for text in heads:
        for suffix in (L.h_weight("", t), L.h_score("", t)):
            if text.endswith(suffix) and text[: -len(suffix)] not in negotiators:
                raise WorkbookError(
                    tr(
                        "{path}: the {sheet} sheet has a '{column}' column, but {party} is not "
                        "a negotiating party of {id}"
                    ).format(
                        path=path,
                        sheet=tr(L.OPTIONS),
                        column=text,
                        party=repr(text[: -len(suffix)]),
                        id=repr(s.id),
                    )
                )
    for p in parties:
        for h in (L.h_score(p, t), L.h_weighted(p, t)):
            if h not in heads:
                raise _restructured(path, tr("the '{header}' header is missing").format(header=h))
    parties.sort(key=lambda p: p != s.perspective)
    missing = tuple(p for p in negotiators if p not in parties)
    c_issue, c_option, c_label = heads[n(L.H_ISSUE)], heads[n(L.H_OPTION)], heads[n(L.H_LABEL)]

    issue_rows: dict[str, Any] = {}
    option_rows: dict[tuple[str, str], Any] = {}
    reservation_row = None
    options = {i.id: {o.id for o in i.options} for i in s.issues}
    for row in rows[header_at:]:
        cells = {c.column: c for c in row if getattr(c, "column", None) is not None}
        issue = _text(cells.get(c_issue))
        option = _text(cells.get(c_option))
        label = _text(cells.get(c_label))
        if not issue:
            if option:
                raise _restructured(
                    path, tr("row {row} has an option id but no issue id").format(row=_row(row))
                )
            if label in (n(L.ROW_RESERVATION), n(L.ROW_RESERVATION_BEFORE)):
                reservation_row = cells
            continue
        if issue not in options:
            raise _restructured(
                path,
                tr("row {row} holds issue id {issue}, which {id} does not have").format(
                    row=_row(row), issue=repr(issue), id=repr(s.id)
                ),
            )
        if not option:
            if issue in issue_rows:
                raise _restructured(
                    path, tr("issue {issue} has two rows").format(issue=repr(issue))
                )
            issue_rows[issue] = cells
            continue
        if option not in options[issue]:
            raise _restructured(
                path,
                tr("row {row} holds option {option} of {issue}, which is unknown").format(
                    row=_row(row), option=repr(option), issue=repr(issue)
                ),
            )
        if (issue, option) in option_rows:
            raise _restructured(
                path,
                tr("option {option} of {issue} has two rows").format(
                    option=repr(option), issue=repr(issue)
                ),
            )
        option_rows[(issue, option)] = cells
    for i in s.issues:
        if i.id not in issue_rows:
            raise _restructured(
                path,
                tr("issue {issue} ('{title}') has no row").format(issue=repr(i.id), title=i.title),
            )
        for o in i.options:
            if (i.id, o.id) not in option_rows:
                raise _restructured(
                    path,
                    tr("option {option} of {issue} ('{label}') has no row").format(
                        option=repr(o.id), issue=repr(i.id), label=o.label
                    ),
                )

    _check_names(wb, path, s, parties, heads, issue_rows, n)
    reader = _Values(path, n(L.OPTIONS))
    prefs = {p.party: p for p in s.preferences}
    changes: list[Change] = []
    new_prefs: dict[str, Preferences] = {}
    for p in parties:
        old = prefs.get(p)
        issues: dict[str, IssuePreference] = {}
        for i in s.issues:
            old_ip = old.issues.get(i.id) if old else None
            wcell = issue_rows[i.id].get(heads[L.h_weight(p, t)])
            what = tr("{party} weight of '{title}'").format(party=p, title=i.title)
            w = reader.number(wcell, what, 0.0, None)
            was_w = old_ip.weight if old_ip else None
            if w is None and was_w is not None:
                raise WorkbookError(
                    tr(
                        "{cell}: the {what} is empty (it was {was}); type 0 to give the issue "
                        "no weight"
                    ).format(cell=_where(wcell), what=what, was=f"{was_w:g}")
                )
            if w != was_w:
                changes.append(Change(p, "weight", i.id, "", was_w, w, _where(wcell)))
            scores: dict[str, float] = {}
            for o in i.options:
                scell = option_rows[(i.id, o.id)].get(heads[L.h_score(p, t)])
                what = tr("{party} score of '{title}' / '{label}'").format(
                    party=p, title=i.title, label=o.label
                )
                v = reader.number(scell, what, 0.0, 100.0)
                was = old_ip.scores.get(o.id) if old_ip else None
                if v is None and was is not None:
                    raise WorkbookError(
                        tr(
                            "{cell}: the {what} is empty (it was {was}); type 0 to give the "
                            "option no value"
                        ).format(cell=_where(scell), what=what, was=f"{was:g}")
                    )
                if v is not None:
                    scores[o.id] = v
                    if v != was:
                        changes.append(Change(p, "score", i.id, o.id, was, v, _where(scell)))
            if w is None and not scores:
                continue
            issues[i.id] = IssuePreference(
                weight=w if w is not None else 0.0,
                scores=scores,
                rationale=old_ip.rationale if old_ip else "",
            )
        base = old or Preferences(party=p)
        reservation = base.reservation
        if reservation_row is not None and not reservation.package:
            rcell = reservation_row.get(heads[L.h_weighted(p, t)])
            v = reader.number(rcell, tr("{party} reservation value").format(party=p), 0.0, 100.0)
            if v != reservation.value:
                changes.append(
                    Change(p, "reservation", "", "", reservation.value, v, _where(rcell))
                )
                reservation = dataclasses.replace(reservation, value=v)
        new_prefs[p] = dataclasses.replace(base, issues=issues, reservation=reservation)
    preferences = [new_prefs.get(p.party, p) for p in s.preferences]
    preferences += [v for k, v in new_prefs.items() if k not in prefs]
    updated = dataclasses.replace(s, preferences=preferences)
    problems = check_scenario(updated)
    if problems.has_errors():
        listed = "; ".join(str(x) for x in problems.errors[:5])
        raise WorkbookError(
            tr("{path}: the scenario would not be valid with these inputs: {problems}").format(
                path=path, problems=listed
            )
        )
    notes = []
    for p in parties:
        total = sum(x.weight for x in new_prefs[p].issues.values())
        before = sum(x.weight for x in prefs[p].issues.values()) if p in prefs else None
        if total != before and not math.isclose(total, 100.0):
            notes.append(
                tr(
                    "{party}'s weights now add up to {total} points, not 100 (utilities scale them)"
                ).format(party=p, total=f"{total:g}")
            )
    return WeightsImport(
        updated,
        changes,
        tuple(parties),
        missing,
        about.get(n(L.ABOUT_HASH)) == content_hash(s),
        str(about.get(n("Scenario")) or s.title),
        notes,
    )


def _header(rows: list, path: Path, n: _Names) -> tuple[int, dict[str, int]]:
    """The header row (its 1-based number) and each header text's column."""
    label, issue, option = n(L.H_LABEL), n(L.H_ISSUE), n(L.H_OPTION)
    for k, row in enumerate(rows[:40], 1):
        texts = {c.value: c.column for c in row if isinstance(getattr(c, "value", None), str)}
        if label in texts and issue in texts:
            heads: dict[str, int] = {}
            for c in row:
                v = getattr(c, "value", None)
                if isinstance(v, str) and v.strip():
                    if v in heads:
                        raise _restructured(
                            path, tr("two columns are headed '{header}'").format(header=v)
                        )
                    heads[v] = c.column
            if option not in heads:
                raise _restructured(
                    path, tr("the '{header}' header is missing").format(header=option)
                )
            return k, heads
    raise _restructured(
        path, tr("no header row with '{label}' and '{issue}'").format(label=label, issue=issue)
    )


def _check_names(wb, path: Path, s: Scenario, parties, heads, issue_rows, n: _Names) -> None:
    """The weights' defined names (which the formulas use) must point at the weight cells."""
    from openpyxl.utils import get_column_letter

    wanted = [((p, i.id), L.weight_name(p, i.id)) for p in parties for i in s.issues]
    names = L.unique_names(wanted)
    defined = wb.defined_names
    for (p, issue), name in names.items():
        dn = defined.get(name)
        column = heads[L.h_weight(p, n.render)]
        cell = issue_rows[issue].get(column)
        row = cell.row if cell is not None else None
        expected = f"{n(L.OPTIONS)}!${get_column_letter(column)}${row}"
        if dn is None:
            raise _restructured(path, tr("the defined name {name} is missing").format(name=name))
        if (dn.attr_text or "").replace("'", "") != expected:
            raise _restructured(
                path,
                tr("the defined name {name} points at {target}, not at {expected}").format(
                    name=name, target=dn.attr_text, expected=expected
                ),
            )


class _Values:
    """Numbers from input cells, with the checks and messages users need. An input an official
    turned into a formula (``=30+5``) is read through the result the spreadsheet saved."""

    def __init__(self, path: Path, sheet: str = L.OPTIONS) -> None:
        self.path = path
        self.sheet = sheet
        self._saved: dict[str, Any] | None = None

    def saved(self) -> dict[str, Any]:
        if self._saved is None:
            wb = _open(self.path, data_only=True)
            try:
                self._saved = {
                    c.coordinate: c.value
                    for row in wb[self.sheet].iter_rows()
                    for c in row
                    if getattr(c, "coordinate", None) is not None and c.value is not None
                }
            finally:
                wb.close()
        return self._saved

    def number(self, cell, what: str, lo: float, hi: float | None) -> float | None:
        if cell is None or cell.value is None or cell.value == "":
            return None
        v = cell.value
        if cell.data_type == "f":
            v = self.saved().get(cell.coordinate)
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                raise WorkbookError(
                    tr(
                        "{cell}: the {what} is a formula with no saved result; open the "
                        "workbook in Excel or LibreOffice and save it, or type the number"
                    ).format(cell=_where(cell), what=what)
                )
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            try:
                v = float(str(v).strip().replace(",", ""))
            except ValueError:
                raise WorkbookError(
                    tr("{cell}: the {what} is not a number: {value}").format(
                        cell=_where(cell), what=what, value=repr(v)
                    )
                ) from None
        v = float(v)
        _check_range(v, what, lo, hi, _where(cell))
        return v


def _check_range(v: float, what: str, lo: float, hi: float | None, where: str) -> None:
    if not math.isfinite(v) or v < lo or (hi is not None and v > hi):
        if hi is not None:
            text = tr("{cell}: the {what} must be from {lo} to {hi}, not {value}")
        else:
            text = tr("{cell}: the {what} must be {lo} or more, not {value}")
        raise WorkbookError(
            text.format(
                cell=where,
                what=what,
                lo=f"{lo:g}",
                hi=f"{hi:g}" if hi is not None else "",
                value=f"{v:g}",
            )
        )


def _text(cell) -> str:
    if cell is None or cell.value is None:
        return ""
    return str(cell.value).strip()


def _row(row) -> int | str:
    for c in row:
        r = getattr(c, "row", None)
        if r is not None:
            return r
    return "?"


def _where(cell) -> str:
    sheet = getattr(getattr(cell, "parent", None), "title", None) or L.OPTIONS
    if cell is None:
        return sheet
    return f"{sheet}!{cell.coordinate}"
