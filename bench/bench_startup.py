"""Start-up to the main window shown with the default scenario, against a bare PySide6 window with
one pyqtgraph plot started the same way: a fresh Python process each, offscreen.

Paired: OURS and BARE run alternately (the order swapped every pair, so neither always gets
the warmer cache), and each figure is the median over the pairs of OURS/BARE in the same pair,
which cancels most of what other work on a shared machine does to both. Each process is
measured on its own: wall time from spawn to exit, and its own peak resident memory
(``os.wait4`` gives the rusage of that one child). Aims: 1.5× in wall time, 1.3× in memory.

Both sides run with compiled bytecode, as an installed application does: the children write and
read it in a cache of their own (``PYTHONPYCACHEPREFIX`` in a temporary folder, filled by one
warm-up run of each), also where the environment says not to write bytecode
(``PYTHONDONTWRITEBYTECODE``), which would otherwise time Python's compiler on every start.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

#: The window as ``main_window.run`` makes it, at a fixed size, shown; the process ends once
#: the events queued by showing it (the first-run layout, the first paint) have run. What the
#: window puts off until it has been painted (the panels' analyses, ``jobs.hold``, and the
#: process tuning) is not part of this start: it comes after the window is on screen.
OURS = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from negotiator_gui.ui.common.pyside_import import lighten
lighten()  # as the negotiator command does before the window's imports
from negotiator_gui.app import startup
from negotiator_gui.ui.shell.main_window import MainWindow, start_document
app = QApplication(sys.argv)
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
settings.setValue("library/path", sys.argv[2])
w = MainWindow(start_document(settings), settings)
# as main_window.run does: the process tuned (a full collection) once the window is painted
w.first_painted.connect(lambda: startup.tune_process(w.document_changed))
w.resize(1280, 760)
w.show()
app.processEvents()
"""

#: The same, left running for SETTLE_S so that what it put off has run too (the analyses of the
#: panels shown): its peak memory is printed beside the start's, without an aim.
SETTLE_S = 3
OURS_SETTLED = (
    OURS
    + f"""
from PySide6.QtCore import QTimer
QTimer.singleShot({SETTLE_S * 1000}, app.quit)
app.exec()
"""
)

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

#: The same bare window, started as ours is: with the cheaper per-import check PySide6 makes
#: (``ui.common.pyside_import.lighten``, which the ``negotiator`` command calls) in place before
#: pyqtgraph is imported. BARE pays PySide6's own check for every pyqtgraph and numpy module;
#: this line shows what our window costs over a reference that does not.
BARE_LIGHT = "from negotiator_gui.ui.common.pyside_import import lighten\nlighten()\n" + BARE

PAIRS = 7
AIM_TIME = 1.5
AIM_MEMORY = 1.3


def child_env(pycache: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": pycache}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


#: Appended to each script: the process's own peak resident memory as its last act. Linux keeps
#: ``ru_maxrss`` across fork and exec, so a child of a process that once held 1 GiB (``make
#: bench`` used to run every bench in one) reported that 1 GiB as its own; ``VmHWM`` belongs to
#: the new program's memory map and starts from zero at exec.
PEAK = """
try:
    with open("/proc/self/status") as _status:
        print(next(_l for _l in _status if _l.startswith("VmHWM:")), end="")
except (OSError, StopIteration):
    pass
"""


def run(code: str, *args: str, env: dict[str, str]) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (KiB) of one fresh interpreter running ``code``:
    its own ``VmHWM`` where Linux gives it, else ``ru_maxrss``."""
    t0 = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code + PEAK, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - t0
    assert child.stdout is not None
    printed = child.stdout.read().decode()
    child.stdout.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"the start-up script failed with status {child.returncode}")
    fields = printed.split()
    peak_kib = int(fields[1]) if fields[:1] == ["VmHWM:"] else usage.ru_maxrss
    return took, peak_kib


def line(name: str, ratio: float, ours: str, bare: str, aim: float) -> bool:
    ok = ratio <= aim
    print(
        f"{name:<44} {ratio:6.2f}×  vs bare window + plot  [{ours} vs {bare}]  "
        f"(aim ≤ {aim:g}×: {'ok' if ok else 'MISSED'})"
    )
    return ok


def main(pairs: int = PAIRS) -> bool:
    ours_runs: list[tuple[float, int]] = []
    bare_runs: list[tuple[float, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        args = (os.path.join(tmp, "settings.ini"), os.path.join(tmp, "library.db"))
        env = child_env(os.path.join(tmp, "pycache"))
        # warm the disk cache, write the bytecode and create the library once
        run(OURS, *args, env=env)
        run(BARE, env=env)
        for i in range(pairs):
            if i % 2:
                bare_runs.append(run(BARE, env=env))
                ours_runs.append(run(OURS, *args, env=env))
            else:
                ours_runs.append(run(OURS, *args, env=env))
                bare_runs.append(run(BARE, env=env))
        settled = [run(OURS_SETTLED, *args, env=env)[1] for _ in range(3)]
        run(BARE_LIGHT, env=env)
        light_pairs = [
            (run(OURS, *args, env=env)[0], run(BARE_LIGHT, env=env)[0]) for _ in range(pairs)
        ]
    time_ratio = statistics.median(o[0] / b[0] for o, b in zip(ours_runs, bare_runs, strict=True))
    mem_ratio = statistics.median(o[1] / b[1] for o, b in zip(ours_runs, bare_runs, strict=True))
    ours_s = statistics.median(o[0] for o in ours_runs)
    bare_s = statistics.median(b[0] for b in bare_runs)
    ours_kib = statistics.median(o[1] for o in ours_runs)
    bare_kib = statistics.median(b[1] for b in bare_runs)
    ok = line(
        f"start-up to the main window ({pairs} pairs)",
        time_ratio,
        f"{ours_s * 1e3:6.0f} ms",
        f"{bare_s * 1e3:6.0f} ms",
        AIM_TIME,
    )
    ok &= line(
        "start-up peak memory",
        mem_ratio,
        f"{ours_kib / 1024:6.0f} MiB",
        f"{bare_kib / 1024:6.0f} MiB",
        AIM_MEMORY,
    )
    settled_kib = statistics.median(settled)
    print(
        f"{'start-up peak memory once settled':<44} {settled_kib / bare_kib:6.2f}×  vs bare "
        f"window + plot  [{settled_kib / 1024:6.0f} MiB vs {bare_kib / 1024:6.0f} MiB]  "
        f"(after {SETTLE_S} s: the first analyses done; for information)"
    )
    light = statistics.median(o / b for o, b in light_pairs)
    print(
        f"{'start-up vs a bare window with the same check':<44} {light:6.2f}×  vs bare window "
        f"+ plot with PySide6's per-import check lightened as ours is  ["
        f"{statistics.median(o for o, _b in light_pairs) * 1e3:6.0f} ms vs "
        f"{statistics.median(b for _o, b in light_pairs) * 1e3:6.0f} ms]  (for information)"
    )
    return ok


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else PAIRS)
