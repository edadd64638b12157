"""The options-matrix workbook: what goes up the chain and into the meeting room.

Everything in it comes from one ``OptionsMatrix`` (so it shows the numbers the application
shows) plus the scenario's tariffs, trade impact and boards. It stays *live* where that matters:
the weights, scores and reservation values on the Options sheet are input cells with defined
names, every weighted value is a formula over them, and every package's utility on the Packages
sheet is a formula over the Options sheet, so a senior official who changes a weight in Excel
sees every utility (and the ZOPA flag, and the chart) update without the application. The trade
model's indicators and impacts are values computed at export; the About sheet says which is
which.

A redacted workbook is the workbook *of the redacted scenario* (``core/redact.py``): our side's
weights, scores, reservation value and red lines are not in it, and neither is anything
computed from them (our utility, the frontier, the ZOPA, the bargaining solutions).

Sheets are streamed with openpyxl's write-only mode (see ``layout``), which keeps a
10,000-package workbook close to the cost of writing its bare cells.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.packaging.custom import BoolProperty, StringProperty

from negotiator_gui import __version__
from negotiator_gui.core.bargaining import AnalysisError
from negotiator_gui.core.beliefs import report as beliefs_report
from negotiator_gui.core.i18n import N_, language, local, tr
from negotiator_gui.core.impact import Prepared
from negotiator_gui.core.labels import WHY_THEY_DIFFER, coverage_gaps
from negotiator_gui.core.model import Package, Role, Scenario
from negotiator_gui.core.options_matrix import OptionsMatrix, build, reading_order
from negotiator_gui.core.paper import A4
from negotiator_gui.core.redact import redact, redaction_note
from negotiator_gui.core.text import safe_text
from negotiator_gui.io import collector
from negotiator_gui.io.atomic_write import atomic_path
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel import sheets
from negotiator_gui.io.excel.book import Book
from negotiator_gui.io.excel.file import abandon, check_workbook, save
from negotiator_gui.io.excel.layout import Formula, Sheet, col, header_row
from negotiator_gui.io.excel.ranges import ranges_sheet
from negotiator_gui.io.excel.sheets import KEY_KINDS, money_unit, party_name

#: Kinds of candidate row, as the Packages sheet's "Listed as" column says them.
KIND_TEXT = {
    "nash": N_("Nash"),
    "kalai_smorodinsky": N_("Kalai–Smorodinsky"),
    "egalitarian": N_("Max-min gain"),
    "utilitarian": N_("Utilitarian"),
    "offer": N_("Latest offer"),
    "package": N_("Stored package"),
    "batna": N_("Status quo package"),
    "walk_away": N_("Walk-away package (BATNA)"),
    "chosen": N_("Chosen"),
    "frontier": N_("Frontier"),
    "all": N_("All packages"),
}
#: Card kinds as the Options sheet's board columns say them.
CARD_KIND_TEXT = {
    "demand": N_("Demand"),
    "concession": N_("Concession"),
    "red_line": N_("Red line"),
}
#: Chart colours of the highlighted points, in order.
_POINT_COLOURS = ("C00000", "ED7D31", "7030A0", "00B050", "0070C0", "FFC000", "000000", "808080")
#: Tolerance of the live ZOPA test: utilities are exact to 10⁻⁹ points in the application, and a
#: spreadsheet's sums of a dozen doubles near 100 are exact to about 10⁻¹³.
ZOPA_TOLERANCE = "5E-10"
#: The named choices of candidates besides a number of frontier points (see ``matrix_for``).
FORMAT_PACKAGES = ("frontier", "all")
#: The id of the row of the package under discussion (``chosen:working``).
WORKING_ROW = "working"


@dataclass
class ExportResult:
    path: Path
    packages: int
    redacted: bool
    content_hash: str
    notes: list[str] = field(default_factory=list)


#: Excel's limit on a formula's length (8,192 characters), with room to spare.
MAX_FORMULA = 8_000


def too_long_note(issues: int) -> str:
    return tr(
        "A value, not a formula: the sum over {n} issues would be longer than the 8,192 "
        "characters Excel allows in a formula, so changing a weight does not update it."
    ).format(n=issues)


def matrix_for(
    s: Scenario,
    packages: str | int = "frontier",
    extra: Sequence[Package] = (),
    prepared: Prepared | None = None,
) -> OptionsMatrix:
    """The matrix a workbook lists: ``frontier`` (every frontier point), ``all`` (every package
    of a small space) or a number of frontier points, with the named candidates, ``extra`` and
    the package under discussion (the builder's, saved with the scenario; a redacted copy has
    none). Partial when a negotiator's preferences are unknown (a redacted scenario)."""
    if packages not in FORMAT_PACKAGES and not (isinstance(packages, int) and packages >= 0):
        raise ValueError(f"packages must be 'frontier', 'all' or a count, not {packages!r}")
    if s.working_package:
        working = Package(WORKING_ROW, tr("Package under discussion"), dict(s.working_package))
        extra = [*extra, working]
    rows = packages if isinstance(packages, int) else None
    return build(
        s,
        prepared,
        True,
        rows,
        all_packages=packages == "all",
        extra=extra,
        partial=True,
    )


def write_workbook(
    path: str | os.PathLike[str],
    scenario: Scenario,
    *,
    packages: str | int = "frontier",
    extra: Sequence[Package] = (),
    redacted: bool = False,
    keep_ranges: bool = False,
    revision: str | None = None,
    now: dt.datetime | None = None,
    matrix: OptionsMatrix | None = None,
    font: str | None = None,
    paper: str = A4,
) -> ExportResult:
    """Write the options-matrix workbook of ``scenario`` to ``path``, set up to print on
    ``paper`` (``core.paper``: "a4" or "letter").

    ``revision`` is the library's label of the scenario's revision, when it has one (the content
    hash is always shown). ``matrix`` reuses a matrix already built for this scenario (the GUI's);
    it cannot be combined with ``redacted``, whose matrix must come from the redacted copy.
    ``keep_ranges`` keeps the other side's preference ranges in a redacted workbook.

    Texts are in the language of the installed translator (``core.i18n``: the window's; English
    on the command line), and so is the default ``font``: a Japanese face for a Japanese
    workbook (Calibri has no Japanese glyphs), Calibri otherwise."""
    if redacted and matrix is not None:
        raise ValueError("a redacted workbook builds its own matrix from the redacted scenario")
    s = redact(scenario, keep_ranges=keep_ranges) if redacted else scenario
    prep = Prepared.of(s) if len(s.trade_flows) else None
    m = matrix if matrix is not None else matrix_for(s, packages, extra, prep)
    if font is None:
        font = L.JAPANESE_FONT if language() == "ja" else L.DEFAULT_FONT
    when = now or dt.datetime.now().replace(microsecond=0)
    with_ranges = keep_ranges or not redacted
    book = _Workbook(s, m, prep, redacted, revision, when, font, paper, with_ranges)
    book.write(Path(path))
    return ExportResult(Path(path), len(m.packages), redacted, book.hash, book.notes)


# -- the workbook ---------------------------------------------------------------------------


class _Workbook(Book):
    """The options-matrix workbook: the live sheets (Options, Packages, Chart), About and the
    document properties, with the context sheets of ``sheets``, built and saved."""

    def write(self, path: Path) -> None:
        """Build every sheet and save atomically (``io.atomic_write``): into a temporary file
        next to ``path``, created first (an unwritable folder fails before any work), read back
        (``check_workbook``), then renamed over ``path``."""
        with atomic_path(path, check=check_workbook) as tmp:
            try:
                with collector.paused():  # the rows live until their sheet is written
                    self._build()
                    with open(tmp, "wb") as fh:
                        save(self.wb, fh)
            except BaseException:
                abandon(self.wb)
                raise

    def _build(self) -> None:
        options = self._options()
        packages = self._packages()
        chart = self._chart()
        grid = sheets.grid_sheet(self)
        impact = sheets.impact_sheet(self)
        tariffs = sheets.tariffs_sheet(self)
        boards = sheets.boards_sheet(self)
        ranges = [ranges_sheet(self)] if self.with_ranges else []
        about = self._about()  # last: it lists the notes the others made
        for sh in (about, options, packages, chart, grid, impact, tariffs, boards, *ranges):
            sh.flush()
        self._properties()

    # -- Options ---------------------------------------------------------------------------

    def _options(self) -> Sheet:
        s, m = self.s, self.m
        sh = self.sheet(L.OPTIONS)
        self.title_rows(
            sh,
            tr("Options matrix — {title}").format(title=local(s, "title")),
            tr(
                "Blue cells on yellow are inputs: change a weight, score or reservation value and "
                "every utility on Packages updates. Weights are points, scaled to sum to 1 "
                "(share); weighted = share × score; a package's utility is the sum of its "
                "options' weighted values (0–100)."
            ),
        )
        parties = self.parties
        first_party_col = 4
        pcol = {p: first_party_col + 4 * k for k, p in enumerate(parties)}  # weight column
        board_col = first_party_col + 4 * len(parties)
        group: list = [None, None, None]
        for p in parties:
            group += [(party_name(s, p), "group"), (None, "group"), (None, "group")]
            group.append((None, "group"))
        if self.negotiators:
            group.append((tr("Board status"), "group"))
            group += [(None, "group")] * (len(self.negotiators) - 1)
        sh.add(*group)
        heads = [L.local(L.H_LABEL), L.local(L.H_ISSUE), L.local(L.H_OPTION)]
        numeric = [False, False, False]
        for p in parties:
            heads += [L.h_weight(p), L.h_share(p), L.h_score(p), L.h_weighted(p)]
            numeric += [True] * 4
        heads += [L.h_board(p) for p in self.negotiators]
        numeric += [False] * len(self.negotiators)
        header = sh.add(*header_row(heads, numeric))
        prefs = {p.party: p for p in s.preferences}
        wanted = [((p, i.id), L.weight_name(p, i.id)) for p in parties for i in s.issues]
        wanted += [((p, "#total"), L.total_name(p)) for p in parties]
        wanted += [((p, "#reservation"), L.reservation_name(p)) for p in parties]
        names = L.unique_names(wanted)
        cards_of = {c.id: c for c in s.cards}
        by_row: dict[tuple[str, str], list] = {}
        for r in m.options:
            by_row[(r.issue, r.option)] = [cards_of[c.card] for c in r.cards if c.card in cards_of]
        first = sh.next_row
        for issue in s.issues:
            row = sh.next_row
            cells: list = [
                (local(issue, "title"), "issue", local(issue, "description") or None),
                (issue.id, "issue_id"),
            ]
            cells.append((None, "issue_fill"))
            for p in parties:
                ip = prefs[p].issues.get(issue.id) if p in prefs else None
                w = ip.weight if ip else None
                cells.append((w, "input", (ip.rationale or None) if ip else None))
                wn, tn = names[(p, issue.id)], names[(p, "#total")]
                cells.append((Formula(f"=IF({tn}>0,{wn}/{tn},0)"), "share"))
                cells += [(None, "issue_fill"), (None, "issue_fill")]
                self.define_name(wn, L.OPTIONS, row, pcol[p])
            issue_cards = {
                c.id: c
                for opt in issue.options
                for c in by_row.get((issue.id, opt.id), [])
                if not c.option
            }
            for q in self.negotiators:
                text = _cards_text(c for c in issue_cards.values() if c.party == q)
                cells.append((text or None, "issue_fill"))  # issue-level cards
            sh.add(*cells)
            for opt in issue.options:
                row = sh.next_row
                cells = [
                    (local(opt, "label"), "option", local(opt, "description") or None),
                    (issue.id, "id"),
                ]
                cells.append((opt.id, "id"))
                for p in parties:
                    ip = prefs[p].issues.get(issue.id) if p in prefs else None
                    score = ip.scores.get(opt.id) if ip else None
                    wn, tn = names[(p, issue.id)], names[(p, "#total")]
                    sc = f"{col(pcol[p] + 2)}{row}"
                    cells += [None, None, (score, "input")]
                    cells.append((Formula(f"=IF({tn}>0,{wn}/{tn}*{sc},0)"), "points"))
                    self.weighted_cell[(p, issue.id, opt.id)] = (
                        f"{self.options_ref}!${col(pcol[p] + 3)}${row}"
                    )
                for q in self.negotiators:
                    own = [c for c in by_row.get((issue.id, opt.id), []) if c.option]
                    text = _cards_text(c for c in own if c.party == q)
                    cells.append((text or None, "board"))
                sh.add(*cells)
        last = sh.next_row - 1
        sh.blank()
        total_row = sh.next_row
        cells = [(L.local(L.ROW_TOTAL), "total"), (None, "total"), (None, "total")]
        for p in parties:
            w = col(pcol[p])
            sh_col = col(pcol[p] + 1)
            cells += [
                (Formula(f"=SUM({w}{first}:{w}{last})"), "total_num"),
                (Formula(f"=SUM({sh_col}{first}:{sh_col}{last})"), "share"),
                (None, "total"),
                (None, "total"),
            ]
            self.define_name(names[(p, "#total")], L.OPTIONS, total_row, pcol[p])
        sh.add(*cells)
        res_row = sh.next_row
        why = tr(WHY_THEY_DIFFER)
        cells = [(L.local(L.ROW_RESERVATION), "key", why), None, None]
        for p in parties:
            res = prefs[p].reservation if p in prefs else None
            cells += [None, None, None]
            if res is not None and res.package:
                pkg = next((x for x in s.packages if x.id == res.package), None)
                refs = [
                    self.weighted_cell[(p, i, o)]
                    for i, o in (pkg.choices.items() if pkg else ())
                    if (p, i, o) in self.weighted_cell
                ]
                value = Formula("=" + ("+".join(refs) or "0"))
                note = tr("The utility of the walk-away package '{name}'.").format(
                    name=pkg.name if pkg else res.package
                )
                cells.append(
                    (value, "points_bold", note + (f" {res.rationale}" if res.rationale else ""))
                )
            else:
                value = res.value if res is not None else None
                note = " ".join(x for x in ((res.rationale if res else ""), why) if x)
                cells.append((value, "input", note or None))
            self.define_name(names[(p, "#reservation")], L.OPTIONS, res_row, pcol[p] + 3)
            self.reservation_cell[p] = (res_row, pcol[p] + 3)
        sh.add(*cells)
        if m.unknown:
            sh.blank()
            sh.add(
                (
                    tr(
                        "The preferences of {parties} are not in this workbook: they have no "
                        "weights, scores or utilities here."
                    ).format(parties=", ".join(m.unknown)),
                    "note",
                )
            )
        sh.fixed_width = {1: 46.0, 2: 13.0, 3: 13.0}
        for p in parties:
            for k in range(4):
                sh.fixed_width[pcol[p] + k] = 10.0
        sh.min_width = {board_col + k: 16.0 for k in range(len(self.negotiators))}
        sh.max_width = 44.0
        self.page_setup(sh.ws, f"{header - 1}:{header}", f"D{header + 1}")
        return sh

    # -- Packages --------------------------------------------------------------------------

    def _packages(self) -> Sheet:
        s, m = self.s, self.m
        sh = self.sheet(L.PACKAGES, "wrap")
        unit = money_unit(s.trade_flows.unit)
        ind = next((r.indicators for r in m.packages if r.indicators is not None), None)
        lead = self.parties[0] if self.parties else None
        sub = tr(
            "Utilities are formulas over the Options sheet (change a weight there and they "
            "update); In ZOPA compares them with the walk-away values (BATNAs) there."
        )
        if ind is not None:
            sub += " " + tr(
                "Indicators are the trade model's at export, {window}: {party}'s trade with "
                "{partner}, {unit} a year."
            ).format(
                window=_window_text(m),
                party=party_name(s, ind.party),
                partner=party_name(s, ind.partner),
                unit=unit,
            )
        if lead:
            sub += " " + tr(
                "Recommended packages (the bargaining solutions) first, then the other packages "
                "in the ZOPA, then the rest; each group by {party}'s utility at export."
            ).format(party=lead)
        self.title_rows(sh, tr("Candidate packages — {title}").format(title=local(s, "title")), sub)
        if ind is not None:
            self.coverage_rows(sh)
        # the first printed page shows what is worth discussing, not the lead's best packages
        rows = reading_order(m.packages, lead)
        self.package_rows = rows
        heads = [tr("Package"), tr("Listed as")] + [local(i, "title") for i in s.issues]
        numeric = [False] * len(heads)
        first_u = len(heads) + 1
        for k, p in enumerate(self.parties):
            heads.append(tr("{party} utility").format(party=p))
            self.utility_col[p] = first_u + k
        numeric += [True] * len(self.parties)
        flags = m.complete and len(self.parties) >= 2
        if flags:
            heads += [tr("In ZOPA"), tr("On frontier")]
            numeric += [False, False]
        ind_first = len(heads) + 1
        if ind is not None:
            them = ind.partner
            heads += [
                tr("{party} exports to {partner}: change").format(party=ind.party, partner=them),
                tr("Tariff revenue {b} collects on them").format(b=them),
                tr("{party} balance with {partner}").format(party=ind.party, partner=them),
                tr("of which commitments"),
            ]
            numeric += [True] * 4
        # under uncertainty: the share of the samples of the ranges entered in which the other
        # side accepts each package (computed values; none without a range of any width)
        beliefs = _beliefs(s) if flags else None
        acc_col = len(heads) + 1
        if beliefs is not None:
            heads.append(
                tr("Accepted by {party}").format(party=beliefs.party_names[1])
                if len(beliefs.party_names) == 2
                else tr("Accepted by all")
            )
            numeric.append(True)
        header = sh.add(*header_row(heads, numeric))
        self.package_first = header + 1
        issues = [i.id for i in s.issues]
        labels = self.labels
        ucols = [col(self.utility_col[p]) for p in self.parties]
        res = {p: L.reservation_name(p) for p in self.parties}
        stored = _stored_names(s)
        yes, no = (tr(x).replace('"', "'") for x in ("yes", "no"))
        kinds_text: dict[tuple, str] = {}  # the same few kinds in thousands of rows
        for r in rows:
            row = sh.next_row
            kinds = tuple(r.kinds)
            listed = kinds_text.get(kinds)
            if listed is None:
                listed = kinds_text[kinds] = ", ".join(
                    tr(KIND_TEXT[k]) if k in KIND_TEXT else k for k in kinds if k
                )
            # a stored package merged into a solution's row keeps its name visible
            names = [
                n for n in stored.get(tuple(r.choices.get(i) for i in issues), ()) if n != r.label
            ]
            if names:
                listed = tr("{kinds}; stored as {names}").format(
                    kinds=listed, names=", ".join(f"'{n}'" for n in names)
                )
            cells: list = [r.label, listed]
            cells += [labels.get((i, r.choices.get(i, "")), r.choices.get(i, "")) for i in issues]
            for p in self.parties:
                refs = [self.weighted_cell[(p, i, r.choices[i])] for i in issues]
                text = "=" + "+".join(refs)
                if len(text) <= MAX_FORMULA:
                    cells.append((Formula(text), "points"))
                else:  # Excel refuses a formula this long: the value, said so in a note
                    cells.append((r.utilities[p], "points", too_long_note(len(issues))))
            if flags:
                tests = ",".join(
                    f"{c}{row}>={res[p]}-{ZOPA_TOLERANCE}"
                    for c, p in zip(ucols, self.parties, strict=True)
                )
                cells.append((Formula(f'=IF(AND({tests}),"{yes}","{no}")'), "flag"))
                # off the frontier: no cell (it was an empty text cell, written in each of
                # thousands of rows for nothing)
                cells.append((yes, "flag") if r.on_frontier else None)
            if ind is not None:
                x = r.indicators
                if x is None:
                    cells += [None] * 4
                else:
                    cells += [
                        (L.finite(x.exports_change), "money"),
                        (L.finite(x.revenue), "money"),
                        (L.finite(x.balance), "money"),
                        (L.finite(x.commitments), "money"),
                    ]
            if beliefs is not None:
                share = _accepted(beliefs, r.choices)
                cells.append((share, "pct") if share is not None else None)
            sh.add(*cells)
        last = max(sh.next_row - 1, header)
        ws = sh.ws
        ws.auto_filter.ref = f"A{header}:{col(len(heads))}{last}"
        scale = {
            "start_type": "min",
            "start_color": "F8696B",
            "mid_type": "percentile",
            "mid_value": 50,
            "mid_color": "FFEB84",
            "end_type": "max",
            "end_color": "63BE7B",
        }
        if last > header:
            for p in self.parties:
                c = col(self.utility_col[p])
                ws.conditional_formatting.add(f"{c}{header + 1}:{c}{last}", ColorScaleRule(**scale))
            if ind is not None:
                # green is good for us: more exports, less revenue collected on them, a better
                # balance (the commitments column is a part of the balance: no scale of its own)
                worse_high = {**scale, "start_color": "63BE7B", "end_color": "F8696B"}
                for k, rule in enumerate((scale, worse_high, scale)):
                    c = col(ind_first + k)
                    ws.conditional_formatting.add(
                        f"{c}{header + 1}:{c}{last}", ColorScaleRule(**rule)
                    )
        sh.fixed_width = {1: 22.0, 2: 16.0}
        if flags:
            sh.fixed_width[first_u + len(self.parties)] = 8.0
            sh.fixed_width[first_u + len(self.parties) + 1] = 9.0
        for j in range(3, 3 + len(issues)):
            sh.fixed_width[j] = 15.0
        for k in range(len(self.parties)):
            sh.fixed_width[first_u + k] = 10.0
        if ind is not None:
            for k in range(4):
                sh.fixed_width[ind_first + k] = 13.0
        self.page_setup(ws, f"{header}:{header}", f"C{header + 1}")
        if beliefs is not None:
            sh.fixed_width[acc_col] = 12.0
        if ind is not None:
            sh.rows.append([])
            sh.rows.append([(tr("Money columns are in {unit}.").format(unit=unit), "note")])
        if beliefs is not None:
            sh.rows.append([])
            sh.rows.append([(acceptance_note(beliefs), "note")])
        return sh

    # -- Chart -----------------------------------------------------------------------------

    def _chart(self) -> Sheet:
        s = self.s
        sh = self.sheet(L.CHART)
        if len(self.parties) < 2 or not self.package_rows:
            self.title_rows(
                sh,
                tr("Utility chart"),
                tr("A utility chart needs two parties' utilities; this workbook has {n}.").format(
                    n=len(self.parties)
                ),
            )
            self.page_setup(sh.ws, None, None)
            return sh
        x_p, y_p = self.parties[0], self.parties[1]
        self.title_rows(
            sh,
            tr("Packages by utility — {x} across, {y} up").format(x=x_p, y=y_p),
            tr(
                "Every candidate package on the Packages sheet (grey), the key packages, and the "
                "walk-away point (the BATNAs, not the status quo package). The points follow the "
                "Packages and Options sheets: change a weight and they move."
            ),
        )
        pk = self.ws[L.PACKAGES]
        first, last = self.package_first, self.package_first + len(self.package_rows) - 1
        cx, cy = self.utility_col[x_p], self.utility_col[y_p]
        chart = ScatterChart()
        chart.title = None
        chart.style = 2
        chart.height, chart.width = 16.0, 27.0
        axis_title = tr("{party} utility (0–100)")
        chart.x_axis.title = safe_text(axis_title.format(party=party_name(s, x_p)))
        chart.y_axis.title = safe_text(axis_title.format(party=party_name(s, y_p)))
        for axis in (chart.x_axis, chart.y_axis):
            axis.scaling.min, axis.scaling.max = 0, 100
            axis.majorUnit = 10
            axis.delete = False
            axis.number_format = "0"
        chart.legend.position = "r"

        def series(title: str, r0: int, r1: int, colour: str, size: int, symbol: str) -> None:
            xs = Reference(pk, min_col=cx, min_row=r0, max_row=r1)
            ys = Reference(pk, min_col=cy, min_row=r0, max_row=r1)
            ser = Series(ys, xs, title=safe_text(title[:80]))
            ser.marker.symbol = symbol
            ser.marker.size = size
            ser.marker.graphicalProperties.solidFill = colour
            ser.marker.graphicalProperties.line.solidFill = colour
            ser.graphicalProperties.line.noFill = True
            chart.series.append(ser)

        series(tr("Candidate packages"), first, last, "A6A6A6", 4, "circle")
        shown = 0
        for k, r in enumerate(self.package_rows):
            if shown >= len(_POINT_COLOURS):
                break
            if any(kind in KEY_KINDS for kind in r.kinds):
                colour = _POINT_COLOURS[shown]
                series(r.label, first + k, first + k, colour, 11, "diamond")
                shown += 1
        if all(p in self.reservation_cell for p in (x_p, y_p)):
            opt = self.ws[L.OPTIONS]
            (rx, cxr), (ry, cyr) = self.reservation_cell[x_p], self.reservation_cell[y_p]
            ser = Series(
                Reference(opt, min_col=cyr, min_row=ry),
                Reference(opt, min_col=cxr, min_row=rx),
                title=tr("Walk-away values (BATNAs)"),
            )
            ser.marker.symbol = "x"
            ser.marker.size = 10
            ser.marker.graphicalProperties.line.solidFill = "000000"
            ser.graphicalProperties.line.noFill = True
            chart.series.append(ser)
        sh.ws.add_chart(chart, "A5")
        self.page_setup(sh.ws, None, None)
        return sh

    # -- About -----------------------------------------------------------------------------

    def _about(self) -> Sheet:
        s, m = self.s, self.m
        sh = self.sheet(L.ABOUT)
        sh.add((tr("Options matrix: {title}").format(title=local(s, "title")), "title"))
        sh.add(
            (
                tr(
                    "Exported by Negotiator {version}. Sheets: {options} (inputs and weighted "
                    "values), {packages} (candidates), {chart}, {grid}, {impact}, {tariffs}, "
                    "{boards}."
                ).format(
                    version=__version__,
                    **{
                        key: L.local(name)
                        for key, name in (
                            ("options", L.OPTIONS),
                            ("packages", L.PACKAGES),
                            ("chart", L.CHART),
                            ("grid", L.GRID),
                            ("impact", L.IMPACT),
                            ("tariffs", L.TARIFFS),
                            ("boards", L.BOARDS),
                        )
                    },
                ),
                "subtitle",
            )
        )
        if self.redacted:
            sh.add(
                (
                    tr("REDACTED COPY for sharing beyond the team: {note}.").format(
                        note=redaction_note(s, keep_ranges=True)
                    ),
                    "warn",
                )
            )
        sh.blank()

        def kv(key: str, value, style: str = "wrap", comment: str | None = None) -> None:
            key = tr(key)
            sh.add((key, "key"), (value, style, comment) if comment else (value, style))

        negotiating = [p for p in s.parties if p.role is Role.NEGOTIATOR]
        third = [p for p in s.parties if p.role is not Role.NEGOTIATOR]
        kv(N_("Scenario"), s.title)
        kv(L.ABOUT_SCENARIO_ID, s.id)
        kv(N_("As of"), s.as_of, "date_left")
        kv(N_("Revision"), self.revision or tr("— (not from the scenario library)"))
        kv(
            L.ABOUT_HASH,
            self.hash,
            "hash",
            tr(
                "SHA-256 of the scenario's canonical file text: the same scenario file (and "
                "library revision) always has this hash."
            ),
        )
        kv(N_("Exported at"), self.now, "datetime")
        kv(N_("Perspective"), party_name(s, s.perspective))
        names = ", ".join(party_name(s, p.id) for p in negotiating)
        if third:
            parties = tr("{parties} negotiate; third parties: {third}").format(
                parties=names, third=", ".join(party_name(s, p.id) for p in third)
            )
        else:
            parties = tr("{parties} negotiate").format(parties=names)
        kv(N_("Parties"), parties)
        n_front = sum(1 for r in m.packages if r.on_frontier)
        n = f"{len(m.packages):,}"
        if m.complete and m.frontier_size:
            listed = tr(
                "{n} candidates ({front} on the Pareto frontier of {size} frontier points)"
            ).format(n=n, front=f"{n_front:,}", size=f"{m.frontier_size:,}")
        elif m.complete:
            listed = tr("{n} candidates ({front} on the Pareto frontier)").format(
                n=n, front=f"{n_front:,}"
            )
        elif any("all" in r.kinds for r in m.packages):
            listed = tr(
                "{n} candidates: every package (no frontier without every side's preferences)"
            ).format(n=n)
        else:
            listed = tr(
                "{n} candidates: the offers and stored packages (no frontier without every "
                "side's preferences)"
            ).format(n=n)
        kv(N_("Packages listed"), listed)
        space = tr("{n} packages").format(n=f"{m.space_size:,}")
        if m.zopa is not None:
            z = m.zopa
            space += (
                tr("; ZOPA {n} ({share})").format(n=f"{z.packages:,}", share=f"{z.fraction:.1%}")
                if z.exact
                else tr("; ZOPA about {n} ({share} ± {margin}, sampled)").format(
                    n=f"{z.packages:,}", share=f"{z.fraction:.1%}", margin=f"{z.margin:.1%}"
                )
            )
        kv(N_("Package space"), space)
        for p in self.parties:
            kv(
                tr("Walk-away value (BATNA) {party}").format(party=p),
                m.reservation[p],
                "points_left",
                tr(WHY_THEY_DIFFER),
            )
        kv(
            L.ABOUT_REDACTED,
            tr("yes: {note}").format(note=redaction_note(s, keep_ranges=True))
            if self.redacted
            else tr("no"),
        )
        kv(L.ABOUT_FORMAT, L.FORMAT_LINE)
        sh.blank()
        sh.add((tr("Assumptions"), "section"))
        unit = money_unit(s.trade_flows.unit)
        kv(
            N_("Utilities"),
            tr(
                "Linear-additive: U = Σ (weight ÷ Σ weights) × score, on 0–100. Scores are 0–100 "
                "per option; weights are points. A package is in the ZOPA when every party's "
                "utility is at least its reservation value."
            ),
        )
        if self.prep is not None:
            ind = next((r.indicators for r in m.packages if r.indicators is not None), None)
            model = tr("linear") if self.prep.model.value == "linear" else tr("exact")
            f = s.trade_flows
            if f.source:
                text = tr(
                    "Partial equilibrium with two elasticities (macro η, micro σ; {model}), "
                    "{window}, from base-year {year} flows ({unit}) at their base rates; "
                    "source: {source}."
                )
            else:
                text = tr(
                    "Partial equilibrium with two elasticities (macro η, micro σ; {model}), "
                    "{window}, from base-year {year} flows ({unit}) at their base rates."
                )
            text = text.format(
                model=model, window=_window_text(m), year=f.year, unit=f.unit, source=f.source
            )
            kv(N_("Trade model"), text)
            if ind is not None:
                kv(
                    N_("Indicators"),
                    tr(
                        "Seen from {party} trading with {partner}, in {unit} a year: the change "
                        "of {party}'s exports to {partner} from the base year, the tariff "
                        "revenue {partner} collects on them, and {party}'s bilateral balance "
                        "including the package's purchase commitments. Values at export (not "
                        "formulas)."
                    ).format(
                        party=party_name(s, ind.party),
                        partner=party_name(s, ind.partner),
                        unit=unit,
                    ),
                )
                coverage, warning = m.coverage or ("", None)
                if coverage:
                    kv(N_("Trade covered"), coverage)
                if warning:
                    kv(N_("Coverage warning"), warning, "warn_wrap")
            gaps = coverage_gaps(s)
            if gaps:
                kv(N_("Not modelled"), "\n".join(gaps))
        else:
            kv(N_("Trade model"), tr("No trade flows in the scenario: no indicators or impacts."))
        if local(s, "description"):
            kv(N_("Description"), local(s, "description"))
        if local(s, "notes"):
            kv(N_("Notes"), local(s, "notes"))
        if s.provenance.sources:
            kv(N_("Sources"), "\n".join(s.provenance.sources))
        if s.provenance.author:
            kv(N_("Author"), s.provenance.author)
        if self.prep is not None:
            sheets.elasticities(self, sh)
        sh.blank()
        sh.add((tr("Legend"), "section"))
        sh.add(
            (30, "input"),
            (tr("Input cell: change it and the formulas that use it update."), "wrap"),
        )
        sh.add(
            (Formula("=1/3*60"), "points"),
            (tr("Formula (weighted values, utilities, ZOPA)."), "wrap"),
        )
        sh.add((tr("yes"), "flag"), (tr("On frontier: a flag computed at export."), "wrap"))
        sh.add(
            (tr("Listed as"), "key"),
            (
                tr(
                    "Nash, Kalai–Smorodinsky, Max-min gain, Utilitarian: the bargaining solutions "
                    "over the ZOPA; Latest offer: a side's last offer (open issues filled from "
                    "the status quo); Status quo package: the stored package that keeps every "
                    "issue as it is (its utilities are not the walk-away values, see Options); "
                    "Frontier: a Pareto-efficient package; Chosen: a package given at export."
                ),
                "wrap",
            ),
        )
        if self.notes:
            sh.blank()
            sh.add((tr("Notes and warnings"), "section"))
            for n in self.notes:
                sh.add(None, (n, "wrap"))
        sh.fixed_width = {1: 26.0, 2: 100.0, 3: 9.0, 4: 10.0, 5: 10.0, 6: 10.0, 7: 9.0}
        self.page_setup(sh.ws, None, None, landscape=True)
        return sh

    # -- document properties ---------------------------------------------------------------

    def _properties(self) -> None:
        props = self.wb.properties
        props.title = safe_text(
            tr("{title} (redacted)").format(title=local(self.s, "title"))
            if self.redacted
            else local(self.s, "title")
        )
        props.subject = tr("Options matrix")
        props.creator = f"Negotiator {__version__}"
        props.lastModifiedBy = props.creator
        props.keywords = safe_text(self.s.id)
        props.description = tr(L.ABOUT_REDACTED) if self.redacted else tr("Options matrix")
        props.created = props.modified = self.now
        custom = self.wb.custom_doc_props
        custom.append(StringProperty(name="NegotiatorFormat", value=L.FORMAT_LINE))
        custom.append(StringProperty(name="ScenarioId", value=safe_text(self.s.id)))
        custom.append(StringProperty(name="ContentHash", value=self.hash))
        custom.append(BoolProperty(name="Redacted", value=self.redacted))
        if self.revision:
            custom.append(StringProperty(name="Revision", value=safe_text(self.revision)))


def _beliefs(s: Scenario) -> beliefs_report.Report | None:
    """The figures over the samples of the ranges the scenario carries (None: no range has
    width, or the preferences are not all known, as in a redacted copy)."""
    try:
        return beliefs_report.analyse(s, acceptance_only=True)
    except (AnalysisError, KeyError, ValueError):
        return None


def _accepted(report: beliefs_report.Report, choices) -> float | None:
    """The share of samples in which the other side (all others) accepts the package."""
    try:
        return report.other_acceptance(dict(choices))
    except (AnalysisError, KeyError, ValueError):
        return None


def acceptance_note(report: beliefs_report.Report) -> str:
    """What the acceptance column is: shares of which samples, drawn how (values, not
    formulas: changing a weight on the Options sheet does not change them)."""
    return tr(
        "Acceptance: the share of {n} samples of the ranges entered on the preferences "
        "(Latin hypercube, seed {seed}) in which the package reaches the other side's walk-away "
        "value. Computed values at export, not formulas."
    ).format(n=f"{report.n:,}", seed=report.seed)


def _window_text(m: OptionsMatrix) -> str:
    """The period the matrix's indicators average over, as the workbook says it."""
    if m.window is not None:
        return m.window.describe()
    return tr("on {date}").format(date=m.date) if m.date else ""


def _cards_text(cards) -> str:
    """Board status of an option, e.g. "Demand (on table); Red line (held back)"."""
    parts = []
    for c in cards:
        kind = CARD_KIND_TEXT.get(c.kind.value)
        kind = tr(kind) if kind else c.kind.value.replace("_", " ").capitalize()
        status = sheets.CARD_STATUSES.get(c.status)
        status = tr(status) if status else c.status.value.replace("_", " ")
        parts.append(tr("{kind} ({status})").format(kind=kind, status=status))
    return "; ".join(parts)


def _stored_names(s: Scenario) -> dict[tuple, list[str]]:
    """Stored packages by their complete choices (open issues from the status quo, as the
    options matrix completes them), so a row can say which stored packages it is."""
    sq = next((p for p in s.packages if p.id in ("status_quo", "no_deal")), None)
    fill = sq.choices if sq else {}
    out: dict[tuple, list[str]] = {}
    for pkg in s.packages:
        key = []
        for issue in s.issues:
            ids = [o.id for o in issue.options]
            pick = pkg.choices.get(issue.id)
            if pick not in ids:
                pick = fill.get(issue.id) if fill.get(issue.id) in ids else (ids[0] if ids else "")
            key.append(pick)
        out.setdefault(tuple(key), []).append(pkg.name)
    return out
