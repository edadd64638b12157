"""GENIUS import keeps the source's precision: the imported scenario has the same ZOPA as the
GENIUS domain itself.

A generated domain (discrete issues, evaluations with six decimals, a reservation value a few
millionths from some package's utility, weights in ten-thousandths adding up to 1, so that the
weights' rounding to hundredths of a point is exact) is imported through the command; the ZOPA
is then counted twice: by brute force on the GENIUS utilities computed exactly (fractions, from
the decimal text in the XML), and by the analysis on the written scenario file. Rounding scores
or reservation values to hundredths, as the import once did, makes the two differ on many such
domains (the reservation value sits next to a package, where rounding moves it across).
"""

from __future__ import annotations

import itertools
import json
import tempfile
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from negotiator_gui.cli import main
from negotiator_gui.core.bargaining import build_space, zopa_size
from negotiator_gui.io.scenario_file import read_scenario

#: Packages whose GENIUS utility lies closer than this to a reservation value are left out of
#: the comparison's domains (the import's floats and the analysis's fixed point may round a tie
#: either way); far below the hundredth of a point that rounding used to cost.
TIE = Fraction(1, 10**8)


def _decimal(draw, places: int) -> str:
    return f"{draw(st.integers(0, 10**places)) / 10**places:.{places}f}"


@st.composite
def domains(draw):
    """(issues: [[value names]], profiles: [(weights as 1/10000 counts, evaluations as
    decimal text per issue, reservation as decimal text)])."""
    n_issues = draw(st.integers(2, 4))
    sizes = [draw(st.integers(2, 4)) for _ in range(n_issues)]
    issues = [[f"v{k}" for k in range(m)] for m in sizes]
    profiles = []
    for _ in range(2):
        cuts = sorted(
            draw(st.lists(st.integers(1, 9_999), min_size=n_issues - 1, max_size=n_issues - 1))
        )
        weights = [b - a for a, b in zip([0, *cuts], [*cuts, 10_000], strict=True)]
        evaluations = [[_decimal(draw, 6) for _ in range(m)] for m in sizes]
        for ev in evaluations:  # GENIUS needs a best evaluation above 0 to scale by
            ev[draw(st.integers(0, len(ev) - 1))] = "1"
        # the reservation value just above or below some package's utility (by 2–40 millionths):
        # where rounding to hundredths of a point (ten-thousandths here) moves packages across
        package = [draw(st.integers(0, m - 1)) for m in sizes]
        near = _utility(weights, evaluations, package)
        offset = Fraction(draw(st.integers(2, 40)) * draw(st.sampled_from([-1, 1])), 10**6)
        reservation = min(Fraction(1), max(Fraction(0), near + offset))
        profiles.append((weights, evaluations, f"{float(reservation):.9f}"))
    return issues, profiles


def _utility(weights, evaluations, package) -> Fraction:
    """GENIUS's additive utility, exactly: Σ weight × evaluation ÷ the issue's best."""
    return sum(
        (
            Fraction(w, 10_000) * Fraction(evs[o]) / max(Fraction(e) for e in evs)
            for w, evs, o in zip(weights, evaluations, package, strict=True)
        ),
        Fraction(0),
    )


def _write(folder: Path, issues, profiles) -> list[Path]:
    domain = ['<negotiation_template><utility_space><objective index="0" name="D">']
    for i, values in enumerate(issues, 1):
        domain.append(f'<issue index="{i}" name="I{i}" type="discrete">')
        domain += [f'<item index="{k}" value="{v}"/>' for k, v in enumerate(values, 1)]
        domain.append("</issue>")
    domain.append("</objective></utility_space></negotiation_template>")
    paths = [folder / "domain.xml"]
    paths[0].write_text("".join(domain), encoding="utf-8")
    for p, (weights, evaluations, reservation) in enumerate(profiles):
        xml = ['<utility_space><objective index="0" name="D">']
        for i, (values, evs) in enumerate(zip(issues, evaluations, strict=True), 1):
            xml.append(f'<issue index="{i}" name="I{i}" type="discrete">')
            xml += [
                f'<item index="{k}" value="{v}" evaluation="{e}"/>'
                for k, (v, e) in enumerate(zip(values, evs, strict=True), 1)
            ]
            xml.append("</issue>")
        xml += [f'<weight index="{i}" value="{w / 10_000}"/>' for i, w in enumerate(weights, 1)]
        xml.append(f'</objective><reservation value="{reservation}"/></utility_space>')
        paths.append(folder / f"profile{p}.xml")
        paths[-1].write_text("".join(xml), encoding="utf-8")
    return paths


def _genius_zopa(issues, profiles) -> tuple[int, Fraction]:
    """The ZOPA by brute force on GENIUS's additive utilities, exactly: Σ w·e/max(e) ≥ r for
    both profiles; and the closest any package comes to a reservation value."""
    count, closest = 0, Fraction(1)
    for package in itertools.product(*[range(len(v)) for v in issues]):
        inside = True
        for weights, evaluations, reservation in profiles:
            u = _utility(weights, evaluations, package)
            closest = min(closest, abs(u - Fraction(reservation)))
            inside &= u >= Fraction(reservation)
        count += inside
    return count, closest


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(domains())
def test_imported_zopa_equals_the_genius_zopa(domain):
    issues, profiles = domain
    expected, closest = _genius_zopa(issues, profiles)
    assume(closest > TIE)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = [str(p) for p in _write(folder, issues, profiles)]
        out = folder / "imported.scenario.json"
        assert main(["import-genius", *files, "-o", str(out), "--as-of", "2025-01-01"]) == 0
        scenario = read_scenario(out).scenario
        z = zopa_size(build_space(scenario))
        assert z.exact and z.packages == expected
        # the command's own analysis says the same
        assert main(["analyze", str(out), "--json"]) == 0


def test_scores_and_reservation_keep_six_decimals(tmp_path: Path, capsys):
    """By hand: evaluations 0.123457 and 1 score 12.3457 and 100; reservation 0.654321 is
    65.4321 (not 12.35 and 65.43); weights 0.3333 and 0.6667 are 33.33 and 66.67 points."""
    files = _write(
        tmp_path,
        [["a", "b"], ["c", "d"]],
        [([3333, 6667], [["0.123457", "1"], ["1", "0.5"]], "0.654321")] * 2,
    )
    out = tmp_path / "s.scenario.json"
    assert main(["import-genius", *map(str, files), "-o", str(out)]) == 0
    capsys.readouterr()
    doc = json.loads(out.read_text(encoding="utf-8"))
    prefs = doc["preferences"][0]
    assert prefs["reservation"]["value"] == 65.4321
    assert prefs["issues"]["I1"] == {
        "weight": 33.33,
        "scores": {"a": 12.3457, "b": 100},
        "rationale": prefs["issues"]["I1"]["rationale"],
    }
    assert prefs["issues"]["I2"]["weight"] == 66.67
    assert prefs["issues"]["I2"]["scores"] == {"c": 100, "d": 50}
