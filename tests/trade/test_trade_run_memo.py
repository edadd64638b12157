"""The memo of single-field runs (``Prepared.run_field``): a hit only when everything the run
depends on is the same, never a stale answer after an edit, in place or not."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.app.document import Document
from negotiator_gui.core import chart_series as cs
from negotiator_gui.core import impact
from negotiator_gui.core.impact import Prepared
from negotiator_gui.core.package_effects import package_tariffs
from negotiator_gui.core.tariffs import compute_rates
from negotiator_gui.core.trade import TradeModel, simulate_field

PACKAGE = {"autos": "allin_15", "reciprocal": "allin_15"}


@pytest.fixture(autouse=True)
def _empty_memo():
    impact._field_runs.clear()
    yield
    impact._field_runs.clear()


def fresh(prep: Prepared, measures, field: str = "change"):
    """The run computed directly, with nothing remembered."""
    r = compute_rates(prep.lines, measures, prep.scenario.stacking_rules, prep.day)
    return r.total, simulate_field(
        prep.market,
        prep.base,
        r.total,
        prep.elasticities,
        field,
        prep.model,
        common=prep.common(measures),
    )


def check(prep: Prepared, measures, field: str = "change"):
    got = prep.run_field(measures, field)
    want = fresh(prep, measures, field)
    np.testing.assert_array_equal(got[0], want[0])
    np.testing.assert_array_equal(got[1], want[1])
    return got


def test_a_package_equal_to_the_status_quo_costs_no_run() -> None:
    s = Document.default().scenario
    prep = Prepared.of(s)
    sq = check(prep, s.measures)
    same = package_tariffs(s, {i.id: i.options[0].id for i in s.issues}).measures
    assert same == s.measures  # the first options are the status quo
    assert prep.run_field(same, "change")[1] is sq[1]  # remembered, not recomputed
    with pytest.raises(ValueError):
        sq[1][0] = 0.0  # shared answers are read-only


def test_in_place_edits_are_never_answered_from_the_memo() -> None:
    s = Document.default().scenario
    prep = Prepared.of(s)
    before = check(prep, s.measures)
    autos = next(m for m in s.measures if m.id == "s232_autos")
    autos.rate = 0.4  # the same list, the same measure object, another rate
    after = check(prep, s.measures)
    assert not np.array_equal(before[1], after[1])
    autos.scope.exclude.append("870321")  # a nested list changed in place
    check(prep, s.measures)
    s.stacking_rules.pop()  # the rules are part of the key too
    check(prep, s.measures)
    s.stacking_rules[0].excludes.clear()
    check(prep, s.measures)


def test_day_model_field_and_prepared_objects_are_part_of_the_key() -> None:
    s = Document.default().scenario
    prep = Prepared.of(s)
    first = check(prep, s.measures)
    for other in (
        replace(prep, day=dt.date(2025, 1, 1)),
        replace(prep, model=TradeModel.EXACT),
        Prepared.of(s),  # the same content, other objects: not assumed equal
        replace(prep, base=prep.base * 0.5),
    ):
        got = check(other, s.measures)
        assert got[1] is not first[1]
    for field in ("welfare", "revenue_change"):
        assert check(prep, s.measures, field)[1] is not first[1]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([0.1, 0.25, 0.4]),
            st.sampled_from([None, "allin_15", "zero"]),
            st.sampled_from(list(cs.IMPACT_FIELDS)),
            st.booleans(),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_sector_points_follow_any_sequence_of_edits(steps) -> None:
    """Edits in place and toggles back and forth, with the memo warm: every answer equals the
    one computed with an empty memo."""
    s = Document.default().scenario
    prepared = Prepared.of(s)
    autos = next(m for m in s.measures if m.id == "s232_autos")
    for rate, option, field, exact in steps:
        autos.rate = rate
        choices = {"autos": option} if option else None
        model = TradeModel.EXACT if exact else TradeModel.LINEAR
        got = cs.sector_points(s, choices, "US", field, model, prepared=prepared)
        impact._field_runs.clear()
        want = cs.sector_points(s, choices, "US", field, model, prepared=prepared)
        assert got.sectors == want.sectors
        assert got.status_quo.tolist() == want.status_quo.tolist()
        assert (got.package is None) == (want.package is None)
        if got.package is not None:
            assert got.package.tolist() == want.package.tolist()


def test_threads_share_the_memo_safely() -> None:
    s = Document.default().scenario
    prep = Prepared.of(s)
    sets = [package_tariffs(s, {"autos": o.id}).measures for o in s.issues[0].options]
    wants = [fresh(prep, ms) for ms in sets]
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for j in range(20):
                i = (k + j) % len(sets)
                got = prep.run_field(sets[i], "change")
                np.testing.assert_array_equal(got[1], wants[i][1])
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
