"""The minister's brief as plain data: what File → Export brief… prints on one or two pages.

A minister reads the brief in the car to the meeting, so it holds only what decides the meeting:
the package on the table in words, whether each side is better off with it than with no deal
(utility against the BATNA), what it does to trade (the package builder's indicators, no deal
beside the package), how the tariffs move over the year (the timeline chart's series) and the
items each side cares about most (the top cards of each board).

Everything is computed here from the scenario and the package with the same core functions the
panels use (``package_math``, ``offers``, ``impact.indicators``, ``chart_series.timelines``), so
the brief shows the numbers the window shows. It works on any scenario: a missing package,
preferences, BATNA, trade data or tariffs leaves that part empty with a note saying why, never an
error.

The last part says the brief in words for a page (dates, points, the rows of each table, the
verdict on the ZOPA, the chart's legend and axis): what the PDF prints, chosen and formatted here
without Qt so that it can be checked without drawing; ``ui.brief.pdf`` turns it into blocks and
``ui.brief.layout`` places and draws them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from negotiator_gui.core import bargaining as bg
from negotiator_gui.core import chart_series as cs
from negotiator_gui.core import impact, labels
from negotiator_gui.core.beliefs import report as beliefs_report
from negotiator_gui.core.hs_names import chapter_label
from negotiator_gui.core.i18n import language, local, tr
from negotiator_gui.core.model import CardKind, CardStatus, Priority, Scenario
from negotiator_gui.core.offers import partial_utility

#: Cards per board the brief lists (the rest are in the application).
TOP_ITEMS = 5
#: Rate series the timeline shows at most (the ones that move most).
MAX_SERIES = 6

PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
#: Cards that are no longer in play are left out of the brief.
LIVE_STATUSES = (
    CardStatus.ON_TABLE,
    CardStatus.HELD_BACK,
    CardStatus.ACCEPTED,
    CardStatus.TRADED,
)


def kind_label(kind: CardKind) -> str:
    return {
        CardKind.DEMAND: tr("Demand"),
        CardKind.CONCESSION: tr("Concession"),
        CardKind.RED_LINE: tr("Red line"),
    }[kind]


def status_label(status: CardStatus) -> str:
    return {
        CardStatus.HELD_BACK: tr("held back"),
        CardStatus.ON_TABLE: tr("on the table"),
        CardStatus.ACCEPTED: tr("accepted"),
        CardStatus.REJECTED: tr("rejected"),
        CardStatus.WITHDRAWN: tr("withdrawn"),
        CardStatus.TRADED: tr("traded"),
    }[status]


def priority_label(priority: Priority) -> str:
    return {Priority.HIGH: tr("high"), Priority.MEDIUM: tr("medium"), Priority.LOW: tr("low")}[
        priority
    ]


def money_scale(values, unit: str) -> labels.MoneyScale:
    """One money format for a table of the brief (``labels.money_scale``), like the package
    builder's: in 億 and 万 in a Japanese brief."""
    return labels.money_scale(values, labels.money_unit(unit), language() == "ja")


def money(value: float, unit: str, signed: bool = False) -> str:
    """One amount alone, "US$ 1.2 bn" (a table shares one ``money_scale`` instead)."""
    return money_scale([value], unit).text(value, signed)


def gist(text: str, most: int = 160) -> str:
    """The first statement of a long note (up to its first colon or full stop), for a brief
    that must fit on a page; the whole note is in the workbook and the application."""
    for k, ch in enumerate(text):
        if ch in ":." and k + 1 < len(text) and text[k + 1] == " " and k >= 20:
            text = text[:k]
            break
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


# -- the parts of a brief ----------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """One issue of the package in words; ``option`` is None when the package leaves it open."""

    issue: str
    issue_title: str
    option: str | None
    option_label: str


@dataclass(frozen=True)
class Standing:
    """A negotiating party's utility of the package against its BATNA, on 0–100.

    ``utility`` is None without a package or preferences; ``batna`` is None when the party has
    no reservation value; ``margin`` (utility − BATNA) needs both."""

    party: str
    name: str
    colour: str
    utility: float | None
    batna: float | None
    batna_text: str = ""

    @property
    def margin(self) -> float | None:
        if self.utility is None or self.batna is None:
            return None
        return self.utility - self.batna


@dataclass(frozen=True)
class Indicator:
    """One economic indicator under no deal (the tariffs in force) and under the package."""

    key: str
    label: str
    status_quo: float
    package: float | None
    signed: bool

    @property
    def change(self) -> float | None:
        return None if self.package is None else self.package - self.status_quo


@dataclass(frozen=True)
class BoardItem:
    card: str
    kind: CardKind
    kind_label: str
    title: str
    status: CardStatus
    status_label: str
    priority: Priority
    priority_label: str
    issue_text: str  # "Issue → option", "" when the card maps to no issue
    value_to_us: float | None
    cost_to_them: float | None


@dataclass(frozen=True)
class Board:
    party: str
    name: str
    colour: str
    items: list[BoardItem]
    total: int  # live cards on the board (the brief lists the top ones)


@dataclass(frozen=True)
class Series:
    """One step line of the timeline: ``rates[i]`` (percent) holds from ``dates[i]`` to the day
    before ``dates[i + 1]``, the last one to ``end``."""

    key: str
    name: str
    colour: str  # the party's colour for a partner line, "" for the renderer to pick
    dates: tuple[dt.date, ...]
    rates: tuple[float, ...]
    end: dt.date


@dataclass(frozen=True)
class Timeline:
    importer: str
    importer_name: str
    title: str
    start: dt.date
    end: dt.date
    as_of: dt.date
    status_quo: list[Series]
    package: list[Series]  # empty without a package
    events: list[tuple[dt.date, str]]

    def max_rate(self) -> float:
        rates = [r for s in (*self.status_quo, *self.package) for r in s.rates if np.isfinite(r)]
        return max(rates, default=0.0)


@dataclass(frozen=True)
class Brief:
    title: str
    scenario_id: str
    as_of: dt.date
    prepared: dt.date
    perspective: str
    perspective_name: str
    package_name: str  # a stored package or offer with exactly these choices, else ""
    choices: list[Choice]
    complete: bool  # every issue settled
    standings: list[Standing]
    indicators: list[Indicator]
    unit: str
    trade_year: int | None
    boards: list[Board]
    timeline: Timeline | None
    notes: list[str] = field(default_factory=list)
    #: Beside the indicators: the period they average over (``Window.describe``), what the
    #: flow table covers of the balance, and a warning when one direction is under-covered.
    window_text: str = ""
    coverage: str = ""
    coverage_warning: str = ""
    #: Which version of the scenario this is (``app.usecases.brief_revision``: "Library revision
    #: 12 of 20 Apr 2025", "Unsaved edits since …"); ``draft`` when it shows unsaved edits.
    revision: str = ""
    draft: bool = False
    #: Under uncertainty (ranges on the preferences): the package's acceptance by the other
    #: side and the weights the advice hinges on, in one sentence; "" without ranges.
    uncertainty: str = ""

    @property
    def has_package(self) -> bool:
        return any(c.option is not None for c in self.choices)


# -- building it -----------------------------------------------------------------------------


def _party_name(s: Scenario, party_id: str) -> str:
    try:
        return local(s.party(party_id), "name") or party_id
    except KeyError:
        return party_id


def _party_colour(s: Scenario, party_id: str) -> str:
    try:
        colour = s.party(party_id).colour
    except KeyError:
        return ""
    return "" if not colour or colour.upper() == "#777777" else colour


def _valid_choices(s: Scenario, package: Mapping[str, str] | None) -> dict[str, str]:
    out = {}
    for issue in s.issues:
        option = (package or {}).get(issue.id)
        if option is not None and any(o.id == option for o in issue.options):
            out[issue.id] = option
    return out


def package_in_words(s: Scenario, choices: Mapping[str, str]) -> list[Choice]:
    rows = []
    for issue in s.issues:
        option = choices.get(issue.id)
        label = next((local(o, "label") for o in issue.options if o.id == option), None)
        if label is None:
            rows.append(Choice(issue.id, local(issue, "title"), None, tr("open")))
        else:
            rows.append(Choice(issue.id, local(issue, "title"), option, label))
    return rows


def package_name(s: Scenario, choices: Mapping[str, str]) -> str:
    """The name of a stored package or recorded offer with exactly these choices."""
    if not choices:
        return ""
    for p in s.packages:
        if dict(p.choices) == dict(choices):
            return p.name
    for o in sorted(s.offers, key=lambda o: -o.round):
        if dict(o.choices) == dict(choices):
            return tr("Offer of {party}, round {n}").format(
                party=_party_name(s, o.party), n=o.round
            )
    return ""


def standings(s: Scenario, choices: Mapping[str, str], notes: list[str]) -> list[Standing]:
    """Each negotiator's utility and BATNA. A partial package counts only the issues it settles
    (as offers do); a party without preferences, or without a reservation, gets None there."""
    ids = [p.id for p in s.negotiators()]
    space = None
    try:
        space = bg.build_space(s, ids)
    except (bg.AnalysisError, KeyError) as exc:
        notes.append(tr("Utilities cannot be computed: {why}").format(why=exc))
    utilities: dict[str, float] = {}
    if space is not None and choices:
        utilities = partial_utility(space, choices)
        if set(choices) != set(space.issues):
            notes.append(tr("The package leaves issues open: they count 0 in the utilities."))
    out = []
    for j, pid in enumerate(ids):
        batna: float | None = None
        try:
            res = s.preferences_of(pid).reservation
        except KeyError:
            res = None
        if res is not None and space is not None and (res.package or res.value is not None):
            batna = int(space.reservation[j]) / bg.SCALE
        elif res is not None and res.value is not None:
            batna = float(res.value)
        party = s.party(pid)
        out.append(
            Standing(
                pid,
                local(party, "name") or pid,
                _party_colour(s, pid),
                utilities.get(pid),
                batna,
                local(party, "batna"),
            )
        )
    if any(st.batna is None for st in out):
        names = tr(", ").join(st.name for st in out if st.batna is None)
        notes.append(tr("No BATNA set for {names}.").format(names=names))
    return out


def indicators(
    s: Scenario,
    choices: Mapping[str, str],
    notes: list[str],
    window: impact.Window | None = None,
) -> tuple[list[Indicator], str]:
    """The package builder's indicators under no deal (the tariffs on their scheduled path)
    and under the package, over the same ``window`` (default: the 12 months after the as-of
    date) with the same trade model, and the money unit; empty without trade data or a second
    negotiator."""
    unit = s.trade_flows.unit or "USD"
    if not len(s.trade_flows):
        notes.append(tr("No trade data in the scenario: no economic indicators."))
        return [], unit
    try:
        prep = impact.Prepared.of(s)
        sq = impact.indicators(prep, {}, window)
        pkg = impact.indicators(prep, choices, window) if choices else None
    except Exception as exc:  # a broken table must not stop the brief; the note says why
        notes.append(tr("Economic indicators unavailable: {why}").format(why=exc))
        return [], unit
    if sq is None:
        notes.append(tr("Economic indicators need two negotiating parties."))
        return [], unit
    me, them = _party_name(s, sq.party), _party_name(s, sq.partner)
    rows = [
        (
            "exports_change",
            tr("Change in {a}'s exports to {b}").format(a=me, b=them),
            "exports_change",
            True,
        ),
        ("revenue", tr("Tariff revenue {b} collects on them").format(b=them), "revenue", False),
        ("balance", tr("{a}'s bilateral balance").format(a=me), "balance", True),
        ("commitments", tr("of which commitments"), "commitments", True),
    ]
    return [
        Indicator(
            key,
            label,
            float(getattr(sq, attr)),
            None if pkg is None else float(getattr(pkg, attr)),
            signed,
        )
        for key, label, attr, signed in rows
    ], unit


def _issue_weight(s: Scenario, party: str, issue: str) -> float:
    try:
        ip = s.preferences_of(party).issues.get(issue)
    except KeyError:
        return 0.0
    return ip.weight if ip is not None else 0.0


def board_items(s: Scenario, party: str, top: int = TOP_ITEMS) -> Board:
    """The party's live cards that weigh most: priority first, then the weight the party gives
    the card's issue, then the size of its estimated value, then the board's own order."""
    cards = [c for c in s.cards if c.party == party and c.status in LIVE_STATUSES]
    ranked = sorted(
        cards,
        key=lambda c: (
            PRIORITY_RANK.get(c.priority, 1),
            -_issue_weight(s, party, c.issue),
            -abs(c.value_to_us or 0.0),
            LIVE_STATUSES.index(c.status),
            c.order,
        ),
    )
    items = []
    for c in ranked[:top]:
        text = ""
        if c.issue:
            try:
                issue = s.issue(c.issue)
                text = local(issue, "title")
                label = next((local(o, "label") for o in issue.options if o.id == c.option), "")
                if label:
                    text += " → " + label
            except KeyError:
                text = c.issue
        items.append(
            BoardItem(
                c.id,
                c.kind,
                kind_label(c.kind),
                local(c, "title"),
                c.status,
                status_label(c.status),
                c.priority,
                priority_label(c.priority),
                text,
                c.value_to_us,
                c.cost_to_them,
            )
        )
    return Board(party, _party_name(s, party), _party_colour(s, party), items, len(cards))


def _series(s: Scenario, tl, keys: list[str]) -> list[Series]:
    out = []
    parties = {p.id for p in s.parties}
    for key in keys:
        if key not in tl.keys:
            continue
        j = tl.keys.index(key)
        if tl.by == "partner":
            name = _party_name(s, key)
        elif tl.by == "chapter":
            name = chapter_label(key)
        else:
            name = tr("all partners")
        colour = _party_colour(s, key) if key in parties else ""
        rates = tuple(float(r) * 100.0 for r in np.asarray(tl.rates[:, j], float))
        out.append(Series(key, name, colour, tuple(tl.dates), rates, tl.end))
    return out


def _movement(pair: cs.TimelinePair) -> float:
    """How far any one series moves over the year (its highest rate minus its lowest)."""
    moves = 0.0
    for tl in (pair.status_quo, pair.package):
        if tl is None or not len(tl.rates):
            continue
        for col in np.asarray(tl.rates, float).T:
            col = col[np.isfinite(col)]
            if len(col):
                moves = max(moves, float(col.max() - col.min()))
    return moves


def timeline(
    s: Scenario, choices: Mapping[str, str], notes: list[str], by: str = "partner"
) -> Timeline | None:
    """The tariff timeline of the scenario's year for the importer whose tariffs move most
    (status quo or package); ties go to the perspective's counterpart, whose tariffs are
    usually the subject of the talk."""
    importers = cs.importers(s)
    if not importers:
        notes.append(tr("No trade data in the scenario: no tariff timeline."))
        return None
    counterpart = [p.id for p in s.negotiators() if p.id != s.perspective]
    order = sorted(
        importers,
        key=lambda p: 0 if p in counterpart else 1 if p == s.perspective else 2,
    )
    best: tuple[float, str, cs.TimelinePair] | None = None
    try:
        for imp in order:
            pair = cs.timelines(s, dict(choices) or None, imp, by)
            moves = _movement(pair)
            if best is None or moves > best[0] + 1e-12:
                best = (moves, imp, pair)
    except Exception as exc:  # the chart is one part of the brief: say why it is missing
        notes.append(tr("Tariff timeline unavailable: {why}").format(why=exc))
        return None
    assert best is not None
    _, imp, pair = best
    keys = cs.top_keys(pair, MAX_SERIES)
    start, end = cs.year_of(s)
    name = _party_name(s, imp)
    title = tr("Tariffs imposed by {importer}, {year} (trade-weighted)").format(
        importer=name, year=start.year
    )
    return Timeline(
        imp,
        name,
        title,
        start,
        end,
        s.as_of,
        _series(s, pair.status_quo, keys),
        _series(s, pair.package, keys) if pair.package is not None else [],
        list(pair.events),
    )


def build_brief(
    s: Scenario,
    package: Mapping[str, str] | None,
    today: dt.date | None = None,
    top: int = TOP_ITEMS,
    revision: str = "",
    draft: bool = False,
) -> Brief:
    """The brief of ``package`` (issue id → option id; None or empty: no package chosen yet);
    ``revision`` and ``draft`` say which version of the scenario it shows."""
    notes: list[str] = []
    choices = _valid_choices(s, package)
    unknown = sorted(set(package or {}) - set(choices))
    if unknown:
        notes.append(
            tr("Left out of the package (not in the scenario): {issues}").format(
                issues=", ".join(unknown)
            )
        )
    if not choices:
        notes.append(tr("No package chosen yet: the brief shows no deal only."))
    standing = standings(s, choices, notes)
    window = impact.Window.default(s)
    rows, unit = indicators(s, choices, notes, window)
    coverage, warning = "", None
    others = [p.id for p in s.negotiators() if p.id != s.perspective]
    if rows and others:
        coverage, warning = impact.coverage_note(s, s.perspective, others[0])
    notes.extend(labels.coverage_gaps(s, shorten=gist))
    negotiators = [p.id for p in s.negotiators()]
    order = [s.perspective] if s.perspective in negotiators else []
    order += [p for p in negotiators if p not in order]
    return Brief(
        title=local(s, "title") or s.id,
        scenario_id=s.id,
        as_of=s.as_of,
        prepared=today or dt.date.today(),
        perspective=s.perspective,
        perspective_name=_party_name(s, s.perspective),
        package_name=package_name(s, choices),
        choices=package_in_words(s, choices),
        complete=bool(s.issues) and len(choices) == len(s.issues),
        standings=standing,
        indicators=rows,
        unit=unit,
        trade_year=s.trade_flows.year if len(s.trade_flows) else None,
        boards=[board_items(s, p, top) for p in order],
        timeline=timeline(s, choices, notes),
        notes=list(dict.fromkeys(notes)),
        window_text=window.describe() if rows else "",
        coverage=coverage,
        coverage_warning=warning or "",
        revision=revision,
        draft=draft,
        uncertainty=uncertainty_sentence(s, choices),
    )


def uncertainty_sentence(s: Scenario, choices: Mapping[str, str]) -> str:
    """The package's acceptance over the samples of the ranges entered and the one or two
    weights the advice hinges on (``core.beliefs.report``); "" when no range has width, the
    package is not complete, or the preferences are not all known."""
    if not s.issues or len(choices) != len(s.issues):
        return ""
    try:
        r = beliefs_report.analyse(s, with_robust=False)
        return beliefs_report.brief_sentence(r, choices) if r is not None else ""
    except (bg.AnalysisError, KeyError, ValueError):
        return ""


# -- the brief in words, for a page ------------------------------------------------------------

#: Issues listed at most, so that a scenario with very many leaves room for the other sections.
MAX_PACKAGE_ROWS = 24


def months() -> tuple[str, ...]:
    """The months' short names in the current language (called, not a constant: ``tr`` must
    not run at import time)."""
    return (
        tr("Jan"),
        tr("Feb"),
        tr("Mar"),
        tr("Apr"),
        tr("May"),
        tr("Jun"),
        tr("Jul"),
        tr("Aug"),
        tr("Sep"),
        tr("Oct"),
        tr("Nov"),
        tr("Dec"),
    )


def day_text(day: dt.date) -> str:
    """A date in words, in the order the language writes it (16 Apr 2025, 2025年4月16日)."""
    return tr("{day} {month} {year}").format(
        day=day.day, month=months()[day.month - 1], year=day.year
    )


def short_day(day: dt.date) -> str:
    """A date of the brief's year without the year (16 Apr), for the chart and its events."""
    return tr("{day} {month}").format(day=day.day, month=months()[day.month - 1])


def points(v: float | None, signed: bool = False) -> str:
    """A utility on 0–100 with one decimal; a margin with its sign (a true minus, "−2.5")."""
    if v is None:
        return "—"
    if signed:
        return f"{v:+.1f}".replace("-", "−")
    return f"{v:.1f}"


def meta_line(b: Brief) -> str:
    """The line under the title: the as-of date, our side and the day the brief was made."""
    parts = [
        tr("Situation as of {date}").format(date=day_text(b.as_of)),
        tr("Our side: {party}").format(party=b.perspective_name),
        tr("Prepared {date}").format(date=day_text(b.prepared)),
    ]
    return "   ·   ".join(parts)


def package_title(b: Brief) -> str:
    """The package's name beside its heading: a stored package's, "custom package", or ""."""
    return b.package_name or (tr("custom package") if b.has_package else "")


@dataclass(frozen=True)
class PackageRow:
    """One issue of the package's table; ``open`` when the package leaves it open."""

    issue: str
    settled: str  # the option's label, or "open"
    open: bool


def package_rows(b: Brief, most: int = MAX_PACKAGE_ROWS) -> tuple[list[PackageRow], int]:
    """The package's issues as rows (at most ``most``) and how many were left out."""
    rows = [
        PackageRow(ch.issue_title, ch.option_label, False)
        if ch.option is not None
        else PackageRow(ch.issue_title, tr("open"), True)
        for ch in b.choices[:most]
    ]
    return rows, max(0, len(b.choices) - most)


def zopa_verdict(b: Brief) -> tuple[str, bool] | None:
    """Whether the package is in the ZOPA, in words, and True when it is; None without a
    package or when a party's margin is unknown (no utility or no BATNA)."""
    margins = [(st.name, st.margin) for st in b.standings]
    if not (b.has_package and margins and all(m is not None for _, m in margins)):
        return None
    losers = [n for n, m in margins if m is not None and m < 0]
    if not losers:
        return (
            tr(
                "Every side does at least as well as its walk-away value (BATNA): the "
                "package is in the ZOPA."
            ),
            True,
        )
    return (
        tr("Worse than the walk-away value (BATNA) for {names}: outside the ZOPA.").format(
            names=", ".join(losers)
        ),
        False,
    )


def indicator_aside(b: Brief) -> str:
    """Beside the indicators' heading: the model, the unit and the flows' base year."""
    if not b.trade_year:
        return ""
    unit = "US$" if b.unit.strip().upper() == "USD" else b.unit
    return tr("trade model, {unit} a year, against base-year {year} flows").format(
        unit=unit, year=b.trade_year
    )


def indicator_rows(b: Brief) -> list[tuple[str, str, str, str]]:
    """The indicators' table: label, no deal, with the package, difference ("—" when there is
    no package), every amount in one money unit for the whole table."""
    figures = [
        x for i in b.indicators for x in (i.status_quo, i.package, i.change) if x is not None
    ]
    scale = money_scale(figures, b.unit)
    rows = []
    for ind in b.indicators:
        change = ind.change
        rows.append(
            (
                ind.label,
                scale.text(ind.status_quo, ind.signed),
                scale.text(ind.package, ind.signed) if ind.package is not None else "—",
                scale.text(change, True) if change is not None else "—",
            )
        )
    return rows


def indicator_context(b: Brief) -> str:
    """What the indicators are: the window they average over and the trade they cover."""
    context = []
    if b.window_text:
        context.append(tr("Evaluated over: {window}").format(window=b.window_text) + ".")
    if b.coverage:
        context.append(b.coverage)
    return " ".join(context)


def timeline_aside(tl: Timeline) -> str:
    """Beside the chart's heading: how to read the lines when there is a package."""
    if not tl.package:
        return ""
    return tr("dashed: no deal; solid: with the package from {date}").format(
        date=short_day(tl.as_of)
    )


def events_text(tl: Timeline) -> str:
    """The measures' events, numbered as on the chart: "(1) 2 Apr: …   (2) …"."""
    return "   ".join(f"({k}) {short_day(d)}: {text}" for k, (d, text) in enumerate(tl.events, 1))


def legend(tl: Timeline) -> list[tuple[str, int, bool]]:
    """The chart's legend: (text, index of the status-quo series, dashed); with a package each
    series shows twice, dashed for no deal and solid with the package."""
    out = []
    dashed = bool(tl.package)
    for k, s in enumerate(tl.status_quo):
        if dashed:
            out.append((tr("{name}: no deal").format(name=s.name), k, True))
            out.append((tr("{name}: with the package").format(name=s.name), k, False))
        else:
            out.append((s.name, k, False))
    return out


def nice_step(top: float) -> float:
    """A round grid step giving 3–6 lines up to ``top``."""
    if top <= 0:
        return 5.0
    raw = top / 4
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def rate_axis(tl: Timeline) -> tuple[float, float]:
    """The chart's rate axis: (top, grid step), the top a whole number of steps at or above
    the highest rate (10 % when every rate is 0)."""
    top = tl.max_rate()
    step = nice_step(top)
    return (max(step, math.ceil(top / step) * step) if top > 0 else 10.0), step


def rate_text(rate: float) -> str:
    """A rate at a line's end on the chart: "27.5 %"."""
    return f"{rate:.1f} %"


def axis_text(rate: float) -> str:
    """A grid line's label on the chart's rate axis: "10 %", "2.5 %"."""
    return f"{rate:g} %"


def board_count(board: Board, shown: int) -> str:
    """Beside a board's name: how many of its live cards the brief lists."""
    return tr("top {n} of {total} live cards").format(n=shown, total=board.total)


def card_detail(item: BoardItem) -> str:
    """A card's second line: kind, priority, status and the issue it maps to."""
    detail = f"{item.kind_label} · {item.priority_label} · {item.status_label}"
    if item.issue_text:
        detail += " — " + item.issue_text
    return detail


def footer_text(b: Brief, version: str) -> str:
    """The footer's left part (the version is given: the core does not know the package's)."""
    return tr("{title} · scenario {id} · Negotiator {version}").format(
        title=b.title, id=b.scenario_id, version=version
    )
