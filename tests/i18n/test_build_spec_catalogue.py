"""``build.spec`` compiles the Japanese catalogue itself, or stops the build.

A fresh checkout has no ``.qm`` (they are not in git); the spec used to print a note and build a
bundle without one, whose own ``--selftest`` then failed. The spec's ``compile_catalogues`` is
taken out of ``build.spec`` and run on a copy of the translations folder (no PyInstaller needed).
"""

from __future__ import annotations

import ast
import os
import shutil
from pathlib import Path

import pytest

from negotiator_gui import translations

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


def compile_catalogues():
    """The spec's own functions, with the imports and ``ROOT`` they use."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    wanted = {"project_translations", "compile_catalogues"}
    funcs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in wanted]
    assert len(funcs) == len(wanted)
    module = ast.Module(body=funcs, type_ignores=[])
    namespace: dict = {"Path": Path, "ROOT": ROOT}
    exec("import subprocess, sys", namespace)
    exec(compile(module, str(SPEC), "exec"), namespace)
    return namespace["compile_catalogues"]


@pytest.fixture
def folder(tmp_path) -> Path:
    """A translations folder as a fresh checkout has it: the source, no catalogue."""
    here = tmp_path / "translations"
    here.mkdir()
    shutil.copy2(translations.ts_path("ja"), here / "negotiator_ja.ts")
    return here


def test_missing_catalogue_is_compiled(folder):
    built = compile_catalogues()(folder)
    qm = folder / "negotiator_ja.qm"
    assert built == [qm]
    # a real catalogue: it holds the translation of a menu every window has
    assert translations.read_qm(qm).get("&Save") == "保存(&S)"
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_catalogue_older_than_its_source_is_compiled_again(folder):
    qm = folder / "negotiator_ja.qm"
    qm.write_bytes(b"stale")
    ts = folder / "negotiator_ja.ts"
    os.utime(qm, (ts.stat().st_mtime - 60, ts.stat().st_mtime - 60))
    compile_catalogues()(folder)
    assert translations.read_qm(qm).get("&Save") == "保存(&S)"


def test_catalogue_up_to_date_is_kept(folder):
    qm = folder / "negotiator_ja.qm"
    qm.write_bytes(b"kept")
    ts = folder / "negotiator_ja.ts"
    os.utime(qm, (ts.stat().st_mtime + 60, ts.stat().st_mtime + 60))
    compile_catalogues()(folder)
    assert qm.read_bytes() == b"kept"


def test_broken_source_stops_the_build(folder):
    (folder / "negotiator_ja.ts").write_text("<TS><context><message>", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        compile_catalogues()(folder)
    assert "negotiator_ja.ts" in str(stop.value)
    assert not (folder / "negotiator_ja.qm").exists()  # nothing half-written is left to ship
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_no_source_stops_the_build(tmp_path):
    with pytest.raises(SystemExit, match="no translation sources"):
        compile_catalogues()(tmp_path)
