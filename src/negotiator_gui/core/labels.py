"""What a reader sees beside a figure, made from the data and never from stored text: a
measure's rate from its ``rate`` (not from its title), party names instead of ids, one money
unit per table, the evaluation window and the trade coverage beside an indicator table, and
the three things that used to share the words "no deal".

Three meanings, three names (the GUI, the workbook and the brief all use these):

- the *status quo package*: the stored package that keeps every issue as it is, scored with
  each side's weights like any other package;
- the *walk-away value (BATNA)*: each side's reservation value, which also counts what it can
  do outside these talks (other partners, domestic measures, waiting), so it usually differs
  from the status quo package's utility;
- *no deal (tariffs as scheduled)*: the economic indicators without a package, with the
  scenario's measures on their scheduled legal path (pauses end, announced measures start).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from negotiator_gui.core.i18n import N_, date_text, local, number, plural, tr
from negotiator_gui.core.model import Measure, Scenario
from negotiator_gui.core.tariffs import percent

#: The status-quo package (the kind ``batna`` of an options-matrix row).
STATUS_QUO_PACKAGE = N_("Status quo package")
#: A side's reservation value.
WALK_AWAY = N_("Walk-away value (BATNA)")
#: The economic indicators without a package.
NO_DEAL_TARIFFS = N_("No deal (tariffs as scheduled)")
#: Why the status quo package and the walk-away values differ (a tooltip or a cell comment).
WHY_THEY_DIFFER = N_(
    "The status quo package is scored with each side's weights like any other package. A "
    "walk-away value (BATNA) is what the side can get without an agreement, alternatives "
    "outside these talks included (other partners, domestic measures, waiting), so the two "
    "usually differ."
)
#: A rate written at the end of a title, e.g. "Section 232 automobiles (25%)" or "(15 % all-in)".
_RATE_IN_TITLE = re.compile(r"\s*\((\d+(?:\.\d+)?)\s*%(\s*all-in)?\)\s*$")


def title_without_rate(title: str, rate: float) -> str:
    """``title`` without a bracketed rate at its end that repeats ``rate`` (the label adds the
    rate from the data). A bracketed rate that is not the measure's is kept: it says
    something else (as the scenario format's version 3 migration decides)."""
    hit = _RATE_IN_TITLE.search(title)
    if hit is None or abs(float(hit.group(1)) / 100 - rate) > 1e-9:
        return title
    return title[: hit.start()].rstrip() or title


def rate_label(m: Measure) -> str:
    """The measure's rate as a reader sees it: "25 %", or "15 % all-in" for an all-in floor."""
    if m.mode == "all_in":
        return tr("{rate} all-in").format(rate=percent(m.rate))
    return percent(m.rate)


def measure_label(m: Measure) -> str:
    """A measure as tables, charts, undo names and the brief name it: its title with its rate
    from the data, "Section 232 automobiles (25 %)", "Japan deal floor (15 % all-in)"."""
    return tr("{title} ({rate})").format(
        title=title_without_rate(local(m, "title"), m.rate) or m.id, rate=rate_label(m)
    )


def party_name(s: Scenario | None, party_id: str) -> str:
    """A party's name (its id when it has none, or is not in the scenario)."""
    if s is None:
        return party_id
    p = next((p for p in s.parties if p.id == party_id), None)
    return (local(p, "name") or party_id) if p is not None else party_id


def choice_names(s: Scenario, choices: Mapping[str, str]) -> list[tuple[str, str]]:
    """The chosen options as (issue title, option label), in the scenario's order of issues;
    issues not chosen are left out, and an option the issue does not have is named by its id."""
    out = []
    for issue in s.issues:
        option_id = choices.get(issue.id)
        if option_id is None:
            continue
        option = next((o for o in issue.options if o.id == option_id), None)
        out.append((local(issue, "title"), local(option, "label") if option else option_id))
    return out


# -- money ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoneyScale:
    """One money format for a whole table: every figure in the same unit (no "US$ 0 m" beside
    "−US$ 14.0 bn") and no "−0.0". ``japanese`` counts in 億 (10⁸) and 万 (10⁴) as Japanese
    readers do."""

    unit: str
    scale: float
    decimals: int
    japanese: bool = False

    def text(self, value: float, signed: bool = False) -> str:
        """ "−US$ 14.0 bn", "+US$ 0.3 bn", "US$ 0.0 bn" (a value that rounds to nothing has no
        sign: never "−0.0")."""
        figure = self.figure(value, signed)
        sign = figure[:1] if figure[:1] in "+−" else ""
        digits = figure[len(sign) :]
        if self.japanese:
            suffix = "億" if self.scale == 1e8 else "万"
            return f"{sign}{digits}{suffix}{self.unit}"
        if self.scale == 1e9:
            return tr("{sign}{unit} {v} bn").format(sign=sign, unit=self.unit, v=digits)
        return tr("{sign}{unit} {v} m").format(sign=sign, unit=self.unit, v=digits)

    def figure(self, value: float, signed: bool = False) -> str:
        """The number alone, in this unit (for a table whose header names the unit)."""
        v = round(value / self.scale, self.decimals)
        if v == 0:
            v = 0.0
        sign = "−" if v < 0 else ("+" if signed and v > 0 else "")
        return sign + number(abs(v), self.decimals)

    @property
    def name(self) -> str:
        """The unit alone, for a column header: "US$ bn", "億米ドル"."""
        if self.japanese:
            return ("億" if self.scale == 1e8 else "万") + self.unit
        if self.scale == 1e9:
            return tr("{unit} bn").format(unit=self.unit)
        return tr("{unit} m").format(unit=self.unit)


def money_unit(flow_unit: str) -> str:
    """The currency as a reader writes it: "US$" for USD, else the flow table's unit."""
    return tr("US$") if flow_unit.strip().upper() in ("USD", "") else flow_unit


def money_scale(values: Iterable[float], unit: str, japanese: bool = False) -> MoneyScale:
    """The one format for ``values`` (a table's figures): billions with one decimal when the
    largest is at least a billion, else millions with one decimal below ten million and none
    above; in Japanese 億 from 10⁸ (no decimal from 10⁹), else 万."""
    big = max((abs(v) for v in values if v == v), default=0.0)
    if japanese:
        if big >= 1e8:
            return MoneyScale(unit, 1e8, 1 if big < 1e9 else 0, True)
        return MoneyScale(unit, 1e4, 0, True)
    if big >= 0.95e9:  # would round to "1,000 m": say "1.0 bn"
        return MoneyScale(unit, 1e9, 1)
    return MoneyScale(unit, 1e6, 1 if big < 1e7 else 0)


# -- what an indicator table says beside it -------------------------------------------------


def chapter_names(codes: Sequence[str]) -> list[str]:
    """Chart labels of product groups: "87 Vehicles and parts"; a group that is not an HS code
    (a user group, "total") is shown as it is."""
    from negotiator_gui.core.hs_names import chapter_label

    return [chapter_label(c) if str(c)[:1].isdigit() else str(c) for c in codes]


def coverage_gaps(
    s: Scenario,
    measures: Iterable[Measure] | None = None,
    shorten: Callable[[str], str] | None = None,
) -> list[str]:
    """What the measures' legal scopes cover that the flow table does not model, one line per
    measure that says so (``Measure.uncovered``; a gap said twice, as by the copies a package
    makes of a measure, once), named with its rate from the data. ``measures``: a package's
    (default: the scenario's); ``shorten``: how a page short of room cuts the text."""
    out: list[str] = []
    seen: set[str] = set()
    for m in s.measures if measures is None else measures:
        uncovered = local(m, "uncovered")
        if uncovered and uncovered not in seen:
            seen.add(uncovered)
            gap = shorten(uncovered) if shorten else uncovered
            out.append(tr("{measure}: {gap}").format(measure=measure_label(m), gap=gap))
    return out


def rate_caveats(s: Scenario) -> tuple[str, str]:
    """A short line and its long explanation for any chart or table of rates: dates after the
    as-of date are a projection, and the coverage gaps of the measures."""
    gaps = coverage_gaps(s)
    short = tr("after {date}: projection").format(date=date_text(s.as_of))
    long = tr(
        "Rates after the as-of date ({date}) are a projection: the measures as known and "
        "scheduled on that date, nothing announced later."
    ).format(date=date_text(s.as_of))
    if gaps:
        short = plural(
            len(gaps), N_("{projection}; {n} coverage gap"), N_("{projection}; {n} coverage gaps")
        ).format(projection=short, n=len(gaps))
        long += "\n" + tr("Not modelled:") + "\n" + "\n".join(f"• {g}" for g in gaps)
    return short, long


def big_count(n: int) -> str:
    """A package count for a status bar: grouped digits up to a trillion, then "about 3.2 ×
    10^260" (a float cannot hold the size of a space of hundreds of issues, and 260 digits say
    nothing to a reader)."""
    if n < 10**12:
        return number(n)
    digits = len(str(n)) - 1
    mantissa = int(str(n)[:3]) / 100
    return tr("about {mantissa} × 10^{exponent}").format(
        mantissa=number(mantissa, 1), exponent=digits
    )
