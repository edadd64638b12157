"""Characters no output can carry, found and replaced in one place.

A scenario's texts (titles, names, notes, labels, sources …) may hold characters that XML 1.0
forbids: the C0 control characters other than tab, line feed and carriage return, the
non-characters U+FFFE and U+FFFF, and unpaired surrogates (U+D800–U+DFFF, which cannot even be
encoded as UTF-8). A workbook part or a PDF holding one is malformed, so every path from user
text to an output goes through ``safe_text``, which puts ``REPLACEMENT`` (U+FFFD, "�") in
place of each; ``validate`` uses ``unsafe_chars`` to say which character stands where.

The scenario file itself keeps control characters (JSON escapes them, so they round-trip), but
cannot keep an unpaired surrogate: the writer uses ``without_surrogates``.
"""

from __future__ import annotations

import re

#: What stands in for a character an output cannot carry.
REPLACEMENT = "\ufffd"

#: Every character XML 1.0 forbids (its ``Char`` production), which is also every character
#: some output of ours cannot carry.
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Unpaired surrogates: text that cannot be encoded as UTF-8 (the file reader refuses them).
SURROGATE = re.compile("[\ud800-\udfff]")


def has_unsafe(text: str) -> bool:
    """Whether ``text`` holds a character ``safe_text`` replaces. ``isprintable`` is a fast
    C-level screen (every unsafe character is unprintable); most texts pass it."""
    return not text.isprintable() and UNSAFE.search(text) is not None


def safe_text(text: str) -> str:
    """``text`` with each character no output can carry replaced by U+FFFD (one for one, so
    positions and lengths are kept)."""
    if text.isprintable():
        return text
    return UNSAFE.sub(REPLACEMENT, text)


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds an unpaired surrogate (it cannot be encoded as UTF-8)."""
    return not text.isascii() and SURROGATE.search(text) is not None


def without_surrogates(text: str) -> str:
    """``text`` with every unpaired surrogate replaced by U+FFFD (other characters kept)."""
    return SURROGATE.sub(REPLACEMENT, text) if has_surrogate(text) else text


def unsafe_chars(text: str) -> list[tuple[int, str]]:
    """The characters ``safe_text`` replaces, with their positions (1 for the first
    character, as a user counts)."""
    if text.isprintable():
        return []
    return [(m.start() + 1, m.group()) for m in UNSAFE.finditer(text)]


def code_point(ch: str) -> str:
    """A character as users can look it up: ``U+0007``."""
    return f"U+{ord(ch):04X}"
