"""Putting the language state of the process back between tests."""

from __future__ import annotations


def plain_core_text() -> None:
    """The core's text as in a process where no language was installed (ISO dates, plain
    numbers, no translator): what the tests that never install one expect, whichever tests
    ran before them on the same worker."""
    from negotiator_gui.core import i18n

    i18n.set_translator(None)
    i18n.set_locale(None, None)
    i18n.set_language("en")
