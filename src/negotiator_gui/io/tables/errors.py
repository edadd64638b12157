"""What goes wrong with a table: ``TableError`` for a table that cannot be used at all (its
message is for the user), and the three outcomes of parsing one cell that are not a value
(bad, empty, a total to skip), which the row reader turns into row problems and counts.
"""

from __future__ import annotations


class TableError(Exception):
    """A table that cannot be used at all; the message says why and what to do."""


class BadCell(Exception):
    """A cell that cannot be used; the message is shown with its row and column."""


class EmptyCell(Exception):
    """An empty cell: a row problem, unless the whole row is blank or only its value is empty
    (no trade recorded)."""


class SkipRow(Exception):
    """A cell that makes the row an aggregate to skip, not an error."""
