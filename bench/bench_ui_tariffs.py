"""The tariff editor on 100,000 product lines: sorting the line model by rate, and a full
recompute after a measure's rate is edited, as ratios against bare numpy (``np.argsort`` of the
rate column; ``compute_rates`` on the prepared arrays). What is left over is the model's
bookkeeping (persistent indexes, signals) and the edit's own check and undo record."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication

from bench_scenario_io import big_scenario
from benchkit import best_of, report
from negotiator_gui.app import startup
from negotiator_gui.app.document import Document
from negotiator_gui.core import edits
from negotiator_gui.core.tariffs import compute_rates
from negotiator_gui.ui.tariffs.editor import TariffEditor
from negotiator_gui.ui.tariffs.models import LINE_KEYS


def main() -> bool:
    app = QApplication.instance() or QApplication([])
    startup.tune_process()  # the application's switch interval (main_window.run sets it)
    doc = Document(big_scenario())
    panel = TariffEditor(doc)

    def shown() -> None:
        """Until the table shows the new rates: a large table computes them on the pool."""
        while panel.rates_pending:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    shown()
    model = panel.lines
    s = doc.scenario
    print(f"tariff editor: {model.rowCount():,} product lines, {len(s.measures)} measures")
    col = LINE_KEYS.index("now")

    def sort_model() -> None:
        model.sort_column, model.view = -1, np.arange(model.rowCount())  # from file order
        model.sort(col, Qt.SortOrder.DescendingOrder)

    ok = report(
        "sort 100,000 lines by rate (model)",
        best_of(sort_model, 7),
        best_of(lambda: np.argsort(-model.now, kind="stable"), 7),
        "np.argsort",
        None,
    )
    rates = iter([0.26, 0.25] * 100)

    def edit_and_recompute() -> None:
        doc.push(edits.set_field(s, "measure", "ieepa_baseline", "rate", next(rates)))
        panel.recompute()  # what the coalescing timer runs once the edit's events are over
        shown()

    lines = panel.engine.lines
    ok &= report(
        "rate edit + full recompute (panel)",
        best_of(edit_and_recompute, 7),
        best_of(lambda: compute_rates(lines, s.measures, s.stacking_rules, panel.day), 7),
        "compute_rates",
        None,
    )

    def recompute_only() -> None:
        panel.engine.invalidate()  # as a measure edit does: every cached rate is stale
        panel.recompute()
        shown()

    ok &= report(
        "recompute alone (panel, after invalidation)",
        best_of(recompute_only, 7),
        best_of(lambda: compute_rates(lines, s.measures, s.stacking_rules, panel.day), 7),
        "compute_rates",
        None,
    )
    doc.stack.set_clean()
    app.processEvents()
    return ok


if __name__ == "__main__":
    main()
