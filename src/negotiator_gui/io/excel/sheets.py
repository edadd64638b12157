"""The context sheets of the options-matrix workbook: issue grid, trade impact by sector,
tariff measures and rates, both boards, and the elasticities on About.

They are values (nothing in them is a formula): the record of what the model said at export.
Split from ``workbook``, which holds the live sheets (Options, Packages, Chart); both build on
``book``, the workbook being written.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from negotiator_gui.core.hs_names import chapter_label
from negotiator_gui.core.i18n import N_, local, tr
from negotiator_gui.core.impact import Window, analyse
from negotiator_gui.core.labels import NO_DEAL_TARIFFS, measure_label
from negotiator_gui.core.model import CardKind, CardStatus, Priority, Scenario
from negotiator_gui.core.options_matrix import PackageRow
from negotiator_gui.core.tariffs import Lines, authority_name, in_force_from, timeline
from negotiator_gui.core.trade import SECTION_NAMES, hs_section
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.excel.book import Book
from negotiator_gui.io.excel.layout import Sheet, col, header_row

#: Rows worth a trade-impact breakdown and a highlighted point on the chart.
KEY_KINDS = ("nash", "kalai_smorodinsky", "egalitarian", "offer", "chosen", "batna", "walk_away")
MAX_KEY_PACKAGES = 8
#: Card kinds, statuses and priorities as the Boards sheet says them.
CARD_KINDS = {
    CardKind.DEMAND: N_("demand"),
    CardKind.CONCESSION: N_("concession"),
    CardKind.RED_LINE: N_("red line"),
}
CARD_STATUSES = {
    CardStatus.HELD_BACK: N_("held back"),
    CardStatus.ON_TABLE: N_("on table"),
    CardStatus.ACCEPTED: N_("accepted"),
    CardStatus.REJECTED: N_("rejected"),
    CardStatus.WITHDRAWN: N_("withdrawn"),
    CardStatus.TRADED: N_("traded"),
}
PRIORITIES = {Priority.HIGH: N_("high"), Priority.MEDIUM: N_("medium"), Priority.LOW: N_("low")}
ORIGINS = {"scenario": N_("scenario"), "preset": N_("preset"), "fallback": N_("fallback")}
ELASTICITY_KINDS = {
    "import_demand": N_("import demand"),
    "export_supply": N_("export supply"),
    "substitution": N_("substitution"),
}


def party_name(s: Scenario, pid: str) -> str:
    try:
        p = s.party(pid)
    except KeyError:
        return pid
    name = local(p, "name")
    return f"{name} ({pid})" if name and name != pid else pid


def money_unit(unit: str) -> str:
    if unit.strip().upper() == "USD":
        return tr("US$ bn")
    return tr("{unit} bn").format(unit=unit)


# -- Issue grid ------------------------------------------------------------------------


def grid_sheet(book: Book) -> Sheet:
    s, m = book.s, book.m
    sh = book.sheet(L.GRID, "wrap")
    book.title_rows(
        sh,
        tr("Issue grid: opening, target and resistance"),
        tr(
            "Opening: the option in the party's latest offer (else its best option). Target: the "
            "Nash package. Resistance: the party's worst option among the efficient packages "
            "every side prefers to its walk-away value (BATNA)."
        ),
    )
    group: list = [None]
    heads = [tr("Issue")]
    for p in book.negotiators:
        group += [(party_name(s, p), "group"), (None, "group"), (None, "group")]
        heads += [
            tr("{party} opening").format(party=p),
            tr("{party} target").format(party=p),
            tr("{party} resistance").format(party=p),
        ]
    sh.add(*group)
    header = sh.add(*header_row(heads))
    for issue in s.issues:
        cells: list = [(local(issue, "title"), "key")]
        for p in book.negotiators:
            cell = m.grid.get(issue.id, {}).get(p)
            for oid in (cell.opening, cell.target, cell.resistance) if cell else ("", "", ""):
                cells.append(book.labels.get((issue.id, oid), oid) or None)
        sh.add(*cells)
    if not m.complete:
        sh.blank()
        sh.add(
            (
                tr("Target and resistance need every side's preferences: not in this workbook."),
                "note",
            )
        )
    sh.fixed_width = {1: 30.0}
    for k in range(3 * len(book.negotiators)):
        sh.fixed_width[2 + k] = 20.0
    book.page_setup(sh.ws, f"{header - 1}:{header}", f"B{header + 1}")
    return sh


# -- Impact ----------------------------------------------------------------------------


def key_rows(book: Book) -> list[PackageRow]:
    out = []
    for r in book.m.packages:  # the matrix's order: solutions, offers, packages, chosen
        if any(k in KEY_KINDS for k in r.kinds) and len(out) < MAX_KEY_PACKAGES:
            out.append(r)
    return out


def impact_sheet(book: Book) -> Sheet:
    s = book.s
    sh = book.sheet(L.IMPACT)
    unit = (
        tr("US$ m")
        if s.trade_flows.unit.strip().upper() == "USD"
        else tr("{unit} m").format(unit=s.trade_flows.unit)
    )
    if not len(s.trade_flows) or book.prep is None:
        book.title_rows(sh, tr("Trade impact by sector"), tr("The scenario has no trade flows."))
        book.page_setup(sh.ws, None, None)
        return sh
    window = book.m.window or Window.default(s)
    model = tr("linear") if book.prep.model.value == "linear" else tr("exact")
    book.title_rows(
        sh,
        tr("Trade impact by sector — no deal and key packages"),
        tr(
            "Trade model ({model}, two elasticities), {window}; from base-year {year} flows at "
            "their base rates; money in {unit} a year. No deal: the tariffs in force on their "
            "scheduled path; a package: the tariffs under it. 'vs no deal' is what the package "
            "changes."
        ).format(model=model, window=window.describe(), year=s.trade_flows.year, unit=unit),
    )
    heads = [
        tr("Package"),
        tr("Importer"),
        tr("Exporter"),
        tr("HS chapter"),
        tr("Section"),
        tr("Tariff, base year"),
        tr("Tariff"),
        tr("Imports, base year"),
        tr("Imports"),
        tr("Change from base year"),
        tr("Change %"),
        tr("vs no deal"),
        tr("Tariff revenue"),
        tr("Welfare"),
    ]
    numeric = [False] * 5 + [True] * 9
    header = sh.add(*header_row(heads, numeric))
    runs = [(tr(NO_DEAL_TARIFFS), None)]
    runs += [(r.label, r.choices) for r in key_rows(book)]
    sq_rows: dict[tuple[str, str, str], float] = {}
    names = {p.id: local(p, "name") or p.id for p in s.parties}
    for label, choices in runs:
        a = analyse(s, None, choices, book.prep.model, window=window)
        res = a.package if choices is not None and a.package is not None else a.status_quo
        total = a.group(res.impact, "total")
        rows = a.group(res.impact, "sector")
        for w in a.warnings:
            # the model says "package: …"; name the package instead
            text = f"{label}: {w.removeprefix('package: ')}" if choices is not None else w
            if choices is not None and (w.startswith("status quo: ") or w in book.notes):
                continue  # already reported with the no-deal run (e.g. the coverage warning)
            if text not in book.notes:
                book.notes.append(text)
        for r, is_total in [(t, True) for t in total] + [(x, False) for x in rows]:
            key = (r["importer"], r["exporter"], r["group"])
            if choices is None:
                sq_rows[key] = r["m1"]
            vs = r["m1"] - sq_rows[key] if key in sq_rows and choices is not None else 0.0
            pct = r["change"] / r["m0"] if r["m0"] else None
            section = ""
            if not is_total:
                sec = str(hs_section(np.array([r["group"]]))[0])
                section = SECTION_NAMES.get(sec, "")
            money = "money_m_bold" if is_total else "money_m"
            rate = "pct2_bold" if is_total else "pct2"
            sh.add(
                (label, "key_fill") if is_total else label,
                tr("all") if is_total else names.get(r["importer"], r["importer"]),
                tr("all") if is_total else names.get(r["exporter"], r["exporter"]),
                tr("all sectors") if is_total else chapter_label(r["group"]),
                section or None,
                (L.finite(r["rate0"]), rate),
                (L.finite(r["rate1"]), rate),
                (L.finite(r["m0"]), money),
                (L.finite(r["m1"]), money),
                (L.finite(r["change"]), money),
                (L.finite(pct), "pct_bold" if is_total else "pct"),
                (L.finite(vs), money),
                (L.finite(r["revenue1"]), money),
                (L.finite(r["welfare"]), money),
            )
    last = sh.next_row - 1
    sh.ws.auto_filter.ref = f"A{header}:{col(len(heads))}{last}"
    sh.fixed_width = {1: 30.0, 2: 14.0, 3: 14.0, 4: 30.0, 5: 44.0}
    for k in range(6, len(heads) + 1):
        sh.fixed_width[k] = 12.0
    book.page_setup(sh.ws, f"{header}:{header}", f"B{header + 1}")
    return sh


# -- Tariffs ---------------------------------------------------------------------------


def tariffs_sheet(book: Book) -> Sheet:
    s = book.s
    sh = book.sheet(L.TARIFFS, "wrap")
    year = s.as_of.year
    book.title_rows(
        sh,
        tr("Tariff measures and effective rates"),
        tr(
            "The measures of the scenario with their dates, then the trade-weighted tariff each "
            "negotiator applies to each partner through {year} (base-year import values as "
            "weights), at every date on which it changes."
        ).format(year=year),
    )
    sh.add((tr("Measures"), "section"))
    heads = [
        tr("Measure"),
        tr("Id"),
        tr("Authority"),
        tr("Imposed by"),
        tr("On"),
        tr("Rate"),
        tr("Mode"),
        tr("Products"),
        tr("Announced"),
        tr("In force from"),
        tr("Ends"),
        tr("Pauses and reductions"),
        tr("Quota"),
        tr("Legal reference"),
        tr("Source"),
    ]
    header = sh.add(*header_row(heads, [False] * 5 + [True] + [False] * 9))
    for msr in s.measures:
        scope = ", ".join(msr.scope.include) or tr("all products")
        if msr.scope.exclude:
            scope = tr("{scope} except {excluded}").format(
                scope=scope, excluded=", ".join(msr.scope.exclude)
            )
        mode = tr("all-in floor") if msr.mode == "all_in" else tr("additive")
        if msr.mode == "all_in" and msr.all_in_of:
            mode = tr("all-in floor incl. {layers}").format(
                layers=", ".join(authority_name(a) for a in msr.all_in_of)
            )
        pauses = "; ".join(
            tr("{start}–{end}: {what}").format(
                start=x.start,
                end=x.end or tr("open"),
                what=tr("paused") if x.rate is None else f"{x.rate * 100:g} %",
            )
            + (f" ({x.note})" if x.note else "")
            for x in msr.suspensions
        )
        quota = ""
        if msr.quota:
            q = msr.quota
            quota = tr("{volume} {unit} at {rate}").format(
                volume=f"{q.volume:,g}", unit=q.unit, rate=f"{q.in_quota_rate * 100:g} %"
            )
        sh.add(
            (measure_label(msr), "wrap"),
            (msr.id, "id"),
            authority_name(msr.authority),
            msr.imposing,
            ", ".join(msr.targets),
            (msr.rate, "pct"),
            mode,
            (scope, "wrap"),
            (msr.announced, "date"),
            (in_force_from(msr), "date"),
            (msr.end, "date"),
            (pauses or None, "wrap"),
            quota or None,
            (msr.legal_ref or None, "wrap"),
            (msr.source or None, "wrap"),
        )
    sh.fixed_width = {
        1: 34.0,
        2: 16.0,
        3: 13.0,
        4: 9.0,
        5: 9.0,
        6: 9.0,
        7: 14.0,
        8: 18.0,
        9: 11.0,
        10: 11.0,
        11: 11.0,
        12: 28.0,
        13: 16.0,
        14: 20.0,
        15: 24.0,
    }
    if len(s.trade_flows):
        lines = (
            book.prep.lines
            if book.prep
            else Lines.from_flows(s.trade_flows, [p.id for p in s.parties])
        )
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        importers = [p for p in book.negotiators if p in set(s.trade_flows.importer)]
        for imp in importers:
            tl = timeline(lines, s.measures, s.stacking_rules, imp, start, end, "partner")
            if not tl.keys:
                continue
            sh.blank()
            sh.add(
                (
                    tr("Trade-weighted tariff on {party} imports, by partner").format(
                        party=party_name(s, imp)
                    ),
                    "section",
                )
            )
            sh.add(*header_row([tr("From"), *tl.keys], [False] + [True] * len(tl.keys)))
            for i, day in enumerate(tl.dates):
                sh.add(
                    (day, "date"),
                    *((L.finite(tl.rates[i, j]), "pct2") for j in range(len(tl.keys))),
                )
    book.page_setup(sh.ws, f"{header}:{header}", f"B{header + 1}")
    return sh


# -- Boards ----------------------------------------------------------------------------


def boards_sheet(book: Book) -> Sheet:
    s = book.s
    sh = book.sheet(L.BOARDS, "wrap")
    book.title_rows(
        sh,
        tr("Boards: demands, concessions and red lines"),
        tr(
            "Both sides' cards as the team sees them. Values are in utility points against the "
            "status quo: what the card's owner gains, and what the other side loses."
        ),
    )
    heads = [
        tr("Board"),
        tr("Kind"),
        tr("Status"),
        tr("Priority"),
        tr("Card"),
        tr("Issue"),
        tr("Option"),
        tr("Value to owner"),
        tr("Cost to other side"),
        tr("Owner"),
        tr("Answers"),
        tr("Notes"),
    ]
    header = sh.add(*header_row(heads, [False] * 7 + [True, True] + [False] * 3))
    kinds = {CardKind.DEMAND: 0, CardKind.CONCESSION: 1, CardKind.RED_LINE: 2}
    order = {p: k for k, p in enumerate(book.negotiators)}
    cards = sorted(s.cards, key=lambda c: (order.get(c.party, 99), c.party, kinds[c.kind], c.order))
    titles = {c.id: local(c, "title") for c in s.cards}
    for c in cards:
        issue = book.issues.get(c.issue)
        sh.add(
            c.party,
            tr(CARD_KINDS[c.kind]) if c.kind in CARD_KINDS else str(c.kind),
            tr(CARD_STATUSES[c.status]) if c.status in CARD_STATUSES else str(c.status),
            tr(PRIORITIES[c.priority]) if c.priority in PRIORITIES else str(c.priority),
            (local(c, "title"), "wrap"),
            local(issue, "title") if issue else None,
            book.labels.get((c.issue, c.option)) if c.option else None,
            (c.value_to_us, "num"),
            (c.cost_to_them, "num"),
            c.owner or None,
            ("; ".join(titles.get(x, x) for x in c.links) or None, "wrap"),
            (local(c, "notes") or None, "wrap"),
        )
    last = sh.next_row - 1
    if cards:
        sh.ws.auto_filter.ref = f"A{header}:{col(len(heads))}{last}"
    sh.fixed_width = {
        1: 8.0,
        2: 11.0,
        3: 11.0,
        4: 9.0,
        5: 40.0,
        6: 24.0,
        7: 24.0,
        8: 10.0,
        9: 10.0,
        10: 12.0,
        11: 28.0,
        12: 40.0,
    }
    book.page_setup(sh.ws, f"{header}:{header}", f"A{header + 1}")
    return sh


def elasticities(book: Book, sh: Sheet) -> None:
    assert book.prep is not None
    el = book.prep.elasticities
    # one row per estimate: sources that differ only by the products they cover (a sector
    # value mapped to each of its chapters) are listed once with their products
    used: dict[tuple, list] = {}
    for idx in (el.eta_source, el.eps_source, el.sigma_source):
        counts = np.bincount(idx, minlength=len(el.sources))
        for k in np.flatnonzero(counts):
            src = el.sources[k]
            key = (
                src.kind.value,
                src.value,
                src.source_text or src.id,
                src.importer,
                src.origin,
            )
            entry = used.setdefault(key, [src, 0, []])
            entry[1] += int(counts[k])
            if src.product and src.product not in entry[2]:
                entry[2].append(src.product)
    if not used:
        return
    sh.blank()
    sh.add((tr("Elasticities used"), "section"))
    sh.add(
        *header_row(
            [
                tr("Kind"),
                tr("Source"),
                tr("Value"),
                tr("Products"),
                tr("Importer"),
                tr("Origin"),
                tr("Lines"),
            ],
            [False, False, True, False, False, False, True],
        )
    )
    for src, n, products in used.values():
        sh.add(
            (tr(ELASTICITY_KINDS.get(src.kind.value, src.kind.value.replace("_", " "))), "key"),
            (src.source_text or src.id, "wrap"),
            (src.value, "num"),
            (_ranges(products) if products else tr("all"), "center"),
            (src.importer or tr("all"), "center"),
            (tr(ORIGINS.get(src.origin.value, src.origin.value)), "center"),
            (n, "int"),
        )


def _ranges(codes: list[str]) -> str:
    """HS codes as short text: consecutive two-digit chapters become a range ("28–38")."""
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        if len(run) > 2:
            out.append(f"{run[0]}–{run[-1]}")
        else:
            out.extend(run)
        run.clear()

    for c in sorted(codes):
        if run and len(c) == 2 and c.isdigit() and run[-1].isdigit() and int(c) == int(run[-1]) + 1:
            run.append(c)
            continue
        close()
        run.append(c)
    close()
    return ", ".join(out)
