"""``sector_bands`` keys rows by chapter number from the memoised groups; its bands must equal
Monte-Carlo bands keyed by the chapter codes themselves (the plain way), for every field and
for an importer that has only part of the table."""

from __future__ import annotations

import numpy as np
import pytest

from negotiator_gui.app.document import Document
from negotiator_gui.core import chart_series as cs
from negotiator_gui.core.trade import TradeModel, hs_chapter, monte_carlo


def _plain_bands(points: cs.SectorImpact, rates: np.ndarray, draws: int, common) -> np.ndarray:
    basis = points.basis
    prep = basis.prepared
    keys = np.where(
        prep.lines.importer == prep.lines.party_index(basis.importer),
        hs_chapter(prep.lines.product),
        "~~",
    )
    name = "change" if points.field == "change" else "revenue1"
    mc = monte_carlo(
        prep.market,
        prep.base,
        rates,
        prep.elasticities,
        draws,
        model=points.model,
        keys=keys,
        measures=(name,),
        common=common,
    )
    out = []
    for sector in points.sectors:
        before = float((prep.base * prep.market.value)[keys == sector].sum())
        shift = before if points.field == "revenue_change" else 0.0
        b = mc.by_key[sector][name]
        out.append((b.p5 - shift, b.p95 - shift))
    return np.array(out, float).reshape(len(points.sectors), 2)


@pytest.mark.parametrize("field", ["change", "revenue_change"])
@pytest.mark.parametrize("importer", ["US", "JP"])
@pytest.mark.parametrize("model", [TradeModel.LINEAR, TradeModel.EXACT])
def test_bands_equal_bands_keyed_by_chapter_codes(field, importer, model):
    s = Document.default().scenario
    choices = {i.id: i.options[-1].id for i in s.issues}
    points = cs.sector_points(s, choices, importer, field, model)
    assert points.sectors, "the default scenario has trade for both importers"
    got = cs.sector_bands(points, draws=40)
    b = points.basis
    np.testing.assert_allclose(got.sq_band, _plain_bands(points, b.sq_rates, 40, b.sq_common))
    np.testing.assert_allclose(got.pkg_band, _plain_bands(points, b.pkg_rates, 40, b.pkg_common))
