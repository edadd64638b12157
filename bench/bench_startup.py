"""Start-up to the main window shown with the default scenario, against a bare PySide6 window with
one pyqtgraph plot started the same way (a fresh Python process each, offscreen); peak memory
likewise. Aim: at most 2× for both."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time

OURS = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from negotiator_gui.app import startup
from negotiator_gui.ui.shell.main_window import MainWindow, start_document
app = QApplication(sys.argv)
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
settings.setValue("library/path", sys.argv[2])
w = MainWindow(start_document(settings), settings)
startup.tune_process(w.document_changed)  # as main_window.run does
w.resize(1280, 760)
w.show()
app.processEvents()
"""

BARE = """
import sys
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [3, 1, 2])
w.setCentralWidget(plot)
w.resize(1280, 760)
w.show()
app.processEvents()
"""


def run(code: str, *args: str) -> tuple[float, int]:
    """Wall time and peak resident memory (KiB) of a fresh interpreter running ``code``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, stderr=subprocess.DEVNULL
    )
    took = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return took, max(peak, before)


def main() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        args = (os.path.join(tmp, "settings.ini"), os.path.join(tmp, "library.db"))
        run(OURS, *args)  # warm the disk cache and create the library once
        run(BARE)
        ours = min(run(OURS, *args)[0] for _ in range(3))
        bare = min(run(BARE)[0] for _ in range(3))
    ratio = ours / bare
    ok = ratio <= 2.0
    print(
        f"{'start-up to the main window':<44} {ratio:6.2f}×  vs bare window + plot  "
        f"[{ours * 1e3:7.0f} ms vs {bare * 1e3:7.0f} ms]  (aim ≤ 2×: {'ok' if ok else 'MISSED'})"
    )
    # peak memory: ru_maxrss of children is a running maximum, so measure each in its own child
    code = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        args = (os.path.join(tmp, "settings.ini"), os.path.join(tmp, "library.db"))
        mem_ours = int(
            subprocess.run(
                [sys.executable, "-c", code, sys.executable, "-c", OURS, *args],
                capture_output=True,
                text=True,
                env=env,
            ).stdout.split()[-1]
        )
    mem_bare = int(
        subprocess.run(
            [sys.executable, "-c", code, sys.executable, "-c", BARE],
            capture_output=True,
            text=True,
            env=env,
        ).stdout.split()[-1]
    )
    mratio = mem_ours / mem_bare
    ok &= mratio <= 2.0
    print(
        f"{'peak memory':<44} {mratio:6.2f}×  vs bare window + plot  "
        f"[{mem_ours / 1024:7.0f} MiB vs {mem_bare / 1024:7.0f} MiB]  "
        f"(aim ≤ 2×: {'ok' if mratio <= 2.0 else 'MISSED'})"
    )
    return ok


if __name__ == "__main__":
    main()
