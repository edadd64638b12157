"""No ``tr()`` runs when a module is imported: modules are imported before the translator is
installed at start-up, so such a string would stay English for the whole session. Tables of
strings are marked ``N_()`` and translated where they are shown."""

from __future__ import annotations

import ast

from negotiator_gui.translations import source_root


def _import_time_calls(tree: ast.AST) -> list[int]:
    """Lines of ``tr(...)`` calls outside any function or lambda body."""
    found: list[int] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            # defaults and decorators run at import time; the body does not
            args = node.args
            for default in [*args.defaults, *args.kw_defaults]:
                if default is not None:
                    visit(default)
            for deco in getattr(node, "decorator_list", []):
                visit(deco)
            return
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr":
            found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def test_no_module_or_class_level_tr_calls():
    bad = []
    for path in sorted(source_root().rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bad += [f"{path.name}:{line}" for line in _import_time_calls(tree)]
    assert not bad, "tr() runs at import time (use N_ and translate when shown): " + ", ".join(bad)


def test_the_check_sees_module_level_calls():
    tree = ast.parse("X = tr('a')\nclass C:\n    Y = tr('b')\ndef f(z=tr('c')):\n    tr('d')\n")
    assert _import_time_calls(tree) == [1, 3, 4]
