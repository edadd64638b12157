"""The collector pause: back on after the block, also when it raises; left alone when off."""

from __future__ import annotations

import gc

import pytest

from negotiator_gui.io import collector


@pytest.fixture(autouse=True)
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    gc.enable() if was else gc.disable()


def test_off_in_the_block_and_on_after_it():
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_when_the_block_raises():
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("the block failed")
    assert gc.isenabled()


def test_left_off_when_it_was_off():
    gc.disable()
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # not switched on by a block that did not switch it off


def test_a_workbook_export_leaves_it_on(tmp_path):
    from factories import small_scenario
    from negotiator_gui.io.excel import write_workbook

    seen = []
    real = collector.paused

    def spy():
        seen.append(gc.isenabled())
        return real()

    collector.paused = spy
    try:
        write_workbook(tmp_path / "out.xlsx", small_scenario())
    finally:
        collector.paused = real
    assert seen == [True]  # the build was paused once
    assert gc.isenabled()
