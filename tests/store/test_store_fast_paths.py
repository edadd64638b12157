"""The library's quick save and load of big flow tables: many rows per INSERT, the document
encoded once, the rows read through the reader's fast path. What is stored and loaded must be
what the slow way stored and loaded, and a tampered revision is still refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from factories import small_scenario
from negotiator_gui.core.model import TradeFlows
from negotiator_gui.io.scenario_file import ScenarioFileError
from negotiator_gui.io.scenario_writer import dumps_scenario
from negotiator_gui.store import latest
from negotiator_gui.store.errors import CorruptLibrary


def _table(n: int, partners=("JP", "US")) -> TradeFlows:
    f = TradeFlows(year=2024, unit="USD", source="test")
    for k in range(n):
        f.importer.append(partners[k % 2])
        f.exporter.append(partners[(k + 1) % 2])
        f.product.append(f"{1000 + k // 2:04d}")
        f.value.append([0.0, 1.5, 2, 1e15, 123456.0][k % 5])
        f.mfn_rate.append([0.0, 0.025, 0.1, 0][k % 4])
    return f


def _big():
    s = small_scenario()
    s.trade_flows = _table(61)
    return s


def _plain_rows(lib, sid):
    return lib.db.conn.execute(
        "SELECT position, importer, exporter, product, value, mfn_rate FROM flows "
        "WHERE scenario_id = ? ORDER BY position",
        [sid],
    ).fetchall()


def _expected_rows(f: TradeFlows):
    return [(k, *f.row(k)) for k in range(len(f))]


@pytest.mark.parametrize("batch", [1, 7, 61, 1000])
def test_flow_rows_are_stored_whatever_the_batch(lib, monkeypatch, batch):
    """Whole batches and the rest: every row once, at its position, with its values."""
    monkeypatch.setattr(latest, "_BATCH", batch)
    s = _big()
    rev = lib.create(s)
    assert _plain_rows(lib, rev.scenario_id) == _expected_rows(s.trade_flows)
    assert lib.load(rev.id) == s


def test_edits_of_the_flows_keep_the_plain_rows_in_line(lib, monkeypatch):
    monkeypatch.setattr(latest, "_BATCH", 5)
    s = _big()
    rev = lib.create(s)
    s.trade_flows.value[3] = 99.0  # a few cells: those rows updated
    rev = lib.save(rev.scenario_id, s, rev.id)
    assert _plain_rows(lib, rev.scenario_id) == _expected_rows(s.trade_flows)
    s.trade_flows = _table(23, partners=("US", "JP"))  # most rows differ: all rewritten
    rev = lib.save(rev.scenario_id, s, rev.id)
    assert _plain_rows(lib, rev.scenario_id) == _expected_rows(s.trade_flows)
    s.trade_flows = TradeFlows()
    rev = lib.save(rev.scenario_id, s, rev.id)
    assert _plain_rows(lib, rev.scenario_id) == []
    assert lib.load(rev.id) == s


def test_the_stored_document_and_hashes_are_the_canonical_text(lib):
    s = _big()
    rev = lib.create(s)
    text = dumps_scenario(s)
    data = text.encode("utf-8")
    (document, digest, size, flows_hash) = lib.db.conn.execute(
        "SELECT r.document, r.hash, r.size, s.flows_hash FROM revisions r "
        "JOIN scenarios s ON s.id = r.scenario_id WHERE r.id = ?",
        [rev.id],
    ).fetchone()
    assert document == text
    assert digest == hashlib.sha256(data).hexdigest() == rev.hash
    assert size == len(data)
    # the flow table's part: from its key to the next top-level key (in the parsed order)
    keys = list(json.loads(text))
    following = keys[keys.index("trade_flows") + 1]
    start = text.index('\n  "trade_flows": ')
    end = text.index(f'\n  "{following}": ')
    assert flows_hash == hashlib.sha256(text[start:end].encode("utf-8")).hexdigest()


def _tamper(lib, rev_id: int, edit, fix_hash: bool) -> None:
    raw = sqlite3.connect(lib.path)
    raw.execute("DROP TRIGGER revisions_are_immutable")  # what a hand edit would do
    (document,) = raw.execute("SELECT document FROM revisions WHERE id = ?", [rev_id]).fetchone()
    changed = edit(document)
    assert changed != document
    digest = hashlib.sha256(changed.encode("utf-8")).hexdigest()
    raw.execute("UPDATE revisions SET document = ? WHERE id = ?", [changed, rev_id])
    if fix_hash:
        raw.execute("UPDATE revisions SET hash = ? WHERE id = ?", [digest, rev_id])
    raw.commit()
    raw.close()


def _double_first_row(document: str) -> str:
    lines = document.split("\n")
    k = next(i for i, line in enumerate(lines) if line.startswith("      ["))
    lines.insert(k + 1, lines[k])
    return "\n".join(lines)


def test_a_tampered_flow_row_is_refused(lib):
    rev = lib.create(_big())
    _tamper(lib, rev.id, lambda d: d.replace('"1000", 0.0', '"1000", 7.0', 1), fix_hash=False)
    with pytest.raises(CorruptLibrary, match="no longer matches its hash"):
        lib.load(rev.id)


@pytest.mark.parametrize(
    ("edit", "place", "what"),
    [
        (_double_first_row, "$.trade_flows.rows[1]", "duplicate flow"),
        (
            lambda d: d.replace('"1000", 0.0, 0.0]', '"1000", NaN, 0.0]', 1),
            "$.trade_flows.rows[0][3]",
            "NaN is not allowed",
        ),
        (
            lambda d: d.replace('"1000", 0.0, 0.0]', '"1000", -5, 0.0]', 1),
            "$.trade_flows.rows[0][3]",
            "is negative",
        ),
        (
            lambda d: d.replace('["JP", "US", "1000", 0.0, 0.0]', '["JP", "US", "1000"]', 1),
            "$.trade_flows.rows[0]",
            "expected a row of 5 cells",
        ),
    ],
)
def test_a_hand_edited_revision_with_a_matching_hash_is_still_checked(lib, edit, place, what):
    """Someone edits a stored document and updates its hash: the hash then verifies, but the
    content is checked like any file's, and the bad row is named."""
    rev = lib.create(_big())
    _tamper(lib, rev.id, edit, fix_hash=True)
    with pytest.raises(ScenarioFileError) as err:
        lib.load(rev.id)
    assert any(p.path == place and what in p.message for p in err.value.problems), str(err.value)
