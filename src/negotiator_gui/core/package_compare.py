"""Packages side by side: per issue the option each package chooses, each negotiating party's
utility and gain over its BATNA, whether the package is in the ZOPA, and the trade indicators
the package builder shows, with the rows where the packages differ marked (no Qt).

Two uses share one table shape (``Comparison``): several packages of one scenario (``compare``)
and the same package in two scenarios or two library revisions (``compare_across``), where the
package is matched by issue and option ids and whatever one scenario lacks is said in words.
Texts are formatted here, in the user's language and locale, so the window, a test and any
later report read the same figures.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from negotiator_gui.core import bargaining, impact, labels
from negotiator_gui.core.i18n import N_, language, local, number, tr
from negotiator_gui.core.model import Scenario

#: What a comparison's utility rows are measured in (the builder's and the chart's scale).
UTILITY_UNIT = N_("points, 0–100")
#: The builder's suggestions a comparison can take, in the builder's words.
SOLUTION_NAMES = {
    "nash": N_("Nash bargaining solution"),
    "kalai_smorodinsky": N_("Kalai–Smorodinsky"),
    "egalitarian": N_("Max-min (egalitarian)"),
}


@dataclass(frozen=True)
class Source:
    """A package a comparison can take: ``key`` identifies it across refreshes."""

    key: str
    name: str
    choices: dict[str, str]


@dataclass(frozen=True)
class Row:
    """One line of the table: ``texts`` per package, ``differs`` when they are not all equal."""

    key: tuple[str, ...]
    label: str
    unit: str
    texts: tuple[str, ...]
    differs: bool


@dataclass(frozen=True)
class Comparison:
    """The packages' names (columns), the rows, and notes on what could not be evaluated."""

    names: tuple[str, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()

    def row(self, *key: str) -> Row:
        return next(r for r in self.rows if r.key == tuple(key))


@dataclass
class _Column:
    """What one package is in one scenario: row key → (comparison key, text); money rows keep
    their raw value until every column is known (one unit per row)."""

    cells: dict[tuple[str, ...], tuple[object, str]] = field(default_factory=dict)
    money: dict[tuple[str, ...], float] = field(default_factory=dict)
    labels: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)  # label, unit


def negotiators(s: Scenario) -> list[str]:
    """Negotiating parties, our side first (as the builder and the chart order them)."""
    return sorted((p.id for p in s.negotiators()), key=lambda p: p != s.perspective)


def space_of(s: Scenario) -> bargaining.Space | None:
    """The scenario's bargaining space, or None where it has none (fewer than two sides)."""
    try:
        return bargaining.build_space(s, negotiators(s))
    except (bargaining.AnalysisError, KeyError, ValueError):
        return None


def sources(
    s: Scenario,
    current: Mapping[str, str] | None = None,
    suggestions: Mapping[str, Mapping[str, str] | None] | None = None,
) -> list[Source]:
    """Every package a comparison can pick from: the current package, the builder's suggestions
    (solution name → choices, None when there is none), the recorded offers and the scenario's
    named packages. One list, so a new kind of package is added here and nowhere else."""
    out: list[Source] = []
    if current:
        out.append(Source("current", tr("Current package"), dict(current)))
    for name, choices in (suggestions or {}).items():
        if choices is not None and name in SOLUTION_NAMES:
            out.append(Source(f"solution:{name}", tr(SOLUTION_NAMES[name]), dict(choices)))
    for off in sorted(s.offers, key=lambda o: (o.round, o.party)):
        text = tr("Offer of {party}, round {n}").format(
            party=labels.party_name(s, off.party), n=off.round
        )
        out.append(Source(f"offer:{off.id}", text, dict(off.choices)))
    for pkg in s.packages:
        out.append(Source(f"package:{pkg.id}", pkg.name or pkg.id, dict(pkg.choices)))
    return out


def _column(
    s: Scenario,
    choices: Mapping[str, str],
    space: bargaining.Space | None,
    prepared: Callable[[], impact.Prepared | None],
    notes: list[str],
    name: str,
) -> _Column:
    col = _Column()
    for issue in s.issues:
        key = ("issue", issue.id)
        col.labels[key] = (local(issue, "title"), "")
        chosen = choices.get(issue.id)
        option = next((o for o in issue.options if o.id == chosen), None)
        if option is None:
            col.cells[key] = (None, tr("left open"))
        else:
            col.cells[key] = ((option.id, option.label), local(option, "label"))
    if space is None:
        return col
    complete = all(
        choices.get(i) in opts for i, opts in zip(space.issues, space.options, strict=True)
    )
    gains: list[int] = []
    u = space.utility(space.index_of(choices)) if complete else None
    for j, party in enumerate(space.parties):
        who = labels.party_name(s, party)
        ukey, gkey = ("utility", party), ("gain", party)
        col.labels[ukey] = (tr("Utility for {party}").format(party=who), tr(UTILITY_UNIT))
        col.labels[gkey] = (
            tr("Gain of {party} over its BATNA").format(party=who),
            tr(UTILITY_UNIT),
        )
        if u is None:
            col.cells[ukey] = col.cells[gkey] = (None, "—")
            continue
        gain = int(u[j]) - int(space.reservation[j])
        gains.append(gain)
        col.cells[ukey] = (int(u[j]), number(int(u[j]) / bargaining.SCALE, 1))
        g = round(gain / bargaining.SCALE, 1)
        text = number(0.0, 1) if g == 0 else ("+" if g > 0 else "−") + number(abs(g), 1)
        col.cells[gkey] = (gain, text)
    zkey = ("zopa",)
    col.labels[zkey] = (tr("In the ZOPA (every side at or above its BATNA)"), "")
    if u is None:
        col.cells[zkey] = (None, "—")
        notes.append(tr("{name} leaves issues open: no utilities").format(name=name))
    else:
        inside = all(g >= 0 for g in gains)
        col.cells[zkey] = (inside, tr("yes") if inside else tr("no"))
    prep = prepared()
    if prep is None:
        return col
    try:
        ind = impact.indicators(prep, dict(choices))
    except Exception as exc:  # a trade model that cannot run: said, the rest still shown
        notes.append(tr("Indicators unavailable: {why}").format(why=exc))
        return col
    if ind is None:
        return col
    me, them = labels.party_name(s, ind.party), labels.party_name(s, ind.partner)
    for key, label, value in (
        (
            ("exports",),
            tr("Change in {a}'s exports to {b}").format(a=me, b=them),
            ind.exports_change,
        ),
        (("revenue",), tr("Tariff revenue {b} collects on them").format(b=them), ind.revenue),
        (("balance",), tr("{a}'s bilateral balance").format(a=me), ind.balance),
    ):
        col.labels[key] = (label, "")
        col.money[key] = float(value)
    return col


def _prepared(s: Scenario) -> Callable[[], impact.Prepared | None]:
    """The trade data of ``s``, prepared once when first needed (None: it cannot be)."""
    held: list[impact.Prepared | None] = []

    def get() -> impact.Prepared | None:
        if not held:
            try:
                held.append(impact.Prepared.of(s))
            except Exception:  # no flows, no second side: no indicators, no error
                held.append(None)
        return held[0]

    return get


def _table(
    names: Sequence[str],
    columns: Sequence[_Column],
    scenarios: Sequence[Scenario],
    notes: list[str],
) -> Comparison:
    keys: list[tuple[str, ...]] = []
    for col in columns:
        for key in (*col.cells, *col.money):
            if key not in keys:
                keys.append(key)
    rows = []
    for key in keys:
        label, unit = next(c.labels[key] for c in columns if key in c.labels)
        if key in next((c.money for c in columns if key in c.money), {}):
            values = [c.money.get(key) for c in columns]
            s = next(sc for sc, c in zip(scenarios, columns, strict=True) if key in c.money)
            scale = labels.money_scale(
                [v for v in values if v is not None],
                labels.money_unit(s.trade_flows.unit),
                language() == "ja",
            )
            signed = key != ("revenue",)
            texts = [("—" if v is None else scale.text(v, signed)) for v in values]
            compared: list[object] = list(texts)  # what a reader sees is what differs
        else:
            cells = [c.cells.get(key, (None, tr("not in this scenario"))) for c in columns]
            texts = [t for _, t in cells]
            compared = [v if v is not None else t for v, t in cells]
        differs = len(set(map(repr, compared))) > 1
        rows.append(Row(key, label, unit, tuple(texts), differs))
    return Comparison(tuple(names), tuple(rows), tuple(dict.fromkeys(notes)))


def compare(
    s: Scenario,
    packages: Sequence[tuple[str, Mapping[str, str]]],
    space: bargaining.Space | None = None,
    indicators: bool = True,
) -> Comparison:
    """``packages`` ((name, issue id → option id), …) of scenario ``s`` side by side.
    ``space`` is the scenario's bargaining space if the caller has it (else built here)."""
    space = space if space is not None else space_of(s)
    prep = _prepared(s) if indicators else (lambda: None)
    notes: list[str] = []
    columns = [_column(s, dict(c), space, prep, notes, name) for name, c in packages]
    return _table([n for n, _ in packages], columns, [s] * len(columns), notes)


def matched(s: Scenario, choices: Mapping[str, str], name: str) -> tuple[dict[str, str], list[str]]:
    """``choices`` as scenario ``s`` can take them (by ids), and what it lacks, in words."""
    kept: dict[str, str] = {}
    missing: list[str] = []
    issues = {i.id: i for i in s.issues}
    for issue_id, option_id in choices.items():
        issue = issues.get(issue_id)
        if issue is None:
            missing.append(tr("{name} has no issue '{issue}'").format(name=name, issue=issue_id))
        elif option_id not in {o.id for o in issue.options}:
            missing.append(
                tr("{name} has no option '{option}' in '{issue}'").format(
                    name=name, option=option_id, issue=local(issue, "title")
                )
            )
        else:
            kept[issue_id] = option_id
    return kept, missing


def compare_across(
    a: Scenario,
    b: Scenario,
    choices: Mapping[str, str],
    names: tuple[str, str] = ("A", "B"),
    indicators: bool = True,
) -> Comparison:
    """The same package in two scenarios (or two revisions of one): matched by issue and
    option ids; an issue or option one of them lacks is left open there and named in the
    notes. Utilities and indicators are each scenario's own."""
    notes: list[str] = []
    columns = []
    for s, name in ((a, names[0]), (b, names[1])):
        kept, missing = matched(s, choices, name)
        notes.extend(missing)
        prep = _prepared(s) if indicators else (lambda: None)
        columns.append(_column(s, kept, space_of(s), prep, notes, name))
    return _table(list(names), columns, [a, b], notes)
