"""The documents File → Print… offers and their names: what the menu needs at start-up, apart
from ``documents`` (which draws them and imports the brief, the options matrix and Qt's
printing module only when something is printed)."""

from __future__ import annotations

from enum import Enum

from negotiator_gui.core.i18n import N_


class Kind(Enum):
    """The documents File → Print… offers."""

    BOARDS = "boards"
    MATRIX = "matrix"
    BRIEF = "brief"


#: Each document's name in the chooser (untranslated).
TITLES = {
    Kind.BOARDS: N_("Boards (every side's cards, by lane)"),
    Kind.MATRIX: N_("Options matrix (candidate packages and options)"),
    Kind.BRIEF: N_("Minister's brief (one or two pages)"),
}
