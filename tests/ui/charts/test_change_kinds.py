"""The tariff charts' change kinds agree with the scenario parts their cache key leaves out."""

from __future__ import annotations

from negotiator_gui.app.document import PART_OF_KIND
from negotiator_gui.core.commands import ChangeKind
from negotiator_gui.ui.charts import impact


def test_the_charts_never_leave_out_of_their_key_a_part_they_follow():
    """A part left out of the key but followed would show a stale chart after its edit; a part
    kept in the key but not followed would recompute for nothing."""
    assert all(isinstance(k, ChangeKind) for k in impact.RELEVANT)
    for kind, part in PART_OF_KIND.items():
        assert (part in impact.NOT_TARIFFS) == (kind not in impact.RELEVANT), (kind, part)
