"""Run every ``bench_*.py`` here and print ratios against their reference kernels, then one line
that sums up the aims: ``aims met: N of M; missed: <line>, <line>``.

Exit status is 0 even when an aim is missed: benchmarks inform, they do not gate (the machines
are noisy); the printed lines say which aims were met. The summary reads the lines the benches
print: a line that names its aim and ends with the verdict (``(aim ≤ 2×: ok)``,
``(aim < 100 ms: MISSED)``, ``… vs aim ≤ 16 ms (0.8× aim) — met``) is one aim, named by its
first column; so a bench needs no more than to print its lines as it does.

Each bench runs in a Python process of its own. In one process, a bench inherited the heap and
the collector's state of those before it (the store's 300k rows, the import's million), which
slowed some and hid others' memory: a child started from a process with a 1 GiB peak reports
that peak as its own on Linux (``ru_maxrss`` survives fork and exec), so the start-up memory line
read 1012 MiB against 1012 MiB.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: A bench line with an aim: the verdict at its end.
VERDICT = re.compile(r"\b(?P<verdict>ok|met|MISSED)\)?\s*$")
#: Where a line's name (its first column) ends.
NAME_END = re.compile(r"\s{2,}|:\s")


class Tee(io.TextIOBase):
    """Writes through to ``out`` and keeps every line written, for the summary."""

    def __init__(self, out) -> None:
        self.out = out
        self.lines: list[str] = []
        self._partial = ""

    def write(self, text: str) -> int:
        self.out.write(text)
        text = self._partial + text
        *done, self._partial = text.split("\n")
        self.lines.extend(done)
        return len(text)

    def flush(self) -> None:
        self.out.flush()


def aims(lines: list[str]) -> tuple[list[str], list[str]]:
    """The names of the lines whose aim was met, and of those whose aim was missed."""
    met, missed = [], []
    for line in lines:
        m = VERDICT.search(line)
        if m is None or "aim" not in line:
            continue
        name = NAME_END.split(line.strip(), maxsplit=1)[0].strip()
        (missed if m["verdict"] == "MISSED" else met).append(name)
    return met, missed


def summary(met: list[str], missed: list[str], failed: list[str]) -> str:
    text = f"aims met: {len(met)} of {len(met) + len(missed)}; missed: "
    text += ", ".join(missed) if missed else "none"
    if failed:
        text += f"; benches that failed to run: {', '.join(failed)}"
    return text


def run_bench(name: str, out: Tee) -> bool:
    """Run ``bench/<name>.py`` in a fresh interpreter, its lines passed through ``out`` as they
    come; True if it ended normally."""
    child = subprocess.Popen(
        [sys.executable, str(HERE / f"{name}.py")],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        bufsize=1,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},  # each line as it is printed
    )
    assert child.stdout is not None
    for line in child.stdout:
        out.write(line)
    out.flush()
    return child.wait() == 0


def main(argv: list[str]) -> int:
    names = argv or sorted(p.stem for p in HERE.glob("bench_*.py"))
    tee = Tee(sys.stdout)
    failed = []
    for name in names:
        tee.write(f"== {name}\n")
        tee.flush()
        if not run_bench(name, tee):  # one broken bench does not hide the others' figures
            tee.write(f"{name} failed (its error is above)\n")
            failed.append(name)
    met, missed = aims(tee.lines)
    print(summary(met, missed, failed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
