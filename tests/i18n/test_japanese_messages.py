"""Messages the window shows from the lower layers speak Japanese: the library's errors (a save
conflict), a revision diff in words, a table import report and a workbook's refusal; and an
options-matrix workbook exported in Japanese is read back in an English session."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import openpyxl
import pytest
from visible_text import WORD, english

from factories import small_scenario
from negotiator_gui.core.model import CardStatus, Scenario
from negotiator_gui.io.excel import WorkbookError, read_weights, write_workbook
from negotiator_gui.io.excel import layout as L
from negotiator_gui.io.scenario_file import read_scenario
from negotiator_gui.paths import default_scenario_path
from negotiator_gui.store import Conflict, open_library
from negotiator_gui.ui.shell import language

NOW = dt.datetime(2025, 4, 20, 9, 30)


def ids_of(s: Scenario) -> set[str]:
    """The words of the scenario's ids, which messages may show as they are."""
    ids = [s.id, *(p.id for p in s.parties), *(i.id for i in s.issues), *(c.id for c in s.cards)]
    ids += [o.id for i in s.issues for o in i.options]
    return set(WORD.findall(" ".join(ids)))


def japanese_text(s: Scenario) -> Scenario:
    """The scenario with Japanese free text where messages quote it."""
    return dataclasses.replace(s, title="日米テスト")


def no_english(text: str, allowed: set[str]) -> None:
    words = english(text, allowed)
    assert not words, f"English left: {sorted(set(words))} in {text!r}"


def test_save_conflict_and_its_diff_in_japanese(japanese, tmp_path):
    db = tmp_path / "library.sqlite"
    a = open_library(db, author="愛子")
    b = open_library(db, author="健")
    try:
        s = japanese_text(small_scenario())
        r1 = a.create(s)
        mine_a, mine_b = a.load(r1.id), b.load(r1.id)
        mine_a.cards[0].status = CardStatus.ACCEPTED
        a.save(r1.scenario_id, mine_a, r1.id, "受諾")
        mine_b.title = "健のタイトル"
        mine_b.preferences[0].issues[s.issues[0].id].weight += 5
        with pytest.raises(Conflict) as err:
            b.save(r1.scenario_id, mine_b, r1.id, "改題")
    finally:
        a.close()
        b.close()
    allowed = ids_of(s)
    message = str(err.value)
    assert "愛子" in message and "版 2" in message
    no_english(message, allowed)
    lines = err.value.diff.lines()
    assert len(lines) == 3 and "タイトル" in lines[0]
    for line in [*lines, err.value.diff.summary(), *err.value.their_changes.lines()]:
        no_english(line, allowed)


def test_library_errors_in_japanese(japanese, tmp_path):
    with open_library(tmp_path / "library.sqlite") as lib:
        lib.create(japanese_text(small_scenario()), name="日米")
        for call in (lambda: lib.find("存在しない"), lambda: lib.rename(1, " ")):
            with pytest.raises(Exception) as err:
                call()
            no_english(str(err.value).replace(str(lib.path), ""), {"negotiator", "db", "list"})


@pytest.fixture
def april() -> Scenario:
    return japanese_text(read_scenario(default_scenario_path()).scenario)


def test_workbook_refusals_in_japanese(japanese, tmp_path, april):
    book = tmp_path / "april.xlsx"
    write_workbook(book, april, now=NOW)
    other = dataclasses.replace(april, id="other-2025")
    with pytest.raises(WorkbookError) as err:
        read_weights(book, other)
    no_english(str(err.value).replace(str(book), ""), ids_of(april) | ids_of(other))

    wb = openpyxl.load_workbook(book)
    ws = wb[L.local(L.OPTIONS)]
    for row in ws.iter_rows(max_row=10):
        for c in row:
            if c.value == L.local(L.H_OPTION):
                c.value = "選択肢"
    wb.save(tmp_path / "restructured.xlsx")
    with pytest.raises(WorkbookError) as err:
        read_weights(tmp_path / "restructured.xlsx", april)
    text = str(err.value).replace(str(tmp_path / "restructured.xlsx"), "")
    assert "ID" in text
    no_english(text, ids_of(april))

    result = read_weights(book, april)
    no_english(result.report("april.xlsx", "april.json", april), ids_of(april) | {"april", "json"})


def test_workbook_exported_in_japanese_reads_back_in_english(qapp, japanese, tmp_path, april):
    book = tmp_path / "japanese.xlsx"
    write_workbook(book, april, now=NOW)
    wb = openpyxl.load_workbook(book)
    assert L.local(L.OPTIONS) in wb.sheetnames and L.OPTIONS not in wb.sheetnames
    name = L.weight_name("JP", "autos")
    sheet, coord = wb.defined_names[name].attr_text.split("!")
    wb[sheet.strip("'")][coord.replace("$", "")].value = 25
    wb.save(book)

    language.install(qapp, "en")  # a colleague's English session
    result = read_weights(book, april)
    changes = {(c.party, c.what, c.issue): (c.old, c.new) for c in result.changes}
    assert changes == {("JP", "weight", "autos"): (30, 25)}
    assert result.parties == ("JP", "US")
    weights = {p.party: {k: v.weight for k, v in p.issues.items()} for p in april.preferences}
    weights["JP"]["autos"] = 25
    got = {p.party: {k: v.weight for k, v in p.issues.items()} for p in result.scenario.preferences}
    assert got == weights
    assert "No changes." not in result.report("japanese.xlsx", "april.json", april)


def test_table_import_report_in_japanese(japanese, tmp_path, april):
    from negotiator_gui.io.tables import FIELDS, read_table

    path = tmp_path / "flows.csv"
    rows = [
        "輸入国,輸出国,品目コード,金額,税率",
        "JP,US,201,1000,0.385",
        "JP,US,0201,500,0.385",
        "JP,US,870323,不明,0",
        ",,,,",
        "US,JP,870323,2000,0.025",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = read_table(path, scenario=april)
    assert report.rows_accepted == 3 and report.rows_rejected == 1
    text = report.text().replace(str(path), "")
    assert "受け入れ" in text and "拒否" in text
    # the field ids (as --map names them) and the encoding are technical
    allowed = ids_of(april) | set(WORD.findall(" ".join(FIELDS))) | {"mfn", "UTF"}
    for line in text.splitlines():
        # command-line options (--rates percent) are named as they are typed
        no_english(re.sub(r"--[\w-]+(?: [a-z]+)?", "", line), allowed)
    no_english(report.layout_why, set())


def test_file_open_problems_in_japanese(japanese):
    import json

    from negotiator_gui.io.scenario_file import ScenarioFileError, parse_scenario_text

    doc = json.loads(default_scenario_path().read_text(encoding="utf-8"))
    doc["cards"][0]["status"] = "a"
    doc["cards"][1]["title"] = 5
    doc["issues"][0]["colour"] = []
    del doc["parties"][0]["name"]
    doc["surprise"] = 1
    with pytest.raises(ScenarioFileError) as err:
        parse_scenario_text(json.dumps(doc), "開いたファイル")
    problems = [str(p) for p in err.value.problems]
    assert len(problems) >= 4
    # JSON paths and the file format's own values stay as they are
    allowed = {"cards", "issues", "parties", "status", "title", "colour", "name", "surprise"}
    assert any("on_table" in p for p in problems)
    for line in [*problems, err.value.report()]:
        no_english(re.sub(r"'[^']*'", "", line), allowed)


def test_table_errors_in_japanese(japanese, tmp_path, april):
    from negotiator_gui.io.tables import TableError, read_table

    blank = tmp_path / "blank.csv"
    blank.write_text(",,,\n,,,\n", encoding="utf-8")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    for path in (blank, old):
        with pytest.raises(TableError) as err:
            read_table(path, scenario=april)
        no_english(str(err.value).replace(str(path), ""), {"xls", "xlsx", "LibreOffice"})
