"""The quick scan for bad text that ``validate`` runs before the path-building walk: whatever
text the walk would report, the scan must notice, or validate would miss it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negotiator_gui.core.problems import Problems
from negotiator_gui.core.validation import (
    MAX_TEXT,
    _check_texts,
    _texts_suspect,
    validate,
)
from scenario_strategies import scenarios

BAD = st.sampled_from(["bad \ud800 text", "\udc00", "x" * (MAX_TEXT + 1)])


def _places(s):
    """Setters for text fields at several depths of the scenario."""
    places = [lambda v: setattr(s, "title", v)]
    for p in s.parties:
        places.append(lambda v, p=p: setattr(p, "notes", v))
    for i in s.issues:
        places.append(lambda v, i=i: setattr(i, "title", v))
        places.append(lambda v, i=i: i.tags.append(v))
        for o in i.options:
            places.append(lambda v, o=o: setattr(o, "label", v))
    for pkg in s.packages:
        places.append(lambda v, pkg=pkg: setattr(pkg, "note", v))
    places.append(lambda v: setattr(s.trade_flows, "source", v))
    return places


def _walk(s) -> list[tuple[str, str]]:
    pr = Problems()
    _check_texts(s, "$", pr)
    return [(p.path, p.message) for p in pr.errors]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_the_scan_notices_every_bad_text_the_walk_reports(s, data):
    assert not _walk(s) and not _texts_suspect(s)  # generated texts are fine
    places = _places(s)
    for k in data.draw(st.lists(st.integers(0, len(places) - 1), min_size=1, max_size=3)):
        places[k](data.draw(BAD))
    walked = _walk(s)
    assert walked
    assert _texts_suspect(s)
    reported = {(p.path, p.message) for p in validate(s).errors}
    assert set(walked) <= reported


@given(scenarios())
def test_a_clean_scenario_has_no_text_problems(s):
    assert not _texts_suspect(s)
    assert not [p for p in validate(s).errors if "text" in p.message]
