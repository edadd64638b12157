"""The status bar's package count for spaces too large for a float."""

from __future__ import annotations

from negotiator_gui.ui.packages.zopa_status import big_count


def test_small_counts_are_grouped_digits() -> None:
    assert big_count(1_244_160).replace("\u202f", ",").replace(" ", ",") in {"1,244,160"}


def test_huge_counts_are_a_power_of_ten() -> None:
    n = 3**650  # about 10^310: float(n) overflows
    text = big_count(n)
    assert "10^310" in text
    assert text.startswith("about ")
