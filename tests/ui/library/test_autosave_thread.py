"""Autosave writes off the UI thread: what it keeps is recoverable, at most one write is in
flight, the latest state wins, and saving, discarding and closing wait for a write in flight."""

from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import QSettings

from negotiator_gui.core import edits
from negotiator_gui.io.scenario_file import parse_scenario_text
from negotiator_gui.ui.shell.main_window import MainWindow


def _title(window: MainWindow, title: str) -> None:
    window.document.push(edits.set_scenario_field(window.document.scenario, "title", title))


def _kept(settings: QSettings) -> list[str]:
    """Titles of the scenarios in the recovery table, read as another process would."""
    with sqlite3.connect(settings.value("library/path")) as conn:
        rows = conn.execute("SELECT document FROM recovery").fetchall()
    return [parse_scenario_text(text, "recovery").scenario.title for (text,) in rows]


class Gate:
    """Holds autosave writes on their thread until opened; records who wrote what."""

    def __init__(self, library) -> None:
        self.real = library.save_recovery
        self.open = threading.Event()
        self.threads: list[int] = []
        self.titles: list[str] = []
        self.entered = threading.Event()

    def __call__(self, scenario_id, document, base):
        self.threads.append(threading.get_ident())
        self.titles.append(document.title)
        self.entered.set()
        self.open.wait()
        return self.real(scenario_id, document, base)


def _gate(window, monkeypatch) -> Gate:
    gate = Gate(window.library.library)
    monkeypatch.setattr(window.library.library, "save_recovery", gate)
    return gate


def test_autosave_is_written_off_the_ui_thread_and_recoverable(
    window, settings, qtbot, monkeypatch
):
    _title(window, "Kept by autosave")
    gate = _gate(window, monkeypatch)
    gate.open.set()
    window.library.autosave_now()
    qtbot.waitUntil(lambda: not window.library.autosaving)
    assert gate.threads and gate.threads[0] != threading.get_ident()
    assert _kept(settings) == ["Kept by autosave"]
    assert "recovery" in window.statusBar().currentMessage()


def test_one_write_in_flight_and_the_latest_state_wins(window, settings, qtbot, monkeypatch):
    gate = _gate(window, monkeypatch)
    _title(window, "first")
    window.library.autosave_now()
    assert gate.entered.wait(30)
    _title(window, "second")
    window.library.autosave_now()
    _title(window, "third")
    window.library.autosave_now()  # still in flight: one more write once it ends
    assert gate.titles == ["first"]
    gate.open.set()
    qtbot.waitUntil(lambda: not window.library.autosaving and len(gate.titles) == 2)
    assert gate.titles == ["first", "third"]
    assert _kept(settings) == ["third"]


def test_discard_waits_for_the_write_in_flight(window, settings, monkeypatch):
    gate = _gate(window, monkeypatch)
    _title(window, "about to be discarded")
    window.library.autosave_now()
    assert gate.entered.wait(30)
    threading.Timer(0.05, gate.open.set).start()
    window.library.discard_recovery()  # waits: the write cannot land after the discard
    assert _kept(settings) == []


def test_closing_waits_for_the_write_in_flight(window, settings, monkeypatch):
    gate = _gate(window, monkeypatch)
    _title(window, "written before closing")
    window.library.autosave_now()
    assert gate.entered.wait(30)
    threading.Timer(0.05, gate.open.set).start()
    window.library.close()
    assert not window.library.autosaving
    assert _kept(settings) == ["written before closing"]


def test_the_timer_autosaves_without_a_sync_write(window, settings, qtbot, monkeypatch):
    """The autosave timer starts the threaded write; the scenario is not serialised on the UI
    thread."""
    monkeypatch.setattr(window.library.autosave, "interval", lambda: 10)
    window.library.autosave.setInterval(10)
    gate = _gate(window, monkeypatch)
    gate.open.set()
    _title(window, "after a pause")
    qtbot.waitUntil(lambda: bool(gate.titles) and not window.library.autosaving, timeout=5000)
    assert threading.get_ident() not in gate.threads
    assert _kept(settings) == ["after a pause"]


def test_an_unexpected_failure_is_reported_and_autosave_goes_on(
    window, settings, qtbot, monkeypatch
):
    real = window.library.library.save_recovery
    calls: list[str] = []

    def fail_once(scenario_id, document, base):
        calls.append(document.title)
        if len(calls) == 1:
            raise OSError("disk unplugged")
        return real(scenario_id, document, base)

    monkeypatch.setattr(window.library.library, "save_recovery", fail_once)
    _title(window, "first")
    window.library.autosave_now()
    qtbot.waitUntil(lambda: not window.library.autosaving)
    assert "disk unplugged" in window.statusBar().currentMessage()
    _title(window, "second")
    window.library.autosave_now()
    qtbot.waitUntil(lambda: not window.library.autosaving)
    assert calls == ["first", "second"]
    assert _kept(settings) == ["second"]
