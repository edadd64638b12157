"""The library's tables, and the migrations that build and upgrade them.

Migrations are sqlite-utils ``Migrations`` (one named step per schema version, each applied in a
transaction together with the record that it was applied, in ``_sqlite_migrations``). The schema
version of a library is the number of our steps it has applied; a step name we do not know means
a newer Negotiator upgraded it, and we refuse to touch it rather than guess.

The schema is written as SQL, on purpose: it is the contract with everyone who reads the library
with the ``sqlite-utils`` CLI or Datasette, so it should read like one. Revisions are immutable,
enforced by triggers, not just by convention. The "latest" tables (``parties``, ``issues``,
``options``, ``measures``, ``cards``, ``flows``) hold the latest revision of each scenario as
plain rows: nested values (lists, scopes, effects) are JSON text, dates ISO text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

# sqlite-utils (and the modules it brings: click, dateutil, pluggy) is imported only to migrate:
# reading a library's schema state is two queries, and the window opens its library at start.
MIGRATION_SET = "negotiator"
#: The table where sqlite-utils' ``Migrations`` records the steps applied
#: (``Migrations.migrations_table``).
MIGRATIONS_TABLE = "_sqlite_migrations"
#: ``PRAGMA application_id`` of a Negotiator library ("NEGO"): lets ``file(1)`` and we ourselves
#: tell a library from any other SQLite file.
APPLICATION_ID = 0x4E45474F

# Columns of the plain tables, after (scenario_id, position) and, for options, issue_id. They are
# the model's field names; nested values are stored as JSON text.
_PARTY_COLUMNS_V1 = ("id", "name", "colour", "role", "name_local", "batna", "notes")
_ISSUE_COLUMNS_V1 = ("id", "title", "description", "tags")
_OPTION_COLUMNS_V1 = ("id", "label", "description", "effects", "commitments")
_MEASURE_COLUMNS_V1 = (
    "id",
    "title",
    "authority",
    "imposing",
    "targets",
    "rate",
    "scope",
    "programme",
    "mode",
    "all_in_of",
    "legal_ref",
    "announced",
    "effective",
    "end",
    "retroactive_from",
    "suspensions",
    "quota",
    "source",
    "notes",
)
#: Added by schema version 2 (scenario format 3): what a base rate already holds of a measure,
#: and what its legal scope covers beyond the flow table.
_MEASURE_COLUMNS_V2 = ("in_base_rate", "uncovered")
_CARD_COLUMNS_V1 = (
    "id",
    "party",
    "kind",
    "title",
    "status",
    "order",
    "priority",
    "issue",
    "option",
    "value_to_us",
    "cost_to_them",
    "owner",
    "notes",
    "tags",
    "links",
)
#: Schema version 3 (scenario format 4): each entity's texts in other languages, as JSON
#: (``{"ja": {"name": "日本"}}``); a party's ``name_local`` moves into it.
_TEXT_TABLES = ("parties", "issues", "options", "measures", "cards")
PARTY_COLUMNS = (*(c for c in _PARTY_COLUMNS_V1 if c != "name_local"), "text")
ISSUE_COLUMNS = (*_ISSUE_COLUMNS_V1, "text")
OPTION_COLUMNS = (*_OPTION_COLUMNS_V1, "text")
MEASURE_COLUMNS = (*_MEASURE_COLUMNS_V1, *_MEASURE_COLUMNS_V2, "text")
CARD_COLUMNS = (*_CARD_COLUMNS_V1, "text")
FLOW_COLUMNS = ("importer", "exporter", "product", "value", "mfn_rate")

_REAL = {"rate", "value", "mfn_rate", "value_to_us", "cost_to_them"}
_INTEGER = {"position", "order"}


def _columns(names: Sequence[str]) -> str:
    def decl(n: str) -> str:
        kind = "REAL" if n in _REAL else "INTEGER" if n in _INTEGER else "TEXT"
        return f'"{n}" {kind}'

    return ",\n  ".join(decl(n) for n in names)


def _latest_table(name: str, columns: Sequence[str], key: Sequence[str] = ("id",)) -> str:
    """A plain table of one entity kind for the latest revision of every scenario; ``key``
    (with ``scenario_id``) is its primary key, ``position`` the order in the scenario."""
    extra = [k for k in key if k not in columns]
    return f"""CREATE TABLE "{name}" (
  scenario_id INTEGER NOT NULL REFERENCES scenarios(id),
  position INTEGER NOT NULL,
  {_columns([*extra, *columns])},
  PRIMARY KEY (scenario_id, {", ".join(key)})
)"""


_V1 = [
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE scenarios (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT,
  flows_hash TEXT
)""",
    # Names are unique among scenarios that are not in the trash.
    "CREATE UNIQUE INDEX scenarios_live_name ON scenarios(name) WHERE deleted_at IS NULL",
    """CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  scenario_id INTEGER NOT NULL REFERENCES scenarios(id),
  number INTEGER NOT NULL,
  parent_id INTEGER REFERENCES revisions(id),
  action TEXT NOT NULL,
  created_at TEXT NOT NULL,
  author TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  hash TEXT NOT NULL,
  document_id TEXT NOT NULL,
  title TEXT NOT NULL,
  as_of TEXT,
  size INTEGER NOT NULL,
  flows INTEGER NOT NULL,
  document TEXT NOT NULL,
  UNIQUE (scenario_id, number)
)""",
    "CREATE INDEX revisions_hash ON revisions(hash)",
    "CREATE INDEX revisions_parent ON revisions(parent_id)",
    """CREATE TRIGGER revisions_are_immutable BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable: save a new revision instead'); END""",
    """CREATE TRIGGER revisions_are_kept BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are never deleted'); END""",
    _latest_table("parties", _PARTY_COLUMNS_V1),
    _latest_table("issues", _ISSUE_COLUMNS_V1),
    _latest_table("options", _OPTION_COLUMNS_V1, key=("issue_id", "id")),
    _latest_table("measures", _MEASURE_COLUMNS_V1),
    _latest_table("cards", _CARD_COLUMNS_V1),
    # Flows are clustered by scenario (WITHOUT ROWID, keyed by position): a 300,000-row table
    # is rewritten whenever a save changes it, and one b-tree written in key order is the
    # cheapest way to do that. (importer, exporter, product) is unique too, but the scenario
    # reader checks that already, so no second index is paid for on every save.
    f"""CREATE TABLE flows (
  scenario_id INTEGER NOT NULL REFERENCES scenarios(id),
  position INTEGER NOT NULL,
  {_columns(FLOW_COLUMNS)},
  PRIMARY KEY (scenario_id, position)
) WITHOUT ROWID""",
    """CREATE TABLE recovery (
  id INTEGER PRIMARY KEY,
  session TEXT NOT NULL,
  slot TEXT NOT NULL,
  scenario_id INTEGER REFERENCES scenarios(id),
  base_revision INTEGER REFERENCES revisions(id),
  saved_at TEXT NOT NULL,
  author TEXT NOT NULL,
  document TEXT NOT NULL,
  UNIQUE (session, slot)
)""",
    # A view for people reading the library with Datasette: each scenario with its latest
    # revision, without the (large) document.
    """CREATE VIEW latest_revisions AS
SELECT s.id AS scenario_id, s.name, s.deleted_at, r.id AS revision_id, r.number, r.created_at,
       r.author, r.message, r.title, r.as_of, r.hash, r.flows
FROM scenarios s JOIN revisions r ON r.scenario_id = s.id
WHERE r.number = (SELECT max(number) FROM revisions WHERE scenario_id = s.id)""",
]


def _run(statements: Sequence[str]) -> Callable[[Database], None]:
    def step(db: Database) -> None:
        for sql in statements:
            db.execute(sql)

    return step


@dataclass(frozen=True)
class Step:
    """One schema version: its migration name and what it does to a library one version older."""

    version: int
    name: str
    apply: Callable[[Database], None]


_V2 = [f"ALTER TABLE measures ADD COLUMN {_columns([c])}" for c in _MEASURE_COLUMNS_V2]

# -- schema version 3: entity texts in other languages (a step of its own) --
_V3 = [
    *(f'ALTER TABLE "{t}" ADD COLUMN "text" TEXT' for t in _TEXT_TABLES),
    # the party's local name was its Japanese name, as scenario format 4 migrates it. (These rows
    # only mirror the latest revision: the next save rewrites them from the migrated document,
    # which keeps a local name in another script in the party's notes instead.)
    """UPDATE parties SET text = json_object('ja', json_object('name', name_local))
WHERE name_local IS NOT NULL AND name_local != ''""",
    "ALTER TABLE parties DROP COLUMN name_local",
]

# -- schema version 4: merges record their second parent (the colleague's revision) --
_V4 = ["ALTER TABLE revisions ADD COLUMN merged_id INTEGER REFERENCES revisions(id)"]

#: Every schema version that ever shipped, oldest first. Append only: never edit a shipped step.
STEPS: tuple[Step, ...] = (
    Step(1, "v1_library", _run(_V1)),
    Step(2, "v2_measure_base_and_coverage", _run(_V2)),
    Step(3, "v3_entity_texts", _run(_V3)),
    Step(4, "v4_merge_parents", _run(_V4)),
)
SCHEMA_VERSION = STEPS[-1].version


def migrations(steps: Sequence[Step] = STEPS) -> Migrations:
    from sqlite_utils.migrations import Migrations

    m = Migrations(MIGRATION_SET)
    for s in steps:
        m(name=s.name)(s.apply)
    return m


@dataclass(frozen=True)
class SchemaState:
    """What a library file holds: its version, and anything that stops us from using it."""

    version: int  # 0: empty (a new library)
    unknown: tuple[str, ...] = ()  # applied steps we do not know: a newer Negotiator's
    foreign: bool = False  # tables, but not ours: another program's database


def schema_state(db: Database | sqlite3.Connection, steps: Sequence[Step] = STEPS) -> SchemaState:
    """Read-only: which of our steps the file has applied (``db``: a connection, or a
    sqlite-utils ``Database``)."""
    conn: sqlite3.Connection = getattr(db, "conn", db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables - {"sqlite_sequence"}:
        return SchemaState(0)
    if MIGRATIONS_TABLE not in tables:
        return SchemaState(0, foreign=True)
    applied = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
    ]
    if not applied:
        return SchemaState(0, foreign=True)
    known = {s.name: s.version for s in steps}
    unknown = tuple(n for n in applied if n not in known)
    version = max((known[n] for n in applied if n in known), default=0)
    return SchemaState(version, unknown)
