"""File → Import: trade tables through the mapping dialog (one undo step), GENIUS domains,
scenario files into the library; bad input and cancelling change nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from negotiator_gui.io.scenario_file import write_scenario
from negotiator_gui.ui.io import import_export as ie
from negotiator_gui.ui.io.dialogs import GeniusDialog, TableMappingDialog

GENIUS = Path(__file__).resolve().parents[2] / "genius" / "fixtures"


def flows_key(window):
    f = window.document.scenario.trade_flows
    return (list(f.importer), list(f.exporter), list(f.product), list(f.value), list(f.mfn_rate))


def write_csv(tmp_path: Path, header: str = "importer,exporter,product,value,mfn_rate") -> Path:
    p = tmp_path / "flows.csv"
    p.write_text(
        header + "\nUS,JP,870323,1000000,0.025\nUS,JP,010101,2000,0.05\nJP,US,020130,500,0.3\n"
        "US,Atlantis,0303,10,0.1\n",
        encoding="utf-8",
    )
    return p


def pick(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def drive_mapping(monkeypatch, qtbot, act=None, result=QDialog.DialogCode.Accepted):
    """Replace the mapping dialog's exec: optionally change settings, wait for the preview."""
    seen = {}

    def fake_exec(dialog):
        seen["dialog"] = dialog
        if act is not None:
            act(dialog)
        qtbot.waitUntil(lambda: dialog.settled, timeout=10000)
        seen["summary"] = dialog.summary.text()
        seen["preview"] = dialog.preview.toPlainText()
        return result

    monkeypatch.setattr(TableMappingDialog, "exec", fake_exec)
    return seen


def test_csv_import_is_one_undo_step(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    before = flows_key(window)
    pick(monkeypatch, write_csv(tmp_path))
    seen = drive_mapping(monkeypatch, qtbot, act=lambda d: d.replace.setChecked(True))
    index = window.undo.qstack.index()
    window.part("import-export").act_import_table.trigger()
    wait_tasks(window)
    assert not errors
    d = seen["dialog"]
    assert d.combos["value"].currentData() == "value"
    assert d.combos["importer"].count() == 6  # (not used) + every column
    assert "3 rows accepted" in seen["summary"]
    assert "Atlantis" in seen["preview"]
    f = window.document.scenario.trade_flows
    assert sorted(f.product) == ["010101", "020130", "870323"]
    assert window.undo.qstack.index() == index + 1
    assert window.undo.qstack.undoText() == "Import trade data from flows.csv"
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert flows_key(window) == before


def test_changing_the_mapping_rereads_the_preview(
    window, qtbot, monkeypatch, tmp_path, errors, wait_tasks
):
    p = tmp_path / "odd.csv"
    p.write_text("imp,exp,hs,amount\nUS,JP,870323,5\nUS,JP,870324,7\n", encoding="utf-8")
    pick(monkeypatch, p)

    def map_columns(d):
        assert "cannot be imported" in d.summary.text()
        for field, col in (("importer", "imp"), ("exporter", "exp"), ("product", "hs")):
            d.combos[field].setCurrentIndex(d.combos[field].findData(col))
        d.combos["value"].setCurrentIndex(d.combos["value"].findData("amount"))

    seen = drive_mapping(monkeypatch, qtbot, act=map_columns)
    window.part("import-export").act_import_table.trigger()
    wait_tasks(window)
    assert not errors
    assert "2 rows accepted" in seen["summary"]
    f = window.document.scenario.trade_flows
    assert f.value[f.product.index("870324")] == 7


def test_missing_value_column_shows_an_error(
    window, qtbot, monkeypatch, tmp_path, errors, wait_tasks
):
    before, index = flows_key(window), window.undo.qstack.index()
    pick(monkeypatch, write_csv(tmp_path, "importer,exporter,product,amount,mfn_rate"))
    seen = drive_mapping(monkeypatch, qtbot)
    window.part("import-export").act_import_table.trigger()
    wait_tasks(window)
    assert not seen["dialog"].ok.isEnabled()
    assert "value" in seen["preview"]
    assert len(errors) == 1 and "Cannot import the table" in errors[0]
    assert flows_key(window) == before and window.undo.qstack.index() == index


def test_cancelling_the_mapping_dialog_changes_nothing(
    window, qtbot, monkeypatch, tmp_path, errors, wait_tasks
):
    before, index = flows_key(window), window.undo.qstack.index()
    pick(monkeypatch, write_csv(tmp_path))
    drive_mapping(monkeypatch, qtbot, result=QDialog.DialogCode.Rejected)
    window.part("import-export").act_import_table.trigger()
    wait_tasks(window)
    assert not errors
    assert flows_key(window) == before and window.undo.qstack.index() == index
    assert not window.isWindowModified()


def test_unreadable_table_is_an_error(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    p = tmp_path / "flows.xls"
    p.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    pick(monkeypatch, p)
    before = flows_key(window)
    window.part("import-export").act_import_table.trigger()
    wait_tasks(window)
    assert len(errors) == 1 and ".xls workbooks cannot be read" in errors[0]
    assert flows_key(window) == before


def test_xlsx_import_through_the_mapping(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    import openpyxl

    p = tmp_path / "flows.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["US imports from Japan, 2024"])
    ws.append(["HS code", "Customs value"])
    ws.append(["870323", 1000])
    ws.append(["870324", 2000])
    wb.save(p)
    pick(monkeypatch, p)

    def fix_parties(d):
        assert d.combos["value"].findData("Customs value") > 0
        d.fixed["importer"].setCurrentIndex(d.fixed["importer"].findData("US"))
        d.fixed["exporter"].setCurrentIndex(d.fixed["exporter"].findData("JP"))
        assert not d.combos["importer"].isEnabled()

    seen = drive_mapping(monkeypatch, qtbot, act=fix_parties)
    window.part("import-export").act_import_table.trigger()
    wait_tasks(window)
    assert not errors, errors
    assert "2 rows accepted" in seen["summary"]
    f = window.document.scenario.trade_flows
    i = list(zip(f.importer, f.exporter, f.product, strict=True)).index(("US", "JP", "870324"))
    assert f.value[i] == 2000


def test_merge_of_another_year_is_refused(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    before, index = flows_key(window), window.undo.qstack.index()
    p = tmp_path / "y.csv"
    p.write_text("importer,exporter,product,value,year\nUS,JP,870323,5,2019\n", encoding="utf-8")
    pick(monkeypatch, p)
    drive_mapping(monkeypatch, qtbot)  # merge is the default
    window.part("import-export").act_import_table.trigger()
    wait_tasks(window)
    assert len(errors) == 1 and "2019" in errors[0]
    assert flows_key(window) == before and window.undo.qstack.index() == index


def test_genius_import_opens_a_new_scenario(window, qtbot, monkeypatch, errors, wait_tasks):
    def fake_exec(dialog):
        dialog.set_files(
            str(GENIUS / "laptop_domain.xml"),
            [str(GENIUS / "laptop_buyer.xml"), str(GENIUS / "laptop_seller.xml")],
            "Buyer, Seller",
        )
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(GeniusDialog, "exec", fake_exec)
    old = window.document
    window.part("import-export").act_import_genius.trigger()
    wait_tasks(window)
    assert not errors
    doc = window.document
    assert doc is not old and doc.path is None
    assert [p.name for p in doc.scenario.parties] == ["Buyer", "Seller"]
    assert doc.scenario.issues
    assert doc.dirty and window.isWindowModified()  # not saved anywhere yet


def test_bad_genius_file_shows_an_error(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    bad = tmp_path / "domain.xml"
    bad.write_text("<negotiation_template><oops", encoding="utf-8")

    def fake_exec(dialog):
        dialog.set_files(
            str(bad), [str(GENIUS / "laptop_buyer.xml"), str(GENIUS / "laptop_seller.xml")]
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(GeniusDialog, "exec", fake_exec)
    old = window.document
    window.part("import-export").act_import_genius.trigger()
    wait_tasks(window)
    assert len(errors) == 1 and "domain.xml" in errors[0] and "Traceback" not in errors[0]
    assert window.document is old


def test_scenario_file_into_the_library(window, qtbot, monkeypatch, tmp_path, errors, wait_tasks):
    path = tmp_path / "copy.scenario.json"
    write_scenario(window.document.scenario, path)
    pick(monkeypatch, path)
    window.part("import-export").act_import_library.trigger()
    wait_tasks(window)
    assert not errors
    assert window.document.library_scenario is not None
    assert len(window.library.library.scenarios()) == 1


def test_bad_scenario_file_leaves_the_library_unchanged(
    window, qtbot, monkeypatch, tmp_path, errors, wait_tasks
):
    path = tmp_path / "bad.scenario.json"
    path.write_text("{not json", encoding="utf-8")
    pick(monkeypatch, path)
    old = window.document
    window.part("import-export").act_import_library.trigger()
    wait_tasks(window)
    assert len(errors) == 1 and "bad.scenario.json" in errors[0]
    assert window.library.library.scenarios() == []
    assert window.document is old


def test_error_text_is_readable():
    assert (
        ie.error_text(OSError(13, "Permission denied", "/x.xlsx")) == "/x.xlsx: Permission denied"
    )
    assert "ZeroDivisionError" in ie.error_text(ZeroDivisionError("division by zero"))
