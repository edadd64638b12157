"""The errors the use cases raise for the caller to show, in one place for the ui.

Each is the io or store layer's own exception class (re-exported, not wrapped), so a message
reads the same whichever way the user met it, and a caller above the app layer need not know
which reader or writer raised it. ``os_error_text`` words an ``OSError`` (a full disk named as
such) for every message that reports a file that cannot be read or written. Importing this
module loads the library's modules too: a command that needs only one of these names takes it
from its use case module instead (``app.usecases.scenario_files.ScenarioFileError``...).
"""

from __future__ import annotations

from negotiator_gui.app.usecases.genius_import import GeniusError
from negotiator_gui.app.usecases.output import OutputCheckError, os_error_text, unexpected_text
from negotiator_gui.app.usecases.scenario_files import ScenarioFileError
from negotiator_gui.app.usecases.trade_import import TableError
from negotiator_gui.store.errors import LibraryError, NotFound

__all__ = [
    "GeniusError",
    "LibraryError",
    "NotFound",
    "OutputCheckError",
    "ScenarioFileError",
    "TableError",
    "os_error_text",
    "unexpected_text",
]
