"""The tariff editor in the main window: measure edits move the line rates and undo, refused
edits change nothing, operators are one undo step, the date moves the view, sorting, filtering,
the breakdown and the package contract."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QDate, Qt

from negotiator_gui.app.rates import RateEngine
from negotiator_gui.core import edits
from negotiator_gui.core.commands import CommandError
from negotiator_gui.core.i18n import date_text
from negotiator_gui.core.tariff_edits import apply_operator_to_lines
from negotiator_gui.ui.tariffs import editor as editor_module
from negotiator_gui.ui.tariffs.editor import TariffEditor
from negotiator_gui.ui.tariffs.models import LINE_KEYS, MEASURE_KEYS
from spies import spy

APR9, APR10 = dt.date(2025, 4, 9), dt.date(2025, 4, 10)


def flow_row(doc, product: str, importer: str = "US", exporter: str = "JP") -> int:
    return doc.scenario.trade_flows.index_of(importer, exporter, product)


def rate_now(panel: TariffEditor, row: int) -> float:
    return float(panel.lines.now[row])


def settle(qtbot, panel: TariffEditor) -> None:
    """Let the coalescing timer run."""
    qtbot.waitUntil(lambda: not panel.timer.isActive(), timeout=2000)


def recomputes(panel: TariffEditor, monkeypatch):
    """The panel's rate computations from now on: each ``recompute`` of a table this small
    (rates computed there and then, not on the pool) makes one ``rate_job``."""
    assert len(panel.document.scenario.trade_flows) <= panel.inline_lines
    return spy(monkeypatch, editor_module, "rate_job")


def measure_index(panel: TariffEditor, measure_id: str, key: str):
    return panel.measures.index(panel.measures.row_of(measure_id), MEASURE_KEYS.index(key))


def test_panel_is_installed_and_shows_as_of(window):
    panel = window.panel("tariff-editor")
    s = window.document.scenario
    assert panel.day == s.as_of
    assert panel.dates.edit.date().toPython() == s.as_of
    assert panel.measures.rowCount() == len(s.measures)
    assert panel.lines.rowCount() == len(s.trade_flows)
    # no package builder yet: only "now"
    assert not hasattr(window, "current_package") or panel.current_choices() is not None
    for w in (
        panel.dates.edit,
        panel.dates.slider,
        panel.add_button,
        panel.remove_button,
        panel.op_combo,
        panel.op_value,
        panel.apply_button,
        panel.code_filter,
        panel.partner_filter,
        panel.breakdown,
    ):
        assert w.toolTip(), w


def test_rate_edit_moves_line_rates_then_undo(window, qtbot):
    panel = window.panel("tariff-editor")
    doc = window.document
    car = flow_row(doc, "8703")
    before = rate_now(panel, car)
    assert before == pytest.approx(0.275)
    assert panel.measures.setData(measure_index(panel, "s232_autos", "rate"), 30.0)
    assert doc.scenario.measure("s232_autos").rate == pytest.approx(0.30)
    assert panel.measures.data(measure_index(panel, "s232_autos", "rate")) == "30 %"
    settle(qtbot, panel)
    assert rate_now(panel, car) == pytest.approx(0.325)
    window.act_undo.trigger()
    settle(qtbot, panel)
    assert rate_now(panel, car) == pytest.approx(0.275)
    assert doc.scenario.measure("s232_autos").rate == pytest.approx(0.25)
    window.act_redo.trigger()
    settle(qtbot, panel)
    assert rate_now(panel, car) == pytest.approx(0.325)


def test_refused_edit_changes_nothing_and_says_why(window, qtbot):
    panel = window.panel("tariff-editor")
    doc = window.document
    index = measure_index(panel, "s232_autos", "rate")
    with qtbot.waitSignal(panel.message) as said:
        assert not panel.measures.setData(index, -5.0)
    assert "negative" in said.args[0]
    assert panel.measures.data(index) == "25 %"
    assert doc.scenario.measure("s232_autos").rate == 0.25
    assert len(doc.stack) == 0
    assert "negative" in window.statusBar().currentMessage()
    # an unknown target party is refused too
    assert not panel.measures.setData(measure_index(panel, "s232_autos", "targets"), "XX")
    assert doc.scenario.measure("s232_autos").targets == ["*"]


def test_text_date_and_scope_edits_are_commands(window, qtbot):
    panel = window.panel("tariff-editor")
    doc = window.document
    m = doc.scenario.measure("s232_steel")
    assert panel.measures.setData(measure_index(panel, "s232_steel", "title"), "Steel 232")
    assert panel.measures.setData(measure_index(panel, "s232_steel", "include"), "72, 7301")
    assert panel.measures.setData(measure_index(panel, "s232_steel", "end"), QDate(2025, 12, 31))
    assert (m.title, m.scope.include, m.end) == ("Steel 232", ["72", "7301"], dt.date(2025, 12, 31))
    assert panel.measures.setData(measure_index(panel, "s232_steel", "end"), QDate())
    assert m.end is None
    assert len(doc.stack) == 4
    doc.stack.undo_all()
    assert (m.title, m.scope.include) == ("Section 232 steel", ["72", "73"])


def test_a_typed_rate_shows_in_the_label_and_the_undo_name_not_the_old_one(window):
    panel = window.panel("tariff-editor")
    doc = window.document
    title = measure_index(panel, "s232_autos", "title")
    tip = panel.measures.data(title, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Section 232 automobiles (25 %) (s232_autos)")
    assert panel.measures.setData(measure_index(panel, "s232_autos", "rate"), 50.0)
    assert doc.stack.undo_name() == "Set rate of Section 232 automobiles to 50 %"
    tip = panel.measures.data(title, Qt.ItemDataRole.ToolTipRole)
    # the first line is the label (the notes below are the scenario author's own text)
    assert tip.splitlines()[0] == "Section 232 automobiles (50 %) (s232_autos)"
    assert panel.measures.data(title) == "Section 232 automobiles"  # the title as typed


def test_a_layer_that_takes_rate_away_shows_its_minus_sign():
    from negotiator_gui.app.rates import signed_percent

    assert signed_percent(-0.008653) == "−0.8653 %"
    assert signed_percent(0.2413) == "+24.13 %" and signed_percent(0.0) == "+0 %"


def test_date_moves_rates_and_measure_column(window, qtbot):
    panel = window.panel("tariff-editor")
    doc = window.document
    row = flow_row(doc, "84")
    mfn = doc.scenario.trade_flows.mfn_rate[row]
    panel.dates.set_date(APR9)
    settle(qtbot, panel)
    assert rate_now(panel, row) == pytest.approx(mfn + 0.24)
    jp = measure_index(panel, "ieepa_jp", "on_date")
    assert panel.measures.data(jp) == "24 %"
    panel.dates.set_date(APR10)
    settle(qtbot, panel)
    assert rate_now(panel, row) == pytest.approx(mfn + 0.10)
    assert panel.measures.data(jp) == "paused"
    assert panel.dates.slider.value() == (APR10 - dt.date(2025, 1, 1)).days
    assert date_text(APR10) in window.day_label.text()  # the locale's format
    # the slider and the step buttons move the date too; ticks sit at the change dates
    panel.dates.slider.setValue(0)
    assert panel.day == dt.date(2025, 1, 1)
    panel.dates.next.click()
    assert panel.day == dt.date(2025, 3, 12)
    assert (dt.date(2025, 4, 9) - dt.date(2025, 1, 1)).days in panel.dates.slider.ticks


def test_breakdown_of_8703(window, qtbot):
    panel = window.panel("tariff-editor")
    panel.dates.set_date(APR9)
    settle(qtbot, panel)
    row = flow_row(window.document, "8703")
    panel.line_view.setCurrentIndex(panel.lines.index(panel.lines.view_row(row), 0))
    text = panel.breakdown.toPlainText()
    assert "27.5 %" in text.splitlines()[1]
    assert "Section 232 automobiles" in text
    tip = panel.lines.data(
        panel.lines.index(panel.lines.view_row(row), 5), Qt.ItemDataRole.ToolTipRole
    )
    assert "27.5 %" in tip


def test_operator_on_selection_is_one_undo_step(window, qtbot):
    panel = window.panel("tariff-editor")
    doc = window.document
    flows = doc.scenario.trade_flows
    before = list(flows.mfn_rate)
    panel.line_view.selectRow(0)
    for r in range(1, 12):
        panel.line_view.selectionModel().select(
            panel.lines.index(r, 0),
            panel.line_view.selectionModel().SelectionFlag.Select
            | panel.line_view.selectionModel().SelectionFlag.Rows,
        )
    rows = panel.selected_rows()
    assert len(rows) == 12
    panel.op_combo.setCurrentIndex(panel.op_combo.findData("linear_cut"))
    panel.op_value.setValue(50)
    assert panel.apply_operator()
    assert len(doc.stack) == 1
    assert doc.stack.undo_name() == "Linear cut 50 % on 12 lines"
    for r in rows:
        assert flows.mfn_rate[r] == pytest.approx(before[r] / 2)
    settle(qtbot, panel)
    assert panel.lines.mfn[rows] == pytest.approx(np.array(before)[rows] / 2)
    window.act_undo.trigger()
    assert list(flows.mfn_rate) == before
    settle(qtbot, panel)
    assert list(panel.lines.mfn) == before


def test_operator_refusals(window):
    s = window.document.scenario
    with pytest.raises(CommandError, match="select"):
        apply_operator_to_lines(s, [], "new_rate", 5)
    with pytest.raises(CommandError, match="negative"):
        apply_operator_to_lines(s, [0, 1], "new_rate", -5)
    with pytest.raises(CommandError, match="none"):
        apply_operator_to_lines(s, [0], "max_rate", 900)
    panel = window.panel("tariff-editor")
    panel.line_view.clearSelection()
    assert not panel.apply_operator()
    assert len(window.document.stack) == 0


def test_swiss_and_floor(window):
    s = window.document.scenario
    row = flow_row(window.document, "870421")  # 25 %
    cmd = apply_operator_to_lines(s, [row], "swiss", 16)
    window.document.push(cmd)
    assert s.trade_flows.mfn_rate[row] == pytest.approx(0.16 * 0.25 / 0.41)
    window.document.push(apply_operator_to_lines(s, [row], "all_in_floor", 20))
    assert s.trade_flows.mfn_rate[row] == pytest.approx(0.20)


def test_sort_by_rate_and_filter(window, qtbot):
    panel = window.panel("tariff-editor")
    model = panel.lines
    col = LINE_KEYS.index("now")
    panel.line_view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    shown = model.now[model.view]
    assert np.all(np.diff(shown) <= 0)
    panel.line_view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    assert np.all(np.diff(model.now[model.view]) >= 0)
    assert model.data(model.index(0, col)) == f"{model.now[model.view[0]] * 100:.2f} %"
    panel.code_filter.setText("87")
    assert {model.data(model.index(r, 0)) for r in range(model.rowCount())} == {
        "87",
        "8703",
        "870421",
        "8708",
    }
    assert np.all(np.diff(model.now[model.view]) >= 0)
    panel.code_filter.clear()
    panel.partner_filter.setCurrentIndex(panel.partner_filter.findData("US"))
    assert model.rowCount() == len(window.document.scenario.trade_flows)
    panel.partner_filter.setCurrentIndex(panel.partner_filter.findData("KR"))
    assert model.rowCount() == 0


def test_selection_follows_its_line_through_a_sort(window):
    panel = window.panel("tariff-editor")
    row = flow_row(window.document, "8703")
    panel.line_view.selectRow(panel.lines.view_row(row))
    panel.line_view.sortByColumn(LINE_KEYS.index("value"), Qt.SortOrder.DescendingOrder)
    assert list(panel.selected_rows()) == [row]


def test_mfn_cell_edit_is_a_command(window, qtbot):
    panel = window.panel("tariff-editor")
    doc = window.document
    row = flow_row(doc, "8703")
    index = panel.lines.index(panel.lines.view_row(row), LINE_KEYS.index("mfn"))
    assert panel.lines.setData(index, 5.0)
    assert doc.scenario.trade_flows.mfn_rate[row] == pytest.approx(0.05)
    assert not panel.lines.setData(index, -1.0)
    assert doc.scenario.trade_flows.mfn_rate[row] == pytest.approx(0.05)
    settle(qtbot, panel)
    assert rate_now(panel, row) == pytest.approx(0.30)


def test_add_and_remove_measure(window, qtbot):
    panel = window.panel("tariff-editor")
    doc = window.document
    n = len(doc.scenario.measures)
    panel.add_button.click()
    assert len(doc.scenario.measures) == n + 1
    assert panel.measures.rowCount() == n + 1
    new_id = panel.selected_measure().id
    panel.remove_button.click()
    assert new_id not in [m.id for m in doc.scenario.measures]
    assert panel.measures.rowCount() == n
    # a measure a stacking rule names is kept, with the reason
    panel.measure_view.setCurrentIndex(measure_index(panel, "s232_autos", "id"))
    with qtbot.waitSignal(panel.message) as said:
        panel.remove_button.click()
    assert "used by" in said.args[0]
    assert panel.measures.rowCount() == n


def test_burst_of_events_is_one_recompute(window, qtbot, monkeypatch):
    panel = window.panel("tariff-editor")
    doc = window.document
    settle(qtbot, panel)
    computed = recomputes(panel, monkeypatch)
    for pct in (26, 27, 28, 29):
        panel.measures.setData(measure_index(panel, "s232_autos", "rate"), pct)
    settle(qtbot, panel)
    assert computed.count == 1
    assert len(doc.stack) == 4
    # that one recompute came after the last edit: the rates a fresh engine computes for it
    fresh = RateEngine(doc.scenario).rates(panel.day)
    assert np.array_equal(panel.lines.now, fresh)


def test_package_contract(window, qtbot):
    """The package builder's contract: ``current_package`` and ``package_changed``."""
    panel = window.panel("tariff-editor")
    choices: dict[str, str] = {}
    panel.package_source = lambda: choices
    panel.recompute()
    assert not panel.line_view.isColumnHidden(LINE_KEYS.index("package"))
    assert np.array_equal(panel.lines.package, panel.lines.now)
    choices["autos"] = "zero"  # no Section 232 on Japanese cars and parts
    panel.timer.start()
    settle(qtbot, panel)
    car = flow_row(window.document, "8703")
    assert panel.lines.package[car] < panel.lines.now[car]
    assert "Under the current package" in panel.explain_row(car)
    panel.package_source = lambda: None
    panel.recompute()
    assert panel.line_view.isColumnHidden(LINE_KEYS.index("package"))


def test_new_document_rebinds(window, qtbot):
    panel = window.panel("tariff-editor")
    panel.dates.set_date(APR9)
    window.new_document()
    assert panel.document is window.document
    assert panel.day == window.document.scenario.as_of
    assert panel.lines.rowCount() == 0
    assert panel.measures.rowCount() == 0


def test_follows_the_package_builder_signal(window, qtbot):
    """The session's package (the builder's choice) moves the package column."""
    panel = window.panel("tariff-editor")
    car = flow_row(window.document, "8703")
    window.session.choose({"autos": "zero"})
    settle(qtbot, panel)
    assert not panel.line_view.isColumnHidden(LINE_KEYS.index("package"))
    assert panel.lines.package[car] < panel.lines.now[car]


def test_a_weight_edit_does_not_recompute_the_rates(window, qtbot, monkeypatch):
    """The builder re-announces its package after a weight edit; the rates are for the same
    package, so the panel does not compute them again. A different package is computed."""
    panel = window.panel("tariff-editor")
    settle(qtbot, panel)
    computed = recomputes(panel, monkeypatch)
    builder = window.panel("package-builder")
    front = builder.front
    window.document.push(edits.rebalance_weight(window.document.scenario, "JP", "autos", 31.0))
    qtbot.waitUntil(lambda: not builder.space_runner.busy and builder.front is not front)
    settle(qtbot, panel)
    assert computed.count == 0
    car = flow_row(window.document, "8703")
    kept = panel.lines.package[car]
    assert window.session.package.value["autos"] != "sq_25"
    window.session.choose({"autos": "sq_25"})  # the 25 % stays
    settle(qtbot, panel)
    assert computed.count == 1
    assert panel.lines.package[car] > kept
