"""Read back the weights, scores and reservation values an official changed in a workbook.

The options-matrix workbook goes up the chain; a senior official may change a weight or a score
in its Options sheet and send it back. ``read_weights`` finds those inputs the way the writer
laid them out (``layout``): the About sheet's format line and scenario id say whose
workbook it is, the Options sheet's header texts say which column is which party's weight and
score, the id columns say which row is which issue and option, and the defined names of the
weight cells must still point at those cells. Anything else is refused with the reason, so a
workbook that is not ours, or was restructured (a header renamed, an id column deleted, rows
shuffled out of their issue), never silently writes the wrong number into the scenario.

Cells are matched by ids, not positions: an official may insert columns or rows, recolour, add
notes or sheets. A cell holding a formula is read through the value the spreadsheet saved for
it; a workbook never saved by a spreadsheet has none, and is refused for that cell.

Which parties' columns the Options sheet must have is not guessed from the headers: the About
sheet lists a reservation value for each party whose inputs the workbook holds, and says
whether it is a redacted copy. A party listed there whose headers are gone had them renamed
or deleted (refused, with the header cells named); a party not listed was left out at export
(a redacted copy, or no preferences then), and its inputs stay as they are.

Numbers come from number cells. Text in an input cell is read by one rule (``number_text``)
that can never change a number's scale: "30.5" and "30,5" are 30.5, but "1,234" or "1.234"
(a thousands separator, or a decimal mark?) is refused with the cell named, like NaN,
infinity, an error value or a date. The workbook is read by ``xlsx.py``, within the limits of
``limits.py``; a damaged part (sheet, workbook, styles) is refused naming the part.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from negotiator_gui.core.i18n import local, tr
from negotiator_gui.core.model import IssuePreference, Preferences, Scenario
from negotiator_gui.io import limits as LIM
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel.ranges import read_ranges
from negotiator_gui.io.scenario_file import check_scenario
from negotiator_gui.io.scenario_writer import content_hash
from negotiator_gui.translations import LANGUAGES, catalogue

#: How many rows of the About sheet are searched for its key/value lines.
ABOUT_ROWS = 60
#: The header row of the Options sheet is searched for in this many rows.
HEADER_ROWS = 40
#: Cells of the About and Options sheets read at most (an Options sheet has a few hundred).
MAX_SHEET_CELLS = 1_000_000


class WorkbookError(Exception):
    """A workbook the weights cannot be read from; the message says why and what to do."""


@dataclass(frozen=True)
class Change:
    party: str
    #: "weight", "score" or "reservation"; with " range" appended, the range around it (the
    #: Ranges sheet), or "confidence" (the party's confidence level)
    what: str
    issue: str
    option: str
    old: Any  # a number, a range (low, high), a confidence level, or None
    new: Any
    cell: str  # e.g. "Options!D7"

    def text(self, s: Scenario) -> str:
        def num(x: Any) -> str:
            if x is None:
                return "—"
            if isinstance(x, tuple):
                return f"{x[0]:g}–{x[1]:g}"
            return f"{x:g}" if isinstance(x, int | float) else str(x)

        what = self.what.removesuffix(" range")
        if self.what == "confidence":
            where = tr("confidence level")
        elif self.what == "reservation range":
            where = tr("reservation range")
        elif what == "reservation":
            where = tr("reservation value")
        elif self.what == "weight range":
            issue = next((i for i in s.issues if i.id == self.issue), None)
            title = local(issue, "title") if issue else self.issue
            where = tr("weight range of '{title}' ({issue})").format(title=title, issue=self.issue)
        elif self.what == "score range":
            issue = next((i for i in s.issues if i.id == self.issue), None)
            opt = next((o for o in issue.options if o.id == self.option), None) if issue else None
            where = tr("score range of '{title}' / '{label}' ({issue}/{option})").format(
                title=local(issue, "title") if issue else self.issue,
                label=local(opt, "label") if opt else self.option,
                issue=self.issue,
                option=self.option,
            )
        else:
            issue = next((i for i in s.issues if i.id == self.issue), None)
            title = local(issue, "title") if issue else self.issue
            if self.what == "weight":
                where = tr("weight of '{title}' ({issue})").format(title=title, issue=self.issue)
            else:
                opt = (
                    next((o for o in issue.options if o.id == self.option), None) if issue else None
                )
                label = local(opt, "label") if opt else self.option
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
    missing: tuple[str, ...]  # negotiators it has no columns for (left out at export)
    hash_matches: bool
    exported_title: str = ""
    notes: list[str] = field(default_factory=list)
    redacted: bool = False  # the About sheet says it is a redacted copy

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
            text = (
                tr("no columns for {parties} (a redacted copy): left as they are")
                if self.redacted
                else tr(
                    "no columns for {parties} (no preferences when it was exported): left as "
                    "they are"
                )
            )
            lines.append("  " + text.format(parties=", ".join(self.missing)))
        if not self.changes:
            lines.append(tr("No changes."))
        else:
            n = len(self.changes)
            lines.append((tr("{n} change:") if n == 1 else tr("{n} changes:")).format(n=n))
            lines += [f"  {c.text(before)}" for c in self.changes]
        lines += [tr("note: {note}").format(note=x) for x in self.notes]
        return "\n".join(lines)


def _open(path: Path):
    from negotiator_gui.io.xlsx import Book, NotAWorkbook, XlsxError

    try:
        return Book(path, hint=tr("no exported workbook is that large: export a fresh one"))
    except FileNotFoundError:
        raise WorkbookError(tr("{path}: no such file").format(path=path)) from None
    except NotAWorkbook as exc:
        raise WorkbookError(
            tr("{path}: not an Excel workbook (.xlsx) ({error})").format(path=path, error=exc)
        ) from None
    except (XlsxError, LIM.LimitError) as exc:
        raise WorkbookError(f"{path}: {exc}") from None
    except OSError as exc:
        raise WorkbookError(
            tr("{path}: cannot be read: {error}").format(path=path, error=exc.strerror or exc)
        ) from None


def _sheet_cells(book, path: Path, sheet: str, max_row: int | None = None) -> list[list[Any]]:
    """The rows (lists of ``xlsx.Cell``) of a sheet that hold cells, up to ``max_row``; the
    reader's errors become ``WorkbookError``, and a sheet far larger than ours is refused."""
    from negotiator_gui.io.xlsx import XlsxError

    rows: list[list[Any]] = []
    count = 0
    try:
        for row in book.cells(sheet):
            if max_row is not None and row[0].row > max_row:
                break
            count += len(row)
            if count > MAX_SHEET_CELLS:
                raise WorkbookError(
                    tr(
                        "{path}: the {sheet} sheet has more than {limit} cells, far more than "
                        "an exported workbook; export a fresh one"
                    ).format(path=path, sheet=repr(sheet), limit=f"{MAX_SHEET_CELLS:,}")
                )
            rows.append(row)
    except (XlsxError, LIM.LimitError) as exc:
        raise WorkbookError(
            tr("{path} (sheet {sheet}): {error}").format(path=path, sheet=repr(sheet), error=exc)
        ) from None
    return rows


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


@dataclass
class _About:
    """The About sheet's key/value lines: value and the cell it is in, by key."""

    values: dict[str, tuple[Any, str]]

    def get(self, key: str) -> Any:
        return self.values.get(key, (None, ""))[0]

    def cell(self, key: str) -> str:
        return self.values.get(key, (None, ""))[1]


def _about(book, path: Path) -> tuple[_About, _Names]:
    not_ours = tr(
        "{path}: not an options-matrix workbook exported by Negotiator (no {sheet} sheet with "
        "its '{line}' line)"
    ).format(path=path, sheet=tr(L.ABOUT), line=tr(L.ABOUT_FORMAT))
    n = next((n for n in _languages() if n(L.ABOUT) in book.sheetnames), None)
    if n is None:
        raise WorkbookError(not_ours)
    sheet = n(L.ABOUT)
    found: dict[str, tuple[Any, str]] = {}
    for row in _sheet_cells(book, path, sheet, max_row=ABOUT_ROWS):
        by_col = {c.column: c for c in row}
        key, value = by_col.get(1), by_col.get(2)
        if key is not None and isinstance(key.value, str) and value is not None:
            found.setdefault(key.value.strip(), (value.value, f"{sheet}!{value.coordinate}"))
    about = _About(found)
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
    restructured, is damaged or beyond a limit, or holds a value that is not allowed."""
    path = Path(path)
    book = _open(path)
    try:
        return _read(book, path, scenario)
    finally:
        book.close()


def _listed_parties(about: _About, n: _Names, negotiators: list[str]) -> list[str] | None:
    """The negotiators whose inputs the About sheet says the workbook holds (a reservation
    value line each); None if it has no such line at all (then the headers decide)."""
    # the line's name since format 3 of the workbook, and before it (older workbooks import)
    names = ("Walk-away value (BATNA) {party}", "Reservation value {party}")
    listed = [p for p in negotiators if any(n(k).format(party=p) in about.values for k in names)]
    if listed:
        return listed
    if any(k.startswith(n(name).split("{")[0]) for k in about.values for name in names):
        return []
    return None


def _read(book, path: Path, s: Scenario) -> WeightsImport:
    about, n = _about(book, path)
    sid = about.get(n(L.ABOUT_SCENARIO_ID))
    if sid != s.id:
        raise WorkbookError(
            tr(
                "{path}: exported from scenario {found}, not from {id}; import it into that "
                "scenario's file"
            ).format(path=path, found=repr(sid), id=repr(s.id))
        )
    t = n.render
    sheet = n(L.OPTIONS)
    if sheet not in book.sheetnames:
        raise _restructured(path, tr("there is no sheet named '{sheet}'").format(sheet=sheet))
    rows = _sheet_cells(book, path, sheet)
    negotiators = [p.id for p in s.negotiators()]
    listed = _listed_parties(about, n, negotiators)
    known = _known_heads(n, negotiators)
    header_at, heads = _header(rows, path, n, sheet, known)
    if listed is None:
        parties = [p for p in negotiators if L.h_weight(p, t) in heads]
    else:
        parties = list(listed)
    _require(path, n, sheet, (header_at, heads), known, parties)
    for text, col in heads.items():
        for suffix in (L.h_weight("", t), L.h_score("", t)):
            if not text.endswith(suffix):
                continue
            party = text[: -len(suffix)]
            if party not in negotiators:
                raise WorkbookError(
                    tr(
                        "{path}: the {sheet} sheet has a '{column}' column, but {party} is not "
                        "a negotiating party of {id}"
                    ).format(
                        path=path,
                        sheet=tr(L.OPTIONS),
                        column=text,
                        party=repr(party),
                        id=repr(s.id),
                    )
                )
            if party not in parties and listed is None:
                _require(path, n, sheet, (header_at, heads), known, [party])  # a weight renamed
            if party not in parties:
                raise _restructured(
                    path,
                    tr(
                        "{cell} is headed '{header}', but the {about} sheet lists no reservation "
                        "value for {party}, so the workbook was exported without {party}'s "
                        "inputs"
                    ).format(
                        cell=_coord(sheet, header_at, col),
                        header=text,
                        about=tr(L.ABOUT),
                        party=party,
                    ),
                )
    parties.sort(key=lambda p: p != s.perspective)
    missing = tuple(p for p in negotiators if p not in parties)
    redacted_line = about.get(n(L.ABOUT_REDACTED))
    redacted = isinstance(redacted_line, str) and redacted_line.strip() not in ("", n("no"))
    c_issue, c_option, c_label = heads[n(L.H_ISSUE)], heads[n(L.H_OPTION)], heads[n(L.H_LABEL)]

    issue_rows: dict[str, dict[int, Any]] = {}
    option_rows: dict[tuple[str, str], dict[int, Any]] = {}
    reservation_row = None
    options = {i.id: {o.id for o in i.options} for i in s.issues}
    for row in rows:
        if row[0].row <= header_at:
            continue
        r = row[0].row
        cells = {c.column: c for c in row}
        issue = _text(cells.get(c_issue))
        option = _text(cells.get(c_option))
        label = _text(cells.get(c_label))
        if not issue:
            if option:
                raise _restructured(
                    path, tr("row {row} has an option id but no issue id").format(row=r)
                )
            if label in (n(L.ROW_RESERVATION), n(L.ROW_RESERVATION_BEFORE)):
                reservation_row = cells
            continue
        if issue not in options:
            raise _restructured(
                path,
                tr("row {row} holds issue id {issue}, which {id} does not have").format(
                    row=r, issue=repr(issue), id=repr(s.id)
                ),
            )
        if not option:
            if issue in issue_rows:
                raise _restructured(
                    path, tr("issue {issue} has two rows").format(issue=repr(issue))
                )
            issue_rows[issue] = cells | {0: r}
            continue
        if option not in options[issue]:
            raise _restructured(
                path,
                tr("row {row} holds option {option} of {issue}, which is unknown").format(
                    row=r, option=repr(option), issue=repr(issue)
                ),
            )
        if (issue, option) in option_rows:
            raise _restructured(
                path,
                tr("option {option} of {issue} has two rows").format(
                    option=repr(option), issue=repr(issue)
                ),
            )
        option_rows[(issue, option)] = cells | {0: r}
    for i in s.issues:
        if i.id not in issue_rows:
            raise _restructured(
                path,
                tr("issue {issue} ('{title}') has no row").format(
                    issue=repr(i.id), title=local(i, "title")
                ),
            )
        for o in i.options:
            if (i.id, o.id) not in option_rows:
                raise _restructured(
                    path,
                    tr("option {option} of {issue} ('{label}') has no row").format(
                        option=repr(o.id), issue=repr(i.id), label=local(o, "label")
                    ),
                )

    _check_names(book, path, s, parties, heads, issue_rows, n)
    reader = _Values(sheet)
    prefs = {p.party: p for p in s.preferences}
    changes: list[Change] = []
    new_prefs: dict[str, Preferences] = {}
    for p in parties:
        old = prefs.get(p)
        issues: dict[str, IssuePreference] = {}
        wcol = heads[L.h_weight(p, t)]
        scol = heads[L.h_score(p, t)]
        for i in s.issues:
            old_ip = old.issues.get(i.id) if old else None
            row = issue_rows[i.id]
            where = _coord(sheet, row[0], wcol)
            what = tr("{party} weight of '{title}'").format(party=p, title=local(i, "title"))
            w = reader.number(row.get(wcol), where, what, 0.0, None)
            was_w = old_ip.weight if old_ip else None
            if w is None and was_w is not None:
                raise WorkbookError(
                    tr(
                        "{cell}: the {what} is empty (it was {was}); type 0 to give the issue "
                        "no weight"
                    ).format(cell=where, what=what, was=f"{was_w:g}")
                )
            if w != was_w:
                changes.append(Change(p, "weight", i.id, "", was_w, w, where))
            scores: dict[str, float] = {}
            for o in i.options:
                orow = option_rows[(i.id, o.id)]
                where = _coord(sheet, orow[0], scol)
                what = tr("{party} score of '{title}' / '{label}'").format(
                    party=p, title=local(i, "title"), label=local(o, "label")
                )
                v = reader.number(orow.get(scol), where, what, 0.0, 100.0)
                was = old_ip.scores.get(o.id) if old_ip else None
                if v is None and was is not None:
                    raise WorkbookError(
                        tr(
                            "{cell}: the {what} is empty (it was {was}); type 0 to give the "
                            "option no value"
                        ).format(cell=where, what=what, was=f"{was:g}")
                    )
                if v is not None:
                    scores[o.id] = v
                    if v != was:
                        changes.append(Change(p, "score", i.id, o.id, was, v, where))
            if w is None and not scores:
                continue
            issues[i.id] = IssuePreference(
                weight=w if w is not None else 0.0,
                scores=scores,
                rationale=old_ip.rationale if old_ip else "",
                weight_range=old_ip.weight_range if old_ip else None,
                score_ranges={
                    k: v for k, v in (old_ip.score_ranges if old_ip else {}).items() if k in scores
                },
            )
        base = old or Preferences(party=p)
        reservation = base.reservation
        if reservation_row is not None and not reservation.package:
            rcol = heads[L.h_weighted(p, t)]
            rcell = reservation_row.get(rcol)
            row_number = next(iter(reservation_row.values())).row
            where = _coord(sheet, row_number, rcol)
            what = tr("{party} reservation value").format(party=p)
            v = reader.number(rcell, where, what, 0.0, 100.0)
            if v != reservation.value:
                changes.append(Change(p, "reservation", "", "", reservation.value, v, where))
                reservation = dataclasses.replace(reservation, value=v)
        new_prefs[p] = dataclasses.replace(base, issues=issues, reservation=reservation)
    notes = _apply_ranges(book, path, n, s, parties, new_prefs, reader, changes)
    preferences = [new_prefs.get(p.party, p) for p in s.preferences]
    preferences += [v for k, v in new_prefs.items() if k not in prefs]
    updated = dataclasses.replace(s, preferences=preferences)
    problems = check_scenario(updated)
    if problems.has_errors():
        listed_problems = "; ".join(str(x) for x in problems.errors[:5])
        raise WorkbookError(
            tr("{path}: the scenario would not be valid with these inputs: {problems}").format(
                path=path, problems=listed_problems
            )
        )
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
        redacted,
    )


def _apply_ranges(
    book,
    path: Path,
    n: _Names,
    s: Scenario,
    parties: list[str],
    new_prefs: dict[str, Preferences],
    reader: _Values,
    changes: list[Change],
) -> list[str]:
    """Put the Ranges sheet's ranges and confidence levels into ``new_prefs`` (in place),
    recording the changes; returns notes for the report. A workbook without the sheet (written
    before it existed) keeps the scenario's ranges, dropping those a changed number left."""
    sheet = n(L.RANGES)
    if sheet not in book.sheetnames:
        return _keep_ranges(new_prefs, parties)
    rows = _sheet_cells(book, path, sheet)
    try:
        got = read_ranges(
            rows,
            s,
            parties,
            n,
            lambda cell, where, what: reader.number(cell, where, what, 0.0, 100.0),
            lambda r, c: _coord(sheet, r, c),
        )
    except ValueError as exc:
        raise WorkbookError(
            tr("{path}: the {sheet} sheet cannot be read: {why}").format(
                path=path, sheet=sheet, why=exc
            )
        ) from None
    for p in parties:
        prefs = new_prefs[p]
        if p in got.confidence and got.confidence[p] != prefs.confidence:
            cell = got.cells[(p, "confidence")]
            changes.append(
                Change(p, "confidence", "", "", prefs.confidence, got.confidence[p], cell)
            )
            prefs.confidence = got.confidence[p]
        for issue_id, ip in prefs.issues.items():
            if (p, issue_id) in got.weights and got.weights[p, issue_id] != ip.weight_range:
                new = got.weights[p, issue_id]
                cell = got.cells[(p, issue_id)]
                changes.append(Change(p, "weight range", issue_id, "", ip.weight_range, new, cell))
                ip.weight_range = new
            for option_id in ip.scores:
                key = (p, issue_id, option_id)
                if key not in got.scores or got.scores[key] == ip.score_ranges.get(option_id):
                    continue
                new, old = got.scores[key], ip.score_ranges.get(option_id)
                changes.append(
                    Change(p, "score range", issue_id, option_id, old, new, got.cells[key])
                )
                if new is None:
                    ip.score_ranges.pop(option_id, None)
                else:
                    ip.score_ranges[option_id] = new
        res = prefs.reservation
        if p in got.reservation and got.reservation[p] != res.range:
            cell = got.cells[(p,)]
            changes.append(
                Change(p, "reservation range", "", "", res.range, got.reservation[p], cell)
            )
            prefs.reservation = dataclasses.replace(res, range=got.reservation[p])
    return []


def _keep_ranges(new_prefs: dict[str, Preferences], parties: list[str]) -> list[str]:
    """Keep the scenario's ranges through a workbook without a Ranges sheet; a range that no
    longer holds its changed number is dropped, and the note says so."""
    notes: list[str] = []
    for p in parties:
        prefs = new_prefs[p]
        for issue_id, ip in prefs.issues.items():
            if ip.weight_range is not None and not _holds(ip.weight_range, ip.weight):
                ip.weight_range = None
                notes.append(
                    tr(
                        "{party}'s weight range of {issue} no longer held the weight: dropped"
                    ).format(party=p, issue=issue_id)
                )
            for option_id, rng in list(ip.score_ranges.items()):
                if not _holds(rng, ip.scores[option_id]):
                    del ip.score_ranges[option_id]
                    notes.append(
                        tr(
                            "{party}'s score range of {issue}/{option} no longer held the score: "
                            "dropped"
                        ).format(party=p, issue=issue_id, option=option_id)
                    )
        res = prefs.reservation
        if res.range is not None and (res.value is None or not _holds(res.range, res.value)):
            prefs.reservation = dataclasses.replace(res, range=None)
            notes.append(
                tr("{party}'s reservation range no longer held the value: dropped").format(party=p)
            )
    return notes


def _holds(rng: tuple[float, float], point: float) -> bool:
    return rng[0] <= point <= rng[1]


def _known_heads(n: _Names, parties: Iterable[str]) -> set[str]:
    """Every header text the writer gives the Options sheet."""
    t = n.render
    out = {n(L.H_LABEL), n(L.H_ISSUE), n(L.H_OPTION)}
    for p in parties:
        out |= {L.h_weight(p, t), L.h_share(p, t), L.h_score(p, t), L.h_weighted(p, t)}
        out.add(L.h_board(p, t))
    return out


def _header(rows: list[list[Any]], path: Path, n: _Names, sheet: str, known: set[str]):
    """The header row (its number) and each header text's column: the row among the first
    ones that holds the most of the texts the writer puts there."""
    best: tuple[int, list[Any]] | None = None
    best_hits = 0
    for row in rows:
        if row[0].row > HEADER_ROWS:
            break
        hits = sum(1 for c in row if isinstance(c.value, str) and c.value in known)
        if hits > best_hits:
            best, best_hits = (row[0].row, row), hits
    if best is None or best_hits < 2:
        raise _restructured(
            path,
            tr("no header row with '{label}' and '{issue}'").format(
                label=n(L.H_LABEL), issue=n(L.H_ISSUE)
            ),
        )
    number, row = best
    heads: dict[str, int] = {}
    for c in row:
        v = c.value
        if isinstance(v, str) and v.strip():
            if v in heads:
                raise _restructured(
                    path,
                    tr("two columns are headed '{header}' ({cells})").format(
                        header=v,
                        cells=", ".join(_coord(sheet, number, x) for x in (heads[v], c.column)),
                    ),
                )
            heads[v] = c.column
    return number, heads


def _require(
    path: Path,
    n: _Names,
    sheet: str,
    header: tuple[int, dict[str, int]],
    known: set[str],
    parties: Iterable[str],
) -> None:
    """The headers the import reads must all be there: the id columns, and each party's
    weight, score and weighted columns (the last holds the reservation value). A missing one
    is refused with the header cells whose texts are not ours, the likely renames."""
    t = n.render
    number, heads = header
    needed = [n(L.H_LABEL), n(L.H_ISSUE), n(L.H_OPTION)]
    for p in parties:
        needed += [L.h_weight(p, t), L.h_score(p, t), L.h_weighted(p, t)]
    gone = [h for h in needed if h not in heads]
    if not gone:
        return
    strange = [f"{_coord(sheet, number, col)} '{text}'" for text, col in heads.items()
               if text not in known]  # fmt: skip
    why = tr("the '{header}' header is missing from row {row}").format(header=gone[0], row=number)
    if strange:
        why += tr(" (renamed? the row has {cells}, which no column of ours is called)").format(
            cells=", ".join(strange[:5])
        )
    raise _restructured(path, why)


def _check_names(book, path: Path, s: Scenario, parties, heads, issue_rows, n: _Names) -> None:
    """The weights' defined names (which the formulas use) must point at the weight cells."""
    from negotiator_gui.io.xlsx import column_letter

    wanted = [((p, i.id), L.weight_name(p, i.id)) for p in parties for i in s.issues]
    names = L.unique_names(wanted)
    defined = book.defined_names
    for (p, issue), name in names.items():
        target = defined.get(name)
        column = heads[L.h_weight(p, n.render)]
        row = issue_rows[issue][0]
        expected = f"{n(L.OPTIONS)}!${column_letter(column)}${row}"
        if target is None:
            raise _restructured(path, tr("the defined name {name} is missing").format(name=name))
        if target.replace("'", "") != expected:
            raise _restructured(
                path,
                tr("the defined name {name} points at {target}, not at {expected}").format(
                    name=name, target=target, expected=expected
                ),
            )


# --------------------------------------------------------------------------------------------
# Numbers in input cells
# --------------------------------------------------------------------------------------------

#: Text read as a number: digits with at most one decimal mark, "." or ",", and an optional
#: sign; spaces around it are ignored. Nothing else (no thousands separators, exponents,
#: percent signs or currency), so that text can never be read at another scale than meant.
_NUMBER_TEXT = re.compile(r"([+-]?)(\d*)(?:([.,])(\d*))?")


class NumberTextError(ValueError):
    """Text in an input cell that the number-text rule does not read; the message says why."""


def number_text(text: str) -> float | None:
    """The number a text in an input cell stands for, by the one rule of docs/excel.md; None
    for empty text. ``NumberTextError`` for text it refuses:

    - digits, with at most one decimal mark, "." or ",", and an optional sign: "30", "30.5",
      "30,5", "0.125", "-2";
    - refused when the mark could be a thousands separator: a mark followed by exactly three
      digits after one to three digits that do not start with 0 ("1,234", "1.234", "100.000"
      could be a thousand times larger, or smaller, than the other reading);
    - refused: several marks ("1,234.5"), exponents ("1e3"), "%", currency, NaN and infinity.
    """
    s = text.strip().replace("\u00a0", " ").strip()
    if not s:
        return None
    m = _NUMBER_TEXT.fullmatch(s)
    if m is None or not (m.group(2) or m.group(4)):
        raise NumberTextError(tr("it is not a number"))
    sign, whole, mark, frac = m.groups()
    if mark and len(frac) == 3 and 1 <= len(whole) <= 3 and not whole.startswith("0"):
        raise NumberTextError(
            tr(
                "{text} could be {small} or {large}: is the {mark} a decimal mark or a "
                "thousands separator?"
            ).format(text=repr(s), small=f"{whole}.{frac}", large=f"{whole}{frac}", mark=repr(mark))
        )
    number = f"{sign}{whole or '0'}.{frac or '0'}"
    value = float(number)
    if not math.isfinite(value):
        raise NumberTextError(tr("it is not a finite number"))
    return value


class _Values:
    """Numbers from input cells, with the checks and messages users need. An input an official
    turned into a formula (``=30+5``) is read through the result the spreadsheet saved."""

    def __init__(self, sheet: str = L.OPTIONS) -> None:
        self.sheet = sheet

    def number(self, cell, where: str, what: str, lo: float, hi: float | None) -> float | None:
        if cell is None:
            return None
        v = cell.value
        if cell.kind == "void":
            raise WorkbookError(
                tr(
                    "{cell}: the {what} holds no valid number (an empty value, as some programs "
                    "write for NaN or infinity); type the number"
                ).format(cell=where, what=what)
            )
        if cell.formula is not None and v is None:
            raise WorkbookError(
                tr(
                    "{cell}: the {what} is a formula with no saved result; open the "
                    "workbook in Excel or LibreOffice and save it, or type the number"
                ).format(cell=where, what=what)
            )
        if v is None:
            return None
        if cell.kind == "e":
            raise WorkbookError(
                tr("{cell}: the {what} is the error value {value}; type a number").format(
                    cell=where, what=what, value=v
                )
            )
        if isinstance(v, (bool, dt.date, dt.time, dt.timedelta)):
            raise WorkbookError(
                tr("{cell}: the {what} is not a number: {value}").format(
                    cell=where, what=what, value=repr(v)
                )
            )
        if isinstance(v, str):
            try:
                x = number_text(v)
            except NumberTextError as exc:
                raise WorkbookError(
                    tr(
                        "{cell}: the {what} is not a number: {value} ({why}); type it as a "
                        "number without thousands separators"
                    ).format(cell=where, what=what, value=repr(v[:40]), why=exc)
                ) from None
            if x is None:
                return None
            v = x
        v = float(v)
        if not math.isfinite(v):
            raise WorkbookError(
                tr("{cell}: the {what} is not a finite number ({value}); type a number").format(
                    cell=where, what=what, value=f"{v:g}"
                )
            )
        _check_range(v, what, lo, hi, where)
        return v


def _check_range(v: float, what: str, lo: float, hi: float | None, where: str) -> None:
    if v < lo or (hi is not None and v > hi):
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


def _coord(sheet: str, row: int, column: int) -> str:
    from negotiator_gui.io.xlsx import column_letter

    return f"{sheet}!{column_letter(column)}{row}"
