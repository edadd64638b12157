"""Labels a reader sees are made from the data: a measure's rate from its ``rate`` (also in the
name of the edit that changed it), one money unit per table and never "−0.0", chapter names
instead of codes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.app.document import Document
from negotiator_gui.core import edits
from negotiator_gui.core.labels import (
    chapter_names,
    measure_label,
    money_scale,
    title_without_rate,
)
from negotiator_gui.core.model import Measure, Scope


@pytest.fixture
def document() -> Document:
    return Document.default()


def test_a_rate_edit_changes_the_label_and_the_undo_text_says_only_the_new_rate(document):
    s = document.scenario
    autos = s.measure("s232_autos")
    assert autos.rate == 0.25 and measure_label(autos) == "Section 232 automobiles (25 %)"
    command = edits.set_field(s, "measure", "s232_autos", "rate", 0.5)
    assert command.name == "Set rate of Section 232 automobiles to 50 %"
    document.push(command)
    assert measure_label(autos) == "Section 232 automobiles (50 %)"
    assert document.stack.undo_name() == "Set rate of Section 232 automobiles to 50 %"
    assert "25" not in measure_label(autos) and "25" not in document.stack.undo_name()
    document.stack.undo()
    assert measure_label(autos) == "Section 232 automobiles (25 %)"
    # another field of the measure: its name carries no rate at all
    other = edits.set_field(s, "measure", "s232_autos", "end", None)
    assert "%" not in other.name


def _measure(title: str, rate: float, mode: str = "additive") -> Measure:
    return Measure("m", title, "section_232", "US", ["JP"], rate, Scope(["87"]), mode=mode)


def test_all_in_measures_say_so_and_a_title_that_repeats_the_rate_is_not_doubled():
    assert measure_label(_measure("Japan deal floor", 0.15, "all_in")) == (
        "Japan deal floor (15 % all-in)"
    )
    # a title still written with its own rate (typed by hand) says it once, from the data
    assert measure_label(_measure("Autos (25%)", 0.25)) == "Autos (25 %)"
    # a bracketed rate that is not the measure's says something else: kept
    assert title_without_rate("Rice (5%)", 0.25) == "Rice (5%)"


@settings(max_examples=60, deadline=None)
@given(
    stem=st.text(alphabet="abcdefgh XYZ", min_size=1, max_size=20).filter(lambda t: t.strip()),
    pct=st.integers(min_value=0, max_value=400),
    new_pct=st.integers(min_value=0, max_value=400),
)
def test_the_label_shows_the_current_rate_whatever_the_title_held(stem, pct, new_pct):
    m = _measure(f"{stem.strip()} ({pct}%)", pct / 100)
    m.rate = new_pct / 100  # the rate changed after the title was written
    label = measure_label(m)
    assert label.endswith(f"({new_pct} %)")
    if new_pct == pct:  # the title's own rate is not repeated
        assert label.count(f"{pct}%") == 0 and label.count(f"{pct} %") == 1


#: A figure of a money text: sign, digits, unit suffix ("−US$ 14.0 bn", "+US$ 0.3 bn").
_FIGURE = re.compile(r"^([+−]?)US\$ ([0-9,]+(?:\.[0-9])?) (bn|m)$")


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.floats(min_value=-5e11, max_value=5e11, allow_nan=False, allow_infinity=False),
        min_size=1,
        max_size=6,
    )
)
def test_one_money_unit_per_table_and_no_negative_zero(values):
    scale = money_scale(values, "US$")
    texts = [scale.text(v, signed=True) for v in values]
    suffixes = set()
    for v, text in zip(values, texts, strict=True):
        hit = _FIGURE.match(text)
        assert hit, text
        sign, digits, suffix = hit.groups()
        suffixes.add(suffix)
        shown = float(digits.replace(",", "")) * (1e9 if suffix == "bn" else 1e6)
        assert abs(shown - abs(v)) <= (0.05e9 if suffix == "bn" else 0.5e6) + 1e-6 * abs(v)
        if float(digits.replace(",", "")) == 0:
            assert sign == "", text  # never "−0.0" (nor "+0.0")
        else:
            assert sign == ("−" if v < 0 else "+"), text
    assert len(suffixes) == 1, texts
    # billions as soon as one figure would read 1,000 m or more
    big = max(abs(v) for v in values)
    assert suffixes == ({"bn"} if big >= 0.95e9 else {"m"})


def test_a_million_figure_beside_billions_is_not_written_as_zero_millions():
    scale = money_scale([-14.0e9, 320e6, 20e6, -0.0], "US$")
    assert [scale.text(v, True) for v in (-14.0e9, 320e6, 20e6, -0.0)] == [
        "−US$ 14.0 bn",
        "+US$ 0.3 bn",
        "US$ 0.0 bn",  # 20 m rounds to nothing in billions: no sign
        "US$ 0.0 bn",
    ]


def test_chapter_names_never_show_a_bare_code():
    names = chapter_names(["87", "00", "8703", "01", "total"])
    assert names == [
        "87 Vehicles and parts",
        "All other goods (not split by product)",
        "8703 Passenger cars",
        "01 Live animals",
        "total",
    ]


def test_the_coverage_note_follows_a_flow_table_edited_in_place(document):
    from negotiator_gui.core.impact import coverage_note, coverage_text

    s = document.scenario
    before = coverage_note(s, "JP", "US")
    assert before == coverage_text(s, "JP", "US") and before[1] is None
    document.push(edits.remove_flow(s, ("JP", "US", "00")))  # the same table object, edited
    after = coverage_note(s, "JP", "US")
    assert after == coverage_text(s, "JP", "US") and after != before
    assert after[1] is not None and "overstated" in after[1]
