"""The paper a printed output is set up for: A4, or US Letter where the locale uses it.

Officials print the workbook and the brief on their office's paper. Most of the world uses A4;
the United States, Canada, Mexico, the Philippines and a few countries of the Americas use US
Letter. A locale is read from its region ("en_US.UTF-8", "en-US", "es_MX", or Windows'
"English_United States"); anything unrecognised prints A4.
"""

from __future__ import annotations

import locale
import os

A4 = "a4"
LETTER = "letter"
PAPERS = (A4, LETTER)

#: Regions (ISO 3166 codes) whose offices print on US Letter.
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT", "SV", "CR"})
#: Windows spells the region out ("English_United States").
_LETTER_NAMES = ("united states", "canada", "mexico", "philippines")


def paper_for(locale_name: str | None) -> str:
    """``"letter"`` for a locale of a US-Letter region, else ``"a4"``."""
    if not locale_name:
        return A4
    name = locale_name.split(".")[0].split("@")[0]
    if any(n in name.lower() for n in _LETTER_NAMES):
        return LETTER
    parts = name.replace("-", "_").split("_")
    region = parts[1].upper() if len(parts) > 1 else ""
    return LETTER if region in LETTER_REGIONS else A4


def system_paper() -> str:
    """The paper of the user's locale: ``LC_ALL`` (which overrides the others), ``LC_PAPER``
    (where the C library keeps it), ``LANG``, then the process's locale; A4 when none says."""
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return paper_for(value)
    try:
        return paper_for(locale.getlocale()[0])
    except ValueError:  # an unknown locale in the environment
        return A4
