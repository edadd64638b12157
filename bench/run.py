"""Run every ``bench_*.py`` here and print ratios against their reference kernels.

Exit status is 0 even when an aim is missed: benchmarks inform, they do not gate (the machines
are noisy); the printed lines say which aims were met.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    names = argv or sorted(p.stem for p in HERE.glob("bench_*.py"))
    missed = []
    for name in names:
        print(f"== {name}")
        module = importlib.import_module(name)
        if module.main() is False:
            missed.append(name)
    if missed:
        print(f"aims missed in: {', '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
