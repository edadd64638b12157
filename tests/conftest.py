"""Test-wide set-up: no display needed, and no network, ever.

Any attempt to open a network connection fails the test that made it, so nothing that ships can
come to depend on the network.
"""

from __future__ import annotations

import os
import socket

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


@pytest.fixture(autouse=True, scope="session")
def _private_library(tmp_path_factory):
    """Tests never touch the user's own scenario library: the default one is a temporary file."""
    old = os.environ.get("NEGOTIATOR_DB")
    os.environ["NEGOTIATOR_DB"] = str(tmp_path_factory.mktemp("library") / "library.db")
    yield
    if old is None:
        os.environ.pop("NEGOTIATOR_DB", None)
    else:
        os.environ["NEGOTIATOR_DB"] = old


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _settle_background_jobs():
    """After a GUI test, drop the background jobs its window queued and let running ones end,
    so the next test's jobs do not wait behind a closed window's work on the shared pool."""
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance()
        pool.clear()
        pool.waitForDone(60_000)
    if "negotiator_gui.ui.common.jobs" in sys.modules:  # the charts' and analysis views' own pools
        sys.modules["negotiator_gui.ui.common.jobs"].drain(60_000)


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


@pytest.fixture
def settings(tmp_path):
    """Settings of one test's own (an INI file and a library in its temporary folder)."""
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("library/path", str(tmp_path / "library.db"))
    return s


@pytest.fixture
def window(qtbot, settings):
    """The main window on the default scenario, shown, with the test's own settings."""
    from negotiator_gui.app.document import Document
    from negotiator_gui.ui.shell.main_window import MainWindow

    w = MainWindow(Document.default(), settings)
    # no unsaved-changes prompt when pytest-qt closes the window after the test
    qtbot.addWidget(w, before_close_func=lambda win: win.document.stack.set_clean())
    w.show()
    return w
