"""The cheaper PySide6 import check gives PySide6 the answers its own check would.

The reference is computed independently, the way PySide6 does it: ``"PySide6" in
inspect.getsource(module)``.
"""

from __future__ import annotations

import inspect
import sys
import types
from pathlib import Path

import pytest

from negotiator_gui.ui.common import pyside_import

pyside_import.lighten()
feature = sys.modules.get(pyside_import.FEATURE_MODULE)
pytestmark = pytest.mark.skipif(
    feature is None or not hasattr(feature, pyside_import.CHECK),
    reason="this PySide6 has no per-import feature check",
)


def by_source(module: types.ModuleType) -> bool:
    """PySide6's question answered from the decoded source text."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        return False


def never(module: types.ModuleType) -> bool:
    raise AssertionError(f"the fallback was asked about {module.__name__}")


def test_installed_once():
    check = getattr(feature, pyside_import.CHECK)
    assert getattr(check, "_negotiator", False)
    assert pyside_import.lighten()  # a second call keeps the same function, not a wrapper of it
    assert getattr(feature, pyside_import.CHECK) is check


def test_the_command_installs_it_before_importing_the_window(monkeypatch):
    """``negotiator`` (no command) lightens the check, then imports the window and runs it."""
    from negotiator_gui import cli

    calls = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # a display, for cmd_gui
    monkeypatch.setattr(pyside_import, "lighten", lambda: calls.append("lighten") or True)
    window = types.ModuleType("negotiator_gui.ui.shell.main_window")
    window.run = lambda: calls.append("run") or 0
    monkeypatch.setitem(sys.modules, "negotiator_gui.ui.shell.main_window", window)
    assert cli.cmd_gui() == 0
    assert calls == ["lighten", "run"]


def test_same_answer_as_the_source_for_every_loaded_python_module():
    modules = [
        m
        for m in list(sys.modules.values())
        if isinstance(getattr(m, "__file__", None), str)
        and m.__file__.endswith(".py")
        and Path(m.__file__).is_file()  # not PySide6's embedded signature_bootstrap.py
    ]
    assert len(modules) > 100
    mentions = [m for m in modules if by_source(m)]
    assert mentions and len(mentions) < len(modules)  # both answers are covered
    for m in modules:
        assert pyside_import.uses_pyside(m, never) == by_source(m), m.__name__


def test_source_in_another_encoding(tmp_path: Path):
    path = tmp_path / "latin.py"
    path.write_bytes(b"# -*- coding: latin-1 -*-\n# caf\xe9 (PySide6 import\xe9)\nX = 1\n")
    module = types.ModuleType("latin")
    module.__file__ = str(path)
    assert by_source(module) is True
    assert pyside_import.uses_pyside(module, never) is True


def test_modules_without_a_python_file_go_to_the_original():
    asked = []

    def original(module):
        asked.append(module.__name__)
        return False

    gone = types.ModuleType("gone")
    gone.__file__ = "/nonexistent/gone.py"
    compiled = types.ModuleType("compiled")
    compiled.__file__ = "/somewhere/compiled.cpython-311-x86_64-linux-gnu.so"
    for module in (sys, gone, compiled):
        assert pyside_import.uses_pyside(module, original) is False
    assert asked == ["sys", "gone", "compiled"]


def test_pyside_records_modules_imported_afterwards(tmp_path: Path, monkeypatch):
    """End to end: PySide6's own table marks a new module that mentions it (0) and one that
    does not (-1), as it did with its own check."""
    (tmp_path / "np_uses.py").write_text("# built on PySide6\nX = 1\n", encoding="utf-8")
    (tmp_path / "np_plain.py").write_text("X = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        # an import statement (``importlib.import_module`` bypasses PySide6's ``__import__``)
        import np_plain  # noqa: F401
        import np_uses  # noqa: F401

        table = feature.pyside_feature_dict
        assert table["np_uses"] == 0
        assert table["np_plain"] == -1
    finally:
        for name in ("np_uses", "np_plain"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)
