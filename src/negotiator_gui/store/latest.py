"""The plain tables that show the latest revision of each scenario (``parties``, ``issues``,
``options``, ``measures``, ``cards``, ``flows``), written inside the save's own transaction.

They exist for people: ``sqlite-utils rows library.sqlite cards`` or Datasette show the board
without parsing JSON documents. Values are the model's, in plain form: enums as their text,
dates ISO, nested values (lists, scopes, effects) as JSON text. The revision document stays the
source of truth; these rows are rebuilt from it on every save.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import is_dataclass
from enum import Enum
from itertools import chain, count, repeat
from typing import Any

from negotiator_gui.core.model import Scenario
from negotiator_gui.store import schema
from negotiator_gui.store.diff import plain

#: SQLite's integers are signed 64-bit; a larger one (a scenario file may hold any integer) goes
#: to the plain tables as text (SQLite keeps it, in an INTEGER column, as the nearest real
#: number) rather than failing the save; the revision's document keeps it exactly.
_INT64 = range(-(2**63), 2**63)


def _cell(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, int) and value not in _INT64:
        return str(value)
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, dict)) or is_dataclass(value):
        return json.dumps(plain(value), ensure_ascii=False)
    return str(value)


def _rows(sid: int, items: Sequence[Any], columns: Sequence[str], *lead: Any):
    return [
        (sid, pos, *lead, *(_cell(getattr(item, c)) for c in columns))
        for pos, item in enumerate(items)
    ]


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    cols = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    return f'INSERT INTO "{table}" ({cols}) VALUES ({marks})'


_LATEST = {
    "parties": ("parties", schema.PARTY_COLUMNS),
    "issues": ("issues", schema.ISSUE_COLUMNS),
    "measures": ("measures", schema.MEASURE_COLUMNS),
    "cards": ("cards", schema.CARD_COLUMNS),
}
_SQL = {t: _insert_sql(t, ("scenario_id", "position", *cols)) for t, (_, cols) in _LATEST.items()}
_SQL["options"] = _insert_sql(
    "options", ("scenario_id", "position", "issue_id", *schema.OPTION_COLUMNS)
)
_SQL["flows"] = _insert_sql("flows", ("scenario_id", "position", *schema.FLOW_COLUMNS))


def _flows_hash(data: bytes) -> str:
    """Hash of the flow table's part of a canonical document (its UTF-8 bytes), to skip
    rewriting 300,000 plain rows when a save changed something else. Top-level keys are the
    only lines indented by exactly two spaces and opening with a quote, so the slice ends at
    the next one. (The same bytes as the part of the text, encoded: the ends are ASCII.)"""
    start = data.find(b'\n  "trade_flows": ')
    if start < 0:
        return hashlib.sha256(b"").hexdigest()
    end = data.find(b'\n  "', start + 1)
    return hashlib.sha256(memoryview(data)[start : end if end > 0 else len(data)]).hexdigest()


def write_latest(conn: sqlite3.Connection, sid: int, scenario: Scenario, document: bytes) -> None:
    """Replace a scenario's rows (in the caller's transaction); ``document`` is the revision's
    canonical text in UTF-8. The flow rows, possibly 300,000 of them, are rewritten only when
    the flow table's part of the document changed."""
    for table in ("parties", "issues", "options", "measures", "cards"):
        conn.execute(f'DELETE FROM "{table}" WHERE scenario_id = ?', [sid])
    s = scenario
    conn.executemany(_SQL["parties"], _rows(sid, s.parties, schema.PARTY_COLUMNS))
    conn.executemany(_SQL["issues"], _rows(sid, s.issues, schema.ISSUE_COLUMNS))
    conn.executemany(
        _SQL["options"],
        [r for i in s.issues for r in _rows(sid, i.options, schema.OPTION_COLUMNS, i.id)],
    )
    conn.executemany(_SQL["measures"], _rows(sid, s.measures, schema.MEASURE_COLUMNS))
    conn.executemany(_SQL["cards"], _rows(sid, s.cards, schema.CARD_COLUMNS))
    flows_hash = _flows_hash(document)
    (old,) = conn.execute("SELECT flows_hash FROM scenarios WHERE id = ?", [sid]).fetchone()
    if old != flows_hash:
        _write_flows(conn, sid, s, fresh=old is None)
        conn.execute("UPDATE scenarios SET flows_hash = ? WHERE id = ?", [flows_hash, sid])


def _write_flows(conn: sqlite3.Connection, sid: int, s: Scenario, fresh: bool) -> None:
    """Bring the plain flow rows in line with the scenario. An edit of a few cells in a big
    table updates those rows only: reading 300,000 rows back costs less than deleting and
    inserting them all. When most rows differ (or there were none), they are all rewritten."""
    f = s.trade_flows
    columns = (f.importer, f.exporter, f.product, f.value, f.mfn_rate)
    if not fresh:
        new = list(zip(*columns, strict=True))
        existing = conn.execute(
            "SELECT importer, exporter, product, value, mfn_rate FROM flows "
            "WHERE scenario_id = ? ORDER BY position",
            [sid],
        ).fetchall()
        common = min(len(existing), len(new))
        changed = [(*new[i], sid, i) for i in range(common) if existing[i] != new[i]]
        if len(changed) <= len(new) // 2:
            conn.executemany(_UPDATE_FLOW, changed)
            conn.executemany(_SQL["flows"], ((sid, i, *new[i]) for i in range(common, len(new))))
            conn.execute(
                "DELETE FROM flows WHERE scenario_id = ? AND position >= ?", [sid, len(new)]
            )
            return
        conn.execute("DELETE FROM flows WHERE scenario_id = ?", [sid])
    _insert_flows(conn, sid, columns)


#: Flow rows written by one INSERT statement (fewer if SQLite allows fewer parameters).
_BATCH = 1000


def _insert_flows(conn: sqlite3.Connection, sid: int, columns: Sequence[Sequence[Any]]) -> None:
    """Insert all flow rows, many rows to a statement: one ``executemany`` row at a time cost
    as much again as the rest of a 300,000-row save, most of it spent per statement, not per
    value."""
    width = 2 + len(columns)
    batch = max(1, min(_BATCH, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    values = list(chain.from_iterable(zip(repeat(sid), count(), *columns, strict=False)))
    rows = len(values) // width
    whole = rows - rows % batch
    if whole:
        sql = _multi_insert(batch, width)
        step = batch * width
        for start in range(0, whole * width, step):
            conn.execute(sql, values[start : start + step])
    if rows > whole:
        conn.execute(_multi_insert(rows - whole, width), values[whole * width :])


def _multi_insert(rows: int, width: int) -> str:
    one = "(" + ", ".join("?" * width) + ")"
    return _SQL["flows"].split(" VALUES ")[0] + " VALUES " + ", ".join([one] * rows)


_UPDATE_FLOW = (
    "UPDATE flows SET importer = ?, exporter = ?, product = ?, value = ?, mfn_rate = ? "
    "WHERE scenario_id = ? AND position = ?"
)
