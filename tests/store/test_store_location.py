"""Where the library lives on each platform, and how ``--db`` and ``NEGOTIATOR_DB`` override it."""

from __future__ import annotations

from pathlib import Path

from negotiator_gui.store.location import data_dir, default_library_path, library_path


def test_linux_uses_xdg_data_home_or_local_share():
    assert data_dir("linux", {"HOME": "/home/a"}) == Path("/home/a/.local/share/negotiator")
    env = {"HOME": "/home/a", "XDG_DATA_HOME": "/data"}
    assert data_dir("linux", env) == Path("/data/negotiator")
    # A relative XDG_DATA_HOME is invalid by the spec and ignored.
    env = {"HOME": "/home/a", "XDG_DATA_HOME": "rel"}
    assert data_dir("linux", env) == Path("/home/a/.local/share/negotiator")


def test_macos_and_windows_folders():
    assert data_dir("darwin", {"HOME": "/Users/a"}) == Path(
        "/Users/a/Library/Application Support/Negotiator"
    )
    env = {"USERPROFILE": "C:/Users/a", "LOCALAPPDATA": "C:/Users/a/AppData/Local"}
    assert data_dir("win32", env) == Path("C:/Users/a/AppData/Local/Negotiator")
    assert data_dir("win32", {"USERPROFILE": "C:/Users/a"}) == Path(
        "C:/Users/a/AppData/Local/Negotiator"
    )


def test_default_file_name():
    assert default_library_path("linux", {"HOME": "/h"}).name == "library.sqlite"


def test_explicit_path_beats_environment_beats_default(tmp_path: Path):
    env = {"HOME": str(tmp_path), "NEGOTIATOR_DB": str(tmp_path / "env.sqlite")}
    assert library_path(tmp_path / "arg.sqlite", env) == tmp_path / "arg.sqlite"
    assert library_path(None, env) == tmp_path / "env.sqlite"
    assert library_path(None, {"HOME": str(tmp_path)}).name == "library.sqlite"
    assert library_path("~/x.sqlite", {"HOME": "/h"}).name == "x.sqlite"
