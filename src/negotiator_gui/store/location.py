"""Where the scenario library lives: ``--db PATH``, else ``$NEGOTIATOR_DB``, else the user's data
folder of the platform.

The library is personal working data, not a document the user picks, so by default it goes
where each platform keeps application data (and where backup tools look for it), never next to
the program or in the current folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "NEGOTIATOR_DB"
APP_DIR = "Negotiator"
FILE_NAME = "library.sqlite"


def data_dir(platform: str | None = None, env: dict[str, str] | None = None) -> Path:
    """The per-user application data folder (``platform`` and ``env`` are for tests).

    Windows: ``%LOCALAPPDATA%\\Negotiator`` (local, not roaming: a library can be large);
    macOS: ``~/Library/Application Support/Negotiator``; elsewhere the XDG data folder,
    ``$XDG_DATA_HOME/negotiator`` or ``~/.local/share/negotiator``.
    """
    platform = platform or sys.platform
    env = os.environ if env is None else env
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or env.get("APPDATA")
        return Path(base) / APP_DIR if base else home / "AppData" / "Local" / APP_DIR
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR
    xdg = env.get("XDG_DATA_HOME")
    # The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_DIR.lower()


def default_library_path(platform: str | None = None, env: dict[str, str] | None = None) -> Path:
    return data_dir(platform, env) / FILE_NAME


def library_path(
    explicit: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None
) -> Path:
    """The library to use: the ``--db`` argument, else ``$NEGOTIATOR_DB``, else the default."""
    env = os.environ if env is None else env
    if explicit:
        return Path(explicit).expanduser()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    return default_library_path(env=env)


def backups_of(path: Path) -> list[Path]:
    """Automatic backups of a library (taken before each migration), oldest first: they sit
    next to it as ``<name>.backup-v<schema version>-<UTC time>.sqlite``."""
    return sorted(path.parent.glob(f"{path.stem}.backup-*.sqlite"))
