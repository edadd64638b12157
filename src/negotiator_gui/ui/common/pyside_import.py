"""A cheaper form of the check PySide6 makes on every module imported after it.

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``; after each
import it asks whether the new module mentions "PySide6" (``shibokensupport.feature.
_mod_uses_pyside``) by calling ``inspect.getsource`` on it, which finds, tokenizes and caches
the whole source file line by line (``linecache`` keeps every file's lines: 15 MiB for the
window). For the ~400 modules the window imports after PySide6 (pyqtgraph, numpy's submodules
and ours) that costs about 50 ms of a 0.5 s start on this machine, spent answering a question
that does not concern us: nothing here uses ``__feature__``.

``lighten`` (called by the ``negotiator`` command before it imports the window, as explicit
start-up tuning) swaps in a check with the same answer that reads the file's bytes and searches them
for ``b"PySide6"`` (every encoding Python reads source in is ASCII-compatible, so the bytes
contain the name exactly when the decoded text does). Anything unusual (no ``.py`` file, a file
that cannot be read) goes to PySide6's own check, and a PySide6 without this internal is left
as it is: the swap can only make the start slower by the cost of one ``getattr``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

#: Where PySide6 keeps the check (an internal module, present in PySide6 6.4 and later).
FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source mentions PySide6, as PySide6 asks it; ``fallback`` (the
    original check) answers for modules without a readable ``.py`` file."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as f:
            return b"PySide6" in f.read()
    except OSError:
        return fallback(module)


def lighten() -> bool:
    """Install the cheaper check (once; PySide6 must be imported). Returns whether it is in
    place."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport and its import hook)

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "_negotiator", False):
        return True

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check._negotiator = True  # type: ignore[attr-defined]
    setattr(feature, CHECK, check)
    return True
