"""``negotiator --selftest``: does this installation work, end to end, without a display?

Meant for a fresh bundle (``make dist`` runs it on ``dist/negotiator``) and for a user's machine
when something seems wrong. It opens the shipped default scenario, builds the main window
offscreen, runs the bargaining analysis and the trade impact model, writes the options-matrix
workbook to a temporary folder and reads it back, and loads the Japanese translation. One line
per check (``ok``, ``FAIL`` or ``skip``); exit status 0 only if every check passed.

It never touches the user's own files: the window gets settings and a scenario library in a
temporary folder (deleted afterwards), and ``$NEGOTIATOR_DB`` points there while it runs. Network
connections are refused and reported as a failure: nothing in Negotiator may use the network.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

#: The window, its background jobs and the analyses get this long before the check fails.
JOB_TIMEOUT_MS = 60_000


def frozen() -> bool:
    """Whether this is a PyInstaller bundle (there a missing translation is a failure)."""
    return bool(getattr(sys, "frozen", False))


class CheckFailed(Exception):
    """A check's result is wrong; the message says what was expected."""


class _Skip(Exception):
    """A check that does not apply here (the message says why)."""


class _Report:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.passed: list[str] = []
        self.failed: list[str] = []

    def run(self, name: str, check: Callable[[], str]) -> bool:
        try:
            detail = check()
        except _Skip as why:
            self._line("skip", f"{name}: {why}")
            return True
        except Exception as exc:
            why = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
            self._line("FAIL", f"{name}: {why}")
            self.failed.append(name)
            return False
        self._line("ok", f"{name} ({detail})" if detail else name)
        self.passed.append(name)
        return True

    def fail(self, name: str, why: str) -> None:
        self._line("FAIL", f"{name}: {why}")
        self.failed.append(name)

    def _line(self, status: str, text: str) -> None:
        print(f"{status:<4} {text}", file=self.out, flush=True)


class _NetworkGuard:
    """Refuse (and remember) every IP connection while the self-test runs."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    @contextlib.contextmanager
    def active(self) -> Iterator[_NetworkGuard]:
        real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
        guard = self

        def blocked(sock: socket.socket, address: Any) -> None:
            if sock.family in (socket.AF_INET, socket.AF_INET6):
                guard.attempts.append(repr(address))
                raise ConnectionRefusedError(f"the self-test refuses network access ({address!r})")

        def connect(sock: socket.socket, address: Any) -> None:
            blocked(sock, address)
            return real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            blocked(sock, address)
            return real_connect_ex(sock, address)

        socket.socket.connect = connect  # type: ignore[method-assign]
        socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
        try:
            yield self
        finally:
            socket.socket.connect = real_connect  # type: ignore[method-assign]
            socket.socket.connect_ex = real_connect_ex  # type: ignore[method-assign]


@contextlib.contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    old = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = old


class _SelfTest:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.document = None
        self.scenario = None
        self.analysis: dict[str, Any] | None = None

    # -- the checks, in order ------------------------------------------------------------------
    def data(self) -> str:
        from negotiator_gui.paths import data_root, default_scenario_path, resource_path

        root = data_root()
        if frozen():
            bundle = Path(getattr(sys, "_MEIPASS", "")).resolve()
            if bundle not in root.resolve().parents:
                raise CheckFailed(f"resources found in {root}, outside the bundle {bundle}")
        for need in (default_scenario_path(), resource_path("schema", "scenario.schema.json")):
            if not need.is_file():
                raise CheckFailed(f"{need} is missing")
        return f"{root}{', bundled' if frozen() else ''}"

    def open_scenario(self) -> str:
        from negotiator_gui.app.document import Document

        self.document = Document.default()
        self.scenario = s = self.document.scenario
        if not s.issues:
            raise CheckFailed(f"{s.id} has no issues")
        negotiators = "-".join(p.id for p in s.negotiators())
        return f"{s.id}, {len(s.issues)} issues, {negotiators}, {len(s.trade_flows):,} trade flows"

    def qt(self) -> str:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "negotiator"])
        return f"PySide6 {pyside_version}, platform {app.platformName()}"

    def window(self) -> str:
        from PySide6.QtCore import QSettings, QThreadPool
        from PySide6.QtWidgets import QApplication

        from negotiator_gui.ui.shell.main_window import MainWindow

        settings = QSettings(str(self.tmp / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("library/path", str(self.tmp / "library.sqlite"))
        window = MainWindow(self.document, settings)
        try:
            window.resize(1280, 760)
            window.show()
            QApplication.processEvents()
            if not QThreadPool.globalInstance().waitForDone(JOB_TIMEOUT_MS):
                raise CheckFailed("the window's background jobs did not finish in time")
            QApplication.processEvents()
            title = window.windowTitle()
            if self.scenario.title not in title:
                raise CheckFailed(f"the window title {title!r} does not name the scenario")
            if len(window.boards) < 2:
                raise CheckFailed(f"{len(window.boards)} board(s) shown, expected one per side")
            docks = sum(1 for d in window.findChildren(_dock_type()) if d.windowTitle())
            return f"{len(window.boards)} boards, {docks} panels"
        finally:
            window.document.stack.set_clean()  # no "save changes?" prompt
            window.close()
            window.deleteLater()
            QThreadPool.globalInstance().waitForDone(JOB_TIMEOUT_MS)
            QApplication.processEvents()

    def bargaining(self) -> str:
        from negotiator_gui.app.usecases.analysis_report import analysis_document

        self.analysis = doc = analysis_document(self.scenario, top=5)
        z, front = doc["zopa"], doc["frontier"]
        if not front["size"] or not front["shown"]:
            raise CheckFailed("the Pareto frontier is empty")
        nash = doc["solutions"].get("nash")
        if nash is None:
            raise CheckFailed("no Nash package (the ZOPA of the default scenario is not empty)")
        u = "/".join(f"{p} {v:.1f}" for p, v in nash["points"][0]["utilities"].items())
        size = doc["space_size"]
        size = f"{size:,}" if isinstance(size, int) else size
        return f"{size} packages, ZOPA {z['packages']:,}, frontier {front['size']} points, Nash {u}"

    def impact(self) -> str:
        import math

        from negotiator_gui.core.impact import analyse

        if self.analysis is None:
            raise CheckFailed("needs the bargaining analysis, which failed")
        choices = self.analysis["solutions"]["nash"]["points"][0]["packages"][0]
        a = analyse(self.scenario, None, choices, "linear")
        if a.package is None:
            raise CheckFailed("no result for the Nash package")
        totals = []
        for result in (a.status_quo, a.package):
            rows = list(a.group(result.impact, "total"))
            if not rows:
                raise CheckFailed("no trade in the result")
            total = rows[0]
            bad = [k for k in ("m0", "m1", "welfare") if not math.isfinite(total[k])]
            if bad:
                raise CheckFailed(f"{', '.join(bad)} not a number")
            totals.append(total)
        sq, pkg = totals
        unit = a.lines.unit
        return (
            f"on {a.date}: imports {sq['m0'] / 1e9:,.1f} bn {unit} at MFN rates, "
            f"{sq['m1'] / 1e9:,.1f} bn under the status quo, {pkg['m1'] / 1e9:,.1f} bn "
            "with the Nash package"
        )

    def workbook(self) -> str:
        from openpyxl import load_workbook

        from negotiator_gui.app.usecases.workbook_export import export_workbook
        from negotiator_gui.io.excel import read_weights

        path = self.tmp / "selftest.xlsx"
        result = export_workbook(path, self.scenario, packages=20)
        wb = load_workbook(path)
        try:
            missing = {"About", "Options", "Packages"} - set(wb.sheetnames)
            if missing:
                raise CheckFailed(f"sheets {sorted(missing)} missing (has {wb.sheetnames})")
            about = {
                row[0]: row[1]
                for row in wb["About"].iter_rows(max_col=2, values_only=True)
                if row[0] is not None
            }
            expect = {"Scenario id": self.scenario.id, "Content hash": result.content_hash}
            for key, value in expect.items():
                if about.get(key) != value:
                    raise CheckFailed(f"About: {key} reads {about.get(key)!r}, wrote {value!r}")
            names = [n for n in wb.defined_names if n.startswith("Weight_")]
            if not names:
                raise CheckFailed("no named weight cells on the Options sheet")
            sheets = len(wb.sheetnames)
        finally:
            wb.close()
        back = read_weights(path, self.scenario)
        if back.changes:
            raise CheckFailed(f"{len(back.changes)} weight(s) or score(s) read back differently")
        size = path.stat().st_size
        return (
            f"{result.packages} packages, {sheets} sheets, {size / 1024:.0f} KB; "
            "weights and scores read back unchanged"
        )

    def translations(self) -> str:
        from PySide6.QtCore import QTranslator

        from negotiator_gui.paths import resource_path

        qm = resource_path("translations", "negotiator_ja.qm")
        if not qm.is_file():
            if frozen():
                raise CheckFailed("not built: negotiator_ja.qm is missing from the bundle")
            raise _Skip("not built (make translations compiles them)")
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise CheckFailed(f"{qm} does not load")
        if translator.isEmpty():
            if frozen():
                raise CheckFailed(f"{qm.name} holds no translations")
            return f"Japanese, {qm.name}: empty, no finished translations yet"
        sample = translator.translate("Negotiator", "&Save")
        state = f"'&Save' is {sample!r}" if sample else "'&Save' is not translated"
        return f"Japanese, {qm.name}, {qm.stat().st_size:,} bytes; {state}"


def _dock_type():
    from PySide6.QtWidgets import QDockWidget

    return QDockWidget


def run(out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 if all passed, 1 otherwise."""
    out = out or sys.stdout
    if out is sys.stdout:  # a console that cannot show a translation must not end the test
        with contextlib.suppress(AttributeError, ValueError):
            out.reconfigure(errors="backslashreplace")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    report = _Report(out)
    guard = _NetworkGuard()
    with (
        tempfile.TemporaryDirectory(prefix="negotiator-selftest-") as tmp,
        _env("NEGOTIATOR_DB", str(Path(tmp) / "library.sqlite")),
        guard.active(),
    ):
        t = _SelfTest(Path(tmp))
        if report.run("data found", t.data) and report.run("scenario opened", t.open_scenario):
            if report.run("Qt started", t.qt):
                report.run("main window built", t.window)
            report.run("bargaining analysis", t.bargaining)
            report.run("trade impact model", t.impact)
            report.run("workbook exported and read back", t.workbook)
        else:
            report.fail("the remaining checks", "not run: the default scenario did not open")
        report.run("translations", t.translations)
    if guard.attempts:
        report.fail("no network", f"{len(guard.attempts)} connection(s) attempted, refused")
    else:
        report.run("no network", lambda: "no connection attempted")
    elapsed = time.perf_counter() - started
    total = len(report.passed) + len(report.failed)
    if report.failed:
        print(
            f"selftest FAILED: {len(report.failed)} of {total} checks "
            f"({', '.join(report.failed)}); {elapsed:.1f} s",
            file=out,
            flush=True,
        )
        return 1
    print(f"selftest passed: {total} checks in {elapsed:.1f} s", file=out, flush=True)
    return 0
