"""The .ts maintenance tool: extraction from tr()/N_() literals, merge, fill and checks."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from negotiator_gui import translations as T


@pytest.fixture
def tree(tmp_path: Path, monkeypatch) -> Path:
    pkg = tmp_path / "src" / "pkg"
    pkg.mkdir(parents=True)
    (pkg / "a.py").write_text(
        textwrap.dedent(
            """
            from negotiator_gui.core.i18n import N_, tr
            LABELS = {"x": N_("Marked & kept")}
            def f(name):
                tr("&Open {name}").format(name=name)
                tr(name)            # not a literal: not extracted
                tr("")              # empty: ignored
                return tr("&Open {name}")  # repeated: one message
            """
        ),
        encoding="utf-8",
    )
    (pkg / "b.py").write_text('from x import tr\nprint(tr("Close <now>"))\n', encoding="utf-8")
    ts = tmp_path / "resources" / "translations" / "negotiator_ja.ts"
    ts.parent.mkdir(parents=True)
    monkeypatch.setattr(T, "source_root", lambda: pkg)
    monkeypatch.setattr(T, "ts_path", lambda language: ts)
    return ts


def test_extract_finds_literals_once_in_file_order(tree):
    found = T.extract()
    assert list(found) == ["Marked & kept", "&Open {name}", "Close <now>"]
    assert found["&Open {name}"].locations == ["pkg/a.py"]


def test_update_fill_and_round_trip(tree):
    assert T.update("ja") == (3, 3)
    missing = T.fill("ja", {"&Open {name}": "{name} を開く(&O)", "Gone": "消えた"})
    assert missing == ["Gone"]
    again = T.read_ts(tree)
    assert again["&Open {name}"].translation == "{name} を開く(&O)"
    assert again["&Open {name}"].finished
    assert not again["Close <now>"].finished
    assert "&lt;now&gt;" in tree.read_text(encoding="utf-8")  # escaped XML
    # a second update keeps translations
    assert T.update("ja") == (3, 2)


def test_problems_name_unfinished_placeholders_and_accelerators(tree):
    T.update("ja")
    T.fill("ja", {"&Open {name}": "{nom} を開く", "Close <now>": "閉じる"})
    found = "\n".join(T.problems("ja"))
    assert "placeholders differ" in found
    assert "no & accelerator" in found
    assert "'Marked & kept' is not translated" in found
    assert "Close" not in found


def test_compiled_catalogue_translates(tree, tmp_path):
    from PySide6.QtCore import QTranslator

    T.update("ja")
    T.fill("ja", {"Close <now>": "今すぐ閉じる"})
    qm = T.compile_ts(tree, tmp_path / "out.qm")
    tr = QTranslator()
    assert tr.load(str(qm))
    assert tr.translate(T.CONTEXT, "Close <now>") == "今すぐ閉じる"


def test_extract_sees_calls_through_the_module(tmp_path, monkeypatch):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "c.py").write_text(
        'from negotiator_gui.core import i18n\nX = (i18n.N_("Via the module"), other.N_("No"))\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(T, "source_root", lambda: pkg)
    assert list(T.extract()) == ["Via the module"]
