"""Test-wide set-up: no display needed, and no network, ever.

Any attempt to open a network connection fails the test that made it, so nothing that ships can
come to depend on the network.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NetworkBlocked(RuntimeError):
    pass


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guard(sock: socket.socket, address: object) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        raise NetworkBlocked(f"a test tried to open a network connection to {address!r}")


def _connect(self: socket.socket, address: object) -> None:
    _guard(self, address)
    return _real_connect(self, address)


def _connect_ex(self: socket.socket, address: object) -> int:
    _guard(self, address)
    return _real_connect_ex(self, address)


#: The pytest-xdist worker running this process ("gw0", "gw1", …), or "main" without xdist.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")

if WORKER != "main":
    # One hypothesis example database per worker (.hypothesis/examples-gw0, …): no two
    # processes write the same files; a serial run keeps the default .hypothesis/examples.
    from hypothesis import settings as _hypothesis
    from hypothesis.database import DirectoryBasedExampleDatabase

    _examples = Path(__file__).resolve().parents[1] / ".hypothesis" / f"examples-{WORKER}"
    _hypothesis.register_profile("worker", database=DirectoryBasedExampleDatabase(_examples))
    _hypothesis.load_profile("worker")


#: Where the application keeps its files, by environment variable: the default library, and the
#: user's cache (translations compiled on first use), configuration (Qt's default QSettings)
#: and data folders.
_USER_FOLDERS = {
    "XDG_CACHE_HOME": "cache",
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "data",
}


@pytest.fixture(autouse=True, scope="session")
def _private_library(tmp_path_factory):
    """Tests never touch the user's own files, and two test processes (pytest-xdist workers)
    never share one: the default scenario library and the user's cache, configuration and data
    folders are temporary folders of this process (``tmp_path_factory`` is per worker)."""
    home = tmp_path_factory.mktemp("user")
    wanted = {"NEGOTIATOR_DB": str(home / "library.db")}
    wanted |= {var: str(home / name) for var, name in _USER_FOLDERS.items()}
    old = {var: os.environ.get(var) for var in wanted}
    os.environ.update(wanted)
    yield
    for var, value in old.items():
        if value is None:
            os.environ.pop(var, None)
        else:
            os.environ[var] = value


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


#: How long a background job may still run after its test before that test fails, in ms.
JOBS_END_MS = 30_000


def _busy_pools() -> list:
    """The thread pools with a job running (or queued behind one): Qt's global pool, the job
    pools of ``ui.common.jobs`` and the panels' own pools it tracks. Empty when no Qt is loaded."""
    if "PySide6.QtCore" not in sys.modules:
        return []
    import shiboken6
    from PySide6.QtCore import QThreadPool

    pools = [QThreadPool.globalInstance()]
    jobs = sys.modules.get("negotiator_gui.ui.common.jobs")
    if jobs is not None:
        pools += [*jobs._pools.values(), *list(jobs._tracked)]
    return [p for p in pools if shiboken6.isValid(p) and p.activeThreadCount() > 0]


@pytest.fixture(autouse=True)
def _background_jobs_end():
    """After a test, no background job of its windows is left running into the next test.

    Why: the job pools are shared by the whole process; a closed window's jobs would hold the
    next test's jobs back (its waits time out on a loaded machine) and deliver into its
    event loop. Waits only when a pool is busy: queued jobs are dropped, running ones are told
    to stop (``Runner.supersede_flight``; slow analysis sees the application closing and does
    not start), and the test fails if one still runs after ``JOBS_END_MS``, instead of the
    next tests silently waiting for it."""
    yield
    busy = _busy_pools()
    if not busy:
        return
    jobs = sys.modules.get("negotiator_gui.ui.common.jobs")
    if jobs is not None:
        from PySide6.QtWidgets import QApplication

        for top in QApplication.topLevelWidgets():
            for runner in top.findChildren(jobs.Runner):
                runner.supersede_flight()
        jobs._closing = True  # yield_to_charts answers "do not start" to waiting analysis
    try:
        for pool in busy:
            pool.clear()
        late = [pool for pool in busy if not pool.waitForDone(JOBS_END_MS)]
    finally:
        if jobs is not None:
            jobs._closing = False
    if late:
        pytest.fail(f"background jobs still running {JOBS_END_MS // 1000} s after the test")


@pytest.fixture(scope="session")
def japanese_qm(tmp_path_factory):
    """The shipped Japanese catalogue, compiled once for the whole run."""
    from negotiator_gui import translations

    folder = tmp_path_factory.mktemp("translations")
    return translations.compile_ts(translations.ts_path("ja"), folder / "negotiator_ja.qm")


@pytest.fixture
def japanese(qapp, japanese_qm, monkeypatch):
    """The application in Japanese for one test, back in English (and a US locale) after."""
    from PySide6.QtCore import QLocale

    from negotiator_gui.ui.shell import language

    monkeypatch.setattr(language, "qm_path", lambda lang: japanese_qm)
    assert language.install(qapp, "ja")
    yield
    language.install(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    from languages import plain_core_text

    plain_core_text()


@pytest.fixture
def settings(tmp_path):
    """Settings of one test's own (an INI file and a library in its temporary folder)."""
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("library/path", str(tmp_path / "library.db"))
    return s
