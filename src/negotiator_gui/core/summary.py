"""A readable plain-text summary of a scenario (``negotiator show``) for a terminal or e-mail."""

from __future__ import annotations

from collections import Counter, defaultdict

from negotiator_gui.core.i18n import N_, date_text, local, number, plural, tr
from negotiator_gui.core.model import Measure, Scenario, label


def _pct(rate: float) -> str:
    text = f"{rate * 100:.4g}"
    if "e" in text:
        return f"{text} %"
    return f"{number(rate * 100, len(text.partition('.')[2]))} %"


def _money(value: float, unit: str) -> str:
    if unit.upper() == "USD":
        if abs(value) >= 1e9:
            return tr("US$ {v} bn").format(v=number(value / 1e9, 2))
        return tr("US$ {v} m").format(v=number(value / 1e6, 1))
    return f"{number(value, 0)} {unit}"


def _measure_line(m: Measure) -> str:
    scope = ", ".join(m.scope.include) if m.scope.include else tr("all products")
    if m.scope.exclude:
        scope = tr("{scope} except {codes}").format(scope=scope, codes=", ".join(m.scope.exclude))
    if m.effective and m.end:
        when = tr("from {start} to {end}").format(
            start=date_text(m.effective), end=date_text(m.end)
        )
    elif m.effective:
        when = tr("from {start}").format(start=date_text(m.effective))
    elif m.end:
        when = tr("in force to {end}").format(end=date_text(m.end))
    else:
        when = tr("in force")
    extra = []
    if m.mode == "all_in":
        extra.append(
            tr("all-in floor incl. {what}").format(what="+".join(m.all_in_of) or tr("nothing"))
        )
    for sus in m.suspensions:
        end = date_text(sus.end) if sus.end else tr("further notice")
        if sus.rate is None:
            extra.append(tr("paused {start} to {end}").format(start=date_text(sus.start), end=end))
        else:
            extra.append(
                tr("at {rate} {start} to {end}").format(
                    rate=_pct(sus.rate), start=date_text(sus.start), end=end
                )
            )
    if m.quota:
        extra.append(
            tr("quota {volume} {unit} at {rate}").format(
                volume=number(m.quota.volume, 0),
                unit=m.quota.unit,
                rate=_pct(m.quota.in_quota_rate),
            )
        )
    targets = ", ".join(m.targets)
    tail = f" ({'; '.join(extra)})" if extra else ""
    line = tr("{rate} by {imposing} on {targets}, {scope}, {when}").format(
        rate=_pct(m.rate), imposing=m.imposing, targets=targets, scope=scope, when=when
    )
    return f"  {m.id}: {local(m, 'title')} — {line}{tail}"


def summary(s: Scenario) -> str:
    out: list[str] = []
    title = local(s, "title")
    out.append(title)
    out.append("=" * min(len(title), 78))
    out.append(
        tr("Id: {id}    As of: {date}    Perspective: {party}").format(
            id=s.id, date=date_text(s.as_of) if s.as_of else "—", party=s.perspective
        )
    )
    if local(s, "description"):
        out.append("")
        out.append(local(s, "description"))

    out.append("")
    out.append(tr("Parties ({n})").format(n=len(s.parties)))
    for p in s.parties:
        out.append(f"  {p.id}: {local(p, 'name')} [{label(p.role)}]")
        if p.batna:
            out.append("      " + tr("BATNA: {text}").format(text=p.batna))

    out.append("")
    out.append(tr("Issues ({n})").format(n=len(s.issues)))
    prefs = {p.party: p for p in s.preferences}
    for i in s.issues:
        weights = "  ".join(
            f"{party} {prefs[party].issues[i.id].weight:g}"
            for party in prefs
            if i.id in prefs[party].issues
        )
        out.append(
            f"  {local(i, 'title')} [{i.id}]  "
            + tr("weights: {weights}").format(weights=weights or "—")
        )
        for o in i.options:
            scores = "  ".join(
                f"{party} {prefs[party].issues[i.id].scores[o.id]:g}"
                for party in prefs
                if i.id in prefs[party].issues and o.id in prefs[party].issues[i.id].scores
            )
            marks = []
            if o.effects:
                n = len(o.effects)
                marks.append(
                    plural(n, N_("{n} tariff change"), N_("{n} tariff changes")).format(n=n)
                )
            if o.commitments:
                n = len(o.commitments)
                marks.append(plural(n, N_("{n} commitment"), N_("{n} commitments")).format(n=n))
            extra = f" ({tr(', ').join(marks)})" if marks else ""
            out.append(
                f"    - {local(o, 'label')}{extra}   "
                + tr("scores: {scores}").format(scores=scores or "—")
            )

    out.append("")
    out.append(tr("Reservation values (BATNA)"))
    for p in s.preferences:
        r = p.reservation
        if r.value is not None:
            what = f"{r.value:g}"
        elif r.package:
            what = tr("package {id}").format(id=r.package)
        else:
            what = tr("not set")
        out.append(f"  {p.party}: {what}  ({label(p.basis)})")

    out.append("")
    out.append(tr("Boards ({n} cards)").format(n=len(s.cards)))
    by_party: dict[str, Counter[str]] = defaultdict(Counter)
    for c in s.cards:
        by_party[c.party][label(c.status)] += 1
    for party, counts in by_party.items():
        parts = ", ".join(f"{n} {status}" for status, n in counts.items())
        out.append(f"  {party}: {parts}")

    out.append("")
    out.append(tr("Tariff measures ({n})").format(n=len(s.measures)))
    out.extend(_measure_line(m) for m in s.measures)
    if s.stacking_rules:
        rules = "; ".join(
            tr("{when} excludes {excludes}").format(
                when="/".join(r.when), excludes="/".join(r.excludes)
            )
            for r in s.stacking_rules
        )
        out.append("  " + tr("Stacking rules: {rules}").format(rules=rules))

    f = s.trade_flows
    if len(f):
        out.append("")
        out.append(
            tr("Trade flows ({n} lines, {year}, {unit})").format(
                n=number(len(f)), year=f.year, unit=f.unit
            )
        )
        totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
        for imp, exp, val, mfn in zip(f.importer, f.exporter, f.value, f.mfn_rate, strict=True):
            t = totals[(imp, exp)]
            t[0] += val
            t[1] += val * mfn
        for (imp, exp), (val, duty) in sorted(totals.items()):
            rate = duty / val if val else 0.0
            out.append(
                "  "
                + tr(
                    "{importer} imports from {exporter}: {value}, trade-weighted MFN {rate}"
                ).format(importer=imp, exporter=exp, value=_money(val, f.unit), rate=_pct(rate))
            )

    if s.packages or s.offers:
        out.append("")
        out.append(
            tr("Packages: {packages}    Offers: {offers}").format(
                packages=len(s.packages), offers=len(s.offers)
            )
        )
        for p in s.packages:
            chosen = tr("{n} of {total} issues chosen").format(
                n=len(p.choices), total=len(s.issues)
            )
            out.append(f"  {p.id}: {p.name} ({chosen})")
    return "\n".join(out)
