"""The application's settings: their keys, defaults, and how a stored value is read back.

One place for them, so the settings dialog, the library controller, the charts and the start-up
code (the translator reads ``LANGUAGE``) agree on names and on what a hand-edited or missing
value means: every reader falls back to the default rather than failing.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from negotiator_gui.app.library import os_user

LANGUAGE = "ui/language"  # "system" | "en" | "ja"; applied at the next start
THEME = "ui/theme"  # "system" | "light" | "dark" (see ui/shell/theme.py)
AUTHOR = "user/author"  # the author of revisions saved in the library
AUTOSAVE = "library/autosave_seconds"  # seconds after the last edit; 0 = off
TRADE_MODEL = "analysis/trade_model"  # "linear" | "exact": where model toggles start
LIBRARY = "library/path"  # the library file; empty = $NEGOTIATOR_DB or the data folder
WELCOMED = "ui/welcomed"  # true once the user asked not to see the welcome panel again
#: Libraries on a network drive whose way of working was explained (paths, one a line).
NETWORK_EXPLAINED = "library/network_explained"

LANGUAGES: tuple[str, ...] = ("system", "en", "ja")
TRADE_MODELS: tuple[str, ...] = ("linear", "exact")
DEFAULT_AUTOSAVE = 3
MAX_AUTOSAVE = 3600
MAX_AUTHOR = 80


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(key)
    return "" if value is None else str(value).strip()


def language(settings: QSettings) -> str:
    value = _text(settings, LANGUAGE)
    return value if value in LANGUAGES else "system"


def author(settings: QSettings) -> str:
    """The name stored for revisions, else the OS user name."""
    return _text(settings, AUTHOR)[:MAX_AUTHOR] or os_user()


def autosave_seconds(settings: QSettings) -> int:
    """Seconds after the last edit before unsaved work is kept for recovery (0 = never)."""
    try:
        value = int(float(_text(settings, AUTOSAVE)))
    except ValueError:
        return DEFAULT_AUTOSAVE
    return min(max(value, 0), MAX_AUTOSAVE)


def trade_model(settings: QSettings) -> str:
    value = _text(settings, TRADE_MODEL)
    return value if value in TRADE_MODELS else "linear"


def welcomed(settings: QSettings) -> bool:
    return _text(settings, WELCOMED).lower() in ("true", "1", "yes")


def network_explained(settings: QSettings) -> list[str]:
    return [line for line in _text(settings, NETWORK_EXPLAINED).splitlines() if line.strip()]


def current_language() -> str:
    """ "ja" when the interface runs in Japanese, else "en". The translator sets QLocale's
    default to the language it installed at start-up, so this follows what the window shows
    (a language chosen in Settings applies at the next start)."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"
