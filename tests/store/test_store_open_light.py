"""Opening a library that needs no migration reads its schema with two plain queries and does not
import sqlite-utils (and the modules it brings): the window opens its library at start. Migrating
and ``Library.db`` still use sqlite-utils, on the same connection."""

from __future__ import annotations

import os
import subprocess
import sys

from negotiator_gui.store import open_library, schema


def test_the_migrations_table_is_sqlite_utils_own():
    from sqlite_utils.migrations import Migrations

    assert Migrations.migrations_table == schema.MIGRATIONS_TABLE


def test_opening_an_up_to_date_library_imports_no_sqlite_utils(tmp_path):
    path = tmp_path / "library.sqlite"
    with open_library(path, create=True) as lib:  # made (migrated) here, with sqlite-utils
        assert lib.schema_version == schema.SCHEMA_VERSION
    code = (
        "import sys\n"
        "from negotiator_gui.store import open_library\n"
        "lib = open_library(sys.argv[1])\n"
        "version = lib.schema_version\n"
        "print(version, 'sqlite_utils' in sys.modules, 'click' in sys.modules)\n"
        "print(lib.db.execute('PRAGMA recursive_triggers').fetchone()[0])\n"
        "lib.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=True,
    )
    first, second = done.stdout.splitlines()
    assert first == f"{schema.SCHEMA_VERSION} False False"
    assert second == "1"  # the connection is set up as sqlite-utils sets up its own
