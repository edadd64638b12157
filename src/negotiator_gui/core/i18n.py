"""Translation hook for the few user-visible strings the core makes (command names, labels).

The core cannot use Qt's translator, so the application installs one here at start-up
(``set_translator``); without it, text is returned as written (English).
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = lambda text: text  # noqa: E731


def set_translator(fn: Callable[[str], str]) -> None:
    global _translate
    _translate = fn


def tr(text: str) -> str:
    """Translate ``text``; placeholders are filled by the caller with ``str.format`` afterwards."""
    return _translate(text)
