"""The engine's way back from sorted order to row order (``Lines.inv_perm``, a gather instead
of a scatter) and the independence of the arrays ``compute_rates`` returns."""

from __future__ import annotations

import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from negotiator_gui.core.model import Authority, Measure, TradeFlows
from negotiator_gui.core.tariffs import Lines, compute_rates

PARTIES = ["US", "JP", "EU"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(PARTIES),
            st.sampled_from(PARTIES),
            st.sampled_from(["01", "0101", "8703", "870321", "72"]),
        ),
        max_size=40,
    )
)
def test_inverse_permutation_puts_sorted_rows_back(rows) -> None:
    f = TradeFlows(
        importer=[r[0] for r in rows],
        exporter=[r[1] for r in rows],
        product=[r[2] for r in rows],
        value=[1.0] * len(rows),
        mfn_rate=[0.01 * k for k in range(len(rows))],
    )
    lines = Lines.from_flows(f, PARTIES)
    np.testing.assert_array_equal(lines.perm[lines.inv_perm], np.arange(len(rows)))
    np.testing.assert_array_equal(lines.product[lines.perm][lines.inv_perm], lines.product)
    r = compute_rates(lines, [], [], dt.date(2025, 1, 1))
    np.testing.assert_array_equal(r.total, lines.mfn)  # row order, untouched by no measure


def test_rates_are_fresh_arrays() -> None:
    """With or without an additive layer, the total, the MFN column and the table's own MFN
    rates are three arrays: changing one leaves the others alone."""
    f = TradeFlows(
        importer=["US", "US"],
        exporter=["JP", "EU"],
        product=["8703", "8703"],
        value=[1.0, 2.0],
        mfn_rate=[0.025, 0.025],
    )
    lines = Lines.from_flows(f, PARTIES)
    tariff = Measure("x", "x", Authority.S232, "US", ["JP"], 0.25)
    for measures in ([], [tariff]):
        r = compute_rates(lines, measures, [], dt.date(2025, 1, 1))
        assert not np.shares_memory(r.total, r.mfn)
        assert not np.shares_memory(r.mfn, lines.mfn)
        assert not np.shares_memory(r.total, lines.mfn)
    assert r.total.tolist() == [0.275, 0.025] and r.mfn.tolist() == [0.025, 0.025]
