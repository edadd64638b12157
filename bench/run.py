"""Run every ``bench_*.py`` here and print ratios against their reference kernels, then one line
that sums up the aims: ``aims met: N of M; missed: <line>, <line>``.

Exit status is 0 even when an aim is missed: benchmarks inform, they do not gate (the machines
are noisy); the printed lines say which aims were met. The summary reads the lines the benches
print: a line that names its aim and ends with the verdict (``(aim ≤ 2×: ok)``,
``(aim < 100 ms: MISSED)``, ``… vs aim ≤ 16 ms (0.8× aim) — met``) is one aim, named by its
first column; so a bench needs no more than to print its lines as it does.
"""

from __future__ import annotations

import importlib
import io
import re
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


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    names = argv or sorted(p.stem for p in HERE.glob("bench_*.py"))
    tee = Tee(sys.stdout)
    failed = []
    real = sys.stdout
    sys.stdout = tee
    try:
        for name in names:
            print(f"== {name}")
            try:
                module = importlib.import_module(name)
                module.main()
            except Exception as exc:  # one broken bench does not hide the others' figures
                print(f"{name} failed: {type(exc).__name__}: {exc}")
                failed.append(name)
    finally:
        sys.stdout = real
    met, missed = aims(tee.lines)
    print(summary(met, missed, failed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
