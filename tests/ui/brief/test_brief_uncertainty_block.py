"""The printed brief carries the sentence under uncertainty beside the ZOPA verdict, and only
when the scenario has ranges of some width."""

from __future__ import annotations

from factories import small_scenario
from negotiator_gui.core.beliefs import ranges as ranges_mod
from negotiator_gui.core.brief import build_brief
from negotiator_gui.ui.brief import pdf

PACKAGE = {"autos": "cut-half", "reciprocal": "set-10", "rice": "standards"}


def _paragraphs(b) -> list[str]:
    return [x.text for x in pdf.standing_blocks(b) if isinstance(x, pdf.Paragraph)]


def test_sentence_in_the_standing_blocks_only_with_ranges(qapp, monkeypatch):
    s = small_scenario()
    plain = build_brief(s, PACKAGE)
    assert not any("samples" in t for t in _paragraphs(plain))
    spec = {"US": {"weights": {"rice": (5, 40)}, "reservation": (35, 60)}}
    monkeypatch.setattr(
        ranges_mod,
        "scenario_ranges",
        lambda scenario, space: ranges_mod.ranges_from_mapping(space, spec, scenario),
    )
    ranged = build_brief(s, PACKAGE)
    assert ranged.uncertainty and ranged.uncertainty in _paragraphs(ranged)
