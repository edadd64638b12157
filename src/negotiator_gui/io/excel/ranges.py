"""The workbook's Ranges sheet: the range (low–high) around every weight, score and reservation
value the workbook holds, and each party's confidence level, written as inputs and read back by
the weights import (``weights.read_weights``).

The ranges have a sheet of their own instead of more columns on Options: Options is a live
sheet whose formulas, defined names and header texts the import checks cell by cell, and two
columns per party more would make it too wide to print. Rows are matched by ids (party, kind,
issue, option), like the Options rows, so an official may sort or colour them. A row's Low and
High are both filled (a range) or both empty (none); the confidence row's Estimate cell holds
``high``, ``medium``, ``low`` or nothing (``core.preference_ranges``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from negotiator_gui.core.i18n import N_, local, tr
from negotiator_gui.core.model import Confidence, Preferences, Range, Scenario
from negotiator_gui.core.preference_ranges import CONFIDENCE_WIDTH
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel.layout import Sheet, header_row

RANGES = L.RANGES
#: Header texts of the Ranges sheet (matched by the import in any shipped language).
H_PARTY, H_KIND, H_ISSUE, H_OPTION = N_("Party id"), N_("Kind"), N_("Issue id"), N_("Option id")
H_NAME, H_ESTIMATE, H_LOW, H_HIGH = N_("Name"), N_("Estimate"), N_("Low"), N_("High")
HEADS = (H_PARTY, H_KIND, H_ISSUE, H_OPTION, H_NAME, H_ESTIMATE, H_LOW, H_HIGH)
#: The kinds of row (ids, not translated: they are keys like the issue ids).
WEIGHT, SCORE, RESERVATION, CONFIDENCE = "weight", "score", "reservation", "confidence"


def ranges_sheet(book: Any) -> Sheet:
    """Write the Ranges sheet of ``book`` (a ``book.Book``) for the parties whose inputs the
    workbook holds."""
    s: Scenario = book.s
    sh = book.sheet(RANGES, "wrap")
    widths = ", ".join(
        tr("{level} ±{w}").format(level=level.value, w=f"{CONFIDENCE_WIDTH[level]:g}")
        for level in Confidence
    )
    book.title_rows(
        sh,
        tr("Ranges: how far each number may plausibly be off"),
        tr(
            "Blue cells on yellow are inputs, read back by 'Import weights': type Low and High "
            "around the estimate (both, or neither for no range). A confidence level ({widths} "
            "points) gives every number without a range of its own that band."
        ).format(widths=widths),
    )
    header = sh.add(*header_row([L.local(h) for h in HEADS], [False] * 5 + [True] * 3))
    prefs = {p.party: p for p in s.preferences}
    for pid in book.parties:
        p = prefs.get(pid)
        if p is None:
            continue
        for row in _rows(s, p):
            sh.add(*row)
    book.page_setup(sh.ws, f"{header}:{header}", f"A{header + 1}")
    return sh


def _pair(rng: Range | None) -> list[Any]:
    lo, hi = rng if rng is not None else (None, None)
    return [(lo, "input"), (hi, "input")]


def _rows(s: Scenario, p: Preferences) -> list[list[Any]]:
    rows: list[list[Any]] = []
    level = p.confidence.value if p.confidence is not None else None
    rows.append([p.party, CONFIDENCE, None, None, tr("Confidence level"), (level, "input")])
    for issue in s.issues:
        ip = p.issues.get(issue.id)
        if ip is None:
            continue
        title = local(issue, "title")
        rows.append(
            [p.party, WEIGHT, issue.id, None, title, (ip.weight, "points"), *_pair(ip.weight_range)]
        )
        for opt in issue.options:
            if opt.id not in ip.scores:
                continue
            rows.append(
                [
                    p.party,
                    SCORE,
                    issue.id,
                    opt.id,
                    tr("{issue} / {option}").format(issue=title, option=local(opt, "label")),
                    (ip.scores[opt.id], "points"),
                    *_pair(ip.score_ranges.get(opt.id)),
                ]
            )
    if p.reservation.value is not None:
        rows.append(
            [
                p.party,
                RESERVATION,
                None,
                None,
                L.local(L.ROW_RESERVATION),
                (p.reservation.value, "points"),
                *_pair(p.reservation.range),
            ]
        )
    return rows


# -- reading ------------------------------------------------------------------------------------


@dataclass
class RangesRead:
    """What a Ranges sheet holds, by party (only parties with a row on it)."""

    confidence: dict[str, Confidence | None] = field(default_factory=dict)
    weights: dict[tuple[str, str], Range | None] = field(default_factory=dict)
    scores: dict[tuple[str, str, str], Range | None] = field(default_factory=dict)
    reservation: dict[str, Range | None] = field(default_factory=dict)
    cells: dict[tuple[str, ...], str] = field(default_factory=dict)  # key -> "Ranges!G7"


def read_ranges(
    rows: list[list[Any]],
    s: Scenario,
    parties: list[str],
    names: Callable[[str], str],
    number: Callable[[Any, str, str], float | None],
    coord: Callable[[int, int], str],
) -> RangesRead:
    """Read the Ranges sheet's rows (``xlsx`` cells) for ``parties``. ``names`` renders layout
    texts in the workbook's language, ``number(cell, where, what)`` reads a 0–100 number (or
    None) and raises on anything else, ``coord(row, column)`` names a cell. Raises
    ``ValueError`` with the reason for a row that cannot be matched or half a range."""
    heads: dict[str, int] = {}
    header_at = 0
    for row in rows:
        texts = {str(c.value).strip(): c.column for c in row if isinstance(c.value, str)}
        if all(names(h) in texts for h in HEADS):
            heads = {h: texts[names(h)] for h in HEADS}
            header_at = row[0].row
            break
    if not heads:
        raise ValueError(tr("its header row is gone"))
    issues = {i.id: i for i in s.issues}
    out = RangesRead()
    for row in rows:
        if row[0].row <= header_at:
            continue
        cells = {c.column: c for c in row}

        def text(h: str, cells: dict = cells) -> str:
            c = cells.get(heads[h])
            return "" if c is None or c.value is None else str(c.value).strip()

        party, kind = text(H_PARTY), text(H_KIND)
        if not party and not kind:
            continue
        r = row[0].row
        if party not in parties:
            continue  # a party whose inputs the workbook does not hold: left as it is
        issue_id, option_id = text(H_ISSUE), text(H_OPTION)
        if kind == CONFIDENCE:
            value = text(H_ESTIMATE)
            try:
                out.confidence[party] = Confidence(value) if value else None
            except ValueError:
                allowed = ", ".join(c.value for c in Confidence)
                raise ValueError(
                    tr("{cell}: the confidence level is one of {allowed} or empty, not {v}").format(
                        cell=coord(r, heads[H_ESTIMATE]), allowed=allowed, v=repr(value)
                    )
                ) from None
            out.cells[(party, CONFIDENCE)] = coord(r, heads[H_ESTIMATE])
            continue
        if kind not in (WEIGHT, SCORE, RESERVATION):
            raise ValueError(
                tr("row {row} has the unknown kind {kind}").format(row=r, kind=repr(kind))
            )
        if kind != RESERVATION and issue_id not in issues:
            raise ValueError(
                tr("row {row} holds issue id {issue}, which {id} does not have").format(
                    row=r, issue=repr(issue_id), id=repr(s.id)
                )
            )
        if kind == SCORE and option_id not in {o.id for o in issues[issue_id].options}:
            raise ValueError(
                tr("row {row} holds option {option} of {issue}, which is unknown").format(
                    row=r, option=repr(option_id), issue=repr(issue_id)
                )
            )
        lo_at, hi_at = coord(r, heads[H_LOW]), coord(r, heads[H_HIGH])
        what = tr("range of row {row}").format(row=r)
        lo = number(cells.get(heads[H_LOW]), lo_at, what)
        hi = number(cells.get(heads[H_HIGH]), hi_at, what)
        if (lo is None) != (hi is None):
            raise ValueError(
                tr("{cell}: give both Low and High, or neither for no range").format(
                    cell=hi_at if hi is None else lo_at
                )
            )
        rng = None if lo is None or hi is None else (lo, hi)
        if kind == WEIGHT:
            key: tuple[str, ...] = (party, issue_id)
            out.weights[(party, issue_id)] = rng
        elif kind == SCORE:
            key = (party, issue_id, option_id)
            out.scores[(party, issue_id, option_id)] = rng
        else:
            key = (party,)
            out.reservation[party] = rng
        out.cells[key] = lo_at
    return out
