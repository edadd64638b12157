"""The quick scan for bad text that ``validate`` runs before the path-building walk: whatever
text the walk would report, the scan must notice, or validate would miss it. Bad text is text
the file reader refuses (too long, an unpaired surrogate: errors) and text holding a character
no workbook or PDF can hold (a control character, U+FFFE, U+FFFF: a warning, since exports
replace it)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negotiator_gui.core.problems import Problems
from negotiator_gui.core.validation import (
    MAX_TEXT,
    _check_texts,
    texts_suspect,
    validate,
)
from scenario_strategies import scenarios

REFUSED = ["bad \ud800 text", "\udc00", "x" * (MAX_TEXT + 1)]
BAD = st.sampled_from([*REFUSED, "bell \x07 text", "\x00", "\ufffe", "tab\tok \x1f"])

#: ``repr`` writes an unprintable character as an escape: a text holding one that exports
#: replace (a C0 control character other than tab, LF and CR, or U+FFFE/U+FFFF) shows as one of
#: these in the scenario's ``repr`` (an escaped backslash before it does not count).
_UNSAFE_IN_REPR = re.compile(r"(?<!\\)(?:\\\\)*\\(?:x(?:0[0-8bcef]|1[0-9a-f])|ufff[ef])")


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


def _walk(s, errors_only: bool = False) -> list[tuple[str, str]]:
    pr = Problems(cap=10_000)
    _check_texts(s, "$", pr)
    return [(p.path, p.message) for p in (pr.errors if errors_only else pr.items)]


@pytest.mark.slow
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_the_scan_notices_every_bad_text_the_walk_reports(s, data):
    assert not _walk(s, errors_only=True)  # generated texts can be saved
    assert texts_suspect(s) == bool(_walk(s))  # (they may hold control characters)
    places = _places(s)
    for k in data.draw(st.lists(st.integers(0, len(places) - 1), min_size=1, max_size=3)):
        places[k](data.draw(BAD))
    walked = _walk(s)
    assert walked
    assert texts_suspect(s)
    reported = {(p.path, p.message) for p in validate(s, Problems(cap=10_000)).items}
    assert set(walked) <= reported


@pytest.mark.slow
@given(scenarios())
def test_a_clean_scenario_has_no_text_problems(s):
    """Generated scenarios hold control characters in some texts: those, and only those, are
    suspect (told from the scenario's ``repr``, independently of the scan)."""
    assert texts_suspect(s) == bool(_UNSAFE_IN_REPR.search(repr(s)))
    assert not [p for p in validate(s).errors if "text" in p.message]


# -- an edit scans only the values it brings in (edits.checked) ------------------------------


def _default():
    from negotiator_gui.app.document import Document

    return Document.default().scenario


@given(st.sampled_from(REFUSED))
def test_an_edit_bringing_in_a_bad_text_is_refused(bad):
    import copy

    import pytest

    from negotiator_gui.core import edits
    from negotiator_gui.core.commands import CommandError

    s = _default()
    before = copy.deepcopy(s)
    issue = copy.deepcopy(s.issues[0])
    issue.id = "new_issue"
    issue.options[-1].label = bad  # deep inside the inserted item
    attempts = [
        lambda: edits.set_scenario_field(s, "title", bad),
        lambda: edits.set_option_field(s, s.issues[0].id, s.issues[0].options[0].id, "label", bad),
        lambda: edits.add_issue(s, issue),
    ]
    for attempt in attempts:
        with pytest.raises(CommandError):
            attempt()
    assert s == before  # refused edits leave the scenario as it was


def test_a_bad_text_already_there_does_not_block_other_edits():
    """Only a NEW problem refuses an edit: a bad text that came in another way (an old file
    opened with the check off, a plug-in) is reported by validate, not blamed on the edit."""
    from negotiator_gui.core import edits

    s = _default()
    s.parties[0].notes = "bad \ud800 text"
    assert texts_suspect(s)
    edits.rebalance_weight(s, "JP", "autos", 30.0)  # not refused
    edits.set_field(s, "measure", "s232_autos", "rate", 0.2)


def test_every_command_names_what_it_brings_in():
    """``introduced`` of the commands edits builds is known (None would mean a scan of the
    whole scenario on every edit) and holds the new values."""
    from negotiator_gui.core import edits

    s = _default()
    cmd = edits.set_scenario_field(s, "title", "Nouveau titre")
    assert cmd.introduced() == ["Nouveau titre"]
    cmd = edits.rebalance_weight(s, "JP", "autos", 30.0)
    assert cmd.introduced() is not None
    assert edits.move_issue(s, s.issues[0].id, 1).introduced() == []
