"""The brief's sentence under uncertainty: only with ranges of some width; the acceptance it
states equals a brute-force count over the same samples; the weights it names are ones where
the Nash package really changes within the range (checked by rebuilding the space)."""

from __future__ import annotations

import copy

from beliefs_brute import brute_acceptance
from factories import small_scenario
from negotiator_gui.core import bargaining as bg
from negotiator_gui.core.beliefs import ranges as ranges_mod
from negotiator_gui.core.brief import build_brief

SPEC = {"US": {"weights": {"autos": (30, 70), "rice": (5, 40)}, "reservation": (35, 60)}}


def _with(monkeypatch, spec) -> None:
    monkeypatch.setattr(
        ranges_mod,
        "scenario_ranges",
        lambda scenario, space: ranges_mod.ranges_from_mapping(space, spec, scenario),
    )


def _nash(s) -> dict[str, str]:
    space = bg.build_space(s, ["JP", "US"])
    front = bg.frontier(space)
    return space.choices(front.packages(bg.solutions(front)["nash"].points[0], 1)[0])


def test_sentence_states_acceptance_and_hinges(monkeypatch):
    _with(monkeypatch, SPEC)
    s = small_scenario()
    package = _nash(s)
    b = build_brief(s, package)
    share = brute_acceptance(s, SPEC, 1000, 2025, package)[1]
    assert f"United States accepts this package in {share * 100:.0f} % of 1,000 samples" in (
        b.uncertainty
    )
    assert "(seed 2025)" in b.uncertainty
    # each weight named: moving it to an end of its range changes the Nash package
    named = [i for i in ("autos", "rice") if s.issue(i).title in b.uncertainty]
    assert named
    for issue in named:
        lo, hi = SPEC["US"]["weights"][issue]
        changed = False
        for w in (lo, hi):
            t = copy.deepcopy(s)
            t.preferences_of("US").issues[issue].weight = w
            changed |= _nash(t) != package
        assert changed, issue


def test_no_sentence_without_ranges_or_with_zero_width(monkeypatch):
    s = small_scenario()
    package = _nash(s)
    plain = build_brief(s, package)
    assert plain.uncertainty == ""
    _with(monkeypatch, {"US": {"weights": {"autos": (50, 50)}, "reservation": (45, 45)}})
    zero = build_brief(s, package, today=plain.prepared)
    assert zero == plain


def test_no_sentence_for_an_incomplete_package(monkeypatch):
    _with(monkeypatch, SPEC)
    s = small_scenario()
    assert build_brief(s, {"autos": "keep"}).uncertainty == ""
    assert build_brief(s, _nash(s)).uncertainty != ""
