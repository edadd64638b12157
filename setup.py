"""Packaging hook: ship the top-level ``resources/`` and ``scenarios/`` inside the wheel.

The product's layout keeps them at the top of the checkout; an installed wheel finds them as
``negotiator_gui/_data/`` (see ``negotiator_gui.paths``). Everything else is in pyproject.toml.
"""

import shutil
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


setup(cmdclass={"build_py": BuildPyWithData})
