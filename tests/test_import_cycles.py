"""No import cycles among negotiator_gui's modules, counting every import the source writes:
at the top, inside functions (a cycle hidden from import time is still a cycle of design) and
under ``TYPE_CHECKING``.

The graph is grimp's (what import-linter checks the layers with): one edge per module that a
module names in an import statement. ``from pkg import sub`` is an edge to the submodule
``pkg.sub``, not to ``pkg``; grimp adds no edge from a submodule to its package for the package
``__init__`` that Python runs first. So a package ``__init__`` re-exporting its submodules is not
a cycle here, and none is made up; it is one only when a submodule imports the package itself
(``from pkg import name``), which grimp records as an edge to ``pkg`` and which is a real cycle:
the submodule reads a package that is still half-initialised.

Cycles are strongly connected components of that graph (Tarjan), each shown as chains of
``module (line N)`` links, the lines of the imports, that close on themselves.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import grimp
import pytest

PACKAGE = "negotiator_gui"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(PACKAGE, cache_dir=None)


def _internal(graph: grimp.ImportGraph, module: str, package: str = PACKAGE) -> list[str]:
    return sorted(
        m
        for m in graph.find_modules_directly_imported_by(module)
        if m == package or m.startswith(package + ".")
    )


def components(graph: grimp.ImportGraph, package: str = PACKAGE) -> list[list[str]]:
    """The strongly connected components with more than one module (or a module importing
    itself), each sorted; by Tarjan's algorithm, iteratively (no recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(_internal(graph, root, package)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            v, edges = work[-1]
            for w in edges:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(_internal(graph, w, package))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[v])
                if low[v] == index[v]:
                    component = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        component.append(w)
                        if w == v:
                            break
                    if len(component) > 1 or v in _internal(graph, v, package):
                        found.append(sorted(component))
    return sorted(found)


def _link(graph: grimp.ImportGraph, importer: str, imported: str) -> str:
    details = graph.get_import_details(importer=importer, imported=imported)
    lines = ", ".join(str(d["line_number"]) for d in details)
    return f"{importer} (line {lines})"


def chains(graph: grimp.ImportGraph, component: Iterable[str], package: str = PACKAGE) -> list[str]:
    """One closed chain per import inside the component (the import, then the shortest way
    back), rotated to start at its smallest module, without repeats: every import that takes
    part in the cycle is shown with its line numbers."""
    members = set(component)
    seen: set[tuple[str, ...]] = set()
    out: list[str] = []
    for a in sorted(members):
        for b in _internal(graph, a, package):
            if b not in members:
                continue
            back = graph.find_shortest_chain(importer=b, imported=a) if b != a else (a,)
            loop = (a, *back[:-1]) if back else (a,)
            k = loop.index(min(loop))
            loop = loop[k:] + loop[:k]
            if loop in seen:
                continue
            seen.add(loop)
            ring = (*loop, loop[0])
            links = [_link(graph, x, y) for x, y in itertools.pairwise(ring)]
            out.append(" -> ".join([*links, ring[0]]))
    return out


def describe(graph: grimp.ImportGraph, found: list[list[str]]) -> str:
    parts = []
    for component in found:
        parts.append("cycle among " + ", ".join(component) + ":")
        parts.extend("  " + chain for chain in chains(graph, component))
    return "\n".join(parts)


def test_the_cycle_finder_sees_a_cycle_hidden_in_a_function():
    """The finder itself, on a made-up graph: a cycle closed by an import inside a function
    (as grimp records it, a plain edge) is found and shown as a chain; a package importing its
    submodules, which import each other but not the package, is no cycle."""
    g = grimp.ImportGraph()
    for m in ("p", "p.a", "p.b", "p.c", "p.pkg", "p.pkg.x", "p.pkg.y"):
        g.add_module(m)
    g.add_import(importer="p.a", imported="p.b", line_number=3, line_contents="import p.b")
    g.add_import(importer="p.b", imported="p.c", line_number=4, line_contents="import p.c")
    g.add_import(importer="p.c", imported="p.a", line_number=9, line_contents="    import p.a")
    g.add_import(
        importer="p.pkg", imported="p.pkg.x", line_number=1, line_contents="from .x import f"
    )
    g.add_import(
        importer="p.pkg", imported="p.pkg.y", line_number=2, line_contents="from .y import g"
    )
    g.add_import(
        importer="p.pkg.y", imported="p.pkg.x", line_number=1, line_contents="from .x import f"
    )
    found = components(g, "p")
    assert found == [["p.a", "p.b", "p.c"]]
    assert chains(g, found[0], "p") == ["p.a (line 3) -> p.b (line 4) -> p.c (line 9) -> p.a"]
    # A submodule importing a name from its package: a real cycle with the package's __init__.
    g.add_import(
        importer="p.pkg.x", imported="p.pkg", line_number=1, line_contents="from p.pkg import z"
    )
    assert components(g, "p") == [["p.a", "p.b", "p.c"], ["p.pkg", "p.pkg.x", "p.pkg.y"]]


def test_no_import_cycles(graph):
    """Not one cycle anywhere in negotiator_gui, imports inside functions included."""
    found = components(graph)
    assert not found, "import cycles:\n" + describe(graph, found)
