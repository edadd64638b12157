"""``negotiator --selftest``: every check passes on a working installation, in this process and
in a fresh one; a broken installation fails with a readable line, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from negotiator_gui.cli import main, selftest

CHECKS = (
    "data found",
    "scenario opened (us-japan-2025-04,",
    "Qt started",
    "main window built",
    "bargaining analysis",
    "trade impact model",
    "workbook exported and read back",
    "no network",
)


def _assert_passed(out: str) -> None:
    for check in CHECKS:
        assert f"ok   {check}" in out, out
    assert "FAIL" not in out
    assert "selftest passed" in out
    assert "Traceback" not in out


def test_selftest_in_process(qapp, capsys):
    assert main(["--selftest"]) == 0
    _assert_passed(capsys.readouterr().out)


@pytest.mark.slow
def test_selftest_in_a_fresh_process(tmp_path: Path):
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test chooses offscreen by itself
    env.pop("DISPLAY", None)
    r = subprocess.run(
        [sys.executable, "-m", "negotiator_gui", "--selftest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    _assert_passed(r.stdout)
    assert "platform offscreen" in r.stdout
    # the user's own data folder was left alone
    assert not (tmp_path / "data").exists()


def test_a_missing_scenario_fails_cleanly(qapp, monkeypatch, tmp_path: Path, capsys):
    monkeypatch.setattr(
        "negotiator_gui.paths.default_scenario_path", lambda: tmp_path / "gone.scenario.json"
    )
    assert main(["--selftest"]) == 1
    out = capsys.readouterr().out
    assert "FAIL data found: " in out and "gone.scenario.json is missing" in out
    assert "FAIL the remaining checks: not run" in out
    assert "selftest FAILED" in out
    assert "Traceback" not in out


def test_a_network_connection_fails_the_selftest(qapp, monkeypatch, capsys):
    def phone_home(self) -> str:
        with socket.socket() as s:
            s.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed
        return ""

    monkeypatch.setattr(selftest._SelfTest, "translations", phone_home)
    assert main(["--selftest"]) == 1
    out = capsys.readouterr().out
    assert "FAIL translations: ConnectionRefusedError" in out
    assert "FAIL no network: 1 connection(s) attempted, refused" in out


def test_frozen_build_needs_the_translations(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(selftest, "frozen", lambda: True)
    monkeypatch.setattr(
        "negotiator_gui.paths.resource_path", lambda *parts: tmp_path.joinpath(*parts)
    )
    with pytest.raises(selftest.CheckFailed, match="not built"):
        selftest._SelfTest(tmp_path).translations()
