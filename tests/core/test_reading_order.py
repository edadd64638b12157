"""The order a printed options matrix lists packages in: the recommended (the bargaining
solutions) first, then the rest of the ZOPA, then the others; each group by the lead's utility."""

from __future__ import annotations

from negotiator_gui.core.options_matrix import PackageRow, reading_order


def row(label: str, kinds: tuple[str, ...], us: float, them: float, zopa: bool) -> PackageRow:
    return PackageRow(label, label, kinds, {}, {"US": us, "THEM": them}, zopa, False)


def test_recommended_then_zopa_then_the_rest():
    rows = [
        row("best for us", ("frontier",), 95, 10, False),
        row("their offer", ("offer",), 30, 80, False),
        row("in zopa low", ("frontier",), 55, 60, True),
        row("nash", ("nash", "frontier"), 60, 58, True),
        row("in zopa high", ("package",), 65, 52, True),
        row("utilitarian", ("utilitarian",), 70, 50, True),
        row("status quo", ("batna",), 40, 40, False),
    ]
    got = [r.label for r in reading_order(rows, "US")]
    assert got == [
        "utilitarian",  # recommended, 70 before 60
        "nash",
        "in zopa high",  # the ZOPA, 65 before 55
        "in zopa low",
        "best for us",  # the rest, 95, 40, 30
        "status quo",
        "their offer",
    ]


def test_ties_go_by_the_other_party_and_without_a_lead_keep_their_order():
    rows = [
        row("a", ("frontier",), 50, 40, True),
        row("b", ("frontier",), 50, 45, True),
        row("c", ("kalai_smorodinsky",), 10, 10, False),
    ]
    assert [r.label for r in reading_order(rows, "US")] == ["c", "b", "a"]
    assert [r.label for r in reading_order(rows)] == ["c", "a", "b"]
    assert reading_order([], "US") == []
