"""The brief is built off the UI thread (its uncertainty sentence samples the ranges: up to a
second), so the window stays responsive; cancelling the build writes nothing."""

from __future__ import annotations

import threading

import pytest

from negotiator_gui.core import brief as core_brief


@pytest.fixture
def held_build(monkeypatch):
    """``build_brief`` made to wait for ``release`` and to record the thread it ran on."""
    release = threading.Event()
    ran_on: list[threading.Thread] = []
    real = core_brief.build_brief

    def build(*args, **kwargs):
        ran_on.append(threading.current_thread())
        assert release.wait(30), "the test never released the build"
        return real(*args, **kwargs)

    monkeypatch.setattr(core_brief, "build_brief", build)
    return release, ran_on


def test_the_build_runs_while_the_window_goes_on(qtbot, window, monkeypatch, tmp_path, held_build):
    release, ran_on = held_build
    pdf = tmp_path / "brief.pdf"
    part = window.part("brief-export")
    monkeypatch.setattr(part, "ask_path", lambda suggested: str(pdf))
    task = part.export()
    assert task is not None
    qtbot.waitUntil(lambda: bool(ran_on))  # the build has started…
    assert task.running and not pdf.exists()  # …and export() returned while it waits
    assert ran_on[0] is not threading.main_thread()
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    assert task.state == "done" and part.written == pdf
    assert pdf.read_bytes().startswith(b"%PDF")


def test_cancelling_the_build_writes_nothing(qtbot, window, monkeypatch, tmp_path, held_build):
    release, ran_on = held_build
    out = tmp_path / "out"  # tmp_path holds the test's library too
    out.mkdir()
    pdf = out / "brief.pdf"
    part = window.part("brief-export")
    monkeypatch.setattr(part, "ask_path", lambda suggested: str(pdf))
    task = part.export()
    qtbot.waitUntil(lambda: bool(ran_on))
    task.cancel()  # what the progress dialog's Cancel does
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    assert task.state == "cancelled" and part.written is None
    assert list(out.iterdir()) == []  # no brief, no temporary file
    assert "Cancelled" in window.statusBar().currentMessage()


def test_edits_after_export_do_not_reach_the_brief(
    qtbot, window, monkeypatch, tmp_path, held_build
):
    """The brief shows the revision exported, even if the user edits while it is built."""
    release, ran_on = held_build
    s = window.document.scenario
    title = s.title
    part = window.part("brief-export")
    monkeypatch.setattr(part, "ask_path", lambda suggested: str(tmp_path / "brief.pdf"))
    built = []
    monkeypatch.setattr(part, "write", lambda path, brief: built.append(brief))
    task = part.export()
    qtbot.waitUntil(lambda: bool(ran_on))
    from negotiator_gui.core import edits

    window.document.push(edits.set_scenario_field(s, "title", title + " (edited)"))
    assert window.document.scenario.title == title + " (edited)"
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    assert len(built) == 1 and built[0].title == title
