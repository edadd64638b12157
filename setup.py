"""Packaging hook: ship the top-level ``resources/`` and ``scenarios/`` inside the wheel.

The product's layout keeps them at the top of the checkout; an installed wheel finds them as
``negotiator_gui/_data/`` (see ``negotiator_gui.paths``). Everything else is in pyproject.toml.
"""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout
        target = Path(self.build_lib) / "negotiator_gui" / "_data"
        for name in ("resources", "scenarios"):
            shutil.copytree(ROOT / name, target / name, dirs_exist_ok=True)
        self._compile_translations(target / "resources" / "translations")

    def _compile_translations(self, folder: Path) -> None:
        """Build the .qm catalogues from the Qt Linguist sources when PySide6's lrelease is
        at hand; without it the application compiles them on first use (see ui/language.py)."""
        sys.path.insert(0, str(ROOT / "src"))
        try:
            from negotiator_gui.translations import compile_ts, lrelease
        finally:
            sys.path.pop(0)
        if lrelease() is None:
            return
        for ts in folder.glob("*.ts"):
            compile_ts(ts, ts.with_suffix(".qm"))


setup(cmdclass={"build_py": BuildPyWithData})
