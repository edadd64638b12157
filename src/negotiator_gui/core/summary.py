"""A readable plain-text summary of a scenario (``negotiator show``) for a terminal or e-mail."""

from __future__ import annotations

from collections import Counter, defaultdict

from negotiator_gui.core.model import Measure, Scenario


def _pct(rate: float) -> str:
    return f"{rate * 100:.4g} %"


def _money(value: float, unit: str) -> str:
    if unit.upper() == "USD":
        if abs(value) >= 1e9:
            return f"US$ {value / 1e9:,.2f} bn"
        return f"US$ {value / 1e6:,.1f} m"
    return f"{value:,.0f} {unit}"


def _measure_line(m: Measure) -> str:
    scope = ", ".join(m.scope.include) if m.scope.include else "all products"
    if m.scope.exclude:
        scope += f" except {', '.join(m.scope.exclude)}"
    when = f"from {m.effective}" if m.effective else "in force"
    if m.end:
        when += f" to {m.end}"
    extra = []
    if m.mode == "all_in":
        extra.append(f"all-in floor incl. {'+'.join(m.all_in_of) or 'nothing'}")
    for sus in m.suspensions:
        paused = "paused" if sus.rate is None else f"at {_pct(sus.rate)}"
        extra.append(f"{paused} {sus.start} to {sus.end or 'further notice'}")
    if m.quota:
        extra.append(f"quota {m.quota.volume:,.0f} {m.quota.unit} at {_pct(m.quota.in_quota_rate)}")
    targets = ", ".join(m.targets)
    tail = f" ({'; '.join(extra)})" if extra else ""
    return (
        f"  {m.id}: {m.title} — {_pct(m.rate)} by {m.imposing} on {targets}, {scope}, {when}{tail}"
    )


def summary(s: Scenario) -> str:
    out: list[str] = []
    out.append(s.title)
    out.append("=" * min(len(s.title), 78))
    out.append(f"Id: {s.id}    As of: {s.as_of}    Perspective: {s.perspective}")
    if s.description:
        out.append("")
        out.append(s.description)

    out.append("")
    out.append(f"Parties ({len(s.parties)})")
    for p in s.parties:
        local = f" / {p.name_local}" if p.name_local else ""
        out.append(f"  {p.id}: {p.name}{local} [{p.role.value}]")
        if p.batna:
            out.append(f"      BATNA: {p.batna}")

    out.append("")
    out.append(f"Issues ({len(s.issues)})")
    prefs = {p.party: p for p in s.preferences}
    for i in s.issues:
        weights = "  ".join(
            f"{party} {prefs[party].issues[i.id].weight:g}"
            for party in prefs
            if i.id in prefs[party].issues
        )
        out.append(f"  {i.title} [{i.id}]  weights: {weights or '—'}")
        for o in i.options:
            scores = "  ".join(
                f"{party} {prefs[party].issues[i.id].scores[o.id]:g}"
                for party in prefs
                if i.id in prefs[party].issues and o.id in prefs[party].issues[i.id].scores
            )
            marks = []
            if o.effects:
                marks.append(f"{len(o.effects)} tariff change(s)")
            if o.commitments:
                marks.append(f"{len(o.commitments)} commitment(s)")
            extra = f" ({', '.join(marks)})" if marks else ""
            out.append(f"    - {o.label}{extra}   scores: {scores or '—'}")

    out.append("")
    out.append("Reservation values (BATNA)")
    for p in s.preferences:
        r = p.reservation
        what = (
            f"{r.value:g}"
            if r.value is not None
            else (f"package {r.package}" if r.package else "not set")
        )
        out.append(f"  {p.party}: {what}  ({p.basis.value})")

    out.append("")
    out.append(f"Boards ({len(s.cards)} cards)")
    by_party: dict[str, Counter[str]] = defaultdict(Counter)
    for c in s.cards:
        by_party[c.party][c.status.value] += 1
    for party, counts in by_party.items():
        parts = ", ".join(f"{n} {status.replace('_', ' ')}" for status, n in counts.items())
        out.append(f"  {party}: {parts}")

    out.append("")
    out.append(f"Tariff measures ({len(s.measures)})")
    out.extend(_measure_line(m) for m in s.measures)
    if s.stacking_rules:
        out.append(
            "  Stacking rules: "
            + "; ".join(
                f"{'/'.join(r.when)} excludes {'/'.join(r.excludes)}" for r in s.stacking_rules
            )
        )

    f = s.trade_flows
    if len(f):
        out.append("")
        out.append(f"Trade flows ({len(f):,} lines, {f.year}, {f.unit})")
        totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
        for imp, exp, val, mfn in zip(f.importer, f.exporter, f.value, f.mfn_rate, strict=True):
            t = totals[(imp, exp)]
            t[0] += val
            t[1] += val * mfn
        for (imp, exp), (val, duty) in sorted(totals.items()):
            rate = duty / val if val else 0.0
            out.append(
                f"  {imp} imports from {exp}: {_money(val, f.unit)}, "
                f"trade-weighted MFN {_pct(rate)}"
            )

    if s.packages or s.offers:
        out.append("")
        out.append(f"Packages: {len(s.packages)}    Offers: {len(s.offers)}")
        for p in s.packages:
            out.append(f"  {p.id}: {p.name} ({len(p.choices)} of {len(s.issues)} issues chosen)")
    return "\n".join(out)
